"""Indirect speech the quote engine used to miss (issue 12, class 3) and the
non-speech uses next to it that must stay out; every sentence is written for
these tests."""

from __future__ import annotations

import pytest
from _quote_rows import has_quote as has
from _quote_rows import speech_rows as rows

# ------------------------------------------------------------------ progressive forms


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        ("Ann Lee is warning that the dam could fail this spring.", "Ann Lee", "the dam could fail this spring"),
        ("Ann Lee is warning voters that the dam could fail.", "Ann Lee", "the dam could fail"),
        ("Ivo Stam is already claiming that the vote was rigged.", "Ivo Stam", "the vote was rigged"),
        ("The mayor keeps saying the bridge is safe.", "The mayor", "the bridge is safe"),
    ],
)  # fmt: skip
def test_progressive_cues(text, speaker, quote):
    assert has(text, speaker, quote)


@pytest.mark.parametrize(
    "text",
    [
        "His biggest worry is warning signs at the plant.",
        "The first sign of trouble was warning lights on the dam.",
    ],
)
def test_progressive_noun_uses_stay_out(text):
    assert rows(text) == []


# -------------------------------------------------------- gerunds after a preposition


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        (
            "Ann Lee has kept quiet about the plan, aside from saying she wants a new bridge.",
            "Ann Lee",
            "she wants a new bridge",
        ),
        (
            "In addition to stating that the dam was safe, Ann Lee promised a new bridge.",
            "Ann Lee",
            "the dam was safe",
        ),
        (
            "After saying her right foot was swollen, she was taken to a hospital.",
            "she",
            "her right foot was swollen",
        ),
    ],
)
def test_gerund_after_preposition(text, speaker, quote):
    assert has(text, speaker, quote)


def test_gerund_after_for_is_not_the_subjects_speech():
    # the one who said it is the object ("Lee"), not the subject: left out
    assert rows("The mayor criticized Lee for saying the dam was safe.") == []


# ------------------------------------------------- a participle clause opening the sentence


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        (
            "Noting that only Sen. Ivo Stam (R-Ore.) voted against the plan, Lee said the vote was a win.",
            "Lee",
            "only Sen. Ivo Stam (R-Ore.) voted against the plan",
        ),
        (
            "Noting he studied law in college, Ann Lee said he reads every bill twice.",
            "Ann Lee",
            "he studied law in college",
        ),
        (
            "Claiming the storm was a hoax, the mayor told reporters that the dam was fine.",
            "the mayor",
            "the storm was a hoax",
        ),
    ],
)
def test_leading_participle_clause(text, speaker, quote):
    assert has(text, speaker, quote)


def test_leading_participle_without_a_clause_after_it():
    # no main clause subject after the participle clause: nothing from "Noting"
    assert all(c != "Noting" for _, c, _ in rows("Noting the late hour and the rain."))


# ------------------------------------------------------------------------ noun frames


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        (
            "Critics mocked Mr. Ivo Stam's claim that the dam was safe, and the council agreed.",
            "Ivo Stam",
            "the dam was safe",
        ),
        (
            "Ann Lee spoke in Salem on Monday. She repeated her claim that the bridge "
            "would reopen in May.",
            "Ann Lee",
            "the bridge would reopen in May",
        ),
        (
            "Nobody heeded Ann Lee's stern warning that the dam could fail.",
            "Ann Lee",
            "the dam could fail",
        ),
        (
            "Ivo Stam spoke first. He kept his promise to cut the tax on bread.",
            "Ivo Stam",
            "to cut the tax on bread",
        ),
    ],
)
def test_noun_frames(text, speaker, quote):
    assert has(text, speaker, quote)


@pytest.mark.parametrize(
    "text",
    [
        "A win would help Lee's claim to the nomination.",  # "to" + a noun phrase
        "There is a claim that the dam was safe.",  # no possessor
        "The rumor of a promise to cut taxes spread.",
    ],
)
def test_noun_frames_without_speaker_or_clause_stay_out(text):
    assert rows(text) == []


# ------------------------------------------------------- a cue inside a relative clause


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        (
            "The council passed a budget which the mayor said would cut taxes for families.",
            "the mayor",
            "would cut taxes for families",
        ),
        (
            "The state passed a law that appeals courts said discriminated against renters.",
            "appeals courts",
            "discriminated against renters",
        ),
        (
            "The firm backs a plan which Lee says could be aiding rivals.",
            "Lee",
            "could be aiding rivals",
        ),
    ],
)
def test_relative_clause_frames(text, speaker, quote):
    assert has(text, speaker, quote)


def test_what_someone_said_is_no_frame():
    assert rows("What Carson said was written on a napkin.") == []


# ------------------------------------------------ a cue after the document a speaker issued


