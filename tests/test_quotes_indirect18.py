"""Indirect speech the quote engine used to read wrong (issue 12, session 17): a cue
that closes an opening time clause ("When the talks concluded, Lee said ...") is no
frame of its own, so the main clause keeps its own speaker; every sentence is written
for these tests, with invented names."""

from __future__ import annotations

import pytest
from _quote_rows import has_quote as has
from _quote_rows import speech_rows as rows

# ------------------------------------------------- a cue that closes an opening time clause


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        ("When the harbour talks concluded, Ivo Stam said the vote would be held in May.",
         "Ivo Stam", "the vote would be held in May"),
        ("After the hearing concluded on Friday, the mayor told reporters that the bridge would reopen.",
         "mayor", "the bridge would reopen"),
        ("By the time the ferry debate concluded, many islanders said they could not support the plan.",
         "islanders", "they could not support the plan"),
        ("After Nora Pell testified, Ivo Stam said the dam was safe.", "Ivo Stam", "the dam was safe"),
        ("When Nora Pell spoke last week, Ivo Stam said the dam was safe.", "Ivo Stam", "the dam was safe"),
        # an opening "as" clause whose main clause is a report of its own
        ("As the harbour talks concluded, Ivo Stam said the vote would be held in May.",
         "Ivo Stam", "the vote would be held in May"),
        ("As Nora Pell testified on Friday, the mayor told reporters that the bridge would reopen.",
         "mayor", "the bridge would reopen"),
    ],
)  # fmt: skip
def test_lead_time_clause_leaves_the_main_frame(text, speaker, quote):
    assert has(text, speaker, quote)


@pytest.mark.parametrize(
    "text",
    [
        "After Nora Pell responded, the council voted to close the bridge.",
        "When the harbour talks concluded, the ferry left for Dunmore.",
        "Once the inspector testified on Tuesday, the committee adjourned for the week.",
    ],
)  # fmt: skip
def test_lead_time_clause_is_no_content(text):
    assert rows(text) == []


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        # the clause's own content stays: after "that", in a quotation, or before the comma
        ("When Ivo Stam said, in a statement, that the dam was safe, nobody believed him.",
         "Ivo Stam", "the dam was safe"),
        ("While Ivo Stam said the plan failed, others called it a success.", "Ivo Stam", "the plan failed"),
        # an aside "As X noted, A" keeps A
        ("As Nora Pell noted, the ferry plan is flawed.", "Nora Pell", "the ferry plan is flawed"),
        ("As the Dunmore Courier reported, the ferry plan includes a new tax on boats.",
         "Dunmore Courier", "the ferry plan includes a new tax on boats"),
    ],
)  # fmt: skip
def test_lead_clause_with_its_own_content_stays(text, speaker, quote):
    assert has(text, speaker, quote)


# ------------------------------------------------------- a horizontal bar "―" as a dash


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        ("Other harbour pilots, like Nora Pell and Ivo Stam \u2015 two former captains \u2015 have also said they're backing the plan.",
         "pilots", "they're backing the plan"),
        ("Nora Pell \u2015 who ran the port for years \u2015 said she would not run again.", "Nora Pell", "she would not run again"),
    ],
)  # fmt: skip
def test_horizontal_bar_is_a_dash(text, speaker, quote):
    assert has(text, speaker, quote)


def test_horizontal_bar_keeps_offsets():
    text = "Nora Pell \u2015 who ran the port \u2015 said she would not run again."
    assert [q for _, _, q in rows(text)] == ["she would not run again"]


# ------------------------------------------------ "to <cue>" after an act done in order to speak


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        ("The judge pointed to an earlier ruling to say that courts must weigh the public interest.",
         "judge", "courts must weigh the public interest"),
        ("Ivo Stam replied later Saturday to suggest the dispute is a simple misunderstanding.",
         "Ivo Stam", "the dispute is a simple misunderstanding"),
        ("Harbour pilots rushed to the cameras to say the ferry was unsafe.", "pilots", "the ferry was unsafe"),
        ("Nora Pell weighed in to say that the toll was too high.", "Nora Pell", "the toll was too high"),
        ("Nora Pell appeared on KTV on Sunday to argue that the toll was too high.", "Nora Pell", "the toll was too high"),
    ],
)  # fmt: skip
def test_purpose_infinitive_cue(text, speaker, quote):
    assert has(text, speaker, quote)


@pytest.mark.parametrize(
    "text",
    [
        "Nora Pell appeared on KTV to announce a $5 million fund.",
        "Harbour pilots rushed to the pier to ask for help.",
        "Ivo Stam stepped in to tell the joke twice.",
    ],
)  # fmt: skip
def test_purpose_infinitive_without_content(text):
    assert rows(text) == []


# ------------------------------------ a relative frame with a pronoun subject and an auxiliary


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        ("The pilots backed a schedule that they have long said would cut delays.", "they", "would cut delays"),
        ("Nora Pell backed a toll which she previously had said was unfair.", "Nora Pell", "was unfair"),
    ],
)  # fmt: skip
def test_relative_frame_with_pronoun_and_auxiliary(text, speaker, quote):
    assert has(text, speaker, quote)


