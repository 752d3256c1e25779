"""A part and its whole stated together, then the part's share of it, in one clause (issue 11).

`Children under 10 accounted for 610 of this year's 1,220 cases, or 50%`, `First-time buyers made up 1,200 of the
4,800 deals, or 25%`, `Spending on repairs was £38m out of a £510m programme, or 7.5%`: a figure, `of` (or `out of`)
and the whole (`[link.part_of_named_whole_joints]`), then the share set beside them by an appositive mark
(`[link.appositive_share_marks]`: `or`; or the comma alone, `610 of the 1,220 cases, about half`, when the share
names no whole of its own after it, `40 of the 100 seats, 35% of the vote`). A bare numeral joined to the whole by
`of` alone (`[link.bare_part_of_whole_joints]`: `won 45 of 60 points`, not `450 days of 600`, whose noun may count
another thing than the whole) is such a part too; and the share may stand in parentheses after them (`18 of 40 from
long range (45%)`) or be named the part's share of the whole by its noun (`[link.part_of_whole_rate_nouns]`:
`, an 85% occupancy rate`, `, a take-up rate of 45%`), or a rate of success after a part a verb of success marks
as the successes (`[link.part_success_rate_nouns]`, `[link.part_success_verbs]`: `made 81 of 157 attempts, a
51.6% success rate`; after another verb it is a rate within the part: `entered 120 of its 150 pupils, a 98% pass
rate`). `The airline operates 180 aircraft,
of which 45, or 25%, are new`, `12만마리로 이 가운데 한우가 9만마리, 75%였다`: the whole, a mark that its parts
follow (`of which`, `[link.of_which_openers]`), the part, then the share. The share is the part's share of that
whole (a ratio, checker/check/kinds/ratio.py): named by the text, not a guess.

The part and the whole are of one unit and kind, the part the smaller; a share already read as another's is left.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS, counted_noun
from checker.link.parts_opening_of_which import SHARE_CLOSES
from checker.link.sentence_groups import prose_by_sentence
from checker.link.share_rates import open_share
from checker.models import Claim
from checker.regex_cache import compile_exact

_PART_OF_WHOLE = ByLanguage(lambda w: rf"\s+(?:{w.part_of_named_whole_joints})\s*", re.I)
# (`140 of the 1,000 bridges, about one in seven`: the share set beside its part and whole by the comma alone, when
# it names no whole of its own after it: `40 of the 100 seats, 35% of the vote` is a share of another whole)
_WHOLE_THEN_SHARE = ByLanguage(
    lambda w: (
        rf"[^\d.;,]{{0,30}}(?:,\s*(?:(?P<mark>{w.appositive_share_marks})\s+|(?P<rate>{w.indefinite_articles})\s+)?"
        rf"|\s*(?P<paren>\()\s*)"
    ),
    re.I,
)
# `310 of the 1,240 kayaks were hired by schools, 25% of the total`: the part's clause runs on after its whole, and the
# share names that whole again (`[link.share_of_the_total_closing]`)
_WHOLE_CLAUSE_THEN_SHARE = ByLanguage(lambda w: rf"[^\d.;:,()]{{0,60}},\s*(?:(?:{w.appositive_share_marks})\s+)?", re.I)
_SHARE_OF_THE_TOTAL = ByLanguage(lambda w: rf"\s+(?:{w.share_of_the_total_closing})", re.I)
# `300 of the 1,200 saplings, 40% of them oaks`: a share of the part itself, a kind within it (the pronoun, then a noun)
_SHARE_WITHIN_THE_PART = ByLanguage(lambda w: rf"\s+(?:{w.pool_part_marks})\s+[^\W\d_]", re.I)
# `45 of 60 points`: a bare numeral, `of`, the whole
_BARE_PART_OF_WHOLE = ByLanguage(lambda w: rf"\s+(?:{w.bare_part_of_whole_joints})\s+", re.I)
_BARE_NUMERAL = compile_exact(r"\d[\d,.]*")
# `, a success rate of 45%` (before the share) and `, a 45% success rate` (after it): a rate of a part in its whole
_RATE_NOUN_BEFORE = ByLanguage(
    lambda w: rf"[^\d.;,]{{0,30}},\s*(?:{w.indefinite_articles})\s+(?:{w.part_of_whole_rate_nouns})\s+", re.I
)
_RATE_NOUN_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.part_of_whole_rate_nouns})", re.I)
# `made 81 of 157 attempts, a 51.6% success rate`: a rate of success is the share only of a part that is the successes
_SUCCESS_NOUN_BEFORE = ByLanguage(
    lambda w: rf"[^\d.;,]{{0,30}},\s*(?:{w.indefinite_articles})\s+(?:{w.part_success_rate_nouns})\s+", re.I
)
_SUCCESS_NOUN_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.part_success_rate_nouns})", re.I)
_SUCCESS_VERB_BEFORE = ByLanguage(lambda w: rf"\b(?:{w.part_success_verbs})\s+$", re.I)
_SUCCESS_VERB_REACH = 24
_PAREN_CLOSES = compile_exact(r"\s*\)")
_OWN_WHOLE_AFTER = ByLanguage(lambda w: rf"\s*(?:{w.share_of_noun_after})", re.I)
_WHOLE_THEN_PART = ByLanguage(lambda w: rf"[^\d.;,]{{0,30}},\s*(?:{w.parts_follow})\s+", re.I)
# `소 12만마리로 이 가운데 한우가 9만마리, 75%였다`: the whole, a word that opens its parts
# (`[link.of_which_openers]`), the part's name, the part
_WHOLE_THEN_OPENED_PART = ByLanguage(
    lambda w: rf"[^\d.;:!?]{{0,12}}?(?<![^\W\d_])(?:{w.of_which_openers})[^\d.;:!?]{{0,30}}", re.I
)
# `has 150 berths, and 24 of them are empty, or 16%`: the whole, a few words (no figure), the part, the mark that it is
# drawn from the whole (`[link.pool_part_marks]`), the part's clause to a comma, then the share (after `or`, or after
# a rate noun naming the part's share, `a vacancy rate of`)
_WHOLE_BEFORE_POOL_PART = compile_exact(r"[^\d.;:!?()]{0,40}")
_POOL_PART_THEN_SHARE = ByLanguage(
    lambda w: (
        rf"\s+(?:{w.pool_part_marks})(?![^\W\d_])[^\d.;:!?()]{{0,40}}?,\s*"
        rf"(?:(?:{w.appositive_share_marks}|{w.clause_share_marks})\s+|(?:{w.indefinite_articles})\s+(?:{w.part_of_whole_rate_nouns})\s+)"
    ),
    re.I,
)
# `60 singers, of whom 27 were sopranos, or 45%`: after a part the mark opens, its clause, a comma and `or`
_PART_CLAUSE_THEN_SHARE = ByLanguage(
    lambda w: rf"\s+[^\W\d_][^\d.;:!?()]{{0,40}}?,\s*(?:{w.appositive_share_marks}|{w.clause_share_marks})\s+", re.I
)
# `45 applicants, nine of whom were shortlisted, one in five`, `300 tenants, 210 of them, seven in ten, …`: the
# whole, a few words, the part, the pool mark, the part's clause (or none) to a comma, then the share alone
_POOL_PART_THEN_BARE_SHARE = ByLanguage(
    lambda w: (
        rf"\s+(?:{w.pool_part_marks})(?![^\W\d_])(?:\s[^\d.;:!?()]{{0,50}}?)?,\s*"
        rf"(?:(?:{w.appositive_share_marks})\s+)?"
    ),
    re.I,
)
# `The farm covers 160 hectares, and 40 hectares are wooded, a quarter of the total`: the whole, its clause (no figure,
# no break), the part, the part's clause to a comma, then the share naming the whole again
# (`[link.share_of_the_total_closing]`)
# (the whole's clause closed by a comma; the part's clause holding a verb of its own, two words at least: `Oats made
# up 7.3 million and barley 6.6 million, or 47% of the total` lists two parts, no whole and its part)
_WHOLE_THEN_PART_CLAUSE = compile_exact(r"[^\d.;:!?(),]{0,30},[^\d.;:!?(),]{0,30}")
_PART_CLAUSE_THEN_SHARE_OF_THE_TOTAL = ByLanguage(
    lambda w: (
        rf"(?=[^\d.;:!?(),]*?[^\W\d_]+\s+[^\W\d_]+)[^\d.;:!?()]{{0,40}}?,\s*"
        rf"(?:(?:{w.appositive_share_marks})\s+)?"
    ),
    re.I,
)
# `account for 35 per cent of the village's 1,240 residents, about 430 people`: the share, `of` and a few words (a
# determiner, an owner), the whole, its noun, then after a comma (a hedge perhaps) the part restating the share, its
# clause closed or going on after a comma or `and`
_SHARE_OF_THE_WHOLE_BEFORE = ByLanguage(lambda w: rf"\s+(?:{w.genitive})\s+(?:[^\W\d_][\w'’]*\s+){{0,3}}", re.I)
_WHOLE_THEN_RESTATED_PART = ByLanguage(lambda w: rf"(?:\s+[^\W\d_]+){{0,2}}\s*,\s*(?:(?:{w.hedges})\s+)?", re.I)
_RESTATED_PART_CLOSES = compile_exact(r"(?:\s+[^\W\d_]+)?\s*(?:[,.;:)]|$)")
_PERSONS = ByLanguage(lambda w: rf"(?:{w.person_counters})", re.I)
# right after a figure, the mark that it is drawn from the pool before it (`[link.pool_part_marks]`: `72,000 of them`)
_DRAWN_FROM_BEFORE = ByLanguage(lambda w: rf"\s+(?:{w.pool_part_marks})(?![^\W\d_])", re.I, first_tested=False)
# right after a share, `of` and a noun that only restates the pool its part is drawn from, closing the aside
_POOL_RESTATED_AFTER = ByLanguage(
    lambda w: rf"\s+(?:{w.genitive})\s+(?:{w.pool_restated_after_share})\s*(?:[,;:.)–—]|$)", re.I, first_tested=False
)
_PART_THEN_SHARE = ByLanguage(lambda w: rf"\s*,\s*(?:(?:{w.appositive_share_marks})\s+)?", re.I)
# `84 staff, of whom 21 are over 60, a quarter of the crew`: after a part the mark opens, its clause (a number in it
# no figure read), the comma alone, and a share that closes its clause (or names the whole, `SHARE_CLOSES`)
_PART_CLAUSE_THEN_BARE_SHARE = ByLanguage(
    lambda w: rf"\s+[^\W\d_][^.;:!?()]{{0,40}}?,\s*(?:(?:{w.appositive_share_marks})\s+)?", re.I
)
# `…, or two in five workers.`: the noun a fraction in words counts, then the clause's close
_COUNTED_NOUN_CLOSES = compile_exact(r"\s+[^\W\d_]+(?=\s*(?:[.,;:!?)\n]|$))")


def _restates_a_counted_figure(bare: Claim, claims: list[Claim]) -> bool:
    """Whether a sentence before the bare figure's states a count of the same value with its noun (`has 96
    singers. … 24 of the 96`)."""
    return any(
        c.sentence < bare.sentence and c.kind == bare.kind and c.counter and c.value == bare.value and not c.furniture
        for c in claims
    )


def link_part_of_whole_shares(claims: list[Claim], text: str, lang: str) -> None:
    for members in prose_by_sentence(claims).values():
        for first, second, rate in zip(members, members[1:], members[2:]):
            if not open_share(rate) or _SHARE_WITHIN_THE_PART[lang].match(text, rate.end):
                continue
            drawn = False  # the part drawn from the whole by `of which` (its counter may be the verb after it)
            beside = _WHOLE_THEN_SHARE[lang].fullmatch(text, second.end, rate.start)
            if beside and beside.group("rate") and not _rate_noun_after(first, rate, text, lang):
                beside = None  # `, an 85% occupancy rate`: the article alone marks no share
            if beside and beside.group("paren") and not _PAREN_CLOSES.match(text, rate.end):
                beside = None
            if beside is None and (
                _RATE_NOUN_BEFORE[lang].fullmatch(text, second.end, rate.start)
                or _SUCCESS_NOUN_BEFORE[lang].fullmatch(text, second.end, rate.start)
                and _successes(first, text, lang)
            ):
                beside = True  # `, an occupancy rate of 85%`
            if (
                beside
                and _joined_as_part_of_whole(first, second, text, lang)
                and (
                    beside is True
                    or beside.group("mark", "rate", "paren") != (None, None, None)
                    or not _OWN_WHOLE_AFTER[lang].match(text, rate.end)
                    # (`24 of the 96, a quarter of the club,`: a whole written bare, restating a count of its own
                    # noun a sentence before states, and a share whose noun is a group restating it,
                    # `[link.pool_restated_after_share]`; not a bare whole stated first there, `40 of the 100, 35% of
                    # the vote`, nor a share of another noun)
                    or not second.counter
                    and _PART_THEN_SHARE[lang].fullmatch(text, second.end, rate.start) is not None
                    and _POOL_RESTATED_AFTER[lang].match(text, rate.end) is not None
                    and _restates_a_counted_figure(second, claims)
                )
            ):
                part, whole = first, second  # `610 of this year's 1,220 cases, or 50%`
            elif (
                _WHOLE_CLAUSE_THEN_SHARE[lang].fullmatch(text, second.end, rate.start)
                and _SHARE_OF_THE_TOTAL[lang].match(text, rate.end)
                and _joined_as_part_of_whole(first, second, text, lang)
            ):
                part, whole = first, second  # `310 of the 1,240 kayaks were hired by schools, 25% of the total`
            elif _WHOLE_THEN_PART[lang].fullmatch(text, first.end, second.start) and (
                _PART_THEN_SHARE[lang].fullmatch(text, second.end, rate.start)
                or first.role == "value"  # (`up from 47,000, of which …`: the prior holds no part)
                and _PART_CLAUSE_THEN_SHARE[lang].fullmatch(text, second.end, rate.start)
                and SHARE_CLOSES[lang].match(text, rate.end)  # (`, or 40% of its foreign crew`: another whole)
            ):
                part, whole = second, first  # `180 aircraft, of which 45, or 25%`
            elif (
                first.role == "value"
                and _WHOLE_THEN_PART[lang].fullmatch(text, first.end, second.start)
                and _PART_CLAUSE_THEN_BARE_SHARE[lang].fullmatch(text, second.end, rate.start)
                and _closes_its_clause(rate, text, lang)
            ):
                part, whole, drawn = second, first, True  # `84 staff, of whom 21 are over 60, a quarter`
            elif (
                _WHOLE_THEN_OPENED_PART[lang].fullmatch(text, first.end, second.start)
                and _PART_THEN_SHARE[lang].fullmatch(text, second.end, rate.start)
                # (`80,000 patients, 72,000 of them within four hours, or 90%`: a figure a pool mark follows is a
                # part drawn from the figure before, no whole of the next)
                and not _DRAWN_FROM_BEFORE[lang].match(text, first.end)
            ):
                part, whole = second, first  # `12만마리로 이 가운데 한우가 9만마리, 75%`
            elif (
                _WHOLE_BEFORE_POOL_PART.fullmatch(text, first.end, second.start)
                and _POOL_PART_THEN_SHARE[lang].fullmatch(text, second.end, rate.start)
                and SHARE_CLOSES[lang].match(text, rate.end)
            ):
                part, whole = second, first  # `150 berths, and 24 of them are empty, or 16%`
            elif (
                first.role == "value"
                and _WHOLE_BEFORE_POOL_PART.fullmatch(text, first.end, second.start)
                and _POOL_PART_THEN_BARE_SHARE[lang].fullmatch(text, second.end, rate.start)
                and _closes_its_clause(rate, text, lang)
                and _the_one_whole_before(first, second, members)
                # (`80 poles bent, and … 45 signs of them, three-quarters, repainted`: a part counting a noun of its
                # own is drawn from another pool)
                and counted_noun(second) == counted_noun(first)
            ):
                part, whole, drawn = second, first, True  # `45 applicants, nine of whom were shortlisted, one in five`
            elif (
                first.role == "value"
                and second.role == "value"
                and _WHOLE_THEN_PART_CLAUSE.fullmatch(text, first.end, second.start)
                and _PART_CLAUSE_THEN_SHARE_OF_THE_TOTAL[lang].fullmatch(text, second.end, rate.start)
                and _SHARE_OF_THE_TOTAL[lang].match(text, rate.end)
                and not _joined_as_part_of_whole(first, second, text, lang)
                and _the_one_whole_before(first, second, members)
            ):
                part, whole = second, first  # `covers 160 hectares, and 40 hectares are wooded, a quarter of the total`
            else:
                continue
            if part.kind not in AMOUNTS or (part.unit, part.kind) != (whole.unit, whole.kind):
                continue
            if part.counter and whole.counter and part.counter != whole.counter and not drawn:
                continue  # counts of two things
            if part.high >= whole.low:
                continue  # a part is smaller than its whole
            rate.share_part, rate.share_whole = part.id, whole.id
            rate.whole = rate.whole or f"of:{whole.id}"  # shares of one whole add up to at most 100%
            rate.label = rate.label or part.id


