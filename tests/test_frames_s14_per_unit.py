"""Figures per unit and averages read across sentences (fourteenth session):
- a total and its count are of one level: a listed part of a stated whole, in another sentence than the figure
  per unit, stands for its whole when the other partner is no part (`용도별로는 … 기타 50만톤` then `매출은 …
  톤당 평균 3만원`; a segment's sales, then `Sales per store averaged`);
- a price per a unit of measure values the measure whose clause names a word the price names (`the malting
  price` → `malting barley … 500,000 tonnes`), not the article's lead measure.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

from helpers import claims
from test_frames import assert_checked

# ---------------------------------------------------------------- a part stands for its whole (F317)

KO_BREAKDOWN = (
    "한솔광산은 지난해 규사 500만톤을 캐 전년(470만톤)보다 생산량을 6.4% 늘렸다고 밝혔다.\n\n"
    "용도별로는 유리용이 350만톤으로 전체의 70%를 차지했다. 주물용은 100만톤, 기타 용도는 50만톤이었다.\n\n"
    "매출은 1,500억원으로 톤당 평균 {rate}을 받은 셈이다."
)
EN_SEGMENTS = (
    "Corvel Tools posted revenue of A$2.40 billion for the year, up 4.0% from A$2.31 billion.\n\n"
    "Sales to builders reached A$0.96 billion, or 40% of the total, with home gardeners spending A$1.44 billion.\n\n"
    "The chain ended the year with 240 stores, up from 230. Sales per store averaged {rate}."
)


def test_a_price_per_tonne_divides_the_whole_output_not_its_last_line(knowledge):
    assert_checked(knowledge, KO_BREAKDOWN.format(rate="3만원"), "F317", fires=False)


def test_a_wrong_price_per_tonne_against_the_whole_fires(knowledge):
    assert_checked(knowledge, KO_BREAKDOWN.format(rate="4만원"), "F317", fires=True)


def test_the_count_per_tonne_is_the_whole(knowledge):
    found = {c.text: c for c in claims(KO_BREAKDOWN.format(rate="3만원"), knowledge).claims}
    by_id = {c.id: c.text for c in found.values()}
    assert by_id[found["3만원"].units_of] == "500만톤"


def test_sales_per_store_divide_the_chains_revenue_not_a_segments(knowledge):
    assert_checked(knowledge, EN_SEGMENTS.format(rate="A$10.0 million"), "F317", fires=False)


def test_wrong_sales_per_store_fire(knowledge):
    assert_checked(knowledge, EN_SEGMENTS.format(rate="A$14.0 million"), "F317", fires=True)


# ---------------------------------------------------------------- a price values the measure it names (F317)

LINE_PRICE = (
    "Hallan barley harvest shrinks to 2.0 million tonnes\n\n"
    "The Hallan barley harvest came in at 2.0 million tonnes this year, down 5.0% on last year's 2.1 million "
    "tonnes.\n\n"
    "Malting barley accounted for 500,000 tonnes, feed barley for pigs and cattle 1.4 million tonnes, and seed "
    "100,000 tonnes.\n\n"
    "Farmers sowed 320,000 hectares, and average yields slipped to 6.3 tonnes a hectare.\n\n"
    "The average malting price reached £250 a tonne, up from £220. At that price the malting crop is worth "
    "roughly {total} at the farm gate."
)


def test_a_line_price_values_the_line_it_names(knowledge):
    assert_checked(knowledge, LINE_PRICE.format(total="£125 million"), "F317", fires=False)


def test_a_line_price_against_a_wrong_value_fires(knowledge):
    assert_checked(knowledge, LINE_PRICE.format(total="£300 million"), "F317", fires=True)


WHOLE_PRICE = LINE_PRICE.replace("average malting price", "average price").replace("malting crop", "crop")


def test_a_price_naming_no_line_values_the_lead(knowledge):
    assert_checked(knowledge, WHOLE_PRICE.format(total="£500 million"), "F317", fires=False)


# ---------------------------------------------------------------- yields: a measure per a measure or per a count

KO_YIELD = (
    "한들군 올해 배 2만톤 수확\n\n"
    "한들군의 올해 배 생산량이 2만400톤으로 집계됐다. 지난해 1만8,000톤보다 13.3% 늘었다.\n\n"
    "배를 재배하는 농가는 680가구, 재배 면적은 1,200㏊다. 1㏊당 평균 {per_area}을 거둔 셈이고, 농가 한 곳당 평균 "
    "생산량은 약 {per_farm}이다."
)


def test_a_yield_per_hectare_divides_the_lead_crop(knowledge):
    assert_checked(knowledge, KO_YIELD.format(per_area="17톤", per_farm="30톤"), "F317", fires=False)


def test_a_wrong_yield_per_hectare_fires(knowledge):
    assert_checked(knowledge, KO_YIELD.format(per_area="23톤", per_farm="30톤"), "F317", fires=True)


def test_a_wrong_crop_per_farm_fires(knowledge):
    assert_checked(knowledge, KO_YIELD.format(per_area="17톤", per_farm="41톤"), "F317", fires=True)


def test_each_figure_takes_its_own_mark(knowledge):
    found = {c.text: c for c in claims(KO_YIELD.format(per_area="17톤", per_farm="30톤"), knowledge).claims}
    by_id = {c.id: c.text for c in found.values()}
    assert by_id.get(found["17톤"].units_of) == "1,200㏊"
    assert by_id.get(found["약 30톤"].units_of) == "680가구"


EN_YIELD = (
    "Dry spring cuts Hallan wheat crop to 2.4 million tonnes\n\n"
    "The Hallan wheat harvest came in at 2.45 million tonnes this year, down 6.1% on last year's 2.61 million "
    "tonnes.\n\n"
    "Growers planted 300,000 hectares, 12,000 fewer than the 312,000 hectares of last year, and average yields "
    "slipped to {yield_} a hectare from 8.4 tonnes."
)


def test_a_yield_beside_the_area_and_its_comparisons_divides_the_lead_crop(knowledge):
    """The area's own comparisons (`12,000 fewer than the 312,000 hectares`) are no other area the yield is of;
    the lead crop is the body's, not the headline's rounded figure."""
    assert_checked(knowledge, EN_YIELD.format(yield_="8.2 tonnes"), "F317", fires=False)


def test_a_wrong_yield_beside_the_area_fires(knowledge):
    assert_checked(knowledge, EN_YIELD.format(yield_="9.6 tonnes"), "F317", fires=True)


# ---------------------------------------------------------------- a count per game of the lead's count

KO_PER_GAME = (
    "프로농구 관중 90만명 돌파\n\n"
    "올 시즌 프로농구 정규리그 관중이 91만8천명으로 집계됐다. 지난 시즌 85만명보다 8% 늘었다.\n\n"
    "정규리그 270경기를 치르는 동안 경기당 평균 {rate}이 입장했다."
)


def test_a_count_per_game_beside_the_games_divides_the_lead_count(knowledge):
    assert_checked(knowledge, KO_PER_GAME.format(rate="3,400명"), "F317", fires=False)


def test_a_wrong_count_per_game_fires(knowledge):
    assert_checked(knowledge, KO_PER_GAME.format(rate="4,400명"), "F317", fires=True)


KO_PER_TEMPLE = (
    "올 상반기 한옥마을 숙박 체험 참가자는 12만명으로 집계됐다. 지난해 같은 기간 10만명보다 20% 늘었다.\n\n"
    "체험을 운영한 마을은 60곳으로, 한 곳당 평균 {rate}이 다녀갔다."
)


def test_the_one_of_the_mark_is_no_count_of_units(knowledge):
    """`한 곳당`: the `한 곳` is the mark's own one; the units are the 60 villages stated before it."""
    assert_checked(knowledge, KO_PER_TEMPLE.format(rate="2,000명"), "F317", fires=False)
    found = {c.text: c for c in claims(KO_PER_TEMPLE.format(rate="2,000명"), knowledge).claims}
    by_id = {c.id: c.text for c in found.values()}
    assert by_id.get(found["2,000명"].units_of) == "60곳"


