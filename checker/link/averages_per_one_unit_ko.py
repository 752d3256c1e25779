"""A Korean average per one unit the per-unit readings before left, of the total stated right before it: `관객은 모두
N명으로 한 번에 평균 M명꼴이었다` (the occasions counted before), `수거함은 모두 K곳이다. 수거함 한 곳에 평균 M톤이
모인 셈이다`, `학교 K곳에서 학생 N명이 나선다. 한 학교에서 평균 M명이 나오는 셈이다`.

- the figure: a value (a count, a measure or an amount, no member of any relation yet, past the title) per one unit
  a mark before it names (checker/link/per_unit_ko.py's marks, and one of the unit as the clause's subject, `한
  번에`, `한 학교에서`), said to be an average by a word before it or right after it (`평균`, `꼴`, `셈`:
  `[link.one_unit_subject_average_words]`);
- its total: the last value of its kind, unit and counter before it in its sentence, larger, in its clause
  (`모두 N명으로 한 번에`; past a comma, `모두 N원을, 상자는 ㎏당 M원씩`, another thing's); with none there, the
  one value of that kind the sentence before it in its paragraph states;
- its count: the one value counting the unit (checker/link/per_unit_ko.py's counts) the total's sentence, the one
  before it and the figure's state before the figure; with none there, the lead's (its first sentence, or the
  title), when no lone count of the unit stands between the lead and the figure (which one, unsaid).

Vetoes: two totals of two values in the sentence before (which one, unsaid), or one beside its share (a part's),
or one of a sentence before that compares it with another level (a prior, a baseline, a change of its kind); two
counts of two values; a count set beside its share (`학생이 N명으로 P%를`: one part's) is none, and a lone rival
of the lead's. The reading
spans sentences, so a mismatch is a warning (`guesses`), save all three in one sentence.
"""

from __future__ import annotations

from checker.extract.lang import ByLanguage
from checker.extract.units import measure_unit
from checker.link.per_unit_fallback import beside_their_share
from checker.link.per_unit_ko import counts_the_unit, one_unit_mark
from checker.models import Claim

_AVERAGE = ByLanguage(lambda w: rf"(?:{w.one_unit_subject_average_words})")
_AVERAGE_BEFORE = 16  # characters before the figure where its word of an average stands
_AVERAGE_AFTER = 4  # characters after it (`명꼴`, `톤이 모인 셈`: the figure's own counter first)
_KINDS = ("count", "measure", "money")


