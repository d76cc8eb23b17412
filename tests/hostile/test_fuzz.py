"""Random bytes and texts: load and anchor_document never raise and never invent an impossible date."""

from __future__ import annotations

import io
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from timeline.anchor import anchor_document, refine_year
from timeline.ingest import load
from .test_hostile import check_dct

SUFFIXES = st.sampled_from([".txt", ".md", ".json", ".jsonl", ".html", ".bin"])
NEWSY = st.text(alphabet=st.sampled_from(list("MOSCOW, November 18. /TASS/ 2018 Tuesday held will on the "
                                              "0123456789-:()\n\t{}[]\"é—\x00")), max_size=400)
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(data=st.binary(max_size=600), suffix=SUFFIXES)
def test_any_bytes_in_any_file_give_reports(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"f{suffix}"
    path.write_bytes(data)
    got = load([path])
    assert got.reports and all(str(path) in p for r in got.reports for p in r.problems)
    assert len({r.id for r in got.reports}) == len(got.reports)
    for doc in got.documents:
        check_dct(anchor_document(doc))


@FUZZ
@given(data=st.one_of(st.binary(max_size=600), NEWSY.map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_any_stdin_gives_reports(data: bytes) -> None:
    got = load(["-"], stdin=io.BytesIO(data))
    assert got.reports
    for doc in got.documents:
        check_dct(anchor_document(doc))


@FUZZ
@given(text=st.one_of(NEWSY, st.text(max_size=400)), year=st.integers(1, 9999))
def test_any_text_anchors_and_refines(text: str, year: int) -> None:
    for doc in load(["\n" + text]).documents:
        dct = anchor_document(doc)
        check_dct(dct)
        refined = refine_year(dct, [(year, "a shared event")])
        if refined.earliest and refined.latest:
            assert refined.earliest <= refined.latest
