"""written34's rules (session 24), on sentences written for these tests: a description
named by an indefinite apposition ("A pharmacist ..., Jean Roe, said ... the pharmacist
said"), a relative named by the full name that quotes next ("her son said ... said Pete
Kozak"), and "the spokesperson" after "a spokesperson for <Body>"."""

from __future__ import annotations

from _quote_rows import has_quote, speaker_of, speaker_of_start, speech_rows

APPOSED = (
    "A farmer near Brandon who grows canola, Lionel Dufresne, said his crop had failed"
    " twice.\n\n“We’ll get through it, but it will hurt,” the farmer said."
)


def test_description_named_by_indefinite_apposition():
    assert speaker_of(APPOSED, "We’ll get through it, but it will hurt") == "Lionel Dufresne"


def test_indefinite_apposition_with_a_modifier():
    text = (
        "A retired teacher from Hamilton, Tomasz Nowak, said the plant was loud.\n\n"
        "“You could hear it from the lake,” the retired teacher said."
    )
    assert speaker_of(text, "You could hear it from the lake") == "Tomasz Nowak"


def test_indefinite_apposition_needs_a_person_noun():
    # "the statement" is a document, never the person named after "a statement ..."
    text = (
        "In a statement issued by her agent, Marc Dorval, the skier said she was innocent."
        "\n\n“I have never cheated,” the statement said."
    )
    assert speaker_of(text, "I have never cheated") != "Marc Dorval"


def test_indefinite_apposition_not_across_a_sentence():
    text = (
        "A nurse worked the night shift. Later, Ann Roe, the ward clerk, arrived.\n\n"
        "“We were short again,” the nurse said."
    )
    assert speaker_of(text, "We were short again") != "Ann Roe"


KIN = (
    "Marta Kozak sat near a window at the library.\n\n"
    "Her son drove her there. He had tried for years to get her to move, her son said,"
    " but she refused.\n\n"
    "“I finally just told her she was coming,” said Peter Kozak, who lives in Guelph."
)


def test_relative_named_by_the_full_name_that_quotes_next():
    assert speaker_of_start(KIN, "He had tried for years") == "Peter Kozak"
    assert speaker_of(KIN, "but she refused") == "Peter Kozak"


def test_relative_not_named_by_a_new_family_name():
    text = (
        "Marta Kozak sat near a window at the library.\n\n"
        "He had tried for years to get her to move, her son said.\n\n"
        "“It is too hot in here,” said Peter Lindqvist, a librarian."
    )
    assert speaker_of_start(text, "He had tried for years") != "Peter Lindqvist"


def test_relative_not_of_the_other_gender():
    text = (
        "Marta Kozak sat near a window at the library.\n\n"
        "He had tried for years to get her to move, her son said.\n\n"
        "“She never listens,” said Anna Kozak, her sister."
    )
    assert speaker_of_start(text, "He had tried for years") != "Anna Kozak"


SPOKES = (
    "OTTAWA — The transit agency has cut two routes.\n\n"
    "A spokesperson for the Department of Roads confirmed that crews had inspected the"
    " bridge on Monday. No repairs had been ordered, the spokesperson said."
)


def test_spokesperson_again_is_the_same_speaker():
    first = speaker_of(SPOKES, "crews had inspected the bridge on Monday")
    assert "Department of Roads" in first
    assert speaker_of(SPOKES, "No repairs had been ordered") == first


def test_spokesman_not_a_spokeswoman():
    text = (
        "A spokeswoman for Acme Mining said the mine was safe. The union disagreed.\n\n"
        "Inspectors found problems, the spokesman for the union said."
    )
    assert "Acme" not in speaker_of(text, "Inspectors found problems")


LETTER = (
    "HALIFAX — The choir will disband in June.\n\n"
    "Attendance had fallen by half in five years, the choir's board said in a letter sent"
    " to members on Sunday night.\n\n"
    "“We tried everything,” the letter said."
)


def test_participle_on_the_document_is_no_content():
    rows = speech_rows(LETTER)
    assert ("the choir's board", "said", "Attendance had fallen by half in five years") in rows
    assert not any(q.startswith("sent to") for _, _, q in rows)


def test_participle_with_a_clause_stays_content():
    text = "The mill said in a statement released Friday that it would close in May."
    assert has_quote(text, "mill", "it would close in May")


def test_dateline_with_an_initialism_is_not_the_speaker():
    text = "SMITHERS, B.C. — Water has been leaking for weeks, says Ann Roe, the chief."
    assert speaker_of(text, "Water has been leaking for weeks") == "Ann Roe"


def test_dateline_with_an_initialism_before_a_quotation():
    text = "TRURO, N.S. — “The ice is gone,” says Ann Roe.\n\nShe has fished for 30 years."
    assert speaker_of(text, "The ice is gone") == "Ann Roe"


def test_dateline_with_an_initialism_before_a_description():
    text = (
        "SMITHERS, B.C. — Water has been leaking for weeks, says the chief of the First"
        " Nation whose land the mine sits on.\n\nChief Ann Roe said Monday that her council"
        " learned of it late."
    )
    rows = speech_rows(text)
    assert not any(s == "B.C." for s, _, _ in rows)
    assert any(q == "Water has been leaking for weeks" for _, _, q in rows)
