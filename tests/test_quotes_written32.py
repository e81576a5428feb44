"""written24's rules (session 22), each on sentences written for the test:

* "sister-in-law", "mother-in-law", ... are kin nouns, and a hyphenated description
  set in apposition to a name ("her sister-in-law, Ruth Ng,") names that person when
  the article uses it again ("Her sister-in-law said");
* "said the worker, who gave his name as Tomás" is Tomás, even when the article
  introduced another worker by name before;
* a lede's "..., the harbour manager said Monday." is the person the next paragraph
  titles with the same words ("Harbour manager Ida Voss told reporters ...");
* "according to figures posted on the ministry website" is an unowned body of numbers
  (no quote), while "figures released Tuesday by the board" still names its author;
* "have reported shortages" is an act, not speech;
* "nurses across Nova Scotia, New Brunswick and PEI say" is the nurses (a lower-case
  plural noun before "across"/"in" and a list of places), not the last places.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows, speech_rows


def test_hyphenated_kin_description_names_the_apposed_relative():
    text = (
        "Mara Ng and her sister-in-law, Ruth Ng, opened the bakery in 2019.\n\n"
        "Mara Ng said the ovens were old. “They break every winter,” she said.\n\n"
        "Her sister-in-law said the landlord had promised new ones."
    )
    rows = speech_rows(text)
    assert ("Ruth Ng", "said", "the landlord had promised new ones") in rows
    assert ("Mara Ng", "said", "the ovens were old") in rows


def test_a_plain_kin_description_still_names_the_apposed_relative():
    text = (
        "Mara Ng and her sister, Ruth Ng, opened the bakery in 2019.\n\n"
        "Mara Ng said the ovens were old.\n\n"
        "Her sister said the landlord had promised new ones."
    )
    assert ("Ruth Ng", "said", "the landlord had promised new ones") in speech_rows(text)


def test_who_gave_his_name_as_beats_an_earlier_named_description():
    text = (
        "Another driver, Osvaldo, said the depot had closed early.\n\n"
        "“I waited three hours for nothing,” said the driver, who gave his name as "
        "Tomás Elías."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Osvaldo", "the depot had closed early") in rows
    assert ("Tomás Elías", "I waited three hours for nothing") in rows


def test_lede_description_is_named_by_the_next_paragraphs_title():
    text = (
        "Harbour fees will double in the spring, the harbour manager said Monday.\n\n"
        "Harbour manager Ida Voss told reporters that the wharf needed $2 million in "
        "repairs.\n\n"
        "“We put it off for ten years,” Voss said."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Ida Voss", "Harbour fees will double in the spring") in rows
    assert ("Ida Voss", "the wharf needed $2 million in repairs") in rows


def test_lede_description_stays_unnamed_when_two_people_are_titled_so():
    text = (
        "Harbour fees will double in the spring, the harbour manager said Monday.\n\n"
        "Harbour manager Ida Voss and harbour manager Leo Park met the minister.\n\n"
        "“We put it off for ten years,” Voss said."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("the harbour manager", "Harbour fees will double in the spring") in rows


def test_figures_posted_on_a_website_give_no_quote():
    text = (
        "According to figures posted on the provincial health website, four clinics "
        "closed early in May."
    )
    assert speech_rows(text) == []


def test_figures_released_by_an_author_still_quote_the_author():
    text = (
        "According to figures released Tuesday by the school board, enrolment fell by 4 per cent."
    )
    rows = speech_rows(text)
    assert len(rows) == 1 and "board" in rows[0][0]


def test_reported_shortages_is_an_act():
    assert speech_rows("Two suppliers have reported shortages since March.") == []
    rows = speech_rows("Two suppliers reported that shortages had eased.")
    assert [(s.lower(), c, q) for s, c, q in rows] == [
        ("two suppliers", "reported", "shortages had eased")
    ]


def test_plural_noun_across_a_list_of_places_is_the_speaker():
    text = (
        "But nurses across Nova Scotia, New Brunswick and Prince Edward Island say the "
        "night shifts are too long."
    )
    rows = speech_rows(text)
    assert len(rows) == 1
    assert rows[0][0].startswith("nurses across")
    assert rows[0][2] == "the night shifts are too long"


def test_plural_noun_across_one_place_is_the_speaker():
    rows = speech_rows("But nurses across Nova Scotia say the night shifts are too long.")
    assert [r[0] for r in rows] == ["nurses across Nova Scotia"]


def test_a_list_of_names_is_still_a_group_of_speakers():
    rows = speech_rows("Ann Lee, Tom Roe and Jo Park said the money was not enough.")
    assert len(rows) == 1 and "Jo Park" in rows[0][0]
