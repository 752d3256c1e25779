"""The figures a defined rate is of: a margin's profit and the revenue it is over (`영업이익률 7.3%`), a payout
ratio's dividend and earnings per share, an unemployment rate's unemployed and labour force. Which revenue is a
margin's base is a link decision (the one of the rate's company and period, the one stated in its paragraph, the
story's headline figure when the rate names no period); the check (checker/check/kinds/ratio.py, `defined`)
divides the two figures set here (`rate_of`, `rate_base`) and does no choosing of its own.

Runs last, on every claim of the article (the table's too), when every other link is placed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from operator import attrgetter

from checker.extract.lang import ByLanguage
from checker.folders import builtin_rules_dir
from checker.link.gaps import is_a_stated_gap
from checker.link.per_unit_apart import opens_with_headline
from checker.link.unit_price_marks import noun_before_unit_price
from checker.models import Claim
from checker.regex_cache import compile_exact
from checker.tomlfile import read_data_toml


def _pack_definitions() -> dict[str, tuple[str, str]]:
    """The rates the built-in rule packs check as defined by two figures (`kind = "ratio"`, `check = "defined"`):
    rate → (figure, base), read once from the packs so the link stage and the check share one list."""
    defined: dict[str, tuple[str, str]] = {}
    for path in sorted((builtin_rules_dir() / "packs").glob("*.toml")):
        for rule in read_data_toml(path)[0].get("rule", []):
            params = rule.get("params", {})
            if rule.get("kind") != "ratio" or params.get("check", "defined") != "defined":
                continue
            for ratio, numerator, denominator in params.get("definitions", []):
                defined[ratio] = (numerator, denominator)
            if params.get("ratio"):
                defined[params["ratio"]] = (params["numerator"], params["denominator"])
    return defined


# The rates the rule pack checks as defined by two figures (`check = "defined"`): rate → (figure, base).
# (read from the built-in packs once; tests/test_frames_s17b_ratios.py checks a few and that each names a metric)
DEFINED_RATES: dict[str, tuple[str, str]] = _pack_definitions()

_EARLIER = ("prior", "baseline")
# (`up from $400m, or 8%`: an earlier level and the rate it gave, joined)
_OR_JOINT = ByLanguage(lambda w: rf",?\s+(?:{w.or_words})\s+(?:(?:{w.hedges})\s+)?", re.I)
# `다른 업체의 영업이익률은`, `its rival's operating margin`: a mark of whose a rate is, before it
_OWNER = ByLanguage(lambda w: rf"(?:{w.owner_before_rate})", re.I)

# `revenue per store was $2.1m`, `매장당 분기 매출은 약 2,830만원`: a figure of the base's metric marked, in its own
# clause before it, as per a unit (the mark of the noun it is per: `[link.per_unit_noun_after]`,
# `[link.per_unit_noun_before]`, a noun before `[link.unit_price_before]`) is an average, never the total a
# margin is over
_PER_UNIT_MARK = ByLanguage(
    lambda w: (
        rf"\b(?:{w.per_unit_noun_after})[\s-]+[^\W\d_]{{3,}}"
        rf"|(?<![^\W_])[^\W\d_]{{2,}}\s?(?:{w.per_unit_noun_before}|{w.per_one_of_noun_before})"
        rf"|{noun_before_unit_price(w)}(?![^\W\d_])"
    ),
    re.I,
)
# `net sales`, `comparable operating profit`: a scope naming the whole or its accounting basis, no segment
_WHOLE_BASIS = ByLanguage(lambda w: rf"(?:{w.whole_basis_scopes})", re.I)
# `retail arm`, `chip division`, `DS부문`: a scope naming a segment of the business
_SEGMENT_SCOPE = ByLanguage(lambda w: rf"(?:{w.segment_suffixes})$|\b(?:{w.segment_nouns})$", re.I)
# `Operating profit at the software arm was`: a segment named after the metric, before the figure
_SEGMENT_AFTER = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?:{w.place_after_marks})\s+(?P<segment>(?:[^\W\d_]+\s+){{1,3}}?(?:{w.segment_nouns}))\b",
    re.I,
)
# `On its cargo lines alone, the loss ratio was 70%`, `In its chip division, the margin was 9%`: a phrase that opens
# the rate's sentence, set off by a comma and no figure in it, naming a segment (`[link.segment_nouns]`) or closed by
# `alone` (`[link.segment_alone_marks]`): the rate is of that part of the business, not of the whole's figures; so is
# a subject set beside a noun the company owns or a segment (`Motor, its largest line, had …`, `Its farm book, the
# insurer's smallest unit, ran …`), and a phrase taking something out of the figures makes the rate an adjusted one
# (`Excluding storm claims, …`: `[link.adjusted_rate_openers]`)
_FRONTED_SEGMENT = ByLanguage(
    lambda w: (
        rf"(?:[^\d,.;:!?\n]*?(?<![^\W\d_])(?:{w.segment_nouns}|{w.segment_alone_marks})(?![^\W\d_])[^\d,.;:!?\n]*"
        rf"|\s*(?:{w.adjusted_rate_openers})\s[^\d,.;:!?\n]*"
        rf"|[^\d,.;:!?\n]{{1,40}},\s*(?:{w.possessive_determiners})\s[^\d,.;:!?\n]*"
        rf"|[^\d,.;:!?\n]{{1,40}},[^\d,.;:!?\n]*?(?<![^\W\d_])(?:{w.segment_nouns})(?![^\W\d_])[^\d,.;:!?\n]*),"
    ),
    re.I,
)
_FRONT_REACH = 120  # characters back from a rate to the start of its sentence
_OTHER_BASE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.rate_other_base_marks})(?![^\W\d_])", re.I)
_SENTENCE_STOP = compile_exact(r"[.!?。](?!\d)\s*")
_FRONTED_PHRASE = compile_exact(
    r"\s*[^\W\d_][^,\d\n]{0,48},"
)  # `At its Brightwater arm,` before the sentence's figures
_DIGIT = compile_exact(r"\d")
_CLAUSE_STOP = compile_exact(r"[.!?\n,;:()](?!\d)")  # a sentence's end or a clause break (not a figure's `,`)
_MARK_REACH = 32  # characters before a figure where the mark of the unit it is per stands
_SEGMENT_REACH = 60  # characters before a figure where its clause may name a segment after the metric


def _is_fact(claim: Claim) -> bool:
    """A statement to cross-check: not page furniture, not a parenthetical equivalent."""
    return not claim.furniture and claim.role != "conversion"


class _Figures:
    """The article's figures of each metric (in the article's order) and the first value of each, built once
    (`titled`: the figures of the article's headline, which restate the body's rounded: `매출 400억원 넘어` over
    the body's `매출은 412억원`; the first value is the body's)."""

    def __init__(self, claims: list[Claim], text: str, lang: str):
        self.by_id = {c.id: c for c in claims}
        self.text, self.lang = text, lang
        # (each figure's scope as a margin reads it: one naming the whole or its basis, `net sales`, `group revenue`,
        # `[link.whole_basis_scopes]`, is none, the whole's figure)
        whole = _WHOLE_BASIS[lang]
        self.scopes = {c.id: None if c.scope and whole.fullmatch(c.scope) else c.scope for c in claims}
        self.of_metric: dict[str, list[Claim]] = defaultdict(list)
        self.first: dict[tuple[str, bool], Claim] = {}
        headline = bool(text) and opens_with_headline(text)
        self.titled = {c.id for c in claims if headline and c.paragraph == 0}
        self.opening: dict[int, str] = {}  # paragraph → its first figure
        self.facts_of: dict[int, list[Claim]] = defaultdict(list)  # paragraph → its stated figures (of the text)
        self.shares = [c for c in claims if c.share_part and c.share_whole]  # the shares linked to part and whole
        self.apposed = _apposed_share_parts(claims, text, lang)
        # (`revenue of $48m, more than twice the $21m of the year before`: the level a stated change of another figure
        # is measured from, another period's, however its role reads)
        self.compared_from = {
            c.compared_to
            for c in claims
            if c.role == "change" and c.change_of and c.compared_to and _of_one_metric(self.by_id, c)
        }
        for claim in claims:
            if _is_fact(claim) and claim.text:
                self.facts_of[claim.paragraph].append(claim)
                if claim.paragraph not in self.opening:
                    self.opening[claim.paragraph] = claim.id
        for claim in claims:
            if not claim.metric or not _is_fact(claim):
                continue
            if claim.role in ("value", "prior", "baseline") and not _per_unit(claim, text, lang):
                self.of_metric[claim.metric].append(claim)
            if claim.role == "value" and claim.id not in self.titled:
                key = (claim.metric, claim.forecast)
                if key not in self.first or claim.start < self.first[key].start:
                    self.first[key] = claim

    def scope_of(self, claim: Claim) -> str | None:
        """The figure's scope as a margin reads it (none for the whole's: `group revenue`, `net sales`)."""
        return self.scopes.get(claim.id, claim.scope)


# `Acme spent $9m on grants, 1.8% of revenue`, `…, or 2% of sales`: a figure, then its share of a whole named by its
# noun right after it
_APPOSED_SHARE = ByLanguage(lambda w: rf"[^\d.;,()]{{0,30}}[,(]\s*(?:(?:{w.appositive_share_marks})\s+)?", re.I)
_SHARE_OF_NOUN = ByLanguage(lambda w: rf"\s*(?:{w.share_of_noun_after})", re.I)


def _apposed_share_parts(claims: list[Claim], text: str, lang: str) -> set[str]:
    """The figures written right before a share of a whole named by its noun (linked to them or not), read once."""
    if not text:
        return set()
    ordered = sorted((c for c in claims if c.text and c.end <= len(text)), key=lambda c: c.start)
    return {
        part.id
        for part, rate in zip(ordered, ordered[1:])
        if rate.role == "share"
        and rate.kind == "percent"
        and rate.sentence == part.sentence
        and _APPOSED_SHARE[lang].fullmatch(text, part.end, rate.start)
        and _SHARE_OF_NOUN[lang].match(text, rate.end)
    }


def _per_unit(claim: Claim, text: str, lang: str) -> bool:
    """Whether the figure is an amount per unit: linked as one, or marked so in its clause right before it."""
    if claim.per_unit_of is not None:
        return True
    if claim.kind != "money" or not text or claim.end > len(text):
        return False  # (a table's figure stands in no sentence of the text)
    before = text[max(0, claim.start - _MARK_REACH) : claim.start]
    stops = list(_CLAUSE_STOP.finditer(before))
    clause = before[stops[-1].end() :] if stops else before
    return _PER_UNIT_MARK[lang].search(clause) is not None


def link_margin_bases(claims: list[Claim], text: str, lang: str, named_profits: dict[str, str] | None = None) -> None:
    """`named_profits`: rates named a margin before the profit after them (link/margins.py), each linked only to
    that profit. A scope naming the whole or its basis (`net sales`, `comparable operating profit`:
    `[link.whole_basis_scopes]`) is read here as none, the whole's figure (`_Figures.scope_of`); the claims keep it for
    the other rules."""
    rates = [
        c for c in claims if c.metric in DEFINED_RATES and c.kind == "percent" and c.role != "change" and _is_fact(c)
    ]
    if not rates:
        return
    rates = sorted([*rates, *_earlier_rates_restated(claims, rates, text, lang)], key=attrgetter("start"))
    _link_margin_bases(claims, rates, text, lang, named_profits)


def _earlier_rates_restated(claims: list[Claim], rates: list[Claim], text: str, lang: str) -> list[Claim]:
    """`Operating profit was $550m, a margin of 10%, up from $400m, or 8%, a year earlier`: a bare percentage right
    after the earlier level of a margin's profit, joined by `or` (`[link.or_words]`), in the margin's sentence and
    after it, restates that level as the margin it gave: an earlier rate of the margin's metric (linked below to the
    earlier profit and the revenue this period's is measured from)."""
    by_sentence: dict[int, list[Claim]] = defaultdict(list)
    for rate in rates:
        by_sentence[rate.sentence].append(rate)
    found = []
    previous: Claim | None = None
    for claim in claims:
        level, previous = previous, claim
        if (
            claim.kind != "percent"
            or claim.metric is not None
            or claim.role != "share"
            or level is None
            or level.sentence != claim.sentence
            or level.role not in _EARLIER
            or level.kind != "money"
            or not _OR_JOINT[lang].fullmatch(text, level.end, claim.start)
        ):
            continue
        margins = [r for r in by_sentence.get(claim.sentence, ()) if r.end <= level.start and r.role not in _EARLIER]
        if len(margins) != 1 or DEFINED_RATES[margins[0].metric][0] != level.metric:
            continue
        claim.metric, claim.role = margins[0].metric, level.role
        found.append(claim)
    return found


