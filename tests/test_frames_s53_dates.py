"""A person's age now, their age at an event and the event's year (fifty-third session, lane `dates`).

The age now apposed to a name (`Ann Bell, 64,`, `이선옥(63)씨`) and the age then in the same sentence differ by the
years from the event's year to the publication's, give or take one (either birthday may not have come); read by
checker/link/age_pairs.py as the elapsed check's `age_then` (a reading to the publication: a warning at most). Told
more ways than before:

- the age then before the year, a comma between (`carved her first horse at 23, in 1985`, `since he was 22, in
  2010`: `[link.age_then_at]`);
- the year before a bare `at` and an age closing its clause or followed by `as` (`joined the firm in 1990 at 16 as an
  apprentice`, `in 1985 at 30.`: `[link.age_then_when]`), never before a count of something else (`in 2019 at 12
  sites`);
- the year told as the years back from now right after the age then (`went to sea at 15, 43 years ago`, `since she
  was 16, 23 years ago`: `[link.age_then_at]`, `[link.span_ago]`);
- in Korean, the age then and its unit before the year (`스물다섯 살이던 1999년`, `스물다섯 살에 1999년`:
  `[link.age_then_year_after]`).

A Korean start year joined by a connective ending to the count of years it has lasted right after it is the years from
that year to now (checker/link/date_spans_general.py, `[link.age_start_after_year_near]`): a workplace opened (`1996년
공방을 열어 30년 동안`), a craft learned (`매듭 엮는 법을 배워 53년 동안`), a job taken (`1999년 입사해 27년 동안`), a
place designated (`보호구역으로 지정하고 20년 동안`), only where the sentence says the stretch goes on (`-아/어 왔다`,
`-고 있다`, `N년째`); not with no count of years right after the verb, nor a stretch that ended (`운영하다
접었다`), a span to a later event (`11년 만에`) or the last years (`지난 5년`).

Review fixes: a bare `at` is an age only with a start in the person's clause (`first`, `began`, `joined`) and no verb
of trade or measure (`sold`, `priced`, `clocked`), no other person (`hired Bo Lam`, `her son, who`, `whose son`, `where
she`) and at most the comma closing a `who` clause; a Korean age then not after another subject (`딸이`, `가게가`); a
Korean age now only after a name's shape (`마을(28)`, `매출(45)` are counts); `N세` of a generation is no age.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked

ELAPSED = "F406"


_AGE_THEN_AND_YEAR = [
    # (text with the age then as {then}, holding age then, broken age then)
    (
        "Founder Ada Brill, 64, who carved her first rocking horse at {then}, in 1985, said the trade had changed.",
        "23",
        "31",
    ),
    (
        "Owner Pell Harrow, 66, who learned to weave from his aunt at {then}, in 1969, still works every day.",
        "nine",
        "four",
    ),
    ("Keeper Rona Vail, 38, who has ringed terns since she was {then}, in 2010, led the count again.", "22", "15"),
    ("Director Len Osk, 52, joined the foundry in 1990 at {then} as an apprentice moulder.", "16", "24"),
    ("Organiser Mabel Quist, 71, ran her first craft fair in the town in 1985 at {then}.", "30", "38"),
    ("Skipper Huw Dray, 58, first went to sea at {then}, 43 years ago.", "15", "23"),
    ("Farrier Jon Ibbet, 39, who has shod horses here since he was {then}, 23 years ago, said so.", "16", "10"),
    ("The junior champion, Ted Marr, 17, started racing at {then}, nine years ago.", "eight", "three"),
    ("공방 대표 윤아무개 씨(63)는 {then} 살이던 1984년 유리 공장에 들어갔다.", "스물한", "스물여섯"),
    ('작목반 최아무개 반장(52)은 "{then} 살에 1999년 고향으로 돌아왔다"고 말했다.', "스물다섯", "서른"),
    # (another person governed by a preposition is no subject the pronoun stands for)
    ("Cora Blane, 46, took over the forge from her uncle in 2012, when she was {then}.", "32", "39"),
    ("Its keeper, Ena Voss, 57, joined as an apprentice in 1985, when she was {then}.", "16", "22"),
    # (the word right after the age now, a title and its subject marker, is the person's own)
    ("안아무개(73) 대표가 1977년 {then} 살에 공방을 열었다.", "스물네", "서른"),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _AGE_THEN_AND_YEAR)
def test_an_age_now_an_age_then_and_its_year(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(then=holds), ELAPSED, fires=False)
    assert_checked(knowledge, text.format(then=broken), ELAPSED, fires=True)


_NO_AGE_THEN = [
    # a count of something else after a year and a bare `at`
    "Manager Tilda Owe, 45, opened shops in 2019 at 12 sites across the county.",
    "Chair Bo Rusk, 61, said the hall was booked in 2016 at 40 pounds a night.",
    # a price after `at`, then the years back from now: no age (no age now before it either)
    "The Orrin mill sold its first sacks at 12, 43 years ago, a miller said.",
    # an age then with no age now in its sentence
    "She carved her first rocking horse at 23, in 1985, and never stopped.",
    # two people's ages now before the age then: whose is unsaid
    "Ada Brill, 64, and Tom Brill, 66, who carved their first horse at 23, in 1985, run the shop.",
    # an age then older than the age now
    "Junior champion Ted Marr, 17, first raced at 19, in 2020, the club said.",
    # Korean: a count of people before the year, or an age then and no age now
    "공방 대표 윤아무개 씨(63)는 스물한 명이던 1984년 직원을 처음 뽑았다.",
    "윤아무개 씨는 스물한 살이던 1984년 유리 공장에 들어갔다.",
]


@pytest.mark.parametrize("text", _NO_AGE_THEN)
def test_no_age_then_is_read(knowledge, text):
    assert_not_linked(knowledge, text, ELAPSED)


# ---------------------------------------------------------------- Korean years since a start joined to them


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("도예가 한아무개 씨는 1994년 작업실을 열어 32년 동안 옹기를 구워 왔다.", False),
        ("도예가 한아무개 씨는 1994년 작업실을 열어 22년 동안 옹기를 구워 왔다.", True),
        ("장인 오아무개 씨는 1981년 삼촌에게 채반 엮는 법을 배워 45년 동안 대나무를 다뤄 왔다.", False),
        ("장인 오아무개 씨는 1981년 삼촌에게 채반 엮는 법을 배워 35년 동안 대나무를 다뤄 왔다.", True),
        ("기관사 서아무개 씨는 2003년 입사해 23년 동안 산악 열차를 몰아 왔다.", False),
        ("기관사 서아무개 씨는 2003년 입사해 13년 동안 산악 열차를 몰아 왔다.", True),
        ("1987년 찻집을 차려 39년 동안 보리차를 끓여 온 남궁아무개 씨가 가게를 넘긴다.", False),
        ("1987년 찻집을 차려 29년 동안 보리차를 끓여 온 남궁아무개 씨가 가게를 넘긴다.", True),
        ("구청은 2011년 이 습지를 보호구역으로 지정하고 15년 동안 물새를 세어 왔다.", False),
        ("구청은 2011년 이 습지를 보호구역으로 지정하고 19년 동안 물새를 세어 왔다.", True),
    ],
)
def test_a_korean_start_joined_to_the_years_it_has_lasted(knowledge, text, fires):
    assert_checked(knowledge, text, ELAPSED, fires)


@pytest.mark.parametrize(
    "text",
    [
        # (the opening verb with no count of years right after it)
        "도예가 한아무개 씨는 1994년 작업실을 열어 손님 30명을 받았다.",
        # (learning with no count of years after it; a count of people instead)
        "장인 오아무개 씨는 1981년 삼촌에게 채반 엮는 법을 배워 45명에게 가르쳤다.",
        # (a designation in a sentence of its own, a count of people in the next)
        "구청은 2011년 이 습지를 보호구역으로 지정했다. 15명이 물새를 셌다.",
        # (a count of months, not years, after the opening verb)
        "도예가 한아무개 씨는 1994년 작업실을 열어 3개월 동안 옹기를 구웠다.",
    ],
)
def test_a_korean_start_without_its_years_is_not_read(knowledge, text):
    assert_not_linked(knowledge, text, ELAPSED)


# ---------------------------------------------------------------- review fixes: numbers that are no age then

_NOT_AN_AGE_THEN = [
    # a bare `at` after a verb of trade or measure: a price, a rate, a rank, a score, a speed
    "Dealer Odo Brent, 57, who sold his first bonds at 14, in 2011, said yields had since doubled.",
    "Boatman Wyn Carrow, 63, sold the launch at 16, in 2012, and bought a dinghy.",
    "Swimmer Isa Vell, 28, who was ranked at 13, in 2020, is now second in the country.",
    "Banker Orla Fitt, 61, said lending rates peaked at 16, in 1991, and may climb again.",
    "Cook Bard Ule, 53, who priced pies at 4, in 2002, now charges five times that.",
    "Steward Pim Lask, 43, who opened the gates at 8, in 2017, said crowds came by dawn.",
    "Buyer Esk Thorn, 72, who bid at 41, in 2004, lost the vase to a trader.",
    "Skipper Roa Dunn, 46, whose team was all out at 37, in 2007, remembered the collapse.",
    "Rider Tal Moss, 34, who was clocked at 31, in 2019, said the sign was hidden.",
    "Joiner Kip Marr, 55, who borrowed at 8, in 1997, said the interest had ruined him.",
    "Boatman Wyn Carrow, 63, sold the launch at 16, in 2011 pounds, a broker said.",
    "Florist Ida Penn, 56, sold tulips at 21, in 2017, and at 31, in 2022.",
    "Shepherd Col Rane, 48, said the flock grew at 13, in 2017 it doubled again.",
    # the same before the years back from now
    "Trader Bo Ilse, 65, who bought the bonds at 13, 31 years ago, still holds them.",
    "Skipper Roa Dunn, 46, whose side trailed at 22, six years ago, came back to win.",
    "Caller Hob Frisk, 58, opened bidding at 21, 16 years ago, for the same desk.",
    # a year, then a bare `at` and a price, a level, a score after a verb of trade or measure
    "Investor Nils Oke, 62, bought the quarry's shares in 2011 at 41.",
    "Reeve Ula Sarn, 54, set the rate in 2013 at 31, the lowest in the shire.",
    "Chair Tev Roke, 61, said the stock floated in 2005 at 44 as demand rose.",
    "Widow Lis Dorn, 71, sold the orchard in 2002 at 51, a price she thought fair.",
    "Potter Ebb Quay, 47, said the kiln was fired in 2008 at 21; it now burns hotter.",
    "Broker Jem Karr, 52, said the index closed in 2013 at 34.",
    "Coach Fay Mure, 46, whose side lost the final in 2014 at 22, wants another go.",
    "Head Rolf Gade, 57, said fees were capped in 2009 at 26 as part of a deal with the board.",
    # the age then of another person: an object of the clause, a kin noun with its own pronoun
    "Owner Ivy Dorr, 63, who hired Cal Vane at 22, in 1998, says he will take over the forge.",
    "Baker Ivy Dorr, 63, said her son, who began at 16, in 2011, now runs the ovens.",
    "Rhea Lund, 39, has taken her daughter to the rink since she was 4, in 2019.",
    "Bram Tull, 51, whose son has kept goats since he was 13, in 2014, is proud.",
    "Smith Ged Arno, 66, took on Lew Pask in 2018 at 17 as an apprentice.",
    "Trainer Bea Holm, 54, spotted the jumper at 13, 11 years ago, at a county meet.",
    # an age now of a thing, or an age then of a thing
    "Nurse Efa Lodd said the clinic, 44, where she started at 18, in 2005, will shut.",
    "Owner Cass Mure, 65, whose coupe was restored at 31, in 1997, won the show.",
    # Korean: the age then of another subject between the person and the age
    "한아무개(44)씨는 딸이 네 살이던 2018년 가족과 함께 섬으로 옮겼다.",
    "서아무개(60) 씨는 아들이 스물한 살이던 2016년 공방을 물려줬다.",
    "길아무개(71)씨는 가게가 열한 살이던 1997년 두 번째 가게를 열었다.",
    "마을 이장 변아무개(67)씨는 은행나무가 서른 살이던 1991년 쉼터를 만들었다.",
    "할아버지 차아무개(81)씨는 손녀가 여섯 살에 2019년 구구단을 외웠다고 자랑했다.",
    # (the merge: another named person after the age now's possessor; a decade, not a year)
    "목수 한아무개(62)씨의 조카 도아무개씨는 열아홉 살이던 2015년 처음 대패를 잡았다.",
    "목수 한아무개(62)씨는 스무 살이던 1980년대 후반 처음 대패를 잡았다.",
    "표아무개(34)씨는 고양이가 세 살이던 2022년 이 동네로 옮겼다.",
    "관장 편아무개(57)씨는 강당이 마흔 살이던 2013년 고쳐 지었다고 말했다.",
    "소리꾼 석아무개(73)씨는 제자가 열세 살에 2012년 처음 판을 벌였다고 했다.",
    "금아무개(63)씨는 아내가 스물여덟 살이던 1992년 결혼했다.",
    "방아무개(58)씨는 남편이 마흔한 살이던 2009년 함께 빵집을 열었다.",
    # Korean: a bracketed count after a noun that is no name
    "대회에는 도내 학교(27)가 나왔고, 추아무개 씨는 스물세 살이던 2011년 처음 나갔다.",
    "지난해 수익(44)이 늘었다는 설아무개 씨는 스무 살이던 1998년 가게를 시작했다.",
    # Korean: `N세` of a generation
    "탁아무개(51) 회장은 창업주 3세에 2016년 회사를 넘겨받았다.",
]


@pytest.mark.parametrize("text", _NOT_AN_AGE_THEN)
def test_a_number_that_is_no_age_then_is_not_read(knowledge, text):
    assert_not_linked(knowledge, text, ELAPSED)


@pytest.mark.parametrize(
    "text",
    [
        # the stretch after the start ended, or is a span to a later event, or the last years: no years since
        "그는 2011년 빵집을 차려 6년 동안 운영하다 접었다.",
        "그는 1998년 입사해 4년 동안 총무부에서 일했다.",
        "그는 1981년 할머니에게 멍석 짜는 법을 배워 6년 동안 장에 내다 팔았다.",
        "그는 2018년 책방을 열어 2년 동안 적자를 봤다.",
        "그는 1971년 서당을 세워 41년 동안 훈장으로 일했다.",
        "그는 2020년 버스를 세워 3년 동안 방치했다.",
        "군은 2014년 장터를 열어 4년 동안 이어 갔다.",
        "박물관은 2009년 특별전을 열어 3년 동안 순회했다.",
        "그는 2002년 입사하여 6년 동안 해외 공장에서 근무했다.",
        "그는 1994년 부산에 식당을 열어 11년 동안 장사하다 고향으로 돌아왔다.",
        "그는 2023년 화실을 열어 한 해 동안 손님이 없었다.",
        "목수 위아무개 씨는 1995년 목공소를 열어 30년 동안 운영하다 지난해 문을 닫았다.",
        "그는 1998년 입사해 12년 만에 팀장이 됐다.",
        "그는 2013년 입사해 4년 만에 사내 으뜸상을 받았다.",
        "그는 2014년 입사해 지난 6년 동안 수출을 맡았다.",
    ],
)
def test_a_korean_start_with_a_stretch_that_ended_is_not_read(knowledge, text):
    assert_not_linked(knowledge, text, ELAPSED)