def link_averages_per_one_unit_ko(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    if lang != "ko":
        return
    figures = [c for c in claims if not c.furniture and not c.table_cell and c.kind in _KINDS]
    if len(figures) < 3:
        return
    title_end = max(text.find("\n"), 0)
    by_sentence: dict[int, list[Claim]] = {}
    for c in figures:
        by_sentence.setdefault(c.sentence, []).append(c)
    taken = {i for c in claims for i in (c.per_unit_of, c.units_of, c.product_of, c.product_units) if i}
    body = [c for c in figures if c.start >= title_end]
    lead_sentence = body[0].sentence if body else -1
    parts = beside_their_share(claims, text)
    for figure in figures:
        if (
            figure.role != "value"
            or figure.start < title_end
            or figure.sentence == lead_sentence
            or figure.id in taken
            or figure.per_unit_of is not None
            or figure.product_of is not None
            or figure.part_of is not None
            or figure.per_period_of is not None
        ):
            continue
        mark = one_unit_mark(figure, sentence_starts, text, lang)
        if mark is None:
            continue
        noun, pre = mark
        opens = sentence_starts[figure.sentence]
        words = text[max(opens, figure.start - _AVERAGE_BEFORE) : figure.end + _AVERAGE_AFTER]
        if not _AVERAGE[lang].search(words):
            continue  # (`한 곳이 20억원을 받았다`: that one's own figure)
        total = _total_before(figure, by_sentence, text)
        if total is None or total.id in parts:
            continue  # (`N건으로 전체의 P%였고`: one part's, beside its share)
        if total.sentence != figure.sentence and any(
            c.role in ("prior", "baseline", "change") and c.kind == total.kind and c.unit == total.unit
            for c in by_sentence[total.sentence]
        ):
            continue  # (`지난해 M원보다 N원이 많았다`: a sentence comparing two levels, the total's unsaid)
        counts = [
            c
            for s in range(total.sentence - 1, figure.sentence + 1)
            for c in by_sentence.get(s, ())
            if c.end <= figure.start
            and c is not total
            and c.role == "value"
            and c.paragraph == figure.paragraph
            and c.id not in parts  # (`학생이 N명으로 P%를`: one part's count, beside its share)
            and counts_the_unit(c, noun, pre, text, lang)
        ]
        if not counts:
            counts = _lead_counts(figure, figures, noun, pre, title_end, lead_sentence, text, lang)
        if not counts or len({c.value for c in counts}) != 1:
            continue
        count = counts[-1]
        if count.value >= total.value and figure.kind == "count" and count.kind == "count":
            continue  # (a total no larger than the count is no total shared out over it)
        figure.per_unit_of, figure.units_of = total.id, count.id
        measure = measure_unit(noun, lang)
        if measure is not None:
            figure.units_measure = measure  # (`1ha에 N톤꼴`: per a unit of measure)
        if not (total.sentence == count.sentence == figure.sentence) and "relation" not in figure.guesses:
            figure.guesses.append("relation")
        taken.add(figure.id)


def _alike(c: Claim, figure: Claim) -> bool:
    return (
        c.kind == figure.kind
        and c.unit == figure.unit
        and (c.counter or "") == (figure.counter or "")
        and c.role == "value"
        and c.value > figure.value
        and c.per_unit_of is None
        and c.part_of is None
    )


def _total_before(figure: Claim, by_sentence: dict[int, list[Claim]], text: str) -> Claim | None:
    """The last larger value of the figure's kind before it in its sentence; else the one the sentence before it in
    its paragraph states."""
    own = [c for c in by_sentence.get(figure.sentence, ()) if c.end <= figure.start and _alike(c, figure)]
    if own:
        # (`모두 N원을, 상자는 ㎏당 M원씩`: an amount of another clause, past a comma, is another thing's)
        return None if "," in text[own[-1].end : figure.start] else own[-1]
    before = [
        c for c in by_sentence.get(figure.sentence - 1, ()) if c.paragraph == figure.paragraph and _alike(c, figure)
    ]
    if not before or len({c.value for c in before}) != 1:
        return None
    return before[0]


def _lead_counts(
    figure: Claim,
    figures: list[Claim],
    noun: str,
    pre: str | None,
    title_end: int,
    lead_sentence: int,
    text: str,
    lang: str,
) -> list[Claim]:
    """The lead's counts of the unit (its first sentence, or the title), unless a lone count of the unit stands
    between the lead and the figure (which one, unsaid)."""
    lead = [
        c
        for c in figures
        if (c.start < title_end or c.sentence == lead_sentence)
        and c.role == "value"
        and counts_the_unit(c, noun, pre, text, lang)
    ]
    values = {c.value for c in lead}
    rivals: dict[int, int] = {}
    for c in figures:
        if (
            lead_sentence < c.sentence
            and c.start < figure.start
            and c.role == "value"
            and c.per_unit_of is None
            and c.value not in values
            and counts_the_unit(c, noun, pre, text, lang)
            and _named(c, pre, text, lang)
        ):
            rivals[c.sentence] = rivals.get(c.sentence, 0) + 1
    if any(n == 1 for n in rivals.values()):
        return []
    return lead


# `K개 마을`: a count of the generic counter with the noun it counts right after it, a word of its own
_GENERIC_NOUN_AFTER = ByLanguage(lambda w: r"\s[^\W\d_]{2,}")
_GENERIC = ByLanguage(lambda w: rf"(?:{w.generic_counters})")


def _named(count: Claim, pre: str | None, text: str, lang: str) -> bool:
    """Whether a count may be of the thing a mark counts: not one of the generic counter whose own noun follows it
    (`K개 마을` against `농약병 1개에`), unless that noun is the one the mark names."""
    if not _GENERIC[lang].fullmatch(count.counter or ""):
        return True
    after = _GENERIC_NOUN_AFTER[lang].match(text, count.end)
    return after is None or (pre is not None and after.group(0).strip().startswith(pre))
