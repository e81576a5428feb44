"""Office nouns ("the president", "the senator") and the pronouns after them
(analysis.quotes.coref): a role noun is the person titled with exactly that
office, "the president" is the article's sitting president, and nobody is
guessed from the last person quoted. Sentences written for the tests."""

import pandas as pd
import pytest

from analysis import extract_quotes
from analysis.quotes.assemble import extract
from analysis.quotes.lexicon import lexicon
from analysis.quotes.titles import title_phrase
from analysis.transcripts import add_turns


def speakers(text):
    return [(q.mention, q.speaker, q.stype) for q in extract(text)[0]]


@pytest.mark.parametrize(
    "text, want",
    [
        # "former President X" never makes X "the president"
        (
            "Former President Hal Norris criticised the plan on Monday. President Ada Vance "
            'spoke later. "It will pass," the president said.',
            "Ada Vance",
        ),
        # ... but he is "the former president"
        (
            'Former President Hal Norris criticised the plan. "It is a mess," the former '
            "president said.",
            "Hal Norris",
        ),
        # "Vice President X" is "the vice president", not "the president"
        (
            "Vice President Rita Lowe toured the plant. President Ada Vance stayed in the "
            'capital. "We are ready," the vice president said.',
            "Rita Lowe",
        ),
        # "X-elect" only for "the president-elect"
        (
            "President-elect Hal Norris met President Ada Vance for an hour. "
            '"It went well," the president-elect said.',
            "Hal Norris",
        ),
        # abbreviated titles: "Sen." is a senator
        ('Sen. Omar Diaz spoke on Monday. "We will vote," the senator said.', "Omar Diaz"),
        # the sitting president, though a foreign president was named last
        (
            "President Ada Vance welcomed the delegation. President Vance said the talks "
            "were useful. Ukrainian President Petro Lysenko arrived at noon. "
            '"We agreed on a plan," the president said.',
            "Ada Vance",
        ),
    ],
)
def test_role_noun_is_the_person_titled_exactly_so(text, want):
    got = speakers(text)
    assert got[-1][1] == want, got
    assert got[-1][2] == "person"


@pytest.mark.parametrize(
    "text",
    [
        # no one titled senator: the last quoted person is no guess for an office
        'Hal Norris held a rally on Monday. "We need change," he said. '
        '"We will vote this week," the senator said.',
        # a majority leader is not "the senator" by title
        'Senate Majority Leader Ken Ruiz met Hal Norris. "We will vote," the senator said.',
        # "Mr. President" addresses someone; "the president, Ann Cole" is an apposition
        'He thanked the president, Ann Cole, for the invitation. "It was good," the governor said.',
    ],
)
def test_office_noun_without_a_titled_person_stays_a_description(text):
    mention, speaker, stype = speakers(text)[-1]
    assert speaker == mention.lower() or speaker == mention
    assert stype != "person"


def test_pronoun_after_a_clause_subject_office_is_that_office_holder():
    text = (
        "President Omar Vance traveled to Ohio on Monday, and President Vance met workers. "
        "Hal Norris criticised the trip. When the president arrived, he said the plant "
        "would reopen."
    )
    assert speakers(text)[-1][1] == "Omar Vance"
    # an office holder of the other gender is skipped
    text2 = (
        "Mrs. Ada Vance is the governor. Governor Ada Vance and Hal Norris met. "
        "Hal Norris spoke first. The governor listened. He said the plant would reopen."
    )
    assert speakers(text2)[-1][1] == "Hal Norris"


def test_title_phrase_stops_at_a_comma_and_a_sentence_end():
    lex = lexicon()
    t = "We thanked the president, Jo Ames, today."
    assert title_phrase(t, t.index("Jo"), ("Jo", "Ames"), (), lex)[0] == []
    t = "It was the President. Jo Ames spoke."
    assert title_phrase(t, t.index("Jo"), ("Jo", "Ames"), (), lex)[0] == []
    t = "He met former Vice President Jo Ames."
    phrase = title_phrase(t, t.index("Vice"), ("Jo", "Ames"), ("vice", "president"), lex)[0]
    assert phrase == ["former", "vice", "president"]


BRIEF_A = (
    "President Ada Vance spoke at noon.\n\n"
    "THE PRESIDENT: Good afternoon.\n\n"
    "Q Mr. President, have you talked to former President Hal Norris?\n\n"
    "THE PRESIDENT: Not today.\n\n"
    "Q Thank you."
)
# never names the president it transcribes; a reporter calls the former president
# "Mr. President Norris"
BRIEF_B = (
    "THE PRESIDENT: Good morning.\n\n"
    "Q Mr. President Norris said the storm response was slow. Do you agree?\n\n"
    "THE PRESIDENT: No.\n\n"
    "Q Thank you."
)
BRIEF_C = (
    "MS. ROWE: Welcome.\n\n"
    "Q Is President Hal Norris right about the storm, Karen?\n\n"
    "MS. ROWE: The President said on Monday that the response was fast.\n\n"
    "Q Thanks, Karen."
)


