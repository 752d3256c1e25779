"""No new echo of a held-out set's sentences in the project.

The held-out sets (`benchmarks/data/heldout_real*/`) are copy the project measures itself on: a sentence of one,
with its figures, written into a rule's comment, a vocabulary example or a test, tunes the project to that set, and
a set opened for development is no less a set. Every fix is a rule for a construction, tested on sentences of our
own (house rules in the README).

Read as five words in a row, one of them a figure of two digits or more (`12 more than the 52`), the project's code,
language data, tests and benchmark scripts share a few thousand such runs with the sets' articles, almost all of them
written before this test (the first sets lent their sentences to the first readings' comments) or common phrases (`a
decline of 0.6 percentage points`). Those are listed, by a hash of the run alone, in
`tests/set_quote_runs_known.txt`; a run outside it is new and fails. Removing an echo never needs the list changed;
the list is written anew (`python tests/test_no_set_quotes.py --write`) only to drop runs no longer found.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = ROOT / "benchmarks" / "data"
KNOWN = Path(__file__).with_name("set_quote_runs_known.txt")
# a figure (a Korean one with its units of ten thousand and the like, `7억5천200만`, as one word) or a word
_TOKEN = re.compile(r"\d[\d,.]*(?:[조억만천백십]\d[\d,.]*)*[조억만천백십]?|[^\W\d_]+")
_DIGIT = re.compile(r"\d")
_RUN = 5  # words in a row
_SOURCES = (("checker", "*.py"), ("rules", "*.toml"), ("tests", "*.py"), ("benchmarks", "*.py"))


def _runs(text: str) -> set[str]:
    """The runs of five words of the text that hold a figure of two digits or more, lower-cased."""
    tokens = [t.lower() for t in _TOKEN.findall(text)]
    found = set()
    for i in range(len(tokens) - _RUN + 1):
        run = tokens[i : i + _RUN]
        if any(len(_DIGIT.findall(t)) >= 2 for t in run):
            found.add(" ".join(run))
    return found


def _digest(run: str) -> str:
    return hashlib.sha256(run.encode()).hexdigest()[:16]


def shared_runs() -> dict[str, str]:
    """Each run the sets' articles share with the project, by its digest: where in the project it stands."""
    project: dict[str, str] = {}
    for folder, pattern in _SOURCES:
        for path in sorted((ROOT / folder).rglob(pattern)):
            for run in _runs(path.read_text(encoding="utf-8", errors="ignore")):
                project.setdefault(run, str(path.relative_to(ROOT)))
    shared = {}
    for article in sorted(SETS.glob("heldout_real*/**/*.txt")):
        for run in _runs(article.read_text(encoding="utf-8")):
            if run in project:
                shared[_digest(run)] = f"{project[run]} (from {article.relative_to(SETS)})"
    return shared


def test_no_new_run_of_a_set_article_in_the_project():
    known = set(KNOWN.read_text(encoding="utf-8").split())
    assert len(known) > 1000  # (the list itself is read)
    new = {digest: where for digest, where in shared_runs().items() if digest not in known}
    # (the run itself is not printed: where it stands is enough to find it)
    assert not new, sorted(new.values())[:10]


if __name__ == "__main__" and sys.argv[1:] == ["--write"]:
    KNOWN.write_text("\n".join(sorted(shared_runs())) + "\n", encoding="utf-8")
