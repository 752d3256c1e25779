"""Detection rate of injected errors, by check kind and by the size of the push.

For each kind, generated consistent sentences (tests/injection_cases.py and the
seed-like articles of tests/articles.py) are pushed by a given amount; a push
the generator's own interval arithmetic calls infeasible must be detected with
a finding over the pushed number, a feasible one must stay silent.

    python benchmarks/detection.py [--samples 40]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import articles as seedlike  # noqa: E402
import injection_cases as cases  # noqa: E402
from helpers import document, findings  # noqa: E402

from checker.pipeline import load_knowledge  # noqa: E402


def judge(knowledge, case: cases.Case) -> tuple[bool, bool]:
    """(detected over the pushed number, any finding of the rule)."""
    result = findings(knowledge, document(case.text, seedlike.PUBLISHED, "ko"), select=[case.rule])
    found = [f for f in result.findings if f.rule == case.rule]
    start = case.text.rindex(case.pushed)
    over = any(
        loc.start <= start < loc.end or start <= loc.start < start + len(case.pushed)
        for f in found
        for loc in (f.location, *f.related)
    )
    return over, bool(found)


def seedlike_sum(rng: random.Random, push: int) -> cases.Case:
    facts = seedlike.random_facts(rng)
    which = rng.randrange(3)
    parts = list(facts.parts)
    parts[which] = max(1, parts[which] + push)
    article = seedlike.write(facts, {f"part{which}": f"{parts[which]}억 위안"})
    return cases.Case(article.text, "F302", f"{parts[which]}억 위안", seedlike.sum_holds(parts, facts.total))


def seedlike_growth(rng: random.Random, push: int) -> cases.Case:
    facts = seedlike.random_facts(rng)
    which = rng.randrange(3)
    growth = list(facts.growth)
    growth[which] = max(0, growth[which] + push)
    article = seedlike.write(facts, {f"growth{which}": f"{growth[which]}%"})
    holds = seedlike.prior_sum_holds(facts.parts, growth, facts.prior_total)
    return cases.Case(article.text, "F303", f"{growth[which]}%", holds)


def seedlike_conversion(rng: random.Random, push: int) -> cases.Case:
    facts = seedlike.random_facts(rng)
    krw = max(1, round(facts.krw_eok * (1 + push / 100)))
    number = seedlike.written_eok(krw, facts.style)
    written = f"{number.text}원"
    article = seedlike.write(facts, {"krw": written})
    return cases.Case(
        article.text, "F202", written, seedlike.conversion_holds(facts.total, number, seedlike.reference_window())
    )


KINDS = {
    "sum (F302), push in 억": (seedlike_sum, [1, 2, 3, 5, 20]),
    "derived prior (F303), push in %": (seedlike_growth, [1, 3, 10, 30, 80]),
    "conversion vs ECB (F202), push in %": (seedlike_conversion, [1, 2, 3, 5, 10]),
    **{
        f"{name} ({builder(random.Random(0), 0).rule})": (builder, sizes)
        for name, (builder, _, sizes) in cases.BUILDERS.items()
    },
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--samples", type=int, default=40)
    args = parser.parse_args()
    knowledge = load_knowledge()
    print("| kind | push | infeasible pushes detected | feasible pushes silent |")
    print("| --- | ---: | ---: | ---: |")
    for name, (builder, sizes) in KINDS.items():
        for size in sizes:
            detected = infeasible = silent = feasible = 0
            for i in range(args.samples):
                rng = random.Random(i * 7919 + size)
                case = builder(rng, size if i % 2 else -size)
                over, fired = judge(knowledge, case)
                if case.feasible:
                    feasible += 1
                    silent += not fired
                else:
                    infeasible += 1
                    detected += over
            rate = f"{detected}/{infeasible}" if infeasible else "–"
            quiet = f"{silent}/{feasible}" if feasible else "–"
            print(f"| {name} | {size} | {rate} | {quiet} |", flush=True)


if __name__ == "__main__":
    main()