@pytest.mark.parametrize(
    "text, quote",
    [
        ("Lee unleashed a series of tweets early Friday saying that the vote had been rigged.", "the vote had been rigged"),
        ("Lee issued a statement on Tuesday saying that the vote had been rigged.", "the vote had been rigged"),
        ("Lee released a letter from her doctor on Friday that says she is in good health.", "she is in good health"),
        ("Lee posted a video Monday night saying she would run again.", "she would run again"),
        ("The paper quoted Lee as saying the dam was safe.", "the dam was safe"),
    ],
)  # fmt: skip
def test_cue_after_an_issued_document(text, quote):
    got = rows(text)
    assert [(s, q) for s, _, q in got] == [("Lee", quote)]


# ------------------------------------------------------------------ non-speech uses


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee said little about the plan.",
        "Ann Lee said nothing new.",
        "Voters want a larger say in the budget.",
        "Farmers will have a say in the plan.",
        "All told, the storm cost $2 million.",
    ],
)
def test_non_speech_uses_stay_out(text):
    assert rows(text) == []


@pytest.mark.parametrize(
    "text, quote",
    [
        ("Ann Lee said much of the town had flooded.", "much of the town had flooded"),
        ("Ann Lee said a lot of people had left.", "a lot of people had left"),
        ("Ann Lee said little had changed since May.", "little had changed since May"),
    ],
)
def test_amount_words_that_open_a_clause_stay_in(text, quote):
    assert has(text, "Ann Lee", quote)


# ------------------------------------------------------ objects and adverbials after a cue


@pytest.mark.parametrize(
    "text, quote",
    [
        ("The dam is safe, Ann Lee maintains.", "The dam is safe"),
        ("Ann Lee told The Star-Ledger of Newark last week she would rather vote for Bell.", "she would rather vote for Bell"),
        ("Ann Lee told the Times of London that the dam was safe.", "the dam was safe"),
        ("Ann Lee urged the council to approve the budget that day.", "to approve the budget that day"),
    ],
)  # fmt: skip
def test_objects_and_adverbials_after_the_cue(text, quote):
    assert has(text, "Ann Lee", quote)


def test_maintain_with_an_object_is_no_speech():
    assert rows("Ann Lee maintains a small farm near the dam.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Oil futures added $1.60 to settle at $52 a barrel.",
        "Carolina added three goals in the third period.",
        "The firm reported a loss of $40 million for the quarter.",
        "The company announced a $500 billion investment in new plants.",
        "Social media has added another link to the chain.",
        "As an added benefit, the plan cuts costs.",
        "Those costs add up to more than $8 million.",
        "Ann Lee is defending her early-morning tweets attacking a former aide.",
        "Ann Bell called a Lee tweet attacking the judge unhinged.",
        "The group rated 32% of Republican claims as false.",
        "It's worth noting that the dam was built in 1950.",
        "Everything Lee says is a lie.",
        "The agency misled the public about alleged fraud at a lender.",
    ],
)
def test_noun_phrase_objects_are_no_speech(text):
    assert rows(text) == []


@pytest.mark.parametrize(
    "text, quote",
    [
        ("Ann Lee added the plan was sound.", "the plan was sound"),
        ("Ann Lee added that more work is needed.", "more work is needed"),
    ],
)
def test_add_with_a_clause_is_speech(text, quote):
    assert has(text, "Ann Lee", quote)


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        (
            "Friday morning, as the parade rolled through town, CNN reported at least six "
            "planes filled the skies.",
            "CNN",
            "at least six planes filled the skies",
        ),
        ("Ann Lee said up to 40 people were hurt.", "Ann Lee", "up to 40 people were hurt"),
    ],
)
def test_content_opening_with_a_quantifier(text, speaker, quote):
    assert has(text, speaker, quote)


# ---------------------------------------------------- a long subject opening the sentence


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        (
            "Farmers in Iowa who watched the Saturday debate said they were unfazed by the flap.",
            "Farmers",
            "they were unfazed by the flap",
        ),
        (
            "Executives for Mondex, which made more than $30 billion last year, say the "
            "company will save money.",
            "Executives for Mondex",
            "the company will save money",
        ),
        (
            "Democrats trying to regain control of the Senate in November say they have a "
            "new weapon.",
            "Democrats",
            "they have a new weapon",
        ),
        (
            "Friends, lobbyists and former foes say that Lee is the right man for the job.",
            "Friends",
            "Lee is the right man for the job",
        ),
    ],
)
def test_long_sentence_subjects(text, speaker, quote):
    assert has(text, speaker, quote)


@pytest.mark.parametrize(
    "text",
    [
        "When the storm hit the town last year the mayor said nothing.",
        "The council voted against the plan the mayor said little about.",
    ],
)
def test_clauses_before_say_are_no_subject(text):
    assert rows(text) == []


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        (
            "The budget office said about half of the deficit came from tax cuts.",
            "budget office",
            "about half of the deficit came from tax cuts",
        ),
        ("Ann Lee said about 40 people came.", "Ann Lee", "about 40 people came"),
        (
            "The judge — who has been in a feud with the mayor for weeks — said she "
            "regretted her remarks.",
            "The judge",
            "she regretted her remarks",
        ),
        (
            "The judge -- who has been in a feud with the mayor for weeks -- said she "
            "regretted her remarks.",
            "The judge",
            "she regretted her remarks",
        ),
    ],
)
def test_amounts_and_dash_insertions(text, speaker, quote):
    assert has(text, speaker, quote)


