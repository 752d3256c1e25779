"""Error injection: consistent generated articles raise nothing; one number pushed
outside its feasible range raises a finding over it; a push inside rounding does not."""

from __future__ import annotations

import random

import articles as gen
from helpers import document, findings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
seeds = st.integers(0, 2**32 - 1)
WINDOW = None


def run(knowledge, text: str, *others: str):
    docs = [document(text, gen.PUBLISHED, "ko", path="draft.md")]
    docs += [document(o, gen.PUBLISHED.replace(day=20), "ko", path=f"old{i}.md") for i, o in enumerate(others)]
    return findings(knowledge, *docs).findings


def covers(finding, span, path="draft.md") -> bool:
    locations = [finding.location, *finding.related]
    return any(
        loc.path == path
        and loc.start <= span[0]
        and span[1] <= loc.end
        or loc.path == path
        and span[0] <= loc.start
        and loc.end <= span[1]
        for loc in locations
    )


def window():
    global WINDOW
    if WINDOW is None:
        WINDOW = gen.reference_window()
    return WINDOW


@SETTINGS
@given(seed=seeds)
def test_consistent_articles_raise_nothing(knowledge, seed):
    article = gen.write(gen.random_facts(random.Random(seed)))
    found = run(knowledge, article.text)
    assert found == [], (article.text, [f.message for f in found])


@SETTINGS
@given(seed=seeds, which=st.integers(0, 2), push=st.integers(-60, 60))
def test_pushed_part_breaks_the_sum(knowledge, seed, which, push):
    facts = gen.random_facts(random.Random(seed))
    pushed = max(1, facts.parts[which] + push)
    parts = list(facts.parts)
    parts[which] = pushed
    article = gen.write(facts, {f"part{which}": f"{pushed}억 위안"})
    found = run(knowledge, article.text)
    sum_findings = [f for f in found if f.rule == "F302"]
    if gen.sum_holds(parts, facts.total):
        assert not sum_findings, (article.text, [f.message for f in sum_findings])
    else:
        assert any(covers(f, article.spans[f"part{which}"]) for f in sum_findings), article.text


@SETTINGS
@given(seed=seeds, which=st.integers(0, 2), push=st.integers(-80, 80))
def test_pushed_growth_breaks_the_prior_total(knowledge, seed, which, push):
    facts = gen.random_facts(random.Random(seed))
    growth = list(facts.growth)
    growth[which] = max(0, growth[which] + push)
    article = gen.write(facts, {f"growth{which}": f"{growth[which]}%"})
    found = [f for f in run(knowledge, article.text) if f.rule == "F303"]
    if gen.prior_sum_holds(facts.parts, growth, facts.prior_total):
        assert not found, (article.text, [f.message for f in found])
    else:
        assert any(covers(f, article.spans[f"growth{which}"]) for f in found), article.text


@SETTINGS
@given(seed=seeds, factor=st.sampled_from([0.9, 0.95, 0.97, 0.99, 1.0, 1.01, 1.03, 1.05, 1.1, 10, 0.1]))
def test_pushed_equivalent_breaks_the_rate(knowledge, seed, factor):
    facts = gen.random_facts(random.Random(seed))
    krw = max(1, round(facts.krw_eok * factor))
    number = gen.written_eok(krw, facts.style)
    written = f"{number.text}원"
    article = gen.write(facts, {"krw": written})
    found = [f for f in run(knowledge, article.text) if f.rule in ("F202", "F203")]
    if gen.conversion_holds(facts.total, number, window()):
        assert not found, (article.text, [f.message for f in found])
    else:
        assert any(covers(f, article.spans["krw"]) for f in found), article.text
        if factor in (10, 0.1):
            assert any(f.rule == "F203" and "unit slip" in f.message for f in found)


@SETTINGS
@given(seed=seeds, which=st.integers(0, 2), push=st.integers(-40, 40))
def test_restated_fact_must_agree_across_articles(knowledge, seed, which, push):
    facts = gen.random_facts(random.Random(seed))
    original = gen.write(facts)
    restated = max(1, facts.parts[which] + push)
    company = facts.companies[which]
    draft = f"{company}의 상반기 설비투자는 {restated}억 위안이었다.\n"
    # A value off by a power of ten is reported as a unit slip (F403) rather than a mismatch.
    found = [f for f in run(knowledge, draft, original.text) if f.rule in ("F402", "F403")]
    if gen.sum_holds([restated], facts.parts[which]):
        assert not found, (draft, [f.message for f in found])
    else:
        assert any(covers(f, (draft.index(str(restated)), draft.index("위안") + 2)) for f in found), draft
