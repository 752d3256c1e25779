"""A normalized copy of a document's text, with a map back to the original offsets.

Extraction runs on the copy; every span it returns is mapped back, so reports
always point into the text as written.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# One character for one character, so offsets stay put.
_TRANSLATE = {ord(c): "0123456789"[i] for i, c in enumerate("０１２３４５６７８９")}
_TRANSLATE.update({
    0x00A0: " ", 0x2007: " ", 0x202F: " ", 0x3000: " ", 0x200B: " ",
    ord("∼"): "~", ord("～"): "~", ord("〜"): "~",
    ord("–"): "-", ord("—"): "-", ord("−"): "-", ord("‐"): "-",
    ord("，"): ",", ord("．"): ".", ord("％"): "%", ord("＄"): "$",
    ord("（"): "(", ord("）"): ")", ord("ㆍ"): "·", ord("・"): "·", ord("･"): "·", ord("․"): "·",
    ord("\u2024"): "·",
    ord("\r"): " ",
})
_MARKUP = re.compile(r"<!--.*?-->|<(script|style)\b.*?</\1\s*>|<[A-Za-z/!][^<>]*>", re.S | re.I)
_ENTITY = re.compile(r"&(?:[a-z]+|#\d+|#x[0-9a-f]+);", re.I)


@dataclass(slots=True)
class NormalizedText:
    text: str
    to_original: list[int] | None = None  # None: offsets are identical

    def original(self, offset: int) -> int:
        if self.to_original is None:
            return offset
        return self.to_original[offset]


def _blank(match: re.Match[str]) -> str:
    # Keep newlines so that lines and paragraphs survive masking.
    return "".join("\n" if ch == "\n" else " " for ch in match.group(0))


def normalize(text: str, *, markup: bool = False) -> NormalizedText:
    """Translate look-alike characters; mask markup (HTML/Markdown comments) with spaces."""
    copy = text.translate(_TRANSLATE)
    if markup or "<!--" in copy:
        copy = _MARKUP.sub(_blank, copy)
        copy = _ENTITY.sub(_blank, copy)
    if unicodedata.is_normalized("NFC", copy):
        return NormalizedText(copy)
    return _nfc_with_map(copy)


def _nfc_with_map(text: str) -> NormalizedText:
    """NFC composition changes lengths (decomposed Hangul jamo): compose per cluster."""
    out: list[str] = []
    mapping: list[int] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or unicodedata.combining(text[i]) == 0 and not _is_trailing_jamo(text[i]):
            composed = unicodedata.normalize("NFC", text[start:i])
            out.append(composed)
            mapping.extend([start] * len(composed))
            start = i
    mapping.append(len(text))
    return NormalizedText("".join(out), mapping)


def _is_trailing_jamo(ch: str) -> bool:
    # Medial vowels and final consonants of a decomposed syllable.
    return "\u1160" <= ch <= "\u11ff"
