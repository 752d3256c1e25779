"""HTML report: every article's text with its claims highlighted, the findings linked to their spans.

Up to SINGLE_PAGE_LIMIT articles make one self-contained file; more make an index
page plus one page per article in `<name>_files/` (`html_pages`), so that an archive
audit never produces one huge file. Either way nothing is fetched: CSS and JS are
inline and a Content-Security-Policy forbids every network request.

Article text is never trusted: it is sliced at the claim and finding offsets and
each piece is escaped; the markup around the pieces is ours.
"""

from __future__ import annotations

import base64
import bisect
import datetime as dt
import hashlib
import json
import math
import re
import zlib
from array import array
from collections import Counter, OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import PurePosixPath
from urllib.parse import quote

from markupsafe import Markup, escape

from checker import wording
from checker.errors import InputError, UsageError
from checker.intervals import Interval
from checker.link import words as claim_words
from checker.models import SEVERITY_RANK, Claim, Location
from checker.regex_cache import compile_exact

SINGLE_PAGE_LIMIT = 200
SEVERITIES = ("error", "warning", "info")

LABELS = {
    "en": {
        "title": "factlint report",
        "summary": "Summary",
        "articles": "Articles",
        "claims": "Claims",
        "findings": "Findings",
        "by_rule": "By rule",
        "by_severity": "By severity",
        "rule": "Rule",
        "count": "Count",
        "severity": "Severity",
        "rates": "Exchange rates",
        "article": "Article",
        "pair": "Pair",
        "equivalent": "Equivalent",
        "implied": "Implied rate",
        "reference": "Reference (ECB)",
        "off": "Off by",
        "status": "Status",
        "ok": "within tolerance",
        "not_ok": "outside tolerance",
        "no_reference": "no reference",
        "conflict": "conflict",
        "checked": "checked",
        "unchecked": "unchecked",
        "none": "None.",
        "evidence": "Evidence",
        "index": "Index",
        "previous": "Previous",
        "next": "Next",
        "published": "published",
        "input_errors": "Unreadable inputs",
        "legend": "Claims: red = in a finding (with other spans findings point at), green = checked and holds, "
        "grey = not checked.",
        "tolerance": "tolerance",
        "rates_note": "Rates implied by equivalents in the text against ECB rates from the publication date back",
        "business_days": "business days",
        "search": "Search findings and article text",
        "filter_rule": "Rule",
        "filter_severity": "Severity",
        "filter_article": "Article",
        "all": "all",
        "sort": "Sort",
        "sort_severity": "severity",
        "sort_rule": "rule",
        "sort_article": "article and position",
        "contents": "Contents",
        "generated": "generated",
        "configuration": "configuration",
        "defaults": "defaults",
        "rates_until": "reference rates until",
        "not_loaded": "not needed",
        "shown": "shown",
        "in_finding": "spans in a finding",
        "calculation": "Calculation",
        "fixes": "Suggested fixes",
        "value": "value",
        "interval": "interval",
        "ends": "ends",
        "entities": "entities",
        "metric": "metric",
        "period": "period",
        "role": "role",
        "forecast": "forecast",
        "furniture": "page furniture",
        "guessed": "guessed",
        "severities": {"error": "error", "warning": "warning", "info": "info"},
    },
    "ko": {
        "title": "factlint 보고서",
        "summary": "요약",
        "articles": "기사",
        "claims": "수치",
        "findings": "지적 사항",
        "by_rule": "규칙별",
        "by_severity": "심각도별",
        "rule": "규칙",
        "count": "건수",
        "severity": "심각도",
        "rates": "환율",
        "article": "기사",
        "pair": "통화쌍",
        "equivalent": "환산",
        "implied": "암시 환율",
        "reference": "기준환율 (ECB)",
        "off": "차이",
        "status": "상태",
        "ok": "허용 범위 안",
        "not_ok": "허용 범위 밖",
        "no_reference": "기준 없음",
        "conflict": "충돌",
        "checked": "확인됨",
        "unchecked": "확인 안 됨",
        "none": "없음.",
        "evidence": "근거",
        "index": "목차",
        "previous": "이전",
        "next": "다음",
        "published": "발행",
        "input_errors": "읽지 못한 입력",
        "legend": "수치: 빨강 = 지적 사항(지적 사항이 가리키는 다른 구간 포함), "
        "초록 = 확인되어 맞음, 회색 = 확인 안 됨.",
        "tolerance": "허용",
        "rates_note": "본문의 환산액이 암시하는 환율과 발행일부터 거슬러 올라간 ECB 기준환율",
        "business_days": "영업일",
        "search": "지적 사항과 기사 본문 검색",
        "filter_rule": "규칙",
        "filter_severity": "심각도",
        "filter_article": "기사",
        "all": "전체",
        "sort": "정렬",
        "sort_severity": "심각도",
        "sort_rule": "규칙",
        "sort_article": "기사와 위치",
        "contents": "목차",
        "generated": "생성",
        "configuration": "설정",
        "defaults": "기본값",
        "rates_until": "기준환율 마지막 날짜",
        "not_loaded": "필요 없음",
        "shown": "표시",
        "in_finding": "지적 사항의 구간",
        "calculation": "계산",
        "fixes": "수정 제안",
        "value": "값",
        "interval": "구간",
        "ends": "양 끝",
        "entities": "주체",
        "metric": "지표",
        "period": "기간",
        "role": "역할",
        "forecast": "전망",
        "furniture": "기사 외 요소",
        "guessed": "추정",
        "severities": {"error": "오류", "warning": "경고", "info": "정보"},
    },
}


