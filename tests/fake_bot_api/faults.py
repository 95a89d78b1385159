"""Faults that last for a while, as Telegram has them: outages, 429 storms, limits, migrations.

`fail_next` breaks the next N calls; these break calls for a span of time
or by a rule, so real processes can be tested against a Bot API that is
down for 75 seconds, rejects the token for 6, enforces its per-second limit
with 429s, or answers a group's messages with "upgraded to a supergroup".
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass

from tests.fake_bot_api.constants import JsonDict, Params
from tests.fake_bot_api.errors import ApiError

SENDING = frozenset({"sendMessage", "sendDocument", "editMessageText", "copyMessage"})
MIGRATED = "Bad Request: group chat was upgraded to a supergroup chat"


@dataclass
class Outage:
    """Every call of `method` ("*": any) fails with `status` until `until` (time.time())."""

    method: str
    status: int
    until: float
    description: str
    retry_after: int | None = None

    def error(self) -> ApiError:
        parameters = None if self.retry_after is None else {"retry_after": self.retry_after}
        return ApiError(self.status, self.description, parameters)


class Faults:
    """The lasting faults of one fake server, checked before each call is handled."""

    def __init__(self) -> None:
        self.outages: list[Outage] = []
        self.migrated: dict[str, int] = {}
        self.per_second: int | None = None
        self.sends_per_second: Counter[int] = Counter()  # accepted sends by arrival second

    def outage(
        self, method: str, status: int, seconds: float, retry_after: int | None = None
    ) -> None:
        """Fail `method` with `status` for `seconds` from now (429s carry retry_after)."""
        if status == 429 and retry_after is None:
            retry_after = 1
        description = _description(status, retry_after)
        until = time.time() + seconds
        self.outages.append(Outage(method, status, until, description, retry_after))

    def migrate(self, old: int, new: int) -> None:
        """Messages to the group `old` fail as Telegram's do after it became supergroup `new`."""
        self.migrated[str(old)] = new

    def limit(self, per_second: int | None) -> None:
        """Refuse sends beyond `per_second` in any one second with 429 retry_after 1."""
        self.per_second = per_second

    def clear(self) -> None:
        self.outages.clear()
        self.migrated.clear()
        self.per_second = None
        self.sends_per_second.clear()

    def check(self, method: str, params: Params, arrived: float) -> ApiError | None:
        """The error this call meets, if any; counts it against the per-second limit if not."""
        for outage in self.outages:
            if outage.method in ("*", method) and arrived < outage.until:
                return outage.error()
        new = self.migrated.get(str(params.get("chat_id")))
        if new is not None and method in SENDING:
            return ApiError(400, MIGRATED, {"migrate_to_chat_id": new})
        return self._over_limit(method, arrived)

    def _over_limit(self, method: str, arrived: float) -> ApiError | None:
        if method not in SENDING:
            return None
        second = int(arrived)
        if self.per_second is not None and self.sends_per_second[second] >= self.per_second:
            return ApiError(429, "Too Many Requests: retry after 1", {"retry_after": 1})
        self.sends_per_second[second] += 1
        return None

    def to_json(self) -> JsonDict:
        return {"sends_per_second": {str(k): v for k, v in sorted(self.sends_per_second.items())}}


def _description(status: int, retry_after: int | None) -> str:
    if status == 429:
        return f"Too Many Requests: retry after {retry_after}"
    return {401: "Unauthorized", 502: "Bad Gateway", 503: "Service Unavailable"}.get(
        status, f"Injected error {status}"
    )
