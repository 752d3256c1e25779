"""A balance stated as one named figure minus another, the names not metrics of the lexicon: `총수입은 500조원으로 …
총지출을 540조원으로 … 총수입에서 총지출을 뺀 재정수지는 40조원 적자다` (issue 11).

checker/link/formulas.py links `A에서 B를 뺀 … Z` when A and B are metrics with one figure each. Here the names are
the article's own words (`총수입`, `총지출`, `관리재정수지`): each one's figure is the nearest figure of Z's unit
before the formula written right after the name and a particle (`총수입은 500조원으로`, `총지출을 540조원으로`) as a
value, else the nearest of the metric the name is (`총지출 규모를 … 540조원으로`). Z is the first figure after the
operation, in its sentence, within a short reach. A balance is a size when the text calls it a deficit or a
surplus, and writers put either name first (`총지출에서 총수입을 뺀 … 적자`): the check is of the size, |A − B| = Z,
so Z becomes a change of the larger figure measured from the smaller. Found by names, so the link is a guess.
Language words are data (`[link.minus_from]`, `[link.minus_after]`, `[link.named_figure_particles]`,
`[link.script_letters]`).
"""

from __future__ import annotations

import bisect
import re

from checker.extract.lang import ByLanguage, link_alternations
from checker.link.segment import sentence_end
from checker.link.sentence_groups import prose_by_sentence
from checker.link.view import ArticleView
from checker.models import Claim

# `총수입에서 총지출을 뺀`: the two names and the operation
_NAMED_PAIR = ByLanguage(
    lambda w: (
        rf"(?<!{w.script_letters})(?P<first>{w.script_letters}{{2,8}})(?:{w.minus_from})\s?"
        rf"(?P<second>{w.script_letters}{{2,8}})(?:{w.minus_after})"
    ),
)
_REACH = 30  # characters from the operation to the figure (`을 뺀 통합재정수지는 `)
_AMOUNTS = ("money", "count")


def link_named_formulas(claims: list[Claim], doc: ArticleView) -> None:
    text, lang, sentence_starts = doc.text, doc.language, doc.segments.sentence_starts
    by_sentence = prose_by_sentence(claims)
    pair = _NAMED_PAIR[lang]
    for sentence, in_sentence in by_sentence.items():
        if sentence >= len(sentence_starts):
            continue
        start = sentence_starts[sentence]
        end = sentence_end(sentence_starts, sentence, len(text))
        for named in pair.finditer(text, start, end):
            after = [c for c in in_sentence if c.start >= named.end()]
            if not after or after[0].start - named.end() > _REACH:
                continue
            balance = after[0]
            if balance.kind not in _AMOUNTS or balance.role != "value" or balance.change_of is not None:
                continue
            sides = [
                _figure_named(doc, by_sentence, balance, named.start(), named.span(group))
                for group in ("first", "second")
            ]
            first, second = sides
            if first is None or second is None or first is second or first.value == second.value:
                continue
            larger, smaller = sorted(sides, key=lambda c: c.value, reverse=True)
            balance.role, balance.direction = "change", 1
            balance.change_of, balance.compared_to = larger.id, smaller.id
            balance.guesses = sorted(set(balance.guesses) | {"relation"})


def _figure_named(
    doc: ArticleView, by_sentence: dict[int, list[Claim]], balance: Claim, before: int, span: tuple[int, int]
) -> Claim | None:
    """The nearest value of the balance's unit and counter before the formula written right after the name and a
    particle, else the nearest of the metric the name is (its own words, not carried); None when there is none."""
    text = doc.text
    name = text[span[0] : span[1]]
    right_after = re.compile(
        rf"(?<!\S){re.escape(name)}(?:{link_alternations(doc.language).named_figure_particles})\s?$",
    )
    reach = len(name) + 3
    metric = _metric_named(doc, *span)
    by_metric = None
    for claim in (c for sentence in range(balance.sentence, -1, -1) for c in reversed(by_sentence.get(sentence, []))):
        if claim.end > before or claim.unit != balance.unit or claim.counter != balance.counter:
            continue
        if right_after.search(text, max(0, claim.start - reach), claim.start) is not None:
            if claim.role != "value" or claim.change_of is not None or claim.kind not in _AMOUNTS:
                return None
            return claim
        if by_metric is None and metric and claim.metric == metric and "metric" not in claim.guesses:
            by_metric = claim
    if by_metric is None or by_metric.role != "value" or by_metric.change_of is not None:
        return None
    return by_metric


def _metric_named(doc: ArticleView, start: int, end: int) -> str | None:
    """The metric whose name the name is (`총지출`)."""
    # (the hits starting in the span, found by bisection: not a scan of every hit after it)
    starts = doc.metric_starts
    hits = doc.metric_hits[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
    return hits[-1].metric if hits and hits[-1].end == end else None
