"""w75's rules (session 32, the seventy-fifth written batch), each checked on sentences
written for this file.

* "NAME would say only that A": a reply limited to A is a quote, although "say" follows
  the modal "would" (``modal_reports.modal_said_only``, read by
  ``nonspeech._not_a_speech_verb``); it was no row. "Critics would say A" stays no row.
* "The coroner, Dr. NAME, reminded the jury that A": "reminded" after an apposed name
  and its closing comma is a report (``idioms._remind_frame``); it was no row. "The
  mayor, NAME, reminded residents of the ban" stays no row.
* "At a Tim Hortons on Main Street, ...": a capitalised run right after "a" / "an" is
  one shop of a chain or a brand, no person (``mentions._ArticleNames.person_like``);
  it was the antecedent of a later "he" ("Tim" is a listed given name).
* "Her friend, retired fisherman Lorne Roe, disagreed. He said A": a lower-case job noun
  in -man / -woman right before an unlisted given name genders it
  (``given_names._given_job_noun_votes``), so "he" is that man, not a listed man
  quoted paragraphs before.
* "The union will argue at a hearing in March that A": "will argue" / "will contend" /
  "will testify" with "that" within ten words and no comma before it is a position
  announced for a hearing, a report (``modal_reports.modal_future_report``); it was no
  row. "will argue, if asked, that" stays no row.
* "A, the Grape Growers of the Niagara Bench (GGNB) said": a body's name of capitalised
  words ending in a plural noun, "of the" and a place of one to three capitalised words
  is the speaker (``np_left._plural_body_of_the_place``); it was "the Niagara Bench", or
  no row when the content came first.
* "NAME, who writes a newsletter on mountain resorts, said": "newsletter" / "column" are
  objects that make "write" an act (``resources/act_objects.txt``); the relative clause
  describing the source was a false row ("blog" stays out: PolNeAR annotates "wrote a
  viral blog against X").
"""

from __future__ import annotations

from tests._quote_rows import has_quote, quote_rows, speech_rows


def test_would_say_only_that_is_a_reply():
    text = (
        "The library board met behind closed doors on Monday night. Board spokesperson "
        "Walter Quigley-Ames would say only that the branch hours were under review."
    )
    assert has_quote(text, "Walter Quigley-Ames", "the branch hours were under review")


def test_would_say_only_that_with_a_quotation():
    text = (
        "Asked about the layoffs, plant manager Rhoda Ferncastle would say only that "
        '"nothing has been decided yet."'
    )
    rows = speech_rows(text)
    assert any("Ferncastle" in s and q.startswith("nothing has been decided") for s, _, q in rows)


def test_would_say_as_a_guess_stays_no_row():
    text = "Some critics would say the new bridge is far too expensive for a town this size."
    assert speech_rows(text) == []


def test_reminded_after_an_apposed_name():
    text = (
        "The presiding judge, Justice Marlowe Tunstall-Reyes, reminded the jury that the "
        "accused does not have to testify."
    )
    assert has_quote(text, "Marlowe Tunstall-Reyes", "the accused does not have to testify")


def test_reminded_of_after_an_apposed_name_stays_no_row():
    text = "The fire chief, Odile Brackenridge, reminded cottagers of the burn ban on Friday."
    assert speech_rows(text) == []


def test_a_brand_name_after_a_is_not_he():
    text = (
        "At a Tim Hortons on the highway, the line was out the door.\n\n"
        "Her neighbour, Lorne Abernathy-Kwan, disagreed.\n\n"
        '"I have voted the same way for 50 years," he said.'
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Lorne Abernathy-Kwan", "I have voted the same way for 50 years") in rows


def test_job_noun_in_man_genders_an_unlisted_given_name():
    text = (
        "Council candidate Roderick Pennington boasted that he would win every poll.\n\n"
        "Her brother, retired fisherman Lorne Abernathy-Kwan, disagreed. He said the race "
        "was too close to call."
    )
    assert has_quote(text, "Lorne Abernathy-Kwan", "the race was too close to call")


def test_will_argue_that_is_a_report():
    text = (
        "The teachers' union will argue at a hearing in April that substitute teachers "
        "should be paid for preparation time."
    )
    assert has_quote(text, "union", "substitute teachers should be paid for preparation time")


def test_will_argue_with_an_inserted_condition_stays_no_row():
    text = "The union will argue, if the talks fail, that the strike is legal."
    assert not any(c == "argue" for _, c, _ in speech_rows(text))


def test_plural_body_of_the_place_is_the_speaker():
    text = (
        "Orchards lost most of their blossoms to the late frost, the Apple Packers of the "
        "Annapolis Valley (APAV) said on Tuesday."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows == [
        (
            "Apple Packers of the Annapolis Valley",
            "Orchards lost most of their blossoms to the late frost",
        )
    ]


def test_person_of_the_place_stays_the_person():
    text = "Tom Banks of the Yukon said the river was higher than last spring."
    assert has_quote(text, "Tom Banks", "the river was higher than last spring")


def test_writes_a_newsletter_is_no_report():
    text = (
        "Market watcher Delphine Okoro-Haas, who writes a newsletter on farm real estate, "
        "said prices had peaked."
    )
    rows = speech_rows(text)
    assert rows == [("Delphine Okoro-Haas", "said", "prices had peaked")]
