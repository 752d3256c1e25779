"""An amount added to the story's figure, and the sum stated after it: `took in $211 million at home … The movie
added $227 million abroad for a global opening of $438 million`, `The company employed 13,800 people. It added
1,200 jobs, for a total of 15,000`.

The added amount follows an addition verb (`[link.addition_verbs]`: `added`) in its clause, and the sum follows it
in the same sentence after a mark of the sum it makes (`[link.sum_after_addition]`: `for a total of`, `for a
global opening of`, `bringing the total to`), with no figure between; in Korean the verb follows the amount and
the sum follows the verb (`옵션 200만 유로를 더하면 1천만 유로가 된다`: `[link.addition_then_sum]`). A sentence
that opens on `Including` adds its amount to the value it then states (`The offer values the group at $9.4bn.
Including $1.1bn of net debt, the enterprise value is $10.5bn`). The other
part is the largest figure of the sum's unit and kind stated before the added amount, smaller than the sum and not
dated to another period (the story's figure the amount is added to; a smaller one, `a per-location average of
$21,063`, is a detail of it). The sum is of those two parts, closed. Found by position and size, so a guess.

A sum stated first, then explained in the next sentence as one amount added to another (`누적 수주액은 T로 늘었다.
지난달까지의 A에 이번 B가 더해진 것이다.`, `The order book reached T. That is A from earlier orders plus B from this
one.`): the two amounts are joined by `[link.added_part_joints]` (`에`, `plus`) and the second is followed by
`[link.added_part_ends]` (`가 더해진`; in English, the end of a word). They are the only figures of their unit and kind
in their sentence; the sum is the one figure of that unit and kind in the sentence right before that is larger than
each (with two such, which one is not said: nothing is linked). Closed; found by position, so a guess.
"""

from __future__ import annotations

import math
import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.keys_differ import periods_differ
from checker.link.sentence_groups import prose_figures
from checker.models import Claim

_VERB_BEFORE = ByLanguage(lambda w: rf"(?:{w.addition_verbs})\s+$", re.I)
_SUM_BETWEEN = ByLanguage(lambda w: rf"[^\d.;]{{0,60}}?(?:{w.sum_after_addition})\s+", re.I, first_tested=False)
# `여기에 옵션 300만 유로를 더하면 최대 1천500만 유로까지`: in Korean the verb follows the added amount, then the sum.
_ADDED_THEN_SUM = ByLanguage(lambda w: rf"\s?(?:{w.addition_then_sum})\s[^\d.;]{{0,16}}", first_tested=False)
# `A에 이번 B가 더해진`, `A from earlier orders plus B`: between the two amounts, then after the second.
_ADDED_PART_JOINT = ByLanguage(
    lambda w: rf"[^\d.;]{{0,24}}?(?:{w.added_part_joints})\s[^\d.;]{{0,16}}", re.I, first_tested=False
)
# `hire six more`, `six extra`: the count is one added (the mark ends its text, or follows it)
_MARK_ENDING = ByLanguage(lambda w: rf"\s(?:{w.addition_marks_after})$", re.I, first_tested=False)
_MARK_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.addition_marks_after})\b", re.I, first_tested=False)
# between two figures of one list: a comma or `and`, a label of a few words (`$3m and fines $2m`, `24곳, 전남 13곳`)
_LIST_JOINT = ByLanguage(
    lambda w: rf"[^\d.;]{{0,12}}?(?:,|\b(?:{w.and_words})\b)[^\d.;]{{0,28}}", re.I, first_tested=False
)
_BASE_REACH = 80  # figures before the added amount where the story's figure is looked for (an article's worth)
_ADDED_PART_END = ByLanguage(lambda w: rf"\s?(?:{w.added_part_ends})", re.I, first_tested=False)


