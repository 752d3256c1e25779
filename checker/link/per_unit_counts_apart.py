"""A figure per a named unit whose total its own clause states before it, and whose count stands paragraphs apart.

English copy restates an amount per unit right after the total it divides (`Repairs cost $9,000, or about $30 a
member`, `The scheme cost €2m, which works out at €40 per household served`) and leaves the count of the unit to an
earlier paragraph (`The club has 300 members` two paragraphs up). The per-unit readings before look for the count
within a few sentences of the figure or in the lead only; this reading, run after them, takes:

- the total: the one figure of the figure's kind and unit (and counter, for a count) stated right before it in its
  own sentence, only a restating link between them (`, or`, `, which works out at`, `, an average of`), larger, a
  value, no part set beside its share, itself no figure per unit;
- the count: a count whose counter the mark's noun names (singular or plural, a person's mark any count of people;
  a unit of measure, a measure of that unit), stated before the figure past the headline — in the figure's own
  paragraph (a part too) or in an earlier one (no part set beside its share) — when all of them carry one value
  (two values: which one, unsaid). A count inside quoted speech, in a sentence of another time, of another company,
  a count itself per unit (a rate), a prior, a baseline or a change is none.

Vetoes: the figure's own sentence states another count of things (its units are that sentence's), a figure of its
unit of another time, a market's quote, a metric of its own, a scope of all units (`a tonne across all crops`); a
total of another clause. The reading spans
paragraphs, so a mismatch is a warning (`guesses`). English only (the Korean lanes read Korean per-unit figures).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.extract.units import base_unit, measure_unit
from checker.link.partners import _WHOLE_SCOPE_AFTER, _same_entities
from checker.link.per_unit_apart import is_a_rate, opens_with_headline
from checker.link.per_unit_fallback import (
    _APPLIED,
    _AVERAGE_REACH,
    _COUNT_NOT_UNITS,
    _EACH_NOUN,
    _KINDS,
    _MARK_REACH,
    _NO_NOUN,
    _OTHER_OBJECT,
    _OTHER_TIMES,
    _OWN_METRIC,
    _PERSON,
    _QUOTE,
    _mark,
    _names,
    beside_their_share,
    heads_of_another_subject,
    partners_taken,
    stands_as_its_total,
)
from checker.link.sentence_groups import group_by_paragraph, group_by_sentence
from checker.models import Claim

_LANGS = ("en",)
_QUOTES = ('"', "\u201c", "\u201d")
# a sentence of another time than the article's (`Ten years ago the choir had 75 singers`): its count is no divisor
_ANOTHER_TIME = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.per_unit_apart_other_times})(?![^\W\d_])", re.I)
# between a total and the figure per unit restating it (`$9,000, or about $30 a member`, `€2m to members, which
# works out at`): a few words of the total's clause, a comma, a restating link, so the figure divides that total
# (`$9,000, with tickets at $30 a seat` is a price, no quotient)
_GAP_WORDS = 4
_RESTATING = ByLanguage(
    lambda w: (
        rf"(?:\s+[^\W\d_]+){{0,{_GAP_WORDS}}}\s*,\s*(?:(?:{w.per_unit_apart_restating_gaps})\s+)?(?:(?:{w.hedges})\s+)?"
    ),
    re.I,
    first_tested=False,
)


def unlinked_values(claims: list[Claim]) -> tuple[list[Claim], list[Claim], set[str]]:
    """(the prose figures of the kinds a per-unit reading divides, none when fewer than three; those of them still
    plain values: no per-unit, product, period ratio or per-period link yet, no partner of another figure; the ids
    partners already took)."""
    figures = [c for c in claims if not c.furniture and not c.table_cell and c.kind in _KINDS]
    if len(figures) < 3:
        return figures, [], set()
    taken = partners_taken(claims)
    candidates = [
        f
        for f in figures
        if f.role == "value"
        and f.per_unit_of is None
        and f.product_of is None
        and f.period_ratio is None
        and f.per_period_of is None
        and f.id not in taken
    ]
    return figures, candidates, taken


def link_per_unit_counts_apart(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    if lang not in _LANGS:
        return
    figures, candidates, taken = unlinked_values(claims)
    if not candidates:
        return
    parts = beside_their_share(claims, text)
    by_sentence = group_by_sentence(figures)
    by_paragraph = group_by_paragraph(figures)
    first = 1 if opens_with_headline(text) else 0  # (the headline's figures are rounded restatements)
    for figure in candidates:
        noun = _mark(figure, text, lang)
        if noun is None or noun == _NO_NOUN or noun.startswith(_EACH_NOUN):
            continue  # (an `Each NOUN …` opening: read by the fallback, its lead's count and total only)
        own = by_sentence.get(figure.sentence, ())
        opens = sentence_starts[figure.sentence]
        if (
            _APPLIED[lang].search(text, max(0, figure.start - _MARK_REACH), figure.start)
            or _QUOTE[lang].search(text, opens, figure.start)
            or _OWN_METRIC[lang].search(text, max(0, figure.start - _AVERAGE_REACH), figure.start)
            or _OTHER_OBJECT[lang].search(text, opens, figure.start)
            or any(c.role in _OTHER_TIMES for c in own)
            # (`$300 a tonne across all crops`: over the lead's units, the partners reading's, never a later part's)
            or _WHOLE_SCOPE_AFTER[lang].match(text, figure.end)
        ):
            continue
        total = _total(figure, own, parts, text, lang)
        if total is None:
            continue
        measure = measure_unit(noun, lang)
        if any(
            c.kind == "count" and c.value > 1 and c.counter and c is not figure and c is not total
            for c in own
            if not is_a_rate(c, text, lang)
        ):
            continue  # (`paid $9,000 to 40 stewards, $30 a member`: its own sentence's units, another reading's)
        count = _count_apart(figure, noun, measure, by_paragraph, parts, first, sentence_starts, text, lang)
        if count is None or count is total:
            continue
        if noun == _PERSON and heads_of_another_subject(figure, count, text, lang):
            continue  # (`40 volunteers` … `Walkers put £4,800 in the tin, roughly 90p a head`: the walkers' heads)
        figure.per_unit_of, figure.units_of = total.id, count.id
        if measure is not None:
            figure.units_measure = measure
        if "relation" not in figure.guesses:
            figure.guesses.append("relation")
        taken.update((total.id, count.id))


def _total(figure: Claim, own: list[Claim], parts: set[str], text: str, lang: str) -> Claim | None:
    """The one figure of the figure's unit before it in its sentence and clause: its total; none when another
    figure of its unit stands between or after it in the sentence (which one, unsaid)."""
    same = [
        c
        for c in own
        if c is not figure
        and c.kind == figure.kind
        and c.unit == figure.unit
        and (figure.kind != "count" or (c.counter or "") == (figure.counter or ""))
    ]
    if len(same) != 1:
        return None
    total = same[0]
    if (
        total.start > figure.start
        or not stands_as_its_total(total, figure, parts, text, lang)
        or not _RESTATING[lang].fullmatch(text, total.end, figure.start)
    ):
        return None
    return total


def _count_apart(
    figure: Claim,
    noun: str,
    measure: str | None,
    by_paragraph: dict[int, list[Claim]],
    parts: set[str],
    first: int,
    sentence_starts: list[int],
    text: str,
    lang: str,
) -> Claim | None:
    """The count of the noun stated before the figure, past the headline, when the article states one value of it
    there; two values (a season's and a part's, two crops' tonnes): which one, unsaid."""
    base = base_unit(measure)[1] if measure is not None else None

    def counts_of(paragraphs: range, with_parts: bool) -> list[Claim]:
        return [
            c
            for paragraph in paragraphs
            for c in by_paragraph.get(paragraph, ())
            if c.start < figure.start
            and c.sentence != figure.sentence
            and c.role == "value"
            and c.per_unit_of is None
            and (
                (c.kind == "measure" and c.unit == base)
                if base is not None
                else (c.kind == "count" and c.value > 1 and _names(noun, c, lang))
            )
            and (with_parts or c.id not in parts)
            and _same_entities(c, figure)  # (`LG sold 3,000 units` … `Samsung earned $10m, $5,000 a unit`)
            and not is_a_rate(c, text, lang)
            and not _COUNT_NOT_UNITS[lang].match(text, c.end)
            and not counted_apart_in_time(c, text, lang, sentence_starts)
        ]

    # (the figure's own paragraph's, a part too, and the article's before it, past their parts: `2,240 of them, more
    # than half` is one part's; a part of the figure's paragraph of another value than the lead's leaves which one
    # unsaid: `picked 40m kilograms` … `shipped 25m kilograms to Asia. The crop was worth $300m, $9.50 a kilogram`)
    # (a part broken out of its whole in the whole's own sentence, `14,000 crates, of which 9,000, 64%, were pears`:
    # which of the two a later total is over, unsaid)
    earlier = counts_of(range(first, figure.paragraph), True)
    wholes = [c for c in earlier if c.id not in parts]
    if any(c.id in parts and any(w.sentence == c.sentence for w in wholes) for c in earlier):
        return None
    counts = counts_of(range(figure.paragraph, figure.paragraph + 1), True) + wholes
    if not counts or len({c.value for c in counts}) != 1:
        return None
    return counts[-1]


def counted_apart_in_time(count: Claim, text: str, lang: str, sentence_starts: list[int]) -> bool:
    """Whether a count stands in quoted speech or in a sentence of another time (`"Ten years ago we had 75
    singers"`, `In 2014 the club had 150`): it counts other members than a figure per unit outside that sentence is
    per (asked of a count in another sentence than the figure's)."""
    return _quoted(count, text) or bool(_ANOTHER_TIME[lang].search(text, sentence_starts[count.sentence], count.start))


def _quoted(claim: Claim, text: str) -> bool:
    """Whether a figure stands inside quoted speech: an odd number of quotation marks opens its paragraph before it."""
    opens = text.rfind("\n", 0, claim.start) + 1
    before = text[opens : claim.start]
    return sum(before.count(q) for q in _QUOTES) % 2 == 1
