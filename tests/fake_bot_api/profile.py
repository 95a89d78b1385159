"""The bot's profile and the chats' members: descriptions, and who administers a group."""

from __future__ import annotations

from typing import Any

from tests.fake_bot_api.constants import JsonDict, Params
from tests.fake_bot_api.errors import bad_request
from tests.fake_bot_api.params import int_param
from tests.fake_bot_api.state import Chats

MAX_DESCRIPTION, MAX_SHORT_DESCRIPTION = 512, 120
ADMIN_RIGHTS = (
    "can_manage_chat can_delete_messages can_manage_video_chats can_restrict_members "
    "can_promote_members can_change_info can_invite_users can_post_stories can_edit_stories "
    "can_delete_stories"
).split()


class Profile:
    """setMyDescription and its kin, getChatMember and getChatAdministrators."""

    def __init__(self, chats: Chats) -> None:
        self.chats = chats
        self.descriptions: dict[tuple[str, str], str] = {}  # (kind, language) -> text
        self.statuses: dict[tuple[int, int], str] = {}  # (chat, user) -> status

    def handlers(self) -> dict[str, Any]:
        return {
            "setMyDescription": self.set_description,
            "getMyDescription": self.get_description,
            "setMyShortDescription": self.set_short_description,
            "getMyShortDescription": self.get_short_description,
            "getChatMember": self.get_chat_member,
            "getChatAdministrators": self.get_chat_administrators,
        }

    def clear(self) -> None:
        self.descriptions.clear()
        self.statuses.clear()

    def set_status(self, chat_id: int, user_id: int, status: str) -> None:
        """Make a user 'creator', 'administrator', 'member', 'left' ... of a chat."""
        self.statuses[(chat_id, user_id)] = status

    async def set_description(self, params: Params) -> bool:
        return self._set("description", params, MAX_DESCRIPTION)

    async def get_description(self, params: Params) -> JsonDict:
        return {"description": self._get("description", params)}

    async def set_short_description(self, params: Params) -> bool:
        return self._set("short_description", params, MAX_SHORT_DESCRIPTION)

    async def get_short_description(self, params: Params) -> JsonDict:
        return {"short_description": self._get("short_description", params)}

    def _set(self, kind: str, params: Params, limit: int) -> bool:
        text = str(params.get(kind) or "")
        if len(text) > limit:
            raise bad_request(f"{kind} is too long")
        self.descriptions[(kind, str(params.get("language_code") or ""))] = text
        return True

    def _get(self, kind: str, params: Params) -> str:
        return self.descriptions.get((kind, str(params.get("language_code") or "")), "")

    async def get_chat_member(self, params: Params) -> JsonDict:
        chat = self.chats.resolve(params.get("chat_id"))
        user_id = int_param(params, "user_id", "user not found")
        return self._member(chat["id"], user_id)

    async def get_chat_administrators(self, params: Params) -> list[JsonDict]:
        chat = self.chats.resolve(params.get("chat_id"))
        if chat["type"] == "private":
            raise bad_request("there are no administrators in the private chat")
        return [
            self._member(chat_id, user_id)
            for (chat_id, user_id), status in self.statuses.items()
            if chat_id == chat["id"] and status in ("creator", "administrator")
        ]

    def _member(self, chat_id: int, user_id: int) -> JsonDict:
        status = self.statuses.get((chat_id, user_id), "member")
        if chat_id == user_id and status == "member":
            status = "creator"  # in a private chat, the user owns it
        member: JsonDict = {"status": status, "user": self.chats.user(user_id)}
        if status == "creator":
            member["is_anonymous"] = False
        elif status == "administrator":
            member |= {"can_be_edited": False, "is_anonymous": False}
            member |= dict.fromkeys(ADMIN_RIGHTS, True)
        return member
