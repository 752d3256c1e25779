"""Facts stated twice (issue 11): a headline or lead that rounds the body's figure, counts one apart, and
disagreements that rest on guesses.

Sentences of our own, in both languages. A short figure in the headline or lead (`58억달러`, `$4.2
billion`, `nearly 300,000`) restates a later, distinctive figure of the same metric when the later one
lies inside what the short one's written precision (and hedge) allows; otherwise nothing is paired.
"""

from __future__ import annotations

import pytest
from helpers import claims, document, findings, passed_spans

from checker.check.base import Context
from checker.check.engine import run_checks
from checker.pipeline import analyze_document


def _run(knowledge, text: str):
    return findings(knowledge, document(text), select=["F405"], show_passed=True)


@pytest.mark.parametrize(
    "text,statements",
    [
        pytest.param(
            "수출 한 달 새 58억달러 늘어\n산업부는 지난달 수출이 한 달 전보다 57억6,000만달러 늘었다고 밝혔다.",
            ["57억6,000만달러", "58억달러"],
            id="ko-change-rounded-in-the-headline",
        ),
        pytest.param(
            "박람회 관람객 약 300만명\n조직위원회는 누적 관람객이 296만 4,100명이라고 밝혔다.",
            ["296만 4,100명", "약 300만명"],
            id="ko-hedged-count",
        ),
        pytest.param(
            "수출 12% 가까이 늘어\n지난달 수출은 1년 전보다 11.7% 늘었다.",
            ["11.7%", "12% 가까이"],
            id="ko-nearly-a-rate",
        ),
        pytest.param(
            "Orbis quarterly revenue hits $4.2 billion\nOrbis said its quarterly revenue was $4.18 billion.",
            ["$4.18 billion", "$4.2 billion"],
            id="en-amount-rounded-in-the-headline",
        ),
        pytest.param(
            "Nearly 300,000 new jobs in March\nThe economy added 291,000 new jobs in March, the department said.",
            ["291,000 new", "Nearly 300,000 new"],
            id="en-nearly-a-count",
        ),
        pytest.param(
            "Tollan exports up 12% in May\nTollan's exports rose 11.8% in May from a year earlier.",
            ["11.8%", "12%"],
            id="en-rate-rounded-in-the-headline",
        ),
    ],
)
def test_a_lead_that_rounds_a_later_figure_of_the_same_metric_is_a_restatement(knowledge, text, statements):
    result = _run(knowledge, text)
    assert not result.findings, [f.message for f in result.findings]
    assert passed_spans(text, result, "F405") == [statements]


@pytest.mark.parametrize(
    "text",
    [
        # another metric: a profit is not the revenue rounded
        pytest.param(
            "한빛전자 3분기 매출 3조원\n한빛전자는 3분기 영업이익이 2조 9,412억원으로 집계됐다고 밝혔다.",
            id="ko-another-metric",
        ),
        pytest.param(
            "Tollan exports up 12% in May\nTollan's imports rose 11.8% in May from a year earlier.",
            id="en-another-metric",
        ),
        # a bound is not a rounding
        pytest.param(
            "한빛전자 매출 3조원 넘어\n한빛전자는 3분기 매출이 3조 1,250억원으로 집계됐다고 밝혔다.",
            id="ko-a-bound",
        ),
        # two later figures round to it equally well: which one it restates is unknown
        pytest.param(
            "한빛전자 매출 3조원\n한빛전자의 3분기 매출은 2조 8,000억원이다. 4분기 매출은 3조 2,000억원이다.",
            id="ko-two-equally-near",
        ),
        # outside the written precision: $4.26 billion is not $4.2 billion rounded
        pytest.param(
            "Orbis quarterly revenue hits $4.2 billion\nOrbis said its quarterly revenue was $4.26 billion.",
            id="en-outside-the-precision",
        ),
        # a short figure deep in the body is a figure of its own, not the lead's rounding
        pytest.param(
            "Orbis opened a new plant.\nThe plant is in Ohio.\nIt employs many people.\n"
            "Orbis quarterly revenue was about $4 billion.\nOrbis said its quarterly revenue was $4.18 billion.",
            id="en-short-figure-in-the-body",
        ),
    ],
)
def test_a_short_figure_that_does_not_round_the_later_one_is_left_alone(knowledge, text):
    result = _run(knowledge, text)
    assert not result.findings, [f.message for f in result.findings]
    assert passed_spans(text, result, "F405") == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "So far 4,213 patients have recovered in total.\n"
            "Of the 9,120 infections so far, 4,214 have recovered or left hospital and 310 have died.",
            id="en-tally-over-two-definitions",
        ),
        pytest.param(
            "누적 완치자는 5,327명이다.\n보건당국은 오후 집계에서 누적 완치자가 5,328명이라고 밝혔다.",
            id="ko-tally-at-two-moments",
        ),
    ],
)
def test_two_whole_counts_one_apart_are_a_running_tally_not_a_slip(knowledge, text):
    assert not _run(knowledge, text).findings


