"""A share whose clause names its own subject: `보건 예산은 전체 지출의 37%를 차지했다`, `65세 이상이 전체
입원환자의 49%를 차지했다`.

Korean names the part a share is of as the subject of the share's clause (`[link.share_clause_subjects]`), and
the whole as the total before the rate (`전체 지출의`, `[link.whole_share_before]`; `전체 매출에서 차지하는 비중은`,
`[link.whole_then_share_noun]`); the part's figure was stated earlier, right after the same name (`보건 예산이
268조원으로`, `반도체 수출이 152억달러로`, a table line `65세 이상 | 612명`), of the whole's metric.

- `link_named_subject_shares`: the part is the last figure stated after that name in the six sentences before
  the share's (one of its own sentence is read by checker/link/shares.py); the whole is the total the part is
  listed in, or else the largest figure of the part's unit, kind and counter stated before the share and dated
  to no other period — found by size, so a guess (none when a second total stands beside it: rival_wholes.py; none
  when the share names its whole's noun, `전체 매출에서`, and that noun names only an amount of another kind before:
  the part named is of another measure than the share's whole).
  A share stated right after a figure of its own clause (`…뿐이지만 매출은 20억 원으로 전체의 50%`) is that
  figure's: no earlier figure of the subject's name is its part.
- `names_another_subject`: a clause that names a subject its part's sentence never names is no share of that
  sentence's last figure (`기타 예산은 149조원이다. 보건 예산은 전체의 37%를 차지`: 37% is not of 149조원);
  `_shares_of_the_total` (checker/link/shares.py) asks it before taking a part from the sentence before.

The subject may stand after a modifier, right before the whole (`카메라를 포함한 탑재체가 전체의 31%를 차지`: the
word before the subject particle before `[link.whole_share_before]`). A share named by its pool and its part
(`전체 객실 가운데 독채 비중은 23%`: the whole, `[link.whole_after]`, the part's name, then a share noun,
`[link.share_nouns]`) names its part so too, with no subject particle, as does one whose whole is named first and
its part then as the subject of the verb of share (`전체 객실에서 독채가 차지하는 비중은 23%`,
`[link.whole_then_subject_share_noun]`).

A subject that refers back (`이는`, `이 금액은`, `[link.back_reference_subjects]`) names no part of its own.
"""

from __future__ import annotations

import math
import re

from checker.extract.lang import ByLanguage
from checker.link.cumulative_wholes import cumulative_ids
from checker.link.figure_kinds import AMOUNTS, one_counted_in_words
from checker.link.inflections import word_forms
from checker.link.keys_differ import metrics_differ, periods_differ
from checker.link.rival_wholes import has_rival_whole
from checker.link.sentence_groups import prose_by_sentence, prose_figures
from checker.models import Claim
from checker.regex_cache import compile_exact

_SENTENCES_BACK = 6
# The share's clause opens with its subject: up to three words, then a subject particle (`보건·복지 예산은 `).
_SUBJECT = ByLanguage(
    lambda w: rf"\s*(?P<name>(?:[^\s,.;:|()]+\s){{0,2}}?[^\s,.;:|()]+?)(?:{w.share_clause_subjects})\s",
    first_tested=False,
)
# `…를 포함한 탑재체가 전체의 `: one word and its subject particle, right before the whole named before the rate.
_SUBJECT_BEFORE_WHOLE = ByLanguage(
    lambda w: rf"(?<!\S)(?P<name>[^\s,.;:|()]+?)(?:{w.share_clause_subjects})\s+(?:{w.whole_share_before})\s*$",
    re.I,
    first_tested=False,
)
# `전체 객실 가운데 독채 비중은 `: the pool (the whole's noun), its mark, the part's name, then the share's noun.
_POOL_THEN_PART_SHARE = ByLanguage(
    lambda w: (
        rf"(?<!\S)(?:(?:{w.whole_marks})\s?)?[^\s\d,.;:|()]+\s(?:{w.whole_after})\s"
        rf"(?P<name>(?:[^\s\d,.;:|()]+\s)?[^\s\d,.;:|()]+?)\s?(?:{w.share_nouns})(?:{w.topic_particles})?\s*$"
    ),
    re.I,
    first_tested=False,
)
# `전체 객실에서 독채가 차지하는 비중은 `: the whole named first, then the part's name as the subject of the verb of
# share, then the share's noun (`[link.whole_then_subject_share_noun]`, the name in the group `name`).
_WHOLE_THEN_SUBJECT_SHARE = ByLanguage(lambda w: rf"(?:{w.whole_then_subject_share_noun})\s*$", first_tested=False)
_BACK_REFERENCE = ByLanguage(lambda w: rf"(?:{w.back_reference_subjects})")
_SHARE_NOUN_AFTER_NAME = ByLanguage(lambda w: rf"\s?(?:{w.genitive})?\s?(?:{w.share_nouns})$", first_tested=False)
_WHOLE_NAMED_BEFORE = ByLanguage(lambda w: rf"(?:{w.whole_share_before})\s*$", re.I)
# Where a clause opens: a line, a sentence or a comma before it.
_CLAUSE_OPENS = compile_exact(r"\n|[.;,]\s")


