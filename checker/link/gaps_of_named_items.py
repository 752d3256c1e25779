"""A gap between two figures listed in its sentence, said of the one its subject names: `등록 회원이 남성 64명,
여성 91명으로 집계돼 여성이 27명 많았다`.

A plain amount right after a word and its subject's particle (`여성이`, `[link.topic_particles]`), before a word of
size (`많다`, `적다`: checker/link/gaps.py), in a sentence that lists exactly two figures of its unit before it, both
plain values tied to nothing, is the gap between them when that word is written right before one of the two (in the
words since the figure before it, `여성 91명`) and not before the other: a change of the one named, measured from the
other, in the direction the word of size says (a guess: found by a name). The list is closed by the particle of what
the gap is drawn from (`91명으로`), and no mark of comparison stands between it and the gap (`91명이었고 전년보다 …`:
a gap to another period). The words are the language's
(`[link.topic_particles]`, `[link.script_letters]`); a language with none reads nothing.
"""

from __future__ import annotations

from checker.extract.lang import NEVER, ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.gaps import gap_word_after
from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim

# `여성이 `: the word naming the gap's subject, then its particle, right before the gap
_NAMED_BEFORE = ByLanguage(
    lambda w: (
        rf"(?<!\S)(?P<name>{w.script_letters}{{2,8}}|\d{{1,2}}{w.script_letters}{{1,4}})(?:{w.topic_particles})\s?$"
        if w.topic_particles != NEVER and w.script_letters != NEVER
        else NEVER
    ),
    first_tested=False,
)
_NAME_REACH = 16  # characters before a gap where its subject's word and particle stand
# right after the list's last figure, the particle closing it as what the gap is drawn from (`91명으로 …`); a list
# closed as a clause of its own (`91명이었고 지난해보다 …`) leaves the gap to another comparison
_LIST_CLOSED = ByLanguage(
    lambda w: rf"\)?\s?(?:{w.to_particles})[\s,]" if w.to_particles != NEVER else NEVER, first_tested=False
)
# a mark of comparison between the list and the gap (`전년보다 여성이 30명 많았다`): the gap is to that figure
_COMPARED = ByLanguage(lambda w: w.compared_after, first_tested=False)


def link_gaps_of_named_items(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    named_before = _NAMED_BEFORE[lang]
    for sentence, figures in prose_by_sentence(claims).items():
        if len(figures) < 3 or sentence >= len(sentence_starts):
            continue
        for at, gap in enumerate(figures):
            if at < 2 or gap.role != "value" or gap.kind not in AMOUNTS or gap.change_of is not None:
                continue
            word = gap_word_after(text, gap.end, lang)
            named = named_before.search(text, max(0, gap.start - _NAME_REACH), gap.start)
            if word is None or named is None:
                continue
            items = [c for c in figures[:at] if c.unit == gap.unit and c.counter == gap.counter]
            if len(items) != 2 or any(_tied(c) for c in items):
                continue
            if not _LIST_CLOSED[lang].match(text, items[1].end) or _COMPARED[lang].search(
                text, items[1].end, gap.start
            ):
                continue  # (`… 91명이었고 지난해보다 여성이 9명 많았다`: a gap to another figure or period)
            name = named.group("name")
            labels = []
            for item in items:
                index = figures.index(item)
                since = figures[index - 1].end if index > 0 else sentence_starts[sentence]
                labels.append(name in text[since : item.start])
            if labels.count(True) != 1:
                continue
            one, other = (items[0], items[1]) if labels[0] else (items[1], items[0])
            gap.role, gap.direction = "change", 1 if word.group("more") else -1
            gap.change_of, gap.compared_to = one.id, other.id
            gap.guesses = sorted(set(gap.guesses) | {"relation"})  # (found by a name: a guess)


def _tied(claim: Claim) -> bool:
    return (
        claim.role != "value"
        or claim.change_of is not None
        or claim.compared_to is not None
        or claim.part_of is not None
        or claim.per_unit_of is not None
    )
