"""Korean ratios on copy never seen (forty-fourth session, lane `ratio_ko`).

- A count of one (`한 곳에 5천만 원씩`) is the unit a figure is per, never the count the sentence's total is shared
  over: the reading of a figure per unit in its sentence (checker/link/per_unit.py) leaves it to the readings that
  find the count stated before (`물놀이장 4곳을 새로 열었다. 물놀이장은 한 곳에 …씩 모두 22억 원`).
- A figure given out one by one to each of a count of groups, and the whole it makes (checker/link/
  distributed_groups.py): the groups right after it (`3명씩 250개 팀`, `8명씩 꾸린 45개 팀`, `300명씩 40회`), right
  before it joined by the dative or the subject's particle (`컨테이너 두 대에 10.8톤씩`, `8개 조에 4개 팀씩`), or
  named by a mark of each before it (`레인마다 세 명씩`, `팀마다 선수 12명씩`, `한 팀이 선수 20명씩`); the whole the
  one larger value of the figure's own thing in its sentence or the one before (of two, the one its clause's topic
  names). Never per a period too (`하루 두 점씩`), nor with a term in the sentence (`20일 동안`), nor with two wholes
  it names neither of, nor with no count of groups.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired, assert_not_linked

PER_UNIT = "F317"
_TITLE = "가람시 소식\n\n가람시는 올해 사업 결과를 3일 밝혔다.\n\n"


def _checked(knowledge, text: str, fires: bool) -> None:
    assert_checked(knowledge, text, PER_UNIT, fires)


# ---------------------------------------------------------------- a count of one is the unit, no count of units

_EACH_OF_ONE = [
    "시는 물놀이장 4곳을 새로 열었다. 물놀이장은 한 곳에 5억5천만 원씩 모두 {total}을 들여 지었다.",
    _TITLE + "군은 마을회관 9곳을 고친다. 회관 한 곳에 3천만 원씩 모두 {total}이 든다.",
    _TITLE + "도는 청년 창업팀 25곳을 뽑았다. 팀 한 곳에 2천만 원씩 모두 {total}을 지원한다.",
    "시는 전기버스 충전소 6곳을 세운다. 충전소는 한 곳에 4억 원씩 모두 {total}이 들어간다.",
    _TITLE + "구는 작은도서관 12곳에 책을 보냈다. 도서관 한 곳에 80만 원씩 모두 {total}어치다.",
]


@pytest.mark.parametrize(
    "text,right,wrong",
    [
        (_EACH_OF_ONE[0], "22억 원", "30억 원"),
        (_EACH_OF_ONE[1], "2억7천만 원", "4억 원"),
        (_EACH_OF_ONE[2], "5억 원", "7억 원"),
        (_EACH_OF_ONE[3], "24억 원", "35억 원"),
        (_EACH_OF_ONE[4], "960만 원", "1천500만 원"),
    ],
)
def test_a_count_of_one_leaves_the_count_stated_before(knowledge, text, right, wrong):
    _checked(knowledge, text.format(total=right), False)
    _checked(knowledge, text.format(total=wrong), True)


def test_a_count_of_one_alone_divides_nothing(knowledge):
    # (no count of the places stated: the one place a figure is per is no count of them)
    assert_not_linked(knowledge, "물놀이장은 한 곳에 5억5천만 원씩 모두 30억 원을 들여 지었다.", PER_UNIT)


# ---------------------------------------------------------------- a figure given to each of a count of groups

_GROUPS = [
    # (the groups right after the figure)
    _TITLE + "단체전에 {total}이 나섰고, 단체전은 3명씩 250개 팀이 겨뤘다.",
    _TITLE + "혼성부에는 8명씩 꾸린 45개 팀, {total}이 나섰다.",
    _TITLE + "맨손잡기 체험에는 {total}이 참가했는데, 한 회에 300명씩 40회가 열렸다.",
    _TITLE + "수출 물량은 모두 {total}이다. 물량은 냉동 컨테이너 한 대에 20톤씩 세 대를 채운다.",
    # (the groups right before it, the dative or the subject's particle between)
    _TITLE + "전체 무게는 {total}에 이른다.\n물량은 컨테이너 두 대에 10.8톤씩 나눠 싣는다.",
    _TITLE + "대회에는 {total} 팀이 나왔다. 조별리그는 8개 조에 4개 팀씩 나뉘어 치렀다.",
    # (named by a mark of each before it)
    _TITLE + "썰매장은 레인 여섯 개를 두고, 레인마다 안전요원을 세 명씩 배치해 모두 {total}이 근무한다.",
    _TITLE + "대회에는 64개 팀, 선수 {total}이 참가했다. 팀마다 선수 12명씩이다.",
    _TITLE + "리그에는 36개 팀, 선수 {total}이 뛴다.\n한 팀이 선수 20명씩을 꾸린 셈이다.",
    # (two wholes: the one the figure's clause's topic names)
    _TITLE + "개인전에 1천100명, 단체전에 {total}이 나섰고, 단체전은 3명씩 250개 팀이 겨뤘다.",
]


@pytest.mark.parametrize(
    "text,right,wrong",
    [
        (_GROUPS[0], "750명", "1천200명"),
        (_GROUPS[1], "360명", "520명"),
        (_GROUPS[2], "1만2천 명", "2만 명"),
        (_GROUPS[3], "60톤", "90톤"),
        (_GROUPS[4], "21.6톤", "30톤"),
        (_GROUPS[5], "32개", "48개"),
        (_GROUPS[6], "18명", "30명"),
        (_GROUPS[7], "768명", "900명"),
        (_GROUPS[8], "720명", "1천200명"),
        (_GROUPS[9], "750명", "1천200명"),
    ],
)
def test_a_figure_given_to_each_group_shares_the_whole(knowledge, text, right, wrong):
    _checked(knowledge, text.format(total=right), False)
    _checked(knowledge, text.format(total=wrong), True)


@pytest.mark.parametrize(
    "text",
    [
        # (per a day too: the days multiply as well)
        _TITLE + "장인 5명이 하루 두 점씩 만들어 모두 2천 점을 채운다.",
        # (a term in the sentence: a third factor)
        _TITLE + "장인 6명이 40점씩 20일 동안 만들어 4천800점을 채운다.",
        # (two wholes the figure's clause names neither of)
        _TITLE + "오전에 300명, 오후에 450명이 왔고, 3명씩 100개 조로 나뉘었다.",
        # (no count of groups)
        _TITLE + "선수들은 3명씩 나뉘어 모두 750명이 뛰었다.",
        # (the groups' count in a paragraph past a blank line)
        _TITLE + "대회에는 64개 팀, 선수 900명이 참가했다.\n\n팀마다 선수 12명씩이다.",
    ],
)
def test_no_groups_or_a_third_factor_or_two_wholes_leave_it_unread(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- a line break inside a block: the sentences read on

_LINES = [
    _TITLE + "전시에는 협회 회원 160명이 작품 {total}을 냈다.\n한 사람에 3점꼴이다.",
    _TITLE + "이동 이발소는 상반기 마을 84곳에서 {total}을 맞았다.\n마을 한 곳에서 40명꼴이 머리를 깎은 셈이다.",
    _TITLE + "대회에는 전국 도장 84곳에서 선수 {total}이 나섰다.\n도장 한 곳이 평균 15명의 선수를 보낸 셈이다.",
    _TITLE + "시는 올겨울 경로당 40곳에 난방비 {total}을 보냈다.\n경로당 한 곳에 500만 원꼴이다.",
    _TITLE + "올해 감자 농가 25곳이 {total}을 거뒀다.\n농가 한 곳이 평균 12톤을 거둔 셈이다.",
]


@pytest.mark.parametrize(
    "text,right,wrong",
    [
        (_LINES[0], "480점", "720점"),
        (_LINES[1], "3천360명", "5천 명"),
        (_LINES[2], "1천260명", "2천100명"),
        (_LINES[3], "2억 원", "3억 원"),
        (_LINES[4], "300톤", "450톤"),
    ],
)
def test_a_figure_per_unit_reads_the_line_before_in_its_block(knowledge, text, right, wrong):
    _checked(knowledge, text.format(total=right), False)
    _checked(knowledge, text.format(total=wrong), True)


def test_a_blank_line_still_closes_the_paragraph(knowledge):
    text = _TITLE + "전시에는 협회 회원 160명이 작품 480점을 냈다.\n\n한 사람에 3점꼴이다."
    assert_not_linked(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- one of the occasions a count of them counts

_OCCASIONS = [
    _TITLE + "시범단은 올해 모두 96회 공연해 관객 {total}을 모았다. 공연 한 번에 500명꼴이 본 셈이다.",
    _TITLE + "시는 모두 78회의 무료 강습을 열었다. 강습에는 {total}이 참가해 한 번에 20명꼴로 보드를 배웠다.",
    _TITLE + "설명회는 모두 45차례 열려 주민 {total}이 찾았다. 설명회 한 번에 50명꼴이다.",
    _TITLE + "체험 버스는 120번 운행해 {total}을 태웠다. 한 번에 평균 30명꼴이다.",
    _TITLE + "이동 도서관은 64회 마을을 돌며 책 {total}을 빌려줬다. 한 번에 150권꼴이다.",
]


@pytest.mark.parametrize(
    "text,right,wrong",
    [
        (_OCCASIONS[0], "4만8천 명", "6만 명"),
        (_OCCASIONS[1], "1천560명", "2천400명"),
        (_OCCASIONS[2], "2천250명", "3천600명"),
        (_OCCASIONS[3], "3천600명", "4천800명"),
        (_OCCASIONS[4], "9천600권", "1만2천800권"),
    ],
)
def test_one_occasion_said_to_be_an_average_is_per_the_occasions_counted(knowledge, text, right, wrong):
    _checked(knowledge, text.format(total=right), False)
    _checked(knowledge, text.format(total=wrong), True)


def test_one_occasion_with_no_average_is_its_own_figure(knowledge):
    # (`한 번에 300점을 구워 낼 수 있어`: what one firing holds, no average of a count of firings)
    text = _TITLE + "가마는 한 번에 300점을 구워 낼 수 있다. 올해는 모두 열두 번 불을 때 3천600점을 구웠다."
    assert_not_linked(knowledge, text, PER_UNIT)


@pytest.mark.parametrize(
    "text",
    [
        # (a part beside its share on the line before: some of the visitors, not the count the spending is over)
        _TITLE + "축제에는 관람객 4만 명이 찾았다.\n외지 관람객은 2만4천 명으로 전체의 60%였다.\n"
        "관람객 한 명이 평균 2만5천 원을 써 모두 10억 원을 쓴 셈이다.",
        # (a figure per unit on the line before: a yield per hectare, no quantity the price is per)
        _TITLE + "작목반은 올해 바나나 120톤을 거뒀다. 1ha에서 28.6톤 가량을 거둔 셈이다.\n"
        "도매가는 kg당 6천 원으로, 올해 매출은 7억2천만 원으로 예상된다.",
    ],
)
def test_the_line_before_lends_no_part_and_no_rate(knowledge, text):
    assert_not_fired(knowledge, text, PER_UNIT)
