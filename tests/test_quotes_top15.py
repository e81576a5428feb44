"""The most-quoted speaker per article and named speakers (session 15): a name after
an inverted cue and a modified "role of field" ("said former secretary of state Ann
Roe"), and the speaker of a "..., asking" / "by saying" participle after a ", but" /
", while" clause with a subject of its own. Every sentence here is invented."""

import pandas as pd
import pytest
from _quote_rows import quote_rows

from analysis import extract_quotes


def _speakers(text):
    return quote_rows(text, "speaker", "quote")


@pytest.mark.parametrize(
    "text, want",
    [
        (
            '"The first defense is the town itself," said former secretary of state Ann '
            "Corr, who praised the mayor.",
            ("Ann Corr", "The first defense is the town itself"),
        ),
        (
            '"We are ready," said former director of sales Tom Vale.',
            ("Tom Vale", "We are ready"),
        ),
        (
            '"We are ready," said director of sales Tom Vale.',
            ("Tom Vale", "We are ready"),
        ),
    ],
)
def test_modified_role_of_field_before_a_name(text, want):
    assert want in _speakers(text)


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Lou Brand pivoted to talking about trade, but Dale Wallis brought him back to "
            "the tariffs, asking Brand to share his views on the levy.",
            ("Dale Wallis", "to share his views on the levy"),
        ),
        (
            "Voters watch a veteran, Ann Corr, argue that the system is unfair, while her "
            "main rival, Ben Tolle, has soared in the polls by saying that the system is "
            "rigged.",
            ("Ben Tolle", "the system is rigged"),
        ),
    ],
)
def test_participle_after_a_clause_of_its_own(text, want):
    assert want in _speakers(text)


def test_participle_after_the_main_clause_keeps_its_subject():
    text = "Lou Brand spoke for an hour at the mill, saying the levy was unfair."
    assert ("Lou Brand", "the levy was unfair") in _speakers(text)
    text = '"We will win," Lou Brand said, adding that the levy was unfair.'
    assert ("Lou Brand", "the levy was unfair") in _speakers(text)


def test_a_gendered_title_noun_keeps_a_pronoun_of_the_other_gender_away():
    text = (
        "Last week, Ardenian Foreign Ministry spokeswoman Wu Lanfei said her country was "
        "watching the race, and Karl Brenner disagreed.\n\n"
        'Although he says he "loves Ardenia," he also accuses it of stealing jobs.'
    )
    got = _speakers(text)
    assert ("Wu Lanfei", "her country was watching the race, and Karl Brenner disagreed") in got
    assert ("Karl Brenner", 'he "loves Ardenia,"') in got
    text = (
        "Last week, Ardenian Foreign Ministry spokeswoman Wu Lanfei said her country was "
        "watching the race.\n\n"
        'Although he says he "loves Ardenia," he also accuses it of stealing jobs.'
    )
    assert all(s != "Wu Lanfei" for s, q in _speakers(text) if q.startswith("he "))


def test_the_woman_quoted_before_is_the_she_that_follows():
    text = (
        '"I was shocked," said Tom Vale, 44. He now works in Seoul.\n\n'
        "One woman adopted abroad did not learn of her status until 2008.\n\n"
        '"My mom was always sure," said the woman, who spoke on the condition of '
        "anonymity.\n\n"
        '"And with all the talk, I am even more scared," she said.'
    )
    assert ("the woman", "And with all the talk, I am even more scared") in _speakers(text)


def test_a_male_given_name_and_an_earlier_he_never_take_a_she():
    text = (
        "Ardenian-born Monte Haines holds little hope. Adopted by a family in 1981, he "
        "says his family assumed he was a citizen.\n\n"
        '"I was shocked," said Haines, 44.\n\n'
        '"I am banned for life," he said.\n\n'
        "One woman adopted abroad did not learn of her status until 2008.\n\n"
        '"My mom was always sure," said the woman, who spoke on the condition of '
        "anonymity because she feared her employer.\n\n"
        "Now 46 and living in Ardenia, she is terrified of losing her job.\n\n"
        '"And with all the talk, I am even more scared," she said.'
    )
    got = dict((q, s) for s, q in _speakers(text))
    assert got["And with all the talk, I am even more scared"] != "Monte Haines"


def test_even_before_a_subject_name_still_opens_its_clause():
    text = (
        "At the summit, the leaders were careful. Both Lars Moen and Pia Strand gave "
        "assurances that they would work with whomever voters elect. And even Tom Vale "
        "tried to help them off the hook.\n\n"
        '"When I visit other countries, it is not my job to comment on candidates," he said.'
    )
    got = dict((q, s) for s, q in _speakers(text))
    assert got["When I visit other countries, it is not my job to comment on candidates"] == (
        "Tom Vale"
    )