def test_transcript_president_label_and_the_president_in_an_unnamed_briefing():
    ids, texts = ["a", "b", "c"], [BRIEF_A, BRIEF_B, BRIEF_C]
    arts = pd.DataFrame({"article_id": ids, "text": texts})
    q = extract_quotes(arts)
    turns = q[(q["kind"] == "turn") & (q["speaker_mention"] == "THE PRESIDENT")]
    # b never names its president: the label takes the one the other transcripts name
    assert set(turns["speaker"]) == {"Ada Vance"}
    # "the President said" in c (a briefing that names only Hal Norris, by a reporter)
    # is the transcripts' president
    said = q[(q["article_id"] == "c") & (q["speaker_mention"] == "The President")]
    assert said["speaker"].tolist() == ["Ada Vance"]
    assert add_turns(q.iloc[:0], ["x"], ["plain news text"]).empty


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Joe Lee, a rookie defenceman, scored twice. The team won 4-2 on Monday. "
            '"It felt great," the rookie defenceman said.',
            "Joe Lee",
        ),
        (
            'Rookie defenceman Joe Lee scored twice. "It felt great," the defenceman said.',
            "Joe Lee",
        ),
        ('Ted Cruz, the senator from Texas, spoke. "No," the senator said.', "Ted Cruz"),
        ('Lawyer Ann Cole filed the motion. "We will appeal," the lawyer said.', "Ann Cole"),
    ],
)
def test_description_resolves_to_the_person_described_so(text, want):
    assert speakers(text)[-1][1:] == (want, "person")


def test_description_with_no_one_described_so_stays_a_description():
    # Tom Reyes is never called a lawyer: no guess
    got = speakers('Tom Reyes spoke first. "We will appeal," the lawyer said.')[-1]
    assert got[1] == "the lawyer" and got[2] != "person"


@pytest.mark.parametrize(
    "lead",
    ["And since Thursday, ", "Days after the vote, ", "Meanwhile "],
)
def test_a_subject_after_a_lead_phrase_is_the_pronoun_antecedent(lead):
    text = (
        '"We won," Mark Olsen said on Monday. '
        + lead
        + "Tom Reyes has campaigned against the plan. He said it would fail."
    )
    assert speakers(text)[-1][1] == "Tom Reyes"


def test_plural_description_is_no_single_person():
    text = 'Sens. Tom Reyes and Ann Cole wrote a letter. "It is unfair," the senators said.'
    assert speakers(text)[-1][1] == "the senators"


def test_a_title_after_a_closing_quote_is_the_sitting_president():
    text = (
        "He Will Not Use The Words ‘Radical Chic.’\n\nPresident Omar Vance answered a "
        'mother on Monday. "It is a question of tone," the president said.'
    )
    assert speakers(text)[-1][1] == "Omar Vance"


def test_they_after_a_group_subject_is_that_group():
    text = (
        '"We lost," the union said. Still, voters believe the plan will fail. '
        "They said the plan was a mistake from the start."
    )
    assert speakers(text)[-1][1:] == ("voters", "group")


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "The Food and Drug Administration approved the drug on Friday. "
            "The agency said the trial was large enough.",
            "Food and Drug Administration",
        ),
        (
            "Norvik recalled 50,000 cars on Tuesday. Norvik dealers were told first. "
            "The automaker said no injuries were reported.",
            "Norvik",
        ),
        (
            "Shares of Pellam Air Lines rose. Pellam Air Lines flew more people than ever. "
            "The company said demand was strong in the summer.",
            "Pellam Air Lines",
        ),
    ],
)
def test_the_agency_or_company_is_the_organisation_named_before(text, want):
    assert speakers(text)[-1][1:] == (want, "organization")


def test_a_capitalised_sentence_opener_is_no_company():
    text = "Almost 650 courses have closed. The company said costs rose again."
    assert speakers(text)[-1][1] == "the company"


@pytest.mark.parametrize(
    "text, want",
    [
        ('Attorney General Ann Cole spoke. "We will appeal," the general said.', None),
        (
            'Attorney General Ann Cole spoke. "We will appeal," the attorney general said.',
            "Ann Cole",
        ),
        ('Prime Minister Tom Reyes spoke. "We will go on," the minister said.', None),
        ('Prime Minister Tom Reyes spoke. "We will go on," the prime minister said.', "Tom Reyes"),
        ('Gen. Tom Reyes spoke. "We will win," the general said.', "Tom Reyes"),
    ],
)
def test_a_compound_office_is_not_its_last_word(text, want):
    mention, speaker, _ = speakers(text)[-1]
    assert speaker == (want or mention)
