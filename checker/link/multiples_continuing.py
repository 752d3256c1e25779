"""A multiple in a sentence that goes on about the figure of the sentence before: `의사환자는 24.6명으로 직전
주(12.1명)의 두 배로 늘었다. 유행 기준(6.5명)의 3.8배에 이른다`.

The second sentence names no subject of its own (no topic or subject particle before the figure it compares
with, but for the subject of a clause that describes that figure's date: `규제가 시행되기 전인 2019년(820건)의`):
what is `3.8배` of that figure is the level the sentence before states, the one figure of that
sentence of the compared figure's unit and counter, written as its level or topic (`24.6명으로`, `24.6명은`) or
as a level reached (`12억원에 팔렸다`), a figure that sentence compares with (`12.1명`), the base of a rate
(`1천명당`) and, beside a total, a figure per unit (`한 건당 평균 5억원`) passed over. The words before the figure
compared with may hold its date (`가장 적었던 3월(2만1천명)의`). Two such
figures before (`매출은 1200억원, 영업이익은 90억원`), or a subject in the multiple's sentence: nothing. The
reading spans sentences, so a mismatch is a warning (`guesses`). Words are data (`[link.multiple_of_before]`,
`[link.per_base_after]`, `[link.to_particles]`, `[link.topic_particles]`, `[link.level_reached_particles]`,
`[link.per_noun_marks]`, `[link.clause_subject_particles]`,
`[link.relative_clause_ends]`).
"""

from __future__ import annotations

import bisect

from checker.extract.lang import ByLanguage
from checker.link.clause_marks import PER_BASE_AFTER
from checker.link.figure_kinds import AMOUNTS
from checker.link.per_unit_apart import opens_with_headline
from checker.link.sentence_groups import prose_figures
from checker.models import Claim
from checker.regex_cache import compile_exact

# `기준(6.5명)의 3.8배`: from the figure compared with to the multiple
_OF_BEFORE = ByLanguage(lambda w: rf"\s?(?:{w.multiple_of_before})\s?")
# `유행 기준(`: a word closing on a topic or subject particle before the figure gives the sentence a subject
_SUBJECT = ByLanguage(lambda w: rf"[^\W\d_](?P<particle>{w.topic_particles})(?=[\s,])")
# `규제가 시행되기 전인 2019년(`: a subject particle, then a word ending in a modifier before the figure: the
# subject is of a clause describing what follows, not of the sentence
_CLAUSE_SUBJECT = ByLanguage(lambda w: rf"(?:{w.clause_subject_particles})")
_MODIFIER_AFTER = ByLanguage(lambda w: rf"[^\W\d_](?:{w.relative_clause_ends})(?=\s)")
# `24.6명으로 늘었다`, `24.6명은`: the level or topic of its sentence
_LEVEL_AFTER = ByLanguage(
    lambda w: rf"\s?(?:{w.to_particles}|{w.topic_particles}|{w.level_reached_particles})(?=[\s,.])"
)
# `21억달러(약 2조9천억원)에 공급하는`, `12억달러(약 1조6천억원) 규모의 계약`: past the level's equivalent in
# brackets (the equivalent's own level read past its closing bracket), the particle of a level or a word making
# the figure the amount of the noun after it (`[link.predicate_modifiers]`: the sentence's figure, as `으로` is)
_LEVEL_PAST_BRACKET = ByLanguage(
    lambda w: (
        rf"\s?\([^()]{{1,40}}\)\s?(?:{w.to_particles}|{w.topic_particles}|{w.level_reached_particles})(?=[\s,.])"
        rf"|(?:\s?\([^()]{{1,40}}\))?(?:{w.predicate_modifiers})(?=\s)"
    )
)
# `3,150명을 배치했다`: the one figure of the unit, the object of the sentence's verb (`[link.object_particles]`),
# is what the sentence is about as much as a level is
_LEVEL_AS_OBJECT = ByLanguage(lambda w: rf"\s?(?:{w.object_particles})\s(?=[^\W\d_])")
# `2,600억원 규모로 수출하는`: the figure as the size of what the sentence reports (`[link.size_nouns]`)
_LEVEL_AS_SIZE = ByLanguage(lambda w: rf"\s?(?:{w.size_nouns})(?:{w.to_particles})(?=\s)")
# `계약 금액은 9만 달러(약 1억3천만 원)이다.`: the figure, perhaps past its equivalent, as the predicate closing the
# sentence (`[link.list_copula_ends]`)
_LEVEL_AS_PREDICATE = ByLanguage(lambda w: rf"\s?(?:\([^()]{{1,40}}\))?(?:{w.list_copula_ends})\s?\.")
_CLOSING_BRACKET = compile_exact(r"\s?\)")
# `한 건당 평균 4억원`: a figure per unit (the mark, and a word, before it), no level of its sentence either
_PER_UNIT_BEFORE = ByLanguage(lambda w: rf"(?:{w.per_noun_marks})\s(?:\S+\s)?$")
_PER_REACH = 12
_AVERAGE_WORD = ByLanguage(lambda w: rf"(?:{w.average_clause_words})")
# the few words before the figure compared with, no other figure but a year (`전인 2019년(820건)의`)
_OPENING = compile_exact(r"(?:[^\d]|(?<!\d)\d{4}(?!\d))*")
_OPENING_REACH = 24