# A claim's kind and role, and the evidence's keys, as words of the report's language (English is the default
# for a key no table names: its underscores become spaces).
CLAIM_WORDS = {
    "ko": {
        "money": "금액",
        "percent": "퍼센트",
        "pp": "퍼센트포인트",
        "multiple": "배수",
        "fraction": "분수",
        "count": "개수",
        "range": "범위",
        "value": "값",
        "prior": "비교 대상",
        "baseline": "기준",
        "change": "변화",
        "share": "비중",
        "conversion": "환산",
        # what the linker guessed (`Claim.guesses`)
        "currency": "통화",
        "metric": "지표",
        "entities": "주체",
        "period": "기간",
        "relation": "관계",
    },
}
EVIDENCE_WORDS = {
    "en": {
        "at_reference": "at the reference rate",
        "power_of_ten": "power of ten",
        "stated_unit": "unit stated",
        "change_percent": "change (%)",
        "rate_read_as_cut": "rate read as cut, not rounded",
        "relative_percent": "relative change (%)",
        "reference_dates": "reference dates",
        "rate_date": "rate of",
        "business_days": "business days",
        "pair": "currencies",
    },
    "ko": {
        "key": "항목",
        "value": "값",
        "other": "다른 값",
        "statements": "언급 횟수",
        "event": "사건",
        "amount": "금액",
        "date": "날짜",
        "other_date": "다른 날짜",
        "prior": "비교 대상 값",
        "points": "포인트 차",
        "relative_percent": "상대 변화율",
        "stated": "기사의 값",
        "stated_unit": "기사의 단위",
        "direction": "방향",
        "parts": "부분",
        "sum": "합계",
        "total": "총계",
        "period": "기간",
        "derived_prior": "추정한 비교 대상",
        "implied": "암시 값",
        "prior_sum": "비교 대상 합계",
        "change_percent": "변화율",
        "rate_read_as_cut": "반올림 아닌 버림으로 읽은 변화율",
        "expected": "기대 값",
        "computed": "계산 값",
        "difference": "차이",
        "rate": "비율",
        "implied_prior": "암시 비교 대상",
        "increment": "증가분",
        "ranked": "순위 대상",
        "peers": "비교 대상들",
        "ratio": "배율",
        "readings": "읽기",
        "multiple": "배수",
        "percent": "퍼센트",
        "whole": "전체",
        "pair": "통화쌍",
        "other_rate": "다른 환율",
        "reference": "기준환율",
        "reference_dates": "기준 날짜",
        "tolerance": "허용 오차",
        "business_days": "영업일",
        "source": "출처",
        "rate_date": "기준일",
        "power_of_ten": "10의 거듭제곱",
        "at_reference": "기준환율로 환산",
        "reference_rate": "기준환율",
        "fact": "사실",
        "known": "알려진 값",
        "where": "위치",
        "error": "오류",
        "forms": "표기",
        "strict": "엄격",
        "loose": "느슨",
        "metric": "지표",
        "entity": "주체",
        "unit": "단위",
        "note": "메모",
    },
}
_RATE_KEYS = ("implied", "reference", "rate", "other_rate", "reference_rate")  # a conversion's rates
_FIXED_UNITS = {
    "change_percent": "percent",
    "relative_percent": "percent",
    "percent": "percent",
    "points": "pp",
    "ratio": "multiple",
    "multiple": "multiple",
    "readings": "multiple",
    "strict": "multiple",
    "loose": "multiple",
}
_DATE_KEYS = ("date", "other_date", "period", "rate_date")
_YES_NO = {"en": {True: "yes", False: "no"}, "ko": {True: "예", False: "아니요"}}
_DIRECTION = {"en": {1: "up", -1: "down"}, "ko": {1: "증가", -1: "감소"}}
_OWN_KEYS = {*_FIXED_UNITS, *_DATE_KEYS, "metric", "entity", "tolerance", "source", "unit", "value", "note"}


