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
from checker.link.figure_kinds import AMOUNTS, SHARE_WHOLES
from checker.link.per_period import stated_per_period
from checker.models import Claim

# a sentence opening on a mark of the parts of a figure before (`이 가운데`, `Of that,`): read here and by
# checker/link/shares_of_listed_members.py
OF_WHICH_OPENER = ByLanguage(lambda w: rf"\s*(?:{w.of_which_openers})", first_tested=False)
# (`공방은 이 가운데 600개를`: the clause's subject first, then the mark; `[link.of_which_opener_subjects]`)
_SUBJECT_THEN_OPENER = ByLanguage(
    lambda w: rf"\s*(?:(?:{w.of_which_opener_subjects})\s)?(?:{w.of_which_openers})", first_tested=False
)


def opens_with_of_which(part: Claim, text: str, lang: str, sentence_starts: list[int]) -> bool:
    """Whether the part's sentence opens with a mark of the parts of the sentence before's figure."""
    if not 0 < part.sentence < len(sentence_starts):
        return False
    return _SUBJECT_THEN_OPENER[lang].match(text, sentence_starts[part.sentence], part.start) is not None


def whole_of_the_sentence_before(
    part: Claim, by_sentence: dict[int, list[Claim]], text: str, lang: str
) -> Claim | None:
    """The one level of the sentence before the part's, of its unit, kind and counter; not one stated per period
    (`한 해 1,600대씩`, `$2m a year`: a share of the year, not the whole the parts are of), nor a count of one (`한
    개에 2만 엔꼴`: the one unit a price is per, no whole of parts). A sentence before whose figures of the unit are
    all per one unit (`학생 한 명에 1만 원꼴이 든 셈이다`) restates the whole, and the one before it is looked at."""
    for back in (1, 2):
        figures = by_sentence.get(part.sentence - back, ())
        found = [
            c
            for c in figures
            if c.role == "value"
            and (c.unit, c.kind, c.counter) == (part.unit, part.kind, part.counter)
            and not c.forecast
            and not (c.kind == "count" and c.value <= 1)
            and not stated_per_period(c, text, lang)
            and not _per_one(c, text, lang)
        ]
        if len(found) > 1:
            # (`단원 여섯 명과 아홉 명 등 열다섯 명`: listed parts with their total; the opener breaks down the total)
            ids = {c.id for c in found}
            found = [c for c in found if c.part_of not in ids]
        same = [c for c in figures if (c.unit, c.kind) == (part.unit, part.kind)]
        if found or not same or not all(_per_one(c, text, lang) for c in same):
            break
    return found[0] if len(found) == 1 else None


# right after a figure, a mark that it is an average per one unit (`1만 원꼴`)
_PER_ONE_MARK = ByLanguage(lambda w: rf"\s?(?:{w.per_unit_generic_after})")


def _per_one(figure: Claim, text: str, lang: str) -> bool:
    """Whether the figure is an amount per one unit: linked as one, or marked so right after it (`1만 원꼴`)."""
    return figure.per_unit_of is not None or _PER_ONE_MARK[lang].match(text, figure.end) is not None


def share_beside_part(rate: Claim, part: Claim, summed: bool = False) -> bool:
    """Whether `rate` is a share not yet linked and `part` a level of its sentence it may be the share of (neither in
    the article's furniture): the pair an opener of parts (`Of those, 12, or 15%, …`, `Of those, 15%, or 12, …`)
    may make a part of the figure before. `summed`: the part may already be read as a part of a sum (of the whole the
    opener points to, `link_to_the_whole_before` asks)."""
    return (
        rate.role == "share"
        and rate.share_part is None
        and not rate.furniture
        and not part.furniture
        and 0 < rate.value < SHARE_WHOLES.get(rate.kind, 0)
        and part.sentence == rate.sentence
        and part.kind in AMOUNTS
        and part.role == "value"
        and (summed or part.part_of is None)
    )


def link_to_the_whole_before(
    rate: Claim, part: Claim, by_sentence: dict[int, list[Claim]], text: str, lang: str
) -> None:
    """Make `rate` the share of `part` in the one level of the sentence before (`whole_of_the_sentence_before`),
    when that level is larger and no other level of its sentence has its noun left unsaid."""
    whole = whole_of_the_sentence_before(part, by_sentence, text, lang)
    if whole is None or not whole.value > part.value or _elided_rival(whole, part, by_sentence):
        return
    if part.part_of not in (None, whole.id):
        return  # (a part of another sum: not this whole's)
    rate.share_part, rate.share_whole = part.id, whole.id
    rate.whole = rate.whole or f"of:{whole.id}"  # shares of one whole add up to at most 100%
    rate.label = rate.label or part.id


def _elided_rival(whole: Claim, part: Claim, by_sentence: dict[int, list[Claim]]) -> bool:
    """Another level of the whole's sentence whose noun is left unsaid (`2,400 patients in 2023 and 2,100 in 2022`):
    which of the two the opener breaks down, the words do not say."""
    return any(
        c is not whole and c.role == "value" and (c.unit, c.kind) == (part.unit, part.kind) and not c.counter
        for c in by_sentence.get(whole.sentence, ())
    )
