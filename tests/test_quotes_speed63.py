"""Session 41 round 2 (speed63): round 1's rules on hostile input, with the same output
(``quotes_exact --check`` IDENTICAL). Each rule:

1. ``place_possessive_offices._holders_before`` (the holders of an office named before
   a "Prince Rupert's mayor" mention, read from scans of the whole article made once)
   equals ``office_holders`` run on the text before the mention, at every cut of random
   hostile texts (holder phrases of the four shapes, accented names, comma runs with no
   barrier, multi-word offices, cuts inside a name or an office word), and is {} when
   the office is not in that text.
2. A run of "Prince Rupert's mayor said" paragraphs keeps its speakers: the holder the
   article names for that place; the mention as written when the article names only
   the holder of another place; and a place that is a person's surname ("Roe's mayor")
   is left to the other rules.
3. ``plural_names._place_in`` reads the article once per place word (memoised on the
   article: "Kelso Xs said" runs, one lookup per quotation, were quadratic) and gives
   what the scan gives: the same answer for a place written after "in"/"from"/..., for
   one never so written, and for a capitalised word going on after it; and the speakers
   of a run of "Edmonton Oilers said" paragraphs stay the place's team (the
   "every name ending in the plural is the whole" test memoised per article too).
4. ``roles._noble_whole`` with the article's memo gives what its scan gives ("Lord
   Selkirk" whole when written only so; "Selkirk" when the article also writes "Tom
   Selkirk" or "Lord Selkirk Hall"), and a run of "Lord Selkirk said" keeps the whole.
5. (integration) "Prince Rupert's mayor" resolved as "the mayor" at most
   ``_FALLBACK_CAP`` times per article: past it the mention stays as written, typed
   person (the hostile "place_mayor_said" run was superlinear: every resolution walks
   every earlier "Prince Rupert"); an article with a few of them is unchanged.
"""

from __future__ import annotations

import random

import pandas as pd

import analysis
from analysis.quotes.lexicon import lexicon
from analysis.quotes.mentions import _ArticleNames
from analysis.quotes.place_possessive_offices import _holders_before, office_holders
from analysis.quotes.plural_names import _place_in, _written_as_place
from analysis.quotes.roles import _noble_whole

_PIECES = (
    "Mayor Ann Roe of Prince Rupert",
    "Mayor Élise Côté-Roy of Terrace",
    "Terrace Mayor Tom Vance",
    "Ann Roe, the mayor of Prince Rupert",
    "Tom Vance, mayor of Port Edward",
    "Ed Hale, Prince Rupert's mayor",
    "Deputy Mayor Lia Fenn of Smithers",
    "Police Chief Ravi Dunn of Kitimat",
    "Prince Rupert's mayor",
    "the mayor",
    "Mayor",
    "mayor",
    "said",
    "Ann",
    "Roe",
    ",",
    ", ",
    ".",
    ". ",
    "\n\n",
    " ",
    " ",
    '"',
    "2024",
    "of",
    "d'Anjou",
)


def _text(rng, n):
    return "".join(rng.choice(_PIECES) + rng.choice(("", " ", " ", ", ")) for _ in range(n))


def test_holders_before_equals_a_scan_of_the_text_before():
    rng = random.Random(63)
    for office in ("mayor", "deputy mayor", "police chief", "reeve"):
        for _ in range(40):
            t = _text(rng, rng.randrange(1, 40))
            memo = {}
            cuts = list(range(len(t) + 1))
            rng.shuffle(cuts)  # (any order of quotations)
            for n in cuts:
                before = t[:n]
                want = office_holders(before, office) if office in before.lower() else {}
                got = _holders_before(t, office, n, memo)
                assert got == want and list(got.items()) == list(want.items()), (t, n)


def test_holders_before_without_barriers_and_at_the_end():
    t = "Mayor Ann Roe of Prince Rupert, Terrace Mayor Tom Vance, Prince Rupert's mayor"
    for n in range(len(t) + 1):
        want = office_holders(t[:n], "mayor") if "mayor" in t[:n].lower() else {}
        assert _holders_before(t, "mayor", n, {}) == want
    assert _holders_before(t, "mayor", None, {}) == office_holders(t, "mayor")


def _speakers(text):
    got = analysis.extract_quotes(pd.DataFrame({"article_id": ["a"], "text": [text]}))
    return got["speaker"].tolist()


def test_a_run_of_place_possessive_mayors_keeps_the_holder():
    head = "Mayor Ann Roe of Prince Rupert opened the session on Monday.\n\n"
    body = "".join(
        f"Prince Rupert's mayor said the port would add {i} berths.\n\n" for i in range(30)
    )
    got = _speakers(head + body)
    assert len(got) == 30 and set(got) == {"Ann Roe"}


