"""`python -m bot`: the same command line as `eccp-bot` and `python main.py`."""

from bot.cli import main

raise SystemExit(main())
