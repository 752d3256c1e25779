"""Every template of every rule exists in English and in Korean, and Korean output is Korean.

The first tests read the templates themselves (every rule the built-in packs load):
a finding's `message` and a relation's `passed` each need their `_ko`, the Korean
one with Korean words and its particles chosen by the sound of the field before
them (`{value:은}`, never a fixed `}은`). The suggestion roles and the bound words
are read the same way.

The last tests render, in Korean, each rule's passed message (and, for a few rules,
the finding with its notes and suggestions) over sentences written for this file,
and require that no Latin word appears that the article itself did not write: no
metric id (`operating_profit`), no English fragment (`fits`, `among`, `states`).
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from helpers import document

from checker.check.base import Context
from checker.check.engine import run_checks
from checker.check.facts_file import ReferenceFact
from checker.check.suggest import ROLES
from checker.link import words
from checker.pipeline import analyze_document

_FIELD = re.compile(r"\{[^{}]*\}")
_HANGUL = re.compile(r"[가-힣]")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z_]*")
# A particle written after a field instead of chosen by the field's last sound.
_FIXED_PARTICLE = re.compile(r"\}(?:(?:은|는|을|를|과|와|이|가)(?![가-힣])|으로|이라|라고)")


def _literal(template: str) -> str:
    return _FIELD.sub("", template)


def _pairs(rule):
    yield "message", rule.message, rule.message_ko
    if rule.passed or rule.passed_ko:
        yield "passed", rule.passed, rule.passed_ko


def test_every_template_of_every_rule_has_english_and_korean(knowledge):
    missing = [
        f"{rule.code} {name}{'' if en else ''}: {'English' if not en else 'Korean'}"
        for rule in knowledge.rules
        for name, en, ko in _pairs(rule)
        if not (en and ko)
    ]
    assert not missing, "templates without one of their languages: " + "; ".join(missing)


def test_korean_templates_are_korean_and_english_ones_english(knowledge):
    wrong = []
    for rule in knowledge.rules:
        for name, en, ko in _pairs(rule):
            if ko and (not _HANGUL.search(_literal(ko)) or re.search(r"[A-Za-z]{2,}", _literal(ko))):
                wrong.append(f"{rule.code} {name}_ko: {ko}")
            if en and _HANGUL.search(_literal(en)):
                wrong.append(f"{rule.code} {name}: {en}")
    assert not wrong, "\n".join(wrong)


def test_korean_particles_follow_the_sound_of_the_field(knowledge):
    fixed = [
        f"{rule.code} {name}_ko: {ko}"
        for rule in knowledge.rules
        for name, _, ko in _pairs(rule)
        if ko and _FIXED_PARTICLE.search(ko)
    ]
    assert not fixed, "write {field:은} so the particle follows the field's sound:\n" + "\n".join(fixed)


def test_suggestion_and_bound_words_have_both_languages():
    for role, (en, ko) in ROLES.items():
        assert en and not _HANGUL.search(en), role
        assert _HANGUL.search(ko) or ko == "수", role
    for bound, (en, ko) in words._BOUNDS.items():
        assert re.search(r"[A-Za-z]", en.replace("{}", "")), bound
        assert _HANGUL.search(ko.replace("{}", "")), bound


DATE = dt.date(2024, 8, 27)

# One relation that holds per rule with a passed template, in sentences written for this test.
HOLDING = {
    "F201": ["한빛전자는 올해 40억 달러(약 5조 3200억원)를 투자하고, 내년에 10억 달러(약 1조 3300억원)를 더 넣는다."],
    "F202": ["한빛전자는 공장에 40억 달러(약 5조 3200억원)를 투자했다."],
    "F301": ["한빛전자의 올해 상반기 매출은 150억 달러로 전년 동기 120억 달러보다 25% 증가했다."],
    "F302": [
        "알리바바, 텐센트, 바이두의 상반기 설비투자 총액은 300억 위안이었다. 알리바바의 상반기 설비투자는 "
        "120억 위안, 텐센트의 상반기 설비투자는 100억 위안, 바이두의 상반기 설비투자는 80억 위안이었다."
    ],
    "F303": [
        "알리바바, 텐센트의 상반기 설비투자 합계는 300억 위안으로 전년 동기 200억 위안보다 늘었다. 알리바바는 "
        "상반기 설비투자가 180억 위안으로 전년 동기 대비 50% 증가했다. 텐센트는 상반기 설비투자가 "
        "120억 위안으로 전년 동기 대비 50% 증가했다."
    ],
    "F304": ["한빛전자의 상반기 설비투자는 410억 위안으로 전년 동기 200억 위안에 비해 두 배로 늘었다."],
    "F305": ["한빛전자의 올해 2분기 영업이익은 5조 2000억원으로 전년 동기 3조 1000억원보다 2조 1000억원 늘었다."],
    "F306": ["누리전자의 올해 2분기 매출은 12조원으로 전년 동기 대비 50% 증가했다. 1년 새 4조원이 늘어난 것이다."],
    "F307": ["한빛전자의 올해 2분기 매출은 50조원, 영업이익은 6조원이었다. 2분기 영업이익률은 12%였다."],
    "F318": ["한빛전자의 3분기 매출은 5조원, 순이익은 4000억원이었다. 3분기 순이익률은 8%였다."],
    "F308": ["한국의 올해 5월 고용률은 62.5%로 전월 62.1%보다 0.4%p 상승했다."],
    "F310": ["한빛전자의 올해 2분기 매출은 2배 늘어 90억 달러를 기록했다. 전년 동기 대비 100% 증가한 수치다."],
    "F313": ["한국의 5월 수출은 530억달러, 수입액은 510억달러였고 무역수지는 20억달러 흑자였다."],
    "F324": [
        "5월 수출은 전년 동월 500억달러에서 490억달러로 2% 감소했고, 수입액은 전년 동월 520억달러에서 540억달러로 "
        "3.8% 증가했다. 5월 무역수지는 50억달러 적자로 전년 동월 20억달러 적자에서 확대됐다."
    ],
    "F317": ["정부는 총 3000억원을 들여 120만명에게 1인당 25만원씩 지급한다."],
    "F311": [
        "알리바바, 텐센트의 상반기 설비투자 합계는 300억 위안으로 전년 동기 대비 50% 증가했다. 알리바바는 "
        "상반기 설비투자가 180억 위안으로 전년 동기 대비 50% 증가했다. 텐센트는 상반기 설비투자가 "
        "120억 위안으로 전년 동기 대비 50% 증가했다."
    ],
    "F402": [
        "누리전자는 상반기 설비투자가 150억 위안이라고 밝혔다. 누리전자는 상반기 설비투자가 약 150억 위안이라고 밝혔다."
    ],
    "F404": ["텐센트는 상반기 설비투자가 약 150억 위안이라고 밝혔다."],
    "F405": ["지난해 국내 신생아는 24만 6300명으로 집계됐다. 통계청은 지난해 신생아가 24만 6300명이라고 밝혔다."],
    "F407": [
        "텐센트는 설비투자가 231억 2000만 위안이라고 밝혔다.",
        "텐센트의 상반기 설비투자는 231억 2000만 위안이었다.",
    ],
    "F409": [
        "| 구분 | 2023년 | 2024년 | 전년比 |\n|---|---|---|---|\n| 영업이익 | 7100억원 | 8900억원 | +25% |\n"
        "영업이익은 전년 대비 25% 늘었다."
    ],
    "F312": ["정부는 매년 4000억원씩 5년간 2조원을 투입한다."],
    "F406": ["가맹점 수는 2015년 4월 100곳을 넘었다. 다시 3년 2개월 만인 2018년 6월 200곳을 넘어섰다."],
    "F321": ["한빛전자는 상반기 영업이익이 늘었다고 25일 밝혔다."],
    "F103": ["한빛시 농산물 장터는 2024년 8월 31일(토) 문을 연다."],
    "F345": ["수출 9개월째 증가\n\n지난달 수출은 1년 전보다 4% 늘어 9개월 연속 증가세를 이어갔다."],
    "F346": ["한빛제약의 임상 치료 기간은 104주(약 24개월)다."],
    "F347": ["한빛앱의 1인당 월평균 접속 시간은 3시간 10분으로 1년 전 2시간 45분보다 25분 늘었다."],
    "F348": ["매장 수는 870곳으로 6월 말 830곳보다 40곳 늘었다. 하반기에 55곳이 새로 문을 열고 15곳이 문을 닫았다."],
    "F501": ["올해 한국 전기차 시장에서 국산 비중은 55%다. 올해 한국 전기차 시장에서 수입산 점유율은 40%다."],
    "F502": [
        "알리바바의 상반기 자본 지출은 150억 위안으로 전년 동기 대비 30% 증가했다. 바이두는 상반기에 전년 동기 "
        "대비 5% 증가한 40억 위안을 지출하며 자본 지출을 가장 억제했다."
    ],
    "F503": ["올해 전체 매출 20조원 중 해외 매출은 12조원으로 60%를 차지했다."],
    "F506": ["한빛유통은 배당 커버 2.5배, 배당성향 40%를 목표로 한다고 밝혔다."],
    "F508": ["한빛재단의 유산 기부 비중은 56.3%, 절반 이상."],
    "F507": [
        "한빛전자의 2023년 상반기 매출은 6000억원이었다.",
        "한빛전자의 2024년 상반기 매출은 전년 동기 대비 50% 증가한 9000억원이었다.",
    ],
}
# More holding cases for rules whose words vary (each multiple word has its own reading).
MORE_HOLDING = [
    ("F304", ["한빛전자의 상반기 설비투자는 430억 위안으로 전년 동기 200억 위안에 비해 2배 이상 늘었다."]),
    ("F304", ["한빛전자의 상반기 설비투자는 380억 위안으로 전년 동기 200억 위안에 비해 두 배 가까이 늘었다."]),
    ("F304", ["한빛전자의 상반기 설비투자는 600억 위안으로 전년 동기 200억 위안에 비해 세 배로 늘었다."]),
]
FACTS = {
    "F404": [
        {
            "entity": "tencent",
            "metric": "capex",
            "period": "2024-H1",
            "value": "150억",
            "unit": "CNY",
            "source": "반기 보고서",
        }
    ]
}

# Findings whose notes and suggestions are worded by the kinds, in sentences written for this test.
FAILING = {
    "F301": ["한빛전자의 올해 상반기 매출은 180억 달러로 전년 동기 120억 달러보다 25% 증가했다."],
    "F302": [
        "알리바바, 텐센트의 상반기 설비투자 총액은 400억 위안이었다. 알리바바의 상반기 설비투자는 120억 위안, "
        "텐센트의 상반기 설비투자는 100억 위안이었다."
    ],
    "F304": ["한빛전자의 상반기 설비투자는 300억 위안으로 전년 동기 200억 위안에 비해 두 배로 늘었다."],
    "F402": [
        "누리전자는 상반기 설비투자가 150억 위안이라고 밝혔다. 누리전자는 상반기 설비투자가 약 180억 위안이라고 밝혔다."
    ],
    "F401": ["알리바바는 지난 3월 문샷에 6억 달러를 투자했다.", "알리바바는 지난 6월 문샷에 6억 달러를 투자했다."],
    "F202": ["한빛전자는 공장에 40억 달러(약 4조 8000억원)를 투자했다."],
    "F405": ["지난해 국내 신생아는 24만 6300명으로 집계됐다. 통계청은 지난해 신생아가 24만 8300명이라고 밝혔다."],
    "F407": [
        "텐센트는 설비투자가 231억 7000만 위안이라고 밝혔다.",
        "텐센트의 상반기 설비투자는 231억 2000만 위안이었다.",
    ],
    "F409": [
        "| 구분 | 2023년 | 2024년 | 전년比 |\n|---|---|---|---|\n| 영업이익 | 7100억원 | 8900억원 | +25% |\n"
        "영업이익은 전년 대비 45% 늘었다."
    ],
    "F312": ["정부는 매년 4000억원씩 5년간 2조4000억원을 투입한다."],
    "F406": ["회원 수는 지난해 3월 1만명을 넘긴 뒤 5개월 만에 2만명을 넘었다."],
    "F321": ["한빛전자는 상반기 영업이익이 늘었다고 30일 밝혔다."],
    "F103": ["한빛시 농산물 장터는 2024년 8월 31일(월) 문을 연다."],
    "F345": ["수출 13개월째 증가\n\n지난달 수출은 1년 전보다 4% 늘어 19개월 연속 증가세를 이어갔다."],
    "F346": ["한빛제약의 임상 치료 기간은 104주(약 30개월)다."],
    "F347": ["한빛앱의 1인당 월평균 접속 시간은 3시간 10분으로 1년 전 2시간 45분보다 35분 늘었다."],
    "F348": ["매장 수는 870곳으로 6월 말 830곳보다 40곳 늘었다. 하반기에 65곳이 새로 문을 열고 15곳이 문을 닫았다."],
    "F313": ["한국의 5월 수출은 530억달러, 수입액은 510억달러였고 무역수지는 20억달러 적자였다."],
    "F324": [
        "5월 수출은 전년 동월 500억달러에서 490억달러로 2% 감소했고, 수입액은 전년 동월 520억달러에서 540억달러로 "
        "3.8% 증가했다. 5월 무역수지는 50억달러 적자로 전년 동월 60억달러 적자에서 축소됐다."
    ],
    "F317": ["그는 연봉 5억2000만원, 월 6300만원을 받는다."],
    "F507": [
        "한빛전자의 2023년 상반기 매출은 6000억원이었다.",
        "한빛전자의 2024년 상반기 매출은 전년 동기 대비 20% 증가한 9000억원이었다.",
    ],
}


def _run(knowledge, code: str, texts: list[str], show_passed: bool):
    claimsets = [
        analyze_document(document(text, published=DATE, path=f"{i}.md"), knowledge.lexicon)
        for i, text in enumerate(texts)
    ]
    ctx = Context(
        lang="ko",
        show_passed=show_passed,
        metric_types={m.id: m.type for m in knowledge.lexicon.metrics.values()},
        facts=[ReferenceFact.model_validate(f) for f in FACTS.get(code, [])],
    )
    return run_checks(claimsets, knowledge.rules.select({code}), ctx)


def _foreign_words(shown: str, texts: list[str]) -> list[str]:
    """Latin words in Korean output that the article did not write (`%p` is Korean notation); the
    articles' file names (`0.md`) are theirs too."""
    written = " ".join(texts) + " " + " ".join(f"{i}.md" for i in range(len(texts)))
    return [w for w in _LATIN_WORD.findall(shown.replace("%p", "%")) if w not in written]