@lru_cache(maxsize=1)
def _env():
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(
        loader=PackageLoader("checker.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # The CSP allows exactly our inline script, by its hash: an injected one could not run.
    env.filters["csp_hash"] = lambda text: base64.b64encode(hashlib.sha256(str(text).encode()).digest()).decode()
    return env


def span_id(article: int, start: int, end: int) -> str:
    return f"a{article}-s{start}-{end}"


def page_name(article: int) -> str:
    return f"article-{article:05d}.html"


@dataclass(slots=True, eq=False)
class ShownClaim:
    """A claim as the report shows it: its place among the article's claims and its span, what the
    evidence words a number with (`claim_words.stated`: value, step, unit, qualifier, text; its interval), and
    the lines of its hover title before the status line (which depends on the findings)."""

    seq: int
    start: int
    end: int
    value: float
    low: float
    high: float
    step: float
    unit: str
    qualifier: str | None
    text: str
    title: str


@dataclass(slots=True, eq=False)
class ReportClaims:
    """An article's claims as the HTML report keeps them, built where the article is checked (a
    streamed run drops the claims after): the spans in an array (statuses and counts need only
    them) and everything else zlib-packed, unpacked only while the article's page or a finding on
    it is rendered. About a hundred bytes per claim instead of a claim's kilobyte."""

    spans: array  # start, end, start, end, …
    packed: bytes

    @classmethod
    def of(cls, claimset, lang: str) -> ReportClaims:
        lang = lang if lang in LABELS else "en"
        # Numbers in the article's own notation (`79조 1400억원`), whatever the report's language.
        notation = wording.notation(claimset.document.language)
        rows = [
            [c.value, c.low, c.high, c.step, c.unit, c.qualifier, c.text, _claim_lines(c, lang, notation)]
            for c in claimset.claims
        ]
        spans = array("q", (edge for c in claimset.claims for edge in (c.start, c.end)))
        return cls(spans, zlib.compress(json.dumps(rows, ensure_ascii=False).encode("utf-8"), 1))

    def __len__(self) -> int:
        return len(self.spans) // 2

    def span_pairs(self) -> list[tuple[int, int]]:
        return list(zip(self.spans[::2], self.spans[1::2], strict=True))

    def unpack(self) -> list[ShownClaim]:
        rows = json.loads(zlib.decompress(self.packed).decode("utf-8"))
        return [
            ShownClaim(k, start, end, *row)
            for k, ((start, end), row) in enumerate(zip(self.span_pairs(), rows, strict=True))
        ]


def report_claims(claimset, lang: str) -> ReportClaims:
    """What the HTML report keeps of one article's claims (a streamed check calls it per article)."""
    return ReportClaims.of(claimset, lang)


def _claim_lines(claim: Claim, lang: str, notation: str) -> str:
    """A claim's hover title before its status: every number as the messages write it (the article's
    notation, one number for equal ends), then who, what, when and in which role."""
    t = LABELS[lang]
    interval = claim.interval
    words = CLAIM_WORDS.get(lang, {})
    lines = [
        f"{claim.text} ({words.get(claim.kind, claim.kind)})",
        f"{t['value']}: {claim_words.stated(claim, notation, lang)}",
        f"{t['interval']}: {wording.interval(interval, claim.unit, notation)}",
    ]
    if claim.ends:
        lines.append(
            f"{t['ends']}: "
            + " ~ ".join(wording.interval(Interval(lo, hi), claim.unit, notation) for lo, hi in claim.ends)
        )
    lines += [
        f"{t['entities']}: {claim_words.entities_word(claim.entities, lang) or '—'}",
        f"{t['metric']}: {claim_words.metric_word(claim.metric, lang) if claim.metric else '—'}",
        f"{t['period']}: {_period(claim.period, lang) if claim.period else '—'}",
        f"{t['role']}: {words.get(claim.role, claim.role)}",
    ]
    flags = [t[name] for name in ("forecast", "furniture") if getattr(claim, name)]
    if claim.guesses:
        flags.append(f"{t['guessed']}: " + ", ".join(words.get(g, g) for g in claim.guesses))
    if flags:
        lines.append("; ".join(flags))
    return "\n".join(lines)


@dataclass(slots=True, eq=False)
class PassedSpans:
    """A relation that held, as the report needs it: its rule and the spans it covers (they colour
    claims as checked). A conversion judged against a reference rate stays whole: its evidence
    fills the rates table. The report keeps one of these for every relation of every article, so
    the spans are a path per span (the article's own string) and their edges in one array: three
    objects, not a tuple and two integers per span (about half the memory)."""

    rule: str
    paths: tuple[str, ...]
    edges: array  # start, end, start, end, … (one pair per path)

    @property
    def spans(self) -> Iterator[tuple[str, int, int]]:
        """(path, start, end) of each span."""
        return zip(self.paths, self.edges[::2], self.edges[1::2], strict=True)


@dataclass(slots=True, eq=False)
class _Place:
    """A span as the rates table links and quotes it."""

    path: str
    start: int
    end: int
    snippet: str | None = None


@dataclass(slots=True, eq=False)
class PassedRate(PassedSpans):
    """A conversion that held against a reference rate: also its two places and the evidence the
    rates table shows."""

    location: _Place | None = None
    related: tuple[_Place, ...] = ()
    evidence: dict = field(default_factory=dict)


_RATE_EVIDENCE = ("kind", "pair", "implied", "reference", "reference_dates", "tolerance", "business_days")


def passed_for_report(passed) -> PassedSpans:
    """What the HTML report keeps of one passed relation (a streamed check reduces each as it comes):
    a pydantic Passed with its locations and evidence costs kilobytes, its spans a few dozen bytes."""
    places = (passed.location, *passed.related)
    paths = tuple(loc.path for loc in places)
    edges = array("q", (edge for loc in places for edge in (loc.start, loc.end)))
    if not _reference_conversion(passed):
        return PassedSpans(passed.rule, paths, edges)
    place = lambda loc: _Place(loc.path, loc.start, loc.end, loc.snippet)  # noqa: E731
    return PassedRate(
        passed.rule,
        paths,
        edges,
        place(passed.location),
        tuple(map(place, passed.related)),
        {key: passed.evidence[key] for key in _RATE_EVIDENCE if key in passed.evidence},
    )


def _reference_conversion(item) -> bool:
    evidence = getattr(item, "evidence", None) or {}
    return evidence.get("kind") == "conversion" and "reference" in evidence


def _passed_spans(passed) -> Iterator[tuple[str, int, int]]:
    if isinstance(passed, PassedSpans):
        return passed.spans
    return ((loc.path, loc.start, loc.end) for loc in (passed.location, *passed.related))


def _report_claims(item, lang: str) -> ReportClaims:
    """A streamed check's article brings its ReportClaims; a claim set's are built here."""
    kept = getattr(item, "report_claims", None)
    return kept if kept is not None else ReportClaims.of(item, lang)


@dataclass(slots=True)
class _Mark:
    start: int
    end: int
    claim: ShownClaim | None = None
    severities: set[str] = field(default_factory=set)  # of the findings whose spans are exactly this one


# Articles whose text and claims are unpacked at once: the page being written and the few a
# finding's evidence and spans visit; the report never holds every article's.
_UNPACKED = 32


class _Report:
    """What every page needs, computed once: statuses, links, summaries; each article is rendered on demand."""

    def __init__(self, outcome, lang: str, files: str | None = None):
        self.outcome, self.rules = outcome, outcome.rules
        self.lang = lang if lang in LABELS else "en"
        self.files = files  # the multi-page folder's name, None for one page
        # Each article: its document (a claim set's, or a streamed check's stub) and its claims as shown.
        self.documents = [item.document for item in outcome.claimsets]
        self.claims = [_report_claims(item, self.lang) for item in outcome.claimsets]
        self.index_of = {document.path: i for i, document in enumerate(self.documents)}
        self.findings = sorted(outcome.findings, key=lambda f: -SEVERITY_RANK[f.severity])  # stable: errors first
        # Per article: the spans of findings and of passed relations, sorted by start for the overlap scan.
        self.finding_spans: dict[int, list[tuple[int, int, int]]] = {}
        self.passed_spans: dict[int, list[tuple[int, int, str]]] = {}
        for n, finding in enumerate(self.findings):
            for loc in (finding.location, *finding.related):
                if loc.path in self.index_of:
                    self.finding_spans.setdefault(self.index_of[loc.path], []).append((loc.start, loc.end, n))
        for passed in outcome.passed:
            for path, start, end in _passed_spans(passed):
                if path in self.index_of:
                    self.passed_spans.setdefault(self.index_of[path], []).append((start, end, passed.rule))
        for spans in (*self.finding_spans.values(), *self.passed_spans.values()):
            spans.sort()
        self.longest_finding = {i: _longest(spans) for i, spans in self.finding_spans.items()}
        self.longest_passed = {i: _longest(spans) for i, spans in self.passed_spans.items()}
        self._unpacked: OrderedDict[int, tuple[str, list[ShownClaim], tuple[dict, dict]]] = OrderedDict()
        self.counts = [Counter(s for s, _ in self._statuses(i)) for i in range(len(self.documents))]
        # A finding's span that is no claim (a date, a name) is a conflict too: the summary must not
        # say "conflict 0" over an article with errors.
        for i, spans in self.finding_spans.items():
            claims = sorted(self.claims[i].span_pairs())
            longest = _longest(claims)
            self.counts[i]["conflict"] += len(
                {(s, e) for s, e, _ in spans if not any(_overlapping(claims, s, e, longest))}
            )

    def _article_data(self, article: int) -> tuple[str, list[ShownClaim], tuple[dict, dict]]:
        """An article's text, its claims unpacked, and its claims by span and by value (low, high),
        kept for the last _UNPACKED articles asked for."""
        found = self._unpacked.get(article)
        if found is not None:
            self._unpacked.move_to_end(article)
            return found
        shown = self.claims[article].unpack()
        by_span: dict[tuple[int, int], list[ShownClaim]] = {}
        by_value: dict[tuple[float, float], ShownClaim] = {}
        for claim in shown:
            by_span.setdefault((claim.start, claim.end), []).append(claim)
            by_value.setdefault((claim.low, claim.high), claim)
        found = self._unpacked[article] = (self.documents[article].text, shown, (by_span, by_value))
        if len(self._unpacked) > _UNPACKED:
            self._unpacked.popitem(last=False)
        return found

    def _text_of(self, article: int) -> str:
        return self._article_data(article)[0]

    # --- links -------------------------------------------------------------------------------
    def _page(self, article: int, here: int | None) -> str:
        """The page showing `article`, relative to page `here` (an article, or None: the index);
        empty when it is the same page (always, in one-page mode)."""
        if self.files is None or article == here:
            return ""
        # A URL path: the output's name may hold `#`, `?`, `%` or spaces (issue 12).
        return page_name(article) if here is not None else quote(f"{self.files}/{page_name(article)}")

    def href(self, loc: Location, here: int | None) -> str | None:
        article = self.index_of.get(loc.path)
        if article is None:
            return None  # a stored (ledger) article: no text to point into
        return self._page(article, here) + "#" + span_id(article, loc.start, loc.end)

    def article_href(self, article: int, here: int | None) -> str:
        return self._page(article, here) or f"#a{article}"

    # --- claims ------------------------------------------------------------------------------
    def _statuses(self, article: int) -> list[tuple[str, list[str]]]:
        """(status, rule codes) of each claim, in order, by overlap with finding spans first, then passed ones."""
        found = self.finding_spans.get(article, [])
        passed = self.passed_spans.get(article, [])
        found_longest = self.longest_finding.get(article, 0)
        passed_longest = self.longest_passed.get(article, 0)
        statuses = []
        for start, end in self.claims[article].span_pairs():
            rules = sorted({self.findings[n].rule for _, _, n in _overlapping(found, start, end, found_longest)})
            if rules:
                statuses.append(("conflict", rules))
                continue
            rules = sorted({code for _, _, code in _overlapping(passed, start, end, passed_longest)})
            statuses.append(("checked" if rules else "unchecked", rules))
        return statuses

    def _claim_title(self, claim: ShownClaim, status: str, rules: list[str]) -> str:
        return claim.title + f"\n{LABELS[self.lang][status]}" + (f": {', '.join(rules)}" if rules else "")

    def article(self, i: int, here: int | None = None) -> dict:
        doc = self.documents[i]
        text, shown, _ = self._article_data(i)
        statuses = self._statuses(i)
        marks: dict[tuple[int, int], _Mark] = {}
        for claim in shown:
            marks[(claim.start, claim.end)] = _Mark(claim.start, claim.end, claim)
        for start, end, n in self.finding_spans.get(i, []):
            marks.setdefault((start, end), _Mark(start, end)).severities.add(self.findings[n].severity)
        pieces = []
        for mark in marks.values():
            classes, title = [], ""
            if mark.claim is not None:
                status, rules = statuses[mark.claim.seq]
                classes += ["claim", f"st-{status}"]
                title = self._claim_title(mark.claim, status, rules)
            if mark.severities:
                worst = max(mark.severities, key=SEVERITY_RANK.__getitem__)
                classes += ["fspan", f"sev-{worst}"]
                title = title or LABELS[self.lang]["findings"] + ": " + LABELS[self.lang]["severities"][worst]
            pieces.append((mark.start, mark.end, span_id(i, mark.start, mark.end), " ".join(classes), title))
        pieces += _markup_pieces(doc, text, i)
        return {**self._row(i, here), "outlet": doc.outlet, "language": doc.language, "body": highlight(text, pieces)}

    def _row(self, i: int, here: int | None) -> dict:
        doc = self.documents[i]
        published = _period(doc.published.isoformat(), self.lang) if doc.published else None
        return {
            "index": i,
            "path": doc.path,
            "published": published,
            "claims": len(self.claims[i]),
            "statuses": {s: self.counts[i].get(s, 0) for s in ("conflict", "checked", "unchecked")},
            "findings": len({n for _, _, n in self.finding_spans.get(i, [])}),
            "href": self.article_href(i, here),
        }

    def article_rows(self, here: int | None = None) -> list[dict]:
        """The article table: counts only, so it stays cheap for thousands of articles."""
        return [self._row(i, here) for i in range(len(self.documents))]

    # --- findings ----------------------------------------------------------------------------
    def finding_views(self, here: int | None = None, only: int | None = None) -> list[dict]:
        views = []
        # One article's page visits only its own findings: the pages stay linear in total size.
        if only is None:
            wanted = range(len(self.findings))
        else:
            wanted = sorted({n for _, _, n in self.finding_spans.get(only, [])})
        for n in wanted:
            finding = self.findings[n]
            spans = [self._span_view(loc, here, i == 0) for i, loc in enumerate((finding.location, *finding.related))]
            articles = sorted(
                {self.index_of[loc.path] for loc in (finding.location, *finding.related) if loc.path in self.index_of}
            )
            views.append(
                {
                    "id": f"f{n}",
                    "n": n,
                    "rule": finding.rule,
                    "severity": finding.severity,
                    "rank": SEVERITY_RANK[finding.severity],
                    "path": finding.location.path,
                    "start": finding.location.start,
                    "articles": " ".join(map(str, articles)),
                    "message": finding.message,
                    "count": finding.count,
                    "notes": finding.notes,
                    "spans": spans,
                    "evidence": self._evidence_rows(finding),
                    "work": [str(line) for line in finding.evidence.get("calculation") or ()],
                    "fixes": [
                        {
                            "message": s.message,
                            "original": s.original,
                            "replacement": s.replacement,
                            "where": (
                                ""
                                if s.location.path == finding.location.path
                                else f"{s.location.path}:{s.location.line}:{s.location.column}"
                            ),
                        }
                        for s in finding.suggestions
                    ],
                }
            )
        return views

    def _claim_index(self, article: int) -> tuple[dict, dict]:
        """An article's claims by span and by value (low, high)."""
        return self._article_data(article)[2]

    def _finding_claims(self, finding) -> tuple[list[ShownClaim], list[dict]]:
        """The claims at a finding's spans (its own and the related ones), in that order, and the by-value
        indexes of the articles involved (a finding whose span is a date still states amounts of claims)."""
        claims, by_values = [], []
        for loc in (finding.location, *finding.related):
            article = self.index_of.get(loc.path)
            if article is not None:
                by_span, by_value = self._claim_index(article)
                claims += by_span.get((loc.start, loc.end), [])
                if by_value not in by_values:
                    by_values.append(by_value)
        return claims, by_values

    def _evidence_rows(self, finding) -> list[tuple[str, str]]:
        """The evidence as label/value rows in the report's words: amounts in the article's notation and the
        unit of the claim they belong to (the evidence keeps bare numbers), never raw JSON."""
        article = self.index_of.get(finding.location.path)
        notation = wording.notation(self.documents[article].language if article is not None else self.lang)
        claims, by_values = self._finding_claims(finding)
        return _EvidenceView(finding.evidence, claims, self.lang, notation, by_values).rows()

    def _span_view(self, loc: Location, here: int | None, primary: bool) -> dict:
        article = self.index_of.get(loc.path)
        if article is not None:
            text = self._text_of(article)[loc.start : loc.end]
        else:
            text = loc.snippet or ""
        return {
            "href": self.href(loc, here),
            "where": f"{loc.path}:{loc.line}:{loc.column}",
            "message": loc.message or "",
            "text": text,
            "primary": primary,
        }

    # --- summary and rates -------------------------------------------------------------------
    def summary(self) -> dict:
        by_severity = Counter(f.severity for f in self.findings)
        by_rule = Counter(f.rule for f in self.findings)
        worst: dict[str, str] = {}
        for f in self.findings:
            if SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst.get(f.rule, "info")] or f.rule not in worst:
                worst[f.rule] = f.severity
        rules = []
        for code, count in sorted(by_rule.items()):
            try:
                rule = self.rules.rule(code)
                name, summary = rule.name, rule.summary_in(self.lang)
            except KeyError:  # a code outside the packs (an unused-suppression warning)
                name, summary = "", ""
            rules.append({"code": code, "name": name, "summary": summary, "count": count, "severity": worst[code]})
        statuses = sum(self.counts, Counter())
        return {
            "articles": len(self.documents),
            "claims": sum(len(claims) for claims in self.claims),
            "findings": len(self.findings),
            "by_severity": {s: by_severity.get(s, 0) for s in SEVERITIES},
            "by_rule": rules,
            "statuses": {s: statuses.get(s, 0) for s in ("conflict", "checked", "unchecked")},
            "errors": [str(e) for e in self.outcome.errors],
        }

    def _reference_items(self, only: int | None = None) -> Iterator[tuple[object, bool]]:
        """(finding or passed relation, held) for every conversion checked against a reference rate:
        the conversion check puts the rates it compared into the evidence."""
        for item in self.findings:
            if _reference_conversion(item):
                yield item, False
        for item in self.outcome.passed:
            if _reference_conversion(item):
                yield item, True

    @cached_property
    def reference_params(self) -> dict:
        for item, _ in self._reference_items():
            return {
                "tolerance": item.evidence.get("tolerance", 0.025),
                "business_days": item.evidence.get("business_days", 3),
            }
        return {"tolerance": 0.025, "business_days": 3}

    @cached_property
    def _references_by_article(self) -> dict[int, list[tuple[object, bool]]]:
        """The reference-rate items of each article, found once: an article's page visits only its
        own (scanning every finding and relation for every page made the pages quadratic)."""
        by_article: dict[int, list[tuple[object, bool]]] = {}
        for item, held in self._reference_items():
            article = self.index_of.get(item.location.path)
            if article is not None:
                by_article.setdefault(article, []).append((item, held))
        return by_article

    def rates(self, here: int | None = None, only: int | None = None) -> list[dict]:
        rows = []
        if only is None:
            items = [
                pair for article in sorted(self._references_by_article) for pair in self._references_by_article[article]
            ]
        else:
            items = self._references_by_article.get(only, [])
        for item, held in items:
            article = self.index_of[item.location.path]
            ev = item.evidence
            base, quoted = ev["pair"]
            implied = Interval(*ev["implied"])
            reference = Interval(*ev["reference"])
            base_loc = item.related[0] if item.related else item.location
            # Rates as the messages word them: the report's language, the article's notation.
            notation = wording.notation(self.documents[article].language)
            rows.append(
                {
                    "article": article,
                    "path": item.location.path,
                    "article_href": self.article_href(article, here),
                    "implied": wording.rate_interval(implied, quoted, base, self.lang, notation),
                    "base": self._text(base_loc),
                    "quote": self._text(item.location),
                    "base_href": self.href(base_loc, here),
                    "quote_href": self.href(item.location, here),
                    "reference": wording.rate_interval(reference, quoted, base, self.lang, notation),
                    "dates": _dates(ev.get("reference_dates"), self.lang),
                    "off": _off(implied, reference),
                    "ok": held,
                    "start": item.location.start,
                }
            )
        rows.sort(key=lambda r: (r["article"], r["start"]))
        return rows

    def _text(self, loc: Location) -> str:
        article = self.index_of.get(loc.path)
        if article is None:
            return loc.snippet or ""
        return self._text_of(article)[loc.start : loc.end]

    def common(self) -> dict:
        params = self.reference_params
        return {
            "t": LABELS[self.lang],
            "lang": self.lang,
            "summary": self.summary(),
            "tolerance": f"{params['tolerance']:.1%}",
            "business_days": params["business_days"],
            "stamp": self.outcome.stamp,
            "rules_seen": sorted({f.rule for f in self.findings}),
            "article_options": [(i, document.path) for i, document in enumerate(self.documents)],
        }


_HEADING = compile_exact(r"^(#{1,6}[ \t]+)(.*\S)[ \t#]*$", re.M)
_MARKUP = compile_exact(r"<!--.*?-->|<(script|style)\b.*?</\1\s*>|<[A-Za-z/!][^<>]*>", re.S | re.I)


def _markup_pieces(doc, text: str, article: int) -> list[tuple[int, int, str, str, str]]:
    """Marks that show an article as text: front matter, Markdown heading markers and an HTML page's tags are
    hidden (`md-hide`), headings set as headings (`md-h`). The text underneath is untouched, so
    every offset still points into the file."""
    pieces = []
    if doc.body_start:
        pieces.append((0, doc.body_start, f"a{article}-front", "md-hide", ""))
    path = doc.path.lower()
    if path.endswith((".md", ".markdown")):
        for m in _HEADING.finditer(text, doc.body_start):
            pieces.append((m.start(), m.end(), f"a{article}-h{m.start()}", "md-h", ""))
            pieces.append((m.start(1), m.end(1), f"a{article}-hm{m.start()}", "md-hide", ""))
    if path.endswith((".html", ".htm")):  # Markdown's inline markup is shown as written
        for m in _MARKUP.finditer(text, doc.body_start):
            pieces.append((m.start(), m.end(), f"a{article}-t{m.start()}", "md-hide", ""))
    return pieces


def _period(period: str, lang: str) -> str:
    try:
        return wording.period(period, lang)
    except (ValueError, KeyError, IndexError):  # a period form the wording does not know: shown as it is
        return period


def _dates(value, lang: str) -> str:
    """`2024-08-22..2024-08-27` (the evidence's ISO range) as words: `22–27 August 2024`, `2024년 8월 22~27일`."""
    try:
        first, last = (dt.date.fromisoformat(part) for part in str(value).split(".."))
    except ValueError:
        return "" if value is None else str(value).replace("..", " – ")
    return wording.date_range(first, last, lang)


@dataclass(slots=True)
class _EvidenceView:
    """One finding's evidence as words. A number's unit is the unit of the finding's claim it equals, or of
    the claim nearest it in size (a computed amount beside the amounts it came from); rates, percents and
    multiples by their key; a number near no claim stays a plain number."""

    evidence: dict
    claims: list[ShownClaim]
    lang: str
    notation: str
    by_values: list[dict] = field(default_factory=list)  # the involved articles' claims by (low, high)

    def rows(self) -> list[tuple[str, str]]:
        words = EVIDENCE_WORDS.get(self.lang, {})
        rows = []
        for key, value in self.evidence.items():
            if key in ("kind", "calculation"):  # the calculation is shown worked, above the rows
                continue
            if key == "key" and "forms" in self.evidence:  # a name's lowercased key: its forms say it as written
                continue
            if value is None:
                continue
            rows.append(
                (words.get(key) or EVIDENCE_WORDS["en"].get(key) or key.replace("_", " "), self.value(key, value))
            )
        return rows

    def value(self, key: str, value) -> str:
        if key == "reference_dates":
            return _dates(value, self.lang)
        if key in _DATE_KEYS and isinstance(value, str):
            return _period(value, self.lang)
        if key == "tolerance" and isinstance(value, float):
            return f"{value:.1%}"
        if isinstance(value, bool):
            return _YES_NO[self.lang if self.lang in _YES_NO else "en"][value]
        if key == "direction" and isinstance(value, int) and not isinstance(value, bool) and value in (-1, 1):
            return _DIRECTION[self.lang if self.lang in _DIRECTION else "en"][value]
        if key in ("metric", "entity") and isinstance(value, str):
            return (claim_words.metric_word if key == "metric" else claim_words.entity_word)(value, self.lang) or value
        if isinstance(value, dict):
            # A nested value keeps its parent's meaning unless its own key has one (`strict`, `metric`).
            return "; ".join(
                f"{self._inner_label(key, k)}: {self.value(k if k in _OWN_KEYS else key, v)}"
                for k, v in value.items()
                if v is not None
            )
        pair = _numbers(value)
        if pair is None:
            if isinstance(value, (list, tuple)):
                return ", ".join(self.value(key, v) for v in value)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                return self.interval(key, Interval(float(value), float(value)))
            return str(value)
        return self.interval(key, Interval(*pair))

    def _inner_label(self, parent: str, key) -> str:
        if parent == "peers":  # entity ids
            return claim_words.entity_word(key, self.lang) or key
        return EVIDENCE_WORDS.get(self.lang, {}).get(key, key) if isinstance(key, str) else str(key)

    def interval(self, key: str, iv: Interval) -> str:
        currencies = self.evidence.get("pair")
        if key in _RATE_KEYS and isinstance(currencies, list) and len(currencies) == 2:
            base, quote = currencies
            return wording.rate_interval(iv, quote, base, self.lang, self.notation)
        for claim in self.claims:  # a claim's own numbers: as the article wrote them
            if math.isclose(claim.low, iv.lo, rel_tol=1e-9) and math.isclose(claim.high, iv.hi, rel_tol=1e-9):
                return claim_words.stated(claim, self.notation, self.lang)
        for by_value in self.by_values:
            claim = by_value.get((iv.lo, iv.hi))
            if claim is not None:
                return claim_words.stated(claim, self.notation, self.lang)
        unit = _FIXED_UNITS.get(key) or self._unit_of(iv)
        if unit is None or not (math.isfinite(iv.lo) or math.isfinite(iv.hi)):
            return _evidence_raw(iv)
        if iv.lo == iv.hi:  # a computed point: at the precision the messages give it
            return wording.amount(iv.lo, unit, self.notation)
        return wording.interval(iv, unit, self.notation)

    def _unit_of(self, iv: Interval) -> str | None:
        size = max(abs(iv.lo), abs(iv.hi)) if math.isfinite(iv.lo) and math.isfinite(iv.hi) else 0.0
        sized = [c for c in self.claims if c.high and math.isfinite(c.high)]
        if not size or not sized:
            return None
        nearest = min(sized, key=lambda c: abs(math.log10(abs(c.high)) - math.log10(size)))
        return nearest.unit if abs(math.log10(abs(nearest.high)) - math.log10(size)) <= 3 else None


def _numbers(value) -> tuple[float, float] | None:
    if (
        isinstance(value, (list, tuple))
        and len(value) == 2
        and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value)
    ):
        return float(value[0]), float(value[1])
    return None


