"""review32 (session 24): one rule for a description named soon after it speaks
(``coref._description_named_soon_after``) and one dateline matcher
(``analysis.quotes.datelines``). Every sentence here is written for the test."""

from __future__ import annotations

from analysis.quotes.datelines import DATELINE_RE, abbrev_dateline, long_dash_dateline
from tests._quote_rows import quote_rows


def _speakers(text):
    return {q: s for s, q in quote_rows(text, "speaker", "quote")}


def test_a_hyphenated_kin_description_is_named_by_the_next_new_name():
    text = (
        "His brother-in-law said the boat had been tied up all winter. "
        '"We never thought it would sink," Tomas Arvidsen said.'
    )
    got = _speakers(text)
    assert got["the boat had been tied up all winter"] == "Tomas Arvidsen"


def test_an_indefinite_description_is_named_by_a_bare_new_name():
    text = (
        "A retired ferry captain who lost his savings said the calls came every night.\n\n"
        "Edgar Whitlow said he stopped answering in May."
    )
    got = _speakers(text)
    assert got["the calls came every night"] == "Edgar Whitlow"


def test_a_generic_head_is_never_named_by_a_bare_name():
    text = (
        'The spokesperson said the plant would reopen. "We are hiring again," Odile Brassard said.'
    )
    got = _speakers(text)
    assert got["the plant would reopen"] != "Odile Brassard"


def test_a_name_with_its_own_description_names_no_indefinite_description():
    text = (
        "A longtime volunteer said the shelter was full. "
        "Carmen Ibsen, a nurse, said the clinic was full too."
    )
    got = _speakers(text)
    assert got["the shelter was full"] != "Carmen Ibsen"


def test_a_kin_noun_of_the_other_gender_is_not_named():
    text = 'His sister said the farm had been sold. "It was time," Peter Lindqvist said.'
    got = _speakers(text)
    assert got["the farm had been sold"] != "Peter Lindqvist"


def test_the_one_dateline_matcher_names_its_parts():
    m = DATELINE_RE.match("WASHINGTON, Jan 5 (Reuters) - The vote was held.")
    assert m.group("place").strip() == "WASHINGTON"
    assert m.group("agency").strip() == "(Reuters)"
    assert abbrev_dateline("  TRURO, N.S. -- Rain fell.", 0, 26).group("region") == ", N.S."
    assert abbrev_dateline("TRURO, N.S. - Rain fell.", 0, 24) is None  # (a hyphen)
    assert long_dash_dateline("OTTAWA (CP) — Rain fell.", 0, 24) is None  # (an agency)
    assert long_dash_dateline("OTTAWA—Rain fell.", 0, 17) is None  # (an unspaced dash)


def test_a_dateline_with_an_abbreviated_region_is_its_own_unit():
    text = "KESTREL LAKE, Alta. — The mayor said the road would close."
    rows = quote_rows(text, "speaker", "quote")
    assert rows and rows[0][1] == "the road would close"
