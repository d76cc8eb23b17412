"""Where a news agency stamps its stories: why its date stamp may differ from a correspondent's dateline.

A dateline names the day at its place ("WASHINGTON, March 12 (Xinhua) --" is 12 March
in Washington), and that day is the document's creation time: the reference point of
the story's own "yesterday", "on Tuesday" and "next week", which a writer in Washington
counts from the Washington date. The agency's archive stamps the story where it files it,
its seat (Beijing): across time zones, and on a wire that moves a story after midnight,
that stamp may be the day before or after the dateline's. The stamp is a fact about the
wire's metadata, not about the text, so the anchor keeps the dateline's day and reports
the seat as evidence (:func:`stamp_note`). A dateline at the seat of the agency it names
("MOSCOW, November 18. /TASS/."), or naming no agency or no place, gets no note.
Table: ``seats.tsv``.

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
    """Agency name (lower case) -> the place names (upper case) of its seat, from ``seats.tsv``.

    >>> "MOSCOW" in seats()["tass"]
    True
    """
    table: dict[str, frozenset[str]] = {}
    for raw in SEATS_FILE.read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.startswith("#"):
            names, places = raw.split("\t")
            for name in names.split("|"):
                table[name.strip().lower()] = frozenset(p.strip().upper() for p in places.split("|"))
    return table


def agency_name(agency: str) -> str:
    """The agency as written between its brackets or slashes.

    >>> agency_name("(Xinhua)"), agency_name("/TASS/")
    ('Xinhua', 'TASS')
    """
    return re.sub(r"\s+", " ", agency.strip("()/ ")).strip()


def home_place(place: str) -> str:
    """The city of a dateline's place, upper case.

    >>> home_place("SAN DIEGO, Calif.")
    'SAN DIEGO'
    """
    return re.sub(r"\s+", " ", place.split(",")[0]).strip().upper()


def stamp_spread(place: str | None, agency: str | None) -> int:
    """How many days the agency's own date stamp may lie from the dateline's day (0 or 1).

    0 when the dateline names no agency or no place, or its place is the agency's
    seat; 1 otherwise (an agency missing from the table has no known seat).

    >>> stamp_spread("SAN DIEGO, Calif.", "(AP)"), stamp_spread("NEW YORK", "(AP)"), stamp_spread("OSLO", "(NTB)")
    (1, 0, 1)
    """
    if not place or not agency:
        return 0
    seat = seats().get(agency_name(agency).lower())
    return 0 if seat is not None and home_place(place) in seat else 1


def stamp_note(place: str | None, agency: str | None) -> str:
    """Evidence for a correspondent's dateline away from its agency's seat ("" when it is not one).

    The DCT stays the dateline's day; the note says where the agency's own stamp comes from,
    so a stamp a day off is read as the wire's metadata, not as an error of the text.

    >>> stamp_note("WASHINGTON", "(Xinhua)")  # doctest: +NORMALIZE_WHITESPACE
    "Xinhua stamps its stories in BEIJING, not in WASHINGTON: its own date stamp may be a day either side;
     the story counts its days from the dateline's"
    >>> stamp_note("MOSCOW", "/TASS/")
    ''
    """
    if not stamp_spread(place, agency):
        return ""
    name = agency_name(agency or "")
    seat = seats().get(name.lower())
    where = f"in {' / '.join(sorted(seat))}" if seat else "at a seat not in timeline/anchor/seats.tsv"
    return (f"{name} stamps its stories {where}, not in {home_place(place or '')}: "
            "its own date stamp may be a day either side; the story counts its days from the dateline's")