def _evidence_raw(iv: Interval) -> str:
    low, high = _raw(iv.lo), _raw(iv.hi)
    return low if low == high else f"{low} – {high}"


def _longest(spans: list[tuple]) -> int:
    return max((span[1] - span[0] for span in spans), default=0)


def _overlapping(spans: list[tuple], start: int, end: int, longest: int) -> Iterator[tuple]:
    """Spans (sorted by start, none longer than `longest`) that share at least one code point with [start, end).
    Only spans starting within `longest` before `start` can reach it: each query reads its neighbourhood, not every
    span before it (a long article with thousands of findings made the page quadratic)."""
    for k in range(bisect.bisect_left(spans, (start - longest,)), bisect.bisect_left(spans, (end,))):
        if spans[k][1] > start:
            yield spans[k]


def _raw(value: float) -> str:
    if math.isinf(value):
        return "∞" if value > 0 else "-∞"
    if value == int(value) and abs(value) < 1e18:
        return f"{int(value):,}"
    if 1e6 <= abs(value) < 1e18:  # an amount in base units: digits grouped, never `1.43175e+10`
        return f"{value:,.0f}"
    return f"{value:,.6g}"


def _off(rate: Interval, reference: Interval) -> str:
    """How far the implied interval lies outside the reference one, in percent of the reference."""
    if rate.lo > reference.hi:
        return f"+{(rate.lo / reference.hi - 1):.1%}"
    if rate.hi < reference.lo:
        return f"−{(1 - rate.hi / reference.lo):.1%}"
    return "0%"