def link_added_sums(claims: list[Claim], text: str, lang: str) -> None:
    _sums_explained_after(claims, text, lang)
    figures = prose_figures(claims)
    wholes = {c.part_of for c in claims if c.part_of}
    _sums_over_the_base_between(figures, wholes, text, lang)
    for position, added in enumerate(figures[:-1]):
        total = figures[position + 1]
        if added.kind not in AMOUNTS or total.kind != added.kind or total.unit != added.unit:
            continue
        if _counters_differ(added, total):
            continue  # (`35곳을 더하면 … 71명`: counts of two things, no sum)
        if total.sentence != added.sentence or total.role != "value" or total.part_of or total.id in wholes:
            continue
        # a sum stated as a bound (`최대 1천500만 유로`: the most the parts come to) is compared by its figure
        floor = total.low if math.isfinite(total.low) else total.value
        if added.part_of or added.high >= floor:
            continue
        if not (
            (
                _VERB_BEFORE[lang].search(text, max(0, added.start - 24), added.start)
                or _added_by_its_words(added, text, lang)
            )
            and _SUM_BETWEEN[lang].fullmatch(text, added.end, total.start)
        ) and not _ADDED_THEN_SUM[lang].fullmatch(text, added.end, total.start):
            continue
        base = None
        listed: dict[int, list[Claim]] = {}  # the figures a part may be, by sentence
        for claim in figures[max(0, position - _BASE_REACH) : position]:
            if (claim.unit, claim.kind) != (total.unit, total.kind) or _counters_differ(claim, total):
                continue  # (`부상자는 71명` before `35곳에 … 126곳을 더하면 모두 161곳`: a count of another thing)
            # (a figure of the sum's own sentence shares its forecast mark: `runs 31 and will buy six more,
            # bringing the fleet to 37` is read forecast whole, its first figure too)
            if claim.role != "value" or (claim.forecast and claim.sentence != total.sentence):
                continue
            if claim.high >= floor or claim.part_of or periods_differ(claim, total):
                continue
            # (of two equal, the nearer restates it; one in the sum's own sentence is the figure added to, over a
            # larger one before: `It employs 11 people and will hire three more, bringing staff to 14`)
            own = claim.sentence == total.sentence
            if base is None or (own, claim.value) >= (base.sentence == total.sentence, base.value):
                base = claim
            listed.setdefault(claim.sentence, []).append(claim)
        if base is None:
            base = _base_now_after(figures[position + 2 :], total, floor, text, lang)
            if base is not None:
                listed[base.sentence] = [base]
        if base is None:
            continue
        if base.sentence != total.sentence and _listed_with_another(base, listed[base.sentence], text, lang):
            continue  # (`Fees brought in $3m and fines $2m. Parking added a further $1m, taking income to $7m`: the
            # sum runs on a list, not on one figure of it)
        for part in (base, added):
            part.part_of = total.id
            part.part_list = f"added:{total.id}"
        total.open_list = False
        total.guesses = sorted(set(total.guesses) | {"relation"})


# `It currently employs 26 weavers`, `the 45 it has now`, `the 86 staff already employed`: a level marked as now
_CURRENT_BEFORE = ByLanguage(
    lambda w: rf"(?<![\w'’-])(?:{w.current_level_before})\s+(?:[^\W\d_][\w'’-]*\s+){{0,2}}$", re.I, first_tested=False
)
_CURRENT_AFTER = ByLanguage(lambda w: rf"(?:{w.current_level_after})", re.I, first_tested=False)
_CURRENT_REACH = 40  # characters before a level where the word marking it as now may stand
_NOW_AFTER_REACH = 2  # sentences after the sum where the level it adds to may be stated


def _base_now_after(after: list[Claim], total: Claim, floor: float, text: str, lang: str) -> Claim | None:
    """`The firm will take on eight weavers, bringing the workshop to 34. It currently employs 26 weavers.`: with no
    figure before it to add to, the sum adds its amount to the level stated after it, in its sentence or the next two,
    that the words mark as the level now (`[link.current_level_before]`, `[link.current_level_after]`): the first figure
    of the sum's unit and kind there, of the sum's count, smaller than the sum, a plain value of its period."""
    for claim in after:
        if claim.sentence > total.sentence + _NOW_AFTER_REACH:
            return None
        if (claim.unit, claim.kind) != (total.unit, total.kind) or _counters_differ(claim, total):
            continue
        marked = _CURRENT_BEFORE[lang].search(
            text, max(0, claim.start - _CURRENT_REACH), claim.start
        ) or _CURRENT_AFTER[lang].match(text, claim.end)
        if not marked or claim.role != "value" or claim.part_of or claim.change_of or claim.per_unit_of:
            return None
        if claim.high >= floor or periods_differ(claim, total) or claim.forecast:
            return None
        return claim
    return None


def _listed_with_another(base: Claim, figures: list[Claim], text: str, lang: str) -> bool:
    """The base stands in a list with another figure of its unit (`$3m and fines $2m`): joined by a comma or
    `and`, a few words apart, no figure between."""
    for other in figures:
        if other is base:
            continue
        first, second = (base, other) if base.start < other.start else (other, base)
        if _LIST_JOINT[lang].fullmatch(text, first.end, second.start):
            return True
    return False


