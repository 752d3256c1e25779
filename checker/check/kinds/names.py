"""One person or outlet written two ways: a warning within an article, at most
info across outlets (house styles differ)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Literal

from checker.check.base import CheckKind, Context, Draft, KindParams, Ref
from checker.models import ClaimSet, NameMention


class NamesParams(KindParams):
    check: Literal["article", "across"] = "article"


def _form(name: NameMention) -> str:
    return "".join(name.text.split())  # without its spaces


def _spelled_out(name: NameMention) -> bool:
    """Abbreviations (`NYT`, `BBC`) and Latin forms are not spellings of the Korean name."""
    return not name.text.isascii()


class Names(CheckKind):
    name = "names"
    Params = NamesParams

    def run_document(self, claimset: ClaimSet, params: NamesParams, ctx: Context) -> Iterable[Draft]:
        if params.check != "article":
            return
        document = claimset.document
        by_key: dict[str, dict[str, NameMention]] = {}
        for name in claimset.names:
            if _spelled_out(name):
                by_key.setdefault(name.key, {}).setdefault(_form(name), name)
        for key, forms in by_key.items():
            if len(forms) < 2:
                continue
            first, *others = forms.values()
            for other in others:
                fields = {"name": first.text, "first": first.text, "second": other.text}  # the name as written first
                yield Draft(Ref(document, other.start, other.end, f"written `{other.text}` here"), fields,
                            {"key": key, "forms": list(forms)},
                            related=[Ref(document, first.start, first.end, f"`{first.text}`")])

    def run_corpus(self, claimsets: list[ClaimSet], params: NamesParams, ctx: Context) -> Iterable[Draft]:
        if params.check != "across":
            return
        seen: dict[str, dict[str, tuple[ClaimSet, NameMention]]] = {}
        # Earliest publication first: the later article's spelling is the one reported.
        ordered = sorted(claimsets, key=lambda cs: (cs.document.published or dt.date.min, cs.document.path))
        for claimset in ordered:
            for name in claimset.names:
                if name.kind == "outlet" and _spelled_out(name):
                    seen.setdefault(name.key, {}).setdefault(_form(name), (claimset, name))
        for key, forms in seen.items():
            if len(forms) < 2:
                continue
            (first_set, first), *others = forms.values()
            for other_set, other in others:
                if other_set is first_set:
                    continue  # within one article the `article` check reports it
                fields = {"name": first.text, "first": first.text, "second": other.text}  # the name as written first
                yield Draft(Ref(other_set.document, other.start, other.end, f"`{other.text}`"), fields,
                            {"key": key, "forms": list(forms)},
                            related=[Ref(first_set.document, first.start, first.end, f"`{first.text}`")])
