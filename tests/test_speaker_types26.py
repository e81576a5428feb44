"""Per-article speaker typing made cheap (session 26), output unchanged: a name is
looked up in a long text by a scan for the text's first ``_SCAN_LIMIT`` names and by
the text's word index after that (so one article with thousands of distinct names
stays linear), the scan only for names no two occurrences of which can overlap; the
string-only helpers are cached. These tests count work, never time. Texts written
for the tests."""

import random
from collections import Counter

import pandas as pd

from analysis import speaker_types as st


def whole_word_occurrences(text, name, limit):
    """Reference: every whole-word occurrence, left to right (overlaps included)."""
    out = []
    for i in range(len(text) - len(name) + 1):
        if len(out) >= limit:
            break
        if not text.startswith(name, i):
            continue
        before = text[i - 1] if i else " "
        after = text[i + len(name)] if i + len(name) < len(text) else " "
        if not (before.isalnum() or before == "-") and not (after.isalnum() or after == "-"):
            out.append(i)
    return out


WORDS = ["Aa", "Ab", "Apex", "Apexa", "Ve-Lo", "Lo", "Ann", "an", "Inc", "A", "Roe", "X"]
SEPS = [" ", " ", " ", "-", ", ", ". ", "'", "’", "\n", "_", "&"]


def long_text(rng, n=5200):
    parts, size = [], 0
    while size < n:
        w = rng.choice(WORDS) + rng.choice(SEPS)
        parts.append(w)
        size += len(w)
    return "".join(parts)


def test_scan_and_index_find_the_same_occurrences():
    rng = random.Random(26)
    names = [
        "Aa", "Aa Aa", "Aa Aa Aa", "Ab Aa Ab", "Apex", "Apex Inc", "Ve-Lo", "Lo Lo",
        "Ann Roe", "A", "X X", "Roe-Roe", "an", "Lo-Lo Lo", "Apexa Apex",
    ]  # fmt: skip
    for _ in range(40):
        text = long_text(rng)
        for name in names:
            for limit in (2, 12):
                want = whole_word_occurrences(text, name, limit)
                st._SCANS.clear()
                assert st._occurrences(text, name, limit) == want, (name, limit)  # scan
                assert st._indexed_occurrences(text, name, limit) == want, (name, limit)


def test_overlapping_names_use_the_index():
    text = ("xAa Aa Aa and Aa Aa Aa. " * 300)[:6000]
    st._SCANS.clear()
    assert not st._scan_first(text, "Aa Aa")  # "Aa Aa Aa" holds two that overlap
    assert not st._scan_first(text, "Aaa Aa")  # "Aaa Aaa Aa": from "Aaa" ... and "Aaa Aa"
    assert st._scan_first(text, "Aa Ab")  # no word of it starts a repeat of it
    assert st._scan_first(text, "Aaa")  # (a repeat inside a word cannot be whole words)
    assert st._occurrences(text, "Aa Aa", 4) == whole_word_occurrences(text, "Aa Aa", 4)


def many_names_article(n):
    rng = random.Random(n)
    letters = "bcdfgklmnprstvz"
    names = []
    seen = set()
    while len(names) < n:
        w = "Q" + "".join(rng.choice(letters) + rng.choice("aeiou") for _ in range(4))
        if w not in seen:
            seen.add(w)
            names.append(w)
    text = " ".join(f"{w} said the plan was late." for w in names)
    q = pd.DataFrame(
        {
            "article_id": "a",
            "speaker": names,
            "speaker_mention": names,
            "speaker_type": "person",
            "kind": "indirect",
        }
    )
    return q, text


def test_many_distinct_names_in_one_article_scan_a_bounded_number_of_times(monkeypatch):
    q, text = many_names_article(1500)
    assert len(text) > 40000
    calls = Counter()
    build = st._run_index.__wrapped__
    scan_first = st._scan_first

    def counting_build(t):
        calls["index"] += 1
        return build(t)

    def counting_scan_first(t, name):
        ok = scan_first(t, name)
        calls["scan" if ok else "indexed"] += 1
        return ok

    st._SCANS.clear()
    st._run_index.cache_clear()
    monkeypatch.setattr(st, "_run_index", st.lru_cache(maxsize=4)(counting_build))
    monkeypatch.setattr(st, "_scan_first", counting_scan_first)
    out = st.article_speaker_types(q, {"a": text})
    assert calls["scan"] <= st._SCAN_LIMIT  # a bounded number of scans of the text,
    assert calls["index"] == 1  # then one word index for all other names
    assert calls["indexed"] >= 1500  # (each name looked up at least once)
    # the same types when every lookup uses the index
    monkeypatch.setattr(st, "_SCAN_LIMIT", 0)
    st._SCANS.clear()
    assert st.article_speaker_types(q, {"a": text}) == out


def test_display_of_several_forms_is_the_most_frequent_then_longest():
    forms = Counter({"the Vell Group": 2, "Vell Group": 2, "Vell": 3, "the Vell": 1})
    assert st._display(forms) == "Vell"
    forms = Counter({"the Vell Group": 2, "Vell Group": 2, "Vell": 1})
    assert st._display(forms) == "Vell Group"  # "the Vell Group", the longer, less "the"
    assert st._display(Counter({"Acme-based Vell Co.": 1})) == "Vell Co"


def test_cached_mention_kinds_match_the_rules():
    titles = st._lexicon()[3]
    assert st._mention_kind("she", titles) == "person"
    assert st._mention_kind("it", titles) == "org"
    assert st._mention_kind("its new CEO Simon Hunt", titles) != "org"
    assert st._mention_kind("Sen. Ann Roe", titles) == "title"
    assert st._mention_kind("the Fed", titles) == "the fed"
    assert st._known_mention_kind("lead manager Credit Vell") == "org"


def test_possessive_name_with_a_trailing_newline_is_still_an_organisation():
    e = st._Evidence()
    e.forms["Quorvel's\n"] = 1
    e.mentions["Quorvel's\n"] = 1
    e.rows.append(0)
    first, places, org_names, titles = st._lexicon()
    typ, name = st._decide(
        "Quorvel's\n", "person", e, first, places, org_names, titles, {}, ["a"], set()
    )
    assert typ == "organization"
