"""MATRES: start-point order of event pairs (BEFORE / AFTER / EQUAL / VAGUE) on TimeBank + AQUAINT.

Given the gold EVENT and TIMEX3 tags of the TBAQ-cleaned TimeML files, the event
stage's own rules place each event: a timex of its clause (gold value, the
preposition decides), cue words between events of one sentence ("after",
"before", "ahead of", "during"), reported speech ("said" after a past event),
and the tense against the DCT. The Simple Temporal Network of
:mod:`timeline.solver` combines them per document; a pair is BEFORE/AFTER when
a rule links it directly or when the solver's day windows of the two start
points do not overlap, else VAGUE.

Measures (the MATRES convention of Ning et al. 2018): accuracy over all pairs;
precision = correct non-VAGUE predictions / non-VAGUE predictions; recall =
correct non-VAGUE predictions / gold non-VAGUE pairs; F1 of the two. The
baselines in the same run: always BEFORE, and text order.

Run from the repository root: ``python benchmarks/matres.py`` (under a minute).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.events.defaults import dct_defaults  # noqa: E402
from timeline.events.instants import duration_links, spans  # noqa: E402
from timeline.events.relations import event_links, report_links  # noqa: E402
from timeline.text import split_sentences as sentences  # noqa: E402
from timeline.events.settings import EventSettings  # noqa: E402
from timeline.events.timelinks import timex_links  # noqa: E402
from timeline.events.modality import apply_context  # noqa: E402
from timeline.anchor.quotes import quote_spans  # noqa: E402
from timeline.events.tokens import segments, tokenize  # noqa: E402
from timeline.events.told import SentenceView, Told  # noqa: E402
from timeline.events.triggers import Trigger  # noqa: E402
from timeline.models import DocumentTime, Timex  # noqa: E402
from timeline.solver import TemporalNetwork  # noqa: E402
from timeline.timeml.reader import read_timeml  # noqa: E402

SHARED = ROOT.parent / "shared" / "benchmarks"
MATRES = SHARED / "matres"
TBAQ = SHARED / "tempeval3_tbaq" / "TBAQ-cleaned"
RESULTS = ROOT / "benchmarks" / "results"
LABELS = ("BEFORE", "AFTER", "EQUAL", "VAGUE")
_TENSE = {"PAST": "past", "PRESENT": "present", "FUTURE": "future", "PRESPART": "present",
          "PASTPART": "past", "INFINITIVE": "none"}


def value_days(value: str, dct: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """Day interval of a TIMEX3 value: 1998-01-20, 1998-01, 1998, 1998-W03, PRESENT_REF.

    >>> value_days("1998-02", None)
    (datetime.date(1998, 2, 1), datetime.date(1998, 2, 28))
    """
    if value == "PRESENT_REF" and dct:
        return dct, dct
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    w = re.match(r"^(\d{4})-W(\d{2})", value)
    try:
        if w:
            monday = dt.date.fromisocalendar(int(w.group(1)), int(w.group(2)), 1)
            return monday, monday + dt.timedelta(days=6)
        if not m:
            return None
        y, mo, d = int(m.group(1)), m.group(2), m.group(3)
        if d:
            day = dt.date(y, int(mo), int(d))
            return day, day
        if mo:
            first = dt.date(y, int(mo), 1)
            nxt = dt.date(y + (first.month == 12), first.month % 12 + 1, 1)
            return first, nxt - dt.timedelta(days=1)
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    except ValueError:
        return None


def _trigger(event, index: int) -> Trigger:
    noun = event.pos == "NOUN"
    tense = _TENSE.get(event.tense or "", "none")
    if event.tense == "PRESENT" and event.aspect == "PERFECTIVE":
        tense = "past"  # "has won": done by now
    return Trigger(head=index, first=index, last=index, lemma=event.text.lower(),
                   cls="noun" if noun else ("report" if event.cls == "REPORTING" else "event"),
                   keys=(), tense=tense,
                   modality="negated" if event.polarity == "NEG" else "asserted",
                   verb=None if noun else index, noun=index if noun else None)


def document_constraints(doc, settings: EventSettings):
    """Constraints of the event rules over the gold events of one TimeML document."""
    timexes = []
    for t in doc.timexes:
        days = value_days(t.value, doc.dct)
        if days and t.function_in_document != "CREATION_TIME":
            timexes.append(Timex(text=t.text, start=t.start, end=t.end, type=t.type if t.type in
                                 {"DATE", "TIME", "DURATION", "SET"} else "DATE", value=t.value,
                                 earliest=days[0], latest=days[1]))
    dct = DocumentTime(value=doc.dct.isoformat(), earliest=doc.dct, latest=doc.dct) if doc.dct else DocumentTime()
    told_of, constraints = {}, []
    quotes = quote_spans(doc.text)
    for sentence in sentences(doc.text):
        tokens = tokenize(sentence.text, sentence.start)
        inside = [(ix[0], ix[-1], tx) for tx in timexes
                  if (ix := [i for i, tk in enumerate(tokens) if tx.start <= tk.start and tk.end <= tx.end])]
        view = SentenceView(document=doc.docid, text=sentence.text, start=sentence.start, tokens=tokens,
                            seg=segments(tokens), timexes=inside)
        found = []
        for event in doc.events:
            idx = [i for i, tk in enumerate(tokens) if tk.start < event.end and event.start < tk.end]
            if idx and event.eiids:
                found.append((event, _trigger(event, idx[0])))
        triggers = apply_context(tokens, [t for _, t in found], quotes)
        items = []
        for (event, _), trigger in zip(found, triggers):
            told = Told(k=len(told_of) + 1, trigger=trigger, label=event.text, sentence=view)
            told_of[event.eiids[0]] = told
            items.append(told)
        constraints += timex_links(view, items, settings) + event_links(view, items, settings)
        constraints += report_links(view, items, settings) + duration_links(view, items, settings)
    linked = {c.a.split(".")[0] for c in constraints if c.b is None and c.a}
    for told in told_of.values():
        if told.point not in linked:
            constraints += dct_defaults(told, dct, settings)
    return told_of, constraints


def _direct(constraints) -> dict[tuple[str, str], str]:
    """Pairs a relation rule links directly: (#x, #y) -> BEFORE (x's start before y's)."""
    out = {}
    for c in constraints:
        if c.b is None or not (c.rule or "").startswith("relation:"):
            continue
        a, b = c.a.split(".")[0], c.b.split(".")[0]
        if c.rule == "relation:during":
            continue
        out[(a, b)], out[(b, a)] = "BEFORE", "AFTER"
    return out


def predict_document(doc, pairs, settings: EventSettings) -> list[str]:
    """Predictions for ``pairs`` of eiids of one document."""
    told_of, constraints = document_constraints(doc, settings)
    net = TemporalNetwork()
    for told in told_of.values():  # the event stage's instant rule (timeline.events.instants)
        if not spans(told.point, told.trigger.shape == "span", constraints):
            net.add_constraint(f"{told.point}.start", f"{told.point}.end", 0, 0)
        else:
            net.add_constraint(f"{told.point}.start", f"{told.point}.end", 0, None)
    for n, c in enumerate(constraints):
        if c.b is None:
            net.bound(c.a, c.earliest.toordinal() if c.earliest else None,
                      c.latest.toordinal() if c.latest else None, source=n)
        else:
            net.add_constraint(c.a, c.b, c.lo, c.hi, source=n)
    bounds = net.solve().bounds if len(net) else {}
    direct = _direct(constraints)
    aspects = {e: (ev.tense or "", ev.aspect or "NONE") for ev in doc.events for e in ev.eiids}
    out = []
    for e1, e2 in pairs:
        t1, t2 = told_of.get(e1), told_of.get(e2)
        if t1 is None or t2 is None:
            out.append("VAGUE")
            continue
        if (t1.point, t2.point) in direct:
            out.append(direct[(t1.point, t2.point)])
            continue
        lo1, hi1 = bounds.get(f"{t1.point}.start", (None, None))
        lo2, hi2 = bounds.get(f"{t2.point}.start", (None, None))
        if hi1 is not None and lo2 is not None and hi1 < lo2:
            out.append("BEFORE")
        elif hi2 is not None and lo1 is not None and hi2 < lo1:
            out.append("AFTER")
        else:
            out.append(tense_order(aspects.get(e1), aspects.get(e2)))
    return out


def tense_order(x: tuple[str, str] | None, y: tuple[str, str] | None) -> str:
    """Tense against tense, the DCT between them: past < future; "had left" < "left".

    >>> tense_order(("PAST", "PERFECTIVE"), ("PAST", "NONE")), tense_order(("FUTURE", "NONE"), ("PAST", "NONE"))
    ('BEFORE', 'AFTER')
    """
    if x is None or y is None:
        return "VAGUE"
    rank = {("PAST", "PERFECTIVE"): 0, ("PAST", "NONE"): 1, ("FUTURE", "NONE"): 3}
    a, b = rank.get(x), rank.get(y)
    if a is None or b is None or a == b:
        return "VAGUE"
    return "BEFORE" if a < b else "AFTER"


def scores(gold: list[str], pred: list[str]) -> dict[str, float]:
    """Accuracy, and P/R/F1 over BEFORE/AFTER/EQUAL (module doc).

    >>> scores(["BEFORE", "AFTER", "VAGUE"], ["BEFORE", "VAGUE", "VAGUE"])["f1"]
    0.667
    """
    correct = sum(g == p for g, p in zip(gold, pred))
    hits = sum(g == p != "VAGUE" for g, p in zip(gold, pred))
    predicted = sum(p != "VAGUE" for p in pred)
    relevant = sum(g != "VAGUE" for g in gold)
    precision = hits / predicted if predicted else 0.0
    recall = hits / relevant if relevant else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"pairs": len(gold), "accuracy": round(correct / len(gold), 3) if gold else 0.0,
            "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
            "decided": round(predicted / len(pred), 3) if pred else 0.0}