def link_parts_after_a_share_of_their_whole(claims: list[Claim], text: str, lang: str) -> None:
    """`Pensioners account for 35 per cent of the village's 1,240 residents, about 430 people`: a share, `of` its
    whole, then the part the share comes to, set after the whole by a comma (a hedge perhaps) and closing its clause.
    The part counts the whole's noun, or people when the whole counts persons of some kind (`[link.person_counters]`).
    The words say which figures the share is of: no guess."""
    for members in prose_by_sentence(claims).values():
        for rate, whole, part in zip(members, members[1:], members[2:]):
            if not open_share(rate) or rate.share_part or rate.share_whole:
                continue
            if not _SHARE_OF_THE_WHOLE_BEFORE[lang].fullmatch(text, rate.end, whole.start):
                continue
            if not _WHOLE_THEN_RESTATED_PART[lang].fullmatch(text, whole.end, part.start):
                continue
            if not _RESTATED_PART_CLOSES.match(text, part.end):
                continue
            if whole.role != "value" or part.role != "value" or whole.kind not in AMOUNTS:
                continue
            if (part.unit, part.kind) != (whole.unit, whole.kind) or part.high >= whole.low:
                continue
            if (
                part.counter
                and whole.counter
                and part.counter != whole.counter
                and not _PERSONS[lang].fullmatch(part.counter)
            ):
                continue  # counts of two things (a part counting people may restate a whole of some people)
            rate.share_part, rate.share_whole = part.id, whole.id
            rate.whole = rate.whole or f"of:{whole.id}"  # shares of one whole add up to at most 100%
            rate.label = rate.label or part.id


