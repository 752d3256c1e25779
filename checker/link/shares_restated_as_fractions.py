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
from checker.regex_cache import compile_exact

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
_CLAUSE_ENDS = compile_exact(r"\s*(?:[.;:!?,)\n—–]|-\s|$)")
# `비중은 29.6%로 10명 중 3명꼴이다`: the percentage as the level its clause reaches (`[link.level_particles]`), then
# the fraction, closed by a copula (`[link.fraction_share_closings]`)
_PERCENT_AS_LEVEL = ByLanguage(lambda w: rf"\s?(?:{w.level_particles})\s")
_FRACTION_CLOSES = ByLanguage(lambda w: rf"\s?(?:{w.fraction_share_closings})")
# `…73.6%를 차지했다. 10가구 중 7가구 이상이 맞벌이인 셈이다`: the percentage's clause closes its sentence (no
# figure), the next opens on the fraction (no word before it: `섬 주민 10명 중`, `지난해에는 10명 중` name another
# group or time), whose clause closes as a restatement (`[link.fraction_restating_sentences]`)
_PERCENT_SENTENCE_ENDS = compile_exact(r"[^\d.;:!?\n]{0,30}[.!?]\s+")
_RESTATING_SENTENCE = ByLanguage(lambda w: rf"(?:{w.fraction_restating_sentences})")


def link_shares_restated_as_fractions(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    between = _PERCENT_THEN_FRACTION[lang]
    for percent, fraction in zip(figures, figures[1:]):
        if (percent.kind, fraction.kind) != ("percent", "fraction"):
            continue
        if percent.role != "share" or fraction.role != "share" or not 0 < percent.value <= 100:
            continue
        if percent.id in fraction.restates:
            continue
        if percent.sentence == fraction.sentence:
            restated = (
                between.fullmatch(text, percent.end, fraction.start) and _CLAUSE_ENDS.match(text, fraction.end)
            ) or (
                _PERCENT_AS_LEVEL[lang].fullmatch(text, percent.end, fraction.start)
                and _FRACTION_CLOSES[lang].match(text, fraction.end)
            )
        else:
            restated = (
                fraction.sentence == percent.sentence + 1
                and _PERCENT_SENTENCE_ENDS.fullmatch(text, percent.end, fraction.start)
                and _RESTATING_SENTENCE[lang].match(text, fraction.end)
            )
        if restated:
            fraction.restates = [*fraction.restates, percent.id]
