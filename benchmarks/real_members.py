"""Relation members of the real-article development corpus, extracted with the right value.

For every member of every relation in `../shared/corpus/real/relations.toml` (format in
`../shared/corpus/FORMAT.md`), the member's text is located in its article and the extracted
mention there is compared with the member: a member counts as read when a mention covers it,
writes no other digits (`245억원` read out of `337조3천245억원` is a miss), and states the value
the member's text states when read by itself. A range counts when one of its ends holds that value;
a time expression (`5월`, `8개월 만에`) counts when a time reference covers it.

    python benchmarks/real_members.py [CORPUS_DIR] [--misses]

The corpus stays in ../shared: this script reads it and prints figures and misses, nothing more.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checker.extract import extract  # noqa: E402
from checker.extract.quantities import patterns, scan  # noqa: E402
from checker.models import Document  # noqa: E402
from checker.read.files import read_paths  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "corpus" / "real"
_DIGITS = re.compile(r"\d")
# digits joined to a word by a hyphen are part of a name (`41 COVID-19 deaths`), not of the number
_NAME_DIGITS = re.compile(r"(?<=[A-Za-z]-)\d+")


def _locate(body: str, member) -> tuple[str, int] | None:
    text = member if isinstance(member, str) else member["text"]
    context = None if isinstance(member, str) else member.get("context")
    if context:
        at = body.find(context)
        if at < 0:
            return None
        inner = context.find(text)
        return (text, at + inner) if inner >= 0 else None
    at = body.find(text)
    return (text, at) if at >= 0 else None


def _standalone(text: str, language: str, grouped: bool):
    """The member read by itself, with its article's digit grouping (`2,41,317` in Indian copy); a
    member written without a unit (`74.90`, `4.39 million`) is read with a neutral counter after it.
    Forms the extractor reads only where they count (`a quarter` before `of`, `one` before `each`,
    `1/20` before `수준`) are read in that neutral frame."""
    frames = (" 수준", " 개") if language == "ko" else (" units", " of them", " each")
    for candidate in (text, *(text + frame for frame in frames)):
        mentions, _ = scan(candidate, language=language, grouped=grouped)
        if mentions:
            return mentions[0].quantity
    return None


def _grouped(doc: Document) -> bool:
    """Whether the article groups digits its own way (a cue of the language's digit grouping)."""
    cue = patterns(doc.language).grouping_cue
    return bool(cue and cue.search(doc.text))


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def judge(doc: Document, extraction, text: str, at: int) -> tuple[bool, str]:
    end = at + len(text)
    for ref in extraction.times:
        if ref.start <= at and end <= ref.end:
            return True, "time"
    covering = [m for m in extraction.mentions if m.start < end and at < m.end]
    if not covering:
        return False, "not extracted"
    mention = max(covering, key=lambda m: min(end, m.end) - max(at, m.start))
    own_digits = _DIGITS.findall(_NAME_DIGITS.sub("", mention.text))
    if own_digits != _DIGITS.findall(text) and mention.quantity.kind != "range":
        return False, f"read as {mention.text!r}"
    alone = _standalone(text, doc.language, _grouped(doc))
    q = mention.quantity
    if alone is None:
        return False, f"not read by itself (in the text: {mention.text!r} = {q.value:g} {q.unit})"
    if q.kind == "range" and q.ends:
        ok = any(lo <= alone.value <= hi for lo, hi in q.ends) or _close(q.value, alone.value)
        return ok, "" if ok else f"range {mention.text!r} lacks {alone.value:g}"
    if not _close(q.value, alone.value):
        return False, f"{mention.text!r} = {q.value:g} {q.unit}, by itself {alone.value:g} {alone.unit}"
    if alone.unit != q.unit and q.kind != "count" and alone.kind != "count":
        return False, f"{mention.text!r} in {q.unit}, by itself {alone.unit}"
    return True, ""


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--misses", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    relations = tomllib.loads((args.corpus / "relations.toml").read_text(encoding="utf-8"))["relation"]
    documents, _ = read_paths([str(args.corpus)], manifest=args.corpus / "articles.toml")
    by_file = {}
    for doc in documents:
        rel = Path(doc.path).resolve().relative_to(args.corpus.resolve()).as_posix()
        by_file[rel] = (doc, extract(doc))
    total = read = malformed = 0
    misses: list[str] = []
    by_language: dict[str, list[int]] = {}
    for relation in relations:
        for member in relation["members"]:
            file = member.get("file", relation["file"]) if isinstance(member, dict) else relation["file"]
            if file not in by_file:
                continue
            doc, extraction = by_file[file]
            located = _locate(doc.text, member)
            total += 1
            counts = by_language.setdefault(doc.language, [0, 0])
            counts[1] += 1
            if located is None:
                misses.append(f"{file}: {member!r}: not found in the text")
                continue
            ok, why = judge(doc, extraction, *located)
            if not ok and any(b.start <= located[1] < b.end for b in extraction.malformed):
                malformed += 1
                why = "reported as malformed (F101)"
            if ok:
                read += 1
                counts[0] += 1
            else:
                misses.append(f"{file} [{relation['kind']}]: {located[0]!r}: {why}")
    print(f"relation members read with the right value: {read} of {total} ({read / max(total, 1):.1%})")
    print(f"  of the rest, reported as malformed (F101): {malformed}")
    for language, (ok, n) in sorted(by_language.items()):
        print(f"  {language}: {ok} of {n} ({ok / max(n, 1):.1%})")
    if args.misses:
        for miss in misses:
            print("  miss:", miss)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
