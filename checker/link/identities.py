"""What each figure of an article is of, read once per article from its own clause, and a share joined by it to the
one whole its words name, however far back or ahead in the story that whole is stated: `보리 수확량이 2천400톤으로
… (paragraphs on prices) … 농협은 전체 수확량의 30%인 720톤을 사들인다`, `Enrolment stands at 9,600: 4,100
pupils in primary schools, … ¶ … The district counts 1,920 pupils with free meals, 20% of all pupils`.

The account (`identities`): for each amount stated as a level (a value, not a part of a listed breakdown, not a
figure per unit), the nouns that name what it is of — the words right before it in its clause (a Korean particle,
`[link.particles_after_name]`, `[link.to_particles]`, dropped; period and total words, `[link.scope_stop_words]`,
passed over), the noun it counts (its counter), and the nouns its listed parts count (a total broken down into
`4,100 pupils` is a total of pupils). Built once per article; a share asks it once.

The reading (`link_shares_of_identified_wholes`), for a share no reading before joined to anything, whose whole is
named by a noun (`전체 수확량의 30%`, `수확량의 30%`: the noun before `[link.named_whole_of_share]`; `20% of all
pupils`: the noun after `[link.share_of_all_after]`) and whose part stands beside it in its own clause — right
before it (`720톤으로 전체 수확량의 30%`, `1,920 pupils …, 20% of all pupils`) or, in Korean, right after it in
apposition (`전체 수확량의 30%인 720톤`, `[link.named_share_then_its_part]`): the whole is the one level of the
article, in any paragraph outside the share's sentence, of the part's unit, kind and counter, larger than the part,
stated before the share and dated to no other period, whose account names that noun. Two such levels of different
values are a tie: nothing is linked. The whole is found by its name across paragraphs: a guess.
"""

from __future__ import annotations

import math
import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.keys_differ import periods_differ
from checker.link.named_wholes_of_shares import opens_on_this_deal
from checker.link.per_unit_apart import is_a_rate
from checker.link.sentence_groups import prose_figures
from checker.link.share_subjects import names_another_subject
from checker.models import Claim
from checker.regex_cache import compile_exact

_WINDOW = 24  # characters before a level where the words naming it stand
_WORDS = ByLanguage(
    lambda w: rf"(?:{w.script_letters}|{w.chars('capital_letters', 'small_letters')})+", first_tested=False
)
_STOP = ByLanguage(lambda w: rf"(?:{w.scope_stop_words})", re.I)
_KO_PARTICLE = ByLanguage(lambda w: rf"(?:{w.particles_after_name}|{w.to_particles})$")
_CLAUSE_BREAK = compile_exact(r"[,;:()\[\]\"“”'‘’·|]|\n")
# Korean: the noun naming the whole right before the rate (`전체 수확량의 `, `수확량의 `)
_NAMED_BEFORE = ByLanguage(
    lambda w: (
        rf"(?:^|\s)(?:(?P<modifier>{w.script_letters}{{2,8}})\s)?(?P<noun>{w.script_letters}{{2,8}})"
        rf"(?:{w.named_whole_of_share})$"
    ),
    first_tested=False,
)
_WHOLE_MARK = ByLanguage(lambda w: rf"(?:{w.whole_marks})\s?$")
# English: the noun naming the whole right after the rate (` of all pupils`)
_NAMED_AFTER = ByLanguage(
    lambda w: rf"\s+(?:{w.share_of_all_after})\s+(?P<noun>{w.chars('capital_letters', 'small_letters')}{{3,}})\b", re.I
)
# the part right after the rate, in apposition (`30%인 720톤`, `절반에 육박하는 610톤`, `45%, 약 500억원`)
_PART_AFTER = ByLanguage(lambda w: rf"(?:{w.named_share_then_its_part})", first_tested=False)
# between the part and the share: `720톤으로 `, `720톤, `; `1,920 pupils with free meals, ` (English)
# a share its clause's subject (`전체 가공량의 절반이 … 팔린다`): it names its own part, none of the sentence before
_SUBJECT_AFTER = ByLanguage(lambda w: rf"(?:{w.share_clause_subjects})\s", first_tested=False)
# (after a share whose part stands before it, the end of its clause that states it as that part's level: `480톤으로
# 전체 수확량의 30% 수준이다`, `…의 30%를 차지했다`; not an object of another verb, `…의 30%를 외지인이 샀다`)
_KO_LEVEL_CLOSE = ByLanguage(
    lambda w: (
        rf"(?:\s?(?:{w.share_hedges_after}))?\s?(?:{w.ratio_levels}|{w.fraction_share_ends}|{w.restating_share_closings})"
    ),
    first_tested=False,
)
# (right before a figure, the mark of the unit it is per: `㎏당 5만원`, no level of what its noun names)
_PER_BEFORE = ByLanguage(lambda w: rf"(?:{w.unit_price_before}|{w.per_unit_before})\s?$", first_tested=False)
_KO_PART_THEN = ByLanguage(lambda w: rf"\s*(?:{w.to_particles})?\s*,?\s*", first_tested=False)
_EN_PART_THEN = ByLanguage(lambda w: rf"[^\d.;,]{{0,30}},\s*(?:(?:{w.appositive_share_marks})\s+)?", re.I)