def _strip_tag(note: str) -> str:
    return re.sub(r"^(?:note|fact|help): ", "", note)


def test_every_rule_with_a_passed_template_has_a_case_here(knowledge):
    assert {rule.code for rule in knowledge.rules if rule.passed} == set(HOLDING)


@pytest.mark.parametrize(("code", "texts"), sorted(HOLDING.items()) + MORE_HOLDING)
def test_passed_message_in_korean_has_no_english(knowledge, code, texts):
    result = _run(knowledge, code, texts, show_passed=True)
    assert not [f for f in result.findings if f.rule == code], "the case must hold"
    passed = [p for p in result.passed if p.rule == code]
    assert passed, f"{code} holds but was not reported with --show-passed"
    metric_ids = {m for m in knowledge.lexicon.metrics}
    for item in passed:
        shown = [item.message, *(loc.message or "" for loc in [item.location, *item.related])]
        assert _HANGUL.search(item.message), item.message
        for text in shown:
            assert not _foreign_words(text, texts), f"English in {text!r}"
            assert not any(re.search(rf"\b{re.escape(m)}\b", text) for m in metric_ids if "_" in m), text


@pytest.mark.parametrize("code", sorted(FAILING))
def test_finding_notes_and_suggestions_in_korean_have_no_english(knowledge, code):
    texts = FAILING[code]
    result = _run(knowledge, code, texts, show_passed=False)
    findings = [f for f in result.findings if f.rule == code]
    assert findings, f"the case must fire {code}"
    for finding in findings:
        shown = [
            finding.message,
            *map(_strip_tag, finding.notes),
            *(s.message for s in finding.suggestions),
            *(loc.message or "" for loc in [finding.location, *finding.related]),
        ]
        for text in shown:
            assert not _foreign_words(text, texts), f"English in {text!r}"


@pytest.mark.parametrize(
    ("lang", "shown"), [("ko", "2024년 유럽 OLED 패널 시장의"), ("en", "the 유럽 OLED 패널 market")]
)
def test_f501_names_the_market_as_the_article_writes_it(knowledge, lang, shown):
    # Spaced differently in the second sentence: still one market, named as first written.
    texts = ["올해 유럽 OLED 패널 시장에서 한국산 점유율은 70%다. 올해 유럽 OLED패널 시장에서 중국산 비중은 45%다."]
    claimsets = [analyze_document(document(texts[0], published=DATE), knowledge.lexicon)]
    result = run_checks(claimsets, knowledge.rules.select({"F501"}), Context(lang=lang))
    assert [f.rule for f in result.findings] == ["F501"]
    assert shown in result.findings[0].message
