"""Relations between figures: converts, change_of and compared_to."""

from __future__ import annotations

import bisect
import re

from checker.extract.lang import ByLanguage
from checker.link.clause_marks import OWN_SUBJECT_OPENS, base_of_a_rate, own_subject_opening
from checker.link.figure_kinds import AMOUNTS, of_one_order
from checker.link.gaps import written_after_compared
from checker.link.inflections import singular
from checker.link.multiples import measures_of_multiples
from checker.link.pools_of_other_subjects import pool_of_another_subject
from checker.link.rate_subjects import rate_of_an_unstated_gap, rate_of_another_subject, rate_of_its_own_topic
from checker.link.record_margins import a_margin_beaten_by
from checker.link.roles import comparison_to, own_level_after
from checker.link.sentence_groups import ArticleClaims, in_a_run_by_period, indices_of_sentence_before
from checker.link.shortfalls import over_or_under_mark
from checker.link.tallies import added_as_more
from checker.link.unit_prices import UNIT_MARK_BEFORE
from checker.link.view import ArticleView, MetricHit
from checker.models import Claim, Mention
from checker.regex_cache import compile_exact
from checker.regex_needs import search_between


def relate(claims: list[Claim], mentions: list[Mention], doc: ArticleView) -> None:
    """converts, change_of and compared_to, within a sentence (or, as a guess, the one before)."""
    by_sentence: dict[int, list[int]] = {}
    for i, claim in enumerate(claims):
        if not claim.furniture:  # page furniture (a stock quote inside a sentence) relates to nothing
            by_sentence.setdefault(claim.sentence, []).append(i)
    taken: set[tuple[int, str, str | None]] = set()
    unfinished: dict[int, bool] = {}  # by line start: whether the line ends without a sentence end
    for sentence, indices in by_sentence.items():
        pools: dict = {}  # the sentence's candidates by kind of change, found once (a dense line has hundreds)
        for i in indices:
            claim, mention = claims[i], mentions[i]
            if mention.in_parens_of is not None:
                if not _ambiguous_equivalent(claims, by_sentence, claim, claims[mention.in_parens_of]):
                    claim.converts = claims[mention.in_parens_of].id
            elif claim.role == "change":
                own = _own_time_figures(doc, claims, indices, claim)
                target = _changed_value(
                    claims,
                    own,
                    i,
                    doc.text,
                    doc.language,
                    taken,
                    pools if own is indices else None,
                    doc.metric_hits,
                    doc.segments.sentence_starts[sentence],
                )
                guessed = target is None
                if guessed and len(own) < len(indices):
                    continue  # the sentence's figures are of other times than its change: none to guess
                if guessed and not _is_heading(doc, sentence - 1, unfinished):
                    opening = doc.segments.sentence_starts[sentence]
                    prior = _states_prior(claims, indices, claim, doc.text, doc.language, opening)
                    target = _value_before(
                        claims,
                        by_sentence.get(sentence - 1, []),
                        claim,
                        doc.text,
                        doc.language,
                        doc.segments.sentence_bounds(sentence, len(doc.text)),
                        prior,
                        taken,
                        _table_rows_before(doc, by_sentence, sentence - 1),
                    )
                    if (
                        target is not None
                        and prior is None
                        and claim.kind in _RATE_KINDS
                        and (base := _own_base_after(claims, indices, claim, doc.text, doc.language)) is not None
                        and not of_one_order(claims[target], base)
                    ):
                        # (`… about 480 visits on each day, or roughly 30 per depot. Visits were up 21%, on last
                        # summer's 17,640`: the figure a rate is measured from, set after it, bounds its level's size)
                        target = None
                    if target is not None and _unnamed_among_levels(
                        claims, i, by_sentence.get(sentence - 1, []), target, doc.text, doc.language
                    ):
                        # (`판매액은 6억원, 운영비는 2억원이었다. 지난해 1억원의 세 배를 넘는다`: which level, not said)
                        continue
                    if target is not None:
                        # (`A국이 90억원, B국 40억원이었다. A국만 보면 50억원에서 80% 늘었다`: the member named)
                        target = _member_named(
                            claims,
                            i,
                            by_sentence.get(sentence - 1, []),
                            target,
                            doc.text,
                            doc.language,
                            doc.segments.sentence_starts[sentence],
                        )
                    if target is None and _restates_as_rate(
                        claims, by_sentence.get(sentence - 1, []), prior, doc.text, doc.language
                    ):
                        # `… 12만명이 찾았다. 하루 평균 3천명꼴인 셈이다. 지난해(10만명)보다 2만명 늘었다`: the sentence
                        # before restates the level as a rate; the change is of the level the one before it states
                        target = _value_before(
                            claims,
                            by_sentence.get(sentence - 2, []),
                            claim,
                            doc.text,
                            doc.language,
                            doc.segments.sentence_bounds(sentence, len(doc.text)),
                            prior,
                            taken,
                        )
                if (
                    target is None
                    and guessed
                    and (prior := _states_prior(claims, indices, claim, doc.text, doc.language)) is not None
                ):
                    target = _labelled_earlier(claims, by_sentence, claim, prior, doc, taken)
                    if target is None and _opens_with_time(doc, sentence, prior):
                        target = _value_of_change_before(claims, by_sentence.get(sentence - 1, []), claim, prior, taken)
                if (
                    target is None
                    and (prior := _states_prior(claims, indices, claim, doc.text, doc.language)) is not None
                ):
                    target = _value_of_next_period(
                        claims, claim, prior, by_sentence.get(sentence + 1, []), doc.text, doc.language
                    )
                after = by_sentence.get(sentence + 1, []) if target is None and guessed else []
                if (
                    after
                    and (target := _value_after(claims, indices, after, claim, doc.text, doc.language)) is not None
                ):
                    indices_of_value = after  # the baseline is named in the value's sentence
                else:
                    indices_of_value = indices
                if target is not None and _difference_over_mark(claims, target, doc.text, doc.language):
                    target = None  # (`목표 2,200톤을 150톤 웃돈 양으로, 지난해와 비교하면 25% 많다`: no level)
                if target is not None and level_of_another_object(claim, claims[target], doc.text, doc.language):
                    target = None  # (`cut its staff by a quarter to 90, and its output to 4,000 tonnes from 5,000`)
                if (
                    target is not None
                    and claim.kind == "percent"
                    and target > 0
                    and written_after_compared(claims[target - 1], claims[target], doc.text, doc.language)
                ):
                    target = None  # (`지난해 8천원보다 700원, 비율로는 9% 올랐다`: the size of the rise, no level)
                if target is not None and a_margin_beaten_by(claims[target], doc.text, doc.language):
                    target = None  # (`…, beating last year's winner by 3kg. It was 20% heavier …`: a margin, no level)
                if target is not None and base_of_a_rate(claims[target], doc.text, doc.language):
                    target = None  # (`이용객 1명당 9천원꼴이다. 이용객은 … 늘었다`: the base of a rate, no level)
                if target is not None and _rate_against_a_level(claims, indices, target, claim, doc.text, doc.language):
                    target = None  # (`or about five launches a week, and 12 more than last year's 52`: a rate)
                if target is not None and _size_of_a_rise(claim, claims[target], doc.text, doc.language):
                    target = None  # (`will add 3 million tonnes, 25% more than the 12 million`: the rise, no level)
                if (
                    target is not None
                    and claims[target].sentence == sentence
                    and rate_of_another_subject(claim, doc.text, doc.language, doc.segments.sentence_starts[sentence])
                ):
                    target = None  # (`60 vans compare with 45 lorries, a rise of 9 per cent in drivers`: another thing)
                if target is not None and rate_of_an_unstated_gap(claim, doc.text, doc.language):
                    target = None  # (`3,000 beds against 2,400 in Tarn, a gap that grew by 5%`: the gap's change)
                if target is not None and _object_named_after(claims[target], claim, doc.text, doc.language):
                    target = None  # (`made 4,800 journeys, …, and cut the number of refusals by a third`: another's)
                if target is not None and claims[target].start < claim.start:
                    value = claims[target]
                    starts = doc.segments.sentence_starts
                    value_text = doc.text[starts[value.sentence] : value.end]
                    opens = max(starts[sentence], value.end)  # (`…보다 1만 명 많고, 매출은 30% 늘었다`: after it)
                    if rate_of_its_own_topic(claim, opens, value_text, doc.text, doc.language):
                        target = None  # (`… 40대를 팔았다. 7월 30대에 견줘 대기 시간은 9% 줄었다`: the topic's rate)
                if target is not None and pool_of_another_subject(
                    claims[target],
                    claims[target + 1] if target + 1 < len(claims) else None,
                    claim,
                    doc.text,
                    doc.language,
                    doc.segments.sentence_starts,
                ):
                    target = None  # (`생산할 60만 송이 가운데 60%가 …. 수출량은 지난해보다 12만 송이 많다`: a pool)
                if target is not None and _total_against_a_price_per_unit(
                    claims, indices, claim, claims[target], doc.text, doc.language
                ):
                    target = None  # (`평균 값은 지난해 ㎏당 1만5천원보다 20% 올랐다` after a day's takings: no level)
                if target is not None and _compared_with_an_untaken_figure(claims, target, indices, doc):
                    target = None  # (`sailed on 58 days, against 37 a year ago`: the pair is a figure no claim holds)
                if target is not None:
                    owned = _comparative_baselines(claims, indices_of_value, doc.text, doc.language)
                    _link_change(claims, claim, claims[target], indices_of_value, owned, doc.text, doc.language)
                    _drop_prior_of_other_comparison(
                        claims, claim, claims[target], indices_of_value, doc.text, doc.language
                    )
                    if claim.compared_to is None and claims[target].sentence != sentence:
                        _baseline_beside_value(
                            claims, claim, claims[target], by_sentence[claims[target].sentence], doc.text, doc.language
                        )
                    _basis_of_prior(claims, claim, indices_of_value)
                    target = _pair_with_previous_period(claims, claim, indices, doc.text, doc.language, target)
                    # `fell 9% to $1.21bn …, helping offset a 6% rise in labor costs`: one value, one change
                    # of each kind and basis (`전년 동기보다 124.8%, 직전 분기보다 32.1%` are two bases).
                    taken.add((target, claim.kind, claim.basis))
                    if guessed:
                        claim.guesses = sorted(set(claim.guesses) | {"relation"})


# between a figure and a multiple right after it, the mark that the figure is the multiple's base (`1억원의 약 `)
_BASE_MARK_BEFORE = ByLanguage(lambda w: rf"(?:{w.multiple_base_marks})")
# a topic of its own opening between two levels of one sentence (`판매액은 6억원, 운영비는 2억원`): two facts
_TOPIC_BETWEEN = ByLanguage(lambda w: rf"[^\W\d_](?:{w.clause_topics})\s")
_NOUN_BEFORE_BASE = compile_exact(r"(?P<noun>[^\W\d_]{2,})\s?$")
_NOUN_REACH = 12  # characters before a figure where the noun it is stated with stands


def _unnamed_among_levels(claims: list[Claim], i: int, previous: list[int], target: int, text: str, lang: str) -> bool:
    """Whether a multiple right after its base (`1억원의 세 배`), read as compared with, is guessed to be of a level of
    the sentence before that states two or more levels of the base's unit, and the noun the base is stated with
    (`판매액 1억원의`) does not name the level guessed: which level the multiple is of is not said."""
    change = claims[i]
    if change.kind != "multiple" or i == 0:
        return False
    base = claims[i - 1]
    if base.role != "baseline" or base.sentence != change.sentence:
        return False
    if _BASE_MARK_BEFORE[lang].search(text, base.end, change.start) is None:
        return False
    alike = (base.kind, base.unit, base.counter)
    levels = [
        j
        for j in previous
        if claims[j].role == "value" and (claims[j].kind, claims[j].unit, claims[j].counter) == alike
    ]
    if len(levels) < 2 or _TOPIC_BETWEEN[lang].search(text, claims[levels[0]].end, claims[levels[-1]].start) is None:
        return False  # (levels of one topic, a list and its total: the last is the level, as guessed)
    noun = _NOUN_BEFORE_BASE.search(text, max(0, base.start - _NOUN_REACH), base.start)
    value = claims[target]
    return noun is None or noun.group("noun") not in text[max(0, value.start - _NOUN_REACH) : value.start]


# (a word with its digits: `3분기` names the third quarter's level, not every quarter's)
_LABEL_WORD = compile_exact(r"\w*[^\W\d_]\w*")
_LABEL_WORDS = 2  # words right before a level that label it (`수출 지역은 미국이 91억원`: `지역은`, `미국이`)
_LABEL_ENDING = 2  # letters a label may add to the word naming it (a particle: `미국이` for `미국`)
_LABEL_STEM = 2  # letters two alike label words share at least
_LABEL_REACH = 40  # characters before a level where its label stands


def _member_named(
    claims: list[Claim], i: int, previous: list[int], target: int, text: str, lang: str, sentence_start: int
) -> int | None:
    """The level of the sentence before that a change guessed to be of it names: where that sentence lists two or more
    levels of the guessed one's kind and unit, each labelled by its own words (`미국이 91억원 … 일본 42억원, 동남아
    25억원`), and the change's own sentence names the label of exactly one (`미국 수출만 놓고 보면`), that one, not the
    last listed. Where the labels share a noun and each qualifies it (`해외 선수가 …, 국내 선수는 …`) and the change's
    sentence names that noun with none of the qualifiers (`첫 대회 참가 선수 96명과 비교하면`), it is of their whole,
    no member: none. Else the guess stands."""
    value = claims[target]
    alike = (value.kind, value.unit, value.counter)
    levels = [
        j
        for j in previous
        if claims[j].role == "value" and (claims[j].kind, claims[j].unit, claims[j].counter) == alike
    ]
    if len(levels) < 2 or target not in levels:
        return target
    labels = []
    for j in levels:
        before = [claims[k].end for k in previous if claims[k].end <= claims[j].start]
        opens = max(before) if before else 0
        window = _LABEL_CUT.split(text[max(opens, claims[j].start - _LABEL_REACH) : claims[j].start])[-1]
        words = [word.casefold() for word in _LABEL_WORD.findall(window)[-_LABEL_WORDS:]]
        if noun := _COUNTER_NOUN_AFTER[lang].match(text, claims[j].end):
            words.append(noun.group("noun"))  # (`대학부 12개 팀과 일반부 24개 팀`: the noun the counter counts)
        labels.append(words)
    shared = [word for word in labels[0] if all(any(_alike(word, other, lang) for other in label) for label in labels)]
    telling = [[word for word in label if not any(_alike(word, common, lang) for common in shared)] for label in labels]
    change = claims[i]
    own = [word.casefold() for word in _LABEL_WORD.findall(text, sentence_start, change.start) if len(word) >= 2]
    k = i - 1
    while k >= 0 and claims[k].sentence == change.sentence:
        if noun := _COUNTER_NOUN_AFTER[lang].match(text, claims[k].end):
            own.append(noun.group("noun"))  # (`지난해 30개 팀보다`: the noun named bare, after its count)
        k -= 1
    named = [j for j, words in zip(levels, telling) if any(_alike(mine, word, lang) for word in words for mine in own)]
    if len(named) == 1 and all(telling):
        return named[0]
    if not named and shared and all(telling) and any(_alike(mine, common, lang) for common in shared for mine in own):
        return None  # (each level a qualified group of the noun the change names bare: of their whole)
    return target


