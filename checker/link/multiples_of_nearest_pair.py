"""A multiple every word-order rule left without the figures it compares: the one pair of one unit beside it.

A multiple word (`twice`, `nearly triple`, `3배`, `곱절`) compares two stated figures of one kind, unit and counted
noun. When no rule before read which (the words between them take many orders: `cost about three times as much to
hire, €48,000 a season against €16,000`, `the ferry carried 9,300 cars, almost double the 4,800 of`), the figures it
compares are taken by what they are and where they stand, not by the words:

- its own sentence: the one pair of figures of one kind, unit and counted noun there (with the figure the multiple
  is already appended to, when the role stage read one: that figure and the one other of its unit), the multiple
  standing between them (the value before it, the smaller figure it is of right after it, in its own words: past a
  comma or a clause ending the figure is another subject's, year's or part's) or before both (a compared pair,
  the later one read as the earlier figure it is set against: `against`, `from`);
- a figure the multiple is appended to, past punctuation only, that stands alone in its sentence (a headline's
  `Orchard yields 64 tonnes, nearly double`): the next sentence (the lead) restating that figure beside the one
  earlier figure it is set against (`prior`/`baseline`), and nothing else of its unit.

For a multiple above one the larger figure is the value, the smaller what it is of; the multiple kind then checks
value ÷ figure. Vetoes: a sentence with two pairs, or three figures of the unit, names no one pair; a figure the other
is a listed part or share of is no comparison; figures per unit, shares and equivalents are not amounts compared;
a multiple after both figures may be of a figure the words after it name (`…, twice the regional average`); two
earlier figures (`up from 40, … than the 55 of the spring`) leave the value compared unstated; a plan or forecast
set beside an outcome is two times; a number word read inside a noun is no figure; two multiples in one sentence
are two comparisons. A multiple below one (`halved`, `a third`) is read by the share and change rules, not here.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.multiple_spans import years_apart, years_spanned
from checker.link.sentence_groups import EARLIER_ROLES, prose_by_sentence, prose_figures
from checker.models import Claim
from checker.regex_cache import compile_exact

_COMPARED_ROLES = ("value", *EARLIER_ROLES)


def _amount(claim: Claim) -> bool:
    return (
        claim.kind in AMOUNTS
        and claim.role in _COMPARED_ROLES
        and claim.low > 0
        and not claim.per_unit_of
        and not claim.units_of
    )


def _one_thing(a: Claim, b: Claim) -> bool:
    """Two figures of one kind, unit and counted noun (a bare count counts what the other counts)."""
    if (a.kind, a.unit) != (b.kind, b.unit):
        return False
    return a.counter == b.counter or not a.counter or not b.counter


# between a figure and the multiple appended to it: punctuation only (`138 million pounds, nearly double`)
# a clause of its own between the two figures, or between a multiple before both and the later one
# (`[link.multiple_pair_breaks]`)
_PAIR_BREAK = ByLanguage(lambda w: rf"(?:{w.multiple_pair_breaks})", re.I)
_DIGIT = compile_exact(r"\d")
_APPENDED = compile_exact(r"[\s,;:–—-]*")
_OBJECT_AFTER = compile_exact(r"[^,;:.!?()\d]{0,24}")  # a multiple's own words before the figure it is of


def _nested(a: Claim, b: Claim) -> bool:
    """One figure a listed part or the stated whole of the other: a part, not a comparison."""
    return a.part_of == b.id or b.part_of == a.id or a.share_whole == b.id or b.share_whole == a.id


def _link(multiple: Claim, a: Claim, b: Claim, nested: set[str], compared: tuple[Claim, Claim] | None = None) -> None:
    """`compared`: the pair whose roles and times decide that they are compared (the lead's, for a headline's)."""
    earlier_first, earlier_second = compared or (a, b)
    if _nested(a, b) or a.value == b.value or a.id in nested or b.id in nested:
        return
    if not (_DIGIT.search(a.text) and _DIGIT.search(b.text)):
        return  # a number word read inside a noun (`세대`, a generation) is no figure to compare by its place
    if earlier_first.forecast != earlier_second.forecast:
        return  # a plan or forecast beside an outcome: two times, not one comparison
    if earlier_first.role in EARLIER_ROLES and earlier_second.role in EARLIER_ROLES:
        return  # two earlier figures (`from 198, … than last year's 305`): the value compared is not here
    value, prior = (a, b) if a.value > b.value else (b, a)
    multiple.change_of = value.id
    multiple.compared_to = prior.id


def _pair_in(figures: list[Claim], anchor: Claim | None) -> tuple[Claim, Claim] | None:
    """The one pair of figures of one thing among `figures` (with `anchor` in it, when given)."""
    if anchor is not None:
        others = [c for c in figures if c is not anchor and _one_thing(c, anchor)]
        return (anchor, others[0]) if len(others) == 1 else None
    pairs = []
    for i, a in enumerate(figures):
        alike = [b for b in figures if b is not a and _one_thing(a, b)]
        if len(alike) > 1:
            return None  # three figures of one unit: which two are compared is not said
        if len(alike) == 1 and figures.index(alike[0]) > i:
            pairs.append((a, alike[0]))
    return pairs[0] if len(pairs) == 1 else None


def link_multiples_of_nearest_pair(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    if not any(c.kind == "multiple" and c.role == "change" and not c.compared_to for c in figures):
        return  # (most articles: nothing to read)
    by_sentence = prose_by_sentence(claims)
    by_id = {c.id: c for c in figures}
    # the figures another is a part or share of, or that are parts of a whole: a part is no comparison
    nested = {i for c in claims for i in (c.part_of, c.share_whole, c.share_part) if i}
    nested.update(c.id for c in claims if c.part_of)
    for multiple in figures:
        if multiple.kind != "multiple" or multiple.role != "change" or multiple.compared_to or multiple.value <= 1:
            continue
        anchor = by_id.get(multiple.change_of) if multiple.change_of else None
        if multiple.change_of and (anchor is None or not _amount(anchor)):
            continue  # appended to a figure of another sort (a rate, a share): not ours
        own = [c for c in by_sentence.get(multiple.sentence, ()) if _amount(c)]
        if anchor is not None and anchor.sentence != multiple.sentence:
            continue
        if sum(1 for c in by_sentence.get(multiple.sentence, ()) if c.kind == "multiple") > 1:
            continue  # two multiples in one sentence: two comparisons, each of its own pair
        pair = _pair_in(own, anchor)
        if pair is not None:
            first, second = sorted(pair, key=lambda c: c.start)
            if multiple.start < first.start:
                # before both: a compared pair (`at €48,000 against €16,000`), the later one set as the earlier figure
                compared = second.role in EARLIER_ROLES and not _PAIR_BREAK[lang].search(
                    text, multiple.end, second.start
                )
            else:
                # between: the value before it, the figure it is of after it (smaller for a multiple above one), in
                # its clause; after both, the words after it may name what it is of (`…, twice the regional average`)
                # (and right after it, in its own words: a figure past a comma or a clause ending is another
                # subject's, year's or part's: `twice as many as Tarn's, which logged 180 in 2021`,
                # `두 배로 넓어졌으며 냉동 창고는 6천㎡다`)
                compared = (
                    multiple.start < second.start
                    and second.value < first.value
                    and _OBJECT_AFTER.fullmatch(text, multiple.end, second.start) is not None
                    and not _PAIR_BREAK[lang].search(text, first.end, second.start)
                )
            if compared:
                _link(multiple, first, second, nested)
            continue
        if anchor is None or own != [anchor] or not _APPENDED.fullmatch(text, anchor.end, multiple.start):
            continue
        lead_pair = _restated_with_prior(anchor, by_sentence)
        years = years_spanned(anchor, multiple, text, lang) if lead_pair is not None else None
        if lead_pair is not None and years is not None and years_apart(lead_pair[1], lead_pair[0]) != years:
            continue  # (`3 million passengers, tripled over the past six years`: not of last year's level)
        if lead_pair is not None:
            _link(multiple, anchor, lead_pair[1], nested, compared=lead_pair)


def _restated_with_prior(figure: Claim, by_sentence: dict[int, list[Claim]]) -> tuple[Claim, Claim] | None:
    """The earlier figure set against `figure` where the next sentence restates it (a headline's figure, the lead)."""
    following = [c for c in by_sentence.get(figure.sentence + 1, ()) if _amount(c) and _one_thing(c, figure)]
    restated = [c for c in following if c.value == figure.value and c.role == "value"]
    earlier = [c for c in following if c.role in EARLIER_ROLES]
    if len(restated) == 1 and len(earlier) == 1 and len(following) == 2:
        return restated[0], earlier[0]
    return None
