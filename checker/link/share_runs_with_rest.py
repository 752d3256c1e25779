"""A run of shares, each after its own name, that ends with the share of the rest: `득표율은 A당 44%, B당 37%, C당
10%, 기타 정당 9%로 집계됐다`, `A won 44% of the vote, against 37% for B, 10% for C and 5% for D, with the remaining 4%
split among others`, `Greens 11%; Liberals 9%; others 10%`.

Three or more percentages in one sentence, each a share, none a figure of another kind between them, joined by a
comma, a semicolon or a list word, each with words of its own before or after it (a name), the last one named as
what is left (`[link.rest_share_labels]`: `기타`, `나머지`, `others`, `the remaining`). Naming what is left makes the
figures shares of one whole: they add up to at most 100%. A sentence that names a rate (`증가율`, `growth`,
`margins`) states rates of their own bases, not shares of one whole. The whole is read from the words, so it is a
guess.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.models import Claim
from checker.regex_cache import compile_exact

_GAP = 48  # characters between two shares of the run at most
_GAP_TEXT = compile_exact(r"[^\d.!?\n%]*")
_SEPARATOR = ByLanguage(lambda w: rf"[,;]|(?<!\w)(?:{w.list_separators})(?!\w)", re.I)
_REST = ByLanguage(lambda w: rf"(?:{w.rest_share_labels})", re.I)
_RATE_NOUN = ByLanguage(lambda w: rf"(?:{w.rate_nouns})", re.I)
_ONE_WHOLE_NOUN = ByLanguage(lambda w: rf"(?:{w.one_whole_share_nouns})", re.I)
_NAMED = compile_exact(r"[^\W\d_]")
_CHANGE_VERB = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.rise_verbs}|{w.fall_verbs})", re.I)
# `shared under the plan: A, 45%; B, 40%; C, 15%`: a word of splitting in the clause a colon closes right before the
# run's first name
_SPLIT_COLON_BEFORE = ByLanguage(
    lambda w: rf"\b(?:{w.split_before})\b[^\d.;:!?\n]{{0,60}}:\s*[^\W\d][^\d.;:!?\n]{{0,24}}$", re.I
)


def link_share_runs_with_rest(figures: list[Claim], text: str, sentence: int, lang: str) -> None:
    run: list[Claim] = []
    for claim in figures + [None]:
        member = claim is not None and claim.kind == "percent" and claim.role == "share" and not claim.whole
        if member and run and _joined(run[-1], claim, text, lang):
            run.append(claim)
            continue
        if len(run) >= 3:
            _link(run, text, sentence, lang)
        run = [claim] if member else []


def _joined(one: Claim, other: Claim, text: str, lang: str) -> bool:
    if other.start - one.end > _GAP or not _GAP_TEXT.fullmatch(text, one.end, other.start):
        return False
    gap = text[one.end : other.start]
    return bool(_SEPARATOR[lang].search(gap) and _NAMED.search(gap))


def _link(run: list[Claim], text: str, sentence: int, lang: str) -> None:
    last_gap = text[run[-2].end : run[-1].start]
    separators = list(_SEPARATOR[lang].finditer(last_gap))
    if not separators or not _REST[lang].search(last_gap, separators[-1].end()):
        # `; all others, 19%`: the name set off from its share by a comma of its own; or no name of the rest, but a
        # word of splitting opening the run (`shared under the plan: A, 45%; …`). A verb of change in the run's
        # sentence makes them changes of their own bases (`Prices rose: A, 6%; B, 4%; all others, 2%`).
        named = separators and _REST[lang].search(last_gap, separators[0].end())
        if not (named or _split_opens(run[0], text, lang)) or _changes_before(run[0], text, lang):
            return  # the last share is not named as what is left, nor the run as the split of one whole
    window = text[max(0, run[0].start - 80) : run[-1].start]
    window = window[max(window.rfind(". "), window.rfind("\n")) + 1 :]  # the run's own sentence
    if _RATE_NOUN[lang].search(_ONE_WHOLE_NOUN[lang].sub(" ", window)):
        return  # `증가율은 A 30%, B 25%, 기타 10%`: rates of their own bases, not shares of one whole
    for position, member in enumerate(run):
        member.whole = f"list:{sentence}:{run[0].start}"
        member.label = member.label or f"#{position + 1}"
        member.guesses = sorted(set(member.guesses) | {"relation"})


def _split_opens(first: Claim, text: str, lang: str) -> bool:
    """Whether a word of splitting opens the run (`divided as follows: A, 50%; B, …`): a colon ends its clause, and
    the run's first name comes right after the colon."""
    return bool(_SPLIT_COLON_BEFORE[lang].search(text, max(0, first.start - 120), first.start))


def _changes_before(first: Claim, text: str, lang: str) -> bool:
    """Whether the run's own sentence names a change before its first share (`Prices rose in every county: …`)."""
    window = text[max(0, first.start - 120) : first.start]
    window = window[max(window.rfind(". "), window.rfind("\n")) + 1 :]
    return bool(_CHANGE_VERB[lang].search(window))
