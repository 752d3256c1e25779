"""A team's record, and the games it is of: `팀은 정규리그 24경기에서 17승 7패를 거뒀다`, `지난 시즌 14승 2무 5패, 모두
21경기를 치렀다`, `The club won 11, drew 4 and lost 3 of its 18 league games`, `In 24 games, the side won 15 and lost
9`.

A record is a run of two counts or more in one sentence, each labelled as one way a game came out: a verb of the
outcome right before it (`[link.record_outcome_verbs]`: `won`, `drew`, `lost`) or its noun right after it
(`[link.record_outcome_nouns]`: `wins`, `defeats`, `승`, `무`, `패`), one right after the other (a comma, `and`, a
space and the next one's verb between). The games it is of are the one count of games (`[link.record_games_nouns]`:
`games`, `경기`, perhaps one word between) joined to the run's end (`[link.record_games_after]`: `of their`, `, 모두`)
or, stated first, to its start (`[link.record_games_before]`: `에서`, `, they`), no figure between, larger than each
count of the run. The counts are parts of the games: closed when the record names the draws (`[link.record_draw_words]`:
`drew`, `무`), every way a game can come out; else open (a league may count draws the copy leaves out), so only an
excess is certain. Found by words and position, so a guess.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim

_VERB_BEFORE = ByLanguage(lambda w: rf"(?<![\w'’-])(?:{w.record_outcome_verbs})\s+$", re.I, first_tested=False)
# the outcome's noun, ending the figure's own text (`18승`, `11 wins`) or right after it
_NOUN_ENDS = ByLanguage(lambda w: rf"(?:{w.record_outcome_nouns})$", re.I, first_tested=False)
_NOUN_AFTER = ByLanguage(lambda w: rf"\s?(?:{w.record_outcome_nouns})(?![\w'’-])", re.I, first_tested=False)
_DRAW = ByLanguage(lambda w: rf"(?<![\w'’-])(?:{w.record_draw_words})(?![\w'’-])", re.I, first_tested=False)
_DRAW_ENDS = ByLanguage(lambda w: rf"(?:{w.record_draw_words})$", re.I, first_tested=False)
_GAMES_ENDS = ByLanguage(lambda w: rf"(?:{w.record_games_nouns})$", re.I, first_tested=False)
_GAMES_AFTER = ByLanguage(
    lambda w: rf"(?:\s+[^\W\d_][\w'’-]*)?\s?(?:{w.record_games_nouns})(?![\w'’-])", re.I, first_tested=False
)
_GAMES_FOLLOW = ByLanguage(lambda w: rf"(?:{w.record_games_after})", re.I, first_tested=False)
# (perhaps the first count's verb after it: `In 24 games, the side won 15`)
_GAMES_LEAD = ByLanguage(
    lambda w: rf"(?:{w.record_games_before})(?:(?:{w.record_outcome_verbs})\s+)?", re.I, first_tested=False
)
# between two counts of a record: a joint, perhaps the next one's verb (`, drew `, ` and lost `, `·`, ` `)
_JOINT = ByLanguage(
    lambda w: rf"\s*(?:,|·|/|;)?\s*(?:(?:and|then)\s+)?(?:(?:{w.record_outcome_verbs})\s+)?", re.I, first_tested=False
)
_VERB_REACH = 16


def link_game_records(claims: list[Claim], text: str, lang: str) -> None:
    counts = [c for c in claims if c.kind == "count" and c.role == "value" and not c.furniture]
    wholes = {c.part_of for c in claims if c.part_of}
    for members in group_by_sentence(counts).values():
        for run in _runs(members, text, lang):
            games = _games_of(run, members, text, lang)
            if games is None or games.id in wholes or games.part_of is not None:
                continue
            for part in run:
                part.part_of = games.id
                part.part_list = None
            games.open_list = not any(_is_draw(part, text, lang) for part in run)
            games.guesses = sorted(set(games.guesses) | {"relation"})
            wholes.add(games.id)


def _outcome(figure: Claim, text: str, lang: str) -> bool:
    return bool(
        _VERB_BEFORE[lang].search(text, max(0, figure.start - _VERB_REACH), figure.start)
        or _NOUN_ENDS[lang].search(text, figure.start, figure.end)
        or _NOUN_AFTER[lang].match(text, figure.end)
    )


def _is_draw(figure: Claim, text: str, lang: str) -> bool:
    before = text[max(0, figure.start - _VERB_REACH) : figure.start]
    return bool(
        _DRAW[lang].search(before.rsplit(",", 1)[-1])
        or _DRAW_ENDS[lang].search(text, figure.start, figure.end)
        or _DRAW[lang].match(text, figure.end + (1 if text[figure.end : figure.end + 1] == " " else 0))
    )


def _runs(members: list[Claim], text: str, lang: str) -> list[list[Claim]]:
    """The runs of two outcome counts or more, none a part yet, one right after the other."""
    runs: list[list[Claim]] = []
    run: list[Claim] = []
    for figure in members:
        if figure.part_of is None and figure.per_unit_of is None and _outcome(figure, text, lang):
            if run and _JOINT[lang].fullmatch(text, run[-1].end, figure.start):
                run.append(figure)
                continue
            if len(run) >= 2:
                runs.append(run)
            run = [figure]
        else:
            if len(run) >= 2:
                runs.append(run)
            run = []
    if len(run) >= 2:
        runs.append(run)
    return runs


def _counts_games(figure: Claim, text: str, lang: str) -> bool:
    return bool(_GAMES_ENDS[lang].search(text, figure.start, figure.end) or _GAMES_AFTER[lang].match(text, figure.end))


def _games_of(run: list[Claim], members: list[Claim], text: str, lang: str) -> Claim | None:
    """The count of games joined to the run's end or, stated first, to its start; larger than each of its counts."""
    after = [c for c in members if c.start >= run[-1].end]
    before = [c for c in members if c.end <= run[0].start]
    found = None
    if (
        after
        and _GAMES_FOLLOW[lang].fullmatch(text, run[-1].end, after[0].start)
        and _counts_games(after[0], text, lang)
    ):
        found = after[0]
    elif (
        before
        and _GAMES_LEAD[lang].fullmatch(text, before[-1].end, run[0].start)
        and _counts_games(before[-1], text, lang)
    ):
        # (`24경기에서 17승`: the games' noun is in the figure's own text; `In 24 games, the side won 15`)
        found = before[-1]
    if found is None or _outcome(found, text, lang) or any(part.high > found.low for part in run):
        return None
    return found
