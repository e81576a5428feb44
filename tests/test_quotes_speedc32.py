"""speedc32: a capitalised word's offsets are found one word at a time for the first
words an article asks about, and the whole article indexed only after that. The tests
compare with the index (the old logic) and count work, never time."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.quotes import mentions, usage
from analysis.quotes.lexicon import lexicon
from tests._quote_rows import speaker_of

_ALPHABET = "AaBbOo '’-_.,é1\n"


def _names(text):
    return mentions._ArticleNames(text, [(0, len(text))], lexicon(), None)


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet=_ALPHABET, max_size=60),
    st.text(alphabet=_ALPHABET, min_size=1, max_size=6),
)
def test_find_equals_the_index(text, word):
    index = {}
    for m in usage._CAP_WORD_RE.finditer(text):
        index.setdefault(m.group(), []).append(m.start())
    assert list(usage._cap_word_find(text, word)) == index.get(word, [])
    for w in index:  # every word the index holds
        assert usage._cap_word_find(text, w) == index[w]


def test_few_words_build_no_index():
    text = "Palo Alto is warm. Rents in Palo Alto rose. Al Roe said so."
    an = _names(text)
    assert usage._cap_word_offsets(an, "Alto") == [5, text.rindex("Alto")]
    assert usage._cap_word_offsets(an, "Roe") == [text.index("Roe")]
    assert an.cap_words is None  # (the whole article was not indexed)


def test_many_words_build_the_index_once(monkeypatch):
    words = [f"Town{chr(97 + i % 26)}{chr(97 + i // 26)}" for i in range(300)]
    an = _names(" ".join(f"in {w}." for w in words))
    finds = [0]
    find = usage._cap_word_find

    def counted(text, word):
        finds[0] += 1
        return find(text, word)

    monkeypatch.setattr(usage, "_cap_word_find", counted)
    got = [usage._cap_word_offsets(an, w) for w in words]
    assert finds[0] == usage._CAP_WORD_LOOKUPS  # then the index: no scan per word
    assert an.cap_words is not None
    assert all(len(g) == 1 for g in got)


def test_place_after_preposition_is_no_speaker():
    text = "Kim Vell moved to Palo Alto. The rent in Palo Alto is too high, she said."
    assert speaker_of(text, "The rent in Palo Alto is too high") == "Kim Vell"
