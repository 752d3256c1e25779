"""A change stated by what was added or cut, then the total it brought: `The bank added 112 branches during the year,
taking its network to 5,318 from 5,206.`, `The company cut 1,200 jobs, bringing its workforce to 15,300.` (issue 11).

A figure right after a verb of adding (`added`, `hired`, `opened`) or cutting (`cut`, `shed`, `closed`) is the change
of the level its clause goes on to reach (`, taking … to X`, `, bringing … to X`), in its sentence and unit (a level
written bare, `to 5,318`, counts what the change counts); the figure after `from` right after the level is what it
was measured from. Then X − Y = ±Z, which the difference kind checks (with no Y, the difference check finds none and
nothing is checked). Language words are data (`[link.added_before]`, `[link.removed_before]`, `[link.taking_to]`).

`link_totals_reached`: figures added, then the total they bring a level stated earlier to, named by its noun:
`Landings of mackerel fell to 61,300 tonnes. … Herring landings added 12,800 tonnes, taking total pelagic landings
at the port to 74,100 tonnes.`, `… ticket revenue of £119.6m. Concessions added £61.3m, or £4.32 per head, and
advertising another £17.5m, giving total revenue of £198.4m.` The sentence names the total (`[link.total_reached]`,
then its noun and `[link.total_reached_ends]` right before its figure); the figures of its unit between the verb of
adding and the total are added (an average per head is not), and the level they are added to is the latest value of
the unit stated before the sentence whose clause names the total's head noun (the last word before the first short
word after `total`: `landings` of `pelagic landings at the port`), smaller than the total. The level and the added
figures are all of the total (closed). The level is found by its noun, so the link is a guess.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim
from checker.regex_needs import may_match

_ADDED = ByLanguage(lambda w: rf"\b(?:{w.added_before})\s+(?:(?:a\s+net|another|a\s+further)\s+)?$", re.I)
_REMOVED = ByLanguage(lambda w: rf"\b(?:{w.removed_before})\s+(?:(?:a\s+net|another|a\s+further)\s+)?$", re.I)
# `, taking its network to `: from the change's clause to the level it reached (its noun, a time, at most a few words)
_TAKING_TO = ByLanguage(lambda w: rf"[^.;]{{0,40}}?,?\s+(?:{w.taking_to})\s+$", re.I)
_FROM = ByLanguage(lambda w: rf",?\s+(?:{w.from_words})\s+", re.I)
# `, lifting its fleet from `: the clause's level reached written after its start (`from 18 to 25`)
_TAKING_FROM = ByLanguage(
    lambda w: rf"[^.;]{{0,40}}?,?\s+(?:{w.taking_to_from})\s+(?:{w.from_words})\s+$", re.I, first_tested=False
)
_TO = ByLanguage(lambda w: rf"\s+(?:{w.taking_from_to_between})\s+", re.I)
_VERB_REACH = 24


def link_taking_to(claims: list[Claim], text: str, lang: str) -> None:
    if not (may_match(_ADDED[lang], text) or may_match(_REMOVED[lang], text)):
        return  # (a move is read only after a verb that adds or takes away)
    figures = [c for c in claims if c.role != "conversion" and not c.furniture and c.kind in AMOUNTS]
    by_sentence = group_by_sentence(figures)
    for change in figures:
        if change.role != "value" or change.change_of is not None:
            continue
        window = text[max(0, change.start - _VERB_REACH) : change.start]
        added, removed = _ADDED[lang].search(window), _REMOVED[lang].search(window)
        if not (added or removed):
            continue
        sentence = by_sentence.get(change.sentence, [])
        if _after_a_move_of_its_own(sentence, change, text, lang):
            continue  # `opened 9 stores and closed 3, taking …`: the level moved by their net, not by the last
        after = [c for c in sentence if c.start >= change.end]
        if not after or after[0].unit != change.unit or not _same_count(change, after[0]):
            continue
        level = after[0]
        compared = after[1] if len(after) > 1 else None
        if len(after) > 1 and _TAKING_FROM[lang].fullmatch(text, change.end, after[0].start):
            # (`, lifting its fleet from 18 to 25`: the start first, then the level reached)
            if not _TO[lang].fullmatch(text, after[0].end, after[1].start) or not _same_count(change, after[1]):
                continue
            level, compared = after[1], after[0]
            if compared.role not in ("baseline", "prior", "value") or level.role != "value":
                continue
            _link_change(change, level, compared, bool(added))
            continue
        if level.role != "value" or not _TAKING_TO[lang].fullmatch(text, change.end, level.start):
            continue
        if compared is not None and not (
            compared.unit == change.unit
            and _same_count(change, compared)
            and compared.role in ("baseline", "prior", "value")
            and _FROM[lang].fullmatch(text, level.end, compared.start)
        ):
            compared = None
        _link_change(change, level, compared, bool(added))


def brings_to_a_level(text: str, lang: str, change_end: int, level_start: int) -> bool:
    """Whether the words between two figures take the first to the level the second states (`repaid £0.6m, bringing
    its debt to £4.1m`): a move and the level it reached, whatever verb moved it — no two items of one list."""
    return bool(_TAKING_TO[lang].fullmatch(text, change_end, level_start))


def _link_change(change: Claim, level: Claim, compared: Claim | None, added: bool) -> None:
    change.role, change.direction = "change", 1 if added else -1
    change.change_of = level.id
    if compared is not None:
        compared.role = "baseline" if compared.role == "value" else compared.role
        change.compared_to = compared.id


def _after_a_move_of_its_own(sentence: list[Claim], change: Claim, text: str, lang: str) -> bool:
    """Whether a figure of the change's count before it in its sentence is itself added or cut."""
    for other in sentence:
        if other.start >= change.start:
            break
        if other.unit != change.unit or not _same_count(change, other):
            continue
        window = text[max(0, other.start - _VERB_REACH) : other.start]
        if _ADDED[lang].search(window) or _REMOVED[lang].search(window):
            return True
    return False


