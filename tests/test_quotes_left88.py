"""left88's rules (session 45, leftovers of session 44), each checked on sentences written
for this file.

* "Volunteers at the depot sorted coats. They said A" / "Paddlers on the river complained.
  They said A": a sentence-opening plural of people outside the lexicon (an agent noun in
  "-ers"/"-ors"/"-ists"/"-ians", or a listed one: "regulars") followed by a verb, right
  away or after one place phrase, is a group subject "they" can stand for
  (``bare_plural_groups.bare_people_plural``, asked by ``groups._group_subject``); a
  listed thing ("Numbers released ... showed") or a list ("Hunters, trappers and guides")
  is not, nor a plural after a determiner ("The growers have ... they said" stays "the
  growers", ``plural_subjects``). Such a subject written after a counted pair ("Two volunteers, A and B, walked
  ... Farmers along the road waved. They said") is the nearer antecedent, not the pair.
* "A man waiting for the bus shrugged when asked how late it was": "asked" right after a
  subordinator ("when", "whenever", "if", "once", "until") with a question or topic next
  ("whether", "how", "about" ...) is a reduced passive, the subject was asked: no cue
  (``nonspeech._REDUCED_ASKED_BEFORE``, beside ``nonspeech._comma_passive``). A speech
  verb or a quotation after it keeps its own row ("..., when asked about the fare, said
  A"; "shrugged when asked about the fare: \"A\""); "She asked whether" stays a row.
* "wrote a guide to the marsh trails", "wrote a short history of the mill", "wrote an
  essay on the river": a document noun as the object of "write" (no that-clause, no
  quotation) makes the verb an act, no row (resources/act_objects.txt, "write:", read by
  ``content._is_act_object``); a title quoted after the object ('wrote a short guide to
  the beach, "The Sand That Stayed," which ...') is no speech either
  (``titled_works.apposed_title_at``, asked by ``content``). "wrote in a letter that A",
  "wrote a letter to the board that A" and a quotation in lower case stay rows.
* "Tom Court filed the suit. The court said A" with "Court" never written alone: a
  two-word name of a listed given name and a court's head ("court", "tribunal") is a
  person (``person_named_bodies._judicial_surname``, asked through
  ``person_named_like``), so the lower-case "the court" is the institution, not him; a
  court named before keeps its name ("The Halden District Court ... the court said"),
  and other heads keep the old reading ("Victoria Bank ... The bank said").
"""

from __future__ import annotations

from tests._quote_rows import speaker_of_start, speech_rows

# ------------------------------------------- "Volunteers at the depot ... They said A"


def test_bare_agent_plural_is_they():
    text = (
        "Volunteers at the Marlow Street depot sorted boxes of winter coats on Saturday. "
        "They said the shelves had never been this empty in December."
    )
    assert speaker_of_start(text, "the shelves had never") == "volunteers"


def test_bare_plural_after_place_phrase_and_aux():
    text = (
        "The ferry to Ostrey Island was cancelled again on Friday.\n\n"
        "Commuters on the Line 4 platform have waited in the rain all week. They said the "
        "trains had not once left on time."
    )
    assert speaker_of_start(text, "the trains had not") == "commuters"


def test_listed_people_plural_is_they():
    text = (
        "Regulars at the Copper Kettle diner were not surprised. They said the owner had "
        "hinted at a sale for months."
    )
    assert speaker_of_start(text, "the owner had hinted") == "regulars"


def test_bare_plural_beats_earlier_counted_pair():
    text = (
        "Two members of the Quillby Hiking Club, Orla Fenwick and Davide Strand, walked the "
        "ridge trail on Sunday. Paddlers on the Sable River gathered at the landing. They "
        "said the new dam had cut the spring flow in half."
    )
    assert speaker_of_start(text, "the new dam") == "paddlers"


def test_thing_plural_is_no_group():
    # near miss: "Numbers" opens a sentence with a verb after it, but it is a thing; the
    # residents stay the antecedent
    text = (
        "Residents packed the hall in Corvale on Monday. Numbers released by the town "
        "showed a drop in visits. They said the clinic should stay open."
    )
    assert speaker_of_start(text, "the clinic should") == "residents"


def test_plural_list_is_no_subject_of_its_own():
    # near miss: "Hunters," opens a list, no verb follows the noun
    text = (
        "Residents packed the hall in Corvale on Monday. Hunters, trappers and guides "
        "also came. They said the clinic should stay open."
    )
    assert speaker_of_start(text, "the clinic should") == "residents"


def test_determiner_plural_keeps_its_determiner():
    # near miss: with a determiner the phrase is read as written, "the paddlers"
    text = (
        "The paddlers have filed an appeal. In a joint letter, they said the new dam had "
        "cut the spring flow in half."
    )
    assert speaker_of_start(text, "the new dam") == "the paddlers"


