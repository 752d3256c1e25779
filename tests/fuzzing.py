"""Article-like text for fuzzing the whole pipeline (issue 12.2), shared by tests/test_fuzz.py
(a fixed profile, in the suite) and benchmarks/fuzz.py (a long randomized run before a release).

The text is built from the pieces copy is made of — Korean and English words, names with and
without a lexicon entry, every numeral style the extractor knows and malformed ones, units and
currencies, qualifiers, parentheses (balanced or not), dates, periods (`9M`, `1~3분기`, `H1`),
ranges, rise and fall words, page furniture — joined in any order, plus raw noise. Nothing here
comes from a real article.
"""

from __future__ import annotations

import argparse
import datetime as dt

from hypothesis import strategies as st

SUBJECTS = [
    "알리바바",
    "알리바바 클라우드",
    "텐센트",
    "바이두",
    "삼성전자",
    "SK하이닉스",
    "현대차",
    "네이버",
    "카카오",
    "문샷(Moonshot)",
    "가나다테크(Ganada Tech)",
    "이 회사",
    "이들",
    "회사",
    "정부",
    "중국",
    "한국은행",
    "Alibaba",
    "Tencent",
    "Tesla",
    "the company",
    "Acme Corp",
    "its cloud unit",
    "Apple",
    "Nvidia",
]
METRICS = [
    "매출",
    "영업이익",
    "순이익",
    "영업이익률",
    "시가총액",
    "투자",
    "설비투자",
    "점유율",
    "출하량",
    "이직률",
    "예산",
    "revenue",
    "operating profit",
    "net income",
    "capex",
    "market share",
    "shipments",
    "margin",
    "budget",
]
PERIODS = [
    "올해",
    "지난해",
    "작년",
    "내년",
    "2024년",
    "2023년",
    "1~3분기",
    "1~9월",
    "1∼3분기",
    "상반기",
    "하반기",
    "2분기",
    "3분기 누적",
    "지난 5월",
    "2월",
    "3월 한 달",
    "전년 동기",
    "전분기",
    "전월",
    "1년 새",
    "4~6월",
    "2024-9M",
    "H1",
    "H2",
    "9M",
    "Q3",
    "the first nine months",
    "the first half",
    "a year earlier",
    "last year",
    "the second quarter",
    "in fiscal 2024",
    "FY2023",
    "Jan-Sept",
    "8월 27일",
    "2024년 8월 27일",
    "2024-08-27",
    "27일",
    "지난주",
    "월요일",
    "(현지시간)",
]
NUMERALS = [
    "0",
    "1",
    "8",
    "12",
    "500",
    "4.5",
    "0.3",
    "1,234",
    "12,345,678",
    "1,23,456",
    "1.2.3",
    "1..5",
    ",5",
    "5,",
    "１２３",
    "٣",
    "1조",
    "1조 2000억",
    "1조2000억",
    "9조 2946억",
    "12억3456억",
    "3억5조",
    "42억",
    "230억",
    "500억",
    "1060억",
    "8억",
    "1억 5천만",
    "이천",
    "삼백만",
    "수십만",
    "수백",
    "십여",
    "300여",
    "30여",
    "두",
    "세",
    "한두",
    "1.35",
    "590",
    "4.3",
    "1e400",
    "9" * 320,
    "1" * 309,
    "0.0000001",
    "-5",
    "−5",
    "+3",
    "½",
    "1/3",
    "3분의 1",
    "10만",
    "100만",
    "1000만",
    "2.5",
    "70",
    "1656",
    "1656억",
    "16,000",
    "999,999,999,999,999,999",
]
UNITS = [
    "원",
    "억원",
    "조원",
    "달러",
    "억 달러",
    "위안",
    "억 위안",
    "엔",
    "유로",
    "파운드",
    "%",
    "%p",
    "퍼센트",
    "포인트",
    "배",
    "개",
    "명",
    "대",
    "곳",
    "건",
    "주",
    "bn",
    "billion",
    "million",
    "trillion",
    "tn",
    "m",
    "percent",
    "percentage points",
    "yuan",
    "won",
    "yen",
    "euros",
    "vehicles",
    "servers",
    "km",
    "MW",
    "",
]
PREFIXES = ["$", "US$", "¥", "€", "£", "₩", "약 ", "about ", "nearly ", "more than ", "최소 ", "최대 ", "up to ", ""]
QUALIFIERS = [
    "이상",
    "이하",
    "미만",
    "초과",
    "넘는",
    "가량",
    "정도",
    "안팎",
    "여",
    "가까이",
    "남짓",
    "or more",
    "at least",
    "",
]
CONNECTORS = [
    "으로",
    "로",
    "에서",
    "보다",
    "대비",
    "을 기록했다",
    "를 기록했다",
    "증가했다",
    "늘었다",
    "감소했다",
    "줄었다",
    "두 배로 늘었다",
    "두 배 가까이 늘었다",
    "2배 이상 증가했다",
    "세 배",
    "배 증가",
    "급증했다",
    "흑자 전환했다",
    "에 달했다",
    "을 차지했다",
    "중",
    "가운데",
    "의",
    "은",
    "는",
    "이",
    "가",
    "를",
    "·",
    "~",
    "∼",
    "-",
    "–",
    "to",
    "from",
    "up",
    "down",
    "rose",
    "fell",
    "doubled",
    "tripled",
    "more than doubled",
    "nearly doubled",
    "compared with",
    "of which",
    "a year earlier",
    "year-on-year",
    "전망이다",
    "계획이다",
    "목표다",
    "expected",
    "forecast",
    "가장 많은",
    "최대",
    "the largest",
    "the most",
    "각각",
    "respectively",
    "합계",
    "총",
    "전체",
]
FURNITURE = [
    "홍길동 기자 gildong@example.com",
    "[사진=연합뉴스]",
    "Copyright © Example News. All rights reserved.",
    "무단전재 및 재배포 금지",
    "관련기사",
    "▶ 다른 기사 보기",
    "(서울=연합뉴스)",
    "By Jane Doe, Reuters",
    "Related: other stories",
    "<b>",
    "</p>",
    "# 제목",
    "---",
    "* 목록",
    "> 인용",
    "factlint: ignore[F301] reason",
    "<!-- factlint: ignore -->",
    "\ufeff",
    "\u00a0",
    "\u200b",
    "\r\n",
    "\t",
    "…",
    "“",
    "”",
    "‘",
    "’",
    "「",
    "」",
]
PUNCT = [" ", " ", " ", "", ". ", ", ", "\n", "\n\n", "(", ")", "((", "))", "[", "]", "·", "/", "? ", "! ", "~"]


def _pick(values: list[str]) -> st.SearchStrategy[str]:
    return st.sampled_from(values)


@st.composite
def quantity(draw) -> str:
    """A number as copy writes it, or a malformed one: prefix, numeral, unit, qualifier, maybe a range
    or a parenthetical equivalent."""

    def one() -> str:
        return draw(_pick(PREFIXES)) + draw(_pick(NUMERALS)) + draw(st.sampled_from(["", " "])) + draw(_pick(UNITS))

    text = one()
    shape = draw(st.integers(0, 5))
    if shape == 1:
        text += draw(st.sampled_from(["~", "∼", "-", "–", " to ", "에서 "])) + one()
    elif shape == 2:
        text += (
            "("
            + one()
            + draw(st.sampled_from(["", "·" + one(), ", " + one(), " 상당"]))
            + draw(st.sampled_from([")", ""]))
        )
    return text + draw(st.sampled_from(["", " "])) + draw(_pick(QUALIFIERS))


def piece() -> st.SearchStrategy[str]:
    return st.one_of(
        _pick(SUBJECTS),
        _pick(METRICS),
        _pick(PERIODS),
        quantity(),
        _pick(CONNECTORS),
        _pick(FURNITURE),
        _pick(PUNCT),
        st.text(max_size=6),
    )


