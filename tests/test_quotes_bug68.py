"""bug68: names, types and the splitter left by session 35 (own sentences, fictional).

1. An organisation's name that goes on with "of" after its head word
   (resources/org_names.txt: "Ministry", "Department", "Bank", "University", "Office")
   is taken whole in a speaker phrase after the cue ("said a spokesperson for the
   Ontario Ministry of Labour", "said the Bank of Nova Scotia"), with one "and" joining
   two capitalised runs ("the Department of Fisheries and Oceans") unless a given name
   or a title follows "and" (another speaker), and with the lower-case head the name
   modifies ("a University of Manitoba spokesperson"); a title before a name ("said
   University of Manitoba president Ann Roe") stays the name's
   (``np_right.org_of_name_end``), and a title then a given name inside the capitalised
   words gives the person ("said Kestrel Chamber of Commerce Executive Vice President
   Bob Lee": Bob Lee, ``np_right.of_name_titled_person``). "said the head of the
   University of Manitoba" keeps the type "unknown" that "The head of the Bank of
   Montreal told" has (test_quotes_spk30).
2. Two titled names joined by "and" after the cue, the second ending the clause, both
   speak one quotation ("said goalie Ana Ruiz and defenceman Kim Lee", "said Coach Dale
   Penner and Capt. Rhys Okafor-Lund"): one row whose speaker is both names, as the
   written gold writes joint speakers ("NAME1 and NAME2") and as "goalie Ana Ruiz and
   defenceman Kim Lee said" already read (``clauses._titled_pair_after``); "and the
   players", a clause going on ("and Coun. Bob Lee agreed") or two titles of one person
   ("Acme President and CEO Tom Vale") keep one speaker.
3. The one splitter (``analysis/sentences.py``): a temperature's "C"/"F" after a number
   ("fell to -3 C. Crews worked overnight.") and the letter after a slash in a rate ("90
   km/h. Crews") are units, no initials, so a capitalised word after them opens a new
   sentence (as after "5 km." and "10 p.m. Police"); initials ("J. R. Smith"), "U.S.
   Steel", "Vitamin C." and "Grade 9 B. Smith" stay as they were.
4. So the plural subject after such a sentence ("-3 C. Growers on the benches above the
   lake say A", written_news89 article 580's miss) opens its own sentence and its
   content is a row.
5. Acronym rows (the written gold's "The CFIA said" / "The CBSA said"): the quote row
   keeps the acronym as written ("the CBSA") and ``resolve_speakers`` gives it the id
   and name of the one organisation speaker whose initials spell it ("Canada Border
   Services Agency"; "Public Health Agency of Canada" for PHAC, "Department of
   Fisheries and Oceans" for DFO: joining words skipped), so ``speaker_counts`` counts
   one body; two bodies of those initials, or none, leave the acronym its own id.
   A body's own name ("The Manitoba Hydro Agency said", head and the word before it
   capitalised) is never filled by another body named after it the way "the agency"
   is ("The Manitoba Health Authority said"; ``orgs.own_name``): it was.
"""

from __future__ import annotations

import pandas as pd

from analysis import extract_quotes, resolve_speakers, speaker_counts, split_sentences


def typed(text: str) -> list[tuple[str, str]]:
    q = extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]}))
    return list(zip(q["speaker"], q["speaker_type"], strict=True))


# 1. organisation names with "of" after the cue


def test_spokesperson_for_ministry_of_keeps_the_whole_name():
    text = '"Workers must be paid," said a spokesperson for the Ontario Ministry of Labour.'
    assert typed(text) == [("a spokesperson for the Ontario Ministry of Labour", "anonymous")]
    text = '"The lab will reopen," said a spokesperson for the University of Manitoba in an email.'
    assert typed(text) == [("a spokesperson for the University of Manitoba", "anonymous")]
    text = '"The fire was accidental," said a spokesperson for the Office of the Fire Marshal.'
    assert typed(text) == [("a spokesperson for the Office of the Fire Marshal", "anonymous")]


