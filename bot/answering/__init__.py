"""Answering questions: words, intents, matching items, list semantics and the wording of answers.

Pure domain (the clock comes in as `now`); imports only `bot.knowledge`, never I/O libraries.
"""
