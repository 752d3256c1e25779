"""The HTML report in a real browser (Debian's chromium driven by Playwright).

No skip when the browser is missing: the test command (tests/run.sh) installs it,
so its absence is a broken setup that must show up as a failure.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright
from test_html_report import write_hostile

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "artifacts"
CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} not found: the browser tests need Debian's chromium "
            "(`apt-get install chromium`, which tests/run.sh does)",
            pytrace=False,
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


class Watched:
    """A page with everything it logged and fetched."""

    def __init__(self, browser, width: int = 1280, height: int = 900):
        self.page = browser.new_page(viewport={"width": width, "height": height})
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("requestfailed", lambda r: self.errors.append(f"failed: {r.url}"))
        self.page.on("request", lambda r: self.requests.append(r.url))

    def in_viewport(self, selector: str) -> bool:
        return self.page.eval_on_selector(
            selector,
            """el => {
            const r = el.getBoundingClientRect();
            return r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth;
        }""",
        )


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("browser")
    hostile = write_hostile(folder / "hostile")
    out = folder / "report.html"
    run = subprocess.run(
        [sys.executable, "-m", "checker", "check", "seeds", str(hostile), "--format", "html", "-o", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 1, run.stderr  # the seeds' F401 and the hostile article's F202 are errors
    return out


@pytest.fixture
def watched(browser):
    pages = []

    def open_page(url: str, **size) -> Watched:
        w = Watched(browser, **size)
        pages.append(w)
        w.page.goto(url)
        return w

    yield open_page
    for w in pages:
        w.page.close()


def click_cross_article_link(w: Watched) -> str:
    """Click the F401 finding's link into seeds/001…; return the id of the span it targets."""
    link = w.page.locator("li.finding[data-rule='F401'] a.loc", has_text="001_")
    assert link.count() == 1
    href = link.get_attribute("href")
    link.click()
    return href.split("#", 1)[1]


def test_loads_without_errors_or_network(report, watched):
    w = watched(report.as_uri())
    w.page.wait_for_load_state("load")
    assert w.errors == []
    assert w.requests == [report.as_uri()], "the report must fetch nothing but itself"


def test_clicking_a_finding_highlights_the_span_in_the_other_article(report, watched):
    w = watched(report.as_uri())
    target = click_cross_article_link(w)
    selector = f"[id='{target}']"
    assert "001_" in w.page.locator("article").filter(has=w.page.locator(selector)).locator("h3").inner_text()
    assert "is-target" in w.page.get_attribute(selector, "class")
    assert w.in_viewport(selector)
    # The primary span (in seeds/000…) is highlighted too, and the URL names the target.
    primary = w.page.locator("li.finding[data-rule='F401'] a.loc.primary").get_attribute("href")[1:]
    assert "is-target" in w.page.get_attribute(f"[id='{primary}']", "class")
    assert w.page.evaluate("location.hash") == "#" + target
    ARTIFACTS.mkdir(exist_ok=True)
    w.page.screenshot(path=str(ARTIFACTS / "report.png"))
    assert w.errors == []


def test_hostile_article_is_shown_literally_and_never_runs(report, watched):
    w = watched(report.as_uri())
    assert w.page.evaluate("typeof window.__pwned") == "undefined"
    text = w.page.locator("article", has_text="hostile.md").locator(".text").inner_text()
    assert "<script>window.__pwned=1</script>" in text
    assert '<img src=x onerror="window.__pwned=1">' in text
    assert "</mark> 태그" in text
    assert w.page.locator("img").count() == 0 and w.page.locator("script").count() == 1
    # Its claims are still highlighted: the wrong equivalent is a conflict.
    assert w.page.locator("article", has_text="hostile.md").locator("mark.st-conflict").count() >= 2
    assert w.errors == []


def test_phone_width_has_no_horizontal_overflow(report, watched):
    w = watched(report.as_uri(), width=375, height=812)
    sizes = w.page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert sizes[0] <= sizes[1], f"page is {sizes[0]}px wide in a {sizes[1]}px viewport"
    # A tap on a claim shows its tooltip in a panel (no hover on a phone).
    mark = w.page.locator(".text mark.claim").first
    mark.scroll_into_view_if_needed()
    mark.click()
    assert w.page.locator("#pop").is_visible()
    assert "interval:" in w.page.locator("#pop").inner_text()
    target = click_cross_article_link(w)
    assert w.in_viewport(f"[id='{target}']")
    ARTIFACTS.mkdir(exist_ok=True)
    w.page.screenshot(path=str(ARTIFACTS / "report-375.png"))
    assert w.errors == []


def test_multi_page_links_across_pages(tmp_path, watched):
    from checker.cli import main
    from checker.report import html as html_module

    out = tmp_path / "index.html"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(html_module, "SINGLE_PAGE_LIMIT", 2)
        assert main(["check", str(ROOT / "seeds"), "--format", "html", "-o", str(out)]) == 1
    w = watched(out.as_uri())
    target = click_cross_article_link(w)
    w.page.wait_for_load_state("load")
    assert w.page.url.endswith(f"index_files/article-00001.html#{target}")
    selector = f"[id='{target}']"
    assert "is-target" in w.page.get_attribute(selector, "class")
    assert w.in_viewport(selector)
    assert all(url.startswith(tmp_path.as_uri()) for url in w.requests), w.requests
    assert w.errors == []


def visible_findings(w: Watched) -> list[str]:
    return w.page.eval_on_selector_all("li.finding", "els => els.filter(e => !e.hidden).map(e => e.dataset.rule)")


