"""Indirect and mixed speech classes from a sample of PolNeAR train misses and false
predictions (session 19, recall22; issue 12): a noun ending an "according to" source is
no cue ("..., according to media reports."), and the writer's comment after reported
content ("..., an admission that ...", "..., a swipe at ...") is no content.
Every sentence here is written for the test; names and events are fictional."""

from _quote_rows import speech_rows

_LEAD = "The board met on Monday.\n\n"


def test_a_noun_that_ends_an_according_to_source_is_no_cue():
    for source in ("media reports", "Reuters reports", "local news reports", "its FEC reports"):
        text = _LEAD + f"The plant will close next year, according to {source}."
        assert speech_rows(text) == [(source, "according to", "The plant will close next year")], (
            source
        )


def test_the_writers_comment_after_indirect_content_is_cut():
    text = (
        _LEAD + "Lee said taxes would rise next year, an apparent admission that the plan failed."
    )
    assert speech_rows(text) == [("Lee", "said", "taxes would rise next year")]
    text = (
        _LEAD + "Lee said the province would review the contract, a swipe at the last government."
    )
    assert speech_rows(text) == [("Lee", "said", "the province would review the contract")]


def test_the_writers_comment_after_a_quotation_is_cut():
    text = (
        _LEAD
        + 'Lee said the premier "has no plan for the north," a thinly veiled reference to Roe.'
    )
    assert speech_rows(text) == [("Lee", "said", 'the premier "has no plan for the north,"')]
    text = (
        _LEAD + 'Roe said some families would pay "slightly more" in taxes, an acknowledgment '
        "that her rivals quickly seized on."
    )
    assert speech_rows(text) == [
        ("Roe", "said", 'some families would pay "slightly more" in taxes')
    ]


def test_a_list_or_an_ordinary_apposition_stays_in_the_content():
    text = _LEAD + "The mayor said the city would buy a bus, a sign, and a new truck."
    assert speech_rows(text) == [
        ("The mayor", "said", "the city would buy a bus, a sign, and a new truck")
    ]
    text = _LEAD + "Lee said the firm hired Ann Roe, a lawyer from Halifax, to run the review."
    assert speech_rows(text) == [
        ("Lee", "said", "the firm hired Ann Roe, a lawyer from Halifax, to run the review")
    ]


def test_a_lead_participle_with_a_quotation_leaves_the_that_clause_to_the_cue():
    text = (
        _LEAD + 'Citing "obligations at home," the minister\'s spokeswoman told the Herald '
        "that Lee plans to skip the meeting."
    )
    assert speech_rows(text) == [
        ("the minister's spokeswoman", "told", "Lee plans to skip the meeting")
    ]
    text = _LEAD + 'Describing the plan as "a disaster," Roe said the city would start over.'
    assert speech_rows(text) == [("Roe", "said", "the city would start over")]


def test_a_lead_speech_participle_whose_quotation_ends_in_a_comma():
    for q in ('"', "''"):
        text = (
            _LEAD + f"Recalling {q}the hard winter of 1998,{q} the statement urged residents "
            "to prepare early."
        )
        rows = speech_rows(text)
        assert ("the statement", "Recalling", "the hard winter of 1998") in rows, rows
        assert ("the statement", "urged", "to prepare early") in rows, rows


def test_a_subject_and_its_predicate_around_according_to():
    text = _LEAD + "The new plan, according to Lee, will fail within a year."
    assert speech_rows(text) == [
        ("Lee", "according to", "The new plan"),
        ("Lee", "according to", "will fail within a year"),
    ]
    text = _LEAD + "The money, according to the audit, went to three firms in Halifax."
    assert [q for _, _, q in speech_rows(text)] == ["The money", "went to three firms in Halifax"]
    text = (
        _LEAD + "The mayor met a man whose book, according to its publisher, "
        '"draws a troubling portrait of the council."'
    )
    assert [q for _, _, q in speech_rows(text)] == [
        "whose book",
        "draws a troubling portrait of the council.",
    ]


