"""load(): formats, fields, ids, reports, encodings and sources."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from timeline.ingest import IngestSettings, load
from timeline.models import Document
from timeline.settings import Settings

ARTICLE = "Talks end in Singapore\n\nMOSCOW, November 18. /TASS/. Peskov said on Sunday the talks ended.\n"


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def statuses(got) -> dict[str, str]:
    return {r.id: r.status for r in got.reports}


def test_text_file_id_title_and_text(tmp_path: Path) -> None:
    got = load([write(tmp_path / "a.txt", ARTICLE)])
    doc = got.documents[0]
    assert (doc.id, doc.title, doc.text, doc.published) == ("a", "Talks end in Singapore", ARTICLE, None)
    assert got.reports[0].status == "ok" and got.reports[0].problems == []


def test_markdown_front_matter_is_metadata_not_text(tmp_path: Path) -> None:
    md = "---\ntitle: The talks\npublished: 2018-11-18T09:00:00+03:00\nurl: https://example.org/a\n---\n" + ARTICLE
    doc = load([write(tmp_path / "b.md", md)]).documents[0]
    assert doc.published == dt.date(2018, 11, 18) and doc.published_raw == "2018-11-18T09:00:00+03:00"
    assert doc.title == "The talks" and doc.url == "https://example.org/a"
    assert doc.text == ARTICLE and "---" not in doc.text


def test_markdown_date_key_and_zone_keeps_the_written_date(tmp_path: Path) -> None:
    md = "---\ndate: 2018-11-18T23:30:00-05:00\n---\n" + ARTICLE
    assert load([write(tmp_path / "c.md", md)]).documents[0].published == dt.date(2018, 11, 18)


@pytest.mark.parametrize(("published", "day"), [
    ("18 ноября 2018", dt.date(2018, 11, 18)),      # TASS's Russian edition
    ("le 18 novembre 2018", dt.date(2018, 11, 18)),
    ("18. November 2018", dt.date(2018, 11, 18)),
    ("ноябрь 2018", None),                          # no day: never filled in
    ("hier", None), ("2 hours ago", None),          # relative: never read against the clock
])
def test_published_in_another_language(tmp_path: Path, published: str, day: dt.date | None) -> None:
    feed = write(tmp_path / "f.jsonl", json.dumps({"id": "a", "text": ARTICLE, "published": published},
                                                  ensure_ascii=False))
    got = load([feed])
    assert got.documents[0].published == day
    assert day is not None or any(published in p for p in got.reports[0].problems)


def test_json_object_and_list(tmp_path: Path) -> None:
    one = write(tmp_path / "one.json", json.dumps({"body": ARTICLE, "dct": "2018-11-18"}))
    many = write(tmp_path / "many.json", json.dumps([{"content": ARTICLE}, {"id": "x", "text": ARTICLE}]))
    got = load([one, many])
    assert [d.id for d in got.documents] == ["one", "many-1", "x"]
    assert got.documents[0].published == dt.date(2018, 11, 18)


def test_jsonl_broken_line_and_record_without_text(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "a", "text": ARTICLE, "published": "2018-11-18"}), "{not json",
             json.dumps({"id": "b", "title": "no text"}), "", json.dumps({"text": ARTICLE})]
    got = load([write(tmp_path / "feed.jsonl", "\n".join(lines))])
    assert statuses(got) == {"a": "ok", "feed-2": "skipped", "b": "skipped", "feed-5": "ok"}
    problems = {r.id: r.problems for r in got.reports}
    assert "line 2" in problems["feed-2"][0] and "feed.jsonl" in problems["feed-2"][0]
    assert "no text" in problems["b"][0] and "line 3" in problems["b"][0]


def test_bad_published_is_reported_and_ignored(tmp_path: Path) -> None:
    feed = write(tmp_path / "f.jsonl", json.dumps({"id": "a", "text": ARTICLE, "published": "0000-00-00"}))
    got = load([feed])
    assert got.documents[0].published is None
    assert any("0000-00-00" in p and "f.jsonl" in p for p in got.reports[0].problems)


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("empty.txt", "", "empty"),
    ("blank.txt", "  \n\t\n ", "empty"),
    ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "unknown format"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    ("data.csv", "a,b\n1,2\n", "unknown format"),
    ("junk.txt", "Notify of\n3 years ago\n", "only page junk"),
])
def test_skips_name_the_file_and_the_reason(tmp_path: Path, name: str, content, reason: str) -> None:
    path = write(tmp_path / name, content)
    report = load([path]).reports[0]
    assert report.status == "skipped"
    assert any(str(path) in p and reason in p for p in report.problems), report.problems


def test_missing_path_is_reported(tmp_path: Path) -> None:
    report = load([tmp_path / "nope.txt"]).reports[0]
    assert report.status == "skipped" and "not found" in report.problems[0]


@pytest.mark.parametrize(("encoding", "warning"), [
    ("latin-1", "cp1252"), ("cp1252", "cp1252"), ("utf-16", "utf-16"), ("utf-16-le", "utf-16-le"),
    ("utf-8-sig", None),
])
def test_encoding_fallback(tmp_path: Path, encoding: str, warning: str | None) -> None:
    text = "Café talks\n\nThe café owner said talks ended on Sunday in Zürich.\n"
    got = load([write(tmp_path / "e.txt", text.encode(encoding))])
    assert got.documents[0].text == text
    problems = got.reports[0].problems
    assert (any(warning in p for p in problems) if warning else problems == [])


def test_undecodable_cp1252_falls_back_to_latin1(tmp_path: Path) -> None:
    got = load([write(tmp_path / "l.txt", b"Bytes \x81\x8d here, then text.\nMore text.\n")])
    assert got.documents[0].text.startswith("Bytes \x81\x8d")
    assert "latin-1" in got.reports[0].problems[0]


def test_folder_is_recursive_sorted_and_skips_hidden(tmp_path: Path) -> None:
    write(tmp_path / "b" / "z.txt", ARTICLE)
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "b" / "c.md", ARTICLE)
    write(tmp_path / ".git" / "x.txt", ARTICLE)
    write(tmp_path / ".hidden.txt", ARTICLE)
    got = load([tmp_path])
    assert [r.id for r in got.reports] == ["a", "c", "z"]


def test_duplicate_ids_are_suffixed_whatever_the_order(tmp_path: Path) -> None:
    one, two = write(tmp_path / "x" / "a.txt", ARTICLE), write(tmp_path / "y" / "a.txt", ARTICLE + "More.\n")
    forward = {d.source: d.id for d in load([one, two]).documents}
    backward = {d.source: d.id for d in load([two, one]).documents}
    assert forward == backward == {str(one): "a", str(two): "a-2"}


def test_raw_text_document_and_stdin() -> None:
    given = Document(id="given", source="memory", text=ARTICLE)
    got = load([ARTICLE, given, "-"], stdin=io.BytesIO(ARTICLE.encode("utf-16")))
    ids = [r.id for r in got.reports]
    assert ids[0].startswith("text-") and ids[1:] == ["given", "stdin"]
    assert got.documents[1].junk == () and got.documents[2].text == ARTICLE
    assert load([ARTICLE]).reports[0].id == ids[0]  # the id of a raw text depends on the text only


def test_stdin_feed_is_read_as_records() -> None:
    feed = "\n".join(json.dumps({"id": i, "text": ARTICLE}) for i in ("a", "b"))
    assert [d.id for d in load(["-"], stdin=io.BytesIO(feed.encode())).documents] == ["a", "b"]


def test_html_is_stripped_with_a_warning_or_skipped(tmp_path: Path) -> None:
    page = ("<html><head><title>Talks end</title><meta property='article:published_time' "
            "content='2018-11-18T10:00:00Z'></head><body><p>MOSCOW, November 18. /TASS/. Talks ended.</p>"
            "<script>var x = 'November 1, 1999';</script></body></html>")
    path = write(tmp_path / "p.html", page)
    doc = load([path]).documents[0]
    assert doc.text == "MOSCOW, November 18. /TASS/. Talks ended." and doc.title == "Talks end"
    assert doc.published == dt.date(2018, 11, 18) and any("HTML" in p for p in doc.problems)
    skipped = load([path], settings=IngestSettings(html="skip")).reports[0]
    assert skipped.status == "skipped" and "HTML" in skipped.problems[0]


def test_too_large_is_truncated_with_a_problem(tmp_path: Path) -> None:
    got = load([write(tmp_path / "big.txt", "word " * 1000)], settings=Settings(ingest=IngestSettings(max_document_chars=100)))
    assert len(got.documents[0].text) == 100 and "truncated" in got.reports[0].problems[0]


def test_title_is_not_a_sentence_or_a_dateline() -> None:
    assert load(["MOSCOW, November 18. /TASS/. Talks ended.\nMore text here.\n"]).documents[0].title is None
    assert load(["The talks ended on Sunday, he said.\nMore.\n"]).documents[0].title is None


def test_junk_is_found_on_load() -> None:
    doc = load([ARTICLE + "Notify of\n3 years ago\n"]).documents[0]
    assert "3 years ago" in doc.text and "3 years ago" not in doc.story


def test_every_input_gets_exactly_one_report_per_article(tmp_path: Path) -> None:
    sources = [write(tmp_path / "a.txt", ARTICLE), tmp_path / "missing.md", write(tmp_path / "e.txt", ""), ARTICLE]
    got = load(sources)
    assert len(got.reports) == 4 and len(got.documents) == 2
    assert len({r.id for r in got.reports}) == 4


def test_seed_titles_read_from_the_pages_match_the_feed() -> None:
    case = Path(__file__).resolve().parents[2] / "cases" / "russia-us-2016-2019"
    feed = {d.id: d.title for d in load([case / "articles.jsonl"]).documents}
    bare = {d.id: d.title for d in load([case / "articles"]).documents}
    assert bare == feed and len(bare) == 5


def test_markdown_heading_is_the_title(tmp_path: Path) -> None:
    assert load([write(tmp_path / "h.md", "# Talks end\n\nThe talks ended.\n")]).documents[0].title == "Talks end"
