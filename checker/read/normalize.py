"""The one normalized text every stage reads, with a map of its offsets back to the original.

Normalization happens once per document (`Document.normalized`): look-alike characters are
translated one for one (full-width digits, odd spaces, dashes and tildes), markup is masked
with spaces, and a few edits change lengths: a CRLF line end loses its CR, invisible
characters (zero-width spaces and joiners, soft hyphens, a stray byte-order mark) are dropped,
and decomposed Hangul (NFD) is composed. Extraction and linking read the normalized text; the
spans they hand on are mapped back with `OffsetMap`, so reports always point into the text
as written.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from checker.regex_cache import compile_exact
from checker.regex_needs import may_match

# One character for one character, so offsets stay put.
_TRANSLATE = {ord(c): "0123456789"[i] for i, c in enumerate("０１２３４５６７８９")}
_TRANSLATE.update(
    {
        0x00A0: " ",
        0x2007: " ",
        0x202F: " ",
        0x3000: " ",
        ord("∼"): "~",
        ord("～"): "~",
        ord("〜"): "~",
        ord("–"): "-",
        ord("—"): "-",
        ord("−"): "-",
        ord("‐"): "-",
        ord("，"): ",",
        ord("．"): ".",
        ord("％"): "%",
        ord("＄"): "$",
        ord("（"): "(",
        ord("）"): ")",
        ord("ㆍ"): "·",
        ord("・"): "·",
        ord("･"): "·",
        ord("․"): "·",
        ord("\u2024"): "·",
        ord("\r"): "\n",  # an old Mac line end; the CR of a CRLF is dropped (below)
    }
)
# Any character the table translates: a text with none is kept as it is (`str.translate` reads a long text one
# character at a time through the table, about 50 ms a megabyte; the search, a few).
_LOOK_ALIKE = compile_exact("[" + "".join(re.escape(chr(code)) for code in sorted(_TRANSLATE)) + "]")
# The same table keyed by the character, for `_LOOK_ALIKE.sub`: a text holds a few look-alikes (a dash, a
# middle dot), and replacing each match skips the rest of the text where `str.translate` reads every character
# (a tenth of the time on a long article). A match costs about five characters' translation: past one
# look-alike in 16 characters (full-width copy) the whole text is translated instead (`_look_alikes_translated`).
_LOOK_ALIKE_AS = {chr(code): replacement for code, replacement in _TRANSLATE.items()}
_MATCHES_PER_CHARACTER = 16


def _translated(match: re.Match[str]) -> str:
    return _LOOK_ALIKE_AS[match.group()]


def _look_alikes_translated(text: str) -> str:
    """`text.translate(_TRANSLATE)`, in time linear in the look-alikes when they are few (the text itself when
    there is none)."""
    most = len(text) // _MATCHES_PER_CHARACTER + 1  # (at least 1: a count of 0 would replace every match)
    copy, replaced = _LOOK_ALIKE.subn(_translated, text, count=most)
    return text.translate(_TRANSLATE) if replaced == most else copy


# Characters a reader never sees: dropped, so `1\u200b000` is `1000` and `삼성\u00ad전자` one word.
_DROPPED = compile_exact("\r(?=\n)|[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_MARKUP = compile_exact(r"<!--.*?-->|<(script|style)\b.*?</\1\s*>|<[A-Za-z/!][^<>]*>", re.S | re.I)
_ENTITY = compile_exact(r"&(?:[a-z]+|#\d+|#x[0-9a-f]+);", re.I)
MARKUP_SUFFIXES = (".html", ".htm", ".md", ".markdown")


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Normalized offsets → original offsets (and back), for a text whose edits changed lengths.

    Stored as four sorted arrays, one entry per edit: the edit's [start, end) in the normalized
    text and in the original. Between edits the two texts shift by a constant, so a lookup is one
    bisection. No edit (the common case) is the identity and costs nothing.

    A span boundary inside an edit widens to the whole edit; at a dropped character a start maps
    after it and an end before it, so a span never takes in what was dropped at its edges.
    """

    norm_starts: array
    norm_ends: array
    orig_starts: array
    orig_ends: array

    @classmethod
    def identity(cls) -> OffsetMap:
        return cls(array("q"), array("q"), array("q"), array("q"))

    @property
    def is_identity(self) -> bool:
        return not self.norm_starts

    def original_start(self, offset: int) -> int:
        return _start(offset, self.norm_starts, self.norm_ends, self.orig_starts, self.orig_ends)

    def original_end(self, offset: int) -> int:
        return _end(offset, self.norm_starts, self.norm_ends, self.orig_ends)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        if not self.norm_starts:
            return start, end
        first = self.original_start(start)
        return first, max(first, self.original_end(end))

    def normalized_start(self, offset: int) -> int:
        return _start(offset, self.orig_starts, self.orig_ends, self.norm_starts, self.norm_ends)

    def normalized_end(self, offset: int) -> int:
        return _end(offset, self.orig_starts, self.orig_ends, self.norm_ends)

    def normalized_span(self, start: int, end: int) -> tuple[int, int]:
        if not self.norm_starts:
            return start, end
        first = self.normalized_start(start)
        return first, max(first, self.normalized_end(end))


