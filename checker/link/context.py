"""Who, what and when: a figure's entities, metric (and segment) and period."""

from __future__ import annotations

import bisect
import functools
import re

from checker.extract.lang import ByLanguage, link_alternations, load_file
from checker.extract.units import ISO_CODES
from checker.link.entities import EntityHit, slug
from checker.link.lexicon import Lexicon
from checker.link.view import ArticleView, MetricHit
from checker.models import Claim, Mention, Span, TimeRef
from checker.periods import Period
from checker.regex_cache import compile_exact, compile_re, first_test
from checker.regex_needs import may_match_between

# `순이익은 12억원`: a metric, its topic particle, the figure
# a comma, then a word joining a coordinated clause (`[link.clause_joiners]`: `…, and pre-tax profit to`)
_JOINED_CLAUSE = ByLanguage(lambda w: rf",\s+(?:{w.clause_joiners})\s", re.I, first_tested=False)
_TOPIC_GAP = ByLanguage(lambda w: rf"(?:{w.topic_particles})\s")
# `6억 달러를 투자했다`: a metric right after the amount is its predicate.
_SEGMENT = ByLanguage(
    lambda w: (
        rf"(?:{w.script_letters}|{w.chars('capital_letters', 'small_letters')})+\s?(?:{w.segment_suffixes})"
        rf"|\b\w+\s(?:{w.segment_nouns})\b"
    ),
    re.I,
)
_PREDICATE_GAP = ByLanguage(
    lambda w: (
        rf"\s?(?:{w.predicate_particles})?\s?|\s(?:{w.predicate_prepositions})\s"
        # `1500억원에 가까운 영업이익`: a word of nearness or reach between the figure and the metric it modifies
        rf"|(?:{w.predicate_modifiers})\s"
    ),
    re.I,
)
# Words that end a metric's scope, read backwards from the metric (a particle, a verb, a period word).
_SCOPE_STOP = ByLanguage(lambda w: rf"(?:{w.scope_stop_endings})$|^(?:{w.scope_stop_words})$", re.I)
# `net profit (attributable to the owners of the company)`: bracketed words right after a metric that narrow it.
_QUALIFIED_AFTER = ByLanguage(lambda w: rf"\s?\(\s?(?P<scope>(?:{w.metric_qualifiers_after})\b[^()\d]{{0,60}})\)", re.I)


# A coordinated clause that opens with a subject of its own (`…, and order intake nearly doubled to`, `…늘었고,
# 신규 수주는`): a figure after it is not of the metric named in the clause before. A pronoun or a word that refers
# back (`and it rose`, `and the total grew`) keeps the earlier subject; a time word is no subject (`지난해는`).
_OWN_SUBJECT_VERBS = "{w.subject_verbs}|{w.rise_verbs_before}|{w.fall_verbs_before}|{w.multiple_verbs}"
_OWN_SUBJECT_OPENS = ByLanguage(
    lambda w: (
        rf",\s+(?:{w.clause_joiners})\s+(?!(?:{w.anaphoric_subjects})\b)"
        rf"(?:(?!(?:{_OWN_SUBJECT_VERBS.format(w=w)}|{w.hedges})\b)[^\W\d_]+\s+){{1,3}}"
        rf"(?:(?:{w.hedges})\s+)?(?:{_OWN_SUBJECT_VERBS.format(w=w)})\b"
        rf"|(?:{w.connective_endings}),\s+(?:[^\W\d_]+\s+){{0,2}}(?!(?:{w.scope_stop_words})(?:{w.clause_topic_particles}))"
        rf"[^\W\d_]+?(?:{w.clause_topic_particles})\s"
    ),
    re.I,
)


def opens_own_subject_between(doc: ArticleView, start: int, end: int) -> bool:
    """A coordinated clause with a subject of its own opens between `start` and `end` (found once per article)."""
    opens = doc.own_subject_opens
    if opens is None:
        opens = doc.own_subject_opens = [m.start() for m in _OWN_SUBJECT_OPENS[doc.language].finditer(doc.text)]
    k = bisect.bisect_left(opens, start)
    return k < len(opens) and opens[k] < end


# between a metric's noun and a later figure: a figure `의` names as the base of a multiple (`인구 2만 명의 세 배를
# 넘는`): the noun names that base, what the sentence measures against; the figures after are the elided level's
_BASE_OF_A_MULTIPLE_BETWEEN = ByLanguage(
    lambda w: rf"\d[^\s(),]*(?:\s?[^\W\d_]{{1,3}})?\)?(?:{w.multiple_of_before})\s?(?:{w.multiple_passed_after})"
)

_BASE_REACH = 120  # characters before a figure searched for a base between it and its metric (a bounded window)


