"""Diagnostics for people, shaped like rustc's and ruff's: the span underlined in its line."""

from __future__ import annotations

import re
from collections.abc import Callable

from rich.cells import cell_len
from rich.text import Text

from checker.models import Finding, Location, Passed
from checker.regex_cache import compile_exact
from checker.report.stats import statistics

SEVERITY_STYLE = {"error": "bold red", "warning": "bold yellow", "info": "bold cyan"}
MAX_CELLS = 96


def _cut(line: str, start: int, end: int, width: int = MAX_CELLS) -> tuple[str, int, int]:
    """Cut a long line around [start, end) with `…`; returns the text and the span in it."""
    # (a cell is never narrower than nothing: a first stretch wider than the width settles it without measuring a long
    # line whole for each of its findings, which made a long one-line article's report quadratic)
    if cell_len(line[: width + 1]) <= width and (len(line) <= width + 1 or cell_len(line) <= width):
        return line, start, end
    span_cells = cell_len(line[start:end])
    budget = width - span_cells
    # (the widths are summed one character at a time as the window grows, not measured again for each step)
    left, before = start, 0
    while left > 0 and before + cell_len(line[left - 1]) < budget // 3:
        left -= 1
        before += cell_len(line[left])
    right, cells = end, before + span_cells
    while right < len(line) and cells + cell_len(line[right]) < width - 2:
        cells += cell_len(line[right])
        right += 1
    prefix = "… " if left > 0 else ""
    suffix = " …" if right < len(line) else ""
    return prefix + line[left:right] + suffix, start - left + len(prefix), end - left + len(prefix)


def _squeeze(line: str, start: int, end: int) -> tuple[str, int, int]:
    """Runs of three or more spaces (an HTML page's blanked tags) shown as one; leading ones dropped.
    Returns the line and the span moved with it. Ordinary text is left as it is."""
    if "   " not in line:
        return line, start, end
    out: list[str] = []
    where = [0] * (len(line) + 1)  # original index → index in the squeezed line
    i = 0
    while i < len(line):
        j = i
        while j < len(line) and line[j] == " ":
            j += 1
        if j - i >= 3:
            keep = 0 if not out else 1
            for k in range(i, j):
                where[k] = len(out)
            out.extend(" " * keep)
            i = j
            continue
        where[i] = len(out)
        out.append(line[i])
        i += 1
    where[len(line)] = len(out)
    return "".join(out), where[min(start, len(line))], max(where[min(start, len(line))] + 1, where[min(end, len(line))])


# Characters kept on each side of a span before a line is squeezed and cut: far more than is ever shown
_NARROW_REACH = 2_000


def _shown(line: str, start: int, end: int) -> tuple[str, int, int]:
    """The part of a line shown for the span [start, end): squeezed, then cut around the span. A long line (a one-line
    article) is first narrowed to the stretch around the span, so that each of its findings costs the same instead of
    a pass over the whole line; the marks of a cut are kept where the narrowing made them."""
    if len(line) <= 2 * _NARROW_REACH + (end - start):
        squeezed, start, end = _squeeze(line, start, end)
        return _cut(squeezed, start, end)
    low, high = max(0, start - _NARROW_REACH), min(len(line), end + _NARROW_REACH)
    squeezed, s, e = _squeeze(line[low:high], start - low, end - low)
    shown, s, e = _cut(squeezed, s, e)
    if low > 0 and line[:low].strip(" ") and not shown.startswith("… "):
        shown, s, e = "… " + shown, s + 2, e + 2
    if high < len(line) and not shown.endswith(" …"):
        shown += " …"
    return shown, s, e


def snippet(location: Location, line_text: str, label: str | None, style: str, gutter: int) -> list[Text]:
    """The source line and a caret line under the span (carets by display width)."""
    col = location.column - 1
    end_col = location.end_column - 1 if location.end_line == location.line else len(line_text)
    line_text = line_text.rstrip("\n")
    shown, s, e = _shown(line_text, col, max(col + 1, end_col))
    pad = " " * gutter
    source = Text(f"{location.line:>{gutter}} | ", style="blue")
    source.append(shown)
    carets = Text(f"{pad} | ", style="blue")
    carets.append(" " * cell_len(shown[:s]))
    carets.append("^" * max(1, cell_len(shown[s:e])), style=style)
    if label:
        carets.append(f" {label}", style=style)
    return [Text(f"{pad} |", style="blue"), source, carets]


def render_finding(finding: Finding, line_of: Callable[[Location], str]) -> list[Text]:
    style = SEVERITY_STYLE[finding.severity]
    locations = [finding.location, *finding.related]
    gutter = max(len(str(loc.line)) for loc in locations)
    head = Text(f"{finding.severity}[{finding.rule}]", style=style)
    head.append(f" {finding.message}", style="bold")
    if finding.count > 1:
        head.append(f" (×{finding.count})")
    lines = [head]
    loc = finding.location
    lines.append(Text(f"{' ' * gutter}--> {loc.path}:{loc.line}:{loc.column}", style="blue"))
    lines += snippet(loc, line_of(loc), loc.message, style, gutter)
    for related in finding.related:
        lines.append(Text(f"{' ' * gutter}  ::: {related.path}:{related.line}:{related.column}", style="blue"))
        lines += snippet(related, line_of(related), related.message, "bold blue", gutter)
    lines.append(Text(f"{' ' * gutter} |", style="blue"))
    for note in finding.notes:
        text = note if note.split(":", 1)[0] in ("note", "fact", "help") else f"note: {note}"
        lines.append(Text(f"{' ' * gutter} = {text}"))
    for step in (finding.evidence or {}).get("calculation") or ():
        lines.append(Text(f"{' ' * gutter} = calc: {step}"))
    for suggestion in finding.suggestions:
        lines.append(Text(f"{' ' * gutter} = {help_line(suggestion, finding.location)}"))
    lines.append(Text(""))
    return lines


