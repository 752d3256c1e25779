"""Election tallies: parties' seats in two kinds of race, and the totals they add up to.

(A whole followed by its listed parts, in any language, is read in checker/link/tallies.py.)

- a row of parties' seats labelled by one race (`지역구에서는 A당 a곳, B당 b곳 …`, `지역…A당 a석·B당 b석`), a
  row labelled by the other (`비례대표는 A당 a′석, …`), and a row of the parties' totals — one that names both
  races (`지역구와 비례대표를 합치면 A당 T석 …`), carries a total mark, or is the headline: each party's
  total is its seats in the one row plus its seats in the other (`Claim.tally_of`);
- the seats at stake in a region and the parties' wins there (`T석이 걸린 X에선 A당이 a곳, B당이 b곳`): the
  wins add into the stake (`Claim.tally_of`; open with fewer than four parties);
- a row labelled by one race and that race's stated total (`지역구 T석`, `비례대표 T석`) elsewhere: the
  row's seats are its parts, counted once per party a figure stands for (`A당과 B당 각 b석`). A row of
  fewer than four parties may name only the largest ones: it is an open list.

A row is the figures of one sentence, each a party's. A party is matched by its name: the nearest word before
its figure that no other figure of its row shares (`후보`, `석` are every party's), or the names before `각`;
one name may begin another (`민주`, `민주연합`, `국민의당이`) or shorten it (`새통당`, `새빛통합당`). Seats are
counted with different counters (`곳`, `석`, `명`), so any count goes. A name that matches two figures of a row
links nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from checker.extract.lang import ByLanguage
from checker.link.breakdowns import attach_parts
from checker.link.keys_differ import periods_differ
from checker.link.segment import sentence_end
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim
from checker.regex_cache import compile_exact

# How far apart (in sentences) the two race rows of one tally may be, and their totals (a row of them, or a
# race's stated total) from them.
_ROW_REACH = 4
_TOTAL_REACH = 8
# A row of fewer parties may list only the largest: it is open.
_FULL_ROW = 4
_MIN_NAME = 2
_JOINED = "+"
_COUNTER = compile_exact(r"[^\d\s.,]+$")

_DISTRICT = ByLanguage(lambda w: rf"(?:{w.district_seats})")
_LIST = ByLanguage(lambda w: rf"(?:{w.list_seats})")
_RACE = ByLanguage(lambda w: rf"(?:{w.district_seats}|{w.list_seats})")
_TOTAL_MARK = ByLanguage(lambda w: rf"(?:{w.total_marks})", re.I)
# `지역구 T석`, `비례대표 총 T석`: a race's total, named right before its figure.
_RACE_BEFORE = {
    "district": ByLanguage(lambda w: rf"(?:{w.district_seats})\s?(?:(?:{w.total_marks})\s?)?$"),
    "list": ByLanguage(lambda w: rf"(?:{w.list_seats})\s?(?:(?:{w.total_marks})\s?)?$"),
}
_EACH_BEFORE = ByLanguage(lambda w: rf"(?P<names>[^\d,()·]+?)\s?(?:{w.each_marks})\s?$")
_NAME_JOINER = ByLanguage(lambda w: rf"\s?(?:·|(?<=[^\s\d])(?:{w.list_separators})\s)\s?")
_OPEN_AFTER = ByLanguage(lambda w: rf"\s?(?:{w.open_list_marks})(?!\w)")
_STAKE_AFTER = ByLanguage(lambda w: rf"\s?(?:{w.stake_marks})(?!\w)")


@dataclass
class _Row:
    sentence: int
    race: str | None  # "district", "list", "both" (a sentence naming both races), None (neither)
    totals_marked: bool  # the sentence carries a total mark before its first figure, or is the headline
    figures: list[Claim]
    names: list[list[str]]  # per figure: the names it stands for


def link_seat_tallies(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    rows = _rows(claims, text, lang, sentence_starts)
    _party_totals(rows)
    _race_totals(rows, claims, text, lang, sentence_starts)
    _seats_at_stake(rows, claims, text, lang)


def _rows(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> list[_Row]:
    by_sentence = group_by_sentence(
        claim
        for claim in claims
        if claim.kind == "count" and claim.role == "value" and not claim.furniture and claim.head
    )
    rows = []
    for sentence, figures in sorted(by_sentence.items()):
        if sentence >= len(sentence_starts) or not _may_be_a_row(figures):
            continue
        # A whole broken down in its own sentence (`T곳 중 A당 a곳, …`) is no party's figure; nor is a figure
        # of another counter than the row's (`21대 국회에서 A당 a석, B당 b석`).
        inside = {c.part_of for c in figures if c.part_of}
        figures = [c for c in figures if c.id not in inside and not _STAKE_AFTER[lang].match(text, c.end)]
        counters = Counter(_counter(c) for c in figures).most_common(1)
        if not counters or counters[0][1] < 2:
            continue
        figures = [c for c in figures if _counter(c) == counters[0][0]]
        start = sentence_starts[sentence]
        end = sentence_end(sentence_starts, sentence, len(text))
        said = text[start:end]
        district, listed = _DISTRICT[lang].search(said), _LIST[lang].search(said)
        race = "both" if district and listed else "district" if district else "list" if listed else None
        marked = sentence == 0 or _TOTAL_MARK[lang].search(text, start, figures[0].start) is not None
        names = _names(figures, text, lang, start)
        if names is not None:
            # `A당+A연합 T석`: a party and its list party added up, a row of totals.
            marked = marked or any(_JOINED in w for c in figures for w in c.head[:1])
            rows.append(_Row(sentence, race, marked, figures, names))
    return rows


def _may_be_a_row(figures: list[Claim]) -> bool:
    """A cheap first test: a row is two figures of one counter or more, so a sentence of one figure is none
    (tests/test_link_fast_paths.py reads every sentence)."""
    return len(figures) >= 2


def _names(figures: list[Claim], text: str, lang: str, start: int) -> list[list[str]] | None:
    """Each figure's names: its head words no other figure of the row has, or the names before `각`."""
    shared = {w for n, c in enumerate(figures) for w in c.head if any(w in o.head for o in figures[n + 1 :])}
    names = []
    previous = start
    for figure in figures:
        each = _EACH_BEFORE[lang].search(text, previous, figure.start)
        if each is not None:
            own = [n.strip() for n in _NAME_JOINER[lang].split(each.group("names").strip()) if n.strip()]
        else:
            # The nearest word of its own (`A당 후보가 a곳`: A당; `비례대표의 경우 A당이 a석`: not `경우`).
            own = [w for w in figure.head if w not in shared and len(w) >= _MIN_NAME and not _RACE[lang].search(w)][:1]
        # (`A당 비례대표 a석`: the race is no party's name.)
        own = [n for name in own for n in name.split(_JOINED)]
        names.append([n for n in own if len(n) >= _MIN_NAME and not _RACE[lang].search(n)])
        previous = figure.end
    if sum(1 for n in names if n) < 2:
        return None
    return names


