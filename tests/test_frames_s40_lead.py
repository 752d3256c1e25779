"""The lead's constructions of the fortieth session: measures as copy writes them, and what they make readable.

Grams, millilitres, centilitres, litres and kilocalories written as symbols (`600g`, `500ml`, `75cl`, `700㎖`, `1천8ℓ`,
`1천Mcal`) and Korean unit words (`그램`, `리터`, `밀리리터`) are measures (rules/lang/base.toml and ko.toml
`[measures]`): a bottle's millilitres and a tank's litres are one dimension. Korean copy writes metres as `m` (`삼베
1m에`, `100m 달리기`), never millions: there the unit wins over the scale letter it shares. English `$5m` and `2m
people` stay millions.

What they make readable, each a construction:
- the size of one unit in parentheses (`햇고추 한 근(600g)이`, `one jar (340g) sells for`) is a definition of the unit,
  no figure of the article (checker/link/unit_glosses.py, `[link.unit_size_before]`, `[link.unit_size_measures]`);
- one of a per-unit mark's own unit (`1m에 0.2톤씩`) counts no quantity a later per-metre figure divides;
- a figure per one unit of another thing (`두부 1모에 콩 120g꼴`) is no rival amount of a total a later per-one
  figure divides (checker/link/per_one_unit_apart_ko.py);
- a fraction of people beside its part (`응답이 1천260명으로 다섯 명 가운데 세 명꼴`) is of the one larger count of
  its kind its own sentence states before the part (`회원 2천100명에게 물었더니`), not of the story's largest
  (checker/link/shares.py).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import math

import pytest
from helpers import document, findings

from checker.pipeline import analyze_document

PER_UNIT = "F317"
SHARE = "F503"


def _claims(knowledge, text: str, language: str):
    return {c.text: c for c in analyze_document(document(text, language=language), knowledge.lexicon).claims}


@pytest.mark.parametrize(
    "text,language,written,unit,value",
    [
        ("Each 500ml bottle takes 0.3kg of honey.", "en", "500ml", "L", 0.5),
        ("The cider comes in 75cl bottles.", "en", "75cl", "L", 0.75),
        ("The brewery filled 2,400 litres this week.", "en", "2,400 litres", "count", 2400),
        ("한 봉지에 600g을 담는다.", "ko", "600g", "kg", 0.6),
        ("한 병에 700㎖씩 담았다.", "ko", "700㎖", "L", 0.7),
        ("모두 1천8ℓ를 담았다.", "ko", "1천8ℓ", "L", 1008),
        ("물 2리터를 마셨다.", "ko", "2리터", "L", 2),
        ("난방비는 1천Mcal당 9만 원이다.", "ko", "1천Mcal", "kcal", 1_000_000),
        ("삼베 1m에 실 150g꼴이 든다.", "ko", "1m", "km", 0.001),
        ("100m 달리기에 나섰다.", "ko", "100m", "km", 0.1),
    ],
)
def test_measures_as_copy_writes_them(knowledge, text, language, written, unit, value):
    claims = _claims(knowledge, text, language)
    assert written in claims, list(claims)
    assert claims[written].unit == unit
    assert math.isclose(claims[written].value, value)


@pytest.mark.parametrize(
    "text,written,value",
    [
        ("The fund raised $5m for the hall.", "$5m", 5e6),
        ("About 2m people visited the fair.", "About 2m people", 2e6),
    ],
)
def test_english_m_stays_millions(knowledge, text, written, value):
    claims = _claims(knowledge, text, "en")
    assert written in claims, list(claims)
    assert claims[written].value == value


@pytest.mark.parametrize(
    "text,language,gloss,kept",
    [
        ("산지에서는 햇고추 한 근(600g)이 2만1천 원에 팔린다.", "ko", "600g", "2만1천 원"),
        ("참기름 1병(350㎖)은 1만2천 원이다.", "ko", "350㎖", "1만2천 원"),
        ("One jar (340g) sells for £6 at the farm gate.", "en", "340g", "£6"),
    ],
)
def test_one_units_size_is_a_gloss(knowledge, text, language, gloss, kept):
    claims = _claims(knowledge, text, language)
    assert gloss not in claims and kept in claims, list(claims)


@pytest.mark.parametrize(
    "text,language,measure",
    [
        ("산지에서는 햇고추 두 근(1.2㎏)이 4만2천 원에 팔린다.", "ko", "1.2㎏"),
        ("Two jars (680g) sell for £11 at the farm gate.", "en", "680g"),
    ],
)
def test_the_size_of_many_units_stays_a_figure(knowledge, text, language, measure):
    assert measure in _claims(knowledge, text, language)


_TOFU = (
    "다온두부, 일본에 두부 수출\n\n경기 다온군의 두부 공방 다온두부는 일본 도쿄의 식품점에 두부 5천 모를 공급한다고 "
    "3일 밝혔다.\n\n두부를 만드는 데는 콩 600㎏이 든다. 두부 1모에 콩 120g꼴이다. 공방은 콩을 인근 농가 12곳에서 "
    "사들이는데, 농가 한 곳이 {}㎏씩 대는 셈이다."
)


def _holds_then_fires(knowledge, template: str, holding: str, broken: str, rule: str, joined: str) -> None:
    """The holding text is listed as passed under `rule` with the join `joined` in its message and nothing reported;
    the broken one is reported with the same join."""
    result = findings(knowledge, document(template.format(holding)), select=[rule], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]
    assert any(joined in p.message for p in result.passed), [p.message for p in result.passed]
    result = findings(knowledge, document(template.format(broken)), select=[rule])
    assert any(joined in f.message for f in result.findings), [f.message for f in result.findings]


def test_a_figure_per_one_unit_is_no_rival_amount(knowledge):
    _holds_then_fires(knowledge, _TOFU, "50", "40", PER_UNIT, "600㎏ ÷ 12곳")


def test_the_marks_own_metre_divides_nothing(knowledge):
    text = (
        "가람시, 자갈 산책로 3.5km 더 깐다\n\n가람시는 하천변 자갈 산책로를 올해 3.5km 더 늘린다고 4일 밝혔다.\n\n"
        "사업비는 7억 원으로 1m에 20만 원꼴이 든다. 자갈은 1m에 0.2톤씩 들어가 새 구간에만 700톤이 필요하다."
    )
    result = findings(knowledge, document(text), select=[PER_UNIT], show_passed=True)
    messages = [f.message for f in result.findings] + [p.message for p in result.passed]
    assert not any("÷ 1m" in m for m in messages), messages


_SURVEY = (
    "가람시 도서관 설문\n\n가람시 도서관을 찾은 올해 1~6월 이용객은 18만4천 명으로 집계됐다. 도서관이 지난달 "
    "이용객 2천100명에게 물었더니 40대가 30%인 630명으로 가장 많았고, 주말에 온다는 응답이 1천260명으로 다섯 명 "
    "가운데 {} 명꼴이었다."
)


def test_a_fraction_of_people_is_of_its_sentences_pool(knowledge):
    _holds_then_fires(knowledge, _SURVEY, "세", "네", SHARE, "1,260명 / 2,100명")


def test_two_larger_counts_in_the_sentence_leave_the_pool_unsaid(knowledge):
    text = (
        "가람시 도서관 설문\n\n가람시 도서관이 회원 3천 명 가운데 지난달 2천100명에게 물었더니 주말에 온다는 응답이 "
        "1천260명으로 다섯 명 가운데 세 명꼴이었다."
    )
    result = findings(knowledge, document(text), select=[SHARE], show_passed=True)
    assert not any("/ 2,100명" in p.message for p in result.passed)


_MEAD = (
    "Mead heads for Denmark\n\nA meadery has agreed to sell 4,800 bottles of mead to a Copenhagen merchant for "
    "£36,000.\n\n{} works out at £{} a bottle."
)


@pytest.mark.parametrize("subject", ["The deal", "The order", "This contract"])
def test_the_story_s_deal_named_bare_restates_its_quotient(knowledge, subject):
    # (`That works out at` read so before; the deal, the order or the contract named bare as the subject is the lead's)
    _holds_then_fires(knowledge, _MEAD.format(subject, "{}"), "7.50", "9.50", PER_UNIT, "£36,000 ÷ 4,800")


def test_another_contract_named_is_not_the_story_s(knowledge):
    result = findings(knowledge, document(_MEAD.format("The shipping contract", "0.50")), select=[PER_UNIT])
    assert not result.findings, [f.message for f in result.findings]
