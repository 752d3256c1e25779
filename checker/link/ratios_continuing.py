"""A ratio in a sentence that goes on about the figure of the sentence before: `올해 음주 사고 부상자는 205명으로
집계됐다. 규제가 시행되기 전인 2019년(820명)의 4분의 1 수준이다`, `수출은 48억달러였다. 지난해(60억달러)의 80%에
그쳤다`.

The ratio (a percentage up to 100%, a fraction up to 1) names the figure it is of right before it (`B의 Z`,
`[link.ratio_of_before]`) and is the clause's predicate (`수준`, `에 그쳤다`: `[link.ratio_levels]`); its sentence
names no subject of its own and opens on that figure. What is Z of B is then the level the sentence before states
(multiples_continuing.py's reading, for a multiple, `level_before`): A ÷ B = Z, the share-of-total check's
arithmetic (`share_part`, `share_whole`). The reading spans sentences, so a mismatch is a warning (`guesses`).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.multiples_continuing import equivalents_by_sentence, level_before
from checker.link.sentence_groups import prose_figures
from checker.models import Claim

_OF_BEFORE = ByLanguage(lambda w: rf"\s?(?:{w.ratio_of_before})\s?", re.I)  # `(820명)의 4분의 1`
_LEVEL = ByLanguage(lambda w: rf"\s?(?:{w.ratio_levels})", re.I)  # `4분의 1 수준이다`, `80%에 그쳤다`
_LIMIT = {"percent": 100.0, "fraction": 1.0}


def link_ratios_continuing(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = prose_figures(claims)
    equivalents = None
    for i, ratio in enumerate(figures):
        if ratio.kind not in _LIMIT or ratio.role != "share" or ratio.share_part or ratio.share_whole or i == 0:
            continue
        if not 0 < ratio.value <= _LIMIT[ratio.kind]:
            continue
        whole = figures[i - 1]
        if not _OF_BEFORE[lang].fullmatch(text, whole.end, ratio.start):
            continue
        if not (_LEVEL[lang].match(text, ratio.end) or _LEVEL[lang].search(ratio.text)):
            continue
        if equivalents is None:
            equivalents = equivalents_by_sentence(claims)
        part = level_before(figures, i, text, lang, sentence_starts, equivalents)
        if part is None:
            continue
        ratio.share_part, ratio.share_whole = part.id, whole.id
        ratio.guesses = sorted(set(ratio.guesses) | {"relation"})
