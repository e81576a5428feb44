"""Fuzz driver for analysis.extract_quotes: mutated news text must never break it.

Run:
  .venv/bin/python benchmarks/quotes_fuzz.py --seconds 300 --seed 1
  .venv/bin/python benchmarks/quotes_fuzz.py --seconds 60 --seed 7 --show 5 --save-dir /tmp/fuzz
  .venv/bin/python benchmarks/quotes_fuzz.py --seconds 1500 --seed 8 --time-limit 60 --save-dir /tmp/fuzz

A quarter of the inputs are a short "soup" of atoms (quote marks, cues, names,
"A." / "Q." labels, dashes, line ends). The others are a seed text -- one of the
fictional sentences below, an article of the bundled sample corpus (``data/sample``)
or a written_news source text (``tests/data``) -- cut to a random window of paragraphs
and given one to four random mutations: quote marks (curly, straight, guillemets)
dropped or doubled, no-break spaces, U+2028, zero-width and right-to-left marks,
combining accents, very long names and title runs, "said said", unbalanced brackets,
CRLF / CR line ends, emoji, tabs, all caps, no spaces, a 10,000-word paragraph;
characters whose lower() / upper() has another length ("İ", "ß", "ﬁ", dotted and
dotless i), full-width punctuation, Q:/A: and "NAME:" interview turns, "said" chains
over 20-60 paragraphs, a quotation block of 100,000 characters. About one input in 12 is
a frame of 5-60 short articles (some repeated). Each input runs in a worker process
(``--time-limit`` wall seconds per input: an input that hangs is reported as "hang"
with its seed and saved, the worker is killed and a new one started) as one frame,
twice, and is checked for:

* no exception and no "article skipped" RuntimeWarning (a rule failing is a bug);
* offsets that index the text: ``0 <= start <= end <= len(text)`` and
  ``text[start:end] == quote``; ``text[speaker_start:speaker_end] ==
  speaker_mention``; cue offsets on the text the cue begins with;
* determinism: the second run's frame equals the first; every ``--restart-every``
  inputs a new worker (another PYTHONHASHSEED) re-runs every 25th input and must give
  the same frame ("nondeterministic_process");
* a frame of several articles: three of its articles run alone give the same rows
  ("frame_context": no article's reading depends on the others; transcripts, which share
  their labels' names across the frame by design, are not checked when two are in it);
* time: an input taking more than 50x the median time per character of its size
  class (and over half a second) is a blow-up.

A failing input is printed (repr, cut) with the run seed, its input number, its seed
text, mutations and the failure, and written whole to ``--save-dir`` if given
(``<seed>_<n>_<kind>.txt``; a frame as a JSON list). The run is reproducible:
``--seed S`` fixes every choice. No shared data is read. The CPU seconds printed are
the workers' (the driver itself waits).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing as mp
import os
import random
import statistics
import sys
import time
import unicodedata
import warnings
import zlib
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

from analysis import extract_quotes  # noqa: E402
from analysis.transcripts import find_turns  # noqa: E402

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


# characters whose lower() / upper() / casefold() has another length than the character
# ("İ".lower() is "i" + a combining dot; "ß".upper() "SS"; "ﬁ".upper() "FI"), alone and
# in words, so that a position found in a changed-case copy of the text shifts
CASE_LENGTH = ["İ", "ß", "ﬁ", "ﬂ", "ﬀ", "ﬃ", "ŉ", "ǰ", "ΐ", "ẞ", "ı", "İİİ", "ﬁﬁ"]
CASE_WORDS = ["İzmir", "İstanbul", "Straße", "ﬁnance", "İLKAY", "Gößling", "ﬂoor", "ŉot"]


def m_case_length(rng, t):
    r = rng.random()
    if r < 0.3:  # at the start of paragraphs (before every name of the paragraph)
        return "\n\n".join(rng.choice(CASE_LENGTH) + " " + p for p in t.split("\n\n"))
    if r < 0.5:  # "I" as the dotted capital, "i" as the dotless small letter
        return _map_chars(
            rng, t, lambda c: c in "Ii", lambda c: "İ" if c == "I" else "ı", rng.choice([0.2, 1.0])
        )
    return _insert_at(rng, t, CASE_LENGTH + [" " + w + " " for w in CASE_WORDS], rng.randint(1, 30))


def m_fullwidth(rng, t):
    """ASCII punctuation (sometimes letters and digits too) as full-width forms."""
    keep = (lambda c: "!" <= c <= "~") if rng.random() < 0.2 else (lambda c: c in "!\"'(),-.:;?")
    out = _map_chars(rng, t, keep, lambda c: chr(ord(c) + 0xFEE0), rng.choice([0.3, 1.0]))
    if rng.random() < 0.5:
        out = out.replace(". ", "。").replace(", ", "、").replace(" ", "\u3000")
    return out


_SPEAKER_LABELS = ["Q", "A", "REPORTER", "THE MAYOR", "MS. VARENKO", "MR. PELL", "SEN. MARSH"]


def m_qa_turns(rng, t):
    """One to 40 interview turns ("Q: ...", "A. ...", "REPORTER: ...") as paragraphs."""
    sents = [s for s in OWN if "\n" not in s]
    turns = []
    for _ in range(rng.randint(1, 40)):
        lab = rng.choice(_SPEAKER_LABELS)
        sep = rng.choice([": ", ". ", ":", " -- ", " (Varenko): ", ":\n"])
        turns.append(lab + sep + rng.choice(sents))
    block = rng.choice(["\n\n", "\n"]).join(turns)
    pars = t.split("\n\n")
    pars.insert(rng.randrange(len(pars) + 1), block)
    return "\n\n".join(pars)


def m_said_chain(rng, t):
    """50 (20-60) paragraphs of "said" chains: "X said Y said that Z told her ...",
    carried quotations, "he said" after each."""
    pars = []
    for k in range(rng.randint(20, 60)):
        a, b, c = (rng.choice(NAMES) for _ in range(3))
        shape = k % 4
        if shape == 0:
            pars.append(f"{a} said {b} said that {c} told her {a} had said so, she said.")
        elif shape == 1:
            pars.append(f"“The {k}th point,” {a} said, “is that {b} said it,” said {c}.")
        elif shape == 2:
            pars.append(f"“And more,” he said. “Still more,” he said, and she said: “{k}.”")
        else:
            pars.append(f"He said she said they said {a} said {b} said {c} said.")
    return t + "\n\n" + "\n\n".join(pars)


def m_long_quote(rng, t):
    """A quotation block of about 100,000 characters: one paragraph or many (each
    opening with a quote mark, the last closing it), closed or never closed."""
    words = (t.split() or ["said"]) + " ".join(OWN).split()
    body, n = [], 0
    while n < 100_000:
        w = rng.choice(words)
        body.append(w)
        n += len(w) + 1
    op, cl = rng.choice([("“", "”"), ('"', '"'), ("«", "»"), ("'", "'"), ("„", "“")])
    text = " ".join(body)
    if rng.random() < 0.4:  # paragraphs of a long quotation, each opened again
        chunks = [text[i : i + 600] for i in range(0, len(text), 600)]
        text = ("\n\n" + op).join(chunks)
    end = cl if rng.random() < 0.7 else ""
    return t + "\n\n" + op + text + end + rng.choice([" Pell said.", "", ", he said."])


# session 45 (fuzz71): own templates of the shapes the rules of sessions 43-44 read
# ({A}/{B} a given name and surname, {C}/{D} another person's; {N} a number): each
# module's trigger and a near miss, joined, renamed, repeated and mutated by
# ``make_recent``
RECENT = [
    "Residents can return home, the district said, lifting an evacuation order that had stood for {N} days.",
    "{A} {B}, 99, lives alone. The 99-year-old has strong opinions about that. He said the road is bad.",
    "Her answer: “We wait.” {A} {B} shrugged. His reply: no.",
    "{A} {B} answered him from the floor. She answered them at the meeting, “No.”",
    "{A} {B}, a father of three, spoke. “We stay,” the father of three said.",
    "The road will not be finished before 2034, the committee said Wednesday, four years later than the date residents were given.",
    "The {B} pulp mill will close. {B} reported a loss. “We tried,” the company said.",
    "{A} and {C} {B} have both worked at the plant since 1994. The {B}s said they would stay.",
    "The plant will close, the company said Wednesday, and some residents worry it will not reopen. Critics say otherwise.",
    "The chamber's executive director, {A} {B}, spoke to us.\n\nQ: Why now?\n\nA: Because it is time.",
    "The {B} Inn has been sold to a Halifax trust, the buyer said Tuesday. A fiddle camp will shrink to one week, its organizers said.",
    "The money was divided among the operators according to the number of trips each made, according to {A} {B}.",
    "Will {B} said the pier would stay. Will {B}, the harbour master, agreed. Will Page says so.",
    "The timing of the surge doesn't surprise pollster {A} {B}: “It was coming.”",
    "Municipality of Lake of the Rivers Reeve {A} {B} said the road would close.",
    "{A} {B} and her brother, {C} {B}, run a trucking company. The two said they would sell.",
    "{A} {B} works with {C} {D}, a welder. Both men say the shop is busy.",
    "One of those younger artists, {A} {B}, was chosen in 2020.\n\n“I was lucky,” she said.",
    "Lakefront residents say the water is high. At the meeting, several of them said it was higher.",
    "{A} Court spoke first. The court said nothing. “It is done,” Court said.",
    "Officials note that the road is shut. In the previous reports, countless claims were made.",
    "In {B}'s words, “this is a town opening again.” In the mayor's own words, “no.”",
    "{B} said he and two other drivers had written to the council.",
    "“{A}'s claim that the dam leaks,” he said, “is false.” {B}'s pledge to rebuild stands.",
    "The beach will stay closed, the town said Friday, the third summer in a row the beach has closed.",
    "The cabins on the west side of Kettle Lake are empty, residents in the north end of {B} County said.",
    "Her colleague, a nurse from Quebec City who asked not to be named, said the ward is full.",
    "{A} {B} said the dock was safe. {C} {D} dismissed her assertion that the dock was safe.",
    "The federal minister responsible for northern affairs said the road would open.",
    "“He stopped everything,” the coach said of his goalie.\n\n{A} {B}, the coach, has won twice.",
    "She told the story of selling her first canvas to a couple from Maine. The sign at the door says “Closed.”",
    "Wolves captain {A} {B} scored twice. Acme spokesman {C} {D} said it was fine.",
    "“We close at noon,” the plant manager told a meeting.\n\nPlant manager {A} {B}, who ran the floor for 11 years, said so.",
    "At the dinner, {C} {D} thanked {A} {B}. She said the meal was late.",
    "{A} {B}, who uses the pronoun they, spoke. “We are tired,” they said.",
    "By {A} {B} and {C} {D}, Staff Writers\n\n“We won,” the captain said.",
    "“We are not a museum.”\n\nThe harbour reopened. “We are not a museum,” said {A} {B}.",
    "{C} {B} said he would tap again. His daughter was not so sure. “I believe her,” she said.",
    "Ray Church, a farmer, spoke. “Rain {N},” Church said. Grace Church said nothing.",
    "{A} {B}'s father, {C}, is 84. “He is fine,” his daughter said. Her husband, {C} {B}, nodded.",
    "{A} {B} and {C} {D}, her husband, left. Their daughter said “goodbye.”",
]
RECENT_NAMES = [
    ("Ann", "Roe"), ("Tom", "Vale"), ("Will", "Page"), ("Grace", "Church"), ("Ray", "Court"),
    ("Ana", "de la Cruz"), ("Jo", "Marchetti-Bowes"), ("İLKAY", "ŞAHİN"), ("A", "B"),
    ("Mary-Jane", "O’Neil"), ("Ilsa", "Varenko" * 30), ("Zoë", "Ngũgĩ"), ("", ""),
]  # fmt: skip


def make_recent(rng):
    """(text, label, mutation names) of 1-12 ``RECENT`` templates with random names,
    joined by random separators, sometimes repeated (5-400 times: a rule's walk over
    the article per quotation shows), then 0-3 light mutations."""
    parts = []
    for _ in range(rng.randint(1, 12)):
        a, b = rng.choice(RECENT_NAMES)
        c, d = rng.choice(RECENT_NAMES)
        if rng.random() < 0.5:
            c, d = c, b  # (a relative: the same surname)
        n = rng.choice(["3", "11", "1,000", "0", "-1"])
        parts.append(rng.choice(RECENT).format(A=a, B=b, C=c, D=d, N=n))
    sep = rng.choice([" ", "\n\n", "\n", "\r\n", " — ", "", "\n\n\n"])
    text = sep.join(parts)
    if rng.random() < 0.15:
        text = (text + sep) * rng.choice([5, 20, 100, 400])
        text = text[:MAX_CHARS]
    names = ["recent"]
    for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
        name = rng.choice(sorted(set(MUTATIONS) - HEAVY))
        text = MUTATIONS[name](rng, text)[:MAX_CHARS]
        names.append(name)
    return text, "recent", names


MUTATIONS = {name[2:]: fn for name, fn in globals().items() if name.startswith("m_")}
HEAVY = {"huge_paragraph", "repeat", "long_quote"}
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
    if rng.random() < 0.3:
        return make_recent(rng)
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


def make_frame(rng, seeds):
    """(texts, label, names) of a frame of 5-60 short articles (soups and seed windows
    with up to one light mutation, each cut to 2,000 characters), some of them repeated."""
    texts, names = [], []
    for _ in range(rng.randint(5, 60)):
        if rng.random() < 0.3:
            texts.append(_soup(rng))
            continue
        label, text = rng.choice(seeds)
        text = _window(rng, text)
        if rng.random() < 0.6:
            name = rng.choice(sorted(set(MUTATIONS) - HEAVY - {"said_chain", "qa_turns"}))
            text = MUTATIONS[name](rng, text)
            names.append(name)
        texts.append(text[: rng.choice([200, 800, 2000])])
    if rng.random() < 0.3:
        texts += rng.sample(texts, min(3, len(texts)))  # (the same text twice in one frame)
    return texts, "frame", names


def run_once(text):
    """(frame, warning messages, seconds) of extract_quotes on one article."""
    return run_frame([text])


def run_frame(texts):
    """(frame, warning messages, seconds) of extract_quotes on articles a0, a1, ..."""
    arts = pd.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))], "text": texts})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        t0 = time.perf_counter()
        frame = extract_quotes(arts)
        sec = time.perf_counter() - t0
    return frame, [str(w.message) for w in caught], sec


def _digest(frame):
    """A hash of the frame's values (the same in every process)."""
    return hashlib.sha1(frame.to_csv(index=False).encode("utf-8", "surrogatepass")).hexdigest()


