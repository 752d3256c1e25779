"""Differences and dates on copy the rules never saw (issue 11): frames in sentences written for these tests.

Published 2024-08-27 unless a case says otherwise (tests/helpers.py).
"""

from __future__ import annotations

import pytest
from helpers import claims
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- dates: a streak counted from a date before it
# (checker/link/elapsed_streaks.py: the streak runs to the period of the article's figures, both ends counted)

_STREAK_SINCE_KO = (
    "한국은행에 따르면 7월 경상수지는 50억달러 흑자였다. 경상수지는 {start} 이후 {length} 연속 흑자를 이어갔다."
)
_STREAK_FROM_KO = "통계청에 따르면 7월 제조업 취업자는 440만명이었다. 제조업 취업자는 {start}부터 {length}째 줄었다."
_STREAK_YEARS_KO = "한빛전자의 올해 상반기 매출은 3조원이었다. 이 회사 매출은 {start}부터 {length}째 늘었다."


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(_STREAK_SINCE_KO.format(start="지난해 5월", length="15개월"), False, id="ko-since-holds"),
        pytest.param(_STREAK_SINCE_KO.format(start="지난해 5월", length="19개월"), True, id="ko-since-long-fires"),
        pytest.param(
            _STREAK_SINCE_KO.format(start="지난해 9월", length="15개월"), True, id="ko-since-late-start-fires"
        ),
        pytest.param(_STREAK_FROM_KO.format(start="2023년 2월", length="18개월"), False, id="ko-from-holds"),
        pytest.param(_STREAK_FROM_KO.format(start="2023년 2월", length="13개월"), True, id="ko-from-short-fires"),
        pytest.param(_STREAK_YEARS_KO.format(start="2020년 1월", length="5년"), False, id="ko-years-holds"),
        pytest.param(_STREAK_YEARS_KO.format(start="2020년 1월", length="9년"), True, id="ko-years-fires"),
    ],
)
def test_a_streak_runs_from_its_start_to_the_period_of_the_figures(knowledge, text, fires):
    assert_checked(knowledge, text, "F406", fires)


def test_a_streak_runs_to_the_month_of_the_data_not_the_publication(knowledge):
    (span,) = claims(_STREAK_SINCE_KO.format(start="지난해 5월", length="15개월"), knowledge).elapsed
    assert (span.since, span.until, span.months, span.inclusive) == ("2023-05", "2024-07", 15, True)


@pytest.mark.parametrize(
    "text",
    [
        # a streak that ended in the past does not run to the article's figures
        "한국은행에 따르면 7월 수출은 500억달러였다. 2021년 3월부터 14개월 연속 감소했던 수출은 반등했다.",
        # no figure dates the article: where the streak runs to is not written
        "수출은 지난해 5월 이후 15개월 연속 늘었다.",
        # a span that ends a record is no streak (checker/link/elapsed_since_dates.py reads it)
        "한국은행에 따르면 7월 수출은 500억달러였다. 2021년 3월 이후 8개월 만에 처음 줄었다.",
    ],
)
def test_no_streak_is_read_without_its_marks_or_its_end(knowledge, text):
    streaks = [s for s in claims(text, knowledge).elapsed if s.inclusive]
    assert streaks == []


# ---------------------------------------------------------------- dates: a span counted back to a date before it
# (checker/link/elapsed_since_dates.py: `, N months earlier` runs back from the figures' period; `, N months ago`
# with no dated figure runs back from the publication; a start after the publication is misdated)

