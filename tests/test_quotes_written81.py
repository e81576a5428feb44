"""w73's rules (session 31, the seventy-third written batch), each checked on sentences
written for this file.

* "Manitoba's Minister of Agriculture, Food and Rural Development, Ann Roe, said": a
  capitalised "X and Y" segment that ends the list of fields of an office named in the
  segment before it ("... of Agriculture,") is part of the office, not the speaker
  (``apposed_speakers._drop_office_field_tails``); it was "Food and Rural Development",
  and a later "she told reporters" went to the person quoted before.
* "A, the union representing ferry workers said" / "the association representing the
  area's harvesters said": a participle's object may be a bare plural ("ferry workers")
  or open with a possessive owner ("Yukon's placer miners", "the area's harvesters")
  (``reduced._reduced_object_start``), and "association" / "federation" are organisation
  heads (``resources/reduced_org_heads.txt``), so the description is "the union" /
  "the association" and the name given next is found; it was the object ("the area's
  harvesters"), a phrase cut inside the content, or no row. A place after the object
  ("the group representing beef producers in Alberta said") is passed over
  (``reduced._reduced_place_tail``); the speaker was "producers in Alberta".
* A lede's description opened by a capitalised owner instead of "the" ("A, Greater
  Sudbury's outgoing fire chief said this week.") is read like "the city's outgoing fire
  chief" by the rule that names it from the next paragraph's titled name ("Chief Ann
  Roe, 61, joined ..."; ``lede_named_next.owner_opened_description``); it stayed the
  description as written.
* '"...," she said' opening a paragraph right after a paragraph of narration with no
  statement that names a new person in apposition ("... rolls that its owner, Ann Roe,
  called "the best in town."", a naming label ending its paragraph, which is no row)
  is that person when her given name has the pronoun's gender
  (``apposed_paragraphs.pronoun_after_apposed_paragraph``); it was the woman quoted
  before.
* "... a report released Wednesday by Ontario's Ministry of Long-Term Care" makes a later
  'The report reads, in part: "..."' the body's quote (``released_documents``, asked last
  by ``documents._document_issuer``); it was "the report".
"""

from __future__ import annotations

from tests._quote_rows import quote_rows, speech_rows


def test_office_with_listed_fields_gives_the_apposed_name():
    text = (
        "Manitoba's Minister of Agriculture, Food and Rural Development, Carla "
        "Pettigrew-Moss, said outside the legislature that the program would continue."
    )
    assert speech_rows(text) == [("Carla Pettigrew-Moss", "said", "the program would continue")]


def test_office_with_listed_fields_then_pronoun_keeps_the_minister():
    text = (
        "The engineer, Ann Roe, said the dam was safe.\n\n"
        "Ontario's Minister of Children, Community and Social Services, Brian Okello, "
        "said the cheques would go out Friday.\n\n"
        '"Nobody will wait past Friday," he told reporters.'
    )
    rows = speech_rows(text)
    assert ("Brian Okello", "said", "the cheques would go out Friday") in rows
    assert ("Brian Okello", "told", "Nobody will wait past Friday") in rows


def test_listed_names_without_office_are_untouched():
    # "and" in a list of two people's names before the cue is no office's field list
    text = "Two neighbours, Ann Roe and Brian Okello, said the road had flooded twice."
    assert [r[0] for r in speech_rows(text)] != ["Okello"]


_NAMED_NEXT = "\n\nThe Atlantic Marine Workers Union said in a statement that crews were short."


def test_participle_with_bare_plural_object_gives_the_named_union():
    text = (
        "HALIFAX — Ferry fares will rise by 12 per cent in April, the union representing "
        "ferry workers said Monday." + _NAMED_NEXT
    )
    rows = speech_rows(text)
    assert rows[0] == (
        "Atlantic Marine Workers Union",
        "said",
        "Ferry fares will rise by 12 per cent in April",
    )


