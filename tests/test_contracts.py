"""The stages' contracts (issue 13.1), read from the source with `ast`:

- the report renders what findings carry: it never imports a check kind;
- the ledger and the Dask runner group claims by keys the check stage shares (`checker.check.facts`),
  never by a kind's internals;
- the report, the ledger, the Dask runner and the language server word numbers and periods with
  `checker.wording`, below the stages, never with the check stage's message assembly;
- the check stage takes the link stage's claims: it imports no extractor internals (periods are
  `checker.periods`, shared by every stage) and it reads no article text (no `document.text`, no
  regular expressions in a check kind);
- imports of `checker.*` are made at module level, so import cycles show up at once instead of
  hiding inside functions; the only exceptions load a heavy optional library, each listed below
  with its reason.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

CHECKER = Path(__file__).resolve().parents[1] / "checker"

# (importing module, imported module) → why it is imported inside a function.
FUNCTION_LEVEL_ALLOWED = {
    (
        "checker.serve",
        "checker.serve.app",
    ): "FastAPI and Starlette (the `serve` extra) load only when the service starts; an ImportError there "
    "becomes the `pip install 'factlint[serve]'` hint",
    (
        "checker.lsp",
        "checker.lsp.server",
    ): "pygls and lsprotocol (the `lsp` extra) load only when the language server starts; an ImportError "
    "there becomes the `pip install 'factlint[lsp]'` hint",
}

# What the check stage may take from checker.extract: vocabulary, not the extractor's workings.
EXTRACT_SHARED_FOR_CHECK = {
    ("checker.extract.units", "ISO_CODES"): "the ISO 4217 codes a conversion names (vocabulary)",
    (
        "checker.extract.numerals",
        "parse_numeral",
    ): "a desk's facts file (check/facts_file.py) writes amounts as articles do; it is an input file read "
    "with the one numeral reader, not article text",
    ("checker.extract.numerals", "MalformedNumber"): "the error parse_numeral raises (see parse_numeral)",
    ("checker.extract.units", "registry"): "a facts file's unit is checked against the one unit registry claims "
    "use, where the file is read (a unit it does not know would match no claim)",
    ("checker.extract.units", "base_unit"): "a facts file's unit must be the base unit claims are stated in "
    "(see registry)",
    ("checker.extract.lang", "month_name"): "the English month names the extractor words an impossible date's reason "
    "in (F102), read back to word the reason in Korean (vocabulary, as the ISO codes are)",
}


@dataclass(frozen=True)
class Import:
    module: str  # the importing module
    path: Path
    line: int
    target: str  # the imported module (resolved, absolute)
    name: str | None  # the name imported from it (`from target import name`), or None
    in_function: bool


def module_name(path: Path) -> str:
    parts = list(path.relative_to(CHECKER.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(CHECKER.rglob("*.py"))}


MODULES = modules()


def _resolve(target: str) -> str:
    """`checker.check.kinds.agreement.event_keys` → the module `checker.check.kinds.agreement`."""
    parts = target.split(".")
    while parts and ".".join(parts) not in MODULES:
        parts.pop()
    return ".".join(parts) if parts else target


def imports_of(path: Path) -> list[Import]:
    module = module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    out: list[Import] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import):
                out.extend(Import(module, path, child.lineno, _resolve(a.name), None, in_function) for a in child.names)
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    anchor = package.split(".")[: len(package.split(".")) - (child.level - 1)]
                    base = ".".join(anchor) + (f".{base}" if base else "")
                for alias in child.names:
                    full = f"{base}.{alias.name}"
                    target = full if full in MODULES else base  # `from checker import commands`: a module
                    out.append(
                        Import(
                            module,
                            path,
                            child.lineno,
                            _resolve(target),
                            None if full in MODULES else alias.name,
                            in_function,
                        )
                    )
            visit(child, in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)))

    visit(ast.parse(path.read_text(encoding="utf-8")), False)
    return out


ALL = [imp for path in MODULES.values() for imp in imports_of(path)]
INTERNAL = [imp for imp in ALL if imp.target == "checker" or imp.target.startswith("checker.")]


def _where(imp: Import) -> str:
    return f"{imp.path.relative_to(CHECKER.parent)}:{imp.line} imports {imp.target}" + (
        f".{imp.name}" if imp.name else ""
    )


def _under(module: str, *packages: str) -> bool:
    return any(module == p or module.startswith(p + ".") for p in packages)


def test_the_reader_finds_the_imports_it_checks():
    """A guard for the guard: the parser sees module-level, function-level and relative imports."""
    assert any(i.module == "checker.pipeline" and i.target == "checker.check.engine" for i in INTERNAL)
    assert any(i.in_function for i in INTERNAL), "the allowed function-level imports are still there"
    assert _resolve("checker.check.kinds.agreement.Agreement") == "checker.check.kinds.agreement"


def test_report_does_not_import_check_kinds():
    bad = [
        _where(i) for i in INTERNAL if _under(i.module, "checker.report") and _under(i.target, "checker.check.kinds")
    ]
    assert not bad, "the report renders what findings and their evidence carry:\n" + "\n".join(bad)


# The front ends that run the stages and write reports; everything else is below the report.
FRONT_ENDS = (
    "checker.cli",
    "checker.commands",
    "checker.report",
    "checker.serve",
    "checker.lsp",
    "checker.scale",
    "checker.__main__",
)


def test_nothing_below_the_report_imports_the_report():
    bad = [_where(i) for i in INTERNAL if _under(i.target, "checker.report") and not _under(i.module, *FRONT_ENDS)]
    assert not bad, "the stages hand their models on; only the front ends render:\n" + "\n".join(bad)


def test_the_stages_import_only_earlier_stages():
    """read → extract → link → check: a stage imports no later stage (shared types live in
    checker.models and checker.periods)."""
    order = ["checker.read", "checker.extract", "checker.link", "checker.check"]
    bad = [
        _where(i)
        for i in INTERNAL
        for a, stage in enumerate(order)
        for later in order[a + 1 :]
        if _under(i.module, stage) and _under(i.target, later)
    ]
    assert not bad, "\n".join(bad)


def test_ledger_and_scale_do_not_import_check_kinds():
    bad = [
        _where(i)
        for i in INTERNAL
        if _under(i.module, "checker.ledger", "checker.scale") and _under(i.target, "checker.check.kinds")
    ]
    assert not bad, "group claims by the keys checker.check.facts shares, not a kind's:\n" + "\n".join(bad)


def test_report_ledger_and_scale_word_numbers_without_the_check_stage():
    """Numbers, periods and particles in words are checker.wording (below the stages); the check
    stage's message assembly (checker.check.formatting) is its own."""
    bad = [
        _where(i)
        for i in INTERNAL
        if _under(i.module, "checker.report", "checker.ledger", "checker.scale", "checker.lsp")
        and _under(i.target, "checker.check.formatting")
    ]
    assert not bad, "word numbers with checker.wording, claims and ids with checker.link.words:\n" + "\n".join(bad)


