"""Memory of one claim inside the pipeline (issue 12.4): the seeds' claims are copied until there
are N of them, and the traced allocation is divided by N, two ways: a deep copy shares the
strings and numbers of the original (what the object itself costs: its fields, its record of
which were set, its lists), a pickle round trip gives each copy its own (what a claim read back
from a worker costs). Also the size of one claim pickled (what a worker sends back)."""

from __future__ import annotations

import copy
import pickle
import sys
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checker.pipeline import analyze, load_knowledge  # noqa: E402

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
COPIES = 20_000


def main() -> int:
    knowledge = load_knowledge()
    analysis = analyze([str(SEEDS)], knowledge, jobs=1)
    claims = [c for cs in analysis.claimsets for c in cs.claims]
    print(f"{type(claims[0]).__module__}.{type(claims[0]).__name__}: {len(claims)} seed claims")
    for name, make in (("deep copy", copy.deepcopy), ("pickle round trip", lambda c: pickle.loads(pickle.dumps(c)))):
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        copies = [make(claims[i % len(claims)]) for i in range(COPIES)]
        after = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        print(f"memory per claim ({name}): {(after - before) / len(copies):,.0f} bytes")
        del copies
    pickled = sum(len(pickle.dumps(c)) for c in claims) / len(claims)
    print(f"pickled per claim: {pickled:,.0f} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