def test_participle_with_possessive_object_gives_the_named_union():
    text = (
        "HALIFAX — Ferry fares will rise by 12 per cent in April, the union representing "
        "the province's ferry workers told a legislative committee Monday." + _NAMED_NEXT
    )
    rows = speech_rows(text)
    assert rows[0] == (
        "Atlantic Marine Workers Union",
        "told",
        "Ferry fares will rise by 12 per cent in April",
    )


def test_association_with_participle_gives_the_named_association():
    text = (
        'MONCTON — Early catches looked "better than anyone expected," the association '
        "representing Moncton's snow crab harvesters said.\n\n"
        "The Petitcodiac Crab Harvesters Association said its boats were all out."
    )
    rows = speech_rows(text)
    assert rows[0][0] == "Petitcodiac Crab Harvesters Association"


def test_owner_opened_lede_description_takes_the_titled_name_next():
    text = (
        "SUDBURY, Ont. — The job has never been harder, Greater Sudbury's outgoing fire "
        "chief said this week, days before she retires.\n\n"
        "Chief Denise Marchildon-Rowe, 61, joined the service as a volunteer in 1990."
    )
    assert speech_rows(text)[0][0] == "Denise Marchildon-Rowe"


def test_owner_opened_description_without_shared_title_stays():
    # the next paragraph's name carries no title word of the description: no link
    text = (
        "REGINA — Classes will resume Monday, Saskatchewan's education minister said.\n\n"
        "Mayor Brian Okello, 52, closed city hall early."
    )
    assert speech_rows(text)[0][0] != "Brian Okello"


_WHARF = (
    "Harbour manager Colleen Arsenault-Boyd said the wharf was old.\n\n"
    '"It is living on borrowed time," she said.\n\n'
)


def test_pronoun_after_narration_naming_a_new_woman_in_apposition():
    text = _WHARF + (
        "By noon the canteen was selling lobster rolls that its owner, Bernadette "
        'Gallant-Reyes, called "the best in town."\n\n'
        '"They were swimming at six," she said, handing one across the counter.'
    )
    assert speech_rows(text)[-1][0] == "Bernadette Gallant-Reyes"


def test_pronoun_of_the_other_gender_keeps_the_earlier_speaker():
    text = _WHARF + (
        "By noon the canteen was selling lobster rolls that its owner, Bernard "
        'Gallant, called "the best in town."\n\n'
        '"Nobody is leaving," she said.'
    )
    assert speech_rows(text)[-1][0] == "Colleen Arsenault-Boyd"


def test_apposed_organisation_is_no_new_speaker():
    text = (
        'Harold Vance said he would keep going. "It is not over," he said.\n\n'
        "One of the groups he will launch, Our Prairie Future, will recruit candidates.\n\n"
        '"We keep the movement alive," he said.'
    )
    assert speech_rows(text)[-1][0] == "Harold Vance"


def test_report_reads_goes_to_the_body_that_released_it():
    text = (
        "MONCTON — Bridges are ageing faster than planned, according to a report "
        "released Tuesday by the New Brunswick Department of Transportation.\n\n"
        'The report reads, in part: "Eleven of the bridges inspected require repairs '
        'within two years."'
    )
    rows = quote_rows(text, "speaker", "quote")
    assert (
        "New Brunswick Department of Transportation",
        "Eleven of the bridges inspected require repairs within two years.",
    ) in rows


def test_report_without_a_releasing_body_stays_the_report():
    text = (
        "MONCTON — Bridges are ageing faster than planned, according to a report "
        "released Tuesday.\n\n"
        'The report reads, in part: "Eleven of the bridges inspected require repairs '
        'within two years."'
    )
    speakers = [s for s, q in quote_rows(text, "speaker", "quote") if q.startswith("Eleven")]
    assert speakers and "Transportation" not in speakers[0]


def test_participle_object_with_a_place_after_it_keeps_the_group():
    text = "The group representing beef producers in Alberta said the deal was fair."
    assert speech_rows(text) == [("the group", "said", "the deal was fair")]


def test_person_with_participle_and_place_stays_the_person():
    text = "A man working at the plant in Sarnia said the alarm never sounded."
    assert speech_rows(text) == [("a man", "said", "the alarm never sounded")]
