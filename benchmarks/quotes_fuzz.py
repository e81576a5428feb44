"""Fuzz driver for analysis.extract_quotes: mutated news text must never break it.

Run:
  .venv/bin/python benchmarks/quotes_fuzz.py --seconds 300 --seed 1
  .venv/bin/python benchmarks/quotes_fuzz.py --seconds 60 --seed 7 --show 5 --save-dir /tmp/fuzz

A quarter of the inputs are a short "soup" of atoms (quote marks, cues, names,
"A." / "Q." labels, dashes, line ends). The others are a seed text -- one of the
fictional sentences below, an article of the bundled sample corpus (``data/sample``)
or a written_news source text (``tests/data``) -- cut to a random window of paragraphs and given one to four random mutations: quote
marks (curly, straight, guillemets) dropped or doubled, no-break spaces, U+2028,
zero-width and right-to-left marks, combining accents, very long names and title runs,
"said said", unbalanced brackets, CRLF / CR line ends, emoji, tabs, all caps, no
spaces, a 10,000-word paragraph. ``extract_quotes`` runs on a one-article frame, twice,
and each input is checked for:

* no exception and no "article skipped" RuntimeWarning (a rule failing is a bug);
* offsets that index the text: ``0 <= start <= end <= len(text)`` and
  ``text[start:end] == quote``; ``text[speaker_start:speaker_end] ==
  speaker_mention``; cue offsets on the text the cue begins with;
* determinism: the second run's frame equals the first;
* time: an input taking more than 50x the median time per character of its size
  class (and over half a second) is a blow-up.

A failing input is printed (repr, cut) with its seed text, mutations and the failure,
and written whole to ``--save-dir`` if given. The run is reproducible: ``--seed S``
fixes every choice. No shared data is read.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
import unicodedata
import warnings
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

from analysis import extract_quotes  # noqa: E402

OWN = [
    '"We will rebuild the pier by June," Mayor Ilsa Varenko said on Tuesday.',
    "The council's treasurer, Doran Pell, said the levy would rise by 2 per cent.",
    "“It is not a question of money,” said Dr. Amara Quist, who chairs the board. “It is a question of will.”",
    "According to the Harbour Authority, the dredging will finish in spring.",
    "Varenko told reporters that she had not seen the report. She added: “Nobody has.”",
    "Pell, 54, a former fisher, says the tax is fair. 'Everyone pays,' he said.",
    "The union said in a statement it would strike on Monday unless talks resume.",
    "“No comment,” a spokesperson for Northwind Ltd. said.",
    "Asked whether he would run again, Senator Tobin Marsh (D-Ore.) laughed. “Ask me in May.”",
    "«Nous restons», a déclaré la ministre Clémence Aubry.",
    "Q: Did you sign it?\nA. (Marsh): I did not.",
    "Coun. Ruth Oyelaran, the chair of the parks committee, said residents “deserve better” and called the plan “a fantasy.”",
    "“I was there — I saw it,” the witness, Lena Brask, told the court. “Twice.”",
    "Both women said the clinic had closed. The two said they would appeal.",
    "The ministry reported 40 cases, officials said, adding that more were likely.",
    "Editor's note: An earlier version misspelled the mayor's name.",
    "Read more: Varenko wins second term",
    '"Yes," he said. "No," she said. "Maybe," they said.',
]

QUOTES = ['"', "'", "“", "”", "‘", "’", "«", "»", "„", "‹", "›", "「", "」"]
ODD_SPACES = [
    "\u00a0",
    "\u2028",
    "\u2029",
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u202f",
    "\u3000",
]
BIDI = ["\u200f", "\u200e", "\u202b", "\u202e", "\u202c", "\u2066", "\u2069"]
COMBINING = ["\u0301", "\u0300", "\u0308", "\u0327", "\u0303", "\u030a", "\u0336"]
EMOJI = ["😀", "🇨🇦", "👍🏽", "🧑‍🚀", "❤️", "🔥", "✅", "📰"]
TITLES = [
    "President",
    "Senator",
    "Dr.",
    "Gov.",
    "Mr.",
    "Mrs.",
    "Coun.",
    "Rev.",
    "Lt.",
    "Gen.",
    "Sir",
    "Prof.",
]
NAMES = [
    "Ilsa",
    "Varenko",
    "Doran",
    "Pell",
    "Amara",
    "Quist",
    "Tobin",
    "Marsh",
    "Lena",
    "Brask",
    "Ruth",
]
BRACKETS = ["(", ")", "[", "]", "{", "}", "<", ">", "—", "–", "--", ":", ";", "...", "…"]


def _seeds():
    """(label, text) of every seed text: own sentences, data/sample, written_news src."""
    out = [(f"own{i}", s) for i, s in enumerate(OWN)]
    sample = ROOT / "data" / "sample"
    for p in sorted(sample.glob("*.txt")):
        out.append((f"sample/{p.name}", p.read_text(encoding="utf-8", errors="replace")))
    jl = sample / "articles.jsonl"
    if jl.exists():
        for line in jl.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                out.append((f"jsonl/{rec.get('article_id')}", str(rec.get("text") or "")))
    for p in sorted((ROOT / "tests" / "data").glob("written_news*/*.txt")):
        out.append((f"{p.parent.name}/{p.name}", p.read_text(encoding="utf-8", errors="replace")))
    return out


def _positions(rng, text, k):
    return sorted(rng.randrange(len(text) + 1) for _ in range(k))


def _insert_at(rng, text, pieces, k):
    """``text`` with k random pieces inserted at random places."""
    if not text:
        return rng.choice(pieces)
    out, last = [], 0
    for p in _positions(rng, text, k):
        out.append(text[last:p])
        out.append(rng.choice(pieces))
        last = p
    out.append(text[last:])
    return "".join(out)


def _map_chars(rng, text, pred, fn, rate):
    return "".join(fn(c) if pred(c) and rng.random() < rate else c for c in text)


def m_drop_quotes(rng, t):
    return _map_chars(rng, t, lambda c: c in QUOTES, lambda c: "", rng.choice([0.2, 0.5, 1.0]))


def m_double_quotes(rng, t):
    return _map_chars(rng, t, lambda c: c in QUOTES, lambda c: c + c, rng.choice([0.2, 0.5, 1.0]))


def m_swap_quotes(rng, t):
    return _map_chars(rng, t, lambda c: c in QUOTES, lambda c: rng.choice(QUOTES), 0.5)


def m_insert_quotes(rng, t):
    return _insert_at(rng, t, QUOTES, rng.randint(1, 12))


def m_odd_spaces(rng, t):
    sp = rng.choice(ODD_SPACES)
    return _map_chars(rng, t, lambda c: c == " ", lambda c: sp, rng.choice([0.1, 0.5, 1.0]))


def m_zero_width(rng, t):
    return _insert_at(rng, t, ODD_SPACES + BIDI, rng.randint(1, 40))


def m_bidi(rng, t):
    return _insert_at(rng, t, BIDI, rng.randint(1, 10))


def m_combining(rng, t):
    return _map_chars(
        rng, t, str.isalpha, lambda c: c + rng.choice(COMBINING), rng.choice([0.05, 0.3])
    )


def m_nfd(rng, t):
    return unicodedata.normalize(rng.choice(["NFD", "NFKC", "NFKD"]), t)


def m_long_name(rng, t):
    name = " ".join(rng.choice(NAMES) for _ in range(rng.randint(5, 60)))
    return _insert_at(rng, t, [f" {name} said ", f" {name}, ", f"{name}: "], rng.randint(1, 3))


def m_title_run(rng, t):
    run = " ".join(rng.choice(TITLES) for _ in range(rng.randint(5, 200)))
    return _insert_at(
        rng, t, [f" {run} Pell said ", f" said {run} Quist. ", run], rng.randint(1, 3)
    )


def m_said_said(rng, t):
    n = rng.randint(2, 50)
    return t.replace(" said", " said" * n) if " said" in t else _insert_at(rng, t, [" said" * n], 2)


def m_brackets(rng, t):
    return _insert_at(rng, t, BRACKETS, rng.randint(1, 20))


def m_line_ends(rng, t):
    return t.replace("\n", rng.choice(["\r\n", "\r", "\n\r", "\u2028", "\u0085", "\v", "\f"]))


def m_emoji(rng, t):
    return _insert_at(rng, t, EMOJI, rng.randint(1, 20))


def m_tabs(rng, t):
    return _map_chars(rng, t, lambda c: c in " \n", lambda c: "\t", rng.choice([0.1, 0.5]))


def m_caps(rng, t):
    if rng.random() < 0.5:
        return t.upper()
    return "\n".join(p.upper() if rng.random() < 0.3 else p for p in t.split("\n"))


def m_lower(rng, t):
    return t.lower()


def m_no_spaces(rng, t):
    return _map_chars(rng, t, str.isspace, lambda c: "", rng.choice([0.3, 1.0]))


def m_join_paragraphs(rng, t):
    return t.replace("\n\n", " ").replace("\n", " ")


def m_huge_paragraph(rng, t):
    words = t.split() or ["said"]
    n = rng.choice([2000, 10000])
    return " ".join(words[i % len(words)] for i in range(n))


def m_shuffle_words(rng, t):
    pars = t.split("\n\n")
    i = rng.randrange(len(pars))
    w = pars[i].split(" ")
    rng.shuffle(w)
    pars[i] = " ".join(w)
    return "\n\n".join(pars)


def m_cut(rng, t):
    if len(t) < 2:
        return t
    a, b = _positions(rng, t, 2)
    return t[a:b] if rng.random() < 0.5 else t[:a] + t[b:]


def m_repeat(rng, t):
    return t * rng.randint(2, 5)


def m_punct_storm(rng, t):
    return _insert_at(
        rng, t, [".", ",", "?", "!", "'s", " . ", " , ", "\n", "\n\n", "-"], rng.randint(5, 60)
    )


def m_odd_chars(rng, t):
    pieces = [
        "\x00",
        "\x1b",
        "\ufffd",
        "\U0001d400",
        "ǅ",
        "ß",
        "İ",
        "ﬁ",
        "Ⅻ",
        "٣",
        "\u0640",
        "Ω",
        "\x7f",
    ]
    return _insert_at(rng, t, pieces, rng.randint(1, 20))


def m_spaces(rng, t):
    return _map_chars(rng, t, lambda c: c == " ", lambda c: " " * rng.randint(2, 6), 0.3)


def m_splice_own(rng, t):
    return _insert_at(
        rng, t, [" " + s + " " for s in OWN] + ["\n\n" + s + "\n\n" for s in OWN], rng.randint(1, 4)
    )


MUTATIONS = {name[2:]: fn for name, fn in globals().items() if name.startswith("m_")}
HEAVY = {"huge_paragraph", "repeat"}
MAX_CHARS = 400_000


def _window(rng, text):
    """A random window of the text's paragraphs (the whole text sometimes)."""
    pars = text.split("\n\n")
    if len(pars) <= 3 or rng.random() < 0.15:
        return text
    a = rng.randrange(len(pars))
    b = min(len(pars), a + rng.randint(1, 8))
    return "\n\n".join(pars[a:b])


