"""A part and its share set side by side (in apposition), drawn from a pool the words mark.

The pair is a part and its share, either one first, joined by a comma or a parenthesis: `700 seedlings, or one in
five`, `one in five (700 seedlings)`, `two fifths of them, 25,600 people`. The pool they are drawn from is the figure
right before the pair, when the words mark it so:

- the pool opens the sentence after `Of` (`[link.pool_first_openers]`: `Of the 3,500 seedlings planted, one in five
  (700) died`), its clause closed by a comma right before the pair;
- the pair draws itself from the figure before by a mark right after its share or part (`[link.share_pool_marks]`:
  `48,000 visitors, nearly two-thirds of them (31,500) from abroad`, `9,000 tonnes, roughly a third of which, 3,000
  tonnes`; `[link.pool_part_marks]`: `1,250 complaints; 250 of them, one in five, …`);
- a mark that the pool's parts follow stands right before the pair (`[link.parts_follow]`: `£6.4m, of which half,
  £3.2m, …`).

A pair that opens its sentence with such a mark (`Two fifths of them, 25,600 people, …`, `Three-quarters of it,
£1.8m, …`), or with a noun naming the pool by what it is and by no figure's noun (`[link.pool_standin_nouns]`:
`Two-thirds of the order, 400 chairs, …`), draws from the sentences before: from the one level of the part's kind,
unit and noun in the nearest that states one (two such levels leave it unlinked: the words do not say which); a figure
per one unit (`about £80,000 a mile`) and a count of another noun (`to 9 shops`) are no levels of it.

The share is the part's share of the pool (checker/check/kinds/share.py): chosen by the words, never by size. The part
and the pool are of one kind and unit; two nouns counted differ unless the part counts people
(`[link.person_counters]`: `64,000 passengers … 25,600 people`); a part no smaller than the pool is none of it.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.clause_marks import CLAUSE_SUBJECT_WORD, LETTER_WORD
from checker.link.far_wholes import lead_end
from checker.link.figure_kinds import AMOUNTS
from checker.link.inflections import singular
from checker.link.keys_differ import periods_differ
from checker.link.per_one_marks import stated_per_one
from checker.link.per_unit_apart import opens_with_headline
from checker.link.sentence_groups import prose_by_sentence
from checker.link.share_rates import open_share
from checker.models import Claim
from checker.regex_cache import compile_exact

# a dash set off by spaces (`24 -- a third -- sing bass`): a pair between two dashes, or closing at a dash
_DASH = r"\s(?:--|-|—|–)(?=\s)"
# a part, then its share: a comma (and `or`), or a parenthesis; the part may draw itself from the pool (`250 of them,`)
_PART_THEN_SHARE = ByLanguage(
    lambda w: (
        rf"\s*(?:(?P<pool>(?:{w.pool_part_marks})(?![^\W\d_]))|\s{w.share_pool_noun_after})?\s*"
        rf"(?:,\s*(?:(?:{w.appositive_share_marks})\s+)?|(?P<paren>\()\s*|(?P<dash>{_DASH})\s*)"
    ),
    re.I,
)
# a share, then its part: the share may draw itself from the pool (`two fifths of them, 25,600`)
_SHARE_THEN_PART = ByLanguage(
    lambda w: (
        rf"\s*(?:(?P<pool>(?:{w.share_pool_marks})(?![^\W\d_]))|{w.share_pool_noun_after})?\s*"
        rf"(?:,\s*(?:(?:{w.appositive_share_marks})\s+)?|(?P<paren>\()\s*|(?P<dash>{_DASH})\s*)(?:(?:{w.hedges})\s+)?"
    ),
    re.I,
)
# the share's clause (a verb and its words, no figure), a comma, then the part (`one in four went to pupils, about
# 900 passes`)
_SHARE_CLAUSE_THEN_PART = ByLanguage(lambda w: rf"\s+[^\W\d_][^\d.;:!?()\n]{{0,60}}?,\s*(?:(?:{w.hedges})\s+)?", re.I)
_CLAUSE_CLOSES = compile_exact(r"\s*(?:[.;]|$)")
# the part's clause (a verb and its words, no figure), a comma, then its share closing the sentence (`Of the 90 kilns,
# 27 still burn coal, 30%.`): the pool a mark names before them (`Of`, `of which`)
_PART_CLAUSE_THEN_SHARE = ByLanguage(
    lambda w: rf"\s+[^\W\d_][^\d.;:!?()\n]{{0,60}}?,\s*(?:(?:{w.appositive_share_marks}|{w.clause_share_marks})\s+)?",
    re.I,
)
# `4분의 1가량인 600상자`: a share, then a word making it the part's (`[link.share_then_part_adnominals]`)
_SHARE_ADNOMINAL = ByLanguage(lambda w: rf"\s?(?:{w.share_then_part_adnominals})\s")
# `거둔 사과 가운데 4분의 1가량인`: the pool's noun right before the share (the noun in the group `noun`)
_NAMED_POOL_BEFORE = ByLanguage(lambda w: rf"(?:{w.named_pool_before_share})$")
_NOUN_REACH = 24
# the word right before the pool's noun, in its clause (`신입 회원 10명 중`: `신입`)
_QUALIFIER_BEFORE = compile_exact(r"(?<![^\W\d_])([^\W\d_]{2,})\s+$")
_CLAUSE_CLOSED = ByLanguage(lambda w: rf"(?:{w.pool_qualifier_clause_ends})$")
_RELATIVE_END = ByLanguage(lambda w: rf"(?:{w.relative_clause_ends})$")
# how many sentences back the pool a noun names is looked for (a constant: the pass stays linear)
_NOUN_LOOK_BACK = 40
# the one to three words right before a figure: its noun (`Fees came to £180,000`, `사과가 모두 2,400상자`)
_WORDS_BEFORE = compile_exact(r"(?<![^\W\d_])([^\W\d_]+)\s+(?:([^\W\d_]+)\s+)?(?:([^\W\d_]+)\s+)?$")
_PAREN_CLOSES = compile_exact(r"\s*\)")
_DASH_CLOSES = compile_exact(rf"(?:{_DASH}|\s*[.;]|\s*$)")
# the pool's clause, up to the pair (no figure, no stop between)
_POOL_CLAUSE = compile_exact(r"[^\d.:!?()\n]{0,50}?")
_POOL_CLAUSE_TO_COMMA = compile_exact(r"[^\d.;:!?()\n]{0,50}?,\s*")
# (the mark may open a clause whose subject and verb stand before the pair: `€6m, of which the Madrid shop took 45
# per cent, or €2.7m`: up to four words of no figure)
_PARTS_FOLLOW_BEFORE = ByLanguage(
    lambda w: rf"[^\d.;:!?()\n]{{0,50}}?,\s*(?:{w.parts_follow})\s+(?:[^\W\d_][\w'’-]*\s+){{0,4}}", re.I
)
# `Of the 3,500 seedlings`: the opener, then up to two words (an owner's in the possessive: `Of the county's 6,400
# pupils`), right before the pool at the sentence's opening
_OPENER_BEFORE = ByLanguage(lambda w: rf"\s*(?:{w.pool_first_openers})\s+(?:[^\W\d_]+(?:['’]s)?\s+){{0,2}}?", re.I)
_AND_BETWEEN = ByLanguage(lambda w: rf"[^\d.;:,()]{{0,30}}?\s(?:{w.and_words})\s+", re.I)
_OPENS = compile_exact(r"\s*")
_DIGIT = compile_exact(r"\d")
# how many sentences back a pair opening its sentence looks for its pool (a constant: the pass stays linear)
_LOOK_BACK = 2
_PERSONS = ByLanguage(lambda w: rf"(?:{w.person_counters})", re.I)
_STANDIN = ByLanguage(lambda w: rf"(?:{w.pool_standin_nouns})", re.I)


def link_apposed_pool_shares(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    by_sentence = prose_by_sentence(claims)
    # (the priors stated: a level restating one is no pool of a part of the current level)
    priors = [c for c in claims if c.role in ("prior", "baseline") and c.kind in AMOUNTS]
    for sentence, figures in by_sentence.items():
        start = sentence_starts[sentence] if sentence < len(sentence_starts) else 0
        for index, (first, second) in enumerate(zip(figures, figures[1:])):
            pair = _apposed(first, second, text, lang)
            if pair is None and index > 0:
                pair = _part_closing_the_share_clause(figures[index - 1], first, second, text, lang)
            if pair is None and index > 0 and _share_closing_the_part_clause(first, second, text, lang):
                whole = _pool_before(figures[index - 1], first, False, text, lang, start)
                if whole is not None and _of_the_pool(first, whole):
                    _link(second, first, whole)  # `Of the 90 kilns, 27 still burn coal, 30%.`
                continue
            if pair is None:
                continue
            part, rate, pooled, noun = pair
            whole = None
            if index > 0 and not _coordinated(figures, index - 1, text, lang):
                whole = _pool_before(figures[index - 1], first, pooled, text, lang, start)
                if whole is not None and pooled and _larger_level_before(figures[: index - 1], whole):
                    # `800 tickets, 500 of them online, and 200 of them, a quarter`: which, not said (the part is the
                    # share's, its whole left unsaid: no later reading guesses one)
                    rate.share_part = rate.share_part or part.id
                    continue
            elif pooled and _OPENS.fullmatch(text, start, first.start):
                whole = _pool_of_a_sentence_before(by_sentence, sentence, part, text, lang, priors)
            if whole is None and (rate is first or noun):
                whole = _pool_named_before_the_share(
                    figures[:index], by_sentence, sentence, part, rate, text, lang, noun, sentence_starts
                )
            if whole is None and noun and _STANDIN[lang].fullmatch(noun) and _OPENS.fullmatch(text, start, first.start):
                # `Two-thirds of the order, 400 chairs`: the lead's one level, or the nearest sentence's
                whole = _pool_of_the_lead(by_sentence, sentence, part, text, lang, priors)
                if whole is None:
                    whole = _pool_of_a_sentence_before(by_sentence, sentence, part, text, lang, priors)
            if whole is None or not _drawn_from(part, whole, lang, noun, text, sentence_starts):
                continue
            _link(rate, part, whole)


def _link(rate: Claim, part: Claim, whole: Claim) -> None:
    rate.share_part, rate.share_whole = part.id, whole.id
    rate.whole = rate.whole or f"of:{whole.id}"  # shares of one whole add up to at most 100%
    rate.label = rate.label or part.id


def _of_the_pool(part: Claim, whole: Claim) -> bool:
    """Of one kind and unit, the part the smaller: the mark draws the part from the pool, so the word read as its
    noun may be the verb after it (`27 still burn coal`)."""
    return (part.kind, part.unit) == (whole.kind, whole.unit) and part.high < whole.low


def _share_closing_the_part_clause(part: Claim, rate: Claim, text: str, lang: str) -> bool:
    """`27 still burn coal, 30%.`: a part, its clause, a comma, then its share closing the sentence."""
    return (
        open_share(rate)
        and part.kind in AMOUNTS
        and part.role == "value"
        and _PART_CLAUSE_THEN_SHARE[lang].fullmatch(text, part.end, rate.start) is not None
        and _CLAUSE_CLOSES.match(text, rate.end) is not None
    )


def _apposed(first: Claim, second: Claim, text: str, lang: str) -> tuple[Claim, Claim, bool, str] | None:
    """The part, the share, whether the pair marks itself drawn from a pool, and the pool's noun a share names after
    it (`12% of the members (60 clubs)`: `[link.share_pool_noun_after]`), or None."""
    if open_share(second) and first.kind in AMOUNTS and first.role == "value":
        part, rate = first, second
        joint = _PART_THEN_SHARE[lang].fullmatch(text, first.end, second.start)
    elif open_share(first) and second.kind in AMOUNTS and second.role == "value":
        rate, part = first, second
        joint = _SHARE_THEN_PART[lang].fullmatch(text, first.end, second.start)
        if joint is None and _SHARE_ADNOMINAL[lang].fullmatch(text, first.end, second.start):
            return part, rate, False, ""  # `4분의 1가량인 600상자`
    else:
        return None
    if joint is None or (joint.group("paren") and not _PAREN_CLOSES.match(text, second.end)):
        return None
    if joint.group("dash") and not _DASH_CLOSES.match(text, second.end):
        return None  # (`24 -- a third -- sing bass`: the second dash, or the clause's end, closes the pair)
    noun = joint.groupdict().get("noun") or ""
    return part, rate, joint.group("pool") is not None, noun


def _part_closing_the_share_clause(
    whole: Claim, rate: Claim, part: Claim, text: str, lang: str
) -> tuple[Claim, Claim, bool] | None:
    """`sold 3,600 passes, of which roughly one in four went to pupils, about 900 passes.`: a mark that the pool's
    parts follow, the share, its clause, then the part set after a comma, closing the sentence (or its clause)."""
    if not (open_share(rate) and part.kind in AMOUNTS and part.role == "value"):
        return None
    if not (
        _PARTS_FOLLOW_BEFORE[lang].fullmatch(text, whole.end, rate.start)
        and _SHARE_CLAUSE_THEN_PART[lang].fullmatch(text, rate.end, part.start)
        and _CLAUSE_CLOSES.match(text, part.end)
    ):
        return None
    return part, rate, False, ""


def _pool_named_before_the_share(
    before_in_sentence: list[Claim],
    by_sentence: dict[int, list[Claim]],
    sentence: int,
    part: Claim,
    rate: Claim,
    text: str,
    lang: str,
    noun: str,
    sentence_starts: list[int],
) -> Claim | None:
    """`거둔 사과 가운데 4분의 1가량인 600상자`, `단원 4명 중 1명인 60명`: the noun right before the share
    (`[link.named_pool_before_share]`) names the pool; its level is the one figure before of the part's kind and
    unit whose own noun (one of the two words right before it, `사과가 모두 2,400상자`) is that noun. Several such
    figures of one value are one level restated (the lead's and the body's); of two values, the words do not say
    which. In English the noun follows the share (`12% of the members (60 clubs)`) or the part (`£36,000 of the fees,
    about a fifth`), and is a figure's own when it counts it (`500 member clubs`), as the stem of a word, or
    heads it (`Fees came to £180,000`)."""
    qualifier = None
    if not noun:
        named = _NAMED_POOL_BEFORE[lang].search(text, max(0, rate.start - _NOUN_REACH), rate.start)
        if named is None:
            return None
        noun = named.group("noun")
        qualifier = _QUALIFIER_BEFORE.search(text, max(0, named.start("noun") - _NOUN_REACH), named.start("noun"))
        span = rate.period_span
        if qualifier is not None and span is not None and span.start <= qualifier.start(1) < span.end:
            qualifier = None  # (`올해 회원 가운데`: the share's period, no other pool)
        elif qualifier is not None and CLAUSE_SUBJECT_WORD[lang].fullmatch(qualifier.group(1)):
            qualifier = None  # (`고등학생은 단원 4명 중 1명인`: the part's subject, no other pool)
        elif qualifier is not None and _CLAUSE_CLOSED[lang].search(qualifier.group(1)):
            qualifier = None  # (`입장권을 분석하면 관람객의`: the clause before ends, no word qualifies the noun)
    found = []
    levels = []  # (the levels of the part's kind, unit and counter: a later one of another period)
    for earlier in range(max(0, sentence - _NOUN_LOOK_BACK), sentence + 1):
        figures = before_in_sentence if earlier == sentence else by_sentence.get(earlier, ())
        for c in figures:
            if (
                (c.kind, c.unit) == (part.kind, part.unit)
                and c.role == "value"
                and not c.furniture
                and not periods_differ(c, part)
                and not _of_a_past_year(part, c)
                and (
                    _nouns_before(c, text, noun)
                    or _counts(c, noun, lang)
                    or _opens_with_the_noun(c, text, noun, sentence_starts)
                )
            ):
                found.append(c)
            elif (c.kind, c.unit, c.counter) == (part.kind, part.unit, part.counter) and c.role == "value":
                levels.append(c)
    if not found or len({c.value for c in found}) > 1:
        return None
    level = found[-1]
    if any(c.start > level.end and "period" not in c.guesses and periods_differ(c, level) for c in levels):
        return None  # (`지난해 사과 2,000상자 … 올해는 2,400상자 … 거둔 사과 가운데`: which year's, not said)
    if qualifier is not None and not _states_the_qualifier(level, qualifier.group(1), text, lang, sentence_starts):
        return None  # (`회원 900명 … 신입 회원 10명 중 3명`: a pool of new members, not stated)
    return level


def _of_a_past_year(part: Claim, level: Claim) -> bool:
    """The part's own words date it to a year before the story's (`지난해에는 방문객의 60%인 2만4천 명`), and the level
    names no period: it is the story's current figure, no pool of last year's part."""
    if level.period is not None or part.period is None or "period" in part.guesses or part.published is None:
        return False
    return part.period_span is not None and part.period.year < part.published.year


def _states_the_qualifier(level: Claim, qualifier: str, text: str, lang: str, sentence_starts: list[int]) -> bool:
    """Whether the level's sentence states the word qualifying the pool's noun (`청년 회원 가운데` after `청년 회원은
    800명`), or a word its stem opens (`거둔 사과 가운데` after `사과 2,400상자를 거뒀다`: the level's own verb)."""
    start = sentence_starts[level.sentence] if level.sentence < len(sentence_starts) else 0
    end = sentence_starts[level.sentence + 1] if level.sentence + 1 < len(sentence_starts) else len(text)
    sentence = text[start:end]
    if qualifier in sentence or _RELATIVE_END[lang].search(qualifier):
        return True  # (`수매한 들깨 가운데`: a relative clause on the pool's noun, no other noun)
    stem = qualifier[:-1]
    return bool(stem) and any(word.startswith(stem) for word in LETTER_WORD.findall(sentence))


def _nouns_before(figure: Claim, text: str, noun: str) -> bool:
    words = _WORDS_BEFORE.search(text, max(0, figure.start - _NOUN_REACH), figure.start)
    folded = noun.casefold()
    return words is not None and any(w and w.casefold().startswith(folded) for w in words.groups())


def _opens_with_the_noun(figure: Claim, text: str, noun: str, sentence_starts: list[int]) -> bool:
    """`Entries for this year's race reached 200 boats`: the figure's sentence opens on the noun (its first or second
    word), no other figure before it there — the subject the figure is of."""
    start = sentence_starts[figure.sentence] if figure.sentence < len(sentence_starts) else 0
    if _DIGIT.search(text, start, figure.start):
        return False
    folded = noun.casefold()
    return any(word.casefold().startswith(folded) for word in LETTER_WORD.findall(text, start, figure.start)[:2])


def _counts(figure: Claim, noun: str, lang: str) -> bool:
    """`500 member clubs` counts `members` (a plural's stem, its ending dropped: `[link.plural_endings]`)."""
    if not figure.counter:
        return False
    stem = singular(noun, lang)
    return len(stem) > 2 and singular(figure.counter.split()[0], lang) == stem


def _coordinated(figures: list[Claim], index: int, text: str, lang: str) -> bool:
    """The figure at `index` is joined by `and` to a level of its unit and kind right before it (`36 boats and 40
    boats the year before, and 24 of them, two in five`): the pool may be either, or both."""
    if index == 0:
        return False
    whole, other = figures[index], figures[index - 1]
    return (
        other.role == "value"
        and (other.unit, other.kind) == (whole.unit, whole.kind)
        and _AND_BETWEEN[lang].fullmatch(text, other.end, whole.start) is not None
    )


def _larger_level_before(before: list[Claim], pool: Claim) -> bool:
    """A level of the pool's kind and unit larger than it stands before it in its sentence (`sold 800 tickets, 500
    of them online, and 200 of them, a quarter`, `300 pupils, including 180 girls, and 75 of them`): `of them` may
    point to either, so the pair draws from no pool the words name."""
    return any(c.role == "value" and (c.kind, c.unit) == (pool.kind, pool.unit) and c.low > pool.high for c in before)


def _pool_before(whole: Claim, first: Claim, pooled: bool, text: str, lang: str, start: int) -> Claim | None:
    """The figure right before the pair, when the words mark it the pair's pool."""
    if whole.role != "value":
        return None
    if _OPENER_BEFORE[lang].fullmatch(text, start, whole.start) and _POOL_CLAUSE_TO_COMMA.fullmatch(
        text, whole.end, first.start
    ):
        return whole  # `Of the 3,500 seedlings planted, one in five (700) …`
    if pooled and _POOL_CLAUSE.fullmatch(text, whole.end, first.start):
        return whole  # `48,000 visitors, nearly two-thirds of them (31,500)`
    if _PARTS_FOLLOW_BEFORE[lang].fullmatch(text, whole.end, first.start):
        return whole  # `£6.4m, of which half, £3.2m`
    return None


def _pool_of_the_lead(
    by_sentence: dict[int, list[Claim]], sentence: int, part: Claim, text: str, lang: str, priors: list[Claim]
) -> Claim | None:
    """`… has a contract to supply 600 chairs …` (the lead) … `Two-thirds of the order, 400 chairs`: a noun naming the
    pool by what it is names the story's whole, the one level the lead (past a headline) states of the part's kind,
    unit and noun; a lead stating two values of it says nothing."""
    figures = [c for s in sorted(by_sentence) if s < sentence for c in by_sentence[s]]
    headline = opens_with_headline(text)
    lead = lead_end(figures, text)
    found = [
        c
        for c in figures
        if c.sentence < lead and not (headline and c.paragraph == 0) and _may_be_the_pool(c, part, text, lang, priors)
    ]
    return found[0] if found and len({c.value for c in found}) == 1 else None


def _may_be_the_pool(c: Claim, part: Claim, text: str, lang: str, priors: list[Claim]) -> bool:
    """A level of the part's kind and unit that may be its pool: no figure per one unit (`about £80,000 a mile`), no
    count of another noun (`to 9 shops`), no restated prior (`a year earlier, when 40,000 bundles fetched …`)."""
    return (
        (c.kind, c.unit) == (part.kind, part.unit)
        and c.role == "value"
        and not c.furniture
        and (_DIGIT.search(c.text) is not None or not _DIGIT.search(part.text))
        and not (c.per_unit_of or c.per_period_of or stated_per_one(c, text, lang))
        and _of_one_counter(part, c, lang)
        and not any(
            p.end <= c.start and (p.kind, p.unit) == (c.kind, c.unit) and p.low <= c.value <= p.high for p in priors
        )
    )


def _pool_of_a_sentence_before(
    by_sentence: dict[int, list[Claim]], sentence: int, part: Claim, text: str, lang: str, priors: list[Claim]
) -> Claim | None:
    """The one level of the part's kind and unit in the nearest of the sentences right before that states any (a
    sentence of other figures between: `… 9,000 e-books. The service ran 20 weeks. A third of them, 3,000, …`; a
    prior it rose from is no level of it, nor, for a part in digits, a count in words: `at four branches … 9,000
    e-books` names the branches to tell the loans apart); two such levels there link nothing: the words do not say
    which."""
    for before in range(sentence - 1, max(-1, sentence - 1 - _LOOK_BACK), -1):
        found = [c for c in by_sentence.get(before, ()) if _may_be_the_pool(c, part, text, lang, priors)]
        if found:
            return found[0] if len(found) == 1 else None
    return None


def _of_one_counter(part: Claim, whole: Claim, lang: str) -> bool:
    """Two counted nouns differ unless the part counts people (`60,000 packets to 9 shops. Two-thirds of them,
    40,000 packets`: the shops are no pool of the packets)."""
    return not (
        part.counter and whole.counter and part.counter != whole.counter and not _PERSONS[lang].fullmatch(part.counter)
    )


def _drawn_from(part: Claim, whole: Claim, lang: str, noun: str, text: str, sentence_starts: list[int]) -> bool:
    """Of one kind and unit, the part the smaller; two counted nouns differ unless the part counts people, or the
    share named the pool's noun itself (`12% of the members (60 clubs)` of `500 member clubs`)."""
    if (part.kind, part.unit) != (whole.kind, whole.unit):
        return False
    if (
        part.counter
        and whole.counter
        and part.counter != whole.counter
        and not (noun and (_counts(whole, noun, lang) or _opens_with_the_noun(whole, text, noun, sentence_starts)))
        and not _PERSONS[lang].fullmatch(part.counter)
    ):
        return False  # counts of two things
    return part.high < whole.low  # a part is smaller than its pool