def test_a_wrong_count_per_village_fires(knowledge):
    assert_checked(knowledge, KO_PER_TEMPLE.format(rate="3,000명"), "F317", fires=True)


# ---------------------------------------------------------------- an average of `each` of the count beside it

EN_EACH = (
    "Harbourside Mutual paid out £42.0m in home claims in 2025, up 8.0% from £38.9m the year before, its annual "
    "report shows.\n\n"
    "It settled 56,000 claims, at an average of {average} each."
)


def test_an_average_each_of_the_count_beside_it_divides_the_lead_total(knowledge):
    assert_checked(knowledge, EN_EACH.format(average="£750"), "F317", fires=False)


def test_a_wrong_average_each_fires(knowledge):
    assert_checked(knowledge, EN_EACH.format(average="£950"), "F317", fires=True)


def test_an_average_each_with_a_figure_between_takes_no_count(knowledge):
    """`56,000 claims in 14 offices, an average of …`: the count right before is the offices', not the claims'
    (another figure stands between the claims and the average)."""
    text = EN_EACH.replace("It settled 56,000 claims,", "It settled 56,000 claims in 14 offices,")
    found = {c.text: c for c in claims(text.format(average="£750"), knowledge).claims}
    by_id = {c.id: c.text for c in found.values()}
    assert by_id.get(found["£750"].units_of) != "56,000 claims"