@pytest.mark.parametrize(
    "text",
    [
        "The harbour board backed a toll which it has since abandoned.",
        "The pilots backed a schedule that they had long opposed.",
    ],
)  # fmt: skip
def test_relative_clause_without_cue(text):
    assert rows(text) == []


# ------------------------------------- a dash-closed aside before the next frame's subject


@pytest.mark.parametrize(
    "text, first, second",
    [
        ("While some pilots say the ferry would run better with a new engine - a common wish - others say it has never been faster.",
         "the ferry would run better with a new engine - a common wish", "it has never been faster"),
        ("Some pilots say the toll is too high \u2014 an old complaint \u2014 harbour officials say it pays for the pier.",
         "the toll is too high \u2014 an old complaint", "it pays for the pier"),
    ],
)  # fmt: skip
def test_dash_aside_ends_the_content_before_the_next_frame(text, first, second):
    quotes = [q for _, _, q in rows(text)]
    assert first in quotes and second in quotes


@pytest.mark.parametrize(
    "text, quote",
    [
        # a relative clause inside the dashes is part of the content
        ("Ivo Stam said the toll \u2014 which Nora Pell said was unfair \u2014 would stay.",
         "the toll \u2014 which Nora Pell said was unfair \u2014 would stay"),
    ],
)  # fmt: skip
def test_dash_relative_stays_in_the_content(text, quote):
    assert has(text, "Ivo Stam", quote)


# ----------------------------------- a "who" clause then a comma insertion before the cue


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        ("Some pilots who have crossed the strait for years, in summer or in winter, said the new ferry was slower.",
         "pilots", "the new ferry was slower"),
        ("Harbour workers who lost shifts, mostly on weekends, say the toll is to blame.",
         "workers", "the toll is to blame"),
    ],
)  # fmt: skip
def test_who_clause_then_insertion(text, speaker, quote):
    assert has(text, speaker, quote)


def test_who_clause_then_inserted_frame():
    # "Pilots who ..., Nora Pell says, are tired": the inserted frame keeps its speaker
    text = "Pilots who work the night shift, Nora Pell says, are tired."
    assert {s for s, _, _ in rows(text)} == {"Nora Pell"}


@pytest.mark.parametrize(
    "text, quote",
    [
        # the words after the closing dash go on with the same clause: no cut there
        ("Ivo Stam said several ports -- notably Dunmore or Orlan -- had already told the board they would help.",
         "several ports -- notably Dunmore or Orlan -- had already told the board they would help"),
    ],
)  # fmt: skip
def test_dash_aside_then_predicate_stays_in_the_content(text, quote):
    assert has(text, "Ivo Stam", quote)


# ------------------------------------------------- "officials there say": a place adverb


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        ("Indeed, harbour pilots here say the new lights are too dim.", "harbour pilots", "the new lights are too dim"),
        ("But diplomats there said the ferry talks had stalled.", "diplomats", "the ferry talks had stalled"),
    ],
)  # fmt: skip
def test_place_adverb_before_cue(text, speaker, quote):
    assert has(text, speaker, quote)


def test_place_adverb_is_not_in_the_speaker():
    rows_ = rows("Many residents here say the pier is unsafe.")
    assert [s for s, _, _ in rows_] == ["many residents"]


# ---------------------------------------- "..., grain traders said": the noun modifier


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        ("The ferry tender was cancelled, grain traders said.", "grain traders", "The ferry tender was cancelled"),
        ("The toll will rise in May, harbour officials said on Friday.", "harbour officials", "The toll will rise in May"),
        ("The pier will close, union leaders told reporters.", "union leaders", "The pier will close"),
    ],
)  # fmt: skip
def test_noun_modifier_belongs_to_the_speaker(text, speaker, quote):
    assert (speaker, quote) in [(s, q) for s, _, q in rows(text)]


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        # a conjunction or adverb before the subject is no modifier
        ("The ferry tender was cancelled, but traders said prices would hold.", "traders", "prices would hold"),
    ],
)  # fmt: skip
def test_no_modifier_after_the_comma(text, speaker, quote):
    assert (speaker, quote) in [(s, q) for s, _, q in rows(text)]


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        # two groups joined by "and" after the comma: both are the speaker
        ("The ferry tender was cancelled, pilots and harbour officials said.",
         "pilots and harbour officials", "The ferry tender was cancelled"),
        ("The toll will rise, bankers and traders said on Friday.", "bankers and traders", "The toll will rise"),
    ],
)  # fmt: skip
def test_two_groups_after_the_comma(text, speaker, quote):
    assert (speaker, quote) in [(s, q) for s, _, q in rows(text)]


def test_clause_then_and_is_no_group():
    # "prices rose and traders said": "rose" is no plural noun
    found = [
        (s, q)
        for s, _, q in rows(
            "The tender was cancelled, prices rose and traders said the pier was calm."
        )
    ]
    assert ("traders", "the pier was calm") in found