def _alike(one: str, other: str, lang: str) -> bool:
    """Two label words alike: one word, its particle (`[link.edition_noun_particles]`: `선수가`, `선수는`; `미국`,
    `미국이`) or a plural's ending aside (`port`, `ports`)."""
    particle = _PARTICLE_END[lang]
    one, other = particle.sub("", one), particle.sub("", other)
    if one == other:
        return True
    short, long = sorted((one, other), key=len)
    return len(short) >= _LABEL_STEM and long.startswith(short) and len(long) - len(short) <= _LABEL_ENDING


# a particle ending a label word, dropped before two are compared (a word of two letters more at least keeps it)
_PARTICLE_END = ByLanguage(lambda w: rf"(?<=[^\W\d_]{{2}})(?:{w.edition_noun_particles})$", first_tested=False)
_LABEL_CUT = compile_exact(r"[,;:()]")
# right after a count, the noun its counter counts (`12개 팀과`, `[link.nouns_after_counter]`): a label word too
_COUNTER_NOUN_AFTER = ByLanguage(lambda w: rf"\s?(?P<noun>{w.nouns_after_counter})", first_tested=False)


def _object_named_after(value: Claim, change: Claim, text: str, lang: str) -> bool:
    """Whether a change after the value names an object of its own between them (`made 4,800 journeys, …, and has cut
    the number of requests it turns down by more than a third`): the change is of that object, no level of the value's
    noun (`cut the number of journeys by a third` keeps it)."""
    if value.end > change.start:
        return False
    named = _OWN_OBJECT_BEFORE[lang].search(text, value.end, change.start)
    if named is None:
        return False
    noun = _LAST_WORD.search(value.text)
    return noun is None or singular(noun.group().lower(), lang) not in {
        singular(word.lower(), lang) for word in _LAST_WORD.findall(named.group("object"))
    }


# before a change, the object its own clause names (`the number of requests it turns down by `)
_OWN_OBJECT_BEFORE = ByLanguage(
    lambda w: rf"(?:{w.own_object_before_change})\s+(?P<object>[^\d.;:!?]{{1,80}}?)\s+by\s+(?:(?:{w.hedges})\s+)?$",
    re.I,
    first_tested=False,
)
_LAST_WORD = compile_exact(r"[^\W\d_]{3,}")


def level_of_another_object(change: Claim, value: Claim, text: str, lang: str) -> bool:
    """Whether a rate or fraction of change names its own level right after it (`cut its staff by a quarter to
    90`) and the value found for it stands after that level: a later figure then belongs to a second object
    coordinated after (`, and its output to 4,000 tonnes from 5,000`), whose change the sentence does not state."""
    if change.kind not in ("percent", "fraction") or value.start <= change.start:
        return False
    level = own_level_after(text, lang, change.end)
    return level is not None and value.start > level and not value.start <= level < value.end


# `will add 12,000 tonnes`, `the mill added 300 jobs`: an amount right after a verb of rising is the size of the
# rise, no level a percent change is of
_RISE_SIZE_BEFORE = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?:{w.rise_verbs_before})\s+(?:(?:{w.hedges})\s+)?$", re.I, first_tested=False
)
_RISE_SIZE_REACH = 40


# right after a figure, a span of time it is counted per (`about five launches a week`): a rate, no level of a total
_PER_SPAN_AFTER = ByLanguage(
    lambda w: rf"\s*(?:{w.span_per_day_after}|{w.span_per_week_after}|{w.span_per_month_after})", re.I
)


# right before a figure, `or` setting it beside the figure before as its restatement (`, or about five launches a week`)
_RESTATING_OR = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.restating_or})\s+(?:(?:{w.hedges})\s+)?$", re.I)
_RESTATING_REACH = 24


def _rate_against_a_level(
    claims: list[Claim], indices: list[int], target: int, change: Claim, text: str, lang: str
) -> bool:
    """Whether the level found for a change is a rate per a span of time (`or about five launches a week`) while the
    figure the change's sentence compares with is no such rate (`12 more than last year's 52`): the rate restates the
    level per week, the change is of the level itself (`It was out on 84 days, or about five launches a week, and
    made 12 more than last year's 52`)."""
    value = claims[target]
    if not text or _PER_SPAN_AFTER[lang].match(text, value.end) is None:
        return False
    if _RESTATING_OR[lang].search(text, max(0, value.start - _RESTATING_REACH), value.start) is None:
        return False  # (`now bakes 4,100 loaves a week, 500 more than the 3,600 of a year ago`: the rate is the level)
    return any(
        c.role in ("prior", "baseline") and c.unit == value.unit and _PER_SPAN_AFTER[lang].match(text, c.end) is None
        for c in (claims[j] for j in indices)
    )


def _size_of_a_rise(change: Claim, value: Claim, text: str, lang: str) -> bool:
    """Whether a percent change's value is an amount stated as the size of a rise (`will add 12,000 tonnes of yearly
    output, close to 25% more than the 50,000 tonnes`): the change then measures that rise against the figure after
    `than`, and no level of the sentence is its value."""
    if change.kind != "percent" or value.kind not in ("count", "money", "measure") or value.end > change.start:
        return False
    return (
        search_between(_RISE_SIZE_BEFORE[lang], text, max(0, value.start - _RISE_SIZE_REACH), value.start) is not None
    )


# after a change (or its level), the words of its own comparison up to a comma (`up 60 from April, `)
OWN_PRIOR_BETWEEN = ByLanguage(
    lambda w: rf"[^\d,;.!?]*?(?<![\w-])(?:{w.change_own_prior_words})(?![\w-])[^\d;.!?]*?,\s", re.I, first_tested=False
)


# right after a change, its own comparison with a named time, up to a comma or the sentence's end (`4% higher than in
# the spring`)
_THAN_PERIOD = ByLanguage(
    lambda w: rf"\s*(?:{w.change_than_period_words})\s+(?P<time>[^,;.!?]+?)\s*(?:[,;.!?]|$)",
    re.I,
    first_tested=False,
)
# between a prior and a change set after it, the prior's own words of time up to the comma (`from $3m a year
# earlier, `)
_PRIOR_TIME_BEFORE = compile_exact(r"(?P<time>[^\d,;.!?]*)\s*,\s*$")


def other_time_than_the_prior(prior: Claim, change: Claim, text: str, lang: str) -> bool:
    """`rose to £108,000 this winter from £96,000 a year earlier, 4% higher than in the spring`: a change after a
    comma whose own words name the time it is compared with (`than in the spring`), other than the words of time
    set after the prior before it (`a year earlier`), is the level's second comparison; that prior is not its start."""
    if prior.end > change.start:
        return False
    own = _THAN_PERIOD[lang].match(text, change.end)
    if own is None:
        return False
    before = _PRIOR_TIME_BEFORE.fullmatch(text, prior.end, change.start)
    if before is None:
        return False
    return own.group("time").strip().casefold() not in before.group("time").casefold()


def _drop_prior_of_other_comparison(
    claims: list[Claim], change: Claim, value: Claim, indices: list[int], text: str, lang: str
) -> None:
    """`4,100 members in May, up 60 from April, against last year's 3,700`, `rose 2 cents to $3.10 on Friday,
    against $2.90 a year earlier`: a change whose words name its own start or day, and a prior set against the level
    after a comma, later in the sentence: the prior is another comparison's (the level's against a year back). The
    mirror: a prior before, with its own time, and a change after it naming another (`other_time_than_the_prior`)."""
    prior = next((claims[j] for j in indices if claims[j].id == change.compared_to), None)
    if prior is None or prior.sentence != change.sentence:
        return
    if other_time_than_the_prior(prior, change, text, lang):
        change.compared_to = None
        return
    if prior.start <= change.end:
        return
    start = value.end if change.end <= value.start < prior.start else change.end
    if OWN_PRIOR_BETWEEN[lang].match(text, start, prior.start):
        change.compared_to = None


def _prior_of_change_before(claims: list[Claim], index: int, change: Claim) -> bool:
    """`up 2.9% on the second quarter's $624m and 8.1% higher than a year before`: a prior of a basis its possessive
    names, right after another change of the sentence, is that change's, not one of another basis after it."""
    prior = claims[index]
    before = claims[index - 1] if index else None
    return bool(
        prior.basis
        and change.basis
        and prior.basis != change.basis
        and prior.end <= change.start
        and before is not None
        and before is not change
        and before.role == "change"
        and before.sentence == prior.sentence
    )


def _basis_of_prior(claims: list[Claim], change: Claim, indices: list[int]) -> None:
    """`up 2.9% on the second quarter's $624m and 8.1% higher than a year before`: a change measured from a prior whose
    possessive names its period is of that basis, whatever time marker of the sentence stands nearest (so the second
    change, of another basis, may take the same level)."""
    if change.compared_to is None:
        return
    prior = next((claims[j] for j in indices if claims[j].id == change.compared_to), None)
    if prior is not None and prior.role == "prior" and prior.basis:
        change.basis = prior.basis


def _ambiguous_equivalent(
    claims: list[Claim], by_sentence: dict[int, list[int]], equivalent: Claim, source: Claim
) -> bool:
    """`… and £8.8bn from smaller measures. The package is equivalent to about $52bn.`: an equivalent
    stated in a sentence of its own restates what that sentence names, and the sentence before lists
    several amounts in the source's money (a package and its parts): which one it converts is unknown,
    and the nearest is often a part. One amount in that money there is the one restated."""
    if source.sentence == equivalent.sentence:
        return False
    others = [
        claims[j]
        for j in by_sentence.get(source.sentence, [])
        if claims[j] is not source and claims[j].kind in ("money", "range") and claims[j].unit == source.unit
    ]
    # `기본 2400만파운드에 옵션 500만파운드가 붙어 최대 2900만파운드다. 유로화로는 3430만유로`: the others add up to
    # the source, the package they make: the one restated.
    if len(others) >= 2 and sum(c.low for c in others) <= source.high and source.low <= sum(c.high for c in others):
        return False
    return bool(others)


_AMOUNT_KINDS = ("money", "count", "measure", "range")
_RATE_KINDS = ("percent", "fraction")  # rates of change
_TIME_TO_FIGURE = ByLanguage(lambda w: rf"[^\S\n]*(?:{w.script_letters}{{1,2}}[^\S\n]+)?")


def _own_time_figures(doc: ArticleView, claims: list[Claim], indices: list[int], change: Claim) -> list[int]:
    """The figures of the change's sentence (`indices`) not of another time than the change."""
    # The time words between the sentence start and the change, found once per change, not per figure.
    lo = bisect.bisect_left(doc.time_starts, doc.segments.sentence_starts[change.sentence])
    hi = bisect.bisect_left(doc.time_starts, change.start)
    refs = [t for t in doc.times[lo:hi] if t.role in ("point", "relative")]
    if not refs:
        return indices  # no time word before the change: none is dated apart from it (the same list)
    return [j for j in indices if not _times_apart(doc, claims[j], change, refs)]


def _times_apart(doc: ArticleView, value: Claim, change: Claim, refs: list) -> bool:
    """`어제 1500명을 기록한 뒤, 오늘 300명이 더 늘었다`: a figure dated by its own time word and a
    change dated by another (the time word right before the change) are of two different times.
    A time word that labels another figure (`6월(4억원)보다`, `지난해 1억달러에서`) does not count.
    `refs`: the point and relative time words from the sentence start to the change."""
    if value.end > change.start:
        return False
    dated_value = any(t.end <= value.start for t in refs)
    dated_change = any(
        t.start >= value.end and _TIME_TO_FIGURE[doc.language].fullmatch(doc.text, t.end, change.start) for t in refs
    )
    return dated_value and dated_change


def _value_candidates(claims: list[Claim], indices: list[int], change: Claim) -> list[int]:
    """What a change can be a change of: an amount (for %, 배 and absolute changes),
    or a rate (for %p, and for % when the sentence states no amount)."""
    amounts = [
        j
        for j in indices
        if claims[j].role == "value" and claims[j].kind in _AMOUNT_KINDS and not _span_of_years(claims[j])
    ]
    rates = [j for j in indices if claims[j].role in ("value", "share") and claims[j].kind == "percent"]
    if change.kind in ("money", "count", "measure"):
        # `74.9 points` changes a figure in points; `20 paise` does not change one in rupees per dollar.
        same = [j for j in amounts if claims[j].unit == change.unit and claims[j].counter == change.counter]
        if same or change.counter:
            return same
        # `rose to 542 million subscribers from 536 million, an increase of 6 million`: a bare change is of the
        # figure of its unit that names what it counts
        return [j for j in amounts if claims[j].unit == change.unit]
    if change.kind == "pp":
        return rates
    if change.kind == "percent":
        return amounts or rates
    return amounts


def _span_of_years(claim: Claim) -> bool:
    """`the 2025-26 season`: a range whose second end is below its first names two years, not an amount."""
    return claim.kind == "range" and claim.low > claim.high


# `7% 증가한 57억 원`, `up 23% to ¥584.5bn`: the changed value follows the change.
_ATTRIBUTIVE = ByLanguage(
    lambda w: (
        # `7% 증가한 57억 원` is attributive; `120만원 오르며 5억원을` joins two clauses (no value of the change).
        rf"\s*(?:(?:{w.rise_verbs}|{w.fall_verbs})(?!\S*?(?:{w.connective_endings})\s)\S*|{w.to_words}|{w.at_words})\s+"
        rf"(?:(?:{w.record_words})\s+|(?:{w.hedges})\s+)?"
        rf"|(?:[^.;]|\.(?=\d)){{0,40}}\b(?:{w.to_words}|{w.at_words})\s+(?:(?:{w.record_words})\s+"
        rf"|(?:{w.hedges})\s+)?"  # `tripled, up 120% to $30bn`, `… or 0.8% at 36,548`
        rf"|(?:{w.rise_verbs}|{w.fall_verbs})\S*?(?:{w.attributive_particles})"
        # `지난해보다 15% 많은 3만명`: a comparison of size before the figure, like a verb of change
        rf"|\s*(?:{w.comparative_attributives})\s+(?:(?:{w.hedges})\s+)?"
    ),  # `12%増の3兆円`: no space between
    re.I,
)


