"""What part a figure plays: a value, a prior, a baseline, a change (and against what), a share."""
from __future__ import annotations

import bisect
import re

from checker.link.view import ArticleView
from checker.models import Claim, Mention

_CHANGE_VERB = re.compile(
    r"\s?(?:나|이나|가량|정도|씩|의|이|가)?\s?(?P<verb>증가|늘|급증|확대|성장|상승|올랐|오른|뛰|치솟|개선|높아|높였|높인|올려|상향|up\b|rose|rise|rising|grew|grow|jump|climb|increase|surge|gain|higher"
    r"|감소|줄|급감|축소|하락|떨어|내렸|내린|위축|악화|낮아|낮췄|낮춘|내려|하향|둔화|down\b|fell|fall|drop|declin|decreas|slump|shrank|shrink|lower)",
    re.I,
)
_CHANGE_VERB_BEFORE = re.compile(
    r"\b(?P<verb>rose|rise|rising|risen|increased|grew|grown|jumped|climbed|surged|gained"
    r"|(?<!made\s)(?<!make\s)(?<!makes\s)(?<!making\s)up|soared|advanced"
    r"|fell|fall|falling|fallen|declined|dropped|decreased|slumped|shrank|down|slid|plunged|lost"
    # `closed higher by 74.9 points`, `the gap widened by $2bn` (not a currency's `strengthened`: quoted per
    # dollar, a stronger currency is a smaller number)
    r"|higher|lower|widened|narrowed|added|shed|improved|expanded|contracted|eased|edged\s+(?:up|down|higher|lower)"
    r"|inched\s+(?:up|down|higher|lower)|skidded|tumbled|jumped|dipped|slipped|rebounded|recovered)"
    r"\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|roughly\s+)?$",
    re.I,
)
_PRIOR_POSSESSIVE = re.compile(
    r"\b(?:the\s+)?(?:previous|prior|preceding|last)\s+(?P<unit>quarter|month|year)['’]s\s+(?:figure\s+of\s+)?$"
    r"|\b(?:a\s+)?year[- ](?:earlier|ago)['’]?s?\s+$|(?P<ko>전\s?분기|전월|전년)의\s$",
    re.I,
)
_FROM_BEFORE = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:about\s+|around\s+|(?:a|an)\s+\w+\s+of\s+)?$", re.I)
# `from its previous close of 10,948 points`, `against the previous close of 68.78`: the level a change started from.
_PREVIOUS_LEVEL = re.compile(
    r"\b(?:from|against|compared\s+with|versus)\s+(?:its|the|a)\s+(?:previous|prior|last|preceding)\s+(?:day['’]s\s+)?"
    r"(?:close|closing|level|reading|figure|session['’]s\s+close)\s+(?:of|at)\s+$", re.I)
_PRIOR_AFTER = re.compile(r"\s*(?:,\s*)?(?:a\s+(?:year|month|quarter)\s+(?:earlier|ago|before)"
                          r"|(?:in\s+)?the\s+previous\s+(?:month|quarter|year)|in\s+the\s+(?:same"
                          r"|corresponding)\s+(?:period|quarter|month)\s+(?:of\s+)?(?:a|last|the\s+previous)\s+(?:year"
                          r"|fiscal)|(?:in\s+)?the\s+previous\s+year|last\s+year)", re.I)
# `more than doubled from 195.3 billion won`, `fell 3% from $4.1bn`: the figure a change started from.
_CHANGED_FROM = re.compile(
    r"\b(?:rose|rise|risen|increased|grew|jumped|climbed|surged|gained|up|soared|doubled|tripled|halved|fell|dropped|declined"
    r"|decreased|slumped|down|slid|plunged)\b[^.;]{0,30}?\bfrom\s+(?:about\s+|around\s+)?$",
    re.I,
)
_TO_FROM = re.compile(r"\bto\s+\S+(?:\s+\w+){0,2},?\s+from\s+(?:about\s+)?$", re.I)  # `to $2.36bn from $1.68bn`
_BASELINE_AFTER = re.compile(r"\)?(?:보다|에\s?비해|에\s?비하면|\s?대비|(?:와|과)\s?비교(?:해|하면|하여"
                             r"|했을))(?!\s?(?:많|적|크|작|높|낮|앞|뒤))")
# `32만명에서 2만명(6.3%) 감소했다`, `1억달러(1100억원)에서 180% 늘었다`: the figure a change starts from,
# when the clause goes on to a change (a place, `서울에서`, is never right after a number).
_FROM_AFTER = re.compile(r"(?:\s*\([^()]*\))?에서(?=(?:[^.;]|\.(?=\d)){0,40}?(?:증가|감소|늘|줄|급증|급감|상승|하락"
                         r"|확대|축소|뛰|떨어|올라|내려))")
