"""Rates per game with the tally and the games they divide: `She scored 21 goals in 29 league games, an average
of 0.72 a game`, `They have won 12 of their 18 matches, and their 40 points work out at 2.22 per match`.

The rate is a count the extract stage read as one per game (a bare decimal before `a game`, `per match`:
`[link.per_game_after]`). In its sentence and clause-free of other figures' reach, the games are the one count
before it named by a noun of games played (`games`, `matches`, `appearances`: `[link.game_nouns]`, the noun its
counter or the word right after it, `29 league games`) and framed as the games a tally was made in (`in`, `of
their`: `[link.games_played_before]`); the tally is the last count before the rate that is not one of games (the
goals, the points), larger than the rate. One of each, or nothing: the per-unit check (F312) then divides the
tally by the games. An average marked as one (`averaged 19,420`, `[link.average_before]`) with the games it is over
and a total of its counter after it, each marked, in its sentence (`over 41 games, a season total of 796,220`) is
the total over the games; so is one after the games it is over and the tally before them (`drawing 96,000 over
their 12 home games, an average of 8,000`). A rate in parentheses after its tally, in a sentence that states no
games (`He also collected 412 rebounds (5.6 a game)`), divides by the games played the sentence before states, when
it states one.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.extract.quantities import PER_GAME_COUNTER
from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim
from checker.regex_cache import compile_exact

_GAME_NOUN = ByLanguage(lambda w: rf"(?:{w.game_nouns})", re.I)
_GAME_NOUN_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.game_nouns})\b", re.I)
_PLAYED_BEFORE = ByLanguage(lambda w: rf"(?:{w.games_played_before})", re.I)
_PLAYED_REACH = 16  # characters before the games where the word framing them stands (`of their `)
_AVERAGE_BEFORE = ByLanguage(lambda w: rf"\b(?:{w.average_before})\s+$", re.I)
_TOTAL_BEFORE = ByLanguage(lambda w: rf"\b(?:{w.total_marks})\b[^\d.;,]{{0,12}}$", re.I)
_PAREN_BEFORE = compile_exact(r"\s?\(\s?")
_MARK_REACH = 16  # characters before a count where its per-game mark stands


def link_per_game_rates(claims: list[Claim], text: str, lang: str) -> None:
    by_sentence = prose_by_sentence(claims)
    _averaged_over_games(by_sentence, text, lang)
    rates = [c for c in claims if c.kind == "count" and c.counter == PER_GAME_COUNTER and c.per_unit_of is None]
    for rate in rates:
        before = [
            c for c in by_sentence.get(rate.sentence, []) if c.end <= rate.start and c.kind == "count" and c is not rate
        ]
        games = [c for c in before if _of_games(c, text, lang)]
        played = [c for c in games if _played(c, text, lang)]
        tallies = [c for c in before if c not in games and c.counter and c.counter != PER_GAME_COUNTER]
        if not games and tallies and _PAREN_BEFORE.fullmatch(text, tallies[-1].end, rate.start):
            # `He also collected 412 rebounds (5.6 a game)`: the games of the sentence before
            earlier = [c for c in by_sentence.get(rate.sentence - 1, []) if c.kind == "count" and c is not rate]
            played = [c for c in earlier if _of_games(c, text, lang) and _played(c, text, lang)]
        if len(played) != 1 or not tallies:
            continue
        tally = tallies[-1]
        if tally.value <= rate.value or played[0].value <= 0:
            continue
        rate.per_unit_of, rate.units_of = tally.id, played[0].id
        if played[0].sentence != rate.sentence:
            rate.guesses = sorted(set(rate.guesses) | {"relation"})


def _averaged_over_games(by_sentence: dict[int, list[Claim]], text: str, lang: str) -> None:
    """`Home crowds averaged 19,420 over 41 games, a season total of 796,220`: an average, the games it is over
    and the total, each marked, in one sentence; the average and the total count one thing (one counter)."""
    for figures in by_sentence.values():
        counts = [c for c in figures if c.kind == "count" and c.role == "value"]
        for rate in counts:
            if rate.per_unit_of is not None or rate.counter == PER_GAME_COUNTER:
                continue
            if not _AVERAGE_BEFORE[lang].search(text, max(0, rate.start - _MARK_REACH), rate.start):
                continue
            after = [c for c in counts if c.start > rate.end]
            if not after:
                _averaged_after_games(rate, [c for c in counts if c.end <= rate.start], text, lang)
                continue
            games = [c for c in after if _of_games(c, text, lang) and _played(c, text, lang)]
            totals = [
                c
                for c in after
                if c not in games
                and c.counter == rate.counter
                and _TOTAL_BEFORE[lang].search(text, max(0, c.start - _MARK_REACH), c.start)
            ]
            if len(games) != 1 or len(totals) != 1 or totals[0].value <= rate.value or games[0].value <= 0:
                continue
            rate.per_unit_of, rate.units_of = totals[0].id, games[0].id


def _averaged_after_games(rate: Claim, before: list[Claim], text: str, lang: str) -> None:
    """`drew 96,000 over their 12 home games, an average of 8,000`: an average after the games it is over (one count
    of games played, in its sentence) and the tally before them, of the average's counter (none, or one)."""
    games = [c for c in before if _of_games(c, text, lang) and _played(c, text, lang)]
    if len(games) != 1 or games[0].value <= 0:
        return
    tallies = [c for c in before if c.end <= games[0].start and not _of_games(c, text, lang)]
    if not tallies or tallies[-1].counter != rate.counter or tallies[-1].value <= rate.value:
        return
    rate.per_unit_of, rate.units_of = tallies[-1].id, games[0].id


def _played(count: Claim, text: str, lang: str) -> bool:
    return bool(_PLAYED_BEFORE[lang].search(text, max(0, count.start - _PLAYED_REACH), count.start))


def _of_games(count: Claim, text: str, lang: str) -> bool:
    """Whether a count counts games played: its counter is a noun of games, or one stands right after it (`29
    league games`: the counter read is `league`)."""
    return bool(_GAME_NOUN[lang].fullmatch(count.counter or "") or _GAME_NOUN_AFTER[lang].match(text, count.end))