_PARENTHESIS = compile_exact(r"^\s*\([^()]*\)")


def _prefer(candidates: list[int], keep) -> list[int]:
    preferred = [j for j in candidates if keep(j)]
    return preferred or candidates


def _names_metric(claim: Claim) -> bool:
    return bool(claim.metric) and "metric" not in claim.guesses


def _of_metric(value: Claim, metric: str | None) -> bool:
    """Whether a level is of the metric: placed with it, unless it counts another noun (`188 ferry calls`, given
    the metric of `passengers` named further on, is a count of calls, not the level a change of passengers is of)."""
    if value.metric != metric:
        return False
    counter = (value.counter or "").lower()
    return not counter or not metric or counter.startswith(metric) or metric.startswith(counter)


def _run_sibling(
    claims: list[Claim], j: int, grain: str | None, after: bool = False, before: int | None = None
) -> bool:
    """Whether the value is one member of a run by period (`in_a_run_by_period`, among values; only the next one with
    `after`, ending before `before`); with a grain, only when the run's grain is not that one."""
    claim = claims[j]
    if claim.period is None or claim.role != "value" or (grain is not None and claim.period.grain == grain):
        return False
    return in_a_run_by_period(claims, j, values_only=True, after_only=after, before=before)


def _run_member_passed(claims: list[Claim], j: int, change: Claim) -> bool:
    """Whether the value is a member of a run by period (`_run_sibling`) followed, before the change, by another value
    of its kind: the next member, or the run's whole (`…, 3,270 in December, for 9,400 in the quarter, up …`)."""
    if not _run_sibling(claims, j, None, before=change.start):
        return False
    claim, k = claims[j], j + 1
    if k >= len(claims):
        return False
    after = claims[k]
    return (
        after.sentence == claim.sentence
        and after.role == "value"
        and after.kind == claim.kind
        and after.end <= change.start
    )


def _changed_value(
    claims: list[Claim],
    indices: list[int],
    i: int,
    text: str,
    lang: str,
    taken: set[tuple[int, str, str | None]] = frozenset(),
    pools: dict | None = None,
    metric_hits: list[MetricHit] = (),
    sentence_start: int | None = None,
) -> int | None:
    """The value a change is of: the attributive one right after it, else the last one before it — among
    the candidates of its forecast not yet taken, preferring those of its metric, then of its entities.
    `pools`: the candidates of `indices` by kind of change, kept across the changes of one sentence.
    Each test reads outward from the change (bisection), not every figure of the sentence.
    `metric_hits`: the article's metric names, in order (a level before the name of the change's metric is not
    of it)."""
    change = claims[i]
    # `규사 480만톤 채굴…영업이익 12% 늘어`, `sold 5,200 tonnes, and operating profit rose 12%`: the change's metric
    # named after a level that names no metric opens the change's own subject; that level is not what changed
    # (a level naming a metric of its own keeps its change: `a dividend of 14.6 cents a share, up 17%`).
    named_from = (
        _metric_named_from(metric_hits, change, claims[i - 1].end if i else 0) if _names_metric(change) else None
    )
    key = (change.kind, change.unit, change.counter)
    pool = pools.get(key) if pools is not None else None
    if pool is None:
        candidates = _value_candidates(claims, indices, change)
        starts = [claims[j].start for j in candidates]
        ordered = all(a <= b for a, b in zip(starts, starts[1:]))
        pool = (candidates, starts if ordered else None)
        if pools is not None:
            pools[key] = pool
    candidates, starts = pool

    # (`Up from 7,650, … reached 9,300, or 3,100 a day on average, an increase of 1,650`: an amount's change stated
    # per no period is of the level, never of the level restated after it as a rate per day, as in the sentence after)
    # (and a rate's or fraction's, unless a prior of its sentence is stated per a short period too: `or 6,000 a day,
    # up from 15,000 in 2025, a rise of 20%` is of the level, `…, up from 5,000 a day` of the rate)
    per_level = not _per_short_period(change, text, lang)
    rate_priors: list[bool] = []  # (read once, and only when a restated rate is met)
    # (so too whether a prior of the level's unit is stated per a unit, when a level restated per unit is met)
    unit_priors: dict[str | None, bool] = {}

    def restated_rate(j: int) -> bool:
        if _restated_per_unit(claims, j, text, lang) and not _per_unit_marked(change, text, lang):
            # (`4kg 한 상자에 2만6천 원으로 ㎏당 6천500원꼴이며, 지난해 2만 원보다 30% 높다`: a level restated per one
            # unit right after it is no level of its own; the change is of the level, unless a prior of the
            # sentence is stated per a unit too)
            unit = claims[j].unit
            if unit not in unit_priors:
                unit_priors[unit] = any(
                    claims[k].role in ("prior", "baseline")
                    and claims[k].unit == unit
                    and _per_unit_marked(claims[k], text, lang)
                    for k in indices
                )
            if not unit_priors[unit]:
                return True
        if not (per_level and _restated_per_short_period(claims, j, text, lang)):
            return False
        if change.kind in _AMOUNT_KINDS:
            return True
        if not rate_priors:
            rate_priors.append(
                any(
                    claims[k].role in ("prior", "baseline") and _per_short_period(claims[k], text, lang)
                    for k in indices
                )
            )
        return not rate_priors[0]

    # (each candidate's answer kept for this change: the preferences and the choice below ask it again, three times)
    fitting: dict[int, bool] = {}

    def fits(j: int) -> bool:
        found = fitting.get(j)
        if found is None:
            found = fitting[j] = (
                claims[j].forecast == change.forecast
                and (j, change.kind, change.basis) not in taken
                and not passed_on_the_way(claims[j], text, lang)
                # `480조원보다 32조원(6.7%) 많은`: the figure right after the one it is compared with is their gap
                and not _gap_against(claims, j, text, lang)
                and not restated_rate(j)
                # (`지난해 12대에서 6대를 더 사들여 50% 늘렸다`: a figure added to a level is the rise, no level)
                and not added_as_more(claims[j], text, lang)
            )
        return found

    # (read once per figure of the sentence, kept with its pools: a dense line has hundreds of changes)
    rates: dict[int, bool] = pools.setdefault("unit rates", {}) if pools is not None else {}

    def unit_rate(j: int) -> bool:
        found = rates.get(j)
        if found is None:
            found = rates[j] = _UNIT_RATE_AFTER[lang].match(text, claims[j].end) is not None
        return found

    # A figure starting at or after the change cannot end before it.
    last_before = bisect.bisect_left(starts, change.start) if starts is not None else len(candidates)
    # Every candidate, nearest the change first: a preference is tested there first.
    outward = [*reversed(candidates[:last_before]), *candidates[last_before:]]
    # `매출은 … 17% 증가했고, 영업이익은 …`, `Kia's sales rose 12.4%`: the value it names, of whom it names
    # (each preference holds only when some candidate meets it).
    # (`sold 31,000 cars, up 4% from 30,000, and revenue per car was …`: a metric the sentence names only after the
    # change is a later clause's; it does not choose among the levels the change is set beside)
    by_metric = (
        _names_metric(change)
        and not (sentence_start is not None and _metric_named_from(metric_hits, change, sentence_start) is None)
        and any(_of_metric(claims[j], change.metric) and fits(j) for j in outward)
    )
    by_entities = (
        bool(change.entities)
        and "entities" not in change.guesses
        and any(
            claims[j].entities == change.entities
            and fits(j)
            and (not by_metric or _of_metric(claims[j], change.metric))
            for j in outward
        )
    )

    # `rose to £14.6m from £12.2m, an increase of £2.4m, which works out at about £9.80 a visitor`: an amount's change
    # is not of a rate per unit stated after it when a level is there (`rose 9% to $8,400 per square metre`: a
    # rate's change; `firmed by 12 cents to end at 1.36 per euro`: no level but the rate)
    by_level = (
        change.kind in _AMOUNT_KINDS
        and any(unit_rate(j) for j in outward[last_before:])
        and any(fits(j) and not unit_rate(j) for j in outward)
    )

    # `£4.18m, an average of £31.20 a ticket and £610,000 more than …`: a rate per unit set beside a level and joined
    # to an amount's change by `and` is, like the change, said of the level; it is not what changed
    def coordinated_rate(j: int) -> bool:
        found = _UNIT_RATE_AFTER[lang].match(text, claims[j].end) if change.kind in _AMOUNT_KINDS else None
        return bool(
            found
            and claims[j].end <= change.start
            and _UNIT_RATE_THEN_CHANGE[lang].fullmatch(text, found.end(), change.start)
            and any(fits(k) and not unit_rate(k) and claims[k].end <= claims[j].start for k in candidates)
        )

    def chosen(j: int) -> bool:
        value = claims[j]
        return (
            fits(j)
            # (`3,150 visits in October, 2,980 in November …, for 9,400 in the quarter, up from 8,900, a rise of 500`:
            # a member of a run by period with another value of its kind after it before the change — the next member
            # or the run's whole — is one period's, not what changed)
            and not (value.end <= change.start and _run_member_passed(claims, j, change))
            and not _run_span(claims[j], text, lang)
            and not coordinated_rate(j)
            and not _restated_average(claims[j], change, text, lang, sentence_start)
            and not _whole_of_share_beside(claims, j, change, text, lang)
            and not _threshold_of_a_group(claims, j, text, lang)
            and (not by_metric or _of_metric(value, change.metric))
            and not (named_from is not None and value.end <= named_from and not _names_metric(value))
            and (not by_entities or value.entities == change.entities)
            and not (by_level and value.start >= change.end and unit_rate(j))
        )

    first_after = bisect.bisect_left(starts, change.end) if starts is not None else 0
    # `approved a budget … after enrolment fell 12% to 4,400 students`: the level right after the change, of no
    # metric of its own, is the change's, whatever metric a noun further off gave the change
    nearest = next((j for j in candidates[first_after:] if claims[j].start >= change.end), None)
    # `up 4% from 30,000, and revenue rose 9% to $8m from $7m`: a level after a change that names its own baseline,
    # with another change standing before the level, is that other change's
    if nearest is not None and _owned_by_a_later_change(claims, i, nearest):
        nearest = None
    if (
        by_metric
        and nearest is not None
        and claims[nearest].metric is None
        and fits(nearest)
        and (not by_entities or claims[nearest].entities == change.entities)
        and _ATTRIBUTIVE[lang].fullmatch(text[change.end : claims[nearest].start])
    ):
        return nearest
    after = next((j for j in candidates[first_after:] if claims[j].start >= change.end and chosen(j)), None)
    if after is not None and _owned_by_a_later_change(claims, i, after):
        after = None
    # `sessions up 12% as rink income rises to £4.1m` (a headline, no comma): a level a clause with a subject of its
    # own moves to is that subject's, not the change's
    if after is not None and _OWN_SUBJECT_MOVES_TO[lang].search(text, change.end, claims[after].start) is not None:
        after = None
    # `rose to $212 from $196, an increase of 8.2%, while wages rose to $93m`: a level after the change, in a later
    # clause with a subject of its own, is that clause's, not the change's
    if after is not None and OWN_SUBJECT_OPENS[lang].search(text, change.end, claims[after].start) is not None:
        after = None
    if after is not None and _COORDINATED_SUBJECT_MOVES_TO[lang].search(text, change.end, claims[after].start):
        after = None
    # `fell to $2.35 a kilo from $3.10, a drop of 24%, valuing the crop at $60m`: a level after a participle that
    # values a thing it names is that thing's worth, not the level the change left
    if after is not None and _VALUING_CLAUSE[lang].search(text, change.end, claims[after].start) is not None:
        after = None
    if (
        after is not None
        and _price_after_own_prior(claims, i, after, text, lang)
        and any(
            claims[j].end <= change.start
            and (claims[j].kind, claims[j].unit) != (claims[after].kind, claims[after].unit)
            and chosen(j)
            and not _PRICES_CHANGED[lang].search(text, claims[j].end, change.start)
            for j in outward[:last_before]
        )
    ):
        # (the level is stated before the change, in another unit than the price: the change is of the level)
        after = None
    # `fell 215 points (1.2%) to …`: the rate in parentheses sits between the change and its value.
    if after is not None and _ATTRIBUTIVE[lang].fullmatch(
        _PARENTHESIS.sub("", text[change.end : claims[after].start], count=1).lstrip(")")
    ):
        return after
    before = (
        j
        for j in outward[:last_before]
        if claims[j].end <= change.start
        and chosen(j)
        and _OWN_SUBJECT_CLAUSE[lang].search(text, claims[j].end, change.start) is None
    )
    nearest_before = next(before, None)
    if nearest_before is not None and _modifies_a_noun(claims[nearest_before], text):
        # (`counted 52 otters along a 17-mile stretch of river, up from 40`: a measure hyphened to its count before
        # a noun describes that noun; the clause's head figure before it is what changed — with none, the measure)
        # (only a count heading the measure's own phrase, with nothing between that opens another clause, and of no
        # other noun than a prior naming its own: else the measure stays the value, as with none)
        head = next((j for j in before if not _modifies_a_noun(claims[j], text)), None)
        if head is not None and _heads_the_measure(claims, head, nearest_before, i, text, lang):
            return head
    return nearest_before


# `, at `, `, at about `: right before a figure, a comma and the word setting it beside the clause before
_AT_AFTER_COMMA = ByLanguage(lambda w: rf",\s+(?:{w.at_words})\s+(?:(?:{w.hedges})\s+)?$", re.I)


def _price_after_own_prior(claims: list[Claim], i: int, after: int, text: str, lang: str) -> bool:
    """`sold 2,100 tonnes, up 5% on last year's 2,000, at £80 a tonne`: past the change's own prior, a rate per unit
    set on after a comma and `at` is the price the level sold at, not the level the change left (`down 0.8% at
    36,548`, no prior between, is)."""
    value = claims[after]
    priors = [claims[k] for k in range(i + 1, after) if claims[k].role in ("prior", "baseline")]
    return (
        bool(priors)
        # (`up 20% on last year's £170, at £204 a tonne`: a prior of the price's own kind and unit is the price's)
        and not any((prior.kind, prior.unit) == (value.kind, value.unit) for prior in priors)
        and _AT_AFTER_COMMA[lang].search(text, claims[after - 1].end, value.start) is not None
        and _UNIT_RATE_AFTER[lang].match(text, value.end) is not None
    )


