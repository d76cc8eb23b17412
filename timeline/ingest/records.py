"""JSON and JSON Lines feeds: one record per article.

A record is an object with ``text`` (or ``body`` / ``content``), and optionally
``id``, ``title``, ``url`` and ``published`` (or ``date`` / ``dct``). A JSON file
holds one record or a list of them; a JSONL file one record per line. A broken
line or a record without text is reported on its own; the others still load.

>>> outs = parse_records('{"id": "a", "text": "Hi."}\\n{broken\\n', "feed.jsonl", "feed", jsonl=True)
>>> [(o.report.id, o.report.status) for o in outs]
[('a', 'ok'), ('feed-2', 'skipped')]
"""

from __future__ import annotations

import json

from timeline.ingest.document import Outcome, make_document, skipped
from timeline.ingest.settings import IngestSettings

TEXT_KEYS = ("text", "body", "content")


def _record_id(record: dict, fallback: str) -> str:
    value = record.get("id")
    if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value).strip():
        return " ".join(str(value).split())[:200]
    return fallback


def from_record(record: object, source: str, fallback_id: str, where: str,
                settings: IngestSettings | None = None, problems: tuple[str, ...] = ()) -> Outcome:
    """The document of one record, or why there is none.

    ``where`` names the record in problems ("feed.jsonl line 3").

    >>> from_record({"body": ""}, "f.json", "f", "f.json").report.problems
    ['f.json: record has no text (text, body or content)']
    """
    if not isinstance(record, dict):
        return skipped(fallback_id, source, *problems,
                       f"{where}: a record must be a JSON object, not {type(record).__name__}")
    id_ = _record_id(record, fallback_id)
    text = next((record[k] for k in TEXT_KEYS if isinstance(record.get(k), str) and record[k].strip()), None)
    if text is None:
        return skipped(id_, source, *problems, f"{where}: record has no text (text, body or content)")
    meta = {k: record.get(k) for k in ("title", "url", "published", "date", "dct")}
    return make_document(id_, source, text, meta, problems, settings)


def _jsonl(text: str, source: str, stem: str, settings: IngestSettings | None,
           problems: tuple[str, ...]) -> list[Outcome]:
    outcomes = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source} line {number}"
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as err:
            msg = getattr(err, "msg", "too deeply nested")
            outcomes.append(skipped(f"{stem}-{number}", source, f"{where}: broken JSON ({msg})"))
            continue
        outcomes.append(from_record(record, source, f"{stem}-{number}", where, settings, problems))
    return outcomes


def parse_records(text: str, source: str, stem: str, *, jsonl: bool,
                  settings: IngestSettings | None = None, problems: tuple[str, ...] = ()) -> list[Outcome]:
    """Every record of a JSON or JSONL text, each as an Outcome, in file order.

    Parameters
    ----------
    text : str
        The decoded file.
    source, stem : str
        The file and its name without extension (ids of records without ``id``
        are ``<stem>-<n>``: the line number in JSONL, the 1-based position in a list).
    jsonl : bool
    settings : IngestSettings, optional
    problems : tuple of str
        Warnings that apply to every record (an encoding fallback).

    Returns
    -------
    list of Outcome
        Empty when the file holds no record at all (the caller reports that).

    Examples
    --------
    >>> [o.report.id for o in parse_records('[{"text": "A."}, {"text": "B."}]', "f.json", "f", jsonl=False)]
    ['f-1', 'f-2']
    """
    if jsonl:
        return _jsonl(text, source, stem, settings, problems)
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as err:
        detail = f"line {err.lineno} column {err.colno}: {err.msg}" if isinstance(err, json.JSONDecodeError) \
            else "too deeply nested"
        return [skipped(stem, source, *problems, f"{source}: broken JSON ({detail})")]
    if isinstance(data, list):
        return [from_record(item, source, f"{stem}-{i}", f"{source} item {i}", settings, problems)
                for i, item in enumerate(data, 1)]
    return [from_record(data, source, stem, source, settings, problems)]
