"""Fuzz the whole pipeline: hostile and synthetic inputs through ``timeline.build``.

Each input is one of: a document text (given as a :class:`Document`, or as
the bytes of a ``.txt`` file so ingest reads it too) with an optional DCT; a
synthetic article with known truth (DCT as metadata, or only in its dateline);
or a corpus of 2-4 documents. A failure is an exception out of ``build`` or
out of a renderer (Markdown, SVG, HTML, TimelineJS) given its timeline, a
document slower than the per-document time bound, an impossible date, an
overlapping or dishonest timex span, an input missing from the report, a
synthetic event dated outside its true date or listed against the true order,
or a corpus whose JSON changes when its documents are reversed. Single texts
are minimised (greedy chunk removal keeping the same failure signature); all
failures are printed; the figures (inputs tried, failures by kind) are
appended to docs/testing.md unless ``--no-record``.

Usage::

    python benchmarks/fuzz_pipeline.py                 # 3000 inputs, seed 20261123
    python benchmarks/fuzz_pipeline.py --examples 50 --no-record
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from timeline.models import Document
from timeline.testing import (
    dcts,
    hostile_texts,
    interval_problems,
    order_problems,
    synthetic_articles,
    synthetic_corpora,
    timeline_problems,
)

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs" / "testing.md"
SEED = 20261123


class TooSlow(Exception):
    """Raised by the alarm when one document exceeds the hard time cap."""


def _spliced(parts: tuple[str, str, int]) -> str:
    article, junk, at = parts
    cut = at % (len(article) + 1)
    return article[:cut] + junk + article[cut:]


def inputs() -> st.SearchStrategy[tuple[str, object, dt.date | None]]:
    """(how, payload, dct).

    how: "document", "file" (UTF-8) or "bytes" (raw file content) with a text that is
    hostile, synthetic, or synthetic with hostile text spliced in; "article", "dateline" or
    "undated" with a SyntheticArticle (DCT as metadata, only in its dateline, or only
    inferable from its text); "corpus" with
    (text, dct) pairs; "story" with a SyntheticCorpus (one true timeline, several articles).
    """
    article = synthetic_articles(max_events=5).map(lambda a: a.text)
    # Rarely (1 in 50), a long article - one story told 20-120 times, ~5-30 KB - probes
    # stages whose time grows faster than the text.
    long = st.tuples(article, st.integers(20, 120)).map(lambda p: p[0] * p[1])
    short = st.one_of(hostile_texts(), article,
                      st.tuples(article, hostile_texts(), st.integers(0, 10**6)).map(_spliced))
    text = st.integers(0, 49).flatmap(lambda k: long if k == 0 else short)
    # Mostly sane DCTs, sometimes any date at all: 0001-01-01 and 9999-12-31 are valid metadata too.
    edges = st.sampled_from([dt.date.min, dt.date(1, 1, 7), dt.date(9999, 12, 25), dt.date.max])
    dct = st.one_of(st.none(), dcts(), dcts(), st.dates(), edges)
    raw = st.one_of(st.binary(max_size=400), text.map(lambda t: t.encode("utf-16")),
                    text.map(lambda t: t.encode("latin-1", "replace")))
    told = st.booleans().flatmap(lambda line: synthetic_articles(max_events=6, dateline=line))
    # Articles without metadata: the DCT is in the dateline, or only inferable from the text.
    bare = st.one_of(st.tuples(st.just("dateline"), synthetic_articles(max_events=6, dateline=True)),
                     st.tuples(st.just("undated"), synthetic_articles(max_events=6)))
    corpus = st.lists(st.tuples(short, dct), min_size=2, max_size=4).map(tuple)
    return st.one_of(st.tuples(st.sampled_from(["document", "file"]), text, dct),
                     st.tuples(st.just("bytes"), raw, dct),
                     st.tuples(st.just("article"), told, st.none()),
                     bare.map(lambda pair: (*pair, None)),
                     st.tuples(st.just("corpus"), corpus, st.none()),
                     st.tuples(st.just("story"), synthetic_corpora(), st.none()))


def _build(sources: list, dct: dt.date | None, bound: float):
    """(timeline, None) or (None, (signature, detail)) for one build under the time bound."""
    from timeline.pipeline import build

    started = time.perf_counter()
    signal.alarm(int(bound * 3) + 1)
    try:
        timeline = build(sources, dct=dct)
    except TooSlow:
        return None, ("hang", f"over {int(bound * 3) + 1} s")
    except Exception as exc:  # the fuzz's job is to catch everything build lets out
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        where = f"{Path(frame.filename).name}:{frame.lineno}"
        return None, (f"exception {type(exc).__name__} at {where}", traceback.format_exc())
    finally:
        signal.alarm(0)
    took = time.perf_counter() - started
    if took > bound * len(sources):
        return None, ("slow", f"{took:.1f} s > {bound} s per document")
    return timeline, None


def _rendered(timeline) -> tuple[str, str] | None:
    """Every output format of the timeline, or the failure of the first that raises."""
    from timeline.render import render_html, render_markdown, render_svg, render_timelinejs

    for render in (render_markdown, render_svg, render_html, render_timelinejs):
        try:
            render(timeline)
        except Exception as exc:  # a renderer must take any timeline build returns
            frame = traceback.extract_tb(exc.__traceback__)[-1]
            return (f"render exception {type(exc).__name__} at {Path(frame.filename).name}:{frame.lineno}",
                    traceback.format_exc())
    return None


def _lawful(timeline, texts: dict[str, str] | None) -> tuple[str, str] | None:
    if not timeline.documents:
        return "lost", "the input is missing from the report"
    failed = _rendered(timeline)
    if failed:
        return failed
    problems = timeline_problems(timeline, texts)
    return (_kind(problems[0]), "\n".join(problems)) if problems else None


def _check_article(article, metadata: bool, bound: float) -> tuple[str, str] | None:
    doc = article.document("fuzz")
    doc = doc if metadata else doc.model_copy(update={"published": None})
    timeline, failed = _build([doc], None, bound)
    if failed:
        return failed
    for law, kind in ((interval_problems, "wrong interval"), (order_problems, "wrong order")):
        problems = law(timeline, article.truth)
        if problems:
            return f"{kind} ({_told(article, problems[0])})", "\n".join(problems)
    return _lawful(timeline, {"fuzz": article.text})


def _told(article, problem: str) -> str:
    """How the event a problem names was told: its phrase family, and whether after a dateline."""
    key = problem.split(":")[0].split(" (")[0]
    first = article.tellings[0].key if article.tellings else None
    family = next((t.family for t in article.tellings if t.key == key), "?")
    return f"{family}, dateline sentence" if article.text.startswith("GENEVA") and key == first else family


def _check_story(corpus, bound: float) -> tuple[str, str] | None:
    docs = corpus.documents()
    timeline, failed = _build(docs, None, bound)
    if failed:
        return failed
    for law, kind in ((interval_problems, "wrong merged interval"), (order_problems, "wrong merged order")):
        problems = law(timeline, corpus.truth)
        if problems:
            return kind, "\n".join(problems)
    return _check_corpus([(d.text, d.published) for d in docs], bound)


def _check_corpus(pairs, bound: float) -> tuple[str, str] | None:
    docs = [Document(id=f"c{i}", source=f"c{i}.txt", text=t, published=d) for i, (t, d) in enumerate(pairs)]
    timeline, failed = _build(docs, None, bound)
    if failed:
        return failed
    backward, failed = _build(docs[::-1], None, bound)
    if failed:
        return failed
    if backward.model_dump_json() != timeline.model_dump_json():
        return "order-dependent output", "build(docs) and build(reversed(docs)) differ"
    return _lawful(timeline, {d.id: d.text for d in docs})


def check(how: str, payload, dct: dt.date | None, bound: float, folder: Path) -> tuple[str, str] | None:
    """Run one input; return (signature, detail) of its failure, or None when it is lawful."""
    if how in ("article", "dateline", "undated"):
        return _check_article(payload, how == "article", bound)
    if how == "corpus":
        return _check_corpus(payload, bound)
    if how == "story":
        return _check_story(payload, bound)
    if how == "document":
        timeline, failed = _build([Document(id="fuzz", source="fuzz.txt", text=payload, published=dct)],
                                  None, bound)
        return failed or _lawful(timeline, {"fuzz": payload})
    path = folder / "fuzz.txt"
    path.write_bytes(payload if isinstance(payload, bytes) else payload.encode("utf-8", "surrogatepass"))
    timeline, failed = _build([path], dct, bound)
    return failed or _lawful(timeline, None)


def _kind(problem: str) -> str:
    """The failure signature of a law violation (see timeline.testing.timeline_problems)."""
    for words, kind in (("missing", "lost"), ("overlap", "span overlap"), ("outside", "span outside"),
                        ("timex says", "span text mismatch"), ("mention", "dishonest mention"),
                        ("sentence of", "dishonest mention")):
        if words in problem:
            return kind
    return "impossible date"


def minimise(how: str, text: str | bytes, dct: dt.date | None, signature: str, bound: float,
             folder: Path, budget: int = 250) -> str | bytes:
    """Greedy chunk removal: the shortest text found that fails with the same signature."""
    chunk = max(1, len(text) // 2)
    while chunk >= 1 and budget > 0:
        i, shrunk = 0, False
        while i < len(text) and budget > 0:
            candidate = text[:i] + text[i + chunk:]
            budget -= 1
            found = check(how, candidate, dct, bound, folder)
            if found and found[0] == signature:
                text, shrunk = candidate, True
            else:
                i += chunk
        if not shrunk:
            chunk //= 2
    return text


def fuzz(examples: int, bound: float, seed_value: int) -> tuple[int, list[dict]]:
    """Run ``examples`` inputs; return how many were tried and one record per failure signature."""
    tried, failures = 0, {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)

        @seed(seed_value)
        @settings(max_examples=examples, database=None, deadline=None, phases=[Phase.generate],
                  suppress_health_check=list(HealthCheck))
        @given(inputs())
        def one(case: tuple[str, object, dt.date | None]) -> None:
            nonlocal tried
            tried += 1
            how, payload, dct = case
            found = check(how, payload, dct, bound, folder)
            if found:
                failures.setdefault(found[0], []).append((how, payload, dct, found[1]))

        one()
        records = [_record(signature, cases, bound, folder) for signature, cases in sorted(failures.items())]
    return tried, records


def _shown(how: str, payload) -> str:
    """The input as text: bytes as Latin-1 (one char per byte), articles and corpora as JSON."""
    if isinstance(payload, bytes):
        return payload.decode("latin-1")
    if how in ("article", "dateline", "undated"):
        return json.dumps({"text": payload.text, "dct": payload.dct.isoformat(),
                           "truth": {k: v.isoformat() for k, v in payload.truth.items()}})
    if how == "corpus":
        return json.dumps([[t, d.isoformat() if d else None] for t, d in payload], ensure_ascii=False)
    if how == "story":
        return json.dumps({"articles": [[a.text, a.dct.isoformat()] for a in payload.articles],
                           "truth": {k: v.isoformat() for k, v in payload.truth.items()}})
    return payload


def _record(signature: str, cases: list, bound: float, folder: Path) -> dict:
    """One failure signature: how often, and its smallest input (minimised when a single text)."""
    how, payload, dct, detail = min(cases, key=lambda c: len(_shown(c[0], c[1])))
    # Minimising a slow input costs up to 3x the bound per try: keep the smallest as found.
    if how in ("document", "file", "bytes") and signature not in ("slow", "hang"):
        payload = minimise(how, payload, dct, signature, bound, folder)
        detail = (check(how, payload, dct, bound, folder) or ("", detail))[1]
    return {"signature": signature, "count": len(cases), "how": how,
            "dct": dct.isoformat() if dct else None, "input": _shown(how, payload), "detail": detail}


def _commit() -> str:
    out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                         cwd=ROOT)
    return out.stdout.strip() or "unknown"


def record(tried: int, records: list[dict], seconds: float, seed_value: int, bound: float) -> str:
    """The row appended to docs/testing.md's fuzz table."""
    kinds = Counter({r["signature"]: r["count"] for r in records})
    summary = "; ".join(f"{k} x{n}" for k, n in sorted(kinds.items())) or "none"
    when = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return (f"| {when} | {_commit()} | {seed_value} | {tried} | {sum(kinds.values())} "
            f"({len(records)} distinct) | {summary} | {seconds:.0f} s | {bound:g} s |\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=3000, help="inputs to try (default 3000)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--bound", type=float, default=5.0, help="seconds per document (default 5)")
    parser.add_argument("--no-record", action="store_true", help="do not append to docs/testing.md")
    parser.add_argument("--json", type=Path, help="also write the failures here as JSON")
    args = parser.parse_args(argv)

    def alarm(signum, frame):
        raise TooSlow()

    signal.signal(signal.SIGALRM, alarm)
    started = time.perf_counter()
    tried, records = fuzz(args.examples, args.bound, args.seed)
    seconds = time.perf_counter() - started
    for r in records:
        print(f"\n== {r['signature']} ({r['count']} inputs) via {r['how']}, dct {r['dct']}")
        print(f"minimal input: {r['input']!r}")
        print(r["detail"].rstrip()[-1500:])
    print(f"\ntried {tried} inputs in {seconds:.0f} s; {sum(r['count'] for r in records)} failed, "
          f"{len(records)} distinct failures")
    if args.json:
        args.json.write_text(json.dumps(records, indent=1, ensure_ascii=False))
    if not args.no_record:
        with DOCS.open("a", encoding="utf-8") as fh:
            fh.write(record(tried, records, seconds, args.seed, args.bound))
    return 0


if __name__ == "__main__":
    sys.exit(main())
