"""One input of `extract_linear.py`, extracted and linked once after a warm start, for counting instructions
on a machine too loaded for CPU time (issue 12.4's targets, measured as the twelfth to fourteenth sessions did):

    PYTHONHASHSEED=0 FACTLINT_CACHE_DIR=/tmp/flc_TREE valgrind --tool=cachegrind --cache-sim=no \\
        --cachegrind-out-file=/dev/null .venv/bin/python benchmarks/instructions.py seeds 2

`seeds N`: the seeds repeated to N MB; `line N`: the Korean line without spaces, N characters; `table N`; `claims
N`. N = 0 only warms (both languages' patterns compiled, the lexicon loaded): subtract that run's count. Run each
tree with a cache of its own, warmed by one run first."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.extract_linear import ARTICLE_SENTENCE, _line_ko, _seeds_article, _table_ko  # noqa: E402
from checker.extract import extract  # noqa: E402
from checker.link import link  # noqa: E402
from checker.models import Document  # noqa: E402
from checker.pipeline import load_knowledge  # noqa: E402

INPUTS = {
    "seeds": lambda n: _seeds_article(n),
    "line": lambda n: _line_ko(int(n)),
    "table": lambda n: _table_ko(int(n)),
    "claims": lambda n: ARTICLE_SENTENCE * (int(n) // 3),
}


def _document(text: str, language: str) -> Document:
    return Document(path="t.txt", text=text, published=dt.date(2024, 8, 27), language=language)


def main(argv: list[str]) -> int:
    kind, size = argv[0], float(argv[1])
    lexicon = load_knowledge().lexicon
    for language in ("ko", "en"):
        link(extract(_document("500억 위안, up 12% to $3bn", language)), lexicon)
    if size:
        link(extract(_document(INPUTS[kind](size), "ko")), lexicon)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
