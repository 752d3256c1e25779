"""An amount added that takes a level to a new one, the new level stated after it in its clause: `군은 쉼터 4곳을 더
열어 11곳으로 늘린다`, `기사 41명에 9명을 새로 뽑아 50명 체제로`, `정비 인력 12명을 추가로 채용해 현재 30명에서
42명으로 늘린다`.

A figure followed by a mark of addition (`[link.added_to_a_level_after]`: `을 더`, `를 새로`, `추가로`) is what was
added when the next figure of its unit and counter in its sentence, a few words on with no other figure between but
the level it started from, is followed by words that make it the level reached (`[link.level_reached_after]`:
`으로 늘린다`, `까지 확대`, ` 체제`) and is larger than the addition. The added figure is then the change of the
new level. The new level may come first, the amount and the verb of adding after it (`직영점을 70곳으로 16곳 더 늘린다`:
`[link.level_then_addition_between]`, then `[link.addition_then_verb_after]`). The level it started from is, in
order:

- the figure of the unit right before the addition, joined to it by `[link.addition_base_joiner]` (`41명에 9명을`);
- the figure of the unit between the addition and the new level, marked as where the move starts
  (`[link.addition_start_after]`: `30명에서 42명으로`);
- else the level the story stated before, in an earlier sentence: the figure of the unit and its counter written
  (not bare) that the lead states (the story's figure, which a plan adds to), or when the lead states none, the one
  such figure stated before; a plain value smaller than the new level. Two earlier figures of the counter of
  different values (another site, another year) leave it unsaid which one was added to: no level is linked, and
  the difference check finds nothing to check.

Then new − start = added, which the difference kind checks. Vetoes: a figure per unit or a share (not a plain
value), a figure already a part, a change, or a whole, a new level of another counter. The start found in an earlier
sentence is found by position, so that link is a guess (a warning at most).
"""

from __future__ import annotations

from bisect import bisect_left

from checker.extract.lang import ByLanguage
from checker.link.far_wholes import lead_end
from checker.link.figure_kinds import AMOUNTS
from checker.link.keys_differ import periods_differ
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim
from checker.regex_cache import compile_exact

_ADDED = ByLanguage(lambda w: rf"\s?(?:{w.added_to_a_level_after})(?![^\W\d_])")
_REACHED = ByLanguage(lambda w: rf"\s?(?:{w.level_reached_after})")
_BASE_JOINER = ByLanguage(lambda w: rf"\s?(?:{w.addition_base_joiner})\s")
_START_AFTER = ByLanguage(lambda w: rf"\s?(?:{w.addition_start_after})\s")
# `70곳으로 16곳 더 늘릴 계획`: the level reached, then the amount added and the verb of adding
_LEVEL_THEN_ADDED = ByLanguage(lambda w: rf"\s?(?:{w.level_then_addition_between})\s")
_ADDED_THEN_VERB = ByLanguage(lambda w: rf"\s?(?:{w.addition_then_verb_after})")
_BREAK = compile_exact(r"[.;!?\"“”]")
# `현재 직원이 48명이다`: the level marked as now, a few words before its figure (`[link.current_level_before]`)
_CURRENT_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.current_level_before})\s(?:[^\W\d_]+\s){{0,2}}$")
_CURRENT_REACH = 24
_REACH = 40  # characters from an addition's figure to the new level's
# `이렇게 되면 올해 예산은 모두 30억 원으로`: the consequence of an addition stated in the sentence before
_CONSEQUENCE = ByLanguage(lambda w: rf"(?:{w.addition_consequence_before})")
_CONSEQUENCE_REACH = 48  # characters before the level where its consequence's words stand
_AFTER_REACH = 2  # sentences after an addition where the level it reaches may be stated