def place_metric(claim: Claim, mention: Mention, doc: ArticleView, s_start: int, s_end: int, lexicon: Lexicon) -> None:
    lo, hi = bisect.bisect_left(doc.metric_starts, s_start), bisect.bisect_left(doc.metric_starts, s_end)
    chosen = _choose_metric(claim, mention, doc, lo, hi, lexicon) if lo < hi else None
    if chosen is not None and chosen.end <= mention.start and opens_own_subject_between(doc, chosen.end, mention.start):
        return  # the metric was named in the clause before, and this clause has a subject of its own
    if (
        chosen is not None
        and chosen.end <= mention.start
        and _base_of_a_multiple_between(doc, max(chosen.end, mention.start - _BASE_REACH), mention.start)
    ):
        return  # the metric names the base of a multiple stated before the figure, not the figure
    if chosen is None and claim.kind in ("money", "range", "count"):
        chosen = _metric_before(doc, s_start, claim.paragraph)
        if chosen is not None:
            claim.guesses.append("metric")
    if chosen is not None:
        _set_metric(claim, chosen, doc)


def _base_of_a_multiple_between(doc: ArticleView, start: int, end: int) -> bool:
    """(searched per figure: behind a test of the characters it needs, which most stretches lack)"""
    base = _BASE_OF_A_MULTIPLE_BETWEEN[doc.language]
    return may_match_between(base, doc.text, start, end) and base.search(doc.text, start, end) is not None


def _choose_metric(claim: Claim, mention: Mention, doc: ArticleView, lo: int, hi: int, lexicon: Lexicon):
    """Among the sentence's metric hits (`doc.metric_hits[lo:hi]`): the one right after the figure (its
    predicate), else the last before it, else the first after it; a generic one gives way to a specific one."""
    defs = lexicon.metrics
    percent_like = claim.kind in ("percent", "pp", "fraction") or claim.range_kind == "percent"
    if percent_like and claim.role == "share":
        rates = [h for h in doc.metric_hits[lo:hi] if defs[h.metric].percent_only and h.end <= mention.start]
        if rates:
            return rates[-1]
    kind = claim.range_kind if claim.kind == "range" else claim.kind
    key = (lo, hi, percent_like, kind, claim.role == "change")
    found = doc.usable_metrics.get(key)
    if found is None:
        hits = doc.metric_hits[lo:hi]
        # tested once per kind of measures (a handful), not once per hit
        fits = {m: _measures_fit(m, claim) for m in {defs[h.metric].measures for h in hits}}
        usable = [
            h for h in hits if (percent_like or not defs[h.metric].percent_only) and fits[defs[h.metric].measures]
        ]
        specific = next((h for h in usable if not defs[h.metric].generic), None)
        # Hits are matches of one expression, in order and apart: their starts and their ends are sorted.
        found = doc.usable_metrics[key] = (usable, [h.start for h in usable], [h.end for h in usable], specific)
    usable, starts, ends, specific = found
    text, gap = doc.text, _PREDICATE_GAP[doc.language]
    chosen = None
    if claim.counter and kind == "count" and _modified_noun(mention.text):
        # `400,000 new jobs`: a metric named by the count's modified noun, inside its span, is what it counts
        # (a bare counter, `350 seats`, names no metric of its own: a seat count may be a level or a whole)
        k = bisect.bisect_left(starts, mention.start)
        inside = [h for h in usable[k:] if h.end <= mention.end]
        if inside:
            return specific if defs[inside[-1].metric].generic and specific else inside[-1]
    if not percent_like:
        before = bisect.bisect_right(ends, mention.start)
        if before and _TOPIC_GAP[doc.language].fullmatch(text, ends[before - 1], mention.start):
            # `순이익은 12억원으로 매출 대비 …`: the topic the figure is stated of, right before it, is its metric;
            # a metric after it opens the next clause
            chosen = usable[before - 1]
            return specific if defs[chosen.metric].generic and specific else chosen
        k = bisect.bisect_left(starts, mention.end)
        chosen = next(
            (h for h in usable[k:] if h.start > mention.end + 6 or gap.fullmatch(text[mention.end : h.start])), None
        )
        if (
            chosen is not None
            and chosen.start > mention.end + 6
            and not gap.fullmatch(text[mention.end : chosen.start])
        ):
            chosen = None  # the predicate is right after the figure (`6억 달러를 투자했다`, `…에 육박하는 매출`)
    if chosen is None:
        before = bisect.bisect_right(ends, mention.start)
        after = bisect.bisect_left(starts, mention.end)
        chosen = usable[before - 1] if before else (usable[after] if after < len(usable) else None)
        if not before and chosen is not None and _JOINED_CLAUSE[doc.language].search(text, mention.end, chosen.start):
            # `Fees grew 8% to $5.4m, and pre-tax profit to $1.5m`: the first metric after the figure opens the
            # coordinated clause after it, and is that clause's, not the figure's
            chosen = None
    if chosen and defs[chosen.metric].generic:
        # `57억 원을 지출하며 설비 투자를 …`: the specific metric names what was spent.
        chosen = specific or chosen
    return chosen


def _modified_noun(written: str) -> bool:
    """`400,000 new jobs`, `412 confirmed cases`: a word between the number and its counted noun."""
    words = written.rsplit(None, 2)
    return len(words) == 3 and not any(character.isdigit() for character in words[1])


