"""Report stage: findings → text | json | sarif | github | html (one module per format).

One entry point: `render(outcome, settings, stream)`. `Outcome` is what the check stage
produced (findings, the relations that held, the articles, unreadable inputs, the rules and a
stamp saying how the run was made); `RenderSettings` is how to show it. A format that needs
more than the findings says so through `needs(settings)` before the run (the HTML report
colours the claims that were checked and held, so it asks for the passed relations).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from checker import __version__
from checker.errors import UsageError
from checker.report.github import annotations
from checker.report.html import write_html
from checker.report.json import findings_json, statistics_json, summary
from checker.report.sarif import sarif_json
from checker.report.stats import statistics
from checker.report.text import render_text

FORMATS = ("text", "json", "sarif", "github", "html")


@dataclass(slots=True)
class RenderSettings:
    format: str = "text"
    lang: str = "en"
    show_passed: bool = False  # list the relations that hold (text, json)
    color: bool = False
    width: int | None = None  # terminal cells; None: the stream's own (80 when it is not a terminal)
    quiet: bool = False  # diagnostics only: no summary line
    statistics: bool = False  # counts by rule instead of each finding (text, json)
    output: Path | None = None  # the report's file: a multi-page HTML report writes its pages beside it


@dataclass(slots=True)
class Needs:
    """What a format asks the check stage for, beyond the findings."""

    passed: bool = False


@dataclass(slots=True)
class Stamp:
    """How the run was made, for reports that keep it (HTML)."""

    version: str = ""
    date: str = ""
    config: str | None = None  # the configuration file used, None for defaults
    rates_until: str | None = None  # the last date of the reference rates loaded, None when none were needed


@dataclass(slots=True)
class Outcome:
    findings: list = field(default_factory=list)  # [Finding]
    passed: list = field(default_factory=list)  # [Passed]
    claimsets: list = field(default_factory=list)  # [ClaimSet]
    errors: list = field(default_factory=list)  # [InputError]
    rules: object = None  # RuleSet: names and docs for codes
    stamp: Stamp = field(default_factory=Stamp)


def needs(settings: RenderSettings) -> Needs:
    return Needs(passed=settings.show_passed or settings.format == "html")


def stamp(config: str | None = None) -> Stamp:
    return Stamp(version=__version__, date=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"), config=config)


def console(stream: TextIO, settings: RenderSettings):
    from rich.console import Console

    # No colour: no escape codes at all (not even bold), whatever the stream is.
    return Console(
        file=stream,
        highlight=False,
        force_terminal=settings.color or None,
        no_color=False,
        color_system="auto" if settings.color else None,
        width=settings.width,
        emoji=False,
        markup=False,
    )


def _rule_name(rules, code: str) -> str:
    try:
        return rules.rule(code).name
    except (KeyError, AttributeError):
        return ""


def _claim_count(article) -> int:
    """A streamed check's articles carry their count of claims, not the claims (checker/pipeline.py)."""
    count = getattr(article, "claim_count", None)
    return len(article.claims) if count is None else count


def render(outcome: Outcome, settings: RenderSettings, stream: TextIO) -> None:
    fmt = settings.format
    articles = len(outcome.claimsets)
    claims = sum(_claim_count(cs) for cs in outcome.claimsets)
    if settings.statistics and fmt not in ("text", "json"):
        raise UsageError(f"--statistics works with the text and json formats, not {fmt}")
    if fmt == "text":
        out = console(stream, settings)
        for line in render_text(outcome, settings):
            out.print(line, soft_wrap=True)
        return
    if fmt == "json":
        if settings.statistics:
            stream.write(statistics_json(statistics(outcome.findings), outcome.rules, articles))
        else:
            stream.write(
                findings_json(
                    outcome.findings,
                    summary(outcome.findings, articles, claims),
                    outcome.passed if settings.show_passed else None,
                )
            )
        stream.write("\n")
        return
    if fmt == "sarif":
        texts = {cs.document.path: cs.document.text for cs in outcome.claimsets}
        stream.write(sarif_json(outcome.findings, outcome.rules, texts) + "\n")
        return
    if fmt == "github":
        stream.write(annotations(outcome.findings, outcome.rules))
        return
    if fmt == "html":
        write_html(outcome, settings, stream)
        return
    raise ValueError(fmt)


__all__ = [
    "FORMATS",
    "Needs",
    "Outcome",
    "RenderSettings",
    "Stamp",
    "console",
    "needs",
    "render",
    "stamp",
    "statistics",
]