def link_multiples_continuing(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = prose_figures(claims)
    equivalents = None
    for i, multiple in enumerate(figures):
        if multiple.kind != "multiple" or multiple.role != "change" or multiple.compared_to or i == 0:
            continue
        measure = figures[i - 1]
        if not _OF_BEFORE[lang].fullmatch(text, measure.end, multiple.start):
            continue
        if equivalents is None:
            equivalents = equivalents_by_sentence(claims)
        level = level_before(figures, i, text, lang, sentence_starts, equivalents)
        if level is None:
            continue
        multiple.change_of, multiple.compared_to = level.id, measure.id
        multiple.guesses = sorted(set(multiple.guesses) | {"relation"})


def equivalents_by_sentence(claims: list[Claim]) -> dict[int, list[Claim]]:
    """The equivalents in brackets (`12억달러(약 1조6천억원)`) of the article's figures, by sentence, built once."""
    out: dict[int, list[Claim]] = {}
    for claim in claims:
        if claim.role == "conversion" and claim.converts and not claim.furniture:
            out.setdefault(claim.sentence, []).append(claim)
    return out


def level_before(
    figures: list[Claim],
    i: int,
    text: str,
    lang: str,
    sentence_starts: list[int],
    equivalents: dict[int, list[Claim]] | None = None,
) -> Claim | None:
    """The level of the sentence before that the i-th figure (a multiple or ratio of the figure right before it,
    `기준(6.5명)의 3.8배`) is said of, when its sentence names no subject of its own and opens on that figure.
    `equivalents` (`equivalents_by_sentence`): a level written in another currency with its equivalent in brackets
    (`12억달러(약 1조6천억원) 규모의 계약을 맺었다. 지난해 매출 1조1천억원의 1.5배 규모다`) is stated in the
    compared figure's unit by that equivalent."""
    said, measure = figures[i], figures[i - 1]
    s_start = sentence_starts[said.sentence]
    # `하루 2,000명꼴로, 예측치 50만명의 1.5배다`: an average of the level opening the sentence goes before it
    leading = [c for c in _in_sentence(figures, said.sentence) if c.end <= measure.start]
    average = _average_opening(figures, leading, said.sentence - 1) if leading and said.sentence else None
    opening_at = leading[-1].end if average is not None else s_start
    if (
        measure.sentence != said.sentence
        or said.sentence == 0
        or measure.kind not in AMOUNTS
        or (leading and average is None)
        or measure.start - s_start > _OPENING_REACH
        or not _opens_on(text, opening_at, measure)
        or _names_subject(text, s_start, measure.start, lang)
    ):
        return None
    level_sentence = said.sentence - 1
    before = _in_sentence(figures, level_sentence)
    levels = _levels_of(before, measure, text, lang, sentence_starts, equivalents)
    if (
        levels
        and said.sentence >= 2
        and not _per_unit(measure, text, lang, sentence_starts)
        and all(_priced_per_unit(c, before, text, lang, sentence_starts) for c in levels)
        # (one restating the sentence before as an average, `한 곳당 1,050만 원이 드는 셈이다`, is read below)
        and _AVERAGE_WORD[lang].search(text, levels[-1].end, s_start) is None
        # (`관리비는 한 대당 연 20만원이다. 지난해 관리비 8천만원의 1.25배다`: a sentence naming a word the one per unit
        # names is of what that one prices, no aside)
        and not _names_a_word_of(text, s_start, measure.start, sentence_starts[level_sentence], s_start)
    ):
        # `개당 12달러(약 1만7천원)로 국내 값보다 비싸다. 지난해 매출 2억원의 16%에 이르는 물량이다`: a sentence that
        # only prices one unit of what the sentence before it states is an aside; the share or multiple after it
        # is of that sentence's level
        level_sentence -= 1
        before = _in_sentence(figures, level_sentence)
        levels = _levels_of(before, measure, text, lang, sentence_starts, equivalents)
        levels = [c for c in levels if not _priced_per_unit(c, before, text, lang, sentence_starts)]
    if not levels:
        carried = _level_carried_on(figures, before, level_sentence, measure, text, lang, sentence_starts)
        if carried is not None:
            return carried
    if (
        len(levels) == 1
        and _THIS_DEAL[lang].match(text, s_start)
        and levels[0] is not _story_first_amount(figures, measure, text)
        and has_subject(text, sentence_starts[levels[0].sentence], levels[0].start, lang)
    ):
        levels = []  # (`순이익은 4억원이었다. 올해 기부액은 …의 1.3배`: the level before is its own subject's)
    if len(levels) != 1 and _THIS_DEAL[lang].match(text, s_start):
        # `이번 계약 물량은 종전 최대 계약(W)의 Z배다` after a sentence on its parts or on other figures: the deal the
        # story reports, whose amount its lead states first
        return _lead_of_the_deal(figures, said, measure, text)
    if len(levels) != 1:
        return None  # two figures of the unit before: which one is meant is not said
    if (
        _per_unit(levels[0], text, lang, sentence_starts)
        and not _per_unit(measure, text, lang, sentence_starts)
        and _AVERAGE_WORD[lang].search(text, levels[0].end, s_start) is not None
    ):
        # `모두 8억4천만원이 들었다. 한 곳당 4,200만원꼴이다. 지난해 집행액(5억6천만원)의 1.5배다`: a figure per
        # unit restating the
        # sentence before it as an average (`꼴`, `셈`: `[link.average_clause_words]`) is no level a total is compared
        # with; the total it restates, that sentence's whole (the figure its listed parts are parts of), is (a rate
        # per a base, `1천명당 24.6명으로 늘었다`, is a level)
        return _whole_restated(figures, level_sentence - 1, measure)
    end = levels[0].end
    if levels[0].role == "conversion":
        closing = _CLOSING_BRACKET.match(text, end)
        source = next((c for c in before if c.id == levels[0].converts), None)
        if closing is not None:
            end = closing.end()
        elif source is not None and source.end < levels[0].start:
            # `주문액은 2만달러로, 이날 환율로 약 2천900만원이다`: an equivalent the sentence states after its figure
            # (no brackets) is the level its figure states
            end = source.end
        else:
            return None
    # (a figure closing its sentence as its predicate, `계약 금액은 9만 달러다.`, is a level only past a sentence
    # pricing one unit of it: `방문객은 70만 명이었다. 단체 방문객만 …의 두 배였다` compares another quantity; so
    # does `관리비는 한 대당 연 20만원이다. 지난해 관리비 …의 1.25배다`)
    if not _states_level(text, end, lang, predicate=level_sentence != said.sentence - 1):
        return None  # one figure of the unit before, but no level of its sentence
    if levels[0].low <= 0 or measure.low <= 0:
        return None
    if average is not None and average.id != levels[0].id:
        return None  # the average opening the sentence is of another figure than its level
    return levels[0]


_CARRIED_REACH = 2


def _per_unit(figure: Claim, text: str, lang: str, sentence_starts: list[int]) -> bool:
    """Whether a per-unit mark stands right before the figure (`한 곳당 연간 1천만원`)."""
    start = max(sentence_starts[figure.sentence], figure.start - _PER_REACH)
    return _PER_UNIT_BEFORE[lang].search(text, start, figure.start) is not None


def _whole_restated(figures: list[Claim], sentence: int, measure: Claim) -> Claim | None:
    """The one whole of a sentence's listed parts (the figure they are parts of), of the measure's unit and counter."""
    if sentence < 0:
        return None
    own = _in_sentence(figures, sentence)
    wholes = {c.part_of for c in own if c.part_of is not None}
    found = [
        c
        for c in own
        if c.id in wholes and c.kind == measure.kind and (c.unit, c.counter) == (measure.unit, measure.counter)
    ]
    return found[0] if len(found) == 1 and found[0].low > 0 and measure.low > 0 else None


def _average_opening(figures: list[Claim], leading: list[Claim], sentence: int) -> Claim | None:
    """The total of the sentence before that the one figure opening a multiple's sentence is an average of (read
    by the per-period and per-unit linkers, run first: `73만명으로 집계됐다. 하루 2,000명꼴로, …`), or None."""
    if len(leading) != 1:
        return None
    (aside,) = leading
    for c in _in_sentence(figures, sentence):
        if c.per_period_of == aside.id or c.id == aside.per_unit_of:
            return c
    return None


_THIS_DEAL = ByLanguage(lambda w: rf"\s*(?:{w.share_subject_this_deal})")


def _level_carried_on(
    figures: list[Claim],
    before: list[Claim],
    sentence: int,
    measure: Claim,
    text: str,
    lang: str,
    sentence_starts: list[int],
) -> Claim | None:
    """The level a sentence before goes on about without a level of its own: `3,150명을 배치했다. 지난해(2,800명)보다
    12.5% 늘었다. 2018년(150명)의 21배 수준이다`. The middle sentence names no subject and states a change already
    read as of one figure of the sentences before it (the change linkers run first); the multiple after it is of
    that figure too, when it is of the compared figure's unit and counter."""
    if not before or has_subject(text, sentence_starts[sentence], before[0].start, lang):
        return None
    targets = {c.change_of for c in before if c.change_of is not None}
    if len(targets) != 1:
        return None
    (target,) = targets
    for earlier in range(sentence - 1, max(-1, sentence - 1 - _CARRIED_REACH), -1):
        for c in _in_sentence(figures, earlier):
            if c.id != target:
                continue
            if c.kind == measure.kind and (c.unit, c.counter) == (measure.unit, measure.counter) and c.low > 0:
                return c
            return None
    return None


def _story_first_amount(figures: list[Claim], measure: Claim, text: str) -> Claim | None:
    """The story's first amount of the compared figure's kind below the headline."""
    skip_line = 1 if opens_with_headline(text) else 0
    return next((c for c in figures if c.line > skip_line and c.kind == measure.kind), None)


def _lead_of_the_deal(figures: list[Claim], said: Claim, measure: Claim, text: str) -> Claim | None:
    """The story's first amount of the compared figure's kind below the headline, a value of its unit and counter
    stated before the sentence just before the multiple's (that one read first), or None."""
    first = _story_first_amount(figures, measure, text)
    if (
        first is None
        or first.sentence >= said.sentence - 1
        or first.role != "value"
        or (first.unit, first.counter) != (measure.unit, measure.counter)
        or first.low <= 0
    ):
        return None
    return first


def _states_level(text: str, end: int, lang: str, predicate: bool = True) -> bool:
    """Whether the figure ending at `end` is what its sentence states: its level or topic (`24.6명으로`), a level
    reached (`12억원에 팔렸다`), past an equivalent in brackets, the object of its verb (`3,150명을 배치했다`) or the
    size of what it reports (`2,600억원 규모로`)."""
    return bool(
        _LEVEL_AFTER[lang].match(text, end)
        or _LEVEL_PAST_BRACKET[lang].match(text, end)
        or _LEVEL_AS_OBJECT[lang].match(text, end)
        or _LEVEL_AS_SIZE[lang].match(text, end)
        or (predicate and _LEVEL_AS_PREDICATE[lang].match(text, end))
    )


def _in_sentence(figures: list[Claim], sentence: int) -> list[Claim]:
    """The figures of one sentence, found by bisection (figures are in text order): no walk over the article's
    figures for each multiple."""
    low = bisect.bisect_left(figures, sentence, key=_sentence_of)
    return figures[low : bisect.bisect_right(figures, sentence, lo=low, key=_sentence_of)]


def _sentence_of(claim: Claim) -> int:
    return claim.sentence


def _opens_on(text: str, s_start: int, measure: Claim) -> bool:
    """Whether the words before the figure compared with hold no other figure: but a year (`2019년(820건)의`), or the
    date read as that figure's period (`가장 적었던 2월(3만9천명)의`)."""
    if _OPENING.fullmatch(text, s_start, measure.start):
        return True
    span = measure.period_span
    return (
        span is not None
        and s_start <= span.start
        and span.end <= measure.start
        and _OPENING.fullmatch(text, s_start, span.start) is not None
        and _OPENING.fullmatch(text, span.end, measure.start) is not None
    )


def _names_subject(text: str, start: int, end: int, lang: str) -> bool:
    """`has_subject`, but for a subject that names the deal the story reports (`이번 계약 금액은`, `계약 규모는`,
    `[link.share_subject_this_deal]`): that subject is the amount the sentence before states, no subject of its own."""
    deal = _THIS_DEAL[lang].match(text, start, end)
    return has_subject(text, deal.end() if deal else start, end, lang)


def has_subject(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the words from `start` to `end` (before a figure compared with) name a subject of the sentence: a
    topic or subject particle not closing the subject of a clause that modifies what follows (`규제가 시행되기
    전인 2019년`)."""
    for subject in _SUBJECT[lang].finditer(text, start, end):
        modifies = _CLAUSE_SUBJECT[lang].fullmatch(subject.group("particle")) and _MODIFIER_AFTER[lang].search(
            text, subject.end(), end
        )
        if not modifies:
            return True
    return False


def _levels_of(
    before: list[Claim],
    measure: Claim,
    text: str,
    lang: str,
    sentence_starts: list[int],
    equivalents: dict[int, list[Claim]] | None,
) -> list[Claim]:
    """The figures of one sentence that may be its level for a figure of the measure's unit and counter: its values
    (none it compares with), or else the equivalents in brackets of its values."""
    # `24.6명으로 직전 주(12.1명)의 두 배`: a figure the sentence before compares with is no level of it
    compared = {c.compared_to for c in before if c.compared_to}
    levels = [
        c
        for c in before
        if c.role == "value"
        and c.id not in compared
        and not PER_BASE_AFTER[lang].match(text, c.end)
        and c.kind == measure.kind
        and (c.unit, c.counter) == (measure.unit, measure.counter)
    ]
    if len(levels) > 1:
        # `총 60억원으로 한 건당 평균 5억원 규모다`: beside a total, a figure per unit is no level of the sentence
        # (alone, `1천명당 24.6명으로`, it is)
        levels = [c for c in levels if not _per_unit(c, text, lang, sentence_starts)]
    if not levels and equivalents and before:
        # (the level's figure in the compared figure's unit is its equivalent in brackets: the equivalent of one
        # value of the sentence, nothing else of the unit there)
        values = {c.id for c in before if c.role == "value" and c.id not in compared}
        levels = [
            c
            for c in equivalents.get(before[0].sentence, ())
            if c.converts in values
            and c.kind == measure.kind
            and (c.unit, c.counter) == (measure.unit, measure.counter)
        ]
    return levels


def _priced_per_unit(figure: Claim, sentence: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> bool:
    """Whether a per-unit mark stands before the figure or before the figure its equivalent converts (`개당
    12달러(약 1만7천원)`)."""
    if figure.role == "conversion":
        figure = next((c for c in sentence if c.id == figure.converts), figure)
    return _per_unit(figure, text, lang, sentence_starts)


_WORD = compile_exact(r"[^\W\d_]{2,}")


def _names_a_word_of(text: str, start: int, end: int, other_start: int, other_end: int) -> bool:
    """Whether a word of two letters or more between `start` and `end` is written in the other span too."""
    other = text[other_start:other_end].casefold()
    return any(word.group().casefold() in other for word in _WORD.finditer(text, start, end))
