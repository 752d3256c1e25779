"""Dates read in the thirtieth session (the elapsed check, F406), a general reading:
- an age read only beside its start (checker/link/date_spans_general.py, `_near_age_patterns`): a count of years
  how long something has lasted after a perfect verb of its sentence (`has been … for 52 years`, `has trebled its
  stock in 14 years`), a count opening a sentence or a quotation told from a start (`Eleven years on`, `Eight years
  later`), `In N years` opening a quotation, the ordinal of the thing's own year (`its 21st full year`), a Korean
  count of years since a start told in its sentence (`N년 만에`, `N년 동안`); the start year must stand in the
  count's sentence or the one before or after in its paragraph (never the article's one start far away), and the
  year's ambiguity is allowed (the start's year counted or not);
- vetoes: a term or a purpose between the perfect verb and the count (`has signed a lease for 10 years`, `has
  pledged to double it in 5 years`), a last time (`for the first time in 20 years`), a past verb after a count
  told from a start (`Ten years later it closed`), a time ahead in the clause (`will`, `앞으로`, `계획`), the ordinal
  of a year of something else (`its third year of losses`, `its fifth year in a row`), another year in the sentence.

Every sentence is written for this file, with invented names and numbers (published 2024-08-27).
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

RULE = "F406"


@pytest.mark.parametrize(
    "text,fires",
    [
        # a lasting count after a perfect verb, the start in the same sentence
        ("The Orme tannery opened in 1972 and has stayed with the Pryce family for 52 years.", False),
        ("The Orme tannery opened in 1972 and has stayed with the Pryce family for 61 years.", True),
        # a lasting count with `in`, the start in the sentence before
        ("The Lowick lending library opened in 2010. It has trebled its stock in 14 years.", False),
        ("The Lowick lending library opened in 2010. It has trebled its stock in 19 years.", True),
        # a count opening the next sentence, told from the start up to now
        ("The night market began in 2013 with six stalls. Eleven years on it fills the square.", False),
        ("The night market began in 2013 with six stalls. Seventeen years on it fills the square.", True),
        ("Tarn Valley Radio was launched in 2016 from a garage. Eight years later, it reaches 40,000 homes.", False),
        ("Tarn Valley Radio was launched in 2016 from a garage. Three years later, it reaches 40,000 homes.", True),
        # a hyphened count of words opening a quotation
        (
            'The glassworks was founded in 1979. "Forty-five years on, we '
            'still blow every bottle by hand," said its head.',
            False,
        ),
        (
            'The glassworks was founded in 1979. "Thirty-one years on, we '
            'still blow every bottle by hand," said its head.',
            True,
        ),
        # `In N years` opening a quotation, the start in the sentence before
        ('Tom Reddy has run the harbour café since 1991. "In 33 years we have never closed for snow," he said.', False),
        ('Tom Reddy has run the harbour café since 1991. "In 25 years we have never closed for snow," he said.', True),
        # the ordinal of the thing's own year
        ("The village bowling club was launched in 2003, and this is its 21st full year on the green.", False),
        ("The village bowling club was launched in 2003, and this is its 12th full year on the green.", True),
        # a Korean count of years since a start in the same sentence
        ("한솔합창단은 2004년 첫 공연을 연 뒤 20년 동안 무대에 600번 올랐다.", False),
        ("한솔합창단은 2004년 첫 공연을 연 뒤 12년 동안 무대에 600번 올랐다.", True),
        ('김 관장은 "1990년 문을 연 뒤 34년 만에 관람객 100만 명을 넘었다"고 말했다.', False),
        ('김 관장은 "1990년 문을 연 뒤 26년 만에 관람객 100만 명을 넘었다"고 말했다.', True),
    ],
)
def test_an_age_read_beside_its_start(knowledge, text, fires):
    assert_checked(knowledge, text, RULE, fires)


# ---------------------------------------------------------------- counts of years near a start year that are not its ag

CLEAN = [
    # a term agreed, not the age
    "The Stoke ferry company, founded in 1961, has signed a lease on the quay for 25 years.",
    # a purpose ahead
    "The orchard trust, set up in 2001, has pledged to double its planting in 5 years.",
    # the last time something happened, not the start
    "The rugby club, formed in 1950, has won the county shield for the first time in 12 years.",
    # a past perfect: another time than now
    "The bakery opened in 1988. By then the mill had stood empty for 9 years.",
    # a count told from a start that reaches a past time
    "The foundry was founded in 1890. Ten years later it moved to a bigger yard.",
    "The rowing club was formed in 1962. Forty years on, it was disbanded for a time.",
    # a count told ahead
    "The dairy was established in 1999. In 10 years it will have doubled its herd, the owners said.",
    # the ordinal of a year of something else
    "The bookshop was founded in 2012, and this is its third year of losses.",
    "The bus route opened in 2015. It is in its 5th year in a row of rising fares.",
    # the start year far from the count, in another paragraph
    "Calder Mills was started in 1980 by two weavers.\n\nSales rose 4% last "
    "year.\n\nFifteen years on, the company employs 60 people.",
    # two start years beside the count
    "The hall opened in 1955 and its gallery was built in 1998. It has hosted dances for 26 years.",
    # another year in the count's sentence
    "The regatta began in 1975, and it has run in 2019 and for 3 years after that.",
    # a count of years that is no span of the start: a loan's term in Korean
    "2001년 설립된 한빛물산은 앞으로 10년 동안 설비를 늘릴 계획이다.",
    # a Korean count of years after another year than the start
    "2010년 문을 연 체육관은 2018년 보수 뒤 5년 동안 쉬지 않았다.",
    # a person's own years
    "The shop opened in 1970. Her 11th year at the till was her last.",
    # a count of months, not years, near a start
    "The café opened in 2022. Eleven months on it is full every weekend.",
    # numbers of other things near a start
    "The orchestra was founded in 1987 and has played 40 concerts for 12 schools.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_counts_near_a_start_year_that_are_not_its_age(knowledge, text):
    assert_not_checked(knowledge, text, RULE)


# ---------------------------------------------------------------- a length right after a range written as one figure
# (checker/link/date_spans_general.py, `link_lengths_after_compact_ranges`: `N∼M일 사흘 동안`, `N∼M월 61일`; days
# counted between the ends or with both, days of whole months from the first one's first day through the last
# one's last day, months between the months or through the last one)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("한울 국화축제는 11∼13일 사흘 동안 시청 광장에서 열렸다.", False),
        ("한울 국화축제는 11∼13일 닷새 동안 시청 광장에서 열렸다.", True),
        ("새봄시장은 5월 2∼6일 닷새간 문을 열었다.", False),
        ("새봄시장은 5월 2∼6일 여드레간 문을 열었다.", True),
        ("올해 3∼4월 61일 가운데 황사가 낀 날은 9일이었다.", False),
        ("올해 3∼4월 45일 가운데 황사가 낀 날은 9일이었다.", True),
        ("해솔도서관의 2∼7월 여섯 달 동안 대출은 4만 권이다.", False),
        ("해솔도서관의 2∼7월 세 달 동안 대출은 4만 권이다.", True),
    ],
)
def test_a_length_right_after_a_compact_range(knowledge, text, fires):
    assert_checked(knowledge, text, RULE, fires)


CLEAN += [
    # a count of years after an open year (`이후`): it reaches the event's time, not now
    "한빛연구회 관객은 2016년 이후 5년 만에 다시 늘었다.",
]

CLEAN_RANGES = [
    # an ordinal day, not the run's length
    "한울 국화축제는 11∼13일 이틀째 비가 내렸다.",
    # a length told from another time
    "행사는 11∼13일 열렸고, 사흘 전 예매가 끝났다.",
    # a range with no length after it, a count of people beside it
    "올해 1∼8월 방문객은 4만2천 명으로 집계됐다.",
    # a length in years after a range of months
    "올해 1∼8월 3년 만에 최대 실적을 냈다.",
    # a length not right after the range
    "11∼13일 열린 축제에는 9천 명이 왔고, 준비에는 닷새가 걸렸다.",
]


@pytest.mark.parametrize("text", CLEAN_RANGES)
def test_figures_near_a_compact_range_that_are_not_its_length(knowledge, text):
    assert_not_checked(knowledge, text, RULE)
