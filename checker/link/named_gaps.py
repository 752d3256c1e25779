"""A gap between two subjects named, not restated:
`지역별로는 대중국 수출이 114억달러, 대미국 수출이 106억달러였다. 중국이 미국보다 8억달러 많았다.`,
`서울은 14억원, 부산은 9억원이다. 서울이 부산보다 5억원 비싸다.` (issue 11).

A gap (`Z 많다`, `Z 적다`, checker/link/gaps.py's words) right after `A이 B보다` — two names and no figure — is the
difference of the figures the two names were given before: each name's figure is the nearest figure of the gap's unit
and counter, in its sentence or the three before, whose few words before it hold the name (`대중국 수출이 114억달러`
holds `중국`). Both figures must be values, different ones, and found; then A − B = ±Z by the gap word, which the
difference kind checks. Found by names, so the link is a guess. Language words are data (`[link.topic_particles]`,
`[link.compared_after]`, `[link.script_letters]`, with checker/link/gaps.py's gap words).

`설비투자를 기존 계획보다 4천억원 많은 3조2천억원으로 늘린다. 당초 계획은 2조8천억원이었다.`: a gap between a noun
compared with (`계획보다`, no figure) and the level right after the gap (`많은 3조2천억원`) measures that level from the
figure the noun is given in the sentence before or after, written right after the noun and a particle
(`당초 계획은 2조8천억원`): X − Y = ±Z (`link_gaps_to_a_noun_apart`). A level stated right before the noun
(`사망자 수는 2만8천412명으로 출생아보다 7천380명 많았다`) is measured from the figure the noun was given in the
sentences before (`link_gaps_to_a_noun_before`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker.extract.lang import ByLanguage, link_alternations
from checker.link.gaps import gap_word_after
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim
from checker.regex_cache import compile_exact

# `중국이 미국보다 `: two names, the first the subject, the second compared with, right before the gap
_TWO_NAMES = ByLanguage(
    lambda w: (
        rf"(?:(?<!{w.script_letters})(?P<qualifier>{w.script_letters}{{1,6}})\s)?"
        rf"(?<!{w.script_letters})(?P<first>{w.script_letters}{{2,8}}?)(?:{w.topic_particles})\s"
        rf"(?:{w.script_letters}{{1,6}}\s)?(?P<second>{w.script_letters}{{2,8}}?)(?:{w.compared_after})\s?$"
    )
)
_NAMES_REACH = 24  # characters the two names take before the gap
_LABEL_REACH = 10  # characters before a figure that hold its name (`대중국 수출이 `)
_SENTENCES_BACK = 3
# `기존 계획보다 `: a noun compared with, no figure, right before the gap
_NOUN_COMPARED = ByLanguage(
    lambda w: rf"(?<!{w.script_letters})(?P<noun>{w.script_letters}{{2,8}}?)(?:{w.compared_after})\s?$"
)
# from the gap word to the level it qualifies (`많은 `)
_TO_LEVEL = compile_exact(r"\S{0,3}\s")
_AMOUNTS = ("money", "count")


def link_named_gaps(claims: list[Claim], text: str, lang: str) -> None:
    figures = [c for c in claims if c.role != "conversion" and not c.furniture and c.kind in _AMOUNTS]
    by_sentence = group_by_sentence(figures)
    for gap in figures:
        if gap.role != "value" or gap.change_of is not None:
            continue
        word = gap_word_after(text, gap.end, lang)
        if word is None:
            continue
        names = _TWO_NAMES[lang].search(text, max(0, gap.start - _NAMES_REACH), gap.start)
        if names is None:
            continue
        window = [
            c
            for sentence in range(max(0, gap.sentence - _SENTENCES_BACK), gap.sentence + 1)
            for c in by_sentence.get(sentence, [])
            if c.end <= names.start() and c.unit == gap.unit and c.counter == gap.counter
        ]
        first, second = (_labelled(window, names.group(group), text) for group in ("first", "second"))
        if first is not None and first is second and names.group("qualifier"):
            # `누적 영업이익이 연간보다`: both names label `연간 영업이익(…)`; the subject is the noun as qualified
            # (`누적 영업이익은 …`), the one compared with the same noun qualified otherwise
            first = _labelled(window, f"{names.group('qualifier')} {names.group('first')}", text)
        if first is None or second is None or first is second or first.value == second.value:
            continue
        if first.role != "value" or second.role != "value" or first.change_of or second.change_of:
            continue
        gap.role, gap.direction = "change", 1 if word.group("more") else -1
        gap.change_of, gap.compared_to = first.id, second.id
        gap.guesses = sorted(set(gap.guesses) | {"relation"})


def _labelled(window: list[Claim], name: str, text: str) -> Claim | None:
    """The nearest figure whose few words before it (in its clause) hold the name."""
    pattern = re.compile(re.escape(name))
    for claim in reversed(window):
        before = text[max(0, claim.start - _LABEL_REACH - len(name)) : claim.start]
        before = before.rsplit(",", 1)[-1]  # the figure's own clause of a list
        if pattern.search(before):
            return claim
    return None


def _gaps_after_nouns(
    figures: list[Claim], text: str, lang: str
) -> Iterator[tuple[Claim, re.Match[str], re.Match[str]]]:
    """Each figure still a plain value that a gap word follows (`7천380명 많았다`) and a noun compared with
    precedes (`출생아보다`), with the two words."""
    for gap in figures:
        if gap.role != "value" or gap.change_of is not None:
            continue
        word = gap_word_after(text, gap.end, lang)
        noun = _NOUN_COMPARED[lang].search(text, max(0, gap.start - _NAMES_REACH), gap.start) if word else None
        if noun is not None:
            yield gap, word, noun


def link_gaps_to_a_noun_apart(claims: list[Claim], text: str, lang: str) -> None:
    figures = [c for c in claims if c.role != "conversion" and not c.furniture and c.kind in _AMOUNTS]
    by_sentence = group_by_sentence(figures)
    for gap, word, noun in _gaps_after_nouns(figures, text, lang):
        in_sentence = by_sentence.get(gap.sentence, [])
        after = [c for c in in_sentence if c.start >= gap.end]
        if not after or after[0].unit != gap.unit or after[0].counter != gap.counter or after[0].role != "value":
            continue
        level = after[0]
        if not _TO_LEVEL.fullmatch(text, word.end(), level.start):
            continue
        if any(c.unit == gap.unit and c.end <= gap.start for c in in_sentence):
            continue  # the sentence states a figure before the gap: not a noun compared apart
        named = re.compile(rf"{re.escape(noun.group('noun'))}(?:{link_alternations(lang).topic_particles})\s$")
        apart = [
            c
            for sentence in (gap.sentence - 1, gap.sentence + 1)
            for c in by_sentence.get(sentence, [])
            if c.unit == gap.unit and c.counter == gap.counter and named.search(text, max(0, c.start - 12), c.start)
        ]
        if len(apart) != 1 or apart[0].role != "value" or apart[0].change_of or apart[0].value == level.value:
            continue
        gap.role, gap.direction = "change", 1 if word.group("more") else -1
        gap.change_of, gap.compared_to = level.id, apart[0].id
        gap.guesses = sorted(set(gap.guesses) | {"relation"})


# from a level to the noun compared with after it (`2만8천412명으로 출생아보다`): a particle of the level, then the noun
_LEVEL_TO_NOUN = ByLanguage(lambda w: rf"\s?(?:{w.to_particles})\s?,?\s")


def link_gaps_to_a_noun_before(claims: list[Claim], text: str, lang: str) -> None:
    """`5월 출생아 수는 2만1천32명이었다. … 사망자 수는 2만8천412명으로 출생아보다 7천380명 많았다.`: a gap after a noun
    compared with (no figure) and a level stated right before that noun measures the level from the figure the noun
    was given before — the nearest written right after the noun as a topic, of the level's places and scope:
    X − Y = ±Z."""
    figures = [c for c in claims if c.role != "conversion" and not c.furniture and c.kind in _AMOUNTS]
    by_sentence = group_by_sentence(figures)
    for gap, word, noun in _gaps_after_nouns(figures, text, lang):
        before = [c for c in by_sentence.get(gap.sentence, []) if c.end <= noun.start()]
        if not before or before[-1].unit != gap.unit or before[-1].counter != gap.counter:
            continue
        level = before[-1]
        if (
            level.role != "value"
            or level.change_of
            or not _LEVEL_TO_NOUN[lang].fullmatch(text, level.end, noun.start())
        ):
            continue
        # `출생아 수는 2만1천32명`: the noun (and at most a short word) as a topic right before the figure; a figure of
        # other places or another scope (`서울·인천·경기 출생아는`, `누적 출생아는`) is no figure of the noun compared
        label = re.compile(
            rf"{re.escape(noun.group('noun'))}(?:\s?\S{{1,2}}?)?(?:{link_alternations(lang).topic_particles})\s$"
        )
        named = next(
            (
                c
                for c in reversed([c for c in figures if c.sentence < gap.sentence])
                if c.unit == gap.unit
                and c.counter == gap.counter
                and c.entities == level.entities
                and c.scope == level.scope
                and label.search(text, max(0, c.start - _LABEL_REACH - len(noun.group("noun"))), c.start)
            ),
            None,
        )
        if named is None or named.role != "value" or named.change_of or named.value == level.value:
            continue
        gap.role, gap.direction = "change", 1 if word.group("more") else -1
        gap.change_of, gap.compared_to = level.id, named.id
        gap.guesses = sorted(set(gap.guesses) | {"relation"})
