"""Language knowledge the link and check code used to spell out is language data now (issue 10, item 1):
a language's letters (`[link.script_letters]`), its orthography (the Latin alphabet of the shared notations,
`[link.capital_letters]`/`[link.small_letters]` in base.toml; English's capital that starts a name and the
words that join one, `[link.name_start_letters]`/`[link.name_joiners]` in en.toml), English articles, and
the currency words a suggested value keeps as the article writes them (`[link.spelled_currencies]`)."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import get_args

import pytest

from checker.check.suggest import written
from checker.extract.lang import NEVER, TimeWords, available, link_alternations, load_file
from checker.extract.quantities import patterns
from checker.link.context import _NAMED_SUBJECT
from checker.models import Claim, Quantity, TimeRef

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


# Character classes in code that are not about a language: identifiers and rule codes, whose spelling is
# a format of the project's own (an entry id `operating_profit`, a rule code `F301`, a pack name), and the
# id a name is turned into. Each is (file, the string that holds the class).
NOT_LINGUISTIC = {
    ("checker/link/lexicon.py", "^[a-z0-9_]+$"),  # a lexicon entry's id (snake case)
    ("checker/check/packs.py", "^[A-Z]{1,3}\\d{3}$"),  # a rule's code (`F301`)
    ("checker/check/packs.py", "^[a-z0-9-]+$"),  # a rule's name (`growth-rate`)
    ("checker/link/entities.py", "[^a-z0-9]+"),  # an unknown name's id (`orion_air`), not its spelling
}
_CLASS = re.compile(r"\[(?:\\.|[^\]\\])*\]")
_ESCAPED = r"\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}"
_RANGE = re.compile(rf"(?P<low>{_ESCAPED}|[^\\\]])-(?P<high>{_ESCAPED}|[^\\\]])")


def _letter(end: str) -> bool:
    character = end.encode().decode("unicode_escape") if end.startswith("\\") else end
    return character.isalpha()


def _docstrings(tree: ast.AST) -> set[int]:
    """The ids of the docstring constants of a module, its classes and functions (prose, not patterns)."""
    return {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }


def letter_ranges(source: str) -> list[tuple[int, str]]:
    """(line, string) of each string in `source` with a character class that spans letters (`[A-Z]`,
    `[가-힣]`, `[\\uac00-\\ud7a3]`) or spells out an alphabet; docstrings are prose, not patterns."""
    tree = ast.parse(source)
    docstrings = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare) and len(node.ops) == 2:  # `"가" <= ch <= "힣"`: a range tested in code
            low, high = node.left, node.comparators[1]
            ends = [e.value for e in (low, high) if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            if len(ends) == 2 and all(len(e) == 1 and e.isalpha() for e in ends):
                found.append((node.lineno, f"{ends[0]}-{ends[1]}"))
            continue
        if isinstance(node, ast.JoinedStr):  # an f-string: its interpolations stand for one character each
            text = "".join(v.value if isinstance(v, ast.Constant) else "\0" for v in node.values)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            text = node.value
        else:
            continue
        classes = _CLASS.findall(text)
        spans_letters = any(_letter(m["low"]) and _letter(m["high"]) for c in classes for m in _RANGE.finditer(c))
        if spans_letters or re.search("abcdefghij|ABCDEFGHIJ|가각간", text):
            found.append((node.lineno, text))
    return found


@pytest.mark.parametrize(
    "source,caught",
    [
        ('NAME = re.compile(r"[A-Z][a-z]+")', True),
        ('HANGUL = "[가-힣]"', True),
        ('HANGUL = r"(?<![\\uac00-\\ud7a3])"', True),
        ('LOWER = "".join(c for c in "abcdefghijklmnopqrstuvwxyz")', True),
        ('WRAPPED = rf"(?=[{letters}$A-Za-z])"', True),
        ('HANGUL = any("가" <= ch <= "힣" for ch in alias)', True),
        ('DIGITS = r"[0-9,.]+"', False),
        ('DIGIT = "0" <= ch <= "9"', False),
        ('TEXT = "year-on-year growth [in won]"', False),
        ('def f():\n    """`[A-Z]` in prose."""', False),
    ],
)
def test_the_letter_range_finder_finds_what_it_must(source, caught):
    assert bool(letter_ranges(source)) is caught


def test_link_check_and_extract_code_spell_no_letter_ranges():
    # A script's letters, capitals or small letters are a language's orthography (rules/lang/*.toml:
    # `[link.*_letters]`, read through `LinkAlternations.chars`), never a literal in code.
    offenders = []
    for folder in ("checker/link", "checker/check", "checker/extract"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            where = str(path.relative_to(ROOT))
            for line, text in letter_ranges(path.read_text(encoding="utf-8")):
                if (where, text) not in NOT_LINGUISTIC:
                    offenders.append(f"{where}:{line}: {text[:80]}")
    assert offenders == []


def test_letter_classes_follow_the_language():
    english, japanese = link_alternations("en"), link_alternations("ja")
    assert english.chars("capital_letters", "small_letters", marks="&") == "[A-Za-z&]"
    # every language's copy writes the shared notations in the Latin alphabet (base.toml) ...
    assert japanese.chars("capital_letters") == "[A-Z]"
    # ... but only a language with capitals starts a name with one: Japanese has none, so a class of
    # them holds a pattern's marks alone, or matches nothing
    assert japanese.name_start_letters == NEVER
    assert japanese.chars("name_start_letters", marks="&") == "[&]"
    assert japanese.chars("name_start_letters") == NEVER
    assert link_alternations("ko").name_start_letters == "[A-Z]"  # Korean borrows English's (`also`)
    assert english.letters("small_letters") == "abcdefghijklmnopqrstuvwxyz"


@pytest.mark.parametrize(
    "sentence,name",
    [
        ("Bank of America posted a profit of $2bn.", "Bank of America"),
        ("Johnson & Johnson reported sales of $3bn.", "Johnson & Johnson"),
        ("Orion Air's quarterly revenue fell to $2bn.", "Orion Air"),
    ],
)
def test_a_capitalized_subject_is_read_in_english_and_never_without_capitals(sentence, name):
    subject = _NAMED_SUBJECT["en"].search(sentence)
    assert subject is not None and subject.group("name") == name
    assert _NAMED_SUBJECT["ko"].search(sentence).group("name") == name  # Korean copy quotes English names
    assert _NAMED_SUBJECT["ja"].search(sentence) is None


def test_an_ascii_code_ends_where_no_latin_letter_goes_on_in_every_language():
    # base.toml's alphabet: `USD` is read in `USD 5`, not in `USDA 5`, whatever the document's language
    for language in ("en", "ko", "ja"):
        iso_after = patterns(language).iso_after
        assert iso_after.match(" USD 5").group("iso") == "USD"
        assert iso_after.match(" USDA 5") is None


def _time_words() -> set[str]:
    """The words of every language's time data (`[time]`, `prior_periods`, `elapsed_time`), as the
    letters they are written with (`a\\s+month\\s+(?:earlier|ago)` → month, earlier, ago)."""
    fragments = []
    for code in ["base", *available()]:
        data = load_file(code)
        for field, value in data.time:
            if field not in ("match", "no_match") and isinstance(value, (list, dict)):
                fragments += list(value)
        fragments += data.prior_periods.words + data.elapsed_time.units + data.elapsed_time.number_words
    return {w.lower() for f in fragments for w in re.findall(r"[^\W\d_]{2,}", f.replace("\\s", " "))}


_ROLES_AND_SHIFTS = (
    *get_args(TimeRef.model_fields["role"].annotation),
    *get_args(TimeRef.model_fields["shift"].annotation),
)


def code_strings(source: str) -> list[tuple[int, str]]:
    """(line, text) of the string literals of `source` that are not docstrings (f-strings' literal parts)."""
    tree = ast.parse(source)
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]