def link_additions_reaching_a_level(claims: list[Claim], text: str, lang: str) -> None:
    added_mark = _ADDED[lang]
    figures = [c for c in claims if c.kind in AMOUNTS and c.role != "conversion" and not c.furniture]
    wholes = {c.part_of for c in figures if c.part_of} | {c.change_of for c in figures if c.change_of}
    by_sentence = group_by_sentence(figures)
    by_key: dict[tuple, list[Claim]] | None = None
    lead_sentences_end = 0
    for members in by_sentence.values():
        for position, added in enumerate(members):
            # (an amount the change readings took for a change with no start, `70곳으로 16곳 더 늘린다`: still free)
            if not (_free(added, wholes) or _change_of_no_level(added)):
                continue
            if position + 1 < len(members) and added_mark.match(text, added.end):
                found = _level_after(members, position, text, lang)
            else:
                found = _level_before(members, position, text, lang)
            if found is None and position + 1 == len(members) and added_mark.match(text, added.end):
                found = _level_in_a_sentence_after(added, by_sentence, text, lang)
            if found is None:
                continue
            level, start = found
            if added.change_of not in (None, level.id):
                continue
            # (the level the change was read of already is no whole of another reading)
            others = wholes - {level.id} if added.change_of == level.id else wholes
            if not _free(level, others) or level.value <= added.value:
                continue
            guessed = False
            if start is None:
                start = _start_before(members, position, text, lang)
            if start is None:
                if by_key is None:  # (built once, when an addition first needs a level stated before)
                    by_key, lead_sentences_end = _values_by_key(figures), lead_end(figures, text)
                start = _start_stated_before(by_key, added, level, lead_sentences_end, text, lang)
                guessed = start is not None
            if start is None and added.role == "change":
                continue  # (a change read before, and no start found: nothing to add to its reading)
            added.role, added.direction = "change", 1
            added.change_of = level.id
            wholes.add(level.id)
            if start is not None:
                added.compared_to = start.id
                if not guessed and start.role == "value":
                    start.role = "baseline"
            if guessed or start is None:
                added.guesses = sorted(set(added.guesses) | {"relation"})


def _values_by_key(figures: list[Claim]) -> dict[tuple, list[Claim]]:
    out: dict[tuple, list[Claim]] = {}
    for claim in figures:
        if claim.role == "value" and claim.counter:
            out.setdefault((claim.unit, claim.kind, claim.counter), []).append(claim)
        elif claim.role == "value" and _metric_named(claim):
            out.setdefault((claim.unit, claim.kind, _metric_key(claim)), []).append(claim)
    for same in out.values():
        same.sort(key=lambda c: c.start)
    return out


def _metric_named(claim: Claim) -> bool:
    return bool(claim.metric) and "metric" not in claim.guesses


def _metric_key(claim: Claim) -> str:
    return f"metric:{claim.metric}"


def _free(claim: Claim, wholes: set) -> bool:
    return (
        claim.role == "value"
        and claim.change_of is None
        and claim.compared_to is None
        and claim.part_of is None
        and claim.per_unit_of is None
        and claim.units_of is None
        and claim.per_period_of is None
        and claim.id not in wholes
    )


def _change_of_no_level(claim: Claim) -> bool:
    """A change the readings before left without the level it started from (of no level, or of the one it reaches)."""
    return claim.role == "change" and claim.compared_to is None and not claim.part_of


def _same_count(one: Claim, other: Claim) -> bool:
    return (one.unit, one.kind) == (other.unit, other.kind) and (
        one.counter == other.counter or not one.counter or not other.counter
    )


def _level_after(members: list[Claim], position: int, text: str, lang: str) -> tuple[Claim, Claim | None] | None:
    """The new level after the addition (and the start between them, `현재 30명에서`), or None."""
    added = members[position]
    after = members[position + 1 : position + 3]
    start = None
    for claim in after:
        if claim.start - added.end > _REACH or _BREAK.search(text, added.end, claim.start):
            return None
        if not _same_count(added, claim):
            return None
        if _REACHED[lang].match(text, claim.end):
            return claim, start
        if start is None and _START_AFTER[lang].match(text, claim.end):
            start = claim
            continue
        return None
    return None