_EARLIER_EN = "Japan posted a trade surplus of ¥120 billion in July, its first surplus since {start}, {length} earlier."
_AGO_EN = "Support for the mayor has fallen to 31%, its lowest since she took office in {start}, {length} ago."
_RECORD_KO = "한국은행에 따르면 7월 수출은 500억달러였다. 수출은 {start} 이후 8개월 만에 가장 많다."


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(_EARLIER_EN.format(start="March", length="four months"), False, id="en-earlier-holds"),
        pytest.param(_EARLIER_EN.format(start="March", length="seven months"), True, id="en-earlier-fires"),
        pytest.param(_AGO_EN.format(start="May 2022", length="27 months"), False, id="en-ago-months-holds"),
        pytest.param(_AGO_EN.format(start="May 2022", length="37 months"), True, id="en-ago-months-fires"),
        pytest.param(_AGO_EN.format(start="May 2062", length="27 months"), True, id="en-ago-future-start-fires"),
        pytest.param(_RECORD_KO.format(start="2023년 11월"), False, id="ko-record-holds"),
        pytest.param(_RECORD_KO.format(start="2063년 11월"), True, id="ko-record-future-start-fires"),
        pytest.param(
            _STREAK_SINCE_KO.format(start="2063년 5월", length="15개월"), True, id="ko-streak-future-start-fires"
        ),
    ],
)
def test_a_span_back_to_a_date_before_it_is_checked(knowledge, text, fires):
    assert_checked(knowledge, text, "F406", fires)


@pytest.mark.parametrize(
    "text",
    [
        # `earlier than` compares with a plan: no span back to the date
        "The firm listed in 2015, two years earlier than planned, and its sales reached $5 billion in 2023.",
        # `earlier` with no dated figure: where it counts back from is not written
        "Support for the mayor has fallen, its lowest since she took office in May 2022, 27 months earlier.",
        # a start after the end that is no later than the publication is some other date, not a misdated start
        "한국은행에 따르면 2023년 7월 수출은 500억달러였다. 수출은 2024년 3월 이후 8개월 만에 가장 많다.",
    ],
)
def test_no_span_back_is_read_without_its_end(knowledge, text):
    assert claims(text, knowledge).elapsed == []


# ---------------------------------------------------------------- differences: a trade balance after its sides
# (checker/link/trade_sides.py names `수입` beside exports the imports; the balance kind takes the sides of a
# balance whose period is carried from the sentences before it from those sentences)

_TRADE_KO = (
    "산업부에 따르면 7월 수출은 520억 달러로 지난해보다 5% 늘었다. 일평균 수출액은 23억 달러였다. "
    "수입은 480억 달러로 2% 줄었다. 이에 따라 무역수지는 {balance} 흑자를 냈다."
)
_TRADE_SAME_SENTENCE_KO = (
    "1~7월 누적 수출은 3천600억달러, 누적 수입은 3천350억달러로 누적 무역수지는 {balance} 흑자였다."
)
_TRADE_HALF_KO = (
    "상반기 수출은 3천300억 달러로 9% 늘었다. 같은 기간 수입은 3천100억 달러였다. 상반기 무역수지는 {balance} 흑자다."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(_TRADE_KO.format(balance="40억 달러"), False, id="ko-balance-after-sides-holds"),
        pytest.param(_TRADE_KO.format(balance="80억 달러"), True, id="ko-balance-after-sides-fires"),
        pytest.param(_TRADE_SAME_SENTENCE_KO.format(balance="250억달러"), False, id="ko-cumulative-holds"),
        pytest.param(_TRADE_SAME_SENTENCE_KO.format(balance="650억달러"), True, id="ko-cumulative-fires"),
        pytest.param(_TRADE_HALF_KO.format(balance="200억 달러"), False, id="ko-half-holds"),
        pytest.param(_TRADE_HALF_KO.format(balance="600억 달러"), True, id="ko-half-fires"),
    ],
)
def test_a_trade_balance_is_checked_against_imports_written_as_suip(knowledge, text, fires):
    assert_checked(knowledge, text, "F313", fires)


@pytest.mark.parametrize(
    "text,figure",
    [
        # a budget's total revenue: the word ends a longer one
        ("정부 총지출은 650조원이다. 수출 지원 예산은 2조원이다. 총수입은 610조원으로 늘었다.", "610조원"),
        # an income with no exports stated before it
        ("이 마을 농가 수입은 4천만원으로 지난해보다 늘었다.", "4천만원"),
        # exports in another currency: not this figure's other side
        ("이 회사 수출은 5억 달러였다. 국내 매출은 2조원이었고 수입은 3천억원이었다.", "3천억원"),
    ],
)
def test_suip_is_no_imports_away_from_exports(knowledge, text, figure):
    found = {c.text.strip(): c for c in claims(text, knowledge).claims}
    assert found[figure].metric != "imports"


