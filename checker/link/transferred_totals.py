"""Amounts moved into named accounts, and each account's total after the move: `Central pool collections were
$28 million and state pool collections $35 million. The treasury transferred $37 million to Central and
$31 million to State. After the transfer, the pools hold $65 million for Central and $66 million for State.`

The account's total after the move is its figure before the move plus the amount moved into it. The sentence of
the move names a transfer (`[link.transfer_verbs]`: `settled`, `transferred`, `credited`) and writes each amount
right before the account it goes to (`$37 million to Central`). One of the next `_AFTER_REACH` sentences says the
move is done (`[link.after_transfer_marks]`: `after settlement`, `after the transfer`) and writes each total right
before its account (`$65 million for Central`). The figure before the move is the latest figure of the total's unit
written after the account's name (`Central pool collections were $28 million`, no figure between) in the
`_BEFORE_REACH` sentences before the move. The three figures are of one unit and kind (no size is
asked of them: the words say which is the sum, and a total written smaller than a part is what the check is for);
the total adds up no other list. Each total is checked as a list of its own
(`tally_of`): the figure before may be a listed part of another total (`$160 million, of which Central is $28
million`). Found by names and position, so a guess; nothing is linked when an account has no figure before.
The words are English only so far: Korean writes the account before the amount (`A에 X원을 정산했다`), which
these patterns do not read, and its classes are left empty.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim

_AFTER_REACH = 2
_BEFORE_REACH = 6
# An account's name: one word (`CGST`, `Central`), perhaps after an article.
_ACCOUNT = r"(?P<name>[^\W\d_][\w-]{1,24})"
_MOVED_TO = ByLanguage(
    lambda w: rf"\s?(?:{w.transfer_targets})\s(?:(?:{w.definite_articles})\s)?" + _ACCOUNT, re.I, first_tested=False
)
_TOTAL_FOR = ByLanguage(
    lambda w: rf"\s?(?:{w.after_transfer_accounts})\s(?:(?:{w.definite_articles})\s)?" + _ACCOUNT,
    re.I,
    first_tested=False,
)
_MOVE = ByLanguage(lambda w: rf"(?<!\w)(?:{w.transfer_verbs})(?!\w)", re.I)
_DONE = ByLanguage(lambda w: rf"(?<!\w)(?:{w.after_transfer_marks})(?!\w)", re.I)
# Between an account's name and its figure before the move: a few words, no figure, no clause end.
_NAME_TO_FIGURE = r"[^\d.;,]{0,24}$"


def link_transferred_totals(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = [c for c in claims if c.kind in AMOUNTS and not c.furniture and c.role != "conversion"]
    figures = [c for c in figures if c.sentence < len(sentence_starts)]
    if len(figures) < 3:
        return
    by_sentence = group_by_sentence(figures)
    for sentence, moved in by_sentence.items():
        if not _MOVE[lang].search(text, sentence_starts[sentence], moved[0].start):
            continue
        amounts = _named(moved, text, lang, _MOVED_TO)
        if not amounts:
            continue
        for later in range(sentence + 1, sentence + 1 + _AFTER_REACH):
            totals = _named(by_sentence.get(later, []), text, lang, _TOTAL_FOR)
            if totals and _DONE[lang].search(text, sentence_starts[later], min(t.start for t in totals.values())):
                _link(amounts, totals, figures, text, sentence, sentence_starts)
                break


def _named(figures: list[Claim], text: str, lang: str, pattern: ByLanguage) -> dict[str, Claim]:
    """Each account named right after a figure of the sentence (`$37 million to Central`), by its name; an
    account named twice names nothing."""
    found: dict[str, Claim | None] = {}
    for claim in figures:
        after = pattern[lang].match(text, claim.end)
        if after is not None and claim.role == "value" and not claim.forecast:
            name = after.group("name").lower()
            found[name] = None if name in found else claim
    return {name: claim for name, claim in found.items() if claim is not None}


def _link(
    amounts: dict[str, Claim],
    totals: dict[str, Claim],
    figures: list[Claim],
    text: str,
    sentence: int,
    sentence_starts: list[int],
) -> None:
    earlier = [c for c in figures if 0 < sentence - c.sentence <= _BEFORE_REACH and c.role == "value"]
    for name, total in totals.items():
        amount = amounts.get(name)
        if amount is None or total.part_of or total.tally_of or (amount.unit, amount.kind) != (total.unit, total.kind):
            continue
        before = _figure_before(name, total, earlier, text, sentence_starts)
        if before is None or amount.tally_of:
            continue
        for part in (before, amount):
            part.tally_of = [*part.tally_of, total.id]
        total.guesses = sorted(set(total.guesses) | {"relation"})


def _figure_before(
    name: str, total: Claim, earlier: list[Claim], text: str, sentence_starts: list[int]
) -> Claim | None:
    """The latest earlier figure of the total's unit written after the account's name, none of its unit between."""
    named = re.compile(rf"(?<!\w){re.escape(name)}(?!\w){_NAME_TO_FIGURE}", re.I)
    for claim in reversed(earlier):
        if (claim.unit, claim.kind) != (total.unit, total.kind) or claim.forecast or claim.tally_of:
            continue
        if named.search(text, max(sentence_starts[claim.sentence], claim.start - len(name) - 24), claim.start):
            return claim
    return None
