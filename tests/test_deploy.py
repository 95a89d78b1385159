"""The image and the unit, without a Docker engine: their layout checked, their command run.

No Docker engine runs on this machine, so the Dockerfile is read as a list of
instructions (order, ownership, the health check) and its command is run the
way the image would run it: a folder laid out like /app, the image's
environment, no terminal.  The systemd unit is scored by `systemd-analyze
security --offline` where that tool exists.
"""

from __future__ import annotations

import re
import shlex
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.processes import ROOT, TOKEN, FakeServer, free_port, stop

DOCKERFILE = ROOT / "Dockerfile"
UNIT = ROOT / "deploy" / "eccp-bot.service"


def instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) in order, continuation lines joined, comments dropped."""
    text = re.sub(r"\\\n\s*", " ", DOCKERFILE.read_text(encoding="utf-8"))
    found = []
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            word, _, rest = line.strip().partition(" ")
            found.append((word.upper(), rest.strip()))
    return found


def final_stage() -> list[tuple[str, str]]:
    steps = instructions()
    starts = [n for n, (word, _) in enumerate(steps) if word == "FROM"]
    return steps[starts[-1] :]


def index(steps, word: str, pattern: str = "") -> int:
    return next(n for n, (w, a) in enumerate(steps) if w == word and re.search(pattern, a))


def image_env() -> dict[str, str]:
    """The ENV of the final stage, as the container sees it."""
    env: dict[str, str] = {}
    for word, args in final_stage():
        if word == "ENV":
            env |= dict(pair.split("=", 1) for pair in shlex.split(args))
    return env


def exec_form(args: str) -> list[str]:
    return re.findall(r'"([^"]*)"', args)


# --- the Dockerfile's layout ------------------------------------------------------------------


def test_dependencies_are_built_from_the_lock_before_the_code_is_copied():
    steps = instructions()
    lock = index(steps, "COPY", r"requirements\.lock")
    wheels = index(steps, "RUN", r"pip wheel .*-r requirements\.lock")
    code = index(steps, "COPY", r"^bot ")
    assert lock < wheels < code
    final = final_stage()
    assert index(final, "RUN", r"/wheels/deps") < index(final, "RUN", r"/wheels/app")


def test_the_data_folder_is_created_and_owned_by_the_app_user_before_volume():
    final = final_stage()
    owned = index(final, "RUN", r"mkdir -p /app/data && chown bot:bot /app/data")
    volume = index(final, "VOLUME", r"/app/data")
    user = index(final, "USER", r"^bot$")
    assert owned < volume
    assert owned < user
    assert image_env()["DATABASE_URL"] == "sqlite:////app/data/eccp-bot.sqlite3"


def test_the_image_listens_on_all_addresses_on_the_ports_it_exposes():
    env = image_env()
    assert env["WEBHOOK_LISTEN"] == env["HEALTH_LISTEN"] == "0.0.0.0"
    (exposed,) = [a.split() for w, a in final_stage() if w == "EXPOSE"]
    assert sorted(exposed) == sorted([env["WEBHOOK_PORT"], env["HEALTH_PORT"]])


def test_the_image_has_a_healthcheck_runs_the_console_command_and_has_sqlite3():
    final = final_stage()
    (health,) = [a for w, a in final if w == "HEALTHCHECK"]
    assert exec_form(health.partition("CMD")[2]) == ["eccp-bot", "health"]
    (command,) = [a for w, a in final if w == "CMD"]
    assert exec_form(command) == ["eccp-bot", "run"]
    assert any(w == "RUN" and "install -y --no-install-recommends sqlite3" in a for w, a in final)


def test_everything_the_dockerfile_copies_exists_and_is_not_docker_ignored():
    ignored = (ROOT / ".dockerignore").read_text().split()
    for word, args in instructions():
        if word == "COPY" and "--from=" not in args:
            for source in [a for a in args.split()[:-1] if not a.startswith("--")]:
                assert (ROOT / source).exists(), source
                assert source not in ignored, source


# --- the image's command, run as the image would run it -----------------------------------------


@pytest.fixture
def app_folder(tmp_path):
    """A folder laid out like the image's /app: knowledge, the example config, a data folder."""
    app = tmp_path / "app"
    shutil.copytree(ROOT / "knowledge", app / "knowledge")
    shutil.copy(ROOT / "config.example.toml", app)
    (app / "data").mkdir()
    return app