def help_line(suggestion, primary: Location) -> str:
    """`help: the stated value would have to be 80조 9100억원: `79조 1400억원` → `80조 9100억원``."""
    at = suggestion.location
    where = "" if at.path == primary.path else f" ({at.path}:{at.line}:{at.column})"
    if at.path == primary.path and at.line != primary.line:
        where = f" (line {at.line})"
    return f"help: {suggestion.message}: `{suggestion.original}` → `{suggestion.replacement}`{where}"


_SEVERITY_KO = {"error": "오류", "warning": "경고", "info": "정보"}


def render_summary(findings: list[Finding], articles: int, errors: int = 0, lang: str = "en") -> Text:
    counts = {s: sum(1 for f in findings if f.severity == s) for s in ("error", "warning", "info")}
    if lang == "ko":
        parts = [f"{_SEVERITY_KO[s]} {n}건" for s, n in counts.items() if n]
        text = Text(", ".join(parts) if parts else "문제 없음", style="bold")
        text.append(f" (기사 {articles}건 확인")
        if errors:
            text.append(f"; 파일 {errors}개를 읽지 못함", style="bold red")
        text.append(").")
        return text
    parts = [f"{n} {s}{'s' if n != 1 else ''}" for s, n in counts.items() if n]
    text = Text("Found " + (", ".join(parts) if parts else "no problems"), style="bold")
    text.append(f" in {articles} article{'s' if articles != 1 else ''} checked")
    if errors:
        text.append(f"; {errors} file{'s' if errors != 1 else ''} could not be read", style="bold red")
    text.append(".")
    return text


def render_passed(passed: list[Passed]) -> list[Text]:
    lines = []
    for item in passed:
        line = Text("ok", style="bold green")
        line.append(f"[{item.rule}] {item.message}")
        line.append(f"  ({item.location.path}:{item.location.line}:{item.location.column})", style="dim")
        lines.append(line)
    return lines


_MARKUP = compile_exact(r"<!--.*?-->|<(script|style)\b.*?</\1\s*>|<[A-Za-z/!][^<>]*>", re.S | re.I)


_HEADING = compile_exact(r"^#{1,6}[ \t]+", re.M)


def _blank(match: re.Match[str]) -> str:
    return "".join("\n" if ch == "\n" else " " for ch in match.group(0))


def _as_text(document) -> str:
    """An HTML page's text with its tags blanked, a Markdown file's `#` heading markers blanked
    (same length: columns and carets stay right)."""
    path = document.path.lower()
    if path.endswith((".html", ".htm")):
        return _MARKUP.sub(_blank, document.text)
    if path.endswith((".md", ".markdown")):
        return _HEADING.sub(_blank, document.text)
    return document.text


def _line_getter(claimsets) -> Callable[[Location], str]:
    documents = {cs.document.path: cs.document for cs in claimsets}
    texts: dict[str, str] = {}

    def line_of(location: Location) -> str:
        document = documents.get(location.path)
        if document is None:
            return location.snippet or ""
        if location.path not in texts:
            texts[location.path] = _as_text(document)
        starts = document.line_starts
        start = starts[location.line - 1]
        end = starts[location.line] - 1 if location.line < len(starts) else len(document.text)
        return texts[location.path][start:end].rstrip()

    return line_of


def render_statistics(rows: list[tuple[str, str, int]], rules) -> list[Text]:
    """ruff's `--statistics`: one line per rule, most frequent first."""
    width = max((len(str(n)) for _, _, n in rows), default=1)
    lines = []
    for code, severity, count in rows:
        try:
            name = rules.rule(code).name
        except (KeyError, AttributeError):
            name = ""
        line = Text(f"{count:>{width}}  ")
        line.append(f"{code:<5}", style=SEVERITY_STYLE[severity])
        line.append(f"  {'[' + severity + ']':<9}  {name}")
        lines.append(line)
    return lines


def render_text(outcome, settings) -> list[Text]:
    """The whole text report: findings (or statistics), passed relations, the summary line."""
    out: list[Text] = []
    if settings.statistics:
        out += render_statistics(statistics(outcome.findings), outcome.rules)
    else:
        line_of = _line_getter(outcome.claimsets)
        for finding in outcome.findings:
            out += render_finding(finding, line_of)
        if settings.show_passed and outcome.passed:
            out += render_passed(outcome.passed)
    if not settings.quiet:
        out.append(render_summary(outcome.findings, len(outcome.claimsets), len(outcome.errors), settings.lang))
    return out
