"""A rate compared with a figure named after it, the figure it measures stated sentences before: `The film took in
$150 million. … The opening was 25% higher than the previous record of $120 million`, `The index closed at 2,400
points. It is now 20% below its peak of 3,000 points`.

The comparison's subject (`the opening`, `it`) refers back: the sentence states no figure of its own before the
rate. When the subject is a noun (`The debut was …`), the figure measured is the one figure of the compared
figure's unit, kind and counter in the latest earlier sentence that names that noun (`… the biggest debut ever`),
however many sentences back (a sentence of other figures of the unit between, `a global opening of $438m … a
budget of $200m`, is passed over: it does not name the subject). Otherwise (`It is …`) it is the figure of that
unit in the three sentences before, the latest, when its sentence holds no other (so too when no sentence
before names the noun). Two such figures in the chosen
sentence: which one the subject means, the size does not tell, so nothing is linked. Found by position, a guess.
A premium or discount to a price (`The offer is a 38% premium to Verin's closing price of $44.93`,
`[link.rate_ahead_of]`, `[link.rate_behind]`) is read so; a second comparison joined to the first in its sentence
(`… and a 50% premium to its 30-day average of $41.20`) measures the same figure. A fraction in words compares as a
rate does (`It is still about a third above the £523 average`).

A move from a figure named after it reads its level the same way (`For the week, the index rose 3% from its close
of 23,600`, `Receipts were up £36bn, or 4.2%, on the £864bn collected a year before`): its subject is the words
before the move verb; only a value counts as the level (a baseline or prior beside it is what it was before).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.roles import comparison_to
from checker.link.segment import sentence_end
from checker.models import Claim
from checker.regex_cache import compile_exact

_COMPARED_AFTER = ByLanguage(lambda w: comparison_to(w), re.I)
# right after a figure, the mark of each of a count it is shared over (`…, 36 at each of their 52 picks`)
_SHARED_OVER_EACH = ByLanguage(lambda w: rf"\s+(?:{w.each_of_count_marks})\s", re.I)
# `21% ahead of the $70m opening`, `8% behind the 2,000 sold`, `a 50% premium to its 30-day average of $41.20`
# (a hyphened number opening a word of the noun): words the role rules leave a share (after points
# between two rates they make a lead), read here as the comparison only when a figure follows in the pattern above.
_AHEAD_OR_BEHIND = ByLanguage(
    lambda w: (
        rf"\s+(?:(?P<ahead>{w.rate_ahead_of})|{w.rate_behind})\s+"
        rf"(?:(?:{w.definite_articles}|{w.possessive_determiners}|{w.indefinite_articles}|{w.holder_possessive})\s+)?"
        rf"(?:(?:{w.small_letters}|\d+-)[\w'’-]*\s+){{0,3}}?(?:(?:{w.label_links})\s+)?$"
    ),
    re.I,
)
# `The domestic debut was `: the clause before the rate, its subject's last word the noun it names (a subject
# with its article: `It is` names no noun).
_SUBJECT_BEFORE = ByLanguage(
    lambda w: (
        rf"(?:{w.definite_articles}|{w.possessive_determiners})\s+(?:[^\W\d_][\w'’-]*\s+){{0,3}}?"
        rf"(?P<noun>[^\W\d_][\w-]*)\s+(?:{w.comparison_copulas})\s+"
    ),
    re.I,
)
# `For the week, the index rose 2.4% from its close of 2,300 points`, `Receipts were up £3bn, or 3.6%, on the
# £83bn of last year`: a move from a figure named after it, the level it reached stated sentences before.
_FROM_AFTER = ByLanguage(
    lambda w: (
        rf",?\s+(?:{w.from_words})\s+(?:(?:{w.definite_articles}|{w.possessive_determiners})\s+)?"
        rf"(?:{w.small_letters}[\w'’-]*\s+){{0,3}}?(?:(?:{w.label_links})\s+)?$"
    ),
    re.I,
)
_MOVER_BEFORE = ByLanguage(
    lambda w: (
        # (`Overnight stays fell 4% from …`: a subject opening its sentence needs no determiner)
        rf"(?:(?:{w.definite_articles}|{w.possessive_determiners})\s+|^|(?<=[.!?]\s)|(?<=\n))"
        rf"(?P<modifiers>(?:[^\W\d_][\w'’-]*\s+){{0,3}}?)"
        rf"(?P<noun>[^\W\d_][\w-]*)\s+(?:(?:{w.comparison_copulas})\s+)?"
        rf"(?:{w.rise_verbs_before}|{w.fall_verbs_before})\s+(?:(?:{w.by_words})\s+)?$"
    ),
    re.I,
)
# `The total was up …`: a subject naming the whole (`[link.whole_naming_subjects]`), whose level is no part of it
_WHOLE_SUBJECT = ByLanguage(lambda w: rf"(?:{w.whole_naming_subjects})", re.I)
# `720, or 30 per cent`: between a figure and the share set beside it
_SHARE_AFTER = ByLanguage(lambda w: rf"\s*,\s*(?:{w.appositive_share_marks})\s+", re.I)
# (a fraction in words compares as a percentage does: `It is still about a third above the £523 average`)
_RATES = ("percent", "fraction")
_SENTENCES_BACK = 3
_NOUN_SENTENCES_BACK = 8


def link_comparisons_apart(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = sorted((c for c in claims if c.role != "conversion" and not c.furniture), key=lambda c: c.start)
    # by sentence: the figure a comparison there was measured from, and the ids of the figures compared with
    linked: dict[int, tuple[Claim, set[str]]] = {}
    memo: dict = {}  # (what is read once per article: the parts a subject naming the whole passes over)
    for position, rate in enumerate(figures):
        if rate.kind not in _RATES or rate.role not in ("change", "share") or rate.change_of or rate.compared_to:
            continue
        later = figures[position + 1] if position + 1 < len(figures) else None
        if later is None or later.sentence != rate.sentence or later.kind not in AMOUNTS:
            continue
        between = text[rate.end : later.start]
        ahead = None
        if rate.role == "change" and _FROM_AFTER[lang].match(between):
            _link_move_apart(figures, position, later, text, lang, sentence_starts, memo)
            continue
        if rate.role == "share":
            ahead = None if rate.share_part else _AHEAD_OR_BEHIND[lang].match(between)
            if ahead is None:
                continue
        elif not _COMPARED_AFTER[lang].match(between):
            continue
        own = [c for c in figures[:position] if c.sentence == rate.sentence and c.kind in AMOUNTS]
        earlier = linked.get(rate.sentence)
        if own and earlier is not None and {c.id for c in own} <= earlier[1] and _same_unit(earlier[0], later):
            # `a 38% premium to … $44.93 and a 50% premium to … $41.20`: a second comparison joined to the first
            # measures the same figure; the sentence's own figures are the ones the first compared with
            _link(rate, earlier[0], later, ahead)
            earlier[1].add(later.id)
            continue
        if own:
            continue  # the sentence states its own figure: the rules of one sentence read it
        start = sentence_starts[rate.sentence] if rate.sentence < len(sentence_starts) else 0
        subject = _SUBJECT_BEFORE[lang].fullmatch(text, start, rate.start) if start <= rate.start else None
        if subject is not None:
            noun = re.compile(rf"\b{re.escape(subject.group('noun'))}s?\b", re.I)
            named, value = _named_before(figures[:position], later, rate.sentence, noun, text, lang, sentence_starts)
            if not named:  # no sentence before names the noun: read as `It is …`
                value = _measured_before(
                    figures[:position],
                    later,
                    rate.sentence,
                    text,
                    lang,
                    _parts_of(figures, subject.group("noun"), text, lang, memo),
                )
        else:
            value = _measured_before(figures[:position], later, rate.sentence, text, lang)
        if value is None:
            continue
        _link(rate, value, later, ahead)
        linked[rate.sentence] = (value, {later.id})


def _link(rate: Claim, value: Claim, later: Claim, ahead: re.Match[str] | None) -> None:
    if ahead is not None:
        rate.role, rate.direction = "change", 1 if ahead.group("ahead") else -1
    rate.change_of, rate.compared_to = value.id, later.id
    rate.guesses = sorted(set(rate.guesses) | {"relation"})
    if later.role == "value":
        later.role = "baseline"


def _link_move_apart(
    figures: list[Claim], position: int, baseline: Claim, text: str, lang: str, sentence_starts: list[int], memo: dict
) -> None:
    """A move from the figure after it (`rose 2.4% from its close of …`): the sentence states no level of its own
    before the rate (a change of the amount, `up £3bn, or 3.6%, on …`, may stand there)."""
    rate = figures[position]
    if rate.sentence >= len(sentence_starts) or any(
        c.sentence == rate.sentence and c.kind in AMOUNTS and c.role != "change" for c in figures[:position]
    ):
        return
    mover = None
    start = sentence_starts[rate.sentence]
    for match in _MOVER_BEFORE[lang].finditer(text, start, rate.start):
        if match.end() == rate.start:
            mover = match
    value = None
    if mover is not None:
        noun = re.compile(rf"\b{re.escape(mover.group('noun'))}s?\b", re.I)
        # (`Bakery revenue rose by a fifth from …`: a noun its subject narrows is named only where a narrowing word
        # stands before it, a word away at most; a sentence of the group's revenue is not of the bakeries')
        modifiers = _words(mover.group("modifiers"))
        if modifiers:
            narrowed = "|".join(re.escape(word) for word in sorted(modifiers))
            noun = re.compile(
                rf"\b(?:{narrowed})[\w'’-]*\s+(?:[^\W\d_][\w'’-]*\s+)?{re.escape(mover.group('noun'))}s?\b", re.I
            )
        named, value = _named_before(figures[:position], baseline, rate.sentence, noun, text, lang, sentence_starts)
        if not named:
            value = _measured_before(
                figures[:position],
                baseline,
                rate.sentence,
                text,
                lang,
                _parts_of(figures, mover.group("noun"), text, lang, memo),
            )
        if value is None and not named:
            value = _labelled_before(figures[:position], baseline, rate.sentence, mover.group(0), text, sentence_starts)
    else:
        value = _measured_before(figures[:position], baseline, rate.sentence, text, lang)
    if value is None:
        return
    rate.change_of, rate.compared_to = value.id, baseline.id
    rate.guesses = sorted(set(rate.guesses) | {"relation"})
    if baseline.role == "value":
        baseline.role = "baseline"


def _same_unit(claim: Claim, compared: Claim) -> bool:
    return (claim.unit, claim.kind, claim.counter) == (compared.unit, compared.kind, compared.counter)


def _only_figure(before: list[Claim], claim: Claim, compared: Claim, text: str, lang: str) -> Claim | None:
    if claim.forecast:
        return None
    # (a baseline or prior beside it, `closed at 2,400 from 2,350`, is not what the subject is now; a figure shared
    # over each of a count, `…, 36 at each of their 52 picks`, is what one unit holds, no rival)
    rivals = [
        c
        for c in before
        if c.sentence == claim.sentence
        and c is not claim
        and _counts_alike(c, compared)
        and c.role == "value"
        and not _SHARED_OVER_EACH[lang].match(text, c.end)
    ]
    return None if rivals else claim


def _counts_alike(claim: Claim, compared: Claim) -> bool:
    """Of the compared figure's unit, or a count beside a bare one (`sold 31,000 tickets …; … sold 21,000`: the bare
    count counts what the other names, so the two are rivals for a bare count compared with)."""
    if _same_unit(claim, compared):
        return True
    return claim.kind == compared.kind == "count" and not (claim.counter and compared.counter)


def _parts_of(figures: list[Claim], noun: str, text: str, lang: str, memo: dict) -> frozenset[str]:
    """With a subject naming the whole (`The total rose …`), the figures that are parts of one: a listed part, or one
    set beside its share (`Of the sacks, 720, or 30 per cent, …`: the shares are read later); else none. Read once
    per article (`memo`)."""
    if not _WHOLE_SUBJECT[lang].fullmatch(noun):
        return frozenset()
    if "parts" not in memo:
        beside = {
            figure.id
            for figure, after in zip(figures, figures[1:])
            if after.kind in _RATES and _SHARE_AFTER[lang].fullmatch(text, figure.end, after.start)
        }
        memo["parts"] = frozenset({c.id for c in figures if c.part_of} | beside)
    return memo["parts"]


def _measured_before(
    before: list[Claim], compared: Claim, sentence: int, text: str, lang: str, parts: frozenset[str] = frozenset()
) -> Claim | None:
    for claim in reversed(before):
        # (`The total rose by half on …`: a part of it stated since is passed over, back to the whole)
        if sentence - claim.sentence > (_NOUN_SENTENCES_BACK if parts else _SENTENCES_BACK):
            return None
        if claim.sentence == sentence or claim.id in parts:
            continue
        if _SHARED_OVER_EACH[lang].match(text, claim.end):
            # (`…, about 36 at each of their 52 picks`: what one of a count holds, no whole it restates; passed over
            # to the whole its sentence states, else the whole is unwritten and no figure before is it)
            if any(
                c.sentence == claim.sentence
                and c is not claim
                and _same_unit(c, compared)
                and c.role == "value"
                and not _SHARED_OVER_EACH[lang].match(text, c.end)
                for c in before
            ):
                continue
            return None
        if _same_unit(claim, compared) and claim.role == "value":
            return _only_figure(before, claim, compared, text, lang)
    return None


def _named_before(
    before: list[Claim],
    compared: Claim,
    sentence: int,
    noun: re.Pattern[str],
    text: str,
    lang: str,
    sentence_starts: list[int],
) -> tuple[bool, Claim | None]:
    """Whether a sentence of the compared figure's unit before names the noun, and its one figure of the unit."""
    for claim in reversed(before):
        if claim.sentence == sentence or not _same_unit(claim, compared) or claim.role != "value":
            continue
        if sentence - claim.sentence > _NOUN_SENTENCES_BACK:
            return False, None
        end = sentence_end(sentence_starts, claim.sentence, len(text))
        if noun.search(text, sentence_starts[claim.sentence], end):
            return True, _only_figure(before, claim, compared, text, lang)
    return False, None


