"""Benchmark for sentence splitting and VADER sentiment (issue 3).

Reads real articles from ../shared/data (or $NEWSLENS_SHARED_DATA): PolNeAR
train+dev, a slice of Reuters-21578 and of the White House briefing room. It

1. times ``analysis.split_sentences`` (articles/s, sentences/s) and an nltk
   Punkt splitter built from the same abbreviation list;
2. measures how often each splitter puts a boundary where PolNeAR's
   hand-annotated attribution Content spans start or end a sentence (partial
   evidence: a Content span that starts with a capital after a sentence end,
   or ends with . ! ? before a capital / paragraph end) and runs our own
   hand-written cases through both;
3. scores every split sentence with the reference ``vaderSentiment`` loop and
   with ``analysis.score_sentiment`` in the same run, prints sentences/s for
   both, the speedup and the equality count (max |delta| per field).

Articles are read with ``analysis.load_articles`` (PolNeAR train+dev, the first
``--reuters`` Reuters files, the White House ``articles/`` plus ``--whitehouse``
press briefings); the PolNeAR evidence uses the raw files, whose offsets the
annotations index.

Run: ``.venv/bin/python benchmarks/sentiment.py`` (exits 0 with a message when
the data folder is absent).
"""

from __future__ import annotations

import argparse
import glob
import os
import re
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import analysis  # noqa: E402
from analysis.sentences import load_abbreviations  # noqa: E402


def data_dir() -> Path:
    env = os.environ.get("NEWSLENS_SHARED_DATA")
    return Path(env) if env else ROOT.parent / "shared" / "data"


def read_polnear(d: Path) -> pd.DataFrame:
    rows = []
    for split in ("train", "dev"):
        for f in sorted((d / "polnear" / split / "text").glob("*.txt")):
            rows.append((f"polnear/{split}/{f.stem}", "polnear", f.read_text("utf-8"), str(f)))
    return pd.DataFrame(rows, columns=["article_id", "source", "text", "path"])


