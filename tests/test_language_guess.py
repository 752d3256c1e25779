"""The reader's language guess reads each language's own letters from its data (`[link.script_letters]`
in rules/lang/*.toml), the table the link stage reads too, never a letter range written in code."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_words_as_data import letter_ranges

from checker.extract.lang import available, link_alternations, load_file
from checker.read.decode import decode, script_letters, script_share
from checker.read.files import guess_language

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    "text,language",
    [
        ("올해 매출은 3억원으로 지난해보다 12% 늘었다.", "ko"),
        ("Revenue rose 12% to $3bn from a year earlier.", "en"),
        ("삼성전자(Samsung Electronics)의 영업이익은 6조원이다.", "ko"),  # Latin names in Korean copy
        ("Hyundai said its 현대 unit sold 3,000 cars in March, up 4% on the year.", "en"),  # a word quoted
        ("売上高は3兆2千億円だった。", "en"),  # Japanese data has no letters of its own: the default
        ("2024 12% 3.5", "en"),  # no letters at all
    ],
)
def test_the_guess_follows_the_letters_of_the_language_data(text, language):
    assert guess_language(text) == language


def test_the_reader_reads_the_same_letters_as_the_language_layer():
    # each file's own `[link.script_letters]` as validated by checker/extract/lang.py (not those it borrows)
    validated = {
        code: f"[{''.join(load_file(code).link['script_letters'].words)}]"
        for code in available()
        if "script_letters" in load_file(code).link
    }
    assert {code: pattern.pattern for code, pattern in script_letters().items()} == validated
    assert validated["ko"] == link_alternations("ko").script_letters


def test_the_share_counts_letters_only():
    assert script_share("가나 12%", "ko") == 1.0
    assert script_share("가나 ab", "ko") == 0.5
    assert script_share("가나", "xx") == 0.0  # a language with no letters of its own


def test_cp949_is_chosen_by_the_share_of_korean_letters():
    text, encoding, notes = decode("a.txt", "매출은 3억원이다.".encode("cp949"))
    assert (text, encoding) == ("매출은 3억원이다.", "cp949")


def test_the_guess_spells_no_letter_range():
    for name in ("checker/read/files.py", "checker/read/decode.py"):
        assert letter_ranges((ROOT / name).read_text(encoding="utf-8")) == [], name