@st.composite
def sentence(draw) -> str:
    """Mostly in the order copy uses (subject, period, metric, quantity, connector …), sometimes any order."""
    if draw(st.booleans()):
        parts = [
            draw(_pick(SUBJECTS)),
            draw(_pick(["의 ", " ", "은 ", "'s "])),
            draw(_pick(PERIODS)),
            " ",
            draw(_pick(METRICS)),
            draw(_pick(["은 ", "이 ", " ", " was "])),
            draw(quantity()),
            " ",
            draw(_pick(CONNECTORS)),
            " ",
            draw(quantity()),
            " ",
            draw(_pick(CONNECTORS)),
        ]
        if draw(st.booleans()):
            parts += [" ", draw(quantity()), " ", draw(_pick(CONNECTORS))]
        return "".join(parts) + draw(_pick([". ", ".\n", "\n", "", "다. "]))
    return "".join(draw(st.lists(piece(), max_size=14))) + draw(_pick([". ", "\n", ""]))


MUTATIONS = [
    "",
    "0",
    "9",
    "00",
    ".",
    ",",
    "억",
    "조",
    "만",
    "%",
    "%p",
    "배",
    "(",
    ")",
    "~",
    " ",
    "\n",
    "원",
    "달러",
    "약 ",
    " 이상",
    "여",
    "두 배",
    "1~9월",
    "9M",
    "H1",
    "지난해",
    "전년 동기 ",
    "보다 ",
    "에서 ",
    "·",
]


@st.composite
def seedlike(draw) -> str:
    """A generated consistent article with the seeds' relations (sum, growth, conversion), then
    mutated: pieces inserted, cut or doubled where numbers and their words meet."""
    import random

    import articles
    import injection_cases

    rng = random.Random(draw(st.integers(0, 2**32)))
    if draw(st.booleans()):
        text = articles.write(articles.random_facts(rng)).text
    else:
        builder, (low, high), _ = injection_cases.BUILDERS[draw(st.sampled_from(sorted(injection_cases.BUILDERS)))]
        text = builder(rng, rng.randint(low, high)).text
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(text)))
        action = draw(st.integers(0, 2))
        if action == 0:
            text = text[:at] + draw(_pick(MUTATIONS)) + text[at:]
        elif action == 1:
            text = text[:at] + text[at + draw(st.integers(1, 6)) :]
        else:
            end = min(len(text), at + draw(st.integers(1, 40)))
            text = text[:end] + text[at:end] + text[end:]
    return text


@st.composite
def article(draw) -> tuple[str, dt.date | None, str]:
    """(text, publication date or None for a draft, language)."""
    if draw(st.integers(0, 2)) == 0:
        body = draw(seedlike())
    else:
        body = "".join(draw(st.lists(sentence(), min_size=1, max_size=8)))
    if draw(st.integers(0, 4)) == 0:
        body = draw(_pick(["---\npublished: 2024-08-27\n---\n", "---\npublished: nope\n---\n", "---\n", ""])) + body
    published = draw(st.one_of(st.none(), st.dates(dt.date(1999, 1, 4), dt.date(2026, 10, 1))))
    language = draw(st.sampled_from(["ko", "en"]))
    return body, published, language


# What the read stage meets before the text: front matter (good, bad and broken), page metadata.
FRONT_MATTER = [
    "---\npublished: 2024-08-27\n---\n",
    "---\npublished: 2024-02-30\n---\n",
    "---\npublished: [1, 2]\nlanguage: 5\n---\n",
    "---\npublished: 2024-08-27\nlanguage: xx\noutlet: [a]\n---\n",
    "---\r\npublished: 99999-01-01\r\n---\r\n",
    "---\npublished: 0001-01-01\n---\n",
    "---\n: :\n- - [\n---\n",
    "+++\npublished = 2024-08-27\n+++\n",
    "---\n",
]
PAGE_DATES = ["2024-08-27", "2024-08-27T10:00:00+09:00", "2024-13-45T99", "nope", "", "9" * 30]
PAGES = [
    '<html><head><meta property="article:published_time" content="{date}"></head><body><article>{body}</article>',
    '<!doctype html><html lang="{date}"><p>{body}</p><script>{body}</script>',
    "<html><title>{body}</title><body><table><tr><td>{body}</td></tr></table>",
]