def _measures_fit(measures: str, claim: Claim) -> bool:
    kind = claim.range_kind if claim.kind == "range" else claim.kind
    if measures == "any" or claim.role == "change" and kind == "percent":
        return True
    fitting = {"money": ("money",), "count": ("count", "measure"), "percent": ("percent", "pp", "fraction")}
    return kind in fitting[measures]


def _metric_before(doc: ArticleView, s_start: int, paragraph: int):
    """The metric of the previous sentence in the same paragraph (`기업별로는 …`)."""
    # From the last hit starting by s_start back (a hit that starts later ends later): not every hit.
    for i in range(bisect.bisect_right(doc.metric_starts, s_start) - 1, -1, -1):
        hit = doc.metric_hits[i]
        if hit.end <= s_start:
            return hit if doc.segments.paragraph_of(hit.start) == paragraph else None
    return None


def _set_metric(claim: Claim, hit: MetricHit, doc: ArticleView) -> None:
    claim.metric = hit.metric
    if hit.start not in doc.scopes:  # read once per hit: the figures of a sentence share a few
        qualified = _QUALIFIED_AFTER[doc.language].match(doc.text, hit.end)
        doc.scopes[hit.start] = qualified.group("scope").strip() if qualified else _scope_before(doc, hit.start)
    claim.scope = doc.scopes[hit.start]


def _scope_before(doc: ArticleView, metric_start: int) -> str | None:
    """`클라우드 사업 매출`, `cloud revenue`, `Mac sales`: the words that narrow a metric to a segment
    (a company's name is who, not a segment)."""
    text = doc.text
    window_start = max(0, metric_start - 16)
    words = text[window_start:metric_start].split()
    if window_start > 0 and words and not text[window_start - 1].isspace():
        words = words[1:]  # the window cut a word in two
    scope = []
    named = doc.entities.before(window_start, metric_start)
    for word in reversed(words[-2:]):
        if (
            _SCOPE_STOP[doc.language].search(word)
            or _is_name(word, named, text)
            or not any(ch.isalnum() for ch in word)
            or any(ch.isdigit() or ch in "()[]" for ch in word)
            or word[-1] in ".,;:?!\"'”’"
        ):
            break
        scope.insert(0, word)
    if scope:
        return " ".join(scope)
    # `DS부문의 3분기 영업이익`, `the chip division's operating profit`: a segment named earlier in the clause.
    segment = None
    if not may_match_between(_SEGMENT[doc.language], text, max(0, metric_start - 30), metric_start):
        return None  # (read per metric named: most names follow no segment's word)
    for segment in _SEGMENT[doc.language].finditer(text, max(0, metric_start - 30), metric_start):  # noqa: B007 — the last one
        pass
    return segment.group(0).strip() if segment else None


def _is_name(word: str, named, text: str) -> bool:
    return any(word in text[h.start : h.end] or text[h.start : h.end] in word for h in named)


def place_entities(
    claim: Claim, mention: Mention, doc: ArticleView, s_start: int, s_end: int, lexicon: Lexicon
) -> None:
    hits = doc.sentence_subjects.get(s_start)
    if hits is None:  # (once per sentence: its figures share them; the list is read, never changed)
        hits = [h for h in doc.entities.before(s_start, s_end) if h.kind != "place" or _place_is_subject(h, doc)]
        if any(h.kind != "country" for h in hits):
            # `중국의 거대 기술 기업들`: a country named beside a company is rarely the subject.
            hits = [h for h in hits if h.kind != "country"]
        doc.sentence_subjects[s_start] = hits
    before = [h for h in hits if h.end <= mention.start]
    item = _list_item_start(doc.text, s_start, mention.start, doc.language)
    if item is not None:
        # `△A 123석 △B 122석`: each item of a run-in list has its own subject; one it does not name is unknown.
        before = [h for h in before if h.start >= item]
        if not before:
            return
    chosen: EntityHit | None = before[-1] if before else None
    named = _unknown_subject(doc, s_start, mention.start, lexicon) if doc.latin_before(mention.start, s_start) else None
    if named is not None and (chosen is None or named.start >= chosen.end):
        # `Orion Air had a market share of 5 per cent`: a name the lexicon does not know is the subject.
        chosen = named
    if chosen is not None and _LIST_ITEM_EN[doc.language].search(doc.text, chosen.end, mention.start):
        return  # `Hanbit 41 per cent, followed by Orion 12 per cent`: another item's name stands between
    if chosen is None:
        after = [h for h in hits if h.start >= mention.end and h.topic]
        chosen = after[0] if after else None
    if chosen is None:
        chosen = _subject_before(doc, s_start, claim.paragraph)
        if chosen is None and _states_its_fact(claim, doc, s_start, s_end):
            chosen = _lead_subject(doc, s_start)
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


# Between a place and the metric it narrows: words that end in no particle (`서울 아파트 중위가격`).
_ENDS_IN_PARTICLE = ByLanguage(lambda w: rf"(?:{w.phrase_particles})$")


