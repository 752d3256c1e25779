"""An article after the check stage's per-article rules: a stub that places spans and shows lines.

A streamed run (checker/pipeline.py) and the Dask runner drop an article's claims
and text once its per-article rules have run; findings across articles still need
to place their spans (line starts), to word numbers in the article's notation
(language) and to know whether its date was assumed, and a report shows the lines
findings are on. A stub keeps those; its text only where a report will need it
(zlib-compressed): an article with findings of its own, or with `factlint:`
comments. The few others a cross-article finding points at are read again at the
end (`ArticleStub.restore`), and checked against the text's checksum.
"""

from __future__ import annotations

import datetime as dt
import zlib
from array import array
from dataclasses import dataclass

from checker.models import Document


@dataclass(slots=True, eq=False)
class ArticleStub:
    """An article after its per-article rules: what reports and cross-article findings need of it.
    The text is kept zlib-compressed (a report shows the lines its findings are on, inline
    suppressions are read from it) and decompressed only when asked for."""

    path: str
    published: dt.date | None
    published_assumed: bool
    language: str
    outlet: str | None
    encoding: str
    body_start: int
    notes: list[str]
    line_starts: array
    checksum: int  # CRC-32 of the text (UTF-8)
    packed: bytes  # the text, zlib-compressed; empty when it was not kept

    @classmethod
    def of(cls, document: Document, keep_text: bool = True) -> ArticleStub:
        encoded = document.text.encode("utf-8")
        return cls(
            document.path,
            document.published,
            document.published_assumed,
            document.language,
            document.outlet,
            document.encoding,
            document.body_start,
            list(document.notes),
            array("I", document.line_starts),
            zlib.crc32(encoded),
            zlib.compress(encoded, 1) if keep_text else b"",
        )

    @property
    def has_text(self) -> bool:
        return bool(self.packed)

    @property
    def text(self) -> str:
        return zlib.decompress(self.packed).decode("utf-8") if self.packed else ""

    def restore(self, text: str) -> bool:
        """Keep `text` (the article read again) if it is the text the article was checked with;
        a file changed since is not shown (its lines would not be the ones the findings point at)."""
        encoded = text.encode("utf-8")
        if zlib.crc32(encoded) != self.checksum:
            return False
        self.packed = zlib.compress(encoded, 1)
        return True
