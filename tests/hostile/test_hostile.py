"""Hostile inputs for ingest and anchor: every input is reported, nothing raises, no impossible date.

The small inputs live in ``corpus/``; the big ones (a 50 MB article, a 1 MB line, 10,000 files)
are generated into ``tmp_path`` by the tests, never committed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.anchor import AnchorSettings, anchor_document
from timeline.ingest import Ingested, load
from timeline.models import DocumentTime

CORPUS = Path(__file__).with_name("corpus")

# file -> {report id: (status, words the first problem must hold)}
EXPECTED = {
    "empty.txt": {"empty": ("skipped", "empty")},
    "whitespace.txt": {"whitespace": ("skipped", "empty")},
    "image.png": {"image": ("skipped", "unknown format")},
    "image_named_text.txt": {"image_named_text": ("skipped", "binary")},
    "controls.txt": {"controls": ("skipped", "binary")},
    "report.pdf": {"report": ("skipped", "unknown format")},
    "latin1.txt": {"latin1": ("ok", "not valid UTF-8")},
    "utf16.txt": {"utf16": ("ok", "utf-16")},
    "page.html": {"page": ("ok", "HTML")},
    "february30.txt": {"february30": ("ok", "")},
    "slashes.txt": {"slashes": ("ok", "")},
    "year99999.txt": {"year99999": ("ok", "")},
    "zero_date.md": {"zero_date": ("ok", "0000-00-00")},
    "only_junk.txt": {"only_junk": ("skipped", "only page junk")},
    "broken.json": {"broken": ("skipped", "broken JSON")},
    "nested.json": {"nested": ("skipped", "broken JSON")},
    "feed.jsonl": {"good-1": ("ok", ""), "feed-2": ("skipped", "line 2: broken JSON"),
                   "no-text": ("skipped", "line 3: record has no text"),
                   "feed-4": ("skipped", "line 4: a record must be a JSON object"),
                   "good-2": ("ok", "February 30, 2018")},
}


def check_dct(dct: DocumentTime, settings: AnchorSettings = AnchorSettings()) -> None:
    """A DCT never holds an impossible or implausible date, and never claims what it cannot show."""
    for day in (dct.earliest, dct.latest):
        assert day is None or settings.min_year <= day.year <= settings.max_year
    if dct.earliest and dct.latest:
        assert dct.earliest <= dct.latest
    assert dct.evidence
    if dct.value and dct.value[:4].isdigit():
        dt.date.fromisoformat(dct.value + "-01" * (2 - dct.value.count("-")))


def anchor_all(got: Ingested) -> list[DocumentTime]:
    dcts = [anchor_document(d) for d in got.documents]
    for dct in dcts:
        check_dct(dct)
    return dcts


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_hostile_file_is_reported_with_its_reason(name: str) -> None:
    path = CORPUS / name
    got = load([path])
    reports = {r.id: r for r in got.reports}
    assert set(reports) == set(EXPECTED[name])
    for id_, (status, words) in EXPECTED[name].items():
        report = reports[id_]
        assert report.status == status, report.problems
        if words:
            assert any(words in p and str(path) in p for p in report.problems), report.problems
    anchor_all(got)


def test_the_whole_corpus_at_once_harms_no_other_document() -> None:
    alone = {r.id: r for name in sorted(EXPECTED) for r in load([CORPUS / name]).reports}
    together = load([CORPUS])
    assert {r.id: r for r in together.reports} == alone
    anchor_all(together)


def test_impossible_dates_never_become_dates() -> None:
    got = load([CORPUS / n for n in ("february30.txt", "slashes.txt", "year99999.txt", "zero_date.md")])
    assert all(d.published is None for d in got.documents)
    assert all(dct.basis == "unknown" for dct in anchor_all(got))


def test_jsonl_good_lines_still_load_and_anchor() -> None:
    got = load([CORPUS / "feed.jsonl"])
    dcts = dict(zip((d.id for d in got.documents), anchor_all(got)))
    assert dcts["good-1"].value == "2018-11-18" and dcts["good-1"].basis == "metadata"
    assert dcts["good-2"].value == "2018-11-18" and dcts["good-2"].basis == "dateline"


def test_html_page_reads_its_story_not_its_script() -> None:
    doc = load([CORPUS / "page.html"]).documents[0]
    assert "1999" not in doc.text and "Putin met Pence" in doc.story and "3 years ago" not in doc.story
    assert anchor_document(doc).value == "2018-11-18"


def test_a_one_megabyte_line_without_spaces(tmp_path: Path) -> None:
    path = tmp_path / "line.txt"
    path.write_text("x" * 1_000_000 + "\n", encoding="utf-8")
    got = load([path, "Headline\n\nMOSCOW, May 4. /TASS/. Talks.\n"])
    assert [r.status for r in got.reports] == ["ok", "ok"] and got.documents[0].title is None
    assert anchor_all(got)[0].basis == "unknown"


def test_dates_hidden_in_a_huge_line_are_not_read_as_structure(tmp_path: Path) -> None:
    path = tmp_path / "dates.txt"
    path.write_text("November 30, 2018 " * 60_000, encoding="utf-8")  # ~1 MB of dates, no sentence
    got = load([path])
    anchor_all(got)


@pytest.mark.slow
def test_a_fifty_megabyte_article_is_truncated(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    paragraph = "MOSCOW, November 18. /TASS/. Peskov said on Sunday that the talks of 2018 had ended.\n\n"
    with open(path, "w", encoding="utf-8") as handle:
        for _ in range(50_000_000 // len(paragraph) + 1):
            handle.write(paragraph)
    assert path.stat().st_size >= 50_000_000
    got = load([path])
    doc = got.documents[0]
    assert len(doc.text) == 2_000_000 and any("truncated" in p for p in got.reports[0].problems)
    dct = anchor_all(got)[0]
    assert dct.value == "XXXX-11-18" and dct.earliest == dt.date(2018, 11, 18)


@pytest.mark.slow
def test_a_folder_of_ten_thousand_small_files(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    for i in range(10_000):
        sub = folder / f"{i // 1000:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        body = "" if i % 997 == 0 else f"Item {i}\n\nMOSCOW, May {i % 28 + 1}. /TASS/. Note {i} was filed.\n"
        (sub / f"n{i:05d}.txt").write_text(body, encoding="utf-8")
    got = load([folder])
    assert len(got.reports) == 10_000 and len({r.id for r in got.reports}) == 10_000
    empty = [r for r in got.reports if r.status == "skipped"]
    assert len(empty) == len(range(0, 10_000, 997)) and all("empty" in r.problems[0] for r in empty)
    assert [r.id for r in got.reports] == sorted(r.id for r in got.reports)
    sample = got.documents[::500]
    assert all(anchor_document(d).value.startswith("XXXX-05-") for d in sample)


def test_a_pipe_in_a_folder_is_skipped_not_read(tmp_path: Path) -> None:
    import os

    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "a.txt").write_text("Headline\n\nMOSCOW, May 4. /TASS/. Talks.\n", encoding="utf-8")
    got = load([tmp_path])
    assert {r.id: r.status for r in got.reports} == {"a": "ok", "pipe": "skipped"}
    assert "not a regular file" in got.reports[1].problems[0]
