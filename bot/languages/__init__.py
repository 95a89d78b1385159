"""The bot's languages: which it speaks, whose is used, and the catalogues of what it writes.

Pure domain plus the catalogues shipped beside the code (`locale/`); imports nothing of the bot.
Everything the bot writes itself goes through `speech`; item titles and summaries stay as
their editors wrote them.
"""
