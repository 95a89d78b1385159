"""The bot in its users' languages, over the fake Bot API: menus, answers, /settings, /start."""

from __future__ import annotations

import pytest

from bot import store as db
from bot.languages.speech import speaking
from bot.telegram.handlers.language import is_language_request, language_rows, requested
from bot.telegram.profile import admin_menu
from tests.conversation import button, buttons, pressed, said
from tests.telegram_harness import ADMIN

GROUP = -700


def labels(message: dict) -> list[str]:
    return [b["text"] for b in buttons(message)]


def menu(fake_api, language: str | None, admin: bool = False) -> dict[str, str]:
    """The registered menu for a language (None: the default), as command -> description."""
    for call in fake_api.sent("setMyCommands"):
        if call.get("language_code") == language and ("scope" in call) == admin:
            return {c["command"]: c["description"] for c in call["commands"]}
    raise AssertionError(f"no menu for {language!r} (admin={admin})")


async def test_a_menu_is_registered_per_language_and_english_is_the_default(fake_api, bot):
    assert menu(fake_api, None)["start"] == "Welcome and what I can do"
    assert menu(fake_api, "de")["start"] == "Willkommen und was ich kann"
    assert menu(fake_api, "fr")["events"] == "Événements à venir"
    assert menu(fake_api, "es")["next"] == "Lo próximo"
    assert menu(fake_api, "it")["calls"] == "Bandi e relative scadenze"
    assert menu(fake_api, "pl")["stop"] == "Usuń subskrypcje i dane"
    assert list(menu(fake_api, "pl")) == list(menu(fake_api, None))


async def test_the_admins_menu_is_registered_per_language_too(fake_api, bot):
    scoped = [c for c in fake_api.sent("setMyCommands") if "scope" in c]
    assert {c.get("language_code") for c in scoped} == {None, "de", "fr", "es", "it", "pl"}
    assert all(f'"chat_id": {ADMIN}' in str(c["scope"]).replace("'", '"') for c in scoped)
    assert menu(fake_api, "de", admin=True)["reload"].startswith("Admin: Wissensdateien")


async def test_start_greets_in_the_language_of_the_users_app(fake_api, bot):
    reply = await said(fake_api, 51, "/start", language_code="pl")
    assert "Polecenia: /start /help /events" in reply["text"]
    assert "W /settings można wybrać" in reply["text"]


async def test_start_in_english_is_unchanged(fake_api, bot):
    reply = await said(fake_api, 52, "/start", language_code="en-GB")
    assert reply["text"].startswith("Hello!")
    assert "Commands: /start /help" in reply["text"]


async def test_start_greets_in_polish_from_the_first_word(fake_api, bot):
    reply = await said(fake_api, 53, "/start", language_code="pl")
    assert not reply["text"].startswith("Hello!")


async def test_a_german_user_asking_in_german_gets_german_buttons(fake_api, bot):
    reply = await said(fake_api, 61, "Wann ist der Workshop in Porto?", language_code="de")
    assert labels(reply)[-2:] == ["Zum Kalender hinzufügen", "Erinnern"]


async def test_a_german_user_asking_in_german_gets_german_month_names(fake_api, bot):
    reply = await said(fake_api, 62, "Wann ist der Workshop in Porto?", language_code="de")
    assert "Oktober" in reply["text"]


async def test_a_question_in_german_from_an_english_app_is_answered_in_german(fake_api, bot):
    reply = await said(fake_api, 63, "Wann ist die ECCP-Konferenz?", language_code="en")
    assert "Zum Kalender hinzufügen" in labels(reply)


async def test_a_question_in_english_from_a_german_app_is_answered_in_english(fake_api, bot):
    reply = await said(fake_api, 64, "when is the eccp conference?", language_code="de")
    assert "Add to calendar" in labels(reply)


async def test_a_question_in_french_from_an_english_app_is_answered_in_french(fake_api, bot):
    reply = await said(fake_api, 65, "Quand a lieu la conférence ECCP ?", language_code="en")
    assert "Ajouter au calendrier" in labels(reply)


async def test_buttons_under_an_answer_keep_its_language(fake_api, bot):
    question = "Wann ist der Clusters meet Regions Workshop?"
    reply = await said(fake_api, 66, question, language_code="en")
    choices = [b for b in buttons(reply) if b["text"].startswith("Meinten Sie: ")]
    assert len(choices) == 2
    await pressed(fake_api, 66, choices[0]["callback_data"])
    (__, answer) = await fake_api.wait_for("sendMessage", 2, chat_id=66)
    assert "Zum Kalender hinzufügen" in labels(answer)
    lists = await said(fake_api, 66, "/events", language_code="en")
    assert lists["text"].startswith("<b>Upcoming events</b> (page 1 of 1)")


