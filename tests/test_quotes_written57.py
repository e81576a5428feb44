"""written49's rules (session 26), each checked on sentences written for this file.

* "her mother said" / "his father said" right after "<Surname>'s daughter, <Given>, ..."
  is the person named in full with that surname before ("Greta Moss-Lindqvist ... .
  Moss-Lindqvist's son, Oskar, is in Grade 2. A, his mother said"), of no other gender
  than the kin noun's.
* "She is Ann Roe, 17, ..." (a pronoun and a copula before a name) names the person a
  "she" opening the next paragraph's quotation goes on with.
* A lede's "says a woman who ..." after a one-line headline is the person the next
  paragraph opens with (the "A Moncton man says" rule, without the place word).
* "An engineer who ... said A." is the new name that speaks the next sentence of the
  same paragraph under an apposition with the description's noun ('"B," said Tom Roe,
  a professional engineer ...').
* "The 64-year-old said" after "Lee's neighbour, Ann Roe, has driven her ..." is the
  apposed newcomer, not the possessor opening that sentence.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows


def _speaker_of(text, start):
    return [s for s, q in quote_rows(text, "speaker", "quote") if q.startswith(start)]


def test_her_mother_after_surname_daughter_given_name():
    text = (
        "Greta Moss-Lindqvist runs the parent council.\n\n"
        '"We want answers," Moss-Lindqvist said.\n\n'
        "Moss-Lindqvist's son, Oskar, is in Grade 2. The boys had drawn the tower in art "
        "class, his mother said, and some had drawn it falling.\n\n"
        '"That says a lot," she said.'
    )
    assert _speaker_of(text, "The boys had drawn") == ["Greta Moss-Lindqvist"]
    assert _speaker_of(text, "That says a lot") == ["Greta Moss-Lindqvist"]


def test_his_father_not_the_mother_by_surname():
    text = (
        "Ingrid Halloran-Beck chairs the rink board.\n\n"
        "Halloran-Beck's daughter, Freya, plays goal. The team had lost its ice time, "
        "her father said.\n\n"
        '"We skate outside now," he said.'
    )
    # (the father is not the woman named by the surname: no name for him)
    assert _speaker_of(text, "The team had lost") != ["Ingrid Halloran-Beck"]


def test_she_is_name_carries_to_next_paragraph_she():
    text = (
        "Corinne Abbot-Haig, a lawyer in Moncton, said the wait was unfair.\n\n"
        "The youngest volunteer carried the banner on Sunday. She is Pippa Strand, 16, "
        "the pastor's niece, who learned to sew it in August.\n\n"
        '"I sewed the letters backwards at first," she said. "My aunt fixed them."'
    )
    assert _speaker_of(text, "I sewed the letters") == ["Pippa Strand"]
    assert _speaker_of(text, "My aunt fixed them") == ["Pippa Strand"]


def test_lede_says_a_woman_who_after_headline():
    text = (
        "Village bakery closes after 60 years\n\n"
        "HARTLAND, N.B. — The bread ovens will go cold next month, says a woman who has "
        "bought her rye there every Saturday since 1980.\n\n"
        "Mildred Tobique-Ross, 81, walks to the shop with a cane. "
        '"It is my whole morning," she said.'
    )
    assert _speaker_of(text, "The bread ovens") == ["Mildred Tobique-Ross"]


def test_lede_says_a_man_needs_a_man():
    text = (
        "Village bakery closes after 60 years\n\n"
        "HARTLAND, N.B. — The bread ovens will go cold next month, says a man who has "
        "bought his rye there every Saturday since 1980.\n\n"
        "Mildred Tobique-Ross, 81, walks to the shop with a cane. "
        '"It is my whole morning," she said.'
    )
    assert _speaker_of(text, "The bread ovens") != ["Mildred Tobique-Ross"]


def test_engineer_named_next_sentence_same_paragraph():
    text = (
        "The bridge reopened on Monday.\n\n"
        "An engineer who has inspected the span since 2010 said the cracks were cosmetic. "
        '"You could park a tank on it," said Lukas Verhoeven, a structural engineer '
        "with a firm in Halifax.\n\n"
        '"I would drive my kids over it," Verhoeven said.'
    )
    assert _speaker_of(text, "the cracks were cosmetic") == ["Lukas Verhoeven"]


def test_engineer_not_named_by_another_role():
    text = (
        "The bridge reopened on Monday.\n\n"
        "An engineer who has inspected the span since 2010 said the cracks were cosmetic. "
        '"I still worry," said Lukas Verhoeven, a resident of the street.'
    )
    assert _speaker_of(text, "the cracks were cosmetic") != ["Lukas Verhoeven"]


def test_age_after_possessor_apposition_is_the_newcomer():
    text = (
        "Marguerite Olafson, 82, lost her licence in May.\n\n"
        '"I can\'t get to the clinic," Olafson said.\n\n'
        "Olafson's neighbour, Dagny Ferrier-Holt, has driven her to Yorkton since the "
        "spring. The 59-year-old said she would keep doing it through the winter."
    )
    assert _speaker_of(text, "she would keep doing it") == ["Dagny Ferrier-Holt"]


def test_said_by_phone_ends_an_indirect_frame():
    text = "Pia Lund lives in Regina. The farm had been for sale since June, she said by phone."
    assert _speaker_of(text, "The farm had been") == ["Pia Lund"]


def test_split_around_said_in_a_briefing_for_reporters():
    text = (
        "Dr. Omar Fennimore led the count. The herd was the smallest since 1990, he said "
        "in a technical briefing for reporters, probably because of the drought."
    )
    assert _speaker_of(text, "The herd was the smallest") == ["Omar Fennimore"]
    assert _speaker_of(text, "probably because of the drought") == ["Omar Fennimore"]


def test_split_around_said_by_email():
    text = "Lena Brisebois runs the depot. The depot will close, she said by email, and the staff will move."
    assert _speaker_of(text, "The depot will close") == ["Lena Brisebois"]
    assert _speaker_of(text, "and the staff will move") == ["Lena Brisebois"]


def test_the_trucker_is_the_man_who_drives_a_logging_truck():
    text = (
        "Rory Gillanders has driven a logging truck on the pass for 19 years. He said "
        "the fence was too short.\n\n"
        "The trucker said he has seen three moose at its end since May."
    )
    assert _speaker_of(text, "he has seen three moose") == ["Rory Gillanders"]
