"""What part a figure plays: a value, a prior, a baseline, a change (and against what), a share."""

from __future__ import annotations

import bisect
import re

from checker.extract.lang import NEVER, ByLanguage
from checker.link.bare_comparatives import bare_comparative_direction
from checker.link.signed_comparisons import MORE_OR_LESS_AFTER
from checker.link.view import ArticleView
from checker.models import Claim, Mention
from checker.regex_cache import compile_exact

# Patterns: the structure is here, the words are the document language's data (rules/lang/*.toml, [link.*]).
_CHANGE_VERB = ByLanguage(
    lambda w: (
        # `120만원 오르며`, `50만원이 더 올랐다`, `2억원 가깝게 오르며`: a particle or an approximation, then `더`.
        rf"\s?(?:{w.particles_before_verb})?\s?(?:(?:{w.further_before_verb})\s?)?(?P<verb>{w.rise_verbs}|{w.fall_verbs})"
    ),
    re.I,
)
_CHANGE_NOUN_AS_OBJECT = ByLanguage(lambda w: rf"(?:{w.change_noun_as_object})")
_CHANGE_VERB_BEFORE = ByLanguage(
    lambda w: (
        rf"\b(?P<verb>{w.rise_verbs_before}|{w.fall_verbs_before})\s+"
        # (`increased exports by 14%`, `cut its workforce by 8%`: the verb's object between it and `by`)
        rf"(?:(?:[^\W\d_][\w'’-]*\s+){{0,3}}?(?:{w.by_words})\s+)?(?:(?:{w.hedges})\s+)?$"
    ),
    re.I,
)
# `lifted revenue 11% to $40m`, `raised the interim dividend 5 per cent to 4.2p`: a verb that moves a level, the
# level as its object (a few words), then the rate it moved by; read only when the level it reached follows (`to $40m`)
_OBJECT_VERB_BEFORE = ByLanguage(
    lambda w: (
        rf"\b(?:(?P<rise>{w.object_rise_verbs})|(?P<fall>{w.object_fall_verbs}))\s+"
        rf"(?:[^\W\d_][\w'’-]*\s+){{1,4}}?(?:(?:{w.hedges})\s+)?$"
    ),
    re.I,
)
_TO_FIGURE_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.to_words})\s+[^\W\d_]{{0,3}}[^\w\s]?\d", re.I)
# `lifted annual profit by 44%`, `grew revenue 21% in the year to June`: the same verb and object, then the rate
# with no level after it; a rate after a word that makes it a level (`raised its stake to 25%`, `at`, `of`,
# `than`, `from`) is no change
_OBJECT_VERB_RATE_BEFORE = ByLanguage(
    lambda w: (
        rf"\b(?:(?P<rise>{w.object_rise_verbs})|(?P<fall>{w.object_fall_verbs}))\s+"
        rf"(?:[^\W\d_][\w'’-]*\s+){{1,4}}?(?:(?:{w.by_words})\s+)?(?:(?:{w.hedges})\s+)?$"
    ),
    re.I,
)
_LEVEL_WORD_BEFORE = ByLanguage(
    lambda w: rf"\b(?:{w.to_words}|{w.at_words}|{w.genitive}|{w.than_words}|{w.from_words})\s+(?:(?:{w.hedges})\s+)?$",
    re.I,
)


def own_level_after(text: str, lang: str, end: int) -> int | None:
    """Where the figure stands that a change names as its own level right after it (`by a quarter to 90`,
    `11% to $40m`): the offset of its first digit, or None when no `to` and figure follow the change."""
    found = _TO_FIGURE_AFTER[lang].match(text, end)
    return found.end() - 1 if found else None


