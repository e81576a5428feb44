"""bug79's rules (session 41 round 2: names and speaker types), each checked on
sentences written for this file.

1. "Chief Ann Roe of the Mohawks of the Bay of Quinte said", "Ann Roe of the Friends of
   Elm Creek said", "Chief Tom Vance of the Crees of Waskaganish said": the person is
   the speaker; the phrase before the cue hops back over a geographic "the <Head> of"
   ("the Bay of Quinte": ``np_left_core._hop_over``) and a plural body after "<Name>
   of the" is no group of its own (``np_left_core._named_of_the_plural``). Near
   negatives: "Members of the Friends of Elm Creek said" stays the members, "The
   Friends of Elm Creek said" the body, "Residents of the Bay of Quinte said" the
   residents.
2. "The Chippewas of Kettle Point First Nation said" / "The Mohawks of the Bay of
   Quinte said": the whole name, an organisation (``np_left_core._plural_body_whole``
   keeps "the <Plural> of <Name>" whole; ``org_names.plural_body_speaker`` types it;
   ``speaker_types`` reads the "First" of "First Nation" as no title). It was "Kettle
   Point First Nation" (or "Quinte"), unknown. A plural noun for people ("The Friends
   of Elm Creek", "Residents of ...") and a surname the article gives a person ("Sen.
   Sanders ... Sanders of Vermont said") are no such body.
3. "The Halvorsens said" is a family, a group, when the article writes the surname as a
   family's or with an honorific ("the Halvorsen family", "Mr. and Mrs. Halvorsen")
   (``plural_names._family_named``), as it already was when it names a person of that
   surname ("Ann Halvorsen ... The Halvorsens said"); it was typed organization (a
   team). A team nickname with no such person ("the Carlton Hotel ... The Carltons
   said") stays an organisation.
4. "King Charles ... The king said": the whole royal name as written, "King Charles"
   (``roles.royal_descriptions_whole``, a ``coref._PASSES`` row, as bug78's
   ``_noble_whole`` keeps "King Charles said" whole); it was "Charles". A name the
   article writes in a longer form ("Prince William Windsor ... The prince said")
   stays the name.
6. A union local's whole name as the speaker ("Kestrel Bus Drivers Local 518 said",
   "The Interior Woodworkers Local 1-417 said") keeps its number: the organisation,
   number and all (``org_names.union_local_speaker``); it was cut to "... Local" and
   typed person. "Local 518 of the Kestrel Transit Workers Union said" stays the
   union (the older convention of ``orgs._local_speaker``), and a person's name
   before a local's title ("Unifor Local 88 president Ann Roe said") stays the person.
"""

from __future__ import annotations

import pandas as pd

from analysis.quotes import extract_quotes


def typed(text: str) -> list[tuple[str, str]]:
    q = extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]}))
    return list(zip(q["speaker"], q["speaker_type"], strict=True))


_LEAD = "Buses ran late on Monday.\n\nThe drivers walked out at noon.\n\n"


# 6. a union local keeps its number


def test_union_local_keeps_its_number():
    text = _LEAD + (
        "Kestrel Bus Drivers Local 518, which represents about 400 drivers, said the "
        "schedule was unsafe."
    )
    assert typed(text) == [("Kestrel Bus Drivers Local 518", "organization")]
    text = _LEAD + "The schedule was unsafe, Kestrel Transit Workers Union Local 518 said."
    assert typed(text) == [("Kestrel Transit Workers Union Local 518", "organization")]


def test_hyphenated_local_number_and_the():
    text = _LEAD + "The Interior Woodworkers Local 1-417 said it had reached a deal."
    assert typed(text) == [("Interior Woodworkers Local 1-417", "organization")]


def test_local_of_a_union_and_a_local_president_are_unchanged():
    text = "Local 518 of the Kestrel Transit Workers Union said the schedule was unsafe."
    assert typed(text) == [("Kestrel Transit Workers Union", "organization")]
    text = "Unifor Local 88 president Ann Roewick said the plant would close in March."
    assert typed(text) == [("Ann Roewick", "person")]


