"""Quantities in text: the number, its unit, its qualifier, and the interval it states.

The scanner finds number cores with one regular expression, then reads the
context on either side with anchored expressions (qualifiers and currency
symbols before, `여`, units and qualifiers after). Ranges and parentheticals
are joined in a second pass over the mentions. Every word comes from the
document's language data (`rules/lang/`, see `checker.extract.lang`); the
patterns are compiled once per language.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from checker.collection import collection_paused
from checker.extract.lang import NEVER, ByLanguage, LanguageData, link_alternations, merged
from checker.extract.numerals import (
    MalformedNumber,
    Numeral,
    NumeralSystem,
    numeral_system,
    parse_arabic,
    parse_fraction,
    parse_hangul,
    parse_number_words,
    parse_numeral,
)
from checker.extract.units import ISO_CODES, alternation, base_unit
from checker.models import Mention, Quantity
from checker.regex_cache import compile_exact, compile_re, first_character_test, first_test

INF = math.inf

# Commas join digit groups only when a digit follows (`142,000,` ends at the last digit). A run of digits is taken
# whole (possessive, `\d++`): what follows one in the core (a comma, a point, a unit word, a test that no digit
# follows) never starts with a digit, so giving a digit back can make no match, and the engine no longer tries it
# (the arabic core of a line of amounts backtracked through every run: about 20 ms a megabyte).
_DIGITS = r"\d++(?:,\d{2,3})*(?:\.\d++)?"
_ISO = set(ISO_CODES)
# An ASCII word (a code, `bn`, `crore`) ends where no letter of the shared Latin alphabet goes on
# (`USD`, not `USDA`): rules/lang/base.toml, in every language alike.
_NO_LATIN_AFTER = f"(?!{link_alternations('base').chars('capital_letters', 'small_letters')})"


class NotANumber(Exception):
    """A core that turns out not to be a quantity (`one in 2024`): dropped, never reported."""


def _longest_first(words) -> list[str]:
    """Distinct words, longest first; words of one length in a fixed order, so the pattern a set of
    words makes is the same in every process (its compiled program is cached: checker/regex_cache.py).

    The words whose first character has no case (`원`, `億`, `%`) come before the others (each part
    longest first): such a word and one that starts with a letter of some case never match at one
    place, even with case folded, so the matches are the same; but the engine passes a word whose
    first character differs from the text's at once only when that character has no case, and tries
    each case-blind Latin word (`new zealand dollars`, `percentage points`) step by step: after `245억`
    the word `원` is reached without trying the English ones first."""
    return sorted(set(words), key=lambda w: (not _caseless(w[:1]), -len(w), w))


def _caseless(character: str) -> bool:
    # (by the full case mappings: `ß` has one, `SS`, though no single capital the engine folds it to)
    return character.lower() == character == character.upper()


def _words(words, *, flags_ascii: bool = True) -> str:
    """An alternation of literal words, longest first; ASCII words end at a word boundary."""
    out = []
    for w in _longest_first(words):
        item = re.escape(w)
        if flags_ascii and w[-1:].isascii() and w[-1:].isalnum():
            item += _NO_LATIN_AFTER
        out.append(item)
    return "|".join(out) or "(?!)"


def _fragments(fragments) -> str:
    return "|".join(f"(?:{f})" for f in fragments) or "(?!)"


def _country_names(countries, places, letters: str, particles: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A bare currency word's country names written as a place (`스웨덴에서`, `스웨덴 말뫼의`, `스웨덴,`, `in Sweden`,
    not `스웨덴식`, `멕시코 음식점`, a `turkey` sandwich: case kept), and every name of its countries and their
    cities, any form (`스웨덴식`, `Mexican-style`, `Manila`)."""
    everything = _words([*countries, *places])
    if particles == NEVER:
        # (a language that writes no particle: a name as a whole word, `Mexico`, not `New Mexico`'s `Mexic`)
        place = rf"(?<![{letters}])(?P<name>{_words(countries)})(?![{letters}])"
        every = rf"(?<![{letters}])(?:{everything})(?![{letters}])"
    else:
        # (a name then a particle, a stop or a list mark, or a city: `스웨덴의`, `스웨덴, 노르웨이`, `스웨덴 룬드의`)
        place = (
            rf"(?<![{letters}])(?P<name>{_words(countries)})(?:(?:{particles})(?![{letters}])"
            rf"|(?=[^\S\n]*(?:[^\w\s]|\n|$)|[^\S\n]+(?:{_words(places) if places else NEVER})))"
        )
        every = rf"(?<![{letters}])(?:{everything})"
    return compile_re(place), compile_re(every)


def _guarded(words, blocked: dict[str, str], hedges: str = "") -> str:
    """Literal words, each refused when a letter in `blocked[word]` follows it, unless that letter
    starts a hedge written flush against the unit (`원가량` is `원` and `가량`, not `원가`)."""
    out = []
    for w in _longest_first(words):
        item = re.escape(w)
        if blocked.get(w):
            letters = f"[{re.escape(blocked[w])}]"
            item += f"(?!(?!{hedges}){letters})" if hedges else f"(?!{letters})"
        if w[-1:].isascii() and w[-1:].isalnum():
            item += _NO_LATIN_AFTER
        out.append(item)
    return "|".join(out) or "(?!)"


class AfterStarts(NamedTuple):
    """Which readers after a number can match at a place, by the character there (`Patterns.after_at`)."""

    yeo: bool
    digits: bool
    scale: bool
    bare_units: tuple[re.Pattern[str], ...]
    vague_units: tuple[re.Pattern[str], ...]
    index: bool
    qualifier: bool


# The kinds of qualifier written before a number, each a named group of the qualifier pattern, in
# the order they are tried.
QUALIFIER_KINDS = ("approx", "atleast", "atmost", "over", "under", "nearly", "total")