# `20대 1`: a ratio of two counts (applicants per place), a level, not a multiple something grew by
_RATIO_TO_ONE = ByLanguage(lambda w: rf"\d\s?(?:{w.ratio_to_one})$")
_THRESHOLD = ByLanguage(lambda w: rf"(?:{w.threshold_words})\b", re.I)
_PRIOR_POSSESSIVE = ByLanguage(
    lambda w: (
        rf"\b(?:(?:{w.definite_articles})\s+)?(?:{w.previous})\s+(?P<unit>{w.period_units})['’]s\s+(?:(?:{w.figure_nouns})\s+(?:{w.possessed_noun_links})\s+)?"
        # (`from last season's record 9.1 million`: the record it was, between)
        rf"(?:(?:{w.record_adjectives})\s+)?$"
        rf"|(?:{w.prior_possessive})(?:(?:{w.record_adjectives})\s+)?$"
    ),
    re.I,
)
# `up 2.9% on the second quarter's $624m`, `from the first half's £2.1m`: after a word a change starts from, the figure
# of a period named by its place is the figure before (with `previous` the possessive above reads it anywhere)
_FROM_PLACED_PERIOD = ByLanguage(
    lambda w: (
        rf"\b(?:{w.from_words}|{w.compared_words})\s+(?:{w.definite_articles})\s+(?:{w.period_ordinals})\s+"
        rf"(?P<unit>{w.period_units})['’]s\s+$"
    ),
    re.I,
)
_FROM_BEFORE = ByLanguage(
    lambda w: (
        rf"\b(?:{w.from_words}|{w.compared_words})\s+"
        # (`from a loss of`, `compared with a net loss of`: a noun of one or two words named before the figure)
        rf"(?:(?:{w.hedges})\s+|(?:{w.indefinite_articles})\s+[\w-]+(?:\s+[\w-]+)?\s+of\s+"
        rf"|(?:{w.indefinite_articles})\s+(?:{w.record_adjectives})\s+)?$"  # (`fell 6% from a record £40m`)
    ),
    re.I,
)
# `from its previous close of 10,948 points`, `against the previous close of 71.36`, `from Friday's close of
# $46.50`, `from a close of $46.50`, `from the previous session's 2,462.7`: the level a change started from.
_PREVIOUS_LEVEL = ByLanguage(
    lambda w: (
        rf"\b(?:{w.from_words}|{w.compared_words})\s+(?:(?:(?:{w.possessive_determiners}|{w.definite_articles}|{w.indefinite_articles})\s+(?:{w.previous})\s+(?:day['’]s\s+)?|(?:{w.holder_possessive}|{w.indefinite_articles})\s+)"
        rf"(?:{w.level_nouns})\s+(?:of|at)\s+"
        rf"|(?:{w.possessive_determiners}|{w.definite_articles})\s+(?:{w.previous})\s+(?:{w.trading_day_nouns})['’]s\s+)$"
    ),
    re.I,
)
_PRIOR_AFTER = ByLanguage(lambda w: rf"\s*(?:,\s*)?(?:{w.prior_after})", re.I)
# `more than doubled from 195.3 billion won`, `fell 3% from $4.1bn`: the figure a change started from.
_CHANGED_FROM = ByLanguage(
    lambda w: (
        # (or the change's noun: `an increase of 4.8 per cent on annual basis from $2,000 million`)
        rf"\b(?:{w.rise_verbs_before}|{w.fall_verbs_before}|{w.multiple_verbs}|{w.rise_nouns}|{w.fall_nouns})\b"
        rf"(?:[^.;]|\.(?=\d)){{0,45}}?\b(?:{w.from_words})\s+(?:(?:{w.hedges})\s+"
        # (`up 60% from the £1,800 raised last year`: the figure set off by `the`, a clause of its own after it)
        rf"|(?:{w.indefinite_articles})\s+(?:{w.record_adjectives})\s+|(?:{w.definite_articles})\s+)?$"
    ),
    re.I,
)
# `lifting the average bill from $52 a month to $56`, `cut the fee from $40 to $32`: a verb that moves a level,
# then `from` the figure it started at, then `to` the one it reached (a figure of the same unit, a few words on)
_MOVED_FROM = ByLanguage(
    lambda w: rf"\b(?:{w.moving_verbs})\b(?:[^.;]|\.(?=\d)){{0,45}}?\b(?:{w.from_words})\s+(?:(?:{w.hedges})\s+)?$",
    re.I,
)
_MOVED_TO_AFTER = ByLanguage(lambda w: rf"(?:\s+[^\W\d_]+){{0,3}}\s+(?:{w.to_words})\s+\D{{0,4}}\d", re.I)
# `to $2.36bn from $1.68bn`, `to Rs 12,600 crore in Q1 FY25, from Rs 12,000 crore`
_TO_FROM = ByLanguage(
    lambda w: (
        # (`to €31.6bn ($35.4bn) from €29.8bn`: the level's equivalent in parentheses between)
        rf"\b(?:{w.to_words})\s+\S+(?:\s+(?:[\w,.]+|\([^()]{{1,30}}\)\S?)){{0,5}},?\s+(?:{w.from_words})\s+"
        rf"(?:(?:{w.hedges})\s+)?$"
    ),
    re.I,
)
# `to 418.5 million barrels, the energy office said, from 421.7 million`: the same with the source named between
_TO_SAID_FROM = ByLanguage(
    lambda w: (
        rf"\b(?:{w.to_words})\s+\S+(?:\s+[\w.]+){{0,3}},\s+(?:[\w.'’&-]+\s+){{1,6}}?(?:{w.attribution_verbs})"
        rf"(?:\s+on\s+\w+)?,\s+(?:{w.from_words})\s+(?:(?:{w.hedges})\s+)?$"
    ),
    re.I,
)
# (`지난해 268개 팀보다`: the noun the counter counts may stand between, `[link.nouns_after_counter]`)
_BASELINE_AFTER = ByLanguage(
    lambda w: rf"\)?(?:\s?(?:{w.nouns_after_counter}))?(?:{w.compared_after})(?!\s?(?:{w.comparative_adjectives}))"
)
# `32만명에서 2만명(6.3%) 감소했다`, `1억달러(1100억원)에서 180% 늘었다`, `전망치(1천억원)에서 …`: the figure a
# change starts from, when the clause goes on to a change or to the multiple the level became (`240기에서 360기로
# 1.5배가 됐다`) (a place, `서울에서`, is never right after a number).
_FROM_AFTER = ByLanguage(
    lambda w: (
        rf"\)?(?:\s?(?:{w.nouns_after_counter}))?(?:\s*\([^()]*\))?(?:(?:{w.from_after})"
        rf"(?=(?:[^.;]|\.(?=\d)){{0,40}}?(?:{w.rise_verbs}|{w.fall_verbs}|{w.multiple_became}))"
        # (`5만8천명이던 이용객은 지난달 9만4천명으로 62.1% 늘었다`: a level it stood at before, then the level its
        # clause reaches, `[link.past_level_after]`, `[link.past_level_reached]`)
        rf"|(?:{w.past_level_after})(?=[^.;]{{0,30}}?(?:{w.past_level_reached})"
        rf"(?:[^.;]|\.(?=\d)){{0,30}}?(?:{w.rise_verbs}|{w.fall_verbs}|{w.multiple_became})))"
    )
)
# `more than twice the 45 it has now`, `four times the 60 it fitted`: right before a figure, a multiple and `the`
# (`[link.multiple_the_before]`): the figure the multiple compares with, no level of its own
_MULTIPLE_THE_BEFORE = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?:{w.multiple_the_before})\s+(?:(?:{w.hedges})\s+)?$", re.I
)
_HYPHEN_AFTER = compile_exact(r"-")
# `96억원으로 지난해 3분기 48억원의 두 배로 늘었다`: the figure a level grew to a multiple of is the one the change
# starts from, as after `에서` (its date, `지난해 3분기`, is its own, not the level's)
_MULTIPLE_FROM_AFTER = ByLanguage(
    lambda w: (
        rf"\)?(?:{w.multiple_of_before})\s?(?:{w.multiple_to_after})"
        rf"(?=(?:[^.;]|\.(?=\d)){{0,20}}?(?:{w.rise_verbs}))"
    )
)
# `5천200명의 네 배를 웃도는 숫자로`: the figure a multiple is of, when the level is said to pass the multiple (no verb
# of rising needed: passing it states the level above the figure); the level stands apart, often a sentence before
_MULTIPLE_PASSED_AFTER = ByLanguage(lambda w: rf"\)?(?:{w.multiple_of_before})\s?(?:{w.multiple_passed_after})")
# the kinds of figure whose absolute change a verb or noun states (`4000억원 증가`, `fell by 4.5 million barrels`)
_ABSOLUTE = ("money", "count", "measure")
_LEVEL_PARTICLE = ByLanguage(lambda w: rf"(?:{w.level_particles})")
_FALLING = ByLanguage(lambda w: rf"{w.fall_verbs}|{w.fall_verbs_before}|{w.fall_nouns}", re.I)
# `rose to $640 from $560, or 14%`, `up from 3,000 crates last year, or 14 per cent`: a rate set after `or` right
# after the figure a move started from (a figure after the move's verb and `from`, with its unit or time words) is
# that move's rate, not a share; `…, or 14% of the total` is a share of something named after it
_OR_RATE_AFTER_MOVE_FROM = ByLanguage(
    lambda w: (
        rf"\b(?P<verb>{w.rise_verbs_before}|{w.fall_verbs_before})\b(?:[^.;]|\.(?=\d)){{0,80}}?"
        rf"\b(?:{w.from_words})\s+(?:(?:{w.hedges})\s+)?[^\s\d]{{0,4}}\d[\d,.]*[^\s,;]*"
        rf"(?:\s+[^\W\d][\w'’-]*){{0,5}},?\s+(?:{w.or_words})\s+(?:(?:{w.hedges})\s+)?$"
    ),
    re.I,
)
_OF_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.genitive})\b", re.I)
# a rate stated before in the sentence (`filled 42% of its seats, … up from 3,960, or 33%`): the rate after `or`
# restates the prior's own level of that rate, no change
_RATE_IN_SENTENCE = ByLanguage(lambda w: rf"\d\s?(?:%|(?:{w.rate_unit_words})\b)", re.I)
# `a 23 per cent year-on-year rise`, `an increase of 4.8 per cent`: a rate named a change by its noun.
_CHANGE_NOUN_AFTER = ByLanguage(
    lambda w: rf"\s+(?:(?:{w.change_noun_qualifiers})\s+)?(?P<verb>{w.rise_nouns}|{w.fall_nouns})\b", re.I
)
_CHANGE_NOUN_BEFORE = ByLanguage(
    lambda w: rf"\b(?P<verb>{w.rise_nouns}|{w.fall_nouns})\s+of\s+(?:(?:{w.hedges})\s+)?$", re.I
)
# `an increase of $1.2bn`, `a decline of 35,000`: an amount named a change by its noun (not `a gain of $3m`
# on a sale: the nouns an amount's change takes are their own class); `The rise, of £2.3m, came …`: set off by commas
_AMOUNT_CHANGE_NOUN_BEFORE = ByLanguage(
    lambda w: rf"\b(?P<verb>{w.amount_change_nouns}),?\s+of\s+(?:(?:{w.hedges})\s+)?$", re.I
)
# `a net gain of 28 clubs`, `a gain of 3 seats`: a count's change by a noun an amount of money does not take so
_COUNT_CHANGE_NOUN_BEFORE = ByLanguage(
    lambda w: rf"\b(?:{w.count_change_nouns})\s+of\s+(?:(?:{w.hedges})\s+)?$", re.I, first_tested=False
)
# `up 17% on last season's 8,400 bales, an extra 1,430`: an amount set after a comma and `an extra` in a sentence
# that has stated a rise before it is that rise's size (`[link.extra_amount_before]`)
_EXTRA_BEFORE = ByLanguage(lambda w: rf",\s+(?:{w.extra_amount_before})\s+(?:(?:{w.hedges})\s+)?$", re.I)
_RISE_BEFORE_IN_SENTENCE = ByLanguage(lambda w: rf"\b(?:{w.rise_verbs_before})\s+\S*\d", re.I)
# `a 50-cent rise`, `a $1.2bn increase`: an amount between an article and its change noun
_ARTICLE_BEFORE = ByLanguage(lambda w: rf"\b(?:{w.indefinite_articles})\s+$", re.I)
_AMOUNT_CHANGE_NOUN_AFTER = ByLanguage(lambda w: rf"\s+(?P<verb>{w.amount_change_nouns})\b", re.I)
# `EUR49.7 million (2014: EUR46.3 million)`: the same figure for an earlier year, labelled in a parenthesis.
_YEAR_LABEL_BEFORE = compile_exact(r"\(\s*(?:19|20)\d\d(?:/\d\d)?\s*:\s*$")
# `1.5 lakh units last month as against 1.1 lakh units`: the figure compared with.
_COMPARED_BEFORE = ByLanguage(lambda w: rf"\b(?:as\s+)?(?:{w.compared_words})\s+(?:(?:{w.hedges})\s+)?$", re.I)
_COMPARISON_KO = ByLanguage(lambda w: rf"{w.compared_after}|{w.compared_marks}")
# `…과 비교하면 3만명, 12% 많다`: an amount set before the rate after a comma, the gap the rate restates; the
# comparison is looked for before it
_COORDINATED_GAP_BEFORE = compile_exact(r"\d[^\s,()]*(?:\s[^\W\d_]{1,3})?,\s?$")


