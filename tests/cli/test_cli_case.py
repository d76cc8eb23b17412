"""The CLI end to end on the bundled case: every format from the real pipeline."""

import contextlib
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from timeline import cli
from timeline.ingest import load
from timeline.timeml import read_timeml

ROOT = Path(__file__).resolve().parents[2]
FEED = ROOT / "cases" / "russia-us-2016-2019" / "articles.jsonl"
SCHEMA = json.loads((ROOT / "docs" / "timeline.schema.json").read_text(encoding="utf-8"))


def run(capsys, *argv):
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


@pytest.fixture(scope="module")
def case_json():
    """The case as JSON, built once through the CLI."""
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        assert cli.main(["build", str(FEED), "--format", "json", "--quiet"]) == 0
    return buffer.getvalue()


def test_json_of_the_case_validates_against_the_schema(case_json):
    data = json.loads(case_json)
    jsonschema.validate(data, SCHEMA)
    assert len(data["documents"]) == 5 and all(d["status"] == "ok" for d in data["documents"])
    assert any(e["earliest"] for e in data["events"])


def test_markdown_lists_every_source_and_dated_sections(capsys):
    md = run(capsys, "build", FEED, "--quiet")
    sources = md.split("## Sources\n", 1)[1]
    assert len(re.findall(r"^\d+\. \*\*", sources, re.M)) == 5
    assert re.search(r"^### November 2018$", md, re.M)


def test_two_jobs_give_byte_identical_output(capsys, case_json):
    assert run(capsys, "build", FEED, "--format", "json", "--quiet", "--jobs", "2") == case_json


def test_svg_and_html_of_the_case(capsys, tmp_path, case_json):
    dated = sum(bool(e["earliest"] or e["latest"]) for e in json.loads(case_json)["events"])
    run(capsys, "build", FEED, "--format", "svg", "-o", tmp_path / "t.svg", "--quiet")
    root = ET.parse(tmp_path / "t.svg").getroot()
    assert len(root.findall(".//{http://www.w3.org/2000/svg}g")) == dated
    page = run(capsys, "build", FEED, "--format", "html", "--quiet")
    assert page.count("<svg") == 1 and "<h2 id=\"sources\">Sources</h2>" in page


def test_timeml_files_read_back_with_the_documents_text(capsys, tmp_path):
    run(capsys, "build", FEED, "--format", "timeml", "-o", tmp_path / "tml", "--quiet")
    documents = {d.id: d for d in load([str(FEED)]).documents}
    files = sorted((tmp_path / "tml").glob("*.tml"))
    assert [f.stem for f in files] == sorted(documents)
    tagged = 0
    for path in files:
        doc = read_timeml(path)
        assert doc.text == documents[path.stem].text and doc.dct is not None
        for item in (*doc.timexes, *doc.events):
            assert doc.text[item.start:item.end] == item.text
        tagged += len(doc.timexes) + len(doc.events)
    assert tagged > 0


def test_timelinejs_of_the_case(capsys, case_json):
    data = json.loads(run(capsys, "build", FEED, "--format", "timelinejs", "--quiet"))
    dated = [e for e in json.loads(case_json)["events"] if e["earliest"] or e["latest"]]
    assert len(data["events"]) == len(dated) and data["title"]["text"]["headline"]