class Patterns:
    """Everything the scanner matches for one language, compiled once (from cached programs: checker/regex_cache.py)."""

    def __init__(self, language: str, data: LanguageData) -> None:
        self.language = language
        self.data = data
        self.system: NumeralSystem = numeral_system(language)
        letters = data.letters
        # the language's orthography (rules/lang/*.toml): the Latin alphabet, and the capital a name starts with
        w = link_alternations(language)
        latin = w.chars("capital_letters", "small_letters")
        words = {**data.bare_currency_words.words, **data.currency_after.words, **data.currency_words.words}
        self.currency_words = {w.lower(): c for w, c in words.items()}
        self.prefixes = {**{c: c for c in data.iso_codes.words}, **data.currency_prefixes.words}
        for symbol, code in list(self.prefixes.items()):
            if symbol.endswith("$") and symbol[:-1].isalpha() and len(symbol) > 2:
                # `US $ 150 million`, `hk $ 10.05 billion`: the letters apart, in either case
                # (one letter is too little: `a $5 fee`)
                for country in {symbol[:-1], symbol[:-1].lower()}:
                    self.prefixes.setdefault(f"{country} $", code)
                self.prefixes.setdefault(symbol.lower(), code)
        self.symbol_rules = {
            s: (r.otherwise, compile_re(_words(r.cues)), compile_re(_words(r.against)))
            for s, r in data.symbol_context.rules().items()
        }
        self.scales = {w.lower(): v for w, v in data.scales.words.items()}
        self.touching = {w.lower() for w in data.scales.touching}
        self.verbs = {w.lower(): v for w, v in data.multiples.verbs.items()}
        self.multiple_adjectives = {w.lower(): v for w, v in data.multiples.adjectives.items()}
        self.number_words = {w.lower(): v for w, v in data.number_words.words.items()}
        nw = data.number_words
        # the words of a compound number word, each by itself (`a` is one before `hundred` or a scale)
        self.word_values = {
            **{w: v for w, v in self.number_words.items() if " " not in w},
            **{a.lower(): 1.0 for a in nw.article},
        }
        self.word_joiners = frozenset({nw.joiner.lower()} if nw.joiner else ())
        self.mixed: dict[str, float] = {}
        joiners = [*data.fractions.in_spelled, re.escape(data.fractions.in_)] if data.fractions.in_ else []
        # (between the two counts of `one in five`, `seven out of ten`; the spelled joiners first, so that `two in
        # every five` splits at `in every`, not at `in`)
        self.in_between = compile_re(rf"\s+(?:{'|'.join(joiners)})\s+", re.I) if joiners else None
        self.fraction_words = {w.lower(): v for w, v in {**data.fractions.words, **data.fractions.in_context}.items()}
        self.subunits = {w.lower(): v for w, v in data.currency_subunits.words.items()}
        glued = {w.lower(): v for w, v in data.currency_subunits.glued.items()}
        # a currency word that spells a bare sign (`dollars`: `$`), and each sign's country forms (`C$`: CAD)
        self.sign_words = {w.lower(): sign for w, sign in data.currency_words.signs.items()}
        self.bare_currency_words = frozenset(w.lower() for w in data.bare_currency_words.words)
        # each bare word's countries, by name (`스웨덴`: SEK), and one pattern of their names
        bc = data.bare_currency_words
        particles = link_alternations(language).particles_after_alias
        alphabet = letters + (latin[1:-1] if latin.startswith("[") and latin.endswith("]") else "")
        self.bare_countries = {
            word.lower(): (
                {**bc.places.get(word, {}), **names},
                *_country_names(names, bc.places.get(word, {}), alphabet, particles),
                frozenset(bc.places.get(word, {})),
            )
            for word, names in bc.countries.items()
            if names
        }
        # … and its currency named in full anywhere, an amount or none (`터키 리라 가치가 급락했다`): that decides
        # it too
        self.bare_full_names = {
            word: (full, compile_re(rf"(?<![{alphabet}])(?:{_words(full)})", re.I))
            for word in self.bare_countries
            if (full := {n: c for n, c in self.currency_words.items() if n.endswith(word) and len(n) > len(word) and c})
        }
        # a currency word of few letters that ends its word or goes on into a particle or an ending (`랜드로`,
        # `레우어치를`; not `랜드로버`, `페소아`), and, spaced from its number, no next word but a hedge (not
        # `1 레프 톨스토이`)
        self.whole_currency_words = frozenset(w.lower() for w in bc.whole)
        # … and one that names an ancient coin in a sentence of antiquity (`유적에서 은화 30셰켈이`)
        self.coin_words = frozenset(w.lower() for w in bc.coin_words)
        self.antiquity = compile_re(rf"(?<![{alphabet}])(?:{_words(bc.antiquity)})", re.I) if bc.antiquity else None
        # a price per one of a noun (`한 켤레에 45달러`): a won amount closing its sentence after it may be the total
        # of a count of that noun the sentence or the one before states (`장화 500켤레를 판다`), no equivalent
        one, marks = link_alternations(language).one_before_counter, link_alternations(language).per_one_noun_marks
        self.per_one_before = (
            compile_re(rf"(?<![^\W_])(?:{one})(?P<noun>[^\W\d_]{{1,3}})(?:{marks})[^\S\n]?$")
            if NEVER not in (one, marks)
            else None
        )
        self.currency_word_ends = self.currency_word_next = None
        if self.whole_currency_words:
            self.currency_word_ends = compile_re(
                rf"(?:{particles}|{_words(bc.endings) if bc.endings else NEVER}){{0,3}}(?![{alphabet}])"
            )
            # (`3만 리라 규모로`: a next word with its particle)
            self.currency_word_next = compile_re(
                rf"[^\S\n]+(?!(?:{_words(bc.next_words) if bc.next_words else NEVER})(?:{particles})?(?![{letters}]))"
                rf"[{letters}]"
            )
        self.country_signs = {
            symbol: code
            for symbol, code in self.prefixes.items()
            if any(symbol != sign and symbol.endswith(sign) for sign in self.sign_words.values())
        }
        grouping = data.digit_grouping
        self.grouping = compile_re(grouping.grouping) if grouping.grouping else None
        self.grouping_cue = compile_re(_words(grouping.cues)) if grouping.cues else None
        self.majority = {w.lower() for w in data.fractions.majority}
        er = data.exchange_rates
        self.rate_per = {w.lower(): c for w, c in er.per.items()}
        not_rate = rf"|\s+(?:{_words(er.not_before)})" if er.not_before else ""
        self.rate_after = compile_re(rf"\s+(?P<per>{_words(er.per)})(?![\w-]{not_rate})", re.I) if er.per else None
        self.currency_named = (
            compile_re(rf"(?<!{latin})(?P<cur>{_words(self.currency_words)})", re.I) if self.currency_words else None
        )
        il = data.index_levels
        self.index_after = compile_re(_fragments(il.after)) if il.after else None
        self.index_counter = il.counter
        self.index_names = compile_re(_fragments(il.names)) if il.names else None
        self.level_after = compile_re(_fragments(il.level_after)) if il.level_after else None
        self.level_before = compile_re(rf"(?:{_fragments(il.level_before)})") if il.level_before else None
        ul = data.unit_lines
        self.unit_line = compile_re(ul.line) if ul.line else None
        self.unit_line_reach = ul.reach
        ec = data.elided_counts
        self.elided_before = compile_re(_fragments(ec.before)) if ec.before else None
        self.elided_after = compile_re(_fragments(ec.after)) if ec.after else None
        self.elided_one_noun_after = compile_re(_fragments(ec.one_noun_after)) if ec.one_noun_after else None
        self.elided_reach = ec.reach
        self.elided_time_after = compile_re(_fragments(ec.time_after)) if ec.time_after else None
        self.elided_shared_after = compile_re(_fragments(ec.shared_after), re.I) if ec.shared_after else None
        self.elided_shared_before = compile_re(_fragments(ec.shared_before), re.I) if ec.shared_before else None
        self.opening_change_before = (
            compile_re(_fragments(ec.opening_change_before)) if ec.opening_change_before else None
        )
        self.opening_change_after = compile_re(_fragments(ec.opening_change_after)) if ec.opening_change_after else None
        self.opening_more_before = compile_re(_fragments(ec.opening_more_before)) if ec.opening_more_before else None
        self.opening_more_after = compile_re(_fragments(ec.opening_more_after)) if ec.opening_more_after else None
        self.rate_on_before = compile_re(_fragments(ec.rate_on_before)) if ec.rate_on_before else None
        self.rate_on_after = compile_re(_fragments(ec.rate_on_after)) if ec.rate_on_after else None
        self.counted_subject_before = (
            compile_re(_fragments(ec.counted_subject_before)) if ec.counted_subject_before else None
        )
        self.counted_subject_after = (
            compile_re(_fragments(ec.counted_subject_after)) if ec.counted_subject_after else None
        )
        self.gapped_gap = self.gapped_end = None
        if ec.gapped_parts:
            # from one part of a gapped list to the bare number of the next: perhaps the part's counter and the pool
            # it is drawn from (`1,020 of the calls, southern wards for 560`), the joint,
            # the next part's label (words, none a verb or a word of comparison) and perhaps the first verb's
            # preposition; after the number, the list goes on or ends
            word = rf"{latin}(?:{latin}|['’-])*"
            label = rf"(?!(?:{w.gapped_label_stops})(?![\w'’-])){word}"
            self.gapped_gap = compile_re(
                rf"(?:\s+{word})?(?:\s+(?:{w.gapped_part_pools}))?\s*(?:{w.gapped_list_joints})\s+{label}"
                rf"(?:\s+{label}){{0,3}}"
                rf"(?:\s+(?:{w.gapped_part_marks}))?\s+",
                re.I,
            )
            self.gapped_end = compile_re(rf"\s*(?:,|;|(?:{w.gapped_list_joints})\s|\.(?:\s|$)|$)", re.I)
        self.coordinated_gap = self.coordinated_after = None
        if ec.coordinated_after:
            word = rf"{latin}(?:{latin}|['’-])*"
            self.coordinated_gap = compile_re(
                rf"(?:\s+{word}){{0,{ec.coordinated_words}}}\s*(?:{w.list_separators})\s+", re.I
            )
            self.coordinated_after = compile_re(_fragments(ec.coordinated_after), re.I)
        self.coordinated_parallel = (
            compile_re(_fragments(ec.coordinated_parallel_after), re.I) if ec.coordinated_parallel_after else None
        )
        self.modifier_between = compile_re(_fragments(ec.modifier_between)) if ec.modifier_between else None
        self.joined_before_unit = (
            compile_re("|".join(f"(?:{f})" for f in ec.joined_before_unit), re.I) if ec.joined_before_unit else None
        )
        # (`rose to `, `rose 4% to `: the rate of the change may stand between)
        # (`Arrests rose 4% to 310`, `Admissions rose 14.5 per cent to 14 million`: the rate between, its sign or words)
        pct_between = rf"\d+(?:\.\d+)?(?:%|\s?(?:{_words(data.percent.pct)}))"
        self.subject_verb = (
            compile_re(rf"\b(?:{_words(ec.subject_verbs)})(?:\s+{pct_between})?\s+to\s$") if ec.subject_verbs else None
        )
        # `Burglaries involving a weapon rose to `: the plural noun opening a sentence, and the words up to the number
        self.subject_noun = compile_re(
            rf"(?P<noun>{link_alternations(language).capital_letters}{link_alternations(language).small_letters}{{3,}}s)\b"
            rf"(?:[^\d.;:!?\n]|{pct_between}){{0,60}}$"
        )
        self.not_subjects = {word.lower() for word in ec.not_subjects}
        self.pair_before = compile_re(rf"(?:{_fragments(ec.pair_before)})$") if ec.pair_before else None
        # `…, bringing the fleet to ` (checker/extract/quantities.py `_read_sums_reached`): the words before a sum
        # reached
        self.sum_reached_before = compile_re(rf"(?:{w.sum_reached_marks})\s+$", re.I) if w.sum_reached_marks else None
        # … and, earlier in its sentence, the amount added to make it (`will buy six more`, `a further 40`)
        self.addition_verb_before = compile_re(rf"\b(?:{w.addition_verbs})\s+$", re.I)
        self.addition_mark_after = compile_re(rf"\s+(?:{w.addition_marks_after})\b", re.I)
        # `will install 60 new fountains, taking …`: the count's own word makes it added (`[link.addition_counters]`)
        self.addition_counter = compile_re(rf"(?:{w.addition_counters})", re.I)
        self.addition_mark_word = compile_re(rf"(?:{w.addition_marks_after})", re.I)
        self.joining_after = compile_re(rf"(?:\s+[^\W\d_][\w'’-]*){{0,4}}?\s+(?:{w.joining_verbs_after})\s", re.I)
        # `its staff of 31`: a group named with `of` right before a bare number (`_read_group_sizes`)
        self.group_size_before = (
            compile_re(rf"(?:{w.group_size_before})", re.I) if w.group_size_before != NEVER else None
        )
        # `in three batches of 300`: the units goods go in, each holding a lot, right before a bare number
        # (`_read_lot_sizes`)
        self.lot_size_before = compile_re(rf"(?:{w.lot_size_before})$", re.I) if w.lot_size_before != NEVER else None
        self.lot_size_after = compile_re(rf"(?:{w.lot_size_after})", re.I)
        # `will bring 84 teams of four, 336 runners in all`: a count of groups and `of` right before a bare number,
        # a total marked as one right after it (`_read_lot_sizes`)
        self.lot_groups_before = (
            compile_re(rf"(?:{w.lot_groups_before})$", re.I) if w.lot_groups_before != NEVER else None
        )
        self.lot_groups_total_after = compile_re(rf"(?:{w.lot_groups_total_after})", re.I)
        self.pair_between = compile_re(_fragments(ec.pair_between)) if ec.pair_between else None
        self.level_time_after = compile_re(_fragments(ec.level_time_after)) if ec.level_time_after else None
        self.now_level_before = (
            compile_re(rf"(?:{_fragments(ec.now_level_before)})$", re.I) if ec.now_level_before else None
        )
        self.now_level_after = compile_re(_fragments(ec.now_level_after)) if ec.now_level_after else None
        self.now_level_then_before = (
            compile_re(rf"(?:{_fragments(ec.now_level_then_before)})$", re.I) if ec.now_level_then_before else None
        )
        self.now_level_other_subject = (
            compile_re(_fragments(ec.now_level_other_subject)) if ec.now_level_other_subject else None
        )
        # `won 11, drew 4 and lost 3 of their 18 games` (`_read_record_counts`): the verb of an outcome before a count
        self.record_verb_before = (
            compile_re(rf"(?<![\w'’-])(?:{w.record_outcome_verbs})\s+$", re.I)
            if w.record_outcome_verbs != NEVER
            else None
        )
        self.share_after = compile_re(_fragments(ec.share_after), re.I) if ec.share_after else None
        self.share_part_before = compile_re(_fragments(ec.share_part_before), re.I) if ec.share_part_before else None
        self.count_after_share_between = (
            compile_re(_fragments(ec.count_after_share_between), re.I) if ec.count_after_share_between else None
        )
        self.count_after_share_end = (
            compile_re(_fragments(ec.count_after_share_end), re.I) if ec.count_after_share_end else None
        )
        self.headline_before = compile_re(_fragments(ec.headline_before)) if ec.headline_before else None
        self.headline_after = compile_re(_fragments(ec.headline_after)) if ec.headline_after else None
        self.total_among_after = compile_re(_fragments(ec.total_among_after), re.I) if ec.total_among_after else None
        self.pace_whole_after = compile_re(_fragments(ec.pace_whole_after), re.I) if ec.pace_whole_after else None
        self.pace_whole_before = (
            compile_re(rf"(?:{_fragments(ec.pace_whole_before)})$", re.I) if ec.pace_whole_before else None
        )
        self.share_of_pool_after = (
            compile_re(_fragments(ec.share_of_pool_after), re.I) if ec.share_of_pool_after else None
        )
        self.pool_opener = compile_re(rf"(?:{_fragments(ec.pool_opener)})$") if ec.pool_opener else None
        self.pool_after = compile_re(_fragments(ec.pool_after)) if ec.pool_after else None
        self.pool_named_between = compile_re(_fragments(ec.pool_named_between), re.I) if ec.pool_named_between else None
        self.pool_named_plain = compile_re(_fragments(ec.pool_named_plain), re.I) if ec.pool_named_plain else None
        self.pool_named_relative = (
            compile_re(rf"(?:{_fragments(ec.pool_named_relative)})", re.I) if ec.pool_named_relative else None
        )
        self.pool_before = compile_re(rf"(?:{_fragments(ec.pool_before)})$") if ec.pool_before else None
        self.pool_coordinated = compile_re(_fragments(ec.pool_coordinated)) if ec.pool_coordinated else None
        self.pool_named_opener = (
            compile_re(rf"(?:{_fragments(ec.pool_named_opener)})$") if ec.pool_named_opener else None
        )
        self.pool_named_determiner = (
            compile_re(rf"(?:{_fragments(ec.pool_named_determiners)})", re.I) if ec.pool_named_determiners else None
        )
        self.pool_named_back = (
            compile_re(rf"(?:{_fragments(ec.pool_named_back)})\s", re.I) if ec.pool_named_back else None
        )
        self.share_pool_between = compile_re(_fragments(ec.share_pool_between), re.I) if ec.share_pool_between else None
        self.share_pool_after = compile_re(_fragments(ec.share_pool_after), re.I) if ec.share_pool_after else None
        self.share_noun_between = compile_re(_fragments(ec.share_noun_between), re.I) if ec.share_noun_between else None
        self.part_of_pool_after = compile_re(_fragments(ec.part_of_pool_after)) if ec.part_of_pool_after else None
        self.part_of_pool_each = compile_re(_fragments(ec.part_of_pool_each), re.I) if ec.part_of_pool_each else None
        self.part_of_pool_level_after = (
            compile_re(_fragments(ec.part_of_pool_level_after), re.I) if ec.part_of_pool_level_after else None
        )
        self.part_of_restated_pool_between = (
            compile_re(_fragments(ec.part_of_restated_pool_between), re.I) if ec.part_of_restated_pool_between else None
        )
        self.list_joint = compile_re(_fragments(ec.list_joint), re.I) if ec.list_joint else None
        self.list_last_joint = compile_re(_fragments(ec.list_last_joint), re.I) if ec.list_last_joint else None
        self.list_pair_joint = compile_re(_fragments(ec.list_pair_joint), re.I) if ec.list_pair_joint else None
        # right before an item of a list a colon opens: the colon, or a joint of the list (`: 200 for vans, 80 …`)
        joints = [*ec.list_joint, *ec.list_last_joint]
        self.colon_item_before = compile_re(rf"(?:[^\S\n]?:[^\S\n]|{_fragments(joints)})$", re.I) if joints else None
        self.colon_item_after = compile_re(_fragments(ec.colon_item_after), re.I) if ec.colon_item_after else None
        self.list_sizes_after = compile_re(_fragments(ec.list_sizes_after), re.I) if ec.list_sizes_after else None
        self.share_pool_back = (
            compile_re(rf"(?:{_fragments(ec.share_pool_back)})$", re.I) if ec.share_pool_back else None
        )
        # the pool's noun: its first word (after the determiners) that ends the pool or stands before a word opening
        # what the pool's members did (`the dogs it took in`, `the new slots`)
        self.share_pool_noun = compile_re(
            rf"(?P<noun>[^\W\d_]{{3,}})(?=\s*$|\s+(?:{_fragments(ec.share_pool_noun_before)})\b)", re.I
        )
        ro = data.ratios_to_one
        self.ratio_counter = ro.counter or None
        self.ratio_one = compile_re(ro.one) if ro.one else None
        self.ratio_cues = compile_re(_fragments(ro.cues)) if ro.cues else None
        ag = data.age_groups
        self.age_counter = ag.counter or None
        self.age_after = compile_re(_fragments(ag.after)) if ag.counter and ag.after else None
        gp = data.glyph_prefixes
        self.glyphs = gp.words
        cp = data.cued_prefixes
        self.cued_letters = cp.words
        # (`Ft540,000`: a prefix of two letters, found by the letter right before the digits; longest first)
        self.cued_by_last_letter: dict[str, tuple[str, ...]] = {}
        for word in sorted(cp.words, key=len, reverse=True):
            self.cued_by_last_letter[word[-1]] = (*self.cued_by_last_letter.get(word[-1], ()), word)
        self.cued_prefix_cues = {
            code: compile_re("|".join(f"(?:{c})" for c in cues)) for code, cues in cp.cues.items() if cues
        }
        self.cued_name_after = compile_re(rf"\s+(?:{_words(cp.not_before)})\b") if cp.not_before else None
        self.cued_converted_after = compile_re(_fragments(cp.converted_after)) if cp.converted_after else None
        self.glyph_scale = compile_re(rf"\s?(?:{_words(gp.scales)})") if gp.words else None
        self.durations = set(data.counters.durations)
        self.counts_from = data.counters.counts_from
        self.rate_points = frozenset(data.counters.rate_points)
        self.not_counters = set(data.counters.not_counters)
        self.whole_only = frozenset(data.counters.whole_only)
        ob = data.counters.ordinal_before
        self.ordinal_before = compile_re(rf"(?:{_words(ob)})$") if ob else None
        cn = data.counters
        hyphened_blocked = rf"(?!\s+(?:{_words(cn.not_hyphened_before)})\b)" if cn.not_hyphened_before else ""
        self.hyphened_counter = (
            compile_re(rf"[-‑](?P<noun>{_words(cn.hyphened)})\b(?!-){hyphened_blocked}") if cn.hyphened else None
        )
        # `a 24-pan order` (`_read_lot_size`): a singular noun hyphened to the figure, a noun of a lot right after it
        self.hyphened_lot = (
            compile_re(rf"[-‑](?P<noun>{cn.lot_noun})(?=\s+(?:{_words(cn.lot_heads)})\b)") if cn.lot_heads else None
        )
        self.lot_not_nouns = frozenset(cn.lot_not_nouns)
        self.plurals = tuple((compile_re(end), plural) for end, plural in cn.plurals.items())
        self.measures = data.measures.words
        hyphened_measures = {w: p for w, p in data.measures.hyphened.items() if p in self.measures}
        self.hyphened_measure_words = {w.lower(): p for w, p in hyphened_measures.items()}
        self.hyphened_measure = (
            compile_re(rf"[-‑](?P<measure>(?i:{_words(hyphened_measures)}))\b(?!-){hyphened_blocked}")
            if hyphened_measures
            else None
        )
        self.weighed_measures = {w.lower(): unit for w, unit in data.measures.weighed.items()}
        cues = data.measures.weighed_cues
        self.weighed_measure_cue = compile_re("|".join(f"(?:{c})" for c in cues), re.I) if cues else None
        self.count_nouns = language == "en"
        self.reader_currency = data.equivalents.reader_currency
        self.implied_after = (
            compile_re(rf"\s?(?:{_words(data.implied_currency.words)})") if data.implied_currency.words else None
        )
        self.big = self.system.big
        core = self._core(data, letters)
        self.core = compile_re(core, re.X)
        qb = data.qualifiers_before
        self.qual_before = compile_re(
            "(?:" + "|".join(f"(?P<{k}>{_fragments(getattr(qb, k))})" for k in QUALIFIER_KINDS) + r")\s*$",
            re.I,
        )
        self.atmost_not_after = (
            compile_re(rf"\b(?:{_words(qb.atmost_not_after)})\s+$", re.I) if qb.atmost_not_after else None
        )
        self.over_not_after = (
            compile_re(rf"(?:{_fragments(qb.over_not_after)})\s+$", re.I) if qb.over_not_after else None
        )
        self.over_particle = (
            compile_re(rf"(?:{_fragments(qb.over_particle_verbs)})\s+$", re.I) if qb.over_particle_verbs else None
        )
        self.over_mark = compile_re(rf"(?:{_fragments(qb.over_marks)})\s*", re.I) if qb.over_marks else None
        self.prefix_currency = compile_re(rf"(?:{alternation(self.prefixes)})\s?$") if self.prefixes else None
        # Quick refusals before the two searches back from every number (each tries its alternation at
        # every place of the window): a prefix ends within the last three characters (`\s?` and `$`
        # before a final line break), a qualifier at the last one that is not a space.
        self.prefix_ends = frozenset(p[-1] for p in self.prefixes)
        # Where in the window before a number a prefix can start: its longest one, a space, and a final line break
        # that `$` matches before. The search starts there, not at each of the window's 24 places (the same match:
        # none starts earlier).
        self.prefix_reach = max(map(len, self.prefixes), default=0) + 2
        # (the same test on a stretch of the text, without slicing it: `search(text, start, end)`)
        self.prefix_end_in = (
            compile_re("[" + "".join(re.escape(c) for c in sorted(self.prefix_ends)) + "]").search
            if self.prefix_currency
            else None
        )
        qualifiers = [f for k in QUALIFIER_KINDS for f in getattr(qb, k)]
        literal = all(f and not f[-1].isspace() and re.escape(f).replace("\\ ", " ") == f for f in qualifiers)
        self.qual_end = (
            compile_re(f"[{''.join(re.escape(f[-1]) for f in qualifiers)}]", re.I) if literal and qualifiers else None
        )
        # A literal qualifier ends where the window's trailing space starts: no match can start further
        # back than its longest word, so the search starts there (same match, fewer places tried).
        self.qual_longest = max(map(len, qualifiers)) if literal and qualifiers else None
        self.qual_by_end = self._qualifiers_by_end(qb, qualifiers) if literal and qualifiers else {}
        self.scale_after = compile_re(rf"\s?(?:-)?(?P<scale>{_words(self.scales)})", re.I) if self.scales else None
        not_after = data.not_after.words
        hedges = "|".join(map(re.escape, _longest_first(data.qualifiers_after.approx)))
        self.currency_after = compile_re(rf"\s?(?P<cur>{_guarded(self.currency_words, not_after, hedges)})", re.I)
        self.iso_after = compile_re(rf"\s?(?P<iso>{_words(data.iso_codes.words)})")
        pc = data.percent
        self.percent_after = compile_re(
            rf"\s?(?:(?P<pp>{_guarded(pc.pp, not_after)})|(?P<bps>{_guarded(pc.bps, not_after)})"
            rf"|(?P<pct>{_guarded(pc.pct, not_after)}))",
            re.I,
        )
        self.multiple_after = compile_re(rf"\s?(?P<mult>{_guarded(data.multiples.after, not_after)})")
        mu = data.multiples
        self.occasion_words = {w.lower() for w in mu.occasion_words}
        self.occasion_after = (
            compile_re(
                (rf"(?!\s*(?i:{_words(mu.comparatives_after)})\b)" if mu.comparatives_after else "")
                + rf"\s*(?i:{'|'.join(mu.occasions_after)})"
            )
            if mu.occasion_words and mu.occasions_after
            else None
        )
        self.multiple_verb_before = (
            compile_re(rf"(?i:{_words(mu.multiple_verbs)})\s+(?:\S+\s+)?$") if mu.multiple_verbs else None
        )
        counters = _guarded([*data.counters.words, *data.counters.durations], not_after, hedges)
        self.counter_after = compile_re(rf"\s?(?P<counter>{counters})")
        self.measure_after = compile_re(rf"\s?(?P<measure>{_words(self.measures)})(?!{latin})")
        self.digit_count = compile_re(rf"\s?(?:{_words(data.digit_count.words)})") if data.digit_count.words else None
        self.yeo = compile_re(_guarded(data.approximate_over.words, not_after)) if data.approximate_over.words else None
        qa = data.qualifiers_after
        self.margin_word = compile_re(rf"(?:{_fragments(qa.margin_words)})") if qa.margin_words else None
        self.margin_after = compile_re(rf"(?:{_fragments(qa.margin_after)})$") if qa.margin_after else None
        self.qual_after = compile_re(
            r"\s?(?:"
            + "|".join(
                f"(?P<{k}>{_fragments(getattr(qa, k))})"
                for k in ("approx", "atleast", "atmost", "over", "under", "nearly")
            )
            + rf")(?!{latin})"
        )
        self.bare_myriad = compile_re(f"[{''.join(self.big)}]") if self.big else None
        # `8억9천여만원`, `3천여만명`: after `여`, the myriad its last group counts in (a space between, as some copy
        # writes it: `8억9천여 만원`)
        self.myriad_after_over = (
            compile_re(rf"[^\S\n]?(?P<myriad>{_guarded(list(self.big), data.myriads.not_before)})")
            if self.big
            else None
        )
        rg = data.ranges
        self.range_sep = compile_re(rf"\s?(?:{_words(rg.separators)})\s?")
        self.range_join = compile_re(rf"\s?(?P<joiner>{_words(rg.joiners)})\s?")
        blocked = _words(rg.not_after_closer, flags_ascii=False)
        self.range_close = compile_re(rf"\s?(?:{_words(rg.closers)})(?!\s?(?:{blocked}))")
        self.range_open = {lead.lower(): set(joiners) for lead, joiners in rg.open_for.items()}
        self.range_not_open = compile_re(rf"\b(?:{_words(rg.not_open_after)})\s+$", re.I) if rg.not_open_after else None
        self.unit_sharing = compile_re(rf"\s?(?:{_words(rg.unit_sharing)})\s?")
        pl = data.place_lists
        capital = w.name_start_letters
        self.place_after = compile_re(rf"\s+(?:{_words(pl.after)})\s+{capital}") if pl.after else None
        self.place_before = compile_re(rf"{capital}{latin}+\s+(?:{_words(pl.before)})\s+$") if pl.before else None
        # `33 in Ohio, 27 in Iowa`: two counts by place in a row, with no count before them
        name_letters = w.chars("capital_letters", "small_letters", marks=".'’-")
        name = rf"{capital}{name_letters}*(?:\s+{capital}{name_letters}*){{0,3}}"
        self.place_pair = compile_re(rf"\s+(?:{_words(pl.after)})\s+{name}(?:,|\s+and)\s+") if pl.after else None
        # between two numbers of a tally: a comma or `and`, then the next number's label (`, Beta (Left) `)
        # (`Iowa and Utah eight`: `and` may join the words of a label)
        label = rf"(?:{pl.label})(?:,?\s+(?:and\s+)?(?:{pl.label})){{0,5}}"
        # (`, the West Midlands 388 and the North West 301`: a place's name may open with its article)
        article = rf"(?:(?:{w.definite_articles})\s+)?" if w.definite_articles else ""
        self.tally_between = compile_re(rf"(?:,|\s+and)\s+{article}{label},?\s+") if pl.label else None
        # a tally opens with a dash or a colon (`The count -- Red 210, …`, `Seats: Alpha 120, …`);
        # names with numbers in prose (`Windows 10, Office 365 and Xbox 360`) are no tally
        self.tally_label = compile_re(rf"(?:--|[—–:])\s*{label},?\s+$") if pl.label else None
        # `- Beta Jet: 3500;`: a list line whose value is the number
        self.list_line = compile_re(rf"(?m)^[ \t]*[-•*·][ \t]*{label}[ \t]*:[ \t]*$") if pl.label else None
        self.line_end = compile_re(r"[ \t]*[;.,]?[ \t]*(?:\n|$)")
        self.each_after = compile_re(rf"\s+(?:{_words(pl.each)})") if pl.each else None
        # (`of the assembly's 300 seats`: names and possessives between the part and its whole)
        determiners = "|".join(filter(None, [w.definite_articles, _words(pl.part_of_determiners)]))
        between = rf"(?:(?:{determiners})\s+)?(?:{capital}[\w'’]*\s+|{w.small_letters}+['’]s\s+){{0,4}}"
        self.part_of = compile_re(rf"\s+(?:{_words(pl.part_of)})\s+{between}") if pl.part_of else None
        self.part_of_whole = (
            compile_re(rf"\s+(?:{_words(pl.part_of)})\s+(?:{determiners})\s+(?:{_words(pl.part_of_wholes)})\b")
            if pl.part_of and pl.part_of_wholes
            else None
        )
        # `19 of the 46, or 41 per cent`: a bare whole, its noun left out, closing its clause after a part
        self.part_of_bare_end = compile_re(r"\s*(?:[,;:]|[.!?](?:\s|$)|$)") if pl.part_of else None
        # `Women made up 41 of the competitors`: a part, then the noun a count stated before it counts
        self.part_of_noun = (
            compile_re(rf"\s+(?:{_words(pl.part_of)})\s+(?:{determiners})\s+(?P<noun>{w.small_letters}{{3,}})\b")
            if pl.part_of and determiners
            else None
        )
        eq = data.equivalents
        before_paren = rf"(?:{_fragments(eq.before_paren)})?" if eq.before_paren else ""
        self.paren_open = re.compile(rf"{before_paren}\s?\(\s?(?:{_fragments(eq.paren)})?\s?$", re.I)
        approx = _fragments([*data.qualifiers_before.approx, *data.qualifiers_before.nearly])
        # (behind a test of its first character: searched back from every amount, it is tried at every place
        # of the window otherwise)
        equivalent_before = rf"(?:{_fragments(eq.before)})\s*(?:{approx})?\s*$"
        self.equivalent_before = (
            compile_re(first_test(equivalent_before, re.I, whole=True) + equivalent_before, re.I) if eq.before else None
        )
        self.equivalent_apposed = compile_re(rf"(?:{_fragments(eq.apposed)})", re.I) if eq.apposed else None
        # the same two forms with the amount's noun before the equivalent: only between two currencies
        self.paren_open_after_noun = (
            compile_re(rf"{eq.head_noun}\s?\(\s?(?:{_fragments(eq.paren)})?\s?$") if eq.head_noun else None
        )
        self.equivalent_apposed_after_noun = (
            compile_re(rf"{eq.head_noun}(?:{_fragments(eq.apposed)})") if eq.head_noun and eq.apposed else None
        )
        rate_note = rf"(?:[ \t]+(?:{_fragments(eq.rate_notes)}))?" if eq.rate_notes else ""
        per_one_forms = [*eq.per_one_words, *([eq.per_one_noun] if eq.per_one_noun else [])]
        per_one = rf"(?:[ \t]+(?:{_fragments(per_one_forms)}))?" if per_one_forms else ""
        self.equivalent_apposed_end = compile_re(per_one + rate_note + f"(?:{eq.apposed_end})")
        self.equivalent_gap_after = (
            compile_re(rf"[ \t]+(?:{_fragments(eq.gap_after)})(?![^\W\d_])", re.I) if eq.gap_after else None
        )
        marks = "".join(re.escape(m) for m in eq.next_marks) or "(?!)"
        self.paren_next = compile_re(
            rf"\s?[{marks}]\s?(?:{_words(eq.next_words)})?\s?$"
            rf"|\s?(?:{_words(eq.next_alone)})\s$"
        )
        self.subunit_after = compile_re(
            rf"[\s-]?(?P<sub>{_words(self.subunits)})" + (rf"|(?P<glued>{_words(glued)})" if glued else ""), re.I
        )
        self.subunits.update(glued)
        cues = data.currency_subunits.glued_cues
        self.glued_cue = compile_re(alternation(cues)) if cues else None
        # Questions asked of a whole document (asked per figure, answered once): question → (document, answer).
        self._document_answers: dict[str, tuple[str, bool]] = {}
        cw = data.currency_words
        self.weighed = {w.lower(): unit for w, unit in cw.weighed.items()}
        self.weighed_cue = compile_re("|".join(f"(?:{c})" for c in cw.weighed_cues), re.I) if cw.weighed_cues else None
        self.money_cue = compile_re("|".join(f"(?:{c})" for c in cw.money_cues), re.I) if cw.money_cues else None
        self.bare_units = (
            self.percent_after,
            self.multiple_after,
            self.subunit_after,
            self.currency_after,
            self.iso_after,
            self.measure_after,
            self.counter_after,
        )
        self.vague_units = (self.currency_after, self.iso_after, self.measure_after, self.counter_after)
        self.last_small_word = compile_re(rf"{w.small_letters}+$")  # the word before a range (`between`)
        self.acronym, self.en_count, self.name_before_en = (
            _ACRONYM[language],
            _EN_COUNT[language],
            _NAME_BEFORE_EN[language],
        )
        # (a month's or a weekday's name is capitalised as such, no name: `In December 148 families`)
        self.time_names = frozenset(
            name.casefold() for name in (*data.time.months, *data.time.month_abbreviations, *data.time.weekdays)
        )
        # The readers after a number, each with the characters its match can start with: a dense table
        # tried every one at every figure (`first_character_test`; the same matches, fewer tries).
        readers = (self.yeo, self.digit_count, self.scale_after, *self.bare_units, self.index_after, self.qual_after)
        self._first_tests = {id(r): first_character_test(r) for r in readers if r is not None}
        self._after_at: dict[str, AfterStarts] = {}
        self.after_by_character = self._after_at  # (read by `_read_after`, figure by figure)
        self._qualifiers_ending_in: dict[str, tuple[str, ...] | None] = {}
        self.known_qualifiers_ending_in = self._qualifiers_ending_in  # (read by the scan, figure by figure)

    def qualifiers_ending_in(self, last: str) -> tuple[str, ...] | None:
        """The qualifiers before a number that end in `last`, the letter right before it, when a plain
        suffix test finds them as the qualifier search would (no case to fold in them or in `last`):
        `()` when none ends in it. None when that cannot be told so (a space or a Latin letter before
        the number, words that are not literal): then the search itself runs (`_read_before`)."""
        if last in self._qualifiers_ending_in:
            return self._qualifiers_ending_in[last]
        words: tuple[str, ...] | None = None
        if self.qual_end is not None and last and not last.isspace() and last.lower() == last.upper():
            ending = [f for k in QUALIFIER_KINDS for f in getattr(self.data.qualifiers_before, k) if f[-1] == last]
            if not self.qual_end.fullmatch(last):
                words = ()
            elif all(w.lower() == w.upper() for w in ending):
                words = tuple(ending)
        self._qualifiers_ending_in[last] = words
        return words

    def _may_start(self, pattern: re.Pattern[str] | None, character: str) -> bool:
        if pattern is None:
            return False
        test = self._first_tests[id(pattern)]
        return test is None or (character != "" and test.fullmatch(character) is not None)

    def _of_document(self, question: str, text: str, answer: Callable[[str], bool]) -> bool:
        """The answer to a question about the whole document `text`, computed once for the last document asked."""
        known = self._document_answers.get(question)
        if known is None or known[0] is not text:
            known = self._document_answers[question] = (text, answer(text))
        return known[1]

    def reads_glued(self, text: str) -> bool:
        """Whether a subunit written against the digits is read in this document: one that names its currency."""
        return self._of_document("glued", text, lambda t: bool(self.glued_cue and self.glued_cue.search(t)))

    def reads_cued_prefix(self, text: str, letter: str) -> str | None:
        """The currency a bare capital letter (or two: `Ft`) before the digits (`R2.4 billion`) stands for in this
        document: the one its words map it to, where the document names that currency elsewhere (`cued_prefixes`)."""
        code = self.cued_letters.get(letter)
        cue = self.cued_prefix_cues.get(code) if code else None
        if cue is None:
            return None
        return code if self._of_document(f"cued {code}", text, lambda t: bool(cue.search(t))) else None

    def reads_weight(self, text: str) -> bool:
        """Whether a currency word that is also a weight (`pounds`) is the weight in this document: one about goods
        by weight that writes no money in that currency by its sign."""
        return self._of_document(
            "weight",
            text,
            lambda t: bool(
                self.weighed_cue and self.weighed_cue.search(t) and not (self.money_cue and self.money_cue.search(t))
            ),
        )

    def weighs_in_pounds(self, text: str) -> bool:
        """Whether the document weighs goods in pounds (`$1.10 a pound`, `2,400 pounds an acre`: the measures'
        `weighed_cues`, a pound named as a weight, not a crop alone) and writes no money in pounds: its `tons` are
        short tons."""
        return self._of_document(
            "pounds",
            text,
            lambda t: bool(
                self.weighed_measure_cue
                and self.weighed_measure_cue.search(t)
                and not (self.money_cue and self.money_cue.search(t))
            ),
        )

    def after_at(self, character: str) -> AfterStarts:
        """Which readers after a number can match where `character` is next (`` at the text's end)."""
        starts = self._after_at.get(character)
        if starts is None:
            may = functools.partial(self._may_start, character=character)
            starts = AfterStarts(
                may(self.yeo),
                may(self.digit_count),
                may(self.scale_after),
                tuple(p for p in self.bare_units if may(p)),
                tuple(p for p in self.vague_units if may(p)),
                may(self.index_after),
                may(self.qual_after),
            )
            self._after_at[character] = starts
        return starts

    @staticmethod
    def _qualifiers_by_end(qb, qualifiers: list[str]) -> dict[str, re.Pattern[str]]:
        """The qualifier pattern restricted to the words that end in one letter, for each last letter
        (lower-cased): a literal qualifier ends where the window's trailing space starts, so only the
        words ending in the letter there can match, and the search through a dense table tries a few
        words at each place instead of all. The same match: each word keeps its order and its kind's
        group. Only where case is plain (ASCII letters, and letters without case such as Hangul); a
        word ending in another cased letter leaves the full pattern in use."""
        if any(not f[-1].isascii() and f[-1].lower() != f[-1].upper() for f in qualifiers):
            return {}
        by_end = {}
        for end in {f[-1].lower() for f in qualifiers}:
            groups = "|".join(
                f"(?P<{k}>{_fragments([f for f in getattr(qb, k) if f[-1].lower() == end])})" for k in QUALIFIER_KINDS
            )
            by_end[end] = compile_re(f"(?:{groups})\\s*$", re.I)
        return by_end

    def _core(self, data: LanguageData, letters: str) -> str:
        w = link_alternations(self.language)
        latin = w.chars("capital_letters", "small_letters")
        latin_or = functools.partial(w.chars, "capital_letters", "small_letters")  # with marks of a pattern's own
        big = self.system.big
        small = "".join(self.system.small)
        not_before = data.myriads.not_before
        alts = []
        firsts = set("0123456789")
        sino = "".join(dict.fromkeys([*data.digits.words, *small, *big]))
        fr = data.fractions
        if fr.slash_before:
            alts.insert(
                0,
                rf"(?P<slash>(?<![\d/.,])[1-9]\d{{0,2}}/[1-9]\d{{0,3}}(?![\d/.,])"
                rf"(?=\s?(?:{_fragments(fr.slash_before)})))",
            )
        native_words = [*data.native_numbers.before_counter]
        if fr.among and fr.among_counters and (fr.among_wholes or fr.among_hedges):
            # `10곳 중 4곳`, `열 가구 중 세 가구`, `3대 중 1대꼴`: a count out of a count of the same counter (the
            # second counter repeats the first); whether it is a share is told when it is read (`_core_numeral`)
            # (without the hedge only a round base in words, `열 가구 중 세 가구`: in digits, `10곳 중 7곳에서 이겼다`
            # and `300명 중 120명` are tallies, two counts read as such)
            count = rf"(?:\d{{1,4}}|{_words(native_words)})" if native_words else r"\d{1,4}"
            native_values = {**data.native_numbers.units, **data.native_numbers.tens}
            round_wholes = [w for w in native_words if native_values.get(w) in fr.among_wholes]
            round_whole = rf"(?P<among_round>{_words(round_wholes)})(?!\d)" if round_wholes else "(?!)"
            hedge = _fragments(fr.among_hedges) if fr.among_hedges else "(?!)"
            alts.insert(
                0,
                rf"(?P<among>(?<![\d.,{letters}])(?:{round_whole}|{count})\s?(?P<among_counter>{_fragments(fr.among_counters)})"
                rf"\s?(?:{'|'.join(map(re.escape, [fr.among, *fr.among_also]))})\s{count}\s?(?P=among_counter)"
                rf"(?P<among_hedge>{hedge})?"
                rf"(?(among_round)|(?(among_hedge)|(?!))))",
            )
        if fr.of and sino:
            alts.insert(0, rf"(?P<bunui>(?<![\d{sino}])(?:\d+|[{sino}]+)\s?{re.escape(fr.of)}\s?(?:\d+|[{sino}]+))")
        # Digits may touch a currency code or symbol that ends in a letter (`RMB87.8bn`, `Rs.5`) and
        # an ellipsis (`…기록...2,846억달러`): the pattern lets a number start after an upper-case
        # letter, a dot or such a prefix's last letter, and `scan` keeps it only after a prefix or
        # two dots (one lookbehind per prefix would be tried at every digit).
        self.touching = tuple(p for p in self.prefixes if p[-1:].isascii() and (p[-1:].isalpha() or p.endswith(".")))
        allowed = {p[-1] for p in self.touching if p[-1].islower()}
        allowed |= {w[-1] for w in data.cued_prefixes.words if w[-1].islower()}  # (`Ft540,000`)
        lower = "".join(c for c in w.letters("small_letters") if c not in allowed)
        # `COVID-19`, `F-35`: digits joined to a word by a hyphen are part of a name.
        start_digit = f"(?<![{lower}\\d_,])(?<!{latin}-)(?=\\d)"
        if big:
            # a unit word right before a currency word is a unit even where its letters start
            # another word (`1조달러`, not `조달`)
            currencies = _words([w for w in data.currency_words.words if not w.isascii()])
            big_re = (
                "(?:"
                + "|".join(
                    re.escape(u) + (f"(?:(?={currencies})|(?![{not_before[u]}]))" if not_before.get(u) else "")
                    for u in _longest_first(big)
                )
                + ")"
            )
            sub = rf"(?:{_DIGITS})?[{small}]" if small else "(?!)"
            # digits after the last small unit: up to three (four touching it, read and refused: `3천1245억`), with
            # their decimals where a rate is written so (`1천393.5원`)
            low = r"(?:\s?\d{1,3}(?:\.\d+)?|\d{4})(?![\d,.])"
            mantissa = rf"(?:{sub}(?:\s?{sub})*(?:{low})?|{_DIGITS})"
            group = rf"{mantissa}{big_re}"
            not_inside = latin_or(marks=r"\d_.," + letters)  # a small unit inside a word or a number
            start_small = rf"(?<!{not_inside})(?=[{small}])" if small else "(?!)"
            firsts |= set(small)
            tail = rf"(?:{mantissa}(?![\d{small}]))?"
            alts.append(
                rf"(?P<arabic>(?:{start_digit}|{start_small})(?:{group}\s?)+{tail}|{start_digit}{mantissa}(?![\d]))"
            )
        else:
            alts.append(rf"(?P<arabic>{start_digit}{_DIGITS}(?![\d]))")
        not_letter = f"(?<![{letters}])" if letters else ""
        if data.vague.prefix and small and big:
            firsts.add(data.vague.prefix[0])
            alts.append(
                rf"(?P<vague>{not_letter}{re.escape(data.vague.prefix)}(?P<vague_small>[{small}])"
                rf"(?P<vague_big>{'|'.join(map(re.escape, big))})?(?=\s?{latin_or(marks=letters + '$')}))"
            )
        native = data.native_numbers
        if native.before_counter:
            firsts |= {w[0] for w in native.before_counter}
            # (a ten and a unit in one word: `열두 명`, `스물다섯 곳`)
            tens = [w for w in native.before_counter if w in native.tens]
            units = [w for w in native.before_counter if w in native.units]
            compound = rf"(?:{_words(tens)})(?:{_words(units)})|" if tens and units else ""
            alts.append(
                rf"(?P<native>{not_letter}(?:{compound}{_words(native.before_counter)})"
                rf"(?=\s?(?:{_fragments(native.counters)})))"
            )
        fr = data.fractions
        hyphened = latin_or(marks="-")  # `two-thirds`: a number word inside a hyphened word is no number
        plain = [w for w in [*fr.words, *fr.majority] if not w.isascii()]
        if plain:
            firsts |= {w[0] for w in plain}
            alts.append(rf"(?P<half>{not_letter}(?:{_words(plain)}))")
        english = [w for w in [*fr.words, *fr.majority] if w.isascii()]
        contextual = [w for w in fr.in_context if w.isascii()]
        if english or contextual:
            firsts |= {c for w in [*english, *contextual] for c in (w[0].lower(), w[0].upper())}
            after = rf"(?=\s+(?:{_words(fr.followed_by)})\b)" if fr.followed_by else "(?!)"
            before = "|".join(f"(?<={re.escape(w)}\\s)" for w in fr.preceded_by) or "(?!)"
            ordinal = rf"(?!\s+(?i:{_words(fr.not_followed_by)}))" if fr.not_followed_by else ""
            # (`1,200 of them, a quarter, are …`: after a part and a comma, closing the apposition; not `2 goals, a
            # third was …`, an ordinal)
            apposed = "|".join(rf"(?<={fragment},\s)" for fragment in fr.apposed_after) or "(?!)"
            # (`Half the bill, £45,000, was met by …`: opening its sentence, before its pool's noun and the part)
            opening = (
                rf"|(?:\A|(?<=\n)|(?<=[.!?]\s))(?i:{_words(contextual)})(?=\s+(?:{_fragments(fr.opening_apposed_before)}))"
                if fr.opening_apposed_before
                else ""
            )
            alts.append(
                rf"(?P<en_frac>(?<!{hyphened})(?i:{_words(english)})(?!{hyphened})"
                rf"|(?<!{hyphened})(?i:{_words(contextual)})(?!{hyphened}){after}"
                rf"|(?:{before})(?i:{_words(contextual)})(?!{hyphened}){ordinal}"
                rf"|(?:{apposed})(?i:{_words(contextual)})(?=[,.;]){opening})"
            )
        sino = "".join(dict.fromkeys([*data.digits.words, *small, *big]))
        if fr.in_ and self.number_words:
            words = _words(self.number_words)
            # `one in five`, alone: no letter or digit on either side, no decimal after (`one in 2.5`); a full stop
            # may end the sentence (`about four in five.`)
            word_or_digit = latin_or(marks=r"\d")
            firsts |= {c for w in self.number_words for c in (w[0].lower(), w[0].upper())}
            spelled = rf"|(?i:{words})\s+(?i:{_fragments(fr.in_spelled)})\s+(?i:{words})" if fr.in_spelled else ""
            alts.append(
                rf"(?P<en_in>(?<!{word_or_digit})(?:(?i:{words}|\d+)\s+{re.escape(fr.in_)}\s+(?i:{words}|\d+){spelled})"
                rf"(?!{word_or_digit})(?![.,]\d))"
            )
        if data.digits.words and data.digits.before_currency:
            firsts |= set(sino)
            point = "".join(data.digits.decimal_point)
            alts.append(
                rf"(?P<sino>{not_letter}[{sino}]+(?:[{point}][{sino}]+)?(?=\s?(?:{_fragments(data.digits.before_currency)})))"
            )
        if self.verbs:
            firsts |= {c for w in self.verbs for c in (w[0].lower(), w[0].upper())}
            mult = data.multiples
            adverbs = {w.lower() for w in mult.adverbs} & set(self.verbs)
            occasions = rf"(?!\s*(?i:{'|'.join(mult.occasions_after)}))" if adverbs and mult.occasions_after else ""
            plain = [w for w in self.verbs if w not in adverbs or not occasions]
            ends = rf"(?:\b|(?=(?:{'|'.join(mult.verb_particles)})(?![^\W\d_])))" if mult.verb_particles else r"\b"
            alternatives = [rf"\b(?:{_words(plain)}){ends}"] if plain else []
            if adverbs and occasions:
                alternatives.append(rf"\b(?:{_words(adverbs)})\b{occasions}")
            if self.multiple_adjectives and mult.compared_openers:
                firsts |= {c for w in self.multiple_adjectives for c in (w[0].lower(), w[0].upper())}
                markers = "".join(rf"(?<!\b{re.escape(m)}\s)" for m in mult.verb_markers)
                alternatives.append(
                    rf"{markers}\b(?:{_words(self.multiple_adjectives)})\b(?=\s+(?:{_words(mult.compared_openers)})\b)"
                )
            alts.append(rf"(?P<en_mult>{'|'.join(alternatives)})")
        nw = data.number_words
        if self.number_words and nw.hundred and nw.thousand and self.count_nouns:
            # `three hundred and thirty-one`, `two thousand and five`, `fifty two`: always a number
            ones = _words([w for w, v in self.number_words.items() if 1 <= v <= 9 and " " not in w])
            teens = _words([w for w, v in self.number_words.items() if 10 <= v <= 19 and " " not in w])
            tens = _words(nw.tens)
            joined = rf"(?:\s+{re.escape(nw.joiner)}\s+|\s+)" if nw.joiner else r"\s+"
            small = rf"(?:(?:{tens})(?:\s?-\s?|\s+)(?:{ones})|{tens}|{teens}|{ones})"
            hundreds = rf"(?:(?:{ones}|{_words(nw.article)})\s+{re.escape(nw.hundred)}(?:{joined}{small})?)"
            block = rf"(?:{hundreds}|{small})"
            compound = (
                rf"(?:{block}\s+{re.escape(nw.thousand)}(?:,?{joined}{block}(?![\w-]))?|{hundreds}"
                rf"|(?:{tens})(?:\s?-\s?|\s+)(?:{ones}))"
            )
            firsts |= {c for w in [*self.number_words, *nw.article] for c in (w[0].lower(), w[0].upper())}
            # `one and a half times`, `two and a quarter`: a whole number and a unit fraction
            self.mixed = {
                w.lower(): v
                for w, v in data.fractions.in_context.items()
                if w.split()[0] in nw.article and abs(1 / v - round(1 / v)) < 1e-6
            }
            mixed = (
                rf"|(?:{small})\s+{re.escape(nw.joiner)}\s+(?:{_words(self.mixed)})" if self.mixed and nw.joiner else ""
            )
            alts.append(rf"(?P<en_compound>(?<!{hyphened})(?i:{compound}{mixed})(?!{hyphened}))")
        if self.number_words and data.multiples.after:
            after = _words([w for w in data.multiples.after if w.isascii()])
            alts.append(rf"(?P<en_times>(?<!{latin})(?i:{_words(self.number_words)})(?=\s?(?:{after})))")
        counted = {w: v for w, v in self.number_words.items() if v != 1 and " " not in w}
        if counted and self.count_nouns:
            # `eight deaths`, `seven point lead`: a number word before the noun it counts;
            # `twenty-one`; `one` only before a scale (`one trillion yen`)
            units = [w for w, v in self.number_words.items() if 1 <= v <= 9 and " " not in w]
            tens = data.number_words.tens
            compound = rf"(?:{_words(tens)})-(?:{_words(units)})" if tens else "(?!)"
            scales = _words([w for w in self.scales if len(w) > 2])
            firsts |= {c for w in [*counted, *units] for c in (w[0].lower(), w[0].upper())}
            each = _words(data.place_lists.each)
            article = _words(data.number_words.article)
            # `61 people recovered and one patient left`: `one` in a list of counts (kept only
            # where a count comes before it in the sentence)
            ones = _words([w for w, v in self.number_words.items() if v == 1 and " " not in w])
            alts.append(rf"(?P<en_one>(?<=\sand\s)(?i:{ones})(?=\s+{w.small_letters}{{3,}}\b))")
            if data.counters.hyphened:
                # `a seven-point lead`, `by one point`: a number word before a counted noun it may be
                # joined to by a hyphen
                joined = _words(data.counters.hyphened)
                one_after = "|".join(rf"(?<=\b{re.escape(w)}\s)" for w in data.counters.one_after) or "(?!)"
                alts.append(
                    rf"(?P<en_hyphened>(?<!{hyphened})(?i:{compound}|{_words(counted)}|{ones})(?=[-‑](?i:{joined})\b)"
                    rf"|(?:{one_after})(?i:{ones})(?=\s(?i:{joined})\b))"
                )
            # (before a comma only after a word: `Ohio eight, Iowa six`, read as a count in a tally)
            alts.append(
                rf"(?P<en_word>(?<!{hyphened})(?i:{compound}|{_words(counted)})(?=\s+{latin})"
                rf"|(?<={latin}\s)(?i:{compound}|{_words(counted)})(?=,)"
                # (`in 9 squads of five.`: after `of`, closing its sentence or clause, the size of a lot)
                rf"|(?<=\sof\s)(?i:{compound}|{_words(counted)})(?=[.;:](?:\s|$)|$)"
                rf"|(?<!{hyphened})(?i:{_words(units)})(?=\s+(?i:{scales}|{each})\b)"
                rf"|(?<!{hyphened})(?i:{article})(?=\s+(?i:{scales})(?![\w-])))"
            )
        first = "".join(sorted(firsts)).replace("\\", "\\\\").replace("]", "\\]").replace("-", "\\-")
        # Each alternative behind its own first-character test as well (regex_cache.first_test): a place
        # the shared test lets through (a Hangul syllable of a number word) is left at once by the
        # alternatives that cannot start there (dozens of English number words, tried one by one).
        return f"(?=[{first}])(?:" + "\n  | ".join(first_test(a, re.X) + a for a in alts) + ")"