def _the_one_whole_before(whole: Claim, part: Claim, members: list[Claim]) -> bool:
    """Whether the whole is the one figure of the part's unit and kind its sentence states before the part (`36.4
    million points and 41.0 million the year before, and redeemed 27.1 million of them`: which, the words do not
    say)."""
    return not any(
        c is not whole and c.end <= part.start and (c.unit, c.kind) == (part.unit, part.kind) for c in members
    )


def _closes_its_clause(rate: Claim, text: str, lang: str) -> bool:
    """`…, a quarter.`, `…, a quarter of the crew.`; a fraction in words may name what it counts (`two in five
    workers`)."""
    if SHARE_CLOSES[lang].match(text, rate.end):
        return True
    return rate.kind == "fraction" and bool(_COUNTED_NOUN_CLOSES.match(text, rate.end))


def _successes(part: Claim, text: str, lang: str) -> bool:
    """`made 81 of 157 attempts`: a verb of success right before the part (`[link.part_success_verbs]`)."""
    return bool(_SUCCESS_VERB_BEFORE[lang].search(text, max(0, part.start - _SUCCESS_VERB_REACH), part.start))


def _rate_noun_after(part: Claim, rate: Claim, text: str, lang: str) -> bool:
    """`, an 85% occupancy rate`; `, a 51.6% success rate` after a part that is the successes."""
    if _RATE_NOUN_AFTER[lang].match(text, rate.end):
        return True
    return bool(_SUCCESS_NOUN_AFTER[lang].match(text, rate.end) and _successes(part, text, lang))


def _joined_as_part_of_whole(first: Claim, second: Claim, text: str, lang: str) -> bool:
    """`610 of this year's 1,220 cases`, `45 of 60 points` (a bare numeral: `450 days of 600 hours` may count
    two things)."""
    if _PART_OF_WHOLE[lang].fullmatch(text, first.end, second.start):
        return True
    return bool(
        _BARE_NUMERAL.fullmatch(text, first.start, first.end)
        and _BARE_PART_OF_WHOLE[lang].fullmatch(text, first.end, second.start)
    )