def _before_a_coordinated_gap(text: str, start: int) -> int:
    """Where the amount joined to a rate by a comma right before it starts (`3만명, 12%`), or the rate's start."""
    gap = _COORDINATED_GAP_BEFORE.search(text, max(0, start - 16), start)
    return gap.start() if gap else start


# `GDP 대비 45.2%`, `국내총생산(GDP) 대비`: a rate of a measure (a ratio), not a change against a period
_RATIO_OF_BEFORE = ByLanguage(lambda w: rf"(?:{w.ratio_denominators})\)?(?:{w.compared_after})\s*$")
# `매출 대비 영업이익률은 12%`: a margin named after `대비`, its base before: a rate over that base, no change
_MARGIN_NAMED_BEFORE = ByLanguage(lambda w: rf"(?:{w.margin_named_after_base})$")
_COMPARISON = ByLanguage(
    lambda w: rf"{w.compared_after}|{w.compared_marks}|{w.from_words}|{w.compared_words}|{w.than_words}"
)
_BY_BEFORE = ByLanguage(lambda w: rf"\b(?:{w.by_words})\s+(?:(?:{w.hedges})\s+)?$")
# `, up $2.5bn from a month earlier`, `fell 1,200 to 35,400`: an amount right after a change verb, then the
# change's start or the figure it ends at, is the change (`gained 15 centavos to end at …` is left alone).
# (`up 4,000 on last year's 20,000`: `on` and an owner dating the figure after it to the period before)
_TO_OR_FROM_AFTER = ByLanguage(
    lambda w: (
        rf"\s+(?:(?:{w.from_words})\b|(?:{w.to_words})\s+(?=[^\W\d_]?\W?\d)"
        rf"|(?:{w.baseline_on_words})\s+(?:{w.earlier_period_owners})\s)"
    ),
    re.I,
)
# `rose 120 points to close at 36,548 points`, `fell 45 cents to settle at $64.75`: the change, then the level a
# market figure ended at. A reached figure with no currency of its own (`to end at 56.10 per dollar`) is a
# quote of one currency in another, which moves against the verb: left alone.
_TO_VERB_AT_AFTER = ByLanguage(
    lambda w: rf"\s+(?:{w.to_words})\s+[^\W\d_]+\s+(?:{w.at_words})\s+(?P<mark>[^\W\d_]?[^\w\s]?)\d", re.I
)
# `the rupee firmed 15 paise to end at 71.42 per dollar`: a currency's move in its own money, reaching its quote
# in another currency (a bare figure, `per dollar`). The quote moves against the verb: a stronger rupee is fewer
# rupees per dollar.
_CURRENCY_MOVE_BEFORE = ByLanguage(
    lambda w: rf"\b(?:(?P<firm>{w.currency_firm_verbs})|(?P<weak>{w.currency_weak_verbs}))\s+(?:(?:{w.by_words})\s+)?$",
    re.I,
)
_TO_QUOTE_AFTER = ByLanguage(
    lambda w: rf"\s+(?:{w.to_words})\s+(?:[^\W\d_]+\s+(?:{w.at_words})\s+)?\d[\d,.]*\s+(?:{w.quote_per})\b", re.I
)
_LEVEL_BETWEEN = ByLanguage(lambda w: rf"\b(?:{w.to_words}|{w.at_words})\b|(?:{w.to_particles})\s*$")
_GENITIVE = ByLanguage(lambda w: w.genitive)
# `18.2% 늘어 전체 증가율의 세 배를 웃돌았다`: a multiple of a rate of change a noun names (the noun and its genitive
# right before the multiple) compares two rates; it is no change of the level the sentence states
_MULTIPLE_OF_A_RATE = ByLanguage(lambda w: rf"(?:{w.rate_of_change_nouns})(?:{w.genitive})\s*$")
# `1.3% below the $42.1m estimate`, `£14,000 higher than in March last year`: a figure followed by a
# comparison is the difference; the figure right after the comparison is what it is compared with.
_COMPARATIVE_AFTER = ByLanguage(
    lambda w: (
        rf"\s+(?:(?P<above>{w.comparative_above})|{w.comparative_below})\s+"
        rf"(?:{w.than_words}\b|(?:{w.definite_articles}|{w.possessive_determiners}|{w.indefinite_articles})\b|[$€£¥₹])"
    ),
    re.I,
)

