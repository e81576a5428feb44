"""Named speakers read through an aside between the name and its verb (session 21,
named26): a long parenthetical or a dash-set aside after the name, a relative clause
opened by "whose", and a modal + "ever"/"even" before a verb that reports nothing.
Every sentence here is written for the test."""

from __future__ import annotations

from _quote_rows import speaker_of, speaker_of_start, speech_rows


def test_long_parenthetical_after_a_name_is_skipped():
    text = (
        "Few lawmakers would admit it, but Sen. Jane Doyle (a Vermont Democrat so young "
        "she has been mistaken for an aide) says she was lost after the vote."
    )
    assert speaker_of(text, "she was lost after the vote") == "Jane Doyle"


def test_long_parenthetical_after_a_description_is_not_skipped():
    # no name before the "(": the aside is not skipped, and no speaker is invented
    text = (
        "The new law (which was passed in a hurry by the state senate last year) says "
        "that drivers must stop."
    )
    assert [s for s, _, _ in speech_rows(text) if "Doyle" in s] == []


def test_short_parenthetical_still_skipped():
    text = "Critics disagree. Sen. Jane Doyle (D-Vt.) said the bill would fail."
    assert speaker_of(text, "the bill would fail") == "Jane Doyle"


def test_modal_ever_before_the_cue_reports_nothing():
    text = (
        "Few politicians would ever admit this, but Sen. Chris Doyle (a Vermont Democrat "
        "so boyish he has been mistaken for a page) says he was unfocused after the vote."
    )
    rows = speech_rows(text)
    assert [r for r in rows if r[1] == "admit"] == []
    assert speaker_of(text, "he was unfocused after the vote") == "Chris Doyle"


def test_modal_later_before_the_cue_still_reports():
    assert speaker_of("Lee would later say that the vote was rigged.", "the vote was rigged") == (
        "Lee"
    )


def test_dash_aside_after_a_name_is_skipped():
    for dash in ("--", "—", "-"):
        text = (
            f"On the other side, Ellen Marsh {dash} who once ran the agency {dash} has "
            "said that the idea is misguided."
        )
        assert speaker_of(text, "the idea is misguided") == "Ellen Marsh", dash


def test_whose_clause_is_not_the_subject_of_a_later_participle():
    for open_, close in ((" --", " --"), (",", ",")):
        text = (
            f"Mrs. Ellen Marsh{open_} whose husband signed the act into law{close} has "
            "publicly derided the plan, suggesting that efforts to revive it are misguided."
        )
        assert speaker_of(text, "efforts to revive it are misguided") == "Ellen Marsh", open_


def test_and_cue_after_an_opening_clause_takes_the_main_clause_subject():
    text = (
        "As the crowd began to chant, Ann Roe was joined on stage by Sen. Al Ford and "
        'joked, "You are all being ridiculous," drawing loud jeers.'
    )
    assert speaker_of_start(text, '"You are all being ridiculous') == "Ann Roe"
    text = "As the crowd began to chant, Ann Roe took the stage and said the race was over."
    assert speaker_of(text, "the race was over") == "Ann Roe"


def test_and_cue_inside_the_opening_clause_keeps_its_subject():
    text = "When Lee thanked the crowd and said the race was over, nobody cheered."
    assert speaker_of(text, "the race was over") == "Lee"
    # an apposition (lower-case after the comma) and a list open no main clause
    for text in (
        "When Lee, the manager, thanked the crowd and said the race was over, nobody cheered.",
        "When Lee met Roe, Ray and Kim and said the race was over, nobody cheered.",
    ):
        assert [s for s, c, _ in speech_rows(text) if c == "said"] == ["Lee"], text


def test_argued_cases_and_wrote_the_law_are_acts_not_speech():
    text = (
        "Ann Roe, a graduate of a law school who has argued a number of cases before the "
        "high court, will do a fine job on judges, Ed Blake maintains."
    )
    assert [c for _, c, _ in speech_rows(text)] == ["maintains"]
    text = "Ellen Marsh -- whose brother wrote the law -- has said that the idea is misguided."
    assert speech_rows(text) == [("Ellen Marsh", "said", "the idea is misguided")]


def test_act_object_verbs_still_report_a_clause():
    assert speaker_of("Lee argued the case was lost.", "the case was lost") == "Lee"
    assert speaker_of("Lee wrote the bill would fail.", "the bill would fail") == "Lee"
    text = "Lee asked a simple question: who will win the game?"
    assert [c for _, c, _ in speech_rows(text)] == ["asked"]


def test_phrasal_verb_after_a_name_ends_the_subject():
    text = (
        "Judge Ann Roe put off deciding whether the group could question the mayor but "
        "said it could come back later."
    )
    assert speaker_of(text, "it could come back later") == "Ann Roe"
    text = "Ann Roe put forward a plan that the council could adopt and said it would save money."
    assert speaker_of(text, "it would save money") == "Ann Roe"
