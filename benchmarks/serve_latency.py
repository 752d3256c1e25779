"""Warm latency and throughput of `factlint serve`, beside the CLI's cold time for the same articles.

Starts the service on a free loopback port (127.0.0.1 only), checks each seed
article once to warm it, then:

- latency: every seed article POSTed to /v1/check one after another, ROUNDS
  times (one request in flight), each request timed by the client;
- throughput: REQUESTS requests spread over CLIENTS client threads at once,
  requests per second over the whole burst;
- cold CLI: `factlint check ARTICLE --format json` as a new process, timed from
  start to exit (median of COLD runs).

    python benchmarks/serve_latency.py [--rounds 20] [--clients 4] [--requests 200] [--cold 10] [--workers 2]

Prints a Markdown table. The server and every request stay on this machine.
"""

from __future__ import annotations

import argparse
import queue
import statistics
import subprocess
import sys
import threading
import time
import tomllib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def seed_articles() -> list[dict]:
    manifest = tomllib.loads((SEEDS / "articles.toml").read_text(encoding="utf-8"))
    return [
        {
            "id": f"seeds/{e['file']}",
            "text": (SEEDS / e["file"]).read_text(encoding="utf-8"),
            "published": e["published"].isoformat(),
            "language": e["language"],
            "outlet": e["outlet"],
        }
        for e in manifest["article"]
    ]


def start(workers: int) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "checker", "serve", "--host", "127.0.0.1", "--port", "0", "--workers", str(workers)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stderr], daemon=True).start()
    while True:
        line = lines.get(timeout=120)
        if "listening on " in line:
            return proc, line.split("listening on ", 1)[1].split()[0]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--cold", type=int, default=10)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    articles = seed_articles()
    sizes = [len(a["text"].encode("utf-8")) for a in articles]
    proc, url = start(args.workers)
    try:
        with httpx.Client(base_url=url, timeout=120, limits=httpx.Limits(max_connections=args.clients)) as client:
            for article in articles:  # warm
                client.post("/v1/check", json=article).raise_for_status()
            latencies = []
            for _ in range(args.rounds):
                for article in articles:
                    began = time.perf_counter()
                    client.post("/v1/check", json=article).raise_for_status()
                    latencies.append(time.perf_counter() - began)

            def one(n: int) -> None:
                client.post("/v1/check", json=articles[n % len(articles)]).raise_for_status()

            began = time.perf_counter()
            with ThreadPoolExecutor(max_workers=args.clients) as pool:
                list(pool.map(one, range(args.requests)))
            throughput = args.requests / (time.perf_counter() - began)
    finally:
        proc.terminate()
        proc.wait(timeout=60)

    cold = []
    for n in range(args.cold):
        article = articles[n % len(articles)]["id"]
        began = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "checker", "check", article, "--format", "json"],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )
        cold.append(time.perf_counter() - began)

    rows = [
        ("seed articles (size)", f"{len(articles)} ({min(sizes) / 1000:.1f}–{max(sizes) / 1000:.1f} KB)"),
        (
            f"warm `POST /v1/check`, one at a time: median ({len(latencies)} requests)",
            f"{statistics.median(latencies) * 1000:.1f} ms",
        ),
        ("warm `POST /v1/check`, one at a time: p95", f"{percentile(latencies, 0.95) * 1000:.1f} ms"),
        (
            f"throughput, {args.clients} clients, {args.workers} workers ({args.requests} requests)",
            f"{throughput:.1f} requests/s",
        ),
        (
            f"cold `factlint check ARTICLE --format json`: median of {args.cold}",
            f"{statistics.median(cold) * 1000:.0f} ms",
        ),
    ]
    print("| measure | value |\n| --- | ---: |")
    for name, value in rows:
        print(f"| {name} | {value} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
