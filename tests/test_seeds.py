"""What the seed articles must give (issues 2 and 3)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
EXPECTED = json.loads((ROOT / "tests" / "fixtures" / "seed_claims.json").read_text(encoding="utf-8"))


def factlint(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "checker", *args], capture_output=True, text=True, cwd=ROOT)


@pytest.fixture(scope="module")
def claims_json():
    run = factlint("claims", "seeds", "--format", "json")
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)["claims"]


@pytest.fixture(scope="module")
def check_json():
    run = factlint("check", "seeds", "--format", "json", "--show-passed")
    assert run.returncode == 1, run.stderr
    return json.loads(run.stdout)


def test_seed_files_are_byte_for_byte_copies():
    shared = ROOT.parent / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    for path in shared.iterdir():
        assert (SEEDS / path.name).read_bytes() == path.read_bytes(), path.name


def test_claims_follow_the_json_contract(claims_json):
    required = {
        "path",
        "start",
        "end",
        "line",
        "column",
        "text",
        "kind",
        "value",
        "low",
        "high",
        "unit",
        "qualifier",
        "entities",
        "metric",
        "period",
        "converts",
        "change_of",
        "compared_to",
    }
    texts = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for claim in claims_json:
        assert required <= claim.keys()
        text = texts[Path(claim["path"]).name]
        assert text[claim["start"] : claim["end"]] == claim["text"]
        line = text.count("\n", 0, claim["start"]) + 1
        assert claim["line"] == line


@pytest.mark.parametrize("expected", EXPECTED, ids=[f"{e['file'][:3]}:{e['text']}#{e.get('nth', 0)}" for e in EXPECTED])
def test_seed_claim(claims_json, expected):
    matches = [c for c in claims_json if c["path"].endswith(expected["file"]) and c["text"] == expected["text"]]
    claim = matches[expected.get("nth", 0)]
    by_id = {c["id"]: c for c in claims_json}
    for field, value in expected["fields"].items():
        assert claim[field] == (pytest.approx(value) if isinstance(value, float) else value), field
    for relation, target_text in expected.get("relations", {}).items():
        assert claim[relation] is not None, relation
        assert by_id[claim[relation]]["text"] == target_text


def test_exactly_one_error_the_moonshot_dates(check_json):
    errors = [f for f in check_json["findings"] if f["severity"] == "error"]
    assert len(errors) == 1
    error = errors[0]
    assert error["rule"] == "F401"
    texts = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    primary, related = error["location"], error["related"][0]
    assert primary["path"].endswith("000_b40a4aa8a1e3a9d9.txt")
    assert texts["000_b40a4aa8a1e3a9d9.txt"][primary["start"] : primary["end"]] == "2월"
    assert related["path"].endswith("001_5001ef546efcbddf.txt")
    assert texts["001_5001ef546efcbddf.txt"][related["start"] : related["end"]] == "지난 5월"
    assert "February 2024" in " ".join(error["notes"]) and "May 2024" in " ".join(error["notes"])


def test_the_capex_arithmetic_checks_out(check_json):
    passed = {(p["rule"], Path(p["location"]["path"]).name[:3]) for p in check_json["passed"]}
    assert ("F302", "000") in passed  # 230 + 230 + 42 ≈ 500억 위안
    assert ("F303", "000") in passed  # 230/2.23 + 230/2.76 + 42/1.04 ≈ 230억 위안
    assert ("F304", "000") in passed  # 500/230 ≈ 2.17: 두 배
    assert ("F304", "004") in passed  # 2배 이상
    rates = [p["message"] for p in check_json["passed"] if p["rule"] == "F202"]
    # `1 USD = 1,331.2원`: the base currency and its price in the article's notation.
    assert all(
        any(re.search(pair, m) for m in rates)
        for pair in (r"1 USD = [\d,.–]+원", r"1 CNY = [\d,.–]+원", r"1 USD = [\d,.–]+ 위안")
    )


def test_what_is_at_most_info_or_warning(check_json):
    by_rule = {f["rule"]: f["severity"] for f in check_json["findings"]}
    assert by_rule.get("F901") == "warning"  # 파텔 / 패텔(Patel)
    assert by_rule.get("F902") == "info"  # house styles of the Financial Times
    assert "F201" not in by_rule  # two slightly different KRW/CNY rates in 000 overlap


def test_text_output_reads_like_a_compiler(check_json):
    run = factlint("check", "seeds")
    assert run.returncode == 1
    out = run.stdout
    assert "error[F401]" in out and "--> seeds/000_b40a4aa8a1e3a9d9.txt:21:1" in out
    assert "::: seeds/001_5001ef546efcbddf.txt:15:" in out
    assert "^^^ February 2024" in out
    assert out.rstrip().endswith("in 5 articles checked.")