def _added_by_its_words(added: Claim, text: str, lang: str) -> bool:
    """`six more`, `40 extra seats`, `60 new fountains`: a count whose own words (or the word right after it) say it
    is added."""
    return bool(
        _MARK_ENDING[lang].search(added.text)
        or _MARK_AFTER[lang].match(text, added.end)
        or (added.kind == "count" and added.counter and _COUNTER_ADDED[lang].fullmatch(added.counter))
    )


# `60 new`: the count's own word makes it added (`[link.addition_counters]`)
_COUNTER_ADDED = ByLanguage(lambda w: rf"(?:{w.addition_counters})", re.I, first_tested=False)


# `will add four people to its 31 staff, taking …`, `took on 28 seasonal staff on top of its 12 regular ones, …`:
# between the added amount and the figure it is added to, a joint that adds it there (`[link.added_to_base_joints]`)
_BASE_BETWEEN = ByLanguage(
    lambda w: rf"[^\d.;:,()]{{0,24}}?\s(?:{w.added_to_base_joints})\s+[^\d.;:,()]{{0,16}}", re.I, first_tested=False
)


def _sums_over_the_base_between(figures: list[Claim], wholes: set[str], text: str, lang: str) -> None:
    """`The dairy will add four people to its 31 staff, taking the total to 35`, `It took on 28 seasonal staff on top
    of its 12 regular staff, bringing the team to 40`: the added amount after an addition verb, then (a few words
    between, no figure) the figure it is added to, then the sum after a mark of the sum it makes, all three in one
    sentence and of one unit and kind: the sum of the two, closed. The figure added to is named there, so the link
    is no guess by size; counts of two things each named (the base's and the sum's) are no sum."""
    for added, base, total in zip(figures, figures[1:], figures[2:]):
        if not added.sentence == base.sentence == total.sentence:
            continue
        if added.kind not in AMOUNTS or {(c.kind, c.unit) for c in (added, base, total)} != {(added.kind, added.unit)}:
            continue
        if any(c.role != "value" or c.part_of for c in (added, base, total)) or total.id in wholes:
            continue
        if _counters_differ(base, total):
            continue
        floor = total.low if math.isfinite(total.low) else total.value
        if added.high >= floor or base.high >= floor:
            continue
        if not (
            (
                _VERB_BEFORE[lang].search(text, max(0, added.start - 24), added.start)
                or _added_by_its_words(added, text, lang)
            )
            and _BASE_BETWEEN[lang].fullmatch(text, added.end, base.start)
            and _SUM_BETWEEN[lang].fullmatch(text, base.end, total.start)
        ):
            continue
        for part in (base, added):
            part.part_of = total.id
            part.part_list = f"added:{total.id}"
        total.open_list = False
        wholes.add(total.id)


def _counters_differ(a: Claim, b: Claim) -> bool:
    """Two counts of two things, each naming its counter (a sum's count named by no counter may be of either)."""
    return bool(a.counter and b.counter and a.counter != b.counter)


def _sums_explained_after(claims: list[Claim], text: str, lang: str) -> None:
    figures = [c for c in claims if c.kind in AMOUNTS and c.role == "value" and not c.furniture and not c.forecast]
    wholes = {c.part_of for c in claims if c.part_of}
    for first, second in zip(figures, figures[1:]):
        if first.sentence != second.sentence or (first.unit, first.kind, first.counter) != (
            second.unit,
            second.kind,
            second.counter,
        ):
            continue
        if not (
            _ADDED_PART_JOINT[lang].fullmatch(text, first.end, second.start)
            and _ADDED_PART_END[lang].match(text, second.end)
        ):
            continue
        same = [c for c in figures if (c.unit, c.kind, c.counter) == (first.unit, first.kind, first.counter)]
        if any(c.sentence == first.sentence and c not in (first, second) for c in same):
            continue  # a third figure of the unit: more than the two amounts are added
        larger = [c for c in same if c.sentence == first.sentence - 1 and c.low > max(first.high, second.high)]
        if len(larger) != 1 or any(c.part_of or c.id in wholes for c in (first, second, larger[0])):
            continue
        total = larger[0]
        for part in (first, second):
            part.part_of = total.id
            part.part_list = f"added:{total.id}"
        wholes.add(total.id)
        total.open_list = False
        total.guesses = sorted(set(total.guesses) | {"relation"})