def _link_margin_bases(
    claims: list[Claim], rates: list[Claim], text: str, lang: str, named_profits: dict[str, str] | None
) -> None:
    figures = _Figures(claims, text, lang)
    # the figures set beside their share of a whole: linked to it, or written right before a share of a named whole
    # (`Acme spent $9m on grants, 1.8% of revenue`: a spend measured against revenue, no figure of it)
    parts = {c.share_part for c in claims if c.share_part} | figures.apposed
    # (`전년 동기보다 16억 원 많다`: a figure written as a gap is how much more, no level of the metric)
    parts |= {c.id for c in claims if c.kind == "money" and c.role == "value" and is_a_stated_gap(c, text, lang)}
    parts |= _beside_a_part_of_a_whole_before(claims, figures.by_id, {rate.paragraph for rate in rates})
    earlier_of: dict[tuple, set[str]] | None = None  # a figure → the earlier figures a change measures it from
    levels: dict[tuple, set[float]] | None = None  # (sentence, metric, unit, period) → the plain values stated
    unplaced: list[Claim] = []
    for rate in rates:
        if _of_another_base(figures, rate) or _of_a_fronted_segment(rate, text, lang):
            continue
        numerator_metric, denominator_metric = DEFINED_RATES[rate.metric]
        # a profit named right after the margin (link/margins.py): the numerator must be that one
        named = named_profits.get(rate.id) if named_profits else None
        if rate.period is None and rate.role not in _EARLIER:
            _take_paragraph_period(figures, rate, numerator_metric)
        numerator = _same_fact(figures, rate, numerator_metric)
        if numerator is None and "period" in rate.guesses and rate.role not in _EARLIER:
            numerator = _of_the_profits_period(figures, rate, numerator_metric)
        if named is not None and (numerator is None or numerator.id != named):
            continue
        if numerator is not None and named is None:
            if levels is None:
                levels = _levels_by_sentence(claims)
            if (
                numerator.period
                and "period" not in numerator.guesses
                and len(levels.get(_level_key(numerator), ())) > 1
            ):
                continue  # (two levels of the profit for one period in one sentence: which is the margin's is unsaid)
        if numerator is None:
            unplaced.append(rate)
        # the revenue may stand a paragraph away, but only beside a profit of the margin's own paragraph
        guessed: set[str] = set()
        denominator = _same_fact(figures, rate, denominator_metric, beside=numerator, parts=parts, inferred=guessed)
        if numerator is None or denominator is None or numerator.unit != denominator.unit:
            continue
        if rate.role in _EARLIER and numerator.role in _EARLIER and denominator.role not in _EARLIER:
            # `profit rose to 61 from 52, lifting the margin to 19% from 17.7%` with `revenue rose to 318 from
            # 297`: the earlier margin is of the earlier profit over the revenue this period's is measured from
            if earlier_of is None:
                earlier_of = _earlier_figures(claims, figures.by_id)
            before = [figures.by_id[i] for i in sorted(earlier_of.get(_fact_key(denominator), ()))]
            if len({c.value for c in before}) > 1 and denominator.period is not None:
                # `revenue rose 11% from 167 a year earlier … Against the second half of last year, when revenue
                # was 172, sales grew 8%`: a margin `from` its earlier level is of the year before, the
                # revenue compared a year back (the other is compared with another period)
                year_before = denominator.period.previous("year")
                before = [c for c in before if c.period == year_before] or before
            if len({c.value for c in before}) == 1 and numerator.unit == before[0].unit:
                denominator = before[0]
        if rate.role in _EARLIER and not (numerator.role in _EARLIER and denominator.role in _EARLIER):
            continue  # `widened to 12% from 11.1%`: the earlier margin is not of this period's figures
        rate.rate_of, rate.rate_base, rate.rate_base_guessed = numerator.id, denominator.id, rate.id in guessed
    if unplaced:
        _link_parallel_earlier_rates(claims, figures, unplaced)


