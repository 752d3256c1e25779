"""Word documents (.docx) through python-docx, imported only when such a file is read.

The article's text is its paragraphs, one per line, so a span's line is its paragraph.
"""

from __future__ import annotations

import io

from checker.errors import InputError


def docx_text(path: str, data: bytes) -> tuple[str, dict[str, object]]:
    """The paragraphs' text (one per line) and the language of its core properties (a creation date is
    not a publication date)."""
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError:  # pragma: no cover - a core dependency; only a broken install gets here
        raise InputError(path, "reading .docx needs python-docx (pip install python-docx)") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise InputError(path, f"not a readable .docx file ({type(exc).__name__})") from None
    except Exception as exc:  # zipfile.BadZipFile, lxml errors: a broken file, never a crash
        raise InputError(path, f"not a readable .docx file ({type(exc).__name__})") from None
    text = "\n".join(p.text for p in document.paragraphs)
    meta: dict[str, object] = {}
    props = document.core_properties
    if props.language:
        meta["language"] = props.language.replace("_", "-").split("-")[0].lower()
    return text + "\n", meta
