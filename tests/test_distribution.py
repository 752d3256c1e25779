"""Honest distribution: the wheel built from this checkout works on its own, and the README's
pre-commit configuration works as written."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(*args, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, **kw)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # pip builds in an isolated environment (setuptools from the index); build/ is git-ignored.
    built = run(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", out, ROOT)
    assert built.returncode == 0, built.stderr
    wheels = list(out.glob("factlint-*.whl"))
    assert len(wheels) == 1
    return wheels[0]


def test_wheel_carries_rules_lexicons_and_templates(wheel):
    import zipfile

    names = set(zipfile.ZipFile(wheel).namelist())
    for folder, pattern in (
        ("rules/packs", "*.toml"),
        ("rules/lexicon", "*.toml"),
        ("checker/report/templates", "*.j2"),
    ):
        for path in (ROOT / folder).glob(pattern):
            shipped = str(path.relative_to(ROOT)).replace("rules/", "checker_rules/", 1)
            assert shipped in names, f"{shipped} missing from the wheel"
    for path in (ROOT / "checker").rglob("*.py"):
        assert str(path.relative_to(ROOT)) in names, f"{path.relative_to(ROOT)} missing from the wheel"


def test_wheel_runs_factlint_check_seeds_from_a_fresh_venv(wheel, tmp_path):
    venv = tmp_path / "venv"
    made = run(sys.executable, "-m", "venv", "--without-pip", venv)
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    # The dependencies come from the test environment (a path, not a site dir: its editable
    # install of factlint is not activated); factlint itself only from the wheel.
    site = Path(run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").stdout.strip())
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    installed = run(sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps", wheel)
    assert installed.returncode == 0, installed.stderr
    where = run(
        python, "-c", "import checker, checker_rules; print(checker.__file__, checker_rules.__file__)", cwd=tmp_path
    )
    assert where.stdout.count(str(site)) == 2, where.stdout + where.stderr
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "NO_COLOR", "FORCE_COLOR")}
    checked = run(venv / "bin" / "factlint", "check", ROOT / "seeds", cwd=tmp_path, env=env)
    assert checked.returncode == 1, checked.stderr  # the seeds' F401 is an error
    assert "error[F401]" in checked.stdout
    assert re.search(r"Found 1 error, 1 warning, 2 infos in 5 articles checked", checked.stdout)
    version = run(venv / "bin" / "factlint", "--version", cwd=tmp_path, env=env)
    assert version.stdout.startswith("factlint ")
    html = run(
        venv / "bin" / "factlint",
        "check",
        ROOT / "seeds",
        "--format",
        "html",
        "-o",
        tmp_path / "r.html",
        cwd=tmp_path,
        env=env,
    )
    assert html.returncode == 1 and "<mark" in (tmp_path / "r.html").read_text(encoding="utf-8")


def _readme_block(after: str, lang: str) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index(after)
    match = re.compile(rf"```{lang}\n(.*?)```", re.S).search(readme, start)
    assert match, f"no {lang} block after {after!r}"
    return match.group(1)


def test_readme_pre_commit_configuration_works_as_written(tmp_path):
    config = _readme_block("### pre-commit", "yaml")
    repo = tmp_path / "newsroom"
    repo.mkdir()
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")},
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
        "GIT_CONFIG_GLOBAL": str(tmp_path / "gitconfig"),
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    git = lambda *a: run("git", *a, cwd=repo, env=env)  # noqa: E731
    assert git("init", "-q").returncode == 0
    git("config", "user.email", "desk@example.org")
    git("config", "user.name", "desk")
    (repo / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    (repo / "draft.md").write_text(
        "---\npublished: 2024-08-27\n---\n"
        "삼성전자의 올해 상반기 영업이익은 230억 달러로 "
        "전년 동기 100억 달러보다 50% 증가했다.\n",
        encoding="utf-8",
    )
    git("add", ".")
    hook = run(sys.executable, "-m", "pre_commit", "run", "--all-files", cwd=repo, env=env)
    assert hook.returncode == 1, hook.stdout + hook.stderr
    assert "factlint" in hook.stdout and "Failed" in hook.stdout and "F301" in hook.stdout
    (repo / "draft.md").write_text(
        "---\npublished: 2024-08-27\n---\n"
        "삼성전자의 올해 상반기 영업이익은 230억 달러로 "
        "전년 동기 100억 달러보다 130% 증가했다.\n",
        encoding="utf-8",
    )
    git("add", ".")
    hook = run(sys.executable, "-m", "pre_commit", "run", "--all-files", cwd=repo, env=env)
    assert hook.returncode == 0, hook.stdout + hook.stderr
    assert "Passed" in hook.stdout
