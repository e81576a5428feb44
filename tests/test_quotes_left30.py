"""Rules from left30: a body's recommendation ("The jury recommended that ..."), "in the
words of X, ...", owned figures after "according to", and the smaller misses and false
rows of the session. Sentences written for these tests."""

from __future__ import annotations

from _quote_rows import speech_rows


def test_recommended_that_is_a_reported_statement():
    rows = speech_rows("The jury recommended that the city install guardrails on the bridge.")
    assert rows == [("The jury", "recommended", "the city install guardrails on the bridge")]
    rows = speech_rows("The coroner's panel recommended that hospitals hire more night staff.")
    assert [r[2] for r in rows] == ["hospitals hire more night staff"]
    assert speech_rows('"Keep the tax," the panel recommended.') == [
        ("the panel", "recommended", "Keep the tax")
    ]


def test_recommended_without_a_clause_is_no_statement():
    assert speech_rows("He recommended a different firm.") == []
    assert speech_rows("The party released its recommended slate.") == []
    assert speech_rows("The changes the panel recommended were adopted.") == []
    assert speech_rows("Ann Roe was recommended for the job by Tom Vale.") == []


def test_needs_that_cue_closing_a_relative_clause_is_no_statement():
    for verb in ("recommended", "demanded"):
        text = f"The zoning amendment, which staff have {verb}, would remove the old rules."
        assert speech_rows(text) == []
    assert speech_rows("The plan, which the panel recommended, would cost $4 million.") == []
    rows = speech_rows("The city adopted the changes that the panel recommended, Ann Roe said.")
    assert [r[1] for r in rows] == ["said"]


def test_in_the_words_of_names_the_source():
    rows = speech_rows("In the words of Coun. Ray Dunn, the budget is a mess.")
    assert rows == [("Ray Dunn", "In the words of", "the budget is a mess")]
    rows = speech_rows("In the words of one resident, the park has become a parking lot.")
    assert [(r[0], r[2]) for r in rows] == [("one resident", "the park has become a parking lot")]
    rows = speech_rows("The plan failed, in the words of one official.")
    assert [(r[0], r[2]) for r in rows] == [("one official", "The plan failed")]


def test_in_the_words_of_takes_the_quotation_after_it():
    text = (
        "He fixed engines, raised three sons and became, in the words of one neighbour, "
        "\u201cthe only man on the island who could fix anything.\u201d"
    )
    rows = speech_rows(text)
    assert [(r[0], r[2]) for r in rows] == [
        ("one neighbour", "the only man on the island who could fix anything.")
    ]
    text = (
        "In the words of Coun. Marta Lee, who sits on the transit committee, "
        "\u201cForty buses is forty neighbourhoods.\u201d"
    )
    rows = speech_rows(text)
    assert [(r[0], r[2]) for r in rows] == [("Marta Lee", "Forty buses is forty neighbourhoods.")]


def test_in_the_words_of_without_a_source_clause_is_no_statement():
    assert speech_rows("She wrote the song in the words of her grandmother.") == []
    assert speech_rows("He sang it in the words of the old hymn and then sat down.") == []


def test_according_to_owned_figures_is_a_source():
    text = (
        "The board is slow. The board had 280,000 claims waiting at the end of June, "
        "according to its most recent quarterly figures, up from 200,000."
    )
    rows = speech_rows(text)
    assert [r[2] for r in rows] == ["The board had 280,000 claims waiting at the end of June"]
    text = "Sales fell 10 per cent, according to the company's latest figures."
    assert [r[2] for r in speech_rows(text)] == ["Sales fell 10 per cent"]
    assert speech_rows("Sales fell 10 per cent, according to federal figures.") == []


def test_quantity_of_them_opens_the_sentence():
    text = (
        "Forty workers came to the farm. This year, eight of them filed complaints with "
        "the province, saying the rules kept them on the farm."
    )
    rows = speech_rows(text)
    assert [(r[0], r[2]) for r in rows] == [("Forty workers", "the rules kept them on the farm")]
    rows = speech_rows("Many of them signed a petition, saying the tower was too tall.")
    assert [(r[0], r[2]) for r in rows] == [("many of them", "the tower was too tall")]


def test_they_after_a_numbered_group_subject_is_the_group():
    text = (
        "Three of the workers spoke to reporters on Sunday at a church hall. They gave "
        "only their first names, saying they feared losing their jobs."
    )
    assert [r[0] for r in speech_rows(text)] == ["workers"]
    text = "Dozens of residents packed the hall. They said the tower was too tall."
    assert [r[0] for r in speech_rows(text)] == ["residents"]
    text = "Ann Roe and Tom Vale came. They said the tower was too tall."
    assert [r[0] for r in speech_rows(text)] == ["Ann Roe and Tom Vale"]


def test_speech_noun_with_an_object_relative_is_no_content():
    assert speech_rows("Lee's comments that we received were brief.") == []
    assert speech_rows("Ann Roe's remarks that they recorded were short and polite.") == []
    rows = speech_rows("Ann Roe's claim that they lied to the board was false.")
    assert [r[1] for r in rows] == ["claim"]


def test_recalled_a_time_is_a_memory_not_speech():
    assert speech_rows("Ann Roe recalled the 2018 flood, when water filled the basement.") == []
    text = "Tom Vale recalls the winter of 1998, when the power was out for a week."
    assert speech_rows(text) == []
    rows = speech_rows("Ann Roe recalled that the water filled the basement, when the river rose.")
    assert [r[2] for r in rows] == ["the water filled the basement, when the river rose"]


def test_recalled_time_lends_its_speaker_to_the_quotation_after_it():
    text = (
        "Ann Roe ran the paper for years. She recalled the 2018 flood, when the river rose "
        "into the downtown.\n\n\u201cWe slept on the floor for three nights. We put out a "
        "paper anyway.\u201d"
    )
    rows = speech_rows(text)
    assert [(r[0], r[2][:8]) for r in rows] == [("Ann Roe", "We slept")]


def test_participle_dated_by_a_time_is_no_cue():
    assert speech_rows("The cuts announced Wednesday will affect 200 jobs.") == []
    assert speech_rows("The changes announced last Monday are the first in a decade.") == []
    assert speech_rows("Two new ads, announced Wednesday, target young voters.") == []
    rows = speech_rows("The company announced Wednesday it would close the plant.")
    assert [r[2] for r in rows] == ["it would close the plant"]
    rows = speech_rows('Ann Roe, the mayor, announced Wednesday, "We are done."')
    assert [r[2] for r in rows] == ["We are done."]
    text = "Ann Roe, the mayor, announced Wednesday, in a statement, that she would resign."
    assert [r[2] for r in speech_rows(text)] == ["she would resign"]
