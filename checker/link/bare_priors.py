"""A prior written without its unit takes the unit of the value it is compared with: `Production rose 3% to
2.06 million barrels a day from 2.0 million`, `generation rose 6% to 5.3 billion kWh from 5.0 billion`. Writers
name a measure's unit once and leave it off the earlier figure; read alone, that figure is a bare count, and a
growth between barrels and a count is never checked.

- one sentence: a percent change of a value that is a measure (a unit such as barrels, tonnes, kWh), and one
  prior or baseline in it that is a bare count (no counter of its own);
- the prior is written with the value's scale word and nothing after it (`2.0 million` beside `2.06 million
  barrels`), so `two new fields` or a bare `12` is no such prior;
- the two figures within a factor of ten: a value whose unit is read in another (tonnes as kilograms) is of another
  magnitude than the bare figure written beside it, which would need the same conversion.

A sum of money names its currency once the same way (`4.6 million rand last year, up from 3.8 million`, `$2.4
million, up from 1.9 million`): the bare prior takes the currency as a measure's takes its unit.

The prior then reads in the value's unit, and is what the change is measured from when no other figure is (the role
stage left it unlinked for its unit). A guess.
"""

from __future__ import annotations

import dataclasses

from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim
from checker.regex_cache import compile_exact

# what is left of a figure's text without its digits: its scale word and unit (`million barrels`, `억 kWh`)
_DIGITS = compile_exact(r"[\d.,\s]+")
# a measure (barrels, tonnes) or a sum of money (`4.6 million rand, up from 3.8 million`, `$2.4 million, up from
# 1.9 million`): the kinds whose unit a writer names once
_UNIT_KINDS = ("measure", "money")


def carry_units_to_bare_priors(claims: list[Claim]) -> None:
    by_id = {c.id: c for c in claims}
    by_sentence = prose_by_sentence(claims)
    for change in claims:
        if change.role != "change" or change.kind != "percent" or change.furniture:
            continue
        value = by_id.get(change.change_of or "")
        if value is None or value.kind not in _UNIT_KINDS or value.sentence != change.sentence:
            continue
        figures = by_sentence.get(change.sentence, [])
        if sum(1 for c in figures if c.kind == value.kind and c.role == "value") != 1:
            continue  # two measures: which unit the bare figure leaves off is not said
        bare = [c for c in figures if c.role in ("prior", "baseline") and c.kind == "count" and not c.counter]
        priors = [c for c in bare if _scaled_alike(c, value)]
        if len(priors) != 1:
            continue
        prior = priors[0]
        if not prior.value or not 0.1 < value.value / prior.value < 10:
            continue  # the value's unit was converted (tonnes read as kilograms): the bare figure was not
        prior.quantity = dataclasses.replace(
            prior.quantity,
            kind=value.kind,
            unit=value.unit,
            counter=value.counter,
            # (a measure's unit as written goes with it: a record read back words the prior as the article does)
            written_unit=value.quantity.written_unit,
            written_factor=value.quantity.written_factor,
        )
        prior.guesses = sorted(set(prior.guesses) | {"unit"})
        if change.compared_to is None:
            # the role stage left the change without a baseline because the units differed
            change.compared_to = prior.id


def _scaled_alike(bare: Claim, value: Claim) -> bool:
    """`2.0 million` beside `2.06 million barrels`: the bare figure ends in a scale word the value writes before
    its unit."""
    bare_words, value_words = _DIGITS.sub(" ", bare.text).split(), _DIGITS.sub(" ", value.text).split()
    if not bare_words:
        return False
    if value.kind == "money" and value_words and value_words[0] != bare_words[-1] and value_words[-1] == bare_words[-1]:
        return True  # `$2.4 million` beside `1.9 million`: the currency written before the value's digits
    if bare_words[-1] not in value_words[:-1]:
        return False
    return value_words.index(bare_words[-1]) < len(value_words) - 1