def test_a_cue_inside_content_takes_no_speaker_with_a_cue_word():
    got = rows(
        "Ann Lee, whose coalition includes young people and farmers, said closed "
        "primaries deny many people the vote."
    )
    assert [s for s, _, _ in got] == ["Ann Lee"]


def test_a_clause_after_the_cue_is_no_inverted_speaker():
    text = (
        "Ann Bell, 59, of Ashton, Md., who watched the ceremony on a screen, said the "
        "event brought back memories of her father."
    )
    assert rows(text) == [("Ann Bell", "said", "the event brought back memories of her father")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The plan will fail, said the mayor of the town.", "the mayor"),
        ('"The plan will fail," said one official involved in the talks.', "official"),
    ],
)
def test_inverted_speakers_stay(text, speaker):
    assert has(text, speaker, "The plan will fail")


# ------------------------------------------- a colon frame and an unquoted paragraph after it


def test_unquoted_paragraph_after_a_colon_frame():
    text = (
        "The mayor spoke on the radio.\n\nThe governor added:\n\nIt is typical of the "
        "council. They know nothing, and the talk never stops.\n\nThe vote is on Monday."
    )
    assert rows(text) == [
        (
            "The governor",
            ":",  # the colon frame's cue, as for every colon-announced paragraph
            "It is typical of the council. They know nothing, and the talk never stops.",
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The rules are simple:\n\nEvery voter gets one ballot and one vote only.",
        "Ann Lee wrote:\n\n<tweet id=1>We will win</tweet>\n\nShe left.",
    ],
)
def test_colon_without_a_speech_frame_or_with_a_post_adds_no_paragraph(text):
    assert rows(text) == []


def test_tweets_as_a_verb_stays():
    assert has("Ann Lee tweets that the dam is safe.", "Ann Lee", "the dam is safe")


# ------------------------------------------------------------------ parenthetical frames


@pytest.mark.parametrize(
    "text, first, second",
    [
        (
            "As the town builds a new dam on the river, a project long opposed by farmers, "
            "it is his job, he said, to talk to the council about the risk.",
            "it is his job",
            "to talk to the council about the risk",
        ),
        (
            "The bill would bar the mayor from waiving any fees - a provision, Bell said, "
            "that is meant to make sure the council approves any deal.",
            "The bill would bar the mayor from waiving any fees - a provision",
            "is meant to make sure the council approves any deal",
        ),
        (
            "Bound together by years of trade, the two towns, Lee said, now have a chance to grow.",
            "Bound together by years of trade, the two towns",
            "now have a chance to grow",
        ),
    ],
)
def test_parenthetical_frames(text, first, second):
    assert [q for _, _, q in rows(text)] == [first, second]


def test_leading_adverbial_before_a_frame_is_no_parenthetical():
    assert [q for _, _, q in rows("In 1990, she said, the plan was new.")] == ["the plan was new"]


@pytest.mark.parametrize(
    "text",
    [
        "As reported by the Salem Times, the mayor was told of the leak in May.",
        "As first reported by the Salem Times, the mayor was told of the leak in May.",
        "The mayor was told of the leak in May, as reported by the Salem Times.",
    ],
)
def test_as_reported_by(text):
    got = [(sp, q.lower()) for sp, _, q in rows(text)]
    assert got == [("the Salem Times", "the mayor was told of the leak in may")]


@pytest.mark.parametrize(
    "text, quote",
    [
        (
            "The plan includes a special force to help the town, Ann Lee told a Senate panel Wednesday.",
            "The plan includes a special force to help the town",
        ),
        (
            "This is not about me, Ann Lee told her closest advisers as she worked on the speech.",
            "This is not about me",
        ),
        ("Ann Lee told him the dam was safe.", "the dam was safe"),
    ],
)  # fmt: skip
def test_content_before_told_and_its_listener(text, quote):
    assert has(text, "Ann Lee", quote)


def test_non_restrictive_which_takes_the_noun_phrase_before_it():
    text = (
        "The order came after a request by the Salem Times, which argued that the files "
        "were of public interest."
    )
    assert rows(text) == [("the Salem Times", "argued", "the files were of public interest")]


def test_which_with_a_non_speech_verb_stays_out():
    assert rows("The plan went to the council, which approved it.") == []


@pytest.mark.parametrize(
    "text",
    [
        '"The debate is insane," Ann Lee said, going on to say that the town has spent '
        "years fighting the plan.",
        "Ann Lee spoke for an hour, going on to say that the town has spent years fighting the plan.",
    ],
)
def test_going_on_to_say_after_a_comma(text):
    assert has(text, "Ann Lee", "the town has spent years fighting the plan")
