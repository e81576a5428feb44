"""Session 18 round 2 (speed21) speed changes in the quote engine give exactly what the
plain forms they replace give: the office mentions read once per article
(``_office_mentions`` against ``_OFFICE_MENTION_RE.finditer``) and the company
subjects of "the company" memoised per article. Texts are built from fictional pieces."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis.quotes import coref
from analysis.quotes.lexicon import lexicon

OFFICE_PIECES = [
    "the", "The", "this", "This", "then", "other", "former", "new", "deputy", "interim",
    "president", "President", "governor", "mayor", "senator", "prime", "minister",
    "Mayor", "elect", "-", "'s", "’", "'", " ", " ", " ", " ", "\t", "\n", ",", ".", "x", "A",
]  # fmt: skip
office_texts = st.lists(st.sampled_from(OFFICE_PIECES), max_size=40).map("".join)


def _an(text):
    return coref._ArticleNames(text, [(0, len(text))], lexicon(), None)


def _spans(ms):
    return [(m.start(), m.end(), m.group(1)) for m in ms]


@settings(max_examples=400, deadline=None)
@given(office_texts, st.lists(st.tuples(st.integers(0, 60), st.integers(0, 70)), max_size=6))
@example("the president said the mayor's aide met this governor-elect", [(0, 30), (4, 59)])
@example("The president and the the mayor spoke", [(0, 9), (0, 38), (5, 38)])
def test_office_mentions_equal_finditer(text, windows):
    """Windows of one article, in any order (the memo is shared), give the matches
    ``finditer`` gives over the same window, also where a window cuts a mention."""
    an = _an(text)
    for lo, hi in windows:
        want = _spans(coref._OFFICE_MENTION_RE.finditer(text, lo, hi))
        assert _spans(coref._office_mentions(an, lo, hi)) == want


def test_office_mention_cut_at_window_end():
    """A window that ends inside "the president's" sees "the president" (the text
    after the window is unseen), while the whole text has no mention there."""
    text = "Later the president's aide left."
    an = _an(text)
    assert _spans(coref._office_mentions(an, 0, len(text))) == []
    assert _spans(coref._office_mentions(an, 0, 19)) == [(6, 19, "president")]
    assert _spans(coref._office_mentions(an, 0, len(text))) == []


def test_office_antecedent_resolves_the_mayor():
    """ "The mayor ... he" still goes to the named mayor through the memoised scan."""
    text = (
        "Mayor Tom Vale opened the bridge on Monday. The mayor spoke for an hour. "
        "Later he said the town would pay."
    )
    an = _an(text)
    an.antecedents()
    hi = text.index("he said")
    got = coref._office_antecedent(an, 0, hi, "m")
    assert got is not None and got[0] == text.index("The mayor") and got[1].endswith("Vale")
    assert coref._office_antecedent(an, 0, hi, "m") == got  # (second call: memo)


def test_called_the_company_memo_same_answers():
    """ "Zintor recalled ... The company said ... Zintor shares": Zintor is called the company, asked twice
    and for another word between (the memo of subjects is per article)."""
    text = (
        "Zintor recalled 40,000 heaters on Tuesday. The company said the fault was rare. "
        "Zintor shares fell. Ann Roe, a spokeswoman, said more would follow."
    )
    an = _an(text)
    an.antecedents()
    first = coref._called_the_company(an, "Zintor")
    assert first is True
    assert coref._called_the_company(an, "Roe") is False
    assert coref._called_the_company(an, "Zintor") is True
