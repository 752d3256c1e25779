"""The link stage reads its words from the language data (rules/lang/*.toml, [link.*]): one class
serves every construction that needs it, and the document's language selects the words."""

from __future__ import annotations

import pytest
from helpers import claims, codes, document, findings


@pytest.mark.parametrize("verb", ["증가한", "치솟은", "높아진", "오른", "늘어난"])
def test_every_rise_verb_links_a_change_to_the_value_after_it(knowledge, verb):
    # 40억 원에서 50% 오르면 60억 원: the stated 90억 원 is wrong whichever rise verb says so.
    text = f"A사의 올해 매출은 지난해 40억 원보다 50% {verb} 90억 원이다."
    assert codes(findings(knowledge, document(text))) == ["F301"]
    right = f"A사의 올해 매출은 지난해 40억 원보다 50% {verb} 60억 원이다."
    assert codes(findings(knowledge, document(right))) == []


def test_a_rate_before_a_rise_verb_is_a_change_and_links_its_value(knowledge):
    found = claims("B사 주가는 전 거래일보다 2.5% 오른 4만 1000원에 마감했다.", knowledge).claims
    rate, price = found[0], found[1]
    assert (rate.role, rate.direction) == ("change", 1)
    assert rate.change_of == price.id


def test_a_figure_a_change_starts_from_is_its_baseline_whatever_the_verb(knowledge):
    found = claims("C은행은 기준금리를 연 2.75%에서 2.50%로 0.25%포인트 내렸다.", knowledge).claims
    assert found[0].role == "baseline"
    assert found[2].role == "change" and found[2].direction == -1
    assert found[2].compared_to == found[0].id


def test_english_words_do_not_read_in_a_document_of_another_language(knowledge):
    # The same rise word reads as a change in English copy and not in a language without it.
    english = claims("Shares of Delta rose 4% to $12.", knowledge, language="en").claims
    assert english[0].role == "change"
    japanese = claims("Shares of Delta rose 4% to $12.", knowledge, language="ja").claims
    assert japanese[0].role != "change"


def test_a_japanese_fall_is_checked_as_a_fall(knowledge):
    # 前年同期 3兆6360億円, 12%減 → 3兆2千億円: right; from 2兆5千億円 a 12% fall cannot reach it.
    text = "トヨタの売上高は3兆2千億円で、前年同期比12%減の水準となった。前年同期の売上高は{}円だった。"
    right = document(text.format("3兆6360億"), language="ja")
    wrong = document(text.format("2兆5千億"), language="ja")
    rate = claims(text.format("3兆6360億"), knowledge, language="ja").claims[1]
    assert (rate.role, rate.direction) == ("change", -1)
    assert codes(findings(knowledge, right)) == []
    assert codes(findings(knowledge, wrong)) == ["F301"]


def test_a_japanese_change_links_the_value_joined_to_it(knowledge):
    # `20%増の5千億円`: the change and the value it reached, with no space between.
    text = "トヨタの営業利益は前年同期比20%増の{}円だった。前年同期は3千億円だった。"
    found = claims(text.format("5千億"), knowledge, language="ja").claims
    assert found[0].change_of == found[1].id and found[0].compared_to == found[2].id
    assert codes(findings(knowledge, document(text.format("5千億"), language="ja"))) == ["F301"]
    assert codes(findings(knowledge, document(text.format("3千6百億"), language="ja"))) == []


@pytest.mark.parametrize(
    "sentence,number",
    [
        ("A사 매출은 5조원 수준이다.", "5조원"),
        ("A사 매출은 약 5조원이다.", "5조원"),
        ("Sales were close to $5bn.", "$5bn"),
    ],
)
def test_a_fix_rewrites_the_number_and_keeps_its_qualifier(knowledge, sentence, number):
    # The qualifiers a fix keeps are the extraction's own qualifier words, not a second list.
    from checker.check.suggest import _span

    claim = claims(sentence, knowledge).claims[0]
    assert claim.text != number  # the claim's text holds its qualifier
    assert _span(claim, sentence)[2] == number


@pytest.mark.parametrize(
    "written,signed,falling",
    [
        ("-2.06%", True, True),
        ("−2.06%", True, True),
        ("▼1.5%p", True, True),
        ("+1.5%p", True, False),
        ("▲2.1%", True, False),
        ("△2.1%", True, False),
        ("2.1%", False, False),
    ],
)
@pytest.mark.parametrize("language", ["ko", "en", "ja"])
def test_the_signs_of_a_signed_rate_are_shared_symbols(written, signed, falling, language):
    # A mention written with its sign (`-2.06%`) is a change; the sign gives its direction, in any language.
    from checker.link.roles import _FALLING_SIGN, _SIGN

    assert bool(_SIGN[language].match(written)) == signed
    assert bool(_FALLING_SIGN[language].match(written)) == falling


def test_every_link_pattern_compiles_for_every_language():
    # A pattern that names a class no file defines, or whose words do not fit its structure, fails here.
    import importlib
    import pkgutil

    import checker.link
    from checker.extract.lang import ByLanguage, available

    patterns = []
    for info in pkgutil.iter_modules(checker.link.__path__):
        module = importlib.import_module(f"checker.link.{info.name}")
        patterns += [value for value in vars(module).values() if isinstance(value, ByLanguage)]
    assert len(patterns) > 60
    for code in [*available(), "base", "fr"]:
        for pattern in patterns:
            assert pattern[code].pattern
