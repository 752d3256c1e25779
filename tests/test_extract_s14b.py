"""Counts as copy writes them (fourteenth session, second round): `seven out of ten` is a share, as `seven in ten`
is; with digits (`182 out of 350 seats`) it is a part and its whole, not read as a fraction.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

from helpers import claims


def _read(knowledge, text: str) -> dict[str, tuple[str, float]]:
    return {c.text.strip(): (c.kind, round(c.value, 6)) for c in claims(text, knowledge).claims}


def test_counts_in_words_out_of_counts_in_words_are_a_share(knowledge):
    read = _read(knowledge, "Seven out of ten members backed the merger.")
    assert read.get("Seven out of ten") == ("fraction", 0.7), read
    assert "ten members" not in read, read  # (no count of ten members)


def test_counts_in_digits_out_of_counts_are_no_fraction(knowledge):
    read = _read(knowledge, "Only 182 out of 350 seats were filled.")
    assert not any(kind == "fraction" for kind, _ in read.values()), read


def test_one_in_five_is_still_read(knowledge):
    read = _read(knowledge, "One in five workers is temporary.")
    assert read.get("One in five") == ("fraction", 0.2), read