@st.composite
def article_file(draw) -> tuple[str, bytes]:
    """(file suffix, bytes): an article() text with front matter or inside a page, encoded in any of
    the encodings the reader knows, or raw bytes, with bytes cut into it — for the read stage."""
    text, _, _ = draw(article())
    suffix = draw(st.sampled_from([".md", ".txt", ".html", ".htm", ".markdown", ".docx"]))
    frame = draw(st.integers(0, 2))
    if frame == 0:
        text = draw(_pick(FRONT_MATTER)) + text
    elif frame == 1:
        text = draw(_pick(PAGES)).format(date=draw(_pick(PAGE_DATES)), body=text)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp949", "cp1252", "latin-1", "raw"]))
    data = draw(st.binary(max_size=300)) if encoding == "raw" else text.encode(encoding, "replace")
    if draw(st.booleans()):
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(max_size=8)) + data[at:]
    return suffix, data


def check_one(
    knowledge,
    text: str,
    published,
    language: str,
    *,
    formats=("text", "json", "sarif", "github", "html"),
    path: str = "fuzz.md",
) -> None:
    """read → extract → link → check → every report; raises AssertionError on an internal error or a
    span outside the text (the test and the benchmark share this)."""
    import io

    from checker.check.base import Context
    from checker.check.engine import run_checks
    from checker.check.packs import INTERNAL_ERROR
    from checker.models import Document
    from checker.pipeline import analyze_isolated
    from checker.report import Outcome, RenderSettings, render
    from checker.suppress import apply_inline

    document = Document(path=path, text=text, published=published, language=language)
    claimset, failed = analyze_isolated(document, knowledge.lexicon)
    assert failed is None, (failed.error, failed.traceback, text)
    n = len(text)
    for claim in claimset.claims:
        assert 0 <= claim.start <= claim.end <= n, (claim, text)
        for name in ("value", "step"):
            value = getattr(claim, name)
            assert value == value and abs(value) != float("inf"), (name, claim, text)
    for bad in claimset.malformed:
        assert 0 <= bad.start <= bad.end <= n
    metric_types = {m.id: m.type for m in knowledge.lexicon.metrics.values()}
    for lang in ("en", "ko"):
        ctx = Context(lang=lang, show_passed=True, metric_types=metric_types)
        result = run_checks([claimset], knowledge.rules, ctx)
        internal = [f for f in result.findings if f.rule == INTERNAL_ERROR]
        assert not internal, ([f.message for f in internal], text)
        result.findings = apply_inline(result.findings, [claimset], knowledge.rules.codes)
        for finding in result.findings:
            for loc in (finding.location, *finding.related):
                assert 0 <= loc.start <= loc.end <= n and loc.line >= 1 and loc.column >= 1, (loc, text)
        for item in result.passed:
            assert 0 <= item.location.start <= item.location.end <= n
        outcome = Outcome(findings=result.findings, passed=result.passed, claimsets=[claimset], rules=knowledge.rules)
        for fmt in formats:
            stream = io.StringIO()
            render(outcome, RenderSettings(format=fmt, lang=lang, show_passed=True, width=100), stream)
            assert stream.getvalue() or fmt == "github" or not result.findings  # github prints findings only
    from checker.report.json import claims_json
    from checker.report.tables import claims_tables

    claims_json(claimset.claims)
    claims_tables([claimset])


def main(argv: list[str] | None = None) -> None:  # pragma: no cover — print a few samples
    parser = argparse.ArgumentParser(description="print sample fuzz articles")
    parser.add_argument("-n", type=int, default=3)
    args = parser.parse_args(argv)
    for _ in range(args.n):
        print(article().example()[0])
        print("-" * 40)


if __name__ == "__main__":  # pragma: no cover
    main()
