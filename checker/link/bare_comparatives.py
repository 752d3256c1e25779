"""A difference restated by a bare comparative that closes its clause: `That is $6m more.`, `…, or 1,200 more
people.`, `compared with 49 call-outs the winter before, 14 more.`, `: 33 fewer bridges.`

Right after the figure, a comparative of `[link.comparative_above]`/`[link.comparative_below]` with nothing compared
after it (no `than`, no figure), at most one word naming what is counted, then the clause's end. Right before the
figure, words that restate what the sentence (or the one before) said (`[link.bare_comparative_openers]`: `that is`,
`or`), or a comma, colon or dash after a clause that itself states a figure (`…the winter before, 14 more`; not
`On Tuesday, four more`, a count added in a new clause). `plans to open 15 more stores` (a verb before) is an amount
to come, not a difference, and stays a value. The figure is then a change whose direction is the comparative's; the
relate stage links it to the pair it is the difference of.
"""

from __future__ import annotations

import bisect
import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.view import ArticleView
from checker.models import Claim, Mention
from checker.regex_cache import compile_exact

_CLOSING = ByLanguage(
    lambda w: (
        rf"\s+(?:(?P<above>{w.comparative_above})|{w.comparative_below})"
        rf"(?:\s+(?!(?:{w.than_words})\b)(?P<noun>[^\W\d_][\w'’-]*))?\s*(?:[.;:)!?,—–]|\s-\s|$)"
    ),
    re.I,
)
_OPENER = ByLanguage(
    lambda w: rf"\b(?:{w.bare_comparative_openers})\s+(?:(?:{w.hedges})\s+)?$",
    re.I,
    first_tested=False,
)
# (a dash typed as two hyphens or one, spaced, is a dash: `up from 8,100 last year -- 1,200 more`)
_AFTER_CLAUSE = ByLanguage(lambda w: rf"(?:[,:;—–]|(?<=\s)--?)\s*(?:(?:{w.hedges})\s+)?$", re.I, first_tested=False)
# (a comma between digits is a thousands separator: `from 8,100 a year ago -- 1,200 more`)
_CLAUSE_MARK = compile_exact(r"[:;—–(]|,(?!\d)|(?<=\s)--?(?=\s)")
_DIGIT = compile_exact(r"\d")


def bare_comparative_direction(claim: Claim, mention: Mention, doc: ArticleView, s_start: int) -> int:
    """+1 or −1 when the figure is a difference restated by a bare comparative closing its clause, else 0."""
    if claim.kind not in AMOUNTS:
        return 0
    text, lang = doc.text, doc.language
    closing = _CLOSING[lang].match(text, mention.end)
    if closing is None:
        return 0
    direction = 1 if closing.group("above") else -1
    before = text[max(s_start, mention.start - 40) : mention.start]
    if _OPENER[lang].search(before):
        return direction
    mark = _AFTER_CLAUSE[lang].search(before)
    if mark is None:
        return 0
    # the clause before the comma states a figure of its own (`… the winter before, 14 more`)
    comma = mention.start - len(before) + mark.start()
    clause = max(s_start, _last_mark(text, s_start, comma))
    i = bisect.bisect_left(doc.mention_starts, comma) - 1
    return direction if i >= 0 and doc.mention_starts[i] >= clause else 0


def restates_before(text: str, start: int, lang: str) -> bool:
    """Whether the words right before a figure make it restate what was said: a comma, colon or dash, or
    `[link.bare_comparative_openers]` (`: 15 fewer`, `or 1,200 more`; not `plans to open 15 more`)."""
    before = text[max(0, start - 40) : start]
    return bool(_OPENER[lang].search(before) or _AFTER_CLAUSE[lang].search(before))


def _last_mark(text: str, start: int, end: int) -> int:
    found = start
    for m in _CLAUSE_MARK.finditer(text, start, end):
        found = m.end()
    return found


# between a rate of change and an amount set beside it as the same change (`up 9% from 30,000, or 2,700 more`)
_APPOSED = ByLanguage(lambda w: rf"[^.;:!?]*,\s*(?:{w.bare_comparative_openers})\s+(?:(?:{w.hedges})\s+)?$", re.I)


