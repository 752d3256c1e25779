"""`factlint serve` over real HTTP: a server on a loopback port, talked to with httpx.

Every server here binds 127.0.0.1 only, every request loop is bounded in count,
every wait is bounded in time (a hung server fails the test instead of hanging
the suite), and nothing asserts how fast anything is.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
import tomllib
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import pytest

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
WAIT = 120  # seconds: only a bound against a hang

GROWTH_WRONG = "삼성전자의 올해 상반기 영업이익은 230억 달러로 전년 동기 100억 달러보다 50% 증가했다.\n"
EARLIER = "텐센트의 올해 상반기 자본 지출은 230억 위안으로 집계됐다.\n"
LATER = "업계에 따르면 텐센트의 올해 상반기 자본 지출은 320억 위안이었다.\n"


@contextmanager
def serving(*args: str, cwd: Path = ROOT, env: dict | None = None):
    """Start `factlint serve` on a free loopback port; yield its base URL; stop it. The time limit of a request is
    WAIT unless the test sets its own: a loaded CI machine must not turn a functional test into a 503."""
    limit = () if "--timeout" in args else ("--timeout", str(WAIT))
    proc = subprocess.Popen(
        [sys.executable, "-m", "checker", "serve", "--host", "127.0.0.1", "--port", "0", *limit, *args],
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **(env or {})},
    )
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stderr], daemon=True).start()
    try:
        while True:
            try:
                line = lines.get(timeout=WAIT)
            except queue.Empty:
                pytest.fail("the server did not start")
            if "listening on " in line:
                url = line.split("listening on ", 1)[1].split()[0]
                assert url.startswith("http://127.0.0.1:")
                break
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=30)


def _seed_articles() -> list[dict]:
    manifest = tomllib.loads((SEEDS / "articles.toml").read_text(encoding="utf-8"))
    return [
        {
            "id": f"seeds/{entry['file']}",
            "text": (SEEDS / entry["file"]).read_text(encoding="utf-8"),
            "published": entry["published"].isoformat(),
            "language": entry["language"],
            "outlet": entry["outlet"],
        }
        for entry in manifest["article"]
    ]


def _cli_json(*args: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "checker", "check", *args, "--format", "json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=WAIT,
    )
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)


def test_seed_findings_equal_the_cli():
    articles = _seed_articles()
    with serving() as url, httpx.Client(base_url=url, timeout=WAIT) as client:
        assert client.get("/healthz").json()["status"] == "ok"
        # All the seeds checked together, as `factlint check seeds`: cross-article findings included.
        response = client.post("/v1/check", json={"articles": articles})
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("application/json")
        assert response.json() == _cli_json("seeds")
        # One article alone, as `factlint check FILE`.
        one = articles[0]
        response = client.post("/v1/check", json=one)
        assert response.json() == _cli_json(one["id"])
        # Passed relations on request, as --show-passed.
        response = client.post("/v1/check", json={**one, "show_passed": True})
        assert response.json() == _cli_json(one["id"], "--show-passed")
        # Claims, as `factlint claims --format json`.
        claims = subprocess.run(
            [sys.executable, "-m", "checker", "claims", one["id"], "--format", "json"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=WAIT,
        )
        assert client.post("/v1/claims", json=one).json() == json.loads(claims.stdout)
        # A suggested fix carries the number's location, as in the CLI's JSON.
        text = "한빛전자의 올해 매출은 180억 달러로 전년 120억 달러보다 25% 증가했다."
        response = client.post("/v1/check", json={"id": "own.md", "text": text, "published": "2024-08-27"})
        suggestion = response.json()["findings"][0]["suggestions"][0]
        at = suggestion["location"]
        assert (at["path"], text[at["start"] : at["end"]]) == ("own.md", suggestion["original"])


def test_rules_health_and_openapi():
    with serving() as url, httpx.Client(base_url=url, timeout=WAIT) as client:
        rules = client.get("/v1/rules").json()["rules"]
        listed = subprocess.run(
            [sys.executable, "-m", "checker", "rules", "--format", "json"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=WAIT,
        )
        assert rules == json.loads(listed.stdout)["rules"]
        rule = client.get("/v1/rules/f302").json()
        assert rule["code"] == "F302" and rule["example"]
        missing = client.get("/v1/rules/F999")
        assert missing.status_code == 404 and "F999" in missing.json()["error"]
        assert client.get("/nowhere").status_code == 404
        paths = client.get("/openapi.json").json()["paths"]
        assert {
            "/v1/check",
            "/v1/claims",
            "/v1/rules",
            "/v1/rules/{code}",
            "/healthz",
            "/v1/articles/{article_id}",
        } <= set(paths)
        assert client.get("/docs").status_code == 200


def test_ledger_check_put_delete(tmp_path):
    ledger = tmp_path / "claims.sqlite3"
    seed_000, seed_001 = "seeds/000_b40a4aa8a1e3a9d9.txt", "seeds/001_5001ef546efcbddf.txt"
    added = subprocess.run(
        [sys.executable, "-m", "checker", "ledger", "add", seed_001, "--ledger", str(ledger)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=WAIT,
    )
    assert added.returncode == 0, added.stderr
    draft = next(a for a in _seed_articles() if a["id"] == seed_000)
    with serving("--ledger", str(ledger)) as url, httpx.Client(base_url=url, timeout=WAIT) as client:
        # The draft against everything published: what `factlint check FILE --ledger` says.
        response = client.post("/v1/check", json=draft)
        expected = _cli_json(seed_000, "--ledger", str(ledger))
        assert response.json() == expected
        assert any(f["rule"] == "F401" for f in expected["findings"])

        # PUT adds (201), the same PUT again changes nothing (200, idempotent), a new text replaces.
        body = {"text": EARLIER, "published": "2024-08-20"}
        first = client.put("/v1/articles/tencent-capex", json=body)
        assert first.status_code == 201 and first.json()["status"] == "added"
        again = client.put("/v1/articles/tencent-capex", json=body)
        assert again.status_code == 200 and again.json()["status"] == "unchanged"
        assert client.get("/v1/articles/tencent-capex").json()["published"] == "2024-08-20"

        later = {"text": LATER, "published": "2024-08-27", "id": "draft.md"}
        conflicts = [f for f in client.post("/v1/check", json=later).json()["findings"] if f["rule"] == "F402"]
        assert conflicts and conflicts[0]["related"][0]["path"] == "tencent-capex"
        assert conflicts[0]["related"][0]["snippet"].strip() == EARLIER.strip()

        replaced = client.put("/v1/articles/tencent-capex", json={**body, "text": LATER})
        assert replaced.json()["status"] == "replaced"
        assert not [f for f in client.post("/v1/check", json=later).json()["findings"] if f["rule"] == "F402"]

        assert client.delete("/v1/articles/tencent-capex").json()["removed"] == 1
        assert client.delete("/v1/articles/tencent-capex").status_code == 404
        assert client.get("/v1/articles/tencent-capex").status_code == 404
        bad = client.put("/v1/articles/..%2Fescape", json=body)
        assert bad.status_code in (404, 422)
        assert client.get("/v1/ledger").json()["articles"] == 1


def test_without_a_ledger_the_ledger_endpoints_say_so():
    with serving() as url, httpx.Client(base_url=url, timeout=WAIT) as client:
        response = client.put("/v1/articles/a1", json={"text": EARLIER})
        assert response.status_code == 404 and "--ledger" in response.json()["error"]


def test_token_is_required_on_every_request_when_set():
    with serving(env={"FACTLINT_TOKEN": "s3cret-token"}) as url, httpx.Client(base_url=url, timeout=WAIT) as client:
        for method, path in (("GET", "/healthz"), ("GET", "/v1/rules"), ("POST", "/v1/check"), ("GET", "/docs")):
            response = client.request(method, path, json={"text": GROWTH_WRONG} if method == "POST" else None)
            assert response.status_code == 401 and "token" in response.json()["error"]
        wrong = client.get("/healthz", headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401
        right = client.post(
            "/v1/check",
            json={"text": GROWTH_WRONG, "published": "2024-08-27"},
            headers={"Authorization": "Bearer s3cret-token"},
        )
        assert right.status_code == 200 and right.json()["findings"][0]["rule"] == "F301"


def test_binding_beyond_loopback_needs_a_token():
    # Refused before anything is bound.
    env = {k: v for k, v in os.environ.items() if k != "FACTLINT_TOKEN"}
    done = subprocess.run(
        [sys.executable, "-m", "checker", "serve", "--host", "0.0.0.0", "--port", "0"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=WAIT,
        env=env,
    )
    assert done.returncode == 2
    assert "needs a token" in done.stderr and "Traceback" not in done.stderr


def test_oversize_bodies_get_413_and_the_service_goes_on():
    with serving("--max-body", "4000") as url, httpx.Client(base_url=url, timeout=WAIT) as client:
        big = {"text": GROWTH_WRONG * 100}
        response = client.post("/v1/check", json=big)
        assert response.status_code == 413 and response.json()["limit"] == 4000

        def chunks():  # no Content-Length: counted as it arrives
            payload = json.dumps(big).encode()
            for i in range(0, len(payload), 1000):
                yield payload[i : i + 1000]

        chunked = client.post("/v1/check", content=chunks(), headers={"Content-Type": "application/json"})
        assert chunked.status_code == 413
        assert client.post("/v1/check", json={"text": GROWTH_WRONG}).status_code == 200


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"text": 5}, "text"),
        ({"text": GROWTH_WRONG, "published": "2024-13-01"}, "published"),
        ({"text": GROWTH_WRONG, "language": "fr"}, "language"),
        ({"text": GROWTH_WRONG, "colour": "red"}, "colour"),
        ({}, "text"),
        ({"text": GROWTH_WRONG, "articles": [{"text": EARLIER}]}, "text"),
        ({"articles": [{"text": EARLIER, "id": "a.md"}, {"text": LATER, "id": "a.md"}]}, "articles"),
        ({"articles": [{"text": EARLIER}, {"published": "2024-01-01"}]}, "articles.1.text"),
        ({"text": "---\npublished: 2024-02-31\n---\n매출은 10억 원이다.\n"}, "text"),
        ({"text": "   "}, "text"),
        ([1, 2], ""),
    ],
)
def test_bad_bodies_get_422_naming_the_field(service, body, field):
    response = service.post("/v1/check", json=body)
    assert response.status_code == 422
    assert response.json()["field"] == field
    assert field in response.json()["error"]


def test_malformed_json_and_bad_ids(service):
    response = service.post("/v1/check", content=b'{"text": "x",', headers={"Content-Type": "application/json"})
    assert response.status_code == 422 and "malformed JSON" in response.json()["error"]
    response = service.post("/v1/check", content=b"\xff\xfe not utf-8", headers={"Content-Type": "application/json"})
    assert response.status_code == 422
    assert service.get("/healthz").status_code == 200


@pytest.fixture(scope="module")
def service():
    with serving() as url, httpx.Client(base_url=url, timeout=WAIT) as client:
        yield client


def test_a_request_past_the_time_limit_gets_503_and_the_service_goes_on():
    # A long article (about 1 MB) takes several seconds; the limit is a second and a half; a one-paragraph
    # article takes a small fraction of it, even beside the overrunning one (two workers) on a loaded machine.
    # (The overruns are counted across the slow request only: on a busy machine the warm-up itself may overrun.)
    long_text = (
        "삼성전자의 올해 상반기 영업이익은 230억 달러로 전년 동기 100억 달러보다 50% 증가했다. "
        "알리바바, 텐센트, 바이두의 상반기 자본 지출 총액은 500억 위안이었다.\n\n"
    ) * 4800
    with (
        serving("--timeout", "1.5", "--workers", "2", "--max-body", str(4 << 20)) as url,
        httpx.Client(base_url=url, timeout=WAIT) as client,
    ):
        client.post("/v1/check", json={"text": GROWTH_WRONG, "published": "2024-08-27"})  # warm
        before = client.get("/healthz").json()["overrun"]
        slow = client.post("/v1/check", json={"text": long_text, "published": "2024-08-27"})
        assert slow.status_code == 503
        assert "time limit" in slow.json()["error"] and slow.headers["retry-after"]
        health = client.get("/healthz").json()
        assert health["overrun"] == before + 1
        # The service goes on: a one-paragraph article is answered. (The overrun work runs on in its thread until
        # it ends; on a machine loaded many times over its cores a request beside it may itself pass the limit.
        # A client retries after the time the answer names, as the 503 says: each answer a clean time-limit one,
        # never an error, until one is served.)
        for _ in range(30):
            quick = client.post("/v1/check", json={"text": GROWTH_WRONG, "published": "2024-08-27"})
            if quick.status_code != 503:
                break
            assert "time limit" in quick.json()["error"]
            time.sleep(float(quick.headers["retry-after"]))
        assert quick.status_code == 200 and quick.json()["findings"][0]["rule"] == "F301"


def test_fifty_parallel_requests_with_ledger_writes_lose_nothing(tmp_path):
    ledger = tmp_path / "claims.sqlite3"
    seed = _seed_articles()[2]
    ids = [f"article-{n:02d}" for n in range(25)]

    def article(n: int) -> dict:
        return {
            "text": f"가람칩스(Garam Chips)는 2023년 {n % 12 + 1}월 창고 {n + 1}곳에 "
            f"서버 {(n + 1) * 10}대를 새로 들였다.\n",
            "published": f"2024-0{n % 9 + 1}-1{n % 10}",
        }

    with (
        serving("--ledger", str(ledger), "--workers", "2", "--timeout", "100") as url,
        httpx.Client(base_url=url, timeout=WAIT, limits=httpx.Limits(max_connections=50)) as client,
    ):
        reference = client.post("/v1/check", json=seed).json()

        def put(n: int):
            return client.put(f"/v1/articles/{ids[n]}", json=article(n))

        def check(_n: int):
            return client.post("/v1/check", json=seed)

        with ThreadPoolExecutor(max_workers=50) as pool:
            futures = [pool.submit(put if n % 2 == 0 else check, n // 2) for n in range(50)]
            responses = [f.result(timeout=WAIT) for f in futures]
        puts, checks = responses[0::2], responses[1::2]
        assert [r.status_code for r in puts] == [201] * 25, [r.text for r in puts if r.status_code != 201]
        assert all(r.status_code == 200 and r.json() == reference for r in checks)
        # Nothing lost: every article is there with its claims, and the counts add up.
        stats = client.get("/v1/ledger").json()
        assert stats["articles"] == 25
        assert stats["claims"] == sum(r.json()["claims"] for r in puts)
        for name in ids:
            assert client.get(f"/v1/articles/{name}").status_code == 200
        # The same writes again, in parallel, change nothing.
        with ThreadPoolExecutor(max_workers=25) as pool:
            again = list(pool.map(put, range(25), timeout=WAIT))
        assert {r.json()["status"] for r in again} == {"unchanged"}
        assert client.get("/v1/ledger").json()["articles"] == 25


def test_check_never_imports_the_service_or_lsp_stacks():
    heavy = ("fastapi", "starlette", "uvicorn", "pygls", "lsprotocol", "httpx", "anyio")
    done = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            "-m",
            "checker",
            "check",
            "seeds/000_b40a4aa8a1e3a9d9.txt",
            "--format",
            "json",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=WAIT,
    )
    assert done.returncode in (0, 1)
    imported = {line.split("|")[-1].strip().split(".")[0] for line in done.stderr.splitlines() if "|" in line}
    assert "checker" in imported
    assert not imported & set(heavy)
    # In-process as well: the parser knows `serve` and `lsp`, and a check still loads neither.
    script = (
        "import sys\nfrom checker.cli import main\n"
        "main(['check', 'seeds', '--format', 'json', '-o', sys.argv[1]])\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {heavy!r}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, os.devnull], cwd=ROOT, capture_output=True, text=True, timeout=WAIT
    )
    assert done.stdout.strip() == "[]", done.stderr


@pytest.mark.parametrize(
    ("command", "blocked", "extra"),
    [
        ("serve", "fastapi", "factlint[serve]"),
        ("serve", "uvicorn", "factlint[serve]"),
        ("lsp", "pygls", "factlint[lsp]"),
    ],
)
def test_without_the_extra_the_command_says_what_to_install(command, blocked, extra):
    script = (
        f"import sys\nsys.modules[{blocked!r}] = None\nfrom checker.cli import main\n"
        f"sys.exit(main([{command!r}, '--port', '0'] if {command!r} == 'serve' else [{command!r}]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=WAIT, stdin=subprocess.DEVNULL
    )
    assert done.returncode == 2
    assert extra in done.stderr and "Traceback" not in done.stderr
