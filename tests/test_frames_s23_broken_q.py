"""Set Q's broken relations and its sums and ratios (twenty-third session), each a rule for a construction:
- a length set after a date in apposition and `later` (`By 9 June 2025, 15 months later, …`, `around Sept. 6,
  five weeks later`) whose sentence writes no date before it runs from the last date of a day or a month an earlier
  sentence gives (a year alone between is no event), at most ten sentences back; days and weeks only between two
  days (checker/link/later_spans_after_sentences.py). A date written after the span is its end (elapsed.py), and a
  start not before the end reads nothing; `N weeks later than planned` is a delay, no time between two dates, in one
  sentence or across two (checker/link/spans_between_dates.py, `[link.than_words]`);
- a season's figure after a rate's `% on` (`up 12% on last season's 8,400 bales`) is the prior the rate is measured
  from, as after `from` (`[link.prior_possessive]`); `less than the previous season's` stays a gap's baseline;
- a Korean figure per person ending its sentence on `꼴이다` (`1인당 평균 150만원꼴이다`) restates the sentence
  before, as `… 셈이다` does: the one amount of its unit there over the one count of people there
  (checker/link/per_unit_apart.py, `[link.per_unit_restating_endings]`);
- an amount after a comma and `an extra` / `an additional` in a sentence that has stated a rise before it (`up 20% on
  last season's 8,400 bales, an extra 1,680`, `rose 13% to 3,140 tonnes from 2,780 tonnes, an additional 360 tonnes`)
  is that rise's size (checker/link/roles.py, `[link.extra_amount_before]`); with no rise before, or `a further`, it
  is not;
- a figure a part-of verb sets as some of a whole (`Knees made up 2,240 of the operations`), then past a clause break
  or the part's share the next figure of its unit named the rest (`; the remaining 1,890 were hips`, `…, more than
  half, with the remaining 1,890`), closes a list of two: the parts of the whole before (checker/link/breakdowns.py);
  a rest of another counter is not the other part;
- a Korean total whose sentence ends on its copula with a parenthesis of parts closing the sentence (`화물차는
  2,410대다(영업용 1,130대, 자가용 1,280대).`) is broken down in it, as one right after the figure is
  (checker/link/totals.py); figures of other periods there (`(지난해 2,900명, 2024년 2,600명)`) are none;
- a count of units restated as one for every so many of a noun (`24 tutors, one for every 1,500 pupils`, `160
  vacancies for qualified staff, about one for every 78 places`) is the one count the article states of that noun over
  the units (checker/link/one_for_every.py, `[link.one_for_every_before]`); a noun qualified after it (`1,500 pupils
  in its poorest schools`), a mark with no count of units before it, and `one in every` (a share) are not read;
- a Korean sentence opening on the make-up of a figure (`관객 구성을 보면 유료 관객이 A, 초대 관객이 B`, `사업비 내역을
  보면 …`) opens a breakdown of the figure before, as `…별로는` does (`[link.breakdown_marks]`): its list is of that
  figure's parts (open: parts that fall short pass).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `DATE, N months later` from an earlier sentence

_SCHEME = (
    "The Harrowfield tree-planting scheme was launched on 4 March 2024 with £2.1 million of council money.\n\n"
    "By the end of the first season on 9 June 2025, {length} later, volunteers had planted 41,000 saplings."
)


@pytest.mark.parametrize("length,fires", [("15 months", False), ("19 months", True)])
def test_months_later_after_a_date_run_from_the_date_of_an_earlier_sentence(knowledge, length, fires):
    assert_checked(knowledge, _SCHEME.format(length=length), "F406", fires)


_PICKING = (
    "Picking at the Brantley orchards started on Aug. 3, the growers' board said.\n\n"
    "Pears are smaller this year, at about 140 grams each.\n\n"
    "Packing for export should start around Sept. 7, {length} later, once the fruit has cured."
)


@pytest.mark.parametrize("length,fires", [("five weeks", False), ("eight weeks", True)])
def test_weeks_later_run_from_the_last_day_written_sentences_before(knowledge, length, fires):
    assert_checked(knowledge, _PICKING.format(length=length), "F406", fires)


_FERRY = (
    "The old Kelso ferry made its last crossing on 2 May 2026.\n\n"
    "Its replacement, which cost the 2025 budget £8 million, entered service on 30 May 2026, {length} later."
)


@pytest.mark.parametrize("length,fires", [("28 days", False), ("40 days", True)])
def test_days_later_past_a_year_alone_between(knowledge, length, fires):
    # (`the 2025 budget` names a period, no event: the start is the day before it)
    assert_checked(knowledge, _FERRY.format(length=length), "F406", fires)


def test_a_span_not_set_after_a_date_takes_no_start_from_an_earlier_sentence(knowledge):
    # `… reopened six weeks later, on 20 May`: the span follows no date; the earlier sentence's is not its start
    text = (
        "The Dunmore library closed for repairs on 1 February 2026.\n\n"
        "The council approved the budget on 8 April 2026 and the doors reopened six weeks later, on 20 May 2026."
    )
    assert_not_checked(knowledge, text, "F406")


def test_a_start_after_the_date_is_some_other_date(knowledge):
    # the date the earlier sentence gives is after the one the span follows: not its start, nothing is read
    text = (
        "The Arden bridge will reopen on 14 September 2026, the county said.\n\n"
        "Work began on 3 March 2026, five months later than planned."
    )
    assert_not_checked(knowledge, text, "F406")


def test_weeks_between_two_months_are_not_counted(knowledge):
    text = "The Corley depot opened in March 2025.\n\nIts second line followed in May 2025, nine weeks later."
    assert_not_checked(knowledge, text, "F406")


@pytest.mark.parametrize(
    "text",
    [
        "The firm was founded on 1 May 2010.\n\nIts factory opened on 1 March 2024, three months later than planned.",
        "Work began on 2 July 2026 and ended on 28 August 2026, three weeks later than planned.",
    ],
)
def test_a_length_later_than_a_plan_is_a_delay_not_a_span(knowledge, text):
    assert_not_checked(knowledge, text, "F406")


# ---------------------------------------------------------------- `up 12% on last season's 8,400 bales`

_GIN = (
    "The Marrin Valley gin processed 10,080 bales this season.\n\n"
    "That is up {rate} on last season's 8,400 bales, after a wetter spring."
)


@pytest.mark.parametrize("rate,fires", [("20%", False), ("16.7%", True)])
def test_a_season_s_figure_after_a_rate_s_on_is_its_prior(knowledge, rate, fires):
    assert_checked(knowledge, _GIN.format(rate=rate), "F301", fires)


_CROWDS = "Attendance at the Fenwick Rovers ground fell {rate} on last season's 24,000 to 21,600 this season."


@pytest.mark.parametrize("rate,fires", [("10%", False), ("15%", True)])
def test_a_fall_on_last_season_s_figure(knowledge, rate, fires):
    assert_checked(knowledge, _CROWDS.format(rate=rate), "F301", fires)


def test_a_season_s_figure_after_less_than_is_no_prior_of_a_rate(knowledge):
    # `£3m less than the previous season's £41m`: a gap's baseline, no growth rate's prior
    text = "The club's wage bill was £38m, £3m less than the previous season's £41m, and 9% of revenue."
    assert_not_checked(knowledge, text, "F301")


# ---------------------------------------------------------------- `1인당 평균 150만원꼴이다`

_SCHOLARSHIP = "재단은 올해 학생 800명에게 장학금 12억원을 지급했다. 1인당 평균 {each}꼴이다."


@pytest.mark.parametrize("each,fires", [("150만원", False), ("190만원", True)])
def test_a_figure_per_person_ending_on_ggol_restates_the_sentence_before(knowledge, each, fires):
    assert_checked(knowledge, _SCHOLARSHIP.format(each=each), "F317", fires)


_FESTIVAL = "축제에는 관광객 4만명이 찾아 모두 32억원을 썼다. 1인당 {each}꼴이었다."


@pytest.mark.parametrize("each,fires", [("8만원", False), ("11만원", True)])
def test_a_figure_per_person_ending_on_ggol_in_the_past(knowledge, each, fires):
    assert_checked(knowledge, _FESTIVAL.format(each=each), "F317", fires)


def test_a_figure_per_person_after_two_counts_of_people_is_not_read(knowledge):
    # visitors and traders: which people the amount is spread over is not said
    text = "축제에는 관광객 4만명과 상인 300명이 참여해 모두 32억원을 썼다. 1인당 8만원꼴이었다."
    assert_not_checked(knowledge, text, "F317")


def test_a_figure_per_person_of_a_sentence_with_two_amounts_is_not_read(knowledge):
    # two amounts of the unit before: which one the figure divides is not said
    text = "재단은 학생 800명에게 장학금 12억원과 생활비 4억원을 지급했다. 1인당 평균 150만원꼴이다."
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- `관객 구성을 보면 유료 관객이 A, 초대 관객이 B`

_AUDIENCE = "공연장은 올해 관객 5만2,300명을 모았다. 관객 구성을 보면 유료 관객이 3만1,200명, 초대 관객이 {rest}이었다."


@pytest.mark.parametrize("rest,fires", [("2만1,100명", False), ("2만8,100명", True)])
def test_the_make_up_of_a_figure_opens_the_breakdown_of_the_figure_before(knowledge, rest, fires):
    assert_checked(knowledge, _AUDIENCE.format(rest=rest), "F302", fires)


_MEMBERS = "협회 회원은 올해 1만8,400명으로 늘었다. 회원 구성을 살펴보면 개인 회원이 {state}, 법인 회원이 2,400명이다."


@pytest.mark.parametrize("state,fires", [("1만6,000명", False), ("1만9,000명", True)])
def test_a_make_up_looked_over_opens_the_breakdown(knowledge, state, fires):
    assert_checked(knowledge, _MEMBERS.format(state=state), "F302", fires)


def test_a_make_up_of_some_groups_only_falls_short_and_passes(knowledge):
    # the two largest age groups: an open list, some of the whole
    text = "공연장은 올해 관객 5만2,300명을 모았다. 관객 구성을 보면 20대가 1만2,000명, 30대가 9,100명으로 가장 많았다."
    assert_checked(knowledge, text, "F302", False)


# ---------------------------------------------------------------- `…, an extra 1,680` after a rise

_EXTRA = (
    "The Marrin Valley gin processed 10,080 bales this season, up 20% on last season's 8,400 bales, an extra {size}."
)


@pytest.mark.parametrize("size,fires", [("1,680", False), ("1,980", True)])
def test_an_extra_amount_after_a_rise_is_its_size(knowledge, size, fires):
    assert_checked(knowledge, _EXTRA.format(size=size), "F305", fires)


_ADDITIONAL = "Output at the Tolland mill rose 13% to 3,140 tonnes from 2,780 tonnes, an additional {size} tonnes."


@pytest.mark.parametrize("size,fires", [("360", False), ("460", True)])
def test_an_additional_amount_after_a_rise_is_its_size(knowledge, size, fires):
    assert_checked(knowledge, _ADDITIONAL.format(size=size), "F305", fires)


def test_an_extra_amount_of_another_clause_is_no_size_of_the_rise(knowledge):
    # the extra staff are some of those hired, no size of the sales' rise
    text = (
        "Sales at Penrose Foods rose 8% to £40m from £37m, and the firm hired 120 staff, an extra 30 of them in Leeds."
    )
    assert_not_checked(knowledge, text, "F305")


def test_an_extra_amount_with_no_rise_before_is_not_read(knowledge):
    text = (
        "The Marrin Valley gin processed 10,080 bales this season and 8,400 last season, an extra 900 from new growers."
    )
    assert_not_checked(knowledge, text, "F305")


# ---------------------------------------------------------------- `made up A of the NOUN, or 54%; the remaining B …`

_KNEES = (
    "The Corran clinic performed 4,130 hip and knee operations this year.\n\n"
    "Knees made up 2,240 of the operations, or 54%; the remaining {rest} were hips."
)


@pytest.mark.parametrize("rest,fires", [("1,890", False), ("1,990", True)])
def test_the_remaining_figure_past_a_share_and_a_semicolon_is_the_other_part(knowledge, rest, fires):
    assert_checked(knowledge, _KNEES.format(rest=rest), "F302", fires)


_SEASON = (
    "The Lowther curling rink drew 58,420 spectators over the season.\n\n"
    "Pass holders accounted for 31,200 of the spectators, more than half, with the remaining {rest} buying at the door."
)


@pytest.mark.parametrize("rest,fires", [("27,220", False), ("29,220", True)])
def test_the_remaining_figure_past_a_fraction_is_the_other_part(knowledge, rest, fires):
    assert_checked(knowledge, _SEASON.format(rest=rest), "F302", fires)


_SCANS = (
    "Corrib Health performed 31,460 scans in the year.\n\n"
    "Outpatients made up 24,500 of the scans; the other {rest} were for inpatients."
)


@pytest.mark.parametrize("rest,fires", [("6,960", False), ("7,960", True)])
def test_the_other_figure_after_a_semicolon_is_the_other_part(knowledge, rest, fires):
    assert_checked(knowledge, _SCANS.format(rest=rest), "F302", fires)


def test_a_rest_of_another_counter_is_not_the_other_part(knowledge):
    text = (
        "The Corran clinic performed 4,130 operations this year.\n\n"
        "Knees made up 2,240 of the operations; the remaining 1,990 staff hours went on training."
    )
    assert_not_checked(knowledge, text, "F302")


# ---------------------------------------------------------------- `2,410대다(영업용 1,130대, 자가용 1,280대).`

_TRUCKS = "현재 군에 등록된 화물차는 2,410대다(영업용 1,130대, 자가용 {own})."


@pytest.mark.parametrize("own,fires", [("1,280대", False), ("1,380대", True)])
def test_a_parenthesis_after_the_copula_breaks_the_total_down(knowledge, own, fires):
    assert_checked(knowledge, _TRUCKS.format(own=own), "F302", fires)


_CLUBS = "지난해 구에 등록된 생활체육 동호회는 430곳이었다(배드민턴 260곳, 탁구 {other})."


@pytest.mark.parametrize("other,fires", [("170곳", False), ("210곳", True)])
def test_a_parenthesis_after_a_past_copula_breaks_the_total_down(knowledge, other, fires):
    assert_checked(knowledge, _CLUBS.format(other=other), "F302", fires)


def test_figures_of_other_years_after_the_copula_are_no_parts(knowledge):
    text = "조합원은 3,200명이었다(2024년 2,900명, 2023년 2,600명)."
    assert_not_checked(knowledge, text, "F302")


def test_a_parenthesis_that_does_not_close_the_sentence_is_not_read_after_the_copula(knowledge):
    text = "현재 군에 등록된 화물차는 2,410대다(영업용 1,130대, 자가용 1,380대) 그 가운데 절반이 낡았다."
    assert_not_checked(knowledge, text, "F302")


# ---------------------------------------------------------------- `24 tutors, one for every 1,500 pupils`

_TUTORS = (
    "The Tarn district has 36,000 pupils in 40 schools.\n\n"
    "The grant pays for 24 reading tutors, one for every {n} pupils."
)


@pytest.mark.parametrize("n,fires", [("1,500", False), ("1,900", True)])
def test_one_for_every_restates_the_count_of_the_noun_over_the_units(knowledge, n, fires):
    assert_checked(knowledge, _TUTORS.format(n=n), "F317", fires)


_VACANCIES = (
    "The Hollybank nursery group now has 12,480 licensed places.\n\n"
    "The company had 160 vacancies for qualified staff, about one for every {n} places."
)


@pytest.mark.parametrize("n,fires", [("78", False), ("98", True)])
def test_one_for_every_after_the_units_noun_and_a_hedge(knowledge, n, fires):
    assert_checked(knowledge, _VACANCIES.format(n=n), "F317", fires)


_WARDENS = (
    "Kestrel Moor park counted 820,000 visits this year.\n\nIt employs 41 wardens, roughly one for every {n} visits."
)


@pytest.mark.parametrize("n,fires", [("20,000", False), ("26,000", True)])
def test_one_for_every_of_visits_stated_in_the_lead(knowledge, n, fires):
    assert_checked(knowledge, _WARDENS.format(n=n), "F317", fires)


def test_one_for_every_of_a_qualified_noun_is_not_read(knowledge):
    text = (
        "The Tarn district has 36,000 pupils in 40 schools.\n\n"
        "The grant pays for 24 reading tutors, one for every 1,900 pupils in its poorest schools."
    )
    assert_not_checked(knowledge, text, "F317")


def test_one_for_every_with_no_count_of_units_before_it_is_not_read(knowledge):
    text = (
        "The Tarn district has 36,000 pupils in 40 schools.\n\n"
        "There is one nurse for every 1,900 pupils, and 24 tutors."
    )
    assert_not_checked(knowledge, text, "F317")


def test_one_in_every_is_a_share_not_a_count_per_unit(knowledge):
    text = (
        "The Tarn district has 36,000 pupils in 40 schools.\n\n"
        "It hired 24 tutors, one in every 1,500 pupils is tutored."
    )
    assert_not_checked(knowledge, text, "F317")
