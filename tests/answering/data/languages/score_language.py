#!/usr/bin/env python3
"""Score `python main.py ask` on the language development sets (standard library only).

usage (from the project root):
    python tests/answering/data/languages/score_language.py de            # one language
    python tests/answering/data/languages/score_language.py de fr --limit 20
    python tests/answering/data/languages/score_language.py              # all five

Each language folder holds only its questions.jsonl: the questions are over the
dev-chat knowledge. For each language this builds a temporary set folder with
`knowledge` (a symlink to, or where symlinks fail a copy of,
../shared/qa/dev-chat/knowledge seen from the project root) and the language's
questions.jsonl, then runs ../shared/qa/score.py on it. Any argument that is not
a language code (--limit N, --timeout S, --worst N) is passed through to score.py.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]  # tests/answering/data/languages -> project root
LANGS = sorted(p.name for p in HERE.iterdir() if (p / "questions.jsonl").is_file())


def build_set(lang: str, knowledge: Path, into: Path) -> Path:
    """A scorer set folder for one language: knowledge/ plus questions.jsonl."""
    qset = into / lang
    qset.mkdir()
    try:
        (qset / "knowledge").symlink_to(knowledge, target_is_directory=True)
    except OSError:
        shutil.copytree(knowledge, qset / "knowledge")
    shutil.copyfile(HERE / lang / "questions.jsonl", qset / "questions.jsonl")
    return qset


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("langs", nargs="*", metavar="LANG", help=f"any of {' '.join(LANGS)}")
    ap.add_argument("--project", type=Path, default=ROOT, help="folder with main.py")
    ap.add_argument(
        "--qa",
        type=Path,
        default=ROOT.parent / "shared" / "qa",
        help="folder with score.py and dev-chat/ (default ../shared/qa)",
    )
    args, rest = ap.parse_known_args()
    langs = args.langs or LANGS
    unknown = [x for x in langs if x not in LANGS]
    if unknown:
        ap.error(f"unknown language(s) {unknown}; have {LANGS}")
    score = args.qa / "score.py"
    knowledge = (args.qa / "dev-chat" / "knowledge").resolve()
    if not score.is_file() or not knowledge.is_dir():
        ap.error(f"need {score} and {knowledge}")
    worst = 0
    with tempfile.TemporaryDirectory(prefix="qa-lang-") as tmp:
        for lang in langs:
            qset = build_set(lang, knowledge, Path(tmp))
            print(f"=== {lang}: {HERE / lang / 'questions.jsonl'} with {knowledge}", flush=True)
            cmd = [
                sys.executable,
                str(score),
                "--project",
                str(args.project.resolve()),
                "--set",
                str(qset),
                *rest,
            ]
            worst = max(worst, subprocess.run(cmd, check=False).returncode)
    return worst


if __name__ == "__main__":
    sys.exit(main())
