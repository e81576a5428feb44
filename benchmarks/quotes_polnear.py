"""Benchmark analysis.extract_quotes against PolNeAR attributions (who said what).

Run:  .venv/bin/python benchmarks/quotes_polnear.py [--split dev|train] [--errors N]

Data: ../shared/data/polnear (override with NEWSLENS_SHARED_DATA=/path/to/data); the
script exits 0 with a message when it is absent.

Metric (exactly what is computed below):
* Gold. For each article text/<stem>.txt we read ONE annotator file: the
  lexicographically first attributions/<stem>_<annotator>.ann. Every ``E`` line ties
  an attribution's Source, Cue and Content ``T`` spans (brat standoff; a discontinuous
  span "s e;s2 e2" is a list of segments; a ``Content2`` role is merged into Content).
  A gold attribution is kept when it has a Source and a Content and
  (a) its Cue is a speech/reporting verb -- any word of the cue text, lemmatised with
  a small irregular-form table plus the Snowball stemmer, is one of SPEECH_LEMMAS
  below (say, tell, add, write, tweet, note, ask, argue, claim, explain, state,
  announce, insist, warn, ...) or the cue contains "according to" -- or
  (b) the cue is ":" or (c) the Content sits in quotation marks (its first
  non-space character, or the character before it, is a quotation mark; the New
  York Times files write the double quote as two apostrophes '' and count too).
* Matching. A prediction matches a gold attribution when their content spans overlap
  by at least 30% of the shorter span (gold length = sum of its segments; overlap =
  characters of the predicted [start, end) inside the gold segments). Pairs are
  matched one-to-one, greedily by overlap (largest first). Precision = matched /
  predictions, recall = matched / gold, F1 their harmonic mean, over attributions
  pooled across articles.
* Speaker accuracy = share of matched pairs whose predicted ``speaker`` shares a
  name word with the gold Source: both sides are lower-cased and split into words,
  dropping stopwords, pronouns and titles/honorifics (Mr., President, Sen., ...).
  A gold Source made only of pronouns/"who"/stopwords is first resolved to the
  nearest preceding gold Source span (same article, same annotator, earlier start)
  that names someone: two consecutive capitalised non-title words ("Ralf Jäger"),
  an honorific + capitalised word ("Mr. Cruz") or a single capitalised word
  ("Rubio"); descriptions such as "The Florida senator" are skipped.
  The two parts are also printed separately: pairs whose gold Source names someone
  itself, and pairs whose gold Source is only a pronoun/"who" (scored against that
  proxy, which ignores gender and people who are introduced without being quoted,
  so it is noisy: see docs/benchmarks.md).
* Kinds. Gold kind = direct when the content starts and ends with quotation marks,
  mixed when it contains one, else indirect. We print recall per gold kind and
  precision per predicted kind.
* Speed = articles / second of one ``extract_quotes`` call over the whole split in
  this one process (sentence numbering via ``split_sentences`` included), by wall
  clock and by process CPU time (the machine is shared; CPU time is the steadier).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SPEECH_LEMMAS = {
    "say", "tell", "add", "write", "tweet", "post", "note", "ask", "argue", "claim",
    "explain", "state", "announce", "insist", "warn", "acknowledge", "admit", "concede",
    "deny", "declare", "report", "respond", "reply", "answer", "recall", "testify",
    "confirm", "emphasize", "stress", "predict", "promise", "vow", "pledge", "complain",
    "contend", "assert", "maintain", "allege", "urge", "caution", "suggest", "observe",
    "remark", "comment", "reiterate", "continue", "mention", "quip", "joke", "boast",
    "exclaim", "shout", "yell", "whisper", "proclaim", "counter", "retort", "conclude",
    "speak",
}  # fmt: skip
IRREGULAR = {
    "said": "say", "says": "say", "told": "tell", "tells": "tell", "wrote": "write",
    "written": "write", "spoke": "speak", "spoken": "speak", "denied": "deny",
    "denies": "deny", "replied": "reply", "replies": "reply", "testified": "testify",
    "testifies": "testify",
    # Snowball stems "added"/"adding" to "ad" (not "add"): listed so that "add" counts
    "added": "add", "adding": "add",
}  # fmt: skip
QUOTE_CHARS = '"“”„«»‟'
PRONOUNS = {
    "he", "she", "they", "i", "we", "you", "it", "who", "him", "her", "them", "us", "me",
    "his", "their", "its", "himself", "herself", "themselves", "which", "that", "whom",
}  # fmt: skip
STOP = {
    "a", "an", "the", "of", "for", "and", "or", "in", "on", "at", "to", "with", "from", "by",
    "as", "some", "one", "two", "other", "others", "another", "this", "these", "those", "s",
}  # fmt: skip
TITLES = {
    "mr", "mrs", "ms", "dr", "sen", "senator", "rep", "gov", "governor", "president",
    "presidential", "vice", "secretary", "prime", "minister", "gen", "general", "former",
    "candidate", "nominee", "democrat", "republican", "democratic", "gop", "u.s", "us",
    "chairman", "leader", "speaker", "mayor", "judge", "attorney", "state", "miss",
}  # fmt: skip


def _data_dir() -> Path:
    base = os.environ.get("NEWSLENS_SHARED_DATA")
    return Path(base) if base else ROOT.parent / "shared" / "data"


def _lemma_ok(cue: str, stem) -> bool:
    low = cue.lower()
    if "according to" in low or low.strip() == ":":
        return True
    for w in re.findall(r"[a-z]+", low):
        lem = IRREGULAR.get(w)
        if lem in SPEECH_LEMMAS:
            return True
        if stem(w) in _STEMMED:
            return True
    return False


_STEMMED: set[str] = set()


def parse_ann(path: Path, text: str):
    spans = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if not parts or not parts[0]:
            continue
        if parts[0].startswith("T") and len(parts) >= 2:
            label, _, loc = parts[1].partition(" ")
            segs = []
            for seg in loc.split(";"):
                try:
                    s, e = seg.split()
                    segs.append((int(s), int(e)))
                except ValueError:
                    pass
            spans[parts[0]] = (label, segs)
        elif parts[0].startswith("E") and len(parts) >= 2:
            roles = {}
            for arg in parts[1].split()[1:]:
                role, _, tid = arg.partition(":")
                roles.setdefault(re.sub(r"\d+$", "", role), []).append(tid)
            events.append(roles)
    gold = []
    for roles in events:
        if "Source" not in roles or "Content" not in roles:
            continue
        content = sorted(seg for t in roles["Content"] if t in spans for seg in spans[t][1])
        source = sorted(seg for t in roles["Source"] if t in spans for seg in spans[t][1])
        cue = sorted(seg for t in roles.get("Cue", []) if t in spans for seg in spans[t][1])
        if not content or not source:
            continue
        gold.append(
            {
                "content": content,
                "source": source,
                "cue": " ".join(text[s:e] for s, e in cue),
                "source_text": " ".join(text[s:e] for s, e in source),
            }
        )
    return gold


def _in_quotes(text, content):
    s = content[0][0]
    e = content[-1][1]
    body = text[s:e].strip()
    if body[:1] in QUOTE_CHARS or body.startswith("''"):
        return True
    j = s - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    return j >= 0 and (text[j] in QUOTE_CHARS or text[max(0, j - 1) : j + 1] == "''")


def gold_kind(text, content):
    body = " ".join(text[s:e] for s, e in content).strip().rstrip(".,")
    body = body.replace("''", '"')
    has = any(c in body for c in QUOTE_CHARS)
    if not has:
        return "indirect"
    if body[:1] in QUOTE_CHARS and body[-1:] in QUOTE_CHARS:
        return "direct"
    return "mixed"


def name_words(s: str) -> set[str]:
    words = re.findall(r"[\w’'.\-]+", s.lower())
    out = set()
    for w in words:
        w = w.strip(".'’-")
        if w.endswith(("'s", "’s")):
            w = w[:-2]
        if not w or w in STOP or w in PRONOUNS or w in TITLES:
            continue
        out.add(w)
    return out


_HONORIFIC = {"mr", "mrs", "ms", "dr", "sen", "gov", "rep", "president", "senator", "governor"}


def _has_name(s: str) -> bool:
    """A Source that names someone: two consecutive capitalised non-title words
    ("Ralf Jäger"), an honorific + capitalised word ("Mr. Cruz"), or one capitalised
    word alone ("Rubio"). "The Florida senator" is a description, not a name."""
    words = re.findall(r"[\w’'.\-]+", s)

    def cap(w):
        return w[:1].isupper() and w.lower().strip(".") not in TITLES | STOP | PRONOUNS

    if len(words) == 1:
        return cap(words[0])
    for a, b in zip(words, words[1:], strict=False):
        if cap(b) and (cap(a) or a.lower().strip(".") in _HONORIFIC):
            return True
    return False


def resolve_gold_sources(gold):
    order = sorted(range(len(gold)), key=lambda i: gold[i]["source"][0][0])
    last_name = None
    resolved = {}
    for i in order:
        st = gold[i]["source_text"]
        gold[i]["pronoun_source"] = not name_words(st)
        if name_words(st):
            resolved[i] = st
            if _has_name(st):
                last_name = st
        else:  # only pronouns / "who" / stopwords: nearest preceding named Source
            resolved[i] = last_name or st
    for i, g in enumerate(gold):
        g["source_resolved"] = resolved[i]


def overlap(pred, segs):
    ps, pe = pred
    return sum(max(0, min(pe, e) - max(ps, s)) for s, e in segs)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="dev", choices=["dev", "train"])
    ap.add_argument("--errors", type=int, default=0, help="print N false pos/neg/speaker errors")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args(argv)
    root = _data_dir() / "polnear" / args.split
    if not root.is_dir():
        print(f"PolNeAR not found at {root}; skipping quote benchmark.")
        return 0
    import pandas as pd
    from nltk.stem.snowball import SnowballStemmer

    import analysis

    stemmer = SnowballStemmer("english")
    _STEMMED.update(stemmer.stem(w) for w in SPEECH_LEMMAS)
    ann_by_stem: dict[str, list[Path]] = {}
    for p in sorted((root / "attributions").glob("*.ann")):
        ann_by_stem.setdefault(p.stem.rsplit("_", 1)[0], []).append(p)
    rows = []
    gold_by = {}
    for tp in sorted((root / "text").glob("*.txt")):
        if tp.stem not in ann_by_stem:
            continue
        text = tp.read_text(encoding="utf-8")
        ann = sorted(ann_by_stem[tp.stem])[0]
        gold = [
            g
            for g in parse_ann(ann, text)
            if g["cue"].strip() == ":"
            or _lemma_ok(g["cue"], stemmer.stem)
            or _in_quotes(text, g["content"])
        ]
        resolve_gold_sources(gold)
        rows.append((tp.stem, text))
        gold_by[tp.stem] = gold
        if args.limit and len(rows) >= args.limit:
            break
    articles = pd.DataFrame(rows, columns=["article_id", "text"])
    texts = dict(rows)
    analysis.extract_quotes(articles.head(3))  # warm caches (lexicons, regexes)
    c0, t0 = time.process_time(), time.perf_counter()
    pred = analysis.extract_quotes(articles)
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    n_gold = sum(len(g) for g in gold_by.values())
    n_pred = len(pred)
    matched = 0
    spk_ok = 0
    spk_by = {False: [0, 0], True: [0, 0]}  # pronoun_source -> [ok, matched]
    kind_gold_tot: dict[str, int] = {}
    kind_gold_hit: dict[str, int] = {}
    kind_pred_tot: dict[str, int] = {}
    kind_pred_hit: dict[str, int] = {}
    fps, fns, spk_err = [], [], []
    preds_by = {k: g for k, g in pred.groupby("article_id", sort=False)}
    for stem, gold in gold_by.items():
        text = texts[stem]
        p = preds_by.get(stem)
        plist = [] if p is None else list(p.itertuples(index=False))
        pairs = []
        for i, pr in enumerate(plist):
            plen = pr.end - pr.start
            for j, g in enumerate(gold):
                glen = sum(e - s for s, e in g["content"])
                ov = overlap((pr.start, pr.end), g["content"])
                if ov > 0 and ov >= 0.3 * max(1, min(plen, glen)):
                    pairs.append((-ov, i, j))
        pairs.sort()
        used_p, used_g = set(), set()
        for _, i, j in pairs:
            if i in used_p or j in used_g:
                continue
            used_p.add(i)
            used_g.add(j)
            matched += 1
            ok = bool(name_words(plist[i].speaker) & name_words(gold[j]["source_resolved"]))
            spk_ok += ok
            spk_by[gold[j]["pronoun_source"]][0] += ok
            spk_by[gold[j]["pronoun_source"]][1] += 1
            if not ok:
                spk_err.append((stem, plist[i], gold[j]))
            gk = gold_kind(text, gold[j]["content"])
            kind_gold_hit[gk] = kind_gold_hit.get(gk, 0) + 1
            kind_pred_hit[plist[i].kind] = kind_pred_hit.get(plist[i].kind, 0) + 1
        for j, g in enumerate(gold):
            gk = gold_kind(text, g["content"])
            kind_gold_tot[gk] = kind_gold_tot.get(gk, 0) + 1
            if j not in used_g:
                fns.append((stem, g))
        for i, pr in enumerate(plist):
            kind_pred_tot[pr.kind] = kind_pred_tot.get(pr.kind, 0) + 1
            if i not in used_p:
                fps.append((stem, pr))
    prec = matched / n_pred if n_pred else 0.0
    rec = matched / n_gold if n_gold else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    kb = sum(len(t) for t in texts.values()) / 1000
    print(
        f"PolNeAR {args.split}: {len(rows)} articles, {n_gold} gold attributions, {n_pred} predicted"
    )
    print(f"precision {prec:.3f}  recall {rec:.3f}  F1 {f1:.3f}")
    print(
        f"speaker accuracy {spk_ok / matched if matched else 0:.3f}  ({spk_ok}/{matched} matched)"
    )
    for pron, label in ((False, "named gold Source"), (True, "pronoun gold Source")):
        ok_, n_ = spk_by[pron]
        print(f"  {label:20s} {ok_ / n_ if n_ else 0:.3f}  ({ok_}/{n_})")
    print(
        f"speed {len(rows) / dt:.0f} articles/s wall, {len(rows) / cpu:.0f} articles/s CPU"
        f"  ({kb / cpu:.0f} kB/s CPU, {dt:.2f}s wall, avg {kb / len(rows):.1f} kB/article)"
    )
    print("per kind: gold recall | predicted precision")
    for k in ("direct", "mixed", "indirect"):
        gt, gh = kind_gold_tot.get(k, 0), kind_gold_hit.get(k, 0)
        pt, ph = kind_pred_tot.get(k, 0), kind_pred_hit.get(k, 0)
        print(
            f"  {k:9s} recall {gh / gt if gt else 0:.3f} ({gh}/{gt})"
            f"   precision {ph / pt if pt else 0:.3f} ({ph}/{pt})"
        )
    if args.errors:
        n = args.errors
        print(f"\n--- false positives (first {n})")
        for stem, pr in fps[:n]:
            print(f"[{stem[:30]}] {pr.speaker!r} {pr.cue!r} {pr.kind}: {pr.quote[:120]!r}")
        print(f"\n--- false negatives (first {n})")
        for stem, g in fns[:n]:
            t = texts[stem]
            c = " ".join(t[s:e] for s, e in g["content"])
            print(f"[{stem[:30]}] {g['source_text']!r} {g['cue']!r}: {c[:120]!r}")
        print(f"\n--- speaker errors (first {n})")
        for stem, pr, g in spk_err[:n]:
            print(
                f"[{stem[:30]}] pred {pr.speaker!r} ({pr.speaker_mention!r}) gold "
                f"{g['source_text']!r} -> {g['source_resolved']!r}: {pr.quote[:60]!r}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
