"""Entry point: `python main.py --help`."""

from bot.cli import main

raise SystemExit(main())
