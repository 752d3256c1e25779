"""Sentences, paragraphs and page furniture (bylines, copyright lines, link lists).

Sentences are cut by rules (punctuation, line breaks). `FACTLINT_SEGMENTER=kiwi`
(the optional extra `factlint[morph]`) lets kiwipiepy's sentence splitter cut the
lines of a Korean document that hold a number; every other line, and every
document in another language, is still cut by the rules. Paragraphs and page
furniture are found by the same rules either way. The measurement that decided
this stays optional is in the README ("Korean morphology: measured").
"""

from __future__ import annotations

import bisect
import importlib.util
import os
import re
from dataclasses import dataclass, field

from checker.errors import UsageError
from checker.extract.lang import ByLanguage, link_alternations
from checker.read.files import guess_language
from checker.regex_cache import compile_exact
from checker.regex_needs import may_match

SEGMENTER_ENV = "FACTLINT_SEGMENTER"
SEGMENTERS = ("rules", "kiwi")

# A sentence end (`. `, `?"\n`) or a line break: only the ends of its matches are read. Written to start with
# the character it consumes first (the stop or the break, not a test behind it), so that the engine skips
# to the next such character at once instead of trying every place of the text; the same ends as
# `(?<=[.?!。])[quotes]*\s+|\n+` (`segment` searches from one character before the start for that).
_SENTENCE_END = compile_exact(r"[.?!。\n](?:(?<=\n)\n*|(?<!\n)[\"'”’」』)]*\s+)")
# The linker relates the figures of one sentence, each with each: a run of text with no sentence
# end (a table pasted as one line, a list joined by `·`) is cut into sentences of at most this
# many characters, so that work stays linear in the article. Real sentences are far shorter (the
# longest in the real corpus and the seeds is 349 characters), so this never cuts one; a run it
# does cut is named in a note on the document (link stage), never cut in silence.
MAX_SENTENCE = 1_000
_CLAUSE_BREAK = compile_exact(r"[\s,;·、]")
# A line of page furniture; the furniture that ends a page (a copyright line, related links) starts its tail.
_FURNITURE_LINE = ByLanguage(lambda w: rf"{w.page_end_furniture}|{w.furniture_lines}", re.I | re.M)
# (Its first character consumed, not tested behind the match, as `_SENTENCE_END`: only the ends are read.)
_WRAPPED = ByLanguage(
    lambda w: (
        rf"{w.chars('small_letters', marks='0-9,')}[^\S\n]*\n"
        rf"(?={w.chars('small_letters', marks='0-9$€£¥₹(')}|{w.capital_letters}{{3}}\s?\d)"
    )
)
# A line break before a line that is not blank: the line starts at its end (the break consumed, not tested
# behind the start, as `_SENTENCE_END`).
_LINE_BREAK_BEFORE_TEXT = compile_exact(r"\n(?=[^\S\n]*\S)")
_EMAIL = compile_exact(r"[\w.]+@[\w.]+\.\w+")
# A stock quote a news site inserts after a company's name (`삼성전자 (61,500원 ▲500 +0.82%)`):
# price, change mark, change, signed rate in one parenthesis. Page furniture inside a sentence.
_QUOTE_WIDGET = ByLanguage(
    lambda w: (
        rf"\(\s*\d[\d,]*(?:\.\d+)?\s*(?:{w.quote_currencies})\s*(?:{w.rise_signs}|{w.fall_signs}|─)\s*[\d,]+(?:\.\d+)?"
        rf"\s*(?:{w.rise_signs}|{w.fall_signs})?\d+(?:\.\d+)?\s*%\s*\)"
    )
)
_ENDS_PAGE = ByLanguage(lambda w: rf"{w.page_end_furniture}", re.I)


@dataclass(slots=True)
class Segments:
    sentence_starts: list[int]
    paragraph_starts: list[int]
    furniture_from: int  # offset where the page's trailing furniture begins
    furniture_lines: list[tuple[int, int]]  # whole lines, and inline furniture (stock quotes), sorted
    cut_runs: list[tuple[int, int]] = field(default_factory=list)  # runs longer than MAX_SENTENCE, cut

    def sentence_of(self, offset: int) -> int:
        return bisect.bisect_right(self.sentence_starts, offset) - 1

    def paragraph_of(self, offset: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, offset) - 1

    def sentence_bounds(self, index: int, text_len: int) -> tuple[int, int]:
        return self.sentence_starts[index], sentence_end(self.sentence_starts, index, text_len)

    def is_furniture(self, offset: int) -> bool:
        return offset >= self.furniture_from or self.furniture_span(offset) is not None

    def furniture_span(self, offset: int) -> tuple[int, int] | None:
        """The furniture line or inline furniture (a stock quote) holding the offset."""
        i = bisect.bisect_right(self.furniture_lines, (offset, 1 << 62)) - 1
        if i >= 0 and self.furniture_lines[i][0] <= offset < self.furniture_lines[i][1]:
            return self.furniture_lines[i]
        return None


