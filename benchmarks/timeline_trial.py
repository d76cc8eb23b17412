"""SemEval-2015 Task 4 (TimeLine) trial data: one timeline per target entity, scored as the task does.

Track A (raw texts): the 30 Wikinews articles of the trial data (CAT XML tokens,
their publication date from the TimeML DCT) go through :func:`timeline.pipeline.build`
once; an event joins the timeline of a target entity when one of its mentions'
sentences names the entity (`mentions_entity`). Its events are ordered by the
solver's window (earliest, latest): equal windows share a position; events with no
date at all take position 0 and ``XXXX-XX-XX``, as the task's format does for events
that cannot be anchored. A mention is written ``<doc>-<sentence>-<word>``, the word
being the last word of the trigger.

The measure is the task's (Minard et al. 2015): each timeline becomes a graph —
BEFORE between the events of consecutive positions, SIMULTANEOUS between the
events of one position, IS_INCLUDED from an event to its date when the date is
known — and is scored by temporal awareness (UzZaman & Allen 2011): precision =
|Sys⁻ ∩ Gold⁺| / |Sys⁻|, recall = |Gold⁻ ∩ Sys⁺| / |Gold⁻|, with ⁺ the closure
and ⁻ the reduced graph (one SIMULTANEOUS chain per position, one BEFORE between
the first events of consecutive positions, one IS_INCLUDED per dated position);
micro-averaged over the six timelines. A second row leaves position 0 (events the
annotators could not anchor) out of every order relation.

Run from the repository root: ``python benchmarks/timeline_trial.py`` (about a
minute); writes ``benchmarks/results/timeline_trial.md``.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.models import Document, Event  # noqa: E402
from timeline.pipeline import build  # noqa: E402

DATA = ROOT.parent / "shared" / "benchmarks" / "semeval2015_task4_timeline_trial"
OUT = ROOT / "benchmarks" / "results" / "timeline_trial.md"

Relation = tuple[str, str, str]
Line = tuple[int, str, tuple[str, ...]]  # position, date, mention ids


@dataclass(frozen=True)
class Article:
    """One CAT article as text, with where each token sits."""

    doc: Document
    tokens: tuple[tuple[int, int, int, str], ...]  # (start, end, sentence, word)


def read_article(path: Path, dct: dt.date | None) -> Article:
    """The CAT XML tokens joined into text, one sentence a line.

    >>> import tempfile, os
    >>> xml = ('<Document doc_id="7"><token number="0" sentence="0" t_id="1">Jobs</token>'
    ...        '<token number="1" sentence="0" t_id="2">spoke</token>'
    ...        '<token number="2" sentence="0" t_id="3">.</token></Document>')
    >>> with tempfile.NamedTemporaryFile("w", suffix=".xml", delete=False) as f:
    ...     _ = f.write(xml)
    >>> a = read_article(Path(f.name), None); os.unlink(f.name)
    >>> a.doc.id, a.doc.text, a.tokens[1]
    ('7', 'Jobs spoke .', (5, 10, 0, 'spoke'))
    """
    root = ET.parse(path).getroot()
    text, tokens, sentence = "", [], None
    for tok in root.iter("token"):
        s = int(tok.get("sentence"))
        if text:
            text += "\n" if s != sentence else " "
        sentence = s
        tokens.append((len(text), len(text) + len(tok.text or ""), s, tok.text or ""))
        text += tok.text or ""
    doc = Document(id=root.get("doc_id"), source=str(path), text=text, published=dct)
    return Article(doc=doc, tokens=tuple(tokens))


def dct_of(tml: Path) -> dt.date | None:
    """The CREATION_TIME TIMEX3 value of a TimeML file, as a day."""
    m = re.search(r'functionInDocument="CREATION_TIME"[^>]*value="(\d{4}-\d{2}-\d{2})"', tml.read_text())
    return dt.date.fromisoformat(m.group(1)) if m else None


def read_gold(path: Path) -> tuple[str, list[Line]]:
    """Target entity and lines (position, date, ids) of a gold timeline file."""
    rows = path.read_text(encoding="utf-8").splitlines()
    lines = []
    for row in rows[1:]:
        parts = row.strip().split("\t")
        if len(parts) >= 3:
            lines.append((int(parts[0]), parts[1], tuple(parts[2:])))
    return rows[0].strip(), lines


def mentions_entity(sentence: str, entity: str) -> bool:
    """The sentence names the entity: its full name, two consecutive words of it, or (names
    without digits) its capitalised last word ("Jobs") or its camel-cased first word ("iTunes").

    >>> mentions_entity("Jobs returned to Apple.", "Steve Jobs"), mentions_entity("The iPhone 3G", "iPhone 4")
    (True, False)
    """
    words = entity.split()
    low = f" {sentence.lower()} "
    keys = [entity] + [" ".join(words[i:i + 2]) for i in range(len(words) - 1)]
    if not any(ch.isdigit() for ch in entity):
        keys += [w for w in (words[-1],) if w[:1].isupper() and len(words) > 1]
        keys += [w for w in (words[0],) if w[:1].islower() and any(c.isupper() for c in w[1:])]
    return any(re.search(rf"(?<![\w]){re.escape(k.lower())}(?![\w])", low) for k in keys)


def _mention_id(article: Article, start: int, end: int) -> str | None:
    inside = [t for t in article.tokens if t[0] < end and t[1] > start and t[3][:1].isalnum()]
    if not inside:
        return None
    _, _, sentence, word = inside[-1]
    return f"{article.doc.id}-{sentence}-{word}"


def _date(event: Event) -> str:
    e, l = event.earliest, event.latest
    if e is None or l is None:
        return "XXXX-XX-XX"
    if e == l:
        return e.isoformat()
    if (e.day, e.year, e.month) == (1, l.year, l.month) and (l + dt.timedelta(days=1)).month != l.month:
        return e.strftime("%Y-%m")
    if (e.month, e.day, l.month, l.day) == (1, 1, 12, 31) and e.year == l.year:
        return str(e.year)
    return "XXXX-XX-XX"


def system_timeline(events: list[Event], articles: dict[str, Article], entity: str) -> list[Line]:
    """The entity's timeline: events whose mention sentences name it, ordered by their windows."""
    rows = []
    for event in events:
        if not any(mentions_entity(m.sentence, entity) for m in event.mentions):
            continue
        ids = tuple(dict.fromkeys(i for m in event.mentions if m.document in articles
                                  for i in [_mention_id(articles[m.document], m.start, m.end)] if i))
        if ids:
            rows.append((event.earliest, event.latest, _date(event), ids))
    dated = sorted({(e or dt.date.min, l or dt.date.max) for e, l, _, _ in rows if e or l})
    position = {w: n for n, w in enumerate(dated, 1)}
    lines = [(0 if not (e or l) else position[(e or dt.date.min, l or dt.date.max)], date, ids)
             for e, l, date, ids in rows]
    return sorted(lines)


