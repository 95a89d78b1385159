"""The fake Bot API, driven by a real python-telegram-bot ``Bot``: no PTB method is mocked."""

from __future__ import annotations

import asyncio
import datetime as dtm
import json
import os
import re
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
from telegram import (
    Bot,
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Message,
    Update,
    User,
)
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    Conflict,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import Application, ApplicationBuilder, ContextTypes, MessageHandler, filters

from tests.fake_bot_api import READY_PREFIX, FakeBotApi, UploadedFile

TOKEN = "123456:TEST-fake-token"
CHAT = 4242
REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi(token=TOKEN) as server:
        yield server


@pytest.fixture
async def bot(fake: FakeBotApi) -> AsyncIterator[Bot]:
    async with Bot(TOKEN, base_url=fake.base_url, base_file_url=fake.base_file_url) as client:
        yield client


def message_of(update: Update) -> Message:
    """The update's message, failing the test rather than returning None."""
    assert update.message is not None
    return update.message


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


# --- identity and routing --------------------------------------------------------------------


async def test_get_me_returns_the_bot_user_named_by_the_token(fake: FakeBotApi, bot: Bot) -> None:
    me = await bot.get_me()

    assert (me.id, me.is_bot, me.username) == (123456, True, fake.bot_username)


async def test_a_wrong_token_is_rejected_as_invalid(fake: FakeBotApi) -> None:
    with pytest.raises(InvalidToken):
        async with Bot("999:wrong", base_url=fake.base_url):
            pass


async def test_an_unknown_method_is_not_found(bot: Bot) -> None:
    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("sendHologram")


# --- sending and validation ------------------------------------------------------------------


async def test_send_message_returns_a_message_and_is_recorded(fake: FakeBotApi, bot: Bot) -> None:
    first = await bot.send_message(CHAT, "hello")
    second = await bot.send_message(CHAT, "<b>again</b>", parse_mode=ParseMode.HTML)

    assert (first.message_id, second.message_id) == (1, 2)
    assert second.text == "again"
    assert second.entities[0].type == "bold"
    assert [sent["text"] for sent in fake.sent(chat_id=CHAT)] == ["hello", "<b>again</b>"]
    assert fake.last_text(CHAT) == "again"


async def test_html_entities_are_decoded_and_offsets_count_utf16_units(bot: Bot) -> None:
    text = '😀 <i>a</i> &lt;tag&gt; &amp; &#39;q&#x27; <a href="https://e.org/?a=1&amp;b=2">l</a>'

    message = await bot.send_message(CHAT, text, parse_mode=ParseMode.HTML)

    assert message.text == "😀 a <tag> & 'q' l"
    italic, link = message.entities
    assert (italic.type, italic.offset, italic.length) == ("italic", 3, 1)
    assert link.url == "https://e.org/?a=1&b=2"


@pytest.mark.parametrize(
    "text",
    [
        '<pre><code class="language-python">x = 1</code></pre>',
        "<blockquote expandable>long quote</blockquote>",
        '<span class="tg-spoiler">s</span> <tg-spoiler>t</tg-spoiler>',
        "<b>b<i>bi<u>biu<s>all</s></u></i></b> <strong>x</strong> <em>y</em> <ins>z</ins>",
        "<del>d</del> <strike>s</strike> <code>c</code>",
        '<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>',
        "a > b",
    ],
)
async def test_supported_html_is_accepted(bot: Bot, text: str) -> None:
    assert await bot.send_message(CHAT, text, parse_mode=ParseMode.HTML)


async def test_pre_with_a_code_language_becomes_one_pre_entity(bot: Bot) -> None:
    text = '<pre><code class="language-python">x = 1</code></pre>'

    message = await bot.send_message(CHAT, text, parse_mode=ParseMode.HTML)

    assert [(e.type, e.language) for e in message.entities] == [("pre", "python")]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("a < b", 'unsupported start tag "" at byte offset 2'),
        ("R&D", 'unescaped "&" at byte offset 1'),
        ("&nbsp;", 'unescaped "&" at byte offset 0'),
        ("<blink>x</blink>", 'unsupported start tag "blink"'),
        ("<b>bold", 'can\'t find end tag corresponding to start tag "b"'),
        ("<b><i>x</b></i>", 'unmatched end tag at byte offset 7, expected "</i>", found "</b>"'),
        ("x</b>", "unexpected end tag at byte offset 1"),
        ("<b", "unclosed start tag"),
        ('<span class="x">s</span>', 'tag "span" must have class "tg-spoiler"'),
        ("<a href>x</a>", "expected equal sign"),
    ],
)
async def test_bad_html_is_rejected_like_telegram(bot: Bot, text: str, reason: str) -> None:
    with pytest.raises(BadRequest, match=re.escape(f"an't parse entities: {reason}")):
        await bot.send_message(CHAT, text, parse_mode=ParseMode.HTML)


