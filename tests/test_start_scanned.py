"""`regex_cache` writes a pattern's first characters into its program's INFO block (`_start_scanned`), where
the compiler finds none (a pattern that opens with a lookaround, a word boundary or an alternation of words):
the engine then scans for a place where one of them stands instead of trying the whole pattern at every place
(a Korean line of figures without spaces paid that per character, per pattern searched through it). The set
may only refuse places where no match starts: the matches, their spans and groups are re.compile's own, and
so are the claims read with these programs."""

from __future__ import annotations

import _sre
import gc
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from checker import regex_cache

ROOT = Path(__file__).resolve().parents[1]

# Sentences of our own: a Korean line of figures without spaces, prose in both languages, case-folded words.
TEXTS = [
    "영업이익은3천245억원으로12%늘었다" * 6,
    "올해 3분기 매출은 1조 2,400억원으로 전년 동기보다 8.5% 늘었고, 순이익은 두 배인 640억원이었다.",
    "수천 명이 모였고 과반이 찬성했다. 사과 30상자 중 12상자(40%)가 팔렸다.",
    "Revenue at Orchardline rose 12% to $3.4bn in 2023, the highest since 2015; costs fell 2 per cent.",
    "SALES JUMPED 7 PER CENT TO KRW 38.6TR, a record in 11 years; two in five buyers were new.",
    "The ſtrange KELVIN K and İstanbul's 3 ſhops sold 1,200 units, up 4.5% from 1,150 a year earlier.",
]


def _found(pattern: re.Pattern[str], text: str) -> list:
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]


def _scanned(pattern: str, flags: int = 0) -> re.Pattern[str]:
    program = regex_cache._start_scanned(regex_cache._program(pattern, flags))
    assert program is not None, pattern
    return _sre.compile(*program)


@pytest.mark.parametrize(
    "pattern, flags",
    [
        (r"(?=[\d억])(?:\d+억|억원)", 0),  # a lookahead first: the scanner's own test in front of its numbers
        (r"(?i:(?=[ks]))(?:kelvin|ſtraße|strasse)\b", 0),  # a test in front of words, case folded
        (r"\b(?:since|ſince|kilo)\s(?P<y>\d{4})", re.I),
        (r"(?<![가-힣])(?:최대|최고)\s?(?P<n>\d+)년", 0),
        (r"(?P<amount>\d+(?:,\d{3})*)\s?(?:억|조)원", 0),  # a group around `\d+`: the compiler scans for nothing
    ],
)
def test_a_scanned_program_finds_what_re_compile_finds(pattern, flags):
    scanned, plain = _scanned(pattern, flags), re.compile(pattern, flags)
    assert scanned != plain  # (another program: its INFO block holds the first characters)
    text = " ".join(TEXTS) + " KELVIN Kelvin SINCE 2014 ſince 2015 STRASSE Straße 최대 12년 3억원 12,000 조원"
    assert _found(scanned, text) == _found(plain, text)
    for at in range(len(text)):  # (a search from every place: where the engine starts to scan)
        assert _found(scanned, text[at:]) == _found(plain, text[at:])


@pytest.mark.parametrize("pattern", [r"(?i:k|s|i|σ|ß|µ|a-b)x", r"(?i)[a-zß-ÿ가-힣]x", r"(?i:\w)x", r"(?i:[ǅω])x"])
def test_a_case_folded_set_refuses_no_character_a_match_starts_with(pattern):
    # Every character, each followed by what the pattern asks next: the letters whose case folds oddly
    # (the Kelvin sign, the long s, the dotted capital I …) start a match exactly where re.compile's does.
    scanned, plain = _scanned(pattern), re.compile(pattern)
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    starts = [m.start() for m in plain.finditer("x".join(every))]
    assert [m.start() for m in scanned.finditer("x".join(every))] == starts
    assert starts


@pytest.mark.parametrize(
    "pattern, flags",
    [
        (r"\s?(?:원|달러)", 0),  # may start with nothing but a space: `\s?` then a word
        (r"(?=\d)", 0),  # matches empty: tried at every place
        (r"abc|abd", 0),  # the compiler scans for the literal prefix itself
        (r"[^a]\bb", 0),  # a negated class first: no set to scan for
        (r"\bfoo", re.ASCII),  # (ASCII and locale case rules are left to the compiler)
    ],
)
def test_patterns_whose_start_cannot_be_told_or_is_scanned_already_are_left_alone(pattern, flags):
    if pattern == r"\s?(?:원|달러)":
        # (told: a space or the first letter of a word)
        assert regex_cache._start_scanned(regex_cache._program(pattern, flags)) is not None
        return
    assert regex_cache._start_scanned(regex_cache._program(pattern, flags)) is None


def test_the_scanners_number_core_is_scanned_and_finds_the_same_numbers():
    from checker.extract.quantities import patterns

    core = patterns("ko").core
    plain = re.compile(core.pattern, core.flags & ~re.U)
    assert core != plain
    for text in TEXTS:
        assert _found(core, text) == _found(plain, text)


def test_every_scanned_pattern_of_the_pipeline_finds_what_re_compile_finds():
    from checker.pipeline import analyze_document, load_knowledge
    from checker.read.files import read_paths

    knowledge = load_knowledge()
    documents, _ = read_paths([str(ROOT / "seeds")])
    for document in documents:  # (every lazily built pattern of the seeds' rules compiled)
        analyze_document(document, knowledge.lexicon)
    scanned = []
    for pattern in gc.get_objects():
        if isinstance(pattern, re.Pattern) and isinstance(pattern.pattern, str):
            plain = re.compile(pattern.pattern, pattern.flags & ~re.U)
            if pattern != plain and pattern.groupindex == plain.groupindex:
                scanned.append((pattern, plain))
    assert len(scanned) > 100  # (the scanner's and the linker's searches through the whole text)
    for compiled, plain in scanned:
        for text in TEXTS:
            assert _found(compiled, text) == _found(plain, text), plain.pattern


_CLAIMS = """
import json, sys
from checker import regex_cache
if sys.argv[1] == "plain":
    regex_cache._start_scanned = lambda program: None  # every program re.compile's own
from checker.extract import extract
from checker.link import link
from checker.models import Document
from checker.pipeline import load_knowledge
lexicon = load_knowledge().lexicon
out = []
for i, (language, text) in enumerate(json.loads(sys.argv[2])):
    document = Document(path=f"t{i}.md", text=text, language=language, published="2024-03-01")
    claims = link(extract(document), lexicon).claims
    out.append([repr(claim) for claim in claims])
print(json.dumps(out))
"""


def test_the_claims_are_the_same_with_the_plain_programs(tmp_path):
    texts = [("ko", t) for t in TEXTS[:3]] + [("en", t) for t in TEXTS[3:]]
    found = {}
    for mode in ("plain", "scanned"):
        env = {k: v for k, v in os.environ.items() if not k.startswith("FACTLINT_")}
        env["FACTLINT_CACHE_DIR"] = str(tmp_path / mode)
        env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
        run = subprocess.run(
            [sys.executable, "-c", _CLAIMS, mode, json.dumps(texts)],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env=env,
            timeout=300,
        )
        assert run.returncode == 0, run.stderr
        found[mode] = json.loads(run.stdout)
    assert sum(map(len, found["plain"])) >= 30
    assert found["scanned"] == found["plain"]
