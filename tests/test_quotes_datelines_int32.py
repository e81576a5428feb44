"""The pre-check in ``datelines.abbrev_dateline`` (a "." and a long dash within its
first 120 characters) gives what the bare pattern gives on any line (session 24: the
pattern backtracked long on all-caps transcript labels, "ANN ROE-SMITH: ...")."""

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.quotes import datelines as D

PIECES = [
    "SMITHERS", "TRURO", "ANN", "ROE-SMITH", "O'NEIL", "ST.", ",", ", ", " ", "\t", "B.C.",
    "N.S.", "Ont.", "Sask.", " — ", "—", " – ", " -- ", "--", " - ", "-", "(CP)", " (CP)",
    "Water rose.", "“Yes,”", '"No"', ":", "I said", "March", " 3", "a", ".",
]  # fmt: skip
lines = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)


def old_abbrev_dateline(text, pos, end):
    """``abbrev_dateline`` without its pre-check (the reference)."""
    while pos < end and text[pos] in " \t":
        pos += 1
    m = D.DATELINE_RE.match(text, pos, end)
    if (
        m is None
        or m.group("agency") is not None
        or m.group("dash").strip() == "-"
        or m.group("place")[-1:] in " \t"
        or not D._ABBREV_REGION_RE.fullmatch(m.group("region"))
    ):
        return None
    return m


def _span(m):
    return None if m is None else m.span()


@settings(max_examples=600, deadline=None)
@given(lines, st.integers(0, 5))
def test_abbrev_dateline_equals_the_bare_pattern(text, pos):
    pos = min(pos, len(text))
    assert _span(D.abbrev_dateline(text, pos, len(text))) == _span(
        old_abbrev_dateline(text, pos, len(text))
    )


def test_an_all_caps_label_is_no_dateline_and_a_real_one_is():
    assert D.abbrev_dateline("ANN ROE-SMITH: I said we will.", 0, 30) is None
    t = "TRURO, N.S. -- The mill will close."
    assert D.abbrev_dateline(t, 0, len(t)).group("place") == "TRURO"