# 1. a person of a plural-named people or body


def test_chief_of_a_people_of_a_bay_is_the_chief():
    text = "Chief Ann Roewick of the Mohawks of the Bay of Quinte said the band would appeal."
    assert typed(text) == [("Ann Roewick", "person")]
    text = "Grand Chief Tom Vancour of the Crees of Eeyou Istchee said the road would close."
    assert typed(text) == [("Tom Vancour", "person")]


def test_member_of_a_plural_named_body_is_the_person():
    text = "Ann Roewick of the Friends of Elm Creek said the culvert had failed twice this spring."
    assert typed(text) == [("Ann Roewick", "person")]
    text = "Chief Tom Vancour of the Crees of Waskaganish said the road would close on Monday."
    assert typed(text) == [("Tom Vancour", "person")]


def test_members_body_and_residents_are_unchanged():
    text = "Members of the Friends of Elm Creek said the culvert had failed."
    assert typed(text) == [("Members of the Friends of Elm Creek", "group")]
    text = "The Friends of Elm Creek said the culvert had failed."
    assert typed(text) == [("the Friends of Elm Creek", "group")]
    text = "Residents of the Bay of Quinte said the water was cloudy."
    assert typed(text) == [("Residents of the Bay of Quinte", "group")]


# 2. a people or body by a plural name and its place: the whole name


def test_plural_body_of_a_first_nation_is_the_whole_name():
    text = "The Chippewas of Kettle Point First Nation said the land claim would go to court."
    assert typed(text) == [("Chippewas of Kettle Point First Nation", "organization")]
    text = "The Mohawks of the Bay of Quinte said the land claim would go to court next year."
    assert typed(text) == [("Mohawks of the Bay of Quinte", "organization")]


def test_plural_noun_or_a_persons_surname_is_no_such_body():
    text = "The Critics of Toronto said it would fail."
    assert typed(text) == [("the Critics of Toronto", "group")]
    text = "Sen. Tom Sanders spoke first. Sanders of Vermont said the bill would fail."
    assert ("Sanders of Vermont", "organization") not in typed(text)


# 3. a family by its plural surname


def test_plural_surname_of_a_family_is_a_group():
    text = (
        "The Halvorsen family lost their home in the fire on Tuesday.\n\n"
        "The Halvorsens said they would rebuild on the same lot."
    )
    assert typed(text) == [("Halvorsens", "group")]
    text = (
        "Mr. and Mrs. Halvorsen lost their home in the fire on Tuesday.\n\n"
        "The Halvorsens said they would rebuild on the same lot."
    )
    assert typed(text) == [("Halvorsens", "group")]
    text = (
        "Ann Halvorsen lost her home in the fire on Tuesday.\n\n"
        "The Halvorsens said they would rebuild on the same lot."
    )
    assert typed(text) == [("Halvorsens", "group")]


def test_team_nickname_stays_an_organisation():
    text = (
        "The Carlton Hotel hosted the banquet.\n\nThe Carltons won on Saturday. "
        "The Carltons said the trade would be announced on Monday."
    )
    assert typed(text) == [("Carltons", "organization")]


# 4. "the king": the whole royal name


def test_the_king_is_the_whole_royal_name():
    text = (
        "King Charles visited Ottawa on Monday.\n\nThe king said the country had been kind to him."
    )
    assert typed(text) == [("King Charles", "person")]
    text = 'Queen Camilla visited Ottawa on Monday.\n\n"Canada has been kind," the Queen said.'
    assert typed(text) == [("Queen Camilla", "person")]


def test_the_prince_with_a_longer_name_stays_the_name():
    text = (
        "Prince William Windsor visited Ottawa on Monday.\n\n"
        "The prince said the country had been kind to him."
    )
    assert typed(text) == [("William Windsor", "person")]