async def test_settings_language_switches_and_the_choice_persists(fake_api, bot):
    done = await said(fake_api, 71, "/settings language pl", language_code="de")
    assert done["text"] == "Gotowe: od teraz piszę w języku: Polski."
    with bot.database.session() as s:
        assert db.get_chat(s, 71).chosen_language == "pl"
    reply = await said(fake_api, 71, "/next", language_code="de")
    assert "Dodaj do kalendarza" in labels(reply)
    reply = await said(fake_api, 71, "when is the eccp conference?", language_code="de")
    assert "Dodaj do kalendarza" in labels(reply)
    reply = await said(fake_api, 71, "/events", language_code="de")
    assert reply["text"].startswith("<b>Nadchodzące wydarzenia</b> (strona 1 z 1)")


async def test_settings_takes_the_languages_name_and_automatic_goes_back_to_the_app(fake_api, bot):
    done = await said(fake_api, 72, "/settings Deutsch", language_code="fr")
    assert done["text"] == "Erledigt: Ich schreibe ab jetzt auf Deutsch."
    done = await said(fake_api, 72, "/settings lang francais", language_code="fr")
    assert done["text"] == "C’est fait : j’écrirai désormais en Français."
    done = await said(fake_api, 72, "/settings language auto", language_code="es")
    assert done["text"] == "Hecho: escribiré en el idioma de su aplicación de Telegram."
    with bot.database.session() as s:
        assert db.get_chat(s, 72).chosen_language is None


async def test_settings_names_the_languages_it_speaks_when_asked_for_another(fake_api, bot):
    reply = await said(fake_api, 73, "/settings language klingon")
    assert reply["text"] == (
        'I don\'t speak "klingon". I speak English, Deutsch, Français, Español, Italiano, Polski.'
    )
    assert "Polski" in labels(reply)


async def test_the_settings_buttons_offer_the_languages_and_switch_in_place(fake_api, bot):
    view = await said(fake_api, 74, "/settings", language_code="it")
    assert "Lingua: Italiano, come l’app Telegram" in view["text"]
    assert labels(view)[-7:] == [
        "English", "Deutsch", "Français", "Español", "Italiano", "Polski", "✓ Automatica",
    ]  # fmt: skip
    await pressed(fake_api, 74, button(view, "Deutsch")["callback_data"])
    (edit,) = await fake_api.wait_for("editMessageText", chat_id=74)
    assert edit["text"].startswith(
        "Erledigt: Ich schreibe ab jetzt auf Deutsch.\n\nIhre Zeitzone:"
    )
    assert "✓ Deutsch" in labels(edit)
    assert button(edit, "Automatisch")["callback_data"] == "lang:auto"


async def test_in_a_group_only_admins_change_the_language(fake_api, bot):
    refused = await said(fake_api, GROUP, "/settings language de", chat_type="group", user_id=7)
    assert refused["text"] == "Only this group's admins can change its language."
    fake_api.set_member_status(GROUP, 8, "administrator")
    done = await said(fake_api, GROUP, "/settings language de", chat_type="group", user_id=8)
    assert done["text"] == "Erledigt: Ich schreibe ab jetzt auf Deutsch."
    reply = await said(fake_api, GROUP, "/help", chat_type="group", user_id=7)
    assert "Befehle: /start" in reply["text"]


async def test_an_unknown_command_is_answered_in_the_users_language(fake_api, bot):
    reply = await said(fake_api, 75, "/foo", language_code="es-MX")
    assert reply["text"] == "No conozco /foo. Envíe /help para ver lo que puedo hacer."


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "it", "pl"])
def test_every_menu_is_valid_for_telegram_in_every_language(language):
    with speaking(language):
        entries = admin_menu()
    assert all(3 <= len(entry.description) <= 256 for entry in entries)
    assert len({entry.description for entry in entries}) == len(entries)


@pytest.mark.parametrize("language", ["de", "fr", "es", "it", "pl"])
def test_every_callback_stays_language_free(language):
    with speaking(language):
        rows = language_rows("de")
    assert [b.callback_data for row in rows for b in row] == [
        "lang:en", "lang:de", "lang:fr", "lang:es", "lang:it", "lang:pl", "lang:auto",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("words", "wanted"),
    [
        ("language de", "de"), ("lang PL", "pl"), ("Deutsch", "de"), ("francais", "fr"),
        ("language Español", "es"), ("language de-AT", "de"), ("language auto", "auto"),
        ("lang automatic", "auto"), ("language", None), ("language klingon", None),
        ("language pt", None),
    ],
)  # fmt: skip
def test_settings_words_name_a_language(words, wanted):
    assert is_language_request(words.split())
    assert requested(words.split()) == wanted


@pytest.mark.parametrize("words", ["Lisbon", "Europe/Lisbon", "quiet 23-07", "de", ""])
def test_other_settings_words_are_not_about_the_language(words):
    assert not is_language_request(words.split())
