"""Classes found by the third, blind written news batch (session 12, issue 12:
tests/data/written_news3): a person once quoted as "he" or "she" keeps that gender
for later pronouns; "the statement said" / "the memo reads" is the author who spoke "in a statement" /
"in a memo" before; "the minister" is a name set after "<office> of ...,"; a short
bare quoted sentence carries the previous speaker; "X said, laughing" has no
content. Every sentence here is written for the test; names and events are
fictional."""

import pandas as pd
import pytest

import analysis


def rows(text):
    q = analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]}))
    return [(r.speaker, r.quote) for r in q.itertuples()]


def test_pronoun_gender_sticks_to_a_person_with_an_unlisted_given_name():
    text = (
        "Torvald Quisenberry, 38, drove out with his two sons. He said the road was lined "
        "with flames.\n\n"
        "“I said no,” Quisenberry said.\n\n"
        "Ysolde Brannagh stayed behind to load the plane. She said she could see the glow "
        "from the runway."
    )
    assert rows(text)[-1] == ("Ysolde Brannagh", "she could see the glow from the runway")


@pytest.mark.parametrize(
    "opening, later",
    [
        (
            "The Brackwater Pulp Co. said in a statement that it would reopen the mill.",
            "“We regret the disruption,” the statement said.",
        ),
        (
            "In a memo to staff, chief executive Odalys Fenwick said the company had hired "
            "too quickly.",
            "The memo also says the cuts will be the last this year.",
        ),
    ],
)
def test_a_document_speaks_for_its_author(opening, later):
    got = rows(opening + "\n\n" + later)
    assert got[0][0] == got[-1][0] != None  # noqa: E711


def test_a_document_without_an_author_stays_a_document():
    text = "The river rose again.\n\n“Residents should stay away,” the statement said."
    assert rows(text)[-1][0] == "the statement"


def test_office_with_of_phrase_before_the_name():
    text = (
        "The province's minister of forests, Delphine Arcand-Tully, said crews had been "
        "pulled back.\n\n“We will not bring anyone back early,” the minister said."
    )
    assert rows(text)[-1] == ("Delphine Arcand-Tully", "We will not bring anyone back early")


@pytest.mark.parametrize("tail", ["She cried too.", "No. None.", "Mostly the crews."])
def test_short_bare_sentence_continues_the_speaker(tail):
    text = f"“The first time I cried,” Marit Oyelowo said. “{tail}”"
    assert rows(text)[-1] == ("Marit Oyelowo", tail)


def test_short_quoted_word_is_not_a_continuation():
    text = "“The first time I cried,” Marit Oyelowo said. “Encore”"
    assert [q for _, q in rows(text)] == ["The first time I cried"]


def test_a_manner_participle_after_said_is_no_content():
    text = (
        "“It was a long night.” Marit Oyelowo said, laughing for the first time in the "
        "conversation."
    )
    assert all("laughing" not in q for _, q in rows(text))


def test_a_speech_participle_after_said_stays():
    text = "Marit Oyelowo said, adding that the crews had left at dawn."
    assert any("the crews had left at dawn" in q for _, q in rows(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Ridgeback defenceman, a rookie from Val-d'Or, Que., added an assist on the "
        "winning goal.",
        "Shares of Brackwater added 6 per cent, or $1.10, to $19.40 on Monday, though they "
        "remain far below their spring high.",
    ],
)
def test_added_with_a_non_speech_object_is_no_quote(text):
    assert rows(text) == []


def test_added_with_a_speaker_after_it_stays():
    text = "The mill will reopen in March, added a Brackwater spokesperson."
    assert rows(text) == [("a Brackwater spokesperson", "The mill will reopen in March")]


@pytest.mark.parametrize("conj", ["and", "but"])
def test_and_or_but_after_a_parenthetical_frame_continues_the_speech(conj):
    text = (
        f"The levee was built for a smaller flood, Reeve Ottilie Marchbank said, {conj} "
        "the county had asked for money to raise it."
    )
    got = rows(text)
    assert got[0] == ("Ottilie Marchbank", "The levee was built for a smaller flood")
    assert got[1] == ("Ottilie Marchbank", f"{conj} the county had asked for money to raise it")


def test_a_person_reading_aloud_is_quoted():
    text = (
        "Grade 4 student Philippa Oduya-Stern read a letter from her class. “The bus takes "
        "an hour,” she read. “Please keep our school.”"
    )
    assert rows(text) == [
        ("Philippa Oduya-Stern", "The bus takes an hour"),
        ("Philippa Oduya-Stern", "Please keep our school."),
    ]


@pytest.mark.parametrize("surname", ["Cardinal", "Marshal"])
def test_a_given_name_before_a_title_word_surname_is_a_person(surname):
    text = (
        "Torvald Quisenberry said the road was closed.\n\n"
        f"His neighbour, Marlene {surname}, stayed behind. She said the sky had turned orange."
    )
    assert rows(text)[-1] == (f"Marlene {surname}", "the sky had turned orange")


@pytest.mark.parametrize("label", ["Review", "Analysis", "Explainer"])
def test_a_section_label_before_a_headline_colon_is_no_speaker(label):
    text = f"{label}: At the Tidewater festival, a play about a ferry captain steals the week"
    assert rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Witnesses saw the two men arguing near the curb.",
        "The letters her great-aunt wrote while keeping a light on Sable Point survive.",
        "Premier Idris Vantongeren, answering a follow-up from Opposition Leader Ruth "
        "Calloway, rose again.",
    ],
)
def test_verbs_with_a_place_time_or_act_after_them_quote_nothing(text):
    assert rows(text) == []


def test_it_after_a_sentence_opened_by_a_document_is_the_document_and_its_author():
    text = (
        "In a report released Monday, the Harbour Audit Office says the ferry contract ran "
        "$40 million over budget.\n\n"
        "The report also flags risks in the Brackwater Insurance agreement. It says the "
        "insurer could walk away next year.\n\n"
        "According to the report, two more ferries are late."
    )
    got = rows(text)
    assert len(got) == 3
    assert {s for s, _ in got} == {"the Harbour Audit Office"}


@pytest.mark.parametrize("rank", ["Const.", "Sgt.", "Det."])
def test_the_officer_is_the_person_titled_with_a_police_rank(rank):
    text = (
        f"The jury heard from {rank} Anneke Ruiz-Barrow of the Tidewater police, who was "
        "first on the scene.\n\nThe officer said the driver was calm."
    )
    assert rows(text)[-1] == ("Anneke Ruiz-Barrow", "the driver was calm")


def test_a_prepositional_phrase_before_that_is_not_mixed_content():
    text = (
        "Labour Minister Ines Achterhof said in a post on social media that she was "
        "“deeply concerned” about the dispute."
    )
    assert rows(text) == [("Ines Achterhof", "she was “deeply concerned” about the dispute")]


def test_the_witness_is_the_person_the_article_said_was_one():
    text = (
        "Odile Marchetti-Vance, 41, was the Crown's second witness. Under questioning, "
        "the witness said the van had no lights on."
    )
    assert rows(text) == [("Odile Marchetti-Vance", "the van had no lights on")]
