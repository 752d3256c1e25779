"""Which rates may be a share still to link: a percent below 100, or a fraction in words below one.

A share may be written as a percent (`33%`) or as a fraction in words (`3분의 1`, `two thirds`, `10곳 중 3곳`,
`more than half`): a construction that links a part and a whole to a share links either. A rate of the whole or
more is a multiple of an earlier figure, no share of it.
"""

from __future__ import annotations

from checker.link.partners import Partners, _of_noun, _whole_of
from checker.link.subgroup_wholes import subgroup_may_be_whole
from checker.models import Claim

_BELOW = {"percent": 100.0, "fraction": 1.0}


def open_share(rate: Claim) -> bool:
    """A share (percent or fraction) below the whole, not yet read as any part's share."""
    return (
        rate.kind in _BELOW and rate.role == "share" and rate.share_part is None and 0 < rate.value < _BELOW[rate.kind]
    )


def share_of_the_whole_by_noun(
    rate: Claim,
    part: Claim,
    partners: Partners,
    text: str,
    lang: str,
    by_sentence: dict[int, list[Claim]] | None = None,
) -> bool:
    """Links `rate` as `part`'s share of the whole no figure beside it names: a value of the part's unit and counter,
    larger than the part, of no other period or company, stated in another sentence, the lead's first (a tie links
    nothing). Found by size, so the link is a guess. Whether it linked.

    Given the article's figures by sentence, a part whose sentence opens a breakdown (`성별로는 여성이 P로 10명 중
    6명꼴`) after a subgroup of that whole was stated (checker/link/subgroup_wholes.py) links nothing: the breakdown may
    divide the subgroup as well as the whole, and the words do not say which."""
    whole = partners.best(
        rate,
        (part.kind,),
        part.unit,
        lambda c: _whole_of(c, part) and _of_noun(c, part, text, lang),
        rivals=lambda c: _whole_of(c, part, any_counter=True),
    )
    if whole is None or (by_sentence is not None and subgroup_may_be_whole(whole, part, by_sentence, text, lang)):
        return False
    if whole.sentence >= partners.lead_end and _forecast_in_the_lead(partners, rate, part, whole):
        return False
    rate.share_part, rate.share_whole = part.id, whole.id
    rate.guesses = sorted(set(rate.guesses) | {"relation"})
    return True


def _forecast_in_the_lead(partners: Partners, rate: Claim, part: Claim, whole: Claim) -> bool:
    """Whether the lead states a forecast of the part's unit larger than it and other than the whole found after the
    lead (`생산량이 2천160톤에 이를 것` … `생고추는 1만800톤` … `전체 생산량의 40%인 864톤`): the story's total, a
    rival that leaves the whole unsaid (a forecast is no whole the readings take, but no figure of a later paragraph
    is the story's total past it)."""
    return (
        partners.best(
            rate,
            (part.kind,),
            part.unit,
            lambda c: (
                c.forecast
                and c.sentence < partners.lead_end
                and c.sentence != part.sentence
                and c.low > part.high
                and c.value != whole.value
                and (not part.counter or c.counter == part.counter)
            ),
        )
        is not None
    )
