"""Classes found by the fifteenth, blind written news batch (session 19 round 2, issue 12:
tests/data/written_news15): "the outgoing mayor" is the mayor the article titles plainly
("Mayor Glen Roe"), never the person who "was elected mayor"; "her son" / "his son" is the
person set in apposition to "their son" earlier ("Their son, Erik, 19, told the court").
Every sentence here is written for the test; names and events are fictional."""

from _quote_rows import speaker_of, speech_rows

ELECTION = (
    "MILLBROOK, Ont. — Former principal Dana Okafor was elected mayor of Millbrook on Monday "
    "night, ending the tenure of Mayor Glen Pettigrew.\n\n"
    "Okafor said she would start at once.\n\n"
    "Pettigrew spoke briefly at his office. He said he had called Okafor.\n\n"
)


def test_outgoing_mayor_is_the_mayor_titled_plainly_not_the_one_elected():
    text = ELECTION + "“I am proud of what we built,” the outgoing mayor said."
    assert speaker_of(text, "I am proud of what we built") == "Glen Pettigrew"


def test_former_mayor_is_not_the_one_elected():
    text = ELECTION + "“It was a good run,” the former mayor said."
    assert speaker_of(text, "It was a good run") != "Dana Okafor"


def test_the_mayor_after_an_election_can_still_be_the_one_elected():
    text = (
        "Dana Okafor was elected mayor on Monday by a wide margin.\n\n"
        "“We start tomorrow,” the mayor said."
    )
    assert speaker_of(text, "We start tomorrow") == "Dana Okafor"


def test_her_son_is_the_one_apposed_to_their_son():
    text = (
        "Tom Vale, a farmer, died in a crash. His wife, Ruth Vale, spoke first.\n\n"
        "“He was kind,” she said.\n\n"
        "Their son, Erik, 19, told the court he had left school.\n\n"
        "“I miss him,” he said.\n\n"
        "Ruth Vale left without speaking. Her son said the family would hold a memorial ride."
    )
    assert speaker_of(text, "the family would hold a memorial ride") == "Erik"


def test_her_son_apposed_to_her_son_still_wins_over_their_son():
    text = (
        "Their son, Erik Vale, spoke at the hearing. Ann Roe came with her son, Ben Roe, "
        "who drove her.\n\n"
        "Her son said the drive took three hours."
    )
    assert speaker_of(text, "the drive took three hours") == "Ben Roe"


def test_leading_prepositional_phrase_before_said_insertion_is_no_content():
    text = (
        "Wendell Roe, 58, and his nephew, Jordan Roe, 31, left port on Saturday. By "
        "mid-afternoon, Wendell Roe said, a wave came over the stern and the boat rolled."
    )
    rows = speech_rows(text)
    assert ("Wendell Roe", "said", "a wave came over the stern and the boat rolled") in rows
    assert not any(q.startswith("By mid") for _s, _c, q in rows)


def test_leading_time_phrase_before_said_insertion_keeps_the_clause_after():
    text = "In the spring, the mayor said, the city will repave Main Street."
    assert ("the mayor", "said", "the city will repave Main Street") in speech_rows(text)


def test_clause_before_said_insertion_is_still_its_own_row():
    text = "The plan, Ann Roe said, will cost more than the council expected."
    found = speech_rows(text)
    assert ("Ann Roe", "said", "The plan") in found or any(
        q.startswith("The plan") for _s, _c, q in found
    )