def _place_is_subject(hit: EntityHit, doc: ArticleView) -> bool:
    """A place is what a figure is about when it is the clause's topic (`경기도는 …`) or narrows the
    metric right after it (`서울 아파트 중위가격`); a place named in passing (`서울 본사에서`) is not."""
    if hit.topic:
        return True
    i = bisect.bisect_left(doc.metric_starts, hit.end)
    if i >= len(doc.metric_starts) or doc.metric_starts[i] - hit.end > 16:
        return False
    words = doc.text[hit.end : doc.metric_starts[i]].split()
    ends_in_particle = _ENDS_IN_PARTICLE[doc.language]
    return len(words) <= 3 and all(w.isalpha() and not ends_in_particle.search(w) for w in words)


# An English clause's subject that the lexicon does not know: a capitalized name (after any
# descriptors, `Korea's newest carrier Orion Air`), then its verb or `'s` and a noun or two.
_NAMED_SUBJECT = ByLanguage(
    lambda w: (
        rf"(?<![\w&'’-])(?P<name>{w.name_start_letters}[\w&'’-]*"
        rf"(?:\s+(?:{w.name_start_letters}[\w&'’-]*|{w.name_joiners})){{0,3}})"
        rf"(?:['’]s(?:\s+{w.small_letters}[\w-]*){{1,3}})?\s+(?:{w.subject_verbs})\b"
    )
)
_NOT_A_NAME = ByLanguage(lambda w: rf"(?:{w.capitalized_non_names})")


def _unknown_subject(doc: ArticleView, s_start: int, position: int, lexicon: Lexicon) -> EntityHit | None:
    """The last name a clause before the figure makes its subject, when the lexicon does not know it."""
    clause_start = max(s_start, doc.text.rfind(";", s_start, position) + 1)
    found = None
    for match in _NAMED_SUBJECT[doc.language].finditer(doc.text, clause_start, position):
        found = match
    if found is None:
        return None
    words = found.group("name").split()
    not_a_name = _NOT_A_NAME[doc.language]
    while words and not_a_name.fullmatch(words[0]):
        words = words[1:]
    name = " ".join(words)
    if not name or lexicon.metric_for(name) or lexicon.entity_for(name) is not None:
        return None
    start = found.start("name") + found.group("name").index(name)
    return EntityHit(start, start + len(name), (slug(name),), "company")


_NAME_MARKS = "&'’-"  # inside a name: `AT&T`, `Macy's`, `Rolls-Royce`


def _name(w) -> str:
    """Capitalized words, one name (`Vistara`, `Air India Express`, `AT&T`)."""
    word = rf"{w.name_start_letters}{w.chars('capital_letters', 'small_letters', marks=_NAME_MARKS)}+"
    return rf"{word}(?:\s+{word})*"


# An English run-in list: a comma (or `followed by`) and a capitalized name before the next figure.
_LIST_ITEM_EN = ByLanguage(
    lambda w: (
        rf"(?:{w.item_joiners})\s+(?:(?:{w.and_words})\s+)?(?!(?:{w.capitalized_non_names})\b)"
        rf"{_name(w)}\s+(?:{w.item_verbs})?\s*$|"
        rf"(?:{w.item_joiners})\s+(?:(?:{w.and_words})\s+)?{_name(w)}\s*\(|"
        # `… and Vistara was third with 9 per cent`: another name is the subject of the clause
        rf"\b(?:{w.clause_joiners})\s+{_name(w)}\s+"
        rf"(?:{w.subject_verbs})\b"
    )
)
# A run-in list's item marker; `▲2,300` (a rise) is an arrow, not an item.
_LIST_ITEM = ByLanguage(lambda w: rf"(?:{w.list_item_marks})(?!\s?[\d.,+-])")


def _list_item_start(text: str, s_start: int, position: int, lang: str) -> int | None:
    last = None
    if not may_match_between(_LIST_ITEM[lang], text, s_start, position):
        return None  # (read per figure: most sentences hold no list mark)
    for last in _LIST_ITEM[lang].finditer(text, s_start, position):  # noqa: B007 — the last one
        pass
    return last.start() if last else None


def _states_its_fact(claim: Claim, doc: ArticleView, s_start: int, s_end: int) -> bool:
    """A figure whose sentence names its metric and its period (`"2분기 매출 2조 6150억원은 …"`)."""
    lo, hi = bisect.bisect_left(doc.time_starts, s_start), bisect.bisect_left(doc.time_starts, s_end)
    return (
        bool(claim.metric)
        and "metric" not in claim.guesses
        and any(t.period and t.role == "point" for t in doc.times[lo:hi])
    )


def _lead_subject(doc: ArticleView, s_start: int) -> EntityHit | None:
    """An article about one company names it in its lead and later often doesn't: when every
    company named before this sentence is that one, it is the subject (a guess)."""
    named = [h for h in doc.entities.hits if h.end <= s_start and h.kind == "company"]
    if named and len({h.ids for h in named}) == 1 and len(named[0].ids) == 1:
        return named[0]
    return None