def _groups(lines: list[Line], skip_zero: bool) -> tuple[list[list[str]], dict[int, str]]:
    by_pos: dict[int, list[str]] = {}
    dates: dict[int, str] = {}
    for pos, date, ids in lines:
        if skip_zero and pos == 0:
            continue
        by_pos.setdefault(pos, []).extend(ids)
        if "X" not in date:
            dates[pos] = date
    positions = sorted(by_pos)
    return [sorted(set(by_pos[p])) for p in positions], {n: dates[p] for n, p in enumerate(positions) if p in dates}


def closure(lines: list[Line], skip_zero: bool = False) -> set[Relation]:
    """Every relation the timeline entails (events of earlier positions BEFORE later ones ...).

    >>> sorted(closure([(1, "2005", ("a",)), (2, "XXXX-XX-XX", ("b", "c"))]))
    [('a', 'BEFORE', 'b'), ('a', 'BEFORE', 'c'), ('a', 'IS_INCLUDED', 't:2005'), ('b', 'SIMULTANEOUS', 'c')]
    """
    groups, dates = _groups(lines, skip_zero)
    out: set[Relation] = set()
    for n, group in enumerate(groups):
        out |= {(a, "SIMULTANEOUS", b) for a in group for b in group if a < b}
        out |= {(a, "BEFORE", b) for later in groups[n + 1:] for a in group for b in later if a != b}
        if n in dates:
            out |= {(a, "IS_INCLUDED", f"t:{dates[n]}") for a in group}
    return out


