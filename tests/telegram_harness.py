"""A real bot Application talking to the fake Bot API, for whole-conversation tests."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from pathlib import Path

from bot.config import DeliverySettings, Settings
from bot.services import Services, build_services
from bot.telegram.app import build_application
from tests.factories import at
from tests.fake_bot_api import FakeBotApi

TOKEN = "123456:TEST-conversation-token"
ADMIN = 1000
NOW = at("2022-07-20T10:00:00+02:00")

KNOWLEDGE = """
[[events]]
id = "eccp-annual-conference-2022"
title = "European Cluster Collaboration Platform Annual Conference 2022"
kind = "conference"
aliases = ["ECCP conference 2022"]
start = 2022-09-26
end = 2022-09-27
timezone = "Europe/Prague"
location = "Prague, Czechia"
registration_url = "https://example.org/eccp/register"
url = "https://example.org/eccp"
summary = "The yearly gathering of the European cluster community & its <partners>."
tags = ["clusters", "eccp"]

[[events]]
id = "cmr-porto-2022"
title = "Clusters meet Regions workshop: Porto"
kind = "workshop"
start = 2022-10-20T09:00:00+01:00
end = 2022-10-20T17:00:00+01:00
timezone = "Europe/Lisbon"
location = "Porto, Portugal"
url = "https://example.org/cmr/porto"
tags = ["clusters meet regions"]

[[events]]
id = "cmr-lodz-2022"
title = "Clusters meet Regions workshop: Lodz"
kind = "workshop"
start = 2022-11-17
timezone = "Europe/Warsaw"
location = "Lodz, Poland"
url = "https://example.org/cmr/lodz"
tags = ["clusters meet regions"]

[[calls]]
id = "clusters-meet-regions-eoi-2022"
title = "Call for Expression of Interest: Clusters meet Regions workshops"
aliases = ["CmR call"]
deadline = 2022-07-29T18:00:00+02:00
timezone = "Europe/Brussels"
url = "https://example.org/cmr/call"
summary = "Regions apply to host one of 13 workshops."
tags = ["clusters"]

[[briefs]]
id = "policy-brief-clusters-twin-transition"
title = "Policy brief: clusters driving the green and digital twin transitions"
aliases = ["twin transition brief"]
published = 2022-05-10
url = "https://example.org/brief"
"""


def write_knowledge(folder: Path, text: str = KNOWLEDGE) -> Path:
    """A knowledge folder with one file."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "items.toml").write_text(text, encoding="utf-8")
    return folder


def bot_settings(fake: FakeBotApi, tmp_path: Path, database_url: str | None = None) -> Settings:
    """Settings pointing at the fake server, a fresh database and the test knowledge."""
    return Settings(
        telegram_token=TOKEN,
        telegram_api_base_url=fake.base_url,
        database_url=database_url or f"sqlite:///{tmp_path}/bot.sqlite3",
        knowledge_dir=write_knowledge(tmp_path / "knowledge"),
        admin_user_ids=frozenset({ADMIN}),
        delivery=replace(DeliverySettings(), reply_per_second=0, per_chat_interval_s=0.0),
        instance_id="test-instance",
    )


@asynccontextmanager
async def running_bot(settings: Settings, now=NOW) -> AsyncIterator[Services]:
    """Start the real Application (polling the fake) with a fixed clock; stop it cleanly."""
    services = build_services(settings, clock=lambda: now)
    app = build_application(services)
    await app.initialize()
    assert app.post_init is not None
    await app.post_init(app)
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0, timeout=1)
    try:
        yield services
    finally:
        await app.updater.stop()
        await app.stop()
        assert app.post_stop is not None
        assert app.post_shutdown is not None
        await app.post_stop(app)
        await app.shutdown()
        await app.post_shutdown(app)