def test_bare_plural_speaker_unchanged():
    rows = speech_rows("Hunters say the deer season should open a week earlier.")
    assert rows == [("Hunters", "say", "the deer season should open a week earlier")]


# ------------------------------------------- "shrugged when asked whether ...": no row


def test_when_asked_after_fronted_adverbial_is_no_row():
    text = (
        "On the platform last Thursday, a man waiting with two suitcases shrugged when "
        "asked how late he expected the train to be."
    )
    assert speech_rows(text) == []


def test_when_asked_whether_is_no_row():
    text = (
        "At the rally on Friday, a woman holding a hand-painted sign laughed when asked "
        "whether the council would listen."
    )
    assert speech_rows(text) == []


def test_when_asked_then_speech_verb_keeps_row():
    # near miss: the subject's own speech verb after the reduced passive
    text = "Tom Abernathy, when asked about the fare, said it was far too high."
    assert speech_rows(text) == [("Tom Abernathy", "said", "it was far too high")]


def test_when_asked_then_quotation_keeps_row():
    text = (
        "On the platform last Thursday, a driver shrugged when asked about the fare: "
        '"Nobody tells us anything."'
    )
    assert speech_rows(text) == [("a driver", ":", "Nobody tells us anything.")]


def test_active_asked_whether_stays_row():
    # near miss: an active "asked whether" with its asker is a row (kept convention)
    rows = speech_rows("On Monday, Ilse Marrow asked whether the ferry would run in May.")
    assert rows == [("Ilse Marrow", "asked", "whether the ferry would run in May")]


# ------------------------------------------------ "wrote a guide to X": an act, no row


def test_wrote_a_guide_is_no_row():
    assert speech_rows("Marta Kell wrote a guide to the marsh trails in 2019.") == []


def test_wrote_a_history_is_no_row():
    text = "In 2004, Marta Kell wrote a short history of the Ostrey mill, which closed in 1981."
    assert speech_rows(text) == []


def test_wrote_an_essay_is_no_row():
    assert speech_rows("The senator wrote an essay on the river for the Ledger.") == []


def test_wrote_an_op_ed_urging_keeps_row():
    # near miss: an op-ed that urges something reports its writer's call (PolNeAR)
    rows = speech_rows("Ted Vale wrote an op-ed urging Congress to pass the bill.")
    assert rows and rows[0][0] == "Ted Vale", rows


def test_wrote_a_guide_with_quoted_title_is_no_row():
    text = (
        "Mark Hollis moved to Pell Bay in 2001. He wrote a short guide to the beach, "
        '"The Sand That Stayed," which the township hands out at its visitor centre.'
    )
    assert speech_rows(text) == []


def test_wrote_that_clause_keeps_row():
    # near misses: a that-clause after the document, or "in a letter", keeps the row
    text = "Marta Kell wrote in a letter to the editor that the fare was too high."
    assert speech_rows(text) == [("Marta Kell", "wrote", "the fare was too high")]
    text = "The auditor wrote a report that the spending broke the rules."
    assert speech_rows(text) == [
        ("The auditor", "wrote", "a report that the spending broke the rules")
    ]


def test_wrote_a_letter_with_quoted_words_keeps_row():
    # near miss: a quotation in lower case after the object is speech, not a title
    text = 'Marta Kell wrote a letter to the council, "we are tired of waiting."'
    rows = speech_rows(text)
    assert len(rows) == 1 and rows[0][:2] == ("Marta Kell", "wrote"), rows


# ------------------------------------ "Tom Court ... The court said": no person


def test_the_court_is_not_tom_court():
    text = (
        "Tom Court filed the lawsuit in Halden last spring. On Monday, the court said the "
        "case would be heard in June."
    )
    assert speaker_of_start(text, "the case would be heard") == "the court"


def test_the_court_after_tom_court_reads_named_court():
    text = (
        "Tom Court filed the lawsuit in Halden last spring. The Halden District Court "
        "heard it in May. On Monday, the court said the fence must come down."
    )
    assert speaker_of_start(text, "the fence must") == "Halden District Court"


def test_lone_court_surname_still_the_person():
    # near miss: "Court said" (no "the") is the person
    text = (
        "Tom Court filed the lawsuit in Halden last spring. Court said the case would be "
        "heard in June."
    )
    assert speaker_of_start(text, "the case would be heard") == "Tom Court"


def test_bank_named_like_person_keeps_reading():
    # near miss: a bank may be named for a given name; the old reading holds
    text = "Victoria Bank opened a branch in Halden. The bank said the branch would hire 20 people."
    assert speaker_of_start(text, "the branch would hire") == "Victoria Bank"
