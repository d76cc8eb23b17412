"""Narrative anchoring through the whole pipeline: a history's dates follow the story, not the DCT."""

from __future__ import annotations

import datetime as dt

from timeline.models import Document
from timeline.pipeline import build
from timeline.settings import Settings
from timeline.timex import TimexSettings

TEXT = ("Churchill and Roosevelt met in Quebec on 12 September 1944. "
        "In February the three leaders met at Yalta.")
DOWNLOADED = dt.date(2009, 12, 1)  # a web page's date says when it was read, not when its story happened


def _yalta(settings: Settings) -> tuple[dt.date | None, dt.date | None]:
    timeline = build([Document(id="ww2", text=TEXT, source="ww2.txt")], dct=DOWNLOADED, settings=settings)
    event = next(e for e in timeline.events if "Yalta" in e.label)
    return event.earliest, event.latest


def test_narrative_settings_date_the_story() -> None:
    narrative = Settings().model_copy(update={"timex": TimexSettings(anchoring="narrative")})
    assert _yalta(narrative) == (dt.date(1945, 2, 1), dt.date(1945, 2, 28))


def test_news_settings_read_the_same_month_against_the_dct() -> None:
    earliest, _ = _yalta(Settings())
    assert earliest is not None and earliest.year == 2009


def test_a_war_history_reads_in_order_with_its_years() -> None:
    text = ("The Allies landed in Normandy on 6 June 1944. In August they liberated Paris after a week of "
            "fighting. The Germans launched an offensive in the Ardennes on 16 December. In May the Germans "
            "surrendered.")
    narrative = Settings().model_copy(update={"timex": TimexSettings(anchoring="narrative")})
    timeline = build([Document(id="ww2", text=text, source="ww2.txt")], dct=DOWNLOADED, settings=narrative)
    dated = [(e.label.split()[-1], e.earliest, e.latest) for e in timeline.events]
    assert dated == [("Normandy", dt.date(1944, 6, 6), dt.date(1944, 6, 6)),
                     ("Paris", dt.date(1944, 8, 1), dt.date(1944, 8, 31)),
                     ("Ardennes", dt.date(1944, 12, 16), dt.date(1944, 12, 16)),
                     ("surrendered", dt.date(1945, 5, 1), dt.date(1945, 5, 31))]


def test_a_flashback_in_a_history_leaves_its_events_in_the_story_year() -> None:
    text = ("The deputies assembled at Versailles on 2 September 1790. The last time the council had met, in 1614, "
            "each order held one vote. On 27 December the King agreed to double the commons.")
    narrative = Settings().model_copy(update={"timex": TimexSettings(anchoring="narrative")})
    timeline = build([Document(id="fr", text=text, source="fr.txt")], dct=DOWNLOADED, settings=narrative)
    king = next(e for e in timeline.events if "agreed" in e.label or "King" in e.label)
    assert (king.earliest, king.latest) == (dt.date(1790, 12, 27), dt.date(1790, 12, 27))
