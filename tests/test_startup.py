"""Every start-up failure an operator can cause: one clear line on stderr and exit 1.

Each runs the real command (`main.py`, `python -m bot`, the `eccp-bot` script)
as a service manager would: no terminal, a clean environment.  Tracebacks
appear only with --debug or LOG_LEVEL=DEBUG.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.processes import ROOT, TOKEN, FakeServer, free_port

pytestmark = pytest.mark.slow
POSTGRES = os.environ.get("TEST_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def clean_env(**extra: str) -> dict[str, str]:
    keep = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("TELEGRAM_", "DATABASE", "KNOWLEDGE", "WEBHOOK", "HEALTH", "LOG_"))
        and k != "BOT_ADMIN_IDS"
    }
    return {**keep, "PTB_TIMEDELTA": "true", **extra}


def cli(*args: str, command: tuple[str, ...] = (sys.executable, "main.py"), **env: str):
    """Run the command line to its end, with no terminal on stdin."""
    return subprocess.run(
        [*command, *args], cwd=ROOT, env=clean_env(**env), stdin=subprocess.DEVNULL,
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip


def one_error_line(done: subprocess.CompletedProcess[str]) -> str:
    """The single line a failure prints; fails the test on a traceback or silence."""
    assert done.returncode == 1, (done.returncode, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("error: ")
    return lines[0]


@pytest.fixture
def fake():
    server = FakeServer()
    yield server
    server.stop()


def with_token(fake: FakeServer, tmp_path: Path, **extra: str) -> dict[str, str]:
    return {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "DATABASE_URL": f"sqlite:///{tmp_path}/bot.sqlite3",
        **extra,
    }


# --- no token, bad token, bad config ------------------------------------------------------------


def test_run_without_a_token_or_a_terminal_fails_instead_of_opening_the_chat():
    line = one_error_line(cli("run"))
    assert "TELEGRAM_BOT_TOKEN is not set" in line


def test_a_rejected_token_is_one_line(fake, tmp_path):
    env = with_token(fake, tmp_path, TELEGRAM_BOT_TOKEN="999999:WRONG-token")
    assert one_error_line(cli("run", **env)) == (
        "error: Telegram rejected the token (TELEGRAM_BOT_TOKEN)"
    )


def test_a_bad_config_prints_each_problem_on_its_own_line(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('[admin]\nuser_id = [1]\n[delivry]\nx = 1\n[logging]\njson = "false"\n')
    done = cli("run", "--config", str(path))
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"error: {path}: [admin] user_id is not a setting: did you mean user_ids?",
        f"error: {path}: unknown section [delivry]: did you mean [delivery]?",
        f'error: {path}: [logging] json must be true or false without quotes, not "false"',
    ]


def test_a_bad_environment_override_is_one_line():
    line = one_error_line(cli("ask", "hello", WEBHOOK_PORT="eighty"))
    assert line.startswith("error: WEBHOOK_PORT (environment, [webhook] port)")


# --- the database -------------------------------------------------------------------------------


@pytest.mark.postgres
def test_a_missing_postgresql_database_is_one_line():
    name = f"missing_{uuid.uuid4().hex[:8]}"
    url = POSTGRES.rsplit("/", 1)[0] + f"/{name}"
    line = one_error_line(cli("db", "upgrade", DATABASE_URL=url))
    assert line.startswith("error: cannot open the database: ")
    assert f'database "{name}" does not exist' in line


def test_an_unreachable_postgresql_server_is_one_line():
    url = f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/test"
    line = one_error_line(cli("db", "upgrade", DATABASE_URL=url))
    assert line.startswith("error: cannot open the database: ")
    assert "refused" in line.lower()


def test_an_sqlite_file_in_a_missing_folder_is_one_line(tmp_path):
    url = f"sqlite:///{tmp_path}/absent/bot.sqlite3"
    line = one_error_line(cli("db", "upgrade", DATABASE_URL=url))
    assert "unable to open database file" in line
    assert "may this user write there?" in line


def test_an_sqlite_folder_that_cannot_be_written_is_one_line():
    # /proc accepts no new files, even from root (this machine's tests run as root).
    line = one_error_line(cli("db", "upgrade", DATABASE_URL="sqlite:////proc/eccp.sqlite3"))
    assert line.startswith("error: cannot open the database: unable to open database file")


def test_the_database_failure_of_run_is_one_line_too(fake, tmp_path):
    env = with_token(fake, tmp_path, DATABASE_URL=f"sqlite:///{tmp_path}/absent/b.sqlite3")
    assert "cannot open the database" in one_error_line(cli("run", **env))


def test_debug_shows_the_traceback_and_still_ends_with_the_line(tmp_path):
    url = f"sqlite:///{tmp_path}/absent/bot.sqlite3"
    for done in (
        cli("db", "upgrade", "--debug", DATABASE_URL=url),
        cli("db", "upgrade", DATABASE_URL=url, LOG_LEVEL="DEBUG"),
    ):
        assert done.returncode == 1
        assert "Traceback (most recent call last)" in done.stderr
        assert done.stderr.strip().splitlines()[-1].startswith("error: cannot open the database")


# --- ports and folders --------------------------------------------------------------------------


@pytest.fixture
def taken_port():
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        yield holder.getsockname()[1]


def test_a_webhook_port_in_use_is_one_line(fake, tmp_path, taken_port):
    env = with_token(
        fake, tmp_path, WEBHOOK_URL="https://bot.example.org/hook",
        WEBHOOK_PORT=str(taken_port), WEBHOOK_SECRET_TOKEN="s3cret",
    )  # fmt: skip
    line = one_error_line(cli("run", "--webhook", **env))
    assert line.startswith("error: cannot listen: ")
    assert "another process uses the port" in line


def test_a_health_port_in_use_is_one_line(fake, tmp_path, taken_port):
    env = with_token(fake, tmp_path, HEALTH_PORT=str(taken_port))
    line = one_error_line(cli("run", **env))
    assert line.startswith("error: cannot listen: ")


def test_a_listen_address_this_host_does_not_have_is_one_line(fake, tmp_path):
    # 192.0.2.1 is TEST-NET-1: never assigned here, so the bind fails before any traffic.
    env = with_token(fake, tmp_path, HEALTH_LISTEN="192.0.2.1", HEALTH_PORT=str(free_port()))
    line = one_error_line(cli("run", **env))
    assert line.startswith("error: cannot listen: ")
    assert line.endswith("check WEBHOOK_LISTEN / HEALTH_LISTEN")


def test_a_missing_knowledge_folder_is_one_line(tmp_path):
    line = one_error_line(cli("ask", "hello", KNOWLEDGE_DIR=str(tmp_path / "absent")))
    assert "knowledge folder not found" in line


# --- global options before and after the command; the three ways to start -----------------------


@pytest.mark.parametrize(
    "args",
    [
        ("--config", "{config}", "run"),
        ("run", "--config", "{config}"),
        ("knowledge", "check", "--config", "{config}"),
        ("knowledge", "--config", "{config}", "check"),
        ("ask", "--config", "{config}", "hi"),
        ("export", "ics", "--config", "{config}"),
        ("db", "upgrade", "--config", "{config}"),
    ],
    ids=" ".join,
)
def test_config_works_before_and_after_the_command(tmp_path, args):
    config = tmp_path / "config.toml"
    config.write_text("[delivry]\n")
    done = cli(*(a.format(config=config) for a in args))
    assert one_error_line(done).endswith("unknown section [delivry]: did you mean [delivery]?")


@pytest.mark.parametrize("where", ["before", "after"])
def test_knowledge_works_before_and_after_the_command(tmp_path, where):
    folder = tmp_path / "k"
    folder.mkdir()
    (folder / "a.toml").write_text('[[briefs]]\nid = "only-brief"\ntitle = "The only brief"\n')
    option = ["--knowledge", str(folder)]
    args = [*option, "ask", "--json", "brief"] if where == "before" else ["ask", *option, "brief"]
    done = cli(*args)
    assert done.returncode == 0, done.stderr
    assert "The only brief" in done.stdout


@pytest.mark.parametrize(
    "command",
    [(sys.executable, "main.py"), (sys.executable, "-m", "bot"), ("eccp-bot",)],
    ids=["main.py", "python -m bot", "eccp-bot"],
)
def test_every_way_to_start_prints_the_version_and_runs_a_command(command):
    if command[0] == "eccp-bot":
        script = shutil.which("eccp-bot", path=str(Path(sys.executable).parent))
        if script is None:
            pytest.skip("the package is not installed with its scripts")
        command = (script,)
    done = cli("--version", command=command)
    assert done.returncode == 0
    assert done.stdout.strip().startswith("eccp-bot ")
    asked = cli("ask", "hello", command=command)
    assert asked.returncode == 0, asked.stderr


def test_without_a_token_a_terminal_gets_the_chat_in_the_questions_language(tmp_path):
    """The README's first command: no token and a terminal open the chat (in any language)."""
    terminal, its_side = os.openpty()
    bot = subprocess.Popen(
        [sys.executable, "main.py"],
        cwd=ROOT,
        env=clean_env(DATABASE_URL=f"sqlite:///{tmp_path}/chat.sqlite3"),
        stdin=its_side,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    os.close(its_side)
    try:
        os.write(terminal, b"wann ist die ECCP-Konferenz 2022?\n")
        os.write(terminal, b"\x04")  # end of input, as Ctrl-D at a terminal
        out, err = bot.communicate(timeout=60)
    finally:
        os.close(terminal)
    assert bot.returncode == 0, err
    assert "opening the terminal chat" in err
    assert "September 2022" in out, out
    assert "fand" in out, out  # the shipped conference is over by the real clock
