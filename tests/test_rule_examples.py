"""Every rule's documented examples are its tests (proselint's rule: a rule with no
must-fire and must-not-fire example fails here)."""
from __future__ import annotations

import datetime as dt

import pytest

from checker.check.packs import builtin_rules_dir, load_rules
from helpers import document, findings

RULES = load_rules([builtin_rules_dir()])
EXAMPLES = [(rule.code, i, ex) for rule in RULES for i, ex in enumerate(rule.example)]


@pytest.mark.parametrize("code", RULES.codes)
def test_every_rule_has_both_kinds_of_example(code):
    rule = RULES.rule(code)
    assert any(e.fires for e in rule.example), f"{code} has no example that must fire"
    assert any(not e.fires for e in rule.example), f"{code} has no example that must not fire"
    assert rule.summary and rule.why.strip() and rule.message


@pytest.mark.parametrize("code,index,example", EXAMPLES, ids=[f"{c}-{i}" for c, i, _ in EXAMPLES])
def test_rule_example(knowledge, code, index, example):
    published = example.published or dt.date(2024, 8, 27)
    docs = [document(example.text, published, example.language, path="example.md")]
    if example.other is not None:
        other_date = example.other_published or published - dt.timedelta(days=1)
        docs.append(document(example.other, other_date, example.language, path="other.md"))
    # An unused-suppression example needs the rule it suppresses to run too.
    select = None if RULES.rule(code).kind == "suppression" else [code]
    from checker.check.facts_file import ReferenceFact

    facts = [ReferenceFact.model_validate(f) for f in example.facts]
    if RULES.rule(code).kind == "internal" and example.fires:
        result = _with_a_kind_that_raises(knowledge, docs, facts)
    else:
        result = findings(knowledge, *docs, select=select, facts=facts)
    fired = [f for f in result.findings if f.rule == code]
    if example.fires:
        assert fired, f"{code} should fire on: {example.text}"
        assert all(f.message and "?" not in f.message.split("`")[0] for f in fired), [f.message for f in fired]
    else:
        assert not fired, f"{code} should not fire on: {example.text}\n{[f.message for f in fired]}"


def test_malformed_number_suggests_the_repair_the_article_agrees_with(knowledge):
    text = "회사의 상반기 매출은 12억3456억원이었다. 상반기 매출 12억 3456만원은 역대 최대다."
    (finding,) = findings(knowledge, document(text), select=["F101"]).findings
    assert "two 억 groups" in finding.message and "did you mean `12억 3456만원`" in finding.message
    alone = findings(knowledge, document("회사의 상반기 매출은 12억3456억원이었다."), select=["F101"]).findings
    assert "did you mean" not in alone[0].message  # no figure to agree with: no guess


def _with_a_kind_that_raises(knowledge, docs, facts):
    """The internal-error rule fires only on a bug: stand one in (a kind that raises) for its example."""
    from checker.check.kinds import KINDS

    kind = KINDS["growth"]

    def broken(claimset, params, ctx):
        raise ArithmeticError("a stand-in bug")

    kind.run_document = broken
    try:
        return findings(knowledge, *docs, select=[c for c in RULES.codes if RULES.rule(c).kind == "growth"], facts=facts)
    finally:
        del kind.run_document
