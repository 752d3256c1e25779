"""Language knowledge the link and check code used to spell out is language data now (issue 10, item 1):
a language's letters (`[link.script_letters]`), English articles, and the currency words a suggested
value keeps as the article writes them (`[link.spelled_currencies]`)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from checker.check.suggest import written
from checker.extract.lang import link_alternations
from checker.models import Claim, Quantity

ROOT = Path(__file__).resolve().parents[1]


def _money(text: str, value: float, unit: str, step: float) -> Claim:
    quantity = Quantity(kind="money", value=value, low=value - step / 2, high=value + step / 2, unit=unit, step=step)
    return Claim(id="a.md#0", path="a.md", start=0, end=len(text), line=1, column=1, text=text, quantity=quantity)


@pytest.mark.parametrize(
    "text,value,notation,expected",
    [
        ("120억 원", 1.5e10, "ko", "150억 원"),  # apart where the article writes it apart
        ("120억원", 1.5e10, "ko", "150억원"),
        ("120억 원", 1.5e10, "en", "150억 원"),  # its letters choose the notation, whatever the article's
    ],
)
def test_a_fix_writes_the_won_as_the_article_does(text, value, notation, expected):
    assert written(value, _money(text, 1.2e10, "KRW", 1e9), notation) == expected


@pytest.mark.parametrize(
    "text,written_value,value,expected",
    [
        ("120 million dollars", 1.2e8, 1.5e8, "150 million dollars"),
        ("2 dollars", 2, 1, "1 dollar"),  # the shorter spelling is the singular
        ("1 dollar", 1, 3, "3 dollars"),
        ("$120 million", 1.2e8, 1.5e8, "$150 million"),  # a symbol stays a symbol
    ],
)
def test_a_fix_spells_dollars_as_the_article_does(text, written_value, value, expected):
    step = 1e6 if written_value > 1e3 else 1
    assert written(value, _money(text, written_value, "USD", step), "en") == expected


def test_a_language_without_letters_of_its_own_reads_none_with_them():
    # English has no `script_letters`: the Korean constructions that find a name by its letters match nothing.
    assert re.search(link_alternations("en").script_letters, "굽타는 말했다") is None
    assert re.search(link_alternations("ko").script_letters, "굽타는 말했다").group(0) == "굽"


def test_link_and_check_code_spell_no_letters_or_articles():
    # The letters of a script and English articles are language data (rules/lang/*.toml), not code.
    written_in_code = re.compile(r"가-힣|\\uac00|\(\?:the\b|\(\?:the\\s|\(\?:a\|an\)|\(\?:its\|the|\bdollars\?")
    offenders = []
    for folder in ("checker/link", "checker/check"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                code = line.split("#", 1)[0]
                if written_in_code.search(code):
                    offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == []
