"""Report stage: findings → text | json | sarif | github | html (one module per format)."""
from __future__ import annotations


def render(fmt: str, result, analysis, knowledge, *, settings, args):
    articles = len(analysis.claimsets)
    claims = sum(len(cs.claims) for cs in analysis.claimsets)
    if fmt == "text":
        from checker.report.text import render_finding, render_passed, render_summary

        lines_of = {cs.document.path: cs.document for cs in analysis.claimsets}

        def line_of(location):
            document = lines_of.get(location.path)
            if document is None:
                return location.snippet or ""
            starts = document.line_starts
            start = starts[location.line - 1]
            end = starts[location.line] - 1 if location.line < len(starts) else len(document.text)
            return document.text[start:end]

        out = []
        for finding in result.findings:
            out += render_finding(finding, line_of)
        if result.passed:
            out += render_passed(result.passed)
        out.append(render_summary(result.findings, articles, len(analysis.errors)))
        return out
    if fmt == "json":
        from checker.report.json import findings_json, summary

        return findings_json(result.findings, summary(result.findings, articles, claims),
                             result.passed if args.show_passed else None)
    if fmt == "sarif":
        from checker.report.sarif import sarif_json

        texts = {cs.document.path: cs.document.text for cs in analysis.claimsets}
        return sarif_json(result.findings, knowledge.rules, texts)
    if fmt == "github":
        from checker.report.github import annotations

        return annotations(result.findings, knowledge.rules)
    if fmt == "html":
        from checker.report.html import write_html

        # Over many articles it writes an index and one page per article beside args.output, and returns None.
        return write_html(result, analysis, knowledge, lang=settings.lang, output=args.output)
    raise ValueError(fmt)
