"""Real processes for end-to-end tests: the standalone fake Bot API and `main.py run`."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from tests.telegram_harness import write_knowledge

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "123456:TEST-process-token"


class FakeServer:
    """`python -m tests.fake_bot_api` in its own process, driven over /_control."""

    def __init__(self, token: str = TOKEN, latency: float = 0.0) -> None:
        command = [sys.executable, "-m", "tests.fake_bot_api", "--port", "0", "--token", token]
        if latency:
            command += ["--latency", str(latency)]
        self.process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
        assert self.process.stdout is not None
        line = self.process.stdout.readline().strip()
        assert line.startswith("FAKE_BOT_API_READY "), line
        self.url = line.split()[1]

    @property
    def base_url(self) -> str:
        return f"{self.url}/bot"

    def control(self, name: str, body: Any = None, timeout: float = 30) -> Any:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            f"{self.url}/_control/{name}", data=data, method="POST" if data is not None else "GET"
        )
        request.add_header("Content-Type", "application/json")
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return json.loads(response.read())["result"]

    def message(self, chat_id: int, text: str) -> None:
        self.control("updates", {"type": "message", "chat_id": chat_id, "text": text})

    def wait(
        self, method: str, count: int = 1, timeout: float = 30, chat_id: int | None = None
    ) -> None:
        query = f"wait?method={method}&count={count}&timeout={timeout}"
        if chat_id is not None:
            query += f"&chat_id={chat_id}"
        self.control(query, timeout=timeout + 5)

    def sends(self) -> list[dict[str, Any]]:
        return self.control("requests?method=sendMessage&ok=1")

    def per_chat(self) -> Counter[int]:
        return Counter(int(call["params"]["chat_id"]) for call in self.sends())

    def stop(self) -> None:
        if self.process.poll() is not None:
            return
        self.process.terminate()
        self.process.wait(timeout=10)
        if self.process.stdout is not None:
            self.process.stdout.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_bot(env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    """`python main.py run` with the given environment (on top of a clean one)."""
    full = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE"))}
    full.update({"PTB_TIMEDELTA": "true", "PYTHONUNBUFFERED": "1", **env})
    return subprocess.Popen(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        env=full,
        stdin=subprocess.DEVNULL,  # as under systemd or Docker: no terminal
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def stop(process: subprocess.Popen[str], sig: int = signal.SIGTERM, timeout: float = 30) -> int:
    """Send a signal and wait for the exit status."""
    if process.poll() is None:
        process.send_signal(sig)
    try:
        return process.wait(timeout=timeout)
    finally:
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def get(
    url: str, data: bytes | None = None, headers: dict[str, str] | None = None
) -> tuple[int, str]:
    """A plain HTTP request: status and body (errors included)."""
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


# --- Fault-injection helpers: the fake's lasting faults and the bot's database --------------


def outage(fake: FakeServer, method: str, status: int, seconds: float, **extra: Any) -> None:
    """Fail `method` ("*": every method) with `status` for `seconds` from now."""
    fake.control("outage", {"method": method, "status": status, "seconds": seconds, **extra})


def sends_per_second(fake: FakeServer) -> dict[int, int]:
    """Accepted sends by arrival second, as the fake counted them."""
    counts = fake.control("faults")["sends_per_second"]
    return {int(second): count for second, count in counts.items()}


def delivery_config(tmp_path: Path, per_second: float, **settings: Any) -> str:
    """A config file: the rate, no per-chat interval, short leases (seconds to resume)."""
    values = {
        "global_per_second": per_second, "per_chat_interval_s": 0, "claim_lease_s": 5,
        "leader_lease_s": 3, "retry_every_s": 0.5, **settings,
    }  # fmt: skip
    lines = "".join(f"{name} = {value}\n" for name, value in values.items())
    path = tmp_path / "config.toml"
    path.write_text(f"[delivery]\n{lines}", "utf-8")
    return str(path)


def until(fake: FakeServer, check: Callable[[], bool], seconds: float) -> bool:
    """Re-check `check` whenever the bot calls the fake (at least every second), up to `seconds`.

    Real processes run on real time: this waits on the bot's own activity
    rather than sleeping a guessed amount.
    """
    end = time.monotonic() + seconds
    while not check():
        if time.monotonic() >= end:
            return False
        seen = fake.control("requests?method=sendMessage&since=0")
        query = f"wait?method=sendMessage&count={len(seen) + 1}&timeout=1&include_failed=1"
        with contextlib.suppress(urllib.error.HTTPError):  # a quiet second: look again
            fake.control(query, timeout=10)
    return True


CALL = """
[[calls]]
id = "cmr-call"
title = "Call for Expression of Interest: Clusters meet Regions workshops"
deadline = {deadline}
url = "https://example.org/cmr"
"""


def due_call(folder: Path, minutes: int = 30) -> Path:
    """A call closing soon, so its last reminders are due the moment the bot starts."""
    deadline = (datetime.now(UTC) + timedelta(minutes=minutes)).strftime("%Y-%m-%dT%H:%M:%SZ")
    return write_knowledge(folder, CALL.format(deadline=deadline))
