"""The HTML report without a browser: structure, statuses, escaping, links, the multi-page mode."""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from checker.check import formatting as fmt
from checker.check.intervals import Interval
from checker.cli import main
from checker.pipeline import check
from checker.report import Outcome
from checker.report import html as html_module
from checker.report.html import highlight, html_pages, html_report, span_id

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = (
    "알리바바는 올해 상반기 500억 위안(10억 달러)을 데이터센터에 투자했다. <script>window.__pwned=1</script>\n"
    '<img src=x onerror="window.__pwned=1"> 이 회사는 "따옴표"와 & 기호, </mark> 태그를 썼다.\n'
)


class Page(HTMLParser):
    """Elements by id, with their classes and attributes, and every tag seen."""

    def __init__(self, text: str):
        super().__init__()
        self.ids: dict[str, dict] = {}
        self.tags: list[tuple[str, dict]] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if "id" in attrs:
            assert attrs["id"] not in self.ids, f"duplicate id {attrs['id']}"
            self.ids[attrs["id"]] = {"tag": tag, **attrs}


def write_hostile(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "hostile.md").write_text(HOSTILE, encoding="utf-8")
    (folder / "articles.toml").write_text(
        '[[article]]\nfile = "hostile.md"\npublished = 2024-08-27\n', encoding="utf-8"
    )
    return folder


def outcome_of(result, analysis, knowledge) -> Outcome:
    return Outcome(
        findings=result.findings,
        passed=result.passed,
        claimsets=analysis.claimsets,
        errors=analysis.errors,
        rules=knowledge.rules,
    )


@pytest.fixture(scope="module")
def seeds_analysis(knowledge):
    """Our own copy: checking sets private state on claim sets, and conftest's is shared."""
    from checker.pipeline import analyze

    return analyze([str(ROOT / "seeds")], knowledge, jobs=1)


@pytest.fixture(scope="module")
def seeds_report(seeds_analysis, knowledge):
    result = check(seeds_analysis, knowledge, show_passed=True)
    return result, html_report(outcome_of(result, seeds_analysis, knowledge))


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory, knowledge):
    from checker.pipeline import analyze

    analysis = analyze([str(write_hostile(tmp_path_factory.mktemp("hostile")))], knowledge, jobs=1)
    result = check(analysis, knowledge, show_passed=True)
    return analysis, result, html_report(outcome_of(result, analysis, knowledge))


def test_every_claim_is_a_mark_with_a_status_and_tooltip(seeds_report, seeds_analysis):
    _, text = seeds_report
    page = Page(text)
    for i, cs in enumerate(seeds_analysis.claimsets):
        for claim in cs.claims:
            element = page.ids[span_id(i, claim.start, claim.end)]
            assert element["tag"] == "mark"
            assert re.search(r"\bst-(conflict|checked|unchecked)\b", element["class"])
            title = element["title"]
            for field in ("value:", "interval:", "entities:", "metric:", "period:"):
                assert field in title
            # Numbers in the article's notation, as the messages write them: no ISO code, no raw interval.
            interval = Interval(claim.low, claim.high, claim.low_open, claim.high_open)
            assert f"interval: {fmt.interval(interval, claim.unit, fmt.notation(cs.document.language))}" in title
            assert not re.search(r"\[[\d.]+, [\d.]+\]|\b(?:KRW|CNY|USD)\b", title), title
            assert claim.metric is None or f"metric: {fmt.metric_word(claim.metric, 'en')}" in title


def test_summary_counts(seeds_report, seeds_analysis):
    result, text = seeds_report
    claims = sum(len(cs.claims) for cs in seeds_analysis.claimsets)
    assert f"<b>{len(seeds_analysis.claimsets)}</b>Articles" in text
    assert f"<b>{claims}</b>Claims" in text
    assert f"<b>{len(result.findings)}</b>Findings" in text
    by_rule = text[text.index('id="by-rule"') : text.index("</table>", text.index('id="by-rule"'))]
    for code in {f.rule for f in result.findings}:
        assert f"<code>{code}</code>" in by_rule