# right before a change, its own subject naming prices (`at prices up 20%`, `with the price of wheat up 20%`): the
# change is of the price, not of a level before it
_PRICES_CHANGED = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?:{w.price_change_subjects})(?![^\W\d_])(?:\s+[^\W\d_]+){{0,3}}\s+$", re.I
)


# `a 17-mile stretch`, `a 40-tonne load`: a count hyphened to its unit, a noun right after it
_HYPHENED_MEASURE = compile_exact(r"\d[\d.,]*-[^\W\d_]+")
_NOUN_NEXT = compile_exact(r" [^\W\d_]{3,}")


def _modifies_a_noun(claim: Claim, text: str) -> bool:
    """Whether a figure is a measure hyphened to its count before the noun it describes (`a 17-mile stretch`), no
    head figure of its clause."""
    return bool(_HYPHENED_MEASURE.fullmatch(text, claim.start, claim.end) and _NOUN_NEXT.match(text, claim.end))


# between a head count and the hyphened measure after it, the noun's own words (lower case, none opening another
# clause: `[link.head_phrase_breaks]`) and one or two phrases opened by a preposition (`[link.measure_phrase_opens]`):
# `65 nests along an 8-mile reach`, `150 crates on 2-deck barges along a 40-mile canal`, `45 bales a day with a`
_HEAD_TO_MEASURE = ByLanguage(
    lambda w: (
        rf"(?:(?:\s+(?!(?:{w.head_phrase_breaks})(?![^\W\d_]))(?:\d[\d.,]*-)?{w.chars('small_letters')}+){{0,3}}"
        rf"\s+(?:{w.measure_phrase_opens})(?:\s+(?:an?|the|its|their))?){{1,2}}\s+"
    )
)
_LETTER = compile_exact(r"[^\W\d_]")


def _heads_the_measure(claims: list[Claim], head: int, measure: int, i: int, text: str, lang: str) -> bool:
    """Whether the count before a hyphened measure heads the measure's clause, so that the change after both is of
    it (`counted 65 nests along an 8-mile reach, up from 50`): only its noun's words and a phrase opened by a
    preposition between the two (no comma, verb, `and` or relative pronoun: `With 12 crews on shift, the council
    resurfaced a 24-mile stretch`, `3 teams laid a 36-mile line`, `30 locks and a 48-mile canal`), no clause closing
    after the measure before the change (`The trust, which has 9 rangers on a …, opened`), no figure in the measure's
    own unit, and no prior naming a noun of its own other than the head's (`up from 30 miles`: the measure's)."""
    count, hyphened = claims[head], claims[measure]
    if _same_noun(count, hyphened, lang):
        return False
    if not _HEAD_TO_MEASURE[lang].fullmatch(text, count.end, hyphened.start):
        return False
    if measure + 1 < len(claims) and text.count(",", hyphened.end, claims[measure + 1].start) > 1:
        return False
    return not any(
        claims[k].role in ("prior", "baseline")
        and _LETTER.search(claims[k].text) is not None
        and (_same_noun(claims[k], hyphened, lang) or not _same_noun(claims[k], count, lang))
        for k in range(measure + 1, i)
    )


def _same_noun(one: Claim, other: Claim, lang: str) -> bool:
    """Whether two figures are of one kind and unit, and counts of one noun (`30 miles`, `36-mile`)."""
    if (one.kind, one.unit) != (other.kind, other.unit):
        return False
    if one.kind != "count":
        return True
    return (
        one.counter is not None
        and other.counter is not None
        and singular(one.counter, lang) == singular(other.counter, lang)
    )


# (ends at the level: between a change and a level after it, a subject opener, its noun, a verb of change and `to`)
_OWN_SUBJECT_MOVES_TO = ByLanguage(
    lambda w: (
        rf"\s(?:{w.subject_clause_opens})\s+(?!(?:{w.anaphoric_subjects})\b)[^\W\d_][^,;.\d]*?\s"
        rf"(?:{w.rise_verbs}|{w.fall_verbs})\S*\s+(?:{w.to_words})\s+\S?$"
    ),
    re.I,
)


# `Fees rose 10% from £300, and parking rose to £12`: after `, and` a subject with no article (one to three words, no
# pronoun for the figures before, no word that goes on with their subject: `and then rose to`) and its own verb of
# change: the level that clause moves to is that subject's, not the change's
_COORDINATED_SUBJECT_MOVES_TO = ByLanguage(
    lambda w: (
        rf",\s+(?:{w.clause_joiners})\s+(?!(?:{w.anaphoric_subjects}|{w.coordinated_subject_stops}|{w.hedges})\b)"
        rf"(?:(?!(?:{w.rise_verbs_before}|{w.fall_verbs_before}|{w.coordinated_subject_stops})\b)[^\W\d_][\w'’-]*\s+){{1,3}}"
        rf"(?:{w.rise_verbs_before}|{w.fall_verbs_before})\s+(?:{w.to_words})\s+\S?$"
    ),
    re.I,
)


def _owned_by_a_later_change(claims: list[Claim], i: int, value: int) -> bool:
    """`up 4% from 30,000, and revenue rose 9% to $8m`: between the change (index `i`) and a level after it stand a
    baseline of the change's own and then another change; the level is that other change's. (Two statements of one
    change, `rose £2m, or 9%, to £24m`, have no baseline between them, and one in each unit restates it with one:
    `fell 12% from $50m, a drop of $6m, to $44m`.) Reads the figures between the two only."""
    baseline_seen = False
    for k in range(i + 1, value):
        role = claims[k].role
        if role in ("baseline", "prior"):
            baseline_seen = True
        elif role == "change" and baseline_seen and claims[k].unit == claims[i].unit:
            # (a change in the other unit restates this one: `fell 12% from $50m, a drop of $6m, to $44m`)
            return True
    return False


# `rose 14% to $96m from $84m, as sales to Peru more than doubled`: a change in a clause with a subject of its own,
# after the figures, is not of them (a clause of words only, up to the change)
_OWN_SUBJECT_CLAUSE = ByLanguage(lambda w: rf"{own_subject_opening(w)}[^\d,;.]*$", re.I)


def _metric_named_from(metric_hits: list[MetricHit], change: Claim, start: int) -> int | None:
    """Where the change's metric is last named between `start` (the figure before the change) and the change."""
    found = None
    # (by index, not over `metric_hits[at:]`: a copy of the rest of the article's hits per change is quadratic)
    for k in range(bisect.bisect_left(metric_hits, (start,)), len(metric_hits)):
        hit = metric_hits[k]
        if hit.end > change.start:
            break
        if hit.metric == change.metric:
            found = hit.start
    return found


_UNIT_RATE_AFTER = ByLanguage(lambda w: rf"(?:{w.unit_rate_after})", re.I)
# `, valuing the crop at`: a participle after a comma that puts a value on a thing it names
_VALUING_CLAUSE = ByLanguage(lambda w: rf",\s*(?:{w.valuing_verbs})\s", re.I)
# `음식물쓰레기 1톤에서 가스 50㎥`, `1톤당 50㎥`, `한 번에 평균 40명`: the one of a unit and its mark before a figure, a
# word or two between: the figure is per that one unit (a bare `에` only with an average after it: `1층에 30곳` is none;
# nor a year's, `한 해에 평균 2만명`: an average per year is a year's level, no restatement of a total over years)
_PER_ONE_BEFORE = ByLanguage(
    lambda w: (
        rf"(?<![^\W_])(?<![.,])(?!(?:{w.per_year_before})(?:{w.per_one_noun_marks}))"
        rf"(?:{w.one_before_counter})[^\W\d_]{{1,3}}(?:{w.per_noun_marks}|{w.per_one_source_marks}"
        rf"|(?:{w.per_one_noun_marks})(?=\s?(?:{w.average_right_before})))(?:\s+[^\W\d_]+){{0,2}}\s?$"
    )
)
_PER_ONE_REACH = 20  # characters before a figure where the one of its unit and the mark stand
_UNIT_RATE_THEN_CHANGE = ByLanguage(lambda w: rf"(?:{w.unit_rate_then_change})", re.I)


# `That is an average of 410 a day and 9% more than last year's 3,400` (invented): a sentence that opens by restating
# the figure before as an average over a period, then joins a change to it by `and`
_RESTATED_AVERAGE_OPENS = ByLanguage(
    lambda w: (
        rf"\s*(?:{w.anaphoric_subjects})\s+(?:{w.comparison_copulas})\s+(?:{w.average_before})\s+"
        rf"(?:(?:{w.hedges})\s+)?"
    ),
    re.I,
)
_AVERAGE_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.average_after})[^\W\d_]*", re.I)


def _restated_average(value: Claim, change: Claim, text: str, lang: str, sentence_start: int | None) -> bool:
    """Whether `value` is such an average: the change is of the figure it restates (the sentence before's, which the
    anaphoric subject names), as a change joined to a unit rate is (`coordinated_rate` above), not of the average."""
    if sentence_start is None or value.end > change.start or value.sentence != change.sentence:
        return False
    found = _AVERAGE_AFTER[lang].match(text, value.end)
    return bool(
        found
        and _UNIT_RATE_THEN_CHANGE[lang].fullmatch(text, found.end(), change.start)
        and _RESTATED_AVERAGE_OPENS[lang].fullmatch(text, sentence_start, value.start)
    )


# `인구 12만명의 5.0%로, 지난해의 1.3배`, `5.0% of the 120,000 residents, and 1.3 times last year's` (invented): the
# whole a share beside the change is of (the share itself a level of the subject, set beside the change by a comma
# or `and`), no level the change is of
_SHARE_OF_WHOLE = ByLanguage(lambda w: rf"\s+(?:{w.genitive})\s+(?:[^\W\d_][\w'’-]*\s+){{0,3}}", re.I)
_REFERS_BACK = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.anaphoric_subjects})(?![^\W\d_])", re.I)
_SHARE_LEVEL_JOINED = ByLanguage(lambda w: rf"\s*(?:{w.level_particles})?\s*,", re.I)
_WHOLE_JOINED = ByLanguage(lambda w: rf"[^\W\d_'’\s]*(?:\s+[^\W\d_]+){{0,3}}?(?:\s*,|\s+(?:{w.and_words})\s)", re.I)


def _whole_of_share_beside(claims: list[Claim], j: int, change: Claim, text: str, lang: str) -> bool:
    whole = claims[j]
    if whole.end > change.start or whole.kind not in _AMOUNT_KINDS:
        return False
    share = claims[j + 1] if j + 1 < len(claims) else None
    if (
        share is not None
        and share.kind == "percent"
        and share.role == "share"
        and share.end <= change.start
        and share.sentence == change.sentence
        and _whole_of_a_share(claims, j, text, lang)
        and _SHARE_LEVEL_JOINED[lang].match(text, share.end)
    ):
        return True  # `인구 12만명의 5.0%로,`
    share = claims[j - 1] if j else None
    return bool(
        share is not None
        and share.kind == "percent"
        and share.role == "share"
        and share.sentence == change.sentence
        and _SHARE_OF_WHOLE[lang].fullmatch(text, share.end, whole.start)
        and _WHOLE_JOINED[lang].match(text, whole.end)
        # (`…, and the economy grew 3% from $116bn`: a clause with a subject of its own may be about the whole)
        and _OWN_SUBJECT_CLAUSE[lang].search(text, whole.end, change.start) is None
        # (`…, 5% of the $120bn economy, which grew 3%`: a word referring back makes the whole the subject)
        and _REFERS_BACK[lang].search(text, whole.end, change.start) is None
    )  # `5.0% of the 120,000 residents, and`


# `41% of members voted in more than 80% of the ballots` (invented): between a rate and a bounded rate right after it,
# the words of a verb (no figure, no stop); after the bounded rate, what it is of
_GROUP_VERB_TO_THRESHOLD = ByLanguage(lambda w: r"\s+(?:[^\W\d_][\w'’-]*\s+){1,4}", re.I)
_THRESHOLD_OF = ByLanguage(lambda w: rf"\s+(?:{w.genitive})\s", re.I)


_BOUNDS = ("over", "under", "atleast", "atmost")  # (the qualifiers of a bound: `more than`, `at least`, …)


def _bounded(claim: Claim) -> bool:
    quantity = claim.quantity
    return quantity.low_open or quantity.high_open or quantity.qualifier in _BOUNDS


def _threshold_of_a_group(claims: list[Claim], j: int, text: str, lang: str) -> bool:
    """Whether the rate is the bound that defines the group a rate before it is the share of (`41% … in more than 80%
    of the ballots`): a condition of who is counted, no level of the story a change is of."""
    rate = claims[j]
    if rate.kind != "percent" or not _bounded(rate) or not j:
        return False
    group = claims[j - 1]
    return bool(
        group.kind == "percent"
        and group.role in ("share", "value")
        and group.sentence == rate.sentence
        and not _bounded(group)
        and _GROUP_VERB_TO_THRESHOLD[lang].fullmatch(text, group.end, rate.start)
        and _THRESHOLD_OF[lang].match(text, rate.end)
    )


# `sold 61,420 passes over its four nights, up from 55,900`: a count after a preposition of spread and a possessive
# is the length of the run the level was counted over, not a level that changed
_RUN_SPAN_BEFORE = ByLanguage(lambda w: rf"\b(?:{w.run_span_before})\s+$", re.I)
_RUN_SPAN_REACH = 24


def _run_span(claim: Claim, text: str, lang: str) -> bool:
    return _RUN_SPAN_BEFORE[lang].search(text, max(0, claim.start - _RUN_SPAN_REACH), claim.start) is not None


# `5만원을 돌파한 뒤에도 2500원 더 올랐다`: a threshold passed on the way, not the changed value.
_MILESTONE = ByLanguage(lambda w: rf"\s?(?:{w.milestone_after})")
_MILESTONE_REACH = 12  # the particle and verb after the number (`을 돌파한 뒤`), part of the mention or not


def passed_on_the_way(claim: Claim, text: str, lang: str) -> bool:
    """Whether a figure is a threshold passed on the way; the extractor may have read its verb into the
    mention as a bound (`7억원을 넘긴` is `over 7억원`), so the words are sought from its number on."""
    found = search_between(_MILESTONE[lang], text, claim.start, claim.end + _MILESTONE_REACH)
    return found is not None and found.start() <= claim.end


