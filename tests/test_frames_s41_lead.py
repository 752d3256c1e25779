"""The lead's mends of the forty-first session, each on invented copy: a price's far count where only a count
read as a change stands before it (no crash: `priced_totals._count_far`), and the sum gate's averages and
products narrowed where they took an older construction's list apart (a dividend per share, a priced part)."""

from __future__ import annotations

import pytest
from helpers import claims, document, findings

from checker.link import priced_totals
from checker.pipeline import load_knowledge

SUM = "F302"


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


@pytest.mark.parametrize(
    "text",
    [
        "본선에는 32팀이 올랐다. 참가비는 팀당 6만 원으로 모두 768만 원이다.",
        "예선에서 12팀이 늘었다. 참가비는 팀당 5만 원으로 모두 300만 원이다.",
    ],
)
def test_a_far_count_only_read_as_a_change_is_no_count_and_no_crash(knowledge, text):
    found = claims("대회\n\n" + text, knowledge).claims
    teams = [c for c in found if c.kind == "count" and c.counter == "팀"]
    price = next(c for c in found if c.kind == "money")
    assert teams and price.sentence > teams[0].sentence
    for team in teams:  # (a count read as a change of nothing stated: the only count before the price's sentence)
        team.role, team.change_of = "change", None
    assert priced_totals._count_far("팀", price, found, found, "대회\n\n" + text, "ko") is None


_DIVIDEND = (
    "The board of Corvell Mills proposed a final payout of {final} pence a share. That lifts the year's total payout "
    "to 7.40 pence, after an interim payout of 2.15 pence in May."
)
_BOX_OFFICE = (
    "Box office takings at the Harlow Lane theatre were ${whole} this spring. Evening shows brought in $24,000 from "
    "1,500 seats at $16 each; matinees took the remaining $6,000."
)


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        (_DIVIDEND.format(final="5.25"), False),
        (_DIVIDEND.format(final="6.25"), True),
        (_BOX_OFFICE.format(whole="30,000"), False),
        (_BOX_OFFICE.format(whole="32,000"), True),
    ],
)
def test_an_amount_per_unit_stays_a_part_of_its_list(knowledge, text, fires):
    result = findings(knowledge, document("Results\n\n" + text), select=[SUM], show_passed=True)
    if fires:
        assert SUM in [f.rule for f in result.findings]
    else:
        assert SUM in [p.rule for p in result.passed] and not result.findings
