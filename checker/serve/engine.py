"""The engine both long-running front ends share (`factlint serve`, `factlint lsp`).

It loads the configuration, rule packs and lexicons once and runs the same
stages as `factlint check` on articles that arrive as strings instead of
files: the same `analyze_document`, `check`, inline suppressions, baseline and
JSON report, so a finding here is byte for byte the CLI's. Nothing heavy is
imported here (no web or LSP framework): it is importable from both.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from checker.check.fx import reference_rates
from checker.config import Settings, load_settings
from checker.ledger.store import Ledger, absolute
from checker.models import ClaimSet, Document
from checker.pipeline import Analysis, Knowledge, analyze_document, check, load_knowledge, select_rules
from checker.read.files import guess_language
from checker.read.frontmatter import parse_front_matter
from checker.report.json import claims_json, findings_json, summary
from checker.suppress import apply_baseline, apply_inline


class ArticleError(ValueError):
    """An article that cannot be read (a bad front-matter date, an empty text): a client's mistake."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def document_from_text(
    text: str, path: str, *, published: dt.date | None = None, language: str | None = None, outlet: str | None = None
) -> Document:
    """A Document for a text that never was a file, read the way `read_document` reads a file:
    front matter for what the caller did not give, the language guessed from the text, and today
    assumed (with a note) when there is no publication date."""
    if not text.strip():
        raise ArticleError("text", "empty article")
    if "\x00" in text:
        raise ArticleError("text", "NUL characters: not an article")
    front, body_start = parse_front_matter(text)
    if "published_error" in front and published is None:
        raise ArticleError("text", f"front matter: bad date {front['published_error']!r}")
    notes: list[str] = []
    published = published or front.get("published")  # type: ignore[assignment]
    assumed = published is None
    if assumed:
        published = dt.date.today()
        notes.append(f"no publication date given: assumed today ({published})")
    language = language or front.get("language") or guess_language(text[body_start:])  # type: ignore[assignment]
    return Document(
        path=path,
        text=text,
        published=published,
        language=str(language),
        outlet=outlet or front.get("outlet"),
        notes=notes,
        body_start=body_start,
        published_assumed=assumed,
    )


@dataclass
class Checked:
    """One check's outcome: what `factlint check` would have reported, and what it rests on."""

    findings: list
    passed: list | None
    claimsets: list[ClaimSet]
    knowledge: Knowledge
    lang: str

    def json(self, show_passed: bool = False) -> str:
        claims = sum(len(cs.claims) for cs in self.claimsets)
        return findings_json(
            self.findings, summary(self.findings, len(self.claimsets), claims), self.passed if show_passed else None
        )


@dataclass
class Engine:
    """Settings and knowledge, loaded once; every check reuses them (they are only read)."""

    settings: Settings
    knowledge: Knowledge
    ledger: Path | None = None
    facts: Path | None = None

    @classmethod
    def load(
        cls,
        *,
        config: Path | None = None,
        root: Path | str = ".",
        rule_dirs: list[Path] | None = None,
        lang: str | None = None,
        ledger: Path | None = None,
        facts: Path | None = None,
        create_ledger: bool = False,
    ) -> Engine:
        """As `factlint check` would set itself up for articles under `root` (configuration found upward)."""
        settings = load_settings(config, [str(root)])
        if lang:
            settings.lang = lang
        knowledge = load_knowledge([*settings.rules, *(rule_dirs or [])], settings.rule_overrides())
        knowledge = select_rules(knowledge, settings)
        engine = cls(settings, knowledge, ledger or settings.ledger, facts or settings.facts)
        if engine.ledger is not None and create_ledger:
            Ledger.open(engine.ledger).close()
        return engine

    def warm(self) -> None:
        """Load what the first check would otherwise pay for: the reference exchange rates."""
        reference_rates()

    @property
    def metric_types(self) -> dict[str, str]:
        return {m.id: m.type for m in self.knowledge.lexicon.metrics.values()}

    def analyze(self, document: Document) -> ClaimSet:
        return analyze_document(
            document, self.knowledge.lexicon, self.settings.approximately, self.settings.currencies()
        )

    def check(
        self,
        documents: list[Document],
        *,
        show_passed: bool = False,
        lang: str | None = None,
        use_ledger: bool = True,
        claimsets: list[ClaimSet] | None = None,
    ) -> Checked:
        """`factlint check` on these documents (checked together, as files named on one command line)."""
        if claimsets is None:
            claimsets = [self.analyze(d) for d in documents]
        analysis = Analysis(claimsets=claimsets)
        lang = lang or self.settings.lang
        ledger = self.ledger if use_ledger else None
        result = check(
            analysis,
            self.knowledge,
            lang=lang,
            show_passed=show_passed,
            severity_overrides=self.settings.severity,
            ledger=ledger,
            facts=self.facts,
        )
        findings = apply_inline(
            result.findings,
            claimsets,
            self.knowledge.rules.codes,
            rules=self.knowledge.rules,
            lang=lang,
            overrides=self.settings.severity,
        )
        if self.settings.baseline:
            findings = apply_baseline(self.settings.baseline, findings, claimsets)
        return Checked(findings, result.passed, claimsets, self.knowledge, lang)

    def claims_json(self, documents: list[Document]) -> str:
        return claims_json([c for d in documents for c in self.analyze(d).claims])

    # -- the ledger of published articles ----------------------------------------

    def _ledger(self):
        if self.ledger is None:
            raise LookupError("no ledger configured (start with --ledger FILE)")
        return Ledger.open(self.ledger, must_exist=True)

    def put_article(self, document: Document) -> tuple[str, int]:
        """Add or replace a published article; "added", "replaced" or "unchanged", and its claim count."""
        claimset = self.analyze(document)
        with self._ledger() as store:
            return store.add(claimset, self.metric_types), len(claimset.claims)

    def delete_article(self, path: str) -> int:
        with self._ledger() as store:
            return store.remove(path)

    def article_info(self, path: str) -> dict | None:
        with self._ledger() as store:
            row = store.conn.execute(
                "SELECT published, language, outlet, claim_count, sha256 FROM documents WHERE path = ?",
                (absolute(path),),
            ).fetchone()
        if row is None:
            return None
        published, language, outlet, claims, digest = row
        return {"published": published, "language": language, "outlet": outlet, "claims": claims, "sha256": digest}

    def ledger_stats(self) -> dict:
        with self._ledger() as store:
            stats = store.stats()
        return {
            "path": str(stats.path),
            "schema": stats.schema,
            "articles": stats.articles,
            "claims": stats.claims,
            "keys": stats.keys,
            "size": stats.size,
        }