def _shared_transcripts(texts):
    """Indices of the articles that are transcripts in a frame holding two or more: the
    engine names a transcript's labels from all the frame's transcripts ("MR. ROE:" in
    one, "Ann Roe" in another; ``transcripts._transcripts``), so such an article alone may
    read otherwise -- a documented corpus rule, not a cache leak ("frame_context")."""
    found = {i for i, t in enumerate(texts) if find_turns(t)}
    return found if len(found) > 1 else set()


def check_input(texts):
    """(failures as (kind, detail), seconds of the first run, digest) of one input: a
    list of article texts run as one frame, twice; with several articles, three of them
    (the first, one drawn by hash, the last) are also run alone and must give the same
    rows (the frame's other articles change nothing)."""
    fails = []
    try:
        f1, w1, sec = run_frame(texts)
        f2, w2, _ = run_frame(texts)
    except Exception as exc:  # a failure of the check itself is reported, not hidden
        return [("exception", f"{type(exc).__name__}: {exc}")], 0.0, ""
    for w in w1:
        fails.append(("warning", w[:300]))
    for i, text in enumerate(texts):
        rows = f1[f1.article_id == f"a{i}"]
        for b in check_frame(text, rows)[:3]:
            fails.append(("offsets", f"article a{i}: {b}"))
    if not f1.equals(f2) or w1 != w2:
        fails.append(("nondeterministic", f"{len(f1)} vs {len(f2)} rows"))
    if len(texts) > 1:
        n = len(texts)
        shared = _shared_transcripts(texts)
        for i in sorted({0, zlib.crc32("".join(texts).encode("utf-8", "replace")) % n, n - 1}):
            if i in shared:
                continue  # (by design: transcripts of a frame share their speakers' names)
            try:
                alone, _, _ = run_frame([texts[i]])
            except Exception as exc:
                fails.append(("exception", f"article a{i} alone: {type(exc).__name__}: {exc}"))
                continue
            mine = f1[f1.article_id == f"a{i}"].drop(
                columns=["article_id", "quote_id", "statement_id"]
            )
            alone = alone.drop(columns=["article_id", "quote_id", "statement_id"])
            if _digest(mine) != _digest(alone):  # (values: an empty frame's dtypes differ)
                fails.append(
                    (
                        "frame_context",
                        f"article a{i}: {len(mine)} rows in the frame, {len(alone)} alone",
                    )
                )
    return fails, sec, _digest(f1)