def time_word_literals(source: str, words: set[str], script: str) -> list[str]:
    """The string literals of `source` that spell a time word or hold a letter of `script`. Identifiers are
    not words: the names of the data's fields (`first_half`), of the grammar's groups (`(?P<lastyear>`,
    `kind == "prior_m"`) and a TimeRef's roles and shifts (`"prior"`, `"month"`: the model's own format)."""
    groups = set(re.findall(r"\(\?P<(\w+)>", source))
    identifiers = set(TimeWords.model_fields) | groups | set(_ROLES_AND_SHIFTS)
    found = []
    for line, text in code_strings(source):
        if text in identifiers:
            continue
        text = re.sub(r"\(\?P<\w+>|\(\?\(\w+\)|\(\?P=\w+\)", "", text)
        spelled = [w for w in re.findall(r"[^\W\d_]+", text) if w.lower() in words and len(w) > 1]
        if spelled or re.search(script, text):
            found.append(f"{line}: {text[:60]!r}")
    return found


@pytest.mark.parametrize(
    "source,caught",
    [
        ('LAST = "지난해|작년"', True),
        ('MONTHS = ["january", "february"]', True),
        ('PRIOR = r"month[- ]on[- ]month"', True),
        ('if word.startswith(("last", "next")): pass', True),
        ('WORDS = _words("last_year")', False),  # a field's name
        ('GRAMMAR = rf"(?P<lastyear>{_alone(1)})"', False),  # a group's name
        ('DIGITS = r"\\d{1,2}\\s?[~\\-]"', False),
        ('def f():\n    """`지난해` in prose."""', False),
    ],
)
def test_the_time_word_finder_finds_what_it_must(source, caught):
    assert bool(time_word_literals(source, _time_words(), link_alternations("ko").script_letters)) is caught