def _counter(claim: Claim) -> str:
    """The word a count is written with (`석`, `곳`, `명`; empty for a bare number)."""
    written = _COUNTER.search(claim.text.strip())
    return written.group() if written else ""


def _same_party(one: str, other: str) -> bool:
    return one.startswith(other) or other.startswith(one) or _shortened(one, other) or _shortened(other, one)


def _shortened(short: str, name: str) -> bool:
    """Whether `short` is `name` shortened by leaving letters out (`새통당` of `새빛통합당`, `새미래` of `새빛미래`):
    its letters in order in the name, from the name's first letter to its last."""
    if not _MIN_NAME <= len(short) < len(name) or short[0] != name[0] or short[-1] != name[-1]:
        return False
    letters = iter(name)
    return all(letter in letters for letter in short)


def _figure_of(names: list[str], row: _Row) -> Claim | None:
    """The one figure of the row a party's names match (None: none, or more than one)."""
    found = [
        figure
        for figure, own in zip(row.figures, row.names)
        if any(_same_party(name, other) for name in names for other in own)
    ]
    return found[0] if len(found) == 1 else None


def _party_totals(rows: list[_Row]) -> None:
    districts = [r for r in rows if r.race == "district"]
    lists = [r for r in rows if r.race == "list"]
    totals = [r for r in rows if r.race == "both" or (r.race is None and r.totals_marked)]
    tallied: set[str] = set()
    for district in districts:
        for listed in lists:
            if abs(district.sentence - listed.sentence) > _ROW_REACH:
                continue
            for row in totals:
                near = min(abs(row.sentence - district.sentence), abs(row.sentence - listed.sentence))
                if near > _TOTAL_REACH:
                    continue
                for total, names in zip(row.figures, row.names):
                    if not names or total.id in tallied:
                        continue
                    seats = [_figure_of(names, district), _figure_of(names, listed)]
                    if any(s is None for s in seats) or any(periods_differ(s, total) for s in seats):
                        continue
                    for seat in seats:
                        seat.tally_of.append(total.id)
                    tallied.add(total.id)
                    total.guesses = sorted(set(total.guesses) | {"relation"})


