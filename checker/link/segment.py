"""Sentences, paragraphs and page furniture (bylines, copyright lines, link lists)."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_SENTENCE_END = re.compile(r"(?<=[.?!。])[\"'”’」』)]*\s+|\n+")
_FURNITURE_LINE = re.compile(
    r"저작권|무단\s?전재|재배포\s?금지|Copyright|ⓒ|©|All rights reserved|관련\s?기사|핫클릭|많이 본 뉴스"
    r"|^\s*\[[^\]]*기자\]\s*$|기자\s*$|Related (?:articles|stories)|Read more",
    re.I | re.M,
)
_LINE_START = re.compile(r"(?<=\n)(?=[^\S\n]*\S)")
_EMAIL = re.compile(r"[\w.]+@[\w.]+\.\w+")
_ENDS_PAGE = re.compile(r"저작권|무단\s?전재|Copyright|ⓒ|©|관련\s?기사|핫클릭|Related (?:articles|stories)", re.I)


@dataclass(slots=True)
class Segments:
    sentence_starts: list[int]
    paragraph_starts: list[int]
    furniture_from: int  # offset where the page's trailing furniture begins
    furniture_lines: list[tuple[int, int]]

    def sentence_of(self, offset: int) -> int:
        return bisect.bisect_right(self.sentence_starts, offset) - 1

    def paragraph_of(self, offset: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, offset) - 1

    def sentence_bounds(self, index: int, text_len: int) -> tuple[int, int]:
        end = self.sentence_starts[index + 1] if index + 1 < len(self.sentence_starts) else text_len
        return self.sentence_starts[index], end

    def is_furniture(self, offset: int) -> bool:
        if offset >= self.furniture_from:
            return True
        i = bisect.bisect_right(self.furniture_lines, (offset, 1 << 62)) - 1
        return i >= 0 and self.furniture_lines[i][0] <= offset < self.furniture_lines[i][1]


def segment(text: str, start: int = 0) -> Segments:
    sentences = [start]
    sentences.extend(m.end() for m in _SENTENCE_END.finditer(text, start) if m.end() < len(text))
    # A paragraph starts at each non-blank line: blank lines separate, they are not paragraphs.
    paragraphs = [start] + [m.start() for m in _LINE_START.finditer(text, start) if m.start() > start]
    furniture_from = len(text)
    lines = []
    offset = 0
    for line in text.splitlines(keepends=True):
        if offset >= start and len(line) < 200 and (_FURNITURE_LINE.search(line) or ("@" in line and _EMAIL.search(line))):
            lines.append((offset, offset + len(line)))
            # Only the last third of a page can start the trailing furniture.
            if _ENDS_PAGE.search(line) and offset > len(text) * 0.6 and furniture_from == len(text):
                furniture_from = offset
        offset += len(line)
    return Segments(sorted(set(sentences)), sorted(set(paragraphs)), furniture_from, lines)
