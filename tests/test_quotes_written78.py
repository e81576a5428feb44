"""w70's rules (session 31, the seventieth written batch), each checked on sentences
written for this file.

* "That witness, a dishwasher named Ann Roe, testified that A": an indefinite
  description that names its person ("a NOUN named NAME") in an apposition before the
  cue is the speaker, before a bare noun phrase such as "That witness"
  (``apposed_speakers._apposition_speaker``); it was "witness". The plain "A." answers
  of a "Q." / "A." excerpt after such a lead-in take the mention already found for the
  lead-in's verb (``court_answers._answer_witness``); they were "a dishwasher".
* "the Guilde des éducatrices de l'Estrie ... The guild says A": "guild" is an
  organisation head of its own (``ledes._ORG_HEADS``; French "Guilde",
  ``resources/french_org_heads.txt``), and a French name split by its lower-case words
  is read whole from its head (``french_org_names.french_name_written``); it was "the
  guild".
* "a notice from the board of the Gottingen Commons Housing Co-operative ... The board
  says A": "the board" is the organisation written after a lower-case "board of (the)"
  (``org_nearest._BOARD_OF_RE``); it was "the board".
* '"A," the premier began. "B."' / '"A," he began, before ...': "began" / "begins" is a
  speech verb (``resources/reporting_verbs.txt``) only right after a quotation and a
  subject of at most four words (``cues._began_after_quotation``, left60's twin kept at the merge) and before a comma,
  the sentence's end or a place or time preposition;
  it was no row ("the dispute began in 2022", "customers began calling" stay no cue).
* "The guild quoted one of its members, a rural pharmacist in Steinbach, as saying A":
  an apposition that names nobody is the source, its whole description (merged as
  left60's twin ``quoted_objects.quoted_object_part``); it was no row.
* "Coach NAME's lineup had 19-year-old Ann Roe throwing lead stones, with third X and
  second Y ... '...,' the rookie lead said": a curling position given right after a
  name ("throwing lead stones", "at second", "playing third") counts in the line-up,
  and "the rookie / veteran / 19-year-old <position>" is that position
  (``lineup_positions``); it was the coach.
* "Halvorsen said little after the game": a quantity word before "after" / "before" /
  "since" / "beyond" is an amount said, no content (``content._QUANTITY_OBJECT_RE``;
  "of" stays out: "said much of the increase came from ..." is content); it was a row.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows


def _speakers(text: str, quote: str) -> list[str]:
    return [s for s, q in quote_rows(text, "speaker", "quote") if q == quote]


def test_demonstrative_subject_with_named_apposition():
    text = (
        "The case turned on one witness. That witness, a parking attendant named Dorotea "
        "Villanueva-Price, testified that she saw the van leave without its lights on."
    )
    assert _speakers(text, "she saw the van leave without its lights on") == [
        "Dorotea Villanueva-Price"
    ]


def test_this_subject_with_named_apposition_said():
    text = (
        "This caller, a snowplow driver named Anselm Korhonen-Baptiste, said the bridge "
        "had been icy since dawn."
    )
    assert _speakers(text, "the bridge had been icy since dawn") == ["Anselm Korhonen-Baptiste"]


def test_unnamed_apposition_keeps_the_noun():
    text = "That witness, a parking attendant from Moose Jaw, testified that the van was blue."
    assert "Villanueva" not in " ".join(_speakers(text, "the van was blue"))
    assert _speakers(text, "the van was blue") != []


def test_plain_answers_after_a_named_apposition_lead_in():
    text = (
        "That witness, a night cook named Osric Delacourt-Amadi, testified that he heard "
        "two shots. The defence questioned him for an hour.\n\n"
        "Q. Were you wearing headphones?\n\n"
        "A. No. I never wear them at work.\n\n"
        "Q. The fryer was running.\n\n"
        "A. The fryer is quiet. The shots were not."
    )
    assert _speakers(text, "No. I never wear them at work.") == ["Osric Delacourt-Amadi"]
    assert _speakers(text, "The fryer is quiet. The shots were not.") == ["Osric Delacourt-Amadi"]


def test_guild_echoes_a_french_name_with_lower_case_words():
    text = (
        "Odile Marchessault-Diop speaks for the Guilde des infirmières de la Mauricie. "
        "The guild says hospital wards are short by a third."
    )
    assert _speakers(text, "hospital wards are short by a third") == [
        "Guilde des infirmières de la Mauricie"
    ]


def test_union_echoes_a_french_syndicat_name():
    text = (
        "Workers at the plant belong to the Syndicat des employés de Bécancour. The union "
        "said the vote would be held on Friday."
    )
    assert _speakers(text, "the vote would be held on Friday") == [
        "Syndicat des employés de Bécancour"
    ]


def test_guild_echoes_an_english_guild_name():
    text = "The Prairie Bakers Guild met on Monday. The guild said flour prices would rise."
    assert _speakers(text, "flour prices would rise") == ["Prairie Bakers Guild"]


def test_board_is_the_body_it_was_the_board_of():
    text = (
        "Philippa Nakagawa-Reyes received a letter from the board of the Larkspur Housing "
        "Co-operative in March. The board says she missed four maintenance days."
    )
    assert _speakers(text, "she missed four maintenance days") == ["Larkspur Housing Co-operative"]


def test_board_of_without_a_name_is_no_organisation():
    text = (
        "Philippa Nakagawa-Reyes wrote to the board of directors in March. The board "
        "said it would reply within a month."
    )
    assert "directors" not in " ".join(_speakers(text, "it would reply within a month"))


def test_premier_began_is_speech():
    text = (
        "Premier Ottoline Fairbairn-Nkosi was asked about the closure.\n\n"
        '"First, I owe the families an apology," the premier began. "We were too slow."'
    )
    assert _speakers(text, "First, I owe the families an apology") == ["Ottoline Fairbairn-Nkosi"]
    assert _speakers(text, "We were too slow.") == ["Ottoline Fairbairn-Nkosi"]


def test_he_began_before_a_clause_and_at_a_place():
    text = (
        "Coach Lysander Oyelaran-Hunt watched the last end from the glass.\n\n"
        '"Let me say one thing about that rink," he began, before the players cheered.\n\n'
        '"Not tonight," Oyelaran-Hunt began at the podium.'
    )
    assert _speakers(text, "Let me say one thing about that rink") == ["Lysander Oyelaran-Hunt"]
    assert _speakers(text, "Not tonight") == ["Lysander Oyelaran-Hunt"]


def test_began_without_a_quotation_is_no_speech():
    text = (
        "The strike began on Monday. Parents began calling the centres, and the talks "
        "began to stall. Ann-Sofie Gruber said the guild would wait."
    )
    rows = quote_rows(text, "cue", "quote")
    assert [c for c, _ in rows] == ["said"]


def test_quoted_member_described_in_an_apposition():
    text = (
        "The guild quoted one of its members, a rural pharmacist in Steinbach, as saying "
        "she had turned away eleven patients in a week."
    )
    # (merged with left60's twin quoted_objects.py: the whole apposed description)
    assert _speakers(text, "she had turned away eleven patients in a week") == [
        "a rural pharmacist in Steinbach"
    ]


def test_quoted_employee_with_a_relative_clause_apposition():
    text = (
        "The mill's newsletter quoted its oldest worker, a millwright who has run the "
        "saws since 1988, as saying the new blades were a mistake."
    )
    got = _speakers(text, "the new blades were a mistake")
    assert len(got) == 1 and got[0].startswith("a millwright"), got


def test_quoted_apposition_with_a_name_keeps_the_name():
    text = (
        "The paper quoted a former aide, Rosamund Vickery-Oyelaran, as saying the memo "
        "had been shredded."
    )
    assert _speakers(text, "the memo had been shredded") == ["Rosamund Vickery-Oyelaran"]


_LINEUP = (
    "Coach Wilhelmina Osei-Lindgren's lineup had 18-year-old Tamsin Okereke-Falk "
    "throwing lead stones, with third Marisol Haugen and second Delphine Abara-Wicks in "
    "their usual spots.\n\n"
)


def test_rookie_lead_is_the_player_throwing_lead_stones():
    text = _LINEUP + '"My hands were cold all game," the rookie lead said.'
    assert _speakers(text, "My hands were cold all game") == ["Tamsin Okereke-Falk"]


def test_aged_lead_is_the_player_throwing_lead_stones():
    text = _LINEUP + '"We kept it simple," the 18-year-old lead said.'
    assert _speakers(text, "We kept it simple") == ["Tamsin Okereke-Falk"]


def test_said_little_after_the_game_is_no_row():
    text = "Ingeborg Castellanos-Reid said little after the final and left by a side door."
    assert [c for c, _ in quote_rows(text, "cue", "quote")] == []


def test_said_little_before_a_finite_clause_stays_content():
    text = "Ingeborg Castellanos-Reid said little before the vote had been settled in private."
    assert _speakers(text, "little before the vote had been settled in private") == [
        "Ingeborg Castellanos-Reid"
    ]