def sentence_end(sentence_starts: list[int], sentence: int, length: int) -> int:
    """Where a sentence ends: where the next one starts, or the text's end (`length`)."""
    return sentence_starts[sentence + 1] if sentence + 1 < len(sentence_starts) else length


def selected_segmenter() -> str:
    """`rules` (the default) or `kiwi`, from FACTLINT_SEGMENTER; another value is a usage error."""
    value = os.environ.get(SEGMENTER_ENV, "").strip().lower() or "rules"
    if value not in SEGMENTERS:
        raise UsageError(f"{SEGMENTER_ENV}={value!r}: expected one of {', '.join(SEGMENTERS)}")
    return value


def require_segmenter() -> None:
    """Before any article is read: the selected segmenter can run (kiwi: kiwipiepy and its model
    are installed). Checked without importing them, so the default path pays nothing."""
    installed = all(importlib.util.find_spec(m) for m in ("kiwipiepy", "kiwipiepy_model"))
    if selected_segmenter() == "kiwi" and not installed:
        raise UsageError(f"{SEGMENTER_ENV}=kiwi needs kiwipiepy and its model: pip install 'factlint[morph]'")


def segment(text: str, start: int = 0, language: str | None = None) -> Segments:
    """`language`: the document's; guessed from its letters when not given (the kiwi path only)."""
    sentences = [start]
    # (from one character before the start: a stop just before it ends a sentence there)
    sentences.extend(m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 1)) if start < m.end() < len(text))
    # Hard-wrapped copy (a wire story cut at a fixed width): a line break after a lowercase word, a digit
    # or a comma, before a lowercase word, a digit or a currency sign or code, is inside a sentence.
    vocabulary = language or _guess_language(text, start)
    wrap = _WRAPPED[vocabulary]
    wrapped = {m.end() for m in wrap.finditer(text, max(0, start - 1))} if may_match(wrap, text) else set()
    if wrapped:
        sentences = [s for s in sentences if s not in wrapped]
    sentences = _after_abbreviations(text, sentences, language or _guess_language(text, start))
    if selected_segmenter() == "kiwi" and (language or _guess_language(text, start)) == "ko":
        sentences = _kiwi_sentences(text, start, sentences)
    cut_runs: list[tuple[int, int]] = []
    sentences = _cut_long(text, sentences, cut_runs)
    # A paragraph starts at each non-blank line: blank lines separate, they are not paragraphs.
    paragraphs = [start] + [m.end() for m in _LINE_BREAK_BEFORE_TEXT.finditer(text, start) if m.end() not in wrapped]
    furniture_line, ends_page = _FURNITURE_LINE[vocabulary], _ENDS_PAGE[vocabulary]
    furniture_from = len(text)
    lines = []
    offset = 0
    sentence_starts = sorted(set(sentences))
    for line in text.splitlines(keepends=True):
        # (only a short line of the body can be furniture: the searches are made on those alone)
        short = offset >= start and len(line) < 200
        furniture = short and (furniture_line.search(line) or ("@" in line and _EMAIL.search(line)))
        if furniture:
            # `… 9위를 유지했다. /김기자 kim@example.com`: a byline after the last sentence on its line
            # makes furniture of its own sentence, not of the sentences before it.
            at = offset + furniture.start()
            first = sentence_starts[bisect.bisect_right(sentence_starts, at) - 1] if sentence_starts else offset
            lines.append((max(offset, first), offset + len(line)))
            # Only the last third of a page can start the trailing furniture.
            if ends_page.search(line) and offset > len(text) * 0.6 and furniture_from == len(text):
                furniture_from = offset
        offset += len(line)
    lines.extend(m.span() for m in _QUOTE_WIDGET[vocabulary].finditer(text, start))
    return Segments(sorted(set(sentences)), sorted(set(paragraphs)), furniture_from, _merged(lines), cut_runs)


