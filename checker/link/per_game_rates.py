"""Rates per game with the tally and the games they divide: `She scored 21 goals in 29 league games, an average
of 0.72 a game`, `They have won 12 of their 18 matches, and their 40 points work out at 2.22 per match`.

The rate is a count the extract stage read as one per game (a bare decimal before `a game`, `per match`:
`[link.per_game_after]`). In its sentence and clause-free of other figures' reach, the games are the one count
before it named by a noun of games played (`games`, `matches`, `appearances`: `[link.game_nouns]`, the noun its
counter or the word right after it, `29 league games`) and framed as the games a tally was made in (`in`, `of
their`: `[link.games_played_before]`); the tally is the last count before the rate that is not one of games (the
goals, the points), larger than the rate. One of each, or nothing: the per-unit check (F312) then divides the
tally by the games. Language words are data.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.extract.quantities import PER_GAME_COUNTER
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim

_GAME_NOUN = ByLanguage(lambda w: rf"(?:{w.game_nouns})", re.I)
_GAME_NOUN_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.game_nouns})\b", re.I)
_PLAYED_BEFORE = ByLanguage(lambda w: rf"(?:{w.games_played_before})", re.I)
_PLAYED_REACH = 16  # characters before the games where the word framing them stands (`of their `)


def link_per_game_rates(claims: list[Claim], text: str, lang: str) -> None:
    rates = [c for c in claims if c.kind == "count" and c.counter == PER_GAME_COUNTER and c.per_unit_of is None]
    if not rates:
        return
    by_sentence = group_by_sentence(c for c in claims if not c.furniture and c.role != "conversion")
    for rate in rates:
        before = [
            c for c in by_sentence.get(rate.sentence, []) if c.end <= rate.start and c.kind == "count" and c is not rate
        ]
        games = [c for c in before if _of_games(c, text, lang)]
        played = [c for c in games if _PLAYED_BEFORE[lang].search(text, max(0, c.start - _PLAYED_REACH), c.start)]
        tallies = [c for c in before if c not in games and c.counter and c.counter != PER_GAME_COUNTER]
        if len(played) != 1 or not tallies:
            continue
        tally = tallies[-1]
        if tally.value <= rate.value or played[0].value <= 0:
            continue
        rate.per_unit_of, rate.units_of = tally.id, played[0].id


def _of_games(count: Claim, text: str, lang: str) -> bool:
    """Whether a count counts games played: its counter is a noun of games, or one stands right after it (`29
    league games`: the counter read is `league`)."""
    return bool(_GAME_NOUN[lang].fullmatch(count.counter or "") or _GAME_NOUN_AFTER[lang].match(text, count.end))
