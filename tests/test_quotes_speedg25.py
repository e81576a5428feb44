"""speedg25: cheap exact gates in front of rules that almost never fire. Each gated
function is compared with a plain copy of its ungated code (hypothesis, texts built
from the pieces the rule reads), and the tests count work, never time."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.quotes import usage
from analysis.quotes.datelines import long_dash_dateline
from tests._quote_rows import quote_rows, speaker_of

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
    assert usage._dateline_place(text, cw) == _dateline_place_plain(text, cw)


def test_dateline_place_sentences():
    assert usage._dateline_place(
        "Store opens\n\nMISKO LAKE, Man. — A store opened.", ["Misko", "Lake"]
    )
    assert usage._dateline_place("MISKO LAKE, Man. – A store opened.", ["Misko", "Lake"])
    assert not usage._dateline_place("MISKO LAKE, Man. - A store opened.", ["Misko", "Lake"])
    far = "x" * 600 + "\nMISKO LAKE, Man. — A store opened."
    assert not usage._dateline_place(far, ["Misko", "Lake"])


_DASH_TEXT = st.lists(
    st.sampled_from(
        ["The plan", " ", "\t", "—", "–", "-", "--", "or so", "many", "say", "\n", "x"]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=600, deadline=None)
@given(_DASH_TEXT)
def test_undashed_article_has_no_dash_match(text):
    """Article.dashed is False only where neither dash pattern of _add_dash_insertion
    can match anywhere in the masked text (the gate is exact)."""
    from analysis.quotes import additions
    from analysis.quotes.assemble import Article
    from analysis.quotes.lexicon import lexicon

    doc = Article(text, lexicon(), [(0, len(text))] if text else [])
    if not doc.dashed:
        for pos in range(len(doc.masked) + 1):
            assert additions._DASH_PRE_RE.search(doc.masked, 0, pos) is None
            assert additions._DASH_POST_RE.search(doc.masked, pos) is None


def test_dash_insertion_sentences():
    rows = quote_rows("The plan — or so many residents say — is dead.", "quote")
    assert [r[0] for r in rows] == ["The plan", "is dead"]
    rows = quote_rows("The plan, many residents say, is dead.", "quote")
    assert len(rows) == 2  # the comma pair is not gated


_LINES = st.lists(
    st.sampled_from(
        ["SMITHERS", "TRURO", ", ", "B.C.", "N.S.", " ", "—", "–", "-", "--", "\n", "Water rose."]
    ),
    max_size=20,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_LINES)
def test_undashed_text_has_no_abbrev_dateline(text):
    """rule_sentences skips abbrev_dateline in a text with no long dash and no "--":
    there it never matches (the gate is exact), and the units equal the ungated ones."""
    from analysis.quotes import segment
    from analysis.quotes.datelines import abbrev_dateline

    if "—" in text or "–" in text or "--" in text:
        return
    for pos in range(len(text) + 1):
        for end in range(pos, len(text) + 1):
            assert abbrev_dateline(text, pos, end) is None
    gated, plain = [], []
    segment._cut_lines(gated.append, text.find, text, 0, len(text), False)
    segment._cut_lines(plain.append, text.find, text, 0, len(text), True)
    assert gated == plain


def test_abbrev_dateline_units():
    from analysis.quotes.segment import rule_sentences, sentence_spans

    t = "SMITHERS, B.C. — Water rose, says Ann Roe.\nTRURO, N.S. -- It fell."
    got = [t[s:e] for s, e in rule_sentences(t, t, sentence_spans(t))]
    assert got[:2] == ["SMITHERS, B.C.", "Water rose, says Ann Roe."]
    assert got[2:] == ["TRURO, N.S.", "It fell."]


_NP_WORDS = (
    "The A the a an company woman who that which whose behind near in from beneath hoping"
    " drilling owns runs operates said says Alberta Ann Roe Calgary lithium buildings site"
    " and but , ; — OTTAWA Though executives workers saw it the"
).split() + ["\x01\x01"]


@settings(max_examples=800, deadline=None)
@given(
    st.lists(st.sampled_from(_NP_WORDS), min_size=1, max_size=16),
    st.integers(0, 20),
    st.integers(0, 20),
    st.booleans(),
)
def test_subject_around_np_equals_ungated(words, k, n0, at_start):
    """_subject_around_np's word gate gives what its rules give without it."""
    from analysis.quotes import cues, subjects
    from analysis.quotes.lexicon import lexicon
    from analysis.quotes.phrases import _window_tokens

    text = " ".join(words)
    c = cues.Cue()
    c.toks = _window_tokens(text, 0, len(text))
    c.k = min(k, len(c.toks) - 1)  # (the cue's token, and the noun phrase before it)
    c.ss = 0 if at_start else 1
    n0 = min(n0, c.k - 1)
    if n0 < 0:
        return
    lex = lexicon()
    plain = (
        subjects._hired_to_before(c.toks, n0)
        or subjects._noun_left_in_place_subject(c, n0, lex)
        or subjects._relative_clause_subject(c, n0, lex)
        or subjects._long_relative_subject(c, n0)
        or subjects._participle_subject_before_place(c, n0, lex)
        or subjects._opening_subject_before_phrase(c, n0, lex)
    )
    assert subjects._subject_around_np(c, n0, lex) == plain


def test_subject_around_np_sentences():
    got = speaker_of("The woman who owns the bakery said prices rose.", "prices rose")
    assert got == "the woman"
    got = speaker_of(
        "A Calgary company hoping to drill for lithium beneath southwest Saskatchewan says it"
        " will start soon.",
        "it will start soon",
    )
    assert got == "a Calgary company"
    got = speaker_of("The company behind a new wind farm says it will build.", "it will build")
    assert got == "the company"
