"""Speaker phrases that can speak (issue 12, helper spk, session 10), on sentences
written for these tests (fictional names and events): a speaker is never an event,
an abstraction or a time ("the fracas", "the time", "Clinton's track record"), never
the object of a preposition ("a pitch to Vesper voters"), never a phrase opened by a
preposition or by a verb in -ing ("At the bottom it", "Rattling off"), never the party
and state in "(R-OH)" and never a clause before a colon ("Wait, it gets better:"). The
real subject of the sentence is taken when there is one, else the quote is dropped."""

from __future__ import annotations

import pandas as pd

from analysis import extract_quotes
from analysis.quotes.lexicon import lexicon
from analysis.quotes.phrases import junk_speaker_words


def quotes(text: str) -> pd.DataFrame:
    return extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]}))


def speakers(text: str) -> list:
    return list(quotes(text)["speaker"])


def test_junk_words():
    lex = lexicon()
    for m in ("the fracas", "The timing", "Rattling off", "At the bottom it", "the party's"):
        assert junk_speaker_words(m.split(), lex), m
    for m in (
        "the senator",
        "Acting Mayor Ann Lee",
        "hacking specialists",
        "About four in 10 voters",
        "a person familiar with the plans",
        "the report",
    ):
        assert not junk_speaker_words(m.split(), lex), m


def test_time_adjunct_is_skipped_to_the_subject():
    text = "Mayor Dana Rourke spoke last week. Rourke at the time said she would pay the fees."
    assert speakers(text) == ["Dana Rourke"]


def test_object_of_a_preposition_is_not_the_speaker():
    text = (
        "Senator Ellis Varga is making a pitch to Vesper voters saying a state law on "
        "mining is hurting the economy."
    )
    assert speakers(text) == ["Ellis Varga"]


def test_noun_a_preposition_attaches_to_is_the_speaker():
    text = "The band played late. Many in the crowd said the mayor was the only choice."
    assert speakers(text) == ["many"]


def test_party_and_state_in_parentheses_are_not_the_speaker():
    text = 'On Tuesday in Berea, Gov. Jon Maddox (R-OH), said, "We are ready to ride west."'
    assert speakers(text) == ["Jon Maddox"]


def test_participle_insertion_takes_the_noun_phrase_before_it():
    text = "The Ledger, citing internal documents, reported that the campaign is short of cash."
    assert speakers(text) == ["the Ledger"]


def test_event_and_abstract_heads_are_dropped():
    text = (
        "The fracas erupted just after the tycoon entered the race, calling rivals weak and "
        "vowing to build a wall.\n\n"
        "He criticized Ward's track record said she would fail."
    )
    got = speakers(text)
    assert "the fracas" not in got and "The fracas" not in got
    assert all("record" not in (s or "") for s in got)


def test_clause_before_a_colon_is_not_a_speaker():
    text = 'Pay no attention to the curtain.\n\nWait, it gets better:\n\n"By law, the board sets the cap."'
    assert "Wait" not in speakers(text)


def test_verb_opening_a_phrase_is_not_a_speaker():
    text = (
        "Rattling off promises to cut fees and fix roads, Mayor Ines Tolle promised a city "
        "of new chances."
    )
    assert all(not (s or "").startswith("Rattling") for s in speakers(text))


def test_absolute_with_and_relative_who_keep_their_speaker():
    text = (
        "The vote split the council, with Carla Mendes saying the plan was unfair.\n\n"
        "The mayor met with residents who said the bridge was unsafe."
    )
    got = speakers(text)
    assert "Carla Mendes" in got
    assert "residents" in got


def test_place_code_set_off_by_commas_is_no_apposition_name():
    text = (
        "Tuesday at Larkin College in Berea, OH, after winning the primary, "
        'Gov. Jon Maddox (R-OH), said, "We are ready to ride west."'
    )
    assert speakers(text) == ["Jon Maddox"]


def test_role_with_a_complement_resolves_to_the_person_titled_so():
    text = (
        "Former Secretary of State Ada Whitcombe spoke in Dorrance on Monday.\n\n"
        "The former secretary of state said the treaty needed more work."
    )
    assert speakers(text) == ["Ada Whitcombe"]


def test_lead_modifier_is_not_part_of_a_name():
    text = (
        'Greek-born Tavi Marlo runs the bakery. "We open at six," he said. "Every day."\n\n'
        '"Bread waits for nobody," Marlo said.'
    )
    got = set(speakers(text))
    assert got == {"Tavi Marlo"}


