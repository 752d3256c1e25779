"""The words a figure is written after: `미래한국당이 19석`, `△미래한국당 총 19석`, `Congress 99`.

A short figure (`19석`, `13명`) is recognised as restated only with the words it follows (the
restatement kind, checker/check/kinds/restatement.py): the last one or two words before it in its
clause, with the particles after a name (`이`, `은`, `의`), list marks, total marks (`총`, `합계`),
approximations, per-period words and metric names (`남성 취업자는 26만명`, `여성 취업자는 26만명`:
the metric says what is counted, the words before it whose count it is) left out.
"""

from __future__ import annotations

import bisect
import re

from checker.extract.lang import ByLanguage
from checker.models import Claim
from checker.regex_cache import compile_exact

_SKIPPED = ByLanguage(lambda w: rf"^(?:{w.total_marks}|{w.hedges}|{w.per_period_before}|{w.list_item_marks})$", re.I)
_PARTICLE_END = ByLanguage(lambda w: rf"(?<=[^\W\d_]{{2}})(?:{w.particles_after_name}|{w.topic_particles})$")
_MARKS = ByLanguage(lambda w: rf"^(?:{w.list_item_marks})+")
_CLAUSE_CUT = compile_exact(r"[,;:()\[\]·…|\d\n\"“”'‘’]")
# (the last clause cut of a window, found by one match that runs to the window's end and gives characters back to
# the last cut, instead of a match object for each cut: a figure's own digits are cuts)
_LAST_CLAUSE_CUT = compile_exact(r"(?s:.*)" + _CLAUSE_CUT.pattern)
_WORD = compile_exact(r"\S+")
_WINDOW = 24  # characters before the figure
_WORDS = 2


# The head word of a written word depends on the word and the language alone: each read once per run, not per
# figure (an article's figures follow the same few words), and the words kept bounded in number.
_HEADS_KEPT = 20_000
_UNREAD = object()
_HEADS: dict[str, dict[str, str | None]] = {}


def _heads_of(lang: str) -> dict[str, str | None]:
    found = _HEADS.get(lang)
    if found is None:
        found = _HEADS[lang] = {}
    return found


def _head_word(written: str, lang: str) -> str | None:
    """The word as a head (list marks and the particle after a name left out, case folded), or None when it is
    no head word (no letter or digit left, a total mark, a hedge, a per-period word, a list mark)."""
    word = _MARKS[lang].sub("", written)
    word = _PARTICLE_END[lang].sub("", word).lower().removesuffix("'s").removesuffix("’s")
    if not word or not any(ch.isalnum() for ch in word) or _SKIPPED[lang].match(word):
        return None
    return word


def head_words(
    text: str, start: int, sentence_start: int, lang: str, metric_hits=(), metric_starts=(), entities=None
) -> list[str]:
    window_start = max(sentence_start, start - _WINDOW)
    cut = _LAST_CLAUSE_CUT.match(text, window_start, start)
    if cut is not None:
        window_start = cut.end()
    # the metric names in the window (hits are sorted by start; one that starts before the window is out)
    first = bisect.bisect_left(metric_starts, window_start)
    metrics = [(h.start, h.end) for h in metric_hits[first : bisect.bisect_left(metric_starts, start)]]
    words: list[str] = []
    named: list[str] = []  # the ids of the names among those words (`APP 150` → app)
    hits = entities.before(window_start, start) if entities is not None else []
    head_of = _heads_of(lang)
    # (the tests of the metric names and the names among the words made only where the window holds some: most
    # figures' windows hold neither, and each test is a generator made per word)
    for found in reversed(list(_WORD.finditer(text, window_start, start))):
        at, end = found.span()
        if metrics and any(m_start < end and at < m_end for m_start, m_end in metrics):
            continue
        written = found.group(0)
        word = head_of.get(written, _UNREAD)
        if word is _UNREAD:
            word = _head_word(written, lang)
            if len(head_of) >= _HEADS_KEPT:
                head_of.clear()
            head_of[written] = word
        if word is None:
            continue
        words.append(word)
        if hits:
            named.extend(i for h in hits if h.start < end and at < h.end and len(h.ids) == 1 for i in h.ids)
        if len(words) == _WORDS:
            break
    if not named:
        return words
    return words + [i for i in dict.fromkeys(named) if i not in words]


def place_heads(
    claims: list[Claim],
    text: str,
    lang: str,
    sentence_starts: list[int],
    metric_hits: list,
    metric_starts: list[int],
    entities=None,
) -> None:
    """`entities` (the article's entity index): a name among the words also gives its entity's id, so that
    `APP 150` is recognised as restating `the APP won 150 seats`, whose entity the linker is sure of."""
    for claim in claims:
        if claim.kind in ("money", "count", "percent", "multiple") and not claim.furniture:
            claim.head = head_words(
                text, claim.start, sentence_starts[claim.sentence], lang, metric_hits, metric_starts, entities
            )
