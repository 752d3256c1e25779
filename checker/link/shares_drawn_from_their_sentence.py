"""A share whose sentence states its whole, then draws the share from it after `so` or `meaning`: `The ballpark
holds 6,500, so the average crowd filled about 80% of the seats`, `The national crop is forecast at 163,000 tonnes,
so the province's share is about 87 per cent`, `Total income was £9.8m, meaning the shops brought in 41% of it`.

The whole is the one level the sentence states before the joint (`[link.share_drawn_joints]`: a comma, then `so`,
`meaning`, `which means`), the last figure before the share, no other amount of its kind and unit stated in the
sentence before it (`Friday drew 11,200, Saturday 21,800 and Sunday 15,500, meaning …` lists parts, no whole), set
apart from the joint by a few words of its own clause (no figure, no clause mark). The share's clause then states no
figure before the share: its subject names the part, an amount the story stated earlier. The part is the one level
of the whole's kind and unit (a count of its counter, or of none where either names none) an earlier sentence
states (the lead's, its paragraph's or the sentence before's), smaller than the whole, of no other period, metric or
company; none, or two of different values, leave the share unlinked: which one the subject names, the wording does
not say. The share's clause names the part: one of its words, before or after the share (`meaning roughly 96 per
cent were shorn`), opens a word of the part's sentence (`leakage` … `leaking pipes`; `the new canning line` names no
airline order); a clause naming none links nothing. A share naming a metric its whole is not of (`Sales were £2m,
so the deal takes 40% of its output`) is left. The part is found by position, so the link is a guess.

Looks back over at most `_LOOK_BACK` figures before the share's sentence, so a long article stays linear.
"""

from __future__ import annotations

import math
import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.keys_differ import metrics_differ, named_differently, periods_differ
from checker.link.per_unit_apart import is_a_rate, opens_with_headline
from checker.link.sentence_groups import group_by_paragraph, group_by_sentence, prose_figures
from checker.link.share_fallback import names_another_metric
from checker.link.shares_of_an_opening_pool import open_share
from checker.link.view import MetricHit
from checker.models import Claim
from checker.regex_cache import compile_exact

_LOOK_BACK = 200  # figures before the share's sentence where its part is looked for
_WHOLE_TAIL = 48  # characters of the whole's clause between the whole and the joint
_SUBJECT_REACH = 80  # characters of the share's clause between the joint and the share

# between the whole and the share: a few words of the whole's clause (no figure, no clause mark), the joint, then
# the share's clause up to the share (no figure, no clause mark)
_WHOLE_THEN_SHARE = ByLanguage(
    lambda w: (
        rf"[^\d.,;:!?()\n]{{0,{_WHOLE_TAIL}}},\s*(?:{w.share_drawn_joints})\s+"
        rf"[^\d.,;:!?()\n]{{0,{_SUBJECT_REACH}}}"
    ),
    re.I,
)
# the joint's end, after the whole's clause (`, so `, `, meaning `)
_JOINT_END = ByLanguage(lambda w: rf",\s*(?:{w.share_drawn_joints})\s+", re.I)
_SUBJECT_SKIP = ByLanguage(lambda w: rf"(?:{w.share_drawn_subject_skips})", re.I)
_WORD = compile_exact(r"[^\W\d_]+")
_STEM = 4  # letters of a subject's word that open a word of the part's sentence naming the same thing
_PER_UNIT_AFTER = ByLanguage(lambda w: rf"(?:{w.per_unit_after})", re.I)
_PLURAL_END = ByLanguage(lambda w: rf"(?:{w.plural_endings})$", re.I)  # (`[link.plural_endings]`)
_AFTER_SHARE = compile_exact(r"[^.,;:!?()\n]{0,60}")  # the share's clause after it (`were shorn`, `work from home`)


