"""A fraction in words set after its part, of a whole it names by its noun: `Imports were 3.1 million tonnes, about a
third of consumption`, `it paid €2.6bn to suppliers — nearly two-thirds of revenue —`, `Fibre reached 9.8 million
homes, roughly one in five households`.

The part is the figure right before the fraction in its sentence (a level, of an amount), set off from it by a comma or
a dash (perhaps `or`, `[link.appositive_share_marks]`). After the fraction comes the noun of the whole, perhaps after
`of` (`[link.ratio_of_after]`). The whole is a figure stated before the part whose own clause names that noun (`Annual
consumption rose to 9.4 million tonnes`: the words from the start of its sentence, or from the last figure of its
unit there, up to it) or whose counter is that noun (`recorded 3.92 million visits`: it counts what the fraction
names, whatever the part counts, `412,000 people, one in ten visits`), of the part's unit and kind, larger than it,
of no other period. The longest run of the noun's
words that some clause names is the key (`mobile connections` before `connections`); figures of that key that differ
leave the fraction unlinked (which is the whole, the key does not tell). A fraction with no figure so named is not
linked: by size, `a third of the total` would find a valuation.

A percentage after its part, a comma and a verb of share (`[link.share_of_part_verbs]`: `The city's subsidy rose to
$141m, covering 64% of the cost`, after `Running the network cost $220m`), is read so too, the noun named close before
its whole, which states no share of its own (`… to 83,460 units, representing 41.7% of the market` is a part). So is a
percentage set beside its part by a bare comma or `or` (`3,100 riders, 18% of members`) when it names a noun of its
own (not the total's word), all the words of its noun phrase up to a word that ends it (`[link.noun_group_stops]`:
`of regional output` is not named by `regional`); a whole stated with the level it moved from may be either, the one
the share agrees with (checker/link/wholes_agreeing.py). A whole may also be named by the words right after its
figure (`logged 2.6 million roadside checks`), and `of all` is passed over to the noun (`a third of all entries`).
"""

from __future__ import annotations

import bisect
import functools
import math
import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.inflections import word_forms
from checker.link.keys_differ import periods_differ
from checker.link.partners import _names_a_noun
from checker.link.per_one_marks import stated_per_one
from checker.link.sentence_groups import prose_by_sentence, prose_figures
from checker.link.totals_from_priced_counts import priced_count
from checker.link.wholes_agreeing import whole_or_its_earlier
from checker.models import Claim
from checker.regex_cache import compile_exact

_PART_TO_FRACTION = ByLanguage(
    lambda w: rf"[^\d.;:!?]{{0,80}}?(?:,|\s[—–-]{{1,2}}\s)\s*(?:(?:{w.appositive_share_marks})\s+)?",
    re.I,
    first_tested=False,
)
# `The subsidy rose to $141m, covering 64% of the cost`: a percentage, after a comma and a verb of share.
_PART_TO_SHARE_VERB = ByLanguage(
    lambda w: rf"[^\d.;:!?]{{0,40}}?,\s*(?:{w.share_of_part_verbs})\s+", re.I, first_tested=False
)
_BELOW_ALL = {"fraction": 1.0, "percent": 100.0}
# `83,460 units, and representing 41.7% of the market`: a figure with its own share of a total is a part of it.
_OWN_SHARE_AFTER = ByLanguage(
    lambda w: rf"[^\d.;:!?]{{0,40}}?,\s*(?:(?:{w.list_separators})\s+)?(?:{w.share_of_part_verbs})\s+\d",
    re.I,
    first_tested=False,
)
_NEAR = 48  # characters before a percentage's whole in which the noun is named (`Operating the network cost $220m`)
_NOUN_AFTER = ByLanguage(
    lambda w: (
        rf"\s+(?:(?:{w.share_of_all_after})\s+|(?:{w.ratio_of_after})\s+)?"
        rf"(?P<noun>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){{0,2}})"
    ),
    re.I,
    first_tested=False,
)
# `for the other 380, about one in seven`: a part written as the rest of a whole (`[link.rest_labels]`)
_REST_RIGHT_BEFORE = ByLanguage(lambda w: rf"(?:{w.rest_labels})\s+$", re.I, first_tested=False)
_REST_REACH = 16
_SENTENCE_END = compile_exact(r"[.!?]\s|\n")
# a fraction that closes its clause (`…, about four in five.`)
_CLAUSE_ENDS = compile_exact(r"\s*(?:[.;!?](?:\s|$)|$)")
_SPACE = r"\s+"
# a sentence that opens with the year before (`A year ago, …`, `지난해에는 …`)
_EARLIER_OPENER = ByLanguage(lambda w: rf"\s*(?:{w.prior_year_openers})(?![^\W\d_])", first_tested=False)