def _subject_before(doc: ArticleView, s_start: int, paragraph: int) -> EntityHit | None:
    """The subject of an earlier sentence in this paragraph or the one before (a guess, marked so)."""
    # Only the hits from the start of the paragraph before (a bisection), not every hit of the article.
    first = doc.segments.paragraph_starts[paragraph - 1] if paragraph >= 1 else 0
    earlier = [
        h
        for h in doc.entities.before(first, s_start)
        if h.kind in ("company", "org") and paragraph - 1 <= doc.segments.paragraph_of(h.start) <= paragraph
    ]
    return earlier[-1] if earlier else None


def place_period(claim: Claim, mention: Mention, doc: ArticleView, s_start: int, s_end: int, lexicon: Lexicon) -> None:
    metric = lexicon.metrics.get(claim.metric or "")
    event = metric is not None and metric.type == "event"
    lo, hi = bisect.bisect_left(doc.time_starts, s_start), bisect.bisect_left(doc.time_starts, s_end)
    refs = doc.figure_times.get((lo, hi, event))
    if refs is None:  # (once per sentence and kind of metric; the lists below are new, this one is not changed)
        refs = [t for t in doc.times[lo:hi] if t.period and t.role not in ("prior", "dateline")]
        if not event:
            refs = [t for t in refs if not t.period.is_day]  # a report's dateline is not a period
        doc.figure_times[(lo, hi, event)] = refs
    labels = _baseline_labels(doc, lo, hi, s_start)
    own = next((t for t in refs if labels.get(t.start) == mention.start), None)
    if own is None:  # `124,000 in October last year and 131,000 in September`: each its own time
        own = next(
            (
                t
                for t in refs
                if t.start >= mention.end and _FIGURE_TO_LABEL[doc.language].fullmatch(doc.text, mention.end, t.start)
            ),
            None,
        )
    if own is None and labels:
        refs = [t for t in refs if t.start not in labels]  # another figure's label, not this one's
    main = own or _nearest(refs, mention.end, doc.mention_starts, doc.text)
    if own is None and main is not None and main.end <= mention.start:
        main = _own_clause_time_after(refs, main, mention, doc) or main
    assumed = False
    if main is None:
        main = _period_before(doc, s_start, claim.paragraph, event, metric is not None and metric.type == "flow")
        assumed = main is not None
    if main is None:
        return
    elapsed_re, counts = _elapsed(doc.language)
    if (
        main.end <= mention.start
        # (searched per figure: behind a test of the characters it needs, which most stretches lack)
        and may_match_between(elapsed_re, doc.text, main.end, mention.start)
        and (elapsed := elapsed_re.search(doc.text, main.end, mention.start))
    ):
        # `지난해 9월 2억원을 넘긴 뒤 8개월 만에 4억원을 돌파했다`: the figure is of a later period.
        written = elapsed.group("n").lower()
        amount = int(written) if written.isdigit() else int(counts[written])
        years = amount if elapsed.group("years") else 0
        months = amount if elapsed.group("months") else 0
        later = main.period.after(years, months) if years or months else None
        if later is not None and claim.role != "prior":
            claim.period, claim.period_span = later, Span(start=elapsed.start(), end=elapsed.end())
            claim.guesses.append("period")
        return
    if claim.role != "prior" and (
        _CUMULATIVE[doc.language].search(doc.text, s_start, mention.start)
        or (assumed and _same_period_as_a_year_so_far(doc, main, s_start, mention.start))
    ):
        # `3분기 영업이익 2조원 … 누적으로는 5조원`: the year so far, not the quarter.
        claim.period = main.period.year_to_date()
        if claim.period is not None and claim.period.grain == "year":
            # `3분기까지 누적 … 올해 누적으로는 30%`: the year so far runs to the last part of the year stated before
            claim.period = _year_so_far(doc, claim.period, main.start) or claim.period
        claim.period_span = _span_of(doc, main) if claim.period else None
        return
    if claim.role == "prior" and own is None:
        prior = _prior_ref_before(doc, mention.start, s_start)
        shift = claim.basis or (prior.shift if prior else "year")
        claim.period = main.period.previous(shift)
        claim.period_span = _span_of(doc, prior) if prior else None
    else:
        claim.period = main.period
        claim.period_span = _span_of(doc, main)
    if assumed:
        claim.guesses.append("period")


def _span_of(doc: ArticleView, ref: TimeRef) -> Span:
    """The time's span as a `period_span`: one frozen object for every figure the time dates."""
    key = (ref.start, ref.end)
    span = doc.time_spans.get(key)
    if span is None:
        span = doc.time_spans[key] = Span(start=ref.start, end=ref.end)
    return span


_TIME_CLAUSE_BREAK = ByLanguage(lambda w: rf"(?:{w.time_clause_breaks})", re.I)
_OWN_CLAUSE_REACH = 40  # characters after a figure where a time of its own clause may stand


