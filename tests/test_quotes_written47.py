"""written39's rules (session 24), each checked on sentences written for this file.

* A "which" / "who" insertion that holds a list closed by "and" is no apposition: the
  organisation before it speaks ("The association, which represents harvesters in New
  Brunswick, Prince Edward Island and Nova Scotia, said").
* A listener with an owner or an "of" complement that ends its clause is no content
  ("A, President Mary Tan told the hospital's board of directors.").
* "The 27-year-old said" right after a sentence that names one new person in full is
  that person, not the person quoted before.
* "X put it more bluntly." gives no row of its own; the quotation after it is X's.
* "A, she said, and some customers come in every day" continues the statement.
* "his daughter said" after "Colleen Roe's father, Ed, ..." is Colleen Roe.
* A lede's role description ("Manitoba's education minister announced") is the full
  name that opens the next paragraph and speaks at once ("Rochelle Delorme said").
* "The doctor" with two doctors in the article is the one named last before it.
"""

from __future__ import annotations

from tests._quote_rows import has_quote, quote_rows, speech_rows


def test_relative_insertion_with_a_list_keeps_the_organisation():
    text = (
        "The Coastal Nurses' Association, which represents about 9,000 nurses in Halifax, "
        "Sydney and Truro, said the offer was too low."
    )
    assert quote_rows(text, "speaker", "quote") == [
        ("the Coastal Nurses' Association", "the offer was too low")
    ]


def test_relative_insertion_with_a_list_on_a_person():
    text = "Ann Lee, who has worked in Halifax, Sydney and Truro, said the offer was too low."
    assert has_quote(text, "Ann Lee", "the offer was too low")


def test_owned_listener_is_no_content():
    text = (
        "The fund will shrink by half, President Mary Tan told the hospital's board of directors."
    )
    assert speech_rows(text) == [("Mary Tan", "told", "The fund will shrink by half")]


def test_listener_of_complement_is_no_content():
    text = "The levy will rise, Mary Tan told the board of governors."
    assert speech_rows(text) == [("Mary Tan", "told", "The levy will rise")]


def test_owned_listener_before_that_keeps_the_content():
    text = "Mary Tan told the city's finance committee that the fund will shrink."
    assert has_quote(text, "Mary Tan", "the fund will shrink")


def test_age_description_after_a_new_name_is_that_person():
    text = (
        "Karen Bell said she was tired. One of her students, Tomas Ruiz, moved from Peru "
        "two years ago. The 27-year-old said his rent had doubled."
    )
    assert has_quote(text, "Tomas Ruiz", "his rent had doubled")
    assert not has_quote(text, "Karen Bell", "his rent had doubled")


def test_put_it_with_a_manner_only_announces_the_quotation():
    text = "Paul Ruiz, 29, put it more bluntly. “We are done with this town.”"
    assert quote_rows(text, "speaker", "quote") == [("Paul Ruiz", "We are done with this town.")]


def test_put_it_with_content_after_a_colon_stays():
    text = "Paul Ruiz put it simply: the plan is dead."
    assert has_quote(text, "Paul Ruiz", "the plan is dead")


def test_and_quantified_subject_with_plain_verb_continues_the_statement():
    text = (
        "Tax forms still come through her counter, Mary Fox said, "
        "and some customers come in every day simply to talk."
    )
    assert has_quote(text, "Mary Fox", "and some customers come in every day simply to talk")


def test_and_a_noun_phrase_alone_does_not_continue():
    text = "Prices went up, Mary Fox said, and other costs."
    assert not any(q.startswith("and") for _, _, q in speech_rows(text))


def test_reciprocal_kin_names_the_speaker():
    text = (
        "Colleen Roe’s father, Ed, is 84. In April he woke at 2 a.m. and could not "
        "breathe, his daughter said."
    )
    assert quote_rows(text, "speaker") == [("Colleen Roe",)]


def test_reciprocal_kin_for_a_spouse():
    text = "Mark Lee’s wife, Ann, runs the bakery. Sales fell in March, her husband said."
    assert quote_rows(text, "speaker") == [("Mark Lee",)]


def test_lede_role_named_plainly_in_the_next_paragraph():
    text = (
        "WINNIPEG — Every school will close early on smoky days, Manitoba’s education "
        "minister announced Thursday.\n\nRochelle Delorme said divisions had been confused."
    )
    assert quote_rows(text, "speaker") == [("Rochelle Delorme",), ("Rochelle Delorme",)]


def test_lede_role_not_taken_by_a_name_with_an_apposition():
    text = (
        "WINNIPEG — Every school will close early on smoky days, Manitoba’s education "
        "minister announced Thursday.\n\nJo Park, a parent, said the rule was late."
    )
    assert quote_rows(text, "speaker")[0] != ("Jo Park",)


def test_lede_group_of_officials_is_not_the_next_name():
    text = (
        "OTTAWA — Talks will resume, a move trade officials said could ease duties.\n\n"
        "Jo Park said the first round would be held in May."
    )
    assert ("Jo Park",) != quote_rows(text, "speaker")[0]


def test_the_doctor_is_the_doctor_named_last_of_two():
    text = (
        "Dr. Nadia Roe has worked in the emergency room for 11 years. Dr. Tom Lee, a "
        "former family doctor, said recruiting was slow.\n\n"
        "Roe said the clinic was welcome. The doctor, who also teaches, said students were "
        "frightened by what they saw."
    )
    assert has_quote(text, "Nadia Roe", "students were frightened by what they saw")
