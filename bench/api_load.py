"""Load test of the HTTP API: mixed yente-style /match queries at a fixed rate, on 127.0.0.1.

    python bench/api_load.py [--db STORE] [--rate 200] [--seconds 60] [--workers 2] [--json]

Starts uvicorn with ``nodewatch.web:serve_app`` (as ``nodewatch serve --workers N`` runs it;
default 2 workers, one per core) on a free port of 127.0.0.1 over the store (default
$NODEWATCH_DB), waits for /readyz, then runs, in the same run and against the same server:

1. baseline ``healthz``: GET /healthz at the same rate (what HTTP, the client and the event
   loop cost with no work);
2. baseline ``single``: /match queries one at a time, never overlapping (the service time
   of one query with no queueing);
3. ``match``: POST /match/default with one query each, drawn (seeded) from the queries of
   ../shared/eval/dev_pairs.jsonl (names in every script, with and without birth dates,
   nationalities and identifiers), sent open-loop at ``--rate`` per second for ``--seconds``.

Latency is measured from the moment each request was due, so a client or server that falls
behind shows as latency, not as a lower rate. The server's resident memory is sampled every
second; "flat" compares the first and last tenth of the match phase. Everything is bounded:
requests per phase = rate x seconds, 5 s timeout per request, and only 127.0.0.1 is used.
Target (issue 6): 200 req/s for 60 s, p99 <= 50 ms, 0 errors, memory flat.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import psutil

HOST = "127.0.0.1"
TIMEOUT = 5.0
CONNECTIONS = 32
READY_WAIT = 600.0


@dataclass
class Phase:
    name: str
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    memory_mb: list[float] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        lat = sorted(self.latencies)

        def pct(p: float) -> float | None:
            return round(lat[min(len(lat) - 1, int(p * len(lat)))] * 1000, 2) if lat else None

        out: dict[str, Any] = {
            "phase": self.name,
            "requests": len(lat) + len(self.errors),
            "ok": len(lat),
            "errors": len(self.errors),
            "rate": round((len(lat) + len(self.errors)) / self.seconds, 1) if self.seconds else None,
            "p50_ms": pct(0.50),
            "p90_ms": pct(0.90),
            "p99_ms": pct(0.99),
            "max_ms": round(lat[-1] * 1000, 2) if lat else None,
        }
        if self.errors:
            out["first_errors"] = sorted(set(self.errors))[:5]
        if self.memory_mb:
            tenth = max(1, len(self.memory_mb) // 10)
            first = statistics.median(self.memory_mb[:tenth])
            last = statistics.median(self.memory_mb[-tenth:])
            out["rss_mb"] = {
                "first": round(first, 1),
                "last": round(last, 1),
                "max": round(max(self.memory_mb), 1),
            }
            out["rss_growth_mb"] = round(last - first, 1)
        return out


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def queries(path: Path, n: int, seed: int = 6) -> list[dict[str, Any]]:
    """One /match body per query of the dev pairs, shuffled (seeded), cycled up to ``n``."""
    examples = [json.loads(line)["query"] for line in path.read_text("utf-8").splitlines() if line.strip()]
    random.Random(seed).shuffle(examples)
    return [{"queries": {"q": examples[i % len(examples)]}} for i in range(n)]


def start_server(db: Path, port: int, workers: int) -> subprocess.Popen[bytes]:
    """uvicorn as `nodewatch serve --workers N` runs it (each worker loads before it accepts)."""
    env = {**os.environ, "NODEWATCH_DB": str(db), "NODEWATCH_SERVE_BACKGROUND": "0"}
    cmd = [sys.executable, "-m", "uvicorn", "--factory", "nodewatch.web:serve_app", "--workers", str(workers)]
    cmd += ["--host", HOST, "--port", str(port), "--log-level", "warning", "--no-access-log"]
    return subprocess.Popen(cmd, env=env)


def rss_mb(proc: psutil.Process) -> float:
    """Resident memory of the server: the process and its workers."""
    total = proc.memory_info().rss
    for child in proc.children(recursive=True):
        with contextlib.suppress(psutil.NoSuchProcess):
            total += child.memory_info().rss
    return total / 2**20


def wait_ready(base: str, server: subprocess.Popen[bytes]) -> float:
    start = time.monotonic()
    while time.monotonic() - start < READY_WAIT:
        if server.poll() is not None:
            raise SystemExit(f"the server exited with code {server.returncode}")
        try:
            if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                return time.monotonic() - start
        except httpx.TransportError:
            pass
        time.sleep(0.5)
    raise SystemExit(f"the server was not ready after {READY_WAIT:.0f} s")


async def _sample_memory(pid: int, phase: Phase, stop: asyncio.Event) -> None:
    proc = psutil.Process(pid)
    while not stop.is_set():
        phase.memory_mb.append(rss_mb(proc))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=1.0)


class Connection:
    """One keep-alive HTTP/1.1 connection: a lean client, so the load generator is not the
    bottleneck (httpx's pool goes quadratic when thousands of requests wait)."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def request(self, raw: bytes) -> tuple[int, bytes]:
        if self.writer is None or self.reader is None:
            self.reader, self.writer = await asyncio.open_connection(HOST, self.port)
        self.writer.write(raw)
        await self.writer.drain()
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        body = await self.reader.readexactly(length)
        return status, body

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


def http_request(method: str, path: str, body: bytes = b"") -> bytes:
    head = f"{method} {path} HTTP/1.1\r\nHost: {HOST}\r\nConnection: keep-alive\r\n"
    if body:
        head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
    return head.encode() + b"\r\n" + body


async def _worker(port: int, queue: asyncio.Queue[tuple[float, bytes] | None], phase: Phase) -> None:
    loop = asyncio.get_running_loop()
    connection = Connection(port)
    while (item := await queue.get()) is not None:
        due, raw = item
        try:
            status, body = await asyncio.wait_for(connection.request(raw), TIMEOUT)
        except (OSError, asyncio.IncompleteReadError, TimeoutError, ValueError) as exc:
            phase.errors.append(f"{type(exc).__name__}: {exc}")
            connection.close()
            continue
        if status == 200:
            phase.latencies.append(loop.time() - due)
        else:
            phase.errors.append(f"HTTP {status}: {body[:120]!r}")
    connection.close()


async def open_loop(
    port: int, phase: Phase, rate: float, seconds: float, requests: list[bytes], pid: int
) -> Phase:
    """Send ``rate`` requests/s for ``seconds``, each due at its time, on a pool of connections."""
    total = int(rate * seconds)
    queue: asyncio.Queue[tuple[float, bytes] | None] = asyncio.Queue()
    workers = [asyncio.create_task(_worker(port, queue, phase)) for _ in range(CONNECTIONS)]
    stop = asyncio.Event()
    sampler = asyncio.create_task(_sample_memory(pid, phase, stop))
    loop = asyncio.get_running_loop()
    start = loop.time()
    for i in range(total):
        due = start + i / rate
        delay = due - loop.time()
        if delay > 0:
            await asyncio.sleep(delay)
        queue.put_nowait((due, requests[i % len(requests)]))
    for _ in workers:
        queue.put_nowait(None)
    await asyncio.gather(*workers)
    phase.seconds = loop.time() - start
    stop.set()
    await sampler
    return phase


async def closed_loop(port: int, phase: Phase, requests: list[bytes]) -> Phase:
    """One request at a time: the service time of a query with nothing else in flight."""
    loop = asyncio.get_running_loop()
    connection = Connection(port)
    start = loop.time()
    for raw in requests:
        sent = loop.time()
        status, _body = await connection.request(raw)
        if status == 200:
            phase.latencies.append(loop.time() - sent)
        else:
            phase.errors.append(f"HTTP {status}")
    connection.close()
    phase.seconds = loop.time() - start
    return phase


async def run(port: int, pid: int, bodies: list[dict[str, Any]], rate: float, seconds: float) -> list[Phase]:
    matches = [http_request("POST", "/match/default", json.dumps(b).encode()) for b in bodies]
    health = [http_request("GET", "/healthz")]
    await open_loop(port, Phase("warm-up"), rate, 5, matches[-1000:], pid)  # caches, connections
    return [
        await open_loop(port, Phase("healthz"), rate, min(seconds, 15), health, pid),
        await closed_loop(port, Phase("single"), matches[-300:]),
        await open_loop(port, Phase("match"), rate, seconds, matches, pid),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=Path(os.environ.get("NODEWATCH_DB", "nodewatch.duckdb")))
    parser.add_argument("--rate", type=float, default=200.0, help="requests per second (max 1000)")
    parser.add_argument("--seconds", type=float, default=60.0, help="length of the match phase (max 600)")
    parser.add_argument("--pairs", type=Path, default=None, help="dev_pairs.jsonl whose queries are sent")
    parser.add_argument("--workers", type=int, default=2, help="uvicorn worker processes (1-4)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    rate, seconds = min(args.rate, 1000.0), min(args.seconds, 600.0)
    data = Path(os.environ.get("NODEWATCH_DATA", Path.cwd().parent / "shared" / "data"))
    pairs = args.pairs or data.parent / "eval" / "dev_pairs.jsonl"
    if not args.db.exists():
        raise SystemExit(
            f"no store at {args.db}: run `nodewatch run` (or ingest + resolve) first, or pass --db"
        )
    bodies = queries(pairs, 5000)
    port = free_port()
    base = f"http://{HOST}:{port}"
    workers = max(1, min(args.workers, 4))
    server = start_server(args.db, port, workers)
    try:
        ready = wait_ready(base, server)
        phases = asyncio.run(run(port, server.pid, bodies, rate, seconds))
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
    result = {
        "store": str(args.db),
        "server": f"uvicorn, {workers} worker(s) (as `nodewatch serve --workers {workers}`)",
        "startup_s": round(ready, 1),
        "cpus": os.cpu_count(),
        "phases": [p.summary() for p in phases],
    }
    main_phase = result["phases"][-1]
    result["target"] = {
        "rate_ok": main_phase["rate"] is not None and main_phase["rate"] >= 0.98 * rate,
        "p99_le_50ms": main_phase["p99_ms"] is not None and main_phase["p99_ms"] <= 50,
        "no_errors": main_phase["errors"] == 0,
        "memory_flat": abs(main_phase.get("rss_growth_mb", 0))
        <= 0.02 * main_phase.get("rss_mb", {}).get("first", 1),
    }
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return
    print(f"store {result['store']}; {result['server']}; ready in {result['startup_s']} s")
    header = ("phase", "reqs", "errors", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms")
    print(f"{header[0]:8} " + " ".join(f"{h:>8}" for h in header[1:]) + "  memory")
    for p in result["phases"]:
        memory = ""
        if "rss_mb" in p:
            memory = (
                f"RSS {p['rss_mb']['first']} -> {p['rss_mb']['last']} MB (growth {p['rss_growth_mb']} MB)"
            )
        print(
            f"{p['phase']:8} {p['requests']:>8} {p['errors']:>8} {p['rate'] or 0:>8} {p['p50_ms']:>8} "
            f"{p['p90_ms']:>8} {p['p99_ms']:>8} {p['max_ms']:>8}  {memory}"
        )
        for error in p.get("first_errors", []):
            print(f"         error: {error}")
    match, health = result["phases"][-1], result["phases"][0]
    print(
        f"match p99 is {match['p99_ms'] / health['p99_ms']:.1f}x the healthz baseline's p99 at that rate; "
        f"single-query p50 {result['phases'][1]['p50_ms']} ms"
    )
    print("target:", ", ".join(f"{k} {'PASS' if v else 'FAIL'}" for k, v in result["target"].items()))


if __name__ == "__main__":
    main()
