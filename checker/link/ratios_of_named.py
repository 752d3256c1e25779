"""A ratio that names its two figures by their nouns: `평균 매매가격은 12억원, 평균 전세가격은 6억원이다. 매매가격
대비 전세가격 비율은 50%다`, `가계소득은 6000만원, 가계부채는 9000만원이다 … 소득 대비 부채 비율은 150%`.

Before the rate, in its sentence, `A 대비 B 비율` (or `비중`) names the whole (A) and the part (B). In the rate's
sentence and the three before it, exactly one figure is named by each noun (the noun, or a longer one it begins,
right before the figure: `매매가격은 12억원` for `매매가`), both of one unit: the rate is the part over the whole,
the share-of-total check's arithmetic (`share_part`, `share_whole`). Only a rate up to 100% is read so (a part
larger than its whole is a check of its own). The reading may span sentences, so a mismatch is a warning
(`guesses`). Words are data (`[link.ratio_versus]`, `[link.ratio_nouns]`, `[link.topic_particles]`).
"""

from __future__ import annotations

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim

# `매매가격 대비 전세가격 비율인 전세가율은`: the whole's noun, the part's noun, and the words up to the rate
_NAMES_BEFORE = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?P<whole>[^\W\d_]{{2,}})\s?(?:{w.ratio_versus})\s?(?P<part>[^\W\d_]{{2,}})\s?"
        rf"(?:{w.ratio_nouns})[^\d%.]{{0,16}}$"
    )
)
# `평균 매매가격은 12억원`: the noun right before a figure
_NAMED_BY = ByLanguage(lambda w: rf"(?<![^\W\d_])(?P<noun>[^\W\d_]{{2,}})(?:{w.topic_particles})?\s?$")
_MARK_REACH = 40  # characters before the rate where its two nouns stand
_NOUN_REACH = 12  # characters before a figure where its noun stands
_SENTENCES_BACK = 3
_AMOUNTS = ("money", "count")


def link_ratios_of_named(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    by_sentence = group_by_sentence(
        claim for claim in claims if claim.kind in _AMOUNTS and claim.role == "value" and not claim.furniture
    )
    for rate in claims:
        if rate.kind != "percent" or rate.furniture or rate.role not in ("share", "value", "change"):
            continue
        if rate.role == "change" and (rate.change_of or rate.compared_to):
            continue  # a change of a figure the role stage found
        if rate.share_part or rate.share_whole or not 0 < rate.value <= 100:
            continue
        s_start = sentence_starts[rate.sentence]
        names = _NAMES_BEFORE[lang].search(text, max(s_start, rate.start - _MARK_REACH), rate.start)
        if names is None:
            continue
        near = [
            c
            for sentence in range(max(0, rate.sentence - _SENTENCES_BACK), rate.sentence + 1)
            for c in by_sentence.get(sentence, [])
            if c.end <= rate.start
        ]
        nouns = {c.id: _noun(c, text, lang, sentence_starts) for c in near}
        wholes = [c for c in near if _same_noun(nouns[c.id], names.group("whole"))]
        parts = [c for c in near if _same_noun(nouns[c.id], names.group("part"))]
        if len(wholes) != 1 or len(parts) != 1 or wholes[0] is parts[0]:
            continue
        whole, part = wholes[0], parts[0]
        if whole.unit != part.unit or whole.low <= 0:
            continue
        # `소득 대비 부채 비율은 55%`: the role stage reads `대비` as a comparison, but the ratio's noun says share
        rate.role = "share"
        rate.share_part, rate.share_whole = part.id, whole.id
        if part.sentence != rate.sentence or whole.sentence != rate.sentence:
            rate.guesses = sorted(set(rate.guesses) | {"relation"})


def _noun(figure: Claim, text: str, lang: str, sentence_starts: list[int]) -> str | None:
    start = max(sentence_starts[figure.sentence], figure.start - _NOUN_REACH)
    found = _NAMED_BY[lang].search(text, start, figure.start)
    return found.group("noun") if found else None


def _same_noun(name: str | None, noun: str) -> bool:
    """`매매가격` names what `매매가` does (the shorter written in the ratio, or the longer)."""
    return name is not None and (name.startswith(noun) or noun.startswith(name))
