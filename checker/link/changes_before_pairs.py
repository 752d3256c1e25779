"""A change stated as an amount after a verb, the two figures it is between stated sentences later:
`Lumo added 4 million paying members in the quarter, it said. … Paying members rose to 96 million at the end of
June from 92 million at the end of March.`

An amount right after a verb of change (`added`, `gained`, `lost`, `shed`: `[link.rise_verbs_before]`,
`[link.fall_verbs_before]`) and tied to nothing is the change of a level a later sentence (at most three on)
states with the figure it started from (a value and a baseline or prior of the amount's unit, in that order), with
no figure of the unit in the sentences between (`… added 40,000 jobs. Public jobs fell 9,000. …`: the pair is of
both), when the two name the same thing: the metric both name, or the counter both write, or a word written after
the amount that the level's sentence writes before the level. Only the first such pair, and only when no change of
the amount's kind is tied to that level already. The difference kind checks it. A guess.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim
from checker.regex_cache import compile_exact

_VERB_BEFORE = ByLanguage(
    lambda w: rf"\b(?:(?P<rise>{w.rise_verbs_before})|(?P<fall>{w.fall_verbs_before}))\s+(?:(?:{w.hedges})\s+)?$",
    re.I,
)
_EARLIER = ("baseline", "prior")
_REACH = 30  # characters before the amount where its verb stands
_SENTENCES_ON = 3
_WORD = compile_exact(r"[^\W\d_][\w-]{3,}")
_MARK = compile_exact(r"[,.;:()]")
_NOUN_REACH = 30
_NOUN_WORDS = 2


def link_changes_before_pairs(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    verb = _VERB_BEFORE[lang]
    moves = []
    for c in claims:
        if c.kind in AMOUNTS and c.role == "value" and not c.change_of and not c.compared_to and not c.furniture:
            named = verb.search(text, max(0, c.start - _REACH), c.start)
            if named is not None:
                moves.append((c, named))
    if not moves:
        return
    by_sentence = prose_by_sentence(claims)
    changed = {(c.change_of, c.kind) for c in claims if c.role == "change" and c.change_of}
    for move, named in moves:
        nouns = _nouns_after(move, text)
        for sentence in range(move.sentence + 1, move.sentence + 1 + _SENTENCES_ON):
            if sentence >= len(sentence_starts):
                break
            figures = by_sentence.get(sentence, [])
            pair = _pair(figures, move, nouns, text, sentence_starts[sentence])
            if pair is None:
                if any(c.unit == move.unit for c in figures):
                    break  # another figure of the unit between (another part's change): the pair may sum them
                continue
            level, earlier = pair
            # (a headline and a lead may both state the change: each is tied to the pair)
            if (level.id, move.kind) not in changed:
                move.role, move.direction = "change", 1 if named.group("rise") else -1
                move.change_of, move.compared_to = level.id, earlier.id
                move.guesses = sorted(set(move.guesses) | {"relation"})
            break


def _pair(figures: list[Claim], move: Claim, nouns: list[str], text: str, start: int) -> tuple[Claim, Claim] | None:
    """The sentence's value and the earlier figure right after it, of the amount's unit, naming what it names."""
    alike = [c for c in figures if c.unit == move.unit]
    for level, earlier in zip(alike, alike[1:]):
        if level.role == "value" and earlier.role in _EARLIER and _same_thing(move, level, nouns, text, start):
            return level, earlier
    return None


def _same_thing(move: Claim, level: Claim, nouns: list[str], text: str, start: int) -> bool:
    """The metric both name; else the counter both write, or a noun written after the amount (`4 million paying
    members`) that the level's sentence names before it (`Paying members rose to …`)."""
    named = [c.metric for c in (move, level) if c.metric and "metric" not in c.guesses]
    if len(named) == 2:
        return named[0] == named[1]
    if move.counter and move.counter == level.counter:
        return True
    head = {w.lower() for w in _WORD.findall(text, start, level.start)}
    return any(a.startswith(b) or b.startswith(a) for a in nouns for b in head)


def _nouns_after(move: Claim, text: str) -> list[str]:
    """The words right after the amount, up to a clause mark: what it counts (`4 million paying members in …`); a
    count whose noun was read past a participle (`4 million paying members`) holds them in its own span."""
    own = [w.lower() for w in _WORD.findall(move.text)[-_NOUN_WORDS:]] if move.counter else []
    words = []
    for word in _WORD.finditer(text, move.end, move.end + _NOUN_REACH):
        if _MARK.search(text, words[-1].end() if words else move.end, word.start()):
            break
        words.append(word)
    return own + [w.group(0).lower() for w in words[:_NOUN_WORDS]]