def test_the_wording_module_is_below_the_stages():
    stages = (
        "checker.read",
        "checker.extract",
        "checker.link",
        "checker.check",
        "checker.report",
        "checker.ledger",
        "checker.scale",
        "checker.pipeline",
    )
    bad = [_where(i) for i in INTERNAL if i.module == "checker.wording" and _under(i.target, *stages)]
    assert not bad, "checker.wording takes numbers and periods, never a stage's models or data:\n" + "\n".join(bad)
    assert any(i.module == "checker.wording" for i in INTERNAL), "the guard reads checker/wording.py"


def test_check_does_not_import_extract_internals():
    bad = [
        _where(i)
        for i in INTERNAL
        if _under(i.module, "checker.check")
        and _under(i.target, "checker.extract")
        and (i.target, i.name) not in EXTRACT_SHARED_FOR_CHECK
    ]
    assert not bad, "the check stage takes claims; shared types live in checker.periods, checker.models:\n" + "\n".join(
        bad
    )


def test_only_the_heavy_optional_libraries_are_imported_in_functions():
    bad = [_where(i) for i in INTERNAL if i.in_function and (i.module, i.target) not in FUNCTION_LEVEL_ALLOWED]
    assert not bad, "import at module level (break a cycle by moving the shared piece down):\n" + "\n".join(bad)
    used = {(i.module, i.target) for i in INTERNAL if i.in_function}
    assert set(FUNCTION_LEVEL_ALLOWED) <= used, f"stale exceptions: {set(FUNCTION_LEVEL_ALLOWED) - used}"


