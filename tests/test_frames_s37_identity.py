"""Per-period averages joined to the story's one total of what they count, sentences and paragraphs apart (thirty-
seventh session, lane `identity`).

- An average per day or month (`averaged about 149 visitors a day`, `at a rate of 50 blankets a month`, `한 달에
  5천 개꼴로`, `매달 4만 개씩`) with no total near it, whose own sentence writes one span of its unit (before it, or
  after it in its clause: `a day over the 90 days`; for an average worked out, `꼴`, the sentence before), is of the
  one level of the article before it that counts the same thing (its counter; the levels' account,
  checker/link/identities.py): the per-period check (F312) multiplies it out
  (checker/link/span_averages.py, `link_span_averages_of_identified_totals`).
- A Korean average whose noun right before it is none the total names (`컵 3만 개 … 한 달에 접시 7천 개꼴`) is of
  another thing its generic counter counts: nothing.
- The level must be the story's one total: a larger level of the same counter, or a lone smaller one (`412건 가운데
  주택 화재가 187건`), leaves which one unsaid — nothing is linked; parts listed together (a breakdown) and a level a
  change of the total is measured from, or the whole a share of it is of, are no rivals.
- An average per one unit (`약국 한 곳에 하루 19건꼴`), or spread from a figure per one stated after the total (`한
  사람이 평균 85만 원꼴 … 한 달로 치면 17만 원`), is no average of the total.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

PER_PERIOD = "F312"

# ---------------------------------------------------------------- English: the span after the average, in its clause


@pytest.mark.parametrize("average,fires", [("26", False), ("36", True)])
def test_an_average_over_the_span_after_it_is_of_the_lead_total(knowledge, average, fires):
    text = (
        "Pellow Farm sells 2,340 pumpkins\n\n"
        "Pellow Farm near Tregaron sold 2,340 pumpkins this autumn, the owner said on Monday.\n\n"
        "The farm keeps three fields and a barn shop. "
        f"That is about {average} pumpkins a day over the 90 days, twice its pace of a decade ago."
    )
    assert_checked(knowledge, text, PER_PERIOD, fires)


@pytest.mark.parametrize("average,fires", [("149", False), ("190", True)])
def test_an_averaged_count_paragraphs_after_its_total_past_another_counter(knowledge, average, fires):
    text = (
        "Heron Gardens drew 18,300 visitors between May 1 and August 31.\n\n"
        "It has 14 gardeners and a tea room by the lake.\n\n"
        f"Over the 123 days it averaged about {average} visitors a day."
    )
    assert_checked(knowledge, text, PER_PERIOD, fires)


@pytest.mark.parametrize("rate,fires", [("50", False), ("70", True)])
def test_a_rate_a_month_over_the_months_its_sentence_writes(knowledge, rate, fires):
    text = (
        "Tarn Mill wins blanket order\n\n"
        "Tarn Mill, a weaving shed in Cumbria, will make 300 blankets for a hotel group in Oslo.\n\n"
        "The mill employs 11 weavers.\n\n"
        f"The blankets go out from May to October, six months, at a rate of {rate} blankets a month."
    )
    assert_checked(knowledge, text, PER_PERIOD, fires)


def test_two_totals_of_the_counter_leave_the_average_unjoined(knowledge):
    text = (
        "The valley's gardens drew 52,000 visitors between May 1 and August 31.\n\n"
        "Heron Gardens drew 18,300 visitors of them.\n\n"
        "It has 14 gardeners and a tea room by the lake.\n\n"
        "Over the 123 days it averaged about 190 visitors a day."
    )
    assert_not_checked(knowledge, text, PER_PERIOD)


def test_an_average_of_another_counter_takes_no_total(knowledge):
    text = (
        "Heron Gardens drew 18,300 visitors between May 1 and August 31.\n\n"
        "It has 14 gardeners and a tea room by the lake.\n\n"
        "Over the 123 days it averaged about 190 cars a day."
    )
    assert_not_checked(knowledge, text, PER_PERIOD)


def test_an_average_with_no_span_in_its_sentence_takes_no_far_total(knowledge):
    text = (
        "Heron Gardens drew 18,300 visitors between May 1 and August 31.\n\n"
        "It has 14 gardeners and a tea room by the lake.\n\n"
        "It averaged about 190 visitors a day."
    )
    assert_not_checked(knowledge, text, PER_PERIOD)


# ---------------------------------------------------------------- Korean: a bare month's mark, the lead's total


@pytest.mark.parametrize("rate,fires", [("5천", False), ("7천", True)])
def test_ko_a_month_mark_worked_out_over_the_span_is_of_the_lead_total(knowledge, rate, fires):
    text = (
        "보람공방, 도자기 컵 3만 개 수출\n\n"
        "보람공방은 스웨덴 생활용품 체인과 도자기 컵 3만 개를 공급하는 계약을 맺었다고 5일 밝혔다.\n\n"
        "공방에는 도공 9명이 일한다.\n\n"
        f"회사는 다음 달부터 여섯 달 동안 한 달에 {rate} 개꼴로 나눠 보낸다."
    )
    assert_checked(knowledge, text, PER_PERIOD, fires)


def test_ko_an_average_naming_another_noun_of_the_counter_takes_no_total(knowledge):
    text = (
        "보람공방, 도자기 컵 3만 개 수출\n\n"
        "보람공방은 스웨덴 생활용품 체인과 도자기 컵 3만 개를 공급하는 계약을 맺었다고 5일 밝혔다.\n\n"
        "공방에는 도공 9명이 일한다.\n\n"
        "회사는 다음 달부터 여섯 달 동안 한 달에 접시 7천 개꼴을 따로 만든다."
    )
    assert_not_checked(knowledge, text, PER_PERIOD)


@pytest.mark.parametrize("rate,fires", [("4천", False), ("6천", True)])
def test_ko_a_breakdown_of_the_total_is_no_rival(knowledge, rate, fires):
    text = (
        "누리목공, 도마 2만4천 개 수출\n\n"
        "누리목공은 캐나다 주방용품 체인과 나무 도마 2만4천 개를 공급하는 계약을 맺었다고 5일 밝혔다.\n\n"
        "크기별로는 큰 도마가 1만4천 개, 작은 도마가 1만 개다. "
        f"회사는 3월부터 여섯 달 동안 매달 {rate} 개씩 나눠 보낸다."
    )
    assert_checked(knowledge, text, PER_PERIOD, fires)


def test_ko_a_lone_smaller_level_leaves_the_total_unsaid(knowledge):
    text = (
        "가온군은 최근 5년간 산불 380건이 났다고 5일 밝혔다.\n\n"
        "이 가운데 논밭 태우기로 난 불이 150건이다. 5년간 한 해 평균 30건꼴이다."
    )
    assert "F312" not in [r for r in _alarms(knowledge, text)]


def test_ko_an_average_per_one_unit_is_no_average_of_the_total(knowledge):
    text = (
        "다온시 공공 세탁소 6곳의 올해 이용 건수는 2만1천900건이다.\n\n"
        "시는 세탁소 운영비를 지원한다.\n\n"
        "1월부터 8개월 동안 세탁소 한 곳에 한 달 평균 450건꼴이다."
    )
    assert "F312" not in _alarms(knowledge, text)


def _alarms(knowledge, text: str) -> list[str]:
    from helpers import alarm_rules

    return alarm_rules(knowledge, text)
