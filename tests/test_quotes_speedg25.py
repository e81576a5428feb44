"""speedg25: cheap exact gates in front of rules that almost never fire. Each gated
function is compared with a plain copy of its ungated code (hypothesis, texts built
from the pieces the rule reads), and the tests count work, never time."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.quotes import coref
from analysis.quotes.datelines import long_dash_dateline

# pieces of datelines and of the text around them; the long filler moves a dateline
# across the 600-character limit of the article's head
_PIECES = [
    "MISKO",
    "LAKE",
    "OTTAWA",
    "Misko",
    "Lake",
    ", ",
    "Man.",
    " ",
    "\t",
    "—",
    "–",
    "-",
    "--",
    " — ",
    " – ",
    "\n",
    "\n\n",
    "(CP)",
    "A",
    "store",
    '"',
    "x" * 97,
    "y" * 251,
]
_texts = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)
_words = st.lists(st.sampled_from(["Misko", "Lake", "Ottawa", "MISKO", "A"]), max_size=3)


def _dateline_place_plain(text, cw):
    """coref._dateline_place before speedg25 (no long-dash gate)."""
    if len(cw) < 2:
        return False
    ls = 0
    while ls < 600:
        m = long_dash_dateline(text, ls, 600)
        if m is not None:
            return m.group("place").strip().lower() == " ".join(cw).lower()
        ls = text.find("\n", ls, 600) + 1
        if ls == 0:
            break
    return False


@settings(max_examples=600, deadline=None)
@given(_texts, _words)
def test_dateline_place_equals_ungated(text, cw):
    assert coref._dateline_place(text, cw) == _dateline_place_plain(text, cw)


def test_dateline_place_sentences():
    assert coref._dateline_place(
        "Store opens\n\nMISKO LAKE, Man. — A store opened.", ["Misko", "Lake"]
    )
    assert coref._dateline_place("MISKO LAKE, Man. – A store opened.", ["Misko", "Lake"])
    assert not coref._dateline_place("MISKO LAKE, Man. - A store opened.", ["Misko", "Lake"])
    far = "x" * 600 + "\nMISKO LAKE, Man. — A store opened."
    assert not coref._dateline_place(far, ["Misko", "Lake"])
