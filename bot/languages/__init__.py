"""The bot's languages: which it speaks, whose is used, and the catalogues of what it writes.

Pure domain plus the catalogues shipped beside the code (`locale/`).  Imports
only `bot.knowledge`, and only in `dates`: English dates are its wording,
which the other languages mirror through Babel's CLDR data.
Everything the bot writes itself goes through `speech`; item titles and summaries stay as
their editors wrote them (or translated them, `title_de`: `bot.answering.naming`).
"""
