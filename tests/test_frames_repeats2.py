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
    text = "Tesco's pretax profit was £2,318m, its revenue £58.7bn and its dividend £1.2bn; the chain employs 9,870."
    claimset = analyze_document(document(text), knowledge.lexicon)
    metric_types = {m.id: m.type for m in knowledge.lexicon.metrics.values()}
    keys = {entry.text: key for key, entry in restated_entries(claimset.claims, claimset.document, 3, metric_types)}
    assert keys["£2,318m"] == RestatedKey("tesco", "GBP", False, False, "231", 9)
    assert keys["£58.7bn"] == RestatedKey("tesco", "GBP", False, False, "587", 10)
    assert "£1.2bn" not in keys


# --- a table under a scale header (`($ millions)`, `(단위: 백만 달러)`) restating prose figures -------------

TABLE_EN = "Weekly gross\n($ millions) 2023 2024 vs 2023\nWeek 9 $210 $231 +10%\nYear to date $1,204 $1,352 +12%\n"
TABLE_KO = (
    "주요 기업 분기 매출\n(단위: 백만 달러) 2023년 2024년 증감률\n"
    "누리전자 $210 $231 +10%\n한빛전자 $1,204 $1,352 +12%\n"
)


def _values(knowledge, text: str) -> dict[str, float]:
    return {c.text: c.value for c in analyze_document(document(text), knowledge.lexicon).claims}


@pytest.mark.parametrize(
    "text,cells",
    [
        pytest.param(TABLE_EN, {"$231": 231e6, "$1,352": 1352e6, "12%": 12.0}, id="en-dollar-millions"),
        pytest.param(
            "Results (in billions)\nRevenue $12.4 $13.1\nOperating profit $2.2 $2.9\n",
            {"$13.1": 13.1e9, "$2.9": 2.9e9},
            id="en-in-billions",
        ),
        pytest.param(TABLE_KO, {"$231": 231e6, "$1,352": 1352e6, "12%": 12.0}, id="ko-unit-line"),
        pytest.param(
            "지역별 수출\n(단위: 억달러) 2023년 2024년\n중국 $1,248 $1,330\n미국 $1,157 $1,278\n",
            {"$1,330": 1330e8, "$1,278": 1278e8},
            id="ko-hundred-millions",
        ),
    ],
)
def test_a_tables_bare_amounts_take_its_headers_scale(knowledge, text, cells):
    values = _values(knowledge, text)
    for cell, value in cells.items():
        assert values[cell] == pytest.approx(value), (cell, values)


@pytest.mark.parametrize(
    "text,cells",
    [
        pytest.param(
            TABLE_EN + "Tickets cost $12 on average, the association said.\n$15 is the top price",
            {"$12": 12.0, "$15": 15.0},
            id="en-the-table-ends-at-the-first-sentence",
        ),
        pytest.param(
            "Weekly gross ($ millions)\nWeek 9 $1.2 billion $231\n",
            {"$1.2 billion": 1.2e9},
            id="en-a-cell-with-its-own-scale",
        ),
        pytest.param(
            "The fund (worth millions of dollars) paid $12 a share.\nWeek 9 $210 $231\n",
            {"$12": 12.0, "$210": 210.0},
            id="en-a-parenthesis-in-prose-is-no-header",
        ),
        pytest.param(
            "위원회(조사 결과)는 다음과 같다\n누리전자 $210 $231\n",
            {"$210": 210.0},
            id="ko-a-parenthesis-without-a-currency-word",
        ),
    ],
)
def test_figures_outside_a_scaled_table_are_read_as_written(knowledge, text, cells):
    values = _values(knowledge, text)
    for cell, value in cells.items():
        assert values[cell] == pytest.approx(value), (cell, values)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(TABLE_EN + "Films grossed $231 million in week 9, up 10% from a year earlier.", id="en"),
        pytest.param(TABLE_KO + "누리전자의 3분기 매출은 2억3100만 달러로 1년 전보다 10% 늘었다.", id="ko"),
        pytest.param(
            "Results (in billions)\nRevenue $12.4 $13.1\nOperating profit $2.2 $2.9\n"
            "Revenue reached $13.1 billion in the year.",
            id="en-billions",
        ),
    ],
)
def test_a_table_cell_restates_the_figure_prose_gives_in_full(knowledge, text):
    assert_checked(knowledge, text, "F405", fires=False)
    result = findings(knowledge, document(text), select=["F405"], show_passed=True)
    spans = [sorted(text[loc.start : loc.end] for loc in [p.location, *p.related]) for p in result.passed]
    assert any(s[0] == "$231" or s[0] == "$13.1" for s in spans), spans


# --- across articles, a figure whose entity is the article's by a guess -------------------------------------

GUESSED_ENTITY = [
    pytest.param(
        "Toyota reported revenue of ¥2.31 trillion for the half.\n\n"
        "Seat capacity fell 58.4 percent to 24.81 billion ASK.",
        "Toyota's airline arm grew this year.\n\n"
        "Its capacity rose 13.2 percent to 28.08 billion ASK from 24.81 billion ASK.",
        True,
        id="en-a-count-of-a-named-thing-with-four-digits",
    ),
    pytest.param(
        "Toyota reported revenue of ¥2.31 trillion for the half.\n\n"
        "Seat capacity fell 58.4 percent to 24.8 billion ASK.",
        "Toyota's airline arm grew this year.\n\n"
        "Its capacity rose 13.2 percent to 28.08 billion ASK from 24.8 billion ASK.",
        False,
        id="en-three-digits-meet-by-chance",
    ),
    pytest.param(
        "도요타는 상반기 매출이 2조 3100억엔이라고 밝혔다.\n\n좌석 공급은 58.4% 줄어든 2481만 석이었다.",
        "도요타의 항공 부문이 올해 커졌다.\n\n좌석 공급은 2481만 석에서 2808만 석으로 13.2% 늘었다.",
        True,
        id="ko-a-count-of-a-named-thing-with-four-digits",
    ),
    pytest.param(
        "도요타는 상반기 매출이 2조 3100억엔이라고 밝혔다.\n\n좌석 공급은 58.4% 줄어든 248만 석이었다.",
        "도요타의 항공 부문이 올해 커졌다.\n\n좌석 공급은 248만 석에서 281만 석으로 13.2% 늘었다.",
        False,
        id="ko-three-digits-meet-by-chance",
    ),
]


