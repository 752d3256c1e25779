"""A share in a sentence that opens with the parts of a figure of the sentence before (`[link.of_which_openers]`:
`The board will spend $4.5m on roads. Of that, $1.8m, or 40%, goes to bridges`, `시는 올해 도로에 45억원을 쓴다.
이 가운데 교량은 18억원으로 40%를 차지한다`): its whole is that figure, not the story's largest figure of the
part's unit (a guess by size would find an earlier, larger total of another thing).

The whole is the one figure of the sentence before, of the part's unit, kind and counter, a level; with none or two
the share is left unlinked (the opener says the whole is there, size would guess wrong). Its size is not asked: a
part written larger than its whole is a slip the share and part checks report, not a sign of another whole.
"""

from __future__ import annotations

from checker.extract.lang import ByLanguage
from checker.link.per_period import stated_per_period
from checker.models import Claim

# a sentence opening on a mark of the parts of a figure before (`이 가운데`, `Of that,`): read here and by
# checker/link/shares_of_listed_members.py
OF_WHICH_OPENER = ByLanguage(lambda w: rf"\s*(?:{w.of_which_openers})", first_tested=False)


def opens_with_of_which(part: Claim, text: str, lang: str, sentence_starts: list[int]) -> bool:
    """Whether the part's sentence opens with a mark of the parts of the sentence before's figure."""
    if not 0 < part.sentence < len(sentence_starts):
        return False
    return OF_WHICH_OPENER[lang].match(text, sentence_starts[part.sentence], part.start) is not None


def whole_of_the_sentence_before(
    part: Claim, by_sentence: dict[int, list[Claim]], text: str, lang: str
) -> Claim | None:
    """The one level of the sentence before the part's, of its unit, kind and counter; not one stated per period
    (`한 해 1,600대씩`, `$2m a year`: a share of the year, not the whole the parts are of)."""
    found = [
        c
        for c in by_sentence.get(part.sentence - 1, ())
        if c.role == "value"
        and (c.unit, c.kind, c.counter) == (part.unit, part.kind, part.counter)
        and not c.forecast
        and not stated_per_period(c, text, lang)
    ]
    return found[0] if len(found) == 1 else None
