"""The knowledge folder: reading files, atomic reloads, change detection, summaries."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.answering.engine import Engine
from bot.knowledge.items import Knowledge
from bot.knowledge.parse import KnowledgeError
from bot.knowledge.source import KnowledgeSource, read_sources, summary_line
from tests.factories import brief, call, event

BRUSSELS = ZoneInfo("Europe/Brussels")
LOADED_AT = datetime(2022, 7, 1, 9, 0, tzinfo=UTC)

EVENT = """
[[events]]
id = "eccp-annual-conference-2022"
title = "ECCP Annual Conference 2022"
start = 2022-09-26
"""
CALL = """
[[calls]]
id = "clusters-meet-regions-eoi-2022"
title = "Clusters meet Regions call"
deadline = 2022-07-29T18:00:00+02:00
"""
BROKEN = """
[[calls]]
id = "Broken Call"
title = "A call"
deadline = "soon"
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def touch_later(path: Path, seconds: int = 10) -> None:
    """Move the file's mtime forward without sleeping."""
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + seconds * 1_000_000_000))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    write(tmp_path / "events.toml", EVENT)
    return tmp_path


@pytest.fixture
def source(folder: Path) -> KnowledgeSource[Engine]:
    return KnowledgeSource(folder, BRUSSELS, Engine, clock=lambda: LOADED_AT)


def ids(source: KnowledgeSource[Engine]) -> list[str]:
    return [i.id for i in source.snapshot.knowledge]


# read_sources


def test_read_sources_finds_toml_files_recursively_sorted_by_relative_name(tmp_path):
    write(tmp_path / "zeta.toml", "# z")
    write(tmp_path / "calls" / "b.toml", "# b")
    write(tmp_path / "alpha.toml", "# a")
    write(tmp_path / "notes.txt", "not knowledge")
    write(tmp_path / ".#alpha.toml", "an editor's lock file")
    write(tmp_path / ".hidden" / "c.toml", "# hidden")
    assert read_sources(tmp_path) == [
        ("alpha.toml", "# a"),
        ("calls/b.toml", "# b"),
        ("zeta.toml", "# z"),
    ]


def test_read_sources_drops_a_byte_order_mark(tmp_path):
    (tmp_path / "bom.toml").write_bytes(b"\xef\xbb\xbf# from Notepad")
    assert read_sources(tmp_path) == [("bom.toml", "# from Notepad")]


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda p: p / "absent", "knowledge folder not found"),
        (lambda p: write(p / "file.toml", ""), "not a folder"),
        (lambda p: p, "no knowledge files (*.toml) here"),
    ],
)
def test_a_missing_or_empty_folder_is_a_problem_not_a_traceback(tmp_path, make, expected):
    directory = make(tmp_path)
    with pytest.raises(KnowledgeError) as caught:
        read_sources(directory)
    (problem,) = caught.value.problems
    assert (problem.file, problem.message) == (str(directory), expected)


def test_every_unreadable_file_is_reported_by_name(tmp_path):
    write(tmp_path / "good.toml", EVENT)
    (tmp_path / "latin1.toml").write_bytes(b"title = '\xe9'")
    (tmp_path / "folder.toml").mkdir()
    with pytest.raises(KnowledgeError) as caught:
        read_sources(tmp_path)
    assert [str(p) for p in caught.value.problems] == [
        "folder.toml: cannot be read: Is a directory",
        "latin1.toml: cannot be read: not UTF-8 text; save it as UTF-8",
    ]


# load


def test_load_builds_a_snapshot_with_an_engine_over_the_same_knowledge(source):
    snapshot = source.snapshot
    assert ids(source) == ["eccp-annual-conference-2022"]
    assert snapshot.engine.knowledge is snapshot.knowledge
    assert snapshot.loaded_at == LOADED_AT
    assert snapshot.warnings == ()


def test_load_refuses_a_misspelt_field(tmp_path):
    write(tmp_path / "events.toml", EVENT + 'registraton_url = "https://x.org"\n')
    with pytest.raises(KnowledgeError) as caught:
        KnowledgeSource(tmp_path, BRUSSELS, Engine)
    assert [p.field for p in caught.value.problems] == ["registraton_url"]


def test_load_raises_with_every_problem_when_the_first_load_fails(tmp_path):
    write(tmp_path / "calls.toml", BROKEN)
    with pytest.raises(KnowledgeError) as caught:
        KnowledgeSource(tmp_path, BRUSSELS, Engine)
    assert [p.field for p in caught.value.problems] == ["id", "deadline"]


def test_load_of_a_missing_folder_raises(tmp_path):
    with pytest.raises(KnowledgeError, match="knowledge folder not found"):
        KnowledgeSource(tmp_path / "absent", BRUSSELS, Engine)


# reload


