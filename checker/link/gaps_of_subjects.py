"""Gaps measured from a level stated sentences before (issue 11): the level of a subject the gap's sentence names,
and a second gap that continues the first.

`도의회 선거에서 새미래당이 41석을 얻었다. 국민당은 31석 … 새미래당의 의석은 과반 기준선(40석)보다 1석
많다.`: a gap sentence (`B보다 C 많다`, checker/link/gaps.py) with no level of its own whose subject is a name
(`새미래당의 의석은`, `새미래당은`) measures that name's level: the last figure of the unit and counter, in the three
sentences before, written right after the name and a subject particle (`새미래당이 41석을`). Other figures between
(other parties' seats) are of other subjects and do not stand in the way.

`… 과반 기준인 151석보다 20석 많다. 다만 4년 전 총선에서 얻은 180석과 비교하면 9석 줄었다.`: a change stated with
the figure it is compared with and no level, in a sentence that names no subject, right after a sentence whose
gap was measured from a level stated before it, continues that comparison: it measures the same level
(171 − 180 = −9). Found by position and names, so the links are guesses. Language words are data
(`[link.topic_particles]`, `[link.subject_possessive]`, `[link.script_letters]`).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage, link_alternations
from checker.link.gaps import compared_gaps
from checker.link.keys_differ import metrics_differ
from checker.link.sentence_groups import prose_by_sentence, prose_figures
from checker.models import Claim

# `새미래당의 의석은 `, `새미래당은 `: a name opening the sentence as its subject (or the owner of its subject)
_NAMED_SUBJECT = ByLanguage(
    lambda w: (
        rf"\s*(?P<name>{w.script_letters}{{2,12}})"
        rf"(?:(?:{w.subject_possessive})\s{w.script_letters}{{1,6}}?)?(?:{w.topic_particles})\s"
    ),
    first_tested=False,
)
# A word with a topic particle names the sentence's own subject (as in checker/link/gaps_from_before.py), unless
# the figure follows it at once: then it is a verb modifying the figure (`총선에서 얻은 180석과`).
_OWN_SUBJECT = ByLanguage(lambda w: rf"(?<!\S)(?!(?:{w.verb_modifiers})[\s,])\S+?(?:{w.topic_particles})[\s,]")
# how many sentences before a named subject's gap its level may stand
_SENTENCES_BACK = 3
# how far before the level its name and particle may stand (`새미래당이 41석을`, `새미래당은 모두 171석을`)
_NAME_REACH = 12
_AMOUNTS = ("money", "count")
_STARTS = ("baseline", "prior")


def link_gaps_of_named_subjects(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = prose_figures(claims)
    # the figures of each sentence, in the order of `figures`: a gap reads its own sentence and the few before it,
    # not every figure of the article
    by_sentence = prose_by_sentence(claims)
    for _, gap, compared, word in compared_gaps(figures, text, lang, first=1):
        if gap.sentence == 0 or gap.sentence >= len(sentence_starts):
            continue
        in_sentence = by_sentence.get(gap.sentence, [])
        own = [c for c in in_sentence if c.unit == gap.unit and c not in (gap, compared)]
        if own:
            continue  # the sentence states its own level
        named = _NAMED_SUBJECT[lang].match(text, sentence_starts[gap.sentence], compared.start)
        if named is None:
            continue
        level = _level_of(by_sentence, gap, compared, named.group("name"), text, lang)
        if level is None:
            continue
        gap.role, gap.direction = "change", 1 if word.group("more") else -1
        gap.change_of, gap.compared_to = level.id, compared.id
        gap.guesses = sorted(set(gap.guesses) | {"relation"})


def _level_of(
    by_sentence: dict[int, list[Claim]], gap: Claim, compared: Claim, name: str, text: str, lang: str
) -> Claim | None:
    """The last figure of the gap's unit and counter in the sentences before, written right after the name and a
    subject particle; None when there is none or it is no level."""
    after_name = re.compile(rf"{re.escape(name)}(?:{link_alternations(lang).topic_particles})\s(?:\S+\s)?$")
    before = range(gap.sentence - 1, max(-1, gap.sentence - _SENTENCES_BACK - 1), -1)  # nearest sentence first
    for claim in (c for sentence in before for c in reversed(by_sentence.get(sentence, []))):
        if claim.unit != gap.unit or claim.counter != gap.counter or claim.kind not in _AMOUNTS:
            continue
        if not after_name.search(text, max(0, claim.start - _NAME_REACH), claim.start):
            continue
        if claim.role != "value" or claim.change_of is not None or claim.value == compared.value:
            return None
        return None if metrics_differ(claim, compared) else claim
    return None


def link_gaps_continued(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    by_id = {c.id: c for c in claims}
    by_sentence = prose_by_sentence(claims)
    for change in claims:
        if change.role != "change" or change.kind not in _AMOUNTS or change.change_of or change.furniture:
            continue
        same = [c for c in by_sentence.get(change.sentence, []) if c.unit == change.unit and c is not change]
        compared = [c for c in same if c.role in _STARTS and c.counter == change.counter]
        if len(same) != 1 or len(compared) != 1 or compared[0].end > change.start:
            continue  # one figure compared with, before the change, and no level of its own
        if change.sentence >= len(sentence_starts):
            continue
        subjects = _OWN_SUBJECT[lang].finditer(text, sentence_starts[change.sentence], compared[0].start)
        if any(subject.end() < compared[0].start for subject in subjects):
            continue  # the sentence names its own subject
        before = [c for c in by_sentence.get(change.sentence - 1, []) if c.unit == change.unit]
        if any(c.role == "value" and c.change_of is None for c in before):
            continue  # the sentence before states a level of its own: relations.py measures from it
        carried = [by_id.get(c.change_of or "") for c in before if c.role == "change" and "relation" in c.guesses]
        levels = {c.id: c for c in carried if c is not None and c.sentence < change.sentence - 1}
        if len(levels) != 1:
            continue
        (level,) = levels.values()
        if level.counter != change.counter or level.value == compared[0].value or metrics_differ(level, compared[0]):
            continue
        change.change_of, change.compared_to = level.id, compared[0].id
        change.guesses = sorted(set(change.guesses) | {"relation"})
