"""Measures shown in the unit the article writes (nineteenth session, second round).

A measure is held in its base unit (`310,000 tonnes` as 310m kg, `1,200 hectares` as 12 km², `310 million pounds` of
a crop as kg) so that `1,000t` and `100만kg` are one figure; its claim also carries the unit as written
(`written_unit`, `written_factor`: checker/extract/quantities.py), and a claim's `unit` is then a `WrittenUnit`
(equal to the base unit, naming the written one) that `checker.wording` writes values in: messages, calc lines,
labels and the replacement a fix writes read `290,000 tonnes`, `29만톤`, `1,100㏊`, `290 million pounds`, never
`290m kg`. The arithmetic is unchanged (base units).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import json
import pickle

import pytest
from helpers import claims, document, findings

from checker import wording
from checker.intervals import Interval
from checker.models import Claim, WrittenUnit

SUM_TONNES_EN = (
    "Orchards in the valley picked {total} tonnes of plums this season. Dessert plums made up {a} tonnes and "
    "cooking plums the remaining {b} tonnes."
)
SUM_POUNDS_EN = (
    "Growers harvested {total} million pounds of pecans this year. Improved pecans made up {a} million pounds and "
    "native nuts the remaining {b} million pounds."
)
SUM_HECTARES_EN = (
    "Vineyards covered {total} hectares this year. Red grapes took {a} hectares and white grapes the remaining {b} "
    "hectares."
)
SUM_TON_KO = "올해 자두 수확량은 {total}톤이었다. 개량종이 {a}톤, 재래종이 나머지 {b}톤이었다."
SUM_BARRELS_KO = "올해 원유 수입량은 {total} 배럴이었다. 중동산이 {a} 배럴, 나머지 {b} 배럴이었다."
SUM_HA_KO = "올해 포도 재배면적은 {total}㏊였다. 적포도가 {a}㏊, 청포도가 나머지 {b}㏊였다."


def _sums(text, knowledge):
    return [f for f in findings(knowledge, document(text)).findings if f.rule in ("F301", "F302")]


def _shown(finding) -> str:
    """Everything a reader sees of a finding: its message, its notes and its fixes' messages and replacements."""
    return " | ".join(
        [finding.message, *finding.notes, *(s.message for s in finding.suggestions)]
        + [s.replacement for s in finding.suggestions]
    )


@pytest.mark.parametrize(
    "template,figures,written,fixed",
    [
        (SUM_TONNES_EN, ("310,000", "200,000", "90,000"), "290,000 tonnes", ("310,000 tonnes", "290,000 tonnes")),
        (SUM_TONNES_EN, ("4,800", "2,500", "1,900"), "4,400 tonnes", ("4,800 tonnes", "4,400 tonnes")),
        (SUM_POUNDS_EN, ("310", "200", "90"), "290 million pounds", ("310 million pounds", "290 million pounds")),
        (SUM_HECTARES_EN, ("1,200", "700", "400"), "1,100 hectares", ("1,200 hectares", "1,100 hectares")),
        (SUM_TON_KO, ("31만", "20만", "9만"), "29만톤", ("31만톤", "29만톤")),
        (SUM_HA_KO, ("1,200", "700", "400"), "1,100㏊", ("1,200㏊", "1,100㏊")),
        (SUM_BARRELS_KO, ("310만", "200만", "90만"), "290만 배럴", ("310만 배럴", "290만 배럴")),  # spaced as written
    ],
)
def test_a_sum_of_measures_is_worded_in_the_unit_written(knowledge, template, figures, written, fixed):
    total, a, b = figures
    found = _sums(template.format(total=total, a=a, b=b), knowledge)
    assert len(found) == 1
    shown = _shown(found[0])
    assert written in shown
    assert " kg" not in shown and "km²" not in shown
    # the fix writes over the total in the article's own unit and notation
    assert fixed in {(s.original, s.replacement) for s in found[0].suggestions}


@pytest.mark.parametrize(
    "template,figures",
    [
        (SUM_TONNES_EN, ("310,000", "220,000", "90,000")),
        (SUM_POUNDS_EN, ("310", "220", "90")),
        (SUM_TON_KO, ("31만", "22만", "9만")),
        (SUM_HA_KO, ("1,200", "800", "400")),
    ],
)
def test_a_sum_of_measures_that_holds_is_not_reported(knowledge, template, figures):
    total, a, b = figures
    assert _sums(template.format(total=total, a=a, b=b), knowledge) == []


def test_the_fix_value_stays_in_the_base_unit(knowledge):
    found = _sums(SUM_POUNDS_EN.format(total="310", a="200", b="90"), knowledge)
    fix = next(s for s in found[0].suggestions if s.original == "310 million pounds")
    assert fix.unit == "kg" and fix.value == pytest.approx(290e6 * 0.45359237)


