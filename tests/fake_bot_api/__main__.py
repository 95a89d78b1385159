"""`python -m tests.fake_bot_api`: serve the fake until SIGINT/SIGTERM."""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys

from tests.fake_bot_api.constants import (
    DEFAULT_BOT_USERNAME,
    DEFAULT_TOKEN,
    READY_PREFIX,
)
from tests.fake_bot_api.server import FakeBotApi


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tests.fake_bot_api", description="Serve a fake Telegram Bot API."
    )
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port (default)")
    parser.add_argument("--token", default=DEFAULT_TOKEN)
    parser.add_argument("--bot-username", default=DEFAULT_BOT_USERNAME)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added per call")
    return parser.parse_args(argv)


async def serve(args: argparse.Namespace) -> None:
    """Run until SIGINT/SIGTERM; the READY line tells the parent the port and that we listen."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    fake = FakeBotApi(
        args.token, port=args.port, bot_username=args.bot_username, latency=args.latency
    )
    async with fake:
        print(f"{READY_PREFIX} {fake.url}", flush=True)
        await stop.wait()


def main(argv: list[str] | None = None) -> int:
    asyncio.run(serve(parse_args(argv)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