IDENTITY = OffsetMap.identity()  # shared by every text nothing lengthened or shortened; never changed


def _start(offset: int, from_starts: array, from_ends: array, to_starts: array, to_ends: array) -> int:
    k = bisect_right(from_starts, offset) - 1  # the last edit starting at or before the offset
    if k < 0:
        return offset
    if offset < from_ends[k]:
        return to_starts[k]
    return to_ends[k] + offset - from_ends[k]


def _end(offset: int, from_starts: array, from_ends: array, to_ends: array) -> int:
    k = bisect_left(from_starts, offset) - 1  # the last edit starting before the offset
    if k < 0:
        return offset
    return to_ends[k] + max(0, offset - from_ends[k])


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """The text the stages read, where its body starts (after front matter), and the map back."""

    text: str
    body_start: int = 0
    offsets: OffsetMap = IDENTITY


def _blank(match: re.Match[str]) -> str:
    # Keep newlines so that lines and paragraphs survive masking.
    return "".join("\n" if ch == "\n" else " " for ch in match.group(0))


def normalize(text: str, *, markup: bool = False, body_start: int = 0) -> NormalizedText:
    """Translate look-alike characters, mask markup (HTML/Markdown comments) with spaces, drop
    invisible characters and CRs before LFs, compose decomposed Hangul."""
    copy = _look_alikes_translated(text)
    if markup or "<!--" in copy:
        copy = _MARKUP.sub(_blank, copy)
        copy = _ENTITY.sub(_blank, copy)
    # (a long text holding none of the characters dropped, a line of figures, is not searched for them)
    edits = [(m.start(), m.end(), "") for m in _DROPPED.finditer(text)] if may_match(_DROPPED, text) else []
    if not unicodedata.is_normalized("NFC", copy):
        edits = sorted(edits + _composed_clusters(copy))
    if not edits:
        return NormalizedText(copy, body_start)
    normalized, offsets = _apply(copy, edits)
    return NormalizedText(normalized, offsets.normalized_start(body_start), offsets)


def _composed_clusters(text: str) -> list[tuple[int, int, str]]:
    """NFC composition changes lengths (decomposed Hangul jamo): each cluster it shortens, composed."""
    out = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or unicodedata.combining(text[i]) == 0 and not _is_trailing_jamo(text[i]):
            cluster = text[start:i]
            composed = unicodedata.normalize("NFC", cluster)
            if composed != cluster:
                out.append((start, i, composed))
            start = i
    return out


def _apply(text: str, edits: list[tuple[int, int, str]]) -> tuple[str, OffsetMap]:
    """`text` with each (start, end, replacement) applied (sorted, not overlapping), and the map of
    the edits that changed lengths."""
    pieces: list[str] = []
    maps = OffsetMap.identity()
    last = shift = 0  # shift: normalized offset − original offset after the last edit
    for start, end, replacement in edits:
        if start < last:
            continue  # a dropped character inside a composed cluster: the cluster's edit holds it
        pieces.append(text[last:start])
        pieces.append(replacement)
        n_start, n_end = start + shift, start + shift + len(replacement)
        if len(replacement) != end - start:
            # Edits that touch stay apart (two composed syllables are two), so a span may end
            # between them; dropped characters side by side share a normalized offset.
            maps.norm_starts.append(n_start)
            maps.norm_ends.append(n_end)
            maps.orig_starts.append(start)
            maps.orig_ends.append(end)
        shift += len(replacement) - (end - start)
        last = end
    pieces.append(text[last:])
    return "".join(pieces), maps


def _is_trailing_jamo(ch: str) -> bool:
    # Medial vowels and final consonants of a decomposed syllable.
    return "\u1160" <= ch <= "\u11ff"
