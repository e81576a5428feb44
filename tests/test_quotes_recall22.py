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
