"""Messages in the reader's notation, Korean particles by sound, and suggested fixes that hold."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from helpers import document

from checker.check import formatting as fmt
from checker.check.base import Context
from checker.check.engine import run_checks
from checker.check.intervals import Interval
from checker.check.packs import builtin_rules_dir, load_rules
from checker.models import Finding
from checker.pipeline import analyze_document
from checker.suppress import apply_inline

RULES = load_rules([builtin_rules_dir()])
SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "schemas" / "sarif-schema-2.1.0.json"


def run(knowledge, *docs, lang="en", select=None, facts=()):
    claimsets = [analyze_document(d, knowledge.lexicon) for d in docs]
    rules = knowledge.rules.select(set(select)) if select else knowledge.rules
    metric_types = {m.id: m.type for m in knowledge.lexicon.metrics.values()}
    ctx = Context(lang=lang, metric_types=metric_types, facts=list(facts))
    result = run_checks(claimsets, rules, ctx)
    result.findings = apply_inline(result.findings, claimsets, rules.codes)
    return result


# ---------------------------------------------------------------- notation


@pytest.mark.parametrize(
    ("value", "unit", "ko", "en"),
    [
        (230e8, "CNY", "230억 위안", "23bn yuan"),
        (9.2946e12, "KRW", "9조 2946억원", "9.2946tn won"),
        (7.914e13, "KRW", "79조 1400억원", "79.14tn won"),
        (1.25e8, "USD", "1억 2500만 달러", "$125m"),
        (1.35e9, "USD", "13억 5000만 달러", "$1.35bn"),
        (1.2e10, "INR", "120억 루피", "₹1,200 crore"),
        (6.7e11, "KRW", "6700억원", "670bn won"),
        (12.5, "percent", "12.5%", "12.5%"),
        (0.3, "pp", "0.3%p", "0.3%p"),
        (2.5, "multiple", "2.5배", "×2.5"),
    ],
)
def test_amounts_are_written_as_the_articles_language_writes_them(value, unit, ko, en):
    assert fmt.amount(value, unit, "ko", digits=None) == ko
    assert fmt.amount(value, unit, "en", digits=None) == en


def test_an_interval_whose_ends_print_the_same_prints_once():
    # a written number's rounding interval: `71조 9200억원` is 71조 9150억–71조 9250억
    assert fmt.interval(Interval(71.915e12, 71.925e12), "KRW", "ko") == "71조 9200억원"
    assert fmt.interval(Interval(71.915e12, 71.925e12), "KRW", "en") == "71.92tn won"
    assert fmt.interval(Interval(9.29455e12, 9.29465e12), "KRW", "ko") == "9조 2946억원"
    assert fmt.about(Interval(80.87e12, 80.95e12), "KRW", "ko") == "약 80조 9100억원"
    assert fmt.about(Interval(80.87e12, 80.95e12), "KRW", "en") == "about 80.91tn won"
    assert fmt.interval(Interval(495e8, 505e8), "CNY", "ko") == "495억–505억 위안"
    assert fmt.interval(Interval(2.1, 2.3), "multiple", "en") == "×2.1–×2.3"
    assert fmt.interval(Interval(12.4, 12.6), "percent", "ko") == "12.4–12.6%"
    assert fmt.interval(Interval(5.0, 5.0), "percent", "ko") == "5%"


@pytest.mark.parametrize(
    ("word", "wa", "i", "eul", "eun", "ro"),
    [
        ("79조 1400억원", "과", "이", "을", "은", "으로"),  # 원: final ㄴ
        ("8억 달러", "와", "가", "를", "는", "로"),  # 러: no final
        ("230억 위안", "과", "이", "을", "은", "으로"),
        ("12.5%", "와", "가", "를", "는", "로"),  # 퍼센트
        ("0.3%p", "와", "가", "를", "는", "로"),  # 퍼센트포인트
        ("3", "과", "이", "을", "은", "으로"),  # 삼
        ("2", "와", "가", "를", "는", "로"),  # 이
        ("7", "과", "이", "을", "은", "로"),  # 칠: ㄹ takes 로
        ("10", "과", "이", "을", "은", "으로"),  # 십
        ("1,200", "과", "이", "을", "은", "으로"),  # 천이백
        ("1,000", "과", "이", "을", "은", "으로"),  # 천
        ("파텔", "과", "이", "을", "은", "로"),  # 텔: ㄹ
        ("Patel", "과", "이", "을", "은", "로"),  # 엘
        ("IBM", "과", "이", "을", "은", "으로"),  # 엠
        ("Sony", "와", "가", "를", "는", "로"),  # 와이
        ("`두 배`", "와", "가", "를", "는", "로"),
        ("9조원(약 5조)", "과", "이", "을", "은", "으로"),  # the word before the parentheses
        ("１２３", "과", "이", "을", "은", "으로"),  # full-width digits: 백이십삼
        ("１,２００", "과", "이", "을", "은", "으로"),  # 천이백
        ("２", "와", "가", "를", "는", "로"),  # 이
        ("3²", "과(와)", "이(가)", "을(를)", "은(는)", "(으)로"),  # a superscript: no sound known, both forms written
    ],
)
def test_korean_particles_follow_the_sound_before_them(word, wa, i, eul, eun, ro):
    assert [fmt.josa(word, p) for p in ("와", "이", "을", "은", "으로")] == [wa, i, eul, eun, ro]
    assert fmt.josa(word, "과") == wa and fmt.josa(word, "가") == i and fmt.josa(word, "로") == ro


def test_templates_take_particles_by_sound():
    assert fmt.WORDING.format("{a:은} {b:과}", a="12.5%", b="79조 1400억원") == "12.5%는 79조 1400억원과"
    assert fmt.WORDING.format("`{a}`{a:~을}", a="8억 달러") == "`8억 달러`를"


def test_metrics_and_entities_are_words():
    assert fmt.metric_word("operating_profit", "ko") == "영업이익"
    assert fmt.metric_word("operating_profit", "en") == "operating profit"
    assert fmt.metric_word("investment", "ko") == "투자" and fmt.metric_word("investment", "en") == "investment"
    assert fmt.entity_word("tencent", "ko") == "텐센트" and fmt.entity_word("tencent", "en") == "Tencent"


# ---------------------------------------------------------------- messages an editor acts on

GROWTH = "삼성전자의 올해 상반기 영업이익은 79조 1400억원으로 전년 동기 71조 9200억원보다 12.5% 증가했다."


def test_a_growth_finding_says_what_the_numbers_imply_in_the_articles_notation(knowledge):
    (ko,) = run(knowledge, document(GROWTH), lang="ko", select=["F301"]).findings
    assert ko.message == (
        "71조 9200억원에서 12.5% 늘면 약 80조 9100억원입니다. 기사의 79조 1400억원은 10.0% 증가입니다"
    )
    (en,) = run(knowledge, document(GROWTH), lang="en", select=["F301"]).findings
    assert en.message == (
        "71조 9200억원 up 12.5% is about 80조 9100억원, but the article says 79조 1400억원, a rise of 10.0%"
    )
    assert [(s.original, s.replacement) for s in ko.suggestions] == [
        ("79조 1400억원", "80조 9100억원"),
        ("12.5%", "10.0%"),
        ("71조 9200억원", "70조 3500억원"),
    ]
    assert ko.suggestions[0].value == 80.91e12 and ko.suggestions[0].unit == "KRW"
    assert ko.suggestions[1].message == "증가율은 10.0%여야 합니다"
    assert en.suggestions[1].message == "the rise would have to be 10.0%"


def test_english_copy_reads_in_english_notation(knowledge):
    text = "Tesla's first-half revenue rose 50% to $23bn from $10bn a year earlier."
    (finding,) = run(knowledge, document(text), lang="ko", select=["F301"]).findings
    # the words are Korean (--lang ko), the numbers the article's own
    assert finding.message == "$10bn에서 50% 늘면 $14.2bn–$15.8bn입니다. 기사의 $23bn은 130.0% 증가입니다"
    assert [s.replacement for s in finding.suggestions] == ["$15bn", "130%", "$15bn"]


def test_a_conversion_states_the_amount_at_the_reference_rate_and_its_date(knowledge):
    text = "알리바바는 문샷에 8억 달러(약 9000억원)를 투자했다."
    (finding,) = run(knowledge, document(text), lang="ko", select=["F202"]).findings
    assert "2024년 8월 27일 기준환율(1달러당 " in finding.message and "8억 달러는 약 1조 " in finding.message
    (fix,) = finding.suggestions
    assert fix.original == "9000억원" and fix.replacement.startswith("1조 ")
    fixed = text.replace("9000억원", fix.replacement)
    assert not run(knowledge, document(fixed), select=["F202", "F203"]).findings


# A Latin word in a Korean message is either a code or unit, or the article's own (a name it writes).
_ALLOWED = re.compile(r"F\d{3}|%p|example\.md|other\.md")


def _korean_examples():
    for rule in RULES:
        for i, example in enumerate(rule.example):
            korean = example.language in (None, "ko") and any("가" <= ch <= "힣" for ch in example.text)
            # F001 quotes an exception; F900 is worded by the suppression pass (checker/suppress.py)
            if example.fires and korean and rule.kind not in ("internal", "suppression"):
                yield pytest.param(rule.code, example, id=f"{rule.code}-{i}")


def _docs(example):
    published = example.published or dt.date(2024, 8, 27)
    docs = [document(example.text, published, example.language, path="example.md")]
    if example.other is not None:
        docs.append(
            document(
                example.other,
                example.other_published or published - dt.timedelta(days=1),
                example.language,
                path="other.md",
            )
        )
    return docs


def _facts(example):
    from checker.check.facts_file import ReferenceFact

    return [ReferenceFact.model_validate(f) for f in example.facts]


@pytest.mark.parametrize(("code", "example"), list(_korean_examples()))
def test_korean_messages_hold_no_english_and_no_ids(knowledge, code, example):
    docs = _docs(example)
    select = None if RULES.rule(code).kind == "suppression" else [code]
    result = run(knowledge, *docs, lang="ko", select=select, facts=_facts(example))
    fired = [f for f in result.findings if f.rule == code]
    assert fired
    article = " ".join(d.text for d in docs).lower()
    sources = " ".join(f.get("source", "") for f in example.facts).lower()
    for finding in fired:
        for word in re.findall(r"[A-Za-z][A-Za-z0-9_.]*", _ALLOWED.sub(" ", finding.message)):
            assert word.lower() in article or word.lower() in sources, (word, finding.message)
        assert "_" not in finding.message, finding.message  # no ids such as operating_profit


# ---------------------------------------------------------------- suggestions that hold


def _all_examples():
    for rule in RULES:
        for i, example in enumerate(rule.example):
            if example.fires and rule.kind not in ("internal", "suppression"):
                yield pytest.param(rule.code, example, id=f"{rule.code}-{i}")


def _apply(text: str, start: int, end: int, replacement: str) -> str:
    return text[:start] + replacement + text[end:]


@pytest.mark.parametrize(("code", "example"), list(_all_examples()))
def test_every_suggestion_makes_its_relation_hold(knowledge, code, example):
    docs = _docs(example)
    facts = _facts(example)
    before = [f for f in run(knowledge, *docs, select=[code], facts=facts).findings if f.rule == code]
    for finding in before:
        for fix in finding.suggestions:
            index = next(i for i, d in enumerate(docs) if d.path == fix.location.path)
            doc = docs[index]
            assert doc.text[fix.location.start : fix.location.end] == fix.original
            at = fix.location
            changed = doc.model_copy(update={"text": _apply(doc.text, at.start, at.end, fix.replacement)})
            after_docs = [changed if i == index else d for i, d in enumerate(docs)]
            after = [f for f in run(knowledge, *after_docs, select=[code], facts=facts).findings if f.rule == code]
            assert len(after) < len(before), (fix.message, fix.replacement, [f.message for f in after])


def test_arithmetic_rules_offer_fixes(knowledge):
    offered = set()
    for rule in RULES:
        for example in rule.example:
            if example.fires and rule.kind not in ("internal", "suppression"):
                result = run(knowledge, *_docs(example), select=[rule.code], facts=_facts(example))
                if any(f.suggestions for f in result.findings if f.rule == rule.code):
                    offered.add(rule.code)
    assert {
        "F101",
        "F202",
        "F203",
        "F301",
        "F302",
        "F303",
        "F304",
        "F305",
        "F306",
        "F307",
        "F308",
        "F309",
        "F310",
        "F311",
        "F404",
        "F503",
    } <= offered, sorted(offered)


def test_a_figure_stated_differently_once_against_agreeing_copies_is_the_odd_one_out(knowledge):
    docs = [
        document("텐센트는 상반기 설비투자가 230억 위안이라고 밝혔다.", dt.date(2024, 8, 25), path="a.md"),
        document("텐센트의 상반기 설비투자는 230억 위안이었다.", dt.date(2024, 8, 26), path="b.md"),
        document("텐센트는 상반기 설비투자가 320억 위안이라고 밝혔다.", dt.date(2024, 8, 27), path="c.md"),
    ]
    (finding,) = run(knowledge, *docs, lang="ko", select=["F402"]).findings
    assert finding.message.startswith("텐센트 자본 지출(2024년 상반기): 여기서는 320억 위안")
    (fix,) = finding.suggestions
    assert (fix.location.path, fix.original, fix.replacement) == ("c.md", "320억 위안", "230억 위안")
    fixed = docs[2].model_copy(update={"text": docs[2].text.replace("320억", "230억")})
    assert not run(knowledge, docs[0], docs[1], fixed, select=["F402"]).findings
    two = run(knowledge, docs[0], docs[2], select=["F402"]).findings
    assert two and not two[0].suggestions  # one against one: no telling which is wrong


# ---------------------------------------------------------------- reports


def _outcome(tmp_path, text: str):
    path = tmp_path / "a.md"
    path.write_text(f"---\npublished: 2024-08-27\n---\n{text}\n", encoding="utf-8")
    return path


def test_json_text_and_sarif_carry_the_suggestions(tmp_path, knowledge):
    import jsonschema

    from checker.cli import main

    path = _outcome(tmp_path, GROWTH)
    out = tmp_path / "out.json"
    main(["check", str(path), "--format", "json", "-o", str(out), "--lang", "ko"])
    (finding,) = json.loads(out.read_text(encoding="utf-8"))["findings"]
    jsonschema.validate(finding, Finding.model_json_schema())  # the schema `factlint schema finding` prints
    first = finding["suggestions"][0]
    assert set(first) == {"location", "original", "replacement", "value", "unit", "message"}
    assert {k: first[k] for k in ("original", "replacement", "value", "unit")} == {
        "original": "79조 1400억원",
        "replacement": "80조 9100억원",
        "value": 80.91e12,
        "unit": "KRW",
    }
    assert path.read_text(encoding="utf-8")[first["location"]["start"] : first["location"]["end"]] == "79조 1400억원"

    sarif = tmp_path / "out.sarif"
    main(["check", str(path), "--format", "sarif", "-o", str(sarif)])
    log = json.loads(sarif.read_text(encoding="utf-8"))
    jsonschema.validate(log, json.loads(SCHEMA.read_text(encoding="utf-8")))
    (result,) = log["runs"][0]["results"]
    replacement = result["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert replacement["insertedContent"]["text"] == "80조 9100억원"
    assert replacement["deletedRegion"]["charLength"] == len("79조 1400억원")

    text_out = tmp_path / "out.txt"
    main(["check", str(path), "-o", str(text_out), "--lang", "ko", "--color", "never"])
    shown = text_out.read_text(encoding="utf-8")
    assert "= help: 기사의 값은 80조 9100억원이어야 합니다: `79조 1400억원` → `80조 9100억원`" in shown


def test_the_language_server_offers_each_suggestion_on_its_own_span(knowledge):
    from checker.lsp.suggest import edits

    (finding,) = run(knowledge, document(GROWTH), lang="ko", select=["F301"]).findings
    offered = edits(finding, None, "ko")
    # the flagged number's fix first (the diagnostic's own span), then the other numbers'
    assert [(GROWTH[s:e], new) for s, e, new, _ in offered] == [
        ("12.5%", "10.0%"),
        ("79조 1400억원", "80조 9100억원"),
        ("71조 9200억원", "70조 3500억원"),
    ]


def test_evidence_is_a_worked_calculation_in_text_and_html(tmp_path, knowledge):
    from checker.cli import main

    path = _outcome(tmp_path, GROWTH)
    text_out, html_out = tmp_path / "out.txt", tmp_path / "out.html"
    main(["check", str(path), "-o", str(text_out), "--lang", "ko", "--color", "never"])
    shown = text_out.read_text(encoding="utf-8")
    assert "= calc: 71조 9200억원 × (1 + 12.5%) = 약 80조 9100억원" in shown
    assert "= calc: 79조 1400억원 ÷ 71조 9200억원 − 1 = +10.0%" in shown
    main(["check", str(path), "--format", "html", "-o", str(html_out), "--lang", "ko"])
    page = html_out.read_text(encoding="utf-8")
    assert "<li>71조 9200억원 × (1 + 12.5%) = 약 80조 9100억원</li>" in page
    assert "<del>79조 1400억원</del> → <ins>80조 9100억원</ins>" in page
    assert "{&#34;" not in page and '{"' not in page.split("<script")[0]  # never raw JSON


def test_github_annotations_carry_the_suggested_fixes(knowledge):
    from checker.report.github import annotation

    (finding,) = run(knowledge, document(GROWTH), lang="ko", select=["F301"]).findings
    line = annotation(finding, knowledge.rules)
    expected = "help: 기사의 값은 80조 9100억원이어야 합니다: `79조 1400억원` → `80조 9100억원`"
    assert expected in line.replace("%0A", "\n")


def test_negative_amounts_keep_the_sign_before_the_symbol():
    assert fmt.amount(-5e9, "USD", "en") == "−$5bn"
    assert fmt.amount(-5e9, "KRW", "ko") == "−50억원"
    assert fmt.amount(-1.2e10, "INR", "en") == "−₹1,200 crore"
