"""What an editor reads in a report in the chosen language: dates as words, names as written, the HTML's
labels and evidence in that language, amounts in the article's own notation (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt
import html
import re

import pytest

from checker.check import formatting as fmt
from checker.cli import main

GROWTH = "한빛전자의 올해 상반기 영업이익은 9조 2000억원으로 전년 동기 8조원보다 25% 증가했다."
CONVERSION = "누리상사는 현지 공장에 5억 달러(약 5000억원)를 투자했다."
NAMES = "연구원 마이클 로젠은 수요를 낙관했다. 로즌(Rosen)은 공급이 빠듯하다고 덧붙였다."
FACTS = """[[fact]]
entity = "samsung_electronics"
metric = "operating_profit"
period = "2024-H1"
value = "11조"
unit = "KRW"
source = "반기 보고서"
"""
FACT_ARTICLE = "삼성전자의 올해 상반기 영업이익은 10조 4000억원을 기록했다."


@pytest.mark.parametrize(
    ("first", "last", "ko", "en"),
    [
        ("2024-08-22", "2024-08-27", "2024년 8월 22~27일", "22–27 August 2024"),
        ("2024-08-29", "2024-09-02", "2024년 8월 29일~9월 2일", "29 August – 2 September 2024"),
        ("2024-12-30", "2025-01-02", "2024년 12월 30일~2025년 1월 2일", "30 December 2024 – 2 January 2025"),
        ("2024-08-27", "2024-08-27", "2024년 8월 27일", "27 August 2024"),
        ("2024-08-27", "2024-08-22", "2024년 8월 22~27일", "22–27 August 2024"),  # either order
    ],
)
def test_a_date_range_is_written_as_words(first, last, ko, en):
    first, last = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    assert fmt.date_range(first, last, "ko") == ko
    assert fmt.date_range(first, last, "en") == en


def _article(tmp_path, text: str, name: str = "a.md"):
    path = tmp_path / name
    path.write_text(f"---\npublished: 2024-08-27\n---\n{text}\n", encoding="utf-8")
    return path


def _text(tmp_path, *args) -> str:
    out = tmp_path / "out.txt"
    main(["check", *map(str, args), "-o", str(out), "--color", "never"])
    return out.read_text(encoding="utf-8")


def test_a_conversion_that_holds_names_its_reference_dates_in_words(tmp_path):
    held = _article(tmp_path, "누리상사는 현지 공장에 5억 달러(약 6660억원)를 투자했다.")
    ko = _text(tmp_path, held, "--show-passed", "--lang", "ko", "--select", "F202")
    en = _text(tmp_path, held, "--show-passed", "--select", "F202")
    assert "(2024년 8월 22~27일)" in ko and "(22–27 August 2024)" in en
    assert not re.search(r"\d{4}-\d\d-\d\d", ko + en)


def test_a_korean_fact_label_sets_its_period_against_the_word(tmp_path):
    facts = tmp_path / "facts.toml"
    facts.write_text(FACTS, encoding="utf-8")
    shown = _text(tmp_path, _article(tmp_path, FACT_ARTICLE), "--facts", facts, "--lang", "ko", "--select", "F404")
    assert "삼성전자 영업이익(2024년 상반기)은" in shown
    assert " (2024년" not in shown
    shown = _text(tmp_path, _article(tmp_path, FACT_ARTICLE), "--facts", facts, "--select", "F404")
    assert "Samsung Electronics operating profit H1 2024 is" in shown


def test_a_name_spelled_two_ways_is_named_as_written(tmp_path):
    path = _article(tmp_path, NAMES)
    en = _text(tmp_path, path, "--select", "F901")
    assert "warning[F901] `로즌` here, `로젠` earlier: one name spelled two ways" in en
    assert "rosen" not in en.lower().replace("(rosen)", "")  # the lowercased key is not shown
    page = tmp_path / "out.html"
    main(["check", str(path), "--format", "html", "-o", str(page), "--select", "F901"])
    evidence = re.search(r'<dl class="evidence">(.*?)</dl>', page.read_text(encoding="utf-8"), re.S).group(1)
    assert "rosen" not in evidence and "로젠, 로즌" in evidence


def _html(tmp_path, path, lang: str) -> str:
    page = tmp_path / f"out-{lang}.html"
    main(["check", str(path), "--format", "html", "-o", str(page), "--lang", lang])
    return page.read_text(encoding="utf-8")


def _evidence(page: str) -> list[dict[str, str]]:
    return [
        dict(
            zip(*(map(html.unescape, re.findall(rf"<{tag}>(.*?)</{tag}>", block)) for tag in ("dt", "dd")), strict=True)
        )
        for block in re.findall(r'<dl class="evidence">(.*?)</dl>', page, re.S)
    ]


def _titles(page: str) -> list[str]:
    return [html.unescape(t) for t in re.findall(r'class="claim[^"]*" title="([^"]*)"', page)]


def test_a_korean_html_report_labels_claims_and_evidence_in_korean(tmp_path):
    page = _html(tmp_path, _article(tmp_path, f"{GROWTH} {CONVERSION}"), "ko")
    titles = _titles(page)
    assert titles and all(
        re.search(r"^값: .*^구간: .*^주체: .*^지표: .*^기간: .*^역할: ", t, re.S | re.M) for t in titles
    )
    assert not any(re.search(r"^(value|interval|entities|metric|period|role):", t, re.M) for t in titles)
    rows = _evidence(page)
    growth = next(r for r in rows if "기대 값" in r)
    # The article's own figures as it wrote them; a computed amount in its notation and unit.
    assert growth["값"] == "9조 2000억원" and growth["비교 대상 값"] == "8조원" and growth["변화율"] == "25%"
    assert growth["방향"] == "증가" and growth["기대 값"].endswith("원") and "조" in growth["기대 값"]
    conversion = next(r for r in rows if "통화쌍" in r)
    assert conversion["기준 날짜"] == "2024년 8월 22~27일" and conversion["기준일"] == "2024년 8월 27일"
    assert conversion["기준환율로 환산"].startswith("6") and conversion["기준환율로 환산"].endswith("억원")
    assert conversion["암시 값"].startswith("1달러당 ")
    keys = " ".join(k for r in rows for k in r)
    assert not re.search(r"[A-Za-z]", keys), keys  # no English key in a Korean report
    assert not re.search(r"\d{1,3}(,\d{3}){3,}", " ".join(v for r in rows for v in r.values()))  # no base units


def test_an_english_html_report_keeps_the_articles_notation_in_its_evidence(tmp_path):
    page = _html(tmp_path, _article(tmp_path, GROWTH), "en")
    growth = next(r for r in _evidence(page) if "expected" in r)
    assert growth["value"] == "9조 2000억원" and growth["prior"] == "8조원" and growth["direction"] == "up"
    assert all(re.search(r"^value: .*^interval: ", t, re.S | re.M) for t in _titles(page))
    assert ">27 August 2024<" in page  # the article table's publication date in words


def test_a_korean_html_report_names_severities_in_korean_and_filters_by_code(tmp_path):
    page = _html(tmp_path, _article(tmp_path, GROWTH), "ko")
    assert '<span class="badge sev-error">오류</span>' in page
    assert '<option value="error">오류</option>' in page and '<option value="warning">경고</option>' in page
    assert '<span class="badge sev-error">error</span>' not in page


def test_the_claims_table_speaks_the_chosen_language(tmp_path):
    path = _article(tmp_path, GROWTH)
    out = tmp_path / "claims.txt"
    assert main(["claims", str(path), "--lang", "ko", "-o", str(out)]) == 0
    table = " ".join(out.read_text(encoding="utf-8").split())  # the long title wraps at 80 columns
    assert "수치 3개, 발행 2024년 8월 27일" in table and "주체 · 지표 · 기간" in table
    assert "2024년 상반기" in table and "기사 1건, 수치 3개." in table
    assert main(["claims", str(path), "-o", str(out)]) == 0
    table = " ".join(out.read_text(encoding="utf-8").split())
    assert "3 claims, published 2024-08-27" in table and "H1 2024" in table and "who · what · when" in table


def test_every_built_in_rule_has_a_korean_summary_and_a_korean_report_shows_it(tmp_path):
    from checker.check.packs import builtin_rules_dir, load_rules

    rules = load_rules([builtin_rules_dir()])
    missing = [r.code for r in rules if not r.summary_ko or not re.search(r"[가-힣]", r.summary_ko)]
    assert not missing
    page = _html(tmp_path, _article(tmp_path, GROWTH), "ko")
    assert rules.rule("F301").summary_ko in html.unescape(page)
    assert rules.rule("F301").summary not in html.unescape(page)


def test_what_the_linker_guessed_is_named_in_the_reports_language(tmp_path):
    path = tmp_path / "draft.md"
    # The conversion names no period: it is guessed from the paragraph before.
    path.write_text(f"{GROWTH}\n\n{CONVERSION}\n", encoding="utf-8")
    titles = _titles(_html(tmp_path, path, "ko"))
    guessed = [line for t in titles for line in t.splitlines() if line.startswith("추정: ")]
    assert guessed and all(not re.search(r"[A-Za-z]", line) for line in guessed), guessed


def test_an_amount_of_a_finding_whose_span_is_a_date_reads_as_written(tmp_path):
    # F401 points at dates; the amount in its evidence is a claim of the articles involved.
    first = _article(tmp_path, "알리바바는 지난 4월 문샷에 7억 달러를 투자했다.", "first.md")
    _article(tmp_path, "알리바바는 지난 8월 문샷에 7억 달러를 투자했다.", "second.md")
    page = tmp_path / "out.html"
    main(["check", str(first.parent), "--format", "html", "-o", str(page), "--lang", "ko", "--select", "F401"])
    rows = _evidence(page.read_text(encoding="utf-8"))
    assert rows and rows[0]["금액"] == "7억 달러", rows