@functools.cache
def patterns(language: str) -> Patterns:
    return Patterns(language, merged(language)[0])


# `16.42 billion RPK`: an acronym after a scale
_ACRONYM = ByLanguage(lambda w: rf"\s({w.capital_letters}{{2,5}})(?!{w.chars('capital_letters', 'small_letters')})")
# `Vision Fund 2`: a capitalized word (not a sentence's first) before a number names it
# (a capital that opens a sentence, or a quotation at a sentence's start, is no name's: `"Selling 300 …`)
_NAME_BEFORE_EN = ByLanguage(
    lambda w: (
        # (a sentence's or a line's first word is capitalised as such, no name: `Its 34 shops`, `Every 16 boats`; so is
        # the first after a dateline's dash, `ELMTON, Kan. — The nine rinks`)
        rf"(?<![.!?]\s)(?<![—–]\s)(?<!\s-\s)(?<![.!?]\s[\"“‘(])(?<!^)(?<!^[\"“‘(])(?<!\n)(?<!\n[\"“‘(])\b{w.name_start_letters}"
        rf"{w.chars('capital_letters', 'small_letters')}*\s$"
    )
)
# `, or 200 a day`, `, or about 40 a week`: right after a bare number, a mark of a day's, week's or month's worth, and
# before it an `or` restating the clause before (not `from 78 a week earlier`: a time)
_BARE_RATE_AFTER = ByLanguage(
    lambda w: (
        rf"(?:{w.per_day_after}|{w.per_week_after}|{w.per_month_after}"
        rf"|\s+(?:{w.unit_price_after})\s+(?!(?:{w.period_nouns_after_mark})\b)[^\W\d_]{{3,}}(?![^\W\d_-]))"
    ),
    re.I,
)  # (`, or 700 a day`, `, or 500 a concert`: per a period, or per a unit the clause before counts)
# (`, or about 700 a day`; opening a sentence, `That works out at 500 a concert`: `[link.per_unit_restating_openers]`)
_RESTATING_BEFORE = ByLanguage(
    lambda w: rf"(?:,\s*(?:{w.or_words})|(?:^|[.!?]\s+)(?:{w.per_unit_restating_openers}))\s+(?:(?:{w.hedges})\s+)?$",
    re.I,
)
_RESTATING_REACH = 48  # characters before a bare number where its restating words stand
# `, about 75 at each.`, `, an average of 500 a game`, `, 40 a stall`: right after a bare number, a mark of one of the
# units its clause counts (no period: `, 18 a month` is read only after an `or`), and before it a comma alone, a hedge
# or an average's words (`[link.each_place_after]`; a bare `each` or `apiece` takes the noun of the count it follows,
# read after)
_BARE_UNIT_RATE_AFTER = ByLanguage(
    lambda w: (
        rf"\s+(?:(?:{w.unit_price_after})\s+(?!(?:{w.period_nouns_after_mark})\b)[^\W\d_]{{3,}}(?![^\W\d_-])"
        rf"|(?:{w.each_place_after})(?=\s*(?:[.,;:]|$)))"
    ),
    re.I,
)
_APPENDED_BEFORE = ByLanguage(
    lambda w: rf",\s*(?:(?:{w.average_before})\s+(?:(?:{w.hedges})\s+)?|(?:{w.hedges})\s+)?$", re.I
)
# `23 deaths`, `300 engineers` (no participle in `ed`, `48 rejected`, but a noun so ending, `48 speed humps`:
# `[link.count_nouns_ending_ed]`); a name with a number may stand between (`41 COVID-19 deaths`, `four F-35 jets`),
# and one modifier before a plural noun (`412 confirmed cases`, `12 new stores`: `[link.count_modifiers]`; a
# hyphened one too, `90 licensed tree-surgeons`), or an
# acronym (`300 MRI scans`)
_EN_COUNT = ByLanguage(
    lambda w: (
        rf"\s(?:{w.name_start_letters}{w.chars('capital_letters', 'small_letters')}*-\d+\s)?"
        rf"(?:(?:{w.count_modifiers})\s+(?={w.small_letters}{{3,}}(?:-{w.small_letters}+)?s\b))?"
        # (`31,400 MRI scans`, `12 ICU beds`: an acronym may stand before the plural noun it qualifies)
        rf"(?:{w.capital_letters}{{2,5}}\s+(?={w.small_letters}{{3,}}s\b))?"
        rf"(?P<noun>(?!(?!(?:{w.count_nouns_ending_ed})\b){w.small_letters}+ed\b){w.small_letters}{{3,}}"
        rf"(?:-{w.small_letters}+)?"
        rf"|{w.capital_letters}{{2,4}}s)\b"
    )
)

# `48,260 site nights`, `212 member farms`: after a count's singular noun, a plural noun makes a noun compound whose
# last word is what is counted (the first only qualifies it); not after a word that is itself counted or sets the
# count apart (`30 staff members`, `12 new stores`: `[link.count_compound_own_firsts]`), nor when the word after is
# no plural noun (`is`, `says`: `[link.count_compound_not_heads]`), nor one more noun or a hyphen on (`12 site nights
# tickets`: not read, the compound's end unknown)
_EN_COMPOUND_HEAD = ByLanguage(
    lambda w: (
        rf"\s(?!(?:{w.count_compound_not_heads})\b)(?P<head>{w.small_letters}{{2,}}[^\Ws\d_]s)\b"
        rf"(?![-’'])(?!\s+{w.small_letters}{{2,}}[^\Ws\d_]s\b)"
    )
)
# (`the 20 food stalls`, `of the 900 trade visitors`: after a bare `the`, a group told apart from one named before by
# the compound's first word: read by it, as before)
_THE_BEFORE = compile_exact(r"(?<![\w'’])[Tt]he\s+$")
# (a hyphened first word is an adjective, `38 battery-electric trains`: read as the counter, as before)
_EN_COMPOUND_FIRST = ByLanguage(lambda w: rf"(?:{w.count_compound_own_firsts})|.*s|.*-.*|.*ing")


@dataclass(slots=True)
class _Raw:
    start: int
    end: int
    numeral: Numeral
    kind: str = "bare"
    unit: str = ""
    counter: str | None = None
    qualifier: str | None = None
    yeo: bool = False
    currency_written: bool = True
    currency_word: str | None = None  # `$`, `달러`: as written, for a configured default currency
    listed: bool = False  # read only as an item of a list of counts (`… and one patient`)
    factor: float = 1.0  # a measure: what its written number was multiplied by into the base unit (tonnes → kg)
    # … and its unit word as written, with the space before it where the article puts one (` tonnes`, `톤`, `㏊`,
    # ` GWh`): what messages and fixes write it in
    written: str | None = None


def _scaled(numeral: Numeral, factor: float) -> Numeral:
    """The number times a scale word's or a unit's factor (`12 million`, `3 tonnes` in kg), its steps with it."""
    return Numeral(numeral.value * factor, numeral.step * factor, numeral.lead_step * factor)


_SCALED_STEP = 1000.0  # a rounding step this large is a scale word's (`$2.3 trillion`, `80만`): a round figure


def _round(numeral: Numeral) -> bool:
    """Whether a number is written round, as a mark passed is (`90,000`, `70%`, `$80m`, `$2.3 trillion`): a whole
    count of tens of its rounding step, or written with a scale word."""
    if numeral.step <= 0:
        return False
    if numeral.step >= _SCALED_STEP:
        return True
    steps = round(numeral.value / numeral.step)
    return steps != 0 and steps % 10 == 0


def _read_before(text: str, start: int, pat: Patterns) -> tuple[int, str | None, str | None, str | None]:
    """(new start, currency from a prefix symbol, qualifier, the symbol) read leftwards from a core."""
    window_start = max(0, start - 24)
    window = text[window_start:start]
    currency = symbol = None
    cur = (
        pat.prefix_currency.search(window, max(0, len(window) - pat.prefix_reach))
        if pat.prefix_currency and not pat.prefix_ends.isdisjoint(window[-3:])
        else None
    )
    # ISO codes and 미화/한화 need a word boundary; `$` may touch the digits. A prefix that fails the
    # boundary may hide a shorter one (`spent $3bn`: not `nt $`, but `$`).
    while cur and cur.group(0)[0].isalpha() and cur.start() > 0 and window[cur.start() - 1].isalnum():
        cur = pat.prefix_currency.search(window, cur.start() + 1)
    if cur:
        symbol = cur.group(0).strip()
        currency = pat.prefixes[symbol]
        rule = pat.symbol_rules.get(symbol)
        if rule:
            lo, hi = _sentence(text, start)
            if rule[1].search(text, lo, hi) and not rule[2].search(text, lo, hi):
                currency = rule[0]  # `¥` in a sentence about China (and not Japan) is the yuan
        start = window_start + cur.start()
        window = text[max(0, start - 24) : start]
        window_start = max(0, start - 24)
    qualifier = None
    qual = None
    stripped = len(window.rstrip())
    if pat.qual_end is None or pat.qual_end.fullmatch(window, stripped - 1, stripped):
        earliest = stripped - pat.qual_longest if pat.qual_longest is not None else 0
        last = window[stripped - 1 : stripped]
        plain = last.isascii() or last.lower() == last.upper()
        qualifiers = (pat.qual_by_end.get(last.lower()) if plain else None) or pat.qual_before
        qual = qualifiers.search(window, max(0, earliest))
    if qual and (qual.start() == 0 or not window[qual.start() - 1].isalnum()):
        qualifier = qual.lastgroup
        if qualifier == "atmost" and pat.atmost_not_after is not None:
            at = window_start + qual.start()
            if pat.atmost_not_after.search(text, max(0, at - 16), at):
                return start, currency, None, symbol if currency else None
        if qualifier == "over" and pat.over_not_after is not None:
            at = window_start + qual.start()
            if pat.over_not_after.search(text, max(0, at - 16), at):
                return start, currency, None, symbol if currency else None
        if (
            qualifier == "over"
            and pat.over_particle is not None
            and pat.over_particle.search(text, max(0, start - 32), start)
        ):
            return start, currency, None, symbol if currency else None  # (`handed over 63`: the verb's particle)
        if qualifier == "total":
            qualifier = None  # `총 310억`: a total, not a bound; the linker reads it
        else:
            start = window_start + qual.start()
    return start, currency, qualifier, symbol if currency else None


_WORD = compile_exact(r"[^\W\d_]+")  # (a word of letters, to test against a word list)
_SENTENCE_END = compile_exact(r"[.!?。\n]\s")
_PARAGRAPH_BREAK = compile_exact(r"\n[ \t\u3000]*\n")


def _sentence(text: str, at: int, reach: int = 300) -> tuple[int, int]:
    """Bounds of the sentence around `at` (at most `reach` characters each side)."""
    lo = max(0, at - reach)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, at)]
    start = ends[-1] if ends else lo
    after = _SENTENCE_END.search(text, at, min(len(text), at + reach))
    return start, after.start() + 1 if after else min(len(text), at + reach)


def _interval(
    numeral: Numeral, qualifier: str | None, yeo: bool, approx_tolerance: float
) -> tuple[float, float, bool, bool]:
    value = numeral.value
    half = numeral.step / 2
    low, high = value - half, value + half
    if yeo:
        return value, value + numeral.lead_step, False, True
    if qualifier == "approx":
        pad = abs(value) * approx_tolerance
        return low - pad, high + pad, False, False
    if qualifier == "atleast":
        return value, INF, False, False
    if qualifier in ("over", "en_over"):
        return value, INF, True, False
    if qualifier == "atmost":
        return -INF, value, False, False
    if qualifier in ("under", "en_under"):
        return -INF, value, False, True
    if qualifier == "nearly":
        return value * 0.9, high, False, False
    return low, high, False, False


_QUALIFIER_NAMES = {"en_over": "over", "en_under": "under"}
# How far a hedge moves a fraction in words, below and above its value (as parts of it).
_FRACTION_HEDGES = {"approx": (0.1, 0.1), "nearly": (0.1, 0.0)}


def _among_count(text: str) -> float:
    """One count of `10곳 중 4곳` / `열 가구 중 세 가구`, without its counter."""
    text = text.strip()
    return float(text) if text.isdigit() else parse_hangul(text).value


def _core_numeral(match: re.Match[str], pat: Patterns) -> tuple[Numeral, str]:
    """The numeral of a core match and its kind hint."""
    kind = match.lastgroup
    text = match.group(0)
    if kind == "arabic":
        return parse_arabic(text.rstrip(), pat.system), "bare"
    if kind == "native":
        return parse_hangul(text), "bare"
    if kind == "sino":
        if not any(ch in pat.big or ch in pat.system.small for ch in text) and not any(
            p in text for p in pat.data.digits.decimal_point
        ):
            raise NotANumber(text)  # `이 원`: a word, not a numeral
        return parse_hangul(text), "bare"
    if kind == "vague":
        low = pat.system.small[match.group("vague_small")]
        big = pat.big.get(match.group("vague_big") or "", 1)
        # `수십만` spans [10만, 100만): value is the geometric middle, step the width.
        return Numeral(low * big * 10**0.5, 0.0, 0.0), "vague"
    if kind in ("half", "en_frac"):
        word = text.lower()
        if word in pat.majority:
            return Numeral(0.5, 0.0, 0.0), "majority"
        return Numeral(pat.fraction_words[word], 0.0, 0.0), "fraction"
    if kind == "slash":
        num, den = (int(part) for part in text.split("/"))
        if num >= den:
            raise NotANumber(text)
        return Numeral(num / den, 0.0, 0.0), "fraction"
    if kind == "bunui":
        return Numeral(parse_fraction(text), 0.0, 0.0), "fraction"
    if kind == "among":
        # `10곳 중 4곳`, `3대 중 1대꼴`: the share the part is of the whole
        fr = pat.data.fractions
        between = re.search(rf"(?:{'|'.join(map(re.escape, [fr.among, *fr.among_also]))})\s", text)
        if between is None:
            raise NotANumber(text)
        whole_text, rest = text[: between.start()], text[between.end() :]
        counter = match.group("among_counter")
        whole = _among_count(whole_text.strip()[: -len(counter)])
        part_text = rest.strip()
        part = _among_count(part_text[: part_text.rindex(counter)])
        if not 0 < part < whole:
            raise NotANumber(text)
        return Numeral(part / whole, 0.0, 0.0), "fraction"
    if kind == "en_in":
        # `one in five`: a share
        between = pat.in_between.search(text)
        num_text, den_text = text[: between.start()], text[between.end() :]
        num, den = (pat.number_words.get(t.lower()) or float(t) for t in (num_text, den_text))
        if not 0 < num < den <= 1000:
            raise NotANumber(text)
        return Numeral(num / den, 0.0, 0.0), "fraction"
    if kind == "en_mult":
        return Numeral(pat.verbs.get(text.lower()) or pat.multiple_adjectives[text.lower()], 1.0, 1.0), "multiple"
    if kind == "en_compound" and pat.mixed:
        fraction = next((f for f in pat.mixed if text.lower().endswith(f)), None)
        if fraction and text[: -len(fraction)].rstrip().lower().endswith(pat.data.number_words.joiner.lower()):
            # `two and a half`: the whole, plus the fraction, to the nearest such fraction
            whole = text[: -len(fraction)].rstrip()[: -len(pat.data.number_words.joiner)]
            data = pat.data.number_words
            value = parse_number_words(whole, pat.word_values, data.hundred, data.thousand, pat.word_joiners).value
            step = pat.mixed[fraction]
            return Numeral(value + step, step, step), "bare"
    if kind == "en_one":
        return Numeral(1.0, 1.0, 1.0), "listed"
    if kind in ("en_times", "en_word", "en_compound", "en_hyphened"):
        data = pat.data.number_words
        return parse_number_words(text, pat.word_values, data.hundred, data.thousand, pat.word_joiners), "bare"
    raise MalformedNumber(text)


def _last_group_in(core: str, myriad: str, numeral: Numeral, pat: Patterns) -> Numeral | None:
    """`8억9천` read again with `여만` after it (`8억9천여만원`): its last group counts in that myriad (8억 and 9천만,
    the step 1천만); a core with no myriad of its own is all counted in it (`3천여만`: 3천만). None when the group
    would reach the myriad before it (`8만2천여억`), or there is no group after it."""
    factor = pat.big[myriad]
    cut = max(((core.rfind(word), word) for word in pat.big if word in core), default=(-1, ""))
    if cut[0] < 0:
        return _scaled(numeral, factor)
    tail = core[cut[0] + len(cut[1]) :].strip()
    if not tail:
        return None
    try:
        group = parse_numeral(tail)
    except MalformedNumber:
        return None
    if group.value * factor >= pat.big[cut[1]]:
        return None
    return Numeral(numeral.value - group.value + group.value * factor, group.step * factor, group.lead_step * factor)


def _read_after(text: str, raw: _Raw, pat: Patterns) -> None:
    """Extend a core rightwards over `여`, the unit and a trailing qualifier."""
    pos = read_at = raw.end
    known = pat.after_by_character  # (the answers so far, looked up without a call per figure)
    character = text[pos : pos + 1]
    after = known.get(character) or pat.after_at(character)  # (the readers that can start at the next character)
    scale = None
    if after.yeo or after.digits or after.scale:  # (most figures: none of the three can start here)
        yeo = pat.yeo.match(text, pos) if after.yeo else None
        if yeo and raw.kind == "bare":
            raw.yeo = True
            pos = read_at = yeo.end()
            myriad = pat.myriad_after_over.match(text, pos) if pat.myriad_after_over is not None else None
            counted = _last_group_in(text[raw.start : raw.end], myriad["myriad"], raw.numeral, pat) if myriad else None
            if counted is not None:
                raw.numeral = counted
                pos = read_at = myriad.end()
            after = pat.after_at(text[pos : pos + 1])
        digits = pat.digit_count.match(text, pos) if after.digits else None
        if digits and raw.kind == "bare":
            # `두 자릿수 성장`: a number of N digits, [10^(N-1), 10^N).
            n = int(raw.numeral.value)
            raw.numeral = Numeral(10 ** (n - 1) * 10**0.5, 0.0, 0.0)
            raw.kind, raw.unit, raw.qualifier, raw.end = "vague", "percent", None, digits.end()
            return
        scale = pat.scale_after.match(text, pos) if raw.kind == "bare" and after.scale else None
        if scale and (measure := pat.measure_after.match(text, pos)) and measure.end() >= scale.end():
            # `412,000m³`, `85m²`: a unit symbol that opens with a scale's letter; `삼베 1m에`: a language whose
            # measures take the scale's letter itself (Korean copy writes metres so, never millions)
            scale = None
        if scale and (scale.group("scale").lower() not in pat.touching or not text[scale.start()].isspace()):
            factor = pat.scales[scale.group("scale").lower()]
            raw.numeral = _scaled(raw.numeral, factor)
            pos = scale.end()
            if not raw.unit:
                # `1.5 billion USD`, `KRW 38.61tr`: a code after the scale
                iso = pat.iso_after.match(text, pos)
                if iso and iso.group("iso") in _ISO:
                    raw.unit, raw.currency_word, raw.kind = iso.group("iso"), iso.group("iso"), "money"
                    pos = iso.end()
        if pos != read_at:
            after, read_at = pat.after_at(text[pos : pos + 1]), pos
    unit_end = _read_unit(text, raw, pos, pat, after) if raw.kind != "money" or not raw.unit else None
    unit_matched = unit_end is not None
    pos = unit_end if unit_matched else pos
    if scale and not unit_matched and raw.kind == "bare" and not raw.unit:
        # `16.42 billion RPK`: an acronym after a scale is what is counted; `10.5 million,`: a quantity
        acronym = pat.acronym.match(text, pos)
        if acronym and acronym.group(1) not in _ISO:
            raw.kind, raw.unit, raw.counter = "count", "count", acronym.group(1)
            raw.end = acronym.end()
            pos = acronym.end()
        else:
            noun = pat.en_count.match(text, pos) if pat.count_nouns else None
            if not noun or noun.group("noun") in pat.not_counters:
                raw.kind, raw.unit, raw.counter = "count", "count", ""
    if not unit_matched and raw.unit and raw.kind == "bare":
        raw.kind = "money"  # `$12만`: the prefix symbol was the unit
    if not unit_matched and raw.kind == "bare" and pat.count_nouns:
        written = text[raw.start : raw.end]
        # (a number grouped by thousands is no model number: `Arvo 23,100 cars` counts cars)
        # (a number with a scale word, `1.6m`, is no model's number)
        name = pat.name_before_en.search(text, max(0, raw.start - 20), raw.start) if scale is None else None
        if name is not None and "," not in written and name.group(0).strip().casefold() not in pat.time_names:
            return  # `Vision Fund 2`, `Galaxy S24`, `Model 3`: part of a name
        noun = pat.en_count.match(text, pos)
        year_like = 1900 <= raw.numeral.value <= 2100 and "," not in written and written[-1:].isdigit()
        if noun and noun.group("noun") not in pat.not_counters and not year_like:
            raw.kind, raw.unit, raw.counter = "count", "count", noun.group("noun")
            pos = noun.end()
            if (
                not _EN_COMPOUND_FIRST[pat.language].fullmatch(raw.counter)
                and not _THE_BEFORE.search(text, max(0, raw.start - 5), raw.start)
                and (head := _EN_COMPOUND_HEAD[pat.language].match(text, pos))
            ):
                raw.counter, pos = head.group("head"), head.end()  # `212 member farms` counts farms
        elif (
            pat.hyphened_measure is not None
            and text[pos : pos + 1] in "-‑"
            and (hyphen := pat.hyphened_measure.match(text, pos))
        ):
            # `a 4.2-hectare plot`, `the old 3-ton limit`: a measure as an adjective, what its plural measures
            plural = pat.hyphened_measure_words[hyphen.group("measure").lower()]
            unit = pat.measures[plural]
            if plural.lower() in pat.weighed_measures and pat.weighs_in_pounds(text):
                unit = pat.weighed_measures[plural.lower()]
            factor, base = base_unit(unit)
            raw.kind, raw.unit, raw.factor, raw.written = "measure", base, factor, " " + plural
            raw.numeral = _scaled(raw.numeral, factor)
            pos = hyphen.end()
        elif pat.hyphened_counter is not None and (hyphen := pat.hyphened_counter.match(text, pos)):
            # `a 4-point drop`, `a seven-point lead`: the counted noun joined by a hyphen
            raw.kind, raw.unit, raw.counter = "count", "count", hyphen.group("noun").lower()
            pos = hyphen.end()
        elif (
            pat.hyphened_lot is not None
            and text[pos : pos + 1] in "-‑"
            and not year_like
            and _DIGITS_ONLY.fullmatch(text, raw.start, raw.end)
            and (hyphen := pat.hyphened_lot.match(text, pos))
            and hyphen.group("noun") not in pat.not_counters
            and hyphen.group("noun") not in pat.lot_not_nouns
        ):
            # `tunes up a 24-pan order`: the size of the lot named after it, a count of the noun's plural
            raw.kind, raw.unit, raw.counter = "count", "count", _plural(hyphen.group("noun"), pat)
            pos = hyphen.end()
        elif "," in text[raw.start : raw.end]:
            # `sold 5,893`, `from 57,717`: thousands separators mark a quantity, not a year or a name.
            raw.kind, raw.unit, raw.counter = "count", "count", ""
        elif (
            not year_like
            and _BARE_RATE_AFTER[pat.language].match(text, pos)
            and _RESTATING_BEFORE[pat.language].search(text, max(0, raw.start - _RESTATING_REACH), raw.start)
        ):
            # `, or 200 a day`, `, or 500 a concert`: a number restating the clause before per a day, week or month,
            # or per a unit it counts, is a quantity (what it counts is the total's), no name's number
            raw.kind, raw.unit, raw.counter = "count", "count", ""
        elif (
            not year_like
            and _BARE_UNIT_RATE_AFTER[pat.language].match(text, pos)
            and _APPENDED_BEFORE[pat.language].search(text, max(0, raw.start - _RESTATING_REACH), raw.start)
        ):
            # `, an average of 500 a game`, `, about 75 at each`: appended to its clause per one of the units it
            # counts, a quantity too
            raw.kind, raw.unit, raw.counter = "count", "count", ""
    if pos != read_at:
        character = text[pos : pos + 1]
        after = known.get(character) or pat.after_at(character)
    if (
        not unit_matched
        and raw.kind == "bare"
        and not raw.unit
        and after.index
        and raw.numeral.step < 1
        and pat.index_after.match(text, pos)
    ):
        # `815.37로 장을 마쳤다`: an index level is written with its decimals
        raw.kind, raw.unit, raw.counter = "count", "count", pat.index_counter
    qual = pat.qual_after.match(text, pos) if after.qualifier else None
    if qual and raw.kind not in ("bare",) and not _margin(text, raw.start, qual, pat):
        raw.qualifier = qual.lastgroup
        pos = qual.end()
    raw.end = pos


