"""A part that opens a sentence of the parts of the sentence before's figure, then its share set off by a comma:
`The cab firm ran 80 cabs at the end of March. Of those, 12 are electric, or 15 per cent of the fleet`,
`Volunteers mended 400 laptops. Of these, 260 went to pupils, 65%.`

The sentence opens on a mark of the parts of a figure before (`[link.of_which_openers]`: `Of those,`), its first
figure is the part (an amount, a level) and its next the share (a percent or a fraction), set after the part's clause
by a comma (and `or`, `[link.appositive_share_marks]`); the share closes its clause, or names the pool with a definite
word after `of` and one noun closing the clause (`[link.pool_share_of_the]`: `of the fleet`; `of its northern
fleet` narrows it, `of all UK cabs` is a share of another whole). The whole is the one level of the sentence
before of the part's unit, kind and counter (checker/link/of_which_opener_wholes.py), larger than the part; two such
levels there, or one whose noun is left unsaid (`2,400 patients in 2023 and 2,100 in 2022`), leave the share
unlinked. The opener says where the whole is, so the link is no guess.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.of_which_opener_wholes import link_to_the_whole_before, opens_with_of_which, share_beside_part
from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim

# the part's clause (no figure, no end of sentence), a comma, maybe `or`, then the share
_PART_CLAUSE_THEN_SHARE = ByLanguage(
    lambda w: rf"[^\d.;:!?()\n]{{0,90}}?,\s*(?:(?:{w.appositive_share_marks})\s+)?", re.I
)
# after the share: the end of its clause, or `of the …` and one bare noun naming the pool, then the clause's end
# (more words narrow it to another whole: `of its northern network`, `of its foreign crew`)
SHARE_CLOSES = ByLanguage(
    lambda w: rf"\s*(?:[.,;)\n]|$)|\s(?:{w.pool_share_of_the})\s+[^\W\d_]+(?=\s*(?:[.,;:!?)\n]|$))", re.I
)


def link_parts_opening_of_which(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    by_sentence = None  # (grouped once, when a sentence first opens on such a part)
    for part, rate in zip(claims, claims[1:]):
        if not share_beside_part(rate, part):
            continue
        if not _PART_CLAUSE_THEN_SHARE[lang].fullmatch(text, part.end, rate.start):
            continue
        if not SHARE_CLOSES[lang].match(text, rate.end):
            continue
        if not opens_with_of_which(part, text, lang, sentence_starts):
            continue  # (the opener right at the sentence's start, no figure before the part)
        if by_sentence is None:
            by_sentence = prose_by_sentence(claims)
        if by_sentence.get(part.sentence, [part])[0] is not part:
            continue
        link_to_the_whole_before(rate, part, by_sentence, text, lang)
