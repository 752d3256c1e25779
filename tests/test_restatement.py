"""F405: a figure restated within one article, paired by its digits (checker/check/kinds/restatement.py).

Sentences of our own: a headline, a lead and a body restating one figure; figures that look alike
but are different facts; a headline that rounds the body's figure."""

from __future__ import annotations

import random

import pytest
from helpers import claims, document, findings

from checker.check.kinds.restatement import FactKeys, restatement_pairs


def _run(knowledge, text: str, language: str = "ko"):
    return findings(knowledge, document(text, language=language), select=["F405"], show_passed=True)


def _spans(text: str, items) -> list[list[str]]:
    return [sorted(text[loc.start : loc.end] for loc in [item.location, *item.related]) for item in items]


@pytest.mark.parametrize(
    "text,language,statements",
    [
        # headline, lead and body: one figure three times
        (
            "올해 출생아 26만 4100명…역대 최저\n통계청은 올해 출생아가 26만 4100명이라고 밝혔다.\n"
            "출생아 26만 4100명은 집계 이후 가장 적다.",
            "ko",
            ["26만 4100명"] * 3,
        ),
        # the headline rounds the body's figure at its own precision
        (
            "외환보유액 4,071억弗로 늘어\n\n한국은행은 9월 말 외환보유액이 4,071억3,000만달러로 집계됐다고 밝혔다.",
            "ko",
            ["4,071억3,000만달러", "4,071억弗"],
        ),
        # a currency equivalent restates the headline's figure
        (
            "Arland logs $471 million surplus\nArland recorded a 612.4 billion won ($471 million) surplus in May.",
            "en",
            ["$471 million", "$471 million"],
        ),
        # a percentage the headline leaves bare is the change the body states
        (
            "한빛지수 3.74%↑ 마감\n한빛지수는 전일 대비 34.05p(3.74%) 상승한 944.27로 장을 마쳤다.",
            "ko",
            ["3.74%", "3.74%"],
        ),
        # a short figure, restated after the same words (a party's seats in the lead and in the tally)
        ("지난 총선 결과 한빛당이 23석을 얻었다.\n최종 집계는 한빛당 총 23석(15+8)이다.", "ko", ["23석", "23석"]),
        # one metric counted in two words
        (
            "The death toll rose to 2,311, with 217 fatalities reported since Monday.\nThe death toll since Monday "
            "includes 217 deaths in the capital.",
            "en",
            ["217 deaths", "217 fatalities"],
        ),
        # the same figure in two notations
        (
            "The index closed at 2,417.63 points on Friday.\nBy the close it stood at 2,417.63, the exchange said.",
            "en",
            ["2,417.63", "2,417.63 points"],
        ),
    ],
)
def test_a_restated_figure_that_agrees_is_listed_as_checked(knowledge, text, language, statements):
    result = _run(knowledge, text, language)
    assert not result.findings
    assert _spans(text, [p for p in result.passed if p.rule == "F405"]) == [sorted(statements)]


@pytest.mark.parametrize(
    "text,language,primary,other",
    [
        (
            "지난해 출생아 26만 4100명\n통계청은 지난해 출생아가 26만 4700명이라고 밝혔다.",
            "ko",
            "26만 4700명",
            "26만 4100명",
        ),
        (
            "Exports rose to $311.26 billion.\nThe ministry put exports for the year at $311.28 billion.",
            "en",
            "$311.28 billion",
            "$311.26 billion",
        ),
        # the headline's rounding is compared at its own precision: 4,081 is not 4,071.3 rounded
        (
            "외환보유액 4,081억弗로 늘어\n\n한국은행은 9월 말 외환보유액이 4,071억3,000만달러로 집계됐다고 밝혔다.",
            "ko",
            "4,071억3,000만달러",
            "4,081억弗",
        ),
    ],
)
def test_one_digit_apart_is_a_slip(knowledge, text, language, primary, other):
    result = _run(knowledge, text, language)
    assert len(result.findings) == 1, [f.message for f in result.findings]
    finding = result.findings[0]
    assert (text[finding.location.start : finding.location.end], finding.severity) == (primary, "warning")
    assert [text[r.start : r.end] for r in finding.related] == [other]
    assert "one digit" in finding.message


def test_an_amount_after_the_words_of_its_restatement_is_a_slip_with_three_digits(knowledge):
    text = "한빛전자의 국내 직원은 4,120명이다.\n한빛전자 국내 직원 4,720명은 지난해보다 많다."
    [finding] = _run(knowledge, text).findings
    assert text[finding.location.start : finding.location.end] == "4,720명"
    # a rate is not: different rates after the same words are common
    assert not _run(knowledge, "한빛전자가 12.3% 올랐다.\n한빛전자가 12.7% 올랐다.").findings