def test_reload_swaps_in_the_new_snapshot_when_the_files_are_good(folder, source):
    before = source.snapshot
    write(folder / "calls.toml", CALL)
    result = source.reload()
    assert result.ok
    assert result.problems == ()
    assert source.snapshot is result.snapshot is not before
    assert ids(source) == ["clusters-meet-regions-eoi-2022", "eccp-annual-conference-2022"]
    assert source.snapshot.engine.knowledge is source.snapshot.knowledge


def test_reload_keeps_the_last_good_snapshot_and_reports_each_problem(folder, source):
    before = source.snapshot
    write(folder / "calls.toml", BROKEN)
    write(folder / "more.toml", EVENT)
    result = source.reload()
    assert not result.ok
    assert source.snapshot is before
    assert result.snapshot is before
    assert [str(p) for p in result.problems] == [
        "calls.toml: calls[1] 'Broken Call': field 'id': \"Broken Call\" is not a valid id: "
        'use lowercase letters, digits and hyphens, e.g. "broken-call"',
        "calls.toml: calls[1] 'Broken Call': field 'deadline': "
        'not a date or an offset datetime ("soon"): '
        "write e.g. 2022-09-26 or 2022-09-26T10:00:00+02:00, without quotes",
        "more.toml: events[1] 'eccp-annual-conference-2022': field 'id': "
        "duplicate id: already used by events[1] 'eccp-annual-conference-2022' in events.toml",
    ]


def test_reload_after_a_fix_takes_the_fixed_files(folder, source):
    write(folder / "calls.toml", BROKEN)
    assert not source.reload().ok
    write(folder / "calls.toml", CALL)
    assert source.reload().ok
    assert "clusters-meet-regions-eoi-2022" in ids(source)


def test_reload_keeps_serving_when_the_folder_disappears(folder, source):
    before = source.snapshot
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()
    result = source.reload()
    assert [p.message for p in result.problems] == ["knowledge folder not found"]
    assert source.snapshot is before


# changed_since_last_load


def test_nothing_changed_right_after_a_load(source):
    assert not source.changed_since_last_load()


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda f: touch_later(f / "events.toml"), id="touched"),
        pytest.param(lambda f: write(f / "events.toml", EVENT + "\n# note\n"), id="grew"),
        pytest.param(lambda f: write(f / "sub" / "calls.toml", CALL), id="added"),
        pytest.param(lambda f: (f / "events.toml").rename(f / "renamed.toml"), id="renamed"),
        pytest.param(lambda f: (f / "events.toml").unlink(), id="removed"),
    ],
)
def test_a_change_to_the_files_is_noticed(folder, source, change):
    change(folder)
    assert source.changed_since_last_load()


def test_files_that_are_not_knowledge_do_not_count_as_changes(folder, source):
    write(folder / "README.txt", "notes")
    write(folder / ".#events.toml", "lock")
    assert not source.changed_since_last_load()


def test_a_failed_reload_counts_as_a_load_so_it_is_not_retried_until_the_next_edit(folder, source):
    write(folder / "calls.toml", BROKEN)
    assert source.changed_since_last_load()
    source.reload()
    assert not source.changed_since_last_load()
    touch_later(folder / "calls.toml")
    assert source.changed_since_last_load()


def test_a_missing_folder_is_a_change_and_not_an_error(folder, source):
    (folder / "events.toml").unlink()
    folder.rmdir()
    assert source.changed_since_last_load()


# summary_line


@pytest.mark.parametrize(
    ("knowledge", "expected"),
    [
        (Knowledge(), "knowledge OK: 0 events, 0 calls, 0 briefs (0 items)"),
        (
            Knowledge((event("a"), call("b"), brief("c"))),
            "knowledge OK: 1 event, 1 call, 1 brief (3 items)",
        ),
        (
            Knowledge((event("a"), event("b"), call("c"), brief("d"), brief("e"))),
            "knowledge OK: 2 events, 1 call, 2 briefs (5 items)",
        ),
    ],
)
def test_summary_line_counts_each_kind_of_item(knowledge, expected):
    assert summary_line(knowledge) == expected


@pytest.mark.parametrize("text", ["", "\n\n  \n"])
def test_an_empty_or_truncated_file_is_refused_and_the_last_good_knowledge_stays(
    folder, source, text
):
    write(folder / "events.toml", text)
    result = source.reload()
    assert not result.ok
    assert "events.toml: empty file" in str(result.problems[0])
    assert ids(source) == ["eccp-annual-conference-2022"]


def test_a_folder_with_no_items_is_refused_unless_allowed(folder, source):
    write(folder / "events.toml", "# every item was deleted\n")
    result = source.reload()
    assert not result.ok
    assert "no items in any file" in str(result.problems[0])
    assert ids(source) == ["eccp-annual-conference-2022"]
    allowing = KnowledgeSource(folder, BRUSSELS, Engine, allow_empty=True)
    assert len(allowing.snapshot.knowledge) == 0
