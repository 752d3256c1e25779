"""Lots: a count of units each holding one lot, and the total they make: `The mugs will leave in 24 crates of 250
mugs`, `The oats go out in six containers of seven tonnes` (6,000 mugs, 42 tonnes stated before), `벽면 12곳에 네
개씩, 모두 48개의 코스`, `세 차례에 걸쳐 4천 병씩 나눠 보낸다`, `4팀씩 32개 조로 나눠` (1만2천 병, 128팀 stated before).

The lot is a count of a counter or a measure, a value, per no period. Its units are a count of another counter, no
span of time (`[link.lot_time_counters]`), standing right beside it in its clause: English, the units right before
`of` and the lot, after a word putting goods into lots (`in 24 crates of 250 mugs`, `into`, `as`:
`[link.lot_units_before]`), or with no such word when a total marked as one follows the lot (`will bring 84 teams of
four, 336 runners in all`: `[link.lot_groups_total_after]`, the lot then counting what that total counts); Korean,
the lot marked one by one (`씩`) right after the units and a particle of where or over what (`12곳에`, `세 차례에
걸쳐`: `[link.lot_units_joint]`), or the units right after the lot, dividing it (`4팀씩 32개 조로 나눠`:
`[link.lot_units_split]`).

The total is the next figure of the lot's kind (a count of its counter, a measure of its unit) right after the lot
in its sentence, marked a total (`, 모두 48개`, `…, 6,000 mugs in all`); else, no other figure of its kind in the
lot's sentence, the story's whole of that kind: the first such figure of the body (past a headline) stated before
the lot as a value, every other such figure before the lot of its value, one of its listed parts, a lot itself
(`씩`) or a figure per a period (`하루 8천 봉지`) — the reading then spans sentences, so a mismatch is a warning. The
lot is the total over the units (`per_unit_of`, `units_of`: the per-unit check F317 divides it).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.far_wholes import lead_end
from checker.link.inflections import singular
from checker.link.per_unit_apart import opens_with_headline, per_shorter_period
from checker.link.sentence_groups import prose_by_sentence, prose_figures
from checker.models import Claim
from checker.regex_cache import compile_exact
from checker.regex_needs import may_match

_KINDS = ("count", "measure")
_UNITS_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.lot_units_before})\s+(?:[^\W\d_]+\s+)?$", re.I)
_OF = ByLanguage(lambda w: rf"\s+(?:{w.lot_of})\s+(?:(?:{w.hedges})\s+)?", re.I)
# (`in six monthly loads of 3,000`: a word describing the units read as their counter, their noun after it)
_NOUN_OF = ByLanguage(lambda w: rf"\s+(?P<noun>[^\W\d_]+)\s+(?:{w.lot_of})\s+(?:(?:{w.hedges})\s+)?", re.I)
_WORD = compile_exact(r"[^\W\d_]+")
_PRONOUN_OPENER = ByLanguage(lambda w: rf"\s*(?:{w.lot_pronoun_openers})\s", re.I)
# (`8개 조에 4개 팀씩`: the noun the units' counter counts may stand before the joint)
_JOINT = ByLanguage(lambda w: rf"(?:\s?[^\W\d_]{{1,4}}?)?(?:{w.lot_units_joint})\s*(?:[^\W\d_]+\s+)?", re.I)
_NEXT_WORD = compile_exact(r"\s?(?P<word>[^\W\d_]+)")
_SPLIT = ByLanguage(lambda w: rf"\s*(?:[^\W\d_]{{1,4}}?)?(?:{w.lot_units_split})", re.I)  # (`32개 조로 나눠`)
# (`4개 팀씩`: the noun the lot's counter counts may stand between, `[link.nouns_after_counter]`)
_ONE_BY_ONE = ByLanguage(lambda w: rf"(?:\s?(?:{w.nouns_after_counter}))?(?:{w.per_unit_distributive_after})", re.I)
_ONE_BY_ONE_ANYWHERE = ByLanguage(lambda w: rf"(?:{w.per_unit_distributive_after}|{w.lot_of})", re.I)
_TIME = ByLanguage(lambda w: rf"(?:{w.lot_time_counters})", re.I)
_TOTAL_AFTER = ByLanguage(
    lambda w: rf"\s*,?\s*(?:(?:{w.total_marks})\s*)?(?:(?:{w.hedges})\s*)?",
    re.I,
)
_TOTAL_MARK_AFTER = ByLanguage(lambda w: rf"(?:\s+[^\W\d_]+){{0,2}}?\s+(?:{w.appended_total_words})", re.I)
_TOTAL_MARK_BEFORE = ByLanguage(lambda w: rf"(?:{w.total_marks})\s*(?:(?:{w.hedges})\s*)?$", re.I)
# `84 teams of four, 336 runners in all`: right after a lot, a comma and a total marked as one
_GROUPS_TOTAL_AFTER = ByLanguage(lambda w: rf"(?:{w.lot_groups_total_after})", re.I)
# `spectators`, `fans`: a total's noun of those who watch, no members of the groups (`[link.audience_nouns]`)
_AUDIENCE = ByLanguage(lambda w: rf"(?:{w.audience_nouns})", re.I)
_SPLIT_LANGS = ("ko",)  # (languages marking a lot one by one: `씩`)
_OF_LANGS = ("en",)  # (languages writing the units, `of`, then the lot)


def link_lots(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    anywhere = _ONE_BY_ONE_ANYWHERE[lang]
    if not (may_match(anywhere, text) and anywhere.search(text)):
        return  # (no mark of a lot in the article: the cheap test first)
    figures = prose_figures(claims)
    by_sentence = prose_by_sentence(claims)
    counted: dict[str, Claim] | None = None  # (a counter's singular → the first count of it: built once, on need)
    for lot in figures:
        if (
            lot.role != "value"
            or lot.kind not in _KINDS
            or (lot.kind == "count" and not lot.counter and lang not in _OF_LANGS)
            or lot.per_unit_of is not None
            or lot.per_period_of is not None
            or lot.part_of is not None
        ):
            continue
        sentence = by_sentence.get(lot.sentence, [])
        units = _units(lot, sentence, text, lang)
        # (`in four monthly lots of 2,000`: a word of a period in the units' own words describes them, not the lot)
        if units is None or per_shorter_period(lot, text, lang, since=units.end):
            continue
        counter = lot.counter or ""
        if lot.kind == "count" and not counter:
            if counted is None:
                counted = _first_counts(figures, text, lang)
            start = sentence_starts[lot.sentence] if lot.sentence < len(sentence_starts) else 0
            previous = by_sentence.get(lot.sentence - 1, [])
            counter = _carried_counter(lot, units, sentence, previous, counted, text[start : units.start], lang)
            if not counter and _GROUPS_TOTAL_AFTER[lang].match(text, lot.end):
                # (`84 teams of four, 336 runners in all`: the lot counts what the total marked right after it counts)
                after = [c for c in sentence if c.start > lot.end]
                counter = (after[0].counter or "") if after and after[0].kind == "count" else ""
                if counter and _AUDIENCE[lang].fullmatch(counter):
                    counter = ""  # (`45 teams of six, 500 spectators in all`: those watching, no members)
            if not counter:
                continue
        total, guessed = _stated_before(lot, units, sentence, counter)
        if total is None:
            total, guessed = _total(lot, units, sentence, figures, text, lang, counter)
        if total is None or total.value <= lot.value or total.role != "value":
            continue
        if guessed and lot.kind == "count" and not lot.counter and total.sentence >= lead_end(figures, text):
            continue  # (a bare lot's noun carried from afar: only the lead's whole, the story's own)
        lot.per_unit_of, lot.units_of = total.id, units.id
        if guessed:
            lot.guesses = sorted(set(lot.guesses) | {"relation"})


def _first_counts(figures: list[Claim], text: str, lang: str) -> dict[str, str]:
    """Each counter the body counts (past a headline), by its singular: the nouns a bare lot may carry."""
    headline_end = text.find("\n") if opens_with_headline(text) else -1
    counted: dict[str, str] = {}
    for c in figures:
        if c.kind == "count" and c.counter and c.start > headline_end:
            counted.setdefault(singular(c.counter, lang), c.counter)
    return counted


def _carried_counter(
    lot: Claim,
    units: Claim,
    sentence: list[Claim],
    previous: list[Claim],
    counted: dict[str, str],
    before: str,
    lang: str,
) -> str:
    """The noun a bare lot counts (`in three shipments of 5,000`): the one noun counted before the units in its
    sentence (`will send 15,000 jars, at £3 each, in three shipments of 5,000`), else the one noun the article counts
    that the sentence's words name before the units (`The pencils will leave in three consignments of 40,000`, 120,000
    pencils stated before), else, the sentence opening on a pronoun (`They will go in six loads of 3,000`:
    `[link.lot_pronoun_openers]`), the one noun the sentence before counts; '' when none or two."""
    nouns = _nouns_counted(lot, [c for c in sentence if c.start < units.start and c is not units])
    if nouns:
        return nouns.pop() if len(nouns) == 1 else ""
    named = {counted[word].lower() for word in (singular(w, lang) for w in _WORD.findall(before)) if word in counted}
    units_noun = singular(units.counter or "", lang)
    named.discard((counted.get(units_noun) or "").lower())
    if named:
        return named.pop() if len(named) == 1 else ""
    if not _PRONOUN_OPENER[lang].match(before):
        return ""
    nouns = _nouns_counted(lot, previous)
    return nouns.pop() if len(nouns) == 1 else ""


def _nouns_counted(lot: Claim, figures: list[Claim]) -> set[str]:
    """The nouns the figures count as values larger than the lot."""
    return {
        c.counter.lower()
        for c in figures
        if c.kind == "count" and c.counter and c.role == "value" and c.value > lot.value and c.per_unit_of is None
    }


def _stated_before(lot: Claim, units: Claim, sentence: list[Claim], counter: str) -> tuple[Claim | None, bool]:
    """The total a sentence states before the lots it ships in (`will supply 7,000 steins, an average of €60 apiece,
    in two shipments of 3,500`, `will ship 48 tonnes, in four containers of 12 tonnes each`): the one figure of the
    lot's kind in the sentence, before the units, itself no part, lot or rate of another figure (stated, no guess)."""
    kin = [c for c in sentence if c is not lot and c is not units and _same_kind(c, lot, counter)]
    if len(kin) != 1 or kin[0].start > units.start:
        return None, False
    total = kin[0]
    if total.part_of is not None or total.per_unit_of is not None or total.per_period_of is not None:
        return None, False
    return total, False