def test_filters_search_and_sort(report, watched):
    w = watched(report.as_uri())
    every = visible_findings(w)
    assert len(every) >= 4 and "F401" in every and "F202" in every
    w.page.select_option("#f-severity", "error")
    assert set(visible_findings(w)) == {"F401", "F202"}
    w.page.select_option("#f-rule", "F401")
    assert visible_findings(w) == ["F401"]
    assert w.page.locator("#shown").inner_text().startswith("1 / ")
    w.page.select_option("#f-rule", "")
    w.page.select_option("#f-severity", "")
    # By article: the hostile page's findings only, and only its text stays shown.
    hostile = w.page.eval_on_selector(
        "#f-article", "s => [...s.options].find(o => o.text.endsWith('hostile.md')).value"
    )
    w.page.select_option("#f-article", hostile)
    assert visible_findings(w) == ["F202"]
    assert w.page.locator("article.article:not([hidden])").count() == 1
    assert w.page.locator("#rates tbody tr:not([hidden])").count() == 1  # its one equivalent
    w.page.select_option("#f-article", "")
    # Search reaches finding text and article text alike.
    w.page.fill("#q", "따옴표")  # only in the hostile article's text
    assert w.page.locator("article.article:not([hidden])").count() == 1
    assert w.page.evaluate("CSS.highlights.get('search').size") == 1  # the match is painted in the text
    w.page.locator("article.article:not([hidden]) .text").scroll_into_view_if_needed()
    ARTIFACTS.mkdir(exist_ok=True)
    w.page.screenshot(path=str(ARTIFACTS / "report-search.png"))
    assert "hostile.md" in w.page.locator("article.article:not([hidden]) h3").inner_text()
    w.page.fill("#q", "moonshot")
    assert "F401" in visible_findings(w)
    w.page.fill("#q", "")
    assert visible_findings(w) == every
    assert w.page.evaluate("CSS.highlights.has('search')") is False
    # Sort by rule, then back to severity (errors first).
    w.page.select_option("#sort", "rule")
    by_rule = visible_findings(w)
    assert by_rule == sorted(by_rule)
    w.page.select_option("#sort", "severity")
    ranks = w.page.eval_on_selector_all("li.finding", "els => els.map(e => Number(e.dataset.rank))")
    assert ranks == sorted(ranks, reverse=True)
    assert w.errors == []


def test_contents_stamp_summary_and_fonts(report, watched):
    w = watched(report.as_uri())
    toc = w.page.locator("#toc")
    assert toc.locator("a[href='#findings']").count() == 1
    toc.locator("a", has_text="hostile.md").click()
    assert w.in_viewport("article.article:has-text('hostile.md') h3")
    stamp = w.page.locator("#stamp").inner_text()
    from checker import __version__

    assert f"factlint {__version__}" in stamp and "configuration: defaults" in stamp
    assert re.search(r"reference rates until: \d{4}-\d{2}-\d{2}", stamp)
    # Errors exist, so spans in conflict are counted (a date or a name counts, not only claims).
    assert int(w.page.locator("#summary .key", has_text="conflict").inner_text().split()[-1]) > 0
    family = w.page.evaluate("getComputedStyle(document.body).fontFamily")
    assert "Noto Sans CJK KR" in family and "Malgun Gothic" in family
    ARTIFACTS.mkdir(exist_ok=True)
    w.page.screenshot(path=str(ARTIFACTS / "report-desktop-full.png"), full_page=True)
    phone = watched(report.as_uri(), width=390, height=844)
    phone.page.select_option("#f-severity", "error")
    sizes = phone.page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert sizes[0] <= sizes[1]
    phone.page.screenshot(path=str(ARTIFACTS / "report-phone-filtered.png"))
    assert w.errors == [] and phone.errors == []


def test_a_finding_shows_its_worked_calculation_at_desktop_and_phone_width(tmp_path, watched):
    """The evidence of a finding reads as arithmetic in the article's notation, never as JSON."""
    article = tmp_path / "growth.md"
    article.write_text(
        "---\npublished: 2024-08-27\n---\n"
        "한빛전자의 올해 상반기 매출은 180억 달러로 전년 동기 120억 달러보다 25% 증가했다.\n",
        encoding="utf-8",
    )
    out = tmp_path / "growth.html"
    run = subprocess.run(
        [sys.executable, "-m", "checker", "check", str(article), "--format", "html", "-o", str(out), "--lang", "ko"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 1, run.stderr
    ARTIFACTS.mkdir(exist_ok=True)
    for width, height, name in ((1280, 900, "finding-work-desktop.png"), (390, 844, "finding-work-phone.png")):
        w = watched(out.as_uri(), width=width, height=height)
        finding = w.page.locator("li.finding[data-rule='F301']")
        assert finding.count() == 1
        work = finding.locator("ol.work li").all_inner_texts()
        # 120억 달러 × (1 + 25%) = 143억–157억 달러; 180억 달러 ÷ 120억 달러 − 1 = +50.0%
        assert re.fullmatch(r"120억 달러 × \(1 \+ 25%\) = .*억 달러", work[0]), work
        assert work[1] == "180억 달러 ÷ 120억 달러 − 1 = +50.0%", work
        finding.locator("details summary").click()
        evidence = finding.locator("dl.evidence").inner_text()
        shown = finding.inner_text()
        assert not re.search(r"[\[\]{}]|\"\w+\":|\d\.\d{7,}|\de[+-]\d", shown + evidence), shown + evidence
        assert finding.locator("ins").first.inner_text() in ("150억 달러", "50%", "140억 달러")  # a suggested fix
        sizes = w.page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert sizes[0] <= sizes[1], f"{width}px: the page is {sizes[0]}px wide"
        box = finding.locator("ol.work").bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width
        finding.scroll_into_view_if_needed()
        w.page.screenshot(path=str(ARTIFACTS / name))
        assert (ARTIFACTS / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert w.errors == []