@pytest.mark.parametrize(
    "text",
    [
        'The longtime senator said he rarely asks donors to stump for him, "except for '
        "people I'm very close to.\"",
        'An Ardenian official responded by saying Lerma should be careful "not to stir up '
        'problems" in the strait.',
    ],
)
def test_a_mixed_clause_by_the_same_speaker_inside_a_reported_clause_is_one_statement(text):
    q = extract_quotes(pd.DataFrame({"article_id": ["0"], "text": [text]}))
    assert len(q) == 1


def test_a_mixed_clause_by_another_speaker_inside_a_reported_clause_is_kept():
    text = 'Ann Roe said Tom Vale told her the plan was "a disaster."'
    assert ("Tom Vale", 'the plan was "a disaster."') in _speakers(text)


@pytest.mark.parametrize(
    "text, want",
    [
        (
            '"I have warned about this for months," the Ardenian senator and Republican '
            "presidential candidate said in a statement.",
            (
                "the Ardenian senator and Republican presidential candidate",
                "I have warned about this for months",
            ),
        ),
        (
            "The Democratic presidential front-runner and former secretary of state said "
            'the country "clearly" needed a stronger plan.',
            (
                "The Democratic presidential front-runner and former secretary of state",
                'the country "clearly" needed a stronger plan',
            ),
        ),
    ],
)
def test_two_roles_of_one_person_are_one_mention(text, want):
    q = extract_quotes(pd.DataFrame({"article_id": ["0"], "text": [text]}))
    assert want in list(zip(q["speaker_mention"], q["quote"], strict=True))


def test_a_role_and_a_name_are_not_joined():
    assert ("Tom Vale", "We will win") in _speakers('"We will win," the senator and Tom Vale said.')


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "In a September debate, while most of his rivals called for a bigger effort "
            "against the group, also known as the Front, Lou Brand hewed more to the "
            "mayor's approach, noting that the two factions are enemies.",
            ("Lou Brand", "the two factions are enemies"),
        ),
        (
            "Over the past two weeks, prosecutors charged the officer with murder and Mayor "
            "Ann Roe fired her police chief, Tom Vale, acknowledging that parts of the city "
            "have lost trust in the force.",
            ("Ann Roe", "parts of the city have lost trust in the force"),
        ),
    ],
)
def test_participle_after_the_main_clause_that_follows_another(text, want):
    assert want in _speakers(text)


def test_participle_after_a_named_object_is_not_the_object_s():
    got = _speakers("He thanked the police and Mayor Ann Roe, saying the city was safe.")
    assert all(s != "Ann Roe" for s, _q in got)


def test_and_said_after_an_object_s_participle_is_the_subject_s():
    text = (
        "At a meeting Tuesday, some senators vented about Ben Tolle vowing to fight on "
        "and said that they had lost their patience with him."
    )
    assert ("some senators", "they had lost their patience with him") in _speakers(text)
    text = (
        "In the book, Gary Byrne gives an account of Ann Corr telling one agent to "
        '"Go away!," while telling another to "Get out!"'
    )
    assert ("Ann Corr", 'another to "Get out!"') in _speakers(text)


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Tom Vale and Senator Ann Roe have both argued that workers have lost jobs "
            "because of trade rules.",
            ("Tom Vale and Ann Roe", "workers have lost jobs because of trade rules"),
        ),
        (
            "The two senators each said the bill would fail.",
            ("the two senators", "the bill would fail"),
        ),
    ],
)
def test_a_floated_quantifier_is_not_the_speaker(text, want):
    assert want in _speakers(text)


def test_a_quantifier_subject_stays_the_speaker():
    text = "Tom Vale and Ann Roe met on Monday, and both said the bill would fail."
    # the quote keeps its subject: "both", resolved to the pair named before it (pron15)
    assert ("Tom Vale and Ann Roe", "the bill would fail") in _speakers(text)


def test_speech_participle_after_a_verb_s_object_is_the_subject_s():
    text = "Tom Vale opened the meeting saying the budget was balanced."
    assert ("Tom Vale", "the budget was balanced") in _speakers(text)
    text = (
        "The photo of the Vales turned up in a column alongside an item suggesting "
        "that Mr. Vale was a hypocrite."
    )
    assert all(s != "Vales" for s, _q in _speakers(text))


def test_the_name_of_a_cleft_sentence_is_a_clause_subject():
    text = (
        '"We will win this," Ann Corr said in Ardenia on Sunday.\n\n'
        "As usual, it was Tom Vale who commanded most of the attention. Appearing on a "
        'talk show, the front-runner said Ann Corr "caused tremendous damage" as mayor.'
    )
    assert ("Tom Vale", 'Ann Corr "caused tremendous damage" as mayor') in _speakers(text)