# `7 tonnes, or 64 per cent, bigger`, `$2m, or 8%, higher than in May`: a rate set in apposition after `, or`, then a
# comma and a comparative closing the clause or followed by `than`: the size of the change, no share of anything
_APPOSED_COMPARATIVE_AFTER = ByLanguage(
    lambda w: (
        # (`£48 …, or about an eighth less.`: the comparative right after the rate, closing the clause)
        rf",?\s+(?:(?P<above>{w.comparative_above})|{w.comparative_below})"
        rf"(?=\s+(?:{w.than_words})\b|\s*(?:[.;,!?]|$))"
    ),
    re.I,
)
_OR_BEFORE = compile_exact(r",\s+or\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?$", re.I)
# `작년 1천600 포대에 비해 25% 증가했으며, 포대 수로는 400 포대가 많다`: earlier in the sentence a rate of change from a
# figure (the mark of the comparison, the rate, its verb of change) and a comma; an amount then set before a word of
# size (`많다`, `적다`) restates that change as an amount, no level of its own (a word of its own topic, `수박은`, or
# compared with another figure, `옆 마을보다`, before it: another subject's gap; `수로는`, a way of counting, is none)
_RATE_CHANGE_CLAUSE_BEFORE = ByLanguage(
    lambda w: (
        rf"(?:{w.compared_after})[^.,]{{0,30}}\d[\d.,]*\s?%[^.,\d]{{0,10}}(?:{w.rise_verbs}|{w.fall_verbs})"
        rf"[^.,\d]{{0,6}},\s?(?:[^\s\d.,]*(?:{w.to_particles})(?:{w.clause_topics})?\s"
        rf"|(?![^\s\d.,]*(?:{w.compared_after}|{w.clause_topics})\s)[^\s\d.,]+\s){{0,2}}$"
    ),
    first_tested=False,
)
# `slides from £90 to £81 a term, a saving of £9`, `from 18 feet to 24 feet, a rise of 6 feet`: right after
# a move written from one figure to another (a few words after each), a comma, an article and a noun naming the move's
# size (`[link.move_size_rise_nouns]`, `[link.move_size_fall_nouns]`: `cut`, `saving` and `gain` here, which name no
# change of a stated figure elsewhere) and `of`: the amount is the move's size
_MOVE_FROM_TO = (
    r"\b(?:{from_})\s+(?:(?:{hedges})\s+)?(?P<left>[^\s\d]{{0,4}}\d)[\d,.]*[^\s,;]*(?:\s+[^\W\d][\w'’-]*){{0,6}}?"
    r"\s+(?:{to})\s+(?:(?:{hedges})\s+)?(?P<reached>[^\s\d]{{0,4}}\d)[\d,.]*[^\s,;]*(?:\s+[^\W\d][\w'’-]*){{0,6}}?"
    r",\s+(?:{article})\s+(?:(?P<rise>{rise})|{fall})\s+(?:{of})\s+(?:(?:{hedges})\s+)?"
)


def _move_from_to(w) -> str:
    """The move from one figure to another and the noun of its size, in a language's words (two readers)."""
    return _MOVE_FROM_TO.format(
        from_=w.from_words,
        to=w.to_words,
        hedges=w.hedges,
        article=w.indefinite_articles,
        rise=w.move_size_rise_nouns,
        fall=w.move_size_fall_nouns,
        of=w.change_size_links,
    )


_MOVE_SIZE_BEFORE = ByLanguage(
    lambda w: _move_from_to(w) + "$",
    re.I,
    first_tested=False,
)
# … and the rate set after that size and `or` (`a cut of 50p, or 14.7 per cent`): the same move as a rate
_MOVE_SIZE_RATE_BEFORE = ByLanguage(
    lambda w: (
        _move_from_to(w)
        + rf"[^\s\d]{{0,4}}\d[\d,.]*[^\s,;]*(?:\s+[^\W\d][\w'’-]*)?,?\s+(?:{w.or_words})\s+(?:(?:{w.hedges})\s+)?$"
    ),
    re.I,
    first_tested=False,
)
# `작년 문을 연 쉼터는 14곳이고 올해는 3곳 많다`: right before an amount and its word of size, the word telling a
# change of now (`[link.change_told_of_now]`): the amount is how far the figure now passed the past one, no level
_TOLD_OF_NOW_BEFORE = ByLanguage(
    lambda w: rf"(?:{w.change_told_of_now})\s?$" if w.change_told_of_now != NEVER else NEVER, first_tested=False
)
# `so the 2026 intake was 40 per cent bigger.`, `Her flock is now 6 per cent larger, with …`: a rate right after a
# copula, a comparative closing the clause after it (no `than`, no figure): the size of a change of the subject, no
# share of anything (the pair it is measured on is found by the link stage)
_COPULA_BEFORE = ByLanguage(
    lambda w: rf"\b(?:{w.comparison_copulas})\s+(?:(?:{w.hedges})\s+)?$", re.I, first_tested=False
)
_BARE_COMPARATIVE_AFTER = ByLanguage(
    lambda w: (
        rf"\s+(?:(?P<above>{w.comparative_above})|{w.comparative_below})"
        rf"(?!\s+(?:{w.than_words})\b)\s*(?:[.;,!?]|$)"
    ),
    re.I,
)


def comparison_to(w) -> str:
    """From a comparative to the figure it compares with: `below the `, `higher than `, `below its
    record high of ` (a few words naming what it is compared with, then `of`), `more than Doosan's ` (its
    holder named). Also read by the linker (checker/link/relations.py) to give that figure to the
    comparison's difference only."""
    return (
        rf"\s+(?:{w.comparative_above}|{w.comparative_below})\s+(?:(?:{w.than_words})\s+)?"
        rf"(?:(?:{w.definite_articles}|{w.possessive_determiners}|{w.indefinite_articles}|{w.holder_possessive})\s+)?"
        rf"(?:{w.small_letters}[\w'’-]*\s+){{0,3}}?(?:(?:{w.label_links})\s+)?$"
    )


_COMPARED_AFTER_FIGURE = ByLanguage(lambda w: rf"[\d%]\S*{comparison_to(w)}", re.I)
# `$610,000, more than three-quarters of its $790,000 budget`: the comparative bounds a fraction in words of the
# figure after `of`, a share's whole, no figure compared with
_FRACTION_OF_AFTER_COMPARATIVE = ByLanguage(
    lambda w: (
        rf"\s(?:{w.comparative_above}|{w.comparative_below})\s+(?:(?:{w.than_words})\s+)?"
        rf"(?:[^\W\d_]+[\s-])?(?:{w.fraction_tails})\s+of\s+[^\d.;:!?]*$"
    ),
    re.I,
)
# `up 41% on the 1.15 million who came before`, `up by more than a fifth on the 71,200 of the previous year`: after a
# verb of change and its size, `on the` and the figure it is measured from (`[link.changed_on_words]`), of the unit
# and counter of the level before it (`_level_before_of_its_kind`)
_CHANGED_ON = ByLanguage(
    lambda w: (
        rf"\b(?:{w.rise_verbs_before}|{w.fall_verbs_before})\b[^.;,\d]{{0,4}}[^.;,]{{0,30}}?\s(?:{w.changed_on_words})\s+$"
    ),
    re.I,
)
# `8 per cent lower than the £448 paid a year earlier`: a rate written with its unit's words before the comparison
_COMPARED_AFTER_RATE = ByLanguage(lambda w: rf"\d\S*\s+(?:{w.rate_unit_words}){comparison_to(w)}", re.I)
# `about a third above the £523 average`: a fraction in words before the comparison
_COMPARED_AFTER_FRACTION = ByLanguage(lambda w: rf"\b(?:{w.fraction_tails}){comparison_to(w)}", re.I)
# `0.4 percentage points higher than the 4.8%`: a difference written with its unit's words before the comparison
_COMPARED_AFTER_WORDED_FIGURE = ByLanguage(lambda w: rf"\d\S*(?:\s+[^\W\d_]+){{1,2}}{comparison_to(w)}", re.I)
# `$400 million more than the $4.8 billion`: the words from a figure, however it ends, to the figure compared
_COMPARISON_FROM_FIGURE = ByLanguage(lambda w: rf"^{comparison_to(w)}", re.I)
_SIGN = ByLanguage(lambda w: rf"(?:{w.rise_signs}|{w.fall_signs})")
_FALLING_SIGN = ByLanguage(lambda w: rf"(?:{w.fall_signs})")