async def test_text_over_4096_characters_after_parsing_is_too_long(bot: Bot) -> None:
    await bot.send_message(CHAT, f"<b>{'x' * 4096}</b>", parse_mode=ParseMode.HTML)

    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.send_message(CHAT, "x" * 4097)


async def test_blank_text_is_empty(bot: Bot) -> None:
    with pytest.raises(BadRequest, match="Message text is empty"):
        await bot.send_message(CHAT, "  <b> </b> ", parse_mode=ParseMode.HTML)


async def test_callback_data_over_64_bytes_is_rejected(fake: FakeBotApi, bot: Bot) -> None:
    def keyboard(data: str) -> InlineKeyboardMarkup:
        return InlineKeyboardMarkup([[InlineKeyboardButton("go", callback_data=data)]])

    message = await bot.send_message(CHAT, "ok", reply_markup=keyboard("é" * 32))

    assert message.reply_markup == keyboard("é" * 32)
    with pytest.raises(BadRequest, match="Button_data_invalid"):
        await bot.send_message(CHAT, "too long", reply_markup=keyboard("x" * 65))
    assert len(fake.calls("sendMessage", ok=False)) == 1


@pytest.mark.parametrize("url", ["javascript:alert(1)", "example.org/x", "https://"])
async def test_url_buttons_need_an_http_or_tg_url(bot: Bot, url: str) -> None:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("open", url=url)]])

    with pytest.raises(BadRequest, match="Inline keyboard button url"):
        await bot.send_message(CHAT, "link", reply_markup=markup)


# --- edits, deletes, other methods -----------------------------------------------------------


async def test_edits_fail_for_missing_or_unchanged_messages(fake: FakeBotApi, bot: Bot) -> None:
    message = await bot.send_message(CHAT, "draft")

    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("x", chat_id=CHAT, message_id=99)
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_text("draft", chat_id=CHAT, message_id=message.message_id)
    edited = await bot.edit_message_text("final", chat_id=CHAT, message_id=message.message_id)

    assert isinstance(edited, Message)
    assert edited.text == "final"
    assert edited.edit_date is not None
    assert fake.last_text(CHAT) == "final"


async def test_edit_reply_markup_and_delete_message(fake: FakeBotApi, bot: Bot) -> None:
    message = await bot.send_message(CHAT, "menu")
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("a", callback_data="a")]])

    edited = await bot.edit_message_reply_markup(CHAT, message.message_id, reply_markup=markup)
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_reply_markup(CHAT, message.message_id, reply_markup=markup)
    assert await bot.delete_message(CHAT, message.message_id)
    with pytest.raises(BadRequest, match="Message to delete not found"):
        await bot.delete_message(CHAT, message.message_id)

    assert isinstance(edited, Message)
    assert edited.reply_markup == markup
    assert fake.last_text(CHAT) is None


async def test_commands_webhook_chat_action_and_log_out(fake: FakeBotApi, bot: Bot) -> None:
    commands = [BotCommand("start", "Start"), BotCommand("when", "When is it?")]

    assert await bot.set_my_commands(commands)
    assert await bot.get_my_commands() == tuple(commands)
    with pytest.raises(BadRequest, match="Bot_command_invalid"):
        await bot.set_my_commands([BotCommand("Start", "capitals are not allowed")])
    assert await bot.set_webhook("https://example.org/hook")
    assert (await bot.get_webhook_info()).url == "https://example.org/hook"
    with pytest.raises(Conflict, match="webhook is active"):
        await bot.get_updates()
    assert await bot.delete_webhook()
    assert await bot.send_chat_action(CHAT, "typing")
    assert await bot.log_out()
    assert await bot.close()


async def test_send_document_records_the_upload_and_serves_it_back(
    fake: FakeBotApi, bot: Bot
) -> None:
    content = b"id,title\n1,Workshop\n"

    message = await bot.send_document(CHAT, content, filename="events.csv", caption="<b>CSV</b>")
    assert message.document is not None
    file = await bot.get_file(message.document.file_id)
    downloaded = await file.download_as_bytearray()

    upload = fake.sent("sendDocument")[0]["document"]
    assert isinstance(upload, UploadedFile)
    assert (upload.file_name, upload.size, upload.data) == ("events.csv", len(content), content)
    assert message.document.file_name == "events.csv"
    assert message.caption == "<b>CSV</b>"
    assert bytes(downloaded) == content


# --- failure injection -----------------------------------------------------------------------


