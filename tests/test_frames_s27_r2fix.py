"""Session 27, lane r2fix: false alarms of the second round on invented clean copy, each closed by a structural
reading in the linker that made it, and each rule shown still to fire where it should.

- A rate after a change noun naming its own subject after `in` (`a rise of 9 per cent in drivers`), a word the
  sentence does not use before it, is the change of that subject, not of the two figures compared before it
  (checker/link/rate_subjects.py; relations.py, amounts_appended.py, signless_amount_changes.py).
- A Korean rate whose clause opens with a topic of its own (`대기 시간은 9% 줄었다`) that the value found for it in
  the sentence before does not name is that topic's rate.
- The per-unit fallback takes no total or count of the sentences around a figure labelled as another object's or
  another time's (`A separate fund paid`, `Last year's grants averaged`), nor of a figure whose sentence states a
  count of other units of its own (`paid $90 a pen to 40 sties`).
- A bare remainder naming the pot it is left of (`, leaving $40,000 of the roof fund`), or after a figure that is
  the size of a cut (`trimmed fees by $3m, leaving`), is no remainder of a whole stated before.
Every sentence is invented.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- a rate naming its own subject after `in`


@pytest.mark.parametrize(
    "text",
    [
        "The depot's 60 vans compare with 45 lorries, a rise of 9 per cent in drivers.",
        "Its 310 ferries compare with 260 ferries in 2018, an increase of 7 per cent in crossings since then.",
        "The hives' 420 kilograms of honey compares with 380 kilograms of wax, an improvement of 3 per cent in the "
        "colony's health.",
        "The port handled 900 ships, compared with 750 ships a year earlier, a fall of 4 per cent in cargo.",
    ],
)
def test_a_rate_naming_another_subject_links_nothing(knowledge, text):
    assert_not_checked(knowledge, text, "F301")


@pytest.mark.parametrize("rate,fires", [("20 per cent", False), ("35 per cent", True)])
def test_a_rate_naming_the_compared_figures_own_noun_still_checks(knowledge, rate, fires):
    text = f"The yard's 90 cranes compare with 75 cranes last year, a rise of {rate} in cranes."
    assert_checked(knowledge, text, "F301", fires)


@pytest.mark.parametrize("rate,fires", [("25 per cent", False), ("9 per cent", True)])
def test_a_signless_rate_with_no_subject_of_its_own_still_checks(knowledge, rate, fires):
    text = f"The hives' 500 kilograms of honey compares with 400 kilograms last year, an improvement of {rate}."
    assert_checked(knowledge, text, "F301", fires)


# ---------------------------------------------------------------- `…에 견줘 NOUN은 N% 줄었다`: the topic's own rate


def test_a_korean_rate_of_its_own_topic_links_nothing(knowledge):
    text = "센터는 올해 7월 자전거 450대를 빌려줬다. 6월 400대에 견줘 대기 시간은 9% 줄었다."
    assert_not_checked(knowledge, text, "F301")


@pytest.mark.parametrize("rate,fires", [("12.5%", False), ("30%", True)])
def test_a_korean_rate_of_the_values_own_noun_still_checks(knowledge, rate, fires):
    text = f"센터는 올해 7월 자전거 450대를 빌려줬다. 6월 400대에 견줘 자전거는 {rate} 늘었다."
    assert_checked(knowledge, text, "F301", fires)


# ---------------------------------------------------------------- per-unit fallback: another object, another time


@pytest.mark.parametrize(
    "text",
    [
        "The trust gave $6 million to 500 schools. A separate fund paid $9,000 a school to 80 colleges.",
        "The drainage fund holds $3 million for 600 homes. Last year's grants averaged $2,000 a home.",
        "The trust gave $6 million to 500 schools. It also paid $9,000 a school to 80 colleges.",
    ],
)
def test_a_figure_per_unit_of_another_object_or_time_links_nothing(knowledge, text):
    assert_not_checked(knowledge, text, "F317")


@pytest.mark.parametrize("each,fires", [("$12,000", False), ("$9,000", True)])
def test_a_figure_per_unit_of_the_same_object_still_checks(knowledge, each, fires):
    text = f"The trust gave $6 million to 500 schools. It paid {each} a school."
    assert_checked(knowledge, text, "F317", fires)


# ---------------------------------------------------------------- `, leaving $X of the pot`: a remainder of its own


@pytest.mark.parametrize(
    "text",
    [
        "The club's reserves are $5 million. It spent $700,000 on pitches this year, leaving $200,000 of the pitch "
        "fund unspent.",
        "The bakery's sales were $14m in 2024. This year it trimmed wages by $3m, leaving $2m of savings to invest.",
    ],
)
def test_a_remainder_of_a_named_pot_or_after_a_cut_links_nothing(knowledge, text):
    assert_not_checked(knowledge, text, "F305")


@pytest.mark.parametrize("left,fires", [("$52,000", False), ("$45,000", True)])
def test_a_bare_remainder_of_the_whole_before_still_checks(knowledge, left, fires):
    text = f"The kennel raised $60,000. Vet bills came to $8,000, leaving {left} for food."
    assert_checked(knowledge, text, "F305", fires)


@pytest.mark.parametrize("rate,fires", [("12.5%", False), ("30%", True)])
def test_a_korean_comparison_particle_with_a_topic_mark_is_no_topic(knowledge, rate, fires):
    text = f"센터는 올해 7월 자전거 450대를 빌려줬다. 6월 400대보다는 {rate} 많다."
    assert_checked(knowledge, text, "F301", fires)


@pytest.mark.parametrize("rate,fires", [("12.5%", False), ("30%", True)])
def test_a_korean_adverb_with_a_topic_mark_is_no_topic(knowledge, rate, fires):
    text = f"센터는 올해 7월 자전거 450대를 빌려줬다. 6월 400대에 견줘 증가율로는 {rate} 늘었다."
    assert_checked(knowledge, text, "F301", fires)


@pytest.mark.parametrize("each,fires", [("40 litres", False), ("55 litres", True)])
def test_a_total_of_the_figures_own_units_in_its_sentence_is_no_count_of_its_own(knowledge, each, fires):
    text = f"Crews hauled 2,400 tonnes of kelp. Drying yielded 96,000 litres of oil, or {each} a tonne."
    assert_checked(knowledge, text, "F317", fires)


def test_a_korean_rate_of_its_own_topic_after_the_pair_in_one_sentence_links_nothing(knowledge):
    text = "구립도서관은 올해 책 6천 권을 빌려줘 지난해(5천 권)보다 1천 권 많고, 연체료는 40% 늘었다."
    assert_not_checked(knowledge, text, "F301")


@pytest.mark.parametrize("rate,fires", [("24%", False), ("40%", True)])
def test_a_korean_rate_of_the_pairs_own_noun_in_one_sentence_still_checks(knowledge, rate, fires):
    text = f"구립도서관은 올해 책 6,200권을 빌려줘 지난해(5,000권)보다 1,200권 많고, 책은 {rate} 늘었다."
    assert_checked(knowledge, text, "F301", fires)
