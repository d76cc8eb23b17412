"""Junk rules: the line corpus beside the rules, whole-page behaviour, and the five seed pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

import timeline.ingest.junk as junk_module
from timeline.ingest.junk import explain_junk, find_junk, line_rule
from timeline.models import Document

CORPUS = Path(junk_module.__file__).with_name("junk_lines.tsv")
REPO = Path(__file__).resolve().parents[2]
# The bundled case holds the five seed articles unchanged; shared/seeds is the original.
SEEDS = next((p for p in (REPO / "cases" / "russia-us-2016-2019" / "articles", REPO.parent / "shared" / "seeds")
              if p.is_dir()), REPO / "missing")
STORY = "Putin held a brief meeting on November 15 with Pence at the summit in Singapore, officials said.\n"


def corpus() -> list[tuple[str, str]]:
    rows = []
    for raw in CORPUS.read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.startswith("#"):
            expected, line = raw.split("\t", 1)
            rows.append((expected, line))
    return rows


@pytest.mark.parametrize(("expected", "line"), corpus())
def test_line_corpus(expected: str, line: str) -> None:
    assert (line_rule(line) or "keep") == expected


def test_corpus_has_both_sides() -> None:
    kinds = {e for e, _ in corpus()}
    assert {"thread", "credits", "line", "keep"} <= kinds


def cut(text: str) -> str:
    return Document(id="x", source="x", text=text, junk=find_junk(text)).story


def test_comment_thread_cuts_to_the_end() -> None:
    text = STORY + "Notify of\nGreat article, back in November 2017 I said so.\nReply\n"
    story = cut(text)
    assert "November 15" in story and "2017" not in story and "Reply" not in story


def test_thread_marker_before_any_story_cuts_only_its_line() -> None:
    text = "Talks in Singapore\n12 Comments\n" + STORY
    story = cut(text)
    assert "12 Comments" not in story and "November 15" in story


def test_reporting_credit_ends_the_story() -> None:
    text = STORY + "(Reporting by A. Reporter; Editing by B. Editor)\nOther story headline\nMore text.\n"
    story = cut(text)
    assert "November 15" in story and "Reporting" not in story and "More text" not in story


def test_caption_above_a_bare_credit_is_cut() -> None:
    text = "Headline here\nKremlin spokesman Dmitry Peskov\n© Mikhail Mettsel/TASS\n\n" + STORY
    rules = {text[s.start:s.end].strip(): s.rule for s in explain_junk(text)}
    assert rules == {"Kremlin spokesman Dmitry Peskov": "caption", "© Mikhail Mettsel/TASS": "line"}


def test_breadcrumb_leaves_the_headline() -> None:
    text = "Russia favors dialogue with US / News / News agency Inforos\n" + STORY
    assert cut(text).splitlines()[0].rstrip() == "Russia favors dialogue with US"


def test_teaser_headlines_after_the_last_paragraph() -> None:
    text = "Headline of the story\n\n" + STORY + "\nAnother Article About Something Else Entirely\n"
    story = cut(text)
    assert "Headline of the story" in story and "Another Article" not in story


def test_subheads_inside_the_story_stay() -> None:
    text = STORY + "\nNeutrality during election\n\n" + STORY
    assert "Neutrality during election" in cut(text)


def test_offsets_are_kept() -> None:
    text = "All news\n" + STORY + "Notify of\n3 years ago\n"
    story = cut(text)
    assert len(story) == len(text) and story.count("\n") == text.count("\n")
    assert story.index("Putin") == text.index("Putin")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab ©/\n.?N0123456789REUTERS-Notify of"), max_size=300))
def test_spans_are_sorted_disjoint_and_inside_the_text(text: str) -> None:
    spans = find_junk(text)
    assert all(0 <= s.start < s.end <= len(text) for s in spans)
    assert all(a.end < b.start for a, b in zip(spans, spans[1:]))


# --- the five seed pages: the story is kept whole, the junk is gone -------------------------------

KEPT = {
    "000": ["Russia Does Not Expect Radical Improvements in US Relations",
            "meeting between Vladimir Putin and US Vice President Mike Pence on November 15th.",
            "introducing US $60 billion in customs duties on US products."],
    "001": ["No signs of breakthrough seen in Russia-US relations - Kremlin spokesman",
            "MOSCOW, November 18. /TASS/. No signs of a possible breakthrough",
            "due to be held on November 30 through December 1."],
    "002": ["Russia favors dialogue with US, no bright prospects in the offing",
            "after the November 6 midterm elections in the US.",
            "while the Republican Party will retain and strengthen control of the Senate."],
    "003": ["NEW YORK, November 11. /TASS/.", "Neutrality during election", "Cooperation on Syria",
            "But in general the operation is going on,\" the Kremlin spokesman stressed."],
    "004": ["Putin Says Trump Not to Blame for Lack of Improvement in Russia-U.S. Ties",
            "Moscow is not blaming U.S. President Donald Trump",
            "The interview was aired on Sunday ahead of Putin’s visit to Saudi Arabia on Oct. 14.",
            "seen during the G20 leaders summit in Buenos Aires, Argentina November 30, 2018."],
}
GONE = {
    "000": ["Subscribe", "Sign up here", "Notify of", "Newest Most Voted", "3 years ago", "Disqus",
            "Would love your thoughts"],
    "001": ["All news", "Mettsel/TASS", "© Mikhail"],
    "002": ["News agency Inforos", "Rate it", "Add comment", "Сообщите"],
    "003": ["All news", "Metzel/TASS"],
    "004": ["REUTERS/Marcos", "Reporting by", "What do you think?", "Upvote", "War Eagle", "D-RATs",
            "Andrew Yang", "FILE PHOTO", "Louisiana", "June 15, 2018"],
}


def seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seeds not beside the repository")
@pytest.mark.parametrize("prefix", sorted(KEPT))
def test_seed_story_kept_and_junk_removed(prefix: str) -> None:
    story = " ".join(cut(seed(prefix)).split())
    for phrase in KEPT[prefix]:
        assert " ".join(phrase.split()) in story
    for phrase in GONE[prefix]:
        assert phrase not in story


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seeds not beside the repository")
@pytest.mark.parametrize("prefix", sorted(KEPT))
def test_seed_every_story_paragraph_survives(prefix: str) -> None:
    text = seed(prefix)
    story = cut(text)
    end = min([text.find(m) for m in ("Notify of", "Subscribe to", "(Reporting by", "Add comment")
               if m in text] or [len(text)])
    for line in text[:end].splitlines():
        if len(line.split()) >= 12 and line.rstrip().endswith((".", '"', "”")) and "REUTERS/" not in line:
            assert line in story


def test_a_paragraph_too_long_for_the_line_rules_is_story() -> None:
    long = "Even as the talks went on, the pressure rose. " * 60  # > 2,000 characters, no final newline rule
    text = STORY + "\n" + long.strip() + "\n"
    assert cut(text) == text


def test_a_fact_box_after_the_story_is_not_a_teaser() -> None:
    text = STORY + "\nKENYA:\nTotal Dead: 192\nInjured: 4,877\n"
    assert cut(text) == text


WORDS = st.sampled_from("the ministers said talks in Geneva ended after long hours of debate over trade "
                        "sanctions and arms control while officials expected another round soon".split())
PARAGRAPH = st.lists(WORDS, min_size=12, max_size=40).map(lambda ws: " ".join(ws).capitalize() + ".")
LINE_JUNK = [line for rule, line in corpus() if rule == "line"]
END_JUNK = [line for rule, line in corpus() if rule in ("thread", "credits")]


@settings(max_examples=80, deadline=None)
@given(story=st.lists(PARAGRAPH, min_size=1, max_size=6), top=st.lists(st.sampled_from(LINE_JUNK), max_size=3),
       middle=st.lists(st.sampled_from(LINE_JUNK), max_size=3), end=st.sampled_from(END_JUNK),
       comments=st.lists(PARAGRAPH, max_size=3))
def test_pages_built_from_the_corpus_keep_the_story_and_lose_the_junk(story, top, middle, end, comments) -> None:
    body = story[:1] + middle + story[1:]
    page = "\n".join(["Talks End in Geneva", *top, "", *body, "", end, *comments]) + "\n"
    kept = cut(page)
    for paragraph in story:
        assert paragraph in kept
    for junk in [*top, *middle, end]:
        assert junk not in kept
    assert all(c not in kept for c in comments if c not in story)
