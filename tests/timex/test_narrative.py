"""Narrative anchoring: what moves a story's present and what is told from it.

Examples are invented; the laws say that an aside (a past-perfect flashback, a comparison, a
parenthesised gloss, the date of a cited source) leaves every later date where it would be without it.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.timex import TimexSettings, extract_timexes

NARRATIVE = TimexSettings(anchoring="narrative")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in extract_timexes(text, dt.date(2000, 1, 1), settings=NARRATIVE)}


def test_a_past_perfect_flashback_leaves_the_story_in_its_year() -> None:
    text = ("On 2 September 1790 the deputies met. On the last occasion that the council had met, in 1614, "
            "each order held one vote. On 27 December the King agreed.")
    assert _values(text)["27 December"] == "1790-12-27"


def test_without_the_past_perfect_the_year_moves_the_story() -> None:
    text = "On 2 September 1790 the deputies met. In 1614 each order held one vote. On 27 December the King agreed."
    assert _values(text)["27 December"] == "1614-12-27"


def test_a_comparison_is_seen_from_the_story() -> None:
    text = "On 2 September 1790 the deputies met. The seats were arranged as in 1614. On 27 December the King agreed."
    assert _values(text)["27 December"] == "1790-12-27"


def test_by_a_date_the_past_perfect_tells_where_the_story_has_reached() -> None:
    text = "On 5 March 1916 the siege began. By 1917 the town had fallen. In June the army moved north."
    assert _values(text)["June"] == "1917-06"


def test_a_past_perfect_reaching_forward_moves_the_story() -> None:
    text = ("On 5 March 1916 the siege began. After the town had fallen in 1917, the army rested. "
            "In June it moved north.")
    assert _values(text)["June"] == "1917-06"


def test_a_date_after_a_past_perfect_verb_is_its_flashback_not_the_next_verbs() -> None:
    text = ("The offensive opened on 5 May 1944. Forces that had crossed the river in late 1943 besieged the town. "
            "By June the town had fallen.")
    assert _values(text)["June"] == "1944-06"


def test_a_yearless_date_in_a_flashback_lies_before_the_story() -> None:
    text = ("The city fell on 17 December 1919. The general, who had spent the spring raising an army, "
            "marched north.")
    assert _values(text)["the spring"] == "1919-SP"


def test_a_parenthesised_year_glosses_a_name() -> None:
    text = "The assembly met on 3 March 1793. It repealed the Act of Union (1707). On 17 August it voted for war."
    assert _values(text)["17 August"] == "1793-08-17"


def test_the_date_of_a_cited_source_is_not_the_story() -> None:
    text = ("The cavalry crossed the river on 2 July 1920. Letters published in 1998 showed that the orders were "
            "forged. On 17 August the cavalry retreated.")
    assert _values(text)["17 August"] == "1920-08-17"


def test_a_part_of_a_yearless_day_takes_the_story_year() -> None:
    text = ("The crisis began in 1958. By early 1958 the colonels had planned a coup. "
            "They struck on the night of May 13.")
    assert _values(text)["the night of May 13"] == "1958-05-13TNI"


def test_a_year_naming_a_thing_is_not_where_the_story_goes() -> None:
    text = "The envoys arrived on 2 October 1838. They invoked the 1815 treaty. On 9 January the talks broke down."
    assert _values(text)["9 January"] == "1839-01-09"


def test_words_counted_from_a_speakers_now_are_not_dated_from_the_story() -> None:
    text = 'On 3 May 1968 the president spoke: "I am tonight announcing the end of what began 15 months ago."'
    values = _values(text)
    assert (values["tonight"], values["15 months ago"]) == ("XXXX-XX-XXTNI", "XXXX-XX")
    assert _values('In 1968 the president said: "We will leave next year."')["next year"] == "XXXX"


def test_a_season_of_a_named_year_fixes_the_story() -> None:
    text = "The war began in August 1914. By the spring of 1915 the army had retreated, and in May it broke through."
    assert _values(text)["May"] == "1915-05"


def test_a_year_restating_the_story_year_keeps_its_finer_present() -> None:
    text = "The fleet sailed on 26 November 1941 and struck on 7 December, still in 1941. In January it turned south."
    assert _values(text)["January"] == "1942-01"


def test_a_year_named_alone_holds_for_the_months_after_it() -> None:
    text = "The fleet sailed on 26 November 1941. In 1942 it was rebuilt. In January it turned south."
    assert _values(text)["January"] == "1942-01"


def test_a_date_told_looking_ahead_lies_after_the_story() -> None:
    text = "The king was executed on 21 January 1793. The queen would follow him to the scaffold on 16 October."
    assert _values(text)["16 October"] == "1793-10-16"


@st.composite
def _story_days(draw: st.DrawFn) -> dt.date:
    return draw(st.dates(min_value=dt.date(1100, 1, 1), max_value=dt.date(1999, 12, 31)))


def _told(day: dt.date, aside: str, month: str) -> str:
    return f"On {day.day} {MONTHS[day.month - 1]} {day.year} the army marched.{aside} In {month} the army rested."


def _last(text: str) -> str:
    return extract_timexes(text, None, settings=NARRATIVE)[-1].value


@settings(max_examples=60, deadline=None)
@given(_story_days(), st.integers(min_value=1, max_value=600), st.sampled_from(MONTHS))
def test_a_past_perfect_flashback_to_any_earlier_year_leaves_the_next_month_in_the_story(
        day: dt.date, back: int, month: str) -> None:
    aside = f" The last time the two armies had met, in {day.year - back}, they fought for a day."
    assert _last(_told(day, aside, month)) == _last(_told(day, "", month))


_ASIDES = [
    " The camp was laid out as in {year}.",  # a comparison
    " The general carried a copy of the Articles of War ({year}).",  # a gloss of a name
    " Its founder, Tomas Vale ({year}-{later}), had drilled the men.",  # a life's span
    ' The colonel wrote: "We march tomorrow, as we did a year ago."',  # a speaker's now
    " Diaries found in {year} revealed that the men were starving.",  # a cited source
    " The officers still followed the {earlier} drill book.",  # a year naming a thing, before the story's present
]


@settings(max_examples=60, deadline=None)
@given(_story_days(), st.integers(min_value=1000, max_value=2099), st.sampled_from(_ASIDES), st.sampled_from(MONTHS))
def test_an_aside_naming_any_year_leaves_the_next_month_in_the_story(
        day: dt.date, year: int, aside: str, month: str) -> None:
    told = aside.format(year=year, later=year + 40, earlier=day.year - 1 - year % 400)
    assert _last(_told(day, told, month)) == _last(_told(day, "", month))


@settings(max_examples=60, deadline=None)
@given(_story_days(), st.integers(min_value=1, max_value=28), st.sampled_from(MONTHS), st.sampled_from(MONTHS))
def test_a_flash_forward_to_any_day_leaves_the_next_month_in_the_story(
        day: dt.date, ahead_day: int, ahead_month: str, month: str) -> None:
    aside = f" The city would fall on {ahead_day} {ahead_month}."
    assert _last(_told(day, aside, month)) == _last(_told(day, "", month))


def test_the_previous_month_is_a_flashback_that_leaves_the_story_in_place() -> None:
    text = "On 2 February 1918 the army gave up the ground taken the previous August. In July the front broke."
    assert [t.value for t in extract_timexes(text, None, settings=NARRATIVE)] == ["1918-02-02", "1917-08", "1918-07"]


def test_a_later_year_naming_the_next_event_moves_the_story() -> None:
    text = "In 1918 the armistice ended the war. The 1919 peace conference met at Versailles. In June it ended."
    assert _values(text)["June"] == "1919-06"


def test_a_year_naming_a_thing_sets_a_story_that_has_none() -> None:
    text = "The 1941 German invasion began in June. In July it reached Smolensk."
    assert [t.value for t in extract_timexes(text, None, settings=NARRATIVE)] == ["1941", "1941-06", "1941-07"]


def test_a_date_opening_a_would_clause_is_the_story_present() -> None:
    text = "On 21 January 1793 the army would attack the city on 23 January. On 24 January it fell."
    assert [t.value for t in extract_timexes(text, None, settings=NARRATIVE)] == \
        ["1793-01-21", "1793-01-23", "1793-01-24"]


def test_a_past_perfect_after_after_is_not_a_flashback_from_the_story() -> None:
    text = "On 2 March 1919 the rebels attacked. After they had taken the town on 10 March, they marched on."
    assert _values(text)["10 March"] == "1919-03-10"


def test_a_participle_before_a_verb_that_takes_no_clause_is_no_cited_source() -> None:
    text = "In 1943 the army retreated. Troops landed in 1944 showed great courage. In March they attacked."
    assert _values(text)["March"] == "1944-03"


def test_a_year_counted_back_from_the_story_does_not_move_it() -> None:
    text = ("On 25 June 1950 the army crossed the border. They said they would arrest him. In the past year, "
            "both armies had raided each other. In January the council met.")
    assert _values(text)["January"] == "1950-01"


def test_an_inch_mark_opens_no_quotation() -> None:
    text = 'In 1916 the battleship fired its 12" guns. The navy built more next year. In March it sailed.'
    assert _values(text)["next year"] == "1917"


def test_a_past_perfect_date_within_a_month_after_the_present_is_the_story_moving_on() -> None:
    text = "On 2 March 1919 the rebels attacked. Within a week they had reached the river, on 9 March."
    assert _values(text)["9 March"] == "1919-03-09"


def test_a_date_of_an_infinitive_after_a_past_perfect_is_no_flashback() -> None:
    text = "On 20 October 1919 the rebels attacked. The allies had agreed to send help in the spring."
    assert _values(text)["the spring"] == "1920-SP"


def test_a_would_clause_dated_just_before_the_present_is_not_moved_a_year_ahead() -> None:
    text = "On 3 May 1916 the army attacked. In April the men would march every day. In June it retreated."
    assert _values(text)["April"] == "1916-04"


def test_the_past_year_looks_back_from_the_story_and_leaves_it() -> None:
    text = "On 3 May 1917 the army attacked. In the past year it lost many men. In June it attacked."
    assert _values(text)["June"] == "1917-06"


def test_a_quote_while_the_story_is_at_the_dct_given_counts_from_it() -> None:
    text = '"We will meet next week," the minister said.'
    assert [t.value for t in extract_timexes(text, dt.date(2010, 5, 1), settings=NARRATIVE)] == ["2010-W18"]
