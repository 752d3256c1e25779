"""A share of a whole named by the words its figure was stated after: `한별식품은 국내 4만개, 해외 6만개를
팔았다. … 두부가 1만2천개 팔려 국내 판매의 30%를 차지했다`, `기관은 800억원을 순매수했다. … 기관 순매수
금액의 40%가 한 종목에 몰렸다`.

Korean names the whole of a share by the genitive before the rate (`국내 판매의`, `[link.named_whole_of_share]`),
in the words that stood before the whole's own figure earlier in the story (`국내 4만개`, `기관은 800억원`). The
whole is the latest earlier figure whose word right before it (its particle dropped) is one of the words before
the rate's genitive, of the part's unit, kind and counter, larger than the part and dated to no other period (a
part dated to a span within the whole's period, `7월과 8월에만 … 올해 판매량의 30%`, is of it, and so is one
dated only by the name's own words, `올해 수확량의`, when the whole's period lies in theirs). The
part is the nearest figure of an amount before the rate in its own sentence, or else the last one of the sentence
before (when that sentence lists other figures of its unit, only if the share's sentence names it again by the word
before it: `독일과 영국이 수출의 53%` is the share of two members, not of the list's last). Nothing is linked
when the story's total is named instead (`전체 매출의`: checker/link/share_subjects.py), when the name refers back
(`이 금액의`), or when the rate's clause goes on to a figure of the part's unit (`기관 순매수의 40%인 320억원`: that
figure is the part), or when the share names its own part after it (`예산의 30%는 국비다`). The whole is found
by its name, the part by position: a guess.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left

from checker.extract.lang import ByLanguage
from checker.link.clause_marks import CLAUSE_SUBJECT_WORD
from checker.link.figure_kinds import AMOUNTS
from checker.link.keys_differ import periods_differ
from checker.link.sentence_groups import prose_figures
from checker.link.share_rates import open_share
from checker.link.share_subjects import names_another_subject, names_its_part_after, sentence_start
from checker.link.wholes_of_the_story_period import dated_off_the_story, fits_the_story, story_period
from checker.models import Claim

# up to three words, then the genitive, right before the rate
_NAME_BEFORE = ByLanguage(
    lambda w: rf"(?:^|\s)(?P<name>(?:{w.script_letters}+\s){{0,2}}{w.script_letters}+)(?:{w.named_whole_of_share})$",
    first_tested=False,
)
_TOTAL_NAMED = ByLanguage(lambda w: rf"(?:{w.whole_share_before})\s*$")
_BACK_REFERENCE = ByLanguage(lambda w: rf"(?:{w.back_reference_subjects})")
# a sentence opening on the deal the story reports (`이번 계약 금액은`): its amount, no metric of the accounts
_THIS_DEAL = ByLanguage(lambda w: rf"\s*(?:{w.share_subject_this_deal})", re.I)


def opens_on_this_deal(text: str, position: int, lang: str) -> bool:
    """Whether the sentence holding `position` opens on the deal the story reports (`이번 계약 금액은`): the share
    it states is of the deal's amount, no figure of the accounts stated before."""
    return bool(_THIS_DEAL[lang].match(text, sentence_start(text, position)))


# the word right before a figure, then perhaps a subject or topic particle (`기관은 800억원`, `국내 4만개`)
_WORD_BEFORE = ByLanguage(
    lambda w: rf"(?:^|\s)(?P<word>{w.script_letters}{{2,}}?)(?:{w.share_clause_subjects})?\s$",
    first_tested=False,
)
_CLAUSE_END = ByLanguage(lambda w: rf"(?:{w.clause_ends})|,")
_WINDOW = 24
# `두 동이 36면 차이로 1·2위를 다퉜으며, … 전체의 31%를 차지했다`: a figure named a gap by the noun after it is the
# difference of two figures, no part of a share (`[link.gap_nouns_after]`)
_GAP_NOUN_AFTER = ByLanguage(lambda w: rf"(?:{w.gap_nouns_after})", re.I)
_STOP_WORD = ByLanguage(lambda w: rf"(?:{w.scope_stop_words})")
_QUALIFIER_REACH = 30  # characters before a whole's figure where the words qualifying its name stand