def _margin(text: str, start: int, qual: re.Match[str], pat: Patterns) -> bool:
    """`예상치 5조원을 10% 웃돌았다`: a word of `over`/`under` with no particle, after an object, states the margin."""
    if pat.margin_word is None or pat.margin_after is None or qual.lastgroup not in ("over", "under"):
        return False
    if not pat.margin_word.fullmatch(text, qual.start(), qual.end()):
        return False
    return pat.margin_after.search(text, max(0, start - 4), start) is not None


def _as_written(text: str, pos: int, word: str) -> str:
    """A unit word after the number ending at `pos`, with the space the article puts between them (` tonnes`)."""
    return " " + word if text[pos : pos + 1].isspace() else word


def _read_unit(text: str, raw: _Raw, pos: int, pat: Patterns, after: AfterStarts | None = None) -> int | None:
    """Read the unit after a number into `raw`; the end of the unit, or None when there is none.
    `after`: the readers that can start at `pos` (`Patterns.after_at`), when the caller has them."""
    vague = raw.kind == "vague"  # keeps its kind: `수천 개` is [1000, 10000) of 개
    if after is None:
        after = pat.after_at(text[pos : pos + 1])
    units = after.bare_units if raw.kind == "bare" else after.vague_units if vague else ()
    for pattern in units:
        match = pattern.match(text, pos)
        if not match:
            continue
        word = (match.group(group) if (group := match.lastgroup) else match.group(0)).strip()
        # (`is`, not `in`: a pattern that is not the same object is compared by its text)
        currency = pattern is pat.currency_after or pattern is pat.iso_after
        if currency and word.isascii() and text[match.end() : match.end() + 1].isalpha():
            continue
        if (
            pattern is pat.currency_after
            and not word[-1].isalnum()
            and (text[match.end() : match.end() + 1].isdigit() or raw.currency_word)
        ):
            continue  # `€10 €20`, `$ 20.00 $ 37.50`: the symbol is the next amount's
        if pattern is pat.percent_after:
            if match.group("bps"):
                raw.kind, raw.unit = "pp", "pp"
                raw.numeral = Numeral(raw.numeral.value / 100, raw.numeral.step / 100, raw.numeral.lead_step / 100)
            else:
                raw.kind, raw.unit = ("pp", "pp") if match.group("pp") else ("percent", "percent")
        elif pattern is pat.multiple_after:
            raw.kind, raw.unit = "multiple", "multiple"
            if (
                pat.occasion_after is not None
                and word.lower() in pat.occasion_words
                and raw.numeral.value == int(raw.numeral.value)  # (occasions are whole: `2.5 times` is a multiple)
                and pat.occasion_after.match(text, match.end())
                and not (
                    pat.multiple_verb_before is not None
                    and pat.multiple_verb_before.search(text, max(0, raw.start - 32), raw.start)
                )
            ):
                # `crews went out 74 times last winter`: a count of occasions
                raw.kind, raw.unit, raw.counter = "count", "count", word
        elif pattern is pat.subunit_after:
            if match.lastgroup == "glued" and not pat.reads_glued(text):
                continue
            code, factor = pat.subunits[word.lower()]
            if raw.unit and raw.unit != code:
                continue
            raw.kind, raw.unit, raw.currency_word = "money", code, raw.currency_word or word
            raw.numeral = _scaled(raw.numeral, factor)
        elif pattern is pat.currency_after and word.lower() in pat.weighed and not raw.unit and pat.reads_weight(text):
            factor, base = base_unit(pat.weighed[word.lower()])
            raw.kind, raw.unit, raw.factor, raw.written = "measure", base, factor, _as_written(text, pos, word)
            raw.numeral = _scaled(raw.numeral, factor)
        elif currency:
            code = pat.currency_words[word.lower()] if pattern is pat.currency_after else word
            if raw.unit and raw.unit != code:
                continue
            raw.kind, raw.unit = "money", code
            raw.currency_word = raw.currency_word or word
        elif pattern is pat.measure_after:
            unit = pat.measures[word]
            if word.lower() in pat.weighed_measures and pat.weighs_in_pounds(text):
                unit = pat.weighed_measures[word.lower()]  # (`tons` where goods are weighed in pounds: short tons)
            factor, base = base_unit(unit)
            raw.kind, raw.unit, raw.factor, raw.written = "measure", base, factor, _as_written(text, pos, word)
            raw.numeral = _scaled(raw.numeral, factor)
        else:
            # `3년 동안` is a span of time, dropped; `173.8시간` (a decimal) is a measured quantity
            counted = word in pat.counts_from and raw.numeral.value >= pat.counts_from[word]
            raw.kind = "duration" if word in pat.durations and raw.numeral.step >= 1 and not counted else "count"
            raw.unit, raw.counter = "count", word
            ordinal = pat.ordinal_before and pat.ordinal_before.search(text, max(0, raw.start - 4), raw.start)
            if word in pat.whole_only and (raw.numeral.step < 1 or ordinal):
                # `평균 3.6회`: times per thing; `제137회`: an edition; neither is a count (dropped with the durations)
                raw.kind = "uncounted"
        if vague:
            raw.kind = "vague" if raw.kind != "duration" else "duration"
        return match.end()
    return None


def _finish(raw: _Raw, text: str, approx_tolerance: float) -> Mention:
    numeral = raw.numeral
    kind = raw.kind
    if kind == "vague":
        lo = numeral.value / 10**0.5
        low, high, lo_open, hi_open = lo, lo * 10, False, True
        kind = "money" if raw.unit in _ISO else ("percent" if raw.unit == "percent" else "count")
        qualifier = "vague"
    elif kind == "majority":
        low, high, lo_open, hi_open = 0.5, 1.0, True, False
        kind, qualifier = "fraction", "majority"
    # (a fraction with a bound, `over half`, `less than a third`, states its interval as a bounded percentage does)
    elif kind == "fraction" and (raw.qualifier is None or raw.qualifier in _FRACTION_HEDGES):
        low = high = numeral.value
        lo_open = hi_open = False
        qualifier = None
        if raw.qualifier in _FRACTION_HEDGES:
            # `절반 수준`, `about a third`, `almost half`: a fraction in words names no precision of its own, so a
            # hedge on it reaches a tenth of its value (below it only, for `nearly`)
            below, above = _FRACTION_HEDGES[raw.qualifier]
            low, high, qualifier = numeral.value * (1 - below), numeral.value * (1 + above), raw.qualifier
    elif raw.qualifier is None and not raw.yeo:
        # (most figures: the interval of the number's rounding alone, as `_interval` gives it)
        half = numeral.step / 2
        low, high, lo_open, hi_open = numeral.value - half, numeral.value + half, False, False
        qualifier = None
    else:
        low, high, lo_open, hi_open = _interval(numeral, raw.qualifier, raw.yeo, approx_tolerance)
        qualifier = "여" if raw.yeo else _QUALIFIER_NAMES.get(raw.qualifier or "", raw.qualifier)
    unit = raw.unit or ("fraction" if kind == "fraction" else "count")
    # (positional, in the fields' order: keywords cost about twice as much, once per figure)
    if raw.written is None or kind != "measure":
        quantity = Quantity(
            kind, numeral.value, low, high, unit, lo_open, hi_open, qualifier, numeral.step, raw.counter
        )
    else:  # (a measure: the unit it is written in too, what messages and fixes write it in)
        quantity = Quantity(kind, numeral.value, low, high, unit, lo_open, hi_open, qualifier, numeral.step)
        quantity.counter, quantity.written_unit, quantity.written_factor = raw.counter, raw.written, raw.factor
    start, end = raw.start, raw.end
    return Mention(start, end, text[start:end], quantity, None, raw.currency_written)


def scan(
    text: str,
    *,
    language: str = "ko",
    masked: list[tuple[int, int]] = (),
    start: int = 0,
    approx_tolerance: float = 0.005,
    currencies: dict[str, str] | None = None,
    grouped: bool | None = None,
) -> tuple[list[Mention], list[tuple[int, int, str]]]:
    """Mentions in `text` (a normalized copy), and malformed numbers as (start, end, reason).
    `grouped`: whether the document groups digits its own way (`1,62,413` in Indian copy); looked up
    in `text` when not given (a passage read apart from its article is given its article's)."""
    with collection_paused():  # a few objects per figure, none garbage (checker/collection.py)
        return _scan(text, language, masked, start, approx_tolerance, currencies, grouped)


_UNASKED = object()  # (a letter `Patterns.qualifiers_ending_in` has not been asked about yet)


def _scan(
    text: str,
    language: str,
    masked: list[tuple[int, int]],
    start: int,
    approx_tolerance: float,
    currencies: dict[str, str] | None,
    grouped: bool | None,
) -> tuple[list[Mention], list[tuple[int, int, str]]]:
    pat = patterns(language)
    raws: list[_Raw] = []
    malformed: list[tuple[int, int, str]] = []
    blocked = _Blocked(masked)
    hits = blocked.hits if masked else None  # (no time expressions: no test per figure)
    qualifiers_ending_in = pat.qualifiers_ending_in
    prefix_end_in = pat.prefix_end_in
    known_qualifiers = pat.known_qualifiers_ending_in
    system = pat.system
    for match in pat.core.finditer(text, start):
        at = match.start()
        if hits is not None and hits(at, match.end()):
            continue
        if raws and at < raws[-1].end:
            continue  # (inside the figure before, read past its core: `7억6천여 만원`'s `만원`)
        core_text = match.group(0)
        core = core_text.rstrip()
        core_end = at + len(core)
        glyph = None
        glyph_width = 1
        if at and core_text[0].isdigit():
            before = text[at - 1]
            if (
                before.isascii()
                and (before.isalpha() or before == ".")
                and not (text.endswith(pat.touching, 0, at) or text.startswith("..", at - 2))
            ):
                if (
                    before in pat.glyphs
                    and (at < 2 or not text[at - 2].isalnum())
                    and pat.glyph_scale.match(text, core_end)
                ):
                    glyph = pat.glyphs[before]  # `H31.6 lakh crore`: a mangled `₹`
                elif (
                    (
                        cued := next(
                            (w for w in pat.cued_by_last_letter.get(before, ()) if text.endswith(w, 0, at)), None
                        )
                    )
                    and (
                        at - len(cued) < 1
                        or not (text[at - len(cued) - 1].isalnum() or text[at - len(cued) - 1] in "-/")
                    )
                    and not (
                        text[core_end : core_end + 1].isalpha()
                        and not (pat.scale_after and pat.scale_after.match(text, core_end))
                    )
                    and not (pat.cued_name_after and pat.cued_name_after.match(text, core_end))
                    and (
                        (code := pat.reads_cued_prefix(text, cued))
                        or (
                            pat.cued_converted_after
                            and pat.cued_converted_after.match(text, core_end)
                            and (code := pat.cued_letters[cued])
                        )
                    )
                ):
                    glyph, glyph_width = code, len(cued)  # `R2.4 billion` in South African copy: the rand
                else:
                    continue  # `COVID19`, `v2`, `1.5` read from its middle: not a number of its own
        try:
            if (form := match.lastgroup) == "arabic":  # (the common core, read without a call per figure)
                numeral, kind = parse_arabic(core, system), "bare"
            else:
                numeral, kind = _core_numeral(match, pat)
        except MalformedNumber as exc:
            if grouped is None:
                grouped = bool(pat.grouping_cue and pat.grouping_cue.search(text))
            if not (grouped and pat.grouping.fullmatch(core)):
                malformed.append((match.start(), core_end, str(exc)))
                continue
            numeral, kind = parse_arabic(core.replace(",", ""), pat.system), "bare"  # `1,62,413` in Indian copy
        except NotANumber:
            continue
        # Nothing to read before the number (no prefix symbol's last letters just before it, no
        # qualifier ending where it starts): told without the two searches back (`_read_before`).
        if at:
            last = text[at - 1]
            qualifiers = known_qualifiers.get(last, _UNASKED)  # (the answers so far: no call per figure)
            if qualifiers is _UNASKED:
                qualifiers = qualifiers_ending_in(last)
        else:
            qualifiers = None
        if (
            qualifiers is not None
            and (prefix_end_in is None or prefix_end_in(text, at - 3 if at > 3 else 0, at) is None)
            and not (qualifiers and text.endswith(qualifiers, at - 24 if at > 24 else 0, at))
        ):
            begin, currency, qualifier, currency_symbol = at, None, None, None
        else:
            begin, currency, qualifier, currency_symbol = _read_before(text, at, pat)
        if raws and begin < raws[-1].end:
            # `10 $ 30 $`: the symbol before is the last amount's, written after it
            begin, currency, qualifier, currency_symbol = at, None, None, None
        listed = kind == "listed"
        # (positional, in the fields' order: start, end, numeral, kind, unit, counter, qualifier, yeo,
        # currency_written, currency_word, listed; keywords cost about twice as much, once per figure)
        raw = _Raw(
            begin,
            core_end,
            numeral,
            "bare" if listed else kind,
            "multiple" if kind == "multiple" else "",
            None,
            qualifier,
            False,
            True,
            None,
            listed,
        )
        if currency:
            raw.unit, raw.currency_word = currency, currency_symbol
        elif glyph:
            raw.start, raw.unit = at - glyph_width, glyph
        _read_after(text, raw, pat)
        if form == "among" and match.group("among_hedge") is not None and raw.qualifier is None:
            raw.qualifier = "approx"  # `3대 중 1대꼴`, `8채 중 5채인 265채`: about one in three, five in eight
        if raw.qualifier is None:
            raw.qualifier = qualifier
        if (
            qualifier == "over"
            and pat.over_mark is not None
            and pat.over_mark.fullmatch(text, begin, at)
            and not _round(raw.numeral)
        ):
            # (`Lawmakers pass 12 bills`: a verb of passing before a figure that is no mark counts its object)
            raw.start = at
            if raw.qualifier == "over":
                raw.qualifier = None
        if currencies and raw.currency_word in currencies:
            raw.unit = currencies[raw.currency_word]  # a newsroom's `$` may be Hong Kong dollars
        raws.append(raw)
    raws = _without_item_sizes(text, raws)
    # These passes each give a bare number (no unit read after it) the unit of a figure beside it: a run
    # of figures that all have their units (a table of amounts and rates) has none to give.
    if any(raw.kind == "bare" for raw in raws):
        _infer_parenthetical_currency(text, raws, pat)
        _inherit_units(text, raws, pat)
        _read_addends(text, raws)
    if pat.unit_line is not None and raws:
        raws = _read_unit_lines(text, raws, pat)
    _read_tallies(text, raws, pat, blocked)
    if "|" in text:
        _read_table_rows(text, raws)
    # The passes marked `needy` below each read only a number without a noun of its own and turn it into a figure
    # with one; none makes such a number of another. A run of figures that all have theirs (a table of amounts,
    # rates and counted items) has none for them to read.
    if pat.lot_size_before is not None:
        _read_lot_sizes(text, raws, pat)  # (also a number an earlier pass gave a noun: not needy alone)
    needy = _some_without_a_noun(raws)
    if needy:
        _read_exchange_rates(text, raws, pat)
    if needy and pat.subject_verb is not None:
        _read_subject_counts(text, raws, pat)
    if needy and pat.pair_before is not None and pat.pair_between is not None:
        _read_count_pairs(text, raws, pat)
    if needy and pat.now_level_before is not None and pat.now_level_after is not None:
        _read_levels_now(text, raws, pat)
    if needy and pat.sum_reached_before is not None:
        _read_sums_reached(text, raws, pat)
    if needy and pat.record_verb_before is not None:
        _read_record_counts(text, raws, pat)
    if needy and pat.group_size_before is not None:
        _read_group_sizes(text, raws, pat)
    if needy and pat.share_after is not None and pat.share_part_before is not None:
        _read_counts_before_shares(text, raws, pat)
    if needy and pat.count_after_share_between is not None and pat.count_after_share_end is not None:
        _read_counts_after_shares(text, raws, pat)
    if needy and pat.headline_before is not None and pat.headline_after is not None:
        _read_headline_counts(text, raws, pat)
    if needy and pat.total_among_after is not None:
        _read_totals_among_members(text, raws, pat)
    if needy and pat.pace_whole_after is not None:
        _read_paces_of_the_whole(text, raws, pat)
    if needy and (pat.pool_opener is not None or pat.pool_after is not None or pat.pool_before is not None):
        _read_counts_drawn_from_a_pool(text, raws, pat)
    if needy and pat.pool_named_opener is not None and pat.pool_named_determiner is not None:
        _read_counts_of_a_named_pool(text, raws, pat)
    if needy and pat.share_pool_between is not None and pat.share_pool_after is not None:
        _read_parts_after_shares_of_a_pool(text, raws, pat)
    if needy and pat.part_of_pool_after is not None:
        _read_parts_of_a_named_pool(text, raws, pat)
    if needy and pat.part_of_restated_pool_between is not None:
        _read_parts_of_a_restated_pool(text, raws, pat)
    if needy and pat.list_last_joint is not None:
        _read_counts_written_last(text, raws, pat)
    if needy and pat.joined_before_unit is not None:
        _read_units_written_last(text, raws, pat)
    if needy and (
        pat.elided_before is not None or pat.elided_after is not None or pat.elided_one_noun_after is not None
    ):
        _read_elided_counts(text, raws, pat)
    if needy and pat.count_nouns and "(" in text:
        _read_parenthetical_counts(text, raws, pat)
    if needy:
        _read_per_game_rates(text, raws, pat)
        if pat.each_after is not None:
            _read_decimals_each(text, raws, pat)
        _read_appended_averages_per_noun(text, raws, pat)
        _read_totals_of_each(text, raws, pat)
    if pat.sign_words:
        _read_country_sign_words(text, raws, pat)
    if pat.whole_currency_words:
        _drop_currency_words_going_on(text, raws, pat)
    if pat.coin_words and pat.antiquity:
        _drop_ancient_coins(text, raws, pat)
    if pat.bare_currency_words:
        _read_bare_currency_words(text, raws, pat)
    _read_elided_currency_priors(text, raws, pat)
    if pat.rate_points:
        _read_rate_points(text, raws, pat)
    if needy and pat.index_names is not None:
        _read_index_levels(text, raws, pat)
    # The two passes below read only a count (of the ratio's or the age's counter); the first makes none, so a run
    # with no count (a line of amounts and rates) is told once for both.
    counted = (pat.ratio_one is not None or pat.age_after is not None) and _some_of_kind(raws, "count")
    if counted and pat.ratio_one is not None:
        raws = _read_ratios_to_one(text, raws, pat)
    if counted and pat.age_after is not None:
        _read_age_groups(text, raws, pat)
    # (a bare number, a duration and a count of nothing that is not vague are no claim: `_join_ranges` makes none)
    mentions = _join_ranges(text, raws, approx_tolerance, pat)
    _mark_parentheticals(text, mentions, pat)
    return mentions, malformed


# `319 deaths, followed by Gujarat at 176, Delhi at 77` / `35 from Gujarat, eight from Delhi`:
# a list of counts by place names the counted noun once.


def _without_item_sizes(text: str, raws: list[_Raw]) -> list[_Raw]:
    """`shipped 2.4 million 15kg cartons`, `2,400 40ft containers`: a measure written as one word right after a
    number and right before the noun it counts sizes each item; it states no quantity of its own (read as one, it
    would lend its unit to the count's prior and stand in for the count as a change's level). The noun after it
    opens in lower case, so a measure before a name or a new sentence is kept."""
    if len(raws) < 2 or not _some_of_kind(raws, "measure"):
        return raws  # (only a measure is dropped: a run without one is kept as it is)
    kept: list[_Raw] = [raws[0]]
    for before, raw in zip(raws, raws[1:]):
        if (
            raw.kind == "measure"
            and before.kind in ("count", "bare")
            and text[before.end : raw.start] == " "
            and not any(ch.isspace() for ch in text[raw.start : raw.end])
            and text[raw.end : raw.end + 1] == " "
            and text[raw.end + 1 : raw.end + 2].islower()
        ):
            continue
        kept.append(raw)
    return kept


def _inherit_units(text: str, raws: list[_Raw], pat: Patterns) -> None:
    last_count: _Raw | None = None
    previous: _Raw | None = None
    for raw in raws:
        before, previous = previous, raw
        if raw.kind == "count" and raw.counter:
            last_count = raw
            continue
        if raw.kind != "bare" or raw.unit:
            continue
        if (
            before is not None
            and before.kind == "money"
            and before.unit
            and _SIGNED_AFTER_AMOUNT.fullmatch(text, before.end, raw.start)
        ):
            # `31,650원 ▲250`: a change marked by its sign right after an amount is in the amount's currency
            # (a site's quote; the linker keeps such quotes out of its checks as page furniture).
            raw.kind, raw.unit, raw.currency_written = "money", before.unit, False
            raw.currency_word = before.currency_word
            continue
        if (
            pat.place_after
            and last_count is not None
            and raw.start - last_count.end < 300
            and "\n" not in text[last_count.end : raw.start]
            and (
                pat.place_after.match(text, raw.end) or pat.place_before.search(text, max(0, raw.start - 40), raw.start)
            )
            and not 1900 <= raw.numeral.value <= 2100
        ):
            raw.kind, raw.unit, raw.counter = "count", "count", last_count.counter


# The marks are the shared language data's (`change_marks` in rules/lang/base.toml), read once.
_SIGNED_AFTER_AMOUNT = compile_exact(rf"[^\S\n]*(?:{link_alternations('base').change_marks})[^\S\n]*")
_ADDEND_OPEN = compile_exact(r"\s?\(\s?")
_ADDEND_PLUS = compile_exact(r"\s?\+\s?")
_ADDEND_CLOSE = compile_exact(r"\s?\)")


def _read_addends(text: str, raws: list[_Raw]) -> None:
    """`23석(15+8)`, `$5bn ($3bn + $2bn)`: the parts of a total written in parentheses after it are in
    the total's unit."""
    for i, head in enumerate(raws):
        if head.kind not in ("count", "money", "measure") or not head.unit:
            continue
        parts: list[_Raw] = []
        at = head.end
        # (walked by index: a slice of the rest for every head was quadratic in the figures)
        for k in range(i + 1, len(raws)):
            raw = raws[k]
            joint = _ADDEND_PLUS if parts else _ADDEND_OPEN
            if raw.kind != "bare" or raw.unit or not joint.fullmatch(text, at, raw.start):
                break
            parts.append(raw)
            at = raw.end
        total = sum(raw.numeral.value for raw in parts)
        # parts within a hundredfold of the total: a slip in the sum or a unit slip in the total (×10,
        # ×1,000 in 천) is the checks' to report, `5,000원(1+1)` is an offer
        near = head.numeral.value / 100 <= total <= head.numeral.value * 100
        if len(parts) >= 2 and _ADDEND_CLOSE.match(text, at) and near:
            for raw in parts:
                raw.kind, raw.unit, raw.counter = head.kind, head.unit, head.counter
                raw.currency_written = head.currency_written


_SHARE_KINDS = ("percent", "fraction")
# between a part's noun and its share set beside it (`41 of the competitors, about one in eight`)
_TO_SHARE_AFTER = compile_exact(r"\s*,\s*(?:or\s+)?")
# a sentence's start before a figure: a stop and spaces, or a line's start
_SENTENCE_START = compile_exact(r"(?:^|(?<=[.!?])\s+|\n)(?=\S)", re.M)
_OPENING_WORDS = compile_exact(r"[^\W\d_]+")


def _sentence_opens_on(text: str, at: int, noun: str) -> bool:
    """`Entries for this year's race reached 200 boats. … 120 of the entries, or 60 per cent`: the sentence of the
    count at `at` opens on the noun (its first or second word), no figure before the count there: the noun is its
    subject."""
    start = max((m.end() for m in _SENTENCE_START.finditer(text, max(0, at - 300), at)), default=0)
    if any(ch.isdigit() for ch in text[start:at]):
        return False
    return any(word.casefold() == noun for word in _OPENING_WORDS.findall(text, start, at)[:2])


