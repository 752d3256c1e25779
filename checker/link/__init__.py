"""Link stage: Extraction → ClaimSet (each quantity placed in context).

For every mention: who (entities), what (metric), when (period), and how it
relates to the other mentions (converts, change_of, compared_to).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from checker.extract.time import previous_period
from checker.link.entities import EntityHit, EntityIndex, find_anaphora, find_entities, resolve_anaphora
from checker.link.lexicon import Lexicon
from checker.link.names import find_names
from checker.link.segment import Segments, segment
from checker.models import Claim, ClaimSet, Extraction, Mention, Span, TimeRef

_CHANGE_VERB = re.compile(
    r"\s?(?:나|이나|가량|정도|씩|의|이|가)?\s?(?P<verb>증가|늘|급증|확대|성장|상승|올랐|오른|뛰|치솟|개선|up\b|rose|rise|rising|grew|grow|jump|climb|increase|surge|gain|higher"
    r"|감소|줄|급감|축소|하락|떨어|내렸|내린|위축|악화|down\b|fell|fall|drop|declin|decreas|slump|shrank|shrink|lower)",
    re.I,
)
_CHANGE_VERB_BEFORE = re.compile(
    r"\b(?P<verb>rose|rise|rising|risen|increased|grew|grown|jumped|climbed|surged|gained|up|soared|advanced"
    r"|fell|fall|falling|fallen|declined|dropped|decreased|slumped|shrank|down|slid|plunged|lost)"
    r"\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|roughly\s+)?$",
    re.I,
)
_PRIOR_POSSESSIVE = re.compile(
    r"\b(?:the\s+)?(?:previous|prior|preceding|last)\s+(?P<unit>quarter|month|year)['’]s\s+(?:figure\s+of\s+)?$"
    r"|\b(?:a\s+)?year[- ](?:earlier|ago)['’]?s?\s+$|(?P<ko>전\s?분기|전월|전년)의\s$",
    re.I,
)
_FROM_BEFORE = re.compile(r"\b(?:from|compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:about\s+|around\s+)?$", re.I)
_PRIOR_AFTER = re.compile(r"\s*(?:,\s*)?(?:a\s+(?:year|month|quarter)\s+(?:earlier|ago|before)|(?:in\s+)?the\s+previous\s+(?:month|quarter|year)|in\s+the\s+same\s+period\s+(?:a|last)\s+year|(?:in\s+)?the\s+previous\s+year|last\s+year)", re.I)
# `more than doubled from 195.3 billion won`, `fell 3% from $4.1bn`: the figure a change started from.
_CHANGED_FROM = re.compile(
    r"\b(?:rose|rise|risen|increased|grew|jumped|climbed|surged|gained|up|soared|doubled|tripled|halved|fell|dropped|declined"
    r"|decreased|slumped|down|slid|plunged)\b[^.;]{0,30}?\bfrom\s+(?:about\s+|around\s+)?$",
    re.I,
)
_TO_FROM = re.compile(r"\bto\s+\S+(?:\s+\w+){0,2},?\s+from\s+(?:about\s+)?$", re.I)  # `to $2.36bn from $1.68bn`
_LATIN = re.compile(r"[A-Za-z]{2}")
_BASELINE_AFTER = re.compile(r"(?:보다|에\s?비해|에\s?비하면|\s?대비|(?:와|과)\s?비교(?:해|하면|하여|했을))(?!\s?(?:많|적|크|작|높|낮|앞|뒤))")
_LEVEL_PARTICLE = re.compile(r"(?:로|으로|에서|까지|to\b|from\b)")
_FALLING = re.compile(r"감소|줄|급감|축소|하락|떨어|내렸|내린|위축|악화|down|fell|fall|drop|declin|decreas|slump|shrank|shrink|lower", re.I)
_COMPARISON = re.compile(r"대비|보다|에 비해|에 비하면|比|compared|from|than|versus|vs\.?")
_COMPARISON_KO = re.compile(r"대비|보다|에 비해|에 비하면|比")
# A forecast verb governs its sentence (`… 10조원으로 예상한다`); a forecast noun or participle
# marks only the figure beside it (`시장 예상치(77조원)`, `the $28.7bn analysts had expected`).
_FORECAST = re.compile(
    r"예측(?:했|한다|된다|됐)|전망(?:했|한다|이다|된다|됐)|계획이다|예정이다|목표(?:다|이다|로 하)|예상(?:했|한다|된다|됐|하고)|추정(?:했|한다|된다|됐)"
    r"|관측(?:했|된다)|내다봤|것으로 보인|할 것|될 것|expects?\b|expected\s+to|forecasts?\s|forecast\s+(?:that|to)|projected\s+to|projects\b"
    r"|plans?\s+to|will\b|would\b|is\s+set\s+to|aims?\s+to",
    re.I,
)
_FORECAST_NOUN = re.compile(
    r"예상치|전망치|추정치|목표치|컨센서스|시장\s?예상|예상|전망|목표|계획|estimates?\b|consensus|forecast\b|target\b|guidance|outlook|expected\b|projected\b",
    re.I,
)
_SUPERLATIVE = re.compile(
    r"(?P<max>가장\s?(?:많|크|높|컸|큰|활발|공격)|최대\s?(?:규모|폭)|the (?:largest|biggest|highest|most)\b)"
    r"|(?P<min>가장\s?(?:적|작|낮|억제|보수|덜)|최소\s?(?:규모|폭)|the (?:smallest|lowest|least|fewest)\b)",
    re.I,
)
_TOTAL_WORD = re.compile(r"총액|합계|합산|총|모두|전체|combined|total|together|altogether", re.I)
# `6억 달러를 투자했다`: a metric right after the amount is its predicate.
_PREDICATE_GAP = re.compile(r"\s?(?:을|를|의|로|으로|이|가|에)?\s?|\s(?:in|of|for)\s", re.I)
_SCOPE_STOP_EN = re.compile(r"'s$|’s$|\w{3,}ed$|^(?:said|says|posts|reports|had|has|was|were|is|are|its|with|from|than|to|by|on|at|as|first|second|third|fourth|the|a|an|its|their|his|her|of|in|for|and|total|annual|full-year|quarterly|half|quarter|year|first-half|second-half|first-quarter|second-quarter|third-quarter|fourth-quarter|h1|h2|q[1-4])$", re.I)
_SCOPE_STOP = re.compile(r"[은는이가의도을를에와과로서며고다면한된할던게지요여]$|^(?:동안|기간|중|이후|이전|당시|모두|각각|전체|총|지난|올해|지난해|작년|내년|전년|지난달|이달|이번|상반기|하반기|첫|연간|분기|약|무려|약간)$")


@dataclass(slots=True)
class _Doc:
    """What the linker knows of one document, computed once."""

    text: str
    segments: Segments
    entities: EntityIndex
    metric_hits: list[tuple[int, int, str]]
    times: list[TimeRef]
    time_starts: list[int]
    marks: dict[int, tuple[bool, re.Match | None, bool]]
    mention_starts: list[int]
    metric_starts: list[int]

    def latin_before(self, position: int, s_start: int) -> bool:
        """Whether the 40 characters before a figure hold a Latin word (English phrasing)."""
        return _LATIN.search(self.text, max(s_start, position - 40), position) is not None


def link(extraction: Extraction, lexicon: Lexicon) -> ClaimSet:
    document = extraction.document
    text = document.text
    start = document.body_start
    segments = segment(text, start)
    entities = find_entities(text, lexicon, start)
    entities = resolve_anaphora(text, entities, find_anaphora(text, start), segments.paragraph_of)
    metric_hits = [(m.start(), m.end(), lexicon.metric_for(m.group(0))) for m in lexicon.metric_re.finditer(text, start)]
    times = extraction.times
    doc = _Doc(text, segments, entities, metric_hits, times, [t.start for t in times], {},
               [m.start for m in extraction.mentions if m.in_parens_of is None], [h[0] for h in metric_hits])
    line_starts = document.line_starts
    claims = [_base_claim(document.path, i, m, line_starts, text) for i, m in enumerate(extraction.mentions)]
    for claim, mention in zip(claims, extraction.mentions):
        _place(claim, mention, doc, lexicon)
        claim.published = document.published
        if not mention.written_currency:
            claim.guesses.append("currency")
        if document.published_assumed and claim.period and "period" not in claim.guesses:
            claim.guesses.append("period")  # resolved against an assumed publication date
    _relate(claims, extraction.mentions, doc)
    _inherit_conversions(claims, extraction.mentions)
    return ClaimSet(document=document, claims=claims, names=find_names(text, lexicon, start, segments, entities.outlets),
                    malformed=extraction.malformed)


def _base_claim(path: str, index: int, mention: Mention, line_starts: list[int], text: str) -> Claim:
    line = bisect.bisect_right(line_starts, mention.start)
    q = mention.quantity
    return Claim(
        id=f"{path}#{index}", path=path, start=mention.start, end=mention.end, line=line,
        column=mention.start - line_starts[line - 1] + 1, text=mention.text, kind=q.kind, value=q.value,
        low=q.low, high=q.high, low_open=q.low_open, high_open=q.high_open, unit=q.unit,
        qualifier=q.qualifier, step=q.step, counter=q.counter, ends=q.ends, range_kind=q.range_kind,
    )


def _place(claim: Claim, mention: Mention, doc: _Doc, lexicon: Lexicon) -> None:
    seg = doc.segments
    sentence = seg.sentence_of(mention.start)
    s_start, s_end = seg.sentence_bounds(sentence, len(doc.text))
    claim.sentence, claim.paragraph = sentence, seg.paragraph_of(mention.start)
    claim.furniture = seg.is_furniture(mention.start)
    forecast, superlative, forecast_noun = _sentence_marks(doc, sentence, s_start, s_end)
    claim.forecast = forecast or (forecast_noun and _beside_forecast_noun(doc.text, mention, s_start, s_end))
    _place_role(claim, mention, doc, s_start)
    _place_metric(claim, mention, doc, s_start, s_end, lexicon)
    _place_entities(claim, mention, doc, s_start, s_end, lexicon)
    _place_period(claim, mention, doc, s_start, s_end, lexicon)
    if superlative and claim.role in ("value", "change"):
        claim.superlative = _ranked(claim, superlative, doc, s_start)


def _sentence_marks(doc: _Doc, sentence: int, s_start: int, s_end: int) -> tuple[bool, re.Match | None, bool]:
    """(is a forecast, the superlative that ranks a claim, names a forecast): read once per sentence."""
    marks = doc.marks.get(sentence)
    if marks is None:
        text = doc.text[s_start:s_end]
        marks = doc.marks[sentence] = (bool(_FORECAST.search(text)), _SUPERLATIVE.search(doc.text, s_start, s_end),
                                       bool(_FORECAST_NOUN.search(text)))
    return marks


def _beside_forecast_noun(text: str, mention: Mention, s_start: int, s_end: int) -> bool:
    """`예상치(77조원)`, `전망치인 10조원`, `$28.7bn analysts had expected`, `a target of 8%`."""
    before = text[max(s_start, mention.start - 24):mention.start]
    after = text[mention.end:min(s_end, mention.end + 24)]
    if re.search(r"(?:예상치|전망치|추정치|목표치|컨센서스|목표|estimates?|consensus|forecasts?|targets?|guidance)\s?(?:\(|인|은|는|of|at|:)?\s*(?:약|about)?\s*$", before, re.I):
        return True
    wider = text[max(s_start, mention.start - 48):mention.start]
    if re.search(r"\b(?:had\s+)?(?:expected|estimated|forecast|projected|predicted)\s+(?:\w+\s+){0,4}(?:of|at|to\s+be)\s+(?:about\s+|around\s+)?$", wider, re.I):
        return True  # `Analysts had expected operating profit of $575m`
    return bool(re.match(r"\s*(?:\w+\s+){0,2}(?:had\s+)?(?:expected|forecast|estimated|projected)\b|\s?(?:로|으로)?\s?(?:예상|전망|추정)", after, re.I))


_CHANGE_NOUN_BEFORE = re.compile(r"(?:증가율|증가폭|상승률|상승폭|성장률|감소율|감소폭|하락률|growth|increase|rise)\S{0,2}\s*$", re.I)
_CHANGE_NOUN = re.compile(r"\s?(?:jump|increase|rise|gain|growth|surge|drop|decline|fall|증가|상승|성장|증가율|증가폭|감소)", re.I)


def _ranked(claim: Claim, superlative: re.Match, doc: _Doc, s_start: int) -> str | None:
    """`Mizuho posted the biggest jump`: the superlative ranks its subject's claims only,
    and only its change when it ranks a change (jump, 증가폭)."""
    ranks_change = (_CHANGE_NOUN.match(doc.text, superlative.end())
                    or _CHANGE_NOUN_BEFORE.search(doc.text, max(s_start, superlative.start() - 8), superlative.start()))
    if ranks_change and claim.role != "change":
        return None  # `증가율이 가장 낮았다`, `the biggest jump`: a rate of change is ranked, not a level
    subjects = [h for h in doc.entities.before(s_start, superlative.start()) if h.kind != "country"]
    if subjects and list(subjects[-1].ids) != claim.entities:
        return None
    return superlative.lastgroup


def _place_role(claim: Claim, mention: Mention, doc: _Doc, s_start: int) -> None:
    text = doc.text
    if mention.in_parens_of is not None:
        claim.role = "conversion"
        return
    after = text[mention.end: mention.end + 14]
    before = text[max(s_start, mention.start - 40):mention.start]
    # The English phrasings (`rose 50% to`, `from the previous quarter's`) need Latin letters before.
    latin = doc.latin_before(mention.start, s_start)
    particle = _LEVEL_PARTICLE.match(after.lstrip())
    verb = _CHANGE_VERB.match(after)
    verb_before = _CHANGE_VERB_BEFORE.search(before) if latin else None
    if claim.kind in ("percent", "pp", "multiple") and verb and not (particle and claim.kind != "multiple"):
        claim.role = "change"
        claim.direction = -1 if _FALLING.match(verb.group("verb")) else 1
    elif claim.kind in ("percent", "pp") and verb_before:
        claim.role = "change"  # `rose 50% to $23bn`
        claim.direction = -1 if _FALLING.match(verb_before.group("verb")) else 1
    elif claim.kind in ("money", "count") and verb and not particle:
        claim.role = "change"  # `4000억원 증가했다`: an absolute change
        claim.direction = -1 if _FALLING.match(verb.group("verb")) else 1
    elif claim.kind in ("money", "count") and verb_before and re.search(r"\bby\s+(?:about\s+)?$", before):
        claim.role = "change"  # `rose by $1.2bn`
        claim.direction = -1 if _FALLING.match(verb_before.group("verb")) else 1
    elif claim.kind in ("percent", "pp") and _COMPARISON_KO.search(text[max(s_start, mention.start - 12):mention.start]):
        claim.role = "change"
        claim.direction = 1
    elif claim.kind == "multiple":
        claim.role = "change"
        claim.direction = 1
    elif claim.kind in ("percent", "fraction"):
        claim.role = "share"
    if claim.role == "change":
        claim.basis = _basis(doc, mention, s_start)
    possessive = _PRIOR_POSSESSIVE.search(before) if latin or "의" in before[-3:] else None
    if claim.role in ("value", "share") and possessive:
        claim.role = "prior"  # `from the previous quarter's $6.81bn`
        claim.basis = (possessive.group("unit") or "year").lower()
    elif claim.role in ("value", "share") and (_prior_marker_before(doc, mention.start, s_start)
                                  or (latin and _FROM_BEFORE.search(before) and _PRIOR_AFTER.match(text, mention.end))):
        claim.role = "prior"  # `전년 동기 310억 원`, `from $10bn a year earlier`
    elif claim.role in ("value", "share") and (_BASELINE_AFTER.match(text, mention.end) or (latin and "from" in before and (
            _TO_FROM.search(before) or _CHANGED_FROM.search(text[max(s_start, mention.start - 60):mention.start])))):
        claim.role = "baseline"  # `올해 본예산 656조 6000억원보다 3.2% 늘어난`: compared with, in its own period


def _basis(doc: _Doc, mention: Mention, s_start: int) -> str | None:
    """What a change is measured against: the nearest prior marker in its sentence."""
    s_end = doc.segments.sentence_bounds(doc.segments.sentence_of(mention.start), len(doc.text))[1]
    priors = [t for t in doc.times if t.role == "prior" and s_start <= t.start < s_end]
    if not priors:
        return None
    # Korean names the basis before the change (`전년 동기 대비 4%`), English often after it.
    before = [t for t in priors if t.end <= mention.start and mention.start - t.end <= 30]
    if before:
        return before[-1].shift
    return min(priors, key=lambda t: abs(t.start - mention.start)).shift


def _prior_marker_before(doc: _Doc, position: int, s_start: int) -> bool:
    """`전년 동기 310억 원`: a prior-period marker right before the value (no 대비 between)."""
    i = bisect.bisect_left(doc.time_starts, position) - 1
    while i >= 0 and doc.times[i].start >= s_start:
        ref = doc.times[i]
        between = doc.text[ref.end:position]
        if ref.role == "prior":
            if re.search(r"\b(?:to|at)\b|[으]?로\s*$", between):
                return False  # `more than doubled from a year earlier to 141.9 billion won`
            if ref.start - s_start <= 3 and not _COMPARISON.search(between):
                return True  # `A year earlier the carrier earned $540m on revenue of $4.95bn`
            return len(between) <= 16 and not _COMPARISON.search(between) and not re.search(r"\d", between)
        if ref.role == "point":
            return False
        i -= 1
    return False


def _place_metric(claim: Claim, mention: Mention, doc: _Doc, s_start: int, s_end: int, lexicon: Lexicon) -> None:
    lo, hi = bisect.bisect_left(doc.metric_starts, s_start), bisect.bisect_left(doc.metric_starts, s_end)
    hits = doc.metric_hits[lo:hi]
    chosen = _choose_metric(claim, mention, hits, lexicon, doc.text) if hits else None
    if chosen is None and claim.kind in ("money", "range", "count"):
        chosen = _metric_before(doc, s_start, claim.paragraph)
        if chosen is not None:
            claim.guesses.append("metric")
    if chosen is not None:
        _set_metric(claim, chosen, doc)


def _choose_metric(claim: Claim, mention: Mention, hits, lexicon: Lexicon, text: str):
    defs = lexicon.metrics
    percent_like = claim.kind in ("percent", "pp", "fraction") or claim.range_kind == "percent"
    if percent_like and claim.role == "share":
        rates = [h for h in hits if defs[h[2]].percent_only and h[1] <= mention.start]
        if rates:
            return rates[-1]
    usable = [h for h in hits if (percent_like or not defs[h[2]].percent_only) and _measures_fit(defs[h[2]].measures, claim)]
    right_after = [h for h in usable if mention.end <= h[0] <= mention.end + 6 and _PREDICATE_GAP.fullmatch(text[mention.end:h[0]])]
    before = [h for h in usable if h[1] <= mention.start]
    after = [h for h in usable if h[0] >= mention.end]
    if right_after and not percent_like:
        chosen = right_after[0]
    else:
        chosen = before[-1] if before else (after[0] if after else None)
    if chosen and defs[chosen[2]].generic:
        # `57억 원을 지출하며 설비 투자를 …`: the specific metric names what was spent.
        specific = [h for h in usable if not defs[h[2]].generic]
        chosen = specific[0] if specific else chosen
    return chosen


def _measures_fit(measures: str, claim: Claim) -> bool:
    kind = claim.range_kind if claim.kind == "range" else claim.kind
    if measures == "any" or claim.role == "change" and kind == "percent":
        return True
    return {"money": ("money",), "count": ("count", "measure"), "percent": ("percent", "pp", "fraction")}[measures].__contains__(kind)


def _metric_before(doc: _Doc, s_start: int, paragraph: int):
    """The metric of the previous sentence in the same paragraph (`기업별로는 …`)."""
    for hit in reversed(doc.metric_hits):
        if hit[1] <= s_start:
            return hit if doc.segments.paragraph_of(hit[0]) == paragraph else None
    return None


def _set_metric(claim: Claim, hit: tuple[int, int, str], doc: _Doc) -> None:
    claim.metric = hit[2]
    claim.scope = _scope_before(doc.text, hit[0])


def _scope_before(text: str, metric_start: int) -> str | None:
    """`클라우드 사업 매출`, `cloud revenue`: the words that narrow a metric to a segment."""
    window_start = max(0, metric_start - 16)
    words = text[window_start:metric_start].split()
    if window_start > 0 and words and not text[window_start - 1].isspace():
        words = words[1:]  # the window cut a word in two
    scope = []
    for word in reversed(words[-2:]):
        if (_SCOPE_STOP.search(word) or _SCOPE_STOP_EN.search(word) or (word[:1].isupper() and not word.isupper())
                or not any(ch.isalnum() for ch in word)
                or any(ch.isdigit() or ch in "()[]" for ch in word) or word[-1] in ".,;:?!\"'”’"):
            break
        scope.insert(0, word)
    return " ".join(scope) or None


def _place_entities(claim: Claim, mention: Mention, doc: _Doc, s_start: int, s_end: int, lexicon: Lexicon) -> None:
    hits = doc.entities.before(s_start, s_end)
    if any(h.kind != "country" for h in hits):
        # `중국의 거대 기술 기업들`: a country named beside a company is rarely the subject.
        hits = [h for h in hits if h.kind != "country"]
    before = [h for h in hits if h.end <= mention.start]
    chosen: EntityHit | None = before[-1] if before else None
    if chosen is None:
        after = [h for h in hits if h.start >= mention.end and h.topic]
        chosen = after[0] if after else None
    if chosen is None:
        chosen = _subject_before(doc, s_start, claim.paragraph)
        if chosen is not None:
            claim.guesses.append("entities")
    if chosen is None:
        return
    ids = list(chosen.ids)
    metric = lexicon.metrics.get(claim.metric or "")
    if metric is not None and metric.type == "event":
        # A deal has parties on both sides (`A는 B에 6억 달러를 투자했다`, `raised $1.1bn from C`).
        parties = [i for h in hits if h.kind in ("company", "org") for i in h.ids]
        ids = list(dict.fromkeys([*ids, *parties]))
    claim.entities = sorted(ids)
    if chosen.inferred and "entities" not in claim.guesses:
        claim.guesses.append("entities")


def _subject_before(doc: _Doc, s_start: int, paragraph: int) -> EntityHit | None:
    """The subject of an earlier sentence in this paragraph or the one before (a guess, marked so)."""
    earlier = [h for h in doc.entities.hits if h.end <= s_start and h.kind in ("company", "org")
               and paragraph - 1 <= doc.segments.paragraph_of(h.start) <= paragraph]
    return earlier[-1] if earlier else None


def _place_period(claim: Claim, mention: Mention, doc: _Doc, s_start: int, s_end: int, lexicon: Lexicon) -> None:
    metric = lexicon.metrics.get(claim.metric or "")
    event = metric is not None and metric.type == "event"
    lo, hi = bisect.bisect_left(doc.time_starts, s_start), bisect.bisect_left(doc.time_starts, s_end)
    refs = [t for t in doc.times[lo:hi] if t.period and t.role not in ("prior", "dateline")]
    if not event:
        refs = [t for t in refs if t.period.count("-") < 2]  # a report's dateline is not a period
    main = _nearest(refs, mention.end, doc.mention_starts)
    assumed = False
    if main is None:
        main = _period_before(doc, s_start, claim.paragraph, event)
        assumed = main is not None
    if main is None:
        return
    if claim.role == "prior":
        prior = _prior_ref_before(doc, mention.start, s_start)
        shift = claim.basis or (prior.shift if prior else "year")
        claim.period = previous_period(main.period, shift)
        claim.period_span = Span(start=prior.start, end=prior.end) if prior else None
    else:
        claim.period = main.period
        claim.period_span = Span(start=main.start, end=main.end)
    if assumed:
        claim.guesses.append("period")


def _nearest(refs: list[TimeRef], position: int, mention_starts: list[int] = ()) -> TimeRef | None:
    before = [t for t in refs if t.end <= position]
    if before:
        return before[-1]
    # A time named after the figure is its own only if no other figure comes between them
    # (`$6.5bn, more than double the $2.8bn valuation of its previous round last year`).
    def alone(ref: TimeRef) -> bool:
        i = bisect.bisect_left(mention_starts, position)
        return i >= len(mention_starts) or mention_starts[i] >= ref.start

    after = [t for t in refs if t.start >= position and alone(t)]
    return after[0] if after else None


def _period_before(doc: _Doc, s_start: int, paragraph: int, event: bool) -> TimeRef | None:
    """The last period named earlier in the paragraph, or in the paragraph before it."""
    for ref in reversed(doc.times):
        if ref.end > s_start or not ref.period or ref.role in ("prior", "dateline"):
            continue
        if doc.segments.paragraph_of(ref.start) < paragraph - 1:
            return None
        if event or ref.period.count("-") < 2:
            return ref
    return None


def _prior_ref_before(doc: _Doc, position: int, s_start: int) -> TimeRef | None:
    refs = [t for t in doc.times if s_start <= t.start and t.end <= position and t.role == "prior"]
    return refs[-1] if refs else None


def _relate(claims: list[Claim], mentions: list[Mention], doc: _Doc) -> None:
    """converts, change_of and compared_to, within a sentence (or, as a guess, the one before)."""
    by_sentence: dict[int, list[int]] = {}
    for i, claim in enumerate(claims):
        by_sentence.setdefault(claim.sentence, []).append(i)
    taken: set[tuple[int, str, str | None]] = set()
    for sentence, indices in by_sentence.items():
        for i in indices:
            claim, mention = claims[i], mentions[i]
            if mention.in_parens_of is not None:
                claim.converts = claims[mention.in_parens_of].id
            elif claim.role == "change":
                target = _changed_value(claims, indices, i, doc.text, taken)
                guessed = target is None
                if guessed and not _is_heading(doc, sentence - 1):
                    target = _value_before(claims, by_sentence.get(sentence - 1, []), claim)
                if target is not None:
                    _link_change(claims, claim, claims[target], indices)
                    # `fell 9% to $1.21bn …, helping offset a 6% rise in labor costs`: one value, one change
                    # of each kind and basis (`전년 동기보다 124.8%, 직전 분기보다 32.1%` are two bases).
                    taken.add((target, claim.kind, claim.basis))
                    if guessed:
                        claim.guesses = sorted(set(claim.guesses) | {"relation"})


_AMOUNT_KINDS = ("money", "count", "measure", "range")


def _value_candidates(claims: list[Claim], indices: list[int], change: Claim) -> list[int]:
    """What a change can be a change of: an amount (for %, 배 and absolute changes),
    or a rate (for %p, and for % when the sentence states no amount)."""
    amounts = [j for j in indices if claims[j].role == "value" and claims[j].kind in _AMOUNT_KINDS]
    rates = [j for j in indices if claims[j].role in ("value", "share") and claims[j].kind == "percent"]
    if change.kind in ("money", "count"):
        return [j for j in amounts if claims[j].unit == change.unit]
    if change.kind == "pp":
        return rates
    if change.kind == "percent":
        return amounts or rates
    return amounts


# `7% 증가한 57억 원`, `up 23% to ¥584.5bn`: the changed value follows the change.
_ATTRIBUTIVE = re.compile(
    r"\s*(?:(?:증가|감소|늘어|줄어|상승|하락|성장|급증|급감|확대|축소|개선|악화|뛰어|올라|내려|떨어)\S*|to|at)\s+"
    r"(?:a\s+record\s+|about\s+|around\s+|약\s)?"
    r"|[^.;]{0,40}\bto\s+(?:a\s+record\s+|about\s+)?",  # `tripled, up 120% to $30bn`
    re.I,
)


def _prefer(candidates: list[int], keep) -> list[int]:
    preferred = [j for j in candidates if keep(j)]
    return preferred or candidates


def _names_metric(claim: Claim) -> bool:
    return bool(claim.metric) and "metric" not in claim.guesses


def _changed_value(claims: list[Claim], indices: list[int], i: int, text: str,
                   taken: set[tuple[int, str, str | None]] = frozenset()) -> int | None:
    change = claims[i]
    values = [j for j in _value_candidates(claims, indices, change) if claims[j].forecast == change.forecast
              and (j, change.kind, change.basis) not in taken]
    # `매출은 … 17% 증가했고, 영업이익은 …`, `Kia's sales rose 12.4%`: the value it names, of whom it names.
    values = _prefer(values, lambda j: _names_metric(change) and claims[j].metric == change.metric)
    values = _prefer(values, lambda j: bool(change.entities) and claims[j].entities == change.entities
                     and "entities" not in change.guesses)
    after = [j for j in values if claims[j].start >= change.end]
    if after and _ATTRIBUTIVE.fullmatch(text[change.end:claims[after[0]].start]):
        return after[0]
    before = [j for j in values if claims[j].end <= change.start]
    return before[-1] if before else None


def _is_heading(doc: _Doc, sentence: int) -> bool:
    """A title or a Markdown heading sums the story up; the body's changes are not of its figures."""
    if sentence < 0:
        return True
    start = doc.segments.sentence_starts[sentence]
    line_start = doc.text.rfind("\n", 0, start) + 1
    line_end = doc.text.find("\n", start)
    line = doc.text[line_start: line_end if line_end >= 0 else len(doc.text)].rstrip()
    first_line = doc.segments.paragraph_of(start) == 0
    return line.startswith("#") or (first_line and not line.endswith((".", "다", "!", "?")))