def _word_before(text: str, figure: Claim, lang: str) -> str | None:
    found = _WORD_BEFORE[lang].search(text, max(0, figure.start - _WINDOW), figure.start)
    return found.group("word") if found else None


def _wholes_by_word(figures: list[Claim], text: str, lang: str) -> dict[tuple, tuple[list[int], list[int]]]:
    """The figures that may be a named whole (values of an amount), by their unit, kind, counter and the word
    before them: each key's sentences and positions in text order (read once, not once per share)."""
    index: dict[tuple, tuple[list[int], list[int]]] = {}
    for position, c in enumerate(figures):
        if c.kind not in AMOUNTS or c.role != "value" or not math.isfinite(c.high):
            continue
        word = _word_before(text, c, lang)
        if word is not None:
            sentences, positions = index.setdefault((c.unit, c.kind, c.counter, word), ([], []))
            sentences.append(c.sentence)
            positions.append(position)
    return index


def _named_again(part: Claim, figures: list[Claim], position: int, text: str, lang: str) -> bool:
    """Whether a part from the sentence before may be the share's: the one figure of its unit there, or a member of
    a list there that the share's sentence names again by the word before it (`…, 기타 C다. 기타가 수출의 …`)."""
    at = position - 1
    while at >= 0 and figures[at] is not part:
        at -= 1
    listed = False
    while at > 0 and figures[at - 1].sentence == part.sentence:
        at -= 1
        if figures[at].unit == part.unit and figures[at].kind == part.kind:
            listed = True
            break
    if not listed:
        return True
    word = _word_before(text, part, lang)
    return word is not None and word in text[part.end : figures[position].start]


def _named_of_the_story(
    figures: list[Claim], wholes: dict[tuple, tuple[list[int], list[int]]], part: Claim, words: list[str], story
) -> Claim | None:
    """The latest figure named by one of `words`, stated before the part's sentence, that may be the part's whole in
    the story's period (checker/link/wholes_of_the_story_period.py)."""
    latest = -1
    for word in words:
        sentences, positions = wholes.get((part.unit, part.kind, part.counter, word), ((), ()))
        for at in range(bisect_left(sentences, part.sentence) - 1, -1, -1):
            if fits_the_story(figures[positions[at]], part, story):
                latest = max(latest, positions[at])
                break
    return figures[latest] if latest >= 0 else None


def _of_the_whole_period(whole: Claim, part: Claim, rate: Claim) -> bool:
    """Whether a part dated to another period than the whole is still of the whole's: dated to a span within it
    (`휴가철 입장객은 … 올해 입장객의 30%`), or dated only by the words of the whole's name after it, which name a
    period the whole's lies in (`남은 물량은 2만상자로 올해 수확량의 4분의 1`: the year, the whole stated up to a
    month of it)."""
    if whole.period.contains(part.period):
        return True
    span = part.period_span
    named = span is not None and part.end <= span.start and span.end <= rate.start
    return named and part.period.contains(whole.period)


def _named_otherwise(whole: Claim, words: list[str], name_start: int, rate: Claim, text: str, lang: str) -> bool:
    """Whether the share's name names another whole than the figure found by one of its words: a period of its own,
    in the name or right before it, the whole's lies outside (`올해 판매량은 4만대 … 지난해 판매량의 45%`, `올해
    출하량은 2만톤 … 지난해 9월 출하량의 80%`), or, the whole found by the name's head, a
    word qualifying the head right before it (no period's or total's word) that the words before the whole's figure
    do not state (`우유 납품량이 3천톤 … 치즈 납품량의 절반`: another product's)."""
    span = rate.period_span
    if (
        span is not None
        # (the period inside the name, or right before it: `지난해 9월 출하량의`, whose digits the name's words lack)
        and (name_start <= span.start or (span.start < name_start and not text[span.end : name_start].strip()))
        and span.end <= rate.start
        and "period" not in rate.guesses
        and rate.period
        and whole.period
        and not rate.period.contains(whole.period)
    ):
        return True
    if len(words) < 2 or _word_before(text, whole, lang) != words[-1]:
        return False
    qualifier = words[-2]
    if _STOP_WORD[lang].fullmatch(qualifier) or CLAUSE_SUBJECT_WORD[lang].fullmatch(qualifier):
        return False  # (`올해 판매량의`: a period's word; `이는 생산량의`: the clause's subject, no qualifier)
    return qualifier not in text[max(0, whole.start - _QUALIFIER_REACH) : whole.start]