async def test_429_raises_retry_after_and_the_next_call_succeeds(
    fake: FakeBotApi, bot: Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Opt in to PTB 22's timedelta retry_after; the int form warns, and warnings are errors.
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    fake.fail_next("sendMessage", status=429, retry_after=3, times=1)

    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(CHAT, "hi")
    await bot.send_message(CHAT, "hi")

    assert caught.value.retry_after == dtm.timedelta(seconds=3)
    assert [call.status for call in fake.calls("sendMessage")] == [429, 200]
    assert len(fake.sent()) == 1


async def test_blocked_chat_raises_forbidden_until_unblocked(fake: FakeBotApi, bot: Bot) -> None:
    fake.block_chat(CHAT)

    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(CHAT, "reminder")
    await bot.send_message(CHAT + 1, "other chats still work")
    fake.unblock_chat(CHAT)
    await bot.send_message(CHAT, "reminder")

    assert [call.status for call in fake.calls(chat_id=CHAT)] == [403, 200]


async def test_502_from_a_proxy_raises_a_plain_network_error(fake: FakeBotApi, bot: Bot) -> None:
    fake.fail_next("sendMessage", status=502)

    with pytest.raises(NetworkError, match="Bad Gateway") as caught:
        await bot.send_message(CHAT, "hi")

    assert type(caught.value) is NetworkError


async def test_injected_400_carries_its_description(fake: FakeBotApi, bot: Bot) -> None:
    fake.fail_next("*", status=400, description="Bad Request: chat not found", times=2)

    for _ in range(2):
        with pytest.raises(BadRequest, match="Chat not found"):
            await bot.send_chat_action(CHAT, "typing")
    assert await bot.send_chat_action(CHAT, "typing")


async def test_a_send_that_times_out_on_the_client_is_still_delivered(
    fake: FakeBotApi, bot: Bot
) -> None:
    fake.latency = 0.3

    with pytest.raises(TimedOut):
        await bot.send_message(CHAT, "sent twice?", read_timeout=0.05)
    await fake.wait_for("sendMessage", chat_id=CHAT)

    assert fake.last_text(CHAT) == "sent twice?"


async def test_fail_next_rejects_misspelled_methods(fake: FakeBotApi) -> None:
    with pytest.raises(ValueError, match="sendMesage"):
        fake.fail_next("sendMesage")


# --- updates -------------------------------------------------------------------------------


async def test_get_updates_returns_queued_updates_until_confirmed(
    fake: FakeBotApi, bot: Bot
) -> None:
    fake.queue_message(CHAT, "/start@fake_test_bot now")
    fake.queue_message(-100777, f"hi @{fake.bot_username}", user_id=7, chat_type="supergroup")

    command, mention = await bot.get_updates(timeout=0)
    again = await bot.get_updates(offset=mention.update_id + 1, timeout=0)

    assert message_of(command).text == "/start@fake_test_bot now"
    assert message_of(command).entities[0].type == "bot_command"
    assert message_of(command).entities[0].length == len("/start@fake_test_bot")
    assert message_of(mention).chat.type == "supergroup"
    assert message_of(mention).from_user == User(7, "Test", False, username="tester")
    assert message_of(mention).parse_entities(["mention"]).popitem()[1] == "@fake_test_bot"
    assert mention.update_id > command.update_id
    assert again == ()
    assert fake.pending_updates == []


async def test_long_poll_returns_as_soon_as_an_update_is_queued(
    fake: FakeBotApi, bot: Bot
) -> None:
    poll = asyncio.create_task(bot.get_updates(timeout=30))
    await fake.wait_for_poller()
    loop = asyncio.get_running_loop()
    queued_at = loop.time()

    fake.queue_message(CHAT, "wake up")
    (update,) = await poll

    assert message_of(update).text == "wake up"
    assert loop.time() - queued_at < 1.0


async def test_long_poll_honours_its_timeout_when_nothing_arrives(bot: Bot) -> None:
    loop = asyncio.get_running_loop()
    started = loop.time()

    updates = await bot.get_updates(timeout=dtm.timedelta(milliseconds=200))

    assert updates == ()
    assert 0.15 <= loop.time() - started < 2.0


async def test_a_second_bot_instance_ends_the_first_poll_with_conflict(
    fake: FakeBotApi, bot: Bot
) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=30))
    await fake.wait_for_poller()

    async with Bot(TOKEN, base_url=fake.base_url) as second_instance:
        assert await second_instance.get_updates(timeout=0) == ()
    with pytest.raises(Conflict, match="terminated by other getUpdates request"):
        await first


async def test_callback_queries_can_be_answered_once(fake: FakeBotApi, bot: Bot) -> None:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("more", callback_data="more")]])
    sent = await bot.send_message(CHAT, "menu", reply_markup=markup)
    fake.queue_callback(CHAT, sent.message_id, "more")

    (update,) = await bot.get_updates(timeout=0)
    query = update.callback_query

    assert query is not None
    assert query.message is not None
    assert (query.data, query.message.message_id, query.from_user.id) == ("more", 1, CHAT)
    assert await bot.answer_callback_query(query.id, text="ok")
    with pytest.raises(BadRequest, match="Query is too old"):
        await bot.answer_callback_query(query.id)