def _worker(conn):
    """The worker process: reads input text lists, answers (failures, seconds, CPU
    seconds, digest) for each, until it reads None."""
    while True:
        texts = conn.recv()
        if texts is None:
            return
        c0 = time.process_time()
        fails, sec, digest = check_input(texts)
        conn.send((fails, sec, time.process_time() - c0, digest))


class Runner:
    """A worker process (its own PYTHONHASHSEED) that checks one input at a time; an
    input that takes longer than ``limit`` wall seconds kills it (a new one starts)."""

    def __init__(self, limit, hash_seed):
        self.limit, self.hash_seed, self.proc, self.started = limit, hash_seed, None, 0

    def start(self):
        ctx = mp.get_context("spawn")
        self.conn, child = ctx.Pipe()
        os.environ["PYTHONHASHSEED"] = str(self.hash_seed + self.started)
        self.proc = ctx.Process(target=_worker, args=(child,), daemon=True)
        self.proc.start()
        child.close()
        self.started += 1
        self.conn.send(["Warm-up, Ann Roe said."])  # (imports and lexicons: no time limit)
        self.conn.recv()

    def stop(self):
        if self.proc is not None:
            if self.proc.is_alive():
                self.proc.kill()
            self.proc.join()
            self.conn.close()
            self.proc = None

    def check(self, texts):
        """(failures, seconds, CPU seconds, digest), or None when over the time limit
        (or the worker died: "died" failure)."""
        if self.proc is None:
            self.start()
        self.conn.send(texts)
        if not self.conn.poll(self.limit):
            self.stop()
            return None
        try:
            return self.conn.recv()
        except EOFError:
            code = self.proc.exitcode if self.proc is not None else None
            self.stop()
            return [("died", f"worker exit code {code}")], 0.0, 0.0, ""


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
    ap.add_argument(
        "--time-limit", type=float, default=60.0, help="wall seconds per input before 'hang'"
    )
    ap.add_argument(
        "--restart-every",
        type=int,
        default=500,
        help="a new worker (new hash seed) after this many inputs; sampled inputs re-run there",
    )
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    seeds = _seeds()
    per_char = defaultdict(list)  # size class -> seconds per character
    timed = []  # (seconds, n, label, names, texts) for the blow-up check at the end
    failures = defaultdict(list)
    count, t_end, cpu = 0, time.monotonic() + args.seconds, 0.0
    save = Path(args.save_dir) if args.save_dir else None
    if save:
        save.mkdir(parents=True, exist_ok=True)
    runner = Runner(args.time_limit, 1000 * args.seed)
    sampled = []  # (texts, label, names, digest) re-run by the next worker

    def fail(kind, texts, label, names, detail):
        failures[kind].append((label, names, detail))
        shown = texts[0] if len(texts) == 1 else "\n\n<<ARTICLE>>\n\n".join(texts)
        if len(failures[kind]) <= args.show:
            print(
                f"FAIL {kind}: seed={args.seed} input#{count} from={label} mutations={names}: {detail}"
            )
            print(
                f"   input ({len(shown)} chars, {len(texts)} articles): {shown[:300]!r}", flush=True
            )
        if save:
            name = f"{args.seed}_{count}_{kind}" + (".txt" if len(texts) == 1 else ".json")
            body = texts[0] if len(texts) == 1 else json.dumps(texts, ensure_ascii=False)
            (save / name).write_text(body, encoding="utf-8", errors="surrogatepass")

    try:
        while time.monotonic() < t_end and (not args.max_inputs or count < args.max_inputs):
            if rng.random() < 0.08:
                texts, label, names = make_frame(rng, seeds)
            else:
                text, label, names = make_input(rng, seeds)
                texts = [text]
            count += 1
            got = runner.check(texts)
            if got is None:
                cpu += args.time_limit
                fail("hang", texts, label, names, f"over {args.time_limit:.0f}s (worker killed)")
                continue
            fails, sec, csec, digest = got
            cpu += csec
            for kind, detail in fails:
                fail(kind, texts, label, names, detail)
            n = max(sum(map(len, texts)), 1)
            per_char[_size_class(n)].append(sec / n)
            timed.append((sec, n, label, names, texts if sec > 0.5 else None))
            if digest and count % 25 == 0:
                sampled.append((texts, label, names, digest))
            if count % args.restart_every == 0 and runner.proc is not None:
                runner.stop()  # a new worker with another hash seed re-runs the sample
                for s_texts, s_label, s_names, s_digest in sampled:
                    again = runner.check(s_texts)
                    if again is not None and again[3] and again[3] != s_digest:
                        fail(
                            "nondeterministic_process",
                            s_texts,
                            s_label,
                            s_names,
                            "another process (hash seed) gives another frame",
                        )
                sampled.clear()
    finally:
        runner.stop()
    for sec, n, label, names, texts in timed:
        med = statistics.median(per_char[_size_class(n)])
        if sec > 0.5 and sec / n > 50 * med:
            fail(
                "slow",
                texts,
                label,
                names,
                f"{sec:.2f}s for {n} chars, {sec / n / med:.0f}x its class median",
            )
    print(
        f"seed {args.seed}: {count} inputs, {cpu:.0f} CPU seconds in the workers + "
        f"{time.process_time():.0f} in the driver (inputs made) ({args.seconds:.0f}s budget), "
        f"{len(seeds)} seed texts"
    )
    for k in sorted(per_char):
        print(f"  size class <{256 << k:>8} chars: {len(per_char[k]):5d} inputs")
    total = sum(len(v) for v in failures.values())
    print(f"failures: {total} " + " ".join(f"{k}={len(v)}" for k, v in sorted(failures.items())))
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