# the atoms of a token soup: quote marks, cues, names, titles, labels and separators
ATOMS = (
    ["", " ", "\n", "\n\n", "\r", "\r\n", "\t", ".", ",", "?", ":", "—", "-", "…", "(", ")"]
    + ['"', "“", "”", "«", "»", "'", "’", "\u2028", "\u200b", "\u202e"]
    + [
        "said",
        "Said",
        "SAID",
        "told",
        "says",
        "according to",
        "asked",
        "added:",
        "A.",
        "Q.",
        "A",
        "Q",
    ]
    + ["he", "He", "she", "they", "Ann Roe", "Roe", "Mr.", "Dr.", "U.S.", "the mayor", "the union"]
)


def _soup(rng):
    """A short random string of atoms (with or without spaces between them)."""
    words = [rng.choice(ATOMS) for _ in range(rng.randint(1, 16))]
    return (" " if rng.random() < 0.5 else "").join(words)


def make_input(rng, seeds):
    """(text, label, mutation names) of one random input."""
    if rng.random() < 0.25:
        return _soup(rng), "soup", []
    label, text = rng.choice(seeds)
    text = _window(rng, text)
    names = []
    for _ in range(rng.choice([1, 1, 2, 2, 3, 4])):
        name = rng.choice(sorted(MUTATIONS))
        if name in HEAVY and (rng.random() < 0.7 or len(text) > 20000):
            continue
        text = MUTATIONS[name](rng, text)
        names.append(name)
        if len(text) > MAX_CHARS:  # (stacked "repeat" and "said said": millions of characters)
            text = text[:MAX_CHARS]
            names.append("cut_to_max")
            break
    return text, label, names


