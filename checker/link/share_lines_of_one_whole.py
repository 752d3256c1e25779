"""A list of three or more lines, each a name and its share alone (`- Asia: 40%`, `- 기타: 12%`), the last named as
what is left of the whole (`[link.rest_share_labels]`: `Other markets`, `All others`, `기타`, `나머지`): shares of one
whole, adding up to at most 100%.

Each line holds one figure, a percentage that is a share, after a name and a colon (perhaps after a bullet); the
lines follow one another with nothing between. Naming what is left makes the list the split of one whole; a list
whose last name is not so named (`- Asia: 40%` … `- Europe: 25%`) may list rates of their own bases and is not
linked. The whole is read from the words, so it is a guess.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.models import Claim
from checker.regex_cache import compile_exact

_REST = ByLanguage(lambda w: rf"(?:{w.rest_share_labels})", re.I)
# in the line before the list, a rate (`Growth by market:`, `증가율`) or a change (`Prices rose by region:`): the
# lines are rates of their own bases, not shares of one whole
_RATE_NOUN = ByLanguage(lambda w: rf"(?:{w.rate_nouns})", re.I)
_ONE_WHOLE_NOUN = ByLanguage(lambda w: rf"(?:{w.one_whole_share_nouns})", re.I)
_CHANGE_VERB = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.rise_verbs}|{w.fall_verbs})", re.I)
# a bullet, then the name (no figure in it), then a colon right before the share
_NAME_BEFORE = compile_exact(r"[ \t]*(?:[-–•·*▪△▲○◇]\s*)?(?P<name>[^\W\d][^\d\n:：]{0,40}?)\s*[:：]\s*")
_LINE_END = compile_exact(r"[ \t]*\.?[ \t]*(?:\n|$)")


def link_share_lines_of_one_whole(claims: list[Claim], text: str, lang: str) -> None:
    run: list[tuple[Claim, str]] = []
    for claim in claims:
        if claim.kind != "percent" or claim.role != "share" or claim.whole:
            continue
        line_start = text.rfind("\n", 0, claim.start) + 1
        name = _NAME_BEFORE.fullmatch(text, line_start, claim.start)
        end = _LINE_END.match(text, claim.end)
        if name is None or end is None:
            _link(run, text, lang)
            run = []
            continue
        if run and text.find("\n", run[-1][0].end) + 1 != line_start:
            _link(run, text, lang)  # a line between: another list
            run = []
        run.append((claim, name.group("name")))
    _link(run, text, lang)


def _link(run: list[tuple[Claim, str]], text: str, lang: str) -> None:
    if len(run) < 3 or not _REST[lang].search(run[-1][1]):
        return
    first = run[0][0]
    line_start = text.rfind("\n", 0, first.start) + 1
    header = text[: max(0, line_start - 1)].rstrip().rsplit("\n", 1)[-1]
    if _RATE_NOUN[lang].search(_ONE_WHOLE_NOUN[lang].sub(" ", header)) or _CHANGE_VERB[lang].search(header):
        return
    for position, (member, _) in enumerate(run):
        member.whole = member.whole or f"list:{first.sentence}:{first.start}"
        member.label = member.label or f"#{position + 1}"
        member.guesses = sorted(set(member.guesses) | {"relation"})
