"""A share in the sentence after a list, whose subject names one member of the list: `The mill shipped 9,000 crates:
6,300 apples and 2,700 pears. Apples made up 70% of the total`, `유형별로는 단독주택이 600채, 아파트가 400채였다.
단독주택 비중은 60%다`.

The share is of the member its subject names, not of the figure the list stated last. A member is named by the words
that label it in its list item: the words right before it back to the list's separator (`단독주택이 600채`, Korean
labels a figure before it) and the words right after it up to the next separator (`6,300 apples`, English labels a
count after it). The subject is the share's sentence up to its first comma (`Apples`, `Electric models, which …`),
three words at most. A subject word names a label word when one is the other or a form of it (`apple`, `apples`;
`단독주택`, `단독주택이`): exactly one member named is the part; none or two leave the part as the rules found it. A
word that labels every member names none of them (`단체 관람객은 X명, 개인 관람객은 Y명이었다. 단체 관람객 비중은`:
`관람객` is read past, `단체` names the first).

The noun a share noun follows names the part too, wherever the sentence opens (`값이 가장 싼 단독주택 비중은 60%`,
`내수 비중은 40%`): it is read besides the opening words, and, standing where only the part's name may stand, it names
a label word it equals even when short (`내수`, `내수가`; two letters name nothing elsewhere).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.inflections import names_word
from checker.models import Claim
from checker.regex_cache import compile_exact

_WORD = compile_exact(r"[^\W\d_][\w-]*")
_SUBJECT_WORDS = 3
_SUBJECT_REACH = 80  # characters of the share's sentence read for its subject
_LABEL_REACH = 30  # characters read on each side of a member for its label
_LABEL_WORDS = 3
_SEPARATOR = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.list_separators})(?![^\W\d_])|[,:;()]", re.I)
_ARTICLE = ByLanguage(lambda w: rf"(?:{w.definite_articles})", re.I)
_SENTENCE_END = compile_exact(r"[.!?]\s|\n")
_ASIDE = compile_exact(r"\([^()\d]{1,24}\)")  # `(lowbush)`: an aside in a label, no figure in it
_ASIDE_REACH = 26  # characters an aside may add to a label's reach
_STOP = ByLanguage(lambda w: rf"(?:{w.scope_stop_words})", re.I)
_CLAUSE_MARK = ByLanguage(lambda w: rf"(?:{w.share_clause_verb_joints})", re.I, first_tested=False)
# (`도비 2천만원에 올해 성금을 보태`: the noun added to a figure is another addend, no word of its label;
# `[link.member_added_to_after]`)
_ADDED_TO = ByLanguage(lambda w: rf"(?:{w.member_added_to_after})", re.I)
# `윗못에만 전체의 51%` of `윗못 1천20마리`: a short name with its particle (`[link.member_name_particles]`)
_NAME_PARTICLE = ByLanguage(lambda w: rf"(?:{w.member_name_particles})", first_tested=False)
# between a comma and a share, a clause's own subject: words, the last with its topic particle (`꽃 무늬가 전체의`)
_OWN_SUBJECT = ByLanguage(
    lambda w: rf"\s*(?:[^\W\d_]+\s)*[^\W\d_]+?(?:{w.topic_particles})\s(?:[^\W\d_]+\s?){{0,2}}", re.I
)
# `내수 비중은 40%`, `내수의 비중이 40%`: the word right before the share noun, the share's figure after it
_BEFORE_SHARE_NOUN = ByLanguage(
    lambda w: (
        rf"(?<![\w-])(?P<name>[^\W\d_][\w-]*?)\s?(?:(?:{w.genitive})\s?)?(?:{w.share_nouns})"
        rf"(?:{w.topic_particles})?\s*$"
    ),
    re.I,
)
_PARTICLE_REACH = 1  # letters a short name's label may add to it (`내수가`)
_SHARE_NOUN_REACH = 30  # characters back from the share for its noun and the word before it


# `전체 객실에서 독채가 차지하는 비중은 `: the whole named first, then the part's name as the subject of the verb of
# share
_WHOLE_THEN_SUBJECT = ByLanguage(lambda w: rf"(?:{w.whole_then_subject_share_noun})\s*$", first_tested=False)


def subject_words(rate: Claim, text: str, lang: str, sentence_starts: list[int]) -> list[str]:
    """The words a figure's sentence opens with (the article's sentence index says where, read back at most
    `_SUBJECT_REACH` characters), to its first separator (three at most, articles left out); where it names the
    whole first and the part as the subject of the verb of share (`전체 매출 가운데 깐 잣이 차지하는 비중은`), the
    part's name."""
    opening = max(sentence_starts[rate.sentence], rate.start - _SUBJECT_REACH, 0)
    head = text[opening : rate.start]
    pooled = _WHOLE_THEN_SUBJECT[lang].search(head)
    if pooled is not None:
        # (`전체 매출 가운데 깐 잣이 차지하는 비중은`: the words opening the sentence name the whole; the subject of the
        # verb of share names the part)
        return _WORD.findall(pooled.group("name"))
    cut = _SEPARATOR[lang].search(head)
    head = head[: cut.start()] if cut else head
    return [w for w in _WORD.findall(head)[:_SUBJECT_WORDS] if not _ARTICLE[lang].fullmatch(w)]