def test_of_name_with_and_inside():
    text = (
        '"The season opens in May," said an official with the Department of Fisheries and Oceans.'
    )
    assert typed(text) == [("an official with the Department of Fisheries and Oceans", "anonymous")]
    text = (
        '"The fish are back," said the Department of Fisheries and Oceans, which runs the hatchery.'
    )
    assert typed(text) == [("the Department of Fisheries and Oceans", "organization")]


def test_bank_of_place_is_one_organisation():
    text = '"The closure was temporary," said the Bank of Nova Scotia.'
    assert typed(text) == [("the Bank of Nova Scotia", "organization")]
    text = '"Rates will fall," said a Bank of Nova Scotia economist.'
    assert typed(text) == [("a Bank of Nova Scotia economist", "anonymous")]


def test_and_before_another_speaker_or_clause_is_no_part_of_the_name():
    text = '"The lab will reopen," said the University of Manitoba and Ann Roe.'
    assert typed(text)[0][0] == "the University of Manitoba"
    text = '"Rates will fall," said the Bank of Canada and the finance department.'
    assert typed(text)[0][0] == "the Bank of Canada"


def test_title_before_name_after_of_name_stays_the_person():
    text = '"The lab will reopen," said University of Manitoba president Ann Roe.'
    assert typed(text) == [("Ann Roe", "person")]
    text = '"The fish are back," said Ann Roe of the Department of Fisheries and Oceans.'
    assert typed(text) == [("Ann Roe", "person")]


def test_titled_name_after_of_name_is_the_person():
    text = '"Costs will rise," said Kestrel Chamber of Commerce Executive Vice President Bob Lee.'
    assert typed(text) == [("Bob Lee", "person")]
    text = '"The plan is bold," said the Office of Science and Technology Director Ann Roe.'
    assert typed(text) == [("Ann Roe", "person")]
    # an officer's office is the organisation ("of the Fire Marshal")
    text = '"The fire was accidental," said the Office of the Fire Marshal.'
    assert typed(text) == [("the Office of the Fire Marshal", "organization")]


def test_unlisted_head_before_of_is_not_extended():
    text = '"The lab will reopen," said a spokesperson for Acme Rail of Winnipeg.'
    assert typed(text) == [("a spokesperson for Acme Rail", "anonymous")]
    # a possessive inside is the body's person, no longer name
    text = '"Rates will fall," said Bank of Kestrel\'s Kimura.'
    assert "Kestrel's Kimura" not in typed(text)[0][0]


# 2. two titled speakers of one quotation after the cue


def test_two_titled_names_after_the_cue_are_both_speakers():
    text = '"We never stopped believing," said goalie Ana Ruiz and defenceman Kim Lee.'
    assert typed(text) == [("Ana Ruiz and Kim Lee", "group")]
    text = '"The ice was soft," said Coach Dale Penner and Capt. Rhys Okafor-Lund after the game.'
    assert typed(text) == [("Dale Penner and Rhys Okafor-Lund", "group")]
    # as the same names read before the cue and untitled after it
    text = '"We never stopped believing," goalie Ana Ruiz and defenceman Kim Lee said.'
    assert typed(text) == [("Ana Ruiz and Kim Lee", "group")]
    text = '"We never stopped believing," said Ana Ruiz and Kim Lee.'
    assert typed(text) == [("Ana Ruiz and Kim Lee", "group")]


def test_titled_name_and_no_second_name_stays_one_speaker():
    text = '"The ice was soft," said coach Dale Penner and the players.'
    assert typed(text) == [("Dale Penner", "person")]
    text = '"The budget is fair," said Mayor Ann Roe and Coun. Bob Lee agreed.'
    assert typed(text)[0] == ("Ann Roe", "person")
    text = '"The deal is done," said Acme President and CEO Tom Vale.'
    assert typed(text) == [("Tom Vale", "person")]


# 3. and 4. the splitter: units are no initials


def sentences(text: str) -> list[str]:
    return list(split_sentences(pd.DataFrame({"article_id": ["t"], "text": [text]}))["text"])


