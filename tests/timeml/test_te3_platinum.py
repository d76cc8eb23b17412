"""The TE3-platinum benchmark script: where it looks for the data, what it reads, what it writes."""

from __future__ import annotations

import doctest
import json
import sys

import pytest

from test_benchmarks import _load

platinum = _load("te3_platinum")

ARTICLE = """<?xml version="1.0" ?>
<TimeML>
<DOCID>{docid}</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" temporalFunction="false"
 functionInDocument="CREATION_TIME">2013-03-22</TIMEX3></DCT>
<TEXT>The talks ended <TIMEX3 tid="t1" type="DATE" value="2013-03-21">yesterday</TIMEX3> and resume
<TIMEX3 tid="t2" type="DATE" value="2013-W13">next week</TIMEX3>.</TEXT>
</TimeML>
"""


def _folder(tmp_path, names=("a", "b")):
    for name in names:
        (tmp_path / f"{name}.tml").write_text(ARTICLE.format(docid=name), encoding="utf-8")
    (tmp_path / "._a.tml").write_bytes(b"\x00\x05\x16\x07 resource fork")  # what a macOS copy leaves beside
    return tmp_path


def test_missing_data_names_every_place_looked_in(tmp_path, monkeypatch):
    monkeypatch.setenv("TE3_PLATINUM", str(tmp_path / "nowhere"))
    with pytest.raises(platinum.PlatinumMissing) as missing:
        platinum.find_data(None)
    assert tmp_path / "nowhere" in missing.value.looked_in
    assert platinum.main(["--data", str(tmp_path / "nowhere")]) == 2


def test_resource_forks_are_skipped_and_articles_read_in_name_order(tmp_path):
    docs = platinum.load(_folder(tmp_path, names=("b", "a")))
    assert [d.docid for d in docs] == ["a", "b"]
    assert [[g.value for g in platinum.gold_of(d)] for d in docs] == [["2013-03-21", "2013-W13"]] * 2


def test_run_scores_the_articles_and_quotes_them_only_in_the_errors_file(tmp_path, monkeypatch):
    results = tmp_path / "results"
    monkeypatch.setattr(sys.modules[platinum.write_results.__module__], "RESULTS", results)
    errors = tmp_path / "errors.tsv"
    data = tmp_path / "data"
    data.mkdir()
    status = platinum.main(["--data", str(_folder(data)), "--no-baseline", "--errors", str(errors)])
    assert status == 0
    figures = json.loads((results / "te3_platinum.json").read_text())["timeline"]
    assert figures["gold"] == 4 and figures["value_correct"] == 4
    report = (results / "te3_platinum.md").read_text()
    assert "2 documents (the release has 20; this folder is incomplete)" in report
    assert "yesterday" not in report  # no article text in the repository's results
    assert not (results / "te3_platinum_errors.tsv").exists()
    assert errors.exists()


def test_docstring_examples():
    result = doctest.testmod(platinum)
    assert result.attempted > 0 and result.failed == 0