# `Mr. Kim`, `U.S. sales`, `No. 2`: never the end of a sentence; `Acme Inc. reported`, `Nov. 20`: not
# before a lowercase word or a digit (`… Acme Inc. The company …` still ends one).
_NEVER_ENDS = ByLanguage(lambda w: rf"(?:^|[\s(])(?:{w.abbreviations_never_end})\.[\"'”’)]*[^\S\n]+$")
_ENDS_BEFORE_CAPITAL = ByLanguage(lambda w: rf"(?:^|[\s(])(?:{w.abbreviations})\.[\"'”’)]*[^\S\n]+$")


def _after_abbreviations(text: str, sentences: list[int], language: str) -> list[int]:
    never, before_capital = _NEVER_ENDS[language], _ENDS_BEFORE_CAPITAL[language]
    kept = []
    for start in sentences:
        before = text[max(0, start - 12) : start]
        if (
            start
            and text[start - 1] != "\n"
            and (never.search(before) or (before_capital.search(before) and not text[start].isupper()))
        ):
            continue
        kept.append(start)
    return kept


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping spans (a quote inside a furniture line is one span)."""
    out: list[tuple[int, int]] = []
    for begin, end in sorted(spans):
        if out and begin < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((begin, end))
    return out


def _cut_long(text: str, starts: list[int], cut_runs: list[tuple[int, int]] | None = None) -> list[int]:
    """Sentence starts, with every sentence longer than MAX_SENTENCE cut after its last clause break
    (a space, a comma, `·`) in its second half, or else at the limit, moved back off a digit.
    `cut_runs`: receives each (start, end) cut."""
    out = []
    for start, end in zip(starts, [*starts[1:], len(text)]):
        out.append(start)
        if cut_runs is not None and end - start > MAX_SENTENCE:
            cut_runs.append((start, end))
        while end - start > MAX_SENTENCE:
            limit = start + MAX_SENTENCE
            cut = limit
            for match in _CLAUSE_BREAK.finditer(text, start + MAX_SENTENCE // 2, limit):
                cut = match.end()
            if cut == limit:
                while cut > start + MAX_SENTENCE // 2 and text[cut - 1].isdigit():
                    cut -= 1  # not inside `3245`
            out.append(cut)
            start = cut
    return out


# ---------------------------------------------------------------- kiwi (optional)

_KOREAN_LETTERS = compile_exact(link_alternations("ko").script_letters)  # the lines kiwi's Korean model reads
_DIGIT = compile_exact(r"\d")
_LINE = compile_exact(r"[^\n]+")
_kiwi = None


def _guess_language(text: str, start: int) -> str:
    return guess_language(text[start : start + 4000])  # the reader's own guess, on the body


def _kiwi_model():
    """Loaded on first use (about a second and 300 MB): without the typo and multi-word
    dictionaries, which sentence splitting does not need."""
    global _kiwi
    if _kiwi is None:
        try:
            from kiwipiepy import Kiwi
        except ImportError as exc:
            raise UsageError(
                f"{SEGMENTER_ENV}=kiwi needs kiwipiepy and its model: pip install 'factlint[morph]'"
            ) from exc
        _kiwi = Kiwi(load_typo_dict=False, load_multi_dict=False)
    return _kiwi


def _kiwi_sentences(text: str, start: int, rule_starts: list[int]) -> list[int]:
    """Sentence starts where kiwipiepy cuts the Korean lines that hold a number. A line break
    always ends a sentence; lines without a number (or Hangul) keep the rules' cuts."""
    lines = [m for m in _LINE.finditer(text, start) if _DIGIT.search(m.group(0)) and _KOREAN_LETTERS.search(m.group(0))]
    if not lines:
        return rule_starts
    kiwi = _kiwi_model()
    replaced: list[tuple[int, int]] = []
    found: list[int] = []
    for line, sents in zip(lines, kiwi.split_into_sents([m.group(0) for m in lines])):
        base, body = line.start(), line.group(0)
        # The line's first sentence starts where the rules start it (at the line, or at its first
        # letter after an indent): kiwi cuts only after the line's first letter.
        first = base + len(body) - len(body.lstrip())
        starts = [base + s.start for s in sents if first < base + s.start < line.end()]
        # Kiwi's offsets must index this text (they are code points); otherwise the rules stand.
        if all(body[s.start : s.end] == s.text for s in sents):
            replaced.append((first, line.end()))
            found.extend(starts)
    kept = [s for s in rule_starts if not any(b < s < e for b, e in replaced)]
    return sorted({*kept, *found})