# ---------------------------------------------------------------- differences: two periods and a change
def _pair_with_previous_period(
    claims: list[Claim], change: Claim, indices: list[int], text: str, lang: str, target: int
) -> int:
    """`주가는 이달 5만2000원으로 지난달(4만9500원) … 2500원 더 올랐다`, `$5.2bn in May against $4.9bn
    in April, up $300m`: an absolute change with no baseline of its own, after two figures of one
    entity and metric whose periods follow each other, is the later minus the earlier. Returns the
    changed value's index (the later figure's when the pair is found, else `target`)."""
    value = claims[target]
    if change.compared_to is not None or change.kind not in ("money", "count") or not value.period:
        return target
    same = [
        j
        for j in indices
        if claims[j].role == "value"
        and claims[j].end <= change.start
        and claims[j].period
        and claims[j].unit == value.unit
        and claims[j].entities == value.entities
        and claims[j].metric == value.metric
        and not passed_on_the_way(claims[j], text, lang)
    ]
    pairs = [
        (later, earlier, shift)
        for later in same
        for earlier in same
        for shift in ("month", "quarter", "year")
        if claims[later].period is not None and claims[later].period.previous(shift) == claims[earlier].period
    ]
    if len(pairs) != 1:
        return target
    later, earlier, shift = pairs[0]
    change.change_of, change.compared_to, change.basis = claims[later].id, claims[earlier].id, shift
    change.period, change.period_span = claims[later].period, claims[later].period_span
    return later


def _table_rows_before(doc: ArticleView, by_sentence: dict[int, list[int]], sentence: int) -> list[int]:
    """The figures of the table rows (`| … |` lines) that end right before the sentence after `sentence`, when
    `sentence` is one: a row is a sentence of its own, and the change after a table may name any row."""
    rows: list[int] = []
    starts = doc.segments.sentence_starts
    while 0 <= sentence < len(starts) and doc.text.startswith("|", starts[sentence]):
        rows[:0] = by_sentence.get(sentence, [])
        sentence -= 1
    return rows


def _is_heading(doc: ArticleView, sentence: int, unfinished: dict[int, bool]) -> bool:
    """A title or a Markdown heading sums the story up; the body's changes are not of its figures.
    `unfinished`: what is known of each line so far (a line is read once, not once per sentence:
    a long line without breaks made this quadratic)."""
    if sentence < 0:
        return True
    start = doc.segments.sentence_starts[sentence]
    line_start = doc.text.rfind("\n", 0, start) + 1
    if doc.text.startswith("#", line_start):
        return True
    if doc.segments.paragraph_of(start) != 0:
        return False
    if line_start not in unfinished:
        line_end = doc.text.find("\n", start)
        line = doc.text[line_start : line_end if line_end >= 0 else len(doc.text)].rstrip()
        unfinished[line_start] = not _SENTENCE_FINAL[doc.language].search(line)
    return unfinished[line_start]


# `It was up 14% …`, `이는 …`, `1년 새 9조원이 늘었다`: a sentence that continues the one before.
_CONTINUES = ByLanguage(lambda w: rf"\s*(?:{w.continuations})\b")


# `This spring's cutting …`: a sentence opening on a determiner of a noun's possessive
# (`[link.continuation_determiners]`)
_DETERMINER_OPENS = ByLanguage(lambda w: rf"\s*(?:{w.continuation_determiners})", re.I)
# `… 250% 증가한 수치다`, `… 늘어난 것이다`, `… 규모다`: a sentence that restates the one before.
_CONTINUES_END = ByLanguage(lambda w: rf"(?:{w.restatement_endings})\.?\s*$")
# A line that ends as a sentence does is no title.
_SENTENCE_FINAL = ByLanguage(lambda w: rf"(?:{w.sentence_final})$")


def _states_prior(
    claims: list[Claim], indices: list[int], change: Claim, text: str, lang: str, opening: int | None = None
) -> Claim | None:
    """The amount (for a change in points, the rate) a change's own sentence names as its prior or
    baseline (`작년 동기(8조원)보다 25%`); given where the sentence opens, also the one set right after the change in a
    sentence that continues the one before (`That is up a fifth on last year's 80 teams`)."""
    # (a change in points is of a rate: `전분기 37.8%보다 3.1%포인트 증가했다`)
    kinds = ("percent",) if change.kind == "pp" else _AMOUNT_KINDS
    priors = [
        claims[j]
        for j in indices
        if claims[j].role in ("prior", "baseline") and claims[j].kind in kinds and claims[j].end <= change.start
    ]
    # `Attendance was 9% higher than last year's 561,800, and receipts rose 15.4% from €12.3 million`: a change with
    # the figure it started from right after it is measured from that one, never from another clause's prior (`That
    # is up a fifth on last year's 80 teams`: nor is it a prior the sentence states before the change only)
    own = _own_base_after(claims, indices, change, text, lang)
    if own is not None and (
        priors
        or (
            opening is not None
            and _CONTINUES[lang].match(text, opening) is not None
            and not _value_in_unit(claims, indices, own, text, lang)
        )
    ):
        return own if own.kind in kinds else None
    if not priors:
        return None
    # Only a sentence that states no value of its own in the prior's unit borrows one
    # (`… fell 2.6% to 2,417 from 2,482, while another index dropped 2.5%` is about its own figures).
    # (the gap to a figure compared with, `평년 가격 2만9,500원보다도 2,900원 높다`, is no level of the sentence's
    # own; nor is a change's size beside its rate, which the role stage has already made a change)
    if _value_in_unit(claims, indices, priors[-1], text, lang):
        return None
    return priors[-1]


def _value_in_unit(claims: list[Claim], indices: list[int], prior: Claim, text: str, lang: str) -> bool:
    """Whether the sentence states a value of its own in the prior's unit (no gap to a figure compared with, nor a
    figure added to a level: `12대에서 6대를 더 사들여`)."""
    return any(
        claims[j].role == "value"
        and claims[j].unit == prior.unit
        and not _gap_against(claims, j, text, lang)
        and not added_as_more(claims[j], text, lang)
        for j in indices
    )


_FROM_THEN_BASE = ByLanguage(
    lambda w: (
        rf",?\s+(?:{w.from_words}|{w.baseline_on_words})\s+(?:(?:{w.small_letters}[\w'’-]*|\w+'s)\s+){{0,3}}"
        if w.from_words
        else r"(?!)"
    ),
    re.I,
)


def _own_base_after(claims: list[Claim], indices: list[int], change: Claim, text: str, lang: str) -> Claim | None:
    """The prior or baseline a change names right after itself (`rose 15.4% from €12.3 million`, `up 4% from last
    year's $8.1m`, `up 21%, on last summer's 17,640`): the figure it started from."""
    following = next((claims[j] for j in indices if claims[j].start >= change.end), None)
    if following is None or following.role not in ("prior", "baseline"):
        return None
    return following if _FROM_THEN_BASE[lang].fullmatch(text, change.end, following.start) else None


_EARLIER_SENTENCES = 3  # how far back in the paragraph a listed part is sought


def _labelled_earlier(
    claims: list[Claim],
    by_sentence: dict[int, list[int]],
    change: Claim,
    prior: Claim,
    doc: ArticleView,
    taken: set[tuple[int, str, str | None]],
) -> int | None:
    """`밀가루가 520만톤, 설탕 380만톤 … 순이었다. 밀가루는 …. 설탕은 지난해 350만톤보다 8.6% 늘었다`: parts
    listed, then each one's change in a sentence of its own that states the part's prior but not its level. Two
    sentences back or more, the listed figure (in the prior's unit and counter) whose label the change's clause
    names — exactly one — is the level (the sentence right before is read by `_value_before`)."""
    if _names_metric(change):
        return None
    values: list[int] = []
    for back in range(change.sentence - 2, change.sentence - 2 - _EARLIER_SENTENCES, -1):
        indices = by_sentence.get(back, [])
        if not indices or claims[indices[0]].paragraph != change.paragraph:
            break
        values[:0] = [
            j
            for j in _value_candidates(claims, indices, change)
            if claims[j].unit == prior.unit
            and claims[j].forecast == change.forecast
            and (j, change.kind, change.basis) not in taken
            and not (prior.counter and claims[j].counter and claims[j].counter != prior.counter)
            and not (_names_metric(prior) and claims[j].metric != prior.metric)
        ]
    if len(values) < 2:
        return None
    bounds = doc.segments.sentence_bounds(change.sentence, len(doc.text))
    start = _clause_start(doc.text, doc.language, bounds[0], change.start)
    return _labelled_in(claims, values, doc.text, start, change.start, doc.language)


def _value_of_next_period(
    claims: list[Claim],
    change: Claim,
    prior: Claim,
    following: list[int] | None = None,
    text: str | None = None,
    lang: str | None = None,
) -> int | None:
    """`올해 예산 480조원보다 8.3% 늘었다`, far from the figure it is about: the article's figure of the
    prior's metric (or counter) for the period after the prior's — the only one, else no link.
    `2018년 32만명에서 2만명 감소했다. 지난해 출생아 수는 30만명이었다`: when the article states several,
    the one the next sentence of the paragraph states (`following`, its figures' indices), else the one
    the paragraph states before the change (`2위는 3분기 영업이익률 47.4%를 기록한 A사다. … 전분기 50.0%보다
    2.6%포인트 감소했다`). A rate's level is a value or a share."""
    if not prior.period:
        return None
    shift = change.basis or prior.basis or "year"
    levels = ("value", "share") if prior.kind == "percent" else ("value",)
    borrowed_alone = (
        bool(prior.metric)
        and "metric" in prior.guesses
        and len({c.metric for c in claims if c.sentence == prior.sentence - 1 and _names_metric(c)}) == 1
    )
    candidates = [
        j
        for j, c in enumerate(claims)
        if c.role in levels
        # (`방문객 한 명에게 3만원꼴`, `one in five`: a count of one is what a figure per head is of, never a level)
        and not (c.kind == "count" and c.value == 1)
        and c.unit == prior.unit
        and c.counter == prior.counter
        and c.period
        and c.forecast == change.forecast
        and not c.furniture
        and c.period.previous(shift) == prior.period
        and (c.metric == prior.metric if prior.metric and "metric" not in prior.guesses else True)
        # A rate of no named metric is a level of the change's paragraph only: a rate paragraphs away
        # (`국내총생산 전망치의 2.1% 수준`) is some other ratio of the next period.
        and (c.paragraph == change.paragraph or prior.kind != "percent" or _names_metric(prior))
        # (`매출은 …보다 12% 늘었다. 직전 분기(…)보다는 5% 줄었다`: a prior that borrows the metric of a sentence
        # before that names one metric only is a figure of that metric; a level that names another metric is another
        # figure's, whatever its date)
        and not (borrowed_alone and _names_metric(c) and c.metric != prior.metric)
        # (`온라인 매출은 지난해 30억 원에서 33% 뛰었다`: a change naming its segment is not of a figure of the whole
        # stated in another paragraph, `매출은 120억 원으로`)
        and not (change.scope and c.scope != change.scope and c.paragraph != change.paragraph)
    ]
    if text is not None and lang is not None and not _per_one_unit(prior, text, lang):
        # (`예산은 올해 30억원보다 6억원 늘었다. 사업 1건당 평균 4천만원꼴이다`: a figure per one unit restates the
        # level over its units; it is not the level a change from a total's prior is of)
        candidates = [j for j in candidates if not _per_one_unit(claims[j], text, lang)]
    # Several figures of the next period: the one the next sentence of the paragraph states, else the
    # one of the metric the prior borrowed, else one whose period is written (not assumed from an
    # earlier sentence), else the one the paragraph states before the change.
    values = {claims[j].value for j in candidates}
    if len(values) > 1:
        in_next = [j for j in candidates if j in (following or []) and claims[j].paragraph == change.paragraph]
        # (not when the sentence it borrowed from states figures of several metrics: then the last of
        # them is no better a guess than the others)
        lent = {claims[j].metric for j in candidates if claims[j].sentence == prior.sentence - 1}
        borrowed = (
            [j for j in candidates if claims[j].metric == prior.metric]
            if prior.metric and "metric" in prior.guesses and len(lent) <= 1
            else []
        )
        dated = [j for j in candidates if "period" not in claims[j].guesses]
        in_paragraph = [
            j for j in candidates if claims[j].paragraph == change.paragraph and claims[j].end <= change.start
        ]
        for narrowed in (in_next, borrowed, dated, in_paragraph):
            if len({claims[j].value for j in narrowed}) == 1:
                return narrowed[0]
        return None
    return candidates[0] if len(values) == 1 else None


_ADDED_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.more_or_fewer_after})\b", re.I)


def _added_count(claim: Claim, text: str, lang: str) -> bool:
    """`will add 30 more`, `30 more stalls`: a count added or taken away (`[link.more_or_fewer_after]`), no level."""
    return _ADDED_AFTER[lang].match(text, claim.end) is not None or (
        _ADDED_AFTER[lang].search(text, claim.start, claim.end) is not None
    )


# How many times its prior a level guessed for a rate of change below 100% may be: beyond, the two are figures of
# different things (a price per unit and a total), not one level a year apart.
_OTHER_SCALE = 20.0