# ---------------------------------------------------------------- differences: a previous close in the next sentence
# (checker/link/previous_closes.py: a sentence that opens by naming the day before's close states what the move
# of the sentence before is measured from)

_CLOSE_KO = "서울 외환시장에서 원/달러 환율은 전날보다 7.2원 내린 1,371.4원에 마감했다. {opener} {prior}이었다."
_CLOSE_EN = "Brent crude fell $1.20 to $80.50 a barrel on Tuesday. The previous close was {prior}."


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(_CLOSE_KO.format(opener="전날 종가는", prior="1,378.6원"), False, id="ko-previous-day-holds"),
        pytest.param(_CLOSE_KO.format(opener="전날 종가는", prior="1,398.6원"), True, id="ko-previous-day-fires"),
        pytest.param(
            _CLOSE_KO.format(opener="직전 거래일 종가는", prior="1,378.6원"), False, id="ko-previous-session-holds"
        ),
        pytest.param(
            _CLOSE_KO.format(opener="직전 거래일 종가는", prior="1,338.6원"), True, id="ko-previous-session-fires"
        ),
        pytest.param(_CLOSE_EN.format(prior="$81.70"), False, id="en-previous-close-holds"),
        pytest.param(_CLOSE_EN.format(prior="$85.70"), True, id="en-previous-close-fires"),
    ],
)
def test_a_move_is_measured_from_the_previous_close_stated_after_it(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


@pytest.mark.parametrize(
    "text",
    [
        # the sentence after names another level (the day's high), not the close before
        "서울 외환시장에서 원/달러 환율은 전날보다 7.2원 내린 1,371.4원에 마감했다. 장중 고가는 1,390.2원이었다.",
        "Brent crude fell $1.20 to $80.50 a barrel on Tuesday. The previous high was $85.70.",
        # two figures of the unit in the sentence after: which one is the close is not said
        "원/달러 환율은 전날보다 7.2원 내린 1,371.4원에 마감했다. 전날 종가는 1,378.6원, 고가는 1,390.2원이었다.",
    ],
)
def test_no_previous_close_is_linked_without_its_opening_words(knowledge, text):
    assert_not_checked(knowledge, text, "F305")


# ---------------------------------------------------------------- differences: revisions of earlier figures
# (`cut by`, `raised by`, `lowered by` before an amount, [link.fall_verbs_before]/[link.rise_verbs_before] en;
# `an upward revision of` names the gap of the level and the figure compared with right before it,
# checker/link/gaps.py, however many figures the sentence states before them)

_CUT_EN = "April's payrolls were cut by {change} to 88,000 from 114,000, the department said."
_RAISED_EN = "Exports for March were raised by {change} to $41.2 billion from $40.5 billion."
_REVISIONS_EN = (
    "April's gain was raised to 175,000 from 143,000, an upward revision of {april}, "
    "and March's to 210,000 from 198,000, a revision of {march}."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(_CUT_EN.format(change="26,000"), False, id="en-cut-by-holds"),
        pytest.param(_CUT_EN.format(change="36,000"), True, id="en-cut-by-fires"),
        pytest.param(_RAISED_EN.format(change="$700 million"), False, id="en-raised-by-holds"),
        pytest.param(_RAISED_EN.format(change="$300 million"), True, id="en-raised-by-fires"),
        pytest.param(_REVISIONS_EN.format(april="32,000", march="12,000"), False, id="en-revisions-hold"),
        pytest.param(_REVISIONS_EN.format(april="32,000", march="52,000"), True, id="en-second-revision-fires"),
        pytest.param(_REVISIONS_EN.format(april="72,000", march="12,000"), True, id="en-first-revision-fires"),
    ],
)
def test_a_revision_is_the_difference_of_the_new_and_the_old_figure(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


@pytest.mark.parametrize(
    "text",
    [
        # `cut` with no `by`: the amount is what was cut, no move of a level
        "The carmaker cut 5,000 jobs this year, leaving 88,000 from 114,000 planned.",
        # a revision noun after figures that are no level and its figure compared with
        "Payrolls rose by 175,000 and 143,000 in the two months, a revision of 12,000.",
    ],
)
def test_no_revision_is_read_without_its_words_or_its_pair(knowledge, text):
    assert_not_checked(knowledge, text, "F305")


# ---------------------------------------------------------------- differences: gaps from a level sentences before
# (checker/link/gaps_of_subjects.py: the level of the name a gap's sentence opens with, and a change that
# continues the gap of the sentence before it)

_NAMED_KO = (
    "도의회 선거에서 새미래당이 41석을 얻었다. 국민당은 31석, 정의당은 4석에 그쳤다. "
    "새미래당의 의석은 과반 기준선(40석)보다 {gap} 많다. 직전 선거에서 얻은 29석보다 {gain} 늘었다."
)
_CONTINUED_KO = (
    "한빛당은 모두 171석을 차지했다. 과반 기준인 151석보다 20석 많다. "
    "다만 4년 전 총선에서 얻은 180석과 비교하면 {fall} 줄었다."
)
_NAMED_PLAIN_KO = (
    "한빛건설은 올해 1천200명을 뽑았다. 대한건설은 900명을 뽑았다. 한빛건설은 지난해(1천50명)보다 {gap} 많다."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(_NAMED_KO.format(gap="1석", gain="12석"), False, id="ko-named-subject-and-continued-hold"),
        pytest.param(_NAMED_KO.format(gap="5석", gain="12석"), True, id="ko-named-subject-gap-fires"),
        pytest.param(_NAMED_KO.format(gap="1석", gain="16석"), True, id="ko-continued-after-named-fires"),
        pytest.param(_CONTINUED_KO.format(fall="9석"), False, id="ko-continued-holds"),
        pytest.param(_CONTINUED_KO.format(fall="19석"), True, id="ko-continued-fires"),
        pytest.param(_NAMED_PLAIN_KO.format(gap="150명"), False, id="ko-named-plain-holds"),
        pytest.param(_NAMED_PLAIN_KO.format(gap="450명"), True, id="ko-named-plain-fires"),
    ],
)
def test_a_gap_measures_the_level_stated_sentences_before(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


@pytest.mark.parametrize(
    "text",
    [
        # the name is written before no figure of the unit: whose level is meant is not stated
        "도의회 선거에서 41석이 새 정당에 돌아갔다. 국민당은 31석에 그쳤다. "
        "새미래당의 의석은 과반 기준선(40석)보다 1석 많다.",
        # the sentence before states a level of its own: the continued change is not read from further back
        "한빛당은 모두 171석을 차지했다. 국민당은 88석이다. 다만 4년 전 총선에서 얻은 180석과 비교하면 9석 줄었다.",
        # the continuing sentence names another subject
        "한빛당은 모두 171석을 차지했다. 과반 기준인 151석보다 20석 많다. "
        "국민당은 4년 전 총선 때 120석보다 9석 줄었다.",
    ],
)
def test_no_gap_is_measured_from_far_without_its_name_or_its_chain(knowledge, text):
    found = {c.text.strip(): c for c in claims(text, knowledge).claims}
    linked = [c.text for c in found.values() if c.role == "change" and c.change_of and "relation" in c.guesses]
    far = [t for t in linked if found[t.strip()].sentence - _sentence_of(found, found[t.strip()].change_of) > 1]
    assert far == []


def _sentence_of(found: dict, claim_id: str) -> int:
    return next(c.sentence for c in found.values() if c.id == claim_id)


# ---------------------------------------------------------------- differences: `up X on the …` (British usage)
# ([link.from_words] en: `on` before `the` states the figure a change started from)

_UP_ON_EN = "Income tax raised £12.4bn, up {change} on the previous year's £11.1bn."


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(_UP_ON_EN.format(change="£1.3bn"), False, id="en-up-on-holds"),
        pytest.param(_UP_ON_EN.format(change="£3.3bn"), True, id="en-up-on-fires"),
    ],
)
def test_a_change_on_the_previous_figure_is_measured_from_it(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


def test_spending_on_a_figure_is_no_change_from_it(knowledge):
    assert_not_checked(knowledge, "The council spent £2bn on the £5bn project, up £1bn on last year.", "F305")


# ---------------------------------------------------------------- differences: `leaving a deficit of`
# ([link.gap_nouns_before] en: the balance left by the two figures before it)

_LEAVING_EN = (
    "Total spending is forecast at £1.31 trillion next year, against receipts of £1.22 trillion, "
    "leaving a deficit of {gap}."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(_LEAVING_EN.format(gap="£90bn"), False, id="en-leaving-a-deficit-holds"),
        pytest.param(_LEAVING_EN.format(gap="£60bn"), True, id="en-leaving-a-deficit-fires"),
    ],
)
def test_a_deficit_left_by_two_figures_is_their_gap(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


def test_a_deficit_left_after_one_figure_is_no_gap(knowledge):
    text = "Receipts are forecast at £1.22 trillion next year, leaving a deficit of £90bn."
    assert_not_checked(knowledge, text, "F305")


# ---------------------------------------------------------------- dates: a span from the date of an event
# (checker/link/elapsed.py, [link.event_modifier_endings] ko: a verb right after a date that makes it an event's)

_JOINED_KO = "2020년 3월 서울 구단에 입단한 김민수는 {length} 만에 해외 무대를 밟게 됐다."
_SURPASSED_KO = (
    "서울 아파트 평균 매매가격은 7월 12억8천만원으로 올랐다. "
    "종전 최고치였던 {start}의 12억5천만원을 {length} 만에 웃돌았다."
)
_HELD_KO = "2020년 6월 3일 치러진 직전 선거에서 새미래당은 29석을 얻었다. {length} 만에 다수당이 바뀌는 것이다."


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(_JOINED_KO.format(length="4년 5개월"), False, id="ko-joined-holds"),
        pytest.param(_JOINED_KO.format(length="6년 5개월"), True, id="ko-joined-fires"),
        pytest.param(
            _JOINED_KO.replace("2020년", "2060년").format(length="4년 5개월"), True, id="ko-joined-future-start-fires"
        ),
        pytest.param(_SURPASSED_KO.format(start="2021년 10월", length="3년"), False, id="ko-surpassed-record-holds"),
        pytest.param(_SURPASSED_KO.format(start="2021년 10월", length="7년"), True, id="ko-surpassed-record-fires"),
        pytest.param(_HELD_KO.format(length="4년"), False, id="ko-held-sentence-before-holds"),
        pytest.param(_HELD_KO.format(length="8년"), True, id="ko-held-sentence-before-fires"),
    ],
)
def test_a_span_runs_from_the_date_of_the_event_before_it(knowledge, text, fires):
    assert_checked(knowledge, text, "F406", fires)


