"""Session-8 tense rules (helper H1b): invented news sentences, each with its DCT and every timex's value,
earliest and latest day, as the rule corpora write them ('-' for none; ' | ' between timexes).

Each block is one rule and the sentences it must leave alone: a verb far from its date behind adjuncts
(clauses.Clause reads the whole clause when the window holds no cue), a forecast told in the present
passive (verbs.ARRANGED), a verb of publishing with results as its object (verbs.PUBLISHING), an aside
between subject and predicate (tense_sides.without_aside), a yearless date of an event its sentence
names with its year (tense_event.event_year), a yearless span under way (anchoring.span_under_way), and each verb of saying in each saying cue (verbs.REPORTING,
ATTRIBUTING, SAYING_BEFORE). None comes from a benchmark.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.timex import extract_timexes
from timeline.timex.tense import clause_tense
from timeline.timex.tense_event import event_year
from timeline.timex.tense_sides import without_aside

# (text, dct, values, earliest, latest)
ROWS = [
    # a verb beyond the window, behind a duration and a place: the whole clause is read
    ('Passengers waited for more than three hours at Heathrow on Friday night.', '2019-09-18',
     'PT3H | 2019-09-13TNI', '- | 2019-09-13', '- | 2019-09-13'),
    ('Hundreds of fans queued for more than six hours outside the stadium in the rain on Friday.', '2019-09-18',
     'PT6H | 2019-09-13', '- | 2019-09-13', '- | 2019-09-13'),
    ('Fans will queue for more than six hours outside the stadium in the rain on Friday.', '2019-09-18',
     'PT6H | 2019-09-20', '- | 2019-09-20', '- | 2019-09-20'),
    ('Rescuers worked through the night among the ruins of the old market in the city on Saturday.', '2019-09-18',
     '2019-09-14', '2019-09-14', '2019-09-14'),
    # a forecast in the present passive looks ahead; in the past, or as a verb, it is the past's
    ('Snow is forecast for Tuesday night and Wednesday morning.', '2018-11-15',
     '2018-11-20TNI | 2018-11-21TMO', '2018-11-20 | 2018-11-21', '2018-11-20 | 2018-11-21'),
    ('Rain is predicted for Tuesday.', '2018-11-15', '2018-11-20', '2018-11-20', '2018-11-20'),
    ('Snow was forecast for Tuesday night.', '2018-11-15', '2018-11-13TNI', '2018-11-13', '2018-11-13'),
    ('Snow had been forecast for Tuesday night.', '2018-11-15', '2018-11-13TNI', '2018-11-13', '2018-11-13'),
    ('Forecasters predicted rain on Tuesday.', '2018-11-15', '2018-11-13', '2018-11-13', '2018-11-13'),
    # a verb of publishing with results as its object: a date set ahead; any other object, or the past, is not
    ('The chipmaker reports results after the bell on Monday.', '2019-09-18', '2019-09-23', '2019-09-23',
     '2019-09-23'),
    ('Apple and Google report earnings on Tuesday.', '2019-09-18', '2019-09-24', '2019-09-24', '2019-09-24'),
    ('The chipmaker reported results after the bell on Monday.', '2019-09-18', '2019-09-16', '2019-09-16',
     '2019-09-16'),
    ('The newspaper reports that the minister resigned on Monday.', '2019-09-18', '2019-09-16', '2019-09-16',
     '2019-09-16'),
    ('Reuters reports on the results of the election held on Sunday.', '2019-09-18', '2019-09-15', '2019-09-15',
     '2019-09-15'),
    # an aside between subject and predicate: its verb is not the predicate's
    ('The Hubble telescope, launched in 1990, marks its 30th anniversary in April.', '2020-01-08',
     '1990 | 2020-04', '1990-01-01 | 2020-04-01', '1990-12-31 | 2020-04-30'),
    ('The museum, which opened in 1990, closed its doors in April.', '2020-01-08',
     '1990 | 2019-04', '1990-01-01 | 2019-04-01', '1990-12-31 | 2019-04-30'),
    ('He succeeds Taylor, who stepped down as chairman, president and chief executive in March.', '2019-11-02',
     '2019-03', '2019-03-01', '2019-03-31'),
    # a yearless date of the event its sentence opens with, the event named with its year
    ('The 1966 World Cup final was played on July 30.', '2019-09-18',
     '1966 | 1966-07-30', '1966-01-01 | 1966-07-30', '1966-12-31 | 1966-07-30'),
    ('The 2012 London Olympics opened on July 27.', '2019-09-18',
     '2012 | 2012-07-27', '2012-01-01 | 2012-07-27', '2012-12-31 | 2012-07-27'),
    ('The 2019 budget vote is on Dec. 20.', '2018-11-15',
     '2019 | 2018-12-20', '2019-01-01 | 2018-12-20', '2019-12-31 | 2018-12-20'),
    ('The 2016 election winner took office on Jan. 20.', '2019-09-18',
     '2016 | 2019-01-20', '2016-01-01 | 2019-01-20', '2016-12-31 | 2019-01-20'),
    ('England won the 1966 World Cup final on July 30.', '2019-09-18',
     '1966 | 2019-07-30', '1966-01-01 | 2019-07-30', '1966-12-31 | 2019-07-30'),
    # a yearless span told in the present or future that holds the DCT is the one under way; one that ended, or a
    # span yet to begin, is not moved
    ('Hurricane season runs from June 1 to Nov. 30.', '2018-08-20', '2018-06-01 | 2018-11-30',
     '2018-06-01 | 2018-11-30', '2018-06-01 | 2018-11-30'),
    ('Hurricane season runs from June through November.', '2018-08-20', '2018-06 | 2018-11',
     '2018-06-01 | 2018-11-01', '2018-06-30 | 2018-11-30'),
    ('Hurricane season runs from June 1 to Nov. 30.', '2018-12-20', '2019-06-01 | 2019-11-30',
     '2019-06-01 | 2019-11-30', '2019-06-01 | 2019-11-30'),
    ('Hurricane season runs from June 1 to Nov. 30.', '2018-05-10', '2018-06-01 | 2018-11-30',
     '2018-06-01 | 2018-11-30', '2018-06-01 | 2018-11-30'),
    ('The ski season runs from Dec. 1 to April 15.', '2019-01-20', '2018-12-01 | 2019-04-15',
     '2018-12-01 | 2019-04-15', '2018-12-01 | 2019-04-15'),
    # every verb of saying in each saying cue: the attribution closes the clause (", leaders warned."), reported
    # speech moves a pending plan ahead ("explained the envoy was expected"), a saying dated right before its
    # reported clause counts its days ("wrote on Saturday that ...")
    ('Lawmakers return to Washington for the vote on Monday, leaders warned.', '2018-11-15', '2018-11-19',
     '2018-11-19', '2018-11-19'),
    ('The union warned the strike was to begin on Monday.', '2018-11-15', '2018-11-19', '2018-11-19', '2018-11-19'),
    ('He explained the envoy was expected on Monday.', '2018-11-15', '2018-11-19', '2018-11-19', '2018-11-19'),
    ('The envoy was expected on Monday.', '2018-11-15', '2018-11-12', '2018-11-12', '2018-11-12'),
    ('The ministry wrote on Saturday that the drills, which began on Monday, would end on Wednesday.', '2018-11-15',
     '2018-11-10 | 2018-11-05 | 2018-11-14', '2018-11-10 | 2018-11-05 | 2018-11-14',
     '2018-11-10 | 2018-11-05 | 2018-11-14'),
    ('The ministry noted on Saturday that the drills, which began on Monday, would end on Wednesday.', '2018-11-15',
     '2018-11-10 | 2018-11-05 | 2018-11-14', '2018-11-10 | 2018-11-05 | 2018-11-14',
     '2018-11-10 | 2018-11-05 | 2018-11-14'),
    ('The ministry explained on Saturday that the drills, which began on Monday, would end on Wednesday.',
     '2018-11-15', '2018-11-10 | 2018-11-05 | 2018-11-14', '2018-11-10 | 2018-11-05 | 2018-11-14',
     '2018-11-10 | 2018-11-05 | 2018-11-14'),
    ('The ministry wrote that the drills began on Monday.', '2018-11-15', '2018-11-12', '2018-11-12', '2018-11-12'),
]


def _cells(cell: str) -> list[str | None]:
    return [None if part == "-" else part for part in cell.split(" | ")]


@pytest.mark.parametrize(("text", "dct", "values", "earliest", "latest"), ROWS, ids=[r[0][:50] for r in ROWS])
def test_row(text: str, dct: str, values: str, earliest: str, latest: str) -> None:
    found = extract_timexes(text, dt.date.fromisoformat(dct))
    assert [t.value for t in found] == _cells(values)
    assert [t.earliest and t.earliest.isoformat() for t in found] == _cells(earliest)
    assert [t.latest and t.latest.isoformat() for t in found] == _cells(latest)


def test_the_clause_rules_read_their_tense() -> None:
    def tense(sentence: str, expression: str) -> str | None:
        start = sentence.index(expression)
        return clause_tense(sentence, start, start + len(expression))
    assert tense("Snow is forecast for Tuesday night.", "Tuesday") == "future"
    assert tense("The chipmaker reports results after the bell on Monday.", "Monday") == "future"
    assert tense("Chipmaker reports results on Monday", "Monday") is None  # a headline's present is no schedule
    assert tense("The Hubble telescope, launched in 1990, marks its 30th anniversary in April.", "April") is None
    assert tense("The museum, which opened in 1990, will close in April.", "April") == "future"


def test_an_aside_is_dropped_only_between_a_subject_and_a_predicate() -> None:
    assert without_aside("The bridge, closed since May, reopens on ") == "The bridge reopens on "
    assert without_aside("The vote, officials said, is on ") == "The vote is on "
    assert without_aside("Prices rose, analysts said, in ") == "Prices rose, analysts said, in "  # a verb before
    assert without_aside("In Paris, London and Berlin, talks on ") == "In Paris, London and Berlin, talks on "
    assert without_aside("He met Smith, who resigned, and Jones in ") == "He met Smith, who resigned, and Jones in "


def test_the_event_year_needs_the_year_to_name_the_subject_event() -> None:
    def year(text: str) -> int | None:
        return event_year(text, text.index("July"))
    assert year("The 1966 World Cup final was played on July 30.") == 1966
    assert year("the 2020 Olympics will open on July 24.") == 2020
    assert year("The 2019 budget debate ended on July 30.") is None  # no event noun
    assert year("The 1966 World Cup final, a classic, was replayed on July 30.") is None  # a comma between
    assert year("In the 1966 World Cup final, played on July 30.") is None  # not the sentence's subject
    assert year("Tickets for the 1966 World Cup final were sold on July 30.") is None
    assert year("It rained. The 1966 World Cup final was played on July 30.") == 1966  # its own sentence
    # a verb of deciding or telling dates the decision, not the event (the event's year would put a past date ahead)
    assert year("The 2020 Olympics were awarded on July 7 in Buenos Aires.") is None
    assert year("The 2020 season was announced on July 12 at a gala in Milan.") is None
    assert year("The 2011 earthquake struck on July 11.") == 2011


SUBJECTS = ["The bridge", "The Hubble telescope", "The new museum", "Their festival"]
ASIDES = ["launched in 1990", "which opened in 1990", "officials said", "closed since the storm", "built in 1890"]
PREDICATES = ["will reopen on ", "reopened on ", "is to reopen on ", "was shut on ", "marks its anniversary on ",
              "celebrates its birthday on ", "reports results on "]


@given(subject=st.sampled_from(SUBJECTS), aside=st.sampled_from(ASIDES), predicate=st.sampled_from(PREDICATES),
       weekday=st.sampled_from(["Monday", "Friday", "Sunday"]))
def test_law_an_aside_leaves_the_predicate_its_tense(subject: str, aside: str, predicate: str, weekday: str) -> None:
    def tense(text: str) -> str | None:
        start = text.index(weekday)
        return clause_tense(text, start, start + len(weekday))
    assert tense(f"{subject}, {aside}, {predicate}{weekday}.") == tense(f"{subject} {predicate}{weekday}.")


@given(year=st.integers(1900, 2030), dct=st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)),
       event=st.sampled_from(["World Cup final", "Olympics", "election", "Boston Marathon", "Davis Cup final"]),
       verb=st.sampled_from(["was played on", "opened on", "will be held on", "took place on"]))
def test_law_a_yearless_date_of_an_event_named_with_its_year_is_in_that_year(year: int, dct: dt.date, event: str,
                                                                              verb: str) -> None:
    text = f"The {year} {event} {verb} July 30."
    assert extract_timexes(text, dct)[-1].value == f"{year}-07-30"


@given(dct=st.dates(dt.date(1995, 1, 1), dt.date(2030, 12, 31)), back=st.integers(1, 150), ahead=st.integers(1, 150))
def test_law_a_span_told_in_the_present_that_holds_the_dct_is_the_one_under_way(dct: dt.date, back: int,
                                                                                 ahead: int) -> None:
    start, end = dct - dt.timedelta(days=back), dct + dt.timedelta(days=ahead)
    if (start.month, start.day) == (2, 29) or (end.month, end.day) == (2, 29):
        return  # a leap day recurs only every four years: its nearest reading is another matter

    def written(day: dt.date) -> str:
        return f"{day:%B} {day.day}"
    found = extract_timexes(f"The festival runs from {written(start)} to {written(end)}.", dct)
    assert [t.value for t in found] == [start.isoformat(), end.isoformat()]