def _value_before(
    claims: list[Claim],
    previous: list[int],
    change: Claim,
    text: str,
    lang: str,
    bounds: tuple[int, int],
    prior: Claim | None = None,
    taken: set[tuple[int, str, str | None]] = frozenset(),
    rows: list[int] = (),
) -> int | None:
    """`It was up 14% from …`, `1년 새 9조원이 늘어난 것이다`: the value of the sentence before —
    only when the change names the same metric and segment, or names none and one value fits.
    A sentence that states only a prior and the change (`작년 동기(8조원)보다 25% 증가했다`) continues
    the one before: its value is the last one there in the prior's unit (and metric, when the prior names one)."""
    if not previous or change.paragraph - claims[previous[0]].paragraph > 1:
        return None
    # `… 6,400억원으로 한 달 전(3,000억원)의 2.1배였다. 지난해(5,800억원)보다는 10.3% 늘었다`: the figure a change of
    # the sentence before is measured against is that sentence's earlier figure, never the level a later change is of
    bases = {claims[k].compared_to for k in previous if claims[k].role == "change" and claims[k].compared_to}
    bases |= measures_of_multiples(claims, previous, text, lang)
    # (`The open will bring 96 teams. That is up a fifth on last year's 80`: a sentence that opens so continues the one
    # before, its forecast with it)
    continues = _CONTINUES[lang].match(text, bounds[0]) is not None
    candidates = _value_candidates(claims, previous, change)
    if continues:
        # (… but the level it continues is a level, never a count added: `has 120 stalls and will add 30 more`; a
        # forecast only when the sentence before states no level done: the done one is preferred)
        candidates = [j for j in candidates if not _added_count(claims[j], text, lang)]
        done = [j for j in candidates if claims[j].forecast == change.forecast]
        candidates = done or candidates
    values = [
        j
        for j in candidates
        if (claims[j].forecast == change.forecast or continues)
        and claims[j].id not in bases
        and not _gap_against(claims, j, text, lang)
        # `Turnover rose 6.2% to $1.4bn. Sales at older shops rose 2.4%`: a value whose change of this kind is
        # stated in its own sentence is not the one a later sentence's change is of
        and (j, change.kind, change.basis) not in taken
    ]
    if prior is not None and prior.period is not None and "period" not in prior.guesses:
        values = _dated_to_prior(claims, values, change, prior)
        # (`10월 3150명, 11월 2980명, 12월 3270명이었다. 지난해 4분기 8900명보다 500명 늘었다`: one month of a run by
        # month is no level of a quarter's prior)
        kept = [j for j in values if not _run_sibling(claims, j, prior.period.grain)]
        if values and not kept:
            # (the sentence before is all a run by a finer period: the level is the one before it, its whole)
            return _value_before(
                claims, indices_of_sentence_before(claims, previous), change, text, lang, bounds, prior, taken
            )
        values = kept
    if change.kind in _AMOUNT_KINDS and not _per_short_period(change, text, lang):
        # (`Donations came to $6.5m, roughly $500,000 a week. It marked a rise of $1.4m`: an amount's change
        # stated per no period is of the level, never of the level restated after it as a rate per week)
        values = [j for j in values if not _restated_per_short_period(claims, j, text, lang)]
    if prior is None or not _per_unit_marked(prior, text, lang):
        # (`목표는 720톤으로 ha당 7.5톤꼴이다. … 지난겨울 600톤보다 5분의 1 많다`: a level restated per one unit right
        # after it is no level of its own; a change from a prior stated per no unit is of the level it restates)
        levels = [_level_restated_per_unit(claims, j, text, lang) for j in values]
        values = list(dict.fromkeys(j if level is None else level for j, level in zip(values, levels)))
    if prior is not None and rows:
        # `| 영남권 | 3만7천400대 |` rows, then `영남권 판매량은 지난해(…)보다 16.5% 늘었다`: the row the change names
        in_rows = [j for j in _value_candidates(claims, rows, change) if claims[j].unit == prior.unit]
        named = _labelled_in(claims, in_rows, text, bounds[0], change.start, lang)
        if named is not None:
            return named
    if prior is not None and not _names_metric(change):
        values = [
            j
            for j in values
            if claims[j].unit == prior.unit
            and (not _names_metric(prior) or claims[j].metric == prior.metric)
            # (`도서관 23곳 … 대출 312만권 … 2024년(287만권)보다`: a count of another counter is another figure)
            and not (prior.counter and claims[j].counter and claims[j].counter != prior.counter)
        ]
        # (`환자는 7만3천명으로 하루 평균 200명꼴이었다. 2024년 6만5천명보다 12.3% 늘었다`: a count per day restates
        # the level as a rate; a change from a prior stated as no rate is of the level, never of the rate)
        if not _per_short_period(prior, text, lang):
            values = [j for j in values if not _per_short_period(claims[j], text, lang)]
        # (`1톤에서 가스 50㎥를 뽑았다. 생산량은 지난해 300만㎥보다 17% 늘었다`: a figure per one unit, never the
        # level a change from a prior stated as no rate is of)
        if not _per_one_unit(prior, text, lang):
            values = [j for j in values if not _per_one_unit(claims[j], text, lang)]
        if not _names_metric(prior) and len({claims[j].metric for j in values if _names_metric(claims[j])}) > 1:
            return None  # `출생아 24만명, 사망자 35만명이었다. 2022년 25만명에서 …`: which one is not said
        # (named in the change's own clause: `보험료는 … 늘었지만 손해액은 … 7,650억원에서 670억원 증가했다` is
        # of the loss the clause names, not of the premium the clause before it names)
        named = _labelled_in(
            claims, values, text, _clause_start(text, lang, bounds[0], change.start), change.start, lang, prior
        )
        if named is None:
            named = _compound_named_in(claims, values, text, _clause_start(text, lang, bounds[0], change.start), change)
        if named is not None:
            return named
        # (`반려가구는 3만가구로 전체 가구(8만가구)의 37.5%였다. 4년 전 2만5천가구보다 20% 늘었다`: the whole a share of
        # the sentence is taken of is what the level is measured against, not the level the change continues with)
        wholes = [j for j in values if _whole_of_a_share(claims, j, text, lang)]
        if wholes and len(wholes) < len(values):
            values = [j for j in values if j not in wholes]
        if change.kind == "percent" and abs(change.value) < 100 and prior.value > 0:
            # (`단가는 ㎏당 5천원 … 사업비는 모두 12억원이다. 단가는 지난해 4천600원보다 9% 올랐다`: a level many times
            # the prior is the total of another thing, not a price the rate moves by a few per cent)
            values = [j for j in values if 1 / _OTHER_SCALE < claims[j].value / prior.value < _OTHER_SCALE]
        return values[-1] if values else None
    if _names_metric(change):
        values = [j for j in values if claims[j].metric == change.metric and claims[j].scope == change.scope]
        if prior is not None and not _per_one_unit(prior, text, lang):
            # (`raised £2,880, an average of £240 a pub. That is up 60% from the £1,800 …`: a figure per one unit is
            # never the level a change from a prior stated per no unit is of)
            values = [j for j in values if not _per_one_unit(claims[j], text, lang)]
        return values[-1] if values else None
    # `wind supplied a TWh, solar b TWh and hydro c TWh. Solar output jumped 21% from d TWh`: the listed item named,
    # when the change's sentence states the figure it starts from in the item's unit
    named = _labelled_in(claims, values, text, bounds[0], change.start, lang)
    if named is not None and any(
        c.role in ("prior", "baseline") and c.unit == claims[named].unit and bounds[0] <= c.start < bounds[1]
        for c in claims
        if c.sentence == change.sentence
    ):
        return named
    sentence = text[bounds[0] : bounds[1]]  # the segmenter's sentence: one cut for every stage
    if not (_CONTINUES[lang].match(sentence) or _CONTINUES_END[lang].search(sentence)):
        return None  # a sentence with a subject of its own (`Singapore's economy grew 4.4%`) is about that
    if claims[previous[0]].paragraph != change.paragraph and _DETERMINER_OPENS[lang].match(sentence):
        # (`… The other 2,300 look healthy.` and a new paragraph, `This spring's cutting was 40 per cent more than …`:
        # `This` a determiner of a subject of its own, no pronoun continuing the paragraph before)
        return None
    return values[0] if len(values) == 1 else None


# between a whole (perhaps in parentheses after its noun) and the share of it (`전체 가구(15만가구)의 40%`)
_WHOLE_THEN_SHARE = ByLanguage(lambda w: rf"(?:{w.whole_then_its_share}|{w.whole_then_its_share_apart})")


def _whole_of_a_share(claims: list[Claim], index: int, text: str, lang: str) -> bool:
    """Whether the figure is the whole of a rate stated right after it in its sentence."""
    if index + 1 >= len(claims):
        return False
    whole, share = claims[index], claims[index + 1]
    return (
        share.kind == "percent"
        and share.sentence == whole.sentence
        and whole.end <= share.start
        and _WHOLE_THEN_SHARE[lang].fullmatch(text, whole.end, share.start) is not None
    )


def _dated_to_prior(claims: list[Claim], values: list[int], change: Claim, prior: Claim) -> list[int]:
    """`올해 1~2분기 판매는 … 지난해 연간 판매는 …였다. 상반기 판매는 지난해 같은 기간(…)보다 늘었다`: a prior dated
    to a span is measured to the value of the same span a year (or the change's basis) later, when the sentence
    before states one; never to a value of a longer span that holds the prior's (the earlier year's total)."""
    later = [
        j
        for j in values
        if claims[j].period is not None
        and "period" not in claims[j].guesses
        and claims[j].period.previous(change.basis or "year") == prior.period
    ]
    if later:
        return later
    return [
        j
        for j in values
        if claims[j].period is None
        or "period" in claims[j].guesses
        # (`지난해 말 회원은 4천명 … 지난해 같은 기간 가입자는 400명, 올해는 200명 늘었다`: a change measured a
        # basis back from its level is of no level dated to its prior's own period)
        or (claims[j].period == prior.period and change.basis is None)
        or not claims[j].period.contains(prior.period)
    ]


def _opens_with_time(doc: ArticleView, sentence: int, prior: Claim) -> bool:
    """Whether the sentence opens with a time, before its prior (`직전 분기(…)보다는 5% 줄었다`): a sentence with no
    subject of its own, which continues the one before."""
    start = doc.segments.sentence_starts[sentence]
    at = bisect.bisect_left(doc.time_starts, start)
    if at >= len(doc.times) or doc.times[at].start >= prior.start:
        return False
    return not doc.text[start : doc.times[at].start].strip()


def _value_of_change_before(
    claims: list[Claim],
    previous: list[int],
    change: Claim,
    prior: Claim,
    taken: set[tuple[int, str, str | None]],
) -> int | None:
    """`Sales rose 12% from a year earlier to $1.28bn. Against the previous quarter ($1.35bn) they fell 5%`: a
    sentence that states only a prior and a change, after one whose change has its level, measures the same level
    from another base: the level of the last change of the sentence before, in the prior's unit, when no change of
    this kind and basis has taken it."""
    for k in reversed(previous):
        before = claims[k]
        if before.role != "change" or before.change_of is None or before.kind != change.kind:
            continue
        # (walked back from the change to the paragraph before: a change's level is stated by it, never far)
        j = next(
            (
                j
                for j in range(k, -1, -1)
                if claims[j].id == before.change_of or claims[j].paragraph < before.paragraph - 1
            ),
            None,
        )
        if j is None or claims[j].id != before.change_of:
            return None
        if claims[j].unit != prior.unit or claims[j].forecast != change.forecast:
            return None
        return j if (j, change.kind, change.basis) not in taken else None
    return None


# A figure per day, week or month (`하루 평균 200명`, `$52 a month`): a rate over a short period, not a level.
_PER_SHORT_BEFORE = ByLanguage(lambda w: rf"(?:{w.per_day_before}|{w.per_week_before}|{w.per_month_before})\s*$", re.I)
_PER_SHORT_AFTER = ByLanguage(lambda w: rf"(?:{w.per_day_after}|{w.per_week_after}|{w.per_month_after})", re.I)
_PER_MARK_REACH = 12


def _per_one_unit(claim: Claim, text: str, lang: str) -> bool:
    """Whether a figure is stated per one unit (`1톤에서 가스 50㎥`, `£4 per ticket`)."""
    return bool(
        _PER_ONE_BEFORE[lang].search(text, max(0, claim.start - _PER_ONE_REACH), claim.start)
        or _UNIT_RATE_AFTER[lang].match(text, claim.end)
    )


def _restates_as_rate(claims: list[Claim], previous: list[int], prior: Claim | None, text: str, lang: str) -> bool:
    """Whether the sentence before states figures of the prior's unit only as rates per a short period or per one unit
    (`하루 평균 3천명꼴`), no prior, change or other figure of that unit, when the prior is stated as no rate."""
    if prior is None or _per_short_period(prior, text, lang) or _per_one_unit(prior, text, lang):
        return False
    same = [claims[j] for j in previous if claims[j].unit == prior.unit]
    return bool(same) and all(
        c.role not in ("change", "prior", "baseline")
        and (_per_short_period(c, text, lang) or _per_one_unit(c, text, lang))
        for c in same
    )


# between a level and the same level restated as a rate (`$6.5m over the quarter, roughly $500,000 a week`)
# (`2,880 tags in the year, an average of 240 a month, up 50%`, `연간 2천880건, 월평균 240건꼴로`: the words of an
# average, or of its period, between the comma and the rate)
_RESTATED_AS_RATE = ByLanguage(
    lambda w: (
        rf"[^\d.;:,]{{0,30}}?,\s+(?:(?:{w.appositive_share_marks})\s+)?(?:(?:{w.hedges})\s+)?"
        rf"(?:(?:{w.average_before})\s+)?(?:(?:{w.per_day_before}|{w.per_week_before}|{w.per_month_before})\s*)?\S?"
    ),
    re.I,
    first_tested=False,
)


def _restated_per_short_period(claims: list[Claim], j: int, text: str, lang: str) -> bool:
    """Whether the figure at `j` is stated per a short period right after a figure of its sentence, set beside it by a
    comma after a few words (`$6.5m over the quarter, roughly $500,000 a week`): the level before restated as a rate,
    no level of its own."""
    if j == 0 or not _per_short_period(claims[j], text, lang):
        return False
    before = claims[j - 1]
    return before.sentence == claims[j].sentence and bool(
        _RESTATED_AS_RATE[lang].fullmatch(text, before.end, claims[j].start)
    )


# between a level and the same level restated per one unit (`2만6천 원으로 ㎏당`, `£26 a box, or about £6.50 a kilo`):
# the level's own mark per a unit, if any, then the words joining the restated figure to it
_RESTATED_PER_UNIT = ByLanguage(
    lambda w: (
        rf"(?:{w.unit_rate_after})?(?:{w.restated_per_unit_joins})(?:(?:{w.hedges})\s*)?"
        # (`450톤으로 농가 한 곳당`: the noun of the unit and its one before the mark)
        rf"(?:[^\W\d_]{{1,6}}\s)?(?:(?:{w.fallback_one_unit})\s?)?"
    ),
    re.I,
)


def _per_unit_marked(claim: Claim, text: str, lang: str) -> bool:
    """Whether a figure is marked per one unit: a mark joined to a noun right before it (`㎏당 6천500원`) or the one
    thing it is counted per right after it (`£6.50 a kilo`)."""
    return bool(
        search_between(UNIT_MARK_BEFORE[lang], text, max(0, claim.start - _PER_MARK_REACH), claim.start)
        or _UNIT_RATE_AFTER[lang].match(text, claim.end)
    )


_PER_MARK_AND_WORD_BEFORE = ByLanguage(lambda w: rf"(?:{w.per_noun_marks})\s(?:[^\W\d_]+\s)?$")


def _total_against_a_price_per_unit(
    claims: list[Claim], indices: list[int], change: Claim, level: Claim, text: str, lang: str
) -> bool:
    """Whether a change is measured from a figure its sentence marks per one unit (`지난해 ㎏당 1만5천원보다 20%`,
    `up 20% on last year's £3 a kilo`) while the level before it, in another sentence, is marked per none (`낙찰 금액은
    모두 4천만원이다`): a price per unit moved, no total."""
    if level.sentence == change.sentence or _per_unit_marked(level, text, lang):
        return False
    if _PER_MARK_AND_WORD_BEFORE[lang].search(text, max(0, level.start - _PER_MARK_REACH), level.start):
        return False  # (`㎏당 평균 3천420원꼴`: a word between the mark and the figure)
    return any(
        claims[j].role in ("prior", "baseline")
        and claims[j].sentence == change.sentence
        and claims[j].unit == level.unit
        and _per_unit_marked(claims[j], text, lang)
        for j in indices
    )


