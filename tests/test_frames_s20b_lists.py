"""Lists, sums and superlatives (twentieth session, second round), each a rule for a construction:
- parts said to be of `the total` whose nearest figure before is a sub-period's, smaller than a part
  (`Fourth-quarter sales were T_q. … Grain brought in A, of the total, and feed B`), are of a figure further back in
  reach that holds every part (the story's period), not of the sub-period's read as misstated
  (checker/link/parts_of_stated_whole.py);
- `of these` after a sentence restating only the earlier period's level of a figure compared the sentence before
  (`올해 T곳으로 D곳 늘었다. 지난해는 P곳이었다. 이 가운데 …`) may mean either: the prior is not taken as the whole
  (checker/link/of_which_shares.py);
- a superlative joined to the figure right before it (`A가 X로 가장 많았고 B Y, C Z였다`) ranks that figure
  only: the figures listed after it are the runners-up (checker/link/marks.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import claims, document, findings
from test_frames import assert_checked

# ------------------------------------------------ parts of the story's total, past a sub-period's figure

EN_SUBPERIOD = (
    "Harlow Feeds said on Monday that sales in the first half rose 6.2% to £{whole} million from £{prior} million.\n\n"
    "Second-quarter sales were £57.3 million, up 3.1% on the first quarter. Demand from dairy farms held up.\n\n"
    "Compound feed brought in £{a} million, about two thirds of the total, and grain trading £{b} million."
)
EN_SUBPERIOD_COUNT = (
    "Visitors to Brackenfold Gardens in the nine months to September rose to {whole} from {prior} a year "
    "earlier, the trust said.\n\nThird-quarter visitors numbered 61,200. The tea room reopened in July.\n\n"
    "Members accounted for {a} of the total and day visitors for {b}."
)


def _part_of(text, knowledge, part):
    found = claims(text, knowledge).claims
    by_id = {c.id: c.text.strip() for c in found}
    claim = next(c for c in found if c.text.strip().startswith(part))
    return by_id.get(claim.part_of)


@pytest.mark.parametrize(
    "story,values,whole",
    [
        (EN_SUBPERIOD, {"whole": "121.4", "prior": "114.3", "a": "80.9", "b": "40.5"}, "£121.4 million"),
        (EN_SUBPERIOD_COUNT, {"whole": "168,400", "prior": "152,900", "a": "80,900", "b": "87,500"}, "168,400"),
    ],
    ids=["en-money", "en-count"],
)
def test_parts_of_the_total_past_a_sub_periods_figure_add_up_to_the_story_total(knowledge, story, values, whole):
    text = story.format(**values)
    first = "£80.9" if story is EN_SUBPERIOD else "80,900"
    assert _part_of(text, knowledge, first) == whole
    assert_checked(knowledge, text, "F302", False)
    # must fire: the parts exceed the story's total
    broken = dict(values, a="98.9" if story is EN_SUBPERIOD else "98,900")
    assert_checked(knowledge, story.format(**broken), "F302", True)


# ------------------------------------------------ a superlative joined to its figure ranks no runner-up after it


def _codes(text, knowledge):
    return [f.rule for f in findings(knowledge, document(text), select=["F502"]).findings]


KO_JOINED_COUNTRIES = (
    "바다누리수산의 올해 1~3분기 김 수출액은 5,210만달러였다. 국가별로는 미국이 {top}만달러로 가장 많았고 "
    "일본 1,480만달러, 중국 등 기타 지역 970만달러였다."
)
KO_JOINED_MARKETS = (
    "한빛기계는 지난해 공작기계 수출이 6,430만달러로 늘었다고 밝혔다. 시장별로 보면 중국이 {top}만달러로 가장 "
    "컸고 일본 1,720만달러, 미국 1,150만달러 순이었다."
)


@pytest.mark.parametrize("story", [KO_JOINED_COUNTRIES, KO_JOINED_MARKETS], ids=["by-country", "in-order"])
def test_a_superlative_joined_to_its_figure_ranks_no_runner_up_listed_after_it(knowledge, story):
    top = "2,760" if story is KO_JOINED_COUNTRIES else "3,560"
    assert "F502" not in _codes(story.format(top=top), knowledge)
    # must fire: the one called the largest is beaten by a runner-up
    assert "F502" in _codes(story.format(top="1,310"), knowledge)


# ------------------------------------------------ `of these` after a restated prior, with its current figure before

KO_PRIOR_RESTATED = (
    "누리편의점의 올해 가맹점은 2,310곳으로 지난해보다 240곳 늘었다. 지난해 가맹점은 2,070곳이었다. "
    "이 가운데 수도권이 1,380곳으로 {share}였다."
)
KO_PRIOR_ALONE = "누리편의점의 가맹점은 지난해 2,070곳이었다. 이 가운데 수도권이 1,380곳으로 {share}였다."
EN_PRIOR_ALONE = "Tamsin Cycles said it had 2,070 shops last year. Of those, 1,380, or {share}, were in the south."


def _share_whole(text, knowledge, share):
    found = claims(text, knowledge).claims
    by_id = {c.id: c.text.strip() for c in found}
    rate = next(c for c in found if c.text.strip().startswith(share))
    return by_id.get(rate.share_whole)


@pytest.mark.parametrize(
    "story,share",
    [(KO_PRIOR_RESTATED, "60%"), (KO_PRIOR_RESTATED, "5분의 3")],
    ids=["ko-percent", "ko-fraction"],
)
def test_of_these_after_a_restated_prior_and_its_current_figure_is_not_of_the_prior(knowledge, story, share):
    text = story.format(share=share)
    assert _share_whole(text, knowledge, share) != "2,070곳"
    assert "F503" not in [f.rule for f in findings(knowledge, document(text), select=["F503"]).findings]


@pytest.mark.parametrize("story", [KO_PRIOR_ALONE, EN_PRIOR_ALONE], ids=["ko", "en"])
def test_of_these_after_a_prior_alone_is_of_it(knowledge, story):
    assert_checked(knowledge, story.format(share="67%"), "F503", False)
    # must fire: 1,380 of 2,070 is no 80%
    assert_checked(knowledge, story.format(share="80%"), "F503", True)
