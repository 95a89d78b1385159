"""Request parameters: form fields, JSON values, uploaded files."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from aiohttp import BodyPartReader, web

from tests.fake_bot_api.constants import STRING_FIELDS, JsonDict, Params
from tests.fake_bot_api.errors import bad_request


@dataclass(frozen=True)
class UploadedFile:
    """A file the bot uploaded in a multipart request; kept whole so tests can compare bytes."""

    part_name: str
    file_name: str
    mime_type: str
    data: bytes

    @property
    def size(self) -> int:
        return len(self.data)

    def to_json(self) -> JsonDict:
        digest = hashlib.sha256(self.data).hexdigest()
        return {
            "file_name": self.file_name,
            "mime_type": self.mime_type,
            "size": self.size,
            "sha256": digest,
        }


def loads(raw: str, what: str) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        raise bad_request(f"can't parse {what} JSON object") from None


def decode_form_value(name: str, raw: str) -> Any:
    """Undo PTB's encoding: every non-string parameter travels as JSON text in the form."""
    if name in STRING_FIELDS:
        return raw
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def json_param(params: Params, name: str) -> Any:
    """A structured parameter, decoding it if a JSON body sent it as a string."""
    value = params.get(name)
    return loads(value, name.replace("_", " ")) if isinstance(value, str) else value


def int_param(params: Params, name: str, missing: str) -> int:
    try:
        return int(params[name])
    except (KeyError, TypeError, ValueError):
        raise bad_request(missing) from None


def optional_number(params: Params, name: str) -> float | None:
    value = params.get(name)
    if value is None:
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        raise bad_request(f"wrong parameter {name} in request") from None


async def read_params(request: web.Request) -> Params:
    """Read query, JSON, urlencoded or multipart parameters: Telegram accepts them all."""
    params: Params = {key: decode_form_value(key, value) for key, value in request.query.items()}
    if request.content_type == "application/json":
        body = loads(await request.text(), "request body")
        params.update(body if isinstance(body, dict) else {})
    elif request.content_type == "multipart/form-data":
        params.update(await _read_multipart(request))
    elif request.body_exists:
        form = await request.post()
        params.update(
            {key: decode_form_value(key, v) for key, v in form.items() if isinstance(v, str)}
        )
    return _resolve_attachments(params)


async def _read_multipart(request: web.Request) -> Params:
    params: Params = {}
    reader = await request.multipart()
    while (part := await reader.next()) is not None:
        if isinstance(part, BodyPartReader) and part.name:
            params[part.name] = await _read_part(part)
        else:
            await part.release()
    return params


async def _read_part(part: BodyPartReader) -> Any:
    name = part.name or ""
    if part.filename is None:
        return decode_form_value(name, await part.text())
    mime_type = part.headers.get("Content-Type", "application/octet-stream")
    return UploadedFile(name, part.filename, mime_type, bytes(await part.read()))


def _resolve_attachments(params: Params) -> Params:
    """Swap "attach://name" references (thumbnails) for the uploaded part they name."""
    return {key: _attachment(params, value) for key, value in params.items()}


def _attachment(params: Params, value: Any) -> Any:
    if isinstance(value, str) and value.startswith("attach://"):
        return params.get(value.removeprefix("attach://"), value)
    return value
