"""A total stated as a sentence's figure, then a sentence that is only the list of its parts:
`가람서점의 매장 수는 250곳이다. 가맹점이 210곳, 직영점이 40곳으로 대부분이 가맹점이다.`,
`해외 매장은 40곳이다. 일본 15곳, 대만 13곳, 홍콩 12곳으로 …`,
`발전기 60기를 수주했다. (a sentence of other units) 육상용이 25기, 해상용이 35기다.`

The list sentence opens on its first part (a label, perhaps its subject particle, no topic particle before
it: `[link.clause_topic_particles]`), its parts follow one another joined by a list joint
(`[link.listed_part_joints]`: a comma, `이고`) and the last one ends the list (`[link.listed_parts_ends]`:
`으로`, `다`). The parts are two or more figures of one unit, kind and counter, values of the total's period,
none yet a part or a whole. The total is the one figure of theirs in the nearest sentence before that states
any (at most `_SENTENCES_BACK` back: a sentence of other units between), a value larger than each part.
Unlike `로 구성된다` (checker/link/made_up_of.py) the words do not say the list is all of the total: it is
open (parts that fall short pass; parts that exceed it are reported). Found by position, a guess.
"""

from __future__ import annotations

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.sentence_groups import group_by_sentence
from checker.link.wholes import join_parts
from checker.models import Claim

# (perhaps the noun a counter counts, written apart after it: `128개 팀으로`, `184개 팀, 중등부가`; never the mark of a
# ranking, `38만명 순이었다`, which goes on from a part of the sentence before: checker/link/rankings_after_shares.py)
_NOUN = r"(?:\s(?!(?:{marks}))[^\W\d_]{{1,2}})?"
_ENDS = ByLanguage(lambda w: _NOUN.format(marks=w.rank_order_marks) + rf"(?:{w.listed_parts_ends})", first_tested=False)
_JOINT = ByLanguage(
    lambda w: "^" + _NOUN.format(marks=w.rank_order_marks) + rf"\s*(?:{w.listed_part_joints})\s*[^\d.;,]{{0,20}}$",
    first_tested=False,
)
_TOPIC = ByLanguage(lambda w: rf"(?:{w.clause_topic_particles})\s", first_tested=False)
# `이어 B당 b석, …`: a sentence going on with a ranking begun in the sentence before lists the whole's parts after
# the one ranked first there (checker/link/rankings_after_shares.py), no parts of that one
_RANKING_GOES_ON = ByLanguage(lambda w: rf"\s*(?:{w.ranking_continues})(?!\w)", first_tested=False)
_REST_LABEL = ByLanguage(lambda w: rf"(?:{w.rest_labels})", first_tested=False)
_OPENING_REACH = 24  # characters the first part's label may take from the sentence's start
_SENTENCES_BACK = 3
_MOST_PARTS = 8


def link_listed_parts_after_total(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = [c for c in claims if c.kind in AMOUNTS and c.role == "value" and not c.furniture]
    wholes = {c.part_of for c in claims if c.part_of} | {t for c in claims for t in c.tally_of}
    by_sentence = group_by_sentence(figures)
    for sentence, members in by_sentence.items():
        if sentence == 0 or sentence >= len(sentence_starts):
            continue
        parts = _parts(members, text, lang, sentence_starts[sentence])
        if parts is None or _RANKING_GOES_ON[lang].match(text, sentence_starts[sentence]):
            continue
        key = (parts[0].unit, parts[0].kind, parts[0].counter, parts[0].period, parts[0].forecast)
        if any((c.unit, c.kind, c.counter, c.period, c.forecast) != key for c in parts):
            continue
        if any(c.part_of or c.id in wholes or c.tally_of or c.change_of for c in parts):
            continue  # read as parts or wholes of their own already
        whole = _total_before(by_sentence, sentence, parts)
        if whole is None or whole.part_of or whole.id in wholes or whole.change_of:
            continue
        if (whole.period, whole.forecast) != (key[3], key[4]) or whole.superlative:
            continue  # (a figure ranked first, `… 가장 많았다`, is a part of the ranking's whole, no total)
        # (`…, 기타 지역 200명이었다`: a last part named as the rest makes the list all of the whole)
        closed = _REST_LABEL[lang].search(text, parts[-2].end, parts[-1].start) is not None
        join_parts(whole, parts, wholes, closed=closed)


def _total_before(by_sentence: dict[int, list[Claim]], sentence: int, parts: list[Claim]) -> Claim | None:
    first = parts[0]
    for back in range(sentence - 1, max(-1, sentence - 1 - _SENTENCES_BACK), -1):
        found = [
            c
            for c in by_sentence.get(back, [])
            if (c.unit, c.kind, c.counter) == (first.unit, first.kind, first.counter)
        ]
        if not found:
            continue
        if len(found) != 1 or found[0].low <= max(p.high for p in parts):
            return None
        return found[0]
    return None


def _parts(members: list[Claim], text: str, lang: str, start: int) -> list[Claim] | None:
    """The figures of a sentence that opens on a list of parts, or None when it does not."""
    first = members[0]
    if first.start - start > _OPENING_REACH:
        return None
    if _TOPIC[lang].search(text, start, first.start):
        return None  # (a topic before the first part names a whole of the sentence's own)
    parts = [first]
    for figure in members[1:]:
        if figure.unit != first.unit or not _JOINT[lang].search(text[parts[-1].end : figure.start]):
            break
        parts.append(figure)
    if not 2 <= len(parts) <= _MOST_PARTS or not _ENDS[lang].match(text, parts[-1].end):
        return None
    return parts
