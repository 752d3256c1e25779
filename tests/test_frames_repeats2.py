"""Facts stated twice, part 2 (issue 11): a short figure whose links the linker is sure of, and a figure
restated in another article (F407).

Sentences of our own, in both languages.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

from checker.check.kinds.restatement import RestatedKey, restated_entries
from checker.pipeline import analyze_document


def _passed(knowledge, rule: str, *docs) -> list[list[str]]:
    result = findings(knowledge, *docs, select=[rule], show_passed=True)
    return [
        sorted(f"{loc.path}:{docs_text[loc.path][loc.start : loc.end]}" for loc in [p.location, *p.related])
        for p in result.passed
        if p.rule == rule
        for docs_text in [{d.path: d.text for d in docs}]
    ]


# --- a short figure of one entity, metric and period, restated under another label ---------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Alibaba's online market share was 5.4% in May.\n"
            "Alibaba's market share fell from 7.3% in January to 5.4% in May.",
            id="en-share-with-and-without-a-segment",
        ),
        pytest.param(
            "알리바바의 5월 온라인 점유율은 5.4%였다.\n알리바바의 점유율은 1월 7.3%에서 5월 5.4%로 낮아졌다.",
            id="ko-share-with-and-without-a-segment",
        ),
        pytest.param(
            "국내 항공사들은 5월 1320만명을 실어 날랐다.\n"
            "5월 텐센트의 점유율은 4.8%, 알리바바의 점유율은 5.4%로 각각 63만 4000명과 71만 3000명을 태웠다.\n"
            "알리바바의 점유율은 1월 7.3%에서 5월 5.4%로 낮아졌다.",
            id="ko-share-listed-with-its-part",
        ),
    ],
)
def test_a_short_figure_with_the_same_sure_links_is_a_restatement(knowledge, text):
    assert_checked(knowledge, text, "F405", fires=False)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Alibaba's online market share was 5.4% in May.\n"
            "Alibaba's market share fell from 7.3% in January to 5.8% in May.",
            id="en-one-digit-apart-is-a-second-figure-not-a-slip",
        ),
        pytest.param(
            "Alibaba's online market share was 5.4% in May.\n"
            "Alibaba's market share fell from 7.3% in January to 5.4% in April.",
            id="en-another-month",
        ),
        pytest.param(
            "Alibaba's online market share was 5.4% in May.\n"
            "Tencent's market share fell from 7.3% in January to 5.4% in May.",
            id="en-another-company",
        ),
        pytest.param(
            "알리바바의 5월 온라인 점유율은 5.4%였다.\n텐센트의 점유율은 1월 7.3%에서 5월 5.4%로 낮아졌다.",
            id="ko-another-company",
        ),
        pytest.param(
            "알리바바의 5월 온라인 점유율은 5.4%였다.\n알리바바의 점유율은 1월 7.3%에서 5월 5.8%로 낮아졌다.",
            id="ko-one-digit-apart",
        ),
    ],
)
def test_a_short_figure_is_not_paired_without_the_same_digits_and_links(knowledge, text):
    assert_not_checked(knowledge, text, "F405")


# --- a figure restated in another article (F407) -------------------------------------------------------


def _doc(text: str, path: str, published: dt.date):
    return document(text, path=path, published=published)


ACROSS_AGREE = [
    pytest.param(
        "Tesco reported full-year pre-tax profit of £2.31bn.",
        "Tesco reported pretax profit of 2.31 billion pounds for the year to February.",
        "en",
        id="en-symbol-and-currency-word",
    ),
    pytest.param(
        "Toyota expects net profit of ¥1.84 trillion for the year.",
        "Toyota said it expects net profit of 1.84 trillion yen in the year to March.",
        "en",
        id="en-yen-forecasts",
    ),
    pytest.param(
        "텐센트는 설비투자가 231억 2000만 위안이라고 밝혔다.",
        "텐센트의 상반기 설비투자는 231억 2000만 위안이었다.",
        "ko",
        id="ko-period-left-unsaid-in-one",
    ),
]


@pytest.mark.parametrize("text,other,language", ACROSS_AGREE)
def test_a_figure_restated_in_another_article_is_listed_as_checked(knowledge, text, other, language):
    docs = [_doc(other, "a.md", dt.date(2024, 8, 26)), _doc(text, "b.md", dt.date(2024, 8, 27))]
    for doc in docs:
        doc.language = language
    result = findings(knowledge, *docs, select=["F407"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]
    passed = [p for p in result.passed if p.rule == "F407"]
    assert len(passed) == 1, [p.message for p in result.passed]
    assert {passed[0].location.path, *(r.path for r in passed[0].related)} == {"a.md", "b.md"}


ACROSS_SLIP = [
    pytest.param(
        "Tesco reported full-year pre-tax profit of £2,318m.",
        "Tesco reported pretax profit of £2,313m for the year to February.",
        "en",
        "£2,318m",
        id="en-fourth-digit",
    ),
    pytest.param(
        "텐센트는 설비투자가 231억 7000만 위안이라고 밝혔다.",
        "텐센트의 상반기 설비투자는 231억 2000만 위안이었다.",
        "ko",
        "231억 7000만 위안",
        id="ko-fourth-digit",
    ),
]


@pytest.mark.parametrize("text,other,language,span", ACROSS_SLIP)
def test_a_figure_restated_in_another_article_one_digit_apart_is_a_slip(knowledge, text, other, language, span):
    docs = [_doc(other, "a.md", dt.date(2024, 8, 26)), _doc(text, "b.md", dt.date(2024, 8, 27))]
    for doc in docs:
        doc.language = language
    result = findings(knowledge, *docs, select=["F407"])
    assert [(f.rule, f.location.path, text[f.location.start : f.location.end]) for f in result.findings] == [
        ("F407", "b.md", span)
    ]


ACROSS_APART = [
    pytest.param(
        "Tesco reported full-year revenue of £2.31bn.",
        "Tesco reported pretax profit of 2.31 billion pounds for the year.",
        "en",
        id="en-two-metrics",
    ),
    pytest.param(
        "Tesco reported full-year pre-tax profit of £2.31bn.",
        "Sainsbury reported pretax profit of 2.31 billion pounds for the year.",
        "en",
        id="en-two-companies",
    ),
    pytest.param(
        "The chain reported full-year profit of £2.31bn.",
        "The retailer's profit for the year was 2.31 billion pounds.",
        "en",
        id="en-no-entity-anchors-either",
    ),
    pytest.param(
        "Tesco reported full-year pre-tax profit of £2,318m.",
        "Tesco reported revenue of £2,313m for the year to February.",
        "en",
        id="en-one-digit-apart-in-two-metrics",
    ),
    pytest.param(
        "텐센트의 상반기 매출은 231억 2000만 위안이었다.",
        "텐센트의 상반기 설비투자는 231억 2000만 위안이었다.",
        "ko",
        id="ko-two-metrics",
    ),
    pytest.param(
        "텐센트의 2023년 설비투자는 231억 2000만 위안이었다.",
        "텐센트의 2024년 설비투자는 231억 2000만 위안이었다.",
        "ko",
        id="ko-two-years",
    ),
]


@pytest.mark.parametrize("text,other,language", ACROSS_APART)
def test_figures_of_different_facts_are_not_paired_across_articles(knowledge, text, other, language):
    docs = [_doc(other, "a.md", dt.date(2024, 8, 26)), _doc(text, "b.md", dt.date(2024, 8, 27))]
    for doc in docs:
        doc.language = language
    result = findings(knowledge, *docs, select=["F407"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]
    assert not [p for p in result.passed if p.rule == "F407"], [p.message for p in result.passed]


def test_one_articles_statements_are_left_to_f405(knowledge):
    text = "Tesco reported full-year pre-tax profit of £2.31bn.\nTesco's pretax profit was 2.31 billion pounds."
    result = findings(knowledge, document(text), select=["F407"], show_passed=True)
    assert not result.findings and not result.passed


def test_statements_are_filed_by_entity_and_leading_digits(knowledge):
    """The key is bounded (one per entity a statement names), cut (not rounded) at three digits, so a slip
    after them stays in its group; a figure of fewer digits or without an entity is not filed."""
    text = "Tesco's pretax profit was £2,318m, its revenue £63.9bn and its dividend £1.2bn; the chain employs 9,870."
    claimset = analyze_document(document(text), knowledge.lexicon)
    metric_types = {m.id: m.type for m in knowledge.lexicon.metrics.values()}
    keys = {entry.text: key for key, entry in restated_entries(claimset.claims, claimset.document, 3, metric_types)}
    assert keys["£2,318m"] == RestatedKey("tesco", "GBP", False, False, "231", 9)
    assert keys["£63.9bn"] == RestatedKey("tesco", "GBP", False, False, "639", 10)
    assert "£1.2bn" not in keys