def _own_clause_time_after(refs: list[TimeRef], before: TimeRef, mention: Mention, doc: ArticleView) -> TimeRef | None:
    """`Last year the club sold 20,000 tickets, so sales rose by 2,500 this year`: the time before the figure is of an
    earlier clause (a break between, `[link.time_clause_breaks]`); one after it in its own clause, within a few words,
    no break between, dates it."""
    text, lang = doc.text, doc.language
    if not _TIME_CLAUSE_BREAK[lang].search(text, before.end, mention.start):
        return None
    for t in refs:
        if mention.end <= t.start <= mention.end + _OWN_CLAUSE_REACH:
            between = text[mention.end : t.start]
            if not _TIME_CLAUSE_BREAK[lang].search(between) and not re.search(r"[.!?\n]", between):
                return t
    return None


def _nearest(refs: list[TimeRef], position: int, mention_starts: list[int] = (), text: str = "") -> TimeRef | None:
    before = [t for t in refs if t.end <= position]
    if before:
        return before[-1]

    # A time named after the figure is its own only if no other figure comes between them
    # (`$6.5bn, more than double the $2.8bn valuation of its previous round last year`), and if it
    # does not label a figure of its own in parentheses (`4억2000만원으로 지난달(4억원)`).
    def alone(ref: TimeRef) -> bool:
        i = bisect.bisect_left(mention_starts, position)
        return i >= len(mention_starts) or mention_starts[i] >= ref.start

    def labels_parenthesis(ref: TimeRef) -> bool:
        opened = _LABELLED_PARENTHESIS.match(text, ref.end)
        if opened is None:
            return False
        i = bisect.bisect_left(mention_starts, opened.end())
        return i < len(mention_starts) and mention_starts[i] == opened.end()

    # … nor if a quotation mark stands between them: the time is another utterance's (`“… 3.6조원은 …”이라며
    # “내년에는 …”`), or the figure is quoted and the time the narrator's.
    after = [
        t
        for t in refs
        if t.start >= position
        and alone(t)
        and not labels_parenthesis(t)
        and not _QUOTE_MARK.search(text, position, t.start)
    ]
    return after[0] if after else None


@functools.cache
def _elapsed(code: str) -> tuple[re.Pattern[str], dict[str, int]]:
    """An elapsed time between a dated figure and a later one (`8개월 만에`, `3년 뒤`, `two years
    later`), with the language's number words (`석 달`, `two years`) and what each is worth."""
    counts: dict[str, int] = {}
    own = load_file(code)
    for data in [own, *(load_file(other) for other in (own.also if own else []))]:
        if data is not None:
            counts.update({k.lower(): v for k, v in data.native_numbers.units.items()})
            counts.update({k.lower(): v for k, v in data.number_words.words.items() if " " not in k})
    words = "|".join(sorted(map(re.escape, counts), key=len, reverse=True)) or "(?!)"
    w = link_alternations(code)
    built = (
        rf"(?<![^\W\d_])(?P<n>\d+|{words})\s?(?:(?P<years>{w.elapsed_years})|(?P<months>{w.elapsed_months})"
        rf"|{w.elapsed_other_units})\s?(?:{w.elapsed_after})"
    )
    # (searched between two figures: behind a test of its first character, the number words are not
    # tried one by one at every place)
    return compile_re(first_test(built, re.I) + built, re.I), counts


# A time that labels the figure a change or a comparison starts from: after the word that opens the
# baseline and right before its figure (`from last year's 4 million`), before a figure the baseline
# particle follows (`지난해 5조원보다`, `지난해 5조원에서`), or after the baseline figure (`from $5bn in 2019`).
_OPENS_BASELINE = ByLanguage(
    lambda w: rf"(?:{w.from_words}|{w.compared_words}|{w.than_words})\s+(?:(?:{w.definite_articles})\s+)?$", re.I
)
_LABEL_TO_FIGURE = ByLanguage(
    lambda w: (
        rf"(?:{w.time_possessives})(?:\s+{w.chars('small_letters', marks='-')}+){{1,2}}"
        rf"\s+(?:{w.possessed_noun_links})\s"
        rf"|(?:{w.time_possessives})?\s?\(?"
    )
)  # `last year's 4 million`, `last year's net loss of $9bn`, `지난해 5조원`, `2분기(520억원)와 비교하면`
# (`지난해 3분기 48억원의 두 배로 늘었다`: the figure a level grew to a multiple of is compared with, as after `에서`)
_CLOSES_BASELINE = ByLanguage(
    lambda w: rf"\)?\s?(?:{w.compared_after}|{w.from_after}|(?:{w.multiple_of_before})\s?(?:{w.multiple_to_after}))"
)
# (the time may hold its preposition: `in 2019` is one time expression)
_FIGURE_TO_LABEL = ByLanguage(lambda w: rf"\s(?:(?:{w.figure_time_prepositions})\s)?")