def _restated_per_unit(claims: list[Claim], j: int, text: str, lang: str) -> bool:
    """Whether the figure at `j` restates a level stated right before it per one unit: no level of its own."""
    return _level_restated_per_unit(claims, j, text, lang) is not None


def _level_restated_per_unit(claims: list[Claim], j: int, text: str, lang: str) -> int | None:
    """The index of the figure of its kind and unit right before the figure at `j` that it restates per one unit
    (`4kg 한 상자에 2만6천 원으로 ㎏당 6천500원꼴`, `450톤으로 농가 한 곳당 15톤꼴`: the mark's own one passed over;
    `£26 for the box, or about £6.50 a kilo`), or None."""
    at = j - 1
    if at >= 0 and claims[at].value == 1 and claims[at].kind != claims[j].kind:
        at -= 1  # (`한 곳당`: the one of the mark, a count of its own)
    if at < 0:
        return None
    figure, before = claims[j], claims[at]
    if before.sentence != figure.sentence or before.kind != figure.kind or before.unit != figure.unit:
        return None
    mark = search_between(UNIT_MARK_BEFORE[lang], text, max(before.end, figure.start - _PER_MARK_REACH), figure.start)
    if mark is not None:
        restated = _RESTATED_PER_UNIT[lang].fullmatch(text, before.end, mark.start()) is not None
    else:
        restated = bool(_UNIT_RATE_AFTER[lang].match(text, figure.end)) and bool(
            _RESTATED_PER_UNIT[lang].fullmatch(text, before.end, figure.start)
        )
    return at if restated else None


def _per_short_period(claim: Claim, text: str, lang: str) -> bool:
    return bool(
        search_between(_PER_SHORT_BEFORE[lang], text, max(0, claim.start - _PER_MARK_REACH), claim.start)
        or _PER_SHORT_AFTER[lang].match(text, claim.end)
    )


# The words that label a listed figure, right before it (`이어 법인세 75조원, 부가세 61조원`, `corporate tax $75bn`):
# the last word, and the two last.
# (a table row's label stands in the cell before: `| 영남권 | 3만7천400대 |`)
_LABEL_BEFORE = compile_exact(r"(?<![^\W\d_])(?:(?P<first>[^\W\d_]{2,})\s)?(?P<last>[^\W\d_]{2,})\s?(?:\|\s?)?\(?$")
_LABEL_REACH = 32


# a subject or topic particle ending a label (`밀가루가`)
_PARTICLE_END = ByLanguage(lambda w: rf"(?<=\w\w)(?:{w.topic_particles})$")


def _labelled_in(
    claims: list[Claim], values: list[int], text: str, start: int, end: int, lang: str, skip: Claim | None = None
) -> int | None:
    """`… 법인세 75조원, 부가세 61조원, 기타 38조원이었다. 법인세는 1년 전(64조원)보다 11조원 늘었다`: of the listed
    figures of the sentence before, the one whose label the change's sentence names before the change (as a
    word's start: `법인세는`; two words first: `corporate tax` over `income tax`). None unless exactly one is."""
    if len(values) < 2:
        return None
    head = text[start:end]
    if skip is not None and start <= skip.start and skip.end <= end:
        # (`4년 전 2만5천가구보다`: the counter written with the change's own prior names no listed figure)
        head = text[start : skip.start] + " " + text[skip.end : end]
    by_words: dict[int, list[int]] = {2: [], 1: []}
    for j in values:
        label = _LABEL_BEFORE.search(text, max(0, claims[j].start - _LABEL_REACH), claims[j].start)
        if label is None:
            continue
        last = label.group("last")
        # `밀가루가 520만톤으로 가장 많았고 …. 밀가루는 …`: the label's subject particle is not part of its name
        bare = _PARTICLE_END[lang].sub("", last)
        for words, written in ((2, f"{label.group('first')} {last}"), (1, last), (1, bare)):
            if (words == 1 or label.group("first")) and len(written) >= 2 and _names(head, written):
                by_words[words].append(j)
                break
    for named in by_words.values():
        if len(named) == 1:
            return named[0]
        if named:
            return None  # two labels named: which one is not said
    return None


def _clause_start(text: str, lang: str, start: int, end: int) -> int:
    """Where the clause that runs to `end` starts: after the last clause ending between `start` and `end`."""
    last = start
    for match in _CLAUSE_END[lang].finditer(text, start, end):
        last = match.end()
    return last


_CLAUSE_END = ByLanguage(lambda w: rf"(?:{w.clause_ends})(?!\d)")  # (not a decimal point: `$63.5`)
_SUBJECT_WORD = compile_exact(r"(?<![^\W\d_])[^\W\d_]{3,}")


def _compound_named_in(claims: list[Claim], values: list[int], text: str, start: int, change: Claim) -> int | None:
    """Of the values of the sentence before, the one whose label ends in a word the change's clause names
    (`발생손해액은 8,320억원` for `손해액은 …`: the compound names the same thing more closely). None unless
    exactly one does."""
    if len(values) < 2:
        return None
    words = {m.group(0).lower() for m in _SUBJECT_WORD.finditer(text, start, change.start)}
    if not words:
        return None
    named = []
    for j in values:
        label = _LABEL_BEFORE.search(text, max(0, claims[j].start - _LABEL_REACH), claims[j].start)
        if label is not None and any(label.group("last").lower().endswith(word) for word in words):
            named.append(j)
    return named[0] if len(named) == 1 else None


def _names(head: str, label: str) -> bool:
    return re.search(rf"(?<![^\W\d_]){re.escape(label)}", head, re.I) is not None


# (`평년 2만9,500원보다도 2,900원 높다`: the comparison's particle may take a topic particle)
_AGAINST_BEFORE = ByLanguage(lambda w: rf"\)?\s?(?:{w.compared_after})(?:{w.topic_particles})?\s*")


def _gap_against(claims: list[Claim], index: int, text: str, lang: str) -> bool:
    """`과반 기준인 151석보다 20석 많다`: a figure right after the figure it is compared with states the gap
    between them, not a level; a change in the next sentence is of no such figure."""
    if index == 0:
        return False
    before = claims[index - 1]
    return (
        before.sentence == claims[index].sentence
        and before.end <= claims[index].start
        and _AGAINST_BEFORE[lang].fullmatch(text, before.end, claims[index].start) is not None
    )


# `$702 million, or $1.21 a share`: the total restated per unit is no second value of the sentence.
_PER_UNIT_AFTER = ByLanguage(lambda w: rf"(?:{w.per_unit_after})", re.I)


def _value_after(
    claims: list[Claim], own: list[int], following: list[int], change: Claim, text: str, lang: str
) -> int | None:
    """`X posted a 31 percent increase in quarterly profit. The company earned $702 million, up from
    $536 million a year earlier.`: a rate stated alone in a lead, whose value and prior the next
    sentence of the paragraph states — when that sentence states a value and its prior or baseline in
    one unit and no rate of its own, and both name the same metric. Figures per unit (`or $1.21 a share`)
    restate the totals beside them and are passed over."""
    if change.kind != "percent" or any(claims[j].kind in _AMOUNT_KINDS for j in own):
        return None
    following = [j for j in following if not _PER_UNIT_AFTER[lang].match(text, claims[j].end)] or following
    if claims[following[0]].paragraph - change.paragraph > 1 or any(claims[j].kind == "percent" for j in following):
        return None
    values = [
        j
        for j in following
        if claims[j].role == "value" and claims[j].kind in _AMOUNT_KINDS and claims[j].forecast == change.forecast
    ]
    compared = [j for j in following if claims[j].role in ("prior", "baseline")]
    if len(values) != 1 or not compared or any(claims[j].unit != claims[values[0]].unit for j in compared):
        return None
    value = claims[values[0]]
    # Across a sentence boundary only a metric both name says the rate is of this value.
    return values[0] if _names_metric(change) and _names_metric(value) and value.metric == change.metric else None


# `about $110 below its record high of $2,431.29`: the figure a comparison names is the baseline of
# the difference before the comparison only (not of the day's `fell 0.4%` in the same sentence).
_COMPARATIVE_TO = ByLanguage(comparison_to, re.I)


# a comparing word right before a figure compared with (`, against 37`, `compared with 30`), and the text
# before it up to that point: the figure it is set against stands right before it
_COMPARED_WORD_BEFORE = ByLanguage(lambda w: rf",?\s*(?:{w.compared_words})\s+$", re.I)
_DIGITS = compile_exact(r"\d")


def _compared_with_an_untaken_figure(claims: list[Claim], target: int, indices: list[int], doc: ArticleView) -> bool:
    """`sailed on 58 days, against 37 a year ago, 21 more`: the figure set against a later one (`against 37`) is the
    one right before the comparing word; when a number no claim holds (a count of days, read as no figure) stands
    between the chosen level and the comparing word, the level is another figure of the sentence (a count in a list
    before it), and the change between the pair has no level among the claims."""
    value = claims[target]
    after = [j for j in indices if claims[j].start >= value.end]
    if not after or claims[after[0]].role not in ("baseline", "prior"):
        return False
    compared = claims[after[0]]
    word = _COMPARED_WORD_BEFORE[doc.language].search(doc.text, value.end, compared.start)
    if word is None:
        return False
    for digit in _DIGITS.finditer(doc.text, value.end, word.start()):
        if not any(t.start <= digit.start() < t.end for t in doc.times):
            return True
    return False


def _comparative_baselines(claims: list[Claim], indices: list[int], text: str, lang: str) -> dict[int, int]:
    """baseline index → the index of the change whose comparison names it."""
    owned = {}
    for before, after in zip(indices, indices[1:]):
        if (
            claims[before].role == "change"
            and claims[after].role == "baseline"
            and _COMPARATIVE_TO[lang].fullmatch(text, claims[before].end, claims[after].start)
        ):
            owned[after] = before
        elif (
            claims[before].role in ("baseline", "prior")
            and claims[after].role == "change"
            and claims[before].sentence == claims[after].sentence
            and _AGAINST_BEFORE[lang].fullmatch(text, claims[before].end, claims[after].start)
            and any(
                claims[k].role == "change"
                and claims[k].unit == claims[after].unit
                and claims[k].end <= claims[before].start
                for k in indices
                if claims[k].sentence == claims[after].sentence
            )
        ):
            # `직전 분기보다 9.7%, 지난해 3분기(398억원)보다는 16.1% 많다`: the figure right before a change's own
            # comparison (`…보다는`) is that change's baseline, no other change's of the sentence
            owned[before] = after
    return owned


def _difference_over_mark(claims: list[Claim], target: int, text: str, lang: str) -> bool:
    """`목표 2,200톤을 150톤 웃돈`, `과반에 2석 모자랐다`: a figure right after a mark of its unit and a particle,
    before a verb of excess or shortfall, is the difference from that mark, no level a change is of."""
    if target == 0:
        return False
    figure, mark = claims[target], claims[target - 1]
    if mark.sentence != figure.sentence or mark.unit != figure.unit or mark.end > figure.start:
        return False
    return over_or_under_mark(mark, figure, text, lang) != 0


# `took $5.6m, up from $4.9m`, `rose to $30 a night, up from $25`: between a level (and its per-unit mark) and the
# prior set right after it
_PRIOR_RIGHT_AFTER = ByLanguage(
    lambda w: (
        rf"(?:\s+(?:{w.unit_price_after})[\s-]+[^\W\d_]+|\s+(?:{w.unit_price_each}))?"
        rf"(?:{w.prior_right_after_level})"
    ),
    re.I,
    first_tested=False,
)


def _priors_of_later_levels(claims: list[Claim], value: Claim, indices: list[int], text: str, lang: str) -> set[int]:
    """`Fees rose 5% to $14 a night, and the marina took $3.8m, up from $3.5m`: a prior after the change's value, set
    right after another level of its kind and unit later in the sentence, is that nearer level's prior, not the
    change's; so is one set right after another level before the change (`Fees were $3.8m, against $3.5m, and wages
    rose 10% to $1.1m`) (one pass over the sentence's figures, each next to the one before it)."""
    order = sorted(indices, key=lambda k: claims[k].start)
    return {
        j
        for k, j in zip(order, order[1:])
        if claims[j].sentence == value.sentence
        and claims[k].role == "value"
        and claims[k] is not value
        and (
            (claims[k].kind, claims[k].unit, claims[k].counter) == (claims[j].kind, claims[j].unit, claims[j].counter)
            # (a prior written bare takes the unit of the level right before it, whatever unit it was read in:
            # `cut its crop by a third to 600 tonnes, and its pickers to 40 from 45`)
            or _written_bare(claims[j])
        )
        and _PRIOR_RIGHT_AFTER[lang].fullmatch(text, claims[k].end, claims[j].start)
    }


def _written_bare(figure: Claim) -> bool:
    """Whether a figure is written as digits alone, with no unit, scale word or sign of its own."""
    return _BARE_DIGITS.fullmatch(figure.text) is not None


_BARE_DIGITS = compile_exact(r"[\d.,]+")


def _of_an_earlier_period(change: Claim, value: Claim, text: str, lang: str) -> bool:
    """Whether the value is dated, by a time of its own, wholly before the period the change's own words date it
    to (each read from its own time, neither guessed)."""
    if change.period is None or value.period is None or change.period_span is None or value.period_span is None:
        return False
    if "period" in change.guesses or "period" in value.guesses or change.period_span == value.period_span:
        return False
    if value.role != "value" or value.period.grain != change.period.grain:
        return False
    if value.period_span.end > change.period_span.start:
        return False
    # (the two times in clauses of their own, a break between: `between April and June`, `in April, May and June`
    # are one span's times)
    if not _CLAUSES_APART[lang].search(text, value.period_span.end, change.period_span.start):
        return False
    return value.period.bounds()[1] < change.period.bounds()[0]


_CLAUSES_APART = ByLanguage(lambda w: rf"[.!?]\s|\n|(?:{w.time_clause_breaks})", re.I)


