"""Bytes → text: UTF-8 first, byte-order marks honoured, anything else detected by charset-normalizer.

A file that is not UTF-8 is read with a note on stderr naming the encoding that was used, so a
newsroom sees when an old CP949 or Windows-1252 export slipped in.
"""

from __future__ import annotations

import codecs
import functools
import re
import tomllib

from checker.errors import InputError
from checker.folders import builtin_rules_dir

_BINARY_SNIFF = 8192
_BOMS = (  # longest first: the UTF-32 LE mark begins with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# What a detector may call a Korean encoding: all are read as CP949, EUC-KR's superset.
_KOREAN = {"euc_kr", "cp949", "iso2022_kr", "johab", "uhc", "ks_c_5601_1987"}
_NAMES = {
    "cp949": "CP949/EUC-KR",
    "cp1252": "Windows-1252",
    "utf_16": "UTF-16",
    "utf_32": "UTF-32",
    "latin_1": "ISO-8859-1",
}


def _label(encoding: str) -> str:
    return _NAMES.get(encoding, encoding.upper().replace("_", "-"))


# A language's own letters are its `[link.script_letters]` table (rules/lang/<code>.toml). The read stage
# comes before the language layer (checker/extract/lang.py), and validating every file would cost a cold
# run tens of milliseconds, so only that table is read here, once per process.
_SCRIPT_TABLE = "[link.script_letters]"


@functools.cache
def script_letters() -> dict[str, re.Pattern[str]]:
    """Each language with letters of its own (`ko`: Hangul) → a pattern of one of them."""
    found = {}
    for path in sorted((builtin_rules_dir() / "lang").glob("*.toml")):
        content = path.read_text(encoding="utf-8")
        start = content.find(f"\n{_SCRIPT_TABLE}\n")
        if start < 0:
            continue
        end = content.find("\n[", start + len(_SCRIPT_TABLE) + 2)
        try:
            words = tomllib.loads(content[start : end if end >= 0 else None]).get("link", {})
            ranges = "".join(words.get("script_letters", {}).get("words", []))
        except tomllib.TOMLDecodeError:  # (the language layer names a broken file when it loads it)
            continue
        if ranges:
            found[path.stem] = re.compile(f"[{ranges}]")
    return found


def script_share(text: str, language: str) -> float:
    """The share of the letters of `text` (its first 4000 characters) that are `language`'s own."""
    sample = text[:4000]
    letters = sum(1 for ch in sample if ch.isalpha())
    own = script_letters().get(language)
    return len(own.findall(sample)) / max(1, letters) if own else 0.0


def _common_korean(text: str) -> bool:
    """Whether the Korean letters CP949 read are mostly the common ones of EUC-KR (KS X 1001, both
    bytes 0xA1 or above). Latin-1 text read as CP949 (`Å` or `°` before an ASCII letter) gives only
    letters of the extension CP949 adds, whose second byte is that ASCII letter; Korean copy
    almost never uses them."""
    own = script_letters().get("ko")
    letters = own.findall(text[:4000]) if own else []
    common = sum(1 for ch in letters if min(ch.encode("cp949", "replace")) >= 0xA1)
    return common * 2 >= len(letters)


def _mostly_latin(text: str) -> bool:
    """English or Western European text: letters are overwhelmingly ASCII."""
    letters = [ch for ch in text if ch.isalpha()]
    accented = sum(1 for ch in letters if not ch.isascii())
    return bool(letters) and accented / len(letters) < 0.3


def decode(path: str, data: bytes) -> tuple[str, str, list[str]]:
    """Text, encoding name and notes; raises InputError naming the file (and line) otherwise."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                label = _label(encoding.replace("-", "_"))
                raise InputError(
                    path, f"not UTF-8, and not valid {label} after its byte-order mark (byte {exc.start})"
                ) from None
            if not text.strip():
                raise InputError(path, "empty file")
            if encoding == "utf-8-sig":
                return text, "utf-8", []
            name = _label(encoding.replace("-", "_"))
            return text, encoding, [f"decoded as {name} (byte-order mark)"]
    if not data.strip():
        raise InputError(path, "empty file")
    if b"\x00" in data[:_BINARY_SNIFF]:
        raise InputError(path, "binary file (NUL bytes), not an article")
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as exc:
        utf8_error = exc
    # Korean archives first (as before): CP949 decodes them exactly, and a detector guessing
    # among Korean code pages on short texts gains nothing.
    try:
        text = data.decode("cp949")
        if script_share(text, "ko") > 0.2 and _common_korean(text):
            return text, "cp949", ["decoded as CP949/EUC-KR (not UTF-8)"]
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only for files that are not UTF-8

    matches = from_bytes(data)
    best = matches.best()
    if any("cp1252" in m.could_be_from_charset for m in matches) and _mostly_latin(data.decode("cp1252", "replace")):
        # Short Western texts are ambiguous between a dozen code pages; a newsroom's is Windows-1252.
        return data.decode("cp1252", "replace"), "cp1252", ["decoded as Windows-1252 (not UTF-8; detected)"]
    if best is None or best.encoding is None:
        line = data[: utf8_error.start].count(b"\n") + 1
        raise InputError(path, f"not UTF-8 and no text encoding detected (byte {utf8_error.start})", line)
    encoding = "cp949" if best.encoding in _KOREAN else best.encoding
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        line = data[: utf8_error.start].count(b"\n") + 1
        raise InputError(
            path, f"not UTF-8 and not readable as {_label(encoding)} (byte {utf8_error.start})", line
        ) from None
    return text, encoding, [f"decoded as {_label(encoding)} (not UTF-8; detected)"]