_CHANGE_MARK = ByLanguage(lambda w: rf"(?:{w.change_marks})")


_NO_AMOUNT_UNITS = ("percent", "pp", "fraction", "multiple", "range")  # (a rate or share before: `up by a third from`)


def _from_what_the_level_is_made_of(doc: ArticleView, claim: Claim, start: int, s_start: int) -> bool:
    """`came to 96 tonnes from 12,000 animals`: a count of a noun of its own after `from`, the figure before it in the
    sentence a measure or an amount of money, is what the level is made of or drawn from, no level it moved from."""
    if claim.kind != "count" or not claim.counter or claim.counter.lower() not in claim.text.lower():
        return False
    i = bisect.bisect_left(doc.mention_starts, start) - 1
    if i < 0 or doc.mention_starts[i] < s_start:
        return False
    return doc.mention_units.get(doc.mention_starts[i]) not in (None, claim.unit, *_NO_AMOUNT_UNITS)


def _compared_after_amount(doc: ArticleView, claim: Claim, start: int, s_start: int) -> bool:
    """`$400 million more than the $4.8 billion`, `12,000 jobs fewer than the 95,000`: the figure before, in
    the sentence and in this one's unit, ends where a comparison to this one begins (its scale or counter
    word is the figure's own). A rate before (`66.7 percentage points more than the ¥1.32tn`) is no
    difference of this amount."""
    i = bisect.bisect_left(doc.mention_starts, start) - 1
    if i < 0 or doc.mention_starts[i] < s_start or doc.mention_units.get(doc.mention_starts[i]) != claim.unit:
        return False
    end = doc.mention_ends.get(doc.mention_starts[i])
    return end is not None and _COMPARISON_FROM_FIGURE[doc.language].search(doc.text[end:start]) is not None


# `roughly £42 each, compared with the £48 the firm charges`, `about £2,230, against the £2,600 it asks`: a comparison
# word and an article or determiner right before a figure
_COMPARED_WITH_THE = ByLanguage(
    lambda w: (
        rf"\b(?:as\s+)?(?:{w.compared_words})\s+(?:{w.definite_articles}|{w.possessive_determiners})\s+"
        rf"(?:(?:{w.hedges})\s+)?$"
    ),
    re.I,
)


def _compared_with_the_figure(doc: ArticleView, claim: Claim, start: int, s_start: int) -> bool:
    """`roughly £42 each, compared with the £48 the firm charges`: a figure after a comparison word and its article is
    what the figure before it in the sentence, of its unit, is compared with."""
    if not _COMPARED_WITH_THE[doc.language].search(doc.text, max(s_start, start - 40), start):
        return False
    i = bisect.bisect_left(doc.mention_starts, start) - 1
    if i < 0 or doc.mention_starts[i] < s_start:
        return False
    before = doc.mention_starts[i]
    # (`210 zloty a pen, roughly £42 each, compared with the £48`: the figure before, restated in this one's money)
    return doc.mention_units.get(before) == claim.unit or claim.unit in doc.equivalent_units.get(before, ())


_RATE_UNITS = ("percent", "pp", "multiple", "fraction")


def _level_before_of_its_kind(doc: ArticleView, claim: Claim, start: int, s_start: int) -> bool:
    """`sold 1.62 million tickets, up 40% on the 1.15 million`: the level the change is of, the last figure before it
    in the sentence that is no rate, is of the figure's unit and counter (`rose 6% to 530p on the 2,000 job cuts`
    measures nothing from the cuts)."""
    i = bisect.bisect_left(doc.mention_starts, start) - 1
    while i >= 0 and doc.mention_starts[i] >= s_start:
        at = doc.mention_starts[i]
        unit = doc.mention_units.get(at)
        if unit in _RATE_UNITS:
            i -= 1
            continue
        counter = doc.mention_counters.get(at)
        return unit == claim.unit and (not counter or not claim.counter or counter.lower() == claim.counter.lower())
    return False


def _sign_of(claim: Claim, mention: Mention, text: str, lang: str) -> str:
    """The sign written on a figure (in its text, or right before it — the extractor leaves it out):
    `+`/`-` on a rate; only the marks ▲▼ on an amount (a hyphen before an amount is rarely a minus)."""
    written = mention.text.lstrip()[:1]
    if not _SIGN[lang].match(written) and mention.start:
        written = text[mention.start - 1]
        if mention.start >= 2 and text[mention.start - 2].isalnum():
            return ""  # `COVID-19`, `Q3-2024`: a hyphen inside a word is no sign
    if not _SIGN[lang].match(written):
        return ""
    if claim.kind in ("percent", "pp"):
        return written
    return written if claim.kind in ("money", "count") and _CHANGE_MARK[lang].fullmatch(written) else ""


_COUNTER_AFTER_NUMBER = compile_exact(r"[\d,.]*\d\s*(\S+)")


def _same_counter_after(claim: Claim, text: str, start: int) -> bool:
    """`120 points to close at 36,548 points`: a count reached in the change's own counter."""
    reached = _COUNTER_AFTER_NUMBER.match(text[start : start + 40])
    return bool(claim.counter and reached and reached.group(1).lower().startswith(claim.counter.lower()))


def _extra_after_a_rise(before: str, text: str, s_start: int, start: int, lang: str) -> bool:
    """`…, an extra 1,430` after a rise its sentence states before it (`rose 17% to …`, `up 17% on …`)."""
    return (
        bool(_EXTRA_BEFORE[lang].search(before))
        and _RISE_BEFORE_IN_SENTENCE[lang].search(text, s_start, start) is not None
    )


# (`선수 9명이 뛰고 있으며`: a count of people before a verb of what they do, no move of the count)
_PERSON_COUNTER = ByLanguage(lambda w: rf"(?:{w.person_counters})", re.I)
_PLAYING_VERB = ByLanguage(lambda w: rf"(?:{w.people_playing_verbs})", re.I)


def _people_playing(claim: Claim, verb: re.Match[str], lang: str) -> bool:
    """Whether a count of people is the subject of a verb saying what they do (`9명이 뛰고`: play), not how the count
    moved (`관객이 3천명 뛰었다`, no subject's particle, stays a change)."""
    return (
        claim.kind == "count"
        and bool(claim.counter)
        and _PERSON_COUNTER[lang].fullmatch(claim.counter) is not None
        and _PLAYING_VERB[lang].fullmatch(verb.group("verb")) is not None
        and _SUBJECT_PARTICLE[lang].match(verb.string, 0, verb.start("verb")) is not None
    )


# (`9명이 뛰고`: right before the verb, the subject's or topic's particle)
_SUBJECT_PARTICLE = ByLanguage(lambda w: rf"\s?(?:{w.topic_particles})\s?$")