def link_fractions_of_named_wholes(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    by_sentence: dict[int, list[Claim]] | None = None  # (built once, when a percentage's whole is first found)
    for position, rate in enumerate(figures):
        if rate.role != "share" or rate.share_part is not None or not 0 < rate.value < _BELOW_ALL.get(rate.kind, 0):
            continue
        part = figures[position - 1] if position else None
        if part is None or part.sentence != rate.sentence or not is_level(part):
            continue
        beside = part  # (the figure the share is set beside)
        if not (
            _PART_TO_FRACTION[lang].fullmatch(text, beside.end, rate.start)
            if rate.kind == "fraction"
            else (
                _PART_TO_SHARE_VERB[lang].fullmatch(text, beside.end, rate.start)
                # (`3,100 riders, 18% of members`: a percentage set beside its part, of a whole it names by a noun
                # of its own, not the total's word)
                or (_PART_TO_FRACTION[lang].fullmatch(text, beside.end, rate.start) and _names_a_noun(rate, text, lang))
            )
        ):
            continue
        if position >= 3 and priced_count(figures[position - 3], figures[position - 2], beside, text, lang):
            # (`raised £9,000 from 600 runners at £15, or 30 per cent of takings`: the price each paid is no
            # part; the share is of the total stated with the count)
            part = figures[position - 3]
            if not is_level(part):
                continue
        noun = _NOUN_AFTER[lang].match(text, rate.end)
        if noun is None:
            # (the rest of a whole is set against the part before it, its sibling, never its whole)
            if (
                rate.kind == "fraction"
                and _CLAUSE_ENDS.match(text, rate.end)
                and not _REST_RIGHT_BEFORE[lang].search(text, max(0, part.start - _REST_REACH), part.start)
            ):
                whole = _one_larger_before_in_sentence(figures[: position - 1], part)
                if whole is not None:
                    _link(rate, part, whole)
            continue
        following = figures[position + 1] if position + 1 < len(figures) else None
        if (
            following is not None
            and following.sentence == rate.sentence
            and not text[noun.end() : following.start].strip()
        ):
            continue  # (`18% of the county's 9,000 pupils`: the whole stated right there, not one named before)
        words = noun.group("noun").split()
        if rate.kind == "fraction":
            keys = [words[:size] for size in range(len(words), 0, -1)]
            # (`a third of the regional herd`: its head, the last word of its noun phrase, when no run of its first
            # words is named)
            group = _noun_group(words, lang)
            if len(group) > 1:
                keys.append(group[-1:])
        else:
            # (a percentage: its noun phrase up to a word that ends it, all its words: `of regional output` is not
            # named by `regional`, nor `of the equity value` by `the enterprise value`)
            group = _noun_group(words, lang)
            if not group or _restricted(words, group, lang):
                continue
            keys = [group]
        if rate.kind == "fraction":
            whole = whole_named_by(
                _of_the_parts_time(figures[: position - 1], part, text, lang), part, keys, text, lang=lang
            )
        else:
            # (a percentage: the noun right before its whole, which states no share of its own of another total)
            earlier = [c for c in figures[: position - 1] if not _OWN_SHARE_AFTER[lang].match(text, c.end)]
            whole = whole_named_by(earlier, part, keys, text, reach=_NEAR, lang=lang)
            if whole is not None:
                # (`the limit` cut to 4,600 tonnes from 4,800: the share may be of either, the one it agrees with)
                if by_sentence is None:
                    by_sentence = prose_by_sentence(claims)
                whole = whole_or_its_earlier(rate, part, whole, by_sentence[whole.sentence])
        if whole is None:
            continue
        _link(rate, part, whole)


def whole_named_after_share(before: list[Claim], part: Claim, rate: Claim, text: str, lang: str) -> Claim | None:
    """The whole a share names by the noun after its `of` (`Parking covered about a fifth of upkeep`),
    all the words of its noun phrase, not the total's word: the one figure of `before` whose clause names them close
    before it, or whose words right after it do (`whole_named_by`)."""
    noun = _NOUN_AFTER[lang].match(text, rate.end)
    if noun is None or not _names_a_noun(rate, text, lang):
        return None
    words = noun.group("noun").split()
    group = _noun_group(words, lang)
    if not group or _restricted(words, group, lang):
        return None
    words = group
    return whole_named_by(before, part, [words], text, reach=_NEAR, lang=lang)


def _of_the_parts_time(before: list[Claim], part: Claim, text: str, lang: str) -> list[Claim]:
    """`A year ago the queue stood at 8,000. … Adults make up 3,100 of those waiting, about a third of the queue`: a
    figure whose sentence opens with the year before (`[link.prior_year_openers]`) is the earlier level of what the
    noun names, no whole of a part stated in a sentence of now (a part of such a sentence keeps them)."""
    opens: dict[int, bool] = {}

    def earlier(claim: Claim) -> bool:
        if claim.sentence not in opens:
            opens[claim.sentence] = _EARLIER_OPENER[lang].match(text, _sentence_start(text, claim.start)) is not None
        return opens[claim.sentence]

    if earlier(part):
        return before
    return [c for c in before if c.sentence == part.sentence or not earlier(c)]


def _link(rate: Claim, part: Claim, whole: Claim) -> None:
    rate.share_part, rate.share_whole = part.id, whole.id
    rate.whole = rate.whole or f"of:{whole.id}"  # shares of one whole add up to at most 100%
    rate.label = rate.label or part.id
    rate.guesses = sorted(set(rate.guesses) | {"relation"})


def _one_larger_before_in_sentence(before: list[Claim], part: Claim) -> Claim | None:
    """`were handed 48.2 billion miles and spent 39.7 billion of them, about four in five.`: a fraction that closes
    its part's clause and names no noun is of the figure its sentence states before the part, of its unit and kind,
    larger than it and of no other period, when there is one such figure only (two leave the whole unsaid). A
    figure with a share of its own set after it (`58 are juniors, about 40 per cent, and 37 are …`) is a sibling
    part, no whole."""
    shares = [c.start for c in before if c.role == "share" and c.sentence == part.sentence]
    found = [
        c
        for c in before
        if c.sentence == part.sentence
        and not any(c.end <= start < part.start for start in shares)
        and is_level(c)
        and (c.unit, c.kind) == (part.unit, part.kind)
        and not (c.counter and part.counter and c.counter != part.counter)
        and not c.forecast
        and c.low > part.high
        and not periods_differ(c, part)
    ]
    return found[0] if len(found) == 1 else None


def is_level(claim: Claim) -> bool:
    return claim.kind in AMOUNTS and claim.role == "value" and math.isfinite(claim.high) and claim.high > 0


def whole_named_by(
    before: list[Claim],
    part: Claim,
    keys: list[list[str]],
    text: str,
    reach: int | None = None,
    particles: str = "",
    lang: str | None = None,
) -> Claim | None:
    """The one figure before `part` of its unit and kind, larger than it and of no other period, whose clause names
    the first of `keys` (runs of a noun's words, the longest first) that some figure's clause names, perhaps with one
    of `particles` (a pattern) joined to its last word (`매출은`). With `lang`, the noun may also be among the words
    right after the figure (`logged 2.6 million roadside checks`)."""
    # (`412,000 people, one in ten visits`: a whole whose own noun is the one the fraction names counts what it says,
    # whatever the part counts)
    # (a forecast whole stated before the part is the one its noun names: a forecast story breaks its forecast total
    # down without repeating the modal, `The crop is expected to reach N tonnes. … Apples account for P tonnes, or
    # about a third of the crop`; one in the part's own sentence is an outlook set beside the figure, no whole of it)
    nouns = {word.casefold() for words in keys for word in words}
    candidates = [
        c
        for c in before
        if is_level(c)
        and (c.unit, c.kind) == (part.unit, part.kind)
        and not (
            c.counter
            and part.counter
            and c.counter != part.counter
            and c.counter.casefold() not in nouns
            and not (lang and nouns & _words_right_after(c, text, lang))
        )
        and (part.forecast or not c.forecast or c.sentence < part.sentence)
        and c.low > part.high
        and not periods_differ(c, part)
        # (`Takings averaged £2,600 a stall. … £1,040, about 2 per cent of takings`: an amount per one is no whole)
        and not (lang and stated_per_one(c, text, lang))
    ]
    for words in keys:
        phrase = _SPACE.join(map(re.escape, words))
        if lang and words:
            # (`of repairs` names `repair work came to $3m`: the last word's forms)
            phrase = _SPACE.join([*map(re.escape, words[:-1]), f"(?:{word_forms(words[-1])})"])
        joined = rf"(?:{particles})?" if particles else ""
        key = re.compile(rf"(?<!\w){phrase}{joined}(?!\w)", re.I)
        # (the noun in the clause before the figure, or as its own counter: `recorded 3.92 million visits`)
        named = [
            c
            for c in candidates
            if key.search(_clause_before(c, before, text)[-(reach or 0) :])
            or (c.counter and key.fullmatch(c.counter))
            or (lang and _named_right_after(c, words, text, lang))
        ]
        if named:
            latest = named[-1]
            if any(c.high < latest.low or latest.high < c.low for c in named):
                return None  # two figures of the key that differ
            return latest
    return None


# the words right after a figure, up to three (`logged 2.6 million roadside checks`: the noun after its counter)
_WORDS_AFTER = compile_exact(r"(?:\s+[^\W\d_][\w'’-]*){1,3}")


_GROUP_STOP = ByLanguage(lambda w: rf"(?:{w.noun_group_stops})", re.I, first_tested=False)


def _noun_group(words: list[str], lang: str) -> list[str]:
    """The words of a noun phrase up to the first that ends it (`ferry income for the season`: `ferry income`)."""
    for at, word in enumerate(words):
        if _GROUP_STOP[lang].fullmatch(word) or _NO_NOUN[lang].fullmatch(word):
            return words[:at]
    return words


_RESTRICTING_STOP = ByLanguage(lambda w: rf"(?:{w.noun_group_restricting_stops})", re.I, first_tested=False)


def _restricted(words: list[str], group: list[str], lang: str) -> bool:
    """Whether the noun phrase goes on past its group with a phrase that narrows it to a subset, a word of it after
    the stop (`9% of checks on motorways`, `[link.noun_group_restricting_stops]`): a whole no figure before names."""
    return len(words) > len(group) + 1 and bool(_RESTRICTING_STOP[lang].fullmatch(words[len(group)]))


# words that name nothing (articles, pronouns: `[link.share_subject_skips]`)
_NO_NOUN = ByLanguage(lambda w: rf"(?:{w.share_subject_skips})", re.I, first_tested=False)


def _words_right_after(claim: Claim, text: str, lang: str) -> set[str]:
    words = _WORDS_AFTER.match(text, claim.end)
    if words is None:
        return set()
    return {word.casefold() for word in words.group().split() if not _NO_NOUN[lang].fullmatch(word)}


def _named_right_after(claim: Claim, words: list[str], text: str, lang: str) -> bool:
    """Whether the noun is among the words right after the figure (`2.6 million roadside checks` names `checks`)."""
    return bool(words) and {word.casefold() for word in words} <= _words_right_after(claim, text, lang)


def _clause_before(claim: Claim, before: list[Claim], text: str) -> str:
    """The words that lead up to a figure: from its sentence's start, or from the last figure of its unit there."""
    start = _sentence_start(text, claim.start)
    for other in before:
        if start <= other.end <= claim.start and other is not claim and other.unit == claim.unit:
            start = other.end
    return text[start : claim.start]


@functools.lru_cache(maxsize=8)
def _sentence_ends(text: str) -> tuple[int, ...]:
    """Where each sentence of the text ends (`_SENTENCE_END`), read once per article."""
    return tuple(m.end() for m in _SENTENCE_END.finditer(text))


def _sentence_start(text: str, position: int) -> int:
    """The start of the sentence holding `position`: the last sentence end at or before it, else the text's start."""
    ends = _sentence_ends(text)
    i = bisect.bisect_right(ends, position) - 1
    return ends[i] if i >= 0 else 0
