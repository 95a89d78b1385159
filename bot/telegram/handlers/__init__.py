"""Telegram handlers: thin adapters, one module per feature; registered in bot/telegram/app.py."""
