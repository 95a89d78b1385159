"""Telegram's HTML parse mode: entities out of markup, and the errors Telegram gives."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from tests.fake_bot_api.constants import (
    MAX_CAPTION_LENGTH,
    MAX_TEXT_LENGTH,
    JsonDict,
    Params,
)
from tests.fake_bot_api.errors import ApiError, bad_request
from tests.fake_bot_api.params import json_param

TAG_ENTITY_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "span": "spoiler",
    "tg-spoiler": "spoiler",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_ENTITY_RE = re.compile(r"&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));")
_SPECIAL_RE = re.compile(r"[<&]")
_TAG_NAME_RE = re.compile(r"[^\s>]*")
_SPACE_RE = re.compile(r"\s*")
_ATTRIBUTE_RE = re.compile(r"""([^\s=>]+)\s*(?:=\s*("[^"]*"|'[^']*'|[^\s>"']+))?""")


@dataclass(frozen=True)
class FormattedText:
    """Text as Telegram stores it: plain characters plus entities with UTF-16 offsets."""

    text: str
    entities: tuple[JsonDict, ...] = ()


@dataclass
class _OpenTag:
    name: str
    attributes: dict[str, str]
    start: int
    language: str | None = None


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit of Telegram's entity offsets."""
    return len(text.encode("utf-16-le")) // 2


def decode_entity(match: re.Match[str]) -> str | None:
    """Decode one HTML entity, or None if Telegram would not accept it."""
    decimal, hexadecimal, name = match.groups()
    if name is not None:
        return _NAMED_ENTITIES.get(name)
    code = int(decimal) if decimal is not None else int(hexadecimal, 16)
    if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF:
        return chr(code)
    return None


def _scan(pattern: re.Pattern[str], text: str, pos: int) -> tuple[str, int]:
    """Match a pattern that accepts the empty string; return (matched text, end)."""
    match = pattern.match(text, pos)
    return (match.group(), match.end()) if match else ("", pos)


def _html_error(reason: str) -> ApiError:
    return bad_request(f"can't parse entities: {reason}")


class _HtmlParser:
    """Telegram's HTML subset, after tdlib's parse_html, so that errors match the real API."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.pos = 0
        self.chunks: list[str] = []
        self.offset = 0
        self.open_tags: list[_OpenTag] = []
        self.entities: list[JsonDict] = []

    def parse(self) -> FormattedText:
        while self.pos < len(self.source):
            if self.source.startswith("&", self.pos):
                self._entity()
            elif self.source.startswith("</", self.pos):
                self._end_tag()
            elif self.source.startswith("<", self.pos):
                self._start_tag()
            else:
                self._text()
        if self.open_tags:
            name = self.open_tags[-1].name
            raise _html_error(f'Can\'t find end tag corresponding to start tag "{name}"')
        return strip_text("".join(self.chunks), self.entities)

    def _byte_offset(self) -> int:
        return len(self.source[: self.pos].encode())

    def _emit(self, text: str) -> None:
        self.chunks.append(text)
        self.offset += utf16_len(text)

    def _text(self) -> None:
        match = _SPECIAL_RE.search(self.source, self.pos)
        end = match.start() if match else len(self.source)
        self._emit(self.source[self.pos : end])
        self.pos = end

    def _entity(self) -> None:
        match = _ENTITY_RE.match(self.source, self.pos)
        char = decode_entity(match) if match else None
        if match is None or char is None:
            offset = self._byte_offset()
            raise _html_error(f'Unescaped "&" at byte offset {offset}; write "&amp;"')
        self._emit(char)
        self.pos = match.end()

    def _start_tag(self) -> None:
        begin = self._byte_offset()
        raw_name, pos = _scan(_TAG_NAME_RE, self.source, self.pos + 1)
        name = raw_name.lower()
        if pos >= len(self.source):
            raise _html_error(f"Unclosed start tag at byte offset {begin}")
        if name not in TAG_ENTITY_TYPES:
            raise _html_error(f'Unsupported start tag "{name}" at byte offset {begin}')
        attributes, self.pos = self._attributes(name, pos, begin)
        _check_tag_attributes(name, attributes, begin)
        self.open_tags.append(_OpenTag(name, attributes, self.offset))

    def _attributes(self, tag: str, pos: int, begin: int) -> tuple[dict[str, str], int]:
        attributes: dict[str, str] = {}
        while True:
            _, pos = _scan(_SPACE_RE, self.source, pos)
            if pos >= len(self.source):
                raise _html_error(f"Unclosed start tag at byte offset {begin}")
            if self.source[pos] == ">":
                return attributes, pos + 1
            name, value, pos = self._attribute(tag, pos, begin)
            attributes[name] = value

    def _attribute(self, tag: str, pos: int, begin: int) -> tuple[str, str, int]:
        match = _ATTRIBUTE_RE.match(self.source, pos)
        if match is None:
            raise _html_error(f'Empty attribute name in the tag "{tag}" at byte offset {begin}')
        name, value = match.group(1).lower(), match.group(2)
        if value is None and (tag, name) != ("blockquote", "expandable"):
            raise _html_error(
                f'Expected equal sign in declaration of an attribute of the tag "{tag}" '
                f"at byte offset {begin}"
            )
        return name, _attribute_value(value or ""), match.end()

    def _end_tag(self) -> None:
        begin = self._byte_offset()
        if not self.open_tags:
            raise _html_error(f"Unexpected end tag at byte offset {begin}")
        close = self.source.find(">", self.pos)
        if close == -1:
            raise _html_error(f"Unclosed end tag at byte offset {begin}")
        name = self.source[self.pos + 2 : close].strip().lower()
        tag = self.open_tags.pop()
        if name != tag.name:
            raise _html_error(
                f'Unmatched end tag at byte offset {begin}, expected "</{tag.name}>", '
                f'found "</{name}>"'
            )
        self.pos = close + 1
        self._close(tag)

    def _close(self, tag: _OpenTag) -> None:
        parent = self.open_tags[-1] if self.open_tags else None
        if tag.name == "code" and parent is not None and parent.name == "pre":
            # <pre><code class="language-x"> is one entity: pre with a language.
            parent.language = parent.language or _code_language(tag.attributes)
            return
        entity = _entity_for(tag, self.offset - tag.start)
        if entity is not None:
            self.entities.append(entity)


def _attribute_value(raw: str) -> str:
    unquoted = raw[1:-1] if raw[:1] in {'"', "'"} else raw
    return _ENTITY_RE.sub(lambda match: decode_entity(match) or match.group(), unquoted)


def _check_tag_attributes(name: str, attributes: Mapping[str, str], begin: int) -> None:
    if name == "span" and attributes.get("class") != "tg-spoiler":
        raise _html_error(f'Tag "span" must have class "tg-spoiler" at byte offset {begin}')
    if name == "tg-emoji" and not attributes.get("emoji-id"):
        raise _html_error(f'Tag "tg-emoji" must have attribute "emoji-id" at byte offset {begin}')


def _code_language(attributes: Mapping[str, str]) -> str | None:
    css_class = attributes.get("class", "")
    return css_class.removeprefix("language-") if css_class.startswith("language-") else None


def _entity_for(tag: _OpenTag, length: int) -> JsonDict | None:
    """Build the entity for a closed tag; Telegram drops empty ones and <a> without href."""
    if length == 0 or (tag.name == "a" and not tag.attributes.get("href")):
        return None
    entity: JsonDict = {"type": TAG_ENTITY_TYPES[tag.name], "offset": tag.start, "length": length}
    if tag.name == "a":
        entity["url"] = tag.attributes["href"]
    elif tag.name == "pre" and tag.language:
        entity["language"] = tag.language
    elif tag.name == "blockquote" and "expandable" in tag.attributes:
        entity["type"] = "expandable_blockquote"
    elif tag.name == "tg-emoji":
        entity["custom_emoji_id"] = tag.attributes["emoji-id"]
    return entity


def strip_text(text: str, entities: Iterable[JsonDict]) -> FormattedText:
    """Trim surrounding whitespace as Telegram does, moving the entities along."""
    stripped = text.strip()
    shift = utf16_len(text[: len(text) - len(text.lstrip())])
    limit = utf16_len(stripped)
    moved = [entity for raw in entities if (entity := _shift_entity(raw, shift, limit))]
    moved.sort(key=lambda entity: (entity["offset"], -entity["length"]))
    return FormattedText(stripped, tuple(moved))


def _shift_entity(entity: JsonDict, shift: int, limit: int) -> JsonDict | None:
    start = max(entity["offset"] - shift, 0)
    end = min(entity["offset"] + entity["length"] - shift, limit)
    return {**entity, "offset": start, "length": end - start} if end > start else None


def format_text(text: str, parse_mode: Any, entities: Any) -> FormattedText:
    """Turn a text parameter into what Telegram would store, or raise its parse error."""
    mode = str(parse_mode or "").lower()
    if mode == "html":
        return _HtmlParser(text).parse()
    if mode in {"", "markdown", "markdownv2"}:
        # Markdown is passed through unparsed: the team formats with HTML only.
        return strip_text(text, _entity_list(entities))
    raise bad_request("unsupported parse_mode")


def _entity_list(entities: Any) -> list[JsonDict]:
    if entities is None:
        return []
    valid = isinstance(entities, list) and all(
        isinstance(entity, dict) and isinstance(entity.get("offset"), int) for entity in entities
    )
    if not valid or not all(isinstance(entity.get("length"), int) for entity in entities):
        raise bad_request("can't parse entities JSON object")
    return list(entities)


def message_text(text: Any, parse_mode: Any, entities: Any) -> FormattedText:
    """Validate a message text like sendMessage/editMessageText do."""
    formatted = format_text(str(text or ""), parse_mode, entities)
    if not formatted.text:
        raise bad_request("message text is empty")
    if len(formatted.text) > MAX_TEXT_LENGTH:
        raise bad_request("message is too long")
    return formatted


def caption_text(params: Params) -> FormattedText:
    caption = str(params.get("caption") or "")
    entities = json_param(params, "caption_entities")
    formatted = format_text(caption, params.get("parse_mode"), entities)
    if len(formatted.text) > MAX_CAPTION_LENGTH:
        raise bad_request("message caption is too long")
    return formatted


def text_content(
    text: FormattedText, text_key: str = "text", entities_key: str = "entities"
) -> JsonDict:
    content: JsonDict = {text_key: text.text}
    if text.entities:
        content[entities_key] = list(text.entities)
    return content
