"""Sentence-level marks: forecasts (which figures they govern) and superlatives (what they rank)."""

from __future__ import annotations

import bisect
import re

from checker.extract.lang import ByLanguage
from checker.link.view import ArticleView
from checker.models import Claim, Mention
from checker.regex_needs import may_match_between

# A forecast verb governs its sentence (`… 10조원으로 예상한다`); a forecast noun or participle
# marks only the figure beside it (`시장 예상치(77조원)`, `the $28.7bn analysts had expected`).
_FORECAST = ByLanguage(lambda w: rf"{w.forecast_verbs}", re.I)
_FORECAST_NOUN = ByLanguage(lambda w: rf"{w.forecast_nouns}", re.I)
_SUPERLATIVE = ByLanguage(lambda w: rf"(?P<max>{w.superlatives_max})|(?P<min>{w.superlatives_min})", re.I)
# `예상치(77조원)`, `a target of 8%`: a forecast label right before the figure.
_FORECAST_LABEL_BEFORE = ByLanguage(
    lambda w: rf"(?:{w.forecast_labels})\s?(?:{w.label_links})?\s*(?:{w.hedges})?\s*$", re.I
)
# `Analysts had expected operating profit of $575m`
_FORECAST_PARTICIPLE_BEFORE = ByLanguage(
    lambda w: (
        rf"\b(?:had\s+)?(?:{w.forecast_participles})\s+(?:\w+\s+){{0,4}}(?:{w.value_links})\s+"
        rf"(?:(?:{w.hedges})\s+)?$"
    ),
    re.I,
)
# `$28.7bn analysts had expected`, `10조원으로 예상`, `its 2,500-tonne goal`, `a $40m sales target` (one Latin word
# between: after a Korean particle, `130만명으로 목표치(…)`, the target is another figure)
_FORECAST_AFTER = ByLanguage(
    lambda w: (
        rf"\s*(?:\w+\s+){{0,2}}(?:had\s+)?(?:{w.forecast_participles})\b"
        rf"|\s?(?:{w.to_particles})?\s?(?:{w.forecast_stems})"
        rf"|[-‑]?\s?(?:{w.small_letters}+\s)?(?:{w.forecast_labels_after})"
    ),
    re.I,
)


def sentence_marks(doc: ArticleView, sentence: int, s_start: int, s_end: int) -> tuple[bool, re.Match | None, bool]:
    """(is a forecast, the superlative that ranks a claim, names a forecast): read once per sentence."""
    marks = doc.marks.get(sentence)
    if marks is None:
        text = doc.text[s_start:s_end]
        lang = doc.language
        marks = doc.marks[sentence] = (
            may_match_between(_FORECAST[lang], text, 0, len(text)) and bool(_FORECAST[lang].search(text)),
            _SUPERLATIVE[lang].search(doc.text, s_start, s_end),
            bool(_FORECAST_NOUN[lang].search(text)),
        )
    return marks


def beside_forecast_noun(text: str, mention: Mention, s_start: int, s_end: int, lang: str) -> bool:
    """`예상치(77조원)`, `전망치인 10조원`, `$28.7bn analysts had expected`, `a target of 8%`."""
    before = text[max(s_start, mention.start - 24) : mention.start]
    after = text[mention.end : min(s_end, mention.end + 24)]
    if _FORECAST_LABEL_BEFORE[lang].search(before):
        return True
    wider = text[max(s_start, mention.start - 48) : mention.start]
    if _FORECAST_PARTICIPLE_BEFORE[lang].search(wider):
        return True  # `Analysts had expected operating profit of $575m`
    return bool(_FORECAST_AFTER[lang].match(after))


_CHANGE_NOUN_BEFORE = ByLanguage(
    lambda w: rf"(?:{w.rate_of_change_nouns}|{w.rise_nouns}|{w.fall_nouns})\S{{0,2}}\s*$", re.I
)
_CHANGE_NOUN = ByLanguage(lambda w: rf"\s?(?:{w.rise_nouns}|{w.fall_nouns}|{w.rate_of_change_nouns})", re.I)
# `A was the largest at X, followed by B at Y`: the runners-up after the mark are ranked below, not by the superlative
_RUNNERS_UP = ByLanguage(lambda w: rf"(?:{w.ranking_followed_by})", re.I)


# between a figure and the superlative that ranks it, right after it (`X로 가장 많았고`)
_JOINED = ByLanguage(lambda w: rf"\s*(?:{w.level_particles})?\s*", first_tested=False)


def _joined_figure(superlative: re.Match, doc: ArticleView, s_start: int) -> int | None:
    """The start of the figure of the sentence right before the superlative, joined to it by at most a particle of
    level (`A가 X로 가장 많았고`), if any."""
    i = bisect.bisect_left(doc.mention_starts, superlative.start()) - 1
    if i < 0 or doc.mention_starts[i] < s_start:
        return None
    start = doc.mention_starts[i]
    end = doc.mention_ends.get(start)
    if end is None or end > superlative.start():
        return None
    return start if _JOINED[doc.language].fullmatch(doc.text, end, superlative.start()) else None


def ranked(claim: Claim, superlative: re.Match, doc: ArticleView, s_start: int) -> str | None:
    """`Mizuho posted the biggest jump`: the superlative ranks its subject's claims only,
    and only its change when it ranks a change (jump, 증가폭); none a ranking names after it (`followed by`,
    `에 이어`). A superlative joined to the figure right before it (`A가 X로 가장 많았고 B Y, C Z였다`) ranks that
    figure only: the figures listed after it are the runners-up, whose subjects (countries) name no subject of the
    superlative."""
    lang = doc.language
    joined = _joined_figure(superlative, doc, s_start)
    if joined is not None and claim.start != joined:
        return None
    ranks_change = _CHANGE_NOUN[lang].match(doc.text, superlative.end()) or _CHANGE_NOUN_BEFORE[lang].search(
        doc.text, max(s_start, superlative.start() - 8), superlative.start()
    )
    if ranks_change and claim.role != "change":
        return None  # `증가율이 가장 낮았다`, `the biggest jump`: a rate of change is ranked, not a level
    if claim.start > superlative.end() and _RUNNERS_UP[lang].search(doc.text, superlative.end(), claim.start):
        return None  # `the biggest market at X, followed by B at Y`: B's figure is a runner-up's
    subjects = [h for h in doc.entities.before(s_start, superlative.start()) if h.kind != "country"]
    if subjects and list(subjects[-1].ids) != claim.entities:
        return None
    return superlative.lastgroup