def _read_tallies(text: str, raws: list[_Raw], pat: Patterns, times: _Blocked) -> None:
    """`Red 210, Blue 95, Green 14`: three labelled numbers or more in a row; `two each from Ohio`;
    `150 of the 300 seats`. Each counts what the sentence counts (the noun of the last count before
    it in the sentence, or of the whole it is part of), or is a count of its own."""
    for i, raw in enumerate(raws):
        if raw.listed and raw.kind == "count" and not _sentence_counter(text, raws, i):
            raw.kind = "bare"  # `One company said … and one analyst`: no list of counts
    if pat.tally_between is None or not any(raw.kind == "bare" and _tally_item(raw, text) for raw in raws):
        return  # (every pass below reads a bare whole number)
    i = 0
    while i < len(raws):
        j = i
        while (
            (j > i or _tally_item(raws[i], text) or (raws[i].kind == "count" and raws[i].counter))
            and j + 1 < len(raws)
            and _tally_item(raws[j + 1], text)
            and pat.tally_between.fullmatch(text, raws[j].end, raws[j + 1].start)
        ):
            j += 1
        run = raws[i : j + 1]
        if (
            len(run) >= 3
            and _tally_item(run[0], text)
            and pat.tally_label.search(text, max(0, run[0].start - 60), run[0].start)
        ):
            counter = _sentence_counter(text, raws, i)
            for raw in run:
                raw.kind, raw.unit, raw.counter = "count", "count", counter
        elif len(run) >= 3 and run[0].kind == "count" and run[0].counter:
            # `23 deaths, Ohio eight, Iowa six`: a count, then the tally goes on by label
            for raw in run[1:]:
                raw.kind, raw.unit, raw.counter = "count", "count", run[0].counter
        i = j + 1
    # `33 in Ohio, 27 in Iowa and 12 in Utah` (not `5 in May, 7 in June`: a month is a time expression)
    placed = {
        k
        for k in range(len(raws) - 1)
        if pat.place_pair
        and _tally_item(raws[k], text)
        and _tally_item(raws[k + 1], text)
        and pat.place_pair.fullmatch(text, raws[k].end, raws[k + 1].start)
        and pat.place_after.match(text, raws[k + 1].end)
        and not times.any_within(raws[k].end, raws[k + 1].start)
    }
    for k in sorted(placed | {k + 1 for k in placed}):
        raws[k].kind, raws[k].unit, raws[k].counter = "count", "count", _sentence_counter(text, raws, k)
    for i, raw in enumerate(raws):
        if not _tally_item(raw, text):
            continue
        line_start = text.rfind("\n", 0, raw.start) + 1
        if pat.list_line.fullmatch(text, line_start, raw.start) and pat.line_end.match(text, raw.end):
            raw.kind, raw.unit, raw.counter = "count", "count", ""  # `- Beta Jet: 3500;`
        elif pat.each_after and pat.each_after.match(text, raw.end):
            raw.kind, raw.unit, raw.counter = "count", "count", _sentence_counter(text, raws, i)
        elif pat.part_of_whole and pat.part_of_whole.match(text, raw.end):
            raw.kind, raw.unit, raw.counter = "count", "count", _sentence_counter(text, raws, i)  # `350 of the total`
        elif pat.part_of and i + 1 < len(raws) and pat.part_of.fullmatch(text, raw.end, raws[i + 1].start):
            whole = raws[i + 1]
            if whole.kind == "count" and whole.counter and whole.numeral.value > raw.numeral.value:
                raw.kind, raw.unit, raw.counter = "count", "count", whole.counter
            elif (
                _tally_item(whole, text)
                and whole.numeral.value > raw.numeral.value
                and pat.part_of_bare_end.match(text, whole.end)
            ):
                # `accounted for 19 of the 46, or 41 per cent`: a part of a whole whose noun goes unsaid, both counts
                # of what the sentence counts (if it counts anything before them)
                counter = _sentence_counter(text, raws, i)
                for each in (raw, whole):
                    each.kind, each.unit, each.counter = "count", "count", counter
        elif (
            pat.part_of_noun
            and i + 1 < len(raws)
            and raws[i + 1].kind in _SHARE_KINDS
            and (named := pat.part_of_noun.match(text, raw.end))
            and _TO_SHARE_AFTER.fullmatch(text, named.end(), raws[i + 1].start)
        ):
            # `The show drew 312 competitors. … 41 of the competitors, about one in eight`: a part set beside its
            # share, a count of the noun a larger count before it (in the article) counts
            noun = named.group("noun").casefold()
            if any(
                r.kind == "count"
                and (r.counter.casefold() == noun or _sentence_opens_on(text, r.start, noun))
                and r.numeral.value > raw.numeral.value
                for r in raws[:i]
            ):
                raw.kind, raw.unit, raw.counter = "count", "count", named.group("noun")


def _unit_of_line(unit: str, language: str) -> _Raw | None:
    """The figure `1` in the unit a unit line names (`억원` → 1억 KRW), or None when it names none."""
    found, _ = scan(f"1{unit}", language=language)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(unit) + 1:
        return None
    q = found[0].quantity
    if q.kind not in ("money", "count", "measure", "percent"):
        return None
    return _Raw(0, 0, Numeral(q.value, 0.0, 0.0), kind=q.kind, unit=q.unit, counter=q.counter)


def _read_unit_lines(text: str, raws: list[_Raw], pat: Patterns) -> list[_Raw]:
    """`(단위: 억원)` then table lines of bare numbers: each cell is an amount in that unit (a year heading
    a column is not); the unit line itself is no figure (`억원` alone would read as 1억원)."""
    lines = list(pat.unit_line.finditer(text))
    if not lines:
        return raws
    # (raws and lines are both in text order: one walk drops the figures read inside a unit line)
    out: list[_Raw] = []
    k = 0
    for raw in raws:
        while k < len(lines) and lines[k].end() <= raw.start:
            k += 1
        if not (k < len(lines) and lines[k].start() <= raw.start):
            out.append(raw)
    starts = [raw.start for raw in out]
    units: dict[str, _Raw | None] = {}
    for i, line in enumerate(lines):
        written = line.group("unit").strip()
        if written not in units:
            units[written] = _unit_of_line(written, pat.language)
        unit = units[written]
        if unit is None:
            continue
        # the table ends at an empty line, or where the next unit line starts the next table
        limit = lines[i + 1].start() if i + 1 < len(lines) else len(text)
        end = line.end()
        for _ in range(pat.unit_line_reach):
            following = text.find("\n", end + 1, limit)
            following = limit if following < 0 else following
            if (not text[end:following].strip() and end > line.end()) or end == limit:
                break  # an empty line ends the table
            end = following
        for i in range(bisect.bisect_left(starts, line.end()), bisect.bisect_left(starts, end)):
            raw = out[i]
            if raw.unit or raw.kind not in ("bare", "count") or (raw.kind == "count" and raw.counter != ""):
                continue
            written = text[raw.start : raw.end]
            if 1900 <= raw.numeral.value <= 2100 and raw.numeral.step >= 1 and "," not in written:
                continue  # a year heading a column
            factor = unit.numeral.value
            n = raw.numeral
            raw.numeral = _scaled(n, factor)
            raw.kind, raw.unit, raw.counter = unit.kind, unit.unit, unit.counter
    return out


# `Progressive Alliance | 182`: a row of two cells, a label and a whole number (the label has no digit or
# cell mark of its own; a leading and a closing `|` may frame the row)
_TABLE_ROW = compile_exact(r"[ \t]*\|?[ \t]*[^\s|\d][^|\d\n]{0,60}?[ \t]*\|[ \t]*(\d[\d,]*)[ \t]*\|?[ \t]*")


_ROW_REACH = 80  # a row's label and marks: the line starts at most this far before its number
# `민생연합 | 108 | 17 | 125`: a row of a label and two to six whole numbers (seats by district, list and in all)
_TABLE_ROW_CELLS = compile_exact(
    r"[ \t]*\|?[ \t]*[^\s|\d][^|\d\n]{0,60}?(?:[ \t]*\|[ \t]*\d[\d,]*){2,6}[ \t]*\|?[ \t]*"
)
_ROW_CELL = compile_exact(r"\d[\d,]*")


def _read_table_rows(text: str, raws: list[_Raw]) -> None:
    """`Greens | 27` on a line, next to another such row: a table of labelled counts (each counts what the
    table counts, as a list line does); a lone row is no table (`Tickets | 3` in a menu)."""
    rows: dict[int, _Raw] = {}  # line start → the row's number
    for raw in raws:
        if not _tally_item(raw, text):
            continue
        # (searched within a row's reach: a long line of numbers is no row, and costs no scan per number)
        line_start = text.rfind("\n", max(0, raw.start - _ROW_REACH), raw.start) + 1
        if line_start == 0 and raw.start > _ROW_REACH:
            continue
        line_end = text.find("\n", raw.end, raw.end + 8)
        if line_end < 0:
            if len(text) - raw.end > 8:
                continue
            line_end = len(text)
        row = _TABLE_ROW.fullmatch(text, line_start, line_end)
        if row and row.start(1) == raw.start and row.end(1) == raw.end:
            rows[line_start] = raw
    for line_start, raw in rows.items():
        previous = (
            text.rfind("\n", max(0, line_start - 1 - _ROW_REACH), max(0, line_start - 1)) + 1 if line_start else None
        )
        following = text.find("\n", raw.end, raw.end + 8)
        if (previous is not None and previous in rows) or (following >= 0 and following + 1 in rows):
            raw.kind, raw.unit, raw.counter = "count", "count", ""
    _read_table_cell_rows(text, raws)


def _read_table_cell_rows(text: str, raws: list[_Raw]) -> None:
    """`새한국당 | 131 | 18 | 149` on a line, next to another such row: a table of labelled counts in columns,
    each cell a count of what the table counts; a lone row is no table, a cell that is no whole number (a rate,
    an amount) or a year leaves its row out."""
    by_start = {raw.start: raw for raw in raws}
    rows: dict[int, list[_Raw]] = {}  # line start → the row's cells
    seen: set[int] = set()
    for raw in raws:
        if not _tally_item(raw, text):
            continue
        line_start = text.rfind("\n", max(0, raw.start - _ROW_REACH * 2), raw.start) + 1
        if line_start in seen or (line_start == 0 and raw.start > _ROW_REACH * 2):
            continue
        seen.add(line_start)
        line_end = text.find("\n", raw.end)
        line_end = len(text) if line_end < 0 else line_end
        if line_end - line_start > _ROW_REACH * 3 or not _TABLE_ROW_CELLS.fullmatch(text, line_start, line_end):
            continue
        label_end = text.index("|", line_start)
        cells = [by_start.get(m.start()) for m in _ROW_CELL.finditer(text, label_end, line_end)]
        if all(cell is not None and _tally_item(cell, text) for cell in cells):
            rows[line_start] = cells
    starts = sorted(rows)
    for k, start in enumerate(starts):
        before = k > 0 and text.count("\n", starts[k - 1], start) == 1
        after = k + 1 < len(starts) and text.count("\n", start, starts[k + 1]) == 1
        if before or after:
            for cell in rows[start]:
                cell.kind, cell.unit, cell.counter = "count", "count", ""


def _read_exchange_rates(text: str, raws: list[_Raw], pat: Patterns) -> None:
    """`the rupee ended at 71.42 per dollar`: an amount of the currency the sentence names."""
    if pat.rate_after is None or pat.currency_named is None:
        return
    for raw in raws:
        if raw.kind != "bare" or raw.unit:
            continue
        per = pat.rate_after.match(text, raw.end)
        if not per:
            continue
        priced = pat.rate_per[per.group("per").lower()]
        lo, _ = _sentence(text, raw.start)
        named = [pat.currency_words[m.group("cur").lower()] for m in pat.currency_named.finditer(text, lo, raw.start)]
        named = [code for code in named if code and code != priced]
        if named:
            raw.kind, raw.unit, raw.currency_word = "money", named[-1], None


def _read_subject_counts(text: str, raws: list[_Raw], pat: Patterns) -> None:
    """`Burglaries rose to 812 from 790`, `Arrests rose 4% to 310`: a bare whole number after a verb of change
    and `to`, in a sentence that opens with a plural noun and holds no count or amount before the number,
    counts that noun."""
    amount_end = 0  # where the last count or amount ends
    for raw in raws:
        if raw.kind in ("money", "measure") or (raw.kind == "count" and raw.counter):
            amount_end = raw.end
            continue
        kind = raw.kind  # (a bare number's kind tested before the call: most figures of a table have units)
        if not (kind == "bare" and _tally_item(raw, text)) and not (
            kind == "count" and raw.counter == "" and raw.numeral.step >= 1
        ):
            continue
        if not pat.subject_verb.search(text, max(0, raw.start - 24), raw.start):
            continue
        lo, _ = _sentence(text, raw.start)
        if amount_end > lo:
            continue  # a count or amount before it in its sentence: the noun is that figure's to give
        while lo < raw.start and text[lo].isspace():
            lo += 1  # (a paragraph's sentence opens after its blank line)
        subject = pat.subject_noun.match(text, lo, raw.start)
        noun = subject.group("noun").lower() if subject else ""
        if noun and noun not in pat.not_counters and noun not in pat.not_subjects:
            raw.kind, raw.unit, raw.counter = "count", "count", noun


_PAIR_BEFORE_REACH = 48  # characters before the first of a pair where its words stand (`rose by almost a third from `)


def _read_count_pairs(text: str, raws: list[_Raw], pat: Patterns) -> None:
    """`staff fell to 386 from 412`, `taking the estate to 214 from 208`: a bare whole number after `to`
    and another right after `from` are a level and the level it moved from; together they are counts (a
    year or a name's number is left bare), of the noun of the last count before them in their sentence."""
    for i, (first, second) in enumerate(itertools.pairwise(raws)):
        if not (_tally_item(first, text) and _tally_item(second, text)):
            continue
        if not pat.pair_between.fullmatch(text, first.end, second.start):
            continue
        if not pat.pair_before.search(text, max(0, first.start - _PAIR_BEFORE_REACH), first.start):
            continue
        if pat.name_before_en is not None and pat.name_before_en.search(text, max(0, first.start - 20), first.start):
            continue
        lo, _ = _sentence(text, first.start)
        if pat.not_subjects and not pat.not_subjects.isdisjoint(_WORD.findall(text[lo : first.start].lower())):
            continue  # `Shares fell to 45 from 48`: a price, not a count
        noun = _sentence_counter(text, raws, i)
        for raw in (first, second):
            raw.kind, raw.unit, raw.counter = "count", "count", noun
    if pat.level_time_after is not None and pat.pair_before is not None:
        _read_levels_of_a_time(text, raws, pat)  # (both keys: a language with the time alone has no such level)


def _read_levels_of_a_time(text: str, raws: list[_Raw], pat: Patterns) -> None:
    """`up 60 per cent from 75 the year before.`, `were up from 980 in 2024,`: a lone bare whole number (no year)
    after the words of a level moved to or from (`[elided_counts] pair_before`) with the time of that level right after
    it and then its clause's end (`level_time_after`) is a level: a count of the noun of the last count before it in
    its sentence, or of a noun an earlier count of the article names that its sentence writes before it (`1,140
    cattle. Cattle entries were up from 980 in 2024`); with neither, what it counts is not said and it stays bare. A
    price's subject (`Shares were up from 45 last year.`) and a name's number stay bare."""
    counted: set[str] = set()  # the nouns counted so far
    for i, raw in enumerate(raws):
        if raw.kind == "count" and raw.counter:
            counted.add(raw.counter.lower())
        lo = _lone_level_sentence(raw, text, pat, pat.level_time_after, pat.pair_before, _PAIR_BEFORE_REACH)
        if lo is None:
            continue
        noun = _sentence_counter(text, raws, i) or next(
            (w for w in _WORD.findall(text[lo : raw.start].lower()) if w in counted), ""
        )
        if noun:
            raw.kind, raw.unit, raw.counter = "count", "count", noun


def _lone_level_sentence(
    raw: _Raw, text: str, pat: Patterns, after: re.Pattern[str], before: re.Pattern[str], reach: int
) -> int | None:
    """Where the sentence of a lone bare whole number opens, when the number is a level by the words before it
    (`before`, within `reach` characters) and after it (`after`), and no name's number nor a price's subject: else
    None (the readings of a level moved to or from, and of a level now, share these tests)."""
    if not _tally_item(raw, text) or not after.match(text, raw.end):
        return None
    if not before.search(text, max(0, raw.start - reach), raw.start):
        return None
    if pat.name_before_en is not None and pat.name_before_en.search(text, max(0, raw.start - 20), raw.start):
        return None
    lo, _ = _sentence(text, raw.start)
    if pat.not_subjects and not pat.not_subjects.isdisjoint(_WORD.findall(text[lo : raw.start].lower())):
        return None
    return lo


_NOW_LEVEL_REACH = 32  # characters before a number where the words of its level now stand


def _read_levels_now(text: str, raws: list[_Raw], pat: Patterns) -> None:
    """`The choir had 14 singers four years ago and now has 35.`, `It began with 21 members and now has 57, …`: a lone
    bare whole number (no year) right after the words of a level now (`[elided_counts] now_level_before`) and then its
    clause's end (`now_level_after`) is that level: a count of the noun of the last count before it in its sentence,
    when that count is a level of an earlier time by the words before it (`now_level_then_before`: `had`, `began
    with`); with none before it (`The fund now has 35.`), a change before it (`opened 30 stores in the year and now
    has 400`), or another subject joined on between them (`now_level_other_subject`: `…, and the council now has 27`),
    what it counts is not said and it stays bare. A price's subject (`Shares now stand at 45`) and a
    name's number stay bare."""
    for i, raw in enumerate(raws):
        lo = _lone_level_sentence(raw, text, pat, pat.now_level_after, pat.now_level_before, _NOW_LEVEL_REACH)
        if lo is None:
            continue
        earlier = next((r for r in reversed(raws[:i]) if r.end >= lo and r.kind == "count" and r.counter), None)
        if earlier is None or pat.now_level_then_before is None:
            continue
        if not pat.now_level_then_before.search(text, max(0, earlier.start - _NOW_LEVEL_REACH), earlier.start):
            continue  # (`opened 30 stores in the year and now has 400`: a change to the level, no level then)
        if pat.now_level_other_subject is not None and pat.now_level_other_subject.search(text, earlier.end, raw.start):
            continue  # (`had 9 cafes in 2015, and the council now has 27`: another subject's level now)
        raw.kind, raw.unit, raw.counter = "count", "count", earlier.counter


# right after a sum reached, the clause ends: `bringing the fleet to 37.`, `…, taking the roll to 212, the head said`,
# perhaps after the time it is reached by (`taking the workforce to 46 by next spring.`)
_CLAUSE_ENDS_AFTER = compile_exact(r"(?:\s+by\s+(?:the\s+|next\s+|this\s+)?[^\W\d_]+(?:\s+\d{4})?)?\s*(?:[.,;:!?)]|$)")
_SUM_MARK_REACH = 48  # characters before the number where the mark of a sum reached stands
_ADDED_BACK = 4  # figures before a sum reached among which the added amount stands


def _added(text: str, raw: _Raw, pat: Patterns) -> bool:
    """`will hire 12`, `a further £40,000`, `six more`: a figure its words make an amount added."""
    return bool(
        pat.addition_verb_before.search(text, max(0, raw.start - 24), raw.start)
        or pat.addition_mark_after.match(text, raw.end)
        or (raw.kind == "count" and raw.counter and _added_by_its_counter(text, raw, pat))
    )


def _added_by_its_counter(text: str, raw: _Raw, pat: Patterns) -> bool:
    """`six more welders`, `40 extra beds`: the count's own word marks it added; `Fourteen new knitters will join the 86
    staff`: `new` marks it added where it joins a figure (`[link.joining_verbs_after]`). (`will install 60 new
    fountains, taking the total to 105`: new ones, perhaps the story's own subject, not said to be added to one.)"""
    if pat.addition_mark_word.fullmatch(raw.counter):
        return True
    return bool(pat.addition_counter.fullmatch(raw.counter) and pat.joining_after.match(text, raw.end))


def _read_sums_reached(text: str, raws: list[_Raw], pat: Patterns) -> None:
    """`The depot runs 31 buses and will buy six more, bringing the fleet to 37.`: a bare whole number (no
    year) right after the words that make it a sum reached (`[link.sum_reached_marks]`: `bringing … to`, `taking
    … to`), ending its clause, after an amount its sentence adds (`[link.addition_verbs]` before a number:
    `will hire 12`, `a further 40`; `[link.addition_marks_after]` after one: `six more`) is a count, of no noun of
    its own (the crew is no noun the other figures count), for the link stage to find what is added to make it. A
    number with a unit or a noun after it is read as it is."""
    for i, raw in enumerate(raws):
        if not _tally_item(raw, text) or raw.qualifier not in (None, "approx"):
            continue
        if not pat.sum_reached_before.search(text, max(0, raw.start - _SUM_MARK_REACH), raw.start):
            continue
        if not _CLAUSE_ENDS_AFTER.match(text, raw.end):
            continue
        lo, _ = _sentence(text, raw.start)
        added = [j for j in range(max(0, i - _ADDED_BACK), i) if raws[j].start >= lo and _added(text, raws[j], pat)]
        if not added:
            continue  # (`…, taking its network to 5`: no amount added before it, no sum of the story's figure)
        raw.kind, raw.unit, raw.counter = "count", "count", ""
        if _tally_item(raws[added[-1]], text) and not _sentence_counter(text, raws, added[-1]):
            # (`This winter it will recruit six more, bringing the forge to 46.`: the amount added, of no noun of its
            # own in a sentence of no other count, counts what the sum does)
            raws[added[-1]].kind, raws[added[-1]].unit, raws[added[-1]].counter = "count", "count", ""


_GROUP_REACH = 40  # characters before a number where the group it counts is named
# right after a group's size: its clause or sentence ends, or the sum it makes goes on (`its staff of 31, taking …`)
_GROUP_SIZE_ENDS = compile_exact(r"\s*(?:[,;:)]|\.(?:\s|$)|$|\s+(?:and|to|in|at|on|by|from|with)\s)")


def _read_group_sizes(text: str, raws: list[_Raw], pat: Patterns) -> None:
    """`The dairy will add four people to its staff of 31, taking the total to 35`, `a fleet of 12`: a bare whole
    number (no year) right after a group named with `of` (`[link.group_size_before]`) and ending its phrase is a count
    of the group's members, the group's noun its counter."""
    for raw in raws:
        if not _tally_item(raw, text) or not _GROUP_SIZE_ENDS.match(text, raw.end):
            continue
        named = pat.group_size_before.search(text, max(0, raw.start - _GROUP_REACH), raw.start)
        if named and named.end() == raw.start:
            raw.kind, raw.unit, raw.counter = "count", "count", named.group("group").lower()


def _read_lot_sizes(text: str, raws: list[_Raw], pat: Patterns) -> None:
    """`The mugs will leave in three batches of 300`, `split into four divisions of 12`: a bare whole number (no year)
    right after a count of units goods are put into and `of` (`[link.lot_size_before]`) is the lot each unit holds, a
    count of no noun of its own (checker/link/lots.py finds the noun it carries from the total), when a clause's end
    or the words of when or where the lots go follow it (`[link.lot_size_after]`): `split into eight groups of five,
    each playing the other four` goes on about each member, and the bare numbers after it are read by their nouns."""
    for raw in raws:
        # (a number an earlier pass gave the noun of the count before it, `of 600 from May`, written with no noun)
        bare = _tally_item(raw, text) or (raw.kind == "count" and _DIGITS_ONLY.fullmatch(text, raw.start, raw.end))
        if bare and _lot_size(text, raw, pat):
            raw.kind, raw.unit, raw.counter = "count", "count", ""


def _lot_size(text: str, raw: _Raw, pat: Patterns) -> bool:
    """Whether a number stands where a lot's size does (`in three batches of 300 between May and July`, `84 teams of
    four, 336 runners in all`)."""
    if pat.lot_size_before is None:
        return False
    if (
        pat.lot_size_after.match(text, raw.end)
        and pat.lot_size_before.search(text, max(0, raw.start - _GROUP_REACH), raw.start) is not None
    ):
        return True
    return (
        pat.lot_groups_before is not None
        and bool(pat.lot_groups_total_after.match(text, raw.end))
        and pat.lot_groups_before.search(text, max(0, raw.start - _GROUP_REACH), raw.start) is not None
    )


# right after an outcome's count: the record goes on (`won 11, drew 4`, `won 11 and lost 3`) or ends on the games it
# is of (`lost 3 of their 18 games`), its clause or its sentence; never a score (`won 3-1`) or a unit
_RECORD_GOES_ON = compile_exact(r"\s*(?:,|;|\.(?:\s|$)|$|\s+(?:and|of|from|in|out\s+of)\s)")
_RECORD_REACH = 16  # characters before a count where the verb of its outcome stands
_DIGITS_ONLY = compile_exact(r"[\d,]+")


def _read_record_counts(text: str, raws: list[_Raw], pat: Patterns) -> None:
    """`The club won 11, drew 4 and lost 3 of its 18 league games`: a bare whole number (no year) right after the verb
    of an outcome (`[link.record_outcome_verbs]`: `won`, `drew`, `lost`), going on to the record's next count or
    ending on the games it is of, is a count of games of no noun of its own (checker/link/game_records.py adds the
    record up to the games). Two such counts in the sentence at least: one alone (`the party won 240`) is left as it
    is. (A number an earlier pass read as a count, `lost 5 of its 18 games`, is one of the two.)"""
    found = [
        raw
        for raw in raws
        if (_tally_item(raw, text) or (raw.kind == "count" and _DIGITS_ONLY.fullmatch(text, raw.start, raw.end)))
        and raw.qualifier is None
        and pat.record_verb_before.search(text, max(0, raw.start - _RECORD_REACH), raw.start)
        and _RECORD_GOES_ON.match(text, raw.end)
    ]
    by_sentence: dict[int, list[_Raw]] = {}
    for raw in found:
        by_sentence.setdefault(_sentence(text, raw.start)[0], []).append(raw)
    for members in by_sentence.values():
        if len(members) >= 2:
            # (of the noun an earlier pass gave one of them, `lost 5 of its 18 games`, else of the last count before
            # them in their sentence, `won 14 games, drawn 3 and lost 5`, else of none)
            noun = next((raw.counter for raw in members if raw.kind == "count" and raw.counter), "")
            noun = noun or _sentence_counter(text, raws, raws.index(members[0]))
            for raw in members:
                if raw.kind == "bare":
                    raw.kind, raw.unit, raw.counter = "count", "count", noun


def _read_counts_before_shares(text: str, raws: list[_Raw], pat: Patterns) -> None:
    """`Members numbered 402, or 26.6% of the sample`, `made up 611, or 38%`: a bare whole number (no year) after a verb
    that makes it a part (`[elided_counts] share_part_before`), with a percentage appended right after it by a comma
    and an appositive mark (`share_after`), is the part
    that share is of: a count, of the plural noun opening its sentence (`Exhibitors from abroad made up 611`), else of
    no noun of its own (as `2,860` is), for the link stage to find its whole. A bound (`under 10, or 63%`: an age, a
    size) is no such part."""
    for first, second in itertools.pairwise(raws):
        if second.kind not in ("percent", "fraction") or not _tally_item(first, text):
            continue
        if first.qualifier not in (None, "approx"):
            continue
        # (`made up 59 of the entrants, about one in seven`: the pool after `of` is the whole's, the number a part of
        # it counting no noun of its own)
        pooled = pat.share_of_pool_after is not None and pat.share_of_pool_after.fullmatch(
            text, first.end, second.start
        )
        if not pooled and not pat.share_after.fullmatch(text, first.end, second.start):
            continue
        if not pat.share_part_before.search(text, max(0, first.start - 24), first.start):
            continue  # (`The youngest was aged 3, or …`, `Of its staff, 310, or …`: no verb makes it a part)
        if pat.name_before_en is not None and pat.name_before_en.search(text, max(0, first.start - 20), first.start):
            continue
        noun = ""
        if pooled:
            # (the pool's noun, the last word before its comma: `of the entrants,` counts entrants; a part of them only
            # where the text counts them before, `drew 412 entrants`: `120 of the members` after `200 boats` is of
            # another whole, unsaid)
            comma = text.rfind(",", first.end, second.start)
            words = _WORD.findall(text, first.end, comma)
            noun = words[-1] if words else ""
            if not noun or not _counted_before(noun, text, first.start):
                continue
            noun = noun.lower()
        if pat.subject_noun is not None and not pooled:
            lo, _ = _sentence(text, first.start)
            while lo < first.start and text[lo].isspace():
                lo += 1
            subject = pat.subject_noun.match(text, lo, first.start)
            noun = subject.group("noun").lower() if subject else ""
            if noun in pat.not_counters or noun in pat.not_subjects:
                noun = ""
        first.kind, first.unit, first.counter = "count", "count", noun