def _baseline_labels(doc: ArticleView, lo: int, hi: int, s_start: int) -> dict[int, int]:
    """{time start: figure start} for the times of a sentence that label the figure compared with."""
    found = doc.baseline_labels.get(s_start)
    if found is not None:
        return found
    found = {}
    text, lang, starts = doc.text, doc.language, doc.mention_starts
    for ref in doc.times[lo:hi]:
        if not ref.period or ref.role not in ("point", "relative"):
            continue
        i = bisect.bisect_left(starts, ref.end)
        after = starts[i] if i < len(starts) else None
        if after is not None and _LABEL_TO_FIGURE[lang].fullmatch(text, ref.end, after):
            end = doc.mention_ends.get(after, after)
            if _OPENS_BASELINE[lang].search(text, max(s_start, ref.start - 30), ref.start) or _CLOSES_BASELINE[
                lang
            ].match(text, end):
                found[ref.start] = after
                continue
        before = starts[i - 1] if i > 0 else None
        end = doc.mention_ends.get(before) if before is not None else None
        if (
            end is not None
            and _FIGURE_TO_LABEL[lang].fullmatch(text, end, ref.start)
            and _OPENS_BASELINE[lang].search(text, max(s_start, before - 30), before)
        ):
            found[ref.start] = before
    doc.baseline_labels[s_start] = found
    return found


def date_relative_baselines(claims: list[Claim], doc: ArticleView) -> None:
    """`2분기 매출 7조원 … 지난해 5조원보다`, `first-half revenue … from last year's $4bn`: a figure compared
    with, labelled by a relative year (`지난해`, `last year`), is of the same part of that year as the
    figure it is compared with."""
    by_id = {c.id: c for c in claims}
    relative = {t.start for t in doc.times if t.role in ("point", "relative") and not t.explicit_year}
    pairs = [(by_id.get(c.change_of or ""), by_id.get(c.compared_to or "")) for c in claims]
    # With no change between them (`$7bn, compared to last year's loss of $9bn`): the sentence's first
    # value and the figure its time labels.
    first_value: dict[int, Claim] = {}
    for claim in claims:
        if claim.role == "value" and claim.period is not None and "period" not in claim.guesses:
            first_value.setdefault(claim.sentence, claim)
    labelled = {start for labels in doc.baseline_labels.values() for start in labels.values()}
    pairs += [(first_value.get(c.sentence), c) for c in claims if c.start in labelled]
    for value, baseline in pairs:
        if value is None or baseline is None or baseline.period is None or value.period is None:
            continue
        span = baseline.period_span
        if span is None or span.start not in relative or baseline.period.grain != "year":
            continue
        if value.period.grain != "year" and value.period.year == baseline.period.year + 1:
            baseline.period = value.period.previous("year")


def _year_so_far(doc: ArticleView, year: Period, position: int) -> Period | None:
    """The year so far as the article last stated a part of that year before `position` (`3분기까지` →
    the first nine months); None when it stated none, or the year is over (its fourth quarter, H2)."""
    for i in range(bisect.bisect_left(doc.time_starts, position) - 1, -1, -1):
        ref = doc.times[i]
        if ref.role in ("prior", "dateline") or ref.period is None or ref.period.year != year.year:
            continue
        if ref.period.grain in ("quarter", "half", "nine_months"):
            so_far = ref.period.year_to_date()
            return so_far if so_far is not None and so_far.grain != "year" else None
    return None


# A figure for the year so far (a time extractor's own `1~3분기 누적` already names its period).
_CUMULATIVE = ByLanguage(lambda w: rf"{w.cumulative_marks}", re.I)
_SAME_PERIOD = ByLanguage(lambda w: rf"(?:{w.same_period_openers})")
_PRIOR_YEAR_BEFORE = ByLanguage(lambda w: rf"(?:{w.prior_year_openers})\s*$", re.I)
_PRIOR_REACH = 12  # characters before the same-period mark where a year before would name it a prior's


def _same_period_as_a_year_so_far(doc: ArticleView, main: TimeRef, s_start: int, mention_start: int) -> bool:
    """`3분기 누적 매출이 …였다. 같은 기간 영업이익은 …`, `Year-to-date revenue for the third quarter was $9m.
    Over the same period, profit was $1m`: a figure after the same period named again
    (`[link.same_period_openers]`, not the year before's: `지난해 같은 기간`) in a sentence dated by the time of a
    sentence before is of the year so far when that sentence marks a money figure so after the time (`누적 매출`):
    not a count since the launch (`Cumulative downloads passed 3 million`), nor a mark in a later sentence."""
    if main.end > s_start or not _marks_money_so_far(doc, main):
        return False
    found = _SAME_PERIOD[doc.language].search(doc.text, s_start, mention_start)
    # (`지난해 같은 기간`, `the same period last year`: the period a year before, a prior's)
    return found is not None and not _PRIOR_YEAR_BEFORE[doc.language].search(
        doc.text, max(s_start, found.start() - _PRIOR_REACH), found.start()
    )


