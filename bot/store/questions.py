"""Questions people asked, kept anonymously so editors can see what is missing.

No chat or user id is stored, on purpose: the table answers "what do people
ask that we cannot answer?", never "who asked it?".  Texts can still name a
person ("is jane.doe@example.org registered?"), so e-mail addresses and
phone-like numbers are masked before storing, and rows older than the
configured retention are deleted (`purge_questions`).  A text Python can hold
but no database can store (a lone surrogate from a broken client) is
repaired on the way in, so it never fails the batch it arrives in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from bot.store.models import QuestionRow

MAX_QUESTION_LENGTH = 300
_EMAIL = re.compile(r"[^\s@]+@[^\s@]+")
_PHONE = re.compile(r"\+?\d[\d ()./-]{6,}\d")


def normalize_question(text: str) -> str:
    """Lowercase, mask personal details, collapse whitespace, cap: repeats group together."""
    valid = text.encode("utf-8", "replace").decode("utf-8")  # lone surrogates become "?"
    masked = _PHONE.sub("<number>", _EMAIL.sub("<e-mail>", valid.lower()))
    return " ".join(masked.split())[:MAX_QUESTION_LENGTH].rstrip()


def purge_questions(s: Session, older_than: datetime) -> int:
    """Delete questions asked before `older_than` (the retention); returns how many."""
    result = s.execute(delete(QuestionRow).where(QuestionRow.asked_at < older_than))
    return int(getattr(result, "rowcount", 0) or 0)


def record_question(s: Session, text: str, answered: bool, now: datetime) -> str | None:
    """Count a question; returns the stored form, or None for a blank one."""
    normalized = normalize_question(text)
    if not normalized:
        return None
    s.add(QuestionRow(normalized_text=normalized, answered=answered, asked_at=now))
    s.flush()
    return normalized


def record_questions(s: Session, asked: Iterable[tuple[str, bool, datetime]]) -> int:
    """Count many questions at once (text, answered, when); blank ones are skipped."""
    rows = [
        {"normalized_text": normalize_question(text), "answered": answered, "asked_at": at}
        for text, answered, at in asked
        if normalize_question(text)
    ]
    if rows:
        s.execute(insert(QuestionRow), rows)
    return len(rows)


def question_counts(s: Session, since: datetime) -> tuple[int, int]:
    """How many questions since then were (answered, unanswered)."""
    statement = (
        select(QuestionRow.answered, func.count())
        .where(QuestionRow.asked_at >= since)
        .group_by(QuestionRow.answered)
    )
    counts = {bool(answered): count for answered, count in s.execute(statement)}
    return counts.get(True, 0), counts.get(False, 0)


def top_unanswered(s: Session, since: datetime, limit: int = 10) -> list[tuple[str, int]]:
    """The most frequent unanswered questions since then, most asked first."""
    times = func.count().label("times")
    statement = (
        select(QuestionRow.normalized_text, times)
        .where(QuestionRow.asked_at >= since, QuestionRow.answered.is_(False))
        .group_by(QuestionRow.normalized_text)
        .order_by(times.desc(), QuestionRow.normalized_text)
        .limit(limit)
    )
    return [(text, count) for text, count in s.execute(statement)]
