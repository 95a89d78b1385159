"""Packaging: the console command, the lock file deployments install, the pinned bounds."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
LOCK = ROOT / "requirements.lock"


def locked() -> dict[str, str]:
    """Package -> version pinned in requirements.lock."""
    pins = re.findall(r"^([A-Za-z0-9._-]+)==([^ \\\n]+)", LOCK.read_text(), re.MULTILINE)
    return {canonicalize_name(name): version for name, version in pins}


def runtime_requirements() -> list[Requirement]:
    project = PYPROJECT["project"]
    return [
        Requirement(r)
        for r in [*project["dependencies"], *project["optional-dependencies"]["postgres"]]
    ]


def test_the_console_command_is_eccp_bot_running_the_cli():
    assert PYPROJECT["project"]["scripts"] == {"eccp-bot": "bot.cli:main"}


def test_the_lock_pins_every_runtime_dependency_within_its_bounds():
    pins = locked()
    for requirement in runtime_requirements():
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{name} is not in requirements.lock"
        assert requirement.specifier.contains(pins[name]), (
            f"{name}=={pins[name]} breaks {requirement}"
        )


def test_the_lock_has_hashes_so_a_deployment_installs_exactly_it():
    entries = re.split(r"\n(?=[A-Za-z0-9._-]+==)", LOCK.read_text())
    pinned = [e for e in entries if re.match(r"[A-Za-z0-9._-]+==", e)]
    assert pinned
    assert all("--hash=sha256:" in entry for entry in pinned)


def test_the_lock_holds_no_test_tools():
    assert not {"pytest", "hypothesis", "mypy", "ruff", "vobject"} & set(locked())


def test_ci_tests_the_lowest_allowed_versions():
    ci = (ROOT / ".ci" / "run").read_text()
    assert "--resolution lowest-direct" in ci
    assert ".venv-lowest/bin/python -m pytest" in ci
