"""The built-in pack's examples say where and how each rule fires (issue 13.5): every firing example
states the primary span's line, column and text and the message an editor reads, and every example
that sets a configuration shows a configured behaviour — without its `config` it would fail.
The runner that checks these fields is exercised in tests/test_rule_examples.py."""

from __future__ import annotations

import pytest

from checker.check.packs import builtin_rules_dir, load_rules
from checker.rule_tests import run_example

RULES = load_rules([builtin_rules_dir()])
FIRING = [(rule.code, i, ex) for rule in RULES for i, ex in enumerate(rule.example) if ex.fires]
CONFIGURED = [(rule.code, i, ex) for rule in RULES for i, ex in enumerate(rule.example) if ex.config]


@pytest.mark.parametrize("code,index,example", FIRING, ids=[f"{c}-{i}" for c, i, _ in FIRING])
def test_a_firing_example_states_its_position_and_message(code, index, example):
    missing = [name for name in ("line", "column", "span", "message") if getattr(example, name) is None]
    assert not missing, f"{code} example {index + 1} does not state its {', '.join(missing)}"
    assert example.message.strip(), f"{code} example {index + 1}: an empty message matches any finding"


def test_the_pack_tests_configurations_of_several_kinds():
    """Per-case configuration (sqlfluff's `configs`) covers a rule parameter, the exchange-rate
    tolerance, a severity and the report language."""
    keys = {key for _, _, ex in CONFIGURED for key in ex.config}
    assert {"rule-params", "fx-tolerance", "severity", "lang"} <= keys
    assert len({code for code, _, _ in CONFIGURED}) >= 3


@pytest.mark.parametrize("code,index,example", CONFIGURED, ids=[f"{c}-{i}" for c, i, _ in CONFIGURED])
def test_a_configured_example_depends_on_its_configuration(knowledge, code, index, example):
    rule = knowledge.rules.rule(code)
    assert run_example(knowledge, rule, index, example).ok
    unconfigured = example.model_copy(update={"config": {}})
    result = run_example(knowledge, rule, index, unconfigured)
    assert not result.ok, (
        f"{code} example {index + 1} passes without its config {example.config}: "
        "the configuration it claims to test is not what it shows"
    )
