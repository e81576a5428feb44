"""Score analysis.extract_quotes on the written (fictional) Canadian-style news set.

Run:  .venv/bin/python benchmarks/quotes_written.py [--set first|second|...|eightyfirst|...|all] [--errors N]

Data: tests/data/written_news/NN_name.txt with NN_name.json gold quotes (first batch,
session 10, 01-13) and every later batch tests/data/written_news<n>/ (set ``ordinal(n)``:
written_news2 is "second", written_news81 "eightyfirst"; each written blind from the
second batch on: its gold committed before the extractor was run on it; each folder's
README.md names its session, article ids, decisions and first-contact scores); a new
directory is a new set, no registration needed. Each .json is a list of gold spans
({"start", "end", "speaker", "text"}); every article is fiction written for newslens.
The gold is validated first (``validate``): each span's text must equal the .txt
slice, be non-empty, carry no outer whitespace or unbalanced curly quotation marks,
and not overlap another span.

Metric (the held-out Canadian set's, as issue #12 describes it):
* Predictions: every ``extract_quotes`` row (one row per contiguous quoted or
  reported stretch; '"A," he said. "B."' is two rows, as it is two gold quotes).
* Matching: a prediction matches a gold quote when it covers at least 30% of the
  gold span (characters of the gold span inside the predicted [start, end)). Pairs
  are matched one-to-one, greedily by overlap (largest first). Precision = matched /
  predictions, recall = matched / gold, F1 their harmonic mean, pooled over articles.
* Speaker accuracy = share of matched pairs whose predicted ``speaker`` matches the
  gold full name: equal after lower-casing, or the gold's last name word (of any of
  the names in "A and B") is a word of the prediction, or the prediction's last word
  is a word of the gold name (stopwords and titles dropped on both sides).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATA_ROOT = ROOT / "tests" / "data"
DATA = DATA_ROOT / "written_news"
_ONES = "first second third fourth fifth sixth seventh eighth ninth".split()
_TEENS = (
    "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth "
    "eighteenth nineteenth"
).split()
_TENS = "twent thirt fort fift sixt sevent eight ninet".split()
_UNITS = "one two three four five six seven eight nine".split()


def ordinal(n: int) -> str:
    """The batch name of written_news<n>: the English ordinal in one word (1-199).

    >>> ordinal(1), ordinal(12), ordinal(20), ordinal(81), ordinal(82)
    ('first', 'twelfth', 'twentieth', 'eightyfirst', 'eightysecond')
    >>> ordinal(100), ordinal(101), ordinal(112), ordinal(120)
    ('hundredth', 'hundredfirst', 'hundredtwelfth', 'hundredtwentieth')
    """
    if not 1 <= n <= 199:
        raise ValueError(f"no batch name for {n}")
    if n == 100:
        return "hundredth"
    if n > 100:
        return "hundred" + ordinal(n - 100)
    if n < 10:
        return _ONES[n - 1]
    if n < 20:
        return _TEENS[n - 10]
    tens, ones = divmod(n, 10)
    stem = _TENS[tens - 2]
    if ones == 0:
        return stem + "ieth"
    return stem + ("y" if not stem.endswith("y") else "") + _ONES[ones - 1]


def batch_number(path: Path) -> int:
    """The number of a batch directory: written_news -> 1, written_news12 -> 12."""
    return int(path.name.removeprefix("written_news") or 1)


# every batch directory, in the order written; a new batch registers itself by its
# directory (tests/data/written_news<n>/ is set ``ordinal(n)``)
BATCHES = sorted(
    (d for d in DATA_ROOT.glob("written_news*") if d.is_dir()),
    key=batch_number,
)
SETS = {ordinal(batch_number(d)): [d] for d in BATCHES}
SETS["all"] = list(BATCHES)
STOP = {"a", "an", "the", "of", "and", "s", "mr", "mrs", "ms", "dr", "coun", "its", "his", "her"}


def load(data: Path = DATA):
    """[(name, text, gold spans)] for every article of the set, in name order.

    >>> arts = load()
    >>> len(arts) >= 12 and all(g for _, _, g in arts)
    True
    """
    out = []
    for txt in sorted(data.glob("*.txt")):
        text = txt.read_text(encoding="utf-8")
        gold = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        out.append((txt.stem, text, gold))
    return out


def validate(articles) -> list[str]:
    """Problems found in the gold offsets (empty when all is well).

    >>> validate([("x", "He said it.", [{"start": 3, "end": 7, "speaker": "A", "text": "said"}])])
    []
    """
    problems = []
    for name, text, gold in articles:
        last_end = -1
        for g in sorted(gold, key=lambda g: g["start"]):
            s, e, span = g["start"], g["end"], g["text"]
            where = f"{name}@{s}"
            if not 0 <= s < e <= len(text) or text[s:e] != span:
                problems.append(f"{where}: offsets do not give {span[:40]!r}")
            elif span != span.strip() or span.count("“") != span.count("”"):
                problems.append(f"{where}: outer whitespace or unbalanced quotes in {span[:40]!r}")
            if s < last_end:
                problems.append(f"{where}: overlaps the previous span")
            if not g.get("speaker"):
                problems.append(f"{where}: no speaker")
            last_end = max(last_end, e)
    return problems


def _words(s: str) -> list[str]:
    return [w for w in re.findall(r"[a-zà-ÿ]+(?:-[a-zà-ÿ]+)*", s.lower()) if w not in STOP]


def speaker_ok(pred: str, gold: str) -> bool:
    """True when the predicted speaker names the gold speaker (see module doc).

    >>> speaker_ok("Lee", "Dana Lee"), speaker_ok("Ms. Lee", "Dana Lee"), speaker_ok("he", "Dana Lee")
    (True, True, False)
    """
    if not isinstance(pred, str) or not pred.strip():
        return False
    if pred.strip().lower() == gold.strip().lower():
        return True
    pw, gw = _words(pred), _words(gold)
    if not pw or not gw:
        return False
    lasts = {_words(part)[-1] for part in re.split(r"\band\b", gold) if _words(part)}
    return bool(lasts & set(pw)) or pw[-1] in gw


def match(pred, gold):
    """One-to-one greedy matches [(pred index, gold index)] by covered gold characters.

    >>> match([(0, 10)], [{"start": 5, "end": 20}, {"start": 0, "end": 4}])
    [(0, 0)]
    """
    pairs = []
    for i, (ps, pe) in enumerate(pred):
        for j, g in enumerate(gold):
            cov = min(pe, g["end"]) - max(ps, g["start"])
            if cov > 0 and cov >= 0.3 * (g["end"] - g["start"]):
                pairs.append((cov, i, j))
    used_p, used_g, out = set(), set(), []
    for _, i, j in sorted(pairs, key=lambda t: (-t[0], t[1], t[2])):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return sorted(out)


def score(articles=None, errors: list | None = None) -> dict:
    """P/R/F1 and speaker accuracy of ``extract_quotes`` on the set; with ``errors``
    a list, append (kind, article, text, detail) for misses, false positives and
    speaker errors.

    >>> r = score()
    >>> 0 <= r["f1"] <= 1 and 0 <= r["speaker"] <= 1
    True
    """
    import pandas as pd

    from analysis import extract_quotes

    articles = load() if articles is None else articles
    frame = pd.DataFrame({"article_id": [a[0] for a in articles], "text": [a[1] for a in articles]})
    quotes = extract_quotes(frame)
    n_pred = n_gold = n_match = n_spk = 0
    for name, text, gold in articles:
        rows = quotes[quotes["article_id"] == name].reset_index(drop=True)
        pred = list(zip(rows["start"].tolist(), rows["end"].tolist(), strict=True))
        pairs = match(pred, gold)
        n_pred, n_gold, n_match = n_pred + len(pred), n_gold + len(gold), n_match + len(pairs)
        for i, j in pairs:
            ok = speaker_ok(rows.at[i, "speaker"], gold[j]["speaker"])
            n_spk += ok
            if not ok and errors is not None:
                got = f"{rows.at[i, 'speaker']!r} (mention {rows.at[i, 'speaker_mention']!r})"
                errors.append(
                    ("speaker", name, gold[j]["text"], f"gold {gold[j]['speaker']!r}, got {got}")
                )
        if errors is not None:
            hit_p, hit_g = {i for i, _ in pairs}, {j for _, j in pairs}
            for j, g in enumerate(gold):
                if j not in hit_g:
                    ctx = text[max(0, g["start"] - 80) : g["end"] + 80].replace("\n", " ")
                    errors.append(("miss", name, g["text"], f"{g['speaker']!r} | ...{ctx}..."))
            for i in range(len(pred)):
                if i not in hit_p:
                    r = rows.iloc[i]
                    errors.append(
                        (
                            "false+",
                            name,
                            r["quote"],
                            f"cue {r['cue']!r} speaker {r['speaker']!r} kind {r['kind']}",
                        )
                    )
    p = n_match / n_pred if n_pred else 0.0
    r = n_match / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"gold": n_gold, "pred": n_pred, "matched": n_match, "p": p, "r": r, "f1": f1,
            "speaker": n_spk / n_match if n_match else 0.0}  # fmt: skip


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", type=int, default=0, help="print up to N errors of each kind")
    ap.add_argument("--set", choices=sorted(SETS), default="all", help="which batch (default all)")
    args = ap.parse_args(argv)
    articles = [a for d in SETS[args.set] for a in load(d)]
    problems = validate(articles)
    if problems:
        print("\n".join(problems))
        return 1
    errors: list = []
    res = score(articles, errors)
    print(
        f"written news set ({args.set}): {len(articles)} articles, {res['gold']} gold quotes, {res['pred']} predicted"
    )
    print(f"P {res['p']:.3f}  R {res['r']:.3f}  F1 {res['f1']:.3f}  speaker {res['speaker']:.3f} "
          f"({res['matched']} matched)")  # fmt: skip
    for kind in ("miss", "false+", "speaker"):
        rows = [e for e in errors if e[0] == kind]
        print(f"\n== {kind}: {len(rows)}")
        for _, name, quote, detail in rows[: args.errors]:
            print(f"[{name}] {quote[:110]!r}\n     {detail[:260]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
