"""English shares of a part and its whole in one sentence (twenty-seventh session, lane share-en), each a rule for a
construction (checker/link/part_of_whole_shares.py):
- a whole, `of which` / `of whom` and the part, the part's clause, then the share after the comma alone (`The yard
  has 90 barges, of which 27 carry grain, 30 per cent.`): the share closes its clause or names the whole with a
  definite word (`a quarter of the yard`); the part's clause may hold a number that is no figure (`are under 18`), the
  part's noun may be left to the verb after it (`27 carry`), and a fraction in words may name what it counts (`or
  three in ten riders`); a share that runs on (`35 per cent of them in winter`, `20% more than`) links nothing;
- a part, `of the` and its whole, the part's clause running on after the whole, then a share that names that whole
  again and closes (`[link.share_of_the_total_closing]`: `…, 25% of the total.`, `…, or 15% of them.`); a share of
  another whole (`35% of the total vote`) links nothing;
- a share after a part and its whole that names a kind within the part (`…, 40% of them oaks`) is no share of the
  whole, and links nothing;
- `Of the 720 flats on the estate, 126 stand empty, 17.5 per cent.`: the pool the opener names, the part, its clause,
  then the share closing the sentence after the comma alone (checker/link/apposed_pool_shares.py); the word read as
  the part's noun may be the verb after it; a share that runs on (`20% more than …`) or a pool no opener marks
  (`In the 90 kilns, …`) links nothing;
- a part that fills a share of a count of places stated after it (`[link.fill_verbs_before_stated_whole]`: `The
  2,600 walkers filled 65% of the 4,000 places`), and a part whose noun the whole counts a word or two after it
  (`36 organic farms … of the 80 farms`; checker/link/shares_of_a_stated_whole.py); `occupied` (lodgers in rooms) and
  another noun after the adjective link nothing.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `of which` part, its clause, the share after a comma


@pytest.mark.parametrize("share,fires", [("30 per cent", False), ("35 per cent", True)])
def test_a_share_after_an_of_which_part_and_its_clause(knowledge, share, fires):
    text = f"The Tarrow barge yard now runs 90 barges, of which 27 carry grain upriver, {share}."
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize("share,fires", [("three in ten", False), ("two in ten", True)])
def test_a_fraction_in_words_naming_what_it_counts(knowledge, share, fires):
    text = f"The Elvet cycling club lists 230 members, of whom 69 race on weekends, or {share} racers."
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize("share,fires", [("a quarter", False), ("a third", True)])
def test_a_share_naming_its_whole_after_a_clause_with_a_number(knowledge, share, fires):
    text = f"The Corran youth band has 64 players, of whom 16 are under 12, {share} of the band."
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize(
    "tail",
    ["35 per cent of them in spring", "20 per cent more than in the spring"],
)
def test_a_share_that_runs_on_after_the_clause_links_nothing(knowledge, tail):
    text = f"The Tarrow barge yard now runs 90 barges, of which 27 carry grain upriver, {tail}."
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- part of the whole, its clause, `of the total`


@pytest.mark.parametrize("share,fires", [("27.5%", False), ("25%", True)])
def test_a_share_of_the_total_after_the_parts_clause(knowledge, share, fires):
    text = f"Pupils from Dunmore borrowed 1,430 of the 5,200 atlases lent this spring, {share} of the total."
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize("share,fires", [("15%", False), ("20%", True)])
def test_a_share_of_them_closing_after_the_parts_clause(knowledge, share, fires):
    text = f"Assessors approved 62 of the 410 kilns they visited across the valley, or {share} of them."
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize("share,fires", [("a quarter", False), ("a third", True)])
def test_a_fraction_of_the_total_after_the_parts_clause(knowledge, share, fires):
    text = f"Wardens ringed 70 of the 280 puffins on the western stacks, {share} of the total."
    assert_checked(knowledge, text, "F503", fires)


def test_a_share_of_another_total_links_nothing(knowledge):
    # (`of the total vote`: the share names another whole, not the seats)
    text = "The Greenway list took 40 of the 100 council seats in May, 35% of the total vote."
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- a share of a kind within the part


def test_a_share_of_a_kind_within_the_part_links_nothing(knowledge):
    # (`40% of them oaks`: the share is of the 300, not of the 1,200)
    text = "Volunteers planted 300 of the 1,200 saplings along the bypass, 40% of them oaks."
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- a share of a stated whole after a verb


@pytest.mark.parametrize("share,fires", [("65%", False), ("75%", True)])
def test_a_part_that_fills_a_share_of_the_places_stated(knowledge, share, fires):
    # (`filled`: the walkers fill the places, a count of another noun; `[link.fill_verbs_before_stated_whole]`)
    text = f"The 2,600 walkers filled {share} of the 4,000 places on the pilgrimage route."
    assert_checked(knowledge, text, "F503", fires)


def test_a_part_that_occupies_places_links_nothing(knowledge):
    # (lodgers may share a room: `occupied` names no count of rooms)
    text = "The 300 lodgers occupied 70% of the 400 rooms at the spa town."
    assert_not_checked(knowledge, text, "F503")


@pytest.mark.parametrize("share,fires", [("45%", False), ("55%", True)])
def test_a_part_with_an_adjective_before_the_wholes_noun(knowledge, share, fires):
    # (`36 organic farms`: the noun the whole counts a word after the part)
    text = f"The co-op's 36 organic farms make up {share} of the 80 farms in the valley."
    assert_checked(knowledge, text, "F503", fires)


def test_a_part_of_another_noun_after_an_adjective_links_nothing(knowledge):
    text = "The 84 electric trams carried 21% of the 400 riders on Sunday."
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- `Of the` pool, the part's clause, the share


@pytest.mark.parametrize("share,fires", [("17.5 per cent", False), ("27.5 per cent", True)])
def test_a_share_closing_the_parts_clause_after_an_of_the_opener(knowledge, share, fires):
    text = f"Of the 720 flats on the Brindle estate, 126 stand empty, {share}."
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize("share,fires", [("30%", False), ("20%", True)])
def test_a_share_after_an_opener_whose_part_reads_the_verb_as_its_noun(knowledge, share, fires):
    text = f"Of the 90 kilns in the Aske valley, 27 still burn coal, {share}."
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize(
    "text",
    [
        "Of the 90 kilns in the Aske valley, 27 still burn coal, 20% more than in the spring.",
        "In the 90 kilns of the Aske valley, 27 workers still burn coal, 20%.",
    ],
)
def test_a_share_running_on_or_a_pool_no_opener_marks_links_nothing(knowledge, text):
    assert_not_checked(knowledge, text, "F503")
