"""The change fallback (checker/link/change_fallback.py) brought back with the vetoes of the change's own clause
(twenty-eighth session, second round): a change whose words name its own start or day, another time than the
prior's, a level of its own right after it, a subject or topic of its own, a gap between two figures, a gap to a
figure named after it in a sentence apart from the level, or a comparison clause joined to a statement after it,
is not measured between the level and the prior the fallback would take.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import change_links
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- the fallback still reads a change apart


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The Kirk ferry carried 2,400 cars in June, compared with 2,000 cars in May. Traffic rose 20%.", False),
        ("The Kirk ferry carried 2,400 cars in June, compared with 2,000 cars in May. Traffic rose 30%.", True),
    ],
)
def test_a_change_of_no_clause_of_its_own_still_takes_the_level_and_prior(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


def test_the_fallback_still_links_the_pair_before_a_bare_change(knowledge):
    links = change_links(
        "The Kirk ferry carried 2,400 cars in June, compared with 2,000 cars in May. Traffic rose 20%.", knowledge
    )
    assert links["20%"] == ("2,400 cars", "2,000 cars")


# ---------------------------------------------------------------- the change's clause says it is of something else

CLEAN = [
    # its own day, and a prior set against the level after a comma
    "The ferry fare rose 5 pence to £2.40 on Monday, against £2.10 a year earlier.",
    "The Tay bridge toll rose 10 pence to £1.60 on Friday, compared with £1.20 in 2019.",
    # its own start named in words, and the level's prior of a year back after it
    "The choir had 84 singers in March, up 6 from February, against last year's 70.",
    # another time than the prior's, named after the pair
    "Pool entries climbed to 12,400 this summer from 10,900 a year earlier, 6% more than in the winter.",
    "Harbour landings reached 3,900 tonnes in May from 3,400 tonnes a year earlier, 4% lower than in April.",
    "Museum visits rose to 58,000 in the autumn from 51,000 in the spring, 9% higher than a year ago.",
    # a level of its own right after it: the pair after is a second object's
    "The Marlow depot cut its drivers by a quarter to 30, and its fleet to 72 vans from 80.",
    "The Keld dairy cut its staff 10% to 45, and its milk to 3,300 litres from 3,600.",
    "The Ardle mill cut its looms by a fifth to 48, and its cloth to 9,000 metres from 9,600.",
    # a subject of its own after the change noun
    "The valley's 540 hives compare with 480 hives in 2021, a rise of 12 per cent in honey since then.",
    "The 260 allotments compare with 230 allotments in 2019, an increase of 15 per cent in waiting lists since then.",
    # a gap between the two figures, with no figure of its own
    "The north pier holds 640 berths, against 500 at the south pier, a gap that widened by 7%.",
    # a topic of its own after the pair and its own change
    "시립수영장은 올해 이용객 9천 명을 받아 지난해(8천 명)보다 1천 명 많고, 강습료는 12% 올랐다.",
    # a gap to a figure named after it, its sentence with a subject of its own
    "Ticket sales came to $18.4m. The prize pool was $1.2m higher than the $17.2m paid out a year before.",
    "Gym memberships came to 4,100. The pool club was 300 smaller than the 4,400 it counted a year before.",
    # a comparison clause joined to a statement after it
    "올해 관람객은 지난해 40만명보다 15% 많아 46만명의 교통 수요를 만들었다.",
    "올해 축제 입장객은 지난해 8만명보다 25% 많아 10만명의 숙박 수요를 만들었다.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_a_change_with_a_clause_of_its_own_is_not_read_between_the_pair(knowledge, text):
    for rule in ("F301", "F305"):
        try:
            assert_not_checked(knowledge, text, rule)
        except AssertionError as failure:
            raise AssertionError(f"{rule}: {failure}") from None
