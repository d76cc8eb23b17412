"""The CLI on hostile inputs: exit 0, every input reported, reasons for skips, no traceback, real dates."""

from __future__ import annotations

from pathlib import Path

import pytest

from .e2e_run import Run, run_cli
from .e2e_corpus import FILES, write_corpus
from timeline.testing import impossible_dates

IMPOSSIBLE_STRINGS = ("2018-02-30", "2018-31-31", "99999-", "0000-00-00")


def assert_clean_report(run: Run) -> dict:
    """Exit 0, no traceback, a JSON report whose skipped documents say why and whose dates exist."""
    assert run.code == 0, run.err
    assert "Traceback" not in run.err, run.err
    report = run.json()
    for doc in report["documents"]:
        if doc["status"] == "skipped":
            assert doc["problems"], f"{doc['id']} skipped without a reason"
    assert impossible_dates(report) == []
    for bad in IMPOSSIBLE_STRINGS:
        for section in ("events", "timexes"):
            for item in report[section]:
                assert bad not in f"{item.get('value')} {item.get('earliest')} {item.get('latest')}"
    return report


def reported(report: dict, name: str) -> list[dict]:
    """The report entries that come from the file ``name``."""
    stem = Path(name).stem
    return [d for d in report["documents"] if Path(d["source"]).name == name
            or d["id"] == stem or d["id"].startswith(stem)]


@pytest.mark.parametrize("name", sorted(set(FILES) - {"feed.jsonl"}))
def test_each_hostile_file_alone(tmp_path: Path, name: str) -> None:
    [path] = write_corpus(tmp_path, [name])
    report = assert_clean_report(run_cli("build", path, "--format", "json"))
    assert reported(report, name), f"{name} missing from {report['documents']}"


def test_a_feed_with_a_broken_line_and_a_record_without_text(tmp_path: Path) -> None:
    [path] = write_corpus(tmp_path, ["feed.jsonl"])
    report = assert_clean_report(run_cli("build", path, "--format", "json"))
    by_status = {d["status"] for d in report["documents"]}
    assert by_status == {"ok", "skipped"}, report["documents"]
    ok = [d for d in report["documents"] if d["status"] == "ok"]
    assert [d["id"] for d in ok] == ["feed-good"]
    assert len([d for d in report["documents"] if d["status"] == "skipped"]) >= 2
    assert report["events"], "the good record still gives its events"


def test_a_mixed_folder_reports_every_file_and_spares_the_good_one(tmp_path: Path) -> None:
    write_corpus(tmp_path / "mixed")
    report = assert_clean_report(run_cli("build", tmp_path / "mixed", "--format", "json"))
    for name in FILES:
        assert reported(report, name), f"{name} missing from the report"
    good = reported(report, "good.txt")[0]
    assert good["status"] == "ok" and good["dct"]["earliest"] == "2018-11-18"
    assert any("good" in s for e in report["events"] for s in e["sources"])


def test_markdown_of_the_mixed_folder(tmp_path: Path) -> None:
    write_corpus(tmp_path / "mixed")
    run = run_cli("build", tmp_path / "mixed")
    assert run.code == 0 and "Traceback" not in run.err, run.err
    assert "good" in run.out and "2018-02-30" not in run.out


@pytest.mark.parametrize("fmt", ["svg", "html", "timelinejs"])
def test_every_output_format_of_the_mixed_folder(tmp_path: Path, fmt: str) -> None:
    write_corpus(tmp_path / "mixed")
    run = run_cli("build", tmp_path / "mixed", "--format", fmt, "-q")
    assert run.code == 0 and "Traceback" not in run.err, run.err
    assert run.out.strip() and "2018-02-30" not in run.out


def test_timeml_of_the_mixed_folder(tmp_path: Path) -> None:
    write_corpus(tmp_path / "mixed")
    run = run_cli("build", tmp_path / "mixed", "--format", "timeml", "-o", tmp_path / "tml", "-q")
    assert run.code == 0 and "Traceback" not in run.err, run.err
    written = sorted(p.name for p in (tmp_path / "tml").iterdir())
    assert any(name.startswith("good") for name in written), written


def test_binary_on_stdin(tmp_path: Path) -> None:
    assert_clean_report(run_cli("build", "-", "--format", "json", stdin=FILES["image.png"]))


@pytest.mark.parametrize("text", ["February 30, 2018", "31/31/2018", "the year 99999", "0000-00-00", ""])
def test_timex_command_on_impossible_dates(text: str) -> None:
    run = run_cli("timex", "--dct", "2018-11-18", text)
    assert run.code == 0 and "Traceback" not in run.err, run.err
    assert not any(bad in run.out for bad in IMPOSSIBLE_STRINGS), run.out


@pytest.mark.parametrize("args", [
    [], ["build"], ["frobnicate"], ["build", "good.txt", "--format", "pdf"],
    ["build", "good.txt", "--dct", "2018-02-30"], ["build", "good.txt", "--dct", "yesterday"],
    ["timex", "--dct", "31/31/2018", "today"],
])
def test_usage_errors_exit_2_with_one_line(tmp_path: Path, args: list[str]) -> None:
    write_corpus(tmp_path, ["good.txt"])
    run = run_cli(*args, cwd=tmp_path)
    assert run.code == 2, (run.code, run.err)
    assert "Traceback" not in run.err
    assert len(run.err.strip().splitlines()) == 1, run.err


def test_a_200_kb_article_within_a_minute(tmp_path: Path) -> None:
    """The whole pipeline on one long article (the 50 MB and 10,000-file inputs are ingest tests)."""
    sentence = "Senator Moreau visited Oslo on Tuesday and met officials from Chile. "
    body = "WASHINGTON, Nov. 18, 2018 -- " + sentence * (200_000 // len(sentence)) + "\n"
    (tmp_path / "big.txt").write_text(body)
    report = assert_clean_report(run_cli("build", tmp_path / "big.txt", "--format", "json",
                                         timeout=60))
    assert reported(report, "big.txt")[0]["status"] == "ok"