def place_role(claim: Claim, mention: Mention, doc: ArticleView, s_start: int) -> None:
    text, lang = doc.text, doc.language
    if mention.in_parens_of is not None:
        claim.role = "conversion"
        return
    after = text[mention.end : mention.end + 14]
    before = text[max(s_start, mention.start - 40) : mention.start]
    # The English phrasings (`rose 50% to`, `from the previous quarter's`) need Latin letters before.
    latin = doc.latin_before(mention.start, s_start)
    particle = _LEVEL_PARTICLE[lang].match(after.lstrip())
    verb = _CHANGE_VERB[lang].match(after)
    # `fell below 15%`, `rose above $30`: a level crossed, not the size of the move
    crossed = _THRESHOLD[lang].match(text, mention.start)
    verb_before = _CHANGE_VERB_BEFORE[lang].search(before) if latin and not crossed else None
    sign = _sign_of(claim, mention, text, lang)
    if sign:
        # `-2.06%`, `+1.5%p`, `▼1,800`: a signed rate (or a marked amount) is a change, never a level
        claim.role = "change"
        claim.direction = -1 if _FALLING_SIGN[lang].match(sign) else 1
    elif (
        claim.kind == "money"
        and latin
        and (move := _CURRENCY_MOVE_BEFORE[lang].search(before))
        and _TO_QUOTE_AFTER[lang].match(text, mention.end)
    ):
        claim.role = "change"  # `the rupee firmed 15 paise to 71.42 per dollar`: the quote fell
        claim.direction = -1 if move.group("firm") else 1
    elif (
        (claim.kind in ("percent", "pp", "multiple") or claim.kind == "fraction" and not latin)
        and verb
        and not (particle and claim.kind != "multiple")
    ):
        # (`3분의 1 늘린다`: a fraction right before its verb of change is the size of the move, as a rate is)
        claim.role = "change"
        claim.direction = -1 if _FALLING[lang].match(verb.group("verb")) else 1
    elif claim.kind in ("percent", "pp") and verb_before or claim.kind == "fraction" and verb_before and latin:
        claim.role = "change"  # `rose 50% to $23bn`, `down nearly a third`
        claim.direction = -1 if _FALLING[lang].match(verb_before.group("verb")) else 1
    elif (
        claim.kind in ("percent", "fraction")
        and latin
        and not crossed
        and (moved := _OBJECT_VERB_BEFORE[lang].search(before))
        and _TO_FIGURE_AFTER[lang].match(text, mention.end)
    ):
        claim.role = "change"  # `lifted revenue 11% to $40m`, `lifted sales by a fifth to $12m`
        claim.direction = -1 if moved.group("fall") else 1
    elif (
        claim.kind == "percent"
        and latin
        and not crossed
        and (moved := _OBJECT_VERB_RATE_BEFORE[lang].search(before))
        and not _LEVEL_WORD_BEFORE[lang].search(before)
        and not _OF_AFTER[lang].match(text, mention.end)
    ):
        claim.role = "change"  # `lifted annual profit by 44%`, `grew revenue 21% in the year`
        claim.direction = -1 if moved.group("fall") else 1
    elif (
        claim.kind in _ABSOLUTE
        and verb
        and not particle
        and not (verb.group("verb").isascii() and latin)
        and not _people_playing(claim, verb, lang)
    ):
        # `4000억원 증가했다`: an absolute change; in English an amount before its verb is the subject
        # (`exports at $302bn grew 9.8%`), and an absolute change follows the verb (`rose $1.2bn`, `by $1.2bn`).
        claim.role = "change"
        claim.direction = -1 if _FALLING[lang].match(verb.group("verb")) else 1
    elif claim.kind in _ABSOLUTE and verb_before and _BY_BEFORE[lang].search(before):
        claim.role = "change"  # `rose by $1.2bn`
        claim.direction = -1 if _FALLING[lang].match(verb_before.group("verb")) else 1
    elif claim.kind in _ABSOLUTE and verb_before and _TO_OR_FROM_AFTER[lang].match(text, mention.end):
        claim.role = "change"  # `up $2.5bn from a month earlier`
        claim.direction = -1 if _FALLING[lang].match(verb_before.group("verb")) else 1
    elif (
        claim.kind in ("money", "count")
        and verb_before
        and (level := _TO_VERB_AT_AFTER[lang].match(text, mention.end))
        and (level.group("mark") if claim.kind == "money" else _same_counter_after(claim, text, level.end() - 1))
    ):
        claim.role = "change"  # `rose 120 points to close at 36,548 points`
        claim.direction = -1 if _FALLING[lang].match(verb_before.group("verb")) else 1
    elif claim.kind in _ABSOLUTE and latin and (noun := _AMOUNT_CHANGE_NOUN_BEFORE[lang].search(before)):
        claim.role = "change"  # `an increase of $1.2bn`
        claim.direction = -1 if _FALLING[lang].match(noun.group("verb")) else 1
    elif claim.kind in _ABSOLUTE and latin and (moved := _MOVE_SIZE_BEFORE[lang].search(text, s_start, mention.start)):
        claim.role = "change"  # `from £90 to £81 a term, a saving of £9`
        claim.direction = 1 if moved.group("rise") else -1
    elif claim.kind == "count" and latin and _COUNT_CHANGE_NOUN_BEFORE[lang].search(before):
        claim.role, claim.direction = "change", 1  # `a net gain of 28 clubs` (every noun of the class is a rise)
    elif claim.kind in _ABSOLUTE and latin and _extra_after_a_rise(before, text, s_start, mention.start, lang):
        claim.role = "change"  # `up 17% on last season's 8,400 bales, an extra 1,430`
        claim.direction = 1
    elif (
        claim.kind in _ABSOLUTE
        and latin
        and _ARTICLE_BEFORE[lang].search(before)
        and (noun := _AMOUNT_CHANGE_NOUN_AFTER[lang].match(text, mention.end))
    ):
        claim.role = "change"  # `a 50-cent rise`, `a $1.2bn increase`
        claim.direction = -1 if _FALLING[lang].match(noun.group("verb")) else 1
    elif (
        claim.kind in ("percent", "pp")
        and latin
        and (
            (noun := _CHANGE_NOUN_AFTER[lang].match(text, mention.end))
            or (noun := _CHANGE_NOUN_BEFORE[lang].search(before))
        )
    ):
        claim.role = "change"  # `a 23 per cent year-on-year rise`, `an increase of 4.8 per cent`
        claim.direction = -1 if _FALLING[lang].match(noun.group("verb")) else 1
    elif (
        latin
        and claim.kind in ("percent", "pp", "money", "count", "measure", "fraction")
        and (comparative := _COMPARATIVE_AFTER[lang].match(text, mention.end))
    ):
        claim.role = "change"  # `0.3% more than first reported`, `about a third above the £523 average`
        claim.direction = 1 if comparative.group("above") else -1
    elif (
        latin
        and claim.kind in ("percent", "fraction")
        and _OR_BEFORE.search(before)
        and (comparative := _APPOSED_COMPARATIVE_AFTER[lang].match(text, mention.end))
    ):
        claim.role = "change"  # `7 tonnes, or 64 per cent, bigger`
        claim.direction = 1 if comparative.group("above") else -1
    elif (
        latin
        and claim.kind in ("percent", "fraction")
        and (comparative := _BARE_COMPARATIVE_AFTER[lang].match(text, mention.end))
        and _COPULA_BEFORE[lang].search(before)
    ):
        claim.role = "change"  # `so the 2026 intake was 40 per cent bigger.`
        claim.direction = 1 if comparative.group("above") else -1
    elif (
        not latin
        and claim.kind in _ABSOLUTE
        and (comparison := MORE_OR_LESS_AFTER[lang].match(text, mention.end))
        and _RATE_CHANGE_CLAUSE_BEFORE[lang].search(text, s_start, mention.start)
    ):
        claim.role = "change"  # `…에 비해 25% 증가했으며, 포대 수로는 400 포대가 많다`
        claim.direction = 1 if comparison.group("more") else -1
    elif (
        not latin
        and claim.kind in _ABSOLUTE
        and (comparison := MORE_OR_LESS_AFTER[lang].match(text, mention.end))
        and _TOLD_OF_NOW_BEFORE[lang].search(text, max(s_start, mention.start - 12), mention.start)
    ):
        claim.role = "change"  # `작년 문을 연 쉼터는 14곳이고 올해는 3곳 많다`
        claim.direction = 1 if comparison.group("more") else -1
    elif latin and (bare := bare_comparative_direction(claim, mention, doc, s_start)):
        claim.role = "change"  # `That is $6m more.`, `…the winter before, 14 more.`
        claim.direction = bare
    elif (
        claim.kind == "multiple"
        and not _RATIO_TO_ONE[lang].search(mention.text)
        and not _MULTIPLE_OF_A_RATE[lang].search(text, max(s_start, mention.start - 12), mention.start)
        or (
            claim.kind in ("percent", "pp")
            # (`320원보다 4분의 1 가량 높은`: a fraction after the comparison, a word of size right after it)
            or claim.kind == "fraction"
            and not latin
            and MORE_OR_LESS_AFTER[lang].match(text, mention.end) is not None
        )
        and _COMPARISON_KO[lang].search(
            text[max(s_start, _before_a_coordinated_gap(text, mention.start) - 12) : mention.start]
        )
        and not _RATIO_OF_BEFORE[lang].search(text[max(s_start, mention.start - 16) : mention.start])
        and not _MARGIN_NAMED_BEFORE[lang].search(text[max(s_start, mention.start - 16) : mention.start])
    ):
        claim.role = "change"
        claim.direction = 1
    elif (
        latin
        and claim.kind in ("percent", "fraction")
        and (moved := _OR_RATE_AFTER_MOVE_FROM[lang].search(text, s_start, mention.start))
        and not _OF_AFTER[lang].match(text, mention.end)
        and not _RATE_IN_SENTENCE[lang].search(text, s_start, mention.start)
    ):
        claim.role = "change"  # `rose to $640 from $560, or 14%`
        claim.direction = -1 if _FALLING[lang].match(moved.group("verb")) else 1
    elif (
        latin
        and claim.kind in ("percent", "fraction")
        and (moved := _MOVE_SIZE_RATE_BEFORE[lang].search(text, s_start, mention.start))
        and not _OF_AFTER[lang].match(text, mention.end)
    ):
        claim.role = "change"  # `from £90 to £81 a term, a saving of £9, or 10%`
        claim.direction = 1 if moved.group("rise") else -1
    elif claim.kind in ("percent", "fraction"):
        claim.role = "share"
    if claim.role == "change":
        claim.basis = _basis(doc, mention, s_start)
    possessive = _PRIOR_POSSESSIVE[lang].search(before) if latin or _GENITIVE[lang].search(before[-3:]) else None
    if possessive is None and latin:
        possessive = _FROM_PLACED_PERIOD[lang].search(before)
    if claim.role in ("value", "share") and possessive:
        claim.role = "prior"  # `from the previous quarter's $6.81bn`
        claim.basis = (possessive.group("unit") or "year").lower()
    elif claim.role in ("value", "share") and (
        _prior_marker_before(doc, mention.start, s_start)
        or (latin and _FROM_BEFORE[lang].search(before) and _PRIOR_AFTER[lang].match(text, mention.end))
    ):
        claim.role = "prior"  # `전년 동기 310억 원`, `from $10bn a year earlier`
    elif claim.role == "value" and claim.kind in ("money", "count", "measure") and _YEAR_LABEL_BEFORE.search(before):
        claim.role = "prior"  # `EUR49.7 million (2014: EUR46.3 million)`
    elif (
        claim.role == "value"
        and latin
        and (
            _COMPARED_BEFORE[lang].search(before)
            or (_COMPARED_AFTER_FIGURE[lang].search(before) and not _FRACTION_OF_AFTER_COMPARATIVE[lang].search(before))
            or _COMPARED_AFTER_RATE[lang].search(before)
            or _COMPARED_AFTER_FRACTION[lang].search(before)
            or (_CHANGED_ON[lang].search(before) and _level_before_of_its_kind(doc, claim, mention.start, s_start))
            or (claim.kind in _ABSOLUTE and _compared_after_amount(doc, claim, mention.start, s_start))
            or (claim.kind in _ABSOLUTE and _compared_with_the_figure(doc, claim, mention.start, s_start))
        )
    ):
        # `… as against 1.1 lakh units in September 2019`, `1.2% below the $33.5m`, `8 per cent lower than the £448`,
        # `a third above the £523`
        claim.role = "baseline"
    elif (
        claim.role == "value"
        and latin
        and claim.kind == "count"
        and _MULTIPLE_THE_BEFORE[lang].search(before)
        and not _HYPHEN_AFTER.match(text, mention.end)
    ):
        # `more than twice the 45 it has now`: compared with, no count of units (`twice the 5,000-a-day limit`: a
        # word's first part, no figure compared)
        claim.role = "baseline"
    elif (
        claim.role == "share"
        and latin
        and (_COMPARED_AFTER_FIGURE[lang].search(before) or _COMPARED_AFTER_WORDED_FIGURE[lang].search(before))
    ):
        claim.role = "baseline"  # `0.4 percentage points higher than the 4.8% recorded in May`
    elif claim.role in ("value", "share") and (
        _BASELINE_AFTER[lang].match(text, mention.end)
        or _FROM_AFTER[lang].match(text, mention.end)
        or _MULTIPLE_FROM_AFTER[lang].match(text, mention.end)
        or _MULTIPLE_PASSED_AFTER[lang].match(text, mention.end)
        or (latin and _PREVIOUS_LEVEL[lang].search(before))
        or (
            latin
            and "from" in before
            and not _from_what_the_level_is_made_of(doc, claim, mention.start, s_start)
            and (
                _TO_FROM[lang].search(text[max(s_start, mention.start - 60) : mention.start])
                or _CHANGED_FROM[lang].search(text[max(s_start, mention.start - 70) : mention.start])
                or _TO_SAID_FROM[lang].search(text[max(s_start, mention.start - 120) : mention.start])
                or (
                    _MOVED_FROM[lang].search(text[max(s_start, mention.start - 70) : mention.start])
                    and _MOVED_TO_AFTER[lang].match(text, mention.end)
                )
            )
        )
    ):
        claim.role = "baseline"  # `올해 본예산 656조 6000억원보다 3.2% 늘어난`: compared with, in its own period


