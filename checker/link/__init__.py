"""Link stage: Extraction → ClaimSet (each quantity placed in context).

For every mention: who (entities), what (metric), when (period), and how it
relates to the other mentions (converts, change_of, compared_to).
"""
from __future__ import annotations

import bisect
import re

from checker.extract.lang import ByLanguage
from checker.link.arrows import link_arrows
from checker.link.balances import link_deficits
from checker.link.context import place_entities, place_metric, place_period
from checker.link.elapsed import link_elapsed
from checker.link.entities import find_anaphora, find_entities, resolve_anaphora
from checker.link.installments import link_installments
from checker.link.lexicon import Lexicon
from checker.link.marks import beside_forecast_noun, ranked, sentence_marks
from checker.link.names import find_names
from checker.link.readings import read_malformed, read_multiples
from checker.link.relations import inherit_conversions, relate
from checker.link.roles import pair_absolute_and_relative, place_role
from checker.link.segment import segment
from checker.link.shares import link_shares
from checker.link.totals import link_totals
from checker.link.view import ArticleView, MetricHit
from checker.models import Claim, ClaimSet, Extraction, Mention


def link(extraction: Extraction, lexicon: Lexicon) -> ClaimSet:
    document = extraction.document
    text = document.text
    start = document.body_start
    language = document.language
    segments = segment(text, start, language)
    entities = find_entities(text, lexicon, language, start)
    entities = resolve_anaphora(text, entities, find_anaphora(text, language, start), segments.paragraph_of, language)
    metric_hits = [MetricHit(m.start(), m.end(), lexicon.metric_for(m.group(0)))
                   for m in lexicon.metric_re.finditer(text, start)]
    times = extraction.times
    mentions = _equivalents_only(extraction.mentions)
    doc = ArticleView(text, segments, entities, metric_hits, times, [t.start for t in times], {},
                      [m.start for m in mentions if m.in_parens_of is None], [h.start for h in metric_hits],
                      document.language)
    line_starts = document.line_starts
    claims = [_base_claim(document.path, i, m, line_starts, text) for i, m in enumerate(mentions)]
    for claim, mention in zip(claims, mentions):
        _place(claim, mention, doc, lexicon)
        claim.published = document.published
        if not mention.written_currency:
            claim.guesses.append("currency")
    _share_sentence_periods(claims, text, document.language)
    pair_absolute_and_relative(claims, text, document.language)
    relate(claims, mentions, doc)
    inherit_conversions(claims, mentions)
    link_totals(claims, text, document.language, lexicon)
    link_arrows(claims, text, document.language)
    link_shares(claims, text, document.language)
    read_multiples(claims, text, document.language)
    names = find_names(text, lexicon, start, segments, entities.outlets, language)
    return ClaimSet(document=document, claims=claims, names=names,
                    malformed=read_malformed(extraction.malformed, text),
                    elapsed=link_elapsed(doc, document.published, document.published_assumed),
                    installments=link_installments(claims, doc), deficits=link_deficits(claims, doc))


_OPENS_PARENTHESIS = re.compile(r"\s?\(")
_COMPARED_BETWEEN = ByLanguage(lambda w: (
    rf"(?:{w.than_words}|{w.from_words}|{w.compared_words}|{w.compared_after}|{w.previous})"), re.I)


def _share_sentence_periods(claims: list[Claim], text: str, lang: str) -> None:
    """`매출액 5200억원, 영업이익 1300억원으로 3분기 영업이익률 25%`: when every dated figure of a sentence
    has one period, named after its undated figures with no comparison between, they are of that
    period too (a guess)."""
    by_sentence: dict[int, list[Claim]] = {}
    for claim in claims:
        if claim.role in ("value", "change", "share") and not claim.furniture:
            by_sentence.setdefault(claim.sentence, []).append(claim)
    compared = _COMPARED_BETWEEN[lang]
    for figures in by_sentence.values():
        # (A period assumed from an earlier sentence gives way to the one this sentence names.)
        periods = {c.period for c in figures if c.period and "period" not in c.guesses}
        if len(periods) != 1:
            continue
        period = periods.pop()
        span = next(c.period_span for c in figures if c.period == period and "period" not in c.guesses)
        if span is None or _OPENS_PARENTHESIS.match(text, span.end):
            continue  # `지난달(4억원)`: the time labels the figure in its parenthesis only
        for claim in figures:
            undated = claim.period is None or "period" in claim.guesses
            if undated and claim.end <= span.start and not compared.search(text, claim.end, span.start):
                claim.period, claim.period_span = period, span
                if "period" not in claim.guesses:
                    claim.guesses.append("period")


def _equivalents_only(mentions: list[Mention]) -> list[Mention]:
    """A parenthesis in the same currency is no equivalent (`6월(4억원)보다`: the figure of that month)."""
    out = []
    for mention in mentions:
        head = mentions[mention.in_parens_of] if mention.in_parens_of is not None else None
        if (head is not None and mention.quantity.kind == "money" and head.quantity.kind == "money"
                and mention.quantity.unit == head.quantity.unit):
            mention = mention.model_copy(update={"in_parens_of": None})
        out.append(mention)
    return out


def _base_claim(path: str, index: int, mention: Mention, line_starts: list[int], text: str) -> Claim:
    line = bisect.bisect_right(line_starts, mention.start)
    return Claim(
        id=f"{path}#{index}", path=path, start=mention.start, end=mention.end, line=line,
        column=mention.start - line_starts[line - 1] + 1, text=mention.text, quantity=mention.quantity,
    )


def _place(claim: Claim, mention: Mention, doc: ArticleView, lexicon: Lexicon) -> None:
    seg = doc.segments
    sentence = seg.sentence_of(mention.start)
    s_start, s_end = seg.sentence_bounds(sentence, len(doc.text))
    claim.sentence, claim.paragraph = sentence, seg.paragraph_of(mention.start)
    claim.furniture = seg.is_furniture(mention.start)
    forecast, superlative, forecast_noun = sentence_marks(doc, sentence, s_start, s_end)
    claim.forecast = forecast or (forecast_noun
                                  and beside_forecast_noun(doc.text, mention, s_start, s_end, doc.language))
    place_role(claim, mention, doc, s_start)
    place_metric(claim, mention, doc, s_start, s_end, lexicon)
    place_entities(claim, mention, doc, s_start, s_end, lexicon)
    place_period(claim, mention, doc, s_start, s_end, lexicon)
    if superlative and claim.role in ("value", "change"):
        claim.superlative = ranked(claim, superlative, doc, s_start)
