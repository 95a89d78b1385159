"""Dates in the reply's language: CLDR long dates, HH:MM in the item's offset, "in 3 days"."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.knowledge import dates as english
from bot.languages import dates
from bot.languages.speech import speaking
from tests.factories import BRUSSELS, at, call, event

SEPTEMBER_16 = date(2025, 9, 16)
OTHERS = ("de", "fr", "es", "it", "pl")


@pytest.mark.parametrize(
    ("language", "shown"),
    [("de", "16. September 2025"), ("fr", "16 septembre 2025"),
     ("es", "16 de septiembre de 2025"), ("it", "16 settembre 2025"),
     ("pl", "16 września 2025"), ("en", "16 September 2025")],
)  # fmt: skip
def test_a_day_carries_the_month_as_the_languages_long_date_has_it(language, shown):
    with speaking(language):
        assert dates.format_day(SEPTEMBER_16) == shown


@pytest.mark.parametrize(
    ("language", "same_month", "two_months", "two_years"),
    [("de", "16.–17. September 2025", "30. September – 2. Oktober 2025",
      "30. Dezember 2025 – 2. Januar 2026"),
     ("es", "16–17 de septiembre de 2025", "30 de septiembre – 2 de octubre de 2025",
      "30 de diciembre de 2025 – 2 de enero de 2026"),
     ("pl", "16–17 września 2025", "30 września – 2 października 2025",
      "30 grudnia 2025 – 2 stycznia 2026")],
)  # fmt: skip
def test_a_span_names_each_month_in_full(language, same_month, two_months, two_years):
    with speaking(language):
        assert dates.format_day_span(SEPTEMBER_16, date(2025, 9, 17)) == same_month
        assert dates.format_day_span(date(2025, 9, 30), date(2025, 10, 2)) == two_months
        assert dates.format_day_span(date(2025, 12, 30), date(2026, 1, 2)) == two_years


def test_a_deadline_keeps_its_own_offset_and_zone_label():
    the_call = call(deadline=at("2025-10-01T12:00:00+02:00"))
    with speaking("fr"):
        assert dates.format_deadline(the_call) == "1er octobre 2025 à 12:00 CEST"
    with speaking("pl"):
        assert dates.format_deadline(the_call) == "1 października 2025, godz. 12:00 CEST"


def test_a_date_deadline_shows_its_implied_end_of_day():
    with speaking("de"):
        assert dates.format_deadline(call(deadline=date(2025, 3, 5))) == "5. März 2025, 23:59 CET"


def test_an_event_with_hours_on_one_day_shows_both_hours():
    webinar = event(start=at("2025-10-14T09:30:00+02:00"), end=at("2025-10-14T12:30:00+02:00"))
    with speaking("it"):
        assert (
            dates.format_event_dates(webinar) == "il 14 ottobre 2025, dalle 09:30 alle 12:30 CEST"
        )


@pytest.mark.parametrize(
    ("language", "one_day", "same_month", "two_months", "two_years"),
    [("fr", "le 26 septembre 2022", "du 26 au 27 septembre 2022",
      "du 30 septembre au 2 octobre 2025", "du 30 décembre 2025 au 2 janvier 2026"),
     ("de", "am 26. September 2022", "vom 26. bis 27. September 2022",
      "vom 30. September bis 2. Oktober 2025", "vom 30. Dezember 2025 bis 2. Januar 2026"),
     ("es", "el 26 de septiembre de 2022", "del 26 al 27 de septiembre de 2022",
      "del 30 de septiembre al 2 de octubre de 2025",
      "del 30 de diciembre de 2025 al 2 de enero de 2026"),
     ("it", "il 26 settembre 2022", "dal 26 al 27 settembre 2022",
      "dal 30 settembre al 2 ottobre 2025", "dal 30 dicembre 2025 al 2 gennaio 2026"),
     ("pl", "26 września 2022", "26–27 września 2022", "30 września – 2 października 2025",
      "30 grudnia 2025 – 2 stycznia 2026"),
     ("en", "26 September 2022", "26-27 September 2022", "30 September - 2 October 2025",
      "30 December 2025 - 2 January 2026")],
)  # fmt: skip
def test_event_days_read_as_running_text_says_them(
    language, one_day, same_month, two_months, two_years
):
    def days(first: date, last: date) -> str:
        return dates.format_event_dates(event(start=first, end=last))

    with speaking(language):
        assert days(date(2022, 9, 26), date(2022, 9, 26)) == one_day
        assert days(date(2022, 9, 26), date(2022, 9, 27)) == same_month
        assert days(date(2025, 9, 30), date(2025, 10, 2)) == two_months
        assert days(date(2025, 12, 30), date(2026, 1, 2)) == two_years


def test_italian_writes_the_first_of_a_month_as_an_ordinal():
    with speaking("it"):
        assert dates.format_day_range(date(2022, 7, 1), date(2023, 12, 31)) == (
            "dal 1° luglio 2022 al 31 dicembre 2023"
        )
        assert dates.format_day(date(2025, 10, 1)) == "1° ottobre 2025"


def test_french_writes_the_first_of_a_month_as_an_ordinal():
    with speaking("fr"):
        assert dates.format_day(date(2025, 10, 1)) == "1er octobre 2025"
        assert (
            dates.format_day_range(date(2025, 10, 1), date(2025, 10, 3))
            == "du 1er au 3 octobre 2025"
        )
        assert dates.format_day_range(date(2025, 9, 1), date(2025, 10, 1)) == (
            "du 1er septembre au 1er octobre 2025"
        )
        assert dates.format_day(date(2025, 10, 11)) == "11 octobre 2025"


def test_italian_elides_the_article_before_8_and_11():
    with speaking("it"):
        assert dates.format_day_range(date(2025, 10, 8), date(2025, 10, 11)) == (
            "dall’8 all’11 ottobre 2025"
        )
        assert (
            dates.format_day_range(date(2025, 10, 11), date(2025, 10, 11)) == "l’11 ottobre 2025"
        )
        assert (
            dates.format_day_range(date(2025, 10, 18), date(2025, 10, 18)) == "il 18 ottobre 2025"
        )


@pytest.mark.parametrize(
    ("language", "shown"),
    [("fr", "du 14 octobre 2025 à 09:30 CEST au 15 octobre 2025 à 12:30 CEST"),
     ("de", "vom 14. Oktober 2025, 09:30 CEST bis 15. Oktober 2025, 12:30 CEST"),
     ("pl", "od 14 października 2025, godz. 09:30 CEST "
            "do 15 października 2025, godz. 12:30 CEST")],
)  # fmt: skip
def test_hours_over_several_days_read_from_one_to_the_other(language, shown):
    meeting = event(start=at("2025-10-14T09:30:00+02:00"), end=at("2025-10-15T12:30:00+02:00"))
    with speaking(language):
        assert dates.format_event_dates(meeting) == shown


def test_another_zone_is_shown_by_its_offset_when_it_has_no_abbreviation():
    moment = at("2025-10-14T09:30:00+02:00")
    with speaking("es"):
        shown = dates.format_in_zone(moment, ZoneInfo("America/Sao_Paulo"))
    assert shown == "14 de octubre de 2025, a las 04:30 UTC-03:00"


@pytest.mark.parametrize(
    ("days", "shown"),
    [(1, "za 1 dzień"), (2, "za 2 dni"), (3, "za 3 dni"), (5, "za 5 dni"), (22, "za 22 dni")],
)
def test_polish_days_take_their_plural_forms(days, shown):
    now = at("2025-09-01T10:00:00+02:00")
    with speaking("pl"):
        assert dates.relative(now + timedelta(days=days), now) == shown


@pytest.mark.parametrize(
    ("hours", "shown"),
    [(1, "za 1 godzinę"), (2, "za 2 godziny"), (5, "za 5 godzin"), (12, "za 12 godzin"),
     (22, "za 22 godziny")],
)  # fmt: skip
def test_polish_hours_take_one_few_and_many(hours, shown):
    now = at("2025-09-01T00:00:00+02:00")
    with speaking("pl"):
        assert dates.relative(now + timedelta(hours=hours), now) == shown


@pytest.mark.parametrize(
    ("language", "ahead", "ago"),
    [("de", "in 3 Tagen", "vor 2 Monaten"), ("fr", "dans 3 jours", "il y a 2 mois"),
     ("es", "dentro de 3 días", "hace 2 meses"), ("it", "tra 3 giorni", "2 mesi fa"),
     ("pl", "za 3 dni", "2 miesiące temu"), ("en", "in 3 days", "2 months ago")],
)  # fmt: skip
def test_relative_phrases_use_the_same_units_as_english(language, ahead, ago):
    now = at("2025-09-01T10:00:00+02:00")
    with speaking(language):
        assert dates.relative(now + timedelta(days=3), now) == ahead
        assert dates.relative(now - timedelta(days=61), now) == ago


@pytest.mark.parametrize(
    ("language", "shown"),
    [("de", "Oktober 2025"), ("es", "octubre de 2025"), ("pl", "październik 2025"),
     ("en", "October 2025")],
)  # fmt: skip
def test_a_month_on_its_own_is_named_as_a_heading_names_it(language, shown):
    with speaking(language):
        assert dates.format_month(2025, 10) == shown


moments = st.datetimes(
    min_value=datetime(2000, 1, 1),  # noqa: DTZ001 - hypothesis wants naive bounds
    max_value=datetime(2040, 1, 1),  # noqa: DTZ001
    timezones=st.just(BRUSSELS),
)


@given(moments, moments)
def test_english_is_byte_for_byte_todays_wording(first, second):
    start, end = sorted((first, second))
    with speaking("en"):
        assert dates.format_day(start.date()) == english.format_day(start.date())
        assert dates.format_day_span(start.date(), end.date()) == english.format_day_span(
            start.date(), end.date()
        )
        assert dates.format_moment(start, BRUSSELS) == english.format_moment(start, BRUSSELS)
        assert dates.relative(end, start) == english.relative(end, start)
        assert dates.relative(start, end) == english.relative(start, end)


@given(moments, moments, st.sampled_from(OTHERS))
def test_every_language_words_every_span_and_distance(first, second, language):
    start, end = sorted((first, second))
    with speaking(language):
        span = dates.format_day_span(start.date(), end.date())
        assert str(end.year) in span
        assert dates.relative(end, start)
        assert dates.relative(start, end)


@pytest.mark.parametrize(
    ("language", "words"),
    [("de", ("gestern", "heute", "morgen")), ("fr", ("hier", "aujourd’hui", "demain")),
     ("es", ("ayer", "hoy", "mañana")), ("it", ("ieri", "oggi", "domani")),
     ("pl", ("wczoraj", "dzisiaj", "jutro")), ("en", ("yesterday", "today", "tomorrow"))],
)  # fmt: skip
def test_the_days_next_to_today_have_names(language, words):
    today = date(2025, 9, 16)
    with speaking(language):
        named = [dates.relative_day(today + timedelta(days=n), today) for n in (-1, 0, 1)]
        assert named == list(words)
        assert dates.relative_day(today + timedelta(days=2), today) is None