def _basis(doc: ArticleView, mention: Mention, s_start: int) -> str | None:
    """What a change is measured against: the nearest prior marker in its sentence."""
    s_end = doc.segments.sentence_bounds(doc.segments.sentence_of(mention.start), len(doc.text))[1]
    first, last = bisect.bisect_left(doc.time_starts, s_start), bisect.bisect_left(doc.time_starts, s_end)
    priors = [t for t in doc.times[first:last] if t.role == "prior"]  # the sentence's times, not the article's
    if not priors:
        return None
    # Korean names the basis before the change (`전년 동기 대비 4%`), English often after it.
    before = [t for t in priors if t.end <= mention.start and mention.start - t.end <= 30]
    if before:
        if _compared_past_another_figure(doc, before[-1].end, mention.start, s_start):
            return None
        return before[-1].shift
    return min(priors, key=lambda t: abs(t.start - mention.start)).shift


_CLAUSE_BREAK_AFTER_MARK = compile_exact(r"\s*[,;]\s*\S")
# `직전 분기보다 9.7%, 지난해 3분기(398억원)보다는 16.1%`: the change's own comparison right before it
_OWN_COMPARISON_BEFORE = ByLanguage(lambda w: rf"\)?\s?(?:{w.compared_after})(?:{w.topic_particles})?\s*$")
_DIGIT = compile_exact(r"\d")
_COMPARED = ByLanguage(lambda w: rf"(?:{w.compared_after})")