# ---------------------------------------------------------------- an average after the games it is over

EN_HOME_GAMES = (
    "Harbour City again led the way, drawing 96,000 over their 12 home games, an average of {average}, more than "
    "any other club."
)


def test_an_average_after_the_games_divides_the_tally_before_them(knowledge):
    assert_checked(knowledge, EN_HOME_GAMES.format(average="8,000"), "F317", fires=False)


def test_a_wrong_average_after_the_games_fires(knowledge):
    assert_checked(knowledge, EN_HOME_GAMES.format(average="9,500"), "F317", fires=True)


def test_an_average_after_a_count_of_no_games_links_nothing(knowledge):
    text = EN_HOME_GAMES.replace("over their 12 home games", "from their 12 stands").format(average="8,000")
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["8,000"].per_unit_of is None


NAMED_LINE = (
    "Tarnby Council's parking income totalled £30.0m: parking charges raised £18.0m, penalty notices £9.0m and "
    "permits £3.0m.\n\nThe council issued 150,000 penalty notices during the year. The average penalty paid came "
    "to {average} per notice."
)


def test_a_line_the_figures_words_name_is_not_lifted_to_its_whole(knowledge):
    """`The average penalty paid … per notice`: the penalties' line (£9.0m), not all the parking income."""
    assert_checked(knowledge, NAMED_LINE.format(average="£60"), "F317", fires=False)


def test_a_wrong_average_of_a_named_line_fires(knowledge):
    assert_checked(knowledge, NAMED_LINE.format(average="£200"), "F317", fires=True)


# ---------------------------------------------------------------- `each` opening a clause after its joiner

EN_EACH_CLAUSE = (
    "Danish beekeepers produced 6.0 million kilograms of honey in 2025, up 5.0% from 5.7 million kilograms the "
    "year before.\n\n"
    "The country had 150,000 colonies, 4,000 more than the 146,000 a year earlier, and each colony produced an "
    "average of {average}."
)


def test_each_opening_a_later_clause_takes_the_count_its_noun_names(knowledge):
    assert_checked(knowledge, EN_EACH_CLAUSE.format(average="40 kg"), "F317", fires=False)