def test_the_odd_one_out_is_reported_and_given_the_figure_the_others_agree_on(knowledge):
    text = (
        "국내 출생아 26만 4100명\n통계청은 지난해 출생아가 26만 4100명이라고 밝혔다.\n"
        "출생아 26만 9100명은 집계 이후 가장 적다."
    )
    result = _run(knowledge, text)
    [finding] = result.findings
    assert text[finding.location.start : finding.location.end] == "26만 9100명"
    assert [s.replacement for s in finding.suggestions] == ["26만 4100명"]


@pytest.mark.parametrize(
    "text,language",
    [
        # two different figures one digit apart, of different metrics
        ("이 회사의 상반기 매출은 3,215억원이었다.\n상반기 영업이익은 3,275억원이었다.", "ko"),
        # three significant digits one apart: too common among different figures to call a slip
        ("The jobless rate rose to 12.3% in March.\nIn April it was 12.7%.", "en"),
        # two digits apart: two different figures
        ("The index closed at 2,417.63 points on Friday.\nIt had opened the week at 2,461.05 points.", "en"),
        # one sentence: a comparison, not a restatement
        ("지난해 출생아는 26만 4100명으로 전년의 26만 4700명보다 줄었다.", "ko"),
        # a rise and a fall are not one statement
        ("The index rose 1.512% on Monday.\nOn Tuesday it fell 1.512%.", "en"),
        # a figure of two significant digits is not recognised by its digits alone …
        ("출생아 26만명\n통계청은 출생아가 26만명이라고 밝혔다.", "ko"),
        # … nor after words that name different groups of one metric
        ("남성 취업자는 26만명 늘었다.\n여성 취업자도 26만명 늘었다.", "ko"),
    ],
)
def test_figures_that_only_look_alike_are_left_alone(knowledge, text, language):
    result = _run(knowledge, text, language)
    assert not result.findings, [f.message for f in result.findings]
    assert not [p for p in result.passed if p.rule == "F405"]


def test_a_figure_the_agreement_check_already_pairs_is_left_to_it(knowledge):
    text = "텐센트는 상반기 설비투자가 231억 위안이라고 밝혔다.\n텐센트의 상반기 설비투자는 231억 위안이었다."
    result = findings(knowledge, document(text), select=["F402", "F405"], show_passed=True)
    assert [p.rule for p in result.passed] == ["F402"]


def _one_apart(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _neighbours_swapped(a: str, b: str) -> bool:
    return len(a) == len(b) and any(
        a[:k] + a[k + 1] + a[k] + a[k + 2 :] == b and a[k] != a[k + 1] for k in range(len(a) - 1)
    )


def test_pairs_found_by_hashing_digits_are_the_pairs_a_comparison_of_all_pairs_finds(knowledge):
    draw = random.Random(7)
    values = list(dict.fromkeys(v for v in (draw.randrange(1001, 9999) for _ in range(400)) if v % 10))
    text = "\n".join(f"항목의 값은 {v}명이다." for v in values)
    claimset = claims(text, knowledge)
    assert [c.value for c in claimset.claims] == values
    agree, apart = restatement_pairs(claimset.claims, 3, 4, FactKeys({}))
    found = {tuple(sorted((int(a.value), int(b.value)))) for a, b in apart}
    expected = {
        tuple(sorted((a, b)))
        for i, a in enumerate(values)
        for b in values[i + 1 :]
        if (_one_apart(str(a), str(b)) and abs(a - b) != 1)  # whole counts one apart: a running tally
        or _neighbours_swapped(str(a), str(b))  # two neighbouring digits swapped: the other slip of copying
    }
    assert agree == [] and found == expected and expected


def test_a_figure_repeated_many_times_is_one_cluster_found_in_bounded_work(knowledge):
    # A table-like page that states one figure in every line: every statement joins one restatement,
    # and each is compared with a bounded number of others (not every other: quadratic).
    text = "\n".join(f"{i}번 지점의 매출은 3천245억원이다." for i in range(1, 201))
    claimset = claims(text, knowledge)
    agree, _ = restatement_pairs(claimset.claims, 3, 4, FactKeys({}))
    figures = [c for c in claimset.claims if c.text == "3천245억원"]
    assert len(figures) == 200
    assert len(agree) <= 16 * len(figures)
    passed = [p for p in _run(knowledge, text).passed if p.rule == "F405"]
    assert len(passed) == 1