def load_sets(d: Path, reuters_files: int, wh_briefings: int) -> dict[str, pd.DataFrame]:
    """Articles as the pipeline sees them (analysis.load_articles)."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pol = analysis.load_articles(str(d / "polnear" / "*" / "text" / "*.txt"))
        reu = pd.concat(
            [
                analysis.load_articles(str(f))
                for f in sorted((d / "reuters21578").glob("reut2-*.sgm"))[:reuters_files]
            ],
            ignore_index=True,
        )
        wh_files = sorted(
            glob.glob(str(d / "whitehouse" / "press-briefings" / "**" / "*.md"), recursive=True)
        )
        step = max(1, len(wh_files) // max(1, wh_briefings))
        wh = pd.concat(
            [analysis.load_articles(str(d / "whitehouse" / "articles"))]
            + [analysis.load_articles(f) for f in wh_files[::step][:wh_briefings]],
            ignore_index=True,
        )
    return {"polnear": pol, "reuters": reu, "whitehouse": wh}


# --- Punkt baseline -------------------------------------------------------------------


def punkt_tokenizer():
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = {a.lower() for v in load_abbreviations().values() for a in v}
    return PunktSentenceTokenizer(params)


_PARA = re.compile(r"[^\S\n]*\n[^\S\n]*\n\s*")


def punkt_split(articles: pd.DataFrame, tok) -> pd.DataFrame:
    rows = []
    for aid, text in zip(articles["article_id"], articles["text"], strict=True):
        pos = 0
        for m in list(_PARA.finditer(text)) + [None]:
            end = m.start() if m else len(text)
            para = text[pos:end]
            for s, e in tok.span_tokenize(para):
                rows.append((aid, pos + s, pos + e))
            pos = m.end() if m else len(text)
    return pd.DataFrame(rows, columns=["article_id", "start", "end"])


# --- PolNeAR boundary evidence ---------------------------------------------------------

_CLOSE = "\"'”’"
_OPEN = "\"'“‘"


def polnear_boundaries(d: Path):
    """(article_id, kind, position) of sentence starts/ends implied by Content spans."""
    out = []
    for split in ("train", "dev"):
        for f in sorted((d / "polnear" / split / "text").glob("*.txt")):
            anns = sorted((d / "polnear" / split / "attributions").glob(f.stem + "_*.ann"))
            if not anns:
                continue
            text = f.read_text("utf-8")
            aid = f"polnear/{split}/{f.stem}"
            for line in anns[0].read_text("utf-8").splitlines():
                parts = line.split("\t")
                if len(parts) < 2 or not parts[1].startswith("Content "):
                    continue
                spans = parts[1].split(" ", 1)[1].split(";")
                s = int(spans[0].split()[0])
                e = int(spans[-1].split()[1])
                if not (0 <= s < e <= len(text)):
                    continue
                seg = text[s:e]
                # start: a capital (maybe behind an opening quote) after a sentence end
                # or at a paragraph start
                s0 = s
                while s0 > 0 and text[s0 - 1] in _OPEN:
                    s0 -= 1
                before = text[max(0, s0 - 3) : s0]
                if seg[:1].isupper() and (
                    s0 == 0 or before.endswith("\n\n") or re.search(r"[.!?][\"'”’]?\s$", before)
                ):
                    out.append((aid, "start", s0))
                # end: . ! ? (maybe + closing quotes) followed by a capital or paragraph end
                e0 = e
                while e0 < len(text) and text[e0] in _CLOSE:
                    e0 += 1
                core = text[s:e0].rstrip(_CLOSE)
                after = text[e0 : e0 + 3]
                if core.endswith((".", "!", "?")) and (
                    e0 == len(text)
                    or after.startswith("\n\n")
                    or re.match(r"\s[\"'“‘(]?[A-Z0-9]", after)
                ):
                    out.append((aid, "end", e0))
    return pd.DataFrame(out, columns=["article_id", "kind", "pos"]).drop_duplicates()


def boundary_recall(gold: pd.DataFrame, sents: pd.DataFrame) -> dict[str, float]:
    starts = set(zip(sents["article_id"], sents["start"], strict=True))
    ends = set(zip(sents["article_id"], sents["end"], strict=True))
    res = {}
    for kind, have in (("start", starts), ("end", ends)):
        g = gold[gold["kind"] == kind]
        hit = sum((a, p) in have for a, p in zip(g["article_id"], g["pos"], strict=True))
        res[kind] = (hit, len(g))
    return res


# Our own hand-written cases: (text, expected sentences)
HAND_CASES = [
    (
        'Mr. Bush said the U.S. would withdraw. Putin said it was "measured and adequate." '
        "He added more.",
        3,
    ),
    ('"We are ready. We will talk," Putin said. He left.', 2),
    ("“We are ready. We will talk,” Putin said. He left.", 2),
    ("Gen. Smith met Sen. Jones and Gov. Brown on Jan. 5 at 10 a.m. at the U.N. office.", 1),
    ("Lt. Col. Ray and Sgt. Ames spoke to Capt. Lee and Adm. Park. They agreed.", 2),
    ("He moved to the U.S. He liked it.", 2),
    ("Acme Inc. said profits rose. Shares of Acme Corp. fell.", 2),
    ("The vote is set for Sept. 11 in St. Louis. Dr. Ray will attend.", 2),
    ("It was No. 1 in the polls. Nobody expected it.", 2),
    ('"Are you ready?" Putin asked. He was.', 2),
    ("What happened? Nobody knows! The end.", 3),
    ("George W. Bush spoke. Then Mrs. Bush spoke.", 2),
    ("Prices rose 3.5 percent. Analysts were surprised.", 2),
    ('He said "this is over. Done. Finished.\n\nNext paragraph here. And more.', 5),
]


def hand_case_score(split_fn) -> int:
    ok = 0
    for text, n in HAND_CASES:
        if split_fn(text) == n:
            ok += 1
    return ok


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reuters", type=int, default=3, help="Reuters .sgm files (~1,000 docs each)")
    ap.add_argument("--whitehouse", type=int, default=60, help="White House press briefings")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    d = data_dir()
    if not (d / "polnear").is_dir():
        print(f"benchmark skipped: no shared data at {d}")
        return 0

    sets = load_sets(d, args.reuters, args.whitehouse)
    allarts = pd.concat(sets.values(), ignore_index=True)
    print(f"# data: {d}")
    for k, v in sets.items():
        print(f"  {k:11s} {len(v):6d} articles, mean {v['text'].str.len().mean():7.0f} chars")

    # ---- split_sentences speed ---------------------------------------------------------
    print("\n## split_sentences")
    analysis.split_sentences(allarts.head(5))  # warm-up (regex compile)
    for name, arts in list(sets.items()) + [("all", allarts)]:
        walls, cpus = [], []
        for _ in range(args.repeat):
            t, c = time.perf_counter(), time.process_time()
            sents = analysis.split_sentences(arts)
            walls.append(time.perf_counter() - t)
            cpus.append(time.process_time() - c)
        w, c = min(walls), min(cpus)
        print(
            f"  {name:11s} {len(arts):6d} articles -> {len(sents):7d} sentences: "
            f"{len(arts) / w:8.0f} articles/s, {len(sents) / w:9.0f} sentences/s "
            f"(best of {args.repeat} wall; cpu {len(arts) / c:.0f} articles/s)"
        )
    sentences = analysis.split_sentences(allarts)
    # long units (issue 15): how many "sentences" run past 500 / 1,000 characters
    lens = sentences["text"].str.len()
    print(
        f"  long units: {int((lens > 500).sum())} over 500 chars, "
        f"{int((lens > 1000).sum())} over 1,000, longest {int(lens.max())}"
    )

    # ---- splitter accuracy vs Punkt ----------------------------------------------------
    print("\n## splitter evidence (PolNeAR Content spans) and hand-written cases")
    gold = polnear_boundaries(d)
    tok = punkt_tokenizer()
    pol = read_polnear(d)  # raw files: the annotation offsets index them
    t = time.perf_counter()
    p_sents = punkt_split(pol, tok)
    p_time = time.perf_counter() - t
    t = time.perf_counter()
    r_sents = analysis.split_sentences(pol)
    r_time = time.perf_counter() - t
    for name, ss, tt in (("regex (ours)", r_sents, r_time), ("nltk Punkt", p_sents, p_time)):
        rec = boundary_recall(gold, ss)
        (hs, ns), (he, ne) = rec["start"], rec["end"]

        def count(text, ss_name=name):
            if ss_name.startswith("regex"):
                return len(analysis.split_sentences(text))
            return len(punkt_split(pd.DataFrame({"article_id": ["x"], "text": [text]}), tok))

        print(
            f"  {name:13s} starts {hs}/{ns} ({hs / max(ns, 1):.1%})  ends {he}/{ne} "
            f"({he / max(ne, 1):.1%})  hand cases {hand_case_score(count)}/{len(HAND_CASES)}  "
            f"{len(pol) / tt:7.0f} articles/s  ({len(ss)} sentences)"
        )

    # ---- VADER: reference loop vs ours ---------------------------------------------------
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    texts = sentences["text"].tolist()
    frame = sentences[["article_id", "sentence_id", "text"]]
    print(f"\n## VADER on {len(texts)} sentences ({frame['text'].nunique()} distinct)")
    sia = SentimentIntensityAnalyzer()
    t, c = time.perf_counter(), time.process_time()
    ref = [sia.polarity_scores(x) for x in texts]
    ref_wall, ref_cpu = time.perf_counter() - t, time.process_time() - c
    ref_arr = np.array([[r["neg"], r["neu"], r["pos"], r["compound"]] for r in ref])
    analysis.score_sentiment(frame.head(50))  # warm-up (lexicon load)
    walls, cpus = [], []
    for _ in range(args.repeat):
        t, c = time.perf_counter(), time.process_time()
        ours = analysis.score_sentiment(frame)
        walls.append(time.perf_counter() - t)
        cpus.append(time.process_time() - c)
    ours_arr = ours[["neg", "neu", "pos", "compound"]].to_numpy()
    w, cc = statistics.median(walls), statistics.median(cpus)
    n = len(texts)
    print(f"  reference loop : {n / ref_wall:9.0f} sentences/s (cpu {n / ref_cpu:.0f}/s)")
    print(
        f"  score_sentiment: {n / w:9.0f} sentences/s (cpu {n / cc:.0f}/s; median of {args.repeat})"
    )
    print(f"  speedup        : {ref_wall / w:.1f}x wall, {ref_cpu / cc:.1f}x cpu")
    eq_rows = int((ours_arr == ref_arr).all(axis=1).sum())
    delta = np.abs(ours_arr - ref_arr).max(axis=0) if n else np.zeros(4)
    print(f"  equal rows     : {eq_rows} / {n} (bit-identical on all four fields)")
    print(
        "  max |delta|    : "
        + ", ".join(
            f"{k}={v:.3g}" for k, v in zip(["neg", "neu", "pos", "compound"], delta, strict=True)
        )
    )
    return 0 if eq_rows == n else 1


if __name__ == "__main__":
    raise SystemExit(main())