def test_temperature_unit_ends_a_sentence():
    assert sentences("The low was -3 C. Crews worked overnight.") == [
        "The low was -3 C.",
        "Crews worked overnight.",
    ]
    assert sentences("The high reached 28 F. Residents flocked to the beach.") == [
        "The high reached 28 F.",
        "Residents flocked to the beach.",
    ]
    assert sentences("The winds hit 90 km/h. Crews worked overnight.") == [
        "The winds hit 90 km/h.",
        "Crews worked overnight.",
    ]


def test_units_and_times_already_split_and_initials_stay():
    assert len(sentences("The trail runs 5 km. The park opens in May.")) == 2
    assert len(sentences("The fire started at 10 p.m. Police said no one was hurt.")) == 2
    assert sentences("The team traded J. R. Smith last year. He said it was fair.")[0] == (
        "The team traded J. R. Smith last year."
    )
    assert sentences("He joined U.S. Steel in 2001. He left in 2010.")[0] == (
        "He joined U.S. Steel in 2001."
    )
    assert len(sentences("Vitamin C. Doctors say it helps.")) == 1
    assert len(sentences("Grade 9 B. Smith was there.")) == 1


def test_plural_subject_after_a_temperature_is_a_row():
    text = (
        "The station reported frost when temperatures fell to -4 C. Orchardists on the "
        "slopes above the river say it was colder there."
    )
    q = extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]}))
    rows = dict(zip(q["quote"], q["speaker"], strict=True))
    assert rows["it was colder there"].startswith("Orchardists")


# 5. acronym rows and bodies' own names


def resolved(text: str) -> pd.DataFrame:
    return resolve_speakers(extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]})))


def test_acronym_row_keeps_written_form_and_joins_the_spelled_out_body():
    text = (
        "The Canada Border Services Agency said the crossing would close overnight. "
        "The CBSA said in a news release that traffic had doubled."
    )
    r = resolved(text)
    assert list(r["speaker"]) == ["the Canada Border Services Agency", "the CBSA"]
    assert set(r["speaker_id"]) == {"org-canada-border-services-agency"}
    counts = speaker_counts(r, types=None)
    assert counts[["speaker", "quotes"]].values.tolist() == [["Canada Border Services Agency", 2]]


def test_acronym_initials_skip_joining_words():
    text = (
        "The Public Health Agency of Canada said the vaccine supply was stable. Later, "
        "the PHAC said in an email that more doses would arrive in March."
    )
    assert set(resolved(text)["speaker_name"]) == {"Public Health Agency of Canada"}
    text = (
        "The Department of Fisheries and Oceans said the season would open in May. "
        '"The stocks are recovering," the DFO said in a statement.'
    )
    assert set(resolved(text)["speaker_name"]) == {"Department of Fisheries and Oceans"}


def test_acronym_of_two_bodies_or_none_keeps_its_own_id():
    text = (
        "The Canada Border Services Agency said the crossing would close. The Canadian "
        "Broadcasting Standards Authority said the complaint was dismissed. The CBSA said "
        "it would review the case."
    )
    r = resolved(text)
    assert list(r["speaker"]) == [
        "the Canada Border Services Agency",
        "the Canadian Broadcasting Standards Authority",
        "the CBSA",
    ]
    assert r["speaker_id"].iloc[-1] == "org-cbsa"
    text = (
        "The Kestrel Valley Water Board said the reservoir was full. The CBSA said traffic doubled."
    )
    assert resolved(text)["speaker_id"].iloc[-1] == "org-cbsa"


def test_own_name_is_not_filled_by_a_body_named_after_it():
    text = (
        "The Manitoba Hydro Agency said the crossing would close. The Manitoba Health "
        "Authority said the complaint was dismissed."
    )
    assert [s for s, _t in typed(text)] == [
        "the Manitoba Hydro Agency",
        "the Manitoba Health Authority",
    ]
    # a description still is
    text = (
        "The agency said the crossing would close. The Manitoba Health Authority said the "
        "complaint was dismissed."
    )
    assert typed(text)[0] == ("Manitoba Health Authority", "organization")
