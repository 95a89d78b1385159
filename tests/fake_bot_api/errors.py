"""Bot API error replies, as Telegram (or a proxy in front of it) sends them."""

from __future__ import annotations

from aiohttp import web

from tests.fake_bot_api.constants import PROXY_STATUSES, JsonDict


class ApiError(Exception):
    """A Bot API error reply; method handlers raise it so that their happy path stays flat."""

    def __init__(self, status: int, description: str, parameters: JsonDict | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters

    def response(self) -> web.Response:
        """Render the reply as Telegram (or, for 502-504, a proxy in front of it) would."""
        if self.status in PROXY_STATUSES:
            return proxy_error_page(self.status, self.description)
        return error_response(self.status, self.description, self.parameters)


def bad_request(reason: str) -> ApiError:
    return ApiError(400, f"Bad Request: {reason}")


def error_response(
    status: int, description: str, parameters: JsonDict | None = None
) -> web.Response:
    body: JsonDict = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return web.json_response(body, status=status)


def proxy_error_page(status: int, reason: str) -> web.Response:
    page = f"<html><head><title>{status} {reason}</title></head><body>{reason}</body></html>"
    return web.Response(status=status, text=page, content_type="text/html")
