"""The CLI's contract with the pipeline swapped for a stub: formats, outputs, exit codes, progress."""

import io
import json
from pathlib import Path

import pytest

import timeline
from timeline import cli
from timeline.models import Timex
try:
    from tests.render.sample import sample_timeline
except ImportError:  # plain `pytest` puts tests/ (not the repository root) on sys.path
    from render.sample import sample_timeline

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def calls(monkeypatch):
    """Replace the pipeline by one that records its arguments and returns the sample timeline."""
    seen = []

    def fake_build(sources, *, dct=None, settings=None, jobs=1, progress=None):
        seen.append({"sources": list(sources), "dct": dct, "settings": settings, "jobs": jobs})
        if progress:
            progress(1, 2), progress(2, 2)
        timeline_ = sample_timeline()
        return timeline_.model_copy(update={"title": settings.title}) if settings else timeline_

    monkeypatch.setattr(cli, "_pipeline_build", lambda: fake_build)
    return seen


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("argv, words", [
    ([], "no command"),
    (["build"], "at least one PATH"),
    (["build", "a.txt", "--format", "pdf"], "invalid choice"),
    (["build", "a.txt", "--dct", "2018-02-30"], "not a date"),
    (["build", "a.txt", "--jobs", "0"], "positive integer"),
    (["build", "a.txt", "--format", "timeml"], "-o DIR"),
    (["build", "a.txt", "-o", "/no/such/folder/x.md"], "does not exist"),
    (["build", "a.txt", "--title", " "], "--title"),
    (["timex", "--dct", "31/31/2018", "today"], "not a date"),
    (["frobnicate"], "invalid choice"),
])
def test_usage_errors_exit_2_with_one_line(capsys, calls, argv, words):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("timeline: error: ") and words in err


def test_output_into_a_file_that_is_a_folder_is_a_usage_error(capsys, calls, tmp_path):
    code, _, err = run(capsys, "build", "a.txt", "-o", str(tmp_path))
    assert code == 2 and "is a folder" in err and calls == []


def test_markdown_by_default_to_stdout_with_options_passed_on(capsys, calls):
    code, out, err = run(capsys, "build", "a.txt", "b/", "--dct", "2018-11-19", "--jobs", "3", "--title", "T")
    assert code == 0 and out.startswith("# T\n")
    assert calls[0]["sources"] == ["a.txt", "b/"] and str(calls[0]["dct"]) == "2018-11-19"
    assert calls[0]["jobs"] == 3
    assert "skipped c.bin: binary file" in err  # skipped inputs are named on stderr


def test_quiet_silences_the_notes(capsys, calls):
    assert run(capsys, "build", "a.txt", "--quiet")[2] == ""


@pytest.mark.parametrize("fmt, check", [
    ("json", lambda text: json.loads(text)["title"] == "Russia & US"),
    ("timelinejs", lambda text: len(json.loads(text)["events"]) == 8),
    ("svg", lambda text: text.startswith("<svg")),
    ("html", lambda text: text.startswith("<!DOCTYPE html>")),
    ("markdown", lambda text: "## Sources" in text),
])
def test_each_format_to_a_file(capsys, calls, tmp_path, fmt, check):
    target = tmp_path / f"out.{fmt}"
    code, out, _ = run(capsys, "build", "a.txt", "--format", fmt, "-o", str(target))
    assert code == 0 and out == "" and check(target.read_text(encoding="utf-8"))


def test_timeml_writes_one_file_per_loaded_document(capsys, calls, tmp_path):
    (tmp_path / "a.txt").write_text("On November 15 they met.", encoding="utf-8")
    code, _, _ = run(capsys, "build", str(tmp_path / "a.txt"), "--format", "timeml", "-o", str(tmp_path / "tml"))
    assert code == 0 and [p.name for p in (tmp_path / "tml").iterdir()] == ["a.tml"]
    assert timeline.timeml.read_timeml(tmp_path / "tml" / "a.tml").text == "On November 15 they met."


def test_unexpected_errors_exit_1_with_one_line(capsys, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(cli, "_pipeline_build", lambda: broken)
    code, _, err = run(capsys, "build", "a.txt")
    assert code == 1 and err == "timeline: error: RuntimeError: boom second line\n"


def test_schema_prints_the_committed_schema(capsys):
    code, out, _ = run(capsys, "schema")
    assert code == 0 and out == (ROOT / "docs" / "timeline.schema.json").read_text(encoding="utf-8")


def test_version(capsys):
    with pytest.raises(SystemExit) as stop:
        cli.main(["--version"])
    assert stop.value.code == 0 and capsys.readouterr().out.startswith("timeline ")


def test_timex_table_and_json(capsys, monkeypatch):
    found = [Timex(text="November 15", start=3, end=14, type="DATE", value="2018-11-15",
                   earliest="2018-11-15", latest="2018-11-15")]
    seen = []
    monkeypatch.setattr(timeline, "extract_timexes",
                        lambda text, dct, settings=None: seen.append((text, dct, settings)) or found)
    code, out, _ = run(capsys, "timex", "--dct", "2018-11-19", "On November 15.")
    assert code == 0 and seen[0][0] == "On November 15." and str(seen[0][1]) == "2018-11-19"
    assert out.splitlines() == ["text         type  value       earliest..latest",
                                "November 15  DATE  2018-11-15  2018-11-15..2018-11-15"]
    code, out, _ = run(capsys, "timex", "--format", "json", "x")
    assert json.loads(out)[0]["value"] == "2018-11-15"
    assert seen[0][2] is None
    run(capsys, "timex", "--narrative", "x")
    assert seen[-1][2].anchoring == "narrative"


def test_narrative_flag_anchors_to_the_story_not_the_dct(capsys):
    text = "The offensive began on 16 December 1944. In January the Allies counterattacked."
    code, out, _ = run(capsys, "timex", "--narrative", "--dct", "2009-12-01", text)
    assert code == 0 and "1945-01" in out
    code, out, _ = run(capsys, "timex", "--dct", "2009-12-01", text)
    assert "1945-01" not in out  # news mode reads January against the DCT


class _Tty(io.StringIO):
    def isatty(self):
        return True


def test_progress_bar_only_on_a_terminal_and_not_when_quiet():
    tty = _Tty()
    bar = cli.ProgressBar(tty)
    bar(1, 4)
    assert "[" + "#" * 7 + "." * 23 + "] 1/4 documents" in tty.getvalue()
    bar(4, 4)
    assert tty.getvalue().endswith("\r")  # the line is wiped when done
    quiet, pipe = _Tty(), io.StringIO()
    cli.ProgressBar(quiet, quiet=True)(1, 4), cli.ProgressBar(pipe)(1, 4)
    assert quiet.getvalue() == "" and pipe.getvalue() == ""


def test_a_closed_pipe_ends_quietly(capsys, monkeypatch):
    def reader_gone(argv):
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(cli, "_run", reader_gone)
    assert cli.main(["schema"]) == 1
    assert capsys.readouterr().err == ""
