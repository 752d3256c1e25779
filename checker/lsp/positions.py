"""Offsets (code points, as every factlint span) ⇄ LSP positions (line, character in the
negotiated encoding: UTF-16 code units unless the client chose UTF-8 or UTF-32).

LSP lines end at `\\n`, `\\r\\n` or `\\r`, which is not what `str.splitlines` does."""

from __future__ import annotations

import bisect

from checker.regex_cache import compile_exact

_BREAK = compile_exact(r"\r\n|\r|\n")


def _units(text: str, encoding: str) -> int:
    if encoding == "utf-8":
        return len(text.encode("utf-8"))
    if encoding == "utf-32":
        return len(text)
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


class Positions:
    def __init__(self, text: str, encoding: str = "utf-16"):
        self.text = text
        self.encoding = encoding
        self.starts = [0] + [m.end() for m in _BREAK.finditer(text)]

    def position(self, offset: int) -> tuple[int, int]:
        """(line, character), both 0-based."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.starts, offset) - 1
        return line, _units(self.text[self.starts[line] : offset], self.encoding)

    def offset(self, line: int, character: int) -> int:
        if line < 0:
            return 0
        if line >= len(self.starts):
            return len(self.text)
        start = self.starts[line]
        end = self.starts[line + 1] if line + 1 < len(self.starts) else len(self.text)
        count = 0
        for index in range(start, end):
            if count >= character or self.text[index] in "\r\n":
                return index
            count += _units(self.text[index], self.encoding)
        return end if end == len(self.text) else end - (2 if self.text[end - 2 : end] == "\r\n" else 1)
