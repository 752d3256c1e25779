"""A share whose clause opens on a noun an earlier sentence states a figure of: `The levy covers about 60% of the
budget` after `The sewer levy rises to $12 million`, `Tolls covered 70% of costs` after `Tolls and permits brought in
$7m`.

English names the part a share is of as the subject of the share's clause: the words from the clause's start to a
share verb (`[link.share_verbs_after_subject]`), the share right after the verb (a hedge between). The part is the
figure an earlier sentence (six at most) states first after one of the subject's words in its clause
(`[link.share_subject_skips]`: articles and adverbs name nothing), a value of an amount; two such of different
values are a tie, unless more of the subject's words head one of them (`Pale ale brought in $A, … dark ale $B. Pale
ale accounted for …`), and a tie links nothing. The whole is the figure of the metric the share names after its `of`
(`of the budget`, `of sales`), looked up in the article (checker/link/partners.py's ranking: the lead's first, a tie
is none), or the figure the share's own words state right after it (`63% of the group's total sales of €150m`). A
clause that states a figure before the share (`Tolls brought in $7m, or 70% of costs`) is the sentence rules'. A
part the sentence rules took from the sentence before (its last figure, `Tolls brought in $35m, berthing $10m and fees
$5m. Tolls made up 70% of the total`) gives way to the one the subject names, of the same whole. The reading spans
sentences: the link is a guess (`relation`), so a mismatch is a warning.
"""

from __future__ import annotations

import math
import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.fractions_of_named_wholes import whole_named_after_share
from checker.link.inflections import word_forms
from checker.link.keys_differ import periods_differ
from checker.link.partners import Partners, _named_metric, _whole_of
from checker.link.sentence_groups import prose_figures
from checker.link.view import MetricHit
from checker.models import Claim
from checker.regex_cache import compile_exact

_SENTENCES_BACK = 6
# `The levy covers almost `: the subject, perhaps an adverb, the share verb and a hedge, right before the share
_SUBJECT_THEN_VERB = ByLanguage(
    lambda w: rf"(?P<subject>[^\d;:()]+?)\s+(?:{w.share_verbs_after_subject})\s+(?:(?:{w.hedges})\s+)?$"
)
# after a figure, a short word (no joint of names) before a word that labels it (`18 for children`)
_LABEL_AFTER = ByLanguage(lambda w: rf"[^\S\n]+(?!(?:{w.name_joints})\s)[^\W\d_]{{2,4}}[^\S\n]+", re.I)
# (and a short word between, `25 for the adults`)
_LABEL_OF_THE_FIGURE_BEFORE = ByLanguage(
    lambda w: rf"\d\S*[^\S\n]+(?!(?:{w.name_joints})\s)[^\W\d_]{{2,4}}[^\S\n]+(?:[^\W\d_]{{2,3}}[^\S\n]+)?$", re.I
)
_SKIPS = ByLanguage(lambda w: rf"(?:{w.share_subject_skips})", re.I)
_WORD = compile_exact(r"[^\W\d_]{3,}")
# where a clause opens: a line, a sentence, a semicolon or a comma before it
_CLAUSE_OPENS = compile_exact(r"\n|[.;:!?,]\s")


def _clause_start(text: str, low: int, position: int) -> int:
    opens = [m.end() for m in _CLAUSE_OPENS.finditer(text, low, position)]
    return opens[-1] if opens else low


def _subject_words(text: str, rate: Claim, sentence_start: int, lang: str) -> list[str]:
    """The words of the subject the share's clause opens on (none when a figure stands before the share)."""
    start = _sentence_start(text, sentence_start, rate.start)
    head = text[start : rate.start]
    if any(ch.isdigit() for ch in head):
        return []
    found = _SUBJECT_THEN_VERB[lang].match(head)
    if found is None:
        return []
    # (`Orthodontics, a growing line, now makes up`: the subject is the words before the first comma)
    subject = found.group("subject").split(",")[0]
    return [w for w in _WORD.findall(subject) if not _SKIPS[lang].fullmatch(w)]


def _sentence_start(text: str, low: int, position: int) -> int:
    """Where the sentence holding `position` opens (a semicolon opens a clause of its own)."""
    ends = [m.end() for m in re.finditer(r"\n|[.;!?]\s", text[low:position])]
    return low + ends[-1] if ends else low


