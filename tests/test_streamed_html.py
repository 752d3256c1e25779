"""`check --format html` streamed (issue 12.4): each article's claims are reduced where it is
checked to what the report shows of them (ReportClaims: spans, intervals, the written words and
hover titles, packed), and its text is kept compressed; the pages are the one-pass run's."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from test_ledger import generated

from checker.pipeline import analyze, check, check_streaming
from checker.report import Outcome, Stamp
from checker.report.html import (
    PassedRate,
    PassedSpans,
    ReportClaims,
    html_pages,
    html_report,
    passed_for_report,
    report_claims,
)

ROOT = Path(__file__).resolve().parents[1]
STAMP = Stamp(version="0", date="2024-08-27 09:30 UTC")


@pytest.fixture(scope="module")
def paths(tmp_path_factory):
    # The seeds (findings within and across articles, conversions with reference rates) and enough
    # generated articles that a run with two jobs uses worker processes.
    return [str(ROOT / "seeds"), str(generated(tmp_path_factory.mktemp("streamed-html"), 40))]


def _one_pass(paths, knowledge) -> Outcome:
    analysis = analyze(paths, knowledge, jobs=1)
    result = check(analysis, knowledge, show_passed=True)
    return Outcome(
        findings=result.findings, passed=result.passed, claimsets=analysis.claimsets, rules=knowledge.rules, stamp=STAMP
    )


def _streamed(paths, knowledge, jobs: int, lang: str = "en") -> Outcome:
    # As `check --format html` runs it: claims and passed relations reduced where they are made.
    streamed = check_streaming(
        paths,
        knowledge,
        jobs=jobs,
        show_passed=True,
        for_report=functools.partial(report_claims, lang=lang),
        keep_passed=passed_for_report,
    )
    return Outcome(
        findings=streamed.result.findings,
        passed=streamed.result.passed,
        claimsets=streamed.articles,
        rules=knowledge.rules,
        stamp=STAMP,
    )


@pytest.mark.parametrize("jobs", [1, 2])
def test_streamed_pages_are_the_one_pass_pages(paths, knowledge, jobs):
    one_pass, streamed = _one_pass(paths, knowledge), _streamed(paths, knowledge, jobs)
    assert one_pass.findings and one_pass.passed
    # Every passed relation reduced; conversions against reference rates keep what the rates table shows.
    assert all(isinstance(p, PassedSpans) for p in streamed.passed)
    assert any(isinstance(p, PassedRate) for p in streamed.passed)
    assert list(html_pages(streamed, name="report.html")) == list(html_pages(one_pass, name="report.html"))


def test_streamed_single_page_in_korean(paths, knowledge):
    one_pass, streamed = _one_pass(paths, knowledge), _streamed(paths, knowledge, 1, lang="ko")
    assert html_report(streamed, lang="ko") == html_report(one_pass, lang="ko")


def test_streamed_articles_keep_no_claims_only_compact_render_data(paths, knowledge):
    streamed = check_streaming(paths, knowledge, jobs=1, for_report=functools.partial(report_claims, lang="en"))
    kept = [a.report_claims for a in streamed.articles]
    assert all(isinstance(k, ReportClaims) for k in kept)
    claims = sum(len(k) for k in kept)
    size = sum(len(k.packed) + k.spans.itemsize * len(k.spans) for k in kept)
    assert claims == sum(a.claim_count for a in streamed.articles) > 0
    assert size / claims < 300  # bytes per claim, as stored (the bound: a few hundred at most)
    assert all(a.document.has_text for a in streamed.articles)  # every article's text is shown


class _Recorded:
    """A text stream that keeps what was written, write by write."""

    def __init__(self) -> None:
        self.writes: list[str] = []

    def write(self, text: str) -> int:
        self.writes.append(text)
        return len(text)

    def writelines(self, pieces) -> None:
        for piece in pieces:
            self.write(piece)


def test_multi_page_html_is_written_piece_by_piece_as_html_pages_renders_it(paths, knowledge, tmp_path, monkeypatch):
    """The index and every article page go out as their templates render them, never joined into one
    string first; the files are `html_pages`' pages, byte for byte."""
    import checker.report.html as html_module
    from checker.report import RenderSettings

    monkeypatch.setattr(html_module, "SINGLE_PAGE_LIMIT", 2)
    outcome = _streamed(paths, knowledge, 1)
    output = tmp_path / "report.html"
    stream = _Recorded()
    html_module.write_html(outcome, RenderSettings(format="html", output=output, lang="en"), stream)
    pages = dict(html_pages(outcome, name=output.name))
    assert len(stream.writes) > 10 and max(map(len, stream.writes)) < len(pages[output.name])
    assert "".join(stream.writes) == pages.pop(output.name)
    assert len(pages) == len(outcome.claimsets) > 2
    for relative, page in pages.items():
        assert (tmp_path / relative).read_text(encoding="utf-8") == page