def highlight(text: str, marks: list[tuple[int, int, str, str, str]]) -> Markup:
    """The escaped text with each (start, end, id, classes, title) wrapped in a <mark>.

    Marks nest when one contains another; one that crosses the end of an enclosing
    mark is cut there (HTML elements cannot cross), keeping its id so links still land.
    """
    out: list[str] = []
    pos = 0
    open_ends: list[int] = []  # ends of the open marks, innermost last (never increasing)

    def text_to(upto: int) -> None:
        nonlocal pos
        if upto > pos:
            out.append(str(escape(text[pos:upto])))
            pos = upto

    size = len(text)
    ordered = sorted(
        ((max(0, min(s, size)), max(0, min(e, size)), *rest) for s, e, *rest in marks), key=lambda m: (m[0], -m[1])
    )
    for start, end, ident, classes, title in ordered:
        while open_ends and open_ends[-1] <= start:
            text_to(open_ends.pop())
            out.append("</mark>")
        text_to(start)
        end = max(start, min(end, open_ends[-1]) if open_ends else end)
        out.append(f'<mark id="{escape(ident)}" class="{escape(classes)}" title="{escape(title)}">')
        open_ends.append(end)
    while open_ends:
        text_to(open_ends.pop())
        out.append("</mark>")
    text_to(size)
    return Markup("".join(out))