def _compared_past_another_figure(doc: ArticleView, marker_end: int, position: int, s_start: int) -> bool:
    """`직전 분기보다 9.7%, 지난해 3분기(398억원)보다는 16.1% 많다`: a change with a comparison of its own right
    before it (`…보다는`), figures standing between it and the prior marker before, is measured against what its own
    comparison names; the marker is the earlier change's."""
    own = _OWN_COMPARISON_BEFORE[doc.language].search(doc.text, max(s_start, position - 16), position)
    if own is None:
        return False
    # (the marker's own comparison, `직전 분기보다`, then another change's figure, before this change's comparison;
    # `전년 동기(1,136억원)보다 13.0%`: one comparison, the marker's figure in parentheses, is the marker's own)
    marks = _COMPARED[doc.language].search(doc.text, marker_end, own.start())
    return marks is not None and _DIGIT.search(doc.text, marks.end(), own.start()) is not None


def _prior_marker_before(doc: ArticleView, position: int, s_start: int) -> bool:
    """`전년 동기 310억 원`: a prior-period marker right before the value (no 대비 between)."""
    lang = doc.language
    i = bisect.bisect_left(doc.time_starts, position) - 1
    while i >= 0 and doc.times[i].start >= s_start:
        ref = doc.times[i]
        between = doc.text[ref.end : position]
        if ref.role == "prior":
            if _LEVEL_BETWEEN[lang].search(between):
                return False  # `more than doubled from a year earlier to 141.9 billion won`
            if ref.start - s_start <= 3 and not _COMPARISON[lang].search(between):
                return True  # `A year earlier the carrier earned $540m on revenue of $4.95bn`
            # (`compared with 131 a year earlier, after buying 17 practices`: a marker that closes the clause before
            # a comma dates that clause's figure, not the next one)
            return (
                len(between) <= 16
                and not _COMPARISON[lang].search(between)
                and not re.search(r"\d", between)
                and not _CLAUSE_BREAK_AFTER_MARK.match(between)
            )
        if ref.role == "point":
            return False
        i -= 1
    return False


# `50만명(3.4%) 증가했다`, `48.15p(1.87%) 하락한`, `fell 60 points (1.5%)`, `higher by 75 points or 0.7%`:
# an amount with its rate in parentheses (or after `or`), then (or before it) a change verb — the amount
# is the absolute change, the rate the relative one.
# (`0.3%(+0.5시간) 증가`: the amount in the parentheses may carry its sign)
# `32만명(1.3%) 증가`, `higher by 75 points or 0.7%`, `430명, 18.6% 늘어난`: what joins an amount and its rate
# (`48척, 전년 대비 9.7% 줄었다`: the rate after the comma may name, in words, what it is measured against)
_PAREN_OPEN = ByLanguage(
    lambda w: (
        # (`8개 팀, 20% 늘었다`: the noun the amount's counter counts may stand first, `[link.nouns_after_counter]`)
        rf"(?:\s?(?:{w.nouns_after_counter}))?"
        rf"(?:\s*\(\s*(?:{w.rise_signs}|{w.fall_signs})?|,?\s+(?:{w.or_words})\s+|\s*(?:{w.amount_rate_commas})\s*"
        rf"(?:(?:[^\W\d_]+\s){{0,2}}[^\W\d_]*?(?:{w.compared_after})\s+)?)"
    )
)
_PAREN_CLOSE = compile_exact(r"\s*\)|")
_COMMA_JOIN = ByLanguage(lambda w: rf"\s*(?:{w.amount_rate_commas})\s*")
_RELATIVE_KINDS = ("percent", "fraction")  # a relative change: `20%`, `3분의 1`


def pair_absolute_and_relative(claims: list[Claim], text: str, lang: str) -> None:
    for first, second in zip(claims, claims[1:]):
        # `32만명(1.3%) 증가` or `1.3%(32만명) 증가`: either may stand in the parentheses.
        amount, rate = (second, first) if first.kind in _RELATIVE_KINDS else (first, second)
        if (
            amount.kind not in ("money", "count", "measure")
            or rate.kind not in _RELATIVE_KINDS
            or amount.role == "conversion"
        ):
            continue
        if amount.furniture or rate.furniture:
            continue
        if not _PAREN_OPEN[lang].fullmatch(text, first.end, second.start):
            continue
        close = _PAREN_CLOSE.match(text, second.end)
        if close is None:
            continue
        verb = _CHANGE_VERB[lang].match(text, close.end())
        if verb is not None and _CHANGE_NOUN_AS_OBJECT[lang].match(text, verb.end()):
            continue  # (`330명(66%)이 확대에 찬성했다`: the change word is what they agreed to, no change of theirs)
        if rate.kind == "fraction" and (verb is None or rate is first):
            continue  # (a fraction is a change only after its amount and before the verb: `16개 팀, 3분의 1 늘었다`)
        if verb is None and _COMMA_JOIN[lang].fullmatch(text, first.end, second.start):
            continue  # (`430명, 18.6% 늘어난`: joined by a comma, the two share a verb right after them)
        before = text[max(0, first.start - 40) : first.start]
        verb_before = _CHANGE_VERB_BEFORE[lang].search(before) if verb is None else None
        if verb is None and verb_before is None:
            verb = _shared_verb(text, first, close.end(), lang)
        if verb is None and verb_before is None:
            continue
        direction = -1 if _FALLING[lang].match((verb or verb_before).group("verb")) else 1
        for claim in (amount, rate):
            claim.role, claim.direction = "change", direction


# `A는 54만명으로 4만명(8%), B는 57만명으로 5만명(9.5%) 증가했다`: coordinated clauses share the
# sentence's last verb; a figure after `X으로` with its rate in parentheses, then a comma, is such a change.
_AFTER_LEVEL = ByLanguage(lambda w: rf"(?:{w.level_particles})\s*$")
_CLAUSE_COMMA = compile_exact(r"\s*,")
_VERB_LATER = ByLanguage(
    lambda w: rf"(?:[^.\n]|\.(?=\d)){{0,80}}?\s(?:{w.further_before_verb}\s?)?(?P<verb>{w.rise_verbs}|{w.fall_verbs})"
)


def _shared_verb(text: str, first: Claim, after: int, lang: str) -> re.Match | None:
    level = _AFTER_LEVEL[lang].search(text, max(0, first.start - 4), first.start)
    if level is None or not _CLAUSE_COMMA.match(text, after):
        return None
    return _VERB_LATER[lang].match(text, after)


def move_ends(claim: Claim, text: str, lang: str, s_start: int) -> tuple[int, int] | None:
    """Where the figures stand that a move's size or rate set after `from … to …, a cut of` is of (`from £90 to
    £81 a term, a saving of £9, or 10%`): the spans of the first digit (with a symbol before it) of the figure left
    and of the one reached, or None."""
    if claim.kind in _ABSOLUTE:
        moved = _MOVE_SIZE_BEFORE[lang].search(text, s_start, claim.start)
    elif claim.kind in ("percent", "fraction"):
        moved = _MOVE_SIZE_RATE_BEFORE[lang].search(text, s_start, claim.start)
    else:
        return None
    if moved is None:
        return None
    return moved.end("left"), moved.end("reached")
