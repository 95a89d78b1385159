"""Telegram handlers: thin adapters, one module per feature; registered in bot/app.py."""
