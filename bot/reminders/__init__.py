"""Subscriptions and reminders: targets, slot rules, wording, and the services that send them.

May import `bot.knowledge`, `bot.answering`, `bot.delivery` and `bot.store`; never `telegram`.
"""
