"""False alarms on copy never seen (forty-fifth session, lane `fa`): readings that built a relation of figures that
are not its members, closed where the relation is built; the right relation still read where the copy states it.

- A figure each unit turns out per an occasion of work (`two kettles each hold 50kg a boil`) is of a total of some
  such occasions, not a share of the order the units alone divide (checker/link/each_averages.py,
  `[link.per_occasion_after]`).
- A count the lead states, which a share paragraphs later takes as its part, is still the count of all the items a
  figure per one multiplies out (checker/link/per_one_products.py); a share whose whole is written right after it as
  a bare number (`40 per cent of the 100 it plans`) takes no whole stated before (checker/link/share_fallback.py,
  `[link.share_of_bare_whole]`).
- A member a list names with no figure (`two semi-finals and a final, 15 races in all`) leaves the list open
  (checker/link/totals.py, `[link.unread_member_before_total]`); a clause's counts of several nouns before a total of
  one (`… 36 group games, … a knockout of seven games, 43 games in all`) are parts only where they count the total's
  noun, when the whole list does not make it (checker/link/totals.py).
- A count right after the units, a preposition of place between (`on 12 streets in six villages, four a street`),
  holds them: it is no total of what each has (checker/link/counts_per_unit.py, checker/link/restated_per_unit.py).
- A count after `each NOUN` that does not count that noun (`Each game shares out seven points between the two
  pairs`) is the clause's object, not the units (checker/link/each_averages.py).
- A move whose subject names the whole (`The total was up by half on …`: `[link.whole_naming_subjects]`) is of the
  whole, not of a part set beside its share since (checker/link/en_comparisons_apart.py).
- A Korean length of years followed by a step's verb and `뒤`/`끝에` (`3년 동안 햇볕에 말린 뒤에야`) is one step of a
  process, no age from a start told beside it (checker/link/date_spans_general.py, `[link.age_step_after]`).
- A price per unit and per day (`1인당 하루 5만 원씩 사흘 동안 모두 …`) makes no total of the count alone
  (checker/link/priced_totals.py).
- A move apart whose subject a label names (`Garden sales grew by a fifth from £125m`) is of the list's first part
  when the sentence before opens on that label (`Garden centres took £150m, city stores £170m …`), not
  of the lead's total (checker/link/en_comparisons_apart.py); so is a Korean change whose subject opens with a part's
  label (`온라인 매출은 … 지난해(…)보다 20% 늘었다` after `…, 온라인 장터 180억 원, …`:
  checker/link/changes_of_an_earlier_level.py).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked as _checked
from helpers import assert_not_fired as _not_fired

GROWTH, SUM, PER_UNIT, SHARE, ELAPSED = ("F301", "F302", "F317", "F503", "F406")


# ---------------------------------------------------------------- a figure per an occasion of each unit


@pytest.mark.parametrize(
    "text",
    [
        "Ashbury fudge\n\nThe maker will send 12 tonnes of fudge to a grocer. Its two kettles each hold 50kg a boil.",
        "Thornvale couriers\n\nThe firm will carry 96,000 parcels for the store this winter. Its three vans each"
        " carry 400 parcels per trip.",
        "Kilbride pickles\n\nThe cannery will fill 60,000 jars for the grocer. Its four lines each fill 900 jars a"
        " batch, working two shifts.",
        "Ashbury ferries\n\nThe company expects 250,000 passengers this summer. Its two boats each carry 350"
        " passengers a crossing.",
        "Thornvale bakery\n\nThe bakery has agreed to supply 30,000 pies to the club. Its five ovens each bake 240"
        " pies per firing.",
    ],
)
def test_a_figure_per_an_occasion_of_each_unit_is_no_share_of_the_order(knowledge, text):
    _not_fired(knowledge, text, PER_UNIT)


def test_an_average_each_of_the_lead_total_still_checked_beside_it(knowledge):
    text = (
        "Kilbride fleet\n\nThe port's boats landed 24,000 tonnes this year. Its 12 trawlers each landed {each} tonnes."
    )
    _checked(knowledge, text.format(each="2,000"), PER_UNIT, fires=False)
    _checked(knowledge, text.format(each="3,000"), PER_UNIT, fires=True)


# ---------------------------------------------------------------- a lead count a later share takes as its part


@pytest.mark.parametrize(
    "text",
    [
        "Ashbury boats\n\nA boatyard has won an order for 30 rowing boats from a lake club.\n\nThe club is taking 18"
        " skiffs and 12 larger touring boats.\n\nEach boat takes its three builders about 200 hours, so the order"
        " represents 6,000 hours of work.\n\nThe order makes up 60 per cent of the 50 boats the yard will build this"
        " year.",
        "Thornvale harps\n\nA workshop has agreed to make 20 harps for a music school.\n\nThe school wants 12 lever"
        " harps and 8 bigger pedal harps.\n\nEach harp takes about 150 hours, so the order means 3,000 hours at the"
        " bench.\n\nThe order is 40 per cent of the 50 harps it plans to finish this year.",
        "Kilbride quilts\n\nA mill will weave 60 quilts for a hotel group.\n\nThe hotels asked for 36 singles and 24"
        " large double quilts.\n\nEvery quilt takes about 30 hours, so the order comes to 1,800 hours.\n\nThat order"
        " is a third of the 180 quilts the mill expects to sell.",
        "Ashbury saddles\n\nA saddler will make 25 saddles for a riding school.\n\nThe school is taking 15 general"
        " saddles and 10 smaller pony saddles.\n\nEach saddle needs about 40 hours, so the order represents 1,000"
        " hours.\n\nThe order is 50 per cent of the 50 it will make this year.",
        "Thornvale clocks\n\nA clockmaker has an order for 40 clocks from a hotel chain.\n\nThe hotels want 28 wall"
        " clocks and 12 tall case clocks.\n\nEach clock takes about 60 hours, so the order is 2,400 hours of"
        " work.\n\nThe order makes up 40 per cent of the 100 clocks it plans this year.",
    ],
)
def test_a_listed_member_is_no_count_of_the_items_a_figure_per_one_multiplies(knowledge, text):
    _not_fired(knowledge, text, PER_UNIT)


@pytest.mark.parametrize(("hours", "fires"), [("6,000", False), ("9,000", True)])
def test_a_lead_count_a_later_share_takes_as_its_part_still_multiplied(knowledge, hours, fires):
    # (the share stands paragraphs after the count: the count is still of all the order's items)
    text = (
        "Ashbury boats\n\nA boatyard has won an order for 30 rowing boats from a lake club.\n\nEach boat takes its"
        f" three builders about 200 hours, so the order represents {hours} hours of work.\n\nThe order makes up 60"
        " per cent of the 50 boats the yard will build this year."
    )
    _checked(knowledge, text, PER_UNIT, fires=fires)


# ---------------------------------------------------------------- a share of a whole written as a bare number


@pytest.mark.parametrize(
    "text",
    [
        "Ashbury boats\n\nA boatyard has won an order for 30 rowing boats from a lake club.\n\nThe firm built 80 boats"
        " last year, and the order makes up 60 per cent of the 50 it plans this year.",
        "Thornvale harps\n\nA workshop has an order for 20 harps from a music school.\n\nThe firm made 45 harps last"
        " year, and the order makes up 40 per cent of the 50 it plans this year.",
        "Ashbury saddles\n\nA saddler has an order for 25 saddles from a riding school.\n\nThe firm made 40 saddles"
        " last year, and the order is half of the 50 it expects to make this year.",
        "Kilbride canoes\n\nA builder has an order for 18 canoes from an outdoor centre.\n\nThe firm made 30 canoes in"
        " 2025, and the order makes up 30 per cent of the 60 it plans this year.",
        "Thornvale mill\n\nThe mill has sold 60 tonnes of flour to a bakery. It milled 150 tonnes last year; the sale"
        " is 30 per cent of the 200 it aims to mill.",
    ],
)
def test_a_share_of_a_whole_written_bare_after_it_takes_no_whole_before(knowledge, text):
    _not_fired(knowledge, text, SHARE)


@pytest.mark.parametrize(
    ("sales", "fires"), [("£4.7 million from £4.27 million", False), ("£2.7 million from £2.45 million", True)]
)
def test_a_share_of_a_whole_dated_by_a_year_still_checked(knowledge, sales, fires):
    # (a year after `of the … of` is no bare whole: the whole is the sales stated after it)
    text = (
        "Kilbride mill\n\nA mill has won an order worth £1.5 million from a hotel chain.\n\nThe order is almost a"
        f" third of the mill's sales for the first half of 2026, which rose 10 per cent to {sales}."
    )
    _checked(knowledge, text, SHARE, fires=fires)


# ---------------------------------------------------------------- a member a list names with no figure


@pytest.mark.parametrize(
    "text",
    [
        "Ashbury whippets\n\nThe club staged 12 heats, two semi-finals and a final, 15 races in all.",
        "Thornvale fair\n\nThe fair had 40 craft stalls, 12 food vans and a bandstand, 53 pitches in all.",
        "Kilbride museum\n\nThe museum shows 120 paintings, 30 sculptures and a tapestry, 151 works in all.",
        "Ashbury regatta\n\nThe regatta held 16 heats, four semi-finals and a final, 21 races in total.",
        "Thornvale garden\n\nThe garden has 300 roses, 45 shrubs and an oak, 346 plants altogether.",
    ],
)
def test_a_member_listed_with_no_figure_leaves_the_list_open(knowledge, text):
    _not_fired(knowledge, text, SUM)


@pytest.mark.parametrize(("total", "fires"), [("14", False), ("24", True)])
def test_a_list_of_figures_alone_still_added_up(knowledge, total, fires):
    text = f"Ashbury whippets\n\nThe club staged 12 heats and two semi-finals, {total} races in all."
    _checked(knowledge, text, SUM, fires=fires)


# ---------------------------------------------------------------- a count of what holds the units


@pytest.mark.parametrize(
    "text",
    [
        "Ashbury lamps\n\nThe council will fit new lamps on 30 streets in five parishes, eight a street, starting in"
        " May.",
        "Thornvale benches\n\nThe trust is putting benches in 24 parks across six towns, three a park.",
        "Kilbride signs\n\nCrews will put up signs at 40 junctions in eight villages, about four a junction.",
        "Ashbury hedges\n\nVolunteers planted hedges along 18 lanes in three parishes, an average of 12 a lane.",
        "Thornvale bins\n\nThe district will place new bins in 60 schools across 9 towns, two per school.",
    ],
)
def test_a_count_of_what_holds_the_units_is_no_total_of_their_items(knowledge, text):
    _not_fired(knowledge, text, PER_UNIT)


@pytest.mark.parametrize(("average", "fires"), [("300", False), ("500", True)])
def test_a_count_restated_per_unit_still_checked(knowledge, average, fires):
    text = f"Kilbride league\n\nThe league drew 12,000 fans to 40 games, an average of {average} a game."
    _checked(knowledge, text, PER_UNIT, fires=fires)


# ---------------------------------------------------------------- counts of other nouns before a total of one


@pytest.mark.parametrize(
    "text",
    [
        "Ashbury netball\n\nEight groups of four teams each played the other three, 48 group games, before the top 16"
        " teams met in a knockout of 15 games, 63 games in all.",
        "Thornvale rugby\n\nFour pools of five clubs met once each, 40 pool matches, before the top eight clubs played"
        " seven knockout matches, 47 matches in all.",
        "Kilbride hockey\n\nTen leagues of six teams played 150 league games, and the top eight teams then played"
        " seven cup games, 157 games in all.",
        "Ashbury chess\n\nSix sections of eight players each played seven rounds, 168 section games, before the top"
        " four players met in a play-off of three games, 171 games in all.",
        "Thornvale darts\n\nTwelve pools of four throwers each played the other three, 72 pool matches, before the"
        " last 16 throwers met in 15 knockout matches, 87 matches in all.",
    ],
)
def test_counts_of_other_nouns_are_no_parts_of_a_total_of_one(knowledge, text):
    _not_fired(knowledge, text, SUM)


@pytest.mark.parametrize(("total", "fires"), [("63", False), ("73", True)])
def test_the_parts_of_the_totals_noun_still_added_up(knowledge, total, fires):
    text = (
        "Ashbury netball\n\nEight groups of four teams each played the other three, 48 group games, before the top 16"
        f" teams met in a knockout of 15 games, {total} games in all."
    )
    _checked(knowledge, text, SUM, fires=fires)


# ---------------------------------------------------------------- a count after `each NOUN` that it does not name


@pytest.mark.parametrize(
    "text",
    [
        "Ashbury tiddlywinks\n\nThe open drew 48 players in 24 pairs.\n\nEvery game awards seven points between the"
        " two pairs.",
        "Thornvale bridge\n\nSome 120 players entered, in 60 pairs.\n\nEach board shares out 12 points between the two"
        " pairs.",
        "Kilbride quiz\n\nSome 90 quizzers entered, in 30 teams.\n\nEach round shares out 20 points among the three"
        " teams.",
        "Ashbury fencing\n\nSome 64 fencers entered, from 32 clubs.\n\nEach bout shares out 15 touches between the two"
        " clubs.",
        "Thornvale croquet\n\nSome 40 players entered, in 20 pairs.\n\nEach match divides 26 hoops between the two"
        " pairs.",
    ],
)
def test_a_count_after_each_noun_it_does_not_name_is_no_units(knowledge, text):
    _not_fired(knowledge, text, PER_UNIT)


@pytest.mark.parametrize(("each", "fires"), [("1,500", False), ("2,500", True)])
def test_each_of_a_count_still_read_as_the_units(knowledge, each, fires):
    text = (
        f"Kilbride fleet\n\nThe port's boats landed 30,000 tonnes this year. Each of its 20 trawlers landed {each}"
        " tonnes."
    )
    _checked(knowledge, text, PER_UNIT, fires=fires)


# ---------------------------------------------------------------- a move of the total told after a part of it


@pytest.mark.parametrize(
    "text",
    [
        "Ashbury litter\n\nVolunteers collected 2,400 sacks of rubbish this year.\n\nOf the sacks, 720, or 30 per"
        " cent, were full of glass.\n\nThe total rose by half on the 1,600 sacks of the year before.",
        "Thornvale library\n\nThe library lent 9,000 books in the year.\n\nOf those, 2,700, or 30 per cent, were"
        " picture books.\n\nThe total was up by a fifth on the 7,500 books lent in 2025.",
        "Kilbride food bank\n\nThe food bank handed out 6,000 parcels this year. Some 1,500, or a quarter, went to"
        " families with babies. The total was up by a third on the 4,500 parcels of 2025.",
        "Ashbury cliffs\n\nRangers counted 1,200 nests on the cliffs this spring. Of the nests, 300, or 25 per cent,"
        " were new. The tally was up by 20 per cent on the 1,000 nests counted last year.",
        "Thornvale depot\n\nThe depot recycled 4,000 tonnes of glass this year. Of that, 1,000 tonnes, or a quarter,"
        " was green glass. The total was up by a quarter on the 3,200 tonnes of 2025.",
    ],
)
def test_a_move_of_the_total_is_of_the_whole_not_its_part(knowledge, text):
    _not_fired(knowledge, text, GROWTH)


@pytest.mark.parametrize(("prior", "fires"), [("1,600", False), ("1,000", True)])
def test_a_move_of_the_total_still_checked_against_the_whole(knowledge, prior, fires):
    text = (
        "Ashbury litter\n\nVolunteers collected 2,400 sacks of rubbish this year.\n\nOf the sacks, 720, or 30 per"
        f" cent, were full of glass.\n\nThe total rose by half on the {prior} sacks of the year before."
    )
    _checked(knowledge, text, GROWTH, fires=fires)


# ---------------------------------------------------------------- a length of one step of a process


@pytest.mark.parametrize(
    "text",
    [
        "한빛공방 식탁\n\n한빛공방은 1990년 문을 열어 올해 창립 36주년을 맞았다. 이 공방의 참나무는 3년 동안 햇볕에"
        " 말린 뒤에야 식탁이 된다.",
        "솔내양조장 약주\n\n솔내양조장은 1985년 문을 열어 올해 창립 41주년을 맞았다. 양조장은 술을 항아리에서 2년 동안"
        " 숙성시킨 끝에 내놓는다.",
        "다온된장 수출\n\n다온된장은 1998년 문을 열어 올해 창립 28주년을 맞았다. 이 집은 메주를 처마 밑에서"
        " 1년 동안 띄운 뒤 된장을 담근다.",
        "가람도예 전시\n\n가람도예는 1992년 문을 열어 올해 창립 34주년을 맞았다. 흙은 창고에서 5년 동안 묵힌"
        " 다음에 쓴다.",
        "바람목공소 가구\n\n바람목공소는 2001년 문을 열어 올해 창립 25주년을 맞았다. 목재는 그늘에서 4년 동안 말린 후에"
        " 쓴다.",
    ],
)
def test_a_length_of_one_step_of_a_process_is_no_age(knowledge, text):
    _not_fired(knowledge, text, ELAPSED)


@pytest.mark.parametrize(("years", "fires"), [("36", False), ("30", True)])
def test_an_age_beside_its_start_still_checked(knowledge, years, fires):
    text = f"한빛공방 장롱\n\n한빛공방은 1990년 문을 연 뒤 {years}년 동안 한 자리를 지켰다."
    _checked(knowledge, text, ELAPSED, fires=fires)


# ---------------------------------------------------------------- a price per unit and per day over some days


@pytest.mark.parametrize(
    "text",
    [
        "한빛 씨름대회\n\n씨름대회에 선수와 임원 400명이 왔다. 이들은 1인당 하루 5만 원씩 사흘 동안 모두 6천만 원을"
        " 썼다.",
        "다온 축제\n\n축제에 자원봉사자 120명이 나왔다. 시는 봉사자에게 1인당 하루 3만 원씩 닷새 동안 모두"
        " 1천800만 원을 지급했다.",
        "솔내 캠프\n\n캠프에는 학생 80명이 참가했다. 급식비는 1인당 하루 1만 원씩 열흘 동안 모두 800만 원이 들었다.",
        "가람 박람회\n\n박람회에 참가한 업체는 50곳이다. 부스 임대료는 업체당 하루 20만 원씩 사흘 동안 모두"
        " 3천만 원이다.",
        "바람 합숙\n\n대표팀 선수 25명이 합숙에 들어갔다. 숙박비는 1인당 하루 6만 원씩 일주일 동안 모두 1천50만 원이"
        " 든다.",
    ],
)
def test_a_price_per_unit_and_per_day_makes_no_total_of_the_count_alone(knowledge, text):
    _not_fired(knowledge, text, PER_UNIT)


@pytest.mark.parametrize(("total", "fires"), [("800만 원", False), ("1천200만 원", True)])
def test_a_price_per_unit_still_multiplied_by_its_count(knowledge, total, fires):
    text = f"솔내 캠프\n\n캠프에는 학생 80명이 참가했다. 참가비는 1인당 10만 원씩 모두 {total}이 걷혔다."
    _checked(knowledge, text, PER_UNIT, fires=fires)


# ---------------------------------------------------------------- a move of a listed part named by its label


_LABELLED = [
    "Ashbury nurseries\n\nThe group's sales rose to £400m in the half.\n\nGarden centres took £150m, city stores"
    " £170m and online orders £80m. Garden sales grew by a fifth from {prior}.",
    "Thornvale farms\n\nThe county's farms sold 590 tonnes of produce at the market.\n\nDairy farms sold 300 tonnes,"
    " beef farms 200 tonnes and sheep farms 90 tonnes. Dairy sales rose 20 per cent from {prior}.",
    "Kilbride store\n\nThe store took $3.8m in the year.\n\nOnline orders brought in $2.4m, shop sales $1.1m and"
    " catalogue sales $0.3m. Online revenue rose by half from {prior}.",
    "Thornvale museum\n\nThe museum drew 90,000 visitors.\n\nSchool parties brought 24,000, families 50,000 and tour"
    " groups 16,000. School visits rose by a third from {prior}.",
]


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (_LABELLED[0], "£125m", "£100m"),
        (_LABELLED[1], "250 tonnes", "200 tonnes"),
        (_LABELLED[2], "$1.6m", "$1.2m"),
        (_LABELLED[3], "18,000", "12,000"),
    ],
)
def test_a_move_of_the_part_its_subject_labels_opening_the_sentence_before(knowledge, text, right, wrong):
    # (the first figure of a list is labelled by its sentence's opening words: the part the move is of)
    _checked(knowledge, text.format(prior=right), GROWTH, fires=False)
    _checked(knowledge, text.format(prior=wrong), GROWTH, fires=True)


# ---------------------------------------------------------------- a Korean change of the part its subject labels


_LABELLED_KO = [
    "가람군 사과 매출\n\n경로별로 보면 농협 매장 310억 원, 온라인 장터 180억 원, 대형마트 납품 110억 원 순이었다."
    " 온라인 매출은 지난해({prior})보다 20% 늘었다.",
    "가람군 지역경제\n\n분야별로는 관광 산업 120억 원, 농업 분야 80억 원, 어업 분야 40억 원 순이었다. 농업 소득은"
    " 지난해({prior})보다 25% 늘었다.",
    "가람군 방문객\n\n지역별로는 동부 권역 3천200명, 서부 권역 2천400명, 남부 권역 1천600명 순이었다. 서부 방문객은"
    " 지난해 {prior}보다 20% 늘었다.",
    "가람군 과일\n\n품목별로는 사과 농가 450톤, 자두 농가 300톤, 복숭아 농가 150톤 순이었다. 자두 수확량은 지난해"
    " {prior}에서 25% 늘었다.",
    "가람군 판로\n\n판로별로는 직거래 장터 90억 원, 온라인 쇼핑몰 60억 원, 도매 시장 30억 원 순이었다. 온라인 판매는"
    " 지난해 {prior}보다 25% 늘었다.",
]


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (_LABELLED_KO[0], "150억 원", "120억 원"),
        (_LABELLED_KO[1], "64억 원", "40억 원"),
        (_LABELLED_KO[2], "2천 명", "1천500명"),
        (_LABELLED_KO[3], "240톤", "200톤"),
        (_LABELLED_KO[4], "48억 원", "30억 원"),
    ],
)
def test_a_korean_change_of_the_part_its_subject_labels(knowledge, text, right, wrong):
    # (`온라인 매출은 … 지난해(…)보다 36% 늘었다`: the level the subject's first word labels in the sentence before)
    _checked(knowledge, text.format(prior=right), GROWTH, fires=False)
    _checked(knowledge, text.format(prior=wrong), GROWTH, fires=True)