_LEVEL_PARTICLE = re.compile(r"(?:로|으로|에서|까지|to\b|from\b)")
_FALLING = re.compile(r"감소|줄|급감|축소|하락|떨어|내렸|내린|위축|악화|낮아|낮췄|낮춘|내려|하향|둔화|down|fell|fall"
                      r"|drop|declin|decreas|slump|shrank|shrink|lower"
                     r"|narrowed|shed|lost|slid|plunged|contracted|eased|edged\s+(?:down|lower)|inched\s+(?:down|lower)"
                     r"|skidded|tumbled|dipped|slipped", re.I)
# `a 23 per cent year-on-year rise`, `an increase of 4.8 per cent`: a rate named a change by its noun.
_CHANGE_NOUN_AFTER = re.compile(
    r"\s+(?:(?:year-on-year|y-o-y|yoy|annual|quarterly|sequential|on-year)\s+)?(?P<verb>increase|rise|growth|jump|gain|surge"
    r"|decline|fall|drop|decrease|slump|dip)\b", re.I)
_CHANGE_NOUN_BEFORE = re.compile(
    r"\b(?P<verb>increase|rise|growth|jump|gain|surge|decline|fall|drop|decrease|slump|dip)\s+of\s+(?:about\s+"
    r"|some\s+)?$", re.I)
# `EUR49.7 million (2014: EUR46.3 million)`: the same figure for an earlier year, labelled in a parenthesis.
_YEAR_LABEL_BEFORE = re.compile(r"\(\s*(?:19|20)\d\d(?:/\d\d)?\s*:\s*$")
# `1.5 lakh units last month as against 1.1 lakh units`: the figure compared with.
_COMPARED_BEFORE = re.compile(r"\b(?:as\s+)?(?:against|compared\s+(?:with|to)|versus|vs\.?)\s+(?:about\s+"
                              r"|around\s+)?$", re.I)
_COMPARISON = re.compile(r"대비|보다|에 비해|에 비하면|比|compared|from|than|versus|vs\.?")
_COMPARISON_KO = re.compile(r"대비|보다|에 비해|에 비하면|比")


_SIGNS = "+-−▲▼△▽↑↓"
_FALLING_SIGNS = "-−▼▽↓"


def place_role(claim: Claim, mention: Mention, doc: ArticleView, s_start: int) -> None:
    text = doc.text
    if mention.in_parens_of is not None:
        claim.role = "conversion"
        return
    after = text[mention.end: mention.end + 14]
    before = text[max(s_start, mention.start - 40):mention.start]
    # The English phrasings (`rose 50% to`, `from the previous quarter's`) need Latin letters before.
    latin = doc.latin_before(mention.start, s_start)
    particle = _LEVEL_PARTICLE.match(after.lstrip())
    verb = _CHANGE_VERB.match(after)
    verb_before = _CHANGE_VERB_BEFORE.search(before) if latin else None
    signed = claim.kind in ("percent", "pp") and mention.text.lstrip()[:1] in _SIGNS
    if signed:
        claim.role = "change"  # `-2.06%`, `+1.5%p`: a signed rate is a change, never a level
        claim.direction = -1 if mention.text.lstrip()[:1] in _FALLING_SIGNS else 1
    elif claim.kind in ("percent", "pp", "multiple") and verb and not (particle and claim.kind != "multiple"):
        claim.role = "change"
        claim.direction = -1 if _FALLING.match(verb.group("verb")) else 1
    elif claim.kind in ("percent", "pp") and verb_before:
        claim.role = "change"  # `rose 50% to $23bn`
        claim.direction = -1 if _FALLING.match(verb_before.group("verb")) else 1
    elif claim.kind in ("money", "count") and verb and not particle and not (verb.group("verb").isascii() and latin):
        # `4000억원 증가했다`: an absolute change; in English an amount before its verb is the subject
        # (`exports at $302bn grew 9.8%`), and an absolute change follows the verb (`rose $1.2bn`, `by $1.2bn`).
        claim.role = "change"
        claim.direction = -1 if _FALLING.match(verb.group("verb")) else 1
    elif claim.kind in ("money", "count") and verb_before and re.search(r"\bby\s+(?:about\s+)?$", before):
        claim.role = "change"  # `rose by $1.2bn`
        claim.direction = -1 if _FALLING.match(verb_before.group("verb")) else 1
    elif claim.kind in ("percent", "pp") and latin and ((noun := _CHANGE_NOUN_AFTER.match(text, mention.end))
                                                        or (noun := _CHANGE_NOUN_BEFORE.search(before))):
        claim.role = "change"  # `a 23 per cent year-on-year rise`, `an increase of 4.8 per cent`
        claim.direction = -1 if _FALLING.match(noun.group("verb")) else 1
    elif (claim.kind == "multiple"
          or claim.kind in ("percent", "pp")
          and _COMPARISON_KO.search(text[max(s_start, mention.start - 12):mention.start])):
        claim.role = "change"
        claim.direction = 1
    elif claim.kind in ("percent", "fraction"):
        claim.role = "share"
    if claim.role == "change":
        claim.basis = _basis(doc, mention, s_start)
    possessive = _PRIOR_POSSESSIVE.search(before) if latin or "의" in before[-3:] else None
    if claim.role in ("value", "share") and possessive:
        claim.role = "prior"  # `from the previous quarter's $6.81bn`
        claim.basis = (possessive.group("unit") or "year").lower()
    elif claim.role in ("value", "share") and (_prior_marker_before(doc, mention.start, s_start)
                                  or (latin and _FROM_BEFORE.search(before) and _PRIOR_AFTER.match(text, mention.end))):
        claim.role = "prior"  # `전년 동기 310억 원`, `from $10bn a year earlier`
    elif claim.role == "value" and claim.kind in ("money", "count", "measure") and _YEAR_LABEL_BEFORE.search(before):
        claim.role = "prior"  # `EUR49.7 million (2014: EUR46.3 million)`
    elif claim.role == "value" and latin and _COMPARED_BEFORE.search(before):
        claim.role = "baseline"  # `… as against 1.1 lakh units in September 2019`
    elif claim.role in ("value", "share") and (_BASELINE_AFTER.match(text, mention.end)
                                                  or _FROM_AFTER.match(text, mention.end)
                                                  or (latin and _PREVIOUS_LEVEL.search(before))
                                                  or (latin and "from" in before and (
            _TO_FROM.search(before) or _CHANGED_FROM.search(text[max(s_start, mention.start - 60):mention.start])))):
        claim.role = "baseline"  # `올해 본예산 656조 6000억원보다 3.2% 늘어난`: compared with, in its own period


