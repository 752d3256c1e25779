"""A whole stated right before the share of it: `1~11월 판매는 382만대로 연간 목표 424만대의 90.1%를 달성했다`,
`상반기 집행액은 3조6천억원으로 연간 예산 12조원의 30%다`.

In Korean the whole comes first, joined to its share by the genitive (`[link.whole_then_its_share]`). The part is
the figure stated right before the whole in its clause, as the level the clause reaches (`382만대로, 연간 목표
424만대의 90%`): of the whole's unit, smaller than it. A figure of another sentence is no part: `영업이익은
1조원이었다. 매출 5조원의 80%를 해외에서 올렸다` states the share of a part it never states. The share is checked
as part / whole by the ratio kind. Nothing is linked when the clause goes on to a figure of the whole's unit
(`매출 500억원의 8%인 40억원`: that figure is the part), or when the share is 100% or more (a multiple of an
earlier figure, not a share). The part's own prior and change may stand between it and the whole (`유럽 매출은 P로
지난해(Q)보다 9.6% 늘었고, 전체 매출(W)의 35%를 차지했다`): the part is the level they compare. The part is found
by position, so the link is a guess (a disagreement is a warning).
"""

from __future__ import annotations

import math

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.sentence_groups import prose_figures
from checker.link.share_rates import open_share
from checker.models import Claim
from checker.regex_cache import compile_exact

# (`전체 근로자(2천만명)의 13%`: the whole in parentheses after its noun, `[link.whole_then_its_share_apart]`)
_BETWEEN = ByLanguage(lambda w: rf"(?:{w.whole_then_its_share}|{w.whole_then_its_share_apart})")
_CLAUSE_END = ByLanguage(lambda w: rf"(?:{w.clause_ends})|,")
# `누적 판매는 382만대로, 연간 목표 424만대의`: the part is the level its clause reaches, then the whole is named
# or the object of a verb joined to the share's clause (`가로수 1,200그루를 심어 연간 목표(2,000그루)의 60%를`,
# `[link.part_done_then_whole]`): what was done comes to that share of the whole
_PART_THEN_WHOLE = ByLanguage(
    lambda w: rf"\s?(?:(?:{w.level_particles}),?|(?:{w.part_done_then_whole}))\s[^\d.;]{{0,30}}"
)
_LEVELS = ("value", "prior")


def link_wholes_then_shares(claims: list[Claim], text: str, lang: str) -> None:
    between, clause_end, part_then_whole = _BETWEEN[lang], _CLAUSE_END[lang], _PART_THEN_WHOLE[lang]
    figures = prose_figures(claims)
    for position in range(2, len(figures)):
        rate, whole, part = figures[position], figures[position - 1], figures[position - 2]
        if not open_share(rate) or not between.fullmatch(text, whole.end, rate.start):
            continue
        if whole.kind not in AMOUNTS or whole.role not in _LEVELS or whole.sentence != rate.sentence:
            continue
        if not part_then_whole.fullmatch(text, part.end, whole.start):
            if part.role not in _ITS_OWN_COMPARISON:
                continue  # `영업이익은 1조원이었다. 매출 5조원의 80%를 해외에서`: the share of a part not stated
            # `유럽 매출은 P로 지난해(Q)보다 9.6% 늘었고, 전체 매출(W)의 35%를 차지했다`: the part's own prior and
            # change stand between it and the whole; the part is the level they compare
            part = _level_before_its_comparison(figures, position - 2, whole, text, lang)
            if part is None:
                continue
        if part.kind != whole.kind or part.unit != whole.unit or part.role not in _LEVELS:
            continue
        if part.sentence != rate.sentence or not (math.isfinite(part.high) and 0 < part.high < whole.low):
            continue
        following = figures[position + 1] if position + 1 < len(figures) else None
        if (
            following is not None
            and following.sentence == rate.sentence
            and following.unit == whole.unit
            and not clause_end.search(text, rate.end, following.start)
        ):
            continue  # `매출 500억원의 8%인 40억원`: the part follows its share
        rate.share_part, rate.share_whole = part.id, whole.id
        rate.whole = rate.whole or f"of:{whole.id}"  # shares of one whole add up to at most 100%
        rate.label = rate.label or part.id
        rate.guesses = sorted(set(rate.guesses) | {"relation"})


_ITS_OWN_COMPARISON = ("prior", "baseline", "change")
# between the last figure of the part's comparison and the whole: its verb, a comma, the whole's noun (no figure)
_COMPARISON_THEN_WHOLE = compile_exact(r"[^\d.;:!?]{0,40}")


def _level_before_its_comparison(figures: list[Claim], at: int, whole: Claim, text: str, lang: str) -> Claim | None:
    """The level a run of its own comparison follows (`P로 지난해(Q)보다 9.6% 늘었고,`): walking back from `at` over
    priors, baselines and changes of it, the value they compare, in the whole's sentence; None when anything else
    stands between (another level, another change) or the comparison runs on past a short joint to the whole."""
    if not _COMPARISON_THEN_WHOLE.fullmatch(text, figures[at].end, whole.start):
        return None
    skipped = []
    for index in range(at, -1, -1):
        figure = figures[index]
        if figure.sentence != whole.sentence:
            return None
        if figure.role in _ITS_OWN_COMPARISON:
            skipped.append(figure)
            continue
        if figure.role != "value" or not skipped:
            return None
        if any(c.role == "change" and c.change_of != figure.id for c in skipped):
            return None  # a change of another figure: the comparison is not the part's own
        if skipped[-1].unit == "multiple" and _BETWEEN[lang].fullmatch(text, figure.end, skipped[-1].start):
            # `올해 수주는 P로 늘었다. 지난해(Q)의 1.3배이고, 목표 W의 60%를 채웠다`: a figure the genitive joins to the
            # multiple after it is the multiple's base, not the level it and the share are of (stated before)
            return None
        return figure
    return None
