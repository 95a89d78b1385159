"""What an editor meets: a typo or a wrong offset is refused everywhere they look.

`knowledge check` (a real process), a refused reload (the log shows each
problem, not a count) and the shipped folder, which must keep loading.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.answering.engine import Engine
from bot.knowledge.source import KnowledgeSource
from tests.factories import at
from tests.recording import VirtualTime
from tests.reminders.test_scheduling import make

ROOT = Path(__file__).resolve().parents[2]
GOOD = """
[[events]]
id = "cmr-porto"
title = "Clusters meet Regions Porto"
start = 2022-10-12
timezone = "Europe/Lisbon"
"""
TYPO = GOOD + 'registraton_url = "https://example.org/register"\n'
WRONG_OFFSET = """
[[calls]]
id = "late-call"
title = "A call in November"
deadline = 2022-11-15T18:00:00+02:00
timezone = "Europe/Brussels"
"""


def check(folder: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "KNOWLEDGE"))}
    return subprocess.run(
        [sys.executable, "main.py", "knowledge", "check", str(folder)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip


def test_knowledge_check_refuses_a_misspelt_field_and_names_the_one_meant(tmp_path):
    (tmp_path / "events.toml").write_text(TYPO, encoding="utf-8")
    (tmp_path / "calls.toml").write_text(WRONG_OFFSET, encoding="utf-8")
    done = check(tmp_path)
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert lines == [
        "calls.toml: calls[1] 'late-call': field 'deadline': the offset +02:00 contradicts "
        'timezone "Europe/Brussels", which is +01:00 on 2022-11-15: '
        "write 2022-11-15T18:00:00+01:00, or fix the timezone",
        "events.toml: events[1] 'cmr-porto': field 'registraton_url': "
        'unknown field: did you mean "registration_url"?',
        f"2 problem(s) in {tmp_path}",
    ]


def test_knowledge_check_passes_the_shipped_folder():
    done = check(ROOT / "knowledge")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""


async def test_a_refused_reload_logs_every_problem_not_just_their_number(store, tmp_path, caplog):
    (tmp_path / "events.toml").write_text(GOOD, encoding="utf-8")
    source = KnowledgeSource(tmp_path, ZoneInfo("Europe/Brussels"), Engine)
    scheduler, _ = make(store, source, VirtualTime(at("2022-07-01T09:00:00+02:00")), "a")
    (tmp_path / "events.toml").write_text(TYPO, encoding="utf-8")
    (tmp_path / "calls.toml").write_text(WRONG_OFFSET, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="bot.reminders.scheduling"):
        result = await scheduler.reload()
    assert not result.ok
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "2 problem(s)" in logged
    assert "field 'registraton_url': unknown field: did you mean" in logged
    assert "field 'deadline': the offset +02:00 contradicts" in logged
    assert source.snapshot.knowledge.get("cmr-porto") is not None