def test_according_to_after_a_clause_or_an_adverbial_keeps_one_side():
    text = _LEAD + "Sales rose in March, according to the agency, and prices fell."
    # (left36: "and" + a clause after "according to X," goes on with X's statement, as
    # after "A, Lee said, and B": two rows of one statement, not a subject split)
    assert speech_rows(text) == [
        ("the agency", "according to", "Sales rose in March"),
        ("the agency", "according to", "and prices fell"),
    ]
    text = _LEAD + "In the first quarter of last year, according to Lee, the firm lost money."
    assert [q for _, _, q in speech_rows(text)] == ["In the first quarter of last year"]
    text = _LEAD + "Now, according to the poll, some voters are swinging to Roe."
    assert [q for _, _, q in speech_rows(text)] == ["some voters are swinging to Roe"]
    text = (
        _LEAD + 'The fund lost $3 million last year, according to its annual report, "a result '
        'of poor oversight."'
    )
    assert [q for _, _, q in speech_rows(text)] == ["The fund lost $3 million last year"]


def test_a_comma_right_after_that_behind_a_listener():
    text = _LEAD + "Lee reiterated to CBC News that, in retrospect, the plan was a mistake."
    assert speech_rows(text) == [("Lee", "reiterated", "in retrospect, the plan was a mistake")]
    text = _LEAD + "Lee confirmed to the Herald that, starting in May, the plant will close."
    assert speech_rows(text) == [("Lee", "confirmed", "starting in May, the plant will close")]


def test_a_speech_noun_with_a_time_word_or_an_occasion_before_that():
    text = _LEAD + "Lee's assertion Monday that more patrols are needed surprised the council."
    rows = speech_rows(text)
    assert [(s, c) for s, c, _ in rows] == [("Lee", "assertion")], rows
    assert rows[0][2].startswith("more patrols are needed")
    text = (
        _LEAD
        + "The ministry rejected his claim in a recent radio interview that he read the files."
    )
    assert speech_rows(text) == [("his", "claim", "he read the files")]


def test_a_speech_noun_and_a_copula_before_that():
    text = _LEAD + "Roe's most explosive claim is that the committee is biased against the mayor."
    assert speech_rows(text) == [("Roe", "claim", "the committee is biased against the mayor")]
    text = _LEAD + "Roe's warning was that the bridge would not last the winter."
    assert speech_rows(text) == [("Roe", "warning", "the bridge would not last the winter")]


def test_a_speech_noun_without_a_possessor_or_a_place_noun_gives_no_row():
    assert speech_rows(_LEAD + "The claim is that the dam leaked in the spring.") == []
    assert speech_rows(_LEAD + "Lee's office in the old hall is that way, past the stairs.") == []


def test_an_ordinal_object_is_no_speaker_of_a_participle():
    text = (
        _LEAD + "Lee made a third attempt to deflect the criticism, writing that the real "
        "issue was crime."
    )
    assert speech_rows(text) == [("Lee", "writing", "the real issue was crime")]
    text = _LEAD + "The first woman to lead the union said the strike would go on."
    assert speech_rows(text) == [
        ("the first woman to lead the union", "said", "the strike would go on")
    ]


def test_a_time_phrase_without_a_comma_before_the_subject():
    text = (
        _LEAD + "On Sunday morning Mr. Lee made an attempt to deflect the criticism, saying "
        "that the real issue was crime."
    )
    assert speech_rows(text) == [("Lee", "saying", "the real issue was crime")]


def test_a_what_clause_after_a_preposition_reports_its_subjects_words():
    text = _LEAD + "The fire was caused by what police said was a gas leak in the basement."
    assert speech_rows(text) == [("police", "said", "was a gas leak in the basement")]
    text = (
        _LEAD + "The alarm, set off by what the city later said was a faulty sensor, forced "
        "200 people onto the street."
    )
    assert speech_rows(text) == [("the city", "said", "was a faulty sensor")]
    text = _LEAD + "Clubs must adapt to what Roe said is demand for pools, parks and gyms."
    assert speech_rows(text) == [("Roe", "said", "is demand for pools, parks and gyms")]


def test_a_what_clause_that_opens_the_sentence_is_no_frame():
    assert speech_rows(_LEAD + "What Lee said was written on a napkin.") == []
