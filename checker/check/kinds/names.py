"""One person or outlet written two ways: a warning within an article, at most
info across outlets (house styles differ)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from checker.check.base import CheckKind, Context, Draft, KindParams, Ref
from checker.check.entries import NameEntry
from checker.models import ClaimSet, NameMention


class NamesParams(KindParams):
    check: Literal["article", "across"] = "article"


def _form(name: NameMention | NameEntry) -> str:
    return "".join(name.text.split())  # without its spaces


def _spelled_out(name: NameMention | NameEntry) -> bool:
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
                yield Draft(
                    Ref(document, other.start, other.end, f"written `{other.text}` here"),
                    fields,
                    {"key": key, "forms": list(forms)},
                    related=[Ref(document, first.start, first.end, f"`{first.text}`")],
                )

    groupings = ("names",)

    def grouping(self, params: NamesParams) -> str | None:
        return "names" if params.check == "across" else None

    def entries(self, claimset: ClaimSet, grouping: str, ctx: Context) -> Iterable[tuple[str, NameEntry]]:
        document = claimset.document
        for seq, name in enumerate(claimset.names):
            if name.kind == "outlet" and _spelled_out(name):
                yield name.key, NameEntry.of(name, document.path, document.published, seq)

    def run_group(self, key: str, entries: list[NameEntry], params: NamesParams, ctx: Context) -> Iterable[Draft]:
        forms: dict[str, NameEntry] = {}
        # Earliest publication first: the later article's spelling is the one reported.
        for name in sorted(entries, key=lambda n: n.order):
            forms.setdefault(_form(name), name)
        if len(forms) < 2:
            return
        first, *others = forms.values()
        for other in others:
            if other.path == first.path:
                continue  # within one article the `article` check reports it
            fields = {"name": first.text, "first": first.text, "second": other.text}  # as written first
            yield Draft(
                Ref(ctx.documents[other.path], other.start, other.end, f"`{other.text}`"),
                fields,
                {"key": key, "forms": list(forms)},
                related=[Ref(ctx.documents[first.path], first.start, first.end, f"`{first.text}`")],
            )