def _basis(doc: ArticleView, mention: Mention, s_start: int) -> str | None:
    """What a change is measured against: the nearest prior marker in its sentence."""
    s_end = doc.segments.sentence_bounds(doc.segments.sentence_of(mention.start), len(doc.text))[1]
    first, last = bisect.bisect_left(doc.time_starts, s_start), bisect.bisect_left(doc.time_starts, s_end)
    priors = [t for t in doc.times[first:last] if t.role == "prior"]  # the sentence's times, not the article's
    if not priors:
        return None
    # Korean names the basis before the change (`전년 동기 대비 4%`), English often after it.
    before = [t for t in priors if t.end <= mention.start and mention.start - t.end <= 30]
    if before:
        return before[-1].shift
    return min(priors, key=lambda t: abs(t.start - mention.start)).shift


def _prior_marker_before(doc: ArticleView, position: int, s_start: int) -> bool:
    """`전년 동기 310억 원`: a prior-period marker right before the value (no 대비 between)."""
    i = bisect.bisect_left(doc.time_starts, position) - 1
    while i >= 0 and doc.times[i].start >= s_start:
        ref = doc.times[i]
        between = doc.text[ref.end:position]
        if ref.role == "prior":
            if re.search(r"\b(?:to|at)\b|[으]?로\s*$", between):
                return False  # `more than doubled from a year earlier to 141.9 billion won`
            if ref.start - s_start <= 3 and not _COMPARISON.search(between):
                return True  # `A year earlier the carrier earned $540m on revenue of $4.95bn`
            return len(between) <= 16 and not _COMPARISON.search(between) and not re.search(r"\d", between)
        if ref.role == "point":
            return False
        i -= 1
    return False


# `50만명(3.4%) 증가했다`, `60.32p(1.51%) 하락한`, `fell 60 points (1.5%)`, `higher by 75 points or 0.7%`:
# an amount with its rate in parentheses (or after `or`), then (or before it) a change verb — the amount
# is the absolute change, the rate the relative one.
_PAREN_OPEN = re.compile(r"\s*\(\s*|,?\s+or\s+")
_PAREN_CLOSE = re.compile(r"\s*\)|")


def pair_absolute_and_relative(claims: list[Claim], text: str) -> None:
    for first, second in zip(claims, claims[1:]):
        # `32만명(1.3%) 증가` or `1.3%(32만명) 증가`: either may stand in the parentheses.
        amount, rate = (second, first) if first.kind == "percent" else (first, second)
        if amount.kind not in ("money", "count", "measure") or rate.kind != "percent" or amount.role == "conversion":
            continue
        if not _PAREN_OPEN.fullmatch(text, first.end, second.start):
            continue
        close = _PAREN_CLOSE.match(text, second.end)
        if close is None:
            continue
        verb = _CHANGE_VERB.match(text, close.end())
        before = text[max(0, first.start - 40):first.start]
        verb_before = _CHANGE_VERB_BEFORE.search(before) if verb is None else None
        if verb is None and verb_before is None:
            continue
        direction = -1 if _FALLING.match((verb or verb_before).group("verb")) else 1
        for claim in (amount, rate):
            claim.role, claim.direction = "change", direction
