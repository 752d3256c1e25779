"""Constructions the linker misread on copy it was not tuned on (false alarms), each read correctly or left
unlinked, and a genuinely inconsistent article of the same shape still reported. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from helpers import claims, codes, document, findings
from test_frames import assert_checked, assert_not_checked

# ---- A figure stated as its own share of the total is a part of it, not the total of a later list.

_MIX_EN = (
    "Total generation was 210.0 terawatt-hours in the year to March. Wind and solar produced 84.0 TWh, or 40.0% "
    "of the total. The rest of the mix (share of total in brackets): gas 63.0 TWh ({gas}); nuclear 42.0 TWh (20.0%); "
    "coal 14.7 TWh (7.0%)."
)
_MIX_KO = (
    "연간 발전량은 2100억kWh였다. 풍력·태양광 발전량은 840억kWh로 전체의 40.0%를 차지했다. 나머지는 가스 "
    "630억kWh({gas}), 원자력 420억kWh(20.0%), 석탄 147억kWh(7.0%)였다."
)


@pytest.mark.parametrize("template", [_MIX_EN, _MIX_KO], ids=["en", "ko"])
def test_shares_of_the_total_past_a_part_stated_with_its_share(knowledge, template):
    assert_checked(knowledge, template.format(gas="30.0%"), "F503", fires=False)
    assert_checked(knowledge, template.format(gas="40.0%"), "F503", fires=True)


def test_spelled_out_energy_units_are_measures(knowledge):
    found = {
        c.text: c for c in claims("Output was 210.0 terawatt-hours, or 58 gigawatt-hours a day.", knowledge).claims
    }
    assert found["210.0 terawatt-hours"].kind == "measure"
    assert found["58 gigawatt-hours"].kind == "measure"


@pytest.mark.parametrize(
    "text",
    [
        "Wind farms produced 84.0 TWh, or 40.0% of the total. The rest (share of total in brackets): gas 63.0 TWh "
        "(30.0%); nuclear 42.0 TWh (20.0%).",
        "풍력 발전량은 840억kWh로 전체의 40.0%였다. 나머지는 가스 630억kWh(30.0%), 원자력 420억kWh(20.0%)였다.",
        "The northern mills shipped 4.2 million tonnes, or 35% of the total. Elsewhere, the coastal mills shipped "
        "2.5 million tonnes (21%) and the inland mills 1.9 million tonnes (16%).",
    ],
    ids=["en", "ko", "en-tonnes"],
)
def test_no_whole_for_shares_when_the_larger_figure_is_a_share_of_the_total(knowledge, text):
    assert_not_checked(knowledge, text, "F503")


# ---- A breakdown of a total whose nearest larger figure is one of the total's own parts.

_DAMAGE_KO = (
    "태풍 피해액은 3,120억 원으로 집계됐다. 공공시설 피해가 2,200억 원, 사유시설 피해가 920억 원이다. "
    "지역별로는 전남이 1,300억 원으로 전체의 {share}를 차지했고, 경북 900억 원, 강원 520억 원, 충북 {last}이었다."
)
_DAMAGE_KO_2 = (
    "올해 관광 수입은 8조 4000억 원이었다. 외국인 관광객 지출이 5조 1000억 원, 내국인 지출이 3조 3000억 원이다. "
    "권역별로는 수도권이 3조 6000억 원으로 전체의 {share}를 차지했고, 동남권 2조 2000억 원, 호남권 1조 5000억 원, "
    "기타 {last}이었다."
)


@pytest.mark.parametrize(
    "template,share,last,bad_share,bad_last",
    [
        (_DAMAGE_KO, "41.7%", "400억 원", "51.7%", "700억 원"),
        (_DAMAGE_KO_2, "42.9%", "1조 1000억 원", "52.9%", "1조 9000억 원"),
    ],
    ids=["damage", "tourism"],
)
def test_breakdown_of_the_total_not_of_its_part(knowledge, template, share, last, bad_share, bad_last):
    assert_checked(knowledge, template.format(share=share, last=last), "F302", fires=False)
    assert_checked(knowledge, template.format(share=share, last=last), "F503", fires=False)
    assert_checked(knowledge, template.format(share=share, last=bad_last), "F302", fires=True)
    assert_checked(knowledge, template.format(share=bad_share, last=last), "F503", fires=True)


def test_breakdown_of_a_part_stays_with_the_part(knowledge):
    # The parts fit the nearer figure (a breakdown of public damage): it stays their whole.
    text = (
        "태풍 피해액은 3,120억 원으로 집계됐다. 공공시설 피해가 2,200억 원, 사유시설 피해가 920억 원이다. "
        "시설별로는 도로가 1,200억 원, 하천이 600억 원, 항만이 {last}이었다."
    )
    found = {c.text: c for c in claims(text.format(last="400억 원"), knowledge).claims}
    assert {found[part].part_of for part in ("1,200억 원", "600억 원", "400억 원")} == {found["2,200억 원"].id}
    assert_checked(knowledge, text.format(last="400억 원"), "F302", fires=False)
    assert_checked(knowledge, text.format(last="2,400억 원"), "F302", fires=True)


# ---- A change whose value is in the list of the sentence before: the item its sentence names, not the last.

_ITEMS_KO = (
    "품목별로는 반도체가 120억달러로 가장 많았다. 이어 자동차 62억달러, 석유제품 38억달러, 선박 21억달러였다. "
    "자동차는 1년 전(50억달러)보다 {rate} 늘었다."
)
_ITEMS_KO_2 = (
    "세목별로는 소득세가 88조2000억원으로 가장 많았다. 이어 법인세 74조8000억원, 부가가치세 61조3000억원, 기타 세목 "
    "37조6000억원이었다. 법인세는 1년 전(63조5000억원)보다 11조3000억원({rate}) 늘었다."
)
_ITEMS_EN = (
    "By tax, income tax brought in $88.2 billion, corporate tax $74.8 billion, VAT $61.3 billion and other taxes "
    "$37.6 billion. Corporate tax was up from $63.5 billion a year earlier, an increase of {change}."
)


@pytest.mark.parametrize(
    "template,good,bad,rule",
    [
        (_ITEMS_KO, "24%", "34%", "F301"),
        (_ITEMS_KO_2, "17.8%", "27.8%", "F301"),
        (_ITEMS_EN, "$11.3 billion", "$16.3 billion", "F305"),
    ],
    ids=["ko-exports", "ko-taxes", "en-taxes"],
)
def test_change_of_the_listed_item_its_sentence_names(knowledge, template, good, bad, rule):
    key = "change" if "{change}" in template else "rate"
    assert_checked(knowledge, template.format(**{key: good}), rule, fires=False)
    assert_checked(knowledge, template.format(**{key: bad}), rule, fires=True)


def test_two_listed_items_named_link_by_the_longer_label(knowledge):
    # `income tax` and `corporate tax` both end in `tax`: the two words tell them apart.
    text = (
        "Income tax brought in $88.2 billion and corporate tax $74.8 billion. Corporate tax was up from $63.5 billion "
        "a year earlier, an increase of $11.3 billion."
    )
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["$11.3 billion"].change_of == found["$74.8 billion"].id


# ---- A rate measured from a stated figure, then `적은`/`less than`: a fall, though no fall verb is written.


@pytest.mark.parametrize(
    "template,good,bad",
    [
        ("외환보유액은 3950억달러로 1년 전(4070억달러)과 비교하면 {rate} 적은 수준이다.", "2.9%", "4.9%"),
        ("수출은 512억달러로 작년 같은 달(560억달러)보다 {rate} 적었다.", "8.6%", "6.6%"),
        ("관객은 2850만명으로 2019년(3100만명)에 비해 {rate} 적은 규모다.", "8.1%", "5.1%"),
        ("Reserves stood at $395.0 billion, {rate} less than the $407.0 billion of a year earlier.", "2.9%", "4.9%"),
    ],
    ids=["ko-reserves", "ko-exports", "ko-audience", "en-reserves"],
)
def test_rate_before_a_comparison_of_less_is_a_fall(knowledge, template, good, bad):
    assert_checked(knowledge, template.format(rate=good), "F301", fires=False)
    assert_checked(knowledge, template.format(rate=bad), "F301", fires=True)


def test_rate_before_a_comparison_of_more_stays_a_rise(knowledge):
    text = "수출은 560억달러로 작년 같은 달(512억달러)보다 {rate} 많았다."
    assert_checked(knowledge, text.format(rate="9.4%"), "F301", fires=False)
    assert_checked(knowledge, text.format(rate="19.4%"), "F301", fires=True)


# ---- Points measured from a rate of no named metric: the level is a rate of the change's paragraph only.

_BUDGET_GROWTH_KO = (
    "정부가 내년 예산을 650조원으로 편성했다. 올해보다 21조원(3.3%) 늘어난 것으로, 지출 증가율은 올해 편성 "
    "때(2.6%)보다 0.7%포인트 높다.\n\n"
    "국가채무는 1150조원으로 내년 국내총생산(GDP) 전망치의 {ratio} 수준이다."
)


@pytest.mark.parametrize("ratio", ["45.1%", "3.1%"])
def test_points_not_measured_against_a_ratio_paragraphs_away(knowledge, ratio):
    # (the points are of the rate of change their noun names, `증가율은`, in their own sentence: that holds)
    found = {c.text: c for c in claims(_BUDGET_GROWTH_KO.format(ratio=ratio), knowledge).claims}
    assert found["0.7%포인트"].change_of == found["3.3%"].id
    assert_checked(knowledge, _BUDGET_GROWTH_KO.format(ratio=ratio), "F308", fires=False)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("가계 저축률은 내년 8.2%로 예상된다. 올해(7.5%)보다 0.7%포인트 높은 수준이다.", False),
        ("가계 저축률은 내년 8.2%로 예상된다. 올해(7.5%)보다 1.7%포인트 높은 수준이다.", True),
    ],
    ids=["holds", "broken"],
)
def test_points_from_a_rate_of_its_paragraph_still_checked(knowledge, text, fires):
    assert_checked(knowledge, text, "F308", fires=fires)


# ---- `이는 전체 X의 N%`: a demonstrative points at the figure before; it names no part of its own.

_TWO_MARKETS_KO = (
    "지역별로는 대중국 수출이 125억달러, 대미국 수출이 98억달러로 두 지역 합계 223억달러를 기록했다. "
    "이는 전체 수출의 {share}에 해당한다."
)
_TWO_MARKETS_KO_2 = (
    "권역별로는 서울 방문객이 410만명, 부산 방문객이 150만명으로 두 도시 합계 560만명이었다. "
    "이는 전체 방문객의 {share}를 차지한다."
)


@pytest.mark.parametrize("template", [_TWO_MARKETS_KO, _TWO_MARKETS_KO_2], ids=["exports", "visitors"])
def test_demonstrative_share_names_no_part(knowledge, template):
    assert_not_checked(knowledge, template.format(share="37.1%"), "F503")


@pytest.mark.parametrize(
    "lead,share,fires",
    [("10월 수출은 601억달러였다. ", "37.1%", False), ("10월 수출은 601억달러였다. ", "47.1%", True)],
    ids=["holds", "broken"],
)
def test_demonstrative_share_of_the_total_stated_before(knowledge, lead, share, fires):
    assert_checked(knowledge, lead + _TWO_MARKETS_KO.format(share=share), "F503", fires=fires)


# ---- The places and the applicants of one competition ratio are no two parts of a breakdown.

_ADMISSIONS_KO = (
    "10개 대학 의대는 1200명 모집에 5만4000명이 몰려 45대 1의 경쟁률을 보였다. "
    "대학별로는 한결대가 2300명 모집에 6만9000명이 지원해 30대 1로 가장 높았다."
)
_ADMISSIONS_KO_2 = (
    "전국 공공임대 청약에는 4만5000명이 신청했다. 지역별로는 세종이 300가구 모집에 9000명이 몰려 30대 1을 기록했다."
)


@pytest.mark.parametrize("text", [_ADMISSIONS_KO, _ADMISSIONS_KO_2], ids=["university", "housing"])
def test_places_and_applicants_are_no_breakdown(knowledge, text):
    assert_not_checked(knowledge, text, "F302")


@pytest.mark.parametrize(
    "last,fires",
    [("1만400명", False), ("3만400명", True)],
    ids=["holds", "broken"],
)
def test_applicants_by_university_still_a_breakdown(knowledge, last, fires):
    text = f"올해 수시 지원자는 10만명이었다. 대학별로는 한결대가 5만1200명, 다온대 3만8400명, 새봄대 {last}이었다."
    assert_checked(knowledge, text, "F302", fires=fires)


# ---- `a profit of A, compared with a loss of B, an improvement of C`: C = A + B, not a second profit.

_SWING_EN = (
    "Harbor Foods reported a second-quarter net profit of $120 million on Tuesday, compared with a loss of "
    "$30 million a year earlier, an improvement of {size}."
)
_SWING_EN_2 = (
    "The carrier posted an annual operating profit of 2.4 billion yen, compared with an operating loss of 0.9 "
    "billion yen a year earlier, an improvement of {size}."
)
_SWING_EN_3 = (
    "Meadow Telecom swung to a third-quarter profit of $84 million from a net loss of $26 million a year earlier, "
    "an improvement of {size}."
)


@pytest.mark.parametrize(
    "template,good,bad",
    [
        (_SWING_EN, "$150 million", "$190 million"),
        (_SWING_EN_2, "3.3 billion yen", "1.5 billion yen"),
        (_SWING_EN_3, "$110 million", "$58 million"),
    ],
    ids=["profit-from-loss", "operating", "swung"],
)
def test_improvement_across_zero_is_the_signed_difference(knowledge, template, good, bad):
    assert_checked(knowledge, template.format(size=good), "F305", fires=False)
    assert_checked(knowledge, template.format(size=bad), "F305", fires=True)


def test_improvement_is_no_second_level_of_the_figure(knowledge):
    assert "F402" not in codes(findings(knowledge, document(_SWING_EN.format(size="$150 million"))))


def test_improvement_of_a_narrowing_loss_is_a_fall_in_its_size(knowledge):
    text = "Harbor Foods said its net loss narrowed to $20 million from $50 million, an improvement of {size}."
    assert_checked(knowledge, text.format(size="$30 million"), "F305", fires=False)
    assert_checked(knowledge, text.format(size="$40 million"), "F305", fires=True)


def test_improvement_from_a_loss_to_a_smaller_loss_is_not_read_as_a_turnaround(knowledge):
    # The later figure is named a loss in its own clause (`narrowed its net loss to`): no swing from loss to profit.
    text = (
        "Harbor Foods narrowed its net loss to $20 million, compared with a loss of $30 million a year earlier, "
        "an improvement of $10 million."
    )
    assert_not_checked(knowledge, text, "F305")


def test_improvement_from_a_loss_to_earnings_is_checked_signed(knowledge):
    # `earned $120 million` against `a loss of $30 million`: the swing is 120 − (−30)
    text = (
        "Harbor Foods earned $120 million, compared with a loss of $30 million a year earlier, an improvement of "
        "{swing}."
    )
    assert_checked(knowledge, text.format(swing="$150 million"), "F305", fires=False)
    assert_checked(knowledge, text.format(swing="$90 million"), "F305", fires=True)


def test_a_net_loss_compared_with_is_the_prior(knowledge):
    # `compared with a net loss of $26 million a year earlier`: two words before `of` (was a second level: F402)
    text = (
        "Meadow Telecom reported a third-quarter net profit of $84 million, compared with a net loss of $26 million "
        "a year earlier."
    )
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["$26 million"].role == "prior"
    assert "F402" not in codes(findings(knowledge, document(text)))


# ---- An equivalent introduced by the currency's name as a topic (`미국 달러로는 약 …`, `유로화로는 …`).


@pytest.mark.parametrize(
    "template,good,bad",
    [
        ("구단에 따르면 기본 이적료는 1500만 유로(약 222억원)로, 미국 달러로는 약 {x} 달러다.", "1670만", "2670만"),
        ("계약 총액은 4500만 달러로, 유로화로는 약 {x}유로 수준이다.", "4100만", "6100만"),
        (
            "이적료는 기본 2400만파운드에 옵션 500만파운드가 붙어 최대 2900만파운드(약 510억원)다. "
            "유로화로는 {x}유로 규모다.",
            "3430만",
            "4430만",
        ),
        ("The club paid 45 million dollars. In euro terms, {x} million euros.", "41", "61"),
    ],
    ids=["ko-dollar-topic", "ko-euro-topic", "ko-euro-next-sentence", "en-in-euro-terms"],
)
def test_equivalent_named_by_its_currency(knowledge, template, good, bad):
    assert_checked(knowledge, template.format(x=good), "F202", fires=False)
    assert_checked(knowledge, template.format(x=bad), "F202", fires=True)


def test_an_amount_before_its_own_currency_topic_is_no_equivalent(knowledge):
    text = "업계는 연구비 100억 달러로는 부족하다고 본다. 정부는 지원금을 2조원으로 늘렸다."
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert all(c.converts is None for c in found.values())


# ---- An index's close written bare after its move in points and its rate: the move is a change of the close.


@pytest.mark.parametrize(
    "template,good,bad",
    [
        ("코스피는 전 거래일보다 38.42포인트({rate}) 오른 2,688.15에 거래를 마쳤다.", "1.45%", "2.45%"),
        ("코스닥지수는 6.27포인트({rate}) 내린 812.40으로 마감했다.", "0.77%", "0.57%"),
        ("The BSE Sensex rose 488.6 points, or {rate}, to settle at 77,912.3.", "0.63%", "0.93%"),
        ("The Nikkei fell 415.2 points, or {rate}, to end at 38,120.5.", "1.08%", "1.58%"),
    ],
    ids=["ko-rise", "ko-fall", "en-rise", "en-fall"],
)
def test_index_move_in_points_against_a_bare_close(knowledge, template, good, bad):
    assert_checked(knowledge, template.format(rate=good), "F306", fires=False)
    assert_checked(knowledge, template.format(rate=bad), "F306", fires=True)


def test_bare_close_keeps_matching_its_earlier_close(knowledge):
    # The close keeps its bare counter: the week's rise from a bare earlier close is still checked.
    text = "코스피는 38.42포인트(1.45%) 오른 2,688.15에 마감했다. 지난주 종가 2,571.40보다 {rate} 높다."
    assert_checked(knowledge, text.format(rate="4.5%"), "F301", fires=False)


# ---- `up 22% from the same weekend last year, when they took $133.8m`: the `when` clause states the prior.


@pytest.mark.parametrize(
    "template,good,bad",
    [
        (
            "Overall, the top 10 films grossed $163.2 million, up {rate} from the same weekend last year, when they "
            "took $133.8 million.",
            "22%",
            "12%",
        ),
        (
            "Exports reached $52.4 billion in March, down {rate} from a year earlier, when they stood at $57 billion.",
            "8%",
            "18%",
        ),
        (
            "The airport handled 6.1 million passengers in July, up {rate} from July 2019, when it served "
            "5.2 million passengers.",
            "17%",
            "27%",
        ),
    ],
    ids=["took", "stood-at", "served"],
)
def test_prior_stated_in_a_when_clause(knowledge, template, good, bad):
    assert_checked(knowledge, template.format(rate=good), "F301", fires=False)
    assert_checked(knowledge, template.format(rate=bad), "F301", fires=True)


def test_when_clause_of_another_unit_is_no_prior(knowledge):
    text = (
        "The top 10 films grossed $163.2 million, up 22% from the same weekend last year, when they sold "
        "14 million tickets."
    )
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["22%"].compared_to is None


# ---- `올해보다 4.4% 늘어날 것 … 올해 총수입 전망치는 672조8천억원이다`: the time compared with, stated next.


@pytest.mark.parametrize(
    "template,good,bad",
    [
        (
            "총수입은 702조4천억원으로 올해보다 {rate} 늘어날 것으로 예상했다. 올해 총수입 전망치는 672조8천억원이다.",
            "4.4%",
            "6.4%",
        ),
        ("매출은 1234억원으로 작년보다 {rate} 늘었다. 작년 매출은 1132억원이었다.", "9%", "29%"),
        ("관람객은 84만3천명으로 지난해보다 {rate} 줄었다. 지난해 관람객은 91만6천명이었다.", "8%", "18%"),
    ],
    ids=["revenue-forecast", "sales", "visitors"],
)
def test_prior_of_the_time_compared_stated_in_the_next_sentence(knowledge, template, good, bad):
    assert_checked(knowledge, template.format(rate=good), "F301", fires=False)
    assert_checked(knowledge, template.format(rate=bad), "F301", fires=True)


def test_next_sentence_of_another_metric_is_no_prior(knowledge):
    text = "매출은 1200억원으로 작년보다 9% 늘었다. 작년 영업이익은 80억원이었다."
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["9%"].compared_to is None


# ---- `wind a TWh, solar b TWh and hydro c TWh. Solar output jumped 21% from d TWh`: the listed item named.


@pytest.mark.parametrize(
    "template,good,bad",
    [
        (
            "Within the group, wind supplied 41.3 TWh, solar 18.2 TWh and hydro 6.9 TWh. Solar output jumped {rate} "
            "from 15.0 TWh as new farms opened.",
            "21%",
            "31%",
        ),
        (
            "Across the network, buses carried 41.2 million riders, trams 12.6 million and ferries 3.1 million. "
            "Ridership on trams rose {rate} from 11.6 million.",
            "8.6%",
            "18.6%",
        ),
    ],
    ids=["energy", "riders"],
)
def test_change_from_a_stated_figure_of_the_listed_item_named(knowledge, template, good, bad):
    assert_checked(knowledge, template.format(rate=good), "F301", fires=False)
    assert_checked(knowledge, template.format(rate=bad), "F301", fires=True)


def test_multiple_of_two_labelled_groups_takes_no_listed_count(knowledge):
    # The labels name the district counts too (`이남 11개구`): a multiple with no figure it starts from links none.
    text = (
        "한강 이남 11개구 평균은 14억원, 한강 이북 14개구 평균은 8억7천만원으로 5억3천만원 차이가 났다. "
        "한강 이남 평균이 이북의 1.6배인 셈이다."
    )
    assert "F304" not in codes(findings(knowledge, document(text)))
