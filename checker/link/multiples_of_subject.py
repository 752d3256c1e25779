"""A multiple whose figures the article stated before, named by the nouns of its sentence: `관람객은 지난해
행사(8만명)의 1.5배에 이른다` (the subject's figure, `관람객 12만명`, stated a paragraph before), `기념품 매출은
입장료 수입의 3배를 넘었다` (both figures stated before, `기념품 매출은 96억원`, `입장료 수입은 31억원`).

The multiple's sentence has one subject (a noun phrase and a topic or subject particle before what the multiple is
of) and no figure of its own before the figure it is of. The figure it is of is the one right before it, joined by
a genitive (`행사(8만명)의`), or, when the sentence states none, the one figure a noun joined to the multiple by a
genitive names (`입장료 수입의`): every figure of the article before the multiple's sentence that this noun names
right before it (`입장료 수입은 31억원`), all of one value. The figure multiplied is the subject's: every figure
stated before the multiple's sentence, of the same unit and counter, named right before it by the first word of the
subject's phrase that names any (`관람객 15만명` for `관람객 규모는`; `온라인 9억원` for `온라인 판매액은`, not the
whole's `판매액`), the phrase's later words only for a figure they name with no other word before them (`복구 면적이`
is not `피해 면적은 2천㏊`), all of one value, larger than
the figure it is of when the multiple is above one. Several values under a noun: which one is meant is not said,
nothing is linked. A figure named by the subject within the multiple's own sentence (`매출은 40억원으로 …의 2배`)
is for the rules of one sentence (multiples.py). The reading spans sentences, so a mismatch is a warning
(`guesses`). Words are data (`[link.naming_nouns]`, `[link.topic_particles]`, `[link.multiple_of_before]`,
`[link.hedges]`, `[link.genitive]`).

The nouns naming the article's figures are read once per article (an index from noun to figures); each
multiple looks its nouns up there.
"""

from __future__ import annotations

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import prose_figures
from checker.models import Claim

# `전국 가구 시청률은 `: the sentence's subject, up to three words closed by a topic or subject particle
_SUBJECT = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?P<phrase>(?:[^\W\d_]+\s){{0,2}}?[^\W\d_]+?)(?:{w.topic_particles})(?=\s)"
)
# `(8만명)의 1.5배`: the figure it is of, right before the multiple
_OF_FIGURE = ByLanguage(lambda w: rf"\)?\s?(?:{w.multiple_of_before})\s?")
# `입장료 수입의 3배`: a noun, no figure, right before the multiple (and the word before it that narrows it, not
# the subject: `매출은 예산의`)
_OF_NOUN = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?P<phrase>(?:(?![^\s]*(?:{w.topic_particles})\s)[^\W\d_]+\s)?(?:{w.naming_nouns}))"
        rf"(?:{w.multiple_of_before})\s?$"
    )
)
# `입장료 수입은 31억원`, `관람객 12만명`, `수입(31억원)`: the noun right before a figure, and the word before it
_NOUN_BY = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?:(?P<before>[^\W\d_]+)\s)?(?P<noun>{w.naming_nouns})"
        rf"(?:\(|(?:{w.topic_particles})?\s?(?:(?:{w.hedges})\s?)?)$"
    )
)
# `잔고` of `수주잔고`: the last noun of a compound written as one word, which may name the compound's figure alone
_COMPOUND_HEAD = ByLanguage(lambda w: rf"(?:{w.compound_heads})")
_AMOUNTS = ("money", "count", "measure", "percent")
_NOUN_REACH = 16  # characters before a figure where its noun stands


