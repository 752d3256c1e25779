"""A counted whole, then how many of it came out each way, in one sentence (issue 11).

`전체 931개 종목 가운데 600개가 올랐고 250개가 내렸으며 81개는 보합이었다`, `Breadth was firm: of the 3,900 stocks
traded, 2,100 advanced, 1,700 declined and 100 were unchanged`: a count followed by a few words and a pool mark
(`[link.pool_after]`: `가운데`, `중`), or in English led by a whole-first opener (`[link.whole_first_openers]`:
`of the`) at its sentence's start, after a short opening phrase or after a colon, is the whole of the counts of
its counter that follow it in its sentence, each its own clause (the rule for a whole and a list of parts in one
clause is checker/link/totals.py; one opening its sentence, checker/link/tallies.py).

In Korean a count that is the subject of its clause's change verb (`600개가 올랐고`) counts the members that
moved: it is a level, not an amount of change (nor a change of the whole), and its role is set so. The parts stop
at the next pool (`코스닥 1,600개 가운데 …`; one drawn from the part before it, `…, 이 중 C명이`), a total mark, or a
figure of another unit; a part larger than the whole links nothing, nor does a count written as the level its clause's
subject stands at or reaches (`둔 곳은 200곳으로 머물렀지만`, `[link.tally_level_particles]`).

Counts of members by outcome may leave an outcome out (open), unless one of them is the outcome between the two
others (`[link.neutral_outcomes]`: `보합`, `unchanged`, `drawn`): a list of three or more that names it has
named every way the members came out (risen, fallen, unchanged), so it is closed. Found by position: a guess.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.clause_marks import TOTAL_MARK_BEFORE
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim
from checker.regex_cache import compile_exact

# `931개 종목 가운데 `: the pool mark after the whole, up to two words between.
_POOL_AFTER = ByLanguage(lambda w: rf"[^\S\n]?(?:[^\d\s.,;:()]{{1,10}}[^\S\n]){{0,2}}(?:{w.pool_after})\s")
# `…: of the 3,900 stocks traded, 2,100 advanced`: the opener right before the whole, at the sentence's start,
# after a short opening phrase without figures (`On the exchange, of the …`), or after a colon or a semicolon.
_OPENER_BEFORE = ByLanguage(
    lambda w: rf"(?:^\s*(?:[^\d,;:]{{1,30}},\s*)?|[:;]\s*)(?:{w.whole_first_openers})\s+$", re.I
)
_LIST_OPENS = compile_exact(r"[^\d,.;:]{0,40},")
# `600개가 올랐고`: a subject particle right after a count, before its clause's verb.
_SUBJECT_AFTER = ByLanguage(lambda w: rf"(?:{w.topic_particles})\s")
_NEUTRAL = ByLanguage(lambda w: rf"(?<!\w)(?:{w.neutral_outcomes})", re.I)
_STOP = compile_exact(r"[.;\n]")
# `…, 이 중 3천696명이 찬성했다`, `…, and of those, 40 …`: a pool drawn from the part before, not a sibling of it.
_BACK_POOL = ByLanguage(lambda w: rf"(?:{w.of_which_openers})", re.I)
# `200곳으로 `: right after a count, the particle of the level its clause's subject stands at or reaches
# (`[link.tally_level_particles]`)
_LEVEL_AFTER = ByLanguage(lambda w: rf"(?:{w.tally_level_particles})")
_MOST_PARTS = 6
# How far after the last part its clause may name its outcome (`81개는 보합이었다`, `100 were unchanged`).
_OUTCOME_REACH = 24


def link_outcome_tallies(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    counts = [c for c in claims if c.kind == "count" and not c.furniture and c.role in ("value", "change")]
    wholes = {c.part_of for c in claims if c.part_of} | {t for c in claims for t in c.tally_of}
    for sentence, figures in group_by_sentence(counts).items():
        if sentence >= len(sentence_starts):
            continue
        for position, whole in enumerate(figures):
            if whole.role != "value" or whole.part_of is not None or whole.id in wholes or whole.tally_of:
                continue
            if not _opens_a_pool(whole, text, lang, sentence_starts[sentence]):
                continue
            parts = _parts_after(whole, figures[position + 1 :], text, lang)
            if parts is None or len(parts) < 2:
                continue
            for part in parts:
                if part.role == "change":
                    # `600개가 올랐고`: how many rose, no amount of change (nor a change of the whole)
                    part.role, part.change_of, part.compared_to = "value", None, None
                part.part_of = whole.id
            wholes.add(whole.id)
            whole.open_list = not _names_every_outcome(parts, text, lang)
            whole.guesses = sorted(set(whole.guesses) | {"relation"})


def _opens_a_pool(whole: Claim, text: str, lang: str, sentence_start: int) -> bool:
    if _POOL_AFTER[lang].match(text, whole.end):
        return True
    # (on the sentence cut out: `^` anchors at the string's start, not at a search's start)
    return _OPENER_BEFORE[lang].search(text[sentence_start : whole.start]) is not None and bool(
        _LIST_OPENS.match(text, whole.end)
    )


def _parts_after(whole: Claim, following: list[Claim], text: str, lang: str) -> list[Claim] | None:
    parts: list[Claim] = []
    previous = whole
    for candidate in following:
        if (candidate.unit, candidate.kind) != (whole.unit, whole.kind) or (
            candidate.counter and whole.counter and candidate.counter != whole.counter
        ):
            break  # a figure of another unit ends the tally
        if _POOL_AFTER[lang].match(text, candidate.end) or TOTAL_MARK_BEFORE[lang].search(
            text, max(whole.end, candidate.start - 24), candidate.start
        ):
            break  # the next pool's whole, or a total of its own
        if parts and _BACK_POOL[lang].search(text, previous.end, candidate.start):
            break  # the part of a part (`A 가운데 B가 …, 이 중 C가 …`): C is drawn from B, no outcome of A
        if candidate.role == "change" and not _SUBJECT_AFTER[lang].match(text, candidate.end):
            break  # an amount something changed by is no member count
        if candidate.part_of is not None or candidate.tally_of or candidate.high > whole.low:
            return None  # read as part of another list, or larger than the whole: no tally of it
        if _LEVEL_AFTER[lang].match(text, candidate.end):
            # (`500곳 가운데 둔 곳은 2024년 200곳으로 머물렀지만, … 올해 450곳으로 올라섰다`: the level the
            # clause's subject stood at or reached, no count of members that came out one way; the counts may be its
            # levels of two times)
            return None
        parts.append(candidate)
        previous = candidate
    return parts if len(parts) <= _MOST_PARTS else None


def _names_every_outcome(parts: list[Claim], text: str, lang: str) -> bool:
    """Three outcomes or more, one of them the one between the others (`보합`, `unchanged`)."""
    if len(parts) < 3:
        return False
    end = min(len(text), parts[-1].end + _OUTCOME_REACH)
    stop = _STOP.search(text, parts[-1].end, end)
    return _NEUTRAL[lang].search(text, parts[0].start, stop.start() if stop else end) is not None