def as_in_image(app: Path, **extra: str) -> dict[str, str]:
    env = {k: v.replace("/app", str(app)) for k, v in image_env().items()}
    env |= {"PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin", "HOME": str(app)}
    return {**env, **extra}


def console(*args: str) -> list[str]:
    script = shutil.which("eccp-bot", path=str(Path(sys.executable).parent))
    return [script, *args] if script else [sys.executable, "-m", "bot", *args]


@pytest.mark.slow
def test_the_images_command_runs_passes_its_healthcheck_and_its_backup_works(app_folder):
    fake = FakeServer()
    env = as_in_image(
        app_folder, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=fake.base_url,
        WEBHOOK_PORT=str(free_port()), HEALTH_PORT=str(free_port()),
    )  # fmt: skip
    (command,) = [exec_form(a) for w, a in final_stage() if w == "CMD"]
    bot = subprocess.Popen(
        console(*command[1:]), cwd=app_folder, env=env, stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        fake.wait("getUpdates")
        health = subprocess.run(
            console("health"), env=env, capture_output=True, text=True, timeout=30
        )
        assert (health.returncode, health.stdout.strip()) == (0, "ok"), health.stderr
        database = app_folder / "data" / "eccp-bot.sqlite3"
        assert database.exists(), "the default SQLite file is created in the data folder"
        if shutil.which("sqlite3"):
            backup = app_folder / "data" / "backup.sqlite3"
            subprocess.run(["sqlite3", str(database), f".backup {backup}"], check=True, timeout=30)
            with sqlite3.connect(backup) as copy:
                assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
                tables = {r[0] for r in copy.execute("SELECT name FROM sqlite_master")}
            assert "alembic_version" in tables
    finally:
        code = stop(bot)
        fake.stop()
    assert code == 0


@pytest.mark.slow
def test_without_a_token_the_images_command_fails_with_one_line_so_docker_restarts_it(
    app_folder,
):
    done = subprocess.run(
        console("run"), cwd=app_folder, env=as_in_image(app_folder), stdin=subprocess.DEVNULL,
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "error: TELEGRAM_BOT_TOKEN is not set and there is no terminal for the chat: "
        "set the token in the environment (the terminal chat needs an interactive terminal)"
    ]


# --- the systemd unit ---------------------------------------------------------------------------


def unit_settings() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for line in UNIT.read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, _, value = line.partition("=")
            found.setdefault(key.strip(), []).append(value.strip())
    return found


def test_the_unit_keeps_sqlite_in_its_state_directory_under_protect_system_strict():
    unit = unit_settings()
    assert unit["ProtectSystem"] == ["strict"]
    assert unit["StateDirectory"] == ["eccp-bot"]
    assert "DATABASE_URL=sqlite:////var/lib/eccp-bot/eccp-bot.sqlite3" in unit["Environment"]
    assert unit["Restart"] == ["on-failure"]
    assert unit["ExecStart"][0].split()[:2] == ["/opt/eccp-bot/.venv/bin/eccp-bot", "run"]


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze here")
def test_the_unit_scores_at_most_2_5_in_systemd_analyze_security():
    done = subprocess.run(
        ["systemd-analyze", "security", "--offline=yes", str(UNIT)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    found = re.search(r"Overall exposure level for \S+: ([0-9.]+)", done.stdout)
    assert found, done.stdout + done.stderr
    assert float(found[1]) <= 2.5