@pytest.mark.parametrize(
    "text",
    [
        # a date followed by a topic, not an event: which date the span runs from is not said
        "2020년 3월 김민수는 서울 구단과 계약했고 4년 만에 해외 무대를 밟게 됐다.",
        # a record before no date: the date after it is the figure's, not the record's
        "서울 아파트 평균 매매가격은 최고치였던 12억5천만원을 2021년 10월 이후 처음 웃돌았다.",
        # the event's year is not written
        "지난 3월 입단한 김민수는 5개월 만에 데뷔전을 치렀다.",
    ],
)
def test_no_span_is_read_from_a_date_no_event_verb_follows(knowledge, text):
    assert claims(text, knowledge).elapsed == []


_ENDING_EN = (
    "The Unity Party won an outright majority for the first time since {start}, ending {length} of coalition rule."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(_ENDING_EN.format(start="2008", length="16 years"), False, id="en-ending-holds"),
        pytest.param(_ENDING_EN.format(start="2008", length="12 years"), True, id="en-ending-fires"),
    ],
)
def test_a_span_ended_runs_from_the_date_before_it(knowledge, text, fires):
    assert_checked(knowledge, text, "F406", fires)


def test_a_span_after_a_date_is_no_span_ended(knowledge):
    text = "The party won a majority for the first time since 2008, after 16 years of coalition rule."
    assert claims(text, knowledge).elapsed == []
