"""Shares of a pool set beside their parts (twenty-sixth session, the share lane), each a rule for a construction
(checker/link/apposed_pool_shares.py):
- a part and its share in apposition, either first, joined by a comma (and `or`), a parenthesis or spaced dashes, are
  drawn from the figure right before them when the words mark it their pool: a sentence opening on `Of` or `Among`
  before the pool (`[link.pool_first_openers]`), `of them` or `of which` after the share (`[link.share_pool_marks]`)
  or after the part (`[link.pool_part_marks]`), or `of which`/`of whom` right before the pair (`[link.parts_follow]`);
- such a pair opening its sentence with such a mark draws from the one level of the part's kind and unit in the
  nearest sentence before that states any (a prior it rose from, or a count in words beside a part in digits, is no
  such level; two levels link nothing);
- a share first, pointing back by `of them` to the sentence before (checker/link/shares_of_them.py), whose whole is
  joined by `and` to another level of its kind right before it (`6,000 buses and 3,000 coaches`), is left: `of them`
  may point to either, or to both (an older false warning on invented copy, fixed);
- a share after `of whom`/`of which`, its clause, then the part after a comma closing the sentence;
- a fraction in words joined by `in every`, `of every` or `out of every` (`two in every three`, `[fractions]
  in_spelled`) is read as `two in three` is;
- a fraction in words right after a spaced dash (`[fractions] preceded_by`) is read as a share;
- an English share set before its part may name its pool by a noun after `of` (`[link.share_pool_noun_after]`:
  `Some 12% of the members (60 clubs)`): the one level before that counts that noun; so may a part set before
  its share (`£36,000 of the fees, about a fifth`): the one level before whose own words head it with that noun
  (`Fees came to £180,000`);
- a Korean share set before its part by an adnominal (`[link.share_then_part_adnominals]`: `4분의 1가량인 P`) is of
  the pool the noun right before it names (`[link.named_pool_before_share]`): the one level before whose own noun
  that is;
- a Korean breakdown's share after an earlier breakdown of the same whole by another dimension (`지역별로는 …`,
  then `나머지 …`) is of the whole: a member of that breakdown (its sentence opens a breakdown or names the rest,
  `[link.rest_labels]`) is no subgroup the later breakdown may divide (checker/link/subgroup_wholes.py: the older
  guard kept for a subgroup stated otherwise, `이 가운데 여성 회원이 …`);
- a Korean part's level, then its share and a verb that it provided or bore that share (`[link.share_verbs]`: `절반을
  댔고`, `30%를 부담했다`), is its share of the story's total, as `차지했다` is;
- a Korean rate of satisfaction (or of survival, of recovery) after a part of its whole marked in its sentence
  (`[link.part_rate_nouns]`: `이용자 W명 가운데 P명이 만족한다고 밝혀 만족도는 Z%`) is the part's share of it.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked


def _ko(knowledge, text: str, rule: str) -> tuple[bool, bool]:
    """(fires, listed as passed) on a Korean text."""
    result = findings(knowledge, document(text, language="ko"), select=[rule], show_passed=True)
    return rule in [f.rule for f in result.findings], rule in [p.rule for p in result.passed]


# ---------------------------------------------------------------- `Of the W NOUN, Z (P) …`

_LANTERNS = "Of the 2,400 lanterns lit at the Wexmoor fair, one in six ({part} lanterns) drifted past the river bank."


@pytest.mark.parametrize("part,fires", [("400", False), ("600", True)])
def test_a_pool_opening_its_sentence_on_of_holds_the_pair_after_it(knowledge, part, fires):
    assert_checked(knowledge, _LANTERNS.format(part=part), "F503", fires)


@pytest.mark.parametrize("part,fires", [("90 clinics", False), ("130 clinics", True)])
def test_among_the_pool_then_the_part_and_its_share_after_or(knowledge, part, fires):
    text = f"Among the 360 clinics inspected, {part}, or a quarter, failed on hygiene."
    assert_checked(knowledge, text, "F503", fires)


# ---------------------------------------------------------------- `W NOUN, Z of them (P)`, `W; P of them, Z`

_KENNEL = "The Dunmore shelter took in 640 dogs last year, nearly three quarters of them ({part} dogs) found as strays."


@pytest.mark.parametrize("part,fires", [("470", False), ("370", True)])
def test_a_share_of_them_then_its_part_in_parentheses(knowledge, part, fires):
    assert_checked(knowledge, _KENNEL.format(part=part), "F503", fires)


@pytest.mark.parametrize("part,fires", [("9", False), ("15", True)])
def test_a_part_of_them_then_its_share(knowledge, part, fires):
    text = f"The Carrow ferry firm runs 45 boats; {part} of them, one in five, are electric."
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize("part,fires", [("1,200 tonnes", False), ("1,900 tonnes", True)])
def test_a_share_of_which_then_its_part(knowledge, part, fires):
    text = f"The quarry shipped 3,600 tonnes of slate, roughly a third of which, {part}, went by rail."
    assert_checked(knowledge, text, "F503", fires)


# ---------------------------------------------------------------- `W, of which P -- Z -- …`

_CONCRETE = (
    "When the Kestrel dam was finished, its builders had poured 48,000 tonnes of concrete, of which {part} -- about a "
    "sixth -- went into the spillway."
)


@pytest.mark.parametrize("part,fires", [("8,000 tonnes", False), ("10,000 tonnes", True)])
def test_a_pair_between_spaced_dashes_after_of_which(knowledge, part, fires):
    assert_checked(knowledge, _CONCRETE.format(part=part), "F503", fires)


@pytest.mark.parametrize("part,fires", [("70", False), ("90", True)])
def test_a_fraction_between_dashes_after_of_whom(knowledge, part, fires):
    text = f"Some 350 runners finished the Hadley fell race on Sunday, of whom {part} — a fifth — were over sixty."
    assert_checked(knowledge, text, "F503", fires)


def test_a_pair_between_dashes_with_no_pool_mark_is_left(knowledge):
    text = (
        "When the Kestrel dam was finished, its builders had poured 48,000 tonnes of concrete into the wall and "
        "8,000 tonnes -- about a sixth -- into the spillway."
    )
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- `W NOUN. Z of them, P, …`

_DEPOT = "The Lanby depot serviced 6,000 buses last year, up from 4,800. Two fifths of them, {part}, ran on diesel."


@pytest.mark.parametrize("part,fires", [("2,400", False), ("2,900", True)])
def test_a_pair_of_them_opening_the_next_sentence_is_of_its_level_not_its_prior(knowledge, part, fires):
    assert_checked(knowledge, _DEPOT.format(part=part), "F503", fires)


@pytest.mark.parametrize("part,fires", [("3,000", False), ("4,000", True)])
def test_a_pair_of_them_looks_past_a_sentence_of_other_figures_and_a_count_in_words(knowledge, part, fires):
    text = (
        "Staff at the four Orrin branches lent 9,000 e-books in May. The service cost $12,000 to run. "
        f"A third of them, {part}, were borrowed at night."
    )
    assert_checked(knowledge, text, "F503", fires)


def test_a_pair_of_them_after_two_levels_of_the_kind_is_left(knowledge):
    text = "The Lanby depot serviced 6,000 buses and 3,000 coaches last year. Two fifths of them, 2,400, ran on gas."
    result = findings(knowledge, document(text), select=["F503"], show_passed=True)
    assert not [f for f in result.findings if "3,000" in f.message], [f.message for f in result.findings]


# ---------------------------------------------------------------- `W, of which Z …, P.`

_PASSES = "The Harlow folk festival sold 3,600 passes, of which roughly one in four went to pupils, about {part}."


@pytest.mark.parametrize("part,fires", [("900 passes", False), ("1,300 passes", True)])
def test_a_share_clause_after_of_which_then_its_part_closing_the_sentence(knowledge, part, fires):
    assert_checked(knowledge, _PASSES.format(part=part), "F503", fires)


def test_a_part_that_does_not_close_the_share_clause_is_left(knowledge):
    text = (
        "The Harlow folk festival sold 3,600 passes, of which roughly one in four went to pupils, "
        "about 1,300 passes more than the year before."
    )
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- Korean `NOUN Z인 P`

_APPLES = "마루농협은 올해 사과 2,400상자를 거뒀다. 농협은 거둔 사과 가운데 4분의 1가량인 {part}을 주스 공장에 보낸다."


@pytest.mark.parametrize("part,fires", [("600상자", False), ("900상자", True)])
def test_a_korean_share_before_its_part_is_of_the_pool_its_noun_names(knowledge, part, fires):
    assert _ko(knowledge, _APPLES.format(part=part), "F503") == (fires, not fires)


_CHOIR = "별빛합창단에서 활동하는 단원은 240명이다. 고등학생은 단원 4명 중 1명인 {part}이다."


@pytest.mark.parametrize("part,fires", [("60명", False), ("80명", True)])
def test_a_korean_fraction_in_counts_before_its_part(knowledge, part, fires):
    assert _ko(knowledge, _CHOIR.format(part=part), "F503") == (fires, not fires)


def test_a_korean_noun_naming_no_level_links_nothing(knowledge):
    text = "별빛합창단에는 단원 240명과 지휘자 3명이 활동한다. 관객 4명 중 1명인 80명이 고등학생이다."
    assert _ko(knowledge, text, "F503") == (False, False)


def test_a_pool_coordinated_with_another_level_of_its_kind_is_left(knowledge):
    text = "The Brisk marina let 320 berths and 400 berths the year before, and 128 of them, two in five, to yachts."
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- `W NOUN. Z of the NOUN (P)`

_CLUBS = "The Ardle league lists 500 member clubs. Some 12% of the members ({part} clubs) race abroad."


@pytest.mark.parametrize("part,fires", [("60", False), ("80", True)])
def test_a_share_naming_its_pool_by_noun_before_its_part(knowledge, part, fires):
    assert_checked(knowledge, _CLUBS.format(part=part), "F503", fires)


def test_a_pool_noun_naming_two_levels_links_nothing(knowledge):
    text = (
        "The Ardle league had 500 member clubs in May and 560 member clubs by June. "
        "Some 12% of the members (80 clubs) race abroad."
    )
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- Korean breakdown after another breakdown

_LIBRARIES = (
    "누리시 도서관 6곳의 회원이 4만 2,000명으로 집계됐다. 지역별로는 동부 4곳의 회원이 2만 5,200명으로 전체의 60%를 "
    "차지했다. 나머지 2곳에는 1만 6,800명이 등록했다. 연령대별로는 10대가 1만 500명으로 {rate}를 차지했다."
)


@pytest.mark.parametrize("rate,fires", [("25%", False), ("35%", True)])
def test_a_member_of_an_earlier_breakdown_is_no_subgroup_of_the_whole(knowledge, rate, fires):
    assert _ko(knowledge, _LIBRARIES.format(rate=rate), "F503") == (fires, True)


def test_a_subgroup_stated_before_a_breakdown_still_leaves_it(knowledge):
    text = (
        "누리시 도서관 6곳의 회원이 4만 2,000명으로 집계됐다. 이 가운데 여성 회원이 2만 5,200명이었다. "
        "연령대별로는 10대가 1만 500명으로 35%를 차지했다."
    )
    result = findings(knowledge, document(text, language="ko"), select=["F503"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]


# ---------------------------------------------------------------- Korean `P으로 Z를 댔다`, `Z를 부담했다`

_POOL = "새 수영장 건립에 모두 90억원이 투입됐다. 시비가 {part}으로 {rate} 구비 18억원이 보태졌다."


@pytest.mark.parametrize(
    "part,rate,fires",
    [("45억원", "절반을 댔고", False), ("60억원", "절반을 댔고", True), ("27억원", "30%를 부담했고", False)],
)
def test_a_korean_share_a_part_provided_or_bore(knowledge, part, rate, fires):
    assert _ko(knowledge, _POOL.format(part=part, rate=rate), "F503") == (fires, not fires)


def test_a_korean_change_of_the_part_is_no_share_it_provided(knowledge):
    text = "새 수영장 건립에 모두 90억원이 투입됐다. 시비는 27억원으로 지난해보다 30% 늘었다."
    assert _ko(knowledge, text, "F503") == (False, False)


# ---------------------------------------------------------------- Korean `W 중 P가 …, 만족도가 Z`

_SURVEY = "열람실 운영을 두고 이용자 400명 가운데 300명이 만족한다고 밝혀 만족도는 {rate}에 이르렀다."


@pytest.mark.parametrize("rate,fires", [("75%", False), ("65%", True)])
def test_a_korean_satisfaction_rate_after_a_part_of_its_whole(knowledge, rate, fires):
    assert _ko(knowledge, _SURVEY.format(rate=rate), "F503") == (fires, not fires)


def test_a_korean_satisfaction_score_in_points_is_no_share(knowledge):
    text = "열람실 운영을 두고 이용자 400명 가운데 300명이 만족한다고 밝혀 만족도는 4.1점에 이르렀다."
    assert _ko(knowledge, text, "F503") == (False, False)


# ---------------------------------------------------------------- `two in every three`, `four of every five`

_STALLS = "The Tolley market has 90 stalls; {part} of them, {rate}, sell food."


@pytest.mark.parametrize(
    "part,rate,fires",
    [("60", "two in every three", False), ("50", "two in every three", True), ("72", "four of every five", False)],
)
def test_a_fraction_in_words_with_every(knowledge, part, rate, fires):
    assert_checked(knowledge, _STALLS.format(part=part, rate=rate), "F503", fires)


# ---------------------------------------------------------------- `NOUN came to W. … P of the NOUN, Z`

_FEES = "Fees came to £180,000 over the season. Stewards took {part} of the fees, about a fifth, and caterers the rest."


@pytest.mark.parametrize("part,fires", [("£36,000", False), ("£46,000", True)])
def test_a_part_of_a_pool_named_by_noun_then_its_share(knowledge, part, fires):
    assert_checked(knowledge, _FEES.format(part=part), "F503", fires)


def test_a_pool_noun_heading_two_levels_of_two_values_links_nothing(knowledge):
    text = (
        "Fees came to £180,000 over the season, against fees of £150,000 a year before. "
        "The stewards took £46,000 of the fees, about a fifth, and caterers the rest."
    )
    assert_not_checked(knowledge, text, "F503")


def test_a_korean_share_after_of_which_is_no_pool_named_by_noun(knowledge):
    text = (
        "해솔시 시내버스 노선은 모두 212개다. 시는 내년 전기버스 45대를 들여오고, 이 중 5분의 2인 18대를 공항 "
        "노선에 투입한다."
    )
    assert _ko(knowledge, text, "F503") == (False, True)