def _race_totals(rows: list[_Row], claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    counts = [c for c in claims if c.kind == "count" and c.role == "value" and not c.furniture]
    for row in rows:
        if row.race not in ("district", "list") or any(c.part_of for c in row.figures):
            continue
        parties = [n for names in row.names for n in names]
        found = []
        for candidate in counts:
            distance = abs(candidate.sentence - row.sentence)
            if (
                candidate.sentence == row.sentence
                or distance > _TOTAL_REACH
                or candidate.sentence >= len(sentence_starts)
            ):
                continue
            before = max(sentence_starts[candidate.sentence], candidate.start - 16)
            if _RACE_BEFORE[row.race][lang].search(text, before, candidate.start) is None:
                continue
            # `A당은 비례대표 a석`: a party's seats in the race, not the race's total.
            clause = text[max(sentence_starts[candidate.sentence], candidate.start - 40) : candidate.start]
            if any(party in clause for party in parties):
                continue
            found.append((distance, candidate))
        if not found:
            continue
        whole = min(found, key=lambda pair: pair[0])[1]
        if any(periods_differ(c, whole) for c in row.figures):
            continue
        last = row.figures[-1]
        opened = len(row.figures) < _FULL_ROW or _OPEN_AFTER[lang].match(text, last.end) is not None
        attach_parts(row.figures, whole, f"race:{row.sentence}", text, lang, opened=opened)


def _seats_at_stake(rows: list[_Row], claims: list[Claim], text: str, lang: str) -> None:
    """`T석이 걸린 X에선 A당이 a곳, B당이 b곳, C당이 c곳에서 이겼다`: the seats a region holds, and the
    parties' wins there after it in its sentence (up to the next region's stake)."""
    by_sentence = {row.sentence: row for row in rows}
    stakes = [
        c
        for c in claims
        if c.kind == "count" and c.role == "value" and not c.furniture and _STAKE_AFTER[lang].match(text, c.end)
    ]
    for position, stake in enumerate(stakes):
        row = by_sentence.get(stake.sentence)
        if row is None:
            continue
        following = next((c.start for c in stakes[position + 1 :] if c.sentence == stake.sentence), len(text))
        wins = [c for c in row.figures if stake.end < c.start < following]
        if len(wins) < 2 or any(periods_differ(c, stake) for c in wins):
            continue
        for won in wins:
            won.tally_of.append(stake.id)
        # Fewer parties may be the largest only; the stake is a guess found by position.
        stake.open_list = stake.open_list or len(wins) < _FULL_ROW
        stake.guesses = sorted(set(stake.guesses) | {"relation"})