def test_cross_article_finding_links_to_both_articles(seeds_report, seeds_analysis):
    result, text = seeds_report
    page = Page(text)
    f401 = next(f for f in result.findings if f.rule == "F401")
    paths = [cs.document.path for cs in seeds_analysis.claimsets]
    hrefs = [a["href"] for tag, a in page.tags if tag == "a" and "loc" in a.get("class", "")]
    for loc in (f401.location, *f401.related):
        target = span_id(paths.index(loc.path), loc.start, loc.end)
        assert "#" + target in hrefs
        assert "fspan" in page.ids[target]["class"] and "sev-error" in page.ids[target]["class"]
    assert any("001_" in loc.path for loc in f401.related)


def test_statuses_follow_findings_and_passed_relations(hostile_report):
    analysis, result, text = hostile_report
    page = Page(text)
    claims = {c.text: c for c in analysis.claimsets[0].claims}
    # F202 names both sides of the conversion: both are in a conflict.
    assert any(f.rule == "F202" for f in result.findings)
    for written in ("500억 위안", "10억 달러"):
        claim = claims[written]
        assert "st-conflict" in page.ids[span_id(0, claim.start, claim.end)]["class"]


def test_checked_claims_in_seeds(seeds_report, seeds_analysis):
    result, text = seeds_report
    page = Page(text)
    passed = {(p.location.path, p.location.start, p.location.end) for p in result.passed}
    cs = seeds_analysis.claimsets[0]
    checked = [c for c in cs.claims if (c.path, c.start, c.end) in passed]
    assert checked
    for claim in checked:
        assert "st-checked" in page.ids[span_id(0, claim.start, claim.end)]["class"]