def _total(
    lot: Claim, units: Claim, sentence: list[Claim], figures: list[Claim], text: str, lang: str, counter: str
) -> tuple[Claim | None, bool]:
    """The total the lots make, and whether it is the story's whole (a guess): the next figure of the lot's kind,
    marked a total right after the lot and its units; else, the sentence stating no other figure of its kind (but in
    a clause after, unmarked: `4팀씩 32개 조로 나눠 치렀고, 각 조 1위 32팀이`), the story's whole."""
    kin = [c for c in sentence if c is not lot and c is not units and _same_kind(c, lot, counter)]
    gap = max(lot.end, units.end)
    after = [c for c in kin if c.start > gap]
    if after and after[0] is kin[len(kin) - len(after)]:
        first = after[0]
        mark = _ONE_BY_ONE[lang].match(text, gap)
        start = mark.end() if mark else gap
        marked = _TOTAL_MARK_BEFORE[lang].search(text, start, first.start) or _TOTAL_MARK_AFTER[lang].match(
            text, first.end
        )
        if marked and _TOTAL_AFTER[lang].fullmatch(text, start, first.start):
            return first, False
    if any(c.start < gap or "," not in text[lot.end : c.start] for c in kin):
        return None, False
    whole = story_whole(lot, figures, text, lang, counter)
    if whole is None or whole.sentence >= lot.sentence:
        return None, False
    return whole, True