def test_the_time_grammar_spells_no_words():
    # The time grammar's words are language data (`[time]` in rules/lang/*.toml): no Korean letter and no
    # word of any language's time data is written in checker/extract/time.py.
    source = (ROOT / "checker/extract/time.py").read_text(encoding="utf-8")
    assert time_word_literals(source, _time_words(), link_alternations("ko").script_letters) == []


# Code that writes Korean for the reader (a claim's wording, an approximation's label) is wording, not
# reading: it is allowed, by file and string.
_KOREAN_WORDING = {
    "checker/link/words.py": None,  # a claim as a message states it (`{} 이상`, `여`)
    "checker/extract/quantities.py": {"여"},  # the name of the `여` approximation, as copy writes it
}


def korean_in_code(source: str) -> list[tuple[int, str]]:
    """(line, text) of every string in the code that holds a Hangul syllable, docstrings left out."""
    tree = ast.parse(source)
    docstrings = _docstrings(tree)
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and re.search("[\uac00-\ud7a3]", node.value)
    ]


def test_the_korean_finder_finds_what_it_must():
    assert korean_in_code('X = re.compile(r"(?:폭|규모)?")\n') == [(1, "(?:폭|규모)?")]
    assert korean_in_code('def f():\n    """`3분의 1`."""\n    return 1\n') == []


def test_link_and_extract_code_read_no_korean_words():
    # Korean words the reader needs are language data (rules/lang/ko.toml), never literals in the
    # stages that read: a third language must not inherit them, and a word list is written once.
    found = []
    for path in sorted([*ROOT.glob("checker/link/*.py"), *ROOT.glob("checker/extract/*.py")]):
        name = str(path.relative_to(ROOT))
        allowed = _KOREAN_WORDING.get(name, set())
        if allowed is None:
            continue
        found += [(name, line, text) for line, text in korean_in_code(path.read_text()) if text not in allowed]
    assert found == []