_WORD = compile_exact(r"[^\W\d_][\w-]{3,}")


def _words(text: str) -> set[str]:
    """The words of four letters or more, lower-cased (shorter ones are articles and links)."""
    return {w.lower() for w in _WORD.findall(text)}


def _inflected(words: set[str], others) -> bool:
    """Whether a word of one set is a word of the other or its inflection (`bakeries` and `bakery`, `Chile` and
    `Chilean`)."""
    return any(a.startswith(b) or b.startswith(a) for a in words for b in others)


# the words right before a listed figure that label it (`… and overnight visitors 770,000`)
_LABEL = compile_exact(r"([^\W\d_][\w-]*)\s+(?:([^\W\d_][\w-]*)\s+)?$")
_LABEL_REACH = 40


def _labelled_before(
    before: list[Claim],
    compared: Claim,
    sentence: int,
    subject: str,
    text: str,
    sentence_starts: list[int] | None = None,
) -> Claim | None:
    """Of the sentence before's figures of the compared figure's unit, the one a word of the mover's subject labels
    (`Day visitors made up 3.1m and overnight visitors 0.7m. Overnight stays fell 4% from …`): only one."""
    words = _words(subject)
    found = []
    previous_end = None  # the end of the figure listed before (`Brazil took €a, Chile €b`: `Chile` labels €b)
    listed = []  # the figures of the sentence before, walked back to from the change (linear in the article)
    for claim in reversed(before):
        if claim.sentence < sentence - 1:
            break
        if claim.sentence == sentence - 1:
            listed.append(claim)
    for claim in reversed(listed):
        if _same_unit(claim, compared) and claim.role == "value":
            reach = max(0, claim.start - _LABEL_REACH)
            # (the label is the words since the figure before in its sentence, or the last two words)
            since = previous_end if previous_end is not None and previous_end >= reach else None
            if since is not None:
                labels = _words(text[since : claim.start])
            elif (
                previous_end is None
                and sentence_starts is not None
                and claim.start - _LABEL_REACH <= (start := sentence_starts[claim.sentence])
            ):
                # (`Private patients brought in £150m, insured patients £170m …`: the first figure of its sentence is
                # labelled by the sentence's opening words, its subject)
                labels = _words(text[start : claim.start])
            else:
                label = _LABEL.search(text, reach, claim.start)
                labels = {g.lower() for g in label.groups() if g and len(g) > 3} if label is not None else set()
            # (a word and its inflection name one thing: `cyclist numbers` and `cyclists 31,000`)
            if _inflected(words, labels):
                found.append(claim)
        previous_end = claim.end
    return found[0] if len(found) == 1 else None