def test_a_measure_claim_records_the_unit_it_is_written_in(knowledge):
    text = SUM_TONNES_EN.format(total="310,000", a="200,000", b="90,000")
    for claim in claims(text, knowledge).claims:
        # (the word as written, with the space before it: ` tonnes`)
        assert (claim.unit, claim.written_unit, claim.written_factor) == ("kg", " tonnes", 1000.0)
        assert isinstance(claim.unit, WrittenUnit) and claim.unit.word == " tonnes"
        data = json.loads(claim.record().model_dump_json())
        assert (data["unit"], data["written_unit"], data["written_factor"]) == ("kg", " tonnes", 1000.0)
        again = Claim.from_record(data)
        assert again == claim and again.unit.word == " tonnes"
        assert pickle.loads(pickle.dumps(claim)).unit.factor == 1000.0
    korean = claims(SUM_TON_KO.format(total="31만", a="20만", b="9만"), knowledge).claims
    assert {(c.unit, c.written_unit) for c in korean if c.kind == "measure"} == {("kg", "톤")}


def test_a_claim_of_no_measure_has_no_written_unit(knowledge):
    for claim in claims("올해 매출은 120억원으로 지난해 95억원보다 늘었다.", knowledge).claims:
        assert claim.written_unit is None and type(claim.unit) is str


def test_the_words_write_a_measure_in_its_written_unit():
    tonnes = WrittenUnit("kg", " tonnes", 1000.0)
    assert wording.amount(2.9e8, tonnes, "en") == "290,000 tonnes"
    assert wording.amount(2.9e9, tonnes, "en") == "2.9 million tonnes"
    assert wording.about(Interval(2.85e8, 2.95e8), tonnes, "en") == "about 290,000 tonnes"
    assert wording.interval(Interval(2.0e8, 2.6e8), tonnes, "en") == "200,000–260,000 tonnes"
    assert wording.amount(2.9e8, WrittenUnit("kg", "톤", 1000.0), "ko") == "29만톤"
    assert wording.interval(Interval(2.8e8, 3.0e8), WrittenUnit("kg", "톤", 1000.0), "ko") == "28만–30만톤"
    assert wording.amount(11.0, WrittenUnit("km ** 2", "㏊", 0.01), "ko") == "1,100㏊"
    pounds = WrittenUnit("kg", " pounds", 0.45359237)
    assert wording.amount(290e6 * 0.45359237, pounds, "en", digits=None) == "290 million pounds"
    assert wording.amount(1.432e9, WrittenUnit("kWh", "GWh", 1e6), "en") == "1,432GWh"  # glued where written so
    assert wording.amount(1.432e9, WrittenUnit("kWh", " GWh", 1e6), "en") == "1,432 GWh"
    assert wording.amount(2.9e8, "kg", "en") == "290m kg"  # a base unit with no written one, as before


@pytest.mark.parametrize(
    "text,computed,fixes",
    [
        (
            "Orchards picked 3,100 tonnes of plums this season. Dessert plums made up 2,000 tonnes and cooking plums "
            "the remaining 900,000 kilograms.",
            "about 2,900 tonnes",
            {("3,100 tonnes", "2,900 tonnes"), ("900,000 kilograms", "1.1 million kilograms")},
        ),
        (
            "올해 자두 수확량은 3,100톤이었다. 개량종이 2,000톤, 재래종이 나머지 90만㎏이었다.",
            "about 2,900톤",
            {("3,100톤", "2,900톤"), ("90만㎏", "110만㎏")},
        ),
    ],
)
def test_parts_in_two_units_are_summed_in_the_totals_and_fixed_in_their_own(knowledge, text, computed, fixes):
    found = _sums(text, knowledge)
    assert len(found) == 1 and computed in found[0].message
    assert fixes <= {(s.original, s.replacement) for s in found[0].suggestions}


@pytest.mark.parametrize(
    "text,shown",
    [
        (
            "The Tallow plant generated 1,482 GWh in May. Its output of 1,432 GWh was a monthly record.",
            "1,432 GWh here, but 1,482 GWh",
        ),
        ("The Tallow plant generated 1,482GWh in May. Its output of 1,432GWh was a monthly record.", "1,432GWh here"),
    ],
)
def test_a_restated_measure_is_worded_as_written_spaced_or_glued(knowledge, text, shown):
    found = [f for f in findings(knowledge, document(text)).findings if f.rule.startswith("F4")]
    assert found and shown in found[0].message
    assert not any(f.rule == "F001" for f in findings(knowledge, document(text)).findings)  # (no internal error)


@pytest.mark.parametrize(
    "text,labels",
    [
        # parts named by nothing but their figures: the label is the value once, not `200,000 tonnes: 200,000 tonnes`
        (SUM_TONNES_EN.format(total="310,000", a="200,000", b="90,000"), {"200,000 tonnes", "90,000 tonnes"}),
        (SUM_TON_KO.format(total="31만", a="20만", b="9만"), {"20만톤", "9만톤"}),
    ],
)
def test_a_part_named_only_by_its_figure_is_labelled_with_its_value_once(knowledge, text, labels):
    (found,) = _sums(text, knowledge)
    assert {r.message for r in found.related} == labels
