"""A name starts a word: the name scanner never starts inside a word, so one long word of
capitals (hostile input) is read once, not once per capital. Sentences written here."""

import pandas as pd

import analysis
from analysis.quotes.names import _NAME_SEQ_RE


def test_no_name_starts_inside_a_word():
    text = "The iPhone maker eBay and McDonald's said so, Ann O'Brien and al-Assad told AAAAb."
    starts = [m.start() for m in _NAME_SEQ_RE.finditer(text)]
    assert all(i == 0 or not text[i - 1].isalpha() for i in starts)
    found = [m.group() for m in _NAME_SEQ_RE.finditer(text)]
    assert "Ann O'Brien" in found and "Assad" in found and "McDonald's" in found
    assert "Phone" not in found and "Bay" not in found


def test_one_long_word_of_capitals_is_no_name_and_the_quote_stays():
    word = "A" * 30_000
    assert list(_NAME_SEQ_RE.finditer(word + " said the mayor.")) == []
    text = "“The code was " + word[:200] + ",” Ann Roe said."
    q = analysis.extract_quotes(pd.DataFrame({"article_id": ["a"], "text": [text]}))
    assert list(q["speaker"]) == ["Ann Roe"]
    assert all(0 <= s <= e <= len(text) for s, e in zip(q["start"], q["end"], strict=True))