def _read_counts_after_shares(text: str, raws: list[_Raw], pat: Patterns) -> None:
    """`Road crashes made up one in three, or 46, and …`, `women and girls for 42 per cent, or 78.`, `while a quarter,
    600, will be …`: a bare whole number (no year) right after a share (a percentage or a fraction), set off from it by
    a comma and perhaps `or` (`[elided_counts] count_after_share_between`) and ending its clause
    (`count_after_share_end`), is the count that share states: a count of no noun of its own, for the link stage to
    find the whole. A list going on after it (`12%, 40, 41`) and a number with a unit or a noun are read as they are."""
    for share, raw in itertools.pairwise(raws):
        if share.kind not in _SHARE_KINDS or not _tally_item(raw, text) or raw.qualifier not in (None, "approx"):
            continue
        if not pat.count_after_share_between.fullmatch(text, share.end, raw.start):
            continue
        if not pat.count_after_share_end.match(text, raw.end):
            continue
        raw.kind, raw.unit, raw.counter = "count", "count", ""


def _read_totals_among_members(text: str, raws: list[_Raw], pat: Patterns) -> None:
    """`The six makers each finish eight a day, 48 between them`: a bare whole number (no year) right before the words
    that make it the total of the members named before it (`[elided_counts] total_among_after`) is a count of no noun
    of its own, for the link stage to find what it totals."""
    for raw in raws:
        if _tally_item(raw, text) and raw.qualifier in (None, "approx") and pat.total_among_after.match(text, raw.end):
            raw.kind, raw.unit, raw.counter = "count", "count", ""


def _read_paces_of_the_whole(text: str, raws: list[_Raw], pat: Patterns) -> None:
    """`The shop casts 140 a day, so the run will take 30 days`: a bare whole number (no year) right before a short
    period's mark and what the pace comes to, the whole order's (`[elided_counts] pace_whole_after`), is a count of no
    noun of its own, for the link stage to find the whole it paces; a verb of making or sending before it
    (`[elided_counts] pace_whole_before`: not `works 10 a day`, `charges 400 a day`)."""
    for raw in raws:
        if (
            _tally_item(raw, text)
            and raw.qualifier in (None, "approx")
            and pat.pace_whole_after.match(text, raw.end)
            and pat.pace_whole_before is not None
            and pat.pace_whole_before.search(text, max(0, raw.start - _PACE_VERB_REACH), raw.start)
        ):
            raw.kind, raw.unit, raw.counter = "count", "count", ""


_PACE_VERB_REACH = 40  # characters before a bare pace's number where its verb stands (`turns out about `)


_NUMBER_THEN_SPACE = compile_exact(r"\d[\d,.]*\s+$")


def _counted_before(noun: str, text: str, end: int) -> bool:
    """Whether the text before `end` counts the noun: a number right before it (`412 entrants`)."""
    at = text.rfind(noun, 0, end)
    while at > 0:
        if _NUMBER_THEN_SPACE.search(text, max(0, at - 24), at):
            return True
        at = text.rfind(noun, 0, at)
    return False


_POOL_OPENER_REACH = 40  # characters before a number where a mark opening its sentence on a pool stands
_SET_OFF_BEFORE = compile_exact(r",\s$")  # (a number set off by a comma before it: `lofts, 900 of them, …`)
_SET_OFF_AFTER = compile_exact(r"\s*[,;)]")  # (… and by a comma after its pool: `900 of them, five-eighths`)


def _read_counts_drawn_from_a_pool(text: str, raws: list[_Raw], pat: Patterns) -> None:
    """`The cab firm runs 80 cabs. Of those, 12 are electric`, `has 150 berths, and 24 of them are empty`,
    `toured with 60 singers, of whom 27 were …`: a bare whole number (no year) that a mark says is drawn from a pool
    (`[elided_counts] pool_opener`: the sentence opens on the mark, then the number; `pool_after`: `of them` right
    after it; `pool_before`: `of whom` right before it) counts what the pool counts: the last count with a noun before
    it, in its sentence, or (after an opener) in the sentence right before. Another figure between, or none such, and
    the number is left bare."""
    for i, raw in enumerate(raws):
        if not _tally_item(raw, text):
            continue
        # (the marks tested first, in a window at the number: the sentence is bounded only for a number marked so)
        marked = (pat.pool_after is not None and pat.pool_after.match(text, raw.end)) or (
            pat.pool_before is not None and pat.pool_before.search(text, max(0, raw.start - 16), raw.start)
        )
        opener_near = pat.pool_opener is not None and (
            pat.pool_opener.search(text, max(0, raw.start - _POOL_OPENER_REACH), raw.start) is not None
        )
        if not (marked or opener_near):
            continue
        lo, _ = _sentence(text, raw.start)
        opener = opener_near and pat.pool_opener.fullmatch(text, lo, raw.start) is not None
        if not (opener or marked):
            continue
        # (the pool: the last count with a noun before the number, in its sentence or, after an opener, in the
        # sentence right before; a bare number or a count of no noun between is passed over: `from 488 a year earlier`)
        before_lo = _sentence(text, max(0, lo - 2))[0] if opener else lo
        pool = None
        for j in range(i - 1, -1, -1):
            r = raws[j]
            if (
                r.start < before_lo
                or not opener
                and (r.kind not in ("bare", "count") or "\n" in text[r.end : raw.start])
            ):
                break  # (in the number's sentence, only bare numbers may stand between it and its pool)
            if r.kind == "count" and r.counter:
                pool = r
                break
        if pool is None:
            if marked and not opener and (noun := _pool_named_without_count(text, raws, i, lo, pat)):
                raw.kind, raw.unit, raw.counter = "count", "count", noun
                continue
            if marked and not opener and _share_set_after_pool(text, raws, i, pat):
                # (`Food traders ran 150 of them, 30 per cent`: the part of a share of a whole before, a count of no
                # noun of its own, for the link stage to find the whole)
                raw.kind, raw.unit, raw.counter = "count", "count", ""
                continue
            if marked and not opener and _SET_OFF_BEFORE.search(text, max(0, raw.start - 2), raw.start):
                after = pat.pool_after.match(text, raw.end) if pat.pool_after is not None else None
                if after is not None and _SET_OFF_AFTER.match(text, after.end()):
                    # (`Tags on walls, 720 of them, were cleaned`: set off by commas, drawn from a pool no figure
                    # counts, a count of no noun of its own, for the link stage to find its whole; `converting four
                    # of them` is left as it is)
                    raw.kind, raw.unit, raw.counter = "count", "count", ""
            continue
        other = raws[j - 1] if j else None
        if (
            other is not None
            and other.kind == "count"
            and other.counter not in ("", pool.counter)
            and pat.pool_coordinated is not None
            and pat.pool_coordinated.fullmatch(text, other.end, pool.start)
        ):
            continue  # (`150 buses and 40 trams. Of those, 24 …`: which pool, the words do not say)
        if pat.name_before_en is not None and pat.name_before_en.search(text, max(0, raw.start - 20), raw.start):
            continue
        raw.kind, raw.unit, raw.counter = "count", "count", pool.counter


def _pool_named_without_count(text: str, raws: list[_Raw], i: int, lo: int, pat: Patterns) -> str:
    """`The Tarrow joinery, which turns oak ladders by hand, is sending 140 of them to Bergen`: a bare number marked as
    drawn from a pool (`of them` right after it) and the first figure of its sentence points back to a noun its
    sentence names with no count: the one word before the number in the sentence that the text counts elsewhere (`140
    ladders`), a plural of a count's noun. Two such words (`turns ladders and stools`), another figure before the
    number in the sentence, or none: ``."""
    raw = raws[i]
    if pat.pool_after is None or pat.pool_after.match(text, raw.end) is None:
        return ""
    if i and raws[i - 1].end > lo:
        return ""  # (a figure before it in its sentence: the pool is that figure's, or unsaid)
    words = _counted_words_before(text, raws, lo, raw.start)
    if len({w.group(0).lower() for w in words}) != 1 or not _pool_named_so(text, words[-1], raw.start, pat):
        return ""
    return words[-1].group(0).lower()


def _counted_words_before(text: str, raws: list[_Raw], lo: int, start: int) -> list[re.Match[str]]:
    """The words between `lo` and `start` that are the noun of a count of the text."""
    counted = {r.counter for r in raws if r.kind == "count" and r.counter}
    if not counted:
        return []
    return [w for w in _WORD.finditer(text, lo, start) if w.group(0).lower() in counted]


def _pool_named_so(text: str, noun: re.Match[str], start: int, pat: Patterns) -> bool:
    """Whether `of them` after the number at `start` may point back to the noun: a clause break between and no other
    plural-looking word but the subject of the number's verb (`them` are not the subject of the number's own verb,
    `Wardens issued 400 of them`, nor a noun a nearer plural stands for, `Workers lost shifts …, and the firm cut 150
    of them`), or the noun in a relative clause and no plural-looking word between (`A shop that sells brass bells has
    an order for 300 of them`)."""
    if pat.pool_named_between is not None and pat.pool_named_between.fullmatch(text, noun.end(), start) is not None:
        return True
    return (
        pat.pool_named_relative is not None
        and pat.pool_named_plain is not None
        and pat.pool_named_relative.search(text, max(0, noun.start() - _RELATIVE_REACH), noun.start()) is not None
        and pat.pool_named_plain.fullmatch(text, noun.end(), start) is not None
    )


def _no_plural_between(text: str, pos: int, start: int, pat: Patterns) -> bool:
    """Whether no plural-looking word but the subject of the number's verb stands between `pos` and the number."""
    pos = _LEADING_SPACE.match(text, pos, start).end()  # (a sentence may open on a paragraph's line break)
    return (
        pat.pool_named_between is not None
        and pat.pool_named_plain is not None
        and (
            pat.pool_named_between.fullmatch(text, pos, start) is not None
            or pat.pool_named_plain.fullmatch(text, pos, start) is not None
        )
    )


_RELATIVE_REACH = 40  # characters before a noun where the relative word opening its clause stands


def _share_set_after_pool(text: str, raws: list[_Raw], i: int, pat: Patterns) -> bool:
    """A share right after the number's pool pointing back (`150 of them, 30 per cent`, `1,440 of them unaided, or
    80%`: `[elided_counts] share_of_pool_after`), the number the first figure of its sentence."""
    raw = raws[i]
    if pat.share_of_pool_after is None or pat.pool_after is None or i + 1 >= len(raws):
        return False
    share = raws[i + 1]
    if share.kind not in _SHARE_KINDS or pat.pool_after.match(text, raw.end) is None:
        return False
    lo = _sentence(text, raw.start)[0]
    if i and raws[i - 1].end > lo:
        return False  # (a figure before it in its sentence: the pool may be that figure)
    words = _counted_words_before(text, raws, lo, raw.start)
    if words and not _pool_named_so(text, words[-1], raw.start, pat):
        return False  # (`Workers lost shifts …, and the firm cut 150 of them, or a third`: of what, unsaid)
    if not words and not _no_plural_between(text, lo, raw.start, pat):
        return False  # (`Managers who cut shifts in May dropped 150 of them, or a third`: the shifts, counted nowhere)
    if (of := _OF_AFTER.match(text, share.end)) is not None:
        # (`400 of them, 10 per cent of the county's players`: the share of a whole of its own, unless its words name a
        # noun the text counts, `one in seven of all visitors`)
        close = _CLAUSE_CLOSE.search(text, of.end())
        if not _counted_words_before(text, raws, of.end(), close.start() if close else len(text)):
            return False
    return pat.share_of_pool_after.fullmatch(text, raw.end, share.start) is not None


_OF_AFTER = compile_exact(r"\s+of\b", re.I)  # a share's `of`, naming a whole of its own
_CLAUSE_CLOSE = compile_exact(r"[,.;:!?()\n]")
_POOL_NAMED_REACH = 100  # characters before a bare number where its sentence may open on a named pool
_LIST_GOES_ON = compile_exact(r"\s*,\s*\d")
_POOL_BACK_REACH = 12  # numbers before a pool pointing back where the count it restates is looked for
_POOL_WORD = compile_exact(r"[^\W\d_]+")


def _read_counts_of_a_named_pool(text: str, raws: list[_Raw], pat: Patterns) -> None:
    """`Of the 264 staff on the books, 190, …`, `Of the parcels sorted, 3,260 were …`: a bare whole number (no year)
    right after a comma that closes a pool opening its sentence (`[elided_counts] pool_named_opener`), the pool's
    words opening on a determiner or an owner (`pool_named_determiners`), counts what the pool counts: the noun of
    the one count the pool states, else the pool's first word after its determiners (a counted noun, none of
    `not_counters`). A bare count in the pool (`Of the 610, 575 …`) is a count of no noun, and the number too."""
    for i, raw in enumerate(raws):
        # (a number an earlier pass read as a count of no noun, `900 were …`, is bare still)
        unnamed = raw.kind == "count" and not raw.counter and raw.unit in (None, "", "count")
        if unnamed:
            raw.kind = "bare"
        bare = _tally_item(raw, text)
        if unnamed:
            raw.kind = "count"
        if not bare or "," not in text[max(0, raw.start - 8) : raw.start] or _LIST_GOES_ON.match(text, raw.end):
            continue  # (`Of the boats, 3, 4, 5 …`: a list of bare numbers, no part drawn from the pool)
        lo, _ = _sentence(text, raw.start)
        while lo < raw.start and text[lo].isspace():
            lo += 1
        opener = pat.pool_named_opener.fullmatch(text, lo, raw.start) if raw.start - lo <= _POOL_NAMED_REACH else None
        if opener is None:
            # (or the clause after a colon opens on the pool: `… in the survey: of the 720 members who replied, 468`)
            colon = text.rfind(":", lo, raw.start)
            if colon < 0 or raw.start - colon > _POOL_NAMED_REACH:
                continue
            opener = pat.pool_named_opener.fullmatch(text, colon + 1, raw.start)
            if opener is None:
                continue
            lo = colon + 1
        pool_start, pool_end = opener.span("pool")
        # (the numbers between the sentence's start and this one, walked back: a hundred characters at most)
        j = i
        while j > 0 and raws[j - 1].start >= lo:
            j -= 1
        inside = [r for r in raws[j:i] if pool_start <= r.start and r.end <= pool_end]
        if len(inside) > 1 or any(r.start >= pool_end for r in raws[j:i]):
            continue
        if inside:
            stated = inside[0]
            if stated.kind == "count":
                raw.kind, raw.unit, raw.counter = "count", "count", stated.counter
            elif not _tally_item(stated, text):
                continue
            elif pat.pool_named_back is not None and pat.pool_named_back.match(text, pool_start):
                # (`… built 41 boats. Of those 41, 22 …`: the pool restates the count before of its value, which the
                # number counts too; the pool's own number is no figure of its own)
                earlier = [
                    r
                    for r in raws[max(0, j - _POOL_BACK_REACH) : j]
                    if r.kind == "count" and r.counter and r.numeral.value == stated.numeral.value
                ]
                if earlier:
                    raw.kind, raw.unit, raw.counter = "count", "count", earlier[-1].counter
            else:
                # (`Of the 610, 575 …`: two numbers of one noun the words do not name)
                stated.kind, stated.unit, stated.counter = "count", "count", ""
                raw.kind, raw.unit, raw.counter = "count", "count", ""
            continue
        words = text[pool_start:pool_end]
        determiner = pat.pool_named_determiner.match(words)
        if determiner is None:
            continue  # (`Of course, 12 …`: no pool)
        noun = _POOL_WORD.match(words, determiner.end())
        if noun is None or len(noun.group()) < 3 or noun.group().lower() in pat.not_counters:
            continue
        raw.kind, raw.unit, raw.counter = "count", "count", noun.group().lower()


_SHARE_POOL_REACH = 80  # characters between a share and the part set off after its pool


def _read_parts_after_shares_of_a_pool(text: str, raws: list[_Raw], pat: Patterns) -> None:
    """`A third of the new slots, 800, are kept for …`, `One in four of the dogs it took in, 54 in all, …`, `and
    three-quarters of them, 360, went back`: a bare whole number (no year) set off by commas right after a share (a
    fraction or a percentage) and `of` its pool (`[elided_counts] share_pool_between`, the number's end
    `share_pool_after`) is the part that share is of: a count of the pool's noun, or (a pool pointing back,
    `share_pool_back`) of the last count with a noun before it in its sentence or the one before. The pool holds no
    figure; a list of bare numbers (`, 3, 4`) is none such part. `Three in ten competitors, 72, wore …`: a share
    followed by the plural noun it counts, no `of` (`share_noun_between`), is read alike, a count of that noun."""
    for i in range(1, len(raws)):
        raw, share = raws[i], raws[i - 1]
        if share.kind not in _SHARE_KINDS or raw.start - share.end > _SHARE_POOL_REACH:
            continue
        if not _tally_item(raw, text) or _LIST_GOES_ON.match(text, raw.end):
            continue
        if not pat.share_pool_after.match(text, raw.end):
            continue
        between = pat.share_pool_between.fullmatch(text, share.end, raw.start)
        if between is None:
            # (`Three in ten competitors, 72, wore …`: the noun the share counts right after it, no `of`)
            counted = pat.share_noun_between.fullmatch(text, share.end, raw.start) if pat.share_noun_between else None
            noun = counted.group("noun").lower() if counted else ""
            if noun and noun not in pat.not_counters:
                raw.kind, raw.unit, raw.counter = "count", "count", noun
            continue
        pool = between.group("pool").strip()
        if pat.share_pool_back is not None and pat.share_pool_back.match(pool):
            lo, _ = _sentence(text, share.start)
            before_lo = _sentence(text, max(0, lo - 2))[0]
            noun = next(
                (
                    r.counter
                    for r in reversed(raws[: i - 1])
                    if r.start >= before_lo and r.kind == "count" and r.counter
                ),
                None,
            )
            if noun is None:
                continue
        else:
            determiner = pat.pool_named_determiner.match(pool) if pat.pool_named_determiner is not None else None
            if determiner is None:
                continue  # (`half of Kent, 40, …`: no pool of members named)
            found = pat.share_pool_noun.search(pool, determiner.end())
            noun = found.group("noun").lower() if found else ""
            if not noun or noun in pat.not_counters:
                continue
        raw.kind, raw.unit, raw.counter = "count", "count", noun


def _read_parts_of_a_named_pool(text: str, raws: list[_Raw], pat: Patterns) -> None:
    """`Only 41 of the boats finished`, `Thirty-eight of the entrants came from abroad`, `54 of the call-outs`: a bare
    whole number (no year, more than one) right before `of`, a determiner or an owner and the plural noun of its pool
    (`[elided_counts] part_of_pool_after`) is a part of that pool: a count of the pool's noun. A figure in the pool
    (`41 of its 118 patrols`, `two of the three teams`) is left to the passes reading a pool's count; a name's number
    (`Article 5 of the rules`) and each member's part (`The nine looms will each weave 400 of the rugs`) stay bare; so
    does a part no share follows in its sentence (`Only 41 of the boats finished, one in four` is read), and a part of a
    pool no count before it in the article names (`drew 200 boats … 120 of the members, or 60 per cent`). A number
    the sentence then moves from an earlier level (`tallied 87 of the otters, down from 102 in 2025`:
    `part_of_pool_level_after`) is that level, a count of the noun, named before or not."""
    counted: set[str] = set()  # the nouns counted so far (a part's pool is one the article counts before it)
    for i, raw in enumerate(raws):
        if raw.kind == "count" and raw.counter:
            counted.add(raw.counter.lower())
        if not _tally_item(raw, text) or raw.numeral.value < 2:
            continue
        found = pat.part_of_pool_after.match(text, raw.end)
        if found is None:
            continue
        if i + 1 < len(raws) and raws[i + 1].start < found.end():
            continue  # (a figure in the pool: its count, not this part's noun)
        noun = found.group("noun").lower()
        if noun in pat.not_counters:
            continue
        if pat.name_before_en is not None and pat.name_before_en.search(text, max(0, raw.start - 20), raw.start):
            continue
        lo, hi = _sentence(text, raw.start)
        if pat.part_of_pool_each is not None and pat.part_of_pool_each.search(text, lo, raw.start):
            continue  # (`The nine looms will each weave 400 of the rugs`: each member's part, no part of the pool)
        if pat.part_of_pool_level_after is not None and pat.part_of_pool_level_after.match(text, found.end()):
            # (`tallied 87 of the otters, down from 102 in 2025`: the level the sentence moves from an
            # earlier one, a count of the noun however new the noun is)
            raw.kind, raw.unit, raw.counter = "count", "count", noun
            continue
        if noun not in counted:
            continue  # (`drew 200 boats … 120 of the members, or 60 per cent`: a pool no figure counts is left unread)
        # (the part stated with its share after it in its sentence, `…, a quarter`, `one in eight`: a part the words
        # make so; without one, a count of the pool's noun would stand for the whole where averages and sums are read)
        k = i + 1
        while k < len(raws) and raws[k].start < hi and raws[k].kind not in _SHARE_KINDS:
            k += 1
        if k == len(raws) or raws[k].start >= hi:
            continue
        raw.kind, raw.unit, raw.counter = "count", "count", noun


def _read_parts_of_a_restated_pool(text: str, raws: list[_Raw], pat: Patterns) -> None:
    """`The choir has 36 singers. Thirteen of the 36 sing bass`, `…, or 270 out of 410`: a bare whole number, `of`
    or `out of` and perhaps a determiner (`[elided_counts] part_of_restated_pool_between`), then another bare whole
    number, no noun after it: the second restates the latest count of that size with a noun the article stated
    before, and both count its noun. With no such count before, both stay bare."""
    for i in range(len(raws) - 1):
        part, pool = raws[i], raws[i + 1]
        if not (_tally_item(part, text) and _tally_item(pool, text)) or part.numeral.value >= pool.numeral.value:
            continue
        if pat.part_of_restated_pool_between.fullmatch(text, part.end, pool.start) is None:
            continue
        stated = next(
            (
                r
                for r in reversed(raws[:i])
                if r.kind == "count" and r.counter and r.numeral.value == pool.numeral.value
            ),
            None,
        )
        if stated is None:
            continue
        for raw in (part, pool):
            raw.kind, raw.unit, raw.counter = "count", "count", stated.counter


def _read_counts_written_last(text: str, raws: list[_Raw], pat: Patterns) -> None:
    """`The three classes drew 140, 95 and 35 entrants`, `sold 40 and 25 seats`: bare whole numbers (no year) listed
    right before a count whose noun is written on the last of them only count that noun. The list's joints are
    `[elided_counts] list_joint` between two bare numbers and `list_last_joint` before the count (`list_pair_joint`
    where one bare number alone comes before it); a range (`between 40 and 50 members`) is left to the ranges."""
    listed: set[int] = set()  # the numbers read so, each joined to the next of the list
    for i in range(len(raws) - 2, -1, -1):
        raw, following = raws[i], raws[i + 1]
        if not (following.kind == "count" and following.counter) or following.numeral.step < 1:
            continue
        if not _tally_item(raw, text) or raw.qualifier not in (None, "approx"):
            continue
        if i + 1 in listed:
            if not pat.list_joint.fullmatch(text, raw.end, following.start):
                continue
        else:
            if _range_between(text, raw, following, pat):
                continue
            if pat.list_sizes_after is not None and pat.list_sizes_after.match(text, following.end):
                continue  # (`30, 40 and 50 feet long`: sizes of items, no counts)
            # (the bare numbers listed before this one: a list of more than two joins its last with a comma perhaps)
            j = i
            while (
                j > 0
                and _tally_item(raws[j - 1], text)
                and pat.list_joint.fullmatch(text, raws[j - 1].end, raws[j].start)
            ):
                j -= 1
            joint = pat.list_last_joint if j < i else pat.list_pair_joint
            if joint is None or not joint.fullmatch(text, raw.end, following.start):
                continue
        if pat.name_before_en is not None and pat.name_before_en.search(text, max(0, raw.start - 20), raw.start):
            continue
        raw.kind, raw.unit, raw.counter = "count", "count", following.counter
        listed.add(i)


# `2.5, 3.1 and 2.0 hectares`: a number written with a decimal point before one written so with its unit (no scale
# word): the unit is said once, for both
# (`2.5, 3.1 and 2.0 hectares`: the one before a number that took the unit so takes it too)
_DECIMALS_BEFORE_A_UNIT = compile_exact(r"\d+\.\d+ \d+\.\d+(?:\s?[^\W\d_]+)?")


def _read_units_written_last(text: str, raws: list[_Raw], pat: Patterns) -> None:
    """`handled 3.0 million and 2.2 million tonnes`, `3.0 million, 2.2 million and 1.2 million tonnes`: numbers with one
    scale word coordinated before one that writes a unit of measure are in that unit. A number without the scale word
    (`300 and 140 million tonnes`) is left as it is: how large it is, is not said. Numbers written with a decimal point
    and no scale word before one so written with its unit (`fields of 2.5, 3.1 and 2.0 hectares`) are in that unit
    too: a decimal point counts no things."""
    for i in range(len(raws) - 2, -1, -1):
        raw, following = raws[i], raws[i + 1]
        if not (raw.kind == "bare" and not raw.unit) and not (raw.kind == "count" and not raw.counter):
            continue
        # (a counted noun is left to the count: `6.29 lakh and 7.2 lakh passengers respectively` names whose each is
        # in an order the entity stage does not read, and a bare count already joins the counted figures' lists)
        if not (following.kind == "measure" and following.unit):
            continue
        if not pat.joined_before_unit.fullmatch(text, raw.end, following.start):
            continue
        written = text[raw.start : raw.end].split()
        if not _DECIMALS_BEFORE_A_UNIT.fullmatch(
            f"{text[raw.start : raw.end]} {text[following.start : following.end]}"
        ) and (
            len(written) < 2
            or not written[-1].isalpha()
            or written[-1].lower() not in text[following.start : following.end].lower().split()
        ):
            continue
        raw.kind, raw.unit, raw.counter = following.kind, following.unit, following.counter
        f = raw.factor = following.factor
        raw.written = following.written
        raw.numeral = _scaled(raw.numeral, f)


def _opening_change_size(text: str, raw: _Raw, pat: Patterns) -> bool:
    """`The increase of 870, or 18 percent`: a bare whole number (no year) right after a noun of change and its
    `of` and before a clause's end or a word that is no unit nor mark of a rate, opening its sentence's figures:
    the size of a change of a count."""
    if pat.opening_change_before is None or not math.isfinite(raw.numeral.value) or raw.numeral.value <= 0:
        return False
    written = text[raw.start : raw.end]
    if raw.numeral.value != int(raw.numeral.value) or (1900 <= raw.numeral.value <= 2100 and "," not in written):
        return False
    if pat.opening_change_after is None or not pat.opening_change_after.match(text, raw.end):
        return False  # (`The rise of 20p a box`: a price or a rate after it, no count's change)
    return pat.opening_change_before.search(text, max(0, raw.start - 24), raw.start) is not None


