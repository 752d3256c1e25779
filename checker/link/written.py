"""How a figure's number is written: read once by the link stage and kept on the claim, so that check kinds
compare claims, never their text."""

from __future__ import annotations

import unicodedata

from checker.regex_cache import compile_exact

_LAST_DIGITS = compile_exact(r"\d[\d,.]*")


def written_zeros(text: str) -> int:
    """The zeros the last run of digits of a written number ends in: `45,600` 2, `4조5600억` 2, `35.5` 0, `2조1천억`
    0 (a unit word is no written zero). What a number's interval alone cannot tell: `45,600` and `45.6 thousand`
    stand for one interval, but only the first writes its hundreds and tens as digits."""
    runs = _LAST_DIGITS.findall(text)
    if not runs or "." in runs[-1].rstrip(",."):
        return 0
    digits = runs[-1].rstrip(",.").replace(",", "")
    return len(digits) - len(digits.rstrip("0"))


def notation(text: str, counter: str | None) -> str:
    """How a figure's number is written, without the words around it: the hedge before it and the counter after it
    left out (`about 2.37 million visitors` is `2.37million`), case and spaces ignored."""
    if counter and text.lower().endswith(counter.lower()):
        text = text[: len(text) - len(counter)]
    at = 0
    while at < len(text) and (text[at].isspace() or unicodedata.category(text[at]).startswith("L")):
        at += 1
    return "".join(text[at:].split()).lower()