def run_once(text):
    """(frame, warning messages, seconds) of extract_quotes on one article."""
    arts = pd.DataFrame({"article_id": ["f"], "text": [text]})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        t0 = time.perf_counter()
        frame = extract_quotes(arts)
        sec = time.perf_counter() - t0
    return frame, [str(w.message) for w in caught], sec


def check_frame(text, frame):
    """The list of contract violations in one article's frame: quote offsets index the
    text with ``text[start:end] == quote``; speaker offsets with ``text[speaker_start:
    speaker_end] == speaker_mention``; cue offsets inside the text, on text the cue
    begins with (the cue of a court answer "A (Roe): ..." is the label "A." on the "A")."""
    bad = []
    n = len(text)
    for r in frame.itertuples(index=False):
        if not (0 <= r.start <= r.end <= n):
            bad.append(f"quote offsets {r.start}:{r.end} outside 0:{n}")
        elif text[r.start : r.end] != r.quote:
            bad.append(f"text[{r.start}:{r.end}] != quote {r.quote!r}")
        for what, a, b, s in (
            ("speaker", r.speaker_start, r.speaker_end, r.speaker_mention),
            ("cue", r.cue_start, r.cue_end, r.cue),
        ):
            if (a, b) == (-1, -1) or not isinstance(s, str) or not s:
                continue
            if not (0 <= a <= b <= n):
                bad.append(f"{what} offsets {a}:{b} outside 0:{n}")
            elif what == "speaker" and text[a:b] != s:
                bad.append(f"speaker text[{a}:{b}]={text[a:b]!r} != {s!r}")
            elif what == "cue" and not (text[a:b].strip() and s.startswith(text[a:b])):
                bad.append(f"cue text[{a}:{b}]={text[a:b]!r} does not begin {s!r}")
    return bad


