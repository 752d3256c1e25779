"""Growth rates and dates (twentieth session, second round), each a rule for a construction:
- a change that names its own baseline (`up 4% from 30,000`) is not of a level after it that another change stands
  before (`…, and its revenue rose 9% to $8m from $7m`): that level is the other change's
  (checker/link/relations.py, `_owned_by_a_later_change`);
- a level that a clause with a subject of its own moves to (`sessions up 12% as rink income rises to £4.1m`, a
  headline with no comma) is that subject's, not the change's before the clause (checker/link/relations.py,
  `_OWN_SUBJECT_MOVES_TO`: `[link.subject_clause_opens]`, rise and fall verbs, `[link.to_words]`);
- a figure joined by `, and` after a comparison and its change, followed at once by a change of its own (`$84m,
  compared with $80m in the first quarter, a gain of 5%, and $96m a year earlier, a decline of 12.5%`), is a
  second baseline of the same level; its change is the level's, measured from it (checker/link/second_baselines.py);
- two dates joined by the first event's noun and a start word (`3월 6일 첫 공연 이후 9월 6일까지 6개월간`) are the
  ends of one run, like `부터 … 까지` (`[link.range_joiners]`, checker/link/spans_between_dates.py);
- a length after `over its` / `across their` / `over the` (`drew crowds over its 11 days, from 4 May to 14 May`,
  `…, about 40 a day over the 61 days`) lasts across the range of dates in its sentence, like one after `over`
  (`[link.span_across_before]`);
- a start word after a clause break with a noun of its own before it (`…넘겼는데, 창업 이후 N년 M개월 만이다`) names
  another start, an event dated elsewhere: the date before the break is not the span's start (and the span runs
  to it, not from it); a start word opening its clause (`…, 그로부터 N년 만이다`) still refers back to the date
  (checker/link/elapsed.py, `_start_of_a_later_clause`).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import claims, document, findings
from test_frames import assert_checked

# ------------------------------------------------ a change with its own baseline, then another change and its level

OWN_BASELINE_THEN_CHANGE = [
    "Harlow Orchards sold 52,000 crates of pears in the season, up 4% from 50,000, and its revenue rose {rate} to "
    "$8.4 million from $7.0 million, the grower said.",
    "Pinecrest Ferries carried 208,000 passengers last year, up 4.0% from 200,000, while fare income climbed {rate} "
    "to £3.3m from £3.0m.",
]


@pytest.mark.parametrize(
    "template,rate,fires",
    [
        (OWN_BASELINE_THEN_CHANGE[0], "20%", False),
        (OWN_BASELINE_THEN_CHANGE[0], "35%", True),
        (OWN_BASELINE_THEN_CHANGE[1], "10%", False),
        (OWN_BASELINE_THEN_CHANGE[1], "25%", True),
    ],
    ids=["crates-holds", "crates-broken", "passengers-holds", "passengers-broken"],
)
def test_a_level_after_another_change_is_that_changes(knowledge, template, rate, fires):
    assert_checked(knowledge, template.format(rate=rate), "F301", fires)


def test_the_change_with_its_own_baseline_keeps_the_level_before(knowledge):
    found = {c.text.strip(): c for c in claims(OWN_BASELINE_THEN_CHANGE[0].format(rate="20%"), knowledge).claims}
    assert found["4%"].change_of != found["$8.4 million"].id
    assert found["20%"].change_of == found["$8.4 million"].id


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("Tidewell Foods said sales fell 12% from $50m, a drop of $6m, to $44m in the year.", False),
        ("Tidewell Foods said sales fell 18% from $50m, a drop of $6m, to $44m in the year.", True),
    ],
    ids=["holds", "broken"],
)
def test_a_change_restated_in_the_other_unit_keeps_its_level(knowledge, text, fires):
    # (review) a rate then its amount, between the rate's baseline and its level, is one change stated twice
    assert_checked(knowledge, text, "F301", fires)


# ------------------------------------------------ a start word of a later clause, with a noun of its own

SINCE_AN_EVENT_KO = [
    "다온마켓은 2019년 2월 서비스를 시작했다. 지난 5월 누적 회원 10만명을 넘겼는데, 창업 이후 {span} 만이다.",
    "한결서점은 지난 6월 누적 판매 50만권을 돌파했고, 개점 이후 {span} 만이다.",
]


@pytest.mark.parametrize(
    "text",
    [
        SINCE_AN_EVENT_KO[0].format(span="5년 3개월"),
        SINCE_AN_EVENT_KO[0].format(span="6년 3개월"),
        SINCE_AN_EVENT_KO[1].format(span="4년 2개월"),
    ],
    ids=["named-start-right", "named-start-other", "named-start-unwritten"],
)
def test_a_start_word_with_its_own_noun_after_a_break_is_not_the_dates(knowledge, text):
    result = findings(knowledge, document(text), select=["F406"])
    assert not result.findings, [f.message for f in result.findings]


def test_a_start_word_opening_its_clause_still_refers_back(knowledge):
    text = "다온마켓은 지난 5월 누적 회원 10만명을 넘겼는데, 그로부터 2년 만이다."
    assert_checked(knowledge, text, "F406", True)


# ------------------------------------------------ a level a clause of its own subject moves to (a headline)

OWN_SUBJECT_MOVES_TO = [
    "Brisk Lanes bowling games up {rate} as bar takings rise to £4.1m\n\nBrisk Lanes sold 230,000 games in the year.",
    "Tallow Farms milk output down {rate} while cheese sales climb to $12.6 million\n\nThe dairy said so on Monday.",
]


@pytest.mark.parametrize(
    "template,rate",
    [(OWN_SUBJECT_MOVES_TO[0], "12%"), (OWN_SUBJECT_MOVES_TO[0], "31%"), (OWN_SUBJECT_MOVES_TO[1], "6%")],
    ids=["headline-as", "headline-as-other-rate", "headline-while"],
)
def test_a_level_another_subject_moves_to_is_not_the_changes(knowledge, template, rate):
    found = {c.text.strip(): c for c in claims(template.format(rate=rate), knowledge).claims}
    level = next(c for t, c in found.items() if t.startswith(("£", "$")))
    assert found[rate].change_of != level.id


def test_a_level_the_changes_own_subject_moves_to_is_its(knowledge):
    text = "Brisk Lanes bar takings rose 12% to £4.1m from £3.66m in the year, the company said."
    assert_checked(knowledge, text, "F301", False)
    assert_checked(knowledge, text.replace("12%", "30%"), "F301", True)


# ------------------------------------------------ a second baseline after a comparison and its change

SECOND_BASELINE = [
    "Sales were $84 million, compared with $80 million in the first quarter, a gain of 5%, and $96 million a year "
    "earlier, a decline of {rate}.",
    "Bookings reached 6,300 nights, compared with 6,000 in the spring, an increase of 5%, and 7,000 in the same "
    "season last year, a drop of {rate}, the inn said.",
]


@pytest.mark.parametrize(
    "template,rate,fires",
    [
        (SECOND_BASELINE[0], "12.5%", False),
        (SECOND_BASELINE[0], "4%", True),
        (SECOND_BASELINE[1], "10%", False),
        (SECOND_BASELINE[1], "16%", True),
    ],
    ids=["money-holds", "money-broken", "nights-holds", "nights-broken"],
)
def test_a_second_baseline_is_the_levels(knowledge, template, rate, fires):
    assert_checked(knowledge, template.format(rate=rate), "F301", fires)


def test_a_level_of_its_own_after_and_keeps_its_change(knowledge):
    # the figure after `and` opens no comparison of the first level: a change of its own subject, not a baseline
    text = (
        "Sales were $84 million, up 5% from $80 million, and profit rose 20% to $12 million, the firm said on Monday."
    )
    found = {c.text.strip(): c for c in claims(text, knowledge).claims}
    assert found["20%"].change_of == found["$12 million"].id


# ------------------------------------------------ two dates joined by the first event's noun and a start word

RUN_SINCE_FIRST_EVENT_KO = [
    "야외 공연은 3월 6일 첫 공연 이후 9월 6일까지 {span} 동안 24차례 열렸다.",
    "직거래 장터는 4월 2일 개장 이후 10월 2일까지 {span}간 문을 열었다.",
]


@pytest.mark.parametrize(
    "template,span,fires",
    [
        (RUN_SINCE_FIRST_EVENT_KO[0], "6개월", False),
        (RUN_SINCE_FIRST_EVENT_KO[0], "9개월", True),
        (RUN_SINCE_FIRST_EVENT_KO[1], "6개월", False),
        (RUN_SINCE_FIRST_EVENT_KO[1], "4개월", True),
    ],
    ids=["concerts-holds", "concerts-broken", "market-holds", "market-broken"],
)
def test_two_dates_joined_by_the_first_events_start_word_are_a_run(knowledge, template, span, fires):
    assert_checked(knowledge, template.format(span=span), "F406", fires)


# ------------------------------------------------ a length after `over its`, across a range of dates

OVER_ITS_EN = [
    "The regatta drew 48,000 spectators over its {span}, from 4 May to 14 May, the club said.",
    "The two choirs gave 30 concerts across their {span}, from 2 May to 3 July.",
    "Rangers logged 2,440 callouts between 1 April and 31 May, about 40 a day over the {span}.",
]


@pytest.mark.parametrize(
    "template,span,fires",
    [
        (OVER_ITS_EN[0], "11 days", False),
        (OVER_ITS_EN[0], "15 days", True),
        (OVER_ITS_EN[1], "nine weeks", False),
        (OVER_ITS_EN[1], "five weeks", True),
        (OVER_ITS_EN[2], "61 days", False),
        (OVER_ITS_EN[2], "75 days", True),
    ],
    ids=["days-holds", "days-broken", "weeks-holds", "weeks-broken", "the-days-holds", "the-days-broken"],
)
def test_a_length_over_its_own_days_lasts_across_the_range(knowledge, template, span, fires):
    assert_checked(knowledge, template.format(span=span), "F406", fires)


def test_a_figure_after_and_that_names_no_time_of_its_own_is_no_second_baseline(knowledge):
    # (review) `and $12m went to dividends, up 20%`: a level of its own, not a baseline of the sentence's level
    text = "Revenue was $84m, compared with $80m a year earlier, a rise of 5%, and $12m went to dividends, up 20%."
    found = {c.text.strip(): c for c in claims(text, knowledge).claims}
    assert found["$12m"].role == "value"
    assert found["20%"].compared_to != found["$12m"].id
