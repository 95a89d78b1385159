"""Start-up failures an operator can cause, each said in one line that names the fix.

A traceback tells a developer where; an operator needs what and what to
do.  `describe` turns the exceptions that start-up meets (the database,
a port, a folder, the network) into that line; the command line prints
it and exits 1, with the traceback only under --debug or LOG_LEVEL=DEBUG.
"""

from __future__ import annotations

import errno

NO_TOKEN = (
    "TELEGRAM_BOT_TOKEN is not set and there is no terminal for the chat: "
    "set the token in the environment (the terminal chat needs an interactive terminal)"
)
DEBUG_HINT = "(--debug shows the traceback)"


def describe(exc: BaseException) -> str:
    """One line for the operator: what failed and, where we know it, what to do."""
    for explain in (_database, _address, _file):
        line = explain(exc)
        if line is not None:
            return line
    return f"{type(exc).__name__}: {_first_line(exc)} {DEBUG_HINT}"


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0].strip() if text else "no details"


def _database(exc: BaseException) -> str | None:
    """SQLAlchemy's errors: the URL (password hidden) and the driver's own reason."""
    from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

    if isinstance(exc, NoSuchModuleError | ArgumentError):
        return f"cannot use the database URL: {_first_line(exc)}"
    if not isinstance(exc, DBAPIError):
        return None
    reason = _first_line(exc.orig) if exc.orig is not None else _first_line(exc)
    if "unable to open database file" in reason:
        reason += " (does its folder exist, and may this user write there?)"
    elif "readonly database" in reason or "read-only" in reason:
        reason += " (may this user write the file and its folder?)"
    return f"cannot open the database: {reason}"


def _address(exc: BaseException) -> str | None:
    """A port another process holds, or an address this host does not have."""
    if not isinstance(exc, OSError):
        return None
    if exc.errno == errno.EADDRINUSE:
        return (
            f"cannot listen: {_first_line(exc)}; another process uses the port "
            "(stop it, or choose WEBHOOK_PORT / HEALTH_PORT)"
        )
    if exc.errno == errno.EADDRNOTAVAIL:
        return f"cannot listen: {_first_line(exc)}; check WEBHOOK_LISTEN / HEALTH_LISTEN"
    return None


def _file(exc: BaseException) -> str | None:
    """A file or folder the bot may not read or write."""
    if isinstance(exc, PermissionError):
        return f"permission denied: {exc.filename or _first_line(exc)}"
    if isinstance(exc, FileNotFoundError):
        return f"not found: {exc.filename or _first_line(exc)}"
    return None