# `Tolls, which drivers pay at the gate, raised 40% of the total` (invented): the subject before an aside set off by
# commas, no figure in it, the share's clause after it
_ASIDE_THEN_CLAUSE = compile_exact(r",[^\d,;.]{1,100},[^\d,;.]{0,40}")
# `Revenue by line: tolls, $4m; parking, $2m` (invented): a label set before its figure by a comma or colon, the items
# parted by semicolons
_LABEL_MARK = compile_exact(r"[,:]\s*$")


def _subject_before_aside(rate: Claim, text: str, lang: str, sentence_starts: list[int]) -> list[str]:
    """The words a sentence opens with, up to a comma, when an aside set off by commas follows them and then the
    share's clause (a subject the read back from the share does not reach: `Tolls, which …, raised 40%`)."""
    opening = sentence_starts[rate.sentence]
    head = text[opening : min(rate.start, opening + _SUBJECT_REACH)]
    cut = _SEPARATOR[lang].search(head)
    if cut is None or not _ASIDE_THEN_CLAUSE.fullmatch(text, opening + cut.start(), rate.start):
        return []
    return [w for w in _WORD.findall(head[: cut.start()])[:_SUBJECT_WORDS] if not _ARTICLE[lang].fullmatch(w)]


def _label_words(member: Claim, before_end: int, after_start: int, text: str, lang: str) -> list[str]:
    """The words of a member's list item: after the last separator before it, before the first one after it (or,
    when that separator is the comma or colon right before the figure, `tolls, $4m`, the words before that)."""
    read = text[max(before_end, member.start - _LABEL_REACH - _ASIDE_REACH) : member.start]
    before = _ASIDE.sub("", read)
    before = before[-(_LABEL_REACH + len(read) - len(before)) :] if len(before) < len(read) else read[-_LABEL_REACH:]
    cuts = list(_SEPARATOR[lang].finditer(before))
    if cuts and not before[cuts[-1].end() :].strip() and _LABEL_MARK.search(before[: cuts[-1].end()]):
        before = before[cuts[-2].end() if len(cuts) > 1 else 0 : cuts[-1].start()]
    else:
        before = before[cuts[-1].end() :] if cuts else before
    after = text[member.end : min(after_start, member.end + _LABEL_REACH)]
    if _ADDED_TO[lang].match(text, member.end):
        after = ""
    # (a verb ending closes the item's clause: `…에 2천700개를 배정했으며 솔밭 몫이`, the words after it are the next
    # clause's, `[link.share_clause_verb_joints]`)
    breaks = (_SEPARATOR[lang].search(after), _SENTENCE_END.search(after + " "))
    joint = _CLAUSE_MARK[lang].search(after)
    cuts = [m.start() for m in breaks if m] + ([joint.end()] if joint else [])
    after = after[: min(cuts)] if cuts else after
    # (a count's noun is read into the figure's own text: `6,300 apples`)
    # (words that name nothing, `accounted for`, do not count against the three; nor does an aside in parentheses,
    # `Wild (lowbush) berries`, which is read out of the label before it is cut at its separators)
    stop = _STOP[lang]
    before = [w for w in _WORD.findall(before) if not stop.fullmatch(w)]
    words = before[-_LABEL_WORDS:] + _WORD.findall(member.text) + _WORD.findall(after)[:_LABEL_WORDS]
    return [w for w in words if not _ARTICLE[lang].fullmatch(w)]


