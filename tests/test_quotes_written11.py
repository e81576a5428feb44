"""Classes found by the second, blind written news batch (session 11, issue 12:
tests/data/written_news2): Canadian police titles before a name, a name in
apposition to a description ("Ontario's solicitor general, Ann Roy, said"), and a
quotation followed by an apposition's head ('"...," the lawyer, Jo Ray, said').
Every sentence here is written for the test; names and events are fictional."""

import pandas as pd
import pytest

import analysis


def rows(text):
    q = analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]}))
    return [(r.speaker, r.quote) for r in q.itertuples()]


@pytest.mark.parametrize("title", ["Cpl.", "Const.", "Cst.", "Sgt."])
def test_police_titles_before_a_name(title):
    text = f'"The road will stay closed overnight," {title} Wren Abiola said Friday.'
    assert rows(text) == [("Wren Abiola", "The road will stay closed overnight")]


def test_hyphenated_role_before_a_name():
    text = '"We saw the same pattern in every town," said co-author Ilse Varga, a geographer.'
    assert rows(text) == [("Ilse Varga", "We saw the same pattern in every town")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Manitoba's Deputy Premier, Corbin Ashdown, said the bridge would reopen in May.",
            "Corbin Ashdown",
        ),
        (
            "Another resident, retired nurse Opal Brantley, 81, said the bus never came.",
            "Opal Brantley",
        ),
        (
            "The province's road-safety watchdog, the Highway Review Office, said the "
            "crossing had been inspected twice.",
            "Highway Review Office",
        ),
        ("Hugh Dorner, a farmer from Elmvale, said the frost came early.", "Hugh Dorner"),
    ],
)
def test_name_in_apposition_is_the_speaker(text, speaker):
    got = rows(text)
    assert len(got) == 1 and speaker in got[0][0]


def test_quotation_then_apposition_head_is_direct():
    text = '"We will appeal the ruling," the lawyer, Tamsin Greer, said outside the courthouse.'
    assert rows(text) == [("Tamsin Greer", "We will appeal the ruling")]


def test_told_a_named_listener_with_an_age():
    text = "Justice Rhea Vance told Dario Klem, 41, that his conduct had been reckless."
    assert rows(text) == [("Rhea Vance", "his conduct had been reckless")]


def test_content_before_told_analysts_and_a_lowercase_office():
    text = (
        "Three of the four mills have restarted, chief financial officer Noor Hadid told "
        "analysts on Thursday."
    )
    assert rows(text) == [("Noor Hadid", "Three of the four mills have restarted")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The woman who owns the bakery said the flour order never came.", "the woman"),
        ("A man who works at a garage two doors down said he saw the van.", "a man"),
    ],
)
def test_subject_with_a_restrictive_relative_clause(text, speaker):
    got = rows(text)
    assert len(got) == 1 and got[0][0].lower() == speaker


def test_thousands_separator_is_no_apposition_comma():
    text = (
        "The guild, which represents about 14,000 actors, issued a statement saying that "
        "the studios had walked away."
    )
    assert [(s.lower(), q) for s, q in rows(text)] == [("the guild", "the studios had walked away")]


def test_participle_after_a_noun_ends_no_clause():
    text = (
        "Dr. Wes Ambler said the survey was careful but leaned on parents reporting their "
        "children's meals."
    )
    assert rows(text) == [
        (
            "Wes Ambler",
            "the survey was careful but leaned on parents reporting their children's meals",
        )
    ]


@pytest.mark.parametrize(
    "intro",
    [
        "Outside the arena, Diane Quell briefly spoke to reporters.",
        "At the church hall, volunteer Diane Quell was pouring coffee.",
        "The Gulls' general manager, Diane Quell, watched from the stands.",
        "Harbour coach Diane Quell did not hide her frustration.",
    ],
)
def test_she_after_a_subject_introduced_without_a_quote(intro):
    text = (
        '"We were tired in the third period," said Ada Brill, the team captain. '
        + intro
        + " She said the schedule had been brutal."
    )
    got = rows(text)
    assert got[-1] == ("Diane Quell", "the schedule had been brutal")


def test_named_interviewer_questions_are_no_quotes(monkeypatch):
    import analysis.transcripts as tr

    monkeypatch.setattr(tr, "DROP_ASKER_TURNS", True)
    text = (
        "Iris Quane, a potter, closed her studio in May. She spoke with The Beacon.\n\n"
        "The Beacon: Why close now?\n\n"
        "Quane: I wanted to stop while I still loved it. My hands knew it was time.\n\n"
        "The Beacon: Do you miss the kiln?\n\n"
        "Quane: Every morning. I still wake up at five and think about the glaze.\n\n"
        "The Beacon: What comes next?\n\n"
        "Quane: My garden, and my grandchildren, and maybe a little teaching."
    )
    got = rows(text)
    assert got and all(s == "Iris Quane" for s, _ in got)
    assert not any(q.endswith("?") for _, q in got)


@pytest.mark.parametrize(
    "subject",
    [
        "The Moncton, N.B.-based bakery",
        "The Brandon, Man.-based bakery, which employs 400 people,",
    ],
)
def test_city_and_province_based_subject(subject):
    got = rows(f"{subject} said its profit rose 12 per cent.")
    assert got == [(got[0][0], "its profit rose 12 per cent")]
    assert got[0][0].lower().startswith("the ") and "-based bakery" in got[0][0]


def test_description_set_in_apposition_earlier_names_the_person():
    text = (
        '"She never missed a Sunday," her nephew, Tobias Wren, said on Monday. '
        "The service will be held at noon. Her nephew said the family would play her songs."
    )
    assert rows(text)[-1] == ("Tobias Wren", "the family would play her songs")


def test_the_mayor_far_from_the_only_mayor_named():
    filler = " ".join(["Council heard from residents about the new transit plan."] * 80)
    text = (
        "Mayor Greta Holm said the vote would be close. "
        + filler
        + ' Deputy Mayor Ivo Renn said he was worried. "We will get it right," the mayor said.'
    )
    assert rows(text)[-1] == ("Greta Holm", "We will get it right")


def test_asked_by_someone_whether_then_a_main_clause():
    text = (
        "Asked by a reporter whether the ferry would run on Sunday, Lise Marchand shrugged. "
        '"We will see in the morning," she said.'
    )
    got = rows(text)
    assert got[0] == ("a reporter", "whether the ferry would run on Sunday")
    assert got[-1] == ("Lise Marchand", "We will see in the morning")
