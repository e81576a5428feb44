"""Cue and segmentation patterns left after session 18 (left22; issue 12): a fronted place
adverbial before a job noun and a name as the subject ("Beside her, welder Ann Roy said"),
a dash aside with its own frame between the subject and the cue ("Ann Roy -- no
relation, she stressed -- said"). Every sentence here is written for the test; names
and events are fictional."""

from _quote_rows import quote_rows, speech_rows

_LEAD = "The plant in Millbrook closed its gates on Monday after talks broke down.\n\n"


def test_fronted_place_adverbial_is_no_speaker():
    for lead in ("Beside her", "Nearby", "Behind the counter", "Across the street"):
        text = _LEAD + f"{lead}, welder Ann Roy, a mother of two, said she had brought a chair."
        assert speech_rows(text) == [("Ann Roy", "said", "she had brought a chair")], lead


def test_job_noun_in_ing_before_a_name_after_a_fronted_adverbial():
    text = _LEAD + "Beside him, packaging line worker Dan Roy, 44, said he was ready to wait."
    assert speech_rows(text) == [("Dan Roy", "said", "he was ready to wait")]
    # a participle insertion after the subject stays no speaker
    text = _LEAD + "The Herald, citing internal documents, reported that sales fell by half."
    assert [s for s, _, _ in speech_rows(text)] == ["the Herald"]


def test_dash_aside_with_its_own_frame_between_subject_and_cue():
    for dash in ("--", "\u2014"):
        text = (
            _LEAD + f"Beside her, packaging line worker Josie Roy {dash} no relation, she "
            f"stressed {dash} said she had brought a thermos and a folding chair."
        )
        rows = speech_rows(text)
        assert ("Josie Roy", "said", "she had brought a thermos and a folding chair") in rows
        # the aside's frame reads no further back than the opening dash
        assert all(not q.startswith("Beside") for _, _, q in rows), rows


def test_dash_aside_frame_reads_only_inside_the_dashes():
    text = _LEAD + "The new line -- and this matters most, the manager said -- will open in May."
    rows = quote_rows(text, "speaker", "quote")
    assert rows == [("the manager", "and this matters most")]


def test_place_words_as_adjectives_still_open_a_speaker():
    text = _LEAD + "Nearby residents said the noise had kept them awake for weeks."
    assert speech_rows(text) == [
        ("Nearby residents", "said", "the noise had kept them awake for weeks")
    ]
    text = _LEAD + "Outside experts also say the deal is weak."
    assert [s for s, _, _ in speech_rows(text)] == ["Outside experts"]


def test_dash_pair_before_the_cue_closes_an_apposition():
    text = (
        _LEAD
        + "A former union president -- Dan Okoro, who led the 2009 strike -- said the offer was an insult."
    )
    assert speech_rows(text) == [("Dan Okoro", "said", "the offer was an insult")]


_SIBLINGS = (
    "Mara Olsen studies sea ice. Her brother, Jon Olsen, studies the rock beneath it.\n\n"
    "\u201cIt is cold work,\u201d Mara Olsen says.\n\n"
    "\u201cColder for me,\u201d Jon Olsen says.\n\n"
    "Dr. Kay Lund, who was not involved in the work, says the method is careful.\n\n"
)


def test_plural_kin_noun_is_the_two_quoted_people_of_one_surname():
    for mention in ("The siblings", "The twins", "Both brothers"):
        text = _SIBLINGS + f"{mention} say they rarely argue about data."
        rows = quote_rows(text, "speaker", "speaker_type", "quote")
        assert rows[-1] == ("Mara and Jon Olsen", "group", "they rarely argue about data"), mention


def test_plural_kin_noun_without_two_quoted_kin_stays_the_description():
    text = (
        "Dr. Kay Lund, who was not involved in the work, says the method is careful.\n\n"
        "The siblings say they rarely argue about data."
    )
    assert quote_rows(text, "speaker", "quote")[-1] == (
        "the siblings",
        "they rarely argue about data",
    )


def test_will_tell_you_that_is_a_view_the_speaker_holds():
    text = _LEAD + "Dan Okoro will tell you that the old contract was better for everyone."
    assert speech_rows(text) == [("Dan Okoro", "tell", "the old contract was better for everyone")]
    # a future speech to a named listener, or a negated one, is no report
    for verb in ("will tell the committee", "will not tell you"):
        text = _LEAD + f"Dan Okoro {verb} that the old contract was better for everyone."
        assert speech_rows(text) == [], verb


def test_quotation_after_an_indirect_quote_in_the_same_paragraph():
    text = (
        _LEAD + "Ann Roe said she would spend the evening with her son. "
        "\u201cWe are going to the lake tonight. He has earned it.\u201d\n\nThe talks resume Friday."
    )
    rows = quote_rows(text, "speaker", "quote", "statement_id")
    assert [(s, q) for s, q, _ in rows] == [
        ("Ann Roe", "she would spend the evening with her son"),
        ("Ann Roe", "We are going to the lake tonight. He has earned it."),
    ]
    assert rows[0][2] == rows[1][2]  # one statement


def test_no_carried_quotation_when_another_speaker_shares_the_sentence():
    # the indirect quote must end its sentence and be its only speaker's
    text = (
        _LEAD + "\u201cIt was a fair offer,\u201d Ann Roe told Tom Vale, after Vale assured "
        "her that the plant would reopen. \u201cI will not let you down.\u201d"
    )
    assert [q for _, _, q in speech_rows(text)] == ["It was a fair offer", "the plant would reopen"]


def test_recalls_and_a_gerund_after_a_subject_is_a_report():
    text = _LEAD + "Dana Fox, 66, recalls watching from the road as the roof caught fire."
    assert speech_rows(text) == [
        ("Dana Fox", "recalls", "watching from the road as the roof caught fire")
    ]
    # the noun "recalls" and its participle stay no report
    text = _LEAD + "Three recalls affecting two million cars were announced this year."
    assert speech_rows(text) == []


def test_reminded_the_jury_that_is_a_report():
    text = (
        _LEAD
        + "Justice Ann Roe reminded jurors at the end of the day that they must ignore the news."
    )
    assert speech_rows(text) == [("Ann Roe", "reminded", "they must ignore the news")]
    # a thing that reminds, "reminded X of", or no "that" is no report
    for sentence in (
        "The smell reminded Dan Okoro that winter was near.",
        "Dan Okoro reminds me of his father saying that work was sacred.",
        "Dan Okoro reminded voters of his record.",
    ):
        assert speech_rows(_LEAD + sentence) == [], sentence