def test_a_run_with_another_places_holder_stays_as_written():
    head = "Terrace Mayor Tom Vance opened the session on Monday.\n\n"
    body = "".join(
        f"Prince Rupert's mayor said the port would add {i} berths.\n\n" for i in range(30)
    )
    got = _speakers(head + body)
    assert len(got) == 30 and "Tom Vance" not in got


def test_a_persons_possessive_is_not_a_place():
    text = "Ann Roe chairs the board.\n\nRoe's mayor said the port would add berths."
    assert "Ann Roe's mayor" not in _speakers(text)


def test_place_in_memo_gives_the_scans_answer():
    t = (
        "The game in Kelso ended late. Fans from Port Edward Heights cheered. "
        "Kelso Oilers said no. Later, near Terrace, Port Edward Oilers said yes. They drove to Smithers."
    )
    an = _ArticleNames(t, [(0, len(t))], lexicon(), None)
    words = ("Kelso", "Port Edward", "Terrace", "Smithers", "Heights", "Oilers", "Vance")
    for _ in range(2):  # (the second time from the memo)
        for w in words:
            assert _place_in(an, w) == _written_as_place(an, w), w
    assert [_place_in(an, w) for w in words] == [True, False, True, True, False, False, False]
    assert set(an.scan_memo["place_in"]) == set(words)


def test_a_run_of_place_team_paragraphs_keeps_the_team():
    head = "The game in Kelso ended late on Saturday.\n\n"
    body = "".join(f'"We were flat in period {i}," Kelso Oilers said.\n\n' for i in range(30))
    got = analysis.extract_quotes(pd.DataFrame({"article_id": ["a"], "text": [head + body]}))
    assert len(got) == 30
    assert set(zip(got.speaker, got.speaker_type, strict=True)) == {
        ("Kelso Oilers", "organization")
    }


def test_a_run_of_listed_place_team_paragraphs_keeps_the_team():
    body = "".join(f'"We were flat in period {i}," Edmonton Oilers said.\n\n' for i in range(30))
    head = "The game in Edmonton ended late on Saturday.\n\n"
    got = analysis.extract_quotes(pd.DataFrame({"article_id": ["a"], "text": [head + body]}))
    assert set(zip(got.speaker, got.speaker_type, strict=True)) == {
        ("Edmonton Oilers", "organization")
    }


def test_noble_whole_memo_gives_the_scans_answer():
    texts = (
        "Lord Selkirk spoke. Lord Selkirk said no.",
        "Lord Selkirk spoke. Tom Selkirk said no.",
        "Lord Selkirk Hall opened. Lord Selkirk said no.",
    )
    for t in texts:
        memo = {}
        for _ in range(2):
            for m, w in (
                ("Lord Selkirk", "Selkirk"),
                ("the Lord Selkirk", "Selkirk"),
                ("Mr. Selkirk", "Selkirk"),
            ):
                assert _noble_whole(t, m, w, memo) == _noble_whole(t, m, w)
    assert [_noble_whole(t, "Lord Selkirk", "Selkirk", {}) for t in texts] == [
        "Lord Selkirk",
        "Selkirk",
        "Selkirk",
    ]


def test_a_run_of_lord_said_keeps_the_title():
    body = "".join(
        f'"The estate will open in {2000 + i}," Lord Selkirk said.\n\n' for i in range(30)
    )
    got = analysis.extract_quotes(pd.DataFrame({"article_id": ["a"], "text": [body]}))
    assert len(got) == 30 and set(got.speaker) == {"Lord Selkirk"}


def test_place_possessive_fallbacks_are_capped_per_article():
    from analysis.quotes.place_possessive_offices import _FALLBACK_CAP

    head = "Mayor Ann Roe spoke on Monday. "
    few = head + "Prince Rupert's mayor said the plan was set. Prince Rupert's mayor said no."
    many = head + " ".join(
        f"Prince Rupert's mayor said plan {i} was set." for i in range(_FALLBACK_CAP + 20)
    )
    q = analysis.extract_quotes(pd.DataFrame({"article_id": ["a", "b"], "text": [few, many]}))
    assert q[q["article_id"] == "a"]["speaker"].tolist() == ["Ann Roe", "Ann Roe"]
    b = q[q["article_id"] == "b"]
    assert len(b) == _FALLBACK_CAP + 20
    assert b["speaker"].iloc[0] == "Ann Roe"
    tail = b.iloc[_FALLBACK_CAP:]
    assert set(tail["speaker"]) == {"Prince Rupert's mayor"}
    assert set(tail["speaker_type"]) == {"person"}
