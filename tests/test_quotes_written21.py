"""Classes found by the thirteenth, blind written news batch (session 18 round 2, issue
12: tests/data/written_news13): a name set off by commas after an inverted cue's
description is the speaker ('"...," said her friend, Ava Roe, 15.'); a description the
article set in apposition earlier with a modifier or a possessor ("Her younger brother,
Piet Lund,", "The club's lead, Varga,") names the same person later ("her brother says",
"the lead said"), a one-word name too; "his sister" / "her brother" is the other person of
that gender with the surname of the last person quoted (as "her husband" was); a one-word
name given an age in apposition ("Okafor, 22,") is a person, a subject "he" can go back to;
a person noun with an "of" phrase before an insertion is the subject ("The owner of the
building, which ..., said").
Every sentence here is written for the test; names and events are fictional."""

from _quote_rows import quote_rows, speaker_of, speaker_of_start


def test_name_after_an_inverted_description_is_the_speaker():
    text = (
        "Two girls were arguing at the fence.\n\n"
        "“Mine is faster,” said Nadia Orlov, 12.\n\n"
        "“It broke down twice,” said her friend, Talia Brennan-Shaw, 12. “Just saying.”"
    )
    assert speaker_of(text, "It broke down twice") == "Talia Brennan-Shaw"
    assert speaker_of(text, "Just saying.") == "Talia Brennan-Shaw"


def test_name_after_an_inverted_description_before_who():
    text = "The shop was closing.\n\n“I will stay,” said his wife, Marta Quill, who runs it."
    assert speaker_of(text, "I will stay") == "Marta Quill"


def test_inverted_description_before_a_time_word_keeps_the_description():
    text = "The hearing ended early.\n\n“We will appeal,” said the lawyer, Tuesday."
    assert speaker_of(text, "We will appeal") == "the lawyer"


def test_apposed_description_with_a_modifier_names_the_person_later():
    text = (
        "Maria Lund is a chemist in Halifax. Her younger brother, Piet Lund, is a "
        "geologist.\n\n"
        "“We argue about statistics,” Maria Lund says.\n\n"
        "“She is wrong about them,” her brother says."
    )
    assert speaker_of(text, "She is wrong about them") == "Piet Lund"


def test_apposed_description_with_a_possessor_and_a_one_word_name():
    text = (
        "The club's lead, Varga, said the mornings were hard.\n\n"
        "“I sleep on Sunday,” Varga said.\n\n"
        "Ostrow drives to practice. Varga works nights.\n\n"
        "“I kept waiting for them,” the lead said."
    )
    assert speaker_of(text, "I kept waiting for them") == "Varga"


def test_sibling_is_the_other_person_with_the_surname():
    text = (
        "Dr. Hanne Lund and her brother Erik Lund work at two universities.\n\n"
        "“We argue about statistics,” Erik says.\n\n"
        "“He is wrong about them,” his sister says."
    )
    assert speaker_of(text, "He is wrong about them") == "Hanne Lund"


def test_sister_of_a_woman_is_another_woman_of_that_surname():
    text = (
        "Dr. Maria Lund and Dr. Anna Lund are sisters.\n\n"
        "“We argue about statistics,” Maria Lund says.\n\n"
        "“She is wrong about them,” her sister says."
    )
    assert speaker_of(text, "She is wrong about them") == "Anna Lund"


def test_sibling_without_a_second_name_stays_a_description():
    text = (
        "Erik Lund works at a university.\n\n"
        "“We argue about statistics,” Erik Lund says.\n\n"
        "“He is wrong about them,” his sister says."
    )
    assert speaker_of(text, "He is wrong about them") == "his sister"


def test_one_word_name_with_an_age_is_a_subject_for_he():
    text = (
        "Okafor, 22, is a student. “We like winning,” Okafor said.\n\n"
        "“That’s not skill,” Bergeron said.\n\n"
        "Okafor shrugged.\n\n"
        "“Ready? I don’t know,” he said."
    )
    assert speaker_of_start(text, "Ready?") == "Okafor"


def test_person_head_with_an_of_phrase_before_an_insertion_is_the_subject():
    text = (
        "The fire spread to the next block.\n\n"
        "The owner of the building next to the old shop, which was also damaged in the "
        "fire, said she was disappointed."
    )
    assert speaker_of(text, "she was disappointed") == "The owner"


def test_thing_with_an_of_phrase_before_an_insertion_is_no_speaker():
    text = (
        "The fire spread to the next block.\n\n"
        "The value of the deal, which was signed Monday, said nothing about jobs."
    )
    assert quote_rows(text, "speaker", "quote") == []