def _opening_rise_size(text: str, raw: _Raw, pat: Patterns) -> bool:
    """`That is 90 more than last year's 260, a rise of 35 per cent`: a bare whole number (no year) right after its
    clause's copula, opening its sentence's figures, before `more`/`fewer` and `than` with a number after it whose
    clause a rate of the change closes: the size of a rise of a count of no noun of its own (the figure after `than`
    takes its kind, the linker the level it is the rise of)."""
    if pat.opening_more_before is None or pat.opening_more_after is None or not math.isfinite(raw.numeral.value):
        return False
    value, written = raw.numeral.value, text[raw.start : raw.end]
    if value <= 0 or value != int(value) or (1900 <= value <= 2100 and "," not in written):
        return False
    if not pat.opening_more_after.match(text, raw.end):
        return False
    return pat.opening_more_before.search(text, max(0, raw.start - 24), raw.start) is not None


_RATE_ON_REACH = 48  # characters before a bare number where a rate set on it stands (`, up 20.1 per cent on the `)


def _rate_on_figure(text: str, raw: _Raw, pat: Patterns) -> bool:
    """`772 otters, up 20.1 per cent on the 643 of last June`: a number after a rate set off as the change of the count
    before it (`, up 20.1 per cent on the`), the number's period right after it: the earlier figure of that count."""
    if pat.rate_on_before is None or pat.rate_on_after is None:
        return False
    if not pat.rate_on_after.match(text, raw.end):
        return False
    return pat.rate_on_before.search(text, max(0, raw.start - _RATE_ON_REACH), raw.start) is not None


_COLON_LIST_OPENS = compile_exact(r"[^\S\n]?:[^\S\n]")
_COLON_LIST_BREAK = compile_exact(r"[:;()]")  # (a second colon, a semicolon or a bracket ends the list's clause)
_COLON_LIST_REACH = 160
_JOINT_REACH = 8


_COUNT_DIGITS = compile_exact(r"[\d.,]+")


def _count_scaled(text: str, count: _Raw, pat: Patterns) -> bool:
    """Whether a count's number is written with a scale word (`90 million litres`, `4m trees`)."""
    digits = _COUNT_DIGITS.match(text, count.start)
    return digits is None or (pat.scale_after is not None and pat.scale_after.match(text, digits.end()) is not None)


def _read_elided_counts(text: str, raws: list[_Raw], pat: Patterns) -> None:
    """`1,253 stocks advanced, 352 declined`, `up 42% from 52 the week before`, `compared with 83.40`: a
    bare number after a word of comparison or before a verb counts what the last count (with its noun)
    or amount before it in the sentence counts; a year, a name's number (`Model 3`) and a number on
    another line than that figure are left bare. After a measure, a number with its scale word but no noun
    is elided as well (`fell to 401.5 million barrels from 404.7 million`): it is in the measure's unit."""
    last: _Raw | None = None
    counted: _Raw | None = None  # the last count of a noun, past which an amount may stand (`320 drums at €120, …`)
    measures: set[str] = set()  # the units of the measures of the sentence so far
    elided: set[int] = set()  # the numbers this pass gave the noun of a count before them
    colon_items: set[int] = set()  # the numbers read as items of a list a colon opens after a count
    for i, raw in enumerate(raws):
        # (a new sentence empties the set: looked for only when there is something to empty, not between every two
        # figures of a table)
        if measures and i and _SENTENCE_END.search(text, raws[i - 1].end, raw.start):
            measures = set()
        if raw.kind == "count" and raw.counter:
            counted = raw
        if (raw.kind == "count" and raw.counter) or (raw.kind in ("money", "measure") and raw.unit):
            if (
                raw.kind == "count"
                and last is not None
                and last.kind == "count"
                and last.counter
                and pat.modifier_between is not None
                and pat.modifier_between.fullmatch(text, last.end, raw.start)
            ):
                continue  # (`6,240 students in 11 schools, up from 6,010`: the schools say where; the students counted)
            last = raw
            if raw.kind == "measure":
                measures.add(raw.unit)
            continue
        if (
            raw.kind == "count"
            and raw.counter == ""
            and (last is None or _SENTENCE_END.search(text, last.end, raw.start))
        ):
            # (a count of no noun opening its sentence's figures, `rose to 1,184 from 1,088`, lends its kind to
            # a number after it: `an increase of 96`; after a figure with a unit it stays that figure's)
            last = raw
            continue
        if (
            raw.kind == "count"
            and raw.counter == ""
            and pat.pace_whole_after is not None
            and pat.pace_whole_after.match(text, raw.end)
        ):
            continue  # (`The two kilns fire 240 a day, so the order will take 20 days`: the whole's pace, no kiln)
        nounless = raw.kind == "bare" and not raw.unit
        if nounless and (last is None or _SENTENCE_END.search(text, last.end, raw.start)):
            if _opening_change_size(text, raw, pat) or _opening_rise_size(text, raw, pat):
                raw.kind, raw.unit, raw.counter = "count", "count", ""
                last = raw
            continue
        if nounless and last.kind == "money" and _counted_subject(text, raw, pat):
            # (`Tickets cost £7, and the 300 sold brought in £2,100`: the subject of a clause joined on, no amount)
            raw.kind, raw.unit, raw.counter = "count", "count", ""
            continue
        gapped = None  # (read once, where first needed)
        if raw.kind == "count" and raw.counter == "" and _lot_size(text, raw, pat):
            continue  # (`in four lots of 600 from May`: the lot's noun is the whole's, not the lots')
        if last is not None and last.kind == "count" and raw.kind == "count" and raw.counter == "":
            # (a list's number read as a count of no noun: a later part of a gapped list takes the part's before it)
            nounless = gapped = _gapped_part(text, raws[i - 1] if i else None, last, raw, pat)
            # (`three-quarters of the 1,248 brought in`: a count of no noun its verb makes a clause's subject counts
            # the noun counted before it, as a bare number does)
            nounless = nounless or bool(pat.elided_after is not None and pat.elided_after.match(text, raw.end))
        # (`1,860 bags of litter in the year, almost 36 at each of their 52 picks`: a number shared over each of a
        # count right after it counts the one noun its sentence counted before it)
        shared = bool(
            last is not None
            and last.kind == "count"
            and pat.elided_shared_after is not None
            and pat.elided_shared_after.match(text, raw.end)
            and pat.elided_shared_before is not None
            and pat.elided_shared_before.search(text, max(0, raw.start - _SHARED_REACH), raw.start) is not None
            and _one_total_before(text, raws, i)
        )
        nounless = nounless or (shared and raw.kind == "count" and raw.counter == "")
        if last is not None and last.kind == "measure":
            # (after measures of two units, which one the number leaves off is not said)
            nounless = (nounless or (raw.kind == "count" and raw.counter == "")) and len(measures) == 1
        if last is None or not nounless or not math.isfinite(raw.numeral.value):
            continue
        value, written = raw.numeral.value, text[raw.start : raw.end]
        if (1900 <= value <= 2100 and "," not in written and raw.numeral.step >= 1) or value < 0:
            continue
        # (`The car park has 300 bays: 210 for visitors, 60 for residents and 30 for coaches`: a list a colon opens
        # right after a count of a noun counts that noun, every item up to the clause's end)
        colon_listed = (
            last.kind == "count"
            and raw.numeral.step >= 1
            # (an item is a part of the count: `three sizes: 240 in size 0` lists what the sizes hold, no sizes)
            and raw.numeral.value < last.numeral.value
            and _COLON_LIST_OPENS.match(text, last.end) is not None
            and raw.start - last.end <= _COLON_LIST_REACH
            and _COLON_LIST_BREAK.search(text, last.end + 2, raw.start) is None
            and pat.colon_item_before is not None
            and pat.colon_item_before.search(text, max(last.end, raw.start - _JOINT_REACH), raw.start) is not None
            # (each item labelled right after it, `80 at the library`: `4 will be relegated` is no item)
            and pat.colon_item_after is not None
            and pat.colon_item_after.match(text, raw.end) is not None
            # (a count written with a scale word, `90 million litres: 70 in the basin`, leaves its items' scale unsaid)
            and not _count_scaled(text, last, pat)
            # (the first item right after the colon, each other right after an item read so: `95 hives: 8 in the
            # first spring, then 11, 17 …` leaves the list unread past the item it cannot read)
            and (_COLON_LIST_OPENS.fullmatch(text, last.end, raw.start) is not None or i - 1 in colon_items)
        )
        if colon_listed:
            colon_items.add(i)
        if (raw.start - last.end > pat.elided_reach and not colon_listed) or "\n" in text[last.end : raw.start]:
            continue
        if _SENTENCE_END.search(text, last.end, raw.start):
            continue
        if gapped is None:
            gapped = _gapped_part(text, raws[i - 1] if i else None, last, raw, pat) or (
                # (`Of the 1,740 seats, 1,160 were sold at … and 580 at …`: the part before, a number this pass read
                # as counting the noun before it, is the one the number is set beside by a phrase of its own)
                i - 1 in elided and _coordinated_part(text, raws[i - 1], raw, pat)
            )
        # (`420 crates, with 310, 250 and 170 on the others`: a bare number listed right after one this pass read as
        # counting the noun before counts it too)
        listed = bool(
            i - 1 in elided
            and raw.numeral.step >= 1
            and pat.list_joint is not None
            and pat.list_last_joint is not None
            and (
                pat.list_joint.fullmatch(text, raws[i - 1].end, raw.start)
                or pat.list_last_joint.fullmatch(text, raws[i - 1].end, raw.start)
            )
        )
        if not (
            gapped
            or listed
            or colon_listed
            or shared
            or (pat.elided_before is not None and pat.elided_before.search(text, max(0, raw.start - 16), raw.start))
            or _rate_on_figure(text, raw, pat)
            or (pat.elided_after is not None and pat.elided_after.match(text, raw.end))
            or (
                pat.elided_one_noun_after is not None
                and pat.elided_one_noun_after.match(text, raw.end)
                and _one_noun_before(text, raws, i)
            )
        ):
            continue
        if pat.name_before_en is not None and pat.name_before_en.search(text, max(0, raw.start - 20), raw.start):
            continue
        if pat.elided_time_after is not None and pat.elided_time_after.match(text, raw.end):
            continue  # (`a run that lasted 40 days`: a length of time, no count of the noun before)
        if (
            last.kind == "money"
            and counted is not None
            and not _SENTENCE_END.search(text, counted.end, raw.start)
            and pat.elided_after is not None
            and pat.elided_after.match(text, raw.end)
        ):
            # (`320 drums at €120, worth €38,400; the other 160 are concert drums`: a number its verb makes the
            # subject of a clause counts the things the sentence counted, not the amounts set after them)
            raw.kind, raw.unit, raw.counter = counted.kind, counted.unit, counted.counter
            continue
        raw.kind, raw.unit, raw.counter = last.kind, last.unit, last.counter
        if last.kind == "count":
            elided.add(i)
        if last.kind == "money":
            raw.currency_written, raw.currency_word = False, last.currency_word
        elif last.kind == "measure":
            f = raw.factor = last.factor
            raw.written = last.written
            raw.numeral = _scaled(raw.numeral, f)
        if gapped:
            last = raw  # (the next part of the list follows this one)


_COUNTED_SUBJECT_REACH = 24  # characters before a bare number where the comma, joiner and `the` of its clause stand


def _counted_subject(text: str, raw: _Raw, pat: Patterns) -> bool:
    """Whether a bare number after an amount opens a clause joined on after a comma as its subject (`…, and the 300
    sold brought in`, `…, so the first 4,000 cost`, `…, so the 30 of them came to`): it counts things."""
    return (
        pat.counted_subject_before is not None
        and pat.counted_subject_after is not None
        and pat.counted_subject_before.search(text, max(0, raw.start - _COUNTED_SUBJECT_REACH), raw.start) is not None
        and pat.counted_subject_after.match(text, raw.end) is not None
    )


def _one_noun_before(text: str, raws: list[_Raw], i: int) -> bool:
    """Whether the counts of a noun before raws[i] in its sentence are all of one noun (`60 boats over five years`,
    not `60 boats and 20 canoes`)."""
    nouns = set()
    for j in range(i - 1, -1, -1):
        if _SENTENCE_END.search(text, raws[j].end, raws[i].start):
            break
        if raws[j].kind == "count" and raws[j].counter:
            nouns.add(raws[j].counter)
    return len(nouns) == 1


_SHARED_REACH = 32  # characters before a shared number where the comma or bracket opening it stands


def _one_total_before(text: str, raws: list[_Raw], i: int) -> bool:
    """Whether raws[i]'s sentence counts one noun before it, once (`2,600 sacks over the year, about 50 at each of`;
    not `18,000 tickets in 2025 and 24,000 in 2026, about 6,000 at each of`: which total is shared, not said)."""
    counts = 0
    for j in range(i - 1, -1, -1):
        if _SENTENCE_END.search(text, raws[j].end, raws[i].start):
            break
        if raws[j].kind == "count" or (raws[j].kind == "bare" and not _year_like(text, raws[j])):
            counts += 1
    return counts == 1 and _one_noun_before(text, raws, i)


def _year_like(text: str, raw: _Raw) -> bool:
    value = raw.numeral.value
    return 1900 <= value <= 2100 and "," not in text[raw.start : raw.end]


def _gapped_part(text: str, before: _Raw | None, last: _Raw, raw: _Raw, pat: Patterns) -> bool:
    """`Members bought 420 passes, students 310 and guests 95.`: the number ends a later part of a gapped list,
    right after the part before it (no figure between), past a joint and the part's label; the list goes on or ends
    after it. Or `730 skates at half-term and 590 at Easter`: the number follows the count past its words and a list
    word, and a phrase of time or place after it sets it beside the count (`[elided_counts] coordinated_after`). The
    number is whole, the part before is a count of a noun; or the part before is a measure (`52,000 tonnes of the
    crop and the north 41,000`: the unit written once, on the first part; a sum of money writes its sign on each)."""
    if before is not last or last.kind not in ("count", "measure") or (last.kind == "count" and raw.numeral.step < 1):
        return False
    if pat.gapped_gap is not None and pat.gapped_gap.fullmatch(text, last.end, raw.start):
        return bool(pat.gapped_end.match(text, raw.end))
    # `730 skates at half-term and 590 at Easter`: the number set beside the count by a phrase of its own
    return _coordinated_part(text, last, raw, pat)


def _coordinated_part(text: str, last: _Raw, raw: _Raw, pat: Patterns) -> bool:
    """`730 skates at half-term and 590 at Easter`: the number follows the count past its words and a list word, and a
    phrase of time or place after it sets it beside the count (`[elided_counts] coordinated_after`), or one opening
    on the word that opens the count's own phrase (`coordinated_parallel_after`: `30 are for churches and 18 for
    village halls`)."""
    if pat.coordinated_gap is None or not pat.coordinated_gap.fullmatch(text, last.end, raw.start):
        return False
    if pat.coordinated_after.match(text, raw.end):
        return True
    # (`30 are for churches and 18 for village halls`: the phrase after the number opens on the word that opens the
    # count's own, the two parts side by side)
    parallel = pat.coordinated_parallel.match(text, raw.end) if pat.coordinated_parallel is not None else None
    return bool(parallel) and _has_word(text, last.end, raw.start, parallel.group("word"))


def _has_word(text: str, start: int, end: int, word: str) -> bool:
    return any(w.lower() == word.lower() for w in _WORD.findall(text, start, end))


def _read_country_sign_words(text: str, raws: list[_Raw], pat: Patterns) -> None:
    """`C$38.5m` … `a 38.5 million dollar hole`: where an article writes its dollars with one country's sign
    alone (`C$`, never `US$` or `A$` beside it), a dollar spelled without a country is that country's. An
    equivalent in parentheses right after an amount (`C$241m (US$172m)`) converts for the reader: its sign is not
    the article's."""
    spelled = [raw for raw in raws if raw.kind == "money" and (raw.currency_word or "").lower() in pat.sign_words]
    if not spelled:
        return
    countries = {
        pat.country_signs[raw.currency_word]
        for i, raw in enumerate(raws)
        if raw.currency_word in pat.country_signs
        and not (
            i > 0
            and raws[i - 1].kind == "money"
            and raws[i - 1].unit != raw.unit
            and pat.paren_open.fullmatch(text, raws[i - 1].end, raw.start)
        )
    }
    if len(countries) != 1:
        return
    (code,) = countries
    for raw in spelled:
        raw.unit = code


def _read_bare_currency_words(text: str, raws: list[_Raw], pat: Patterns) -> None:
    """`2.6 million Norwegian kroner` … `90 kroner a ticket`: a currency word no country names is the currency the
    article names in full with that word (`노르웨이 크로네` … `90크로네`), when it names exactly one; else the one
    currency of the word among the countries the article names (`스웨덴 말뫼` … `180크로나`), or, naming none, the
    one currency of all the cities and adjectives of its countries it names (`트론헤임` … `90크로네`); else the word's
    default.
    A word the article leaves undecided (two countries of it named, or a country whose currency no table reads, or
    none where the word has no default) is no amount."""
    bare = [raw for raw in raws if raw.kind == "money" and (raw.currency_word or "").lower() in pat.bare_currency_words]
    if not bare:
        return
    named: dict[str, set[str]] = {}  # each bare word's currencies named in full (`노르웨이 크로네`, `Danish kroner`)
    for raw in raws:
        word = (raw.currency_word or "").lower()
        if raw.kind != "money" or word in pat.bare_currency_words or not raw.unit:
            continue
        for bare_word in pat.bare_currency_words:
            if word.endswith(bare_word) and len(word) > len(bare_word):
                named.setdefault(bare_word, set()).add(raw.unit)
    every = set().union(*named.values()) if named else set()
    dropped: set[int] = set()
    decided: dict[str, str | None] = {}
    for raw in bare:
        word = (raw.currency_word or "").lower()
        if word not in decided:
            decided[word] = _bare_currency(text, word, named, every, raw.unit, pat)
        code = decided[word]
        if code:
            raw.unit = code
        else:
            dropped.add(id(raw))
    if dropped:
        raws[:] = [raw for raw in raws if id(raw) not in dropped]


def _bare_currency(
    text: str, word: str, named: dict[str, set[str]], every: set[str], default: str | None, pat: Patterns
) -> str | None:
    """The currency of a bare currency word in this article (`_read_bare_currency_words`), or None: the one country
    of the word named as a place, when no name of another of its countries or of their cities is written in any
    form (`레이캬비크의 스웨덴식 사우나`, `a Mexican restaurant in Manila`: none)."""
    countries = pat.bare_countries.get(word)
    own = named.get(word, set())
    if len(own) == 1:
        return next(iter(own))
    if countries is None:
        # (a word with no countries listed: any one currency named in full with a bare word, as before)
        return next(iter(every)) if len(every) == 1 else default or None
    codes, places, names, cities = countries
    if not own:
        found = {codes[m.group("name")] for m in places.finditer(text)}
        if word in pat.bare_full_names:
            full, pattern = pat.bare_full_names[word]
            found |= {full[m.group(0).lower()] for m in pattern.finditer(text)}
        named_anyhow = [m.group(0) for m in names.finditer(text)]
        mentioned = {codes[name] for name in named_anyhow}
        if len(found) == 1 and mentioned <= found:
            return next(iter(found)) or None
        if not found and len(mentioned) == 1 and all(name in cities for name in named_anyhow):
            # (no country named, but its cities or its adjective, all of one currency: `an amusement park in
            # Trondheim` … `90 kroner`; a country's own name not as a place, `멕시코 음식점`, decides nothing)
            return next(iter(mentioned)) or None
        if found or mentioned:
            return None  # (two countries of the word, one of them a currency no table reads, or cities of two)
    return default or None if not own else None


def _drop_ancient_coins(text: str, raws: list[_Raw], pat: Patterns) -> None:
    """`이스라엘 유적에서 은화 30셰켈이 나왔다`, `a hoard of 30 shekels, silver coins 2,000 years old`: a currency word
    that also names an ancient coin, in a sentence of antiquity, is no amount of today's currency."""
    raws[:] = [
        raw
        for raw in raws
        if raw.kind != "money"
        or (raw.currency_word or "").lower() not in pat.coin_words
        or not pat.antiquity.search(text, *_sentence(text, raw.start))
    ]


def _drop_currency_words_going_on(text: str, raws: list[_Raw], pat: Patterns) -> None:
    """`2027 랜드로버`, `12 페소아`, `1 레프 톨스토이`: a short currency word that goes on into another word, or is
    spaced from its number and followed by a name, is no amount (`Patterns.whole_currency_words`)."""
    raws[:] = [
        raw
        for raw in raws
        if raw.kind != "money"
        or (raw.currency_word or "").lower() not in pat.whole_currency_words
        or (
            pat.currency_word_ends.match(text, raw.end)
            and not (
                text[raw.end - len(raw.currency_word) - 1 : raw.end - len(raw.currency_word)].isspace()
                and pat.currency_word_next.match(text, raw.end)
            )
        )
    ]


def _read_elided_currency_priors(text: str, raws: list[_Raw], pat: Patterns) -> None:
    """`rose to 8.3 million euros from 7.1 million, up 1.2 million`: an amount whose currency is a word after
    its number writes that word once for the figures after it in its paragraph that repeat its scale word and have no
    unit of their own (its prior, its change, the parts listed with it: `cafe takings of 2.6 million`). A figure of
    another unit (a count of a noun, a measure, money of another currency) ends the run, and so does a figure with
    no scale word or another one (`from 60`, `2 billion`), or a paragraph break."""
    amount: _Raw | None = None  # the amount whose currency word the run takes (one pass: a 1 MB line stays linear)
    words: list[str] = []
    previous_end = 0
    for raw in raws:
        if "\n" in text[previous_end : raw.start]:
            amount = None  # (its paragraph: `Fares came to 8.3 million euros. Cafe takings added 2.6 million`)
        previous_end = raw.end
        if raw.kind == "money" and raw.currency_word and raw.currency_word[-1:].isalpha():
            amount, words = raw, text[raw.start : raw.end].lower().split()
            continue
        if amount is None or (raw.kind == "money" and raw.unit == amount.unit):
            continue
        if raw.kind not in ("bare", "count") or raw.counter or (raw.unit and raw.unit != "count"):
            if raw.kind not in ("percent", "fraction"):
                amount = None  # (`up 9 per cent to 48.7 million euros`: a rate stands between its levels)
            continue
        scale = text[raw.start : raw.end].rsplit(None, 1)[-1].lower()
        if scale not in pat.scales or len(scale) < 3 or scale not in words:
            amount = None  # (`from 60`, `2 billion`: a count of its own, or another scale)
            continue
        raw.kind, raw.unit, raw.counter = "money", amount.unit, None
        raw.currency_word, raw.currency_written = amount.currency_word, False


def _other_rates_in_sentence(text: str, raws: list[_Raw], first: int, last: int) -> bool:
    """Whether the sentence of `raws[first:last + 1]` states a rate outside them."""
    j = first - 1
    while j >= 0 and not _SENTENCE_END.search(text, raws[j].end, raws[j + 1].start):
        if raws[j].kind == "percent":
            return True
        j -= 1
    j = last + 1
    while j < len(raws) and not _SENTENCE_END.search(text, raws[j - 1].end, raws[j].start):
        if raws[j].kind == "percent":
            return True
        j += 1
    return False


def _read_rate_points(text: str, raws: list[_Raw], pat: Patterns) -> None:
    """`slipped to 38.9% from 40.1%, down 1.2 points`, `took 38% of trips, up from 34%, a gain of four points`: a
    count of points (`[counters] rate_points`) whose two figures before it are the two rates of its sentence is the
    move between those rates, in percentage points (a move of an index after one rate, `up 1.2%, or 30 points`, keeps
    its points, as do more points than either rate)."""
    for i in range(2, len(raws)):
        raw = raws[i]
        if raw.kind != "count" or raw.counter not in pat.rate_points or not raw.numeral.value < 100:
            continue
        first, second = raws[i - 2], raws[i - 1]
        if first.kind != "percent" or second.kind != "percent" or _SENTENCE_END.search(text, first.end, raw.start):
            continue
        if raw.numeral.value > max(first.numeral.value, second.numeral.value):
            continue  # (no move between two rates is larger than both: `1.2% and 0.5%, adding 30 points`)
        # (more rates: which two it is between is the link stage's to tell, checker/link/points_of_rates.py; so is
        # a count joined to its noun, `a 4-point drop`)
        if _other_rates_in_sentence(text, raws, i - 2, i) or "-" in text[raw.start : raw.end]:
            continue
        raw.kind, raw.unit, raw.counter = "pp", "pp", None


# `an average of 0.62 a game`: the mark of a rate per game right after a bare number
_PER_GAME_AFTER = ByLanguage(lambda w: rf"(?:{w.per_game_after})", re.I)
PER_GAME_COUNTER = "per game"


def _read_decimals_each(text: str, raws: list[_Raw], pat: Patterns) -> None:
    """`450 entries from 120 schools, about 3.75 each`: a bare number written with decimals appended to its clause (a
    comma, a hedge or an average's words between) and marked as each one's (`each`, `apiece`: `[place_lists] each`)
    closing its clause is an average of what the clause counts, a count of the noun of the last count before it in its
    sentence (a whole number so placed is read by `_read_tallies`)."""
    for i, raw in enumerate(raws):
        if raw.kind != "bare" or raw.unit or raw.numeral.step >= 1 or not math.isfinite(raw.numeral.value):
            continue
        each = pat.each_after.match(text, raw.end)
        if (
            each is not None
            and _CLAUSE_CLOSES.match(text, each.end())
            and _APPENDED_BEFORE[pat.language].search(text, max(0, raw.start - _RESTATING_REACH), raw.start)
        ):
            raw.kind, raw.unit, raw.counter = "count", "count", _sentence_counter(text, raws, i)


# right after `each`: its clause closes (`, about 3.75 each.`; not `1.5 each way`)
_CLAUSE_CLOSES = compile_exact(r"\s*(?:[.,;:!?)]|$)")


def _read_per_game_rates(text: str, raws: list[_Raw], pat: Patterns) -> None:
    """`21 goals in 29 games, an average of 0.72 a game`, `their 40 points work out at 2.22 per match`: a bare
    decimal right before the mark of a game is a rate per game, a count of its own kind (`per game`) that
    checker/link/per_game_rates.py ties to the tally and the games it divides (a whole number is left bare:
    `3 a game` is as often a fixture's score as a rate)."""
    for raw in raws:
        if raw.kind != "bare" or raw.unit or raw.numeral.step >= 1 or not 0 <= raw.numeral.value < 100:
            continue
        if _PER_GAME_AFTER[pat.language].match(text, raw.end):
            raw.kind, raw.unit, raw.counter = "count", "count", PER_GAME_COUNTER


# `The group has 4,000 rooms, an average of 160 per hotel`, `2,100 crew across 46 stations, about 46 a station`: a
# bare number set after a comma (an average's words or a hedge between) and right before the mark of the noun of items
# it is per (no period: `[link.per_unit_after_average]`) restates the count before it per that noun, its own noun left
# unsaid (checker/link/counts_per_unit.py)
_APPENDED_PER_NOUN_BEFORE = ByLanguage(
    lambda w: rf",\s*(?:(?:{w.average_before})\s+)?(?:(?:{w.hedges})\s+)?$",
    re.I,
)
_APPENDED_PER_NOUN_AFTER = ByLanguage(
    lambda w: rf"\s+(?:{w.per_unit_after_average}|{w.per_unit_after_appended})\s+[^\W\d_]{{3,}}(?![^\W\d_])", re.I
)
# the appended figure's clause closes right after its noun (punctuation or the text's end), and no maximum opens it
_APPENDED_CLAUSE_CLOSES = compile_exact(r"\s*(?:[,.;:!?)\]\n\"\u201d\u2019']|$)")
_APPENDED_MAXIMUM = ByLanguage(lambda w: rf",\s*(?:{w.maximum_hedges})\s+$", re.I)
_APPENDED_PER_NOUN_REACH = 32  # characters before the number where its comma and words stand


