"""A count's noun compound read whole (thirty-first session, second round).

After a count, a singular noun and a plural noun make a noun compound whose last word is what is counted: the count
is of that plural (`4,800 berth rentals` counts rentals, `150 member orchards` counts orchards), so a figure per one
of it finds the count by its noun (checker/extract/quantities.py `_EN_COMPOUND_HEAD`). Not when the first word is
itself a counted thing or sets the count apart (`30 crew members`, `12 new kiosks`, `[link.count_compound_own_firsts]`),
is hyphened (an adjective: `38 double-deck buses`), nor when the word after is no plural noun (`is`, `says`:
`[link.count_compound_not_heads]`). A rest stated after a part and a count of another noun since the whole is read
only when the parts agree with the whole (checker/link/totals.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import document
from test_frames import assert_checked, findings

from checker.extract import extract

RULE = "F317"
_ALARMS = ("F301", "F302", "F305", "F317", "F503")


def _quiet(knowledge, text: str) -> None:
    result = findings(knowledge, document(text), select=list(_ALARMS), show_passed=True)
    assert not result.findings, [f.message for f in result.findings]


def _counter(sentence: str, figure: str) -> str | None:
    mentions = extract(document(sentence, dt.date(2026, 5, 1), "en")).mentions
    found = [m for m in mentions if m.text.startswith(figure)]
    assert found, [m.text for m in mentions]
    return found[0].quantity.counter


@pytest.mark.parametrize(
    "sentence,figure,counter",
    [
        ("The marina leased 4,800 berth rentals over the season.", "4,800", "rentals"),
        ("Its 150 member orchards picked pears early.", "150", "orchards"),
        ("Hotels there sold 61,000 guest nights in July, a record.", "61,000", "nights"),
        ("Last spring, 2,300 pupil places went unfilled.", "2,300", "places"),
        # the first word is itself what is counted, or sets the count apart
        ("The yacht sails with 30 crew members on board.", "30", "crew"),
        ("The chain opened 12 new kiosks in May.", "12", "new"),
        ("The depot runs 38 double-deck buses.", "38", "double-deck"),
        # no plural noun after the first word
        ("Of the lots, 40 parcel is the odd one.", "40", "parcel"),
    ],
)
def test_a_noun_compound_counts_its_last_noun(sentence, figure, counter):
    assert _counter(sentence, figure) == counter


_MARINA = "Lakeside marina posts record year\n\nThe Lakeside marina took in $1.2 million from 4,800 berth rentals "
_ORCHARDS = "Hill orchards report harvest\n\nThe growers' 150 member orchards picked 6,000 tonnes of pears this autumn"
_FERRY = "Ferry line busier\n\nThe line sold 96,000 cabin nights in the summer. Ticket revenue was £14.4 million.\n\n"


@pytest.mark.parametrize(
    "text,fires",
    [
        (_MARINA + "last season, or $250 a rental.", False),
        (_MARINA + "last season, or $310 a rental.", True),
        (_ORCHARDS + ", about 40 tonnes an orchard.", False),
        (_ORCHARDS + ", about 55 tonnes an orchard.", True),
        (_FERRY + "Revenue per night came to £150, the company said.", False),
        (_FERRY + "Revenue per night came to £190, the company said.", True),
    ],
)
def test_a_figure_per_unit_of_a_compound_count(knowledge, text, fires):
    assert_checked(knowledge, text, RULE, fires)


# Figures near compound counts that are not related: nothing is reported.
_CLEAN = [
    "The 212 member libraries lent 1.4 million books last year. The state gave $3 million to 40 rural schools.",
    "The club's 90 volunteer coaches ran 640 sessions, and the league's 12 member clubs paid $4,000 each in fees.",
    "About 3,100 student flats stood empty in March. Rents averaged £140 a week across 48 city districts.",
    "The port handled 1,900 cruise calls and 2.4 million container moves; 410 crane drivers worked in shifts.",
    "Officials said 27 member states signed the pact in 2024, and 9 more states are expected to sign by 2027.",
    "The resort booked 52,000 room nights in winter. A lift pass cost €60 a day, up from €55 in 2025.",
    "The 40 unit is empty, the agent said, while 18 other units were let at $1,200 a month.",
    "Its 30 crew members sailed 14 ships. Fuel cost $2.1 million, and 600 passengers a day came aboard.",
    "Some 8,200 farm workers joined the union; 1,300 dairy farms have 41 cows on average.",
    "The network has 5,400 charging points and 320 petrol stations; 70 service areas opened in 2023.",
    "Doctors saw 14,000 patient visits in May. The clinic's budget of $9 million covers 120 staff.",
    "The 66 parish councils set 2.3% rises, while 11 town councils froze their levies at £48 a household.",
    "Organisers counted 210,000 festival visits over five days, and 1,200 stall holders paid £90 each.",
    "The 300 bus routes carried 48 million trips; the 12 tram lines carried 9 million trips in 2025.",
    "Buyers placed 720 export orders worth €31 million. Some 95 sales staff work from 6 regional offices.",
    "Inspectors visited 480 care homes and 64 home care agencies; 22 homes were rated poor.",
]


@pytest.mark.parametrize("paragraph", _CLEAN)
def test_unrelated_figures_by_compound_counts_stay_quiet(knowledge, paragraph):
    _quiet(knowledge, "Figures of the year\n\n" + paragraph + "\n")


def test_a_rest_after_a_count_of_another_noun_is_left_unclear(knowledge):
    text = (
        "Helpline busier\n\nThe helpline answered 900,000 support calls in 2025. Volunteers handled 500,000 chats, "
        "while staff took 250,000 calls by phone. The remaining 150,000 calls were dropped.\n"
    )
    _quiet(knowledge, text)
