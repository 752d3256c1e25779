"""A share that opens a sentence of the parts of the sentence before's figure, then the part it comes to: `군은
저장고에 64억원을 들인다. 이 가운데 절반인 32억원은 국비로 충당한다`, `… 이 중 4분의 1인 16억원은 …`.

The sentence opens on a mark of the parts of a figure before (`[link.of_which_openers]`: `이 가운데`, `그중`), its
first figure is the share (a fraction or a percent below the whole), and the part follows it joined by the words of
a share that names its part (`[link.rate_before_part]`: `절반인 32억원`, `40%에 해당하는 16억원`). The whole is the
one level of the sentence before of the part's unit, kind and counter (checker/link/of_which_opener_wholes.py); two
such levels there leave the share unlinked (which of them, the words do not say). The opener says where the whole
is, so the link is no guess.
"""

from __future__ import annotations

from checker.extract.lang import ByLanguage
from checker.link.of_which_opener_wholes import link_to_the_whole_before, opens_with_of_which, share_beside_part
from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim

_RATE_THEN_PART = ByLanguage(lambda w: rf"\s?(?:{w.rate_before_part})\s")


def link_shares_opening_of_which(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    by_sentence = None  # (grouped once, when a sentence first opens on such a share)
    for rate, part in zip(claims, claims[1:]):
        if not share_beside_part(rate, part, summed=True):  # (`…, 나머지 600권은`: the part may be summed already)
            continue
        if not _RATE_THEN_PART[lang].fullmatch(text, rate.end, part.start):
            continue
        if not opens_with_of_which(rate, text, lang, sentence_starts):
            continue  # (the opener right at the sentence's start, no figure before the share)
        if by_sentence is None:
            by_sentence = prose_by_sentence(claims)
        if by_sentence.get(rate.sentence, [rate])[0] is not rate:
            continue
        link_to_the_whole_before(rate, part, by_sentence, text, lang)