def _beside_a_part_of_a_whole_before(claims: list[Claim], by_id: dict[str, Claim], paragraphs: set[int]) -> set[str]:
    """`Fees were $52m. Tuition was $39m, 75% of fees, and housing $13m`: a sentence that measures one figure
    against a whole stated in a sentence before breaks that whole down; its other smaller figures of the whole's unit
    listed after that part are parts of it too (a segment's), never the base of the whole's rate stated in their
    paragraph (`paragraphs`: those of the rates; a rate further on is read by the paragraph rules)."""
    wholes: dict[int, list[tuple[Claim, Claim]]] = {}
    for share in claims:
        whole, part = by_id.get(share.share_whole or ""), by_id.get(share.share_part or "")
        if part is not None and whole is not None and whole.sentence < share.sentence == part.sentence:
            wholes.setdefault(share.sentence, []).append((whole, share))
    if not wholes:
        return set()
    return {
        c.id
        for c in claims
        if c.kind == "money"
        and c.role == "value"
        and c.paragraph in paragraphs
        and any(
            c.start > share.end and c.unit == w.unit and c.value < w.value and c.period == w.period
            for w, share in wholes.get(c.sentence, ())
        )
    }


def _level_key(claim: Claim) -> tuple:
    return (claim.sentence, claim.metric, claim.unit, claim.period)


