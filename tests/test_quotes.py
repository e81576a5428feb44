"""Unit tests for analysis.extract_quotes on small texts written for these tests:
one test per construction (speaker before/after/inside the quote, inversion,
continuations, multi-paragraph quotes, indirect speech, according to, colon quotes,
mixed quotes, appositions, pronouns, anonymous sources, organisations, groups,
within-article name merging) plus the frame contract."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import extract_quotes
from analysis.quotes import COLUMNS
from analysis.quotes.assemble import extract as extract_one


def run(text: str, article_id: str = "a") -> pd.DataFrame:
    extract_one(text)  # the rule engine must not raise (extract_quotes would hide it)
    out = extract_quotes(pd.DataFrame({"article_id": [article_id], "text": [text]}))
    # the contract every test relies on
    assert list(out.columns[: len(COLUMNS)]) == COLUMNS
    for row in out.itertuples():
        assert 0 <= row.start <= row.end <= len(text)
        assert text[row.start : row.end] == row.quote
        if row.speaker_start >= 0:
            assert text[row.speaker_start : row.speaker_end] == row.speaker_mention
    # a statement: its first row's quote_id, one speaker, rows in text order
    assert set(out["attribution"]) <= {"attributed", "carried"}
    assert set(out["statement_id"]) <= set(out["quote_id"])
    for sid, rows in out.groupby("statement_id"):
        assert rows["quote_id"].iloc[0] == sid
        assert rows["speaker"].nunique() == 1 and rows["speaker_type"].nunique() == 1
        assert (rows["start"].diff().dropna() > 0).all()
    return out


def one(text: str) -> pd.Series:
    out = run(text)
    assert len(out) == 1, out[["speaker", "cue", "kind", "quote"]].to_string()
    return out.iloc[0]


# ----------------------------------------------------------------- direct quotes


def test_speaker_after_quote():
    r = one('"We will lower taxes next year," Maria Lopez said.')
    assert r.speaker == "Maria Lopez"
    assert r.speaker_type == "person"
    assert r.cue == "said"
    assert r.kind == "direct"
    assert r.quote == "We will lower taxes next year"


def test_speaker_before_quote_with_comma_and_colon():
    r = one('Governor Tom Reed said, "The bridge will open in May."')
    assert (r.speaker, r.kind) == ("Tom Reed", "direct")
    assert r.quote.startswith("The bridge will open in May")
    r = one('The mayor, Ann Kim, said: "We are ready."')
    assert r.speaker == "Ann Kim"
    assert r.quote.startswith("We are ready")


def test_inversion_said_name():
    r = one('"It was a long night," said Peter Olsen, who runs the shelter.')
    assert r.speaker == "Peter Olsen"
    assert r.speaker_mention == "Peter Olsen"
    assert r.kind == "direct"


def test_speaker_inside_quote_continuation_same_speaker():
    text = '"The plan is dead," Putin said. "We need a new one."'
    out = run(text)
    # two quoted stretches, one statement, one speaker
    assert out["quote"].tolist() == ["The plan is dead", "We need a new one."]
    assert out["speaker"].tolist() == ["Putin", "Putin"]
    assert out["statement_id"].tolist() == ["a:0", "a:0"]
    assert out["attribution"].tolist() == ["attributed", "carried"]


def test_bare_quoted_paragraph_after_attributed_one():
    text = (
        'Senator Ruth Adler criticised the budget. "It cuts schools," Adler said.\n\n'
        '"And it does nothing for the roads in the north of the state."'
    )
    out = run(text)
    assert set(out["speaker"]) == {"Ruth Adler"}
    assert out["quote"].str.contains("roads in the north").any()


def test_multi_paragraph_quote_without_closing_marks():
    text = (
        'Ms. Grant said: "The first thing we did was count the damage.\n\n'
        '"Then we called every family on the street.\n\n'
        '"Nobody was hurt," she said.\n\n'
        "The council meets on Monday."
    )
    out = run(text)
    # one statement over three paragraphs: one row per paragraph, one speaker
    assert out["statement_id"].nunique() == 1
    assert set(out["speaker"]) == {"Grant"}
    assert out["quote"].str.startswith("Then we called every family").any()
    assert not out["quote"].str.contains("council").any()  # never the next paragraph


def test_curly_and_straight_quotes_agree():
    a = one("“Prices will fall,” said the economist Jane Roe.")
    b = one('"Prices will fall," said the economist Jane Roe.')
    assert a.quote == b.quote == "Prices will fall"
    assert a.speaker == b.speaker


def test_unbalanced_quote_stays_in_its_paragraph():
    text = 'Tom Hale said, "this never closes.\n\nA second paragraph about weather.\n\nAnother one.'
    out = run(text)
    assert (out["end"] <= text.index("\n\n")).all()


def test_colon_without_verb_headline_style():
    r = one('Sanders: "The economy is rigged."')
    assert r.speaker == "Sanders"
    assert r.cue == ":"
    assert r.kind == "direct"


# ----------------------------------------------------------------- indirect speech


@pytest.mark.parametrize(
    "verb",
    ["said", "added", "noted", "argued", "warned", "explained", "insisted", "claimed",
     "acknowledged", "announced", "says"],
)  # fmt: skip
def test_indirect_reporting_verbs(verb):
    r = one(f"Dana Whitfield {verb} that the vote would be delayed until spring.")
    assert r.speaker == "Dana Whitfield"
    assert r.cue == verb
    assert r.kind == "indirect"
    assert r.quote == "the vote would be delayed until spring"


def test_indirect_without_that_and_told_reporters():
    r = one("Omar Haddad told reporters on Tuesday the talks had stalled.")
    assert r.speaker == "Omar Haddad"
    assert r.cue == "told"
    assert r.quote == "the talks had stalled"


def test_sentence_final_frame_indirect():
    r = one("The factory will close by the end of the year, Ms. Varga said.")
    assert r.speaker == "Varga"
    assert r.kind == "indirect"
    assert r.quote == "The factory will close by the end of the year"


def test_according_to():
    r = one("According to the ministry, 40 people were arrested.")
    assert r.cue == "According to"
    assert r.speaker == "the ministry"
    assert r.speaker_type == "organization"
    assert r.quote == "40 people were arrested"
    r = one("Turnout fell sharply, according to election officials.")
    assert r.speaker_type == "group"
    assert r.quote == "Turnout fell sharply"


def test_mixed_quote():
    r = one('Mr. Park said the treaty was "outdated and dangerous."')
    assert r.kind == "mixed"
    assert r.speaker == "Park"
    assert r.quote.startswith("the treaty was")


def test_not_speech():
    assert run("The committee will say more next week if it can.").empty
    assert run("She declined to say whether she would run.").empty
    assert run("He added to his lead in the polls.").empty


# ----------------------------------------------------------------- speakers


def test_title_and_apposition_forms():
    r = one("Russian spokesman Alexei Gromov said the talks went well.")
    assert r.speaker == "Alexei Gromov"
    r = one("Hugh Hill, a doctor, said the clinic was full.")
    assert r.speaker == "Hugh Hill"
    r = one("Lena Ford, 34, a nurse from Ohio, said she was tired.")
    assert r.speaker == "Lena Ford"


def test_pronoun_resolves_to_previous_person_and_keeps_mention():
    text = (
        'Mayor Carla Diaz visited the flooded district on Monday.\n\n"We will rebuild," she said.'
    )
    r = one(text)
    assert r.speaker_mention == "she"
    assert r.speaker == "Carla Diaz"
    assert r.speaker_type == "person"


def test_pronoun_gender_skips_incompatible_person():
    text = (
        "Mr. Ivan Petrov met Mrs. Helen Park in Vienna. "
        "Petrov said the meeting was useful. She said it was too short."
    )
    out = run(text)
    she = out[out["speaker_mention"] == "She"].iloc[0]
    assert she.speaker == "Helen Park"


def test_pronoun_prefers_subject_introduced_after_last_quoted_person():
    # the last person *quoted* is Gomez, but Okafor is the subject of the sentences
    # right before "he said": the more recent, salient subject is the speaker
    text = (
        '"We need more buses," said Daniel Gomez, a council member.\n\n'
        "Peter Okafor, the transit director, disagreed at the same meeting.\n\n"
        '"The budget is fixed," he said.'
    )
    out = run(text)
    he = out[out["speaker_mention"] == "he"].iloc[0]
    assert he.speaker == "Peter Okafor"


def test_pronoun_continues_quoted_person_when_no_new_subject():
    text = (
        '"We need more buses," said Daniel Gomez, a council member.\n\n'
        "The council meets again in May.\n\n"
        '"The budget is not fixed," he said.'
    )
    out = run(text)
    he = out[out["speaker_mention"] == "he"].iloc[0]
    assert he.speaker == "Daniel Gomez"


def test_anonymous_group_and_organisation_types():
    r = one("A senior White House official said the trip was postponed.")
    assert r.speaker_type == "anonymous"
    assert r.speaker == "a senior White House official"
    r = one("Some administration officials said the decision was final.")
    assert r.speaker_type == "group"
    r = one("The ministry said the border would stay closed.")
    assert r.speaker_type == "organization"
    r = one("The Kremlin said the report was false.")
    assert r.speaker_type == "organization"


def test_names_merge_within_article_to_fullest_form():
    text = (
        "President George W. Bush arrived in Shanghai.\n\n"
        '"We are ready," Mr. Bush said.\n\n'
        "President Bush said the talks would continue.\n\n"
        "Officials said presidentBush was tired. Bush said he was fine."
    )
    out = run(text)
    bush = out[out["speaker_mention"].str.contains("Bush")]
    assert len(bush) == 3
    assert set(bush["speaker"]) == {"George W. Bush"}


def test_short_name_without_full_form_stays_short():
    r = one('"No comment," Putin said.')
    assert r.speaker == "Putin"


# ----------------------------------------------------------------- frame contract


def test_quote_ids_sentence_ids_and_order():
    text = (
        "The vote is close. Anna Berg said the count would finish today.\n\n"
        '"It is fair," Berg said. Ken Ito said it was not.'
    )
    out = run(text, "art1")
    assert list(out["quote_id"]) == [f"art1:{i}" for i in range(len(out))]
    assert list(out["start"]) == sorted(out["start"])
    assert out["sentence_id"].tolist() == sorted(out["sentence_id"].tolist())
    assert out["sentence_id"].iloc[0] == 1


def test_multiple_articles_and_other_columns_ignored():
    arts = pd.DataFrame(
        {
            "article_id": ["x", "y"],
            "title": ["t1", "t2"],
            "text": ['"Yes," Ali Khan said.', "No quotes here at all."],
        }
    )
    out = extract_quotes(arts)
    assert out["article_id"].tolist() == ["x"]
    assert arts.columns.tolist() == ["article_id", "title", "text"]  # input not mutated


def test_empty_inputs():
    assert extract_quotes(pd.DataFrame({"article_id": [], "text": []})).empty
    out = extract_quotes(pd.DataFrame({"article_id": ["a", "b"], "text": ["", None]}))
    assert out.empty
    assert list(out.columns) == COLUMNS


@pytest.mark.parametrize(
    "text,head",
    [
        ("The nurse later sued, claiming the quarantine violated her rights.", "nurse"),
        ('The lawyer put it bluntly: "This case is over."', "lawyer"),
    ],
)
def test_speaker_is_never_a_bare_determiner(text, head):
    q = one(text)
    assert q.speaker.lower().split()[-1] == head
    assert q.speaker_mention.lower() != "the"


def test_capitalised_modifier_never_takes_he_or_she():
    # "Nazi" is parsed as the subject of "suggested", but it modifies "sympathizers":
    # a later "she" must go back to the person, not to it.
    text = (
        "Hillary Clinton said the plan was wrong.\n\n"
        "Wesley Clark spoke favorably of the internment of Nazi sympathizers and "
        "suggested the same should be done today.\n\n"
        "\u201cNow is the time to stand up,\u201d she said."
    )
    q = run(text)
    she = q[q.speaker_mention == "she"]
    assert len(she) == 1
    assert she.speaker.iloc[0] == "Hillary Clinton"


def test_subject_after_a_leading_prepositional_phrase_takes_he():
    text = (
        "Carlos Lopez-Cantera, the lieutenant governor, is running. Jane Smith, his "
        "rival, said the race was close.\n\n"
        "On his website, Lopez-Cantera promises to repeal the Florida Standards. "
        "He told reporters the standards were not perfect."
    )
    q = run(text)
    he = q[q.speaker_mention == "He"]
    assert len(he) == 1
    assert he.speaker.iloc[0] == "Carlos Lopez-Cantera"


def test_unnamed_spokesman_is_not_the_last_quoted_person():
    # "the spokesman" was never given a name: it must not become the governor
    text = (
        '"We will not raise the toll," Governor Ann Palmer said on Monday.\n\n'
        '"No meeting is planned," the spokesman said.'
    )
    q = run(text)
    spk = q[q.speaker_mention == "the spokesman"]
    assert len(spk) == 1
    assert "Palmer" not in spk.speaker.iloc[0]
    assert "spokesman" in spk.speaker.iloc[0]


def test_spokesman_who_was_named_keeps_the_name():
    text = (
        "City Hall spokesman Tom Reyes declined to comment at first.\n\n"
        '"No meeting is planned," the spokesman said later.'
    )
    q = run(text)
    assert q[q.speaker_mention == "the spokesman"].speaker.iloc[0] == "Tom Reyes"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            '"The bridge will open in May," Peter Brandt said.\n\n'
            "In Ottawa, Senator Okafor released a statement on Friday. He said the "
            "bridge would be delayed by a year.",
            "Okafor",
        ),
        (
            '"The bridge will open in May," Peter Brandt said.\n\n'
            "Republican pollster Osric Vandermeer -- author of a book on swing voters -- is "
            "doubtful.\n\n"
            '"Nobody believes the May date," he said.',
            "Osric Vandermeer",
        ),
    ],
)
def test_titled_subject_takes_he(text, who):
    # a lone surname after a person title ("Senator Okafor") or a name after a role
    # noun ("pollster Osric Vandermeer") is a person subject: a later "he" is that person,
    # not the man quoted before
    q = run(text)
    he = q[q.speaker_mention.str.lower() == "he"]
    assert len(he) == 1
    assert he.speaker.iloc[0] == who


def test_clock_time_glued_to_a_name_is_dropped():
    # live blogs glue the time stamp to the headline's first word: "8:12PMOkafor Says"
    text = (
        "Live updates from the primary.\n"
        "Posted March 3, 2020 8:12PMOkafor Says The Toll Will Not Rise\n"
        "Daniel Okafor spoke to voters in the morning."
    )
    q = one(text)
    assert q.speaker == "Daniel Okafor"


@pytest.mark.parametrize(
    "appos", ["the chairwoman of the county party", "a 40-year-old nurse", "52"]
)
def test_subject_with_a_person_apposition_takes_she(appos):
    # "Marlo Quill, the chairwoman of ..., backs": an apposition naming a person role
    # (or an age) makes the subject a person, so a later "she" goes to her
    text = (
        '"The levy will pass," said Osric Tamm, who runs the campaign.\n\n'
        f"Marlo Quill, {appos}, backs the levy as well.\n\n"
        '"People want the new school," she said.'
    )
    q = run(text)
    she = q[q.speaker_mention == "she"]
    assert len(she) == 1
    assert she.speaker.iloc[0] == "Marlo Quill"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The vote was rigged," said former dairy executive Ilse Varga.', "Ilse Varga"),
        (
            '"The count is late," said a former county election official in Lindner.',
            "a former county election official",
        ),
        (
            '"Turnout will be low," said one former GOP fundraising aide.',
            "one former GOP fundraising aide",
        ),
    ],
)
def test_inverted_speaker_keeps_unlisted_modifiers_before_the_head(text, speaker):
    # "said former tech executive X": unlisted lower-case modifiers ("dairy",
    # "county election", "fundraising") between an adjective/acronym and a listed head
    # noun belong to the speaker phrase; it is not cut after "former" or "GOP"
    assert one(text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Some Democratic strategists fear that Ms. Ostrova has waited too long and "
            "warn that the turnout plan is not a reliable strategy.",
            "some Democratic strategists",
        ),
        (
            "Green activists and their allies in the valley speak with one voice, "
            "arguing that the dam has been a failure.",
            "Green activists",
        ),
        (
            "Two Republican members of the council, Ann Lee and Bo Ray, have said they "
            "will not back the levy.",
            "Ann Lee and Bo Ray",  # the names in apposition, as with a plain "said"
        ),
    ],
)
def test_plural_head_after_a_capitalised_modifier_is_not_the_verb(text, speaker):
    # "Democratic strategists fear": a listed plural head noun after a capitalised
    # modifier is part of the subject, not a verb ending in -s after a name
    assert one(text).speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Continuing to explain his view, Osric Tamm rejected the plan, saying that the "
        "levy would fail.",
        "Having lost the vote, Osric Tamm rejected the plan, saying that the levy would fail.",
    ],
)
def test_leading_participle_clause_is_not_the_speaker(text):
    # "Continuing to explain ..., Carson rejected ..., saying that": the subject comes
    # after the participial clause; the participle is not a name
    q = one(text)
    assert q.speaker == "Osric Tamm"


def test_breaking_banner_is_not_a_speaker():
    # "Breaking: <headline>" is a news banner, not "Breaking" saying the headline;
    # nor does it become a name a later "she" could go to
    text = (
        "Breaking: Council Just Made A Big Announcement About The Levy.\n\n"
        "The council chairwoman, Marlo Quill, spoke on Tuesday.\n\n"
        '"We need to close this," she said.'
    )
    out = run(text)
    assert "Breaking" not in set(out.speaker)
    assert list(out.speaker) == ["Marlo Quill"]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("TURNOUT FELL IN THE NORTH - Ivo K. Mersh:", "Ivo K. Mersh"),
        ("Signs of a late shift were there all along -More from Lund and Berg:", "Lund and Berg"),
        ("Weighting alone is not enough - More from the survey report:", "the survey report"),
    ],
)
def test_speaker_after_a_dash_before_a_colon_quote(line, speaker):
    # poll round-ups: "<summary line> - Name: “quotation” [Outlet]": the speaker is the
    # name after the dash, not the first words of the summary; the source tag after the
    # quotation is not part of it
    text = f"{line} “Our count shows the drop was steep. It fell again in May.” [Gallup]"
    q = one(text)
    assert q.speaker == speaker
    assert q.cue == ":"
    assert q.quote == "Our count shows the drop was steep. It fell again in May."


@pytest.mark.parametrize(
    "lead",
    ["Neither", "Even", "Comedian", "The Ledger’s", "Pollwatch’", "Entrusting"],
)
def test_non_name_word_glued_before_a_full_name_is_dropped(lead):
    # "Neither Donald J. Trump nor ...", "CNN's Jake Tapper", "Actor Clint Howard":
    # a capitalised non-name word (stopword, possessive outlet, role word, -ing form)
    # before a given name + surname is not part of the speaker's name
    text = (
        f"{lead} Sarah Okafor agreed with the plan at first.\n\n"
        '"We will not back the levy," Okafor said.'
    )
    q = run(text)
    assert list(q.speaker) == ["Sarah Okafor"]


@pytest.mark.parametrize(
    "text",
    [
        "In a victory speech in the county on Tuesday night, Mr. Okafor struck a calm "
        "tone, saying he understood the stakes.",
        "Okafor went first at the town hall hosted by the paper, predicting a close race.",
        "At a rally in the valley, Daniel Okafor spoke for an hour, noting that the levy "
        "had failed twice.",
    ],
)
def test_object_of_a_preposition_is_not_the_clause_subject(text):
    # "In a victory speech ..., Mr. Trump struck a tone, saying": the subject of a
    # participle cue is the clause subject, not the object of "in"/"at" before it
    q = one(text)
    assert q.speaker in ("Okafor", "Daniel Okafor")
