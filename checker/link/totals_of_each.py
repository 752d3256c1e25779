"""What each of a count of units does, and what they come to together, in one clause: `The firm's six cutters each
manage 2,500 pieces a day, 15,000 between them`, `Four crews clear 60 drains a day apiece, 240 a day between them`,
`the brigade's three tankers, which carry 5,000 litres each, 15,000 litres in all`.

The figure of each is a count, a measure or an amount, a value of no other relation; a mark of each unit stands
before it in its clause (`each`, `were each dealing with`: `[link.each_marks]`; an average's, `fines averaged`:
`[link.average_before]`) or right after it and its period
(`apiece`, `each`: `[link.each_marks]`, `[link.each_unit_after]`). The total is the next figure of its sentence, of
its kind, unit and counter, past a comma (an `or` or a hedge between: `[link.or_words]`, `[link.hedges]`), closed by
a mark of all the units together (`between them`, `in all`: `[link.each_total_after]`), a period mark of the figure's
between them (`a day`, `a smoke`: `[link.unit_price_after]`). The units are the count of another plural noun
nearest before the figure in its clause, no rate (`400 visits a day`), no size of each unit (`Three crews, each of
two staff, clear …`: a count right after the mark of each is passed over). The figure is the total over the units
(`per_unit_of`, `units_of`: the per-unit check F317 divides it).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.inflections import singular
from checker.link.sentence_groups import prose_by_sentence
from checker.link.shared_events import shared_events_of_sides
from checker.models import Claim
from checker.regex_cache import compile_exact
from checker.regex_needs import may_match

_KINDS = ("count", "measure", "money")
_TOGETHER = ByLanguage(lambda w: rf"(?:{w.each_total_after})(?![^\W\d_])", re.I)
# between the figure of each and the total: its period mark, a mark of each, a comma, an `or`, a hedge
_GAP = ByLanguage(
    lambda w: (
        rf"(?:\s+(?:{w.unit_price_after})\s+(?P<period>[^\W\d_]{{3,}}))?"
        rf"(?P<each>\s+(?:{w.each_marks}|{w.each_unit_after}))?"
        rf"\s*,\s*(?:(?:{w.or_words})\s+)?(?:(?:{w.hedges})\s+)?"
    ),
    re.I,
)
_AFTER = ByLanguage(
    lambda w: rf"(?:\s+(?:{w.unit_price_after})\s+(?P<period>[^\W\d_]{{3,}}))?\s+(?:{w.each_total_after})(?![^\W\d_])",
    re.I,
)
# after the total and its mark, in the rest of its sentence: another mark of units together (a second total)
_ANOTHER_TOGETHER = ByLanguage(lambda w: rf"[^.!?;\n]*?(?<![^\W\d_])(?:{w.each_total_after})(?![^\W\d_])", re.I)
# between the units and the figure: words only (no figure, no clause's end), a mark of each among them
_EACH_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.each_marks}|{w.average_before})(?![^\W\d_])", re.I)
# right before a count: the mark of each unit's size (`each of two staff`): the size of each, no units
_EACH_OF_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.each_size_of})\s+$", re.I)
# a plural noun its ending does not mark (`craftsmen`, `staff`: `[link.plurals_without_ending]`)
_PLURAL_UNMARKED = ByLanguage(lambda w: rf"(?:{w.plurals_without_ending})", re.I)
_PER_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.unit_price_after})\s+[^\W\d_]{{3,}}", re.I)
_WORDS_BETWEEN = compile_exact(r"[^\d.;:!?()]*")
_REACH = 120  # characters before the figure where its units stand


def link_totals_of_each(claims: list[Claim], text: str, lang: str) -> None:
    together = _TOGETHER[lang]
    if not may_match(together, text) or together.search(text) is None:
        return  # (no mark of units together in the article: the cheap test first)
    for sentence in prose_by_sentence(claims).values():
        for i, figure in enumerate(sentence[:-1]):
            total = sentence[i + 1]
            if not _of_one_kind(figure, total):
                continue
            gap = _GAP[lang].fullmatch(text, figure.end, total.start)
            after = _AFTER[lang].match(text, total.end) if gap is not None else None
            if after is None or not _periods_agree(gap, after):
                continue  # (`each earn £300 a week, £171,600 a year in all`: the total is of more than the units)
            if _ANOTHER_TOGETHER[lang].match(text, after.end()):
                continue  # (`$4 each, $1,200 in all in 2023 and $1,500 in all this year`: which is of these units)
            units = _units(sentence[:i], figure, text, lang, each_after=gap.group("each") is not None)
            if units is None or shared_events_of_sides(figure, units, lang):
                continue  # (`The 60 teams each played nine matches`: two teams to a match, no product of the teams)
            figure.per_unit_of, figure.units_of = total.id, units.id


def totals_each_of_a_count(figures: list[Claim], i: int, text: str, lang: str) -> bool:
    """Whether the figure `i` of a sentence's figures is what each of a count before it does and the next figure what
    they come to together (`Seven wardens each walk 12 miles a day, 84 miles in all`): the reading above, asked
    before a sum takes the count and the figure of each as parts of the total (checker/link/totals.py)."""
    if i + 1 >= len(figures):
        return False
    figure, total = figures[i], figures[i + 1]
    if not _of_one_kind(figure, total):
        return False
    gap = _GAP[lang].fullmatch(text, figure.end, total.start)
    after = _AFTER[lang].match(text, total.end) if gap is not None else None
    if after is None or not _periods_agree(gap, after):
        return False
    return _units(figures[:i], figure, text, lang, each_after=gap.group("each") is not None) is not None


def each_of_a_count_together(sentence: list[Claim], figure: Claim, total: Claim, text: str, lang: str) -> bool:
    """Whether the figure is what each of a count before it in its clause does and the total, right after it, what
    they come to together, of whatever period (`The 11 staff each earn £300 a week, £171,600 a year in all`): no total
    of the figure's periods alone (checker/link/per_unit.py)."""
    gap = _GAP[lang].fullmatch(text, figure.end, total.start)
    if gap is None or _AFTER[lang].match(text, total.end) is None:
        return False
    before = [c for c in sentence if c.end <= figure.start]
    return _units(before, figure, text, lang, each_after=gap.group("each") is not None) is not None