def _levels_by_sentence(claims: list[Claim]) -> dict[tuple, set[float]]:
    """The plain values of each metric, unit and period in each sentence. Two of them for one key (`profit was 36,
    double the 18 of a year before`, the earlier one read as of this period): the period of one is misread, and
    which one a margin divides is not known (once per article, not per rate)."""
    levels: dict[tuple, set[float]] = {}
    for claim in claims:
        # (of a period its own words name: a level read with no period, `rose to 1.24, from 610,000`, is no rival)
        if (
            claim.role == "value"
            and claim.metric
            and claim.period
            and "period" not in claim.guesses
            and claim.change_of is None
        ):
            levels.setdefault(_level_key(claim), set()).add(claim.value)
    return levels


def _link_parallel_earlier_rates(claims: list[Claim], figures: _Figures, unplaced: list[Claim]) -> None:
    """`Operating profit came to £30m, against £25m, giving a margin of 12%, compared with 10.8% in the first half
    of 2025`: two levels of the profit and two rates set side by side in one sentence run in parallel. The rate
    stated second, of an earlier period than the first (or stated as its prior), whose profit the article states
    for no period of its own, is of the profit set against this period's (the only other figure of its metric,
    unit and company in the sentence) over the revenue this period's revenue is measured from."""
    rates_by_sentence: dict[int, list[Claim]] = defaultdict(list)
    levels_by_sentence: dict[tuple[int, str], list[Claim]] = defaultdict(list)  # (sentence, metric) → its levels
    for rate in figures.by_id.values():
        if rate.rate_of and rate.metric in DEFINED_RATES:
            rates_by_sentence[rate.sentence].append(rate)
    for metric, levels in figures.of_metric.items():
        for level in levels:
            levels_by_sentence[(level.sentence, metric)].append(level)
    earlier_of: dict[tuple, set[str]] | None = None
    for rate in unplaced:
        beside = rates_by_sentence.get(rate.sentence, ())
        placed = [r for r in beside if r.metric == rate.metric and r.end <= rate.start]
        if len(placed) != 1:
            continue
        this = placed[0]
        stated_before = rate.period and this.period and rate.period.bounds()[1] < this.period.bounds()[0]
        if not (rate.role in _EARLIER or stated_before):
            continue
        numerator, denominator = figures.by_id[this.rate_of], figures.by_id[this.rate_base]
        if numerator.sentence != rate.sentence or numerator.role != "value":
            continue
        against = [
            c
            for c in levels_by_sentence.get((rate.sentence, numerator.metric or ""), ())
            if c.id != numerator.id
            and c.unit == numerator.unit
            and c.entities == numerator.entities
            and c.forecast == rate.forecast
        ]
        if len(against) != 1 or against[0].role not in _EARLIER or not numerator.end <= against[0].start < rate.start:
            continue
        if earlier_of is None:
            earlier_of = _earlier_figures(claims, figures.by_id)
        before = [figures.by_id[i] for i in sorted(earlier_of.get(_fact_key(denominator), ()))]
        if len({c.value for c in before}) != 1 or before[0].unit != against[0].unit:
            continue
        rate.rate_of, rate.rate_base = against[0].id, before[0].id


def _of_the_profits_period(figures: _Figures, rate: Claim, metric: str) -> Claim | None:
    """`Revenue was £180.0m. Sales in the second quarter were higher than in the first, at £95.0m. Its pre-tax margin
    was 5.0%`: a rate whose period was only carried from the sentence before it, when the article states
    no figure of the metric it is of for that period, is of the period the article states that metric's values for,
    when they are all of one period (and of the rate's company): the rate takes it (still a guess), and its figure
    is looked for again. None, the rate left as it was, otherwise."""
    levels = figures.of_metric.get(metric, ())
    if any(c.period == rate.period for c in levels):
        return None  # (the carried period has figures of the metric: which one is meant is for _same_fact)
    values = [
        c
        for c in levels
        if c.role == "value"
        and c.entities == rate.entities
        and c.forecast == rate.forecast
        and c.id not in figures.titled
    ]
    periods = {c.period for c in values}
    if len(periods) != 1:
        return None
    carried, rate.period = rate.period, next(iter(periods))
    found = _same_fact(figures, rate, metric)
    if found is None:
        rate.period = carried
    return found


