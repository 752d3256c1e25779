"""A multiple appended to the figure it multiplies, or opening the sentence after it: `Doctors have confirmed 1,230
flu cases so far this year, almost four times the 320 recorded in 2023`, `The film took $84 million. That is
already 1.4 times its production budget of about $60 million`.

The figure the multiple is of stands right after it (`N times the B`, `[link.multiple_of_after]`, or past a noun
that names it, `N times its production budget of B`, `[link.multiple_of_named_after]`). The figure multiplied:

- appended: the multiple right after a comma (`…, almost four times the 320`), and the sentence stating before it
  exactly one figure of B's kind and unit, in the same clause (no clause end between them, `[link.clause_ends]`);
- opening: the multiple's sentence opens with a pronoun or a noun for a figure and a link verb (`That is`, `The
  total is`, `[link.multiple_restating_openers]`), and the sentence before, in the same paragraph, states exactly
  one figure of B's kind and unit, or ends on one (`…, for a global total of $199m. That is …`: what `that` is).

A price per one thing (`$12 a crate`, `£4 each`) and a plain amount are of two dimensions: neither is a multiple of
the other, so the figure multiplied is of B's per-unit-ness as well as its kind and unit.

A count with no noun of its own (`the 320 recorded`, `reached 1,230`) counts what the other figure counts. The
multiple kind checks A ÷ B; the opening reading spans sentences, so a mismatch there is a warning (`guesses`).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.clause_marks import CLAUSE_END
from checker.link.figure_kinds import AMOUNTS
from checker.link.per_unit_vetoes import PRICED_PER_UNIT
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim

_OF_AFTER = ByLanguage(
    lambda w: rf"\s+(?:(?:{w.multiple_of_after})|(?:{w.multiple_of_named_after}))(?:\s+|(?<=\())(?:(?:{w.hedges})\s+)?",
    re.I,
)  # (`twice the width of the old one (1.6 metres)`: the figure right after the bracket its phrase opens)
_COMMA_BEFORE = ByLanguage(lambda w: rf",\s*(?:(?:{w.hedges})\s+)?$", re.I)
_OPENING = ByLanguage(lambda w: rf"\s*(?:{w.multiple_restating_openers})\s+(?:(?:{w.hedges})\s+)?$")
_REACH = 60  # characters from a multiple to the figure it is of


def link_multiples_appended(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = [c for c in claims if c.role not in ("conversion", "change") and not c.furniture]
    by_sentence = group_by_sentence(figures)
    for multiple in claims:
        if multiple.kind != "multiple" or multiple.role != "change" or multiple.furniture:
            continue
        if multiple.compared_to is not None or multiple.value <= 1:
            continue
        measure = _measure_after(by_sentence.get(multiple.sentence, []), multiple, text, lang)
        if measure is None:
            continue
        value, guessed = _appended_to(by_sentence[multiple.sentence], multiple, measure, text, lang), False
        if value is None:
            value, guessed = _opened_after(by_sentence, multiple, measure, text, lang, sentence_starts), True
        if value is None:
            continue
        multiple.change_of, multiple.compared_to = value.id, measure.id
        if guessed:
            multiple.guesses = sorted(set(multiple.guesses) | {"relation"})


def _alike(figure: Claim, measure: Claim, text: str, lang: str) -> bool:
    if figure.kind != measure.kind or figure.unit != measure.unit or figure.role != "value":
        return False
    # a price per one thing and a plain amount are of two dimensions (`…, or $12 a keg. That is 2.4 times the
    # $1.5m …`: the multiple is of the deal's worth, not of one keg's price)
    if _priced_per_unit(figure, text, lang) != _priced_per_unit(measure, text, lang):
        return False
    # a count with no noun of its own (`the 320 recorded`, `reached 1,230`) counts what the other counts
    return figure.counter == measure.counter or (measure.kind == "count" and not (measure.counter and figure.counter))


def _priced_per_unit(figure: Claim, text: str, lang: str) -> bool:
    return figure.per_unit_of is not None or bool(PRICED_PER_UNIT[lang].match(text, figure.end))


def _measure_after(sentence: list[Claim], multiple: Claim, text: str, lang: str) -> Claim | None:
    """The first figure after the multiple in its sentence, when the words between make it what it is of."""
    after = next((c for c in sentence if c.start >= multiple.end), None)
    if after is None or after.kind not in AMOUNTS or after.start - multiple.end > _REACH:
        return None
    return after if _OF_AFTER[lang].fullmatch(text, multiple.end, after.start) else None


def _appended_to(sentence: list[Claim], multiple: Claim, measure: Claim, text: str, lang: str) -> Claim | None:
    """`…1,230 flu cases so far this year, almost four times the 320`: the one alike figure before the comma."""
    start = max((c.end for c in sentence if c.end <= multiple.start), default=multiple.start)
    if not _COMMA_BEFORE[lang].search(text, start, multiple.start):
        return None
    before = [c for c in sentence if c.end <= multiple.start and _alike(c, measure, text, lang)]
    if len(before) != 1 or CLAUSE_END[lang].search(text, before[0].end, multiple.start):
        return None
    return before[0]


def _opened_after(
    by_sentence: dict[int, list[Claim]],
    multiple: Claim,
    measure: Claim,
    text: str,
    lang: str,
    sentence_starts: list[int],
) -> Claim | None:
    """`… $84 million. That is already 1.4 times its budget of $60 million`: the one alike figure before."""
    if any(c.end <= multiple.start for c in by_sentence[multiple.sentence]):
        return None  # a figure of its own sentence before the multiple: not a sentence about the one before
    if not _OPENING[lang].match(text, sentence_starts[multiple.sentence], multiple.start):
        return None
    previous = by_sentence.get(multiple.sentence - 1, [])
    before = [c for c in previous if _alike(c, measure, text, lang)]
    if len(before) > 1 and previous[-1] is before[-1]:
        before = before[-1:]  # `…, for a global total of $199m. That is …`: the figure the sentence ends on
    if len(before) != 1 or before[0].paragraph != multiple.paragraph:
        return None
    return before[0]