def load_pairs() -> dict[str, list[tuple[str, str, str, str]]]:
    by_doc: dict[str, list] = {}
    for name in ("timebank", "aquaint"):
        for line in (MATRES / f"{name}.txt").read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 6:
                by_doc.setdefault(parts[0], []).append((f"ei{parts[3]}", f"ei{parts[4]}", parts[5], name))
    return by_doc


def run() -> str:
    started = time.perf_counter()
    settings = EventSettings()
    files = {p.stem: p for p in TBAQ.rglob("*.tml")}
    rows: dict[str, tuple[list[str], list[str], list[str], list[str]]] = {}
    missing = 0
    for docid, pairs in sorted(load_pairs().items()):
        if docid not in files:
            missing += len(pairs)
            continue
        doc = read_timeml(files[docid])
        preds = predict_document(doc, [(a, b) for a, b, _, _ in pairs], settings)
        start = {e: ev.start for ev in doc.events for e in ev.eiids}
        for (a, b, gold, corpus), pred in zip(pairs, preds):
            for key in (corpus, "all"):
                g, p, before, order = rows.setdefault(key, ([], [], [], []))
                g.append(gold)
                p.append(pred)
                before.append("BEFORE")
                order.append("BEFORE" if start.get(a, 0) <= start.get(b, 0) else "AFTER")
    return _report(rows, missing, time.perf_counter() - started)


