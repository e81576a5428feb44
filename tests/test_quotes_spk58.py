"""spk58's rules (session 38 round 2, speakers left by round 1), each checked on
sentences written for this file.

* "A group of ranchers outside Swift Current say A": "outside" before a capitalised
  place is no modifier of the name but a preposition placing the group
  (``np_left._left_np1`` over ``_PLACE_PREPS_OF_GROUP``): the ranchers speak; it was the
  town. "Some workers at Irving and Cooke said A" / "Many residents in Moncton and
  Dieppe said A": a quantifier ("some", "many", ...) before a lower-case plural and its
  preposition keeps the group (``role_titles._resolve_name_list``); it was the two
  names. "Irving and Cooke said A" and "Tom Vale and Ann Roe said A" stay the names.
* A lede's "the <head>" set off by a relative or participle clause up to the cue ("the
  charity that runs it said", "the group representing them said", "the body that sets
  standards for ... said", "the club that grooms it said") is the organisation named as
  the speaker of the statement that opens the next paragraph (its content or its speaker
  first) (``lede_body_clause_next``, heads in ``resources/lede_body_echoes.txt`` key
  "clause"). A bare "the group said", a name not opening the next paragraph or a clause
  past the lede keeps its speaker.
* "A volunteer-run community radio station in X has asked ..., the station said in its
  filing.\n\nCKPV-FM, known to listeners as ..., has been on the air": a lede's bare
  "the <head>" that the lede brought in as "a/an ... <head>" is the name opening the next
  paragraph set off by a comma, when it reads as a body's (an acronym word or an
  organisation's last word, no given name first); later "the station" statements take
  it too (``lede_body_named_opening``). A person opening the next paragraph, or a lede
  with no indefinite "station" before, keeps the description.
* "The veterinarian on duty when a saddle bronc collapsed at this town's rodeo told
  reporters that A": a determiner and a listed person noun (and up to three lower-case
  words, "on duty") before a "when" clause that runs to the cue with no comma is the
  speaker (``when_subjects``, called by ``np_left._left_np``); it was "town's rodeo".
  "The barn will close when ..., the society said" keeps the society. Such a
  description named next as ", a large-animal vet from ..." is that person
  (``descriptions._described_then_named``: a hyphened modifier is no head, and
  ``resources/description_synonyms.txt`` reads "vet" for "veterinarian"); ", a
  large-animal surgeon" does not name it.
* '"...," the astronomers said' after "Two members of the X Astronomy Club, NAME1 and
  NAME2, spoke": a "the <plural>" speaker left as written whose noun shares its stem
  with a word of the body named right before a pair in apposition is that pair, as
  written (``echoed_pairs``); "the golfers" after the astronomy club's pair is not.
* "A former colleague of NAME's at X, who asked not to be named because he still works
  there, said A. '"B," the patroller said'": the next statement in the same paragraph
  whose speaker is "the <person noun>" left as written describes the anonymous source
  again: A takes it (``anonymous_pronouns.anonymous_source_redescribed``; a name in
  the source's own phrase, "at Cascade Ridge", is no other person). A named source or a
  description in the next paragraph keeps its speaker.
"""

from __future__ import annotations

from tests._quote_rows import speaker_of

_NL2 = "\n\n"


# --------------------------------------------------------------- 1. group heads


def test_group_of_ranchers_outside_a_town():
    text = "A group of ranchers outside Swift Current say the drought is the worst in decades."
    assert "ranchers" in speaker_of(text, "the drought is the worst in decades")


def test_farmers_outside_a_town_without_group():
    text = "A group of grain farmers outside Rosetown say the rail line should stay open."
    got = speaker_of(text, "the rail line should stay open")
    assert "farmers" in got and got != "Rosetown"


def test_some_workers_at_two_names():
    text = "Some workers at Irving and Cooke said the plant will close in March."
    assert "workers" in speaker_of(text, "the plant will close in March")


def test_many_residents_in_two_towns():
    text = "Many residents in Moncton and Dieppe said the bridge should be rebuilt."
    assert "residents" in speaker_of(text, "the bridge should be rebuilt")


def test_two_names_stay_a_pair():
    text = "Tom Vale and Ann Roe said the plant will close in March."
    assert speaker_of(text, "the plant will close in March") == "Tom Vale and Ann Roe"


def test_some_of_two_names_is_no_group_of_workers():
    text = "Irving and Cooke said the plant will close in March."
    assert speaker_of(text, "the plant will close in March") == "Irving and Cooke"


# --------------------------------------------------------------- 2. lede body with a clause


def test_lede_charity_that_runs_it_named_by_content_first_statement():
    text = (
        "Shelter marks a year"
        + _NL2
        + "BRANDON, Man. — A shelter of 30 beds has cut calls to police on its block by half, "
        "the charity that runs it said Monday."
        + _NL2
        + "Twenty-two of its first guests were housed a year later, Westman Open Hearth said "
        "in its annual update."
    )
    lede = "A shelter of 30 beds has cut calls to police on its block by half"
    assert speaker_of(text, lede) == "Westman Open Hearth"


