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