def stated_together_after(figure: Claim, total: Claim, text: str, lang: str) -> bool:
    """Whether the total stands right after the figure of each, marked as what the units come to together
    (`2,500 pieces a day, 15,000 between them`): of the figure's period, whatever marks of each stand near it."""
    return (
        figure.sentence == total.sentence
        and figure.end <= total.start
        and _GAP[lang].fullmatch(text, figure.end, total.start) is not None
        and _AFTER[lang].match(text, total.end) is not None
    )


def _periods_agree(gap: re.Match[str], after: re.Match[str]) -> bool:
    """Whether a period the total is marked of (`£3,600 a week between them`) is the figure of each's own (`£300 a
    week`), or the figure marks none (`take 1,200 fish apiece, 2,400 a smoke between them`): a total of another
    period than the figure's (`£300 a week, £171,600 a year in all`) is of more than the units, a count of periods
    too."""
    total_period, figure_period = after.group("period"), gap.group("period")
    return total_period is None or figure_period is None or figure_period.casefold() == total_period.casefold()


def _of_one_kind(figure: Claim, total: Claim) -> bool:
    """Whether the two are plain values of one kind, unit and counter, the total the larger, tied to nothing yet."""
    return (
        figure.kind in _KINDS
        and figure.kind == total.kind
        and figure.unit == total.unit
        and (figure.counter or "") == (total.counter or "")
        and figure.role == "value"
        and total.role == "value"
        and figure.value < total.value
        and figure.per_unit_of is None
        and total.per_unit_of is None
        and figure.part_of is None
        and figure.product_of is None
        and total.product_of is None
    )


def _units(before: list[Claim], figure: Claim, text: str, lang: str, each_after: bool) -> Claim | None:
    """The count of the units each of which the figure is of: the nearest count before it in its clause, past any
    size of each unit (`each of two staff`), with a mark of each between when none follows the figure."""
    for units in reversed(before):
        if units.start < figure.start - _REACH or not _WORDS_BETWEEN.fullmatch(text, units.end, figure.start):
            return None
        if _EACH_OF_BEFORE[lang].search(text, max(0, units.start - 24), units.start):
            continue  # (`Three crews, each of two staff in a lorry, clear …`: each crew's size)
        if units.kind != "count" or not units.counter or units.role != "value" or units.counter == figure.counter:
            return None
        if units.value < 2 or (
            singular(units.counter, lang) == units.counter.casefold()
            and _PLURAL_UNMARKED[lang].fullmatch(units.counter) is None
        ):
            return None  # (the units are a plural noun's count: `six cutters`, `Nine cases`, no `fiscal 2` misread)
        if _PER_AFTER[lang].match(text, units.end):
            return None  # (`400 visits a day, …`: a rate, no units)
        if not each_after and _EACH_BEFORE[lang].search(text, units.end, figure.start) is None:
            return None
        return units
    return None
