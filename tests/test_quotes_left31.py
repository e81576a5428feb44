"""Rules from left31: causatives ("made him admit", "was forced to admit"), "It" after a
jury or an inquest, frames inside brackets or between dashes, role listeners after
"told", directive conjuncts inside a reported clause, long "X, which ..., said"
subjects, two-line transcripts, and two false rows (progressive "writing" with a noun
object, "asked X for Y"). Sentences written for these tests."""

from __future__ import annotations

from _quote_rows import quote_rows, speech_rows


def test_passive_causative_gives_the_subject():
    rows = speech_rows("Tom Vale was forced to admit that the money was gone.")
    assert rows == [("Tom Vale", "admit", "the money was gone")]
    rows = speech_rows("Ann Roe was prompted to say that the plan had failed.")
    assert rows == [("Ann Roe", "say", "the plan had failed")]
    rows = speech_rows("Coun. Ray Dunn was made to admit that the budget was late.")
    assert [(r[0], r[2]) for r in rows] == [("Ray Dunn", "the budget was late")]


def test_passive_request_is_still_no_statement():
    assert speech_rows("The mayor was asked to confirm that the road would close.") == []
    assert speech_rows("He made a point to say that he would stay.") == []


def test_bare_causative_object_is_the_speaker():
    rows = speech_rows("The lawyer made the former manager admit that the records were gone.")
    assert [(r[0], r[2]) for r in rows] == [("the former manager", "the records were gone")]
    rows = speech_rows("The prosecutor made him admit that he had lied.")
    assert rows[0][0] != "The prosecutor made him" and rows[0][2] == "he had lied"
    rows = speech_rows("The chair let Coun. Ray Dunn explain that the budget was late.")
    assert rows == [("Ray Dunn", "explain", "the budget was late")]


def test_it_after_a_jury_or_an_inquest():
    text = (
        "The jury recommended that the city install guardrails. "
        "It also recommended that drivers slow down."
    )
    assert [(r[0].lower(), r[2]) for r in speech_rows(text)] == [
        ("the jury", "the city install guardrails"),
        ("the jury", "drivers slow down"),
    ]
    text = "The coroner's jury met for five days. It recommended that the clinic hire nurses."
    assert speech_rows(text) == [("the jury", "recommended", "the clinic hire nurses")]
    text = "The inquest ended on Friday. It recommended that police wear cameras."
    assert speech_rows(text) == [("the inquest", "recommended", "police wear cameras")]


def test_it_after_a_body_with_an_irregular_past():
    text = "The panel met for three days. It said that the plan was sound."
    assert speech_rows(text) == [("the panel", "said", "the plan was sound")]


def test_frame_inside_brackets_takes_the_bracketed_clause():
    text = "The new tax (which, many critics say, will hurt farmers) passed on Monday."
    assert speech_rows(text) == [("many critics", "say", "will hurt farmers")]
    text = "The new tax (it will hurt farmers, critics say) passed on Monday."
    assert speech_rows(text) == [("critics", "say", "it will hurt farmers")]
    text = "Turnout was low (as low as 19 percent, Ann Roe says) in the north."
    assert speech_rows(text) == [("Ann Roe", "says", "as low as 19 percent")]


def test_frame_between_dashes_keeps_both_sides():
    for text in (
        "The plan — or so many residents say — is dead.",
        "The plan -- residents say -- is dead.",
    ):
        assert [r[2] for r in speech_rows(text)] == ["The plan", "is dead"]
    rows = speech_rows("Ann Roy — no relation, she stressed — said the plan was dead.")
    assert rows == [("Ann Roy", "said", "the plan was dead")]


def test_role_listener_after_told_is_no_content():
    rows = speech_rows("You said the plan would fail, Tom Brandt told the mayor.")
    assert rows == [("Tom Brandt", "told", "You said the plan would fail")]
    rows = speech_rows("The bridge is unsafe, Ann Roe told the mayor on Monday.")
    assert rows == [("Ann Roe", "told", "The bridge is unsafe")]
    rows = speech_rows("Tom Brandt told his lawyer he was innocent.")
    assert rows == [("Tom Brandt", "told", "he was innocent")]
    rows = speech_rows("Tom Brandt told the mayor that the plan would fail.")
    assert rows == [("Tom Brandt", "told", "the plan would fail")]


def test_directive_conjunct_of_a_reported_perfect_stays_in_the_clause():
    rows = speech_rows("The union said it had closed its fishery and told members not to fish.")
    assert rows == [("the union", "said", "it had closed its fishery and told members not to fish")]
    text = "She said her brother had hiked the trail twice and always told someone where he went."
    assert [r[1] for r in speech_rows(text)] == ["said"]
    rows = speech_rows("Ann Roe said the club had raised fees and told players that they must pay.")
    assert [r[1] for r in rows] == ["said", "told"]
    text = "The ministry said police had closed the road and asked drivers to stay home."
    assert [r[1] for r in speech_rows(text)] == ["said", "asked"]  # the ministry's request
    text = "She said shops had lost customers for years, and told city staff to pay them."
    assert [r[1] for r in speech_rows(text)] == ["said", "told"]


def test_long_subject_with_a_which_insertion():
    text = (
        "Pine Ridge Mining Ltd., which runs the Cold Lake Creek mine about 60 kilometres "
        "east of 100 Mile House, said that the dam failed."
    )
    assert speech_rows(text) == [("Pine Ridge Mining Ltd.", "said", "the dam failed")]


def test_two_line_transcript_gives_both_turns():
    text = "HOBBS: We need to move now.\nVELL: I do not agree with that."
    assert [r[1] for r in quote_rows(text, "cue", "quote")] == [
        "We need to move now.",
        "I do not agree with that.",
    ]
    text = "Tom Hobbs and Ann Vell met on Monday.\n\nHOBBS: We must act.\n\nVELL: I disagree, you know."
    assert quote_rows(text, "speaker", "speaker_type") == [
        ("Tom Hobbs", "person"),
        ("Ann Vell", "person"),
    ]


def test_comparison_lines_are_no_transcript():
    rows = quote_rows("BIDEN: Raised taxes.\nTRUMP: Cut taxes.", "kind")
    assert ("turn",) not in rows


def test_progressive_writing_with_a_noun_object_is_no_statement():
    assert speech_rows("Nurses are writing medication orders by hand and runners carry them.") == []
    assert speech_rows("The students are writing exams this week.") == []
    rows = speech_rows("She is writing to the council that the road is unsafe.")
    assert [r[2] for r in rows] == ["the road is unsafe"]


def test_asked_for_a_thing_is_no_statement():
    text = "Parents asked the province for a new school and were told there was no money."
    assert speech_rows(text) == []
    assert speech_rows("Residents asked the city for a crosswalk and were told to wait.") == []
    rows = speech_rows('Lee asked reporters for patience: "We need time."')
    assert [r[2] for r in rows] == ["We need time."]
    rows = speech_rows("Ann Roe asked the court whether the case could wait.")
    assert [r[1] for r in rows] == ["asked"]