def member_named_by_subject(
    part: Claim, rate: Claim, sentence_figures: list[Claim], text: str, lang: str, sentence_starts: list[int]
) -> Claim | None:
    """The member of `part`'s list (the figures of its sentence of its unit and kind, listed in the same
    total) that the share's subject names, when exactly one is; else None."""
    named = members_named_by_subject(part, rate, sentence_figures, text, lang, sentence_starts)
    return named[0] if len(named) == 1 else None


def members_named_by_subject(
    part: Claim,
    rate: Claim,
    sentence_figures: list[Claim],
    text: str,
    lang: str,
    sentence_starts: list[int],
    tell_apart: bool = False,
) -> list[Claim]:
    """The members of `part`'s list that the share's subject names (none, one, or several: `미러리스 카메라 비중` over
    `미러리스 카메라 …, 필름 카메라 …`, where `카메라` names two). `tell_apart` (a share of the list's own total): a
    word naming more than one member tells none apart when another word of the subject names one."""
    clause_opens = None
    if part.sentence == rate.sentence:
        # (`Of the birds, 700 were adults and 500 young; adults made up 58 per cent`: the share's clause after a
        # semicolon has a subject of its own, naming a member the clause before lists)
        clause_opens = text.rfind(";", part.end, rate.start)
        if clause_opens < 0:
            # (`꽃 무늬 1천600개, 새 무늬 900개로, 꽃 무늬가 전체의 50%`: after a comma, a subject of its own)
            clause_opens = text.rfind(",", part.end, rate.start)
            if clause_opens < 0:
                # (`…에 900개를 배정했으며 솔밭 몫이 전체의 40%`, `… 900개로 꽃 무늬가 전체의 50%`: a clause joined by a
                # verb ending or `으로` opens on a subject of its own: `[link.share_clause_verb_joints]`)
                marks = list(_CLAUSE_MARK[lang].finditer(text, part.end, rate.start))
                clause_opens = marks[-1].end() - 1 if marks else -1
            if clause_opens < 0 or not _OWN_SUBJECT[lang].fullmatch(text, clause_opens + 1, rate.start):
                return []
        sentence_figures = [c for c in sentence_figures if c.end <= clause_opens]
    # the list's total, or none stated in the list's sentence (`A accounted for X and B for Y`: the members alone)
    whole = part.part_of or part.share_whole
    if clause_opens is not None:
        head = text[clause_opens + 1 : rate.start]
        cut = _SEPARATOR[lang].search(head)
        head = head[: cut.start()] if cut else head
        # (its words naming nothing, `were`, `made`, are no label: `540 were adults` is named by `adults` only)
        subject = [
            w
            for w in _WORD.findall(head)[:_SUBJECT_WORDS]
            if not _ARTICLE[lang].fullmatch(w) and not _STOP[lang].fullmatch(w)
        ]
    else:
        subject = subject_words(rate, text, lang, sentence_starts)
        if rate.start - sentence_starts[rate.sentence] > _SUBJECT_REACH:
            subject = _subject_before_aside(rate, text, lang, sentence_starts) or subject
    noun = _BEFORE_SHARE_NOUN[lang].search(text, max(0, rate.start - _SHARE_NOUN_REACH), rate.start)
    named_part = noun.group("name") if noun else None
    if not subject and not named_part:
        return []
    key = (part.unit, part.kind)
    members = [
        c
        for c in sentence_figures
        if (c.unit, c.kind) == key and c.role == "value" and (c.part_of or c.share_whole) == whole
    ]
    if len(members) < 2:
        return []
    labels = [
        _label_words(
            member,
            members[index - 1].end if index else 0,
            members[index + 1].start if index + 1 < len(members) else len(text),
            text,
            lang,
        )
        for index, member in enumerate(members)
    ]
    # a word that labels every member (`관람객` of `단체 관람객은 …, 개인 관람객은 …`, `sales` of `online sales …, store
    # sales …`) tells none of them apart: the subject names the member its other words name, a short one too (`단체`,
    # standing beside the shared noun where only the member's own label stands)
    # (a short word too, when it is the label word itself: `관객` of `유료 관객 …과 초청 관객 …`, or it with its
    # particle: `환자` of `경증 환자는 …, 중등증 환자는 …`)
    shared = [
        word
        for word in subject
        if all(any(_names_part(word, label) or word.casefold() == label.casefold() for label in own) for own in labels)
    ]
    if shared:
        telling = [word for word in subject if word not in shared]
        named = [
            member
            for member, own in zip(members, labels)
            if any(_names_part(word, label) for word in telling for label in own)
        ]
        return named
    # (the very word with its particle names its member, a noun of one letter too: `감이` of `감이 600상자`)
    by_word = [
        [
            member
            for member, own in zip(members, labels)
            if any(
                names_word(word, label) or word.casefold() == label.casefold() or _name_with_particle(word, label, lang)
                for label in own
            )
        ]
        for word in subject
    ]
    if tell_apart and any(len(found) == 1 for found in by_word):
        by_word = [found for found in by_word if len(found) <= 1]
    # (`꽃 모양이` of `꽃 모양 …, 새 모양 …`: a word with its particle naming every member tells none apart)
    by_word = [found for found in by_word if len(found) < len(members)] or by_word
    named = [
        member
        for member, own in zip(members, labels)
        if any(member in found for found in by_word)
        or (named_part and any(_names_part(named_part, label) or _heads_compound(named_part, label) for label in own))
    ]
    return named