def _read_appended_averages_per_noun(text: str, raws: list[_Raw], pat: Patterns) -> None:
    """A bare number appended to a count of a noun right before it in its sentence (the raw figure before it is
    that count, or the count of the units it is per: `2,100 crew across 46 stations, about 46 a station`), after a
    comma and right before a mark of the noun it is per, is a count of no noun of its own (`160 per hotel` of `4,000
    rooms`); which count it restates and per which units is the linker's to say."""
    for before, raw in zip(raws, raws[1:]):
        if raw.kind != "bare" or raw.unit or not math.isfinite(raw.numeral.value) or raw.numeral.value <= 0:
            continue
        if before.kind != "count" or not before.counter or _SENTENCE_END.search(text, before.end, raw.start):
            continue
        start = max(before.end, raw.start - _APPENDED_PER_NOUN_REACH)
        if _APPENDED_PER_NOUN_BEFORE[pat.language].search(text, start, raw.start) is None:
            continue
        after = _APPENDED_PER_NOUN_AFTER[pat.language].match(text, raw.end)
        if after is None or not _APPENDED_CLAUSE_CLOSES.match(text, after.end()):
            continue  # (`…, some 90 a station in the cities`: the clause runs on, a part's figure or a peak)
        if _APPENDED_MAXIMUM[pat.language].search(text, start, raw.start):
            continue  # (`…, as much as 60 a region`: a maximum, no average)
        raw.kind, raw.unit, raw.counter = "count", "count", ""


# `each manage 2,500 pieces a day, 15,000 between them`, `clear 60 drains a day apiece, 240 a day in all`: between a
# count of a noun and a bare number after it, the count's period mark (`a day`, `a smoke`) and a mark of each unit
# (`each`, `apiece`), a comma, an `or` or a hedge; after the bare number, that period again and the mark of all the
# units together (`[link.each_total_after]`)
_EACH_TOTAL_GAP = ByLanguage(
    lambda w: (
        rf"(?:\s+(?:{w.unit_price_after})\s+[^\W\d_]{{3,}})?(?:\s+(?:{w.each_marks}|{w.each_unit_after}))?"
        rf"\s*,\s*(?:(?:{w.or_words})\s+)?(?:(?:{w.hedges})\s+)?"
    ),
    re.I,
)
_EACH_TOTAL_AFTER = ByLanguage(
    lambda w: rf"(?:\s+(?:{w.unit_price_after})\s+[^\W\d_]{{3,}})?\s+(?:{w.each_total_after})(?![^\W\d_])",
    re.I,
)


def _read_totals_of_each(text: str, raws: list[_Raw], pat: Patterns) -> None:
    """A bare whole number set after a count of a noun, past a comma, and closed by a mark of all the units together
    (`the six cutters each manage 2,500 pieces a day, 15,000 between them`, `three kilns take 800 fish apiece, 2,400 a
    smoke between them`) is a count of that noun, what all the units come to (checker/link/totals_of_each.py)."""
    for before, raw in zip(raws, raws[1:]):
        bare = _tally_item(raw, text) or (raw.kind == "count" and _DIGITS_ONLY.fullmatch(text, raw.start, raw.end))
        each_bare = _each_bare(before, text, pat)
        if not bare or not (before.kind == "count" and before.counter or each_bare):
            continue
        if not _EACH_TOTAL_GAP[pat.language].fullmatch(text, before.end, raw.start):
            continue
        if _EACH_TOTAL_AFTER[pat.language].match(text, raw.end):
            if each_bare:
                before.kind, before.unit, before.counter = "count", "count", ""  # (`each finish eight a day`)
            raw.kind, raw.unit, raw.counter = "count", "count", before.counter


# (`Six makers each finish eight a day, 48 between them`: the figure of each written bare, a mark of each and a verb
# right before it)
_EACH_VERB_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.each_marks})\s+[^\W\d_]+\s+$", re.I)


def _each_bare(raw: _Raw, text: str, pat: Patterns) -> bool:
    """Whether a whole number written with no noun (left bare, or given one from afar) is what each of some units
    does, by the mark of each and the verb before it."""
    written = raw.counter is None or raw.counter.lower() not in text[raw.start : raw.end].lower()
    return (
        _tally_item(raw, text) or (raw.kind == "count" and raw.numeral.step >= 1 and written)
    ) and _EACH_VERB_BEFORE[pat.language].search(text, max(0, raw.start - 40), raw.start) is not None


# `one in four patients (462)`: a plural noun, then a whole number alone in parentheses
_NOUN_BEFORE_PARENTHESIS = ByLanguage(lambda w: rf"(?<![\w-])(?P<noun>{w.small_letters}{{2,}}s)\s?\($")


def _read_parenthetical_counts(text: str, raws: list[_Raw], pat: Patterns) -> None:
    """`One in four patients (462) needed care`, `most respondents (1,228)`: a whole number alone in
    parentheses right after a plural noun counts it (a year, a number with a word in its parentheses are
    left bare)."""
    for raw in raws:
        counterless = raw.kind == "count" and raw.counter == "" and raw.numeral.step >= 1  # (`1,228`)
        if not (counterless or _tally_item(raw, text)) or text[raw.end : raw.end + 1] != ")":
            continue
        noun = _NOUN_BEFORE_PARENTHESIS[pat.language].search(text, max(0, raw.start - 24), raw.start)
        if noun and noun.group("noun") not in pat.not_counters:
            raw.kind, raw.unit, raw.counter = "count", "count", noun.group("noun")


_INDEX_NAME_REACH = 120  # how far back a sentence may name the index (`소비자물가지수는 … 1년 전(112.93)보다`)


def _indexes_named(text: str, lo: int, hi: int, pat: Patterns) -> int:
    """How many indexes a sentence names: names written together (`코스피 지수`) name one."""
    groups, last_end = 0, -10
    for name in pat.index_names.finditer(text, lo, hi):
        if name.start() - last_end > 2:
            groups += 1
        last_end = name.end()
    return groups


_LEVEL_PAIR_GAP = 40  # `to 306.8 in May from 309.6`: the most text between the two levels of a move


def _read_index_levels(text: str, raws: list[_Raw], pat: Patterns) -> None:
    """`지수는 114.40(2020=100)으로`, `fell 0.9% to 306.8 in May from 309.6`: a bare decimal in a sentence
    that names an index before it, followed by a level's particle or after a preposition of levels, is a
    level in index points (a whole number is not: `코스피 200`, the index's 30 stocks; nor a figure under
    ten, more often a change or a rate than a level: `지수는 3.5로 올랐다`). A level read by its preposition
    is one of a pair, the two ends of one move (`to X from Y`): one alone (`…, while the Kosdaq dropped
    2.5% to 689.65`) may close a clause whose other end the linker would take from another index."""
    placed_before: list[int] = []
    for i, raw in enumerate(raws):
        nounless = raw.kind == "bare" and not raw.unit or raw.kind == "count" and raw.counter == ""  # `38,412.56`
        if not nounless or raw.numeral.step >= 1 or not 10 <= raw.numeral.value < INF:
            continue
        after = pat.level_after is not None and pat.level_after.match(text, raw.end)
        before = (
            not after
            and pat.level_before is not None
            and pat.level_before.search(text, max(0, raw.start - 8), raw.start)
        )
        if not (after or before):
            continue
        lo, hi = _sentence(text, raw.start)
        if not pat.index_names.search(text, max(lo, raw.start - _INDEX_NAME_REACH), raw.start):
            continue
        if _indexes_named(text, lo, hi, pat) > 1:
            continue  # `코스피는 …로, 코스닥은 …로`: a level might take the other index's prior
        if before:
            placed_before.append(i)
        else:
            raw.kind, raw.unit, raw.counter = "count", "count", pat.index_counter
    for i, j in zip(placed_before, placed_before[1:]):
        a, b = raws[i], raws[j]
        if j == i + 1 and b.start - a.end <= _LEVEL_PAIR_GAP and not _SENTENCE_END.search(text, a.end, b.start):
            for raw in (a, b):
                raw.kind, raw.unit, raw.counter = "count", "count", pat.index_counter


def _read_ratios_to_one(text: str, raws: list[_Raw], pat: Patterns) -> list[_Raw]:
    """`평균 18.4대 1의 경쟁률`: a ratio to one, read as a multiple over both numbers; `3대 1로 이겼다`, a
    score, is no count of the counter."""
    out: list[_Raw] = []
    skip_until = -1
    for raw in raws:
        if raw.start < skip_until:
            continue  # the `1` of a ratio read with its first number
        one = (
            pat.ratio_one.match(text, raw.end)
            if raw.kind == "count" and raw.counter == pat.ratio_counter and text.endswith(raw.counter, 0, raw.end)
            else None
        )
        if one:
            lo, hi = _sentence(text, raw.start)
            if raw.numeral.step < 1 or (pat.ratio_cues is not None and pat.ratio_cues.search(text, lo, hi)):
                raw.kind, raw.unit, raw.counter, raw.end = "multiple", "multiple", None, one.end()
            else:
                raw.kind, raw.unit, raw.counter = "bare", "", None
            skip_until = one.end()
        out.append(raw)
    return out


def _read_age_groups(text: str, raws: list[_Raw], pat: Patterns) -> None:
    """`20대가 87명`, `60대 이상이 1만 2,300명`: a round ten of the age counter written as two digits, before an age
    group's words, is an age group and no count of the counter (its bound, `이상`, read into the figure or not)."""
    for raw in raws:
        head_end = raw.start + 2 + len(raw.counter or "")  # the end of `20대`
        if (
            raw.kind == "count"
            and raw.counter == pat.age_counter
            and raw.end >= head_end
            and text[raw.start + 1] == "0"
            and text[raw.start] in "123456789"
            and not (raw.start and text[raw.start - 1].isdigit())
            and text.startswith(raw.counter, raw.start + 2)
            and pat.age_after.match(text, head_end)
        ):
            raw.kind, raw.unit, raw.counter = "bare", "", None


# (a bare headline count of three digits or more would be compared digit by digit with the body's first figure of its
# size: with no noun to tell them apart, a part, last year's figure or another noun's count reads as a slip of it; it
# is read only as the noun of the body's count written with its own digits)
_HEADLINE_COUNT_BELOW = 100
_LEADING_SPACE = compile_exact(r"\s*")
_BLANK_LINE = compile_exact(r"[ \t\r]*\n")


def _read_headline_counts(text: str, raws: list[_Raw], pat: Patterns) -> None:
    """`Seal count on Farne coast reaches 57`, `Potter ships 36 to Oslo`: in the headline (the text's first line with a
    blank line after it), a bare whole number of two digits right after a verb or noun of counting (`[elided_counts]
    headline_before`: no age, rank or change), ending the line or followed by a preposition and a name
    (`headline_after`), is the count the headline gives of what its body names: a count of no noun of its own, for the
    restatement check to find in the body (two digits are restated only by the same digits, never taken as a slip)."""
    first = _LEADING_SPACE.match(text).end()
    end = text.find("\n", first)
    if end < 0 or not _BLANK_LINE.match(text, end + 1):
        return  # no headline set apart by a blank line (read where it stands: the text is never copied)
    headline = text[:end]  # (cut once: the line may be long and hold many numbers)
    for raw in raws:
        if raw.start >= end:
            break
        if (
            raw.start >= first
            and _tally_item(raw, text)
            and raw.numeral.value >= 10
            and raw.qualifier is None
            and pat.headline_before.search(text, max(first, raw.start - _RECORD_REACH), raw.start)
            and pat.headline_after.match(headline, raw.end)
        ):
            if raw.numeral.value < _HEADLINE_COUNT_BELOW:
                raw.kind, raw.unit, raw.counter = "count", "count", ""
            elif noun := _restated_noun(text, raws, raw, end):
                raw.kind, raw.unit, raw.counter = "count", "count", noun


def _restated_noun(text: str, raws: list[_Raw], raw: _Raw, end: int) -> str:
    """The noun of the one count of the body written with the headline number's own digits (`Toad survey counts 538`:
    `538 toads`), a headline count of three digits or more read only so: the same figure, never a slip of another
    (counts of two nouns of its size, however written, or none so written: ``)."""
    digits = text[raw.start : raw.end]
    same = [
        r for r in raws if r.start > end and r.kind == "count" and r.counter and r.numeral.value == raw.numeral.value
    ]
    nouns = {r.counter for r in same}
    # (the body's counts of the figure's size, however written, of one noun: `1500` over `1,500 runners` and `1500
    # volunteers` is of either)
    if len(nouns) != 1 or not any(text.startswith(digits, r.start) for r in same):
        return ""
    return nouns.pop()


def _plural(noun: str, pat: Patterns) -> str:
    """The noun's plural by the language's endings (`pan`: `pans`, `box`: `boxes`, `pony`: `ponies`)."""
    for end, plural in pat.plurals:
        if end.search(noun):
            return end.sub(plural, noun, count=1)
    return noun + "s"


def _tally_item(raw: _Raw, text: str) -> bool:
    """A bare whole number that is not a year."""
    # (the step first: a number with decimals is told without the two calls; every pass over the figures asks)
    numeral = raw.numeral
    value = numeral.value
    return (
        raw.kind == "bare"
        and not raw.unit
        and numeral.step >= 1
        and math.isfinite(value)
        and value == int(value)
        and not (1900 <= value <= 2100 and "," not in text[raw.start : raw.end])
    )


def _sentence_counter(text: str, raws: list[_Raw], i: int) -> str:
    """The noun of the last count before `raws[i]` in its sentence, or ``."""
    lo, _ = _sentence(text, raws[i].start)
    for raw in reversed(raws[:i]):
        if raw.end < lo:
            break
        if raw.kind == "count" and raw.counter:
            return raw.counter
    return ""


def _infer_parenthetical_currency(text: str, raws: list[_Raw], pat: Patterns) -> None:
    """`1700억 달러(약 230조)`: an equivalent written without its currency is in the
    reader's currency. The currency is a guess, and the claim says so."""
    reader = pat.reader_currency
    if not reader or pat.bare_myriad is None:
        return
    if pat.implied_after is not None:
        for raw in raws:
            if (
                raw.kind == "bare"
                and not raw.unit
                and pat.bare_myriad.search(text, raw.start, raw.end)
                and pat.implied_after.match(text, raw.end)
            ):
                raw.kind, raw.unit, raw.currency_written = "money", reader, False  # `1.1조 순매수`
    for head, raw in zip(raws, raws[1:]):
        if raw.kind != "bare" or head.kind not in ("money",) or head.unit == reader:
            continue
        between = text[head.end : raw.start]
        if pat.paren_open.fullmatch(between) and pat.bare_myriad.search(text[raw.start : raw.end]):
            raw.kind, raw.unit, raw.currency_written = "money", reader, False


class _Blocked:
    """Spans (time expressions) that quantities must not overlap."""

    def __init__(self, spans) -> None:
        self._spans = sorted(spans)
        self._starts = [span[0] for span in self._spans]
        self._i = 0

    def any_within(self, start: int, end: int) -> bool:
        """Whether a span starts in [start, end) (looked up apart from the scan's forward walk)."""
        i = bisect.bisect_left(self._starts, start)
        return i < len(self._starts) and self._starts[i] < end

    def hits(self, start: int, end: int) -> bool:
        while self._i < len(self._spans) and self._spans[self._i][1] <= start:
            self._i += 1
        return self._i < len(self._spans) and self._spans[self._i][0] < end


def _some_of_kind(raws: list[_Raw], kind: str) -> bool:
    """Whether some number is of `kind` (a pass that reads only that kind skips a run without one)."""
    return any(raw.kind == kind for raw in raws)


def _some_without_a_noun(raws: list[_Raw]) -> bool:
    """Whether some number has no noun of its own: a bare number, or a count that names no counted noun."""
    return any(raw.kind == "bare" or (raw.kind == "count" and not raw.counter) for raw in raws)


def _join_ranges(text: str, raws: list[_Raw], tol: float, pat: Patterns) -> list[Mention]:
    """`15,000~16,000달러`, `$11만에서 $22만 사이`: two numbers, one interval. The mentions: a range, and each other
    figure that states a quantity (a bare number, a duration, an uncounted number and a count of nothing, read to
    join a range or lend their units, make none; a vague count of nothing, `수천`, makes one)."""
    out: list[Mention] = []
    i = 0
    count = len(raws)
    while i < count:
        a = raws[i]
        b = raws[i + 1] if i + 1 < count else None
        if (
            b is not None
            and a.kind == "bare"
            and not a.unit
            and b.kind in ("money", "percent")
            and b.unit
            and pat.unit_sharing.fullmatch(text, a.end, b.start)
        ):
            # `2조7000억→3조1000억원`, `3조에서 4조원으로`, `to 12.1 from 11.6 per cent`: the unit
            # written once serves both numbers
            a.kind, a.unit, a.currency_written = b.kind, b.unit, b.currency_written
        # (the units first: a few attribute tests refuse most pairs of a table before its text is read; the
        # tests written out, not called, once per figure)
        kind = a.kind
        if (
            b is not None
            and b.kind not in ("bare", "duration")
            and (kind == "bare" or (kind == b.kind and a.unit == b.unit))
            and a.end <= b.start
            and _range_between(text, a, b, pat)
        ):
            out.append(_range_mention(text, a, b, tol))
            i += 2
            continue
        if kind not in ("duration", "bare", "uncounted") and not (kind == "count" and a.counter is None):
            out.append(_finish(a, text, tol))
        i += 1
    return out


def _range_between(text: str, a: _Raw, b: _Raw, pat: Patterns) -> bool:
    between = text[a.end : b.start]
    if len(between) > 6:
        return False
    if between == " -" and text[b.start : b.start + 1].isdigit():
        return False  # `1,800 -2.06%`: a sign, not a range
    if text[a.start : a.start + 1].isdigit() and text[b.start : b.start + 1].isalpha():
        return False  # `form 3 – one in four pupils –`: ends written one in digits, one in words: an aside, no range
    if pat.range_sep.fullmatch(between):
        # (`240 visits, a third up on the 180 of May – roughly 60 more –`: a hedged figure after the dash, smaller
        # than the one before it opens an aside, no interval's upper end)
        return not (b.qualifier and b.numeral.value < a.numeral.value)
    joined = pat.range_join.fullmatch(between)
    if not joined:
        return False
    if pat.range_close.match(text, b.end, b.end + 12):
        return True  # `$11만에서 $22만 사이`
    lead = text[max(0, a.start - 24) : a.start].rstrip().lower()
    word = pat.last_small_word.search(lead)
    if not word or joined.group("joiner").lower() not in pat.range_open.get(word.group(0), ()):
        return False
    # (`split between 1,200 mugs and 600 cups`: the parts of a whole divided, no interval)
    return pat.range_not_open is None or not pat.range_not_open.search(lead, 0, word.start())


def _only_amount_of_sentence_before(text: str, mentions: list[Mention], source: int, current: Mention) -> bool:
    """`… 2만 스위스프랑어치를 주문받았다. 우리 돈으로 약 3천300만 원이다.`: an equivalent whose mark opens a sentence
    restates an amount of the sentence right before it, its last in a currency other than the equivalent's, when
    every other amount there in another currency is of that one and they add up to it (the parts of the total it
    closes on: `기본 2천800만파운드에 옵션 400만파운드, 최대 3천200만파운드다. 유로화로는 …`); an amount of a third
    currency there, others of its own that are no parts of it (`1㎏에 12달러씩, 57만6천 달러다`), or one further
    back: none of them."""
    if len(_SENTENCE_END.findall(text, mentions[source].end, current.start)) != 1:
        return False
    amount = mentions[source].quantity
    parts = 0.0  # (the other amounts there of its currency: its parts, adding up to it)
    for k in range(source - 1, -1, -1):
        other = mentions[k]
        if _SENTENCE_END.search(text, other.end, mentions[source].start):
            break
        if other.quantity.kind not in ("money", "range") or other.in_parens_of is not None:
            continue
        if other.quantity.unit == amount.unit:
            parts += other.quantity.value
        elif other.quantity.unit != current.quantity.unit:
            return False
    return not parts or math.isclose(parts, amount.value, rel_tol=0.01)


def _listed_beside_another_amount(text: str, mentions: list[Mention], head: int) -> bool:
    """`6만 달러와 3만 유로, 이날 환율로 약 …`, `$5m and €3m, about …`: the amount is the second of two amounts joined
    by a word or a comma alone; the equivalent after them restates neither alone."""
    if head == 0:
        return False
    before, amount = mentions[head - 1], mentions[head]
    if before.quantity.kind not in ("money", "range") or before.in_parens_of is not None:
        return False
    joiner = text[before.end : amount.start]
    return len(joiner.strip(" ,")) <= 3 and not any(ch.isdigit() for ch in joiner)


def _per_one_agrees(opened: re.Match[str], closed: re.Match[str]) -> bool:
    """Whether an equivalent's own noun of the one it is per (`£236 a lamp`), where it names one, is the noun of the
    price it restates (`SEK3,000 a lamp, or £236 a lamp`); `SEK2,400 a lamp, or £40 a year` restates nothing."""
    per_noun = closed.groupdict().get("per_noun")
    if per_noun is None:
        return True
    head_noun = opened.groupdict().get("head_noun")
    return head_noun is not None and head_noun.lower() == per_noun.lower()


def _total_of_a_count_of_the_one(text: str, mentions: list[Mention], head: int, pat: Patterns) -> bool:
    """`장화 500켤레를 판다. 한 켤레에 45달러로, 3천60만 원이다.`: the price is of one of a noun
    (`Patterns.per_one_before`) and the sentence or the one before counts more than one of it: the won amount after
    may be their total."""
    if pat.per_one_before is None:
        return False
    start = mentions[head].start
    one = pat.per_one_before.search(text, max(0, start - 12), start)
    if one is None:
        return False
    for k in range(head - 1, -1, -1):
        other = mentions[k]
        if len(_SENTENCE_END.findall(text, other.end, start)) > 1:
            break
        if other.quantity.kind == "count" and other.quantity.counter == one.group("noun") and other.quantity.value > 1:
            return True
    return False


def _range_mention(text: str, a: _Raw, b: _Raw, tol: float) -> Mention:
    if a.kind == "bare":
        a.kind, a.unit, a.counter = b.kind, b.unit, b.counter
        if b.numeral.value >= 1000 * a.numeral.value and b.numeral.value > 0 and a.numeral.value < 1000:
            # `10-20 million`: the scale written once applies to both ends.
            factor = b.numeral.value / max(a.numeral.value, 1e-12)
            scale = 10 ** round(math.log10(factor)) if factor > 0 else 1
            a.numeral = Numeral(a.numeral.value * scale, a.numeral.step * scale, a.numeral.lead_step * scale)
    qual = b.qualifier if b.qualifier == "approx" else a.qualifier
    lo_a, hi_a, _, _ = _interval(a.numeral, qual if qual == "approx" else None, False, tol)
    lo_b, hi_b, _, _ = _interval(b.numeral, qual if qual == "approx" else None, False, tol)
    quantity = Quantity(
        kind="range",
        value=(a.numeral.value + b.numeral.value) / 2,
        low=lo_a,
        high=hi_b,
        unit=b.unit or "count",
        qualifier="approx" if qual == "approx" else None,
        counter=b.counter,
        ends=[(lo_a, hi_a), (lo_b, hi_b)],
        range_kind=b.kind,
        written_unit=b.written if b.kind == "measure" else None,
        written_factor=b.factor if b.kind == "measure" else 1.0,
    )
    return Mention(start=a.start, end=b.end, text=text[a.start : b.end], quantity=quantity)


def _mark_parentheticals(text: str, mentions: list[Mention], pat: Patterns) -> None:
    """`600억 엔(4억 달러·5조 3100억원)`: both equivalents point at the head."""
    head_amount = bool(mentions) and mentions[0].quantity.kind in ("money", "range")
    # An equivalent marked before it (`한화로 약 …`) restates an amount of another unit, in no parenthesis, ending
    # within 160 characters before it: kept as the end of the latest such amount and of the latest of a unit other
    # than that one's (the mentions are in text order, their ends rising), so that an amount with no such source
    # (every amount of a table in one currency) is not searched for the mark.
    last_unit = last_end = other_end = None
    if head_amount and mentions[0].in_parens_of is None:
        last_unit, last_end = mentions[0].quantity.unit, mentions[0].end
    for i in range(1, len(mentions)):
        current = mentions[i]
        current_amount = current.quantity.kind in ("money", "range")
        head_was_amount, head_amount = head_amount, current_amount
        if not current_amount:
            continue  # (only an amount is an equivalent: a rate after a figure is left without a test)
        head = mentions[i - 1]
        # An equivalent restates an amount in another unit; `8월(2.0%)` is another month's rate.
        convertible = head_was_amount
        between = text[head.end : current.start] if convertible else ""  # (read only between two amounts)
        if (
            head.in_parens_of is not None
            and convertible
            and (
                # (a second equivalent is no gap: `₹900, about £8, some £1 below the £9 …` is another figure)
                (
                    pat.paren_next.fullmatch(between)
                    and not (pat.equivalent_gap_after and pat.equivalent_gap_after.match(text, current.end))
                )
                # `41억 위안(약 8000억원 5억9600만 달러)`: equivalents in other currencies, one after another
                or (
                    between.isspace()
                    and current.quantity.unit not in (head.quantity.unit, mentions[head.in_parens_of].quantity.unit)
                )
            )
        ):
            current.in_parens_of = head.in_parens_of
        elif convertible and (
            pat.paren_open.fullmatch(between)
            or (between.endswith("(") and len(between) <= 8 and "(" not in between[:-1])
            or (
                pat.paren_open_after_noun
                and head.quantity.unit != current.quantity.unit
                and (opened := pat.paren_open_after_noun.fullmatch(between))
                # (the equivalent closes its parenthesis: `(about £2m less than …)` is another figure)
                and (closed := pat.equivalent_apposed_end.match(text, current.end))
                and _per_one_agrees(opened, closed)
            )
        ):
            if ")" not in between:
                current.in_parens_of = i - 1
        elif (
            convertible
            and pat.equivalent_apposed
            and head.in_parens_of is None
            and head.quantity.unit != current.quantity.unit
            # (the hedge may be read into the equivalent's own text: `roughly $47m`)
            and (
                opened := pat.equivalent_apposed.match(text, head.end, current.end)
                or (
                    pat.equivalent_apposed_after_noun
                    and pat.equivalent_apposed_after_noun.match(text, head.end, current.end)
                )
            )
            and current.start <= opened.end() < current.end
            and (closed := pat.equivalent_apposed_end.match(text, current.end))
            and _per_one_agrees(opened, closed)
            and not _total_of_a_count_of_the_one(text, mentions, i - 1, pat)
            and not _listed_beside_another_amount(text, mentions, i - 1)
        ):
            current.in_parens_of = i - 1
        elif (
            pat.equivalent_before
            and (source_end := last_end if current.quantity.unit != last_unit else other_end) is not None
            and current.start - source_end < 160
            and (marked := pat.equivalent_before.search(text[max(0, current.start - 24) : current.start]))
        ):
            # a mark after a comma (`, worth about`) sets the equivalent beside an amount of its own sentence: one of
            # the sentence before is another statement's (`… €40m. His deal, worth $120m`); a mark that opens a
            # sentence (`유로화로는`) restates the amount before it
            apposed = marked.group(0).lstrip().startswith(",")
            source = next(
                (
                    j
                    for j in range(i - 1, -1, -1)
                    if current.start - mentions[j].end < 160
                    and not (apposed and _SENTENCE_END.search(text, mentions[j].end, current.start))
                    # (a paragraph restates nothing of the one before: its amounts are another statement's)
                    and not _PARAGRAPH_BREAK.search(text, mentions[j].end, current.start)
                    and mentions[j].quantity.kind in ("money", "range")
                    and mentions[j].in_parens_of is None
                    and mentions[j].quantity.unit != current.quantity.unit
                ),
                None,
            )
            if (
                source is not None
                and not apposed
                and _SENTENCE_END.search(text, mentions[source].end, current.start)
                and not _only_amount_of_sentence_before(text, mentions, source, current)
            ):
                source = None
            if source is not None:
                current.in_parens_of = source
        if current.in_parens_of is None:
            if current.quantity.unit != last_unit:
                other_end, last_unit = last_end, current.quantity.unit
            last_end = current.end
