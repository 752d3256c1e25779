"""The second speed attempt of the ninth session, each shortcut held to what it replaces: the figures grouped
by sentence without a list per figure, and the head words before a figure read once per written word (a
bounded memo) instead of once per figure."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checker.link import heads
from checker.link.heads import _MARKS, _PARTICLE_END, _SKIPPED, head_words
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim, Quantity


def _figure(index: int, sentence: int) -> Claim:
    quantity = Quantity("count", 1.0, 1.0, 1.0, "count")
    return Claim(f"t#{index}", "t.txt", index, index + 1, 1, index + 1, "1", quantity, sentence=sentence)


@given(st.lists(st.integers(min_value=0, max_value=6), max_size=30))
def test_figures_grouped_by_sentence_as_setdefault_grouped_them(sentences):
    figures = [_figure(i, s) for i, s in enumerate(sentences)]
    before: dict[int, list[Claim]] = {}
    for figure in figures:
        before.setdefault(figure.sentence, []).append(figure)
    now = group_by_sentence(iter(figures))  # (a generator, as most rules pass)
    assert list(now) == list(before)  # the sentences in the order first seen
    assert all([id(f) for f in now[s]] == [id(f) for f in before[s]] for s in before)


def _head_words_read_per_figure(text: str, start: int, lang: str) -> list[str]:
    """The head words as they were read before the memo, for a window without metric names or entities."""
    window_start = max(0, start - 24)
    cut = None
    for cut in re.finditer(r"[,;:()\[\]·…|\d\n\"“”'‘’]", text[:start]):  # noqa: B007 — the last one
        pass
    if cut is not None and cut.end() > window_start:
        window_start = cut.end()
    words: list[str] = []
    for found in reversed(list(re.finditer(r"\S+", text[window_start:start]))):
        word = _MARKS[lang].sub("", found.group(0))
        word = _PARTICLE_END[lang].sub("", word).lower().removesuffix("'s").removesuffix("’s")
        if not word or not any(ch.isalnum() for ch in word) or _SKIPPED[lang].match(word):
            continue
        words.append(word)
        if len(words) == 2:
            break
    return words


# Sentences of our own: names with particles, total marks, hedges, list marks and possessives before a figure.
_SENTENCES = {
    "ko": [
        "△한빛당이 총 42석을 얻었다",
        "다솜시의 인구는 약 12만명이다",
        "푸른은행은 합계 300억원을 빌려줬다",
        "- 새봄당 17석, 가람당 9석",
        "남성 취업자는 26만명 늘었다",
    ],
    "en": [
        "the Harbour Party's total of 42 seats",
        "Northwind's revenue was about $12m",
        "- Greenfield Council 17, Riverside 9",
        "the city's roughly 120,000 residents",
        "Congress won 99 seats",
    ],
}


@pytest.mark.parametrize("kept", [heads._HEADS_KEPT, 1])
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_head_words_read_once_per_word_are_those_read_per_figure(monkeypatch, lang, kept):
    # `kept` 1: the memo is emptied at every new word, and still answers what the reading answers
    monkeypatch.setattr(heads, "_HEADS_KEPT", kept)
    monkeypatch.setattr(heads, "_HEADS", {})
    for sentence in _SENTENCES[lang] * 2:  # (the second pass answered from the memo)
        for digit in re.finditer(r"\d+", sentence):
            if digit.start() and sentence[digit.start() - 1].isdigit():
                continue
            expected = _head_words_read_per_figure(sentence, digit.start(), lang)
            assert head_words(sentence, digit.start(), 0, lang) == expected
    assert len(heads._HEADS[lang]) <= max(kept, 1)