def _size_class(n):
    return max(0, n.bit_length() - 8)  # 256-character classes doubling


def main(argv=None):
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--seconds", type=float, default=60.0, help="stop after this many seconds")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--max-inputs", type=int, default=0, help="stop after this many inputs (0: no limit)"
    )
    ap.add_argument("--show", type=int, default=10, help="failures printed per kind")
    ap.add_argument("--save-dir", default="", help="write each failing input whole here")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    seeds = _seeds()
    per_char = defaultdict(list)  # size class -> seconds per character
    timed = []  # (seconds, n, label, names, text) for the blow-up check at the end
    failures = defaultdict(list)
    count, t_end, cpu0 = 0, time.monotonic() + args.seconds, time.process_time()
    save = Path(args.save_dir) if args.save_dir else None
    if save:
        save.mkdir(parents=True, exist_ok=True)

    def fail(kind, text, label, names, detail):
        failures[kind].append((label, names, detail))
        if len(failures[kind]) <= args.show:
            print(f"FAIL {kind}: seed={label} mutations={names}: {detail}")
            print(f"   input ({len(text)} chars): {text[:300]!r}")
        if save:
            (save / f"{args.seed}_{count}_{kind}.txt").write_text(
                text, encoding="utf-8", errors="surrogatepass"
            )

    while time.monotonic() < t_end and (not args.max_inputs or count < args.max_inputs):
        text, label, names = make_input(rng, seeds)
        count += 1
        try:
            f1, w1, sec = run_once(text)
            f2, w2, _ = run_once(text)
        except Exception as exc:  # a failure of the check itself is reported, not hidden
            fail("exception", text, label, names, f"{type(exc).__name__}: {exc}")
            continue
        for w in w1:
            fail("warning", text, label, names, w[:300])
        for b in check_frame(text, f1)[:3]:
            fail("offsets", text, label, names, b)
        if not f1.equals(f2) or w1 != w2:
            fail("nondeterministic", text, label, names, f"{len(f1)} vs {len(f2)} rows")
        n = max(len(text), 1)
        per_char[_size_class(n)].append(sec / n)
        timed.append((sec, n, label, names, text))
    for sec, n, label, names, text in timed:
        med = statistics.median(per_char[_size_class(n)])
        if sec > 0.5 and sec / n > 50 * med:
            fail(
                "slow",
                text,
                label,
                names,
                f"{sec:.2f}s for {n} chars, {sec / n / med:.0f}x its class median",
            )
    cpu = time.process_time() - cpu0
    print(
        f"seed {args.seed}: {count} inputs, {cpu:.0f} CPU seconds ({args.seconds:.0f}s budget), {len(seeds)} seed texts"
    )
    for k in sorted(per_char):
        print(f"  size class <{256 << k:>8} chars: {len(per_char[k]):5d} inputs")
    total = sum(len(v) for v in failures.values())
    print(f"failures: {total} " + " ".join(f"{k}={len(v)}" for k, v in sorted(failures.items())))
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