def _kind_sources() -> list[Path]:
    return [p for p in sorted((CHECKER / "check" / "kinds").glob("*.py"))]


@pytest.mark.parametrize("path", _kind_sources(), ids=lambda p: p.name)
def test_check_kinds_use_no_regular_expressions(path):
    bad = [_where(i) for i in imports_of(path) if i.target == "re" or i.target.startswith("re.")]
    assert not bad, "a kind that needs words read from the text gets them as claim fields (checker/link/)"


def test_the_check_stage_reads_no_article_text():
    bad = []
    for path in sorted((CHECKER / "check").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            # `document.text`, `claimset.document.text`, `doc.text` …: the text of an article.
            if isinstance(node, ast.Attribute) and node.attr == "text":
                owner = node.value
                name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
                if name in ("document", "doc", "article"):
                    bad.append(f"{path.relative_to(CHECKER.parent)}:{node.lineno}")
    assert not bad, "check kinds do arithmetic on claims; readings of the text belong in checker/link/:\n" + "\n".join(
        bad
    )


def test_every_module_imports_on_its_own():
    """No hidden cycle: each module imports first in a fresh interpreter (cycles fail at import).

    Importing `checker.link.x` first runs `checker/__init__.py` and then `checker/link/__init__.py` in full
    before `x`: when that already loaded `x`, the import of `x` first is the very same sequence as that of its
    package first, so only the package's is run (an exact reduction, not a sample: a module its packages do not
    load is imported first on its own)."""
    import subprocess
    import sys

    names = sorted(m for m in MODULES if m != "checker.__main__")  # (a package sorts before its modules)
    script = (
        "import importlib, sys\nfailed = []\nloaded_by = {}\nrun = 0\n"
        "for name in sys.argv[1:]:\n"
        "    parts = name.split('.')\n"
        "    ancestors = ['.'.join(parts[:i]) for i in range(1, len(parts))]\n"
        "    if any(name in loaded_by.get(a, ()) for a in ancestors):\n"
        "        continue\n"
        "    for loaded in [m for m in sys.modules if m == 'checker' or m.startswith('checker.')]:\n"
        "        del sys.modules[loaded]\n"
        "    run += 1\n"
        "    try:\n        importlib.import_module(name)\n"
        "    except Exception as exc:\n        failed.append(f'{name}: {type(exc).__name__}: {exc}')\n"
        "    loaded_by[name] = {m for m in sys.modules if m == 'checker' or m.startswith('checker.')}\n"
        "print('\\n'.join(failed))\n"
        "print(f'imported first: {run}', file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", script, *names], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "", done.stdout


# A pattern compiled at import costs every cold start its compiling (`re._parser`, `re._compiler` in Python):
# four hundred module-level patterns were 30–40 ms of a one-article check. Compiled with
# `checker.regex_cache.compile_exact` (or `compile_re`) the program is read back from the cache instead.
COMPILED_AT_IMPORT_ALLOWED = {
    "checker.regex_cache": "the cache's own pattern, compiled before the cache can be read",
}


def _module_level_re_compiles(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in tree.body:  # statements at module level (a function's body runs when it is called)
        for inner in ast.walk(node):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                break
            if (
                isinstance(inner, ast.Call)
                and isinstance(inner.func, ast.Attribute)
                and inner.func.attr == "compile"
                and isinstance(inner.func.value, ast.Name)
                and inner.func.value.id == "re"
                and not _inside_a_lambda(node, inner)
            ):
                found.append(inner.lineno)
    return found


def _inside_a_lambda(root: ast.AST, target: ast.AST) -> bool:
    return any(target in ast.walk(lam) for lam in ast.walk(root) if isinstance(lam, ast.Lambda))


def test_patterns_compiled_at_import_come_from_the_cache():
    offenders = [
        f"{path.relative_to(CHECKER.parent)}:{line}"
        for module, path in MODULES.items()
        if module not in COMPILED_AT_IMPORT_ALLOWED
        for line in _module_level_re_compiles(path)
    ]
    assert offenders == [], "compile module-level patterns with checker.regex_cache.compile_exact: " + ", ".join(
        offenders
    )
