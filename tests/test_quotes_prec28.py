"""prec28's rules (session 22, PolNeAR train precision), each on sentences written for
the test:

* the content of a speech noun ("her claim that ...") does not end at a thousands
  comma ("as many as 250,000 homes");
* content that is only a date ("Announced March 23, 2015" in a list of candidates) is
  no speech;
* content that opens with "and"/"or"/"but" right after the cue, or after a dash after
  it, is a second verb or clause coordinated with the cue's, not what was said ("The
  protester yelled and held up a sign", "which he has denied and which the bank
  dropped", "as Lee has said - and she can prove it"); a listener before the
  conjunction ("urged Americans and their leaders to ...") and a comma ("said, and I
  quote, ...") keep the content;
* a frame inside a comma relative clause with no subject of its own before the cue
  ("Mrs. Lund, who was distracted while saying goodbye to a guest, was not ...", "The
  list, which the campaign says includes 90,000 names, is ...") ends at the comma
  before the main clause's auxiliary ("was", "is"), not after it;
* a headline "Name: A/An/The ..." whose content has no clause word and no verb-like
  word is a title ("Radio Daily: A World at War"), not what the name said;
* "reported directly/daily to X" with no "that" names a superior, not speech.
"""

from __future__ import annotations

from tests._quote_rows import has_quote, speech_rows


def test_noun_frame_content_keeps_a_thousands_comma():
    text = "Marta Quill repeated her claim that the county has 250,000 empty homes and more."
    assert has_quote(text, "Quill", "the county has 250,000 empty homes and more")


def test_noun_frame_content_still_ends_at_a_clause_comma():
    text = "Marta Quill repeated her claim that the county has 250 empty homes, and left."
    assert has_quote(text, "Quill", "the county has 250 empty homes")


def test_a_date_alone_is_no_content():
    text = "Candidates so far:\n\nGov. Elmer Stroud (R-Idaho) — Announced March 23, 2015.\n"
    assert [r for r in speech_rows(text) if r[1].lower() == "announced"] == []
    assert speech_rows("Gov. Elmer Stroud announced on Tuesday.") == []


def test_a_date_inside_a_clause_is_still_content():
    text = "Gov. Elmer Stroud announced that the bridge would reopen on March 23, 2015."
    assert has_quote(text, "Stroud", "the bridge would reopen on March 23, 2015")


def test_a_coordinated_verb_after_the_cue_is_no_content():
    assert speech_rows("A protester yelled and held up a banner that guards tore down.") == []


def test_a_coordinated_relative_after_the_cue_is_no_content():
    text = "Dale Hurst faced claims of fraud, which he has denied and which the bank dropped."
    assert [r for r in speech_rows(text) if r[1] == "denied"] == []


def test_a_conjunction_after_a_dash_is_no_content():
    text = "Officials said the road was safe, but the lane is narrow - as Nell Ortiz has said - and trucks avoid it."
    assert not any(r[0] == "Nell Ortiz" and r[2].startswith("and") for r in speech_rows(text))


def test_a_conjunction_after_a_listener_or_a_comma_keeps_the_content():
    text = "The statement urged Americans and their leaders to welcome the refugees."
    assert [r[1] for r in speech_rows(text)] == ["urged"]
    text = 'Rep. Cal Brandt said, and I quote, "We will never fold."'
    assert any(r[0] == "Cal Brandt" for r in speech_rows(text))


def test_a_subject_relative_frame_ends_where_the_main_verb_resumes():
    text = "Mrs. Lund, who was distracted while saying goodbye to a guest, was not as friendly."
    assert speech_rows(text) == [("Lund", "saying", "goodbye to a guest")]
    text = "The donor list, which the campaign says includes 90,000 names, is its best asset."
    assert has_quote(text, "campaign", "includes 90,000 names")


def test_a_subject_relative_frame_keeps_a_coordinated_content():
    text = "The aide, who said that the budget would fail, and that taxes would rise, was fired."
    assert has_quote(text, "aide", "the budget would fail, and that taxes would rise")


def test_a_headline_that_titles_the_story_is_no_quote():
    assert speech_rows("Radio Daily: A World at War.\n\nThe show aired on Monday.") == []
    assert speech_rows("Lee and Roe: A tense alliance.\n\nThe two met in May.") == []


def test_a_headline_statement_after_an_article_stays_a_quote():
    text = "Poll: A majority now backs the tax.\n\nThe poll came out on Monday."
    assert speech_rows(text) == [("poll", ":", "A majority now backs the tax")]
    text = "Sanders: The system is rigged.\n\nHe spoke in Iowa."
    assert speech_rows(text) == [("Sanders", ":", "The system is rigged")]


def test_reporting_to_a_superior_is_no_speech():
    assert speech_rows("Mr. Hale reported directly to the chief executive.") == []
    assert speech_rows("Mr. Hale reported daily to the studio chief, and spied on him.") == []


def test_reporting_back_to_a_body_with_a_clause_is_speech():
    text = "Ms. Lee reported back to the council that the bridge was safe."
    assert has_quote(text, "Lee", "the bridge was safe")
