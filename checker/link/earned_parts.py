"""A flow, then what each source earned of it in the next sentence: `Revenue grew 12% to €3.9bn. Subscriptions
brought in €3.4bn and advertising €500m.`, `매출은 3조9천억원이었다. 구독이 3조4천억원, 광고가 5천억원을
벌어들였다.`

The total is a value of a flow metric (the lexicon's `flow` type: revenue, sales), or of money raised or put in at
once (`event`: `The charity raised £12.8m. Its shops brought in £5.1m, legacies £3.9m …`), that its own words name
(not one carried over); a stock (cash held, a valuation) is earned from no sources. The next sentence states two
figures or more of its unit and kind, and no other, and says they were earned (`[link.earning_verbs]`: `brought
in`, `generated` before the first figure in English, the last figure ending its clause; `벌어들였다` after the last
in Korean); a figure of another kind before the verb is in the name of a source (`Its 20 shops brought in £3.6m`).
Each is smaller than the total, of its period where both say one, and a part of no list yet. The sources named may
be only some of them (open), and the link is found by position, so it is a guess.

A total that a share follows at once (`Ticket sales were €90m, or 45% of the total. The north venues brought in …`,
`티켓 매출은 900억원으로 전체의 45%였다.`) is stated as a part of a larger whole: the sources that follow may split it
or that whole, and position cannot tell which, so no link is guessed.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.keys_differ import periods_differ
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim
from checker.regex_cache import compile_exact
from checker.regex_needs import may_match

_VERB_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.earning_verbs})\s+$", re.I, first_tested=False)
_VERB_AFTER = ByLanguage(lambda w: rf"[^\d.;]{{0,6}}?(?:{w.earning_verbs})", re.I, first_tested=False)
_EARNED = ("flow", "event")
_CLAUSE_ENDS = compile_exact(r"\s*(?:[.;,]|$)")
_MOST_PARTS = 6
_SHARE_GAP = 12  # characters between a figure and a share stated of it (`€90m, or 45% of`, `900억원으로 전체의 45%`)


def link_earned_parts(claims: list[Claim], text: str, lang: str, lexicon) -> None:
    if not (may_match(_VERB_BEFORE[lang], text) or may_match(_VERB_AFTER[lang], text)):
        return  # (the parts are read only beside a verb of earning: none in the text, none read)
    figures = [c for c in claims if c.kind in AMOUNTS and c.role != "conversion" and not c.furniture]
    wholes = {c.part_of for c in claims if c.part_of} | {t for c in claims for t in c.tally_of}
    shared = _shares_follow(claims)
    by_sentence = group_by_sentence(figures)
    for sentence, members in by_sentence.items():
        # (`Its 20 shops brought in £3.6m, …`: a figure of the subject, before the verb, names a source, no part)
        subject = next(
            (k for k, c in enumerate(members[1:], 1) if _VERB_BEFORE[lang].search(text, max(0, c.start - 40), c.start)),
            0,
        )
        if subject and all(c.kind != members[subject].kind for c in members[:subject]):
            members = members[subject:]
        if len(members) < 2 or len(members) > _MOST_PARTS:
            continue
        first = members[0]
        if any((c.unit, c.kind) != (first.unit, first.kind) or c.role != "value" for c in members):
            continue  # the sentence states other figures too: more than the sources' shares
        # (the verb before the first figure: the last must end the clause, `… and advertising €500m.`; words after it,
        # `$1.6bn of profit`, say what it is)
        earned = (
            _VERB_BEFORE[lang].search(text, max(0, first.start - 40), first.start)
            and _CLAUSE_ENDS.match(text, members[-1].end)
        ) or _VERB_AFTER[lang].match(text, members[-1].end)
        if not earned or any(c.part_of or c.id in wholes or c.tally_of for c in members):
            continue
        total = _flow_before(by_sentence.get(sentence - 1, []), first, lexicon)
        if total is None or total.part_of or total.id in wholes or total.id in shared:
            continue
        if any(c.high >= total.low or periods_differ(c, total) for c in members):
            continue
        for part in members:
            part.part_of = total.id
        wholes.add(total.id)
        total.open_list = True
        total.guesses = sorted(set(total.guesses) | {"relation"})


def _shares_follow(claims: list[Claim]) -> set[str]:
    """The figures a share follows at once in their sentence (the shares are linked later: read by position)."""
    return {
        figure.id
        for figure, after in zip(claims, claims[1:])
        if after.role == "share"
        and after.kind == "percent"
        and after.sentence == figure.sentence
        and 0 <= after.start - figure.end <= _SHARE_GAP
    }


def _flow_before(before: list[Claim], part: Claim, lexicon) -> Claim | None:
    """The last value of the part's unit and kind in the sentence before, if its own words name a metric earned over
    a time or raised at once."""
    same = [c for c in before if (c.unit, c.kind) == (part.unit, part.kind) and c.role == "value" and not c.forecast]
    if not same:
        return None
    total = same[-1]
    metric = lexicon.metrics.get(total.metric) if total.metric else None
    if metric is None or metric.type not in _EARNED or "metric" in total.guesses:
        return None
    return total
