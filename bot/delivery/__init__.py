"""Getting messages out once: the ledger-driven deliverer (pacing, retries) and the Bot API sender.

May import `bot.knowledge`, `bot.store` and the targets' key types; never `telegram`.
"""
