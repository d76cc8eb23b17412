"""ISO-TimeML files for a timeline: one per document (see :mod:`timeline.timeml.writer`)."""

from __future__ import annotations

import re

from timeline.models import Document, DocumentTime, Timeline
from timeline.timeml.writer import write_timeml

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def file_name(document_id: str) -> str:
    """A safe ``.tml`` file name for a document id.

    >>> file_name("000_2d25950c86696a5a")
    '000_2d25950c86696a5a.tml'
    >>> file_name("../a b")
    '.._a_b.tml'
    """
    name = _UNSAFE.sub("_", document_id).strip("/") or "document"
    return name.replace("/", "_") + ".tml"


def render_timeml(timeline: Timeline, documents: list[Document]) -> dict[str, str]:
    """One ISO-TimeML document per input document, keyed by file name.

    The DCT of each document comes from its report in ``timeline.documents``;
    its timexes and events are those of the timeline that point to it.

    Examples
    --------
    >>> from timeline.models import Document, Timeline
    >>> files = render_timeml(Timeline(), [Document(id="a", source="a.txt", text="Hi & bye.")])
    >>> list(files), "Hi &amp; bye." in files["a.tml"]
    (['a.tml'], True)
    """
    dcts = {d.id: d.dct for d in timeline.documents}
    files: dict[str, str] = {}
    for document in sorted(documents, key=lambda d: d.id):
        timexes = [t for t in timeline.timexes if t.document == document.id]
        xml = write_timeml(document, dcts.get(document.id, DocumentTime()), timexes, timeline.events)
        name, n = file_name(document.id), 2
        while name in files:  # two ids that sanitise alike must not overwrite each other
            name, n = file_name(f"{document.id}-{n}"), n + 1
        files[name] = xml
    return files