def link_named_wholes_of_shares(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    last_amount: Claim | None = None  # the last figure of an amount before the rate (figures are in text order)
    wholes = None  # built at the first share that names a whole
    story = None  # the story's period (wholes_of_the_story_period.py), with the wholes
    for position, rate in enumerate(figures):
        if position:
            before = figures[position - 1]
            if before.kind in AMOUNTS and math.isfinite(before.high):
                last_amount = before
        if not open_share(rate):
            continue
        found = _NAME_BEFORE[lang].search(text, max(0, rate.start - _WINDOW), rate.start)
        if found is None or _TOTAL_NAMED[lang].search(text, max(0, rate.start - _WINDOW), rate.start):
            continue
        words = found.group("name").split()
        if _BACK_REFERENCE[lang].match(found.group("name")):
            continue
        # the nearest amount before the rate in its own sentence, or else the last one of the sentence before
        part = last_amount if last_amount is not None and last_amount.sentence >= rate.sentence - 1 else None
        if part is None or part.role != "value" or part.high <= 0:
            continue
        if _GAP_NOUN_AFTER[lang].match(text, part.end):
            continue  # (`36면 차이로`: a gap between two figures, no part)
        if part.sentence != rate.sentence and not _named_again(part, figures, position, text, lang):
            continue  # `독일 A, 영국 B, 기타 C다. 독일과 영국이 수출의 53%`: one of a list, the share names others
        following = figures[position + 1] if position + 1 < len(figures) else None
        if (
            following is not None
            and following.sentence == rate.sentence
            and following.unit == part.unit
            and not _CLAUSE_END[lang].search(text, rate.end, following.start)
        ):
            continue  # `기관 순매수의 40%인 320억원`: the part follows its share
        if wholes is None:
            wholes = _wholes_by_word(figures, text, lang)
            story = story_period(figures)
        # the latest earlier figure, stated before the part's sentence, after a word of the name
        latest = -1
        for word in words:
            sentences, positions = wholes.get((part.unit, part.kind, part.counter, word), ((), ()))
            at = bisect_left(sentences, part.sentence)
            if at:
                latest = max(latest, positions[at - 1])
        whole = figures[latest] if latest >= 0 else None
        if whole is not None and dated_off_the_story(part, whole, story):
            # `상반기 매출 X … 2분기 매출은 Y. ¶ 수출은 P로 매출의 Z%`: of the story's period, not of an aside's
            whole = _named_of_the_story(figures, wholes, part, words, story) or whole
        if whole is None or whole.low <= part.high:
            continue
        if _named_otherwise(whole, words, found.start("name"), rate, text, lang):
            continue  # (`우유 납품량이 X … 치즈 납품량의 절반`, `올해 판매량 … 지난해 판매량의 45%`: another whole)
        if periods_differ(whole, part) and not _of_the_whole_period(whole, part, rate):
            continue  # (another period's whole)
        if names_its_part_after(part, rate, text, lang):
            continue  # `예산은 W다. 공연비로 P를 썼다. 예산의 Z%는 국비다`: the share names another part
        if names_another_subject(part, rate, text, lang):
            continue  # `… 해외 매출은 P였다. 이번 계약액은 매출의 Z%`: the share's subject is its own part, not P
        if (
            part.sentence != rate.sentence
            and part.metric is not None
            and "metric" not in part.guesses
            and opens_on_this_deal(text, rate.start, lang)
        ):
            continue  # `영업이익은 P였다. 이번 계약 금액은 매출의 Z%`: the deal's amount, no figure of accounts
        rate.share_part, rate.share_whole = part.id, whole.id
        rate.whole = rate.whole or f"of:{whole.id}"  # shares of one whole add up to at most 100%
        rate.label = rate.label or part.id
        rate.guesses = sorted(set(rate.guesses) | {"relation"})  # the whole found by its name, the part by position
