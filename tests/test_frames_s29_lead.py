"""False alarms on clean copy (twenty-ninth session), each a rule for a construction:
- a share that is the subject of its clause and names its own part in its predicate (`전체 예산의 35%는 축제에
  쓰인다`, `18% of the budget goes to housing`, `[link.share_then_its_own_part]`) is not the share of a figure of
  the sentence before whose words name another part (checker/link/share_subjects.py `names_its_part_after`, asked by
  the readings of shares by size, by the whole's name and by the Korean fallback); when that sentence names the
  same part, the share is still read as its share;
- a length of time in the sentence beside a range of dates, whose sentence opens with a subject of its own that the
  range's sentence does not name (`The show ran from 2 to 8 May. Riggers spent ten days …`, `대회는 사흘간`), is
  another thing's time, not the run's (`another_subject_than_the_range`, checker/link/date_spans_general.py); a
  subject that refers back (`It`, `기간은`, `[link.run_subject_refers_back]`), the range's own noun, or no subject
  before the length still makes it the run's.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

SHARE = "F503"
ELAPSED = "F406"


# ---------------------------------------------------------------- a share naming its own part after it


@pytest.mark.parametrize(
    "text",
    [
        "올해 군의 체육 예산은 80억원이다. 군은 수영장 보수에 12억원을 배정했다. 전체 예산의 45%는 생활체육에 쓰인다.",
        "조합원은 6,000명이다. 올해 새로 가입한 조합원은 900명이었다. 전체 조합원의 70%가 농민이다.",
        "행사 예산은 20억원이다. 무대비로 5억원을 썼다. 예산의 40%는 도비다.",
        "목장 매출은 90억원이다. 우유 매출은 30억원이었다. 매출의 15%는 체험 목장에서 나왔다.",
        "The trust's grant budget is $180 million this year. It set aside $20 million for river clean-ups. "
        "About 30% of the whole budget goes to schools.",
        "The league has 5,000 players. It registered 700 new players this season. Some 55% of its players are girls.",
    ],
)
def test_a_share_naming_another_part_after_it_is_not_of_the_figure_before(knowledge, text):
    assert_not_checked(knowledge, text, SHARE)


@pytest.mark.parametrize(
    "text,fires",
    [
        # the share's predicate names the part the sentence before states: it is that part's share
        (
            "올해 군의 체육 예산은 80억원이다. 군은 수영장 보수에 20억원을 배정했다. "
            "전체 예산의 25%는 수영장 보수에 쓰인다.",
            False,
        ),
        (
            "올해 군의 체육 예산은 80억원이다. 군은 수영장 보수에 12억원을 배정했다. "
            "전체 예산의 45%는 수영장 보수에 쓰인다.",
            True,
        ),
        # no part named after the share: the figure before is its part, as before
        (
            "올해 군의 체육 예산은 80억원이다. 군은 수영장 보수에 12억원을 배정했다. 이는 전체 예산의 45%에 해당한다.",
            True,
        ),
    ],
)
def test_a_share_naming_the_same_part_is_still_read(knowledge, text, fires):
    assert_checked(knowledge, text, SHARE, fires)


# ---------------------------------------------------------------- a length of another subject's time beside a range


@pytest.mark.parametrize(
    "text",
    [
        "The Brindle craft show ran from 2 May to 8 May. Riggers spent over ten days putting up the marquees.",
        "The Ouse swim ran from 6 June to 9 June. Entrants trained over 14 weeks for it.",
        "Polling ran from April 3 to April 24. The canvassing lasted 11 weeks.",
        "The lock was shut from 2 September to 12 September. Dredging of the basin ran 50 days in all.",
        "체육관은 9월 1일부터 9월 12일까지 문을 닫는다. 보수 공사는 석 달간 이어진다.",
        "합창단은 5월 2일부터 5월 20일까지 연습한다. 공연은 나흘간 열린다.",
        "박물관은 3월 4일부터 3월 8일까지 휴관했다. 준비 기간은 넉 달간이었다.",
    ],
)
def test_a_length_of_another_subject_beside_a_range_is_not_the_run(knowledge, text):
    assert_not_checked(knowledge, text, ELAPSED)


@pytest.mark.parametrize(
    "text,fires",
    [
        # the subject refers back to the run, or is the range's own noun, or there is none before the length
        ("The Brindle craft show ran from 2 May to 8 May. It lasted over ten days.", True),
        ("The Brindle craft show ran from 2 May to 8 May. The craft show lasted over seven days.", False),
        ("The Brindle craft show ran from 2 May to 8 May. Over ten days, 9,000 people came.", True),
        ("합창제는 5월 2일부터 5월 20일까지 열린다. 합창제는 열흘간 이어진다.", True),
        ("합창제는 5월 2일부터 5월 20일까지 열린다. 기간은 열흘간이다.", True),
        ("합창제는 5월 2일부터 5월 20일까지 열린다. 합창제 기간은 18일간이다.", False),
        # a sentence opening with no marked subject (`작업에 N일이 걸린다`)
        ("농가들은 9월 2일 작업을 시작해 10월 12일 마친다. 작업에 40일이 걸리는 셈이다.", False),
        ("농가들은 9월 2일 작업을 시작해 10월 12일 마친다. 작업에 30일이 걸리는 셈이다.", True),
        # the range's own subject refers back to what the length before it is told of
        ("The Harrow Cup drew 9,000 people over five days. The event ran from 3 June to 8 June.", False),
        ("The Harrow Cup drew 9,000 people over nine days. The event ran from 3 June to 8 June.", True),
        # a length hyphened before a run's noun is the run's, whatever the sentence's subject
        (
            "Ferries ran 2,400 crossings between April 3 and Sept. 3. "
            "Fair weather gave the line its calmest five-month season.",
            False,
        ),
        (
            "Ferries ran 2,400 crossings between April 3 and Sept. 3. "
            "Fair weather gave the line its calmest three-month season.",
            True,
        ),
    ],
)
def test_a_length_the_range_sentence_names_the_subject_of_is_still_the_run(knowledge, text, fires):
    assert_checked(knowledge, text, ELAPSED, fires)


# ---------------------------------------------------------------- review of the merged lanes (twenty-ninth session)


@pytest.mark.parametrize(
    "text",
    [
        # a Korean share of a whole stated right before it, naming its own part after it
        "구의 문화 예산은 420억원이다. 전체 예산 1,500억원의 18%는 도서관에 쓰인다.",
        "상근 직원은 85명이다. 전체 인력 300명의 40%는 자원봉사자다.",
    ],
)
def test_a_share_of_a_stated_whole_naming_its_own_part_is_not_of_the_figure_before(knowledge, text):
    assert_not_checked(knowledge, text, SHARE)


PER_UNIT = "F317"


@pytest.mark.parametrize(
    "text",
    [
        # an average appended to a count takes no total of the sentence before: it may be another pot
        "The harvest show raised £6,300 from entry fees. Its tea tent served 1,800 guests, an average of £7.",
        "The craft market took $52,000 in pitch rent. Its 90 stallholders served 6,000 buyers, an average of $20.",
    ],
)
def test_an_average_appended_to_a_count_takes_no_total_of_the_sentence_before(knowledge, text):
    assert_not_checked(knowledge, text, PER_UNIT)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The harvest show, which raised £6,300, drew 2,100 visitors, an average of £3.", False),
        ("The harvest show, which raised £6,300, drew 2,100 visitors, an average of £8.", True),
    ],
)
def test_an_average_appended_to_a_count_takes_the_total_of_its_own_sentence(knowledge, text, fires):
    assert_checked(knowledge, text, PER_UNIT, fires)
