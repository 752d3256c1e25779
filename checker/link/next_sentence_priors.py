"""A change measured from a time the sentence names, and that time's figure stated in the next sentence: `총수입은
702조4천억원으로 올해보다 4.4% 늘어날 것으로 예상했다. 올해 총수입 전망치는 672조8천억원이다.`

The change is tied to its value and to no earlier figure; the word right before the comparison (`올해보다`,
`[link.compared_after]`) names a time, and the next sentence of the paragraph opens with that word and states
exactly one figure of the value's unit, a level of no other metric: that figure is the earlier one the change is
measured from — for a rate of change, an amount's change, or a change in points (`실업률은 3.1%로
전월보다 0.2%포인트 하락했다. 전월 실업률은 3.3%였다`). A year-on-year change that names no time has its
prior in the next sentence when that sentence opens with the year before (`… 1천99만4천TEU로 1.8% 증가했다.
수출입 화물의 전년 실적은 1천80만TEU였다.`, `Exports rose 2.4% to 8.4m tonnes. A year earlier they were
8.2m tonnes.`), after at most the name of what it counts, written in the change's sentence too (`Fees in the
previous year were …`; `[link.prior_year_openers]`, `[link.prior_year_possessives]`); a count of no noun of its
own there (`A year ago it sold 4,000`) counts what the value counts. Some of those openers
(`[link.prior_year_paragraph_openers]`: `A year earlier`, not a Korean `지난해`, which names the year reported)
may open the next paragraph as well. So does a change followed by its comparison with last year (`Forty-four families
…, six more than last year. Last year 38 families …`: `[link.prior_year_after_change]`,
`[link.prior_year_named_openers]`), in the paragraph.

Not when the sentence before the change's, in its paragraph, already states a figure of the value's unit and counter
dated in its own words to the period the change is measured from (`지난해 전시에는 1만6천 명이 다녀갔다. 올해 관람객은
지난해보다 50% 늘어난 2만4천 명 … 지난해 분재 교실에는 2천 명이 참여했다`): the prior is stated before, and the next
sentence's figure of that time is its own (checker/link/later_priors.py, `stated_before`)."""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.keys_differ import metrics_differ
from checker.link.later_priors import stated_before
from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim

# The time named right before the comparison, no figure between it and the change (`올해보다 `, `작년에 비해 `).
_TIME_COMPARED = ByLanguage(lambda w: rf"(?<![^\s(])(?P<time>[^\W\d_]{{2,6}})(?:{w.compared_after})\s*$")
_REACH = 16
# `수출입 화물의 전년 실적은 `, `A year earlier, `: the next sentence opens with the year before, after at most a
# name of what it counts (`[link.prior_year_openers]`)
_YEAR_BEFORE_OPENING = ByLanguage(
    lambda w: rf"(?P<name>[^\d.,;:()]{{0,24}}?)\s?(?:{w.prior_year_openers})(?![^\W\d_])", re.I
)
# the openers of those that may open the next paragraph (`[link.prior_year_paragraph_openers]`)
_YEAR_BEFORE_PARAGRAPH_OPENING = ByLanguage(
    lambda w: rf"[^\d.,;:()]{{0,24}}?\s?(?:{w.prior_year_paragraph_openers})(?![^\W\d_])", re.I
)
_LEVELS = ("value", "prior")
_RATE_LEVELS = ("value", "prior", "share")  # a rate stated as a level reads as a share
# a rate of change, a change in points (of a rate) or an amount's change (`0.2%포인트 하락했다. 전월 …은 3.3%`)
_CHANGES = ("percent", "pp", "money", "count", "measure")
_POSSESSIVE = ByLanguage(lambda w: rf"(?:{w.prior_year_possessives})$")
# `six more than last year` right after the change, and `Last year 38 families …` opening the next sentence: the
# comparison names last year after the change (`[link.prior_year_after_change]`), the next sentence opens on it
# (`[link.prior_year_named_openers]`)
_LAST_YEAR_AFTER = ByLanguage(lambda w: rf"(?:{w.prior_year_after_change})", re.I)
_LAST_YEAR_OPENING = ByLanguage(lambda w: rf"(?:{w.prior_year_named_openers})")


def link_next_sentence_priors(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    by_id = {c.id: c for c in claims}
    by_sentence = prose_by_sentence(claims)
    for change in claims:
        if change.role != "change" or change.kind not in _CHANGES or change.compared_to is not None:
            continue
        value = by_id.get(change.change_of or "")
        if value is None or value.sentence != change.sentence or change.sentence + 1 >= len(sentence_starts):
            continue
        named = _TIME_COMPARED[lang].search(text, max(0, change.start - _REACH), change.start)
        if named is None and change.basis not in (None, "year"):
            continue
        following = [c for c in by_sentence.get(change.sentence + 1, []) if c.unit == value.unit]
        levels = _RATE_LEVELS if change.kind == "pp" else _LEVELS
        if len(following) != 1 or following[0].role not in levels:
            continue
        across = following[0].paragraph != change.paragraph
        if across and (named is not None or following[0].paragraph != change.paragraph + 1):
            continue
        if metrics_differ(following[0], value) or following[0].compared_to or following[0].change_of:
            continue
        if following[0].counter not in ("", value.counter):
            continue  # (a count of no noun of its own, `A year ago it sold 4,000`, counts what the value counts)
        opening = text[sentence_starts[change.sentence + 1] : following[0].start].lstrip()
        if named is not None:
            if not re.match(rf"{re.escape(named.group('time'))}(?![^\W\d_])", opening):
                continue
        elif _LAST_YEAR_AFTER[lang].match(text, change.end) and _LAST_YEAR_OPENING[lang].match(opening):
            if across:
                continue
        elif not _opens_with_the_year_before(opening, text, sentence_starts[change.sentence], change.start, lang):
            continue
        elif across and not _YEAR_BEFORE_PARAGRAPH_OPENING[lang].match(opening):
            continue  # (`… rose 12% to £3.6m.` ¶ `A year earlier, …`: an opener that may open the next paragraph)
        if value.period is not None and stated_before(
            by_sentence.get(value.sentence - 1, []),
            value,
            value.period.previous(change.basis or "year"),
            text,
            lang,
            sentence_starts,
        ):
            continue  # (the prior stated the sentence before: the next sentence's figure is another of that time)
        following[0].role = "prior"
        change.compared_to = following[0].id


def _opens_with_the_year_before(opening: str, text: str, start: int, end: int, lang: str) -> bool:
    """Whether the next sentence opens with the year before, the name before it (if any, without its possessive)
    written in the change's sentence too: the figure is the same thing a year earlier."""
    found = _YEAR_BEFORE_OPENING[lang].match(opening)
    if found is None:
        return False
    name = _POSSESSIVE[lang].sub("", found.group("name").strip())
    return not name or name.casefold() in text[start:end].casefold()