def _same_kind(figure: Claim, lot: Claim, counter: str | None = None) -> bool:
    """Of the lot's kind: a measure of its unit, or a count of its counter (`counter`: the noun a bare lot carries)."""
    if figure.kind != lot.kind or figure.unit != lot.unit:
        return False
    noun = lot.counter if counter is None else counter
    return lot.kind != "count" or (figure.counter or "").lower() == (noun or "").lower()


def in_a_lot(figure: Claim, sentence: list[Claim], text: str, lang: str) -> bool:
    """Whether a figure is a lot held by each of a count of units beside it (`8개 조에 4개 팀씩`, `24 crates of 250
    mugs`), or that count: the two are factors of a product, never two parts of one sum."""
    i = sentence.index(figure)
    after = sentence[i + 1] if i + 1 < len(sentence) else None
    return _units(figure, sentence, text, lang) is not None or (
        after is not None and _units(after, sentence, text, lang) is figure
    )


def _units(lot: Claim, sentence: list[Claim], text: str, lang: str) -> Claim | None:
    """The count of units the lot is held in, right beside it in its clause (None when not so written)."""
    i = sentence.index(lot)
    before = sentence[i - 1] if i > 0 else None
    after = sentence[i + 1] if i + 1 < len(sentence) else None
    if lang in _OF_LANGS:
        if before is None or not _usable_units(before, lot, text, lang):
            return None
        if not holds_lots(before, lot, text, lang):
            return None
        if not _UNITS_BEFORE[lang].search(text, max(0, before.start - 40), before.start) and not (
            _GROUPS_TOTAL_AFTER[lang].match(text, lot.end)
        ):
            return None  # (`will bring 84 teams of four, 336 runners in all`: no `in`, a total marked right after)
        return before
    if lang not in _SPLIT_LANGS or not _ONE_BY_ONE[lang].match(text, lot.end):
        return None
    if (
        before is not None
        and _usable_units(before, lot, text, lang)
        and _JOINT[lang].fullmatch(text, before.end, lot.start)
    ):
        return before
    mark = _ONE_BY_ONE[lang].match(text, lot.end)
    if (
        after is not None
        and _usable_units(after, lot, text, lang)
        and re.fullmatch(r"\s*", text[mark.end() : after.start])
        and _SPLIT[lang].match(text, after.end)
    ):
        return after
    return None