def link_shares_of_earlier_subjects(
    claims: list[Claim], text: str, lang: str, metric_hits: list[MetricHit], sentence_starts: list[int]
) -> None:
    figures = prose_figures(claims)
    partners: Partners | None = None
    hit_starts: list[int] = []
    by_id = {c.id: c for c in figures}
    for i, rate in enumerate(figures):
        if rate.kind not in ("percent", "fraction") or rate.role != "share":
            continue
        if not 0 < rate.value < 100:
            continue
        taken = by_id.get(rate.share_part or "")
        if (rate.share_part or rate.share_whole or rate.whole) and (taken is None or taken.sentence == rate.sentence):
            continue  # (a share its own sentence's rules linked)
        low = sentence_starts[rate.sentence] if rate.sentence < len(sentence_starts) else 0
        words = _subject_words(text, rate, low, lang)
        if not words:
            continue
        named = re.compile(rf"(?<![^\W\d_])(?:{'|'.join(map(word_forms, words))})(?![^\W\d_])", re.I)
        parts = [
            c
            for c in figures[:i]
            if 0 < rate.sentence - c.sentence <= _SENTENCES_BACK
            and c.kind in AMOUNTS
            and c.role == "value"
            and c.per_unit_of is None
            and math.isfinite(c.high)
            and (_names_before(text, c, named, sentence_starts, lang) or _labelled_after(text, c, named, lang))
        ]
        if len({c.value for c in parts}) > 1:
            # `Pale ale brought in $A, … dark ale $B. Pale ale accounted for …`: of the figures a subject word heads,
            # those its words head most of (a word the others share, `ale`, tells none apart)
            most = max(_named_count(text, c, named, sentence_starts) for c in parts)
            parts = [c for c in parts if _named_count(text, c, named, sentence_starts) == most]
        if not parts or len({c.value for c in parts}) != 1:
            continue  # (a tie: which figure the name heads, not said)
        part = parts[0]
        if periods_differ(rate, part):
            continue
        if taken is not None and (taken.id == part.id or _names_before(text, taken, named, sentence_starts, lang)):
            continue  # (the sentence rules' part is the one the subject names)
        if partners is None:
            partners = Partners(claims, text, lang)
            hit_starts = [hit.start for hit in metric_hits]
        metric = _named_metric(metric_hits, hit_starts, rate.end, rate.end + 40, rate, text, lang)
        listed_in = by_id.get(part.part_of or "")
        stated_after = _whole_stated_after(figures, i, part, text, lang)
        if stated_after is not None:
            whole = stated_after  # `Exports made up 63% of the group's total sales of €150m`
        elif listed_in is not None:
            # `Tolls brought in $7m, permits $3m`: the total the part is listed in, when of the metric named
            whole = listed_in if metric is None or listed_in.metric in (None, metric) else None
        elif metric is not None:
            whole = partners.best(
                rate,
                (part.kind,),
                part.unit,
                lambda c, part=part, metric=metric: (
                    _whole_of(c, part) and c.metric == metric and "metric" not in c.guesses
                ),
            )
        else:
            # (`Parking covered a fifth of upkeep`: a whole named by a noun no metric is, the figure whose
            # clause names it; `of the total`: which figure, not said)
            whole = whole_named_after_share(
                [c for c in figures[:i] if c.sentence < rate.sentence], part, rate, text, lang
            )
        if whole is None or whole.id == part.id or whole.high <= part.low:
            continue
        if whole.sentence >= rate.sentence and whole is not stated_after:
            continue  # (`…, down from 66%, when it brought in $44m`: the share's own sentence, another year's)
        if taken is not None and rate.share_whole not in (None, whole.id):
            continue  # (a part taken from the sentence before, of another whole: which, not said)
        # `Tolls brought in $35m, berthing $10m and fees $5m. Tolls made up 70% of the total`: the sentence before
        # lists its last figure, the fees, but the share's subject names the tolls
        rate.share_part, rate.share_whole = part.id, whole.id
        rate.guesses = sorted(set(rate.guesses) | {"relation"})


# `63% of the group's total sales of €150m`: the whole stated right after the share, its noun's `of` before it
_WHOLE_STATED_AFTER = ByLanguage(
    lambda w: rf"\s+(?:{w.genitive})\s+[^\d.;:!?()]{{1,40}}?\s(?:{w.genitive})\s+(?:(?:{w.hedges})\s+)?", re.I
)


def _whole_stated_after(figures: list[Claim], i: int, part: Claim, text: str, lang: str) -> Claim | None:
    """The figure right after the share at `figures[i]`, of the part's unit and kind and larger than it, that the
    share's own words name as its whole (`… of the total sales of W`)."""
    if i + 1 >= len(figures):
        return None
    rate, after = figures[i], figures[i + 1]
    if after.sentence != rate.sentence or (after.unit, after.kind) != (part.unit, part.kind) or after.role != "value":
        return None
    if not _WHOLE_STATED_AFTER[lang].fullmatch(text, rate.end, after.start) or not after.low > part.high:
        return None
    return after


def _named_count(text: str, claim: Claim, named: re.Pattern[str], sentence_starts: list[int]) -> int:
    """How many of the subject's words (each once) the figure's clause names before it."""
    low = sentence_starts[claim.sentence] if claim.sentence < len(sentence_starts) else 0
    start = _clause_start(text, _sentence_start(text, low, claim.start), claim.start)
    return len({found.group().casefold() for found in named.finditer(text, start, claim.start)})


def _labelled_after(text: str, claim: Claim, named: re.Pattern[str], lang: str) -> bool:
    """Whether a short word and one of the subject's words follow the figure (`18 for children`): its label."""
    label = _LABEL_AFTER[lang].match(text, claim.end)
    return label is not None and named.match(text, label.end()) is not None


def _names_before(text: str, claim: Claim, named: re.Pattern[str], sentence_starts: list[int], lang: str) -> bool:
    """Whether the figure's clause names one of the words before it, with no other figure between."""
    low = sentence_starts[claim.sentence] if claim.sentence < len(sentence_starts) else 0
    start = _clause_start(text, _sentence_start(text, low, claim.start), claim.start)
    found = None
    for found in named.finditer(text, start, claim.start):  # noqa: B007 (the last one before the figure)
        continue
    if found is None or any(ch.isdigit() for ch in text[found.end() : claim.start]):
        return False
    # (`6,300 apples and 2,700 pears`: a word right after a figure is that figure's noun, not the next one's name;
    # `18 for children and 12 for adults`: a short word and a word after a figure are that figure's label)
    before = text[start : found.start()]
    return not before.rstrip()[-1:].isdigit() and not _LABEL_OF_THE_FIGURE_BEFORE[lang].search(before)