def link_shares_drawn_from_their_sentence(
    claims: list[Claim], text: str, lang: str, metric_hits: list[MetricHit], sentence_starts: list[int]
) -> None:
    figures = prose_figures(claims)
    drawn = [
        (i, figures[i - 1])
        for i, share in enumerate(figures)
        if i
        and open_share(share)
        and figures[i - 1].sentence == share.sentence
        and _WHOLE_THEN_SHARE[lang].fullmatch(text, figures[i - 1].end, share.start)
    ]
    if not drawn:
        return
    by_sentence = group_by_sentence(figures)
    by_paragraph = group_by_paragraph(figures)
    lead = _lead(figures, text)
    hit_starts = [hit.start for hit in metric_hits]
    place = {id(c): k for paragraph in by_paragraph.values() for k, c in enumerate(paragraph)}
    for i, whole in drawn:
        share = figures[i]
        if not _a_level(whole) or _PER_UNIT_AFTER[lang].match(text, whole.end) or is_a_rate(whole, text, lang):
            continue
        sentence = by_sentence[share.sentence]
        if any(c.end <= whole.start and (c.kind, c.unit) == (whole.kind, whole.unit) for c in sentence):
            continue  # (another amount of the whole's kind before it in its sentence: a list of parts, no whole)
        paragraph = by_paragraph[share.paragraph]
        at = place[id(share)]
        earlier = [c for c in paragraph[max(0, at - _LOOK_BACK) : at] if c.sentence < share.sentence]
        candidates = [*lead[-_LOOK_BACK:], *earlier, *by_sentence.get(share.sentence - 1, [])]
        part = _the_one_part(candidates, share, whole, text, lang)
        if part is None or not _subject_names(part, whole, share, text, lang, sentence_starts):
            continue
        if names_another_metric(share, whole, metric_hits, hit_starts, text, lang):
            continue  # (`Sales were £2m, so the deal takes 40% of its output`: a metric its whole is not of)
        share.share_part, share.share_whole = part.id, whole.id
        share.guesses = sorted(set(share.guesses) | {"relation"})


def _subject_names(part: Claim, whole: Claim, share: Claim, text: str, lang: str, sentence_starts: list[int]) -> bool:
    """The words of the share's clause name the part: one of them, between the joint and the share or after the share
    (`meaning leakage took 24 per cent`, `meaning roughly 96 per cent were shorn`), opens with the stem of a word of
    the part's sentence (`leakage` … `leaking pipes`; not `the new canning line` for an airline's order, not `60 per
    cent work from home` for apprentices hired). A clause naming nothing of the part links nothing: the one earlier
    amount of the kind is no part by position alone. Words that name nothing (`the`, `alone`, `takes`:
    `[link.share_drawn_subject_skips]`) are passed over."""
    joint = _JOINT_END[lang].search(text, whole.end, share.start)
    after = _AFTER_SHARE.match(text, share.end)
    words = [
        w.casefold()
        for span in ((joint.end() if joint else share.start, share.start), (share.end, after.end()))
        for w in _WORD.findall(text, *span)
        if len(w) >= _STEM and not _SUBJECT_SKIP[lang].fullmatch(w)
    ]
    if not words or part.sentence + 1 >= len(sentence_starts):
        return False
    stated = {
        w.casefold()[:_STEM]
        for w in _WORD.findall(text, sentence_starts[part.sentence], sentence_starts[part.sentence + 1])
    }
    return any(w[:_STEM] in stated for w in words)


def _lead(figures: list[Claim], text: str) -> list[Claim]:
    """The lead's figures: the body's first paragraph that states a figure, and the headline."""
    headline = opens_with_headline(text)
    first = next((c.paragraph for c in figures if not (headline and c.paragraph == 0)), None)
    paragraphs = {first} | ({0} if headline else set())
    return [c for c in figures if c.paragraph in paragraphs]


def _a_level(c: Claim) -> bool:
    return (
        c.kind in AMOUNTS
        and c.role == "value"
        and c.per_unit_of is None
        and c.per_period_of is None
        and c.qualifier in (None, "approx")
        and math.isfinite(c.low)
        and math.isfinite(c.high)
        and not c.table_cell
    )


def _periods_differ(part: Claim, whole: Claim) -> bool:
    """Stated for two periods, the part's not within the whole's (a half-year's part of its year's total is one)."""
    return periods_differ(part, whole) and not str(part.period).startswith(str(whole.period))


def _counters_agree(one: Claim, other: Claim, lang: str) -> bool:
    if one.kind != "count" or not one.counter or not other.counter:
        return True
    ending = _PLURAL_END[lang]
    return ending.sub("", one.counter.lower()) == ending.sub("", other.counter.lower())


def _the_one_part(candidates: list[Claim], share: Claim, whole: Claim, text: str, lang: str) -> Claim | None:
    found: Claim | None = None
    for c in candidates:
        if c.sentence >= share.sentence or c is whole:
            continue
        if not (_a_level(c) and (c.kind, c.unit) == (whole.kind, whole.unit) and _counters_agree(c, whole, lang)):
            continue
        if c.high >= whole.low or _periods_differ(c, whole) or metrics_differ(c, whole):
            continue
        if named_differently(c, whole, "entities"):
            continue
        if _PER_UNIT_AFTER[lang].match(text, c.end) or is_a_rate(c, text, lang):
            continue
        if found is not None and found.value != c.value:
            return None  # (two amounts the subject may name: which one, the wording does not say)
        found = found or c
    return found
