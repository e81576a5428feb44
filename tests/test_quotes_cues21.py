"""Segmentation and cue patterns left after round 1 of session 18 (cues21; issue 12):
a statement split by an inserted attribution whose first half is unquoted ("A, the
minister said, 'B.'"), an insertion after "and <adverbial>" that opens the clause after
it, "including" continuing the content, a lone all-capital name of five or more letters
as a speaker ("NASCAR said"), a frame inside a relative clause set off by commas, a
pronoun listener before "that", and a speaker "the <noun> of <phrase>" before an
apposition. Every sentence here is written for the test; names and events are fictional."""

from _quote_rows import has_quote, quote_rows, speech_rows

_LEAD = "The board met on Monday in Springfield to discuss the budget.\n\n"


def test_unquoted_first_half_before_an_insertion_and_a_quotation():
    text = (
        _LEAD + "Minister Dan Lee spoke on Friday. The parties should get back to the table, "
        "the minister said, \u201csooner rather than later.\u201d"
    )
    rows = quote_rows(text, "speaker", "quote", "statement_id")
    assert [(s, q) for s, q, _ in rows] == [
        ("Dan Lee", "The parties should get back to the table"),
        ("Dan Lee", "sooner rather than later."),
    ]
    assert rows[0][2] == rows[1][2]  # one statement


def test_no_first_half_when_the_clause_before_the_insertion_is_open():
    # a copula or a conjunction leaves the clause open: the quotation completes it
    text = _LEAD + "The long walk was, the astronaut said, \u201cthe best day of my life.\u201d"
    assert [q for _, _, q in speech_rows(text)] == ["the best day of my life."]
    text = (
        _LEAD + "Ann Roe arrived with two bags, a dog in a basket and, she said, "
        "\u201cexactly one pair of boots.\u201d"
    )
    assert [q for _, _, q in speech_rows(text)] == ["exactly one pair of boots."]
    # a subordinate clause before the insertion is no first half
    text = (
        _LEAD + "Lee said he had not read the report, and when asked whether he was worried, "
        "he said, \u201cNot at all.\u201d"
    )
    assert not any(q.startswith("and when") for _, _, q in speech_rows(text))


def test_no_insertion_when_the_speaker_has_a_verb_of_its_own():
    text = (
        _LEAD + "When the coach was asked if the team would play, he laughed and said, "
        "\u201cWe will see.\u201d"
    )
    assert [q for _, _, q in speech_rows(text)] == ["We will see."]


def test_insertion_after_and_an_adverbial_opens_the_clause_after_it():
    text = (
        _LEAD + "For 30 years, Ann Roe ran the only store in the town, and for most of those "
        "years, her family says, she never once closed it on a Sunday."
    )
    assert speech_rows(text) == [("her family", "says", "she never once closed it on a Sunday")]
    text = _LEAD + "Ann Roe ran the store for years, but by the end, her son says, she was tired."
    assert speech_rows(text) == [("her son", "says", "she was tired")]


def test_including_continues_the_content_after_an_insertion():
    text = (
        _LEAD + "Ann Roe ran the shop. She sold more than 2,000 bicycles, her daughter says, "
        "including, by the family\u2019s count, bikes for three generations of some families."
    )
    quotes = [q for _, _, q in speech_rows(text)]
    assert quotes == [
        "She sold more than 2,000 bicycles",
        "including, by the family\u2019s count, bikes for three generations of some families",
    ]


def test_a_lone_acronym_of_five_letters_is_a_speaker():
    assert speech_rows(_LEAD + "BFMTV reported that the suspect had fled.") == [
        ("BFMTV", "reported", "the suspect had fled")
    ]
    assert has_quote(
        _LEAD + "NASCAR said the race would be held on Sunday.",
        "NASCAR",
        ("the race would be held on Sunday"),
    )


def test_headline_capitals_are_still_no_speaker():
    text = "TEN HURT IN CRASH, POLICE SAY\n\nTen people were hurt on Sunday."
    assert speech_rows(text) == []


def test_frame_in_a_relative_clause_set_off_by_commas():
    text = _LEAD + "The plan, which Dan Lee said would fail, passed anyway."
    assert speech_rows(text) == [("Dan Lee", "said", "would fail")]
    text = _LEAD + "The bridge, which engineers say was built in a hurry, will close in May."
    assert speech_rows(text) == [("engineers", "say", "was built in a hurry")]


def test_pronoun_listener_before_that():
    text = _LEAD + "Dan Lee tells you that the plan is a disaster."
    assert speech_rows(text) == [("Dan Lee", "tells", "the plan is a disaster")]
    text = _LEAD + "Ann Roe told them that the school would close."
    assert speech_rows(text) == [("Ann Roe", "told", "the school would close")]


def test_noun_of_phrase_before_an_apposition_is_the_speaker():
    text = (
        _LEAD + "The employee of four years, a registered Republican who voted for the mayor, "
        "said the firing was unfair."
    )
    assert speech_rows(text) == [("the employee of four years", "said", "the firing was unfair")]
    text = (
        _LEAD + "The owner of the bakery, a former teacher who moved here in 2001, said "
        "the rent had doubled."
    )
    assert has_quote(text, "owner of the bakery", "the rent had doubled")