def _of_a_fronted_segment(rate: Claim, text: str, lang: str) -> bool:
    """`On its cargo lines alone, the loss ratio was 70%`: the rate's sentence opens with a phrase naming a segment."""
    if not text or rate.start <= 0:
        return False
    window = max(0, rate.start - _FRONT_REACH)
    start = max(window, text.rfind("\n", window, rate.start) + 1)
    for stop in _SENTENCE_STOP.finditer(text, start, rate.start):
        start = stop.end()
    return _FRONTED_SEGMENT[lang].match(text, start, rate.start) is not None


def _take_paragraph_period(figures: _Figures, rate: Claim, metric: str) -> None:
    """`3분기 영업이익은 52억원이었다. … 영업이익률은 4.1%로`: a rate that names no period, stated after its
    paragraph's figures of the metric it is of, all of one period and of the rate's company, is of that period
    (a guess: a mismatch is then a warning)."""
    before = [
        c
        for c in figures.of_metric.get(metric, ())
        if c.paragraph == rate.paragraph and c.end <= rate.start and c.entities == rate.entities
    ]
    values = [c for c in before if c.role == "value" and c.forecast == rate.forecast]
    periods = {c.period for c in values}
    if len(periods) != 1 or None in periods or any(c.role != "value" and c.period in periods for c in before):
        return
    rate.period = values[0].period
    rate.guesses = sorted(set(rate.guesses) | {"period"})


def _of_period(figures: _Figures, rate: Claim, metric: str, unsaid: bool = False) -> list[Claim]:
    """The figures of the metric stated for the rate's period (`unsaid`: or stated with no period, or of any
    period for a rate of none)."""
    return [
        claim
        for claim in figures.of_metric.get(metric, ())
        if (
            claim.period == rate.period
            or (rate.period is None and "period" in claim.guesses)
            or (unsaid and (claim.period is None or rate.period is None))
        )
        and claim.forecast == rate.forecast
    ]


