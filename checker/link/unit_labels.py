"""A price's clause opening on a label that names the units it is given for (`반지 200점이다. … 반지는 30파운드씩`):
the units the label picks out of a list, no member taken for the list's whole.

Read by the priced lots (checker/link/restated_per_unit.py) and by the vetoes that would move a price's units to the
whole of their list (checker/link/per_unit_vetoes.py, checker/link/per_unit_apart.py), so it stands below them all.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.models import Claim

_LABEL_LANGS = ("ko",)
# `보석함은 한 점에 `, `반짇고리는 `: a clause opening on a label and its topic particle, one of the unit (and its mark)
# at most between it and the price
LABEL_OPENS = ByLanguage(
    lambda w: (
        rf"\s*(?P<label>[^\W\d_]{{2,8}}?)(?:{w.topic_particles})\s+"
        rf"(?:(?:{w.fallback_one_unit})\s?[^\W\d_]{{1,3}}?(?:{w.recipient_dative_after}|{w.unit_price_before})?\s+)?"
    ),
    first_tested=False,
)
LABEL_REACH = 4  # characters between a label and the count it names (`약과가 2만 상자`)
_PARTICLES = ByLanguage(lambda w: rf"{w.named_figure_particles}", first_tested=False)


def label_particles(lang: str) -> str:
    """The particles a label may take right before the count it names (`약과가`)."""
    return _PARTICLES[lang].pattern


def labels_the_units(figure: Claim, units: Claim, text: str, lang: str) -> bool:
    """Whether the figure's clause (from the comma or sentence break before it) opens on a label that names the units
    right before them (`반지는 30파운드씩` of `반지 200점`): the units the label picks out of a list, no member
    taken for the list."""
    if lang not in _LABEL_LANGS:
        return False
    opening = max(text.rfind(mark, 0, figure.start) for mark in (",", ".", "\n")) + 1
    opens = LABEL_OPENS[lang].fullmatch(text, opening, figure.start)
    if opens is None or units.end > opening:
        return False
    label = re.escape(opens.group("label"))
    named = re.compile(rf"(?<![^\W\d_]){label}(?:{label_particles(lang)})?\s*$")
    return bool(named.search(text, max(0, units.start - len(opens.group("label")) - LABEL_REACH), units.start))