def _report(rows, missing: int, seconds: float) -> str:
    lines = ["# MATRES (TimeBank + AQUAINT): event start-point order", "",
             "Gold EVENT/TIMEX3 tags; the event stage's rules + the STN solver decide BEFORE/AFTER, "
             "else VAGUE. P/R/F1 over BEFORE/AFTER/EQUAL (precision over non-VAGUE predictions, "
             "recall over gold non-VAGUE pairs); accuracy over all pairs.", "",
             "| corpus | system | pairs | decided | accuracy | precision | recall | F1 |",
             "|---|---|---|---|---|---|---|---|"]
    for key in ("timebank", "aquaint", "all"):
        gold, pred, before, order = rows.get(key, ([], [], [], []))
        combined = [p if p != "VAGUE" else o for p, o in zip(pred, order)]
        for name, p in (("timeline rules + solver", pred), ("rules, else text order", combined),
                        ("always BEFORE", before), ("text order", order)):
            s = scores(gold, p)
            lines.append(f"| {key} | {name} | {s['pairs']} | {s['decided']} | {s['accuracy']} | "
                         f"{s['precision']} | {s['recall']} | {s['f1']} |")
    gold = rows.get("all", ([],))[0]
    lines += ["", f"Gold label counts: {dict(sorted(Counter(gold).items()))}; pairs of documents not "
              f"found: {missing}. Run time {seconds:.0f} s (`python benchmarks/matres.py`)."]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    report = run()
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "matres.md").write_text(report, encoding="utf-8")
    print(report)