def clause_subject(text: str, clause_start: int, rate: Claim, lang: str) -> str | None:
    """The name of the subject a share's clause opens with (or that stands right before its whole), if the clause
    names one of its own."""
    opens = [m.end() for m in _CLAUSE_OPENS.finditer(text, clause_start, rate.start)]
    start = opens[-1] if opens else clause_start
    found = _SUBJECT[lang].match(text, start, rate.start)
    if found is None or len(found.group("name")) < 2:
        # (`작은 화분이 전체의`: a one-letter stem before an ending, `작` of `작은`, is no subject; the word before the
        # whole is)
        found = _SUBJECT_BEFORE_WHOLE[lang].search(text, start, rate.start) or found
    if found is None:
        return None
    # `B은행의 비중은 30%`: the share's noun after the name is no part of it
    name = _SHARE_NOUN_AFTER_NAME[lang].sub("", found.group("name"))
    if len(name) < 2 or _BACK_REFERENCE[lang].match(name):
        return None
    return name


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding `position` opens: after the last line break or sentence end before it."""
    return max(text.rfind("\n", 0, position) + 1, max(text.rfind(". ", 0, position), -2) + 2, 0)


def sentence_start(text: str, position: int) -> int:
    """Where the sentence holding `position` opens (for readers of other modules)."""
    return _sentence_start(text, position)


def _sentence_end(text: str, position: int) -> int:
    """Where the sentence holding `position` closes: at the next line break or sentence end after it."""
    ends = [at for at in (text.find("\n", position), text.find(". ", position)) if at >= 0]
    return min(ends) if ends else len(text)


def names_another_subject(part: Claim, rate: Claim, text: str, lang: str, *, in_clause: bool = True) -> bool:
    """Whether the share's clause names a subject that the part's own clause does not name (in a list, the words
    after the comma before the part: `A 부문이 11조원, 기타 부문이 2조원이었다` names `기타 부문` for 2조원); with
    `in_clause` False, that the part's whole sentence does not name (a rule that picks the member a share names
    among those listed, `A은행 11조원, B은행 6조원. B은행의 비중은 30%`, asks so)."""
    if part.sentence == rate.sentence:
        return False
    name = clause_subject(text, _sentence_start(text, rate.start), rate, lang)
    if name is None:
        return False
    start = _sentence_start(text, part.start)
    if in_clause:
        opens = [m.end() for m in _CLAUSE_OPENS.finditer(text, start, part.start)]
        start = opens[-1] if opens else start
    at = text.find(name, start, part.end)
    if at < 0 or not in_clause:
        return at < 0
    # (`△본체 900억원 △탑재체 600억원 △발사 200억원. 탑재체가 전체의 30%`: the name heads another figure of the list)
    return any(ch.isdigit() for ch in text[at + len(name) : part.start])


_PART_NAMED_AFTER = ByLanguage(lambda w: rf"(?:{w.share_then_its_own_part})", re.I)


def names_its_part_after(part: Claim, rate: Claim, text: str, lang: str) -> bool:
    """Whether a share that is the subject of its clause names, in its predicate, a part that the sentence of the
    candidate part (another sentence) does not name: `전체 예산의 35%는 축제에 쓰인다`, `18% of the budget goes to
    housing` say which part they are the share of; the figure of the sentence before, of another noun, is another
    part of the same whole."""
    if part.sentence == rate.sentence:
        return False
    found = _PART_NAMED_AFTER[lang].match(text, rate.end)
    if found is None:
        return False
    # (a language's own words name their group apart from those of the language it borrows from)
    noun = next(word for word in found.groupdict().values() if word)
    named = re.compile(rf"(?<![^\W\d_])(?:{word_forms(noun)})", re.I)
    return named.search(text, _sentence_start(text, part.start), part.end) is None


def link_named_subject_shares(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    figures_by_sentence = prose_by_sentence(claims)
    by_id = {c.id: c for c in figures}
    cumulative: set[str] | None = None
    for position, rate in enumerate(figures):
        if rate.kind != "percent" or rate.role != "share" or rate.share_part is not None or not 0 < rate.value < 100:
            continue
        pooled = _POOL_THEN_PART_SHARE[lang].search(text, max(0, rate.start - 40), rate.start)
        pool = None
        if pooled is None:
            pooled = _WHOLE_THEN_SUBJECT_SHARE[lang].search(text, max(0, rate.start - 40), rate.start)
            pool = pooled.group("pool") if pooled is not None and "pool" in pooled.groupdict() else None
        if pooled is not None and not _BACK_REFERENCE[lang].match(pooled.group("name")):
            name = pooled.group("name")  # `전체 객실 가운데 독채 비중은 23%`, `객실에서 독채가 차지하는 비중은`
        elif (
            _WHOLE_NAMED_BEFORE[lang].search(text, max(0, rate.start - 24), rate.start)
            or _SHARE_OF_WHOLE_BEFORE[lang].search(text, max(0, rate.start - 30), rate.start)
        ) and (name := clause_subject(text, _sentence_start(text, rate.start), rate, lang)) is not None:
            pass
        else:
            continue
        if part_stated_right_before(figures, position, text, _PART_THEN_SHARE[lang]):
            continue  # `A는 …뿐이지만 매출은 20억 원으로 전체의 50%`: the part stated right before it, in its clause
        # the name (not the end of a longer word: `이자이익` in `비이자이익`), then perhaps the metric's noun (`반도체
        # 수출이 152억달러`), a particle or a table's bar
        named_before = re.compile(
            rf"(?<!\w){re.escape(name)}\s?(?P<noun>{_SCRIPT_WORD[lang].pattern}\s?)??"
            rf"(?:{_SUBJECT_PARTICLES[lang].pattern})?\s*[|:]?\s*$"
        )
        part = next(
            (
                c
                for c in reversed(figures[:position])
                if 0 < rate.sentence - c.sentence <= _SENTENCES_BACK
                and c.kind in AMOUNTS
                and c.role == "value"
                and math.isfinite(c.high)
                and not one_counted_in_words(c)  # (`화분 한 개 값은`: the one unit of a price, no part)
                and named_before.search(text, max(0, c.start - len(name) - 6), c.start)
            ),
            None,
        )
        if part is None:
            continue
        whole = by_id.get(part.part_of or "")
        if whole is not None and rival_total_before(whole, part, figures[:position]):
            continue  # `… 4천대 … 전국 2만대 가운데 …. 승용차가 3천대, 화물차가 1천대`: of which total, not said
        if whole is None:
            if cumulative is None:
                cumulative = cumulative_ids(figures, text, lang)
            noun = _whole_noun(text, rate, lang)
            whole = _largest_before(figures[:position], part, cumulative, noun, text)
            named = noun is not None and whole is not None and _names_noun_before(text, whole, noun)
            noun = noun or (pool if pool and len(pool) >= 2 else None)
            if (
                noun is not None
                and whole is not None
                and not _names_noun_before(text, whole, noun)
                and any(
                    c.role == "value"
                    and (c.kind, c.unit) != (part.kind, part.unit)
                    and _names_noun_before(text, c, noun)
                    for c in figures[:position]
                )
            ):
                continue  # (`전체 매출에서 깐 잣이 차지하는 비중`: the whole's noun names an amount of another kind)
            if whole is not None and not named and has_rival_whole(whole, part, figures_by_sentence):
                continue  # two totals of the part's unit side by side: the share may be of either
            if (
                whole is not None
                and whole.sentence == part.sentence
                and whole.start < part.start
                and part.share_whole != whole.id
            ):
                continue  # `△본체 900억원 △탑재체 600억원`: a larger figure listed before the part is a sibling
        if whole is None or whole.high <= part.high or whole.start > rate.start:
            continue
        noun = named_before.search(text, max(0, part.start - len(name) - 6), part.start).group("noun")
        if noun and metrics_differ(whole, part):
            continue  # `메모리 부문 영업이익이 X`: the name's figure of another metric than the whole's
        rate.share_part, rate.share_whole = part.id, whole.id
        rate.whole = rate.whole or f"of:{whole.id}"  # shares of one whole add up to at most 100%
        rate.label = rate.label or part.id
        rate.guesses = sorted(set(rate.guesses) | {"relation"})  # the part is found by its name, the whole by size


def rival_total_before(whole: Claim, part: Claim, before: list[Claim]) -> bool:
    """Whether a breakdown's total found by position (a `relation` guess) has a rival: another level stated before
    the part, of its unit, kind and counter and of the total's metric, larger than the part and of another value
    (this year's total and last year's, the company's and its industry's), not itself listed in the total. Which
    of the two the breakdown divides, the keys do not tell."""
    if "relation" not in whole.guesses:
        return False
    for claim in before:
        if claim.id == whole.id or claim.start >= part.start or claim.role != "value" or claim.forecast:
            continue
        if claim.furniture or (claim.unit, claim.kind, claim.counter) != (part.unit, part.kind, part.counter):
            continue
        if claim.part_of == whole.id or metrics_differ(claim, whole) or not claim.low > part.high:
            continue
        if claim.low <= whole.high and whole.low <= claim.high:
            continue  # the total restated
        return True
    return False


# `9억원으로 전체의 40%`: a part, then the share of the whole it is, right after it
_PART_THEN_SHARE = ByLanguage(lambda w: rf"\s*(?:{w.fraction_after_part})\s*(?:(?:{w.whole_labels})\s*)?")
_TIME_WORD = ByLanguage(lambda w: rf"(?:{w.leading_time_words})", first_tested=False)
_SUBJECT_PARTICLES = ByLanguage(lambda w: rf"{w.share_clause_subjects}", first_tested=False)
_SCRIPT_WORD = ByLanguage(lambda w: rf"{w.script_letters}{{1,4}}", first_tested=False)
# `독채가 전체 객실에서 차지하는 비중은 23%`: the whole named in the clause, the share's noun after it.
_SHARE_OF_WHOLE_BEFORE = ByLanguage(lambda w: rf"(?:{w.whole_then_share_noun})\s*$")


_GENITIVE_END = ByLanguage(lambda w: rf"(?:{w.genitive})$", first_tested=False)
_SECOND_WORD = compile_exact(r"\s(\S+)")


def _whole_noun(text: str, rate: Claim, lang: str) -> str | None:
    """The noun the share names its whole by (`전체 지연의 40%`: `지연`), if the words before it name one."""
    named = _WHOLE_NAMED_BEFORE[lang].search(text, max(0, rate.start - 24), rate.start)
    word = _SECOND_WORD.search(named.group(0)) if named else None
    if word is None:
        return None
    noun = _GENITIVE_END[lang].sub("", word.group(1))
    return noun if len(noun) >= 2 else None


def whole_named_by_noun(guessed: Claim, before: list[Claim], part: Claim, rate: Claim, text: str, lang: str) -> Claim:
    """A whole found by size, or, where the share names its whole's noun (`전체 생산량의 5%`) and that figure's
    sentence does not name it (`보관 용량은 …로`), the largest figure before whose clause opens with it (`출하량은
    …`), larger than the part."""
    noun = _whole_noun(text, rate, lang)
    if noun is None or text.find(noun, _sentence_start(text, guessed.start), _sentence_end(text, guessed.end)) >= 0:
        return guessed  # (`모두 3만대를 판매했다 … 전체 판매의 10%`: its sentence names the noun, after it too)
    named = _largest_before(before, part, set(), noun, text)
    if named is None or named.value <= part.value or not _opens_clause_with(text, named, noun, lang):
        return guessed  # (`해외 판매는 2만대`: a qualified noun names a part, no whole)
    return named


_WORD = compile_exact(r"\S+")
# right after a noun, the mark that the figures after it are drawn from it (`관광객 가운데 외지인은`,
# `[link.pool_after]`)
_PARTS_FOLLOW = ByLanguage(lambda w: rf"\s*(?:{w.pool_after})(?![^\W\d_])")


def _opens_clause_with(text: str, claim: Claim, noun: str, lang: str) -> bool:
    """Whether the clause of a figure opens with the noun (`출하량은 4,000상자`), past its date only (`올해 1∼6월
    생산량은`: words with a figure, `[link.leading_time_words]`), no word qualifying it before."""
    start = _sentence_start(text, claim.start)
    opens = [m.end() for m in _CLAUSE_OPENS.finditer(text, start, claim.start)]
    for found in _WORD.finditer(text, opens[-1] if opens else start, claim.start):
        word = found.group()
        if word.startswith(noun):
            # (`관광객 가운데 외지인은 15만명`: the noun its parts follow names the pool, not the figure drawn from it)
            return _PARTS_FOLLOW[lang].match(text, found.end()) is None
        if not (any(ch.isdigit() for ch in word) or _TIME_WORD[lang].fullmatch(word)):
            return False
    return False


def _names_noun_before(text: str, claim: Claim, noun: str) -> bool:
    """Whether the clause of a figure names the noun before the figure (`지연된 열차는 1만450회`)."""
    start = _sentence_start(text, claim.start)
    opens = [m.end() for m in _CLAUSE_OPENS.finditer(text, start, claim.start)]
    return text.find(noun, opens[-1] if opens else start, claim.start) >= 0


def _largest_before(
    earlier: list[Claim], part: Claim, cumulative: set[str], noun: str | None = None, text: str = ""
) -> Claim | None:
    """The largest figure of the part's unit, kind and counter stated before the share, not a forecast and not
    stated for another period than the part's (checker/link/keys_differ.py), a running total only of a running
    total (checker/link/cumulative_wholes.py). Where the share names its whole's noun (`전체 지연의 40%`), the
    largest figure whose clause names that noun before it, if any: `운행 횟수 N회 가운데 지연된 열차는 M회`, the
    delays are the whole of a share of the delays, not the larger count of all runs."""
    best = named_best = None
    for claim in earlier:
        if (claim.unit, claim.kind, claim.counter) != (part.unit, part.kind, part.counter):
            continue
        if claim.forecast or claim.role != "value" or claim is part:
            continue
        if periods_differ(claim, part) or (claim.id in cumulative) != (part.id in cumulative):
            continue
        if best is None or claim.value > best.value:
            best = claim
        if (
            noun
            and claim.value > part.value
            and (named_best is None or claim.value > named_best.value)
            and _names_noun_before(text, claim, noun)
        ):
            named_best = claim
    return named_best or best


def part_stated_right_before(figures: list[Claim], position: int, text: str, joint: re.Pattern[str]) -> bool:
    """Whether the figure before the rate at `position` is an amount its own clause states, joined to the rate by
    `joint` alone (`매출은 20억 원으로 전체의 50%`, `21.5m customers, a market share of 33%`): the share is that
    part's."""
    if not position:
        return False
    rate, before = figures[position], figures[position - 1]
    return (
        before.sentence == rate.sentence
        and before.kind in AMOUNTS
        and before.role == "value"
        and joint.fullmatch(text, before.end, rate.start) is not None
    )
