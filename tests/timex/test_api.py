"""The public functions beside extract_timexes: phase 1, ranges, settings, the tense detector."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from timeline.timex import TimexSettings, extract_ranges, extract_timexes, recognise
from timeline.timex.tense import clause_tense
from timeline.timex.values import CalendarDate, Offset, Weekday

DCT = dt.date(2018, 11, 15)


def test_phase_one_gives_typed_values_without_a_dct() -> None:
    found = recognise("The November 6 midterm elections were held on Tuesday, two days later.")
    assert [type(m.value) for m in found] == [CalendarDate, Weekday, Offset]
    assert found[0].value == CalendarDate(month=11, day=6)
    assert found[1].value.weekday == 2 and found[1].value.direction == "auto"
    assert (found[2].value.count, found[2].value.sign, found[2].value.anchor) == (2, 1, "ref")


def test_ranges_pair_their_ends_and_span_the_interval() -> None:
    (whole,) = extract_ranges("He served from 2010 to 2012.", DCT)
    assert (whole.first.value, whole.last.value) == ("2010", "2012")
    assert (whole.earliest, whole.latest) == (dt.date(2010, 1, 1), dt.date(2012, 12, 31))
    assert extract_ranges("He served in 2010 and won in 2012.", DCT) == []


def test_settings_are_frozen_and_validated() -> None:
    settings = TimexSettings()
    with pytest.raises(ValidationError):
        settings.max_chunk_chars = 5  # type: ignore[misc]
    with pytest.raises(ValidationError):
        TimexSettings(default_tense="sideways")  # type: ignore[arg-type]
    assert settings.model_copy(update={"default_tense": "future"}).default_tense == "future"


def test_default_tense_decides_an_untensed_weekday() -> None:
    text = "Sunday: a parade."
    past = TimexSettings(default_tense="past")
    future = TimexSettings(default_tense="future")
    assert extract_timexes(text, DCT, settings=past)[0].value == "2018-11-11"
    assert extract_timexes(text, DCT, settings=future)[0].value == "2018-11-18"


def test_reference_anchoring_can_be_turned_off() -> None:
    text = "The talks opened on Nov. 2, 2018. A week later they collapsed."
    off = TimexSettings(reference_anchoring=False)
    assert [t.value for t in extract_timexes(text, DCT)] == ["2018-11-02", "2018-W45"]
    assert [t.value for t in extract_timexes(text, DCT, settings=off)] == ["2018-11-02", "2018-W47"]


def test_a_datetime_dct_counts_as_its_day() -> None:
    found = extract_timexes("He left yesterday.", dt.datetime(2018, 11, 15, 23, 30))
    assert (found[0].value, found[0].earliest) == ("2018-11-14", dt.date(2018, 11, 14))


NARRATIVE = TimexSettings(anchoring="narrative")


def test_narrative_mode_carries_the_anchor_through_the_text() -> None:
    text = ("The offensive began on 16 December 1944. In January the Allies counterattacked. "
            "By March the Rhine was crossed, and on 7 May the Germans surrendered.")
    assert [t.value for t in extract_timexes(text, None, settings=NARRATIVE)] == [
        "1944-12-16", "1945-01", "1945-03", "1945-05-07"]
    assert [t.value for t in extract_timexes(text, None)][1:] == ["XXXX-01", "XXXX-03", "XXXX-05-07"]


def test_narrative_mode_reads_the_nearest_reading_whatever_the_tense() -> None:
    # In news, "attacked in March" (DCT November 1944) is the March before; in a narrative
    # that has just reached December 1944, the story's next March is the nearer one.
    text = "On 20 December 1944 the siege tightened. The Soviets attacked in March."
    news = extract_timexes(text, dt.date(1944, 12, 20))
    story = extract_timexes(text, None, settings=NARRATIVE)
    assert (news[1].value, story[1].value) == ("1944-03", "1945-03")


def test_narrative_mode_starts_from_the_dct_when_given() -> None:
    assert extract_timexes("In March the talks resumed.", dt.date(1951, 1, 10), settings=NARRATIVE)[0].value == "1951-03"


def test_narrative_mode_keeps_a_year_named_alone_for_its_months() -> None:
    text = "In 1453 the city fell. In December the walls were breached. On 3 January the army left."
    assert [t.value for t in extract_timexes(text, None, settings=NARRATIVE)] == ["1453", "1453-12", "1454-01-03"]


def test_narrative_mode_carries_a_bc_year_into_yearless_dates() -> None:
    text = "In 480 BC Xerxes crossed the Hellespont. In August the Persians reached Thermopylae. In 1453 it fell."
    assert [t.value for t in extract_timexes(text, None, settings=NARRATIVE)] == ["BC0480", "BC0480-08", "1453"]


def test_narrative_mode_stays_put_through_a_flashback() -> None:
    # "two decades earlier" is told from 1965; the next yearless month is still in 1965
    text = ("In 1965 the troops landed. Ho warned, as he had two decades earlier, of a long war. "
            "In May the first battle was fought.")
    assert [t.value for t in extract_timexes(text, None, settings=NARRATIVE)] == ["1965", "1945", "1965-05"]


def test_narrative_mode_stays_put_for_a_year_seen_from_the_story() -> None:
    since = "In 1920 the cavalry met at Komarow, the largest cavalry battle since 1813. In August they withdrew."
    plan = "In 1975 the offensive began. The generals will wait for a campaign in 1976. In March the city fell."
    assert [t.value for t in extract_timexes(since, None, settings=NARRATIVE)] == ["1920", "1813", "1920-08"]
    assert [t.value for t in extract_timexes(plan, None, settings=NARRATIVE)] == ["1975", "1976", "1975-03"]


def test_narrative_mode_counts_years_from_the_year_it_named() -> None:
    text = "On 3 March 1946 the accord was signed. In 1947 the war spread. Late in the year the French attacked."
    assert [t.value for t in extract_timexes(text, None, settings=NARRATIVE)] == ["1946-03-03", "1947", "1947"]


def test_narrative_mode_counts_bc_years_down() -> None:
    text = "In 492 BC Mardonius sailed. The following year, Darius sent envoys."
    assert [t.value for t in extract_timexes(text, None, settings=NARRATIVE)] == ["BC0492", "BC0491"]


def test_narrative_mode_stays_put_for_a_planned_year() -> None:
    text = "On 10 March 1975 Dung attacked. The ARVN was exposed for a planned campaign in 1976. On 11 March it fell."
    assert [t.value for t in extract_timexes(text, None, settings=NARRATIVE)] == ["1975-03-10", "1976", "1975-03-11"]
