"""Soundness law: on synthetic news written around a true DCT, the anchor never rules the truth out.

Each article mixes the clue kinds the anchor reads (a yearless dateline, past and future dates
without a year, a weekday tied to a date, years and full dates in past and future clauses,
fronted and fiscal years, "since", years naming a past event);
whatever the mix, the true DCT lies in what the anchor says, and fixing the year with the true
year keeps it there.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import example, given, settings, strategies as st

from timeline.anchor import anchor_document, refine_year
from timeline.models import Document

D = dt.date


def md(day: dt.date) -> str:
    return f"{day.strftime('%B')} {day.day}"


# Sentences whose year the anchor reads (yearclues.py, named.py), with how far the year may lie
# from the DCT's year when the sentence is true: (template, fewest years back, most years back).
YEAR_SENTENCES = (
    # A whole year's earnings told in the past are known once the year is over (periods.py).
    ("In {y}, the company earned $5 million, or 20 cents a share.", 1, 40),
    ("In {y}, the company was founded by two engineers.", 0, 40),
    ("In the {y} third quarter, the company lost $2 million.", 0, 5),
    ("Since {y}, the militia has held the zone.", 0, 60),
    ("In fiscal {y}, the firm earned $3 million.", -1, 10),
    ("Investors fled after the {y} crash, when trading dwindled.", 0, 60),
    ("A {y} law named for him strengthened the embargo.", 0, 60),
    ("Talks resumed following the {y} cease-fire in the region.", 0, 30),
    ("The association expects to achieve record earnings in {y}.", -5, 0),
    ("Construction is set to begin in early {y}.", -5, 0),
    ("Talks will resume after the {y} election.", -8, 8),
    ("The bonds are due {y} and pay 9%.", -30, 0),
    ("Turnout fell short of last year's {y} election.", 1, 1),
    ("Voters return to the polls for this year's {y} vote.", 0, 0),
    ("Tickets for next year's {y} games sold slowly.", -1, -1),
    ("Officials will review security before the {y} Olympics in the city.", -8, 0),
    ("Officials reviewed security before the {y} Olympics in the city.", -8, 8),
    ("Officials will review security after the {y} Olympics in the city.", -8, 8),
    ("The exit talks began in March {y}.", 1, 10),
    ("In the third quarter of {y}, sales rose 4 percent.", 1, 5),
)


def _year_sentence(draw, dct: dt.date) -> str:
    template, fewest, most = draw(st.sampled_from(YEAR_SENTENCES))
    return template.format(y=dct.year - draw(st.integers(fewest, most)))


@st.composite
def articles(draw) -> tuple[str, dt.date]:
    dct = draw(st.dates(min_value=D(1950, 1, 1), max_value=D(2080, 12, 31)))
    sentences = []
    if draw(st.booleans()):
        sentences.append(f"MOSCOW, {md(dct)}. /TASS/. The ministry issued a statement.")
    elif draw(st.booleans()):  # a correspondent's dateline away from Xinhua's seat: the story's day all the same
        sentences.append(f"MOSCOW, {md(dct)} (Xinhua) -- The ministry issued a statement.")
    if draw(st.booleans()):
        past = dct - dt.timedelta(days=draw(st.integers(0, 120)))
        sentences.append(f"The ministers met in Geneva on {md(past)}, officials said.")
    if draw(st.booleans()):
        future = dct + dt.timedelta(days=draw(st.integers(1, 120)))
        sentences.append(f"The next round is scheduled for {md(future)}.")
    if draw(st.booleans()):
        vote = dct - dt.timedelta(days=draw(st.integers(0, 6)))
        sentences.append(f"Observers praised the {md(vote)} referendum in the region. "
                         f"The referendum held on {vote.strftime('%A')} was calm.")
    if draw(st.booleans()):
        year = dct.year - draw(st.integers(0, 30))
        sentences.append(f"The accord was signed in {year}, diplomats said.")
    if draw(st.booleans()):
        signed = dct - dt.timedelta(days=draw(st.integers(0, 4000)))
        sentences.append(f"The treaty was ratified on {md(signed)}, {signed.year}, by parliament.")
    if draw(st.booleans()):
        due = dct + dt.timedelta(days=draw(st.integers(0, 4000)))
        sentences.append(f"The bonds are due {md(due)}, {due.year}.")
    if draw(st.booleans()):
        sentences.append(_year_sentence(draw, dct))
    if draw(st.booleans()):
        blast = dct - dt.timedelta(days=draw(st.integers(0, 150)))
        sentences.append(f"Police are still hunting the men behind the {md(blast)} port bombings.")
    if draw(st.booleans()):
        sentences.append(f"The Courier said in an editorial on {(dct + dt.timedelta(days=1)).strftime('%A')}, "
                         f"{md(dct + dt.timedelta(days=1))}: the vote matters.")
    order = draw(st.permutations(sentences[1:] if sentences and sentences[0].startswith("MOSCOW") else sentences))
    head = [sentences[0]] if sentences and sentences[0].startswith("MOSCOW") else []
    return "Talks resume\n\n" + "\n\n".join(head + list(order)) + "\n", dct


@settings(max_examples=150, deadline=None)
@given(articles())
# found by this law in session 11: a leap-day dateline's window was widened to 28 February .. 1 March,
# so a year shared with dated articles left three days, not the 29th (infer._outer)
@example(("Talks resume\n\nMOSCOW, February 29. /TASS/. The ministry issued a statement.\n\nThe treaty was "
          "ratified on February 29, 2000, by parliament.\n\nThe bonds are due February 29, 2004.\n", dt.date(2000, 2, 29)))
@example(("Talks resume\n\nMOSCOW, February 29. /TASS/. The ministry issued a statement.\n", dt.date(2000, 2, 29)))
def test_the_true_dct_is_never_ruled_out(article: tuple[str, dt.date]) -> None:
    text, true = article
    dct = anchor_document(Document(id="a", source="a", text=text))
    assert (dct.earliest or D.min) <= true <= (dct.latest or D.max), dct.evidence
    if dct.value and dct.value.startswith("XXXX-"):
        assert dct.value[5:7] == f"{true.month:02d}"
    fixed = refine_year(dct, [(true.year, "an event shared with a dated article")])
    if fixed.earliest is not None and fixed.latest is not None:
        assert fixed.earliest <= true <= fixed.latest, fixed.evidence
    if text.startswith("Talks resume\n\nMOSCOW, "):  # a dateline's day, at the seat or away from it, is the DCT
        assert fixed.day == true, fixed.evidence