def html_report(outcome, *, lang: str = "en") -> str:
    """One self-contained page: summary, findings, rates and every article's text."""
    report = _Report(outcome, lang)
    return (
        _env()
        .get_template("report.html.j2")
        .render(
            **report.common(),
            findings=report.finding_views(),
            rates=report.rates(),
            rows=report.article_rows(),
            articles=[report.article(i) for i in range(len(outcome.claimsets))],
        )
    )


def html_pages(outcome, *, name: str, lang: str = "en") -> Iterator[tuple[str, str]]:
    """(relative path, page) for the index `name` and one page per article in `<stem>_files/`.

    Pages are produced one at a time so that a caller can write each and let it go.
    """
    for relative, pieces in html_page_pieces(outcome, name=name, lang=lang):
        yield relative, "".join(pieces)


def html_page_pieces(outcome, *, name: str, lang: str = "en") -> Iterator[tuple[str, Iterator[str]]]:
    """`html_pages`, each page as the pieces its template renders, in order, for a caller that writes
    them as they come: the index of 10,000 articles (every finding, rate and article row) is tens of
    megabytes as one string, and more while the template joins it. A page's pieces are to be used up
    before the next page is asked for."""
    files = f"{PurePosixPath(name).stem}_files"
    report = _Report(outcome, lang, files=files)
    env, common = _env(), report.common()
    count = len(outcome.claimsets)
    yield (
        name,
        env.get_template("index.html.j2").generate(
            **common, findings=report.finding_views(), rates=report.rates(), rows=report.article_rows(), files=files
        ),
    )
    template = env.get_template("article.html.j2")
    for i in range(count):
        # An article's page filters its own findings: no list of every article on every page.
        yield (
            f"{files}/{page_name(i)}",
            template.generate(
                **{**common, "article_options": []},
                article=report.article(i, here=i),
                findings=report.finding_views(here=i, only=i),
                rates=report.rates(here=i, only=i),
                index_href=f"../{quote(name)}",
                previous=page_name(i - 1) if i > 0 else None,
                next=page_name(i + 1) if i + 1 < count else None,
            ),
        )


