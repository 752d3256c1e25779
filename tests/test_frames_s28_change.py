"""Changes left without their prior by the rules that read one word order (twenty-eighth session): the general
fallback of checker/link/change_fallback.py takes the level of the change's clause (or of the sentence before it)
and, as the prior, a figure of the same kind, unit and counter its paragraph marks as earlier (a prior or a
baseline the extraction read, or a figure of an earlier period), nearest first; the structural vetoes keep apart
figures of another unit, another counter, another paragraph, another order of size, a level moving against the
sign word, and a pair of its own.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import change_links
from test_frames import assert_checked

# ---------------------------------------------------------------- the level and its prior, the change apart


@pytest.mark.parametrize(
    "text,fires",
    [
        ("올해 국화전시회 방문객은 12만4천명이었다. 지난해 방문객은 10만2천명이었다. 방문객이 21.6% 늘었다.", False),
        ("올해 국화전시회 방문객은 12만4천명이었다. 지난해 방문객은 10만2천명이었다. 방문객이 31.6% 늘었다.", True),
        (
            "The Tarn ferry carried 3,150 cars in May, compared with 2,980 cars in April. The total rose 5.7 per cent.",
            False,
        ),
        (
            "The Tarn ferry carried 3,150 cars in May, compared with 2,980 cars in April. The total rose 9.7 per cent.",
            True,
        ),
        ("Lindow buses carried 8,460 riders in March, compared with 7,050 riders in February. Use rose 20%.", False),
        ("Lindow buses carried 8,460 riders in March, compared with 7,050 riders in February. Use rose 30%.", True),
    ],
)
def test_a_rate_in_its_own_sentence_takes_the_level_and_the_earlier_figure_before_it(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


def test_the_fallback_links_the_level_and_the_earlier_figure(knowledge):
    links = change_links(
        "The Tarn ferry carried 3,150 cars in May, compared with 2,980 cars in April. The total rose 5.7 per cent.",
        knowledge,
    )
    assert links["5.7 per cent"] == ("3,150 cars", "2,980 cars")
    links = change_links(
        "올해 국화전시회 방문객은 12만4천명이었다. 지난해 방문객은 10만2천명이었다. 방문객이 21.6% 늘었다.", knowledge
    )
    assert links["21.6%"] == ("12만4천명", "10만2천명")


# ---------------------------------------------------------------- figures that are not related: nothing fires

CLEAN = [
    # another unit: the rate is not of the money
    "The Tarn ferry carried 3,150 cars in May and took $41,000 in fares in April. The total rose 5.7 per cent.",
    # another counter
    "The Velm clinic saw 3,150 patients in May, compared with 2,980 visitors to its cafe in April. Waits rose 40%.",
    # the earlier figure in another paragraph
    "Orders at the Pell foundry reached 640 in June.\n\nIn May the foundry shipped 590 castings. Prices rose 9%.",
    # a fall, but the level stands above the earlier figure
    "The Corbin hostel housed 210 guests in July, compared with 180 guests in June. Bookings fell 12%.",
    # figures ten times apart are of two pots
    "The Alder fund paid out $2.4 million in 2026, compared with $190,000 in grants in 2025. Costs rose 4%.",
    # a per-unit figure is no level
    "Tickets at the Quarry theatre cost $38 each this season, against $35 last season. Revenue rose 3%.",
    # a share beside the change
    "The Renwick farm sold 42% of its crop abroad in 2026, up from 38% in 2025. Output rose 6%.",
    # a target, not an earlier figure
    "The Holt mill aims to make 5,000 tonnes in 2027 and made 4,200 tonnes this year. Demand rose 6%.",
    # a list of unrelated figures
    "The Danby show drew 1,200 sheep, 340 cattle and 95 goats. Entries rose 8%.",
    # two earlier figures as near: the change is left unread
    "The Ness pier took 7,400 boats in 2026. It took 6,100 boats in 2025 and 6,900 boats in 2024. Traffic rose 3%.",
    # an amount change larger than both figures
    "The Brook trust held £3.2m in May, compared with £2.9m in April. Its reserves rose £12m over a decade.",
    # a Korean change of another unit
    "올해 포도 수확량은 1,240톤이었다. 지난해 재배 농가는 310곳이었다. 가격이 12% 올랐다.",
    # a Korean earlier figure in another paragraph
    "올해 방문객은 4만2천명이었다.\n\n지난해 행사에는 3만8천명이 다녀갔다. 입장료는 10% 올랐다.",
    # a Korean fall against a rising pair
    "올해 감귤 출하량은 8,200톤이었다. 지난해 출하량은 7,600톤이었다. 출하 단가는 5% 떨어졌다.",
    # `from X to Y, then Z more`: the change after the pair is measured on from it
    "The Wend line ran 180 trains on Monday, rising from 150 on Sunday to 180, and ran 20 more on Tuesday.",
    # a count of no noun beside a count of a noun, in two sentences
    "The Ossory board approved 920 in 2026. It approved 860 permits in 2025. Appeals rose 4%.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_unrelated_figures_near_a_change_are_not_linked(knowledge, text):
    from test_frames import assert_not_checked  # (the same helper: neither fires nor is listed as checked)

    for rule in ("F301", "F305"):
        try:
            assert_not_checked(knowledge, text, rule)
        except AssertionError as failure:
            raise AssertionError(f"{rule}: {failure}") from None
