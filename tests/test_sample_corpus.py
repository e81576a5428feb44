"""Checks on the bundled sample corpus (data/sample) and its gold speaker file.

These tests read the files directly (json/csv/pathlib) so they hold whatever
state the analysis package is in; one test also checks what
``analysis.load_articles`` makes of the directory.
"""

from __future__ import annotations

import csv
import json
import re
import warnings
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import pytest

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample"
SEED_ID = "000_f8a976aa602cfeb7"
SIDE_FILES = {"gold_speakers.csv", "metadata.csv", "wire.csv"}
SPEAKER_TYPES = {"person", "anonymous", "organization", "group"}


def _csv_rows(name):
    with open(SAMPLE / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _corpus():
    """article_id -> dict(title, source, published, text, format) read straight from the files."""
    arts = {}
    ids = []
    meta = {Path(r["filename"]).stem: r for r in _csv_rows("metadata.csv")}
    for p in sorted(SAMPLE.glob("*.txt")):
        m = meta.get(p.stem, {})
        ids.append(p.stem)
        arts[p.stem] = {
            "title": m.get("title", ""),
            "source": m.get("source", ""),
            "published": m.get("published", ""),
            "text": p.read_text(encoding="utf-8"),
            "format": "txt",
        }
    with open(SAMPLE / "articles.jsonl", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                ids.append(r["article_id"])
                arts[r["article_id"]] = dict(r, format="jsonl")
    for r in _csv_rows("wire.csv"):
        ids.append(r["article_id"])
        arts[r["article_id"]] = dict(r, format="csv")
    return ids, arts


@pytest.fixture(scope="module")
def corpus():
    return _corpus()


@pytest.fixture(scope="module")
def gold():
    return _csv_rows("gold_speakers.csv")


def test_expected_files_exist():
    names = {p.name for p in SAMPLE.iterdir()}
    assert {"articles.jsonl", "wire.csv", "gold_speakers.csv", "metadata.csv"} <= names
    assert f"{SEED_ID}.txt" in names
    assert len([n for n in names if n.endswith(".txt")]) in range(11, 14)  # seed + 10-12


def test_ids_unique_and_enough_articles(corpus):
    ids, arts = corpus
    dupes = [i for i, c in Counter(ids).items() if c > 1]
    assert dupes == []
    assert len(ids) - 1 >= 40
    assert SEED_ID in arts


def test_outlets_and_date_span(corpus):
    _, arts = corpus
    fictional = {k: a for k, a in arts.items() if k != SEED_ID}
    outlets = Counter(a["source"] for a in fictional.values())
    assert "" not in outlets
    assert len(outlets) >= 4
    assert min(outlets.values()) >= 3
    dates = sorted(date.fromisoformat(a["published"]) for a in fictional.values())
    assert (dates[-1] - dates[0]).days >= 183


def test_jsonl_and_csv_records_are_complete(corpus):
    _, arts = corpus
    for aid, a in arts.items():
        if a["format"] == "txt":
            continue
        for field in ("title", "source", "published", "url", "text"):
            assert a[field].strip(), (aid, field)
        assert a["url"].startswith("https://example.org/"), aid
        assert "\r" not in a["text"]
        assert all(p.strip() for p in a["text"].split("\n\n")), aid
        words = len(a["text"].split())
        assert 250 <= words <= 700, (aid, words)
        if a["format"] == "jsonl":
            assert a["author"].strip(), aid


def test_txt_files_share_outlet_chrome(corpus):
    """Each outlet's .txt files repeat the same chrome lines, so a corpus pass can find them."""
    _, arts = corpus
    by_outlet = defaultdict(list)
    for aid, a in arts.items():
        if a["format"] == "txt" and aid != SEED_ID:
            by_outlet[a["source"]].append(a["text"])
    assert by_outlet
    for outlet, texts in by_outlet.items():
        line_sets = [{ln.strip() for ln in t.splitlines() if ln.strip()} for t in texts]
        shared = set.intersection(*line_sets)
        assert len(shared) >= 3, outlet
        assert any(re.search(r"©", ln) for ln in shared), outlet  # a copyright line
        for t in texts:
            # the photo caption is a two-line paragraph (lines joined by one newline)
            assert any("\n" in p.strip() for p in t.split("\n\n")), outlet
    for aid, a in arts.items():
        if a["format"] == "txt" and aid != SEED_ID:
            assert a["title"] and a["title"] in a["text"].splitlines(), aid


def test_gold_rows_are_well_formed(corpus, gold):
    _, arts = corpus
    assert gold
    seen = set()
    for row in gold:
        key = (row["article_id"], row["speaker"])
        assert key not in seen, key
        seen.add(key)
        assert row["article_id"] in arts, row
        assert row["article_id"] != SEED_ID
        assert row["speaker_type"] in SPEAKER_TYPES, row
        assert row["quotes"].isdigit() and int(row["quotes"]) >= 1, row
        assert row["speaker"].strip() == row["speaker"] and row["speaker"], row


def test_gold_covers_every_fictional_article(corpus, gold):
    ids, _ = corpus
    covered = {row["article_id"] for row in gold}
    assert covered == set(ids) - {SEED_ID}


def test_gold_person_speakers(corpus, gold):
    _, arts = corpus
    persons = Counter()
    for row in gold:
        if row["speaker_type"] != "person":
            continue
        name = row["speaker"]
        assert len(name.split()) >= 2, name  # fullest name: first name and surname
        assert name.split()[-1] in arts[row["article_id"]]["text"], row
        persons[name] += 1
    assert len(persons) >= 15
    # the main cast recurs: at least 15 people are quoted in 5 or more articles
    assert sum(1 for n in persons.values() if n >= 5) >= 15
    # two different people share a surname (cross-article speaker resolution)
    surnames = defaultdict(set)
    for name in persons:
        surnames[name.split()[-1]].add(name)
    assert any(len(v) >= 2 for v in surnames.values())


def test_gold_speaker_types_all_used(gold):
    types = Counter(row["speaker_type"] for row in gold)
    assert set(types) == SPEAKER_TYPES


def _quote_spans(text):
    """Count quoted spans and paragraph continuations; raise ValueError on a misplaced mark.

    Straight and curly double quotes alternate open/close. A paragraph may end
    inside a quote only if the next paragraph opens with a quote mark (the
    convention for a quote running over several paragraphs); that re-opening
    mark does not start a new span.
    """
    paras = text.split("\n\n")
    spans = continued = 0
    inside = False
    for i, para in enumerate(paras):
        for j, ch in enumerate(para):
            if ch not in '"“”':
                continue
            if j == 0 and inside:
                if ch == "”":
                    raise ValueError(f"closing mark opens paragraph {i}")
                continued += 1  # continuation of a multi-paragraph quote
                continue
            if ch == "“" and inside or ch == "”" and not inside:
                raise ValueError(f"curly mark {ch!r} out of place in paragraph {i}")
            if not inside:
                spans += 1
            inside = not inside
        if inside and (i + 1 == len(paras) or paras[i + 1][:1] not in '"“'):
            raise ValueError(f"quote left open at end of paragraph {i}")
    return spans, continued


def test_quote_marks_balance_and_match_gold(corpus, gold):
    _, arts = corpus
    per_article = Counter()
    for row in gold:
        per_article[row["article_id"]] += int(row["quotes"])
    multi_paragraph = 0
    curly = 0
    for aid, a in arts.items():
        if aid == SEED_ID:
            continue
        text = a["text"]
        spans, continued = _quote_spans(text)  # raises on unbalanced marks
        assert spans >= 1, aid  # every sample article has direct speech
        # each direct quote belongs to an attributed statement; a statement
        # has at most two quoted fragments ('said it was "x" and "y"')
        assert spans <= 2 * per_article[aid], (aid, spans, per_article[aid])
        multi_paragraph += continued
        curly += "“" in text
    assert multi_paragraph >= 2
    assert curly >= 5


def test_load_articles_reads_sample():
    analysis = pytest.importorskip("analysis")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            frame = analysis.load_articles(str(SAMPLE))
    except NotImplementedError:
        pytest.skip("load_articles not implemented yet")
    ids, arts = _corpus()
    assert sorted(frame["article_id"]) == sorted(ids)
    got = frame.set_index("article_id")
    for aid, a in arts.items():
        row = got.loc[aid]
        assert row["source"] == a["source"], aid
        if a["published"]:
            assert str(row["published"].date()) == a["published"], aid
        assert row["text"].strip(), aid
    # no chrome line (a line repeated in 3+ .txt files) survives in any text
    lines = Counter()
    for p in SAMPLE.glob("*.txt"):
        lines.update(
            {ln.strip() for ln in p.read_text(encoding="utf-8").splitlines() if ln.strip()}
        )
    chrome = [ln for ln, n in lines.items() if n >= 3]
    assert chrome
    for aid, text in zip(frame["article_id"], frame["text"], strict=True):
        flat = " ".join(text.split())
        assert not [ln for ln in chrome if ln in flat], aid