def test_lede_club_that_grooms_it_named_by_the_next_speaker():
    text = (
        "Ski trail closed"
        + _NL2
        + "GRAVENHURST, Ont. — A 12-kilometre section of a cross-country ski trail in the "
        "Muskoka Lakes will stay closed this winter, the club that grooms it said Friday."
        + _NL2
        + "The Sparrow Lake Nordic Rovers said in a post on its website that skiers would be "
        "turned back."
    )
    lede = (
        "A 12-kilometre section of a cross-country ski trail in the Muskoka Lakes will "
        "stay closed this winter"
    )
    assert "Sparrow Lake Nordic Rovers" in speaker_of(text, lede)


def test_lede_group_representing_them_named_next():
    text = (
        "Couriers vow to keep working"
        + _NL2
        + "SUDBURY, Ont. — Bicycle couriers in Sudbury will keep riding through the winter, "
        "the group representing them said Tuesday."
        + _NL2
        + "The city has changed the rules twice, the Nickel Belt Couriers Guild said in a "
        "statement."
    )
    lede = "Bicycle couriers in Sudbury will keep riding through the winter"
    assert "Nickel Belt Couriers Guild" in speaker_of(text, lede)


def test_lede_bare_group_keeps_its_speaker():
    text = (
        "Couriers vow to keep working"
        + _NL2
        + "SUDBURY, Ont. — Bicycle couriers in Sudbury will keep riding through the winter, "
        "the group said Tuesday."
        + _NL2
        + "The city has changed the rules twice, the Nickel Belt Couriers Guild said in a "
        "statement."
    )
    lede = "Bicycle couriers in Sudbury will keep riding through the winter"
    assert "Guild" not in speaker_of(text, lede)


def test_lede_clause_body_with_a_name_not_opening_the_paragraph_keeps_its_speaker():
    text = (
        "Ski trail closed"
        + _NL2
        + "GRAVENHURST, Ont. — A ski trail in the Muskoka Lakes will stay closed this winter, "
        "the club that grooms it said Friday."
        + _NL2
        + "Skiers were warned on Saturday. Late that night the Orillia Snowshoe Network said "
        "in a post that its own trails were open."
    )
    lede = "A ski trail in the Muskoka Lakes will stay closed this winter"
    assert "Network" not in speaker_of(text, lede)


def test_clause_body_past_the_lede_keeps_its_speaker():
    text = (
        "Ski trail closed"
        + _NL2
        + "GRAVENHURST, Ont. — Skiers will have fewer trails this winter, Marla Pennock said."
        + _NL2
        + "A ski trail in the Muskoka Lakes will stay closed, the club that grooms it said."
        + _NL2
        + "The Sparrow Lake Nordic Rovers said skiers would be turned back."
    )
    lede = "A ski trail in the Muskoka Lakes will stay closed"
    assert "Rovers" not in speaker_of(text, lede)


# --------------------------------------------------------------- 3. a subject with a "when" clause


def test_subject_before_when_clause_is_the_speaker():
    text = (
        "The nurse on shift when the power failed at this city's general hospital told "
        "reporters that the generators started late."
    )
    got = speaker_of(text, "the generators started late")
    assert "nurse" in got.lower() and "hospital" not in got


def test_subject_before_when_clause_with_a_verb_before_the_cue():
    text = (
        "The veterinarian on duty when a show jumper collapsed told reporters that the "
        "horse had passed a check."
    )
    assert speaker_of(text, "the horse had passed a check").lower() == "the veterinarian"


def test_when_after_a_verb_keeps_the_speaker_after_the_comma():
    text = "The barn will close when the lease ends at the fairgrounds, the society said."
    assert speaker_of(text, "The barn will close when the lease ends at the fairgrounds") == (
        "the society"
    )


def test_veterinarian_named_next_as_a_vet():
    text = (
        "Inquiry hears from vet"
        + _NL2
        + "PONOKA, Alta. — The veterinarian on duty when a saddle bronc fell at this town's "
        "stampede told an inquiry on Tuesday that the horse had passed a check."
        + _NL2
        + "Dr. Maren Solberg-Achterberg, a large-animal vet from Lacombe who has worked the "
        "stampede for nine years, said a necropsy found a heart defect."
    )
    assert speaker_of(text, "the horse had passed a check") == "Maren Solberg-Achterberg"


def test_veterinarian_with_another_job_next_keeps_the_description():
    text = (
        "Inquiry hears from vet"
        + _NL2
        + "PONOKA, Alta. — The veterinarian on duty told an inquiry on Tuesday that the horse "
        "had passed a check."
        + _NL2
        + "Dr. Maren Solberg-Achterberg, a large-animal surgeon from Lacombe who has worked "
        "the stampede for nine years, said a necropsy found a heart defect."
    )
    assert "Solberg" not in speaker_of(text, "the horse had passed a check")


# --------------------------------------------------------------- 4. a plural echoing a body's name