def _link_change(
    claims: list[Claim],
    change: Claim,
    value: Claim,
    indices: list[int],
    owned: dict[int, int] | None,
    text: str,
    lang: str,
) -> None:
    if _of_an_earlier_period(change, value, text, lang) and not any(
        claims[j].role in ("prior", "baseline") and claims[j].sentence == change.sentence for j in indices
    ):
        # (`Last year the club sold 20,000 tickets; this year sales rose by 2,500`: a level told of a period before the
        # one the change's own clause names is the level it rose from, no level it rose to; a change stating a prior
        # of its own, `전년 동기(448만명) 대비`, keeps it)
        change.compared_to = change.compared_to or value.id
        change.metric = change.metric or value.metric
        return
    change.change_of = value.id
    change.metric = change.metric or value.metric
    change.scope = change.scope or value.scope
    if value.entities:
        change.entities = value.entities
        change.guesses = sorted(set(change.guesses) | set(value.guesses))
    if value.period:
        change.period, change.period_span = value.period, value.period_span
    # The baseline is named in the change's own sentence.
    owned = owned or {}
    mine = [j for j, owner in owned.items() if claims[owner] is change]
    later = set() if mine else _priors_of_later_levels(claims, value, indices, text, lang)
    priors = mine or [
        j
        for j in indices
        if claims[j].role in ("prior", "baseline")
        and claims[j].unit == value.unit
        and claims[j].forecast == change.forecast
        and j not in owned
        and not _prior_of_change_before(claims, j, change)
        and j not in later
        and not moved_to_another_level(claims[j], claims[j + 1] if j + 1 < len(claims) else None, value, text, lang)
    ]
    priors = _prefer(priors, lambda j: _names_metric(change) and claims[j].metric == change.metric)
    if not priors and text and change.kind == "multiple":
        # `4월 900명에서 8월 2,800명으로 3배를 넘었다`: a multiple of a level that moved from a figure right before
        # it (`X에서 Y로`, each dated) is measured from that figure, however the two were read
        moved = _moved_from(claims, value, indices, text, lang)
        if moved is not None:
            change.compared_to = moved.id
        return
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


def moved_to_another_level(prior: Claim, after: Claim | None, value: Claim, text: str, lang: str) -> bool:
    """Whether a prior moved to another level than the change's, the figure right after it (`Costs rose from £1.2m to
    £1.5m, while income fell 10% to £900,000`: £1.2m is the costs' start, not the income's)."""
    return (
        bool(text)
        and after is not None
        and after is not value
        and after.role == "value"
        and after.sentence == prior.sentence
        and (after.kind, after.unit) == (prior.kind, prior.unit)
        and _MOVED_TO[lang].fullmatch(text, prior.end, after.start) is not None
        and not added_as_more(after, text, lang)  # (`12대에서 6대를 더 사들여`: the rise, no level moved to)
    )


def _moved_from(claims: list[Claim], value: Claim, indices: list[int], text: str, lang: str) -> Claim | None:
    """The figure of the value's sentence, unit and kind right before it that it moved from (`X에서 Y로`)."""
    before = [
        claims[j]
        for j in indices
        if claims[j].sentence == value.sentence
        and claims[j].end <= value.start
        and (claims[j].kind, claims[j].unit, claims[j].counter) == (value.kind, value.unit, value.counter)
    ]
    if not before or before[-1].role != "value":
        return None
    end = value.start
    span = value.period_span
    if span is not None and before[-1].end <= span.start <= span.end <= end and not text[span.end : end].strip():
        end = span.start  # (the value's own date between: `4월 900명에서 8월 2,800명으로`)
    return before[-1] if _MOVED_TO[lang].fullmatch(text, before[-1].end, end) else None


# `from $52.20 a month to $55.70`, `5만원에서 6만원으로`: between the figure a level moved from and the level
_MOVED_TO = ByLanguage(lambda w: rf"(?:\s+[^\W\d_]+){{0,3}}\s+(?:{w.to_words})\s+|(?:{w.from_after})\s?", re.I)


def _baseline_beside_value(
    claims: list[Claim], change: Claim, value: Claim, indices: list[int], text: str, lang: str
) -> None:
    """`Sales reached $8.2bn, up from $7.5bn a year earlier. That is an increase of $700m.`: a change
    whose value is in another sentence, and that names no baseline of its own, is measured from the
    baseline the value's sentence names (the nearest after the value, in its unit)."""
    baselines = [
        claims[j]
        for j in indices
        if claims[j].role in ("prior", "baseline")
        and claims[j].unit == value.unit
        and claims[j].kind == value.kind
        and claims[j].forecast == change.forecast
        and claims[j].start >= value.end
    ]
    if not baselines:
        # `The bill rose from $52.20 to $55.70. That is an increase of 6.7%.`: the figure the value moved from,
        # right before it (`from X to Y`), when the value's sentence states no change of its own
        before = [
            c
            for c in (claims[j] for j in indices)
            if c.end <= value.start and c.unit == value.unit and c.kind == value.kind and c.forecast == change.forecast
        ]
        if (
            before
            and before[-1].role in ("prior", "baseline")
            and _MOVED_TO[lang].fullmatch(text, before[-1].end, value.start)
            and not any(claims[j].role == "change" and claims[j] is not change for j in indices)
        ):
            baselines = [before[-1]]
    if baselines:
        change.compared_to = baselines[0].id
        change.basis = change.basis or baselines[0].basis


def inherit_conversions(claims: list[Claim], mentions: list[Mention]) -> None:
    """An equivalent in parentheses is the same fact in another currency."""
    for claim, mention in zip(claims, mentions):
        if mention.in_parens_of is None or claim.converts is None:
            continue  # no equivalent, or one whose source is unknown (`_ambiguous_equivalent`)
        head = claims[mention.in_parens_of]
        claim.entities, claim.metric, claim.scope = head.entities, head.metric, head.scope
        claim.period, claim.period_span = head.period, head.period_span
        claim.guesses = sorted(set(head.guesses) | ({"currency"} if "currency" in claim.guesses else set()))
        if claim.furniture != head.furniture and isinstance(claims, ArticleClaims):
            claims.regroup()  # (the figures outside furniture are grouped again on next use)
        claim.forecast, claim.furniture = head.forecast, head.furniture


def unlink_other_metric_baselines(claims: list[Claim]) -> None:
    """A change is of one metric: a baseline that another rule found in a figure of another metric,
    both metrics written beside their figures (`매출은 … 5.1% 감소했고, 영업이익은 전년 동기 3,580억원에서`),
    is not its baseline. Run last, over what every rule linked."""
    by_id = {c.id: c for c in claims}
    for change in claims:
        baseline = by_id.get(change.compared_to or "")
        if baseline is None or change.role != "change":
            continue
        stated = [c.metric for c in (change, baseline) if c.metric and "metric" not in c.guesses]
        if len(stated) == 2 and stated[0] != stated[1]:
            # (`a dividend of 14.6 cents a share, up 17% from 12.5 cents`: the value changed and the baseline name one
            # metric; the rate's own word, `share`, is another figure's)
            value = by_id.get(change.change_of or "")
            if value is not None and value.metric == baseline.metric and "metric" not in value.guesses:
                continue
            change.compared_to = None


def unlink_changes_of_gaps(claims: list[Claim]) -> None:
    """A rate of change guessed across sentences is of a level: when the figure it was given turned out, once every
    rule ran, to be itself a change (the gap between two figures of its sentence: `the second night drew 900 more`),
    it has no level it can be checked against, and the link is dropped. Run after every change rule."""
    by_id = {c.id: c for c in claims}
    for change in claims:
        if change.role != "change" or change.kind != "percent" or "relation" not in change.guesses:
            continue
        value = by_id.get(change.change_of or "")
        if value is None or value.role != "change" or value.change_of is None or value.sentence == change.sentence:
            continue
        change.change_of = change.compared_to = None


# how many times apart the levels a rate of change joins may imply a move other than the one stated (a digit dropped
# or added is ten): further, they are no levels of one thing (`up 25% from 1,200` and `its 12 ponies`)
_MAGNITUDE_APART = 20


def _apart(levels: float, stated: float) -> bool:
    return levels > stated * _MAGNITUDE_APART or levels * _MAGNITUDE_APART < stated


def relink_changes_of_another_magnitude(claims: list[Claim], text: str, lang: str) -> None:
    """A rate of change joins two levels of one thing, of one order. A level that, with the prior, implies a move many
    times apart from the stated rate is of another thing when its words say so: it is a figure per a short period
    and the prior is not, or the reverse (`an average of 2,000 passengers a day, up 10% on last year's 200,000`: a
    day's), or a figure of the sentence counting another thing than it does stands between it and the prior's order
    (`took 1,500 riders out on its 12 ponies, up 25 per cent from 1,200`: `12 ponies` is the nearest count). The
    change then takes the nearest level before it in its sentence, of the prior's unit and kind, whose move from the
    prior is of the stated order, or, for a figure per a short period, none (it keeps its prior alone, for the
    readings of a level stated sentences before). A pair far apart with nothing saying so (`to $1.2 billion from
    $1.1 million`: a slip of a scale word) is left to the check. Run after every change rule of a level in its
    sentence."""
    by_id = {c.id: c for c in claims}
    for change in claims:
        if change.role != "change" or change.kind != "percent" or not change.direction:
            continue
        value, prior = by_id.get(change.change_of or ""), by_id.get(change.compared_to or "")
        if value is None or prior is None or prior.unit != value.unit or prior.value <= 0 or value.value <= 0:
            continue
        stated = 1 + change.direction * change.value / 100
        if stated <= 0 or not _apart(value.value / prior.value, stated):
            continue
        nearer = [
            c
            for c in claims
            if c.sentence == change.sentence
            and c.end <= change.start
            and c.role == "value"
            and (c.unit, c.kind) == (prior.unit, prior.kind)
            and c.value > 0
            and not _apart(c.value / prior.value, stated)
        ]
        if _per_short_period(value, text, lang) != _per_short_period(prior, text, lang):
            change.change_of = nearer[-1].id if nearer else None
        elif nearer and value.kind == "count" and nearer[-1].counter != value.counter:
            change.change_of = nearer[-1].id


# a change a listed part may be guessed the level of: a gap or a multiple (`지난해 300점의 1.5배다`); a rate set beside
# such a gap moves with it
_CHANGE_RATE_KINDS = (*_RATE_KINDS, "multiple")
_LISTED_CHANGE_KINDS = (*AMOUNTS, "multiple")


def relink_gaps_of_listed_parts(claims: list[Claim], text: str, sentence_starts: list[int]) -> None:
    """A gap guessed to measure the last figure of the sentence before (`트로피 27개를 받았다. 개인전 8개,
    단체전 9개, 혼성전 10개다. 지난해 20개보다 7개 많다`), when that figure turned out, once every list was read,
    to be a listed part of a whole stated before it, and the gap's sentence names no word of that part's label
    (`혼성전`; not `재산세 40조원이었다. 재산세는 1년 전보다`, the part's own gap), measures the whole: the sentence
    of parts breaks the story's level down, and its last member is no level of the story. A rate set beside such a gap,
    guessed to measure the same part from the same figure (`출전 팀은 지난해 30개 팀보다 6개 팀, 20% 늘었다` after
    `대학부 12개 팀과 실업부 24개 팀`), measures the whole with it; so does a multiple guessed so alone (`목공 150점,
    도자 100점, 섬유 200점이다. 작품 수는 지난해 300점의 1.5배다`). Run after every list and gap rule."""
    by_id = {c.id: c for c in claims}
    by_sentence: dict[int, list[Claim]] = {}
    for claim in claims:
        by_sentence.setdefault(claim.sentence, []).append(claim)
    for gap in claims:
        if gap.role != "change" or gap.kind not in _LISTED_CHANGE_KINDS or "relation" not in gap.guesses:
            continue
        level = by_id.get(gap.change_of or "")
        if level is None or level.sentence >= gap.sentence or not level.head or gap.sentence >= len(sentence_starts):
            continue
        if gap.kind not in AMOUNTS and by_sentence[level.sentence][-1] is not level:
            continue  # (a multiple of a listed part other than the last: a reading of its label, not of place)
        whole = by_id.get(level.part_of or "")
        if (
            whole is None
            or whole.start >= level.start
            or (whole.unit, whole.counter) != (level.unit, level.counter)
            or whole.role != "value"
            or whole.id == gap.compared_to
        ):
            continue
        start = sentence_starts[gap.sentence]
        end = sentence_starts[gap.sentence + 1] if gap.sentence + 1 < len(sentence_starts) else len(text)
        said = text[start:end]
        if not any(len(word) >= 2 and word in said for word in level.head):
            gap.change_of = whole.id
            for rate in by_sentence[gap.sentence]:
                if (
                    rate.role == "change"
                    and rate.kind in _CHANGE_RATE_KINDS
                    and rate.change_of == level.id
                    and rate.compared_to == gap.compared_to
                ):
                    rate.change_of = whole.id


def _level_key(claim: Claim) -> tuple:
    return (claim.unit, claim.low, claim.high, claim.metric, claim.forecast)


def _moves_by_level(claims: list[Claim], text: str, lang: str) -> dict[tuple, list[tuple[Claim, Claim]]]:
    """The level of every `from X to Y` (`X에서 Y로`) pair, X a baseline or prior of Y's unit and kind in one
    sentence, with the pairs that reach it."""
    moves: dict[tuple, list[tuple[Claim, Claim]]] = {}
    for previous, c in zip(claims, claims[1:]):
        if (
            c.role == "value"
            and previous.role in ("baseline", "prior")
            and previous.sentence == c.sentence
            and (previous.unit, previous.kind) == (c.unit, c.kind)
            and _MOVED_TO[lang].fullmatch(text, previous.end, c.start)
        ):
            moves.setdefault(_level_key(c), []).append((previous, c))
    return moves


def borrow_priors_of_restated_levels(claims: list[Claim], text: str, lang: str) -> None:
    """`Earnings per share: EUR1.24 (+10.7%)`, then further on `taking earnings per share from EUR1.12 to EUR1.24`: a
    rate stated beside a level and no prior is measured from the figure the same level (its value, unit and metric
    restated) is said to have moved from (`from X to Y`, `X에서 Y로`) — when the restated level has no change of its
    own there. A guess: the two statements stand apart."""
    by_id = {c.id: c for c in claims}
    changed = {c.change_of for c in claims if c.role == "change" and c.change_of}
    # Every `from X to Y` pair of the article, by the level it moves to, found once (not once for each rate).
    moved_to: dict[tuple, list[tuple[Claim, Claim]]] | None = None
    for change in claims:
        if change.role != "change" or change.kind != "percent" or change.compared_to or change.furniture:
            continue
        value = by_id.get(change.change_of or "")
        if value is None or not _names_metric(value):
            continue
        if moved_to is None:
            moved_to = _moves_by_level(claims, text, lang)
        restated = [
            (previous, c)
            for previous, c in moved_to.get(_level_key(value), ())
            if c is not value and c.id not in changed
        ]
        if len(restated) != 1:
            continue
        prior = restated[0][0]
        change.compared_to = prior.id
        change.basis = change.basis or prior.basis
        change.guesses = sorted(set(change.guesses) | {"relation"})