def _same_count(change: Claim, other: Claim) -> bool:
    """Of one counter, or one of them written bare (`112 branches … to 5,318`)."""
    return change.counter == other.counter or not change.counter or not other.counter


# `, taking total pelagic landings at the port to `: the mark, the total's noun (a few words), the end before its figure
_TOTAL_REACHED = ByLanguage(
    lambda w: (
        rf"(?<!\w)(?:{w.total_reached})\s+(?P<noun>[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){{0,5}}?)"
        rf"\s+(?:{w.total_reached_ends})\s+$"
    ),
    re.I,
    first_tested=False,
)
_ADDED_IN = ByLanguage(lambda w: rf"(?<!\w)(?:{w.added_before})\s", re.I)
# `£61.3m, or £4.32 per head`: an average beside an added figure, none of the sum
_PER_AFTER = ByLanguage(lambda w: rf"\s*(?:{w.per_noun_marks})(?!\w)", re.I)
_SHORT_WORD = 3  # `at`, `of`, `the`: the words that end the total's noun phrase before its head
_STEM = 5
_SENTENCES_BACK = 12


def link_totals_reached(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = [c for c in claims if c.role != "conversion" and not c.furniture and c.kind in AMOUNTS]
    for sentence, members in group_by_sentence(figures).items():
        if len(members) < 2 or sentence >= len(sentence_starts):
            continue
        start = sentence_starts[sentence]
        for position, total in enumerate(members):
            if total.role != "value" or total.part_of or position == 0:
                continue
            reached = _TOTAL_REACHED[lang].search(text, max(start, total.start - 90), total.start)
            if reached is None:
                continue
            verb = _ADDED_IN[lang].search(text, start, members[0].start + 1) or _ADDED_IN[lang].search(
                text, start, reached.start()
            )
            if verb is None:
                continue
            added = [
                c
                for c in members[:position]
                if c.start >= verb.end()
                and (c.unit, c.kind) == (total.unit, total.kind)
                and not _PER_AFTER[lang].match(text, c.end)
            ]
            if not added or any(c.role != "value" or c.part_of or c.high >= total.low for c in added):
                continue
            level = _level_named(figures, total, added, _head(reached.group("noun")), text, sentence_starts)
            if level is None:
                continue
            for part in [level, *added]:
                part.part_of = total.id
                part.part_list, part.part_list_open = f"reached:{total.id}", False
            total.guesses = sorted(set(total.guesses) | {"relation"})
            break


def _head(noun: str) -> str:
    """The head of the total's noun: its last word before the first short one (`pelagic landings at the port`)."""
    words = noun.split()
    cut = next((i for i, word in enumerate(words) if len(word) <= _SHORT_WORD), len(words))
    return (words[:cut] or words)[-1]


def _level_named(
    figures: list[Claim], total: Claim, added: list[Claim], head: str, text: str, sentence_starts: list[int]
) -> Claim | None:
    """The latest value of the total's unit and kind stated before its sentence whose clause names the head noun."""
    stem = head.casefold()[:_STEM]
    if len(stem) < _STEM - 1:
        return None
    for claim in reversed([c for c in figures if c.sentence < total.sentence]):
        if total.sentence - claim.sentence > _SENTENCES_BACK:
            break
        if (claim.unit, claim.kind) != (total.unit, total.kind) or claim.role != "value" or claim.forecast:
            continue
        if claim.part_of or not _same_count(claim, total) or claim.high >= total.low:
            continue
        clause_start = sentence_starts[claim.sentence] if claim.sentence < len(sentence_starts) else 0
        for other in figures:
            if clause_start <= other.end <= claim.start and other.unit == claim.unit and other is not claim:
                clause_start = other.end
        if stem in text[clause_start : claim.start].casefold():
            return claim
    return None
