"""Multiples of measures the extractor reads as units: data (`GB`), containers (`TEU`), land (`㏊`, `헥타르`).

Every sentence is written for this file, with invented names and numbers: a multiple between two such figures is
checked (and fires when one number is wrong), and one across two kinds of measure is not.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- multiples of data, container and land measures (F304)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("5G 가입자의 월평균 트래픽은 21.6GB로 LTE 가입자(7.2GB)의 3배에 달했다.", False),
        ("5G 가입자의 월평균 트래픽은 21.6GB로 LTE 가입자(7.2GB)의 4배에 달했다.", True),
        ("한빛항의 물동량은 362만TEU로 새솔항(180만TEU)의 두 배를 넘었다.", False),
        ("한빛항의 물동량은 362만TEU로 새솔항(200만TEU)의 두 배를 넘었다.", True),
        ("올해 산불 피해 면적은 2천100㏊로 지난해(1천500㏊)의 1.4배다.", False),
        ("올해 산불 피해 면적은 2천100㏊로 지난해(1천500㏊)의 2.4배다.", True),
        ("올해 산불 피해 면적은 2천100헥타르로 지난해 1천500헥타르의 1.4배다.", False),
        ("Subscribers used 12.6GB a month on average, three times the 4.2GB used in 2020.", False),
        ("Subscribers used 12.6GB a month on average, four times the 4.2GB used in 2020.", True),
    ],
)
def test_multiple_of_a_data_container_or_land_measure(knowledge, text, fires):
    assert_checked(knowledge, text, "F304", fires)


@pytest.mark.parametrize(
    "text",
    [
        # a count of subscribers against a volume of data: no multiple of one thing
        "5G 가입자는 2천160만명으로 LTE 가입자 1인당 트래픽(7.2GB)의 3배에 달했다.",
        # `GBP` is a currency code, not gigabytes
        "The fee rose to 36GBP, three times the 12GB allowance.",
    ],
)
def test_multiple_across_measures_is_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F304")
