"""The TimeML and WikiWars readers on real corpus files: offsets must round-trip."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.timeml import (
    TimeMLError,
    WikiWarsTimex,
    read_timeml,
    read_timeml_string,
    read_wikiwars,
    to_timex3_value,
)

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "benchmarks"
TBAQ = SHARED / "tempeval3_tbaq" / "TBAQ-cleaned"
WIKIWARS = SHARED / "wikiwars" / "WikiWars_20120218_v104" / "keyinline"
needs_tbaq = pytest.mark.skipif(not TBAQ.is_dir(), reason="TBAQ corpus not present")
needs_wikiwars = pytest.mark.skipif(not WIKIWARS.is_dir(), reason="WikiWars corpus not present")


@needs_tbaq
def test_wsj_0006_is_read_exactly():
    doc = read_timeml(TBAQ / "TimeBank" / "wsj_0006.tml")
    assert doc.docid == "wsj_0006"
    assert doc.dct == dt.date(1989, 11, 2) and doc.dct_value == "1989-11-02"
    assert doc.text.lstrip().startswith("Pacific First Financial Corp. said shareholders approved")
    assert [(t.tid, t.text, t.value, t.anchor_time_id) for t in doc.timexes] == [("t10", "year-end", "1989-12-31", "t0")]
    said = next(e for e in doc.events if e.eid == "e1")
    assert (said.text, said.cls, said.eiids, said.tense, said.pos) == ("said", "REPORTING", ("ei73",), "PAST", "VERB")
    link = next(link for link in doc.tlinks if link.lid == "l1")
    assert (link.rel_type, link.source, link.target) == ("BEFORE", "ei80", "t10")
    assert len(doc.tlinks) == 6  # SLINKs and ALINKs are not TLINKs


@needs_tbaq
@pytest.mark.parametrize("name", ["TimeBank/ABC19980108.1830.0711.tml", "AQUAINT/NYT19981120.0362.tml", "TimeBank/wsj_1042.tml"])
def test_offsets_round_trip(name):
    doc = read_timeml(TBAQ / name)
    assert doc.timexes and doc.events
    for a in (*doc.timexes, *doc.events):
        assert doc.text[a.start : a.end] == a.text and a.text.strip()


@needs_tbaq
def test_whole_corpus_counts_match_the_source_notes():
    docs = [read_timeml(p) for p in sorted(TBAQ.glob("*/*.tml"))]
    assert len(docs) == 256
    assert sum(len(d.timexes) for d in docs) == 1243 + 579  # SOURCE.md: TIMEX3 in text
    assert all(d.dct is not None for d in docs)
    ids = {i for d in docs for e in d.events for i in e.eiids}
    tids = {t.tid for d in docs for t in d.timexes} | {"t0"}
    # every TLINK end names a known instance or time of the corpus
    assert all(x in ids or x in tids for d in docs for link in d.tlinks for x in (link.source, link.target))


def test_entities_and_nested_tags_keep_offsets():
    doc = read_timeml_string(
        '<TimeML><TEXT>AT&amp;T <SIGNAL sid="s1">on</SIGNAL> <TIMEX3 tid="t1" type="DATE" '
        'value="1998-W02">last week</TIMEX3></TEXT></TimeML>'
    )
    (t,) = doc.timexes
    assert doc.text == "AT&T on last week" and doc.text[t.start : t.end] == "last week"
    assert doc.dct is None and doc.dct_value is None


def test_sentence_elements_back_to_back_stay_apart():
    """SemEval-2015 writes ``<s>`` elements with no space between: the sentences must not glue."""
    doc = read_timeml_string(
        '<TimeML><TEXT><s id="0">October 13 , <TIMEX3 tid="t1" type="DATE" value="2005">2005</TIMEX3></s>'
        '<s id="1">On Wednesday , Apple spoke .</s>\n<s id="2">End .</s></TEXT></TimeML>'
    )
    (t,) = doc.timexes
    assert doc.text == "October 13 , 2005\nOn Wednesday , Apple spoke .\nEnd .\n"
    assert doc.text[t.start : t.end] == "2005"


def test_bad_input_raises_typed_error_with_evidence(tmp_path):
    with pytest.raises(TimeMLError) as info:
        read_timeml_string("<TimeML><TEXT>open", source="x.tml")
    assert info.value.source == "x.tml" and "XML" in info.value.reason
    with pytest.raises(TimeMLError, match="no <TEXT>"):
        read_timeml_string("<TimeML/>")
    with pytest.raises(TimeMLError, match="cannot read"):
        read_timeml(tmp_path / "missing.tml")


@needs_wikiwars
def test_wikiwars_reader_round_trips_and_counts():
    docs = [read_wikiwars(p) for p in sorted(WIKIWARS.glob("*.key.xml"))]
    assert len(docs) == 22
    assert sum(len(d.timexes) for d in docs) == 2681 - 22  # readme total minus the DATETIME stamps
    for d in docs:
        for t in d.timexes:
            assert d.text[t.start : t.end] == t.text
    nigeria = next(d for d in docs if d.docid == "21_NigerianCivilWar")
    assert (nigeria.timexes[0].text, nigeria.timexes[0].value) == ("30 May 1967", "1967-05-30")
    assert sum(t.nested for d in docs for t in d.timexes) == 19


def test_timex2_sets_become_timex3_frequencies():
    def timex(value, is_set=False):
        return WikiWarsTimex(text="x", start=0, end=1, value=value, is_set=is_set)

    assert to_timex3_value(timex("XXXX-WXX", is_set=True)) == "P1W"
    assert to_timex3_value(timex("XXXX-WXX")) == "XXXX-WXX"
    assert to_timex3_value(timex(None)) is None
    assert to_timex3_value(timex("BC0490")) == "BC0490"