def write_html(outcome, settings, stream) -> None:
    """`factlint check --format html`: one page onto `stream`, or, over more than SINGLE_PAGE_LIMIT
    articles, an index page onto `stream` and one page per article in a folder beside `settings.output`."""
    if len(outcome.claimsets) <= SINGLE_PAGE_LIMIT:
        stream.write(html_report(outcome, lang=settings.lang))
        return

    output = settings.output
    if output is None:
        raise UsageError(
            f"an HTML report over {len(outcome.claimsets)} articles is an index page plus one page "
            f"per article (more than {SINGLE_PAGE_LIMIT}): give the index's path with -o FILE"
        )
    folder = output.parent / f"{output.stem}_files"
    written = set()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for relative, pieces in html_page_pieces(outcome, name=output.name, lang=settings.lang):
            if relative == output.name:
                stream.writelines(pieces)
                continue
            with open(output.parent / relative, "w", encoding="utf-8") as page:
                page.writelines(pieces)
            written.add(relative)
        # Pages left from an earlier, larger run would be unreachable but misleading.
        for stale in folder.glob("article-*.html"):
            if f"{folder.name}/{stale.name}" not in written:
                stale.unlink()
    except OSError as exc:
        raise InputError(str(output), f"cannot write: {exc.strerror or exc}") from None
