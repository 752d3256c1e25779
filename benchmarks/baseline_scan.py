"""The floor a full check is compared with: read every article and scan it with one regex for digits.

    python benchmarks/baseline_scan.py DIR

Reads the same files `factlint check DIR` reads (same suffixes, hidden paths
skipped), decodes them as UTF-8 and counts the runs of digits. Prints
`files numbers`.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}
DIGITS = re.compile(r"\d+")


def scan(root: Path) -> tuple[int, int]:
    files = numbers = 0
    for path in sorted(root.rglob("*")):
        if path.suffix.lower() not in SUFFIXES or any(p.startswith(".") for p in path.relative_to(root).parts):
            continue
        if not path.is_file():
            continue
        text = path.read_bytes().decode("utf-8", errors="replace")
        files += 1
        numbers += sum(1 for _ in DIGITS.finditer(text))
    return files, numbers


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: baseline_scan.py DIR", file=sys.stderr)
        return 2
    files, numbers = scan(Path(args[0]))
    print(f"{files} {numbers}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