def _same_fact(
    figures: _Figures,
    rate: Claim,
    metric: str,
    beside: Claim | None = None,
    parts: set[str] | None = None,
    inferred: set[str] | None = None,
) -> Claim | None:
    """The figure of the metric the rate is of; `beside`: the other part of the ratio, found in the rate's
    paragraph (the figure may then stand a paragraph away); `inferred` collects the rates whose base was
    inferred, not written (a mismatch is then a warning)."""
    of_period = _of_period(figures, rate, metric)
    found = [claim for claim in of_period if claim.entities == rate.entities]
    if not rate.entities:
        # A ratio of no named company is of the figures stated in its paragraph: the nearest before it,
        # else the first after it (`… 영업이익률은 50%로 가장 높았다. 매출 9조원, 영업이익 4조5000억원을 냈다`).
        # (a part set beside its share of the metric, `sales to builders of $0.9bn, or 40% of the total`, or added
        # up to its total, is a segment's figure, never the base of the whole's margin)
        here = _not_compared_from(
            figures, rate, [c for c in found if c.paragraph == rate.paragraph and not _segment(c, parts)]
        )
        named = _not_compared_from(
            figures, rate, [c for c in of_period if c.paragraph == rate.paragraph and not _segment(c, parts)]
        )
        if not here and len({tuple(c.entities) for c in named}) == 1:
            # `Its operating margin was 15%`: the company is named by a pronoun, and the paragraph's figures
            # of the metric are all of one company
            here = named
        if not here and beside is None and (_opens_paragraph(figures, rate) or _follows_its_base(figures, rate)):
            # `3분기 매출은 640억원, 영업이익은 48억원이었다.` ¶ `영업이익률은 7.5%로 …`: a rate opening its paragraph
            # goes on about the paragraph before, when that paragraph states one figure of the metric for the period
            # (and nothing before the rate names whose it is: `다른 업체의 영업이익률은`)
            before = [
                c
                for c in found
                if c.paragraph == rate.paragraph - 1
                and c.id not in figures.titled
                and not _segment(c, parts)
                and (c.role == "value") == (rate.role not in _EARLIER)
            ]
            if len(before) == 1:
                here = before
        if not here and beside is not None:
            # `Revenue rose 7% to $3.2bn.` ¶ `Operating income was $400m, a margin of 12.5%`: the figure stated a
            # paragraph away is meant when the article states the metric for the period once, of no company
            # (a part set beside its share of the metric, `sales of $1.2bn, or 60 per cent of revenue`, is a segment)
            whole = _not_compared_from(
                figures, rate, [c for c in of_period if c.role == "value" and not _segment(c, parts)]
            )
            if not whole and rate.period is not None and (rate.role in _EARLIER or beside.role in _EARLIER):
                # (a rate of a period before, `지난해 3분기(10.8%)`, its part stated as a prior, is of that period's
                # figures, stated as priors when none is stated as a value)
                whole = [c for c in of_period if c.role in _EARLIER and not _segment(c, parts)]
            undated = whole if rate.period is None else []
            if not whole:
                # `Sales rose to £140m.` ¶ `First-half pretax profit was £9m, a margin of 6.4%`: no figure of the
                # metric is stated for the rate's period, one is stated with no period read (or, for a rate of no
                # period, `Nine-month sales were $270m.` ¶ `EBITDA was $84m, a margin of 31%`: one of a period);
                # a figure whose metric was guessed is no stated figure of it
                of_period = _of_period(figures, rate, metric, unsaid=True)
                found = [claim for claim in of_period if claim.entities == rate.entities]
                whole = [
                    c for c in of_period if c.role == "value" and not _segment(c, parts) and "metric" not in c.guesses
                ]
                if len({c.period for c in whole}) > 1:
                    whole = []
            # (the headline's figure restates the body's, rounded: `400억원 넘어` over `412억원`)
            whole = [c for c in whole if c.id not in figures.titled] or whole
            found_ids = {c.id for c in found}
            if len({c.value for c in whole}) == 1 and any(c.id in found_ids for c in whole):
                # (the headline's figure restated in the body, once naming the company: one figure, stated twice)
                whole = [next(c for c in whole if c.id in found_ids)]
            elif len(whole) > 1:
                whole = _total_stated_first(whole, figures, metric, rate)
            # (a segment's scope, `렌털 매출`, names a part, not the basis of the whole's figures)
            scopes = {
                figures.scope_of(c)
                for c in of_period + _of_period(figures, rate, beside.metric or metric)
                if figures.scope_of(c) and not _segment(c, parts)
            }
            # `Acme's revenue rose to $186m.` ¶ `Net income was $43m, a margin of 23%`: the one figure of the metric
            # names the story's company, the margin and its profit name none: of that company too
            of_the_story = len(whole) == 1 and not beside.entities
            own = figures.scope_of(beside)
            here = [
                c
                for c in whole
                if (c.id in found_ids or of_the_story) and _scope_of_both(figures.scope_of(c), own, scopes)
            ]
            if len(here) != 1 or len(whole) != 1:
                here = []
            if undated and beside.period is None and rate.role not in _EARLIER:
                # (a later, smaller figure is a part of the first, never the base of the whole's rate)
                headline = _headline_whole(figures, metric, rate, beside, undated)
                if headline:
                    here = headline
                    if inferred is not None:
                        inferred.add(rate.id)
        if rate.role not in _EARLIER:
            # `revenue rose 40% to $7bn from $5bn. Net income was $2.1bn, a net margin of 30%`: this period's figure
            values = [c for c in here if c.role == "value"]
            if not values and beside is not None and beside.role == "value":
                # `지난해 2분기 매출은 820억원이었다. 영업이익은 70억원, 영업이익률은 7.5%`: this period's profit
                # (its period taken from the sentence before) is over no revenue stated as an earlier period's
                return None
            here = values or here
        else:
            # `a margin of 9.0% a year earlier on profit of £7.2m`, after this period's profit of the paragraph: an
            # earlier rate is of the earlier figure
            here = [c for c in here if c.role in _EARLIER] or here
        if beside is not None and not _same_segment_after(figures, beside, here):
            return None  # (`Operating profit at the software arm was €90m`: a segment's, the base not named so)
        if beside is not None:
            # `매출은 500억원으로 방송 매출 380억원, 인터넷 매출 120억원이었다. 영업이익은 30억원으로
            # 영업이익률은 6%`: a figure of a segment named by its scope (`인터넷 매출`) is no base of the unscoped
            # profit's margin
            scope = figures.scope_of(beside)
            same = [c for c in here if figures.scope_of(c) == scope]
            if not same and scope and _SEGMENT_SCOPE[figures.lang].search(scope):
                # (`Group revenue was $2bn. The retail arm's operating profit was $60m, a margin of 12%`: a profit
                # its scope gives to a segment, `[link.segment_nouns]`, is of no base named otherwise; `Revenue at
                # the retail arm` names it so)
                same = [c for c in here if (_segment_after(figures, c) or "").endswith(scope.lower())]
                if not same:
                    return None
            here = same or here
            if scope is None and here and all(figures.scope_of(c) for c in here):
                # `Revenue rose to $800m.` ¶ `EBITDA was $80m, a margin of 10%. Export sales were $500m and home
                # sales $300m`: the paragraph's figures of the metric each named by a segment (`Export`, `home`),
                # smaller than the whole stated before, are its parts; the unscoped profit's margin is of that whole
                whole = _whole_before_segments(figures, metric, rate, beside, here)
                if whole is not None:
                    if inferred is not None:
                        inferred.add(rate.id)
                    return whole
        before = [c for c in here if c.end <= rate.start]
        after = [c for c in here if c.start >= rate.end]
        return before[-1] if before else (after[0] if after else None)
    if beside is not None and parts:
        found = _without_parts_of_the_base(figures, found, rate)
    # (`매출 1조2천억원 넘어` in the headline over the body's `매출이 1조2,300억원`: the body's figure, as written)
    found = [c for c in found if c.id not in figures.titled] or found
    return found[0] if found else None


def _of_one_metric(by_id: dict[str, Claim], change: Claim) -> bool:
    """Whether a change measures a figure from an earlier level of its own metric, stated after it (`revenue of $48m,
    more than twice the $21m of the year before`; not `orders of $60m, 1.2 times revenue of $50m`)."""
    changed, base = by_id.get(change.change_of or ""), by_id.get(change.compared_to or "")
    return (
        changed is not None
        and base is not None
        and changed.metric is not None
        and changed.metric == base.metric
        and changed.start < base.start
    )


def _not_compared_from(figures: _Figures, rate: Claim, found: list[Claim]) -> list[Claim]:
    """A rate of its own period's figures is over none a change of another figure is measured from (`revenue of $48m,
    more than twice the $21m of the year before`: the $21m is the year before's), when any other is left."""
    if rate.role in _EARLIER:
        return found
    return [c for c in found if c.id not in figures.compared_from] or found


