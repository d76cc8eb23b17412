"""Read the WikiWars corpus (inline TIMEX2 gold, ``keyinline/*.key.xml``).

TIMEX2 differs from TIMEX3 in ways the benchmark must undo before scoring
(see :func:`to_timex3_value` and ``docs/benchmarks.md``): TIMEX2 nests (an
event-based outer expression around a plain date), marks sets by an attribute
instead of a value, and leaves ``val`` empty for expressions it cannot resolve.

>>> doc = read_wikiwars_string(
...     '<DOC><DOCID>w</DOCID><TEXT>War began on <TIMEX2 val="1967-07-06">6 July 1967</TIMEX2>; '
...     '<TIMEX2 val="P4W" anchor_val="1967-07-06" anchor_dir="STARTING">four weeks of fighting since '
...     '<TIMEX2 val="1967-07-06">that day</TIMEX2></TIMEX2> followed.</TEXT></DOC>')
>>> [(t.value, t.nested) for t in doc.timexes]
[('1967-07-06', False), ('P4W', True), ('1967-07-06', False)]
>>> doc.timexes[1].text
'four weeks of fighting since that day'
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict

from timeline.timeml.reader import parse_text_element, read_xml_file

# A TIMEX2 set is a value plus set="YES"; TIMEX3 writes the frequency as the value.
_SET_VALUES = {"XXXX-XX-XX": "P1D", "XXXX-WXX": "P1W", "XXXX-XX": "P1M", "XXXX": "P1Y"}


class WikiWarsTimex(BaseModel):
    """A gold TIMEX2; ``nested`` is True when it contains another TIMEX2."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str
    start: int
    end: int
    value: str | None = None
    mod: str | None = None
    anchor_value: str | None = None
    anchor_dir: str | None = None
    is_set: bool = False
    nested: bool = False


class WikiWarsDocument(BaseModel):
    """One WikiWars article: the plain text of ``<TEXT>`` and its TIMEX2 gold."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    docid: str
    text: str
    timexes: tuple[WikiWarsTimex, ...] = ()


def to_timex3_value(timex: WikiWarsTimex) -> str | None:
    """The TIMEX3 value of a TIMEX2 annotation (None when TIMEX2 gave none).

    Only sets change: ``every day`` is ``XXXX-XX-XX`` with set="YES" in TIMEX2
    and ``P1D`` in TIMEX3. Dates, decades (``199``), centuries (``19``),
    seasons, weeks, parts of day, BC years and durations are spelled alike.

    >>> to_timex3_value(WikiWarsTimex(text="daily", start=0, end=5, value="XXXX-XX-XX", is_set=True))
    'P1D'
    >>> to_timex3_value(WikiWarsTimex(text="1990s", start=0, end=5, value="199"))
    '199'
    """
    if not timex.value:
        return None
    if timex.is_set:
        return _SET_VALUES.get(timex.value, timex.value)
    return timex.value


def read_wikiwars(path: str | Path) -> WikiWarsDocument:
    """Read one ``keyinline/*.key.xml`` file.

    Raises
    ------
    TimeMLError
        When the file cannot be read, is not XML or has no ``<TEXT>``.

    >>> import tempfile, os
    >>> with tempfile.NamedTemporaryFile("w", suffix=".key.xml", delete=False) as f:
    ...     _ = f.write('<DOC><TEXT>In <TIMEX2 val="1915">1915</TIMEX2>.</TEXT></DOC>')
    >>> read_wikiwars(f.name).timexes[0].start; os.unlink(f.name)
    3
    """
    path = Path(path)
    return read_wikiwars_string(read_xml_file(path), source=str(path), default_docid=path.name.split(".")[0])


def read_wikiwars_string(raw: str, *, source: str = "<string>", default_docid: str = "") -> WikiWarsDocument:
    """Read a WikiWars inline document from a string (see :func:`read_wikiwars`).

    >>> read_wikiwars_string("<DOC><TEXT>no dates</TEXT></DOC>", default_docid="d").docid
    'd'
    """
    root, text, spans = parse_text_element(raw, source)
    timexes = tuple(
        WikiWarsTimex(
            text=text[start:end],
            start=start,
            end=end,
            value=e.get("val") or None,
            mod=e.get("mod") or None,
            anchor_value=e.get("anchor_val") or None,
            anchor_dir=e.get("anchor_dir") or None,
            is_set=e.get("set", "").upper() == "YES",
            nested=e.find(".//TIMEX2") is not None,
        )
        for e, start, end in spans
        if e.tag == "TIMEX2"
    )
    docid = (root.findtext("DOCID") or "").strip() or default_docid
    return WikiWarsDocument(docid=docid, text=text, timexes=timexes)