def test_astronomers_are_the_pair_named_after_the_astronomy_club():
    text = (
        "Two members of the Pelee Island Astronomy Club, Oswin Tarrant and Delphine "
        "Okafor-Riis, spoke against the lights at Tuesday's meeting.\n\n"
        '"On a clear night the sky to the south is orange," the astronomers said.'
    )
    assert speaker_of(text, "On a clear night the sky to the south is orange") == (
        "Oswin Tarrant and Delphine Okafor-Riis"
    )


def test_quilters_are_the_pair_named_after_the_quilters_guild():
    text = (
        "Two members of the Kings County Quilters' Guild, Ida Fenwick and Rosalind "
        "Achebe-Moore, brought a quilt to the hearing.\n\n"
        '"It took us a winter to make," the quilters said.'
    )
    assert speaker_of(text, "It took us a winter to make") == (
        "Ida Fenwick and Rosalind Achebe-Moore"
    )


def test_a_plural_not_echoing_the_body_keeps_its_speaker():
    text = (
        "Two members of the Pelee Island Astronomy Club, Oswin Tarrant and Delphine "
        "Okafor-Riis, spoke against the lights at Tuesday's meeting.\n\n"
        '"We lose a ball every round," the golfers said.'
    )
    assert "Tarrant" not in speaker_of(text, "We lose a ball every round")


# --------------------------------------------------------------- 5. an anonymous source described again


def test_anonymous_colleague_described_again_as_the_patroller():
    text = (
        "A former colleague of Hartwell's at Sunshine Peak, who asked not to be named "
        "because he still works there, said several guides had stopped closing runs. "
        "“Nobody wants to be next,” the patroller said."
    )
    assert speaker_of(text, "several guides had stopped closing runs") == "the patroller"


def test_anonymous_clerk_described_again_as_the_technician():
    text = (
        "A co-worker of the clerk, who spoke on condition of anonymity, said the files "
        'were lost. "Nobody looked for them," the technician said.'
    )
    assert speaker_of(text, "the files were lost") == "the technician"


def test_named_source_is_not_described_again():
    text = (
        "A former colleague of Hartwell's, Dana Pruitt, said several guides had stopped "
        "closing runs. “Nobody wants to be next,” the patroller said."
    )
    assert speaker_of(text, "several guides had stopped closing runs") != "the patroller"


def test_description_in_the_next_paragraph_keeps_the_source():
    text = (
        "A former colleague of Hartwell's, who asked not to be named because he still "
        "works there, said several guides had stopped closing runs.\n\n"
        "“Nobody wants to be next,” the patroller said."
    )
    assert "colleague" in speaker_of(text, "several guides had stopped closing runs")


# --------------------------------------------------------------- 2b. a lede body named by the next opening


def test_lede_station_named_by_the_next_paragraphs_opening_acronym():
    text = (
        "Yorkton station asks for licence"
        + _NL2
        + "YORKTON, Sask. — A volunteer-run community radio station in Yorkton has asked the "
        "regulator to renew its licence for seven years, the station said in its filing."
        + _NL2
        + "CKPV-FM, known to listeners as Parkland Valley Radio, has been on the air since "
        "1994."
        + _NL2
        + "The station broadcasts 90 hours of local shows a week, the station told the "
        "regulator in the filing, adding that it had met every condition of its licence."
    )
    lede = (
        "A volunteer-run community radio station in Yorkton has asked the regulator to "
        "renew its licence for seven years"
    )
    assert speaker_of(text, lede) == "CKPV-FM"
    assert speaker_of(text, "it had met every condition of its licence") == "CKPV-FM"


def test_lede_station_with_a_person_opening_next_keeps_the_description():
    text = (
        "Yorkton station asks for licence"
        + _NL2
        + "YORKTON, Sask. — A volunteer-run community radio station in Yorkton has asked the "
        "regulator to renew its licence for seven years, the station said in its filing."
        + _NL2
        + "Maria Kowalchuk, the station's manager, has run it since 2012."
    )
    lede = (
        "A volunteer-run community radio station in Yorkton has asked the regulator to "
        "renew its licence for seven years"
    )
    assert "Kowalchuk" not in speaker_of(text, lede)


def test_lede_station_not_brought_in_by_the_lede_keeps_the_description():
    text = (
        "Yorkton licence hearing"
        + _NL2
        + "YORKTON, Sask. — The regulator will hear the renewal in March, the station said "
        "in its filing."
        + _NL2
        + "CKPV-FM, known to listeners as Parkland Valley Radio, has been on the air since "
        "1994."
    )
    assert speaker_of(text, "The regulator will hear the renewal in March") != "CKPV-FM"


def test_described_newcomer_before_the_antecedent_walk_does_not_fail():
    # an anonymous co-worker of a surname-only person, then a description: the
    # newcomer test asked whether a name opens its sentence before the article's
    # antecedent walk had started (IndexError; the article was skipped with a warning)
    import warnings

    import pandas as pd

    from analysis import extract_quotes

    text = (
        "A co-worker of Roe's, who asked not to be named because she still works there, "
        'said the files were lost. "Nobody looked for them," the technician said.'
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        q = extract_quotes(pd.DataFrame({"article_id": ["a"], "text": [text]}))
    assert q["quote"].tolist() == ["the files were lost", "Nobody looked for them"]