@pytest.mark.parametrize("other,text,paired", GUESSED_ENTITY)
def test_a_guessed_entity_pairs_a_distinctive_count_of_a_named_thing(knowledge, other, text, paired):
    docs = [_doc(other, "a.md", dt.date(2024, 8, 26)), _doc(text, "b.md", dt.date(2024, 8, 27))]
    result = findings(knowledge, *docs, select=["F407"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]
    assert bool([p for p in result.passed if p.rule == "F407"]) == paired, [p.message for p in result.passed]


def test_a_figure_with_no_entity_is_filed_under_the_entity_the_article_names_most(knowledge):
    text = (
        "Tesco's revenue was £58.7bn. Tesco's profit was £2.31bn. Tesco and Sainsbury's stores grew.\n\n"
        "Sales hit £4.56bn."
    )
    claimset = analyze_document(document(text), knowledge.lexicon)
    metric_types = {m.id: m.type for m in knowledge.lexicon.metrics.values()}
    unlinked = next(c for c in claimset.claims if c.text == "£4.56bn")
    unlinked.entities = []
    filed = [(key, entry) for key, entry in restated_entries(claimset.claims, claimset.document, 3, metric_types)]
    keys = [key for key, entry in filed if entry.text == "£4.56bn"]
    assert [key.entity for key in keys] == ["tesco"]
    assert "entities" in next(entry for _, entry in filed if entry.text == "£4.56bn").guesses


# --- a tally that lists a figure after its entity's name (`APP 150, NRP 21`) -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The APP took the lead with 150 of the 400 seats.\nThe alliance stands as follows: APP 150, NRP 21, UDF 9.",
            id="en-party-tally",
        ),
        pytest.param(
            "Tesco had a busy year, opening 85 new stores.\nNew stores by chain: Tesco 85, Sainsbury 41, Asda 37.",
            id="en-store-tally",
        ),
        pytest.param(
            "삼성전자는 올해 신규 매장 85곳을 열었다.\n업체별 신규 매장은 삼성전자 85곳, LG전자 41곳이다.",
            id="ko-store-tally",
        ),
    ],
)
def test_a_figure_after_its_entitys_name_restates_the_entitys_figure(knowledge, text):
    assert_checked(knowledge, text, "F405", fires=False)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Tesco had a busy year, opening 85 new stores.\nNew stores by chain: Sainsbury 85, Tesco 41, Asda 37.",
            id="en-another-chains-figure",
        ),
        pytest.param(
            "삼성전자는 올해 신규 매장 85곳을 열었다.\n업체별 신규 매장은 LG전자 85곳, 삼성전자 41곳이다.",
            id="ko-another-companys-figure",
        ),
        pytest.param(
            "Tesco had a busy year, opening 85 new stores.\nNew stores by chain: Tesco 88, Sainsbury 41, Asda 37.",
            id="en-one-digit-apart-is-left-alone",
        ),
    ],
)
def test_a_figure_after_another_name_is_not_paired(knowledge, text):
    assert_not_checked(knowledge, text, "F405")


def test_a_name_among_the_head_words_gives_its_entitys_id(knowledge):
    text = "업체별 신규 매장은 삼성전자 85곳, LG전자 41곳이다."
    heads = {c.text: c.head for c in analyze_document(document(text), knowledge.lexicon).claims}
    assert "samsung_electronics" in heads["85곳"] and "lg_electronics" in heads["41곳"]
    assert "samsung_electronics" not in heads["41곳"]


ACROSS_NOT_A_SLIP = [
    pytest.param(
        "Tencent and Alibaba reported combined capital expenditure of 23.17bn yuan for the period.",
        "en",
        id="en-a-total-of-two-companies",
    ),
    pytest.param(
        "Tencent reported capital expenditure of about 23.17bn yuan for the period.", "en", id="en-a-hedged-figure"
    ),
    pytest.param(
        "Tencent reported capital expenditure of $3.2bn (23.17bn yuan) for the period.",
        "en",
        id="en-a-currency-equivalent",
    ),
    pytest.param(
        "텐센트와 알리바바의 설비투자 합계는 231억 7000만 위안이었다.", "ko", id="ko-a-total-of-two-companies"
    ),
    pytest.param("텐센트는 설비투자가 약 231억 7000만 위안이라고 밝혔다.", "ko", id="ko-a-hedged-figure"),
]


@pytest.mark.parametrize("text,language", ACROSS_NOT_A_SLIP)
def test_a_digit_apart_across_articles_is_a_slip_only_of_one_sure_figure(knowledge, text, language):
    other = (
        "Tencent's first-half capital expenditure was $3.2bn (23.12bn yuan)."
        if "$" in text
        else "Tencent's first-half capital expenditure was 23.12bn yuan."
        if language == "en"
        else "텐센트의 상반기 설비투자는 231억 2000만 위안이었다."
    )
    docs = [_doc(other, "a.md", dt.date(2024, 8, 26)), _doc(text, "b.md", dt.date(2024, 8, 27))]
    result = findings(knowledge, *docs, select=["F407"])
    assert not result.findings, [f.message for f in result.findings]
