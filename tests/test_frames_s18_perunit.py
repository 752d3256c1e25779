"""Per-unit figures (eighteenth session), rules for constructions.

A count set beside its share of a whole is one part's count, not the whole's: the share may be a fraction of counts
(`8,600명으로 10명 중 6명꼴`), and the rest of the count's noun may stand between the count and its share (`41,000
room nights, or 38% of the total`). Before, such a part was taken as the units an average per person or per night
divides, and a figure that held was flagged (F317).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import claims, codes, document, findings

PUBLISHED = dt.date(2026, 10, 20)


def _linked(text, knowledge, figure):
    found = claims(text, knowledge, published=PUBLISHED).claims
    by_id = {c.id: c for c in found}
    claim = next(c for c in found if c.text.startswith(figure))
    total, count = by_id.get(claim.per_unit_of or ""), by_id.get(claim.units_of or "")
    return (total.text if total else None, count.text if count else None)


# a part counted as a fraction of the whole (`10명 중 6명꼴`), then an average per person of the whole
KO_PART_AS_FRACTION = (
    "제5회 누리음악축제가 사흘 동안 열려 관람객 6만2,000명이 다녀갔다. "
    "여성 관람객이 많았다. 여성 관람객은 3만7천명가량으로 10명 중 6명꼴이었다. "
    "현장 음반 판매액은 {total}원으로 관람객 1인당 8천원꼴이었다."
)
# a part's count with the rest of its noun before its share, then an average per unit of the whole
EN_PART_NOUN_THEN_SHARE = (
    "Larkspur Lodges said revenue for the year rose 6% to $24.8 million. "
    "Room nights increased 4% to 124,000, and revenue per room night averaged $200. "
    "Overseas visitors accounted for 47,000 room nights, or 38% of the total."
)


@pytest.mark.parametrize("total", ["4억9,600만"], ids=["ko"])
def test_a_part_counted_as_a_fraction_is_not_the_units_of_an_average(knowledge, total):
    text = KO_PART_AS_FRACTION.format(total=total)
    assert _linked(text, knowledge, "8천원")[1] != "3만7천명가량"
    assert "F317" not in codes(findings(knowledge, document(text, published=PUBLISHED)))


def test_an_average_per_person_takes_the_whole_count_not_the_fractions_part(knowledge):
    text = KO_PART_AS_FRACTION.format(total="4억9,600만")
    assert _linked(text, knowledge, "8천원") == ("4억9,600만원", "6만2,000명")


def test_an_average_per_person_of_the_whole_mismatching_is_flagged(knowledge):
    # 6억2천만 / 6만2천 = 1만: not 8천
    text = KO_PART_AS_FRACTION.format(total="6억2,000만")
    assert "F317" in codes(findings(knowledge, document(text, published=PUBLISHED)))


def test_a_part_beside_its_share_past_its_noun_is_not_the_units_of_an_average(knowledge):
    text = EN_PART_NOUN_THEN_SHARE
    assert _linked(text, knowledge, "$200")[1] != "47,000 room"
    assert "F317" not in codes(findings(knowledge, document(text, published=PUBLISHED)))


# A count stated with no noun of its own (`rose 4% to 124,000`) is of the subject its clause opens with (`Room
# nights`): an average per that noun in the sentence divides the total by it.
EN_SUBJECT_COUNT = (
    "Larkspur Lodges said revenue for the year rose 6% to $24.8 million. "
    "{subject} increased 4% to 124,000, and revenue per room night averaged ${average}."
)


def test_a_count_named_by_its_clauses_subject_is_the_units_of_an_average(knowledge):
    text = EN_SUBJECT_COUNT.format(subject="Room nights", average="200")
    assert _linked(text, knowledge, "$200") == ("$24.8 million", "124,000")
    assert not codes(findings(knowledge, document(text, published=PUBLISHED)))


def test_an_average_against_a_count_named_by_its_subject_mismatching_is_flagged(knowledge):
    # 24.8m / 124,000 = 200: not 260
    text = EN_SUBJECT_COUNT.format(subject="Room nights", average="260")
    assert "F317" in codes(findings(knowledge, document(text, published=PUBLISHED)))


def test_a_count_whose_subject_names_another_noun_is_not_the_units(knowledge):
    text = EN_SUBJECT_COUNT.format(subject="Spa visits", average="260")
    assert _linked(text, knowledge, "$260")[1] is None
    assert "F317" not in codes(findings(knowledge, document(text, published=PUBLISHED)))


# A count stated as an average with the noun it is per right after it (`an average of 150 berths a marina`) is a
# rate, no rival of the count of units (`5,400 berths`) an average per berth divides by.
EN_AVERAGE_COUNT_BESIDE = (
    "Bayline Marinas reported revenue of $21.6 million for the year, up 5% from $20.6 million. "
    "The group runs 36 marinas with 5,400 berths between them, an average of 150 berths a marina. "
    "Revenue per berth came to ${average} for the year."
)


def test_a_count_stated_as_an_average_is_no_rival_of_the_units(knowledge):
    text = EN_AVERAGE_COUNT_BESIDE.format(average="4,000")
    assert _linked(text, knowledge, "$4,000") == ("$21.6 million", "5,400 berths")
    assert not codes(findings(knowledge, document(text, published=PUBLISHED)))


def test_an_average_per_unit_beside_an_average_count_mismatching_is_flagged(knowledge):
    # 21.6m / 5,400 = 4,000: not 400
    text = EN_AVERAGE_COUNT_BESIDE.format(average="400")
    assert "F317" in codes(findings(knowledge, document(text, published=PUBLISHED)))


# `with the average permit costing $400`: the noun an average is of, a few words before the figure, is the unit the
# figure is per; the count that noun names divides the total the sentence states.
EN_AVERAGE_OF_NOUN = (
    "Ashgrove Council issued 4,200 parking permits in the year. "
    "Permit income rose 6% to $1.68 million, from $1.58 million, with the average {noun} costing ${average}."
)


def test_the_average_of_a_noun_is_per_the_count_it_names(knowledge):
    text = EN_AVERAGE_OF_NOUN.format(noun="permit", average="400")
    assert _linked(text, knowledge, "$400") == ("$1.68 million", "4,200 parking permits")
    assert not codes(findings(knowledge, document(text, published=PUBLISHED)))


def test_the_average_of_a_noun_mismatching_is_flagged(knowledge):
    # 1.68m / 4,200 = 400: not 500
    text = EN_AVERAGE_OF_NOUN.format(noun="permit", average="500")
    assert "F317" in codes(findings(knowledge, document(text, published=PUBLISHED)))


def test_the_average_of_a_noun_no_count_names_is_not_linked(knowledge):
    text = EN_AVERAGE_OF_NOUN.format(noun="driver", average="500")
    assert _linked(text, knowledge, "$500") == (None, None)
    assert "F317" not in codes(findings(knowledge, document(text, published=PUBLISHED)))


# `came to €6.0 million, about €500 for every scooter`: an approximation set beside its total after a comma, per
# the noun after it; a count at the close of the total's span (`at the end of September`, after revenue for the nine
# months to September) is of that span.
EN_HEDGED_BESIDE_TOTAL = (
    "Veloria Leasing said the number of scooters under lease reached 12,000 at the end of {month}. "
    "Revenue in the first nine months of the year came to €6.0 million, "
    "about €{average} for every scooter in the fleet."
)


def test_an_approximation_beside_its_total_is_per_the_noun_after_it(knowledge):
    text = EN_HEDGED_BESIDE_TOTAL.format(month="September", average="500")
    assert _linked(text, knowledge, "about €500") == ("€6.0 million", "12,000")
    assert not codes(findings(knowledge, document(text, published=PUBLISHED)))


def test_an_approximation_beside_its_total_mismatching_is_flagged(knowledge):
    # 6.0m / 12,000 = 500: not 650
    text = EN_HEDGED_BESIDE_TOTAL.format(month="September", average="650")
    assert "F317" in codes(findings(knowledge, document(text, published=PUBLISHED)))


def test_a_count_at_another_time_than_the_spans_close_is_not_the_units(knowledge):
    text = EN_HEDGED_BESIDE_TOTAL.format(month="June", average="650")
    assert _linked(text, knowledge, "about €650") == (None, None)
    assert "F317" not in codes(findings(knowledge, document(text, published=PUBLISHED)))


# `기당 300만달러꼴`: a counter of machines (`40기`) stands as the noun a figure is per, like `척당`, `대당`.
KO_PER_MACHINE = "해돋이중공업은 풍력발전기 40기를 1억2천만달러에 수주했다고 밝혔다. 기당 {average}만달러꼴이다."


def test_a_figure_per_machine_is_per_the_count_of_machines(knowledge):
    text = KO_PER_MACHINE.format(average="300")
    assert _linked(text, knowledge, "300만달러") == ("1억2천만달러", "40기")
    assert not codes(findings(knowledge, document(text, published=PUBLISHED)))


def test_a_figure_per_machine_mismatching_is_flagged(knowledge):
    # 1억2천만 / 40 = 300만: not 400만
    text = KO_PER_MACHINE.format(average="400")
    assert "F317" in codes(findings(knowledge, document(text, published=PUBLISHED)))


# a total over a span, a sentence of its change only, then the average per day naming the total's noun
KO_DAILY_AFTER_CHANGE = (
    "누리씨름대회가 10월 3일부터 8일까지 엿새간 하늘체육관에서 열려 관중 4만2,300명을 모았다. "
    "지난해 대회(3만9,100명)보다 3,200명 늘었다. 하루 평균 관중은 {average}명이었다."
)
# the same with the span named as a period before the average's mark, and places counted beside the total
KO_DAILY_IN_THE_PERIOD = (
    "푸른시는 7월 1일부터 8월 19일까지 50일간 문을 연 물놀이장 4곳의 이용객이 61만5천명으로 집계됐다고 밝혔다. "
    "지난해(58만명)보다 6.0% 많다. 운영 기간 하루 평균 {average}명이 물놀이장을 찾았다."
)


def _per_period(text, knowledge, figure):
    found = claims(text, knowledge, published=PUBLISHED).claims
    by_id = {c.id: c for c in found}
    total = next(c for c in found if c.text.startswith(figure))
    average = by_id.get(total.per_period_of or "")
    return (average.text if average else None, total.periods)


@pytest.mark.parametrize(
    ("template", "average", "total", "days"),
    [(KO_DAILY_AFTER_CHANGE, "7,050", "4만2,300명", 6.0), (KO_DAILY_IN_THE_PERIOD, "1만2,300", "61만5천명", 50.0)],
    ids=["noun", "period"],
)
def test_a_daily_average_two_sentences_after_its_total_is_linked(knowledge, template, average, total, days):
    text = template.format(average=average)
    assert _per_period(text, knowledge, total) == (f"{average}명", days)
    assert not codes(findings(knowledge, document(text, published=PUBLISHED)))


@pytest.mark.parametrize(
    ("template", "average"),
    [(KO_DAILY_AFTER_CHANGE, "7,500"), (KO_DAILY_IN_THE_PERIOD, "1만3,300")],
    ids=["noun", "period"],
)
def test_a_daily_average_two_sentences_after_its_total_mismatching_is_flagged(knowledge, template, average):
    assert "F312" in codes(findings(knowledge, document(template.format(average=average), published=PUBLISHED)))


def test_a_daily_average_past_a_sentence_of_other_values_is_not_linked(knowledge):
    # the sentence between states figures of its own: the average may be of them
    text = (
        "누리씨름대회가 10월 3일부터 8일까지 엿새간 하늘체육관에서 열려 관중 4만2,300명을 모았다. "
        "선수는 180명이 출전했다. 하루 평균 관중은 7,500명이었다."
    )
    assert _per_period(text, knowledge, "4만2,300명")[0] is None


def test_a_daily_average_naming_another_noun_two_sentences_after_is_not_linked(knowledge):
    text = (
        "누리씨름대회가 10월 3일부터 8일까지 엿새간 하늘체육관에서 열려 관중 4만2,300명을 모았다. "
        "지난해 대회(3만9,100명)보다 3,200명 늘었다. 하루 평균 입장권 예매자는 7,500명이었다."
    )
    assert _per_period(text, knowledge, "4만2,300명")[0] is None