def test_article_text_is_escaped(hostile_report):
    _, _, text = hostile_report
    assert "<script>window" not in text and "<img src=x" not in text
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in text
    assert "&lt;img src=x onerror=&#34;window.__pwned=1&#34;&gt;" in text
    assert "&lt;/mark&gt;" in text
    # The only script is ours, and the CSP allows exactly it.
    scripts = re.findall(r"<script>(.*?)</script>", text, re.S)
    assert len(scripts) == 1
    digest = base64.b64encode(hashlib.sha256(scripts[0].encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in text


def test_self_contained(seeds_report):
    _, text = seeds_report
    page = Page(text)
    for tag, attrs in page.tags:
        assert "src" not in attrs, tag
        if tag == "link":
            assert attrs["href"].startswith("data:")
    assert "@import" not in text and "url(" not in text
    assert "default-src 'none'" in text


def test_rates_table(seeds_report, hostile_report):
    _, text = seeds_report
    rates = text[text.index('id="rates"') : text.index("</section>", text.index('id="rates"'))]
    # Rates in the article's notation, as the messages word them: one unit of the base currency and its price.
    assert "1 CNY = " in rates and "1 USD = " in rates and "within tolerance" in rates
    assert re.search(r"1 USD = 1,3\d\d\.\d–1,3\d\d\.\d원", rates) and "1 USD = 7." in rates
    assert not re.search(r"\b(?:KRW|CNY|USD)/(?:KRW|CNY|USD)\b", rates)
    _, _, hostile = hostile_report
    rates = hostile[hostile.index('id="rates"') :]
    assert "outside tolerance" in rates.split("</section>")[0]


def test_korean_labels(seeds_analysis, knowledge):
    result = check(seeds_analysis, knowledge, lang="ko", show_passed=True)
    text = html_report(outcome_of(result, seeds_analysis, knowledge), lang="ko")
    assert '<html lang="ko">' in text and "지적 사항" in text


@pytest.mark.parametrize(
    ("marks", "expected"),
    [
        ([], "a&lt;b&gt;c &amp; d"),
        ([(1, 2, "x", "k", "t")], 'a<mark id="x" class="k" title="t">&lt;</mark>b&gt;c &amp; d'),
        # nested: the outer one opens first
        (
            [(2, 3, "in", "", ""), (0, 5, "out", "", "")],
            '<mark id="out" class="" title="">a&lt;<mark id="in" class="" title="">b</mark>&gt;c</mark> &amp; d',
        ),
        # crossing: the second is cut at the end of the first
        (
            [(0, 3, "one", "", ""), (2, 6, "two", "", "")],
            '<mark id="one" class="" title="">a&lt;<mark id="two" class="" title="">b</mark></mark>&gt;c &amp; d',
        ),
        # out of range: clamped
        ([(6, 99, "end", "", "")], 'a&lt;b&gt;c <mark id="end" class="" title="">&amp; d</mark>'),
    ],
)
def test_highlight(marks, expected):
    assert str(highlight("a<b>c & d", marks)) == expected


def test_highlight_escapes_titles():
    out = str(highlight("x", [(0, 1, "i", "c", '"><script>')]))
    assert "<script>" not in out and "&#34;&gt;&lt;script&gt;" in out


def test_multi_page_mode(tmp_path, monkeypatch):
    monkeypatch.setattr(html_module, "SINGLE_PAGE_LIMIT", 2)
    out = tmp_path / "out" / "report.html"
    folder = tmp_path / "out" / "report_files"
    folder.mkdir(parents=True)
    (folder / "article-00099.html").write_text("stale")
    assert main(["check", str(ROOT / "seeds"), "--format", "html", "-o", str(out)]) == 1
    pages = sorted(p.name for p in folder.iterdir())
    assert pages == [f"article-{i:05d}.html" for i in range(5)]
    index = out.read_text(encoding="utf-8")
    assert "<mark" not in index.split('id="summary"')[1].split("</section>")[1]  # no article text on the index
    first = (folder / "article-00000.html").read_text(encoding="utf-8")
    second = Page((folder / "article-00001.html").read_text(encoding="utf-8"))
    # The F401 link from article 0's page points at the span on article 1's page, which has that id.
    link = re.search(r'href="(article-00001\.html)#(a1-s\d+-\d+)"', first)
    assert link and link.group(2) in second.ids
    assert f'href="report_files/article-00001.html#{link.group(2)}"' in index
    assert 'href="../report.html"' in first


def test_multi_page_needs_an_output_path(monkeypatch, capsys):
    monkeypatch.setattr(html_module, "SINGLE_PAGE_LIMIT", 2)
    assert main(["check", str(ROOT / "seeds"), "--format", "html"]) == 2
    assert "-o FILE" in capsys.readouterr().err


def test_pages_are_produced_lazily(seeds_analysis, knowledge):
    result = check(seeds_analysis, knowledge, show_passed=True)
    pages = html_pages(outcome_of(result, seeds_analysis, knowledge), name="x.html")
    assert next(pages)[0] == "x.html"
    assert next(pages)[0] == "x_files/article-00000.html"


def test_no_raw_interval_or_currency_pair_anywhere_in_the_report(seeds_report):
    _, text = seeds_report
    # Evidence at any depth (a multiple's readings, a sum's parts) reads as numbers, never as Python lists.
    assert not re.search(r"\[-?\d[\d.e+-]*, -?\d[\d.e+-]*\]", text)
    assert not re.search(r"\b(?:KRW|CNY|USD|EUR|JPY)/(?:KRW|CNY|USD|EUR|JPY)\b", text)


def test_evidence_values_read_as_numbers():
    from checker.report.html import _EvidenceView

    evidence = {
        "kind": "multiple",
        "value": [5.0e10, 5.0e10],
        "ratio": [2.11, 2.24],
        "readings": {"×N": {"strict": [1.75, 2.25], "loose": [1.5, 2.5]}},
    }
    # Without claims to take a unit from, an amount is a grouped number; multiples read as multiples.
    rows = dict(_EvidenceView(evidence, [], "en", "en").rows())
    assert rows == {
        "value": "50,000,000,000",
        "ratio": "×2.11–×2.24",
        "readings": "×N: strict: ×1.75–×2.25; loose: ×1.5–×2.5",
    }
    rows = dict(_EvidenceView(evidence, [], "ko", "ko").rows())
    assert rows == {"값": "50,000,000,000", "배율": "2.11–2.24배", "읽기": "×N: 엄격: 1.75–2.25배; 느슨: 1.5–2.5배"}