@pytest.mark.parametrize(
    "text,slip",
    [
        (
            "So far 4,213 patients have recovered in total.\n"
            "Health officials later said 4,218 patients have recovered in total.",
            "4,218 patients",
        ),
        ("누적 완치자는 5,327명이다.\n보건당국은 누적 완치자가 5,377명이라고 밝혔다.", "5,377명"),
        # an index level is not a tally: one hundredth apart in the last place is still a slip
        (
            "The index closed at 2,417.63 points on Friday.\nIt ended the week at 2,417.64 points, the exchange said.",
            "2,417.64 points",
        ),
    ],
)
def test_a_count_one_digit_apart_by_more_than_one_is_still_a_slip(knowledge, text, slip):
    [finding] = _run(knowledge, text).findings
    assert (text[finding.location.start : finding.location.end], finding.severity) == (slip, "warning")


# --- F405: one amount stated as a level and as a change --------------------------------------------------


@pytest.mark.parametrize(
    "text,restated",
    [
        pytest.param(
            "국회는 추경예산 2조 4,615억원을 처리했다.\n이에 따라 올해 예산은 당초보다 2조 4,615억원 증가했다.",
            True,
            id="ko-five-digits",
        ),
        pytest.param(
            "Lawmakers approved an extra budget of $24,615 million.\nThe year's budget thus grew by $24,615 million.",
            True,
            id="en-five-digits",
        ),
        # four digits as a level and as a change meet by chance too often to be called one figure
        pytest.param(
            "국회는 추경예산 2,461억원을 처리했다.\n이에 따라 올해 예산은 당초보다 2,461억원 증가했다.",
            False,
            id="ko-four-digits",
        ),
    ],
)
def test_an_amount_stated_as_a_level_and_as_a_change_is_one_figure_with_five_digits(knowledge, text, restated):
    result = _run(knowledge, text)
    assert not result.findings
    assert bool(passed_spans(text, result, "F405")) == restated


def test_a_level_and_a_change_one_digit_apart_are_never_a_slip(knowledge):
    text = "국회는 추경예산 2조 4,615억원을 처리했다.\n이에 따라 올해 예산은 당초보다 2조 4,665억원 증가했다."
    result = _run(knowledge, text)
    assert not result.findings and not passed_spans(text, result, "F405")


# --- F405: a change restated with the figure it changes ------------------------------------------------


@pytest.mark.parametrize(
    "text,changes",
    [
        pytest.param(
            "Orbis first-half profit rose 6.3 percent to 41.8 million euros.\n"
            "The group said net income improved by 6.3% to EUR41.8 million.",
            ["6.3 percent", "6.3%"],
            id="en-prose-twice",
        ),
        pytest.param(
            "Orbis earnings per share rose 4 percent to 1.27 euros.\n* Earnings per share: EUR1.27 (+4.0%)",
            ["4 percent", "4.0%"],
            id="en-summary-bullet",
        ),
        pytest.param(
            "이 회사의 상반기 영업이익은 3,412억원으로 1년 전보다 8% 늘었다.\n"
            "공시에 따르면 상반기 영업이익은 전년 대비 8.0% 증가한 3,412억원이었다.",
            ["8%", "8.0%"],
            id="ko-prose-twice",
        ),
        pytest.param(
            "수출은 지난달 412억달러로 1년 전보다 6.3% 늘었다.\n▲수출 412억달러(+6.3%)",
            ["6.3%", "6.3%"],
            id="ko-summary-bullet",
        ),
    ],
)
def test_a_change_restated_with_its_figure_is_a_restatement(knowledge, text, changes):
    result = _run(knowledge, text)
    assert not result.findings, [f.message for f in result.findings]
    assert sorted(changes) in passed_spans(text, result, "F405")


@pytest.mark.parametrize(
    "text",
    [
        # the same figure, another change: two statements, not one
        pytest.param(
            "Orbis first-half profit rose 6.3 percent to 41.8 million euros.\n"
            "The group said net income improved by 6.8% to EUR41.8 million.",
            id="en-another-change",
        ),
        # the same change, of another figure
        pytest.param(
            "Orbis first-half profit rose 6.3 percent to 41.8 million euros.\n"
            "The group said sales improved by 6.3% to EUR52.4 million.",
            id="en-another-figure",
        ),
        pytest.param(
            "수출은 지난달 412억달러로 1년 전보다 6.3% 늘었다.\n▲수입 385억달러(+6.3%)",
            id="ko-another-figure",
        ),
    ],
)
def test_a_change_of_another_figure_or_another_change_is_left_alone(knowledge, text):
    result = _run(knowledge, text)
    changes = [c for c in claims(text, knowledge).claims if c.role == "change"]
    assert len(changes) == 2
    change_texts = {text[c.start : c.end] for c in changes}
    assert not any(set(spans) <= change_texts for spans in passed_spans(text, result, "F405"))


# --- F405: a sentence's figures restated whole (a caption repeating the body) ----------------------------