def _value_before(claims: list[Claim], previous: list[int], change: Claim) -> int | None:
    """`It was up 14% from …`, `1년 새 9조원이 늘어난 것이다`: the value of the sentence before —
    only when the change names the same metric and segment, or names none and one value fits."""
    if not previous or change.paragraph - claims[previous[0]].paragraph > 1:
        return None
    values = [j for j in _value_candidates(claims, previous, change) if claims[j].forecast == change.forecast]
    if _names_metric(change):
        values = [j for j in values if claims[j].metric == change.metric and claims[j].scope == change.scope]
        return values[-1] if values else None
    return values[0] if len(values) == 1 else None


def _link_change(claims: list[Claim], change: Claim, value: Claim, indices: list[int]) -> None:
    change.change_of = value.id
    change.metric = change.metric or value.metric
    change.scope = change.scope or value.scope
    if value.entities:
        change.entities = value.entities
        change.guesses = sorted(set(change.guesses) | set(value.guesses))
    if value.period:
        change.period, change.period_span = value.period, value.period_span
    # The baseline is named in the change's own sentence.
    priors = [j for j in indices if claims[j].role in ("prior", "baseline") and claims[j].unit == value.unit
              and claims[j].forecast == change.forecast]
    priors = _prefer(priors, lambda j: _names_metric(change) and claims[j].metric == change.metric)
    if not priors:
        return
    if value.start > change.start and value.sentence == change.sentence:
        # `to $6.75tn from $6.13tn`: the baseline nearest the value that follows.
        baseline = min(priors, key=lambda j: abs(claims[j].start - value.end))
    else:
        # `전년 동기 7조원보다 124.8% 증가했고, 직전 분기 12조원과 비교해도 32.1%`: the one before the change.
        before = [j for j in priors if claims[j].end <= change.start]
        baseline = before[-1] if before else min(priors, key=lambda j: abs(claims[j].start - change.end))
    change.compared_to = claims[baseline].id
    change.basis = change.basis or claims[baseline].basis


def _inherit_conversions(claims: list[Claim], mentions: list[Mention]) -> None:
    """An equivalent in parentheses is the same fact in another currency."""
    for claim, mention in zip(claims, mentions):
        if mention.in_parens_of is None:
            continue
        head = claims[mention.in_parens_of]
        claim.entities, claim.metric, claim.scope = head.entities, head.metric, head.scope
        claim.period, claim.period_span = head.period, head.period_span
        claim.guesses = sorted(set(head.guesses) | ({"currency"} if "currency" in claim.guesses else set()))
        claim.forecast, claim.furniture = head.forecast, head.furniture
