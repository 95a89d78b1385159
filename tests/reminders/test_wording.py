"""Reminders, announcements and notices in the chat's language, with its plural forms."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.languages import dates as spoken
from bot.languages.speech import speaking
from bot.reminders import wording
from bot.reminders.per_chat import PerChat
from bot.reminders.preferences import list_words, menu_words, offset_words
from tests.factories import at, call, event

DEADLINE = at("2022-07-29T18:00:00+02:00")
CALL = call("cmr-call", "Clusters meet Regions call", deadline=DEADLINE)
CONFERENCE = event(
    "eccp-2022",
    "ECCP Annual Conference 2022",
    date(2022, 9, 26),
    date(2022, 9, 27),
    kind="conference",
    location="Prague",
)
NEW_YORK = ZoneInfo("America/New_York")


def days_before(days: int):
    return DEADLINE - timedelta(days=days)


def test_english_reminders_read_exactly_as_before() -> None:
    assert wording.reminder(CALL, days_before(3), NEW_YORK) == (
        "⏰ Reminder: Clusters meet Regions call closes in 3 days, on 29 July 2022, 18:00 CEST "
        "(your time: 29 July 2022, 12:00 EDT)."
    )


@pytest.mark.parametrize(("days", "words"), [(1, "in 1 Tag,"), (3, "in 3 Tagen,")])
def test_a_german_reminder_counts_days_in_german(days: int, words: str) -> None:
    with speaking("de"):
        text = wording.reminder(CALL, days_before(days), None)
    assert text.startswith(f"⏰ Erinnerung: Clusters meet Regions call endet {words}")
    assert text.endswith("am 29. Juli 2022, 18:00 CEST.")


@pytest.mark.parametrize(
    ("days", "words"), [(1, "za 1 dzień"), (2, "za 2 dni"), (5, "za 5 dni"), (22, "za 22 dni")]
)
def test_a_polish_reminder_uses_the_right_one_of_three_plural_forms(days: int, words: str) -> None:
    with speaking("pl"):
        text = wording.reminder(CALL, days_before(days), None)
    assert f"upływa {words}, 29 lipca 2022, godz. 18:00 CEST" in text


def test_the_readers_own_time_is_worded_in_their_language() -> None:
    with speaking("fr"):
        text = wording.reminder(CALL, days_before(1), NEW_YORK)
    assert text.endswith("(votre heure : 29 juillet 2022 à 12:00 EDT).")


def test_a_new_conference_is_announced_in_italian_with_italian_dates() -> None:
    with speaking("it"):
        text = wording.new_item(CONFERENCE)
    assert text == (
        "Nuova conferenza: ECCP Annual Conference 2022, dal 26 al 27 settembre 2022, Prague."
    )


def test_a_moved_deadline_is_told_in_spanish_with_the_old_date() -> None:
    with speaking("es"):
        text = wording.moved(CALL, DEADLINE - timedelta(days=7))
    assert text == (
        "📅 Clusters meet Regions call cambia de fecha: el plazo vence ahora el "
        "29 de julio de 2022, a las 18:00 CEST (antes: 22 de julio de 2022, a las 18:00 CEST)."
    )


def test_time_past_is_worded_too() -> None:
    with speaking("de"):
        assert spoken.relative(DEADLINE, DEADLINE + timedelta(days=2)) == "vor 2 Tagen"


@pytest.mark.parametrize(
    ("hours", "words"), [(1, "1 godzinę"), (2, "2 godziny"), (5, "5 godzin"), (24, "1 dzień")]
)
def test_polish_offsets_read_after_na_przed(hours: int, words: str) -> None:
    with speaking("pl"):
        assert offset_words(timedelta(hours=hours)) == words


def test_lists_of_offsets_are_joined_in_the_language() -> None:
    offsets = (timedelta(days=7), timedelta(days=1), timedelta(hours=1))
    assert list_words(offsets) == "7 days, 1 day and 1 hour"
    with speaking("de"):
        assert list_words(offsets) == "7 Tage, 1 Tag und 1 Stunde"
        assert menu_words() == "14 Tage, 7 Tage, 3 Tage, 1 Tag oder 1 Stunde"


def test_per_chat_words_each_language_and_zone_once() -> None:
    written: list[tuple[str, ZoneInfo | None]] = []

    def word(zone: ZoneInfo | None) -> str:
        text = wording.reminder(CALL, days_before(1), zone)
        written.append((text.split(":")[0], zone))
        return text

    per_chat = PerChat(word, tuple, {2: "de", 3: "de", 4: "pl"}, {3: NEW_YORK})
    texts = {chat: per_chat.words(chat)[0] for chat in (1, 2, 3, 4, 5, 2)}
    assert texts[1].startswith("⏰ Reminder:")
    assert texts[5] == texts[1]
    assert texts[2].startswith("⏰ Erinnerung:")
    assert "Ihre Zeit" not in texts[2]
    assert "(Ihre Zeit: 29. Juli 2022, 12:00 EDT)" in texts[3]
    assert texts[4].startswith("⏰ Przypomnienie:")
    assert len(written) == 4, "one wording per (language, zone), however many chats"