def _restated_sentence(knowledge, text: str, entities: tuple[str, str]) -> list[list[str]]:
    """F405's passed spans, the first and last sentences' figures filed under two different entities
    (as a linker reading a caption and the body apart may file them)."""
    claimset = analyze_document(document(text), knowledge.lexicon)
    last = max(c.sentence for c in claimset.claims)
    for claim in claimset.claims:
        claim.entities = [entities[0] if claim.sentence == 0 else entities[1]] if claim.sentence in (0, last) else []
        claim.guesses = [g for g in claim.guesses if g != "entities"]
    metric_types = {m.id: m.type for m in knowledge.lexicon.metrics.values()}
    result = run_checks(
        [claimset], knowledge.rules.select({"F405"}), Context(show_passed=True, metric_types=metric_types)
    )
    assert not result.findings
    return passed_spans(text, result, "F405")


_CAPTION_EN = (
    "Orbis games profit rose 64 per cent to $1,318 million from $804 million a year ago. (File photo)\n"
    "Tarvo Group said on Friday its results beat forecasts.\n"
    "Its games profit rose 64 per cent to $1,318 million from $804 million a year ago."
)
_CAPTION_KO = (
    "한빛게임즈 영업이익은 1년 전 804억원에서 1,318억원으로 64% 늘었다. (사진=한빛)\n"
    "모회사 한빛그룹은 실적이 예상을 웃돌았다고 밝혔다.\n"
    "게임 부문 영업이익은 1년 전 804억원에서 1,318억원으로 64% 늘었다."
)


@pytest.mark.parametrize(
    "text,figures",
    [
        pytest.param(_CAPTION_EN, ["64 per cent", "$1,318 million", "$804 million"], id="en"),
        pytest.param(_CAPTION_KO, ["64%", "1,318억원", "804억원"], id="ko"),
    ],
)
def test_a_sentence_restated_whole_restates_each_of_its_figures(knowledge, text, figures):
    spans = _restated_sentence(knowledge, text, ("orbis", "tarvo"))
    assert sorted(spans) == sorted([figure, figure] for figure in figures)


@pytest.mark.parametrize(
    "text",
    [
        # one figure differs: two sentences, not one repeated
        pytest.param(_CAPTION_EN.replace("$804 million a year ago.", "$806 million a year ago.", 1), id="en"),
        pytest.param(_CAPTION_KO.replace("804억원", "806억원", 1), id="ko"),
    ],
)
def test_sentences_whose_figures_differ_are_not_restated_whole(knowledge, text):
    assert _restated_sentence(knowledge, text, ("orbis", "tarvo")) == []


def test_short_figures_repeated_in_order_are_too_common_to_restate_a_sentence(knowledge):
    text = "The team won 3 games and lost 2 in May.\nIn June the team won 3 games and lost 2."
    assert passed_spans(text, _run(knowledge, text), "F405") == []


# --- F402: a disagreement that rests on two guessed keys ----------------------------------------------

_TWO_RATES = (
    "한빛전자의 1분기 매출은 전년 동기 대비 12.4% 늘었다.\n한빛전자의 1분기 매출은 전년 동기 대비 17.8% 늘었다."
)
_TWO_AMOUNTS = (
    "Orbis Corp's revenue in the first quarter was $2.14 billion.\n"
    "Orbis Corp's first-quarter revenue was $2.41 billion, it said."
)


def _agreement(knowledge, text: str, guesses: tuple[list[str], list[str]]):
    """F402 on the text, its two statements' who/what/when guesses set as the linker would have."""
    claimset = analyze_document(document(text), knowledge.lexicon)
    first, second = claimset.claims
    first.guesses, second.guesses = list(guesses[0]), list(guesses[1])
    metric_types = {m.id: m.type for m in knowledge.lexicon.metrics.values()}
    return run_checks([claimset], knowledge.rules.select({"F402"}), Context(metric_types=metric_types)).findings


@pytest.mark.parametrize("text", [_TWO_RATES, _TWO_AMOUNTS], ids=["ko", "en"])
@pytest.mark.parametrize(
    "guesses,severity",
    [
        (([], []), "error"),
        # one guess (a headline's period by default) still names one fact: a warning
        ((["period"], []), "warning"),
        (([], ["entities", "relation"]), "warning"),
    ],
)
def test_a_disagreement_with_at_most_one_guessed_key_is_reported(knowledge, text, guesses, severity):
    [finding] = _agreement(knowledge, text, guesses)
    assert finding.severity == severity


@pytest.mark.parametrize("text", [_TWO_RATES, _TWO_AMOUNTS], ids=["ko", "en"])
@pytest.mark.parametrize(
    "guesses",
    [
        # a segment's rate filed under its company and period by default
        (["entities", "period"], ["entities", "period"]),
        # the who guessed in one statement, the when in the other
        (["period"], ["entities"]),
        (["metric", "entities"], []),
    ],
)
def test_a_disagreement_that_rests_on_two_guessed_keys_is_not_reported(knowledge, text, guesses):
    assert _agreement(knowledge, text, guesses) == []