def link_appositive_amounts(claims: list[Claim], text: str, lang: str) -> None:
    """`That was up 9% from 30,000 in 2025, or 2,700 more fans`: an amount a bare comparative makes a change,
    set after `, or` beside a rate of change earlier in its sentence, restates that change as an amount: it is of
    the level the rate is of, measured from the figure the rate is measured from (the rate's own, or else the one
    figure of the amount's unit, not the level, between the rate and the amount). The rate's link (which may reach
    the sentence before) is the amount's, whatever figure the amount's own sentence would give it; with neither, the
    amount is left unlinked (`Costs rose 5% to $21m, or $1m more`: the start is not stated).

    With no such rate, a pair of its own sentence the relate stage gave it must be written as one comparison: the
    prior after the level (`rose to $52m from $47m, or $5m more`) or right before it (`from 241 to 214, or 27
    fewer`), no comma between; `won 30 games, up from 24, and lost 8, or 4 fewer` restates the losses, whose prior
    is not stated, and is left unlinked."""
    by_id = {c.id: c for c in claims}
    rates: dict[int, Claim] = {}  # by sentence: the last rate of change
    values: dict[int, list[Claim]] = {}  # by sentence: its levels
    between: list[Claim] = []
    for claim in claims:
        if claim.furniture:
            continue
        if claim.role == "value":
            values.setdefault(claim.sentence, []).append(claim)
        if claim.kind == "percent" and claim.role == "change":
            rates[claim.sentence] = claim
            between = []
            continue
        bare = claim.role == "change" and claim.kind in AMOUNTS and claim.direction
        closing = _CLOSING[lang].match(text, claim.end) if bare else None
        last = rates.get(claim.sentence)
        if closing is None:
            if last is not None:
                between.append(claim)
            continue
        if (
            last is None
            or claim.direction != last.direction
            or not _APPOSED[lang].fullmatch(text, last.end, claim.start)
        ):
            _keep_one_comparison(claim, by_id, text)
            continue
        if _own_pair_between(between, claim, last, text, lang):
            # (`Fees rose 10% from £300 to £330, and parking rose to £12 from £10, or £2 more`: a clause with figures
            # of the amount's unit of its own stands between; the amount restates that clause's change)
            _keep_one_comparison(claim, by_id, text)
            between = []
            continue
        counted = (claim.counter or closing.group("noun") or "").lower()
        level = by_id.get(last.change_of) if last.change_of else None
        if level is None:
            # (the rate linked to nothing: the amount is of the one level of the sentence before that counts the
            # same thing, `… 412,600 fans … That was up 8.2% …, or 31,300 more fans`, or of none)
            named = [
                c
                for c in values.get(claim.sentence - 1, [])
                if counted and c.unit == claim.unit and (c.counter or "").lower() == counted
            ]
            level = named[0] if len(named) == 1 else None
            if level is None:
                claim.change_of = claim.compared_to = None
                continue
            if "relation" not in claim.guesses:
                claim.guesses.append("relation")  # found by what it counts, not by the rate's link
        if level.unit != claim.unit or level.kind != claim.kind:
            continue
        prior = by_id.get(last.compared_to) if last.compared_to else None
        if prior is None:
            candidates = [
                c
                for c in between
                if c.unit == claim.unit
                and c.kind == claim.kind
                and c.role in ("prior", "baseline", "value")
                and c is not level
            ]
            prior = candidates[0] if len(candidates) == 1 else None
        if prior is None or prior.unit != claim.unit:
            claim.change_of = claim.compared_to = None
            continue
        claim.change_of, claim.compared_to = level.id, prior.id
        between = []


_JOINED_CLAUSE = ByLanguage(lambda w: rf";|(?<![^\W\d_])(?:{w.clause_joiners})\s", re.I)


def _own_pair_between(between: list[Claim], amount: Claim, rate: Claim, text: str, lang: str) -> bool:
    """Whether figures of the amount's unit other than the rate's own stand between the rate and the amount: with
    the rate's start stated, any one; with none, two, or one in a clause joined after the rate's (`, and parking rose
    to £12, or £2 more`; one alone in the rate's clause, `up 12% on last season's 85,000`, is the start the rate is
    measured from)."""
    own = {rate.change_of, rate.compared_to}
    others = [c for c in between if c.unit == amount.unit and c.kind == amount.kind and c.id not in own]
    if rate.compared_to:
        return bool(others)
    joiner = _JOINED_CLAUSE[lang]
    return len(others) > 1 or any(joiner.search(text, rate.end, c.start) for c in others)


def _keep_one_comparison(change: Claim, by_id: dict[str, Claim], text: str) -> None:
    level, prior = by_id.get(change.change_of or ""), by_id.get(change.compared_to or "")
    if level is None or prior is None or level.sentence != change.sentence or prior.sentence != change.sentence:
        return
    # (nothing stated between the pair and the amount: `kept 30 cows, up from 24, and sold 8, or 4 fewer` restates
    # the 8 sold)
    if level.end <= prior.start < change.start and not _DIGIT.search(text, prior.end, change.start):
        return  # `rose to $52m from $47m, or $5m more`
    if (
        prior.end <= level.start
        and not _CLAUSE_MARK.search(text, prior.end, level.start)
        and not _DIGIT.search(text, level.end, change.start)
    ):
        return  # `from 241 to 214, or 27 fewer`
    change.change_of = change.compared_to = None


# between the two figures of a coordinated pair: the first's words, then a list word right before the second (`48
# guides in July and 31`; not `… last year, and permits rose to £18`, a clause of its own)
_PAIR_JOINT = ByLanguage(
    lambda w: rf"[^\d.;:!?,—–()]*?(?<![^\W\d_])(?:{w.list_separators})\s+", re.I, first_tested=False
)


def link_coordinated_pairs(claims: list[Claim], text: str, lang: str) -> None:
    """`The rink hired out 730 skates at half-term and 590 at Easter, 140 fewer.`: a bare comparative's figure restating
    a pair coordinated right before it (the two figures of its unit its sentence states, joined by a list word, the
    second set beside the first) is the second's change measured from the first, in the comparative's direction —
    when nothing compared it with a figure of its own (a prior, a baseline)."""
    figures = [c for c in claims if not c.furniture]
    for i, change in enumerate(figures):
        if change.role != "change" or change.kind not in AMOUNTS or not change.direction or change.compared_to:
            continue
        if _CLOSING[lang].match(text, change.end) is None or not restates_before(text, change.start, lang):
            continue
        same = [
            c for c in figures[:i] if c.sentence == change.sentence and c.kind == change.kind and c.unit == change.unit
        ]
        if len(same) != 2 or any(c.role not in ("value",) for c in same):
            continue
        if any(c.sentence == change.sentence and c.role == "change" for c in figures[:i]):
            continue  # (a change stated before it in the sentence is the one it may restate)
        first, second = same
        if (first.counter or "") != (second.counter or "") or change.counter not in ("", first.counter):
            continue
        if not _PAIR_JOINT[lang].fullmatch(text, first.end, second.start):
            continue
        between = text[second.end : change.start]
        if _DIGIT.search(between) or len(_CLAUSE_MARK.findall(between)) > 1:
            continue
        change.change_of, change.compared_to = second.id, first.id
