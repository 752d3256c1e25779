"""A share stated as a percentage and restated at once as a fraction in words: `£9m, or 56.3% of income, more than
half`, `18.0%, almost one in five`, `39.9% of turnover, or two fifths`.

The two stand side by side in one clause: the percentage, the words of its whole (`of income`, the genitive and up
to a few words, no figure, no comma), a comma and a joint (`or`, `that is`: `[link.fraction_restating_joints]`),
then the fraction, which ends its clause (a stop, a comma, a dash, a closing parenthesis or the end). A fraction
followed by more words (`half its 2019 level`, `a fifth more than
last year`, `a third of whom …`) is a share of something else, or a multiple, and is left alone. The percentage is a
share (`role == "share"`), never a change (`up 50%, half …`).

The fraction carries the percentage in `restates`; the ratio kind (F508) checks that the percentage lies within the
interval the fraction and its hedge state. Found by how the copy is written, never by whether the two agree.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import prose_figures
from checker.models import Claim

# between a percentage and the fraction restating it: the words of the percentage's whole (`of the crop`), a comma
# and a joint (`or`), or nothing but a comma
_PERCENT_THEN_FRACTION = ByLanguage(
    lambda w: (
        rf"(?:\s+(?:{w.genitive})\s+[^\W\d_][^\d.;:,()!?\n]{{0,40}}?)?\s*,\s*"
        rf"(?:(?:{w.fraction_restating_joints})\s+)?"
    ),
    re.I,
)
# after the fraction: its clause ends
_CLAUSE_ENDS = re.compile(r"\s*(?:[.;:!?,)\n—–]|-\s|$)")


def link_shares_restated_as_fractions(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    between = _PERCENT_THEN_FRACTION[lang]
    for percent, fraction in zip(figures, figures[1:]):
        if percent.sentence != fraction.sentence or (percent.kind, fraction.kind) != ("percent", "fraction"):
            continue
        if percent.role != "share" or fraction.role != "share" or not 0 < percent.value <= 100:
            continue
        if (
            between.fullmatch(text, percent.end, fraction.start)
            and _CLAUSE_ENDS.match(text, fraction.end)
            and percent.id not in fraction.restates
        ):
            fraction.restates = [*fraction.restates, percent.id]