def _level_in_a_sentence_after(
    added: Claim, by_sentence: dict[int, list[Claim]], text: str, lang: str
) -> tuple[Claim, None] | None:
    """`시는 추경에 6억 원을 더 반영할 계획이다. 이렇게 되면 올해 예산은 모두 30억 원으로`: the addition ends its
    sentence's figures; the level it reaches is the first figure of its count in the next sentences (`_AFTER_REACH`)
    that a consequence opens (`[link.addition_consequence_before]`: `이렇게 되면`, `완공되면`) and words after make the
    level reached. A figure of its count between them leaves it unsaid which level the addition reaches."""
    for sentence in range(added.sentence + 1, added.sentence + 1 + _AFTER_REACH):
        for claim in by_sentence.get(sentence, []):
            if not _same_count(added, claim) or (claim.metric != added.metric and claim.metric and added.metric):
                continue
            opened = _CONSEQUENCE[lang].search(text, max(0, claim.start - _CONSEQUENCE_REACH), claim.start)
            if opened and _REACHED[lang].match(text, claim.end):
                return claim, None
            return None
    return None


def _level_before(members: list[Claim], position: int, text: str, lang: str) -> tuple[Claim, None] | None:
    """`70곳으로 16곳 더 늘릴 계획`: the new level stated first, then the amount and the verb of adding."""
    if position == 0:
        return None
    level, added = members[position - 1], members[position]
    if not _same_count(level, added) or not _LEVEL_THEN_ADDED[lang].fullmatch(text, level.end, added.start):
        return None
    return (level, None) if _ADDED_THEN_VERB[lang].match(text, added.end) else None


def _start_before(members: list[Claim], position: int, text: str, lang: str) -> Claim | None:
    """`41명에 9명을 더`: the level right before the addition, joined to it."""
    if position == 0:
        return None
    before, added = members[position - 1], members[position]
    # (a start the change readings already read as where the move began, `23곳에서 8곳 더`, is still the start)
    if not _same_count(before, added) or before.role not in ("value", "baseline") or before.part_of or before.change_of:
        return None
    return before if _BASE_JOINER[lang].fullmatch(text, before.end, added.start) else None


def _start_stated_before(
    by_key: dict[tuple, list[Claim]], added: Claim, level: Claim, lead_sentences_end: int, text: str, lang: str
) -> Claim | None:
    """The one level of the counter stated before the addition's sentence, smaller than the new level (`by_key`:
    the article's plain values by unit, kind and counter, in text order)."""
    # (an amount of no counted noun: of the metric the new level names in its own words, `올해 예산은 모두 30억 원`)
    noun = level.counter or added.counter or (_metric_key(level) if _metric_named(level) else None)
    if not noun:
        return None
    same = by_key.get((level.unit, level.kind, noun), [])
    if not (level.counter or added.counter):
        same = [c for c in same if not periods_differ(c, level)]
    earlier = same[: bisect_left([c.sentence for c in same], added.sentence)] if same else []
    # (the lead's level first: the story's figure, which a later plan adds to; `80대 이상`, `한 대` further on are
    # figures of other things written with the counter)
    lead = [c for c in earlier if c.sentence < lead_sentences_end]
    earlier = lead or earlier
    if earlier and any(c.value != earlier[0].value for c in earlier):
        # (`직원 여섯 명으로 출발해 현재 직원이 48명이다`: of two levels, the one marked as now is added to)
        earlier = [c for c in earlier if _CURRENT_BEFORE[lang].search(text, max(0, c.start - _CURRENT_REACH), c.start)]
        if len(earlier) != 1:
            return None
    if not earlier:
        return None  # (none, or two of the counter: which one was added to is not said)
    start = earlier[-1]
    if start.value >= level.value or start.per_unit_of or start.units_of or start.part_of or start.change_of:
        return None
    if start.forecast != level.forecast and start.forecast:
        return None
    return start
