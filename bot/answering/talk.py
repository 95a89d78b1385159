"""Greetings, thanks and requests for help, in the ordinary forms people use.

These never name an item and never deserve "I don't know": "/start", "good
morning! what can I ask?", "hello, is this the cluster events bot?", "thanks!".
"""

from __future__ import annotations

from bot.answering import phrasing
from bot.answering.heard import Heard
from bot.answering.intents import Reading
from bot.answering.question_words import GREETING, HELP, find_phrases
from bot.answering.roles import THANKS

HELP_COMMANDS = frozenset({"/start", "/help", "/menu", "start", "help", "menu"})


def small_talk(question: str, heard: Heard, reading: Reading) -> str | None:
    """The reply to a greeting, a thank-you or a request for help; None for anything else."""
    command = question.strip().lower().split("@")[0].rstrip("!?. ")
    if command in HELP_COMMANDS:
        return phrasing.help_text()
    asks_help = find_phrases(heard.words, HELP)
    if asks_help and reading.signals.strength < 2:
        return phrasing.help_text()
    greeting = find_phrases(heard.words, GREETING)
    rest = [i for i in range(len(heard.words)) if i not in greeting and heard.naming_word(i)]
    if not greeting or rest or reading.signals.strength:
        return None
    if all(heard.words[i] in THANKS or heard.words[i] == "you" for i in greeting):
        return phrasing.thanks()
    return phrasing.help_text()
