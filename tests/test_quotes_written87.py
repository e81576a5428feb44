"""w79's rules (session 33, the seventy-ninth written batch), each checked on sentences
written for this file.

* A plural pair mention ("the two said", "both men said", "the couple said", "the sisters
  said") is the two people the article wrote together, joined by "and", outside quotations
  in the same or the previous paragraph ("Ann and Tom Roe", "Ann Roe and Tom Vale", also in
  apposition and after a plural noun: "Brothers Emeka and Stellan Roe", "Both councillors,
  Ann Roe and Tom Vale,"), when the other pair rules find nothing
  (``pair_named.fill_named_pair``); it was the bare noun ("the two", "The couple").
* "the witness" is the person the narration just said testified ("The key witness was a
  bartender, Ann Lowe, who testified that A ... '...,' the witness told the court"):
  ``resources/description_deeds.txt`` gains "witness" (testified, testifies, ...), and a
  deed's person may have a given name off the list when that person was quoted already
  (``description_echoes._deed_person_quoted``); it was "the witness".
* "At the plant gate on Tuesday afternoon, a forklift operator who did not want his name
  used ... said A": a fronted place phrase before "a <noun> who ..." may hold a
  capitalised weekday or month (``subjects._fronted_place``); the speaker was the noun
  phrase at the end of the relative clause ("his name used"), and the '"...," he said'
  after it went to the person quoted before.
* "Alberta Wildfire said A ... The agency said B": "Wildfire" after a province is a
  public body's service word (``resources/place_body_words.txt``, read by
  ``org_nearest._place_first_body``), so "the agency" is that body; it stayed "the
  agency".
"""

from __future__ import annotations

from tests._quote_rows import quote_rows


def _speaker_of(text, words):
    return [s for s, q in quote_rows(text, "speaker", "quote") if words in q]


def test_the_two_after_councillors_named_in_apposition():
    text = (
        "Council passed the plan 6-3 on Monday.\n\n"
        "Both councillors from the north end, Gareth Pyle and Inez Morrow, voted against it. "
        '"The north end pays more and gets less," the two said in a statement.'
    )
    assert _speaker_of(text, "pays more") == ["Gareth Pyle and Inez Morrow"]


def test_the_couple_after_first_names_sharing_a_surname():
    text = (
        "Hundreds of people waited at the arena on Sunday.\n\n"
        "Near the doors, Ravi and Lucia Brennagh sat on a bench with their dog. The couple "
        "said they had left home with only a bag of clothes."
    )
    assert _speaker_of(text, "bag of clothes") == ["Ravi and Lucia Brennagh"]


def test_both_men_after_brothers_named_in_the_paragraph_before():
    text = (
        "The road stayed closed until late evening.\n\n"
        "Brothers Osman and Tibor Keflezighi, who drove in from the farm, said the smoke was "
        "thick.\n\n"
        '"We will stay until the cattle are moved," both men said.'
    )
    assert _speaker_of(text, "cattle") == ["Osman and Tibor Keflezighi"]


def test_the_sisters_after_a_described_pair():
    text = (
        "The plant will close in June.\n\n"
        "Two sisters who work on the night shift, Dalia and Noor Kassabian, said they might "
        "move west.\n\n"
        '"There is nothing else here," the sisters said.'
    )
    assert _speaker_of(text, "nothing else") == ["Dalia and Noor Kassabian"]


def test_the_two_stays_without_a_named_pair():
    # no two people written together: the rule does not invent a pair
    text = (
        "The fire burned for three days.\n\n"
        "Firefighter Ann Lowe said the wind had turned. Her captain agreed.\n\n"
        '"We were lucky," the two said.'
    )
    assert _speaker_of(text, "lucky") != ["Ann Lowe and Her"]
    assert "and" not in " ".join(_speaker_of(text, "lucky")) or _speaker_of(text, "lucky") == []


def test_a_place_pair_is_no_speaker_pair():
    text = (
        "Crews moved between Fort Smith and Hay River all week.\n\n"
        '"It was a long week," the two said.'
    )
    assert "Hay River" not in " ".join(_speaker_of(text, "long week"))


def test_the_witness_is_the_person_who_testified():
    text = (
        "The trial's first witness was a cashier, Ingrid Osterhout, who testified that she "
        "had asked both men to leave.\n\n"
        '"I said, \'Go home,\'" the witness told the court. "Nobody listened."'
    )
    assert _speaker_of(text, "Go home") == ["Ingrid Osterhout"]
    assert _speaker_of(text, "Nobody listened") == ["Ingrid Osterhout"]


def test_the_witness_with_a_listed_given_name():
    text = (
        "Ann Lowe testified on Tuesday that she saw the fight from the door.\n\n"
        '"I told them to leave," the witness said.'
    )
    assert _speaker_of(text, "told them") == ["Ann Lowe"]


def test_an_unnamed_witness_stays_unnamed():
    text = (
        'A witness testified that she saw the fight.\n\n"I told them to leave," the witness said.'
    )
    assert _speaker_of(text, "told them") == ["the witness"]


def test_relative_described_speaker_after_a_dated_place_phrase():
    text = (
        "The mill closed on Friday.\n\n"
        "Outside the gate on Monday morning, a millwright who did not want his name used "
        'said he felt lost. "I will go home and think," he said.'
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows == [
        ("a millwright", "he felt lost"),
        ("a millwright", "I will go home and think"),
    ]


def test_relative_described_speaker_after_a_place_phrase_with_a_month():
    text = "At the rink in January, a coach who did not want her name used said the ice was poor."
    assert quote_rows(text, "speaker", "quote") == [("a coach", "the ice was poor")]


def test_the_agency_after_a_provincial_wildfire_service():
    text = (
        "The fire grew to 12,000 hectares overnight, Manitoba Wildfire said Sunday.\n\n"
        "The agency said it had 90 firefighters on the line."
    )
    assert _speaker_of(text, "90 firefighters") == ["Manitoba Wildfire"]


def test_a_wildfire_that_is_no_body_stays_no_agency():
    text = (
        "The Okanagan wildfire grew overnight, officials said.\n\n"
        "The agency said it had 90 firefighters on the line."
    )
    assert "Okanagan" not in " ".join(_speaker_of(text, "90 firefighters"))
