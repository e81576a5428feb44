"""Classes found by the fourteenth, blind written news batch (session 19, issue 12:
tests/data/written_news14): "said nothing for a day" reports no speech; a capitalised
title set in apposition ("The Speaker, Ray Lee, rose") names the person a later "the
Speaker said" means; "the grocer" / "the chain" are company descriptions; a short lead
prepositional phrase before an inserted "according to X" is no content ("At the hearing,
according to a transcript, B"); a speech participle after a passive perception verb ("could
be heard shouting") is its subject's; "heckled" reports a quotation only; a quotation
paragraph after a one-sentence gesture paragraph ("Lee shrugged.") is the gesturer's;
"her mother" / "his father" are found by surname as "her brother" was (a hyphenated surname
shares its parts); a quotation after an interjection in an "as" clause goes on with the
frame's speaker.
Every sentence here is written for the test; names and events are fictional."""

from _quote_rows import quote_rows, speaker_of, speech_rows


def test_said_nothing_for_a_while_is_no_speech():
    text = (
        "Nora Vale wanted to be a pilot. When she told her uncle, Carl Vale said nothing "
        "for a whole week."
    )
    assert not any(q.startswith("nothing") for _s, _c, q in speech_rows(text))


def test_said_nothing_that_opens_a_clause_is_still_speech():
    text = "Officials said nothing had changed since the spring."
    assert speech_rows(text) == [("officials", "said", "nothing had changed since the spring")]


def test_capitalised_title_in_apposition_names_the_person_later():
    text = (
        "The debate grew loud. The Speaker, Ruth Okonjo-Hale, rose to call for order.\n\n"
        "“Members will come to order,” the Speaker said."
    )
    assert speaker_of(text, "Members will come to order") == "Ruth Okonjo-Hale"


def test_grocer_is_the_company_named_before():
    text = (
        "TORONTO — Harvest Lane Foods Inc. reported higher profit on Tuesday, but the grocer "
        "warned that its margins would shrink next year."
    )
    assert speaker_of(text, "its margins would shrink next year") == "Harvest Lane Foods Inc."


def test_lead_phrase_before_according_to_is_no_content():
    text = (
        "At the hearing, according to a transcript, Judge Mira Stoll told the lawyer, "
        "“Your client deserves better than this.”"
    )
    assert quote_rows(text, "speaker", "cue", "quote") == [
        ("Mira Stoll", "told", "the lawyer, “Your client deserves better than this.”")
    ]


def test_lead_phrase_before_according_to_gives_the_clause_after():
    text = "In addition, according to the ministry, about 300 more nurses will be hired."
    assert speech_rows(text) == [
        ("the ministry", "according to", "about 300 more nurses will be hired")
    ]


def test_participle_after_passive_perception_verb_is_its_subjects():
    text = (
        "The debate went on.\n\n"
        "One backbencher, Colin Dray, could be heard shouting, “What did you do for ten years?”"
    )
    assert speaker_of(text, "What did you do for ten years?") == "Colin Dray"


def test_heckled_quotation_is_a_quote_but_heckled_person_is_not():
    assert speech_rows("Protesters heckled “Shame!” from the gallery.") == [
        ("protesters", "heckled", "“Shame!” from the gallery")
    ]
    assert speech_rows("Protesters heckled the premier as she spoke.") == []


def test_quotation_after_a_gesture_paragraph_is_the_gesturers():
    text = (
        "Tomas Vicker ran the shop for 40 years.\n\n"
        "Asked whether he misses it, Vicker shrugs.\n\n"
        "“I sat behind that counter long enough. Now I get to walk.\n\n"
        "“Ask anyone on this street. I never stop.”"
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Tomas Vicker", "I sat behind that counter long enough. Now I get to walk.") in rows
    assert ("Tomas Vicker", "Ask anyone on this street. I never stop.") in rows


def test_quotation_with_its_own_attribution_after_a_gesture_keeps_it():
    text = "The room laughed.\n\n“I meant every word,” Ada Brill said."
    assert speaker_of(text, "I meant every word") == "Ada Brill"


def test_long_paragraph_ending_in_a_gesture_verb_gives_nothing():
    text = (
        "Tomas Vicker walked to the window, looked at the street for a while and then smiled.\n\n"
        "“It was a good run, all of it.”"
    )
    assert speech_rows(text) == []


def test_her_mother_by_a_shared_hyphenated_surname():
    text = (
        "Edith Carrow-Lane retired from the bench in 2019. Her daughter, Joan Lane, is a "
        "doctor in Truro.\n\n"
        "“She never sits still,” Joan Lane says.\n\n"
        "Her mother laughs at that. “I sat for 27 years,” her mother says."
    )
    assert speaker_of(text, "I sat for 27 years") == "Edith Carrow-Lane"


def test_quotation_after_an_as_clause_interjection_goes_on_with_the_frame():
    text = (
        "Question period was loud.\n\n"
        "“We have hired more nurses,” Gina Moretti said, as opposition members heckled "
        "“Where are they?” from across the aisle. “We are building hospitals.”"
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("members", "“Where are they?” from across the aisle") in rows
    assert speaker_of(text, "We are building hospitals.") == "Gina Moretti"


def test_points_out_of_is_a_distance_not_a_cue():
    text = (
        "Mara Kiel said the Rovers, who sit 14 points out of a playoff spot, had been "
        "talking with several teams."
    )
    assert speech_rows(text) == [
        (
            "Mara Kiel",
            "said",
            "the Rovers, who sit 14 points out of a playoff spot, had been talking with "
            "several teams",
        )
    ]


def test_passive_told_inside_a_content_opens_no_frame():
    text = "Ivo Brandt said the plant had shut down and workers had been told to stay home."
    assert speech_rows(text) == [
        ("Ivo Brandt", "said", "the plant had shut down and workers had been told to stay home")
    ]


def test_urged_listener_with_a_place_phrase_gives_the_request():
    text = (
        "Health Minister Odile Brack, speaking in Regina, urged residents of nearby towns "
        "to boil their water."
    )
    assert speech_rows(text) == [("Odile Brack", "urged", "to boil their water")]


def test_subject_with_a_with_phrase_before_a_long_insertion():
    text = (
        "A volunteer with the food bank, who did not want to be named because she was not "
        "allowed to speak for the charity, said shelves had been empty since Friday."
    )
    assert speech_rows(text) == [("a volunteer", "said", "shelves had been empty since Friday")]


def test_thing_with_a_with_phrase_before_an_insertion_is_no_speaker():
    text = "The deal with the union, which took a year, said little about pensions."
    assert speech_rows(text) == []


def test_habitual_liked_to_say_is_speech():
    text = (
        "Greta Olsen moved to Brandon in 1961 because, as she liked to say, “it was where the "
        "bus stopped.”"
    )
    assert speaker_of(text, "it was where the bus stopped.") == "Greta Olsen"


def test_quotation_after_a_verb_of_naming_is_the_subjects():
    text = (
        "Flames general manager Rob Tessier called the trade “the best deal we could get "
        "today,” and said talks had gone on for weeks."
    )
    rows = quote_rows(text, "speaker", "cue", "quote")
    assert ("Rob Tessier", "called", "the best deal we could get today") in rows


def test_naming_a_thing_or_a_one_word_label_is_no_quote():
    assert speech_rows("A group called “Friends of the Park” has formed in Regina.") == []
    assert speech_rows("The plan was called “Operation Spring Thaw” by officials.") == []
    assert speech_rows("Mayor Ann Roe called the vote “shameful.”") == []