async def test_inline_answers_are_checked_for_count_and_ids(fake: FakeBotApi, bot: Bot) -> None:
    def article(result_id: str) -> InlineQueryResultArticle:
        content = InputTextMessageContent("<b>Workshop</b>", parse_mode=ParseMode.HTML)
        return InlineQueryResultArticle(result_id, "Workshop", content)

    query_id = fake.queue_inline_query(77, "work")["inline_query"]["id"]

    with pytest.raises(BadRequest, match="Results_too_much"):
        await bot.answer_inline_query(query_id, [article(str(n)) for n in range(51)])
    with pytest.raises(BadRequest, match="Result_id_duplicate"):
        await bot.answer_inline_query(query_id, [article("a"), article("a")])
    with pytest.raises(BadRequest, match="Result_id_invalid"):
        await bot.answer_inline_query(query_id, [article("x" * 65)])
    assert await bot.answer_inline_query(query_id, [article("a"), article("b")])


async def test_wait_for_gives_up_with_a_readable_error(fake: FakeBotApi) -> None:
    with pytest.raises(TimeoutError, match="sendMessage not recorded"):
        await fake.wait_for("sendMessage", timeout=0)


# --- a real Application --------------------------------------------------------------------


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Reply with the user's own words."""
    assert update.effective_message is not None
    await update.effective_message.reply_text(update.effective_message.text or "")


async def test_polling_application_echoes_a_queued_message(fake: FakeBotApi) -> None:
    application: Application = (  # type: ignore[type-arg]
        ApplicationBuilder().token(TOKEN).base_url(fake.base_url).build()
    )
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    fake.queue_message(CHAT, "echo me")

    await application.initialize()
    try:
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(timeout=dtm.timedelta(seconds=10))
        replies = await fake.wait_for("sendMessage", chat_id=CHAT)
        await application.updater.stop()
        await application.stop()
    finally:
        await application.shutdown()

    assert replies[0]["text"] == "echo me"
    assert fake.pending_updates == []


# --- control endpoints and the standalone process -----------------------------------------


async def test_control_endpoints_and_json_bodies_work_in_process(
    fake: FakeBotApi, http: aiohttp.ClientSession
) -> None:
    control = f"{fake.url}/_control"
    api = f"{fake.base_url}{TOKEN}"

    await http.post(f"{control}/fail", json={"method": "sendMessage", "status": 403})
    async with http.post(f"{api}/sendMessage", json={"chat_id": 1, "text": "x"}) as blocked:
        assert blocked.status == 403
    keyboard = json.dumps({"inline_keyboard": [[{"text": "a", "callback_data": "a"}]]})
    body = {"chat_id": 1, "text": "x", "reply_markup": keyboard}
    async with http.post(f"{api}/sendmessage", json=body) as sent:
        assert (await sent.json())["result"]["reply_markup"]["inline_keyboard"][0][0][
            "text"
        ] == "a"
    async with http.get(f"{control}/requests", params={"method": "sendMessage"}) as listed:
        statuses = [call["status"] for call in (await listed.json())["result"]]
    await http.post(f"{control}/reset")

    assert statuses == [403, 200]
    assert fake.requests == []


@pytest.mark.slow
async def test_standalone_process_serves_a_bot_and_is_controlled_over_http(
    http: aiohttp.ClientSession,
) -> None:
    process = await asyncio.create_subprocess_exec(
        *(sys.executable, "-m", "tests.fake_bot_api", "--port", "0", "--token", TOKEN),
        cwd=REPO_ROOT,
        stdout=asyncio.subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        async with asyncio.timeout(10):
            ready = (await process.stdout.readline()).decode().split()
        assert ready[0] == READY_PREFIX
        await exercise_standalone(http, ready[1])
    finally:
        process.terminate()
        await process.communicate()
    assert process.returncode == 0


async def exercise_standalone(http: aiohttp.ClientSession, url: str) -> None:
    """Queue an update, let a real Bot read it and reply, then read the record back."""
    update = {"type": "message", "chat_id": CHAT, "text": "ping"}
    async with http.post(f"{url}/_control/updates", json=update) as queued:
        assert (await queued.json())["result"][0]["message"]["text"] == "ping"
    async with Bot(TOKEN, base_url=f"{url}/bot") as bot:
        (received,) = await bot.get_updates(timeout=5)
        await bot.send_message(CHAT, f"pong to {message_of(received).text}")
    wait = {"method": "sendMessage", "count": "1", "timeout": "5"}
    async with http.get(f"{url}/_control/wait", params=wait) as waited:
        assert waited.status == 200
    async with http.get(f"{url}/_control/requests", params={"method": "sendMessage"}) as listed:
        assert (await listed.json())["result"][0]["params"]["text"] == "pong to ping"
