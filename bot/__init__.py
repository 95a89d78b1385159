"""A Telegram bot that answers questions about events, calls and policy briefs."""
