"""Figures grouped by their sentence, in text order: most link rules read a figure's own sentence and the few
before it, and look them up here instead of scanning every claim of the article per figure.

Most rules read the same figures: the article's prose figures (neither furniture nor an equivalent in
parentheses). The link stage hands the rules an `ArticleClaims` — the claim list with those figures and their
sentence groups built once per article on first use — instead of each rule filtering and grouping all the
claims again (some sixty rules did, for about a tenth of the link stage's time on a long article)."""

from __future__ import annotations

from collections.abc import Iterable

from checker.models import Claim
from checker.periods import Period

# the roles of a figure a change is measured from (`from $120m`, `a year earlier`): read by the rules that look for it
EARLIER_ROLES = ("baseline", "prior")


def group_by_sentence(figures: Iterable[Claim]) -> dict[int, list[Claim]]:
    """The figures of each sentence, in the order given (text order when `figures` is)."""
    # (a new list only for a sentence not seen yet, not one per figure as `setdefault(…, [])` makes: the link
    # rules group the article's figures about fifty times)
    out: dict[int, list[Claim]] = {}
    group_of = out.get
    for figure in figures:
        sentence = figure.sentence
        group = group_of(sentence)
        if group is None:
            out[sentence] = [figure]
        else:
            group.append(figure)
    return out


def group_by_paragraph(figures: Iterable[Claim]) -> dict[int, list[Claim]]:
    """The figures of each paragraph, in the order given."""
    out: dict[int, list[Claim]] = {}
    for figure in figures:
        out.setdefault(figure.paragraph, []).append(figure)
    return out


class ArticleClaims(list):
    """The article's claims (a list, in text order) with the prose figures and their sentence groups, built once
    on first use and shared by the rules that read them. They depend on each claim's sentence (fixed when the
    claim is placed), furniture and `conversion` role. An equivalent is made so only when placed, before the rules
    run; a rule that gives a claim other furniture calls `regroup()`, and one that reads an equivalent as a figure
    of its own (another role) is seen at the next use, the equivalents being few. The shared lists and dicts are
    read, never changed."""

    __slots__ = ("_conversions", "_prose", "_prose_groups", "_unfurnished_groups", "of_sentence")

    def __init__(self, claims: Iterable[Claim] = ()) -> None:
        super().__init__(claims)
        # (what a rule reads of a sentence's text alone, by the rule's key and the sentence: read once per article
        # when two rules read it — the text and the sentences do not change while the rules run)
        self.of_sentence: dict[tuple[str, int], object] = {}
        self.regroup()

    def regroup(self) -> None:
        """Forget the groups: built again on next use."""
        self._conversions: list[Claim] = []  # the equivalents left out of `_prose`
        self._prose: list[Claim] | None = None
        self._prose_groups: dict[int, list[Claim]] | None = None
        self._unfurnished_groups: dict[int, list[Claim]] | None = None

    def _prose_stale(self) -> bool:
        return self._prose is None or any(c.role != "conversion" for c in self._conversions)


def prose_figures(claims: list[Claim]) -> list[Claim]:
    """The figures neither furniture (a byline, a caption) nor an equivalent in parentheses, in text order
    (shared: never change the list)."""
    if not isinstance(claims, ArticleClaims):
        return [c for c in claims if c.role != "conversion" and not c.furniture]
    if claims._prose_stale():
        claims.regroup()
        claims._conversions = [c for c in claims if c.role == "conversion"]
        claims._prose = [c for c in claims if c.role != "conversion" and not c.furniture]
    return claims._prose


def prose_by_sentence(claims: list[Claim]) -> dict[int, list[Claim]]:
    """`prose_figures` grouped by sentence (shared: never change the dict or its lists)."""
    if not isinstance(claims, ArticleClaims):
        return group_by_sentence(prose_figures(claims))
    if claims._prose_groups is None or claims._prose_stale():
        claims._prose_groups = group_by_sentence(prose_figures(claims))
    return claims._prose_groups


def unfurnished_by_sentence(claims: list[Claim]) -> dict[int, list[Claim]]:
    """The figures not furniture, equivalents included, grouped by sentence (shared: never change them)."""
    if not isinstance(claims, ArticleClaims):
        return group_by_sentence(c for c in claims if not c.furniture)
    if claims._unfurnished_groups is None:
        claims._unfurnished_groups = group_by_sentence(c for c in claims if not c.furniture)
    return claims._unfurnished_groups


def equivalents_of_own_amounts(claims: list[Claim], sentence: int, unit: str) -> list[Claim]:
    """The equivalents in `unit` a sentence states of an amount it states too (`한 켤레에 20달러로, 2만7천 원가량이다`):
    the sentence's figure of that unit where it states none as a value. One restating an amount of a sentence further
    back (`… 2만 달러에 판다. 우리 돈으로 약 2천720만 원이다.`) is read with too wide a margin to measure by."""
    told = unfurnished_by_sentence(claims).get(sentence, ())
    ids = {c.id for c in told}
    return [c for c in told if c.role == "conversion" and c.unit == unit and c.converts in ids]


def equivalent_of(claims: list[Claim], amount: Claim, unit: str) -> Claim | None:
    """The one equivalent in `unit` its sentence states of `amount` (`R2,150 a rug, roughly £98 apiece`: £98 of the
    rand price), or None (none, or two)."""
    found = [e for e in equivalents_of_own_amounts(claims, amount.sentence, unit) if e.converts == amount.id]
    return found[0] if len(found) == 1 else None


def indices_of_sentence_before(claims: list[Claim], indices: list[int]) -> list[int]:
    """The indices of the unfurnished claims of the sentence before the one `indices` are of (read back from its
    first), in text order."""
    if not indices:
        return []
    sentence = claims[indices[0]].sentence - 1
    k = indices[0] - 1
    while k >= 0 and claims[k].sentence > sentence:
        k -= 1
    found = []
    while k >= 0 and claims[k].sentence == sentence:
        if not claims[k].furniture:
            found.append(k)
        k -= 1
    return found[::-1]


def in_a_run_by_period(
    figures: list[Claim],
    j: int,
    *,
    values_only: bool = False,
    within: Period | None = None,
    after_only: bool = False,
    before: int | None = None,
) -> bool:
    """Whether `figures[j]` is one member of a run by period (`1월 300t, 2월 250t`, `3,150 in October, 2,980 in
    November`): a figure of its kind and unit of another period of the same grain right beside it in its sentence.
    With `values_only`, that neighbour is a value; with `within`, its period lies in that one; with `after_only`, only
    the next figure is read; with `before`, it ends before that offset."""
    claim = figures[j]
    if claim.period is None:
        return False
    for k in (j + 1,) if after_only else (j - 1, j + 1):
        if 0 <= k < len(figures):
            other = figures[k]
            if (
                other.sentence == claim.sentence
                and (not values_only or other.role == "value")
                and (other.kind, other.unit) == (claim.kind, claim.unit)
                and other.period is not None
                and other.period != claim.period
                and other.period.grain == claim.period.grain
                and (within is None or within.contains(other.period))
                and (before is None or other.end <= before)
                # (a run goes forward through the year, `1월 …, 2월 …` (by its place in the year: a month's year
                # may be read apart); an earlier period after it is a comparison, `이달 … 지난달 …`)
                and (other.period.index > claim.period.index) == (k > j)
            ):
                return True
    return False
