"""top28's rule (session 22), on sentences written for the test:

A description that only narrows "the <role>" varies the last person named as that
role does: capitalised place or party words after "the" ("the Ohio governor", "the
independent Maine senator") and a second role joined by "and" with no determiner
("the Ohio governor and Republican presidential candidate") are dropped before the
last-person rule. Not when the capitalised word names a person of the article ("the
Lee spokesman" is someone else), not for "the governor and his wife" (two people),
and not when another person titled with that role ("Gov.") was named just before.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows


def _speakers(text):
    return sorted({s for (s,) in quote_rows(text, "speaker")})


def test_place_word_before_role_is_the_last_person():
    text = (
        "Gov. Dale Whitcombe toured the flooded town on Monday.\n\n"
        '"We will rebuild every bridge," the Ohio governor said.'
    )
    assert _speakers(text) == ["Dale Whitcombe"]


def test_two_roles_joined_by_and_are_one_person():
    text = (
        "Sen. Priya Castellane answered first, late on Tuesday night.\n\n"
        '"This has been coming for years," the Maine senator and Democratic '
        "presidential candidate said in a statement."
    )
    assert _speakers(text) == ["Priya Castellane"]


def test_adjective_place_and_role_without_title():
    text = (
        "Oren Maddox on Wednesday also asked the council to act.\n\n"
        '"Nobody is safe here," the independent Vermont senator and Democratic '
        "presidential candidate told reporters."
    )
    assert _speakers(text) == ["Oren Maddox"]


def test_person_name_before_role_is_not_dropped():
    text = 'Hana Lindqvist spoke on Friday.\n\n"We will win," the Lindqvist spokesman said.'
    assert _speakers(text) != ["Hana Lindqvist"]


def test_role_and_his_wife_are_two_people():
    text = (
        "Gov. Dale Whitcombe toured the town on Monday.\n\n"
        '"We are grateful," the Ohio governor and his wife said.'
    )
    assert _speakers(text) != ["Dale Whitcombe"]


def test_another_person_with_that_title_just_before():
    text = (
        "Sen. Ted Ambler spoke on Friday. Sen. Marta Quill spoke on Saturday.\n\n"
        '"We will win," the Texas senator said.'
    )
    assert _speakers(text) == ["the Texas senator"]
    plain = (
        "Sen. Ted Ambler spoke on Friday. Sen. Marta Quill spoke on Saturday.\n\n"
        '"We will win," the senator said.'
    )
    assert _speakers(plain) == ["Marta Quill"]  # (unchanged: the plain role)


def test_surname_rows_of_one_article_are_one_person():
    """resolve_speakers: "Lee" titled "Gov. Lee" resolves to the governor Ann Lee; a
    later "Lee" of the same article (mention "the governor") is that person too, not a
    separate bare "Lee" (the corpus has two full names ending in Lee)."""
    import pandas as pd

    from analysis import resolve_speakers

    q = pd.DataFrame(
        {
            "article_id": ["b", "c", "a", "a"],
            "speaker": ["Ann Lee", "Tom Lee", "Lee", "Lee"],
            "speaker_mention": ["Gov. Ann Lee", "Tom Lee", "Gov. Lee", "the governor"],
            "speaker_type": ["person"] * 4,
        }
    )
    ids = resolve_speakers(q)["speaker_id"].tolist()
    assert ids[2] == ids[3] == ids[0] == "ann-lee"
    assert ids[1] == "tom-lee"


def test_surname_rows_stay_apart_when_the_article_has_two_full_names():
    import pandas as pd

    from analysis import resolve_speakers

    q = pd.DataFrame(
        {
            "article_id": ["a", "a", "a"],
            "speaker": ["Ann Lee", "Tom Lee", "Lee"],
            "speaker_mention": ["Ann Lee", "Tom Lee", "Lee"],
            "speaker_type": ["person"] * 3,
        }
    )
    ids = resolve_speakers(q)["speaker_id"].tolist()
    assert ids[2] not in (ids[0], ids[1])


def test_surname_is_the_namesake_named_before_not_one_named_later():
    """A lone surname reads as the one person of that surname the article has named so
    far, even when a namesake comes up only later ("President Ray Whitmore")."""
    text = (
        'Last Monday, Dale Whitmore told a crowd that the plan had failed. "It is a mess. '
        'Really?" Whitmore said. "It is chaotic."\n\n'
        '"It is classic," said Ann Hurl, referring to President Ray Whitmore\'s old aide.\n\n'
        '"It must be simple," said Grant Green, an aide to President Ray Whitmore.'
    )
    rows = quote_rows(text, "speaker", "speaker_mention")
    assert ("Dale Whitmore", "Whitmore") in rows
    assert ("Ray Whitmore", "Whitmore") not in rows


def test_plural_people_in_a_place_are_the_speaker_not_the_place():
    """ "several farmers in Manitoba said": the farmers (a plural of a listed noun in
    lower case, then "in"/"from" and a place), not a person called Manitoba."""
    rows = quote_rows(
        "Several farmers in Manitoba said they were working double shifts. "
        "They said the harvest was late.",
        "speaker",
    )
    assert rows == [("several farmers in Manitoba",), ("several farmers in Manitoba",)]
    rows = quote_rows("But many residents from Brandon said the water tasted odd.", "speaker")
    assert rows == [("many residents from Brandon",)]


def test_a_name_in_a_place_stays_the_name():
    rows = quote_rows("Darran Whiting of Grace Church in Marion said the roof leaked.", "speaker")
    assert rows == [("Darran Whiting",)]