def _name_with_particle(word: str, label: str, lang: str) -> bool:
    """`윗못에만` of the label `윗못`: the label, then a particle (`[link.member_name_particles]`)."""
    return (
        len(word) > len(label)
        and word.casefold().startswith(label.casefold())
        and _NAME_PARTICLE[lang].fullmatch(word, len(label)) is not None
    )


_HEAD_LEAST = 2  # letters a compound's head noun has, to name the compound (`정류장` of `버스정류장에`)


def _heads_compound(word: str, label: str) -> bool:
    """The noun before a share noun is the head a label word written as one compound ends in, a particle after it
    (`정류장 비중` names `버스정류장에`, `등본 비중` names `주민등록등본이`): the compound's kind, named short."""
    a, b = word.casefold(), label.casefold()
    if len(a) < _HEAD_LEAST:
        return False
    return any(
        b[: len(b) - cut].endswith(a) and len(b) - cut > len(a) for cut in range(_PARTICLE_REACH + 1) if cut < len(b)
    )


def _names_part(word: str, label: str) -> bool:
    """The noun before a share noun names a label word it is, or a form of (`내수`, `내수가`; `apple`, `apples`)."""
    a, b = word.casefold(), label.casefold()
    return names_word(word, label) or (b.startswith(a) and len(b) - len(a) <= _PARTICLE_REACH)