def link_multiples_of_subject(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = prose_figures(claims)
    by_id: dict[str, Claim] | None = None
    open_: set[str] = set()
    for c in figures:
        if c.kind != "multiple" or c.role != "change":
            continue
        if not c.compared_to:
            open_.add(c.id)
            continue
        if by_id is None:  # (built once per article, and only for an article with a linked multiple)
            by_id = {f.id: f for f in figures}
        if _borrowed(c, by_id):
            open_.add(c.id)
    if not open_:
        return
    named, narrowers, heads = _named_figures(figures, text, lang, sentence_starts)
    for i, multiple in enumerate(figures):
        if multiple.id not in open_:
            continue
        s_start = sentence_starts[multiple.sentence]
        own = [c for c in figures[max(0, i - 8) : i] if c.sentence == multiple.sentence]
        value = None
        subject_from = s_start  # where the words naming the sentence's subject start
        if own and _OF_FIGURE[lang].fullmatch(text, own[-1].end, multiple.start):
            measure, subject_end = own[-1], own[-1].start
            if measure.kind not in _AMOUNTS or any((c.kind, c.unit) == (measure.kind, measure.unit) for c in own[:-1]):
                continue  # a figure of its own before the one it is of: the rules of one sentence decide
            # (a count of another unit in the words naming the figure, `위성 2기의 사업비 X의`, is no such figure)
        else:
            noun = _OF_NOUN[lang].search(text, max(s_start, multiple.start - _NOUN_REACH), multiple.start)
            if noun is None:
                continue
            phrase = noun.group("phrase")
            last = phrase.split()[-1]
            of_noun = named.get(phrase) or named.get(last) or heads.get(last, [])
            measure = _one_value(of_noun, multiple.sentence)
            subject_end = noun.start()
            if measure is None and len(own) == 1 and any(c.id == own[0].id for c in of_noun):
                # `축제 예산은 48억원으로 파급효과가 예산의 25배에 이른다`: the noun names the sentence's own one
                # figure, which is the figure it is of; the subject after it names the figure multiplied
                measure, subject_from, own = own[0], own[0].end, []
            if measure is None:
                continue
            if own:
                # `30만가구로 귀농 가구의 27배`: the sentence states the figure multiplied, the one it has
                if len(own) != 1 or own[0].id != multiple.change_of or own[0].kind != measure.kind:
                    continue
                value = own[0]
        if value is None:
            subjects = list(_SUBJECT[lang].finditer(text, subject_from, subject_end))
            if not subjects and not own and subject_from == s_start:
                # `생산능력은 3억6천만봉이다. 판매량의 두 배가 넘는 규모다`: a sentence of no subject goes on about the
                # one figure of the sentence before
                value = _one_before(figures, i, multiple.sentence, measure)
                subjects = []
            elif len(subjects) != 1:
                continue
            # (the phrase's first word that names a figure of the unit: `온라인 판매액` is named by `온라인`
            # before `판매액`, which may name the whole)
            candidates: list[Claim] = []
            words = subjects[0].group("phrase").split() if subjects else []
            for k, word in enumerate(words):
                candidates = [
                    c
                    for c in named.get(word, [])
                    if _fits(c, measure) and not _narrowed_otherwise(narrowers.get(c.id), words, k)
                ]
                if candidates:
                    break
            for word in words if not candidates else ():
                # (`잔고는`: the figure of a compound it ends, `수주잔고는 4,960억원`, when no figure has the
                # phrase's words for its own noun)
                candidates = [c for c in heads.get(word, []) if _fits(c, measure)]
                if candidates:
                    break
            if subjects:
                value = _one_value(candidates, multiple.sentence)
        if value is None or measure.low <= 0 or (value.unit, value.counter) != (measure.unit, measure.counter):
            continue
        if multiple.value > 1 and value.value <= measure.value:
            continue  # a multiple above one of a larger figure: not the pair meant
        multiple.change_of, multiple.compared_to = value.id, measure.id
        if value.metric != measure.metric:
            # (`잔고가 매출의 두 배`: a multiple between the figures of two metrics is of neither; the one it took
            # from the value it was first read as the change of would unlink the figure it is of)
            multiple.metric = None
        multiple.guesses = sorted(set(multiple.guesses) | {"relation"})


def _borrowed(multiple: Claim, by_id: dict[str, Claim]) -> bool:
    """`잔고는 1조원으로 6월 말(8천억원)보다 25% 불었다. 잔고가 연 매출의 두 배를 넘었다`: a multiple alone in its
    sentence that the role stage read as the change of the sentence before (its value and that value's baseline,
    both stated before its sentence) is open to the figure its own sentence names by a genitive (`매출의`): that
    noun, not the baseline borrowed from the sentence before, says what the multiple is of."""
    linked = [by_id.get(multiple.change_of or ""), by_id.get(multiple.compared_to or "")]
    return all(c is not None and c.sentence < multiple.sentence for c in linked)


def _one_before(figures: list[Claim], i: int, sentence: int, measure: Claim) -> Claim | None:
    """The one figure of the sentence before the i-th figure's, stated as a value, that fits the figure a multiple
    is of (walked back from the multiple, not over the article); None for none or several."""
    found = []
    for c in reversed(figures[max(0, i - 16) : i]):
        if c.sentence < sentence - 1:
            break
        if c.sentence == sentence - 1 and _fits(c, measure):
            found.append(c)
    if len(found) != 1 or found[0].role != "value" or found[0].per_unit_of:
        return None
    return found[0]


def _fits(figure: Claim, measure: Claim) -> bool:
    """A figure the multiple may multiply: of the kind, unit and counter of the one it is of, and not that one."""
    return (figure.kind, figure.unit, figure.counter) == (measure.kind, measure.unit, measure.counter) and (
        figure.id != measure.id
    )


def _named_figures(
    figures: list[Claim], text: str, lang: str, sentence_starts: list[int]
) -> tuple[dict[str, list[Claim]], dict[str, str], dict[str, list[Claim]]]:
    """Each noun (and each noun with the word before it) and the figures, stated as values, it names right before
    them, in text order; the word before each figure's noun; and each last noun of a compound written as one word
    (`잔고` of `수주잔고`) and the figures the compound names."""
    out: dict[str, list[Claim]] = {}
    heads: dict[str, list[Claim]] = {}
    head = _COMPOUND_HEAD[lang]
    narrowers: dict[str, str] = {}  # the word before each figure's noun (`피해` of `피해 면적은 2천㏊`)
    pattern = _NOUN_BY[lang]
    for figure in figures:
        if figure.kind not in _AMOUNTS or not (figure.role == "value" or _level_rate(figure)):
            continue
        found = pattern.search(text, max(sentence_starts[figure.sentence], figure.start - _NOUN_REACH), figure.start)
        if found is not None:
            noun = found.group("noun")
            out.setdefault(noun, []).append(figure)
            for k in range(1, len(noun) - 1):
                if head.fullmatch(noun, k):
                    heads.setdefault(noun[k:], []).append(figure)
            if found.group("before"):  # (`귀농 가구`: the noun with the word that narrows it)
                out.setdefault(f"{found.group('before')} {found.group('noun')}", []).append(figure)
                narrowers[figure.id] = found.group("before")
    return out, narrowers, heads


def _narrowed_otherwise(narrower: str | None, words: list[str], k: int) -> bool:
    """Whether a figure named by the subject's k-th word, the head of a narrower phrase (`복구 면적이`), is named
    with another word before it (`피해 면적은 2천㏊`): another quantity of the same noun."""
    return k > 0 and narrower is not None and narrower not in words


def _level_rate(figure: Claim) -> bool:
    """A rate stated as a level, of no whole (`시청률 12.4%`): a figure a multiple may be of."""
    return figure.kind == "percent" and figure.role == "share" and not (figure.whole or figure.share_whole)


def _one_value(figures: list[Claim], sentence: int) -> Claim | None:
    """The figure stated before the sentence when every one of them is of one value (a headline and its body),
    else None."""
    # (walked from the start, the figures in text order: it stops at the sentence, or at the first other value,
    # not after every figure the noun names in a long article)
    last = None
    for c in figures:
        if c.sentence >= sentence:
            break
        if last is not None and c.value != last.value:
            return None
        last = c
    return last
