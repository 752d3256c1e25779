"""False alarms of new copy (fifty-fourth session, lane `fa_au`), English and Korean: readings narrowed, or read right.

- A count a part is drawn from (`Of the 40 stalls that applied, 25 …`, `쉼터 40곳을 지었고, 이 가운데 25곳을 …`): a
  figure per one of its noun stated in another sentence (`70 a stall`; `쉼터 한 곳에 평균 …`, the noun qualifying the
  one) may be per the pool or per the part, so the pool is no units a count per unit takes there
  (checker/link/pools_drawn_from.py, checker/link/counts_per_unit.py); a count with no part drawn from it still is.
- `트럭으로 한 번에 1.5톤씩`: one occasion with its particle is no unit whose count a size multiplies out
  (`[link.one_unit_subject_time_nouns]` with `[link.one_unit_subject_particles]`, checker/link/unit_sizes_ko.py);
  `한 상자 무게는 5kg` still is.
- Numbered names of a list's items (`1호 4천200건, 2호 3천100건, …`): counts that name the figure right after them, a
  space between, two at least of one counter in a sentence, are no parts of a breakdown nor its whole
  (checker/link/breakdowns.py `numbered_labels`); the figures they name still add up.
- `Walkers put £4,800 into the tin, roughly 90p a head`: a figure per head whose sentence opens on a plural noun of
  people is per those people, never per a count of other people stated in another sentence (`40 volunteers`:
  checker/link/per_unit_fallback.py); a count of the subject's noun is still its units.
- `200 square cushions and 150 long bolster cushions … Each cushion takes 2 metres`: a count listed beside another
  count of the noun is one kind of it, not the units a clause opening on each of the noun is per
  (checker/link/each_averages.py); one count of the noun alone still is.
- `The order is four wide boats and eight holiday boats. It is 30 per cent of the 40 boats`: a level of the sentence
  before that is one item of a list (a part of a whole another figure there is a part of too) is no part of a share
  whose subject names it not (checker/link/wholes_then_shares_apart.py); a level alone still is.
- `윗못에 전체의 48%가 몰렸다`: a place with its particle right before the whole written out names the share's part as
  a subject does (`[link.share_clause_places]`, checker/link/listed_subject_shares.py): the listed figure it heads,
  never the list's last figure.
- Review fixes: a place names the part only right before the bare whole (`[link.share_place_wholes]`: not `전체 피해의`,
  whose share is of that noun, nor for checker/link/shares_of_listed_members.py), with no time as the topic before it
  (`작년에는`), no count of another noun between the list and it, and no level of another key beside the whole; the
  heads of a subject of people are still those of a count whose noun the sentence names after it (`Organisers say
  visitors spent …, £12 a head`).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired, assert_not_linked, rule_result

SHARE = "F503"
SUM = "F302"
PER_UNIT = "F317"


def _touched(knowledge, text: str, rule: str) -> list[set[str]]:
    """The texts each item of the rule touches, reported or passed."""
    result = rule_result(knowledge, text, rule)
    return [
        {text[loc.start : loc.end] for loc in [item.location, *item.related]}
        for item in [*result.findings, *result.passed]
    ]


# ---------------------------------------------------------------- a pool a part is drawn from is no units apart

_POOL_EN = (
    "Market stalls in Dunmere rewired\n\n"
    "{opening}\n\n"
    "Electricians ran 1,750 metres of armoured cable across the square, {n} a stall, mostly at night."
)


@pytest.mark.parametrize(
    "opening",
    [
        "Of the 40 stalls that applied, 25 were accepted, 62.5 per cent.",
        "Of the 40 stalls on the square, 25 took part this year, 62.5 per cent.",
    ],
)
def test_pool_with_a_part_drawn_is_no_units_apart_en(knowledge, opening):
    assert_not_linked(knowledge, _POOL_EN.format(opening=opening, n="70"), PER_UNIT)
    assert_not_linked(knowledge, _POOL_EN.format(opening=opening, n="44"), PER_UNIT)


@pytest.mark.parametrize(("n", "fires"), [("70", False), ("55", True)])
def test_count_with_no_part_drawn_is_still_the_units_en(knowledge, n, fires):
    text = _POOL_EN.format(opening="The square has 25 stalls, all of them run by families.", n=n)
    assert_checked(knowledge, text, PER_UNIT, fires)


_POOL_KO = (
    "나래군 무더위 쉼터 북적\n\n"
    "나래군은 지난해 마을회관 등에 무더위 쉼터 {pool}고 5일 밝혔다. 올여름 쉼터를 찾은 주민은 1천명으로 쉼터 한 곳에 "
    "평균 {n}명꼴이다."
)


def test_pool_with_a_part_drawn_is_no_units_apart_ko(knowledge):
    text = _POOL_KO.format(pool="40곳을 지었으며, 이 가운데 25곳을 주민이 맡았다", n="40")
    assert_not_linked(knowledge, text, PER_UNIT)
    text = _POOL_KO.format(pool="40곳을 지었으며, 이 가운데 25곳을 주민이 맡았다", n="25")
    assert_not_linked(knowledge, text, PER_UNIT)


@pytest.mark.parametrize(("n", "fires"), [("25", False), ("40", True)])
def test_count_with_no_part_drawn_is_still_the_units_ko(knowledge, n, fires):
    text = _POOL_KO.format(pool="40곳을 지어 주민에게 맡겼다", n=n)
    assert_checked(knowledge, text, PER_UNIT, fires)


# ---------------------------------------------------------------- `한 번에 N톤씩`: one occasion is no unit

_ONE_OCCASION = (
    "가람군 저수지 치어 방류\n\n"
    "가람군은 올가을 저수지 3곳에 치어를 풀었다고 4일 밝혔다. 치어는 트럭으로 한 번에 1.5톤씩 옮겼다. "
    "운반은 모두 30회 이뤄졌고, 옮긴 치어는 {total}톤이다."
)


@pytest.mark.parametrize("total", ["45", "60"])
def test_one_occasion_with_its_particle_is_no_unit(knowledge, total):
    text = _ONE_OCCASION.format(total=total)
    assert_not_fired(knowledge, text, PER_UNIT)
    assert not any("한 번" in touched for touched in _touched(knowledge, text, PER_UNIT))


@pytest.mark.parametrize(("total", "fires"), [("100", False), ("60", True)])
def test_one_unit_of_a_noun_is_still_a_size(knowledge, total, fires):
    text = (
        "다솜군 감귤 수출\n\n"
        f"다솜군은 감귤 2만 상자를 대만에 보낸다고 3일 밝혔다. 한 상자 무게는 5kg으로 모두 {total}톤이다."
    )
    assert_checked(knowledge, text, PER_UNIT, fires)


# ---------------------------------------------------------------- numbered names of a list's items

_NUMBERED = (
    "소담군 자전거 보관소 이용 늘어\n\n"
    "소담군은 역 앞 자전거 보관소 4곳의 올해 이용이 1만1천건이라고 2일 밝혔다. 보관소별로는 1호 4천200건, "
    "2호 3천100건, 3호 2천500건, 4호 {last}건이다."
)


@pytest.mark.parametrize(("last", "fires"), [("1천200", False), ("2천200", True)])
def test_figures_named_by_numbers_still_add_up(knowledge, last, fires):
    assert_checked(knowledge, _NUMBERED.format(last=last), SUM, fires)


@pytest.mark.parametrize("last", ["1천200", "2천200"])
def test_numbered_names_are_no_parts(knowledge, last):
    text = _NUMBERED.format(last=last)
    for touched in _touched(knowledge, text, SUM):
        assert not any(t.endswith("호") for t in touched), touched


def test_a_count_of_the_counter_alone_still_adds_up(knowledge):
    text = (
        "가온시 새 아파트\n\n"
        "가온시는 올해 새 아파트 1천200호가 들어선다고 2일 밝혔다. 권역별로는 북부 700호, 남부 500호다."
    )
    assert_checked(knowledge, text, SUM, fires=False)


# ---------------------------------------------------------------- `Walkers …, 90p a head`: the subject's heads

_HEADS = "The Wexcombe reserve has reopened its bird hide.\n\n{count}\n\n{sentence}"


@pytest.mark.parametrize(
    "sentence",
    [
        "Walkers put £4,800 into the collection tin, roughly 90p a head.",
        "Walkers put £4,800 into the collection tin, roughly £120 a head.",
        "The diners paid £4,800 for the supper, roughly £120 a head.",
    ],
)
def test_a_head_of_the_subject_is_no_head_of_other_people(knowledge, sentence):
    count = "The hide is kept open by 40 volunteers, who worked 800 shifts, 20 each."
    text = _HEADS.format(count=count, sentence=sentence)
    assert_not_fired(knowledge, text, PER_UNIT)
    assert not any("£4,800" in touched for touched in _touched(knowledge, text, PER_UNIT))


@pytest.mark.parametrize(("pence", "fires"), [("90p", False), ("70p", True)])
def test_a_head_of_the_subject_counted_is_still_read(knowledge, pence, fires):
    count = "The hide drew 5,400 walkers over the summer, up from 4,100."
    sentence = f"Walkers put £4,860 into the collection tin, roughly {pence} a head."
    assert_checked(knowledge, _HEADS.format(count=count, sentence=sentence), PER_UNIT, fires)


# ---------------------------------------------------------------- `Each cushion` after two kinds of cushion listed

_EACH = (
    "Kelbury weavers win hotel order\n\n"
    "A Kelbury weaving shed is to supply cushions to a hotel in Brno.\n\n"
    "The hotel wants {count}. Each cushion takes {each} metres of wool tweed, 700 metres in all."
)


@pytest.mark.parametrize("each", ["2", "3.5"])
def test_each_of_a_noun_listed_in_kinds_is_no_one_kind(knowledge, each):
    text = _EACH.format(count="200 square cushions and 150 long bolster cushions", each=each)
    assert_not_fired(knowledge, text, PER_UNIT)
    assert not any("200 square cushions" in touched for touched in _touched(knowledge, text, PER_UNIT))


@pytest.mark.parametrize(("each", "fires"), [("2", False), ("3", True)])
def test_each_of_a_noun_counted_once_is_still_read(knowledge, each, fires):
    assert_checked(knowledge, _EACH.format(count="350 cushions for its suites", each=each), PER_UNIT, fires)


# ---------------------------------------------------------------- a share of one item of a list before

_LIST_SHARE = (
    "Ashby boatyard builds narrowboats for a Leeds hire firm\n\n"
    "An Ashby boatyard is building 12 boats for a hire firm in Leeds.\n\n"
    "{sentence} It is {rate} per cent of the 40 boats the yard will launch this year."
)


@pytest.mark.parametrize("rate", ["30", "20"])
def test_share_of_an_item_of_a_list_before_is_unsaid(knowledge, rate):
    sentence = "The order is made up of four wide boats and eight holiday boats."
    assert_not_linked(knowledge, _LIST_SHARE.format(sentence=sentence, rate=rate), SHARE)


@pytest.mark.parametrize(("rate", "fires"), [("30", False), ("25", True)])
def test_share_of_a_level_alone_before_is_still_read(knowledge, rate, fires):
    sentence = "The firm has ordered 12 boats in all."
    assert_checked(knowledge, _LIST_SHARE.format(sentence=sentence, rate=rate), SHARE, fires)


# ---------------------------------------------------------------- `윗못에 전체의 N%`: a place names the part

_PLACE = (
    "누리군 청둥오리 500마리\n\n"
    "누리군은 올겨울 군내 못에서 관찰된 청둥오리가 1일 기준 500마리라고 3일 밝혔다. 못별로는 윗못 240마리, "
    "아랫못 160마리, 새못 100마리가 관찰돼 {place} 전체의 {rate}%가 몰렸다."
)


@pytest.mark.parametrize(("rate", "fires"), [("48", False), ("40", True)])
def test_a_place_before_the_whole_names_the_part(knowledge, rate, fires):
    assert_checked(knowledge, _PLACE.format(place="윗못에", rate=rate), SHARE, fires)


@pytest.mark.parametrize("rate", ["48", "20"])
def test_a_place_naming_no_member_links_no_last_figure(knowledge, rate):
    text = _PLACE.format(place="북쪽 물가에", rate=rate)
    assert_not_fired(knowledge, text, SHARE)
    assert not any("100마리" in touched for touched in _touched(knowledge, text, SHARE))


# ---------------------------------------------------------------- review fixes: a place names the part only when
# the whole is bare, no time as the topic before the place, no count of another noun between the list and the place

_PLACE_ORCHARD = (
    "솔담군 배밭 줄어\n\n"
    "솔담군 배밭은 600㏊로 집계됐다. 읍면별로는 솔담읍 270㏊, 동촌면 180㏊, 서촌면 150㏊인데 {clause}"
)


@pytest.mark.parametrize(
    "clause",
    [
        "올봄 우박은 솔담읍에서 전체 피해의 80%가 났다.",  # a whole of another noun
        "솔담읍에서 전체 수확량의 65%가 나온다.",
        "작년에는 솔담읍에 전체의 62%가 몰려 있었다.",  # another time as the topic before the place
        "20년 전에는 솔담읍에 전체의 62%가 몰려 있었다.",
        "농가 420곳 가운데 솔담읍에 전체의 62%가 산다.",  # a count of another noun between
    ],
)
def test_a_place_before_another_whole_or_time_names_no_part(knowledge, clause):
    text = _PLACE_ORCHARD.format(clause=clause)
    assert_not_fired(knowledge, text, SHARE)
    assert not any("270㏊" in touched for touched in _touched(knowledge, text, SHARE))


@pytest.mark.parametrize(("rate", "fires"), [("45", False), ("55", True)])
def test_a_place_before_the_bare_whole_still_names_the_part(knowledge, rate, fires):
    text = _PLACE_ORCHARD.format(clause=f"솔담읍에 전체의 {rate}%가 몰려 있다.")
    assert_checked(knowledge, text, SHARE, fires)


def test_a_place_before_a_whole_of_other_people_passes_nothing(knowledge):
    text = (
        "하람시 민원 늘어\n\n"
        "하람시 민원은 2천건이고 담당 공무원은 60명이다. 동별로는 새터동 840건, 윗마을동 760건, 강변동 400건으로 "
        "새터동에 전체 공무원의 42%가 배치됐다."
    )
    assert_not_linked(knowledge, text, SHARE)


# ---------------------------------------------------------------- review fixes: `Organisers say visitors spent …`:
# the count's noun named after the opening, the heads are its

_SPEAKERS = (
    "Pellowick show takings\n\nThe Pellowick show drew 3,000 visitors.\n\n"
    "Organisers say visitors spent £36,000, {each} a head."
)


@pytest.mark.parametrize(("each", "fires"), [("£12", False), ("£18", True)])
def test_heads_of_the_noun_named_after_the_opening_are_still_read(knowledge, each, fires):
    assert_checked(knowledge, _SPEAKERS.format(each=each), PER_UNIT, fires)


def test_a_place_before_the_bare_whole_of_two_levels_names_no_part(knowledge):
    text = (
        "솔담군 배밭 줄어\n\n"
        "솔담군 배밭은 600㏊, 배 농가는 420곳이다. 솔담읍 270㏊, 동촌면 180㏊, 서촌면 150㏊이며 솔담읍에 전체의 "
        "62%가 산다."
    )
    assert not any("270㏊" in touched for touched in _touched(knowledge, text, SHARE))