def _without_parts_of_the_base(figures: _Figures, found: list[Claim], rate: Claim) -> list[Claim]:
    """`Operating profit was $50m, a margin of 10%. Acme spent $9m on grants, 1.8% of revenue`: a figure set beside
    its share of a figure of the base's metric and the rate's company (a spend measured against revenue) is no
    figure of that metric, never the base; the whole it is measured against is, when it is one figure of the
    profit's unit and no other figure of the metric is left."""
    if not found:
        return found
    wholes: dict[str, Claim] = {}  # a part → the figure of the base's metric its share is of
    for claim in figures.shares:
        whole = figures.by_id.get(claim.share_whole or "")
        if (
            whole is not None
            and whole.metric == found[0].metric
            and whole.entities == rate.entities
            and whole.role == "value"
        ):
            wholes[claim.share_part] = whole
    # (a figure set beside a share of a named whole is that whole's part, the share linked or not)
    apart = {c.id for c in found if c.id in wholes or c.id in figures.apposed}
    if not apart:
        return found
    kept = [c for c in found if c.id not in apart]
    if kept:
        return kept
    measured = {wholes[c.id].id: wholes[c.id] for c in found if c.id in wholes}
    if len(measured) == 1:
        whole = next(iter(measured.values()))
        if whole.unit == found[0].unit and whole.forecast == rate.forecast:
            return [whole]
    return []


def _whole_before_segments(
    figures: _Figures, metric: str, rate: Claim, beside: Claim, segments: list[Claim]
) -> Claim | None:
    """The article's first figure of the metric (no segment's: no scope), stated in a paragraph before the rate's,
    of the profit's unit and company and of the rate's period, larger than each of the segments' figures (its
    parts), else none."""
    first = figures.first.get((metric, rate.forecast))
    if (
        first is None
        or figures.scope_of(first)
        or first.unit != beside.unit
        or first.paragraph >= rate.paragraph
        or (first.entities and beside.entities and first.entities != beside.entities)
        or (rate.period is not None and first.period not in (None, rate.period))
        or any(c.unit != first.unit or c.value >= first.value for c in segments)
    ):
        return None
    return first


def _follows_its_base(figures: _Figures, rate: Claim) -> bool:
    """`Net profit fell to $14m.` ¶ `Revenue rose 3% to $187m from $181m, leaving a net margin of 7.6%`, `… The
    operating margin was 4.9%`: a rate whose paragraph states, before it, only figures of the metric it is over
    (the revenue, its earlier levels and its changes, of no segment), with no mark of another owner, goes on about the
    paragraph before for the figure it is of, as a rate opening its paragraph does."""
    if rate.paragraph == 0 or not figures.text or rate.metric not in DEFINED_RATES:
        return False
    base = DEFINED_RATES[rate.metric][1]
    opening = figures.by_id.get(figures.opening.get(rate.paragraph, ""))
    if opening is None or opening.metric != base:
        return False
    between = [c for c in figures.facts_of.get(rate.paragraph, ()) if c.end <= rate.start]
    if any(c.metric != base and not (c.role == "change" and c.metric is None) for c in between):
        return False
    if any(figures.scope_of(c) for c in between):
        # (`Export revenue rose to $200m, leaving a net margin of 12%`: a segment's margin, its profit unsaid)
        return False
    start = figures.text.rfind("\n", 0, rate.start) + 1
    if _OWNER[figures.lang].search(figures.text, start, rate.start) is not None:
        return False
    return _sentence_names_the_base_only(figures, rate, between, start)


def _sentence_names_the_base_only(figures: _Figures, rate: Claim, between: list[Claim], start: int) -> bool:
    """Whether the rate's sentence says nothing of another scope than the figures before: no phrase set before
    its first figure by a comma (`At its Brightwater arm, revenue rose to $50m, leaving a net margin of 9%`); and,
    when the rate opens a sentence of its own, no figure or year before it and no word of another base (`[link.
    rate_other_base_marks]`: `The industry average net margin`, `Five years ago the net margin`)."""
    text = figures.text
    for stop in _SENTENCE_STOP.finditer(text, start, rate.start):
        start = stop.end()
    if _FRONTED_PHRASE.match(text, start):
        return False
    if any(c.start >= start for c in between):
        return True  # (`Revenue rose to $187m from $181m, leaving a net margin of 7.6%`)
    return not (_DIGIT.search(text, start, rate.start) or _OTHER_BASE[figures.lang].search(text, start, rate.start))


def _of_another_base(figures: _Figures, rate: Claim) -> bool:
    """Whether the rate's clause, before it, names it a rate of another base or time (`업계 평균 영업이익률은 10%`,
    `The sector average net margin was 8.5%`, `Ten years ago the net margin was 8.5%`: `[link.rate_other_base_marks]`):
    no rate of the article's figures."""
    text = figures.text
    if not text or rate.end > len(text) or rate.role in _EARLIER:
        return False  # (`…%로 1년 전 9.3%에서`: an earlier rate dated so, of the figures its level is measured from)
    start = max(0, rate.start - _MARK_REACH * 2)
    for stop in _CLAUSE_STOP.finditer(text, start, rate.start):
        start = stop.end()
    return _OTHER_BASE[figures.lang].search(text, start, rate.start) is not None


def _opens_paragraph(figures: _Figures, rate: Claim) -> bool:
    """Whether the rate is its paragraph's first figure, with no mark of another owner before it."""
    if rate.paragraph == 0 or figures.opening.get(rate.paragraph) != rate.id or not figures.text:
        return False
    start = figures.text.rfind("\n", 0, rate.start) + 1
    return _OWNER[figures.lang].search(figures.text, start, rate.start) is None


