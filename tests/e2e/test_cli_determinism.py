"""The same inputs in any order, and with any --jobs, give byte-identical JSON and Markdown."""

from __future__ import annotations

from pathlib import Path

import pytest

from .e2e_run import run_cli
from .e2e_corpus import FILES, write_corpus


@pytest.fixture()
def mixed(tmp_path: Path) -> list[Path]:
    return write_corpus(tmp_path / "mixed")


@pytest.mark.parametrize("fmt", ["json", "markdown"])
def test_input_order_does_not_change_the_output(mixed: list[Path], fmt: str) -> None:
    forward = run_cli("build", *mixed, "--format", fmt)
    backward = run_cli("build", *reversed(mixed), "--format", fmt)
    assert forward.code == backward.code == 0, forward.err + backward.err
    assert forward.out == backward.out


@pytest.mark.parametrize("fmt", ["json", "markdown"])
def test_jobs_do_not_change_the_output(mixed: list[Path], fmt: str) -> None:
    if "--jobs" not in run_cli("build", "--help").out:
        pytest.skip("the CLI has no --jobs option yet (timeline/cli.py)")
    one = run_cli("build", *mixed, "--format", fmt, "--jobs", "1")
    two = run_cli("build", *mixed, "--format", fmt, "--jobs", "2")
    assert one.code == two.code == 0, one.err + two.err
    assert one.out == two.out


def test_folder_and_file_list_agree(mixed: list[Path]) -> None:
    folder = run_cli("build", mixed[0].parent, "--format", "json")
    files = run_cli("build", *mixed, "--format", "json")
    assert folder.code == files.code == 0 and folder.out == files.out
    assert len(FILES) <= len(folder.json()["documents"]) + 1  # a feed may expand into records


def test_skipped_inputs_leave_the_others_unharmed(tmp_path: Path) -> None:
    """Empty, blank and binary inputs change nothing but the report's list of documents."""
    [good] = write_corpus(tmp_path / "alone", ["good.txt"])
    junk = write_corpus(tmp_path / "with", ["good.txt", "empty.txt", "whitespace.txt", "image.png",
                                             "png-named-txt.txt"])
    alone = run_cli("build", good, "--format", "json").json()
    crowded = run_cli("build", *junk, "--format", "json").json()
    for section in ("events", "timexes", "conflicts"):
        assert crowded[section] == alone[section], section
    assert {d["status"] for d in crowded["documents"] if d["id"] != "good"} == {"skipped"}