def stem(word: str, lang: str) -> str:
    word = word.lower()
    if lang == "ko":
        return word
    for ending in ("ies", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)] + ("y" if ending == "ies" else "")
    return word


def _naming_words(figure: Claim, text: str, lang: str, sentence_start: int) -> set[str]:
    """The words right before a figure in its clause that name what it is of (particles and stop words left out)."""
    start = max(sentence_start, figure.start - _WINDOW)
    window = text[start : figure.start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    words = set()
    for found in _WORDS[lang].finditer(window):
        word = found.group()
        if lang == "ko":
            stripped = _KO_PARTICLE[lang].sub("", word)
            word = stripped if len(stripped) >= 2 else word
        if len(word) < 2 or _STOP[lang].fullmatch(word):
            continue
        words.add(stem(word, lang))
    return words


def _names(nouns: set[str], named: tuple[str, ...], lang: str) -> bool:
    """Whether a level's nouns name every word of the share's whole (`활성 고객`: both)."""
    return all(_names_word(nouns, noun, lang) for noun in named)


def names_noun(nouns: set[str], noun: str, lang: str) -> bool:
    """Whether a level's nouns name the noun (`판매의` names `판매액은`: one word the other's stem, in Korean)."""
    return _names_word(nouns, noun, lang)


def _names_word(nouns: set[str], noun: str, lang: str) -> bool:
    if noun in nouns:
        return True
    if lang != "ko":
        return False
    # (`판매의` names `판매액은`: one word the other's stem, of two syllables at least)
    return any(len(word) >= 2 and (word.startswith(noun) or noun.startswith(word)) for word in nouns)


def identities(
    figures: list[Claim], text: str, lang: str, sentence_starts: list[int], forecasts: bool = False
) -> dict[str, set[str]]:
    """Each level's nouns (by the claim's id): what the figure is of, as its clause and its parts say (with
    `forecasts`, a planned level too: `will make 300 blankets`, the total a planned pace divides)."""
    out: dict[str, set[str]] = {}
    for figure in figures:
        if figure.kind not in AMOUNTS or figure.role != "value" or not math.isfinite(figure.high):
            continue
        if figure.forecast and not forecasts:
            continue
        if figure.part_of is not None or figure.per_unit_of is not None or figure.per_period_of is not None:
            continue
        start = sentence_starts[figure.sentence] if 0 <= figure.sentence < len(sentence_starts) else 0
        nouns = _naming_words(figure, text, lang, start)
        if figure.counter:
            nouns.add(stem(figure.counter, lang))
        out[figure.id] = nouns
    for figure in figures:
        if figure.part_of in out and figure.counter:
            out[figure.part_of].add(stem(figure.counter, lang))
    return out


def _part_beside(rate: Claim, before: Claim | None, after: Claim | None, text: str, lang: str, noun_start: int):
    """The amount the share's own clause states as its part: right after it in apposition, or right before it."""
    if (
        lang == "ko"
        and after is not None
        and after.sentence == rate.sentence
        and after.start - rate.end <= 16
        and _PART_AFTER[lang].fullmatch(text, rate.end, after.start)
    ):
        return after
    if before is None or before.sentence != rate.sentence:
        return None
    if lang == "ko":
        gap_end = noun_start
        mark = _WHOLE_MARK[lang].search(text, before.end, noun_start)
        if mark is not None:
            gap_end = mark.start()
        return before if _KO_PART_THEN[lang].fullmatch(text, before.end, gap_end) else None
    return before if _EN_PART_THEN[lang].fullmatch(text, before.end, rate.start) else None


def _named_noun(rate: Claim, text: str, lang: str) -> tuple[tuple[str, ...], int] | None:
    """The noun naming the whole of a share (`전체 수확량의 30%`, `20% of all pupils`), with the word qualifying it
    (`활성 고객의`: not every level of customers), and where it is written."""
    if lang == "ko":
        named = _NAMED_BEFORE[lang].search(text, max(0, rate.start - 24), rate.start)
        if named is None or _STOP[lang].fullmatch(named.group("noun")):
            return None
        modifier = named.group("modifier")
        if modifier is None or _STOP[lang].fullmatch(modifier) or _KO_PARTICLE[lang].search(modifier):
            return (named.group("noun"),), named.start("noun")
        return (modifier, named.group("noun")), named.start("modifier")
    named = _NAMED_AFTER[lang].match(text, rate.end)
    if named is None or _STOP[lang].fullmatch(named.group("noun")):
        return None
    return (stem(named.group("noun"), lang),), rate.start


def _levels_named(
    figures: list[Claim], account: dict[str, set[str]], part: Claim, rate: Claim, noun: tuple[str, ...], lang: str
) -> list[Claim]:
    """The levels before the share, outside its sentence, of the part's unit and kind (and counter, where both name
    one) and larger than it, dated to no other period, whose account names the noun."""
    return [
        c
        for c in figures
        if c.id in account
        and c is not part
        and c.sentence != rate.sentence
        and (c.unit, c.kind) == (part.unit, part.kind)
        and (c.counter == part.counter or not c.counter or not part.counter)
        and c.low > part.high
        and c.start < rate.start
        and not periods_differ(c, part)
        and _names(account[c.id], noun, lang)
    ]


def _another_level_beside(whole: Claim, figures: list[Claim], text: str, lang: str) -> bool:
    """Whether the whole's sentence states another level of its unit and kind, no part of it and no level a change
    of it is measured from (`서울은 12억원, 1년 전에는 11억원이었다`): the noun names two figures, and which one a share
    is of is not said."""
    priors = {c.compared_to for c in figures if c.change_of == whole.id}
    return any(
        c is not whole
        and c.sentence == whole.sentence
        and (c.unit, c.kind) == (whole.unit, whole.kind)
        and c.role in ("value", "prior")
        and c.id not in priors  # (the level a change of the whole is measured from: of another time, said so)
        and c.per_period_of is None
        and c.part_of != whole.id
        and whole.part_of != c.id
        and (c.low, c.high) != (whole.low, whole.high)
        and not is_a_rate(c, text, lang)
        and not _PER_BEFORE[lang].search(text, max(0, c.start - 8), c.start)  # (`W로 ㎏당 P꼴`: per a unit)
        for c in figures
    )


def _compatible(figure: Claim, whole: Claim) -> bool:
    """A figure that may be a part of the whole: a finite level of its unit and kind (and counter), smaller."""
    return (
        figure is not whole
        and figure.kind in AMOUNTS
        and figure.role == "value"
        and (figure.unit, figure.kind) == (whole.unit, whole.kind)
        and (figure.counter == whole.counter or not figure.counter or not whole.counter)
        and math.isfinite(figure.high)
        and figure.per_unit_of is None
        and figure.high < whole.low
        and not periods_differ(figure, whole)
    )


def _part_nearby(
    figures: list[Claim],
    position: int,
    rate: Claim,
    account: dict[str, set[str]],
    shared: set[str],
    noun: tuple[str, ...],
    text: str,
    lang: str,
) -> tuple[Claim, Claim] | None:
    """`도라지 … 1천236톤 … ¶ 농협은 이 가운데 310톤을 사들인다. 수매 물량은 전체 수확량의 25% 수준이다`: the whole is
    the one level of the noun before the share (outside its sentence); the part the one figure of the whole's unit
    and kind before the share in its sentence, or, where there is none, the one in the sentence before, the last of
    its unit there.
    A figure another share is of (`외지 관람객이 N명으로 전체의 68%`) is a part, no level the noun names; a figure
    beside the whole in its sentence (`매출은 W로 점포당 P꼴이다. 본사 매출은 가맹점 매출의 5분의 1`) no part of it,
    and a share that is its clause's subject (`전체 가공량의 절반이 팔린다`) takes none from the sentence before."""
    levels = [
        c
        for c in figures[:position]
        if c.id in account and c.sentence != rate.sentence and c.id not in shared and _names(account[c.id], noun, lang)
    ]
    if len({(c.unit, c.kind, c.low, c.high) for c in levels}) != 1:
        return None
    whole = levels[-1]
    if _another_level_beside(whole, figures, text, lang):
        return None
    own = [c for c in figures[:position] if c.sentence == rate.sentence]
    if any(c.kind in ("percent", "fraction") and c.role == "share" for c in own):
        return None  # (another share stands before it in its sentence: a run of shares, of as many parts)
    found = [c for c in own if _compatible(c, whole)]
    if (
        not found
        and whole.sentence != rate.sentence - 1
        and not _SUBJECT_AFTER[lang].match(text, rate.end)
        and not any(c.kind in AMOUNTS and c.unit == whole.unit for c in own)
    ):
        before = [
            c
            for c in figures[:position]
            if c.sentence == rate.sentence - 1 and c.unit == whole.unit and c.per_unit_of is None
        ]
        found = [c for c in before if _compatible(c, whole)]
        if found and names_another_subject(found[-1], rate, text, lang):
            return None  # (`나머지 R은 … 받는다. 선금은 전체 계약의 20%다`: the share's subject is its own part)
        if found and found[-1].metric is not None and opens_on_this_deal(text, rate.start, lang):
            return (
                None  # (`영업이익은 P였다. 이번 계약 금액은 매출의 Z%`: the deal's amount, no figure of the accounts)
            )
        if found and found[-1] is not before[-1]:
            return None  # (`옵션 P를 더하면 최대 M까지`: the sentence ends on another level than the part)
    return (found[0], whole) if len(found) == 1 else None


def link_shares_of_identified_wholes(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    if lang not in ("ko", "en"):
        return
    figures = prose_figures(claims)
    rates = [
        (position, c)
        for position, c in enumerate(figures)
        if c.kind in ("percent", "fraction") and c.role == "share" and c.share_part is None and c.share_whole is None
    ]
    if not rates:
        return
    account = None
    shared = None
    for position, rate in rates:
        named = _named_noun(rate, text, lang)
        if named is None:
            continue
        noun, noun_start = named
        before = next(
            (c for c in reversed(figures[:position]) if c.kind in AMOUNTS or c.kind in ("percent", "fraction")), None
        )
        after = next((c for c in figures[position + 1 :] if c.kind in AMOUNTS), None)
        before = before if before is not None and before.kind in AMOUNTS else None
        part = _part_beside(rate, before, after, text, lang, noun_start)
        stated_after = part is not None and part is after
        if lang == "ko" and not stated_after and not _KO_LEVEL_CLOSE[lang].match(text, rate.end):
            continue  # (`4억원으로 서울의 30%를 외지인이 샀다`: a share of another thing, no level of a figure)
        if account is None:
            account = identities(figures, text, lang, sentence_starts)
        if part is None:
            if shared is None:
                shared = {c.share_part for c in figures if c.share_part is not None}
            nearby = _part_nearby(figures, position, rate, account, shared, noun, text, lang)
            if nearby is not None:
                rate.share_part, rate.share_whole = nearby[0].id, nearby[1].id
                if "relation" not in rate.guesses:
                    rate.guesses.append("relation")
            continue
        if part.role != "value" or not math.isfinite(part.high) or part.per_unit_of is not None:
            continue
        wholes = _levels_named(figures, account, part, rate, noun, lang)
        if len({(c.low, c.high) for c in wholes}) != 1:
            continue  # none, or two totals of that noun: which, not said
        whole = wholes[-1]
        if _another_level_beside(whole, figures, text, lang):
            continue
        rate.share_part, rate.share_whole = part.id, whole.id
        if "relation" not in rate.guesses:
            rate.guesses.append("relation")