def _headline_whole(figures: _Figures, metric: str, rate: Claim, beside: Claim, undated: list[Claim]) -> list[Claim]:
    """`Third-quarter revenue was $150m.` ¶ `Food sales were $60m, bowling $50m.` ¶ `EBITDA was $30m, a margin of 20%`:
    a rate and its other part that name no period, when every figure of the metric that names none is smaller than
    the article's first figure of the metric and stated after it (its breakdown), are of that first figure, the
    story's whole for the period it names (of no company or segment, as the rate and its part)."""
    first = figures.first.get((metric, rate.forecast))
    if (
        first is None
        or first.period is None
        or figures.scope_of(first)
        or figures.scope_of(beside)
        or (beside.entities and beside.entities != first.entities)
        or first.unit != beside.unit
        or first.start > beside.start
        or first.part_of is not None
    ):
        return []
    # (the headline's figure restates the first one: no part of it)
    undated = [c for c in undated if c.id not in figures.titled]
    if any(c.start < first.start or c.value >= first.value or c.unit != first.unit for c in undated):
        return []
    return [first]


def _total_stated_first(figures_of: list[Claim], figures: _Figures, metric: str, rate: Claim) -> list[Claim]:
    """`Revenue rose 7% to $480m.` ¶ `Parts sales were $120m.` ¶ `Operating profit was $38m, a margin of 7.9%`: of
    the period's figures of the metric, the one the article states first (restated, perhaps, in the body), larger
    than every other and of no segment, is the whole the later figures break down — the base of the whole's ratio;
    any other order (the first figure of the metric of another period, or smaller), or a figure set beside the
    first in its own sentence, leaves no base."""
    first = min(figures_of, key=lambda c: c.start)
    if figures.scope_of(first) is not None:
        # (`Acme Marinas revenue rises to $60m` ¶ `Acme Marinas reported revenue of $60m`: the headline's figure
        # restated in the body with no scope is the one fact, of the body's reading)
        first = next((c for c in figures_of if c.value == first.value and figures.scope_of(c) is None), first)
    stated_first = figures.first.get((metric, rate.forecast))
    if figures.scope_of(first) is not None or stated_first is None or stated_first.value != first.value:
        return []
    rest = [c for c in figures_of if c.value != first.value and c.unit == first.unit]  # (a count is no money's part)
    if any(c.value >= first.value or c.sentence == first.sentence for c in rest):
        # (a figure set beside the first in its sentence, `and its rival $120m`, is another whole, not its part)
        return []
    return [first]


def _fact_key(claim: Claim) -> tuple:
    """A figure as a fact: the headline's figure restated in the body is one fact."""
    return (claim.metric, claim.unit, claim.value, tuple(claim.entities))


def _earlier_figures(claims: list[Claim], by_id: dict[str, Claim]) -> dict[tuple, set[str]]:
    """Each figure's earlier figures: the baselines its changes are measured from (`rose 7% to 318 from 297`), else
    the earlier figures of its metric stated in its sentence (`rose to 318 from 297`, no rate)."""
    earlier: dict[tuple, set[str]] = {}
    stated_with: dict[tuple, list[Claim]] = {}  # (sentence, metric, unit, entities) → that sentence's earlier figures
    for claim in claims:
        changed, base = by_id.get(claim.change_of or ""), by_id.get(claim.compared_to or "")
        if changed is not None and base is not None and _is_fact(base):
            earlier.setdefault(_fact_key(changed), set()).add(base.id)
        if claim.role in _EARLIER and claim.metric and _is_fact(claim):
            stated_with.setdefault((claim.sentence, *_fact_key(claim)[:2], tuple(claim.entities)), []).append(claim)
    for claim in claims:
        if claim.role == "value" and claim.metric and _fact_key(claim) not in earlier:
            beside = stated_with.get((claim.sentence, *_fact_key(claim)[:2], tuple(claim.entities)), [])
            if beside:
                earlier[_fact_key(claim)] = {c.id for c in beside}
    return earlier


def _segment_after(figures: _Figures, claim: Claim) -> str | None:
    """The segment the figure's clause names after its metric, before the figure (`Operating profit at the software
    arm was €90m`: `the software arm`), lowercased, or None."""
    text = figures.text
    if not text or claim.end > len(text):
        return None
    before = text[max(0, claim.start - _SEGMENT_REACH) : claim.start]
    stops = list(_CLAUSE_STOP.finditer(before))
    start = claim.start - len(before) + (stops[-1].end() if stops else 0)
    found = None
    for found in _SEGMENT_AFTER[figures.lang].finditer(text, start, claim.start):  # noqa: B007 — the last one
        pass
    return found.group("segment").lower() if found else None


def _same_segment_after(figures: _Figures, beside: Claim, bases: list[Claim]) -> bool:
    """Whether a segment named after the profit's metric (`Operating profit at the software arm`) names the bases
    too (`Revenue at the software arm`, `software arm revenue`); a profit naming none, always."""
    segment = _segment_after(figures, beside)
    if segment is None:
        return True
    for base in bases:
        scope = figures.scope_of(base)
        if _segment_after(figures, base) == segment or (scope and segment.endswith(scope.lower())):
            return True
    return False


def _segment(claim: Claim, parts: set[str] | None) -> bool:
    """Whether the figure is a segment's, when the caller looks for a whole's (`parts`: the figures set beside
    their share of a whole): one of those, or a part added up to its total."""
    return parts is not None and (claim.id in parts or claim.part_of is not None)


def _scope_of_both(base: str | None, beside: str | None, scopes: set[str]) -> bool:
    """Whether the scope of the base a paragraph away is the other part's: both unscoped, or one scope written once
    (`연결 기준 매출` in the lead, `영업이익은` later; `operating profit on a reported basis`, revenue bare) when the
    two metrics' figures of the period state no other scope (`별도 기준 영업이익` beside `연결 기준 매출` is of another
    basis: two scopes, no base)."""
    if base is None and beside is None:
        return True
    if base is not None and beside is not None and base != beside:
        return False
    return len(scopes) == 1
