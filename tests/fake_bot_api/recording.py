"""Recorded calls and injected failures."""

from __future__ import annotations

from dataclasses import dataclass

from tests.fake_bot_api.constants import (
    BLOCKED_BY_USER,
    DEFAULT_DESCRIPTIONS,
    KICKED_FROM_GROUP,
    JsonDict,
    Params,
)
from tests.fake_bot_api.errors import ApiError
from tests.fake_bot_api.params import UploadedFile


@dataclass(frozen=True)
class RecordedCall:
    """One Bot API call as the fake saw it; failed calls are kept too, with their status."""

    method: str
    params: Params
    time: float
    status: int
    description: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == 200

    def matches(self, method: str | None, chat_id: int | str | None, ok: bool | None) -> bool:
        return (
            (method is None or self.method == method)
            and (chat_id is None or str(self.params.get("chat_id")) == str(chat_id))
            and (ok is None or self.ok == ok)
        )

    def to_json(self) -> JsonDict:
        params = {
            key: value.to_json() if isinstance(value, UploadedFile) else value
            for key, value in self.params.items()
        }
        return {
            "method": self.method,
            "params": params,
            "time": self.time,
            "status": self.status,
            "description": self.description,
        }


@dataclass
class Failure:
    status: int
    description: str
    retry_after: int | None
    remaining: int

    def error(self) -> ApiError:
        parameters = None if self.retry_after is None else {"retry_after": self.retry_after}
        return ApiError(self.status, self.description, parameters)


def default_description(status: int, retry_after: int | None) -> str:
    if status == 429:
        return f"Too Many Requests: retry after {retry_after}"
    return DEFAULT_DESCRIPTIONS.get(status, f"Injected error {status}")


def default_block_description(chat_id: int | str) -> str:
    return KICKED_FROM_GROUP if str(chat_id).startswith("-") else BLOCKED_BY_USER