def holds_lots(units: Claim, lot: Claim, text: str, lang: str) -> bool:
    """Whether a count is of units each holding the figure right after it, `of` between (`24 crates of 250 mugs`, a
    word describing them read as their counter: `six monthly loads of 3,000`)."""
    if lang not in _OF_LANGS:
        return False
    if _OF[lang].fullmatch(text, units.end, lot.start):
        return True
    noun = _NOUN_OF[lang].fullmatch(text, units.end, lot.start)
    return noun is not None and not _TIME[lang].fullmatch(noun.group("noun"))


def _usable_units(units: Claim, lot: Claim, text: str, lang: str) -> bool:
    return (
        units.kind == "count"
        and units.role == "value"
        and bool(units.counter)
        and _counted_differently(units, lot, text)
        and units.value > 1
        and units.part_of is None
        and not _TIME[lang].fullmatch(units.counter or "")
        and not per_shorter_period(units, text, lang)
    )


def _counted_differently(units: Claim, lot: Claim, text: str) -> bool:
    """Two counters, or one counter (`개`) and two nouns written after it (`8개 조에 4개 팀씩`)."""
    if (units.counter or "").lower() != (lot.counter or "").lower():
        return True
    words = [_NEXT_WORD.match(text, c.end) for c in (units, lot)]
    return None not in words and words[0].group("word")[0] != words[1].group("word")[0]


def story_whole(lot: Claim, figures: list[Claim], text: str, lang: str, counter: str | None = None) -> Claim | None:
    """The first figure of the lot's kind the body states (past a headline), a value of no relation of its own, when
    every other such figure before the lot restates it, is one of its listed parts, a lot itself or per a period."""
    headline_end = text.find("\n") if opens_with_headline(text) else -1
    whole = None
    for c in figures:
        if c.start >= lot.start:
            break
        if c.start < headline_end or not _same_kind(c, lot, counter):
            continue
        if whole is None:
            if (
                c.role != "value"
                or c.part_of is not None
                or c.per_unit_of is not None
                or c.per_period_of is not None
                or per_shorter_period(c, text, lang)
                or _ONE_BY_ONE[lang].match(text, c.end)
            ):
                return None
            whole = c
            continue
        if c.value == whole.value or c.part_of == whole.id or c.role != "value" or c.per_unit_of is not None:
            continue
        if per_shorter_period(c, text, lang) or _ONE_BY_ONE[lang].match(text, c.end):
            continue
        return None  # (another figure of the kind, of another value: another lot, which one unsaid)
    return whole
