"""The HTML report in a real browser (Debian's chromium driven by Playwright).

No skip when the browser is missing: the test command (tests/run.sh) installs it,
so its absence is a broken setup that must show up as a failure.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from test_html_report import write_hostile

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "artifacts"
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} not found: the browser tests need Debian's chromium "
                    "(`apt-get install chromium`, which tests/run.sh does)", pytrace=False)
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
        return self.page.eval_on_selector(selector, """el => {
            const r = el.getBoundingClientRect();
            return r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth;
        }""")


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("browser")
    hostile = write_hostile(folder / "hostile")
    out = folder / "report.html"
    run = subprocess.run([sys.executable, "-m", "checker", "check", "seeds", str(hostile), "--format", "html",
                          "-o", str(out)], cwd=ROOT, capture_output=True, text=True)
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