def test_a_wrong_average_of_each_in_a_later_clause_fires(knowledge):
    assert_checked(knowledge, EN_EACH_CLAUSE.format(average="55 kg"), "F317", fires=True)


def test_each_of_a_noun_no_count_names_links_nothing(knowledge):
    text = EN_EACH_CLAUSE.replace("each colony produced", "each keeper produced").format(average="40 kg")
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["40 kg"].per_unit_of is None


# ---------------------------------------------------------------- a count named by the word after its counter

EN_PER_SAILING = (
    "Brennvik's harbour handled 150 ferry sailings this season, carrying 270,000 passengers, up 8.0% from 250,000 "
    "last year. That is an average of {average} passengers per sailing."
)


def test_a_count_per_unit_of_a_count_named_after_its_counter(knowledge):
    """`150 ferry sailings`: the counter read is `ferry`; `per sailing` names the count by the word after it."""
    assert_checked(knowledge, EN_PER_SAILING.format(average="1,800"), "F317", fires=False)


def test_a_wrong_count_per_sailing_fires(knowledge):
    assert_checked(knowledge, EN_PER_SAILING.format(average="2,400"), "F317", fires=True)


NAMED_AFTER_LINE = (
    "Landings of herring at Skarholm harbour fell 10 per cent to 40,000 tonnes in the season from 44,400 tonnes.\n\n"
    "Sprat landings added 10,000 tonnes, taking total landings at the port to 50,000 tonnes.\n\n"
    "The port's 20 trawlers each landed an average of {average} tonnes of herring over the season."
)


def test_a_line_named_after_the_figure_is_not_lifted_to_its_whole(knowledge):
    """`tonnes of herring`: the herring landings (a part of all landings) are the total, not the port's whole."""
    assert_checked(knowledge, NAMED_AFTER_LINE.format(average="2,000"), "F317", fires=False)


def test_a_wrong_average_of_a_line_named_after_fires(knowledge):
    assert_checked(knowledge, NAMED_AFTER_LINE.format(average="2,500"), "F317", fires=True)


EN_LEAD_UNCOUNTED = (
    "Enrolment in the Marlow district stands at 12,000 this fall, down 2.0% from a year ago.\n\n"
    "Primary schools enrol 6,600 students and secondary schools 5,400.\n\n"
    "The district employs 600 teachers, for an average of {average} students per teacher."
)


def test_a_count_per_unit_takes_no_part_of_the_second_sentence_for_the_lead(knowledge):
    """The lead's count (12,000) names no counter; the second sentence's `6,600 students` is one part's count,
    not the whole the average is of."""
    found = {c.text: c for c in claims(EN_LEAD_UNCOUNTED.format(average="20"), knowledge).claims}
    by_id = {c.id: c.text for c in found.values()}
    rate = next(c for c in found.values() if c.text.startswith("20"))
    assert by_id.get(rate.per_unit_of) != "6,600 students"


# ---------------------------------------------------------------- the count of the figure's own sentence first

EN_OWN_SENTENCE_COUNT = (
    "Toybarrow's Christmas sales rose to £160.0m.\n\n"
    "Online orders brought in £40.0m, or 25% of the total. The 200 shops took the remaining £120.0m, an average "
    "of about {average} a store.\n\n"
    "The chief executive said the company would open six shops this year."
)


def test_an_average_takes_the_count_of_its_own_sentence(knowledge):
    """`six shops` a later paragraph opens does not tie with the 200 shops of the figure's own sentence."""
    assert_checked(knowledge, EN_OWN_SENTENCE_COUNT.format(average="£600,000"), "F317", fires=False)


def test_a_wrong_average_of_the_own_sentence_count_fires(knowledge):
    assert_checked(knowledge, EN_OWN_SENTENCE_COUNT.format(average="£800,000"), "F317", fires=True)
