"""Where a news agency stamps its stories: a dateline's day against the document's creation time.

A dateline names the day at its place ("WASHINGTON, March 12 (Xinhua) --" is 12 March
in Washington). The document's creation time is stamped where the agency files the
story, its seat (Beijing): across time zones, and on a wire that moves a story after
midnight, that day may be the one before or after the dateline's. So a dateline is
read as the day itself only when the story is written at the seat of the agency it
names ("MOSCOW, November 18. /TASS/.") or names no agency (the publisher's own
dateline, or a stamp such as "Nov 18 (Reuters) -" that names no place); a
correspondent's dateline from elsewhere allows a day either side. Table: ``seats.tsv``.

>>> stamp_spread("WASHINGTON", "(Xinhua)"), stamp_spread("BEIJING", "(Xinhua)"), stamp_spread("MOSCOW", None)
(1, 0, 0)
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

SEATS_FILE = Path(__file__).with_name("seats.tsv")


@functools.lru_cache(maxsize=1)
def seats() -> dict[str, frozenset[str]]:
    """Agency name (lower case) -> the place names (upper case) of its seat, from ``seats.tsv``."""
    table: dict[str, frozenset[str]] = {}
    for raw in SEATS_FILE.read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.startswith("#"):
            names, places = raw.split("\t")
            for name in names.split("|"):
                table[name.strip().lower()] = frozenset(p.strip().upper() for p in places.split("|"))
    return table


def agency_name(agency: str) -> str:
    """The agency as written between its brackets or slashes: "(Xinhua)" -> "Xinhua"."""
    return re.sub(r"\s+", " ", agency.strip("()/ ")).strip()


def home_place(place: str) -> str:
    """The city of a dateline's place, upper case: "SAN DIEGO, Calif." -> "SAN DIEGO"."""
    return re.sub(r"\s+", " ", place.split(",")[0]).strip().upper()


def stamp_spread(place: str | None, agency: str | None) -> int:
    """How many days the document's stamp may lie from the dateline's day (0 or 1).

    0 when the dateline names no agency or no place, or its place is the agency's
    seat; 1 otherwise (an agency missing from the table has no known seat).

    >>> stamp_spread("SAN DIEGO, Calif.", "(AP)"), stamp_spread("NEW YORK", "(AP)"), stamp_spread("OSLO", "(NTB)")
    (1, 0, 1)
    """
    if not place or not agency:
        return 0
    seat = seats().get(agency_name(agency).lower())
    return 0 if seat is not None and home_place(place) in seat else 1