def reduced(lines: list[Line], skip_zero: bool = False) -> set[Relation]:
    """A minimal graph with the same closure: one chain per position, one link between positions.

    >>> sorted(reduced([(1, "2005", ("a",)), (2, "XXXX-XX-XX", ("b", "c"))]))
    [('a', 'BEFORE', 'b'), ('a', 'IS_INCLUDED', 't:2005'), ('b', 'SIMULTANEOUS', 'c')]
    """
    groups, dates = _groups(lines, skip_zero)
    out: set[Relation] = set()
    for n, group in enumerate(groups):
        out |= {(a, "SIMULTANEOUS", b) for a, b in zip(group, group[1:])}
        if n + 1 < len(groups):
            out.add((group[0], "BEFORE", groups[n + 1][0]))
        if n in dates:
            out.add((group[0], "IS_INCLUDED", f"t:{dates[n]}"))
    return out


def awareness(system: list[Line], gold: list[Line], skip_zero: bool = False) -> tuple[int, int, int, int]:
    """(verified system relations, reduced system size, recalled gold relations, reduced gold size).

    >>> awareness([(1, "2005", ("a",)), (2, "2006", ("b",))], [(1, "2005", ("a",)), (2, "2006", ("b",))])
    (3, 3, 3, 3)
    """
    s_min, g_min = reduced(system, skip_zero), reduced(gold, skip_zero)
    s_plus, g_plus = closure(system, skip_zero), closure(gold, skip_zero)
    return len(s_min & g_plus), len(s_min), len(g_min & s_plus), len(g_min)


def prf(hit_p: int, n_p: int, hit_r: int, n_r: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (0 when undefined).

    >>> prf(1, 2, 1, 4)
    (0.5, 0.25, 0.333)
    """
    p = hit_p / n_p if n_p else 0.0
    r = hit_r / n_r if n_r else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 3), round(r, 3), round(f, 3)


def load_articles() -> dict[str, Article]:
    """The 30 trial articles, each with its TimeML DCT as publication date."""
    tml = {p.name.split("_")[0].split("-")[0]: p for p in (DATA / "Corpus-trial-data_task4_TimeML").glob("*.tml")}
    out = {}
    for path in sorted((DATA / "Corpus-trial-data_task4").glob("*.xml")):
        key = path.name.split("_")[0].split("-")[0]
        article = read_article(path, dct_of(tml[key]) if key in tml else None)
        out[article.doc.id] = article
    return out


def main() -> str:
    started = time.perf_counter()
    articles = load_articles()
    tl = build([a.doc for a in articles.values()])
    rows, totals = [], {False: [0, 0, 0, 0], True: [0, 0, 0, 0]}
    for path in sorted((DATA / "TimeLines_trial_data_task4_v1.2").glob("*.txt")):
        entity, gold = read_gold(path)
        system = system_timeline(tl.events, articles, entity)
        for skip in (False, True):
            counts = awareness(system, gold, skip)
            totals[skip] = [t + c for t, c in zip(totals[skip], counts)]
        p, r, f = prf(*awareness(system, gold))
        gold_ids = {i for _, _, ids in gold for i in ids}
        found = {i for _, _, ids in system for i in ids}
        rows.append(f"| {entity} | {len(gold_ids)} | {len(found)} | {len(found & gold_ids)} | {p} | {r} | {f} |")
    seconds = time.perf_counter() - started
    p, r, f = prf(*totals[False])
    p0, r0, f0 = prf(*totals[True])
    return "\n".join([
        "# SemEval-2015 Task 4 TimeLine, trial data (Track A: raw texts)",
        "",
        f"`python benchmarks/timeline_trial.py` ({seconds:.0f} s): {len(articles)} articles, "
        f"{len(tl.events)} events built, 6 target entities. Temporal awareness (UzZaman & Allen 2011) over "
        "each timeline's graph (BEFORE between positions, SIMULTANEOUS within one, IS_INCLUDED to the date); "
        "micro-averaged. Method and choices: the module docstring of `benchmarks/timeline_trial.py`.",
        "",
        "| timeline | gold mentions | system mentions | shared | precision | recall | F1 |",
        "|---|---|---|---|---|---|---|",
        *rows,
        f"| **all (micro)** | | | | **{p}** | **{r}** | **{f}** |",
        f"| all, position 0 left unordered | | | | {p0} | {r0} | {f0} |",
        "",
        "Mentions are matched by document, sentence and word; an event found "
        "with a different trigger word (\"held\" for \"meeting\") counts as missed, and events told of "
        "the entity by a pronoun are not found.",
        "",
    ])


if __name__ == "__main__":
    report = main()
    OUT.write_text(report, encoding="utf-8")
    print(report)
