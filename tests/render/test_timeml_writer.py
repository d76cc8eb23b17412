"""ISO-TimeML output: well-formed, text unchanged, tags at their offsets, read back by our reader."""

import datetime as dt
import xml.etree.ElementTree as ET

from hypothesis import given, settings, strategies as st

from timeline.models import Document, DocumentTime, Event, Mention, Timeline, Timex
from timeline.render import render_timeml
from timeline.timeml import read_timeml, read_timeml_string
from timeline.timeml.writer import write_timeml
from .sample import TEXT_A, TEXT_B, sample_timeline

D = dt.date
DOCS = [Document(id="a", source="feed.jsonl", title="Putin & Pence", text=TEXT_A),
        Document(id="b", source="b.txt", text=TEXT_B)]


def test_one_file_per_document_read_back_by_the_reader(tmp_path):
    files = render_timeml(sample_timeline(), DOCS)
    assert sorted(files) == ["a.tml", "b.tml"]
    for name, xml in files.items():
        (tmp_path / name).write_text(xml, encoding="utf-8")
    doc = read_timeml(tmp_path / "a.tml")
    assert doc.docid == "a" and doc.text == TEXT_A
    assert doc.dct == D(2018, 11, 19) and doc.dct_value == "2018-11-19"
    assert [(t.text, t.value, t.start) for t in doc.timexes] == [
        ("November 15", "2018-11-15", TEXT_A.index("November 15"))]
    assert [(e.text, e.start, e.eiids) for e in doc.events] == [("met", TEXT_A.index("met"), ("ei1",))]


def test_dct_is_the_creation_time_timex():
    root = ET.fromstring(render_timeml(sample_timeline(), DOCS)["a.tml"])
    dct = root.find("DCT/TIMEX3")
    assert dct.get("functionInDocument") == "CREATION_TIME" and dct.get("tid") == "t0"


def test_tlinks_follow_the_solved_bounds():
    doc = read_timeml_string(render_timeml(sample_timeline(), DOCS)["a.tml"])
    links = {(link.source, link.rel_type, link.target) for link in doc.tlinks}
    # Putin met Pence on 15 Nov: before the DCT (19 Nov), inside the timex "November 15".
    assert ("ei1", "BEFORE", "t0") in links and ("ei1", "IS_INCLUDED", "t1") in links


def test_events_in_one_document_are_chained_in_timeline_order():
    text = "They met. They signed. They left."
    def ev(i, word, day):
        s = text.index(word)
        return Event(id=f"x{i}", label=word, earliest=day, latest=day,
                     mentions=[Mention(document="d", sentence=word, start=s, end=s + len(word))])
    events = [ev(1, "met", D(2018, 1, 1)), ev(2, "signed", D(2018, 1, 3)), ev(3, "left", D(2018, 1, 3))]
    xml = write_timeml(Document(id="d", source="d", text=text), DocumentTime(), [], events)
    links = [(l.source, l.rel_type, l.target) for l in read_timeml_string(xml).tlinks]
    assert links == [("ei1", "BEFORE", "ei2")]  # signed and left share a day: no order is claimed


def test_a_second_mention_of_one_event_is_an_identity_link():
    text = "They met. The meeting was long."
    mentions = [Mention(document="d", sentence="x", start=text.index("met"), end=text.index("met") + 3),
                Mention(document="d", sentence="x", start=text.index("meeting"), end=text.index("meeting") + 7)]
    xml = write_timeml(Document(id="d", source="d", text=text), DocumentTime(), [],
                       [Event(id="e", label="met", mentions=mentions)])
    doc = read_timeml_string(xml)
    assert [e.text for e in doc.events] == ["met", "meeting"]
    assert [(l.source, l.rel_type, l.target) for l in doc.tlinks] == [("ei2", "IDENTITY", "ei1")]


def test_overlapping_or_mismatched_tags_are_left_out_not_corrupting():
    text = "On November 15 they met."
    timexes = [Timex(text="November 15", start=3, end=14, type="DATE", value="2018-11-15"),
               Timex(text="wrong", start=0, end=5, type="DATE", value="2018")]
    mention = Mention(document="d", sentence=text, start=6, end=14)  # inside the timex
    xml = write_timeml(Document(id="d", source="d", text=text), DocumentTime(), timexes,
                       [Event(id="e", label="x", mentions=[mention])])
    doc = read_timeml_string(xml)
    assert doc.text == text and [t.text for t in doc.timexes] == ["November 15"] and doc.events == ()


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80),
       st.lists(st.tuples(st.integers(0, 80), st.integers(1, 6)), max_size=5))
def test_any_text_and_spans_survive_the_round_trip(text, spans):
    mentions = [Mention(document="d", sentence="s", start=s, end=s + n) for s, n in spans]
    xml = write_timeml(Document(id="d", source="d", text=text), DocumentTime(), [],
                       [Event(id=f"e{i}", label="x", mentions=[m]) for i, m in enumerate(mentions)])
    doc = read_timeml_string(xml)
    assert len(doc.text) == len(text)
    for e in doc.events:
        assert e.text == doc.text[e.start:e.end]


def test_unknown_dct_is_still_written():
    xml = render_timeml(Timeline(), [Document(id="z", source="z", text="x")])["z.tml"]
    assert read_timeml_string(xml).dct_value == "XXXX-XX-XX"