_MONEY_UNITS = frozenset(ISO_CODES)


def _marks_money_so_far(doc: ArticleView, main: TimeRef) -> bool:
    """The time's own sentence marks the year so far after it (`[link.cumulative_marks]`), the first figure after the
    mark an amount of money (`3분기 누적 매출은 9조원`, `for the third quarter, cumulative revenue was $9m`)."""
    end = doc.segments.sentence_bounds(doc.segments.sentence_of(main.start), len(doc.text))[1]
    mark = _CUMULATIVE[doc.language].search(doc.text, main.end, end)
    if mark is None:
        return False
    i = bisect.bisect_left(doc.mention_starts, mark.end())
    return (
        i < len(doc.mention_starts)
        and doc.mention_starts[i] < end
        and (doc.mention_units.get(doc.mention_starts[i]) in _MONEY_UNITS)
    )


_LABELLED_PARENTHESIS = compile_exact(r"\s?\(\s?")
_QUOTE_MARK = compile_exact('["\u201c\u201d]')


# `and was 4% lower than in the second quarter`, `compared with the second quarter`: a time the sentence compares
# with, never the period its figures and the next sentence's are of
_COMPARED_TIME = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?:{w.compared_words}|{w.than_words})\s+(?:(?:{w.figure_time_prepositions})\s+)?"
        rf"(?:(?:{w.definite_articles})\s+)?$"
    ),
    re.I,
)
_COMPARED_REACH = 30  # characters before a time where the word comparing with it stands


# `가맹점은 6월 말 기준 320곳이다`, `as of 30 September`: the date a level is counted at, no period a flow
# (a profit, a revenue) stated in a later sentence is of
_AS_OF_AFTER = ByLanguage(lambda w: rf"\s?(?:{w.as_of_after})", re.I)
_AS_OF_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.as_of_before})\s+$", re.I)
_AS_OF_REACH = 12  # characters before a time where the words making it a date counted at stand


def _period_before(doc: ArticleView, s_start: int, paragraph: int, event: bool, flow: bool = False) -> TimeRef | None:
    """The period of the last sentence before that named one, in this paragraph or the one before:
    its first period, which is the sentence's own (`for 2024, up 19% from $1.98bn in 2023`). A time that labels
    the figure compared with (`versus $8.8bn in September 2024`) is that figure's, not its sentence's: passed over."""
    found: TimeRef | None = None
    listed: dict[str, set] = {}  # the periods found's sentence dates its figures by, by grain
    # From the last time starting by s_start back (a time that starts later ends later): not every time.
    for i in range(bisect.bisect_right(doc.time_starts, s_start) - 1, -1, -1):
        ref = doc.times[i]
        if ref.end > s_start or not ref.period or ref.role in ("prior", "dateline"):
            continue
        if ref.period.is_day and not event:
            continue
        if doc.segments.paragraph_of(ref.start) < paragraph - 1:
            break
        if found is not None and doc.segments.sentence_of(ref.start) != doc.segments.sentence_of(found.start):
            if all(len(periods) < 2 for periods in listed.values()):
                break
            # `1분기 540억원, 2분기 580억원에 이어 …`: a sentence dating its figures by a list of periods of one
            # grain, each named as a point, is of no one period: the sentence before it is read (years named
            # relative to now, `지난해 63%에서 올해 42%로`, are a comparison, still the sentence's)
            found, listed = None, {}
        if found is None and ref.start in _labels_of_sentence_at(doc, ref.start):
            continue
        if _COMPARED_TIME[doc.language].search(doc.text, max(0, ref.start - _COMPARED_REACH), ref.start):
            continue  # (`than in the second quarter`: the time compared with, passed over like a label)
        if flow and (
            _AS_OF_AFTER[doc.language].match(doc.text, ref.end)
            or _AS_OF_BEFORE[doc.language].search(doc.text, max(0, ref.start - _AS_OF_REACH), ref.start)
        ):
            continue  # (`9월 말 기준`: a level's date, no period of a flow)
        if ref.role == "point":
            listed.setdefault(ref.period.grain, set()).add(ref.period)
        found = ref
    return found


def _labels_of_sentence_at(doc: ArticleView, position: int) -> dict[int, int]:
    """The baseline labels (`_baseline_labels`) of the sentence holding `position`."""
    segments = doc.segments
    start, end = segments.sentence_bounds(segments.sentence_of(position), len(doc.text))
    lo, hi = bisect.bisect_left(doc.time_starts, start), bisect.bisect_left(doc.time_starts, end)
    return _baseline_labels(doc, lo, hi, start)


def _prior_ref_before(doc: ArticleView, position: int, s_start: int) -> TimeRef | None:
    # A time ending by `position` starts before it: the slice of the sentence's times, not every time.
    first, last = bisect.bisect_left(doc.time_starts, s_start), bisect.bisect_right(doc.time_starts, position)
    refs = [t for t in doc.times[first:last] if t.end <= position and t.role == "prior"]
    return refs[-1] if refs else None