def test_clause_phrases_are_not_speakers():
    lex = lexicon()
    for m in ("There's really nothing", "Let me just", "I never thought I'd", "the"):
        assert junk_speaker_words(m.split(), lex), m
    for m in ("Some", "Both", "Several people I've spoken", "Sen. Will Hale", "US Senator Ann Ode"):
        assert not junk_speaker_words(m.split(), lex), m


def test_name_ending_a_clause_phrase_is_the_speaker():
    text = "It's a dynamic Orlov said could drive moderates toward the party."
    assert speakers(text) == ["Orlov"]


def test_leading_conjunction_and_trailing_modal_are_not_part_of_the_speaker():
    text = (
        "Asked about the vote, the Vesper Republican would only say that the count was fair.\n\n"
        "And Pell Hardy, the treasurer, said the books were closed."
    )
    got = speakers(text)
    assert "Pell Hardy" in got
    assert all(" would" not in (s or "") for s in got)


def test_non_speech_after_the_cue_is_dropped():
    text = "Varga's victory, which Lund conceded at 8 p.m., confirmed the strength of his appeal."
    assert "the strength" not in speakers(text)


def test_party_word_or_title_cut_from_its_noun_is_extended():
    text = (
        "The Democratic candidates, Ann Lee and Senator Bo Park, have promised to build "
        "on the legacy.\n\n"
        "The Democratic senators have promised to fund the plan.\n\n"
        "Republican lawmakers, who are close to the mills, have vowed to block the rule.\n\n"
        'Former secretary of state Ada Whitcombe:\n\n"We learned that from the department."'
    )
    got = speakers(text)
    assert "the Democratic senators" in got
    assert "Ann Lee and Bo Park" in got  # the names in apposition (session 17)
    assert "Republican lawmakers" in got
    assert "Ada Whitcombe" in got
    kinds = dict(zip(quotes(text)["speaker"], quotes(text)["speaker_type"], strict=False))
    assert kinds["Republican lawmakers"] == "group"
    assert kinds["Ada Whitcombe"] == "person"


def test_first_person_contraction_is_no_speaker():
    assert junk_speaker_words(["I'm"], lexicon())


def test_verb_swallowed_by_the_speaker_phrase_is_cut():
    text = (
        "Senator Ivo Brandt lost the primary on Tuesday.\n\n"
        'The senator emailed supporters saying: "The struggle goes on."'
    )
    assert speakers(text) == ["Ivo Brandt"]
    lex = lexicon()
    for m in ("Nine in 10 Democratic registered voters", "officials involved in the talks"):
        assert not junk_speaker_words(m.split(), lex), m


def test_passive_agent_and_leading_participle_are_no_speakers():
    text = (
        'The council blocked the fund because of "poison pill" measures added by Tory '
        "members on other issues.\n\n"
        "Rallying hundreds of workers, Mayor Ines Tolle promised to deliver change."
    )
    got = speakers(text)
    assert "measures" not in got
    assert all(not (s or "").startswith("Rallying") for s in got)


def test_noun_a_post_modifier_hangs_from_is_the_speaker():
    text = (
        "Prices at the Dorrance plant fell again, spokesmen for the firms said.\n\n"
        "Rates stayed low, a teller for a major Selvane bank said.\n\n"
        "Sources close to the administration say the minister leaked the memo.\n\n"
        "A ferry struck the pier, a nurse who took part in the rescue operation said."
    )
    got = speakers(text)
    assert "spokesmen" in got
    assert "a teller" in got
    assert "sources" in got
    assert "a nurse" in got


def test_a_linked_name_before_a_colon_stays_a_speaker_though_a_common_word():
    text = (
        "Leaders praised the bill.\n\n"
        "[Rep. Dale\nStrong](https://example.org/strong): \u201cThis is a strong bill for "
        "the people of the valley.\u201d"
    )
    assert speakers(text) == ["Strong"]


def test_object_pronoun_after_according_to_resolves_like_a_subject_pronoun():
    text = (
        "Mayor Ann Lee met the press on Monday. The bridge was safe, according to her.\n\n"
        "Carl Mott arrived late. The road is closed, according to him."
    )
    assert speakers(text) == ["Ann Lee", "Carl Mott"]


def test_first_person_contraction_before_a_participle_is_dropped():
    text = (
        "I'm old enough to remember Governor Ray Tull going on the radio in 1977, "
        "declaring a war on waste."
    )
    assert "I'm" not in speakers(text)
