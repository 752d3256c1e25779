"""An HTML article's metadata: publication date and language from the page's own tags.

The text itself is not rewritten: tags are masked with spaces where numbers are read
(`checker.read.normalize`), so every span still points into the file as written.
"""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser

_DATE_PROPERTIES = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "dc.date",
    "dc.date.issued",
    "sailthru.date",
    "parsely-pub-date",
)


class _Meta(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.dates: dict[str, str] = {}
        self.time: str | None = None
        self.locale: str | None = None
        self.lang: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "").strip() for k, v in attrs}
        if tag == "html" and a.get("lang"):
            self.lang = a["lang"]
        elif tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key in _DATE_PROPERTIES and a.get("content"):
                self.dates.setdefault(key, a["content"])
            elif key == "og:locale" and a.get("content"):
                self.locale = a["content"]
        elif tag == "time" and self.time is None and a.get("datetime"):
            self.time = a["datetime"]


def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def html_metadata(text: str) -> dict[str, object]:
    """`published` (a date) and `language` (`ko`, `en` …) where the page states them."""
    parser = _Meta()
    try:
        parser.feed(text)
        parser.close()
    except Exception:  # a page too broken to parse still has its text checked
        return {}
    meta: dict[str, object] = {}
    for key in _DATE_PROPERTIES:
        if key in parser.dates and (date := _date(parser.dates[key])):
            meta["published"] = date
            break
    else:
        if parser.time and (date := _date(parser.time)):
            meta["published"] = date
    language = parser.locale or parser.lang
    if language:
        meta["language"] = language.replace("_", "-").split("-")[0].lower()
    return meta
