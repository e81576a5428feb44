"""Classes found by the sixth, blind written news batch (session 15, issue 12:
tests/data/written_news6): "the 34-year-old" for the person the article gave that
age ("Jo Vale, 34," or "34-year-old Halifax actor Jo Vale"); "the doctor" for a
person titled "Dr."; "according to X" right after "Name said" (a source of the
report, not a second speaker of the quotation); objects of "added", "reported"
and "estimated ... at" that are things, not speech ("added 14 goals, and his line
...", "reported a sellout", "estimated the fire at 11,400 hectares"); "the union"
for the name set in apposition to it ("The union, Local 12 of the ..., is");
a name as the subject after an opening phrase, before an irregular past tense
("Given a chance to speak, Lee stood"), as the antecedent of "he"; a surname
particle ("Van Doorn") taken for a given name; "the minister" after a minister named
as the subject of the sentence before; "Patrice" and "Jean" of no known gender
(men's names in French); "keep their phones charged" (no reporting verb);
"the province’s finance minister" (portfolio words "finance", "fisheries",
"immigration", "transport" as title descriptors); "A, the ministers announced
Thursday, ending a standoff ..." (a participial adjunct, no content); "Critics of the
rezoning say" (a listed speaker noun ending in "-ics" is a plural head).
Every sentence here is written for the test; names and events are fictional."""

import pytest
from _quote_rows import quote_rows, speaker_of


def rows(text):
    return quote_rows(text, "speaker", "quote")


@pytest.mark.parametrize(
    "intro",
    [
        "The jester is played by 34-year-old Moncton comedian Remy Gallant.",
        "Remy Gallant, 34, plays the jester.",
    ],
)
def test_an_age_description_names_the_person_given_that_age(intro):
    text = (
        "Director Ines Carvalho said rehearsals ran late.\n\n"
        f"{intro} Gallant said the part was a gift.\n\n"
        "Orla Finch, 52, a stagehand, built the set.\n\n"
        '"Every town has a clown like that," the 34-year-old said.'
    )
    assert speaker_of(text, "Every town has a clown like that") == "Remy Gallant"


def test_an_age_nobody_was_given_stays_a_description():
    text = 'Remy Gallant, 34, spoke first.\n\n"It was cold," the 29-year-old said.'
    assert speaker_of(text, "It was cold") == "the 29-year-old"


def test_the_doctor_is_the_person_titled_dr():
    text = (
        "Provincial health officer Dr. Wren Okonkwo said two cases were confirmed.\n\n"
        '"Please call before you come in," the doctor said.'
    )
    assert speaker_of(text, "Please call before you come in") == "Wren Okonkwo"


def test_according_to_after_said_adds_no_second_speaker():
    text = (
        "Trawler captain Anselmo Reis spoke to a television station in Porto.\n\n"
        '"The quota is three weeks of work for my crew," Reis said, according to a '
        "translation by the Harbour Ledger.\n\n"
        "The plant will close in May, according to the union."
    )
    got = rows(text)
    assert ("Anselmo Reis", "The quota is three weeks of work for my crew") in got
    assert len([q for _, q in got if "three weeks" in q]) == 1
    assert ("the union", "The plant will close in May") in got


@pytest.mark.parametrize(
    "sentence",
    [
        "He added 14 goals and 22 assists in 58 games this season, and his line has been strong.",
        "The Otters also reported a sellout for every remaining home game.",
        "The wildfire service estimated the fire at 11,400 hectares on Sunday evening.",
    ],
)
def test_things_added_reported_or_estimated_are_no_quotes(sentence):
    assert rows("Rivermen coach Dale Oakes spoke after practice.\n\n" + sentence) == []


@pytest.mark.parametrize(
    "sentence, quote",
    [
        ("Oakes added this season would be his last.", "this season would be his last"),
        ("Police reported a man was seen running from the arena.", "a man was seen running"),
        ("The agency estimated that 40 people had left.", "40 people had left"),
    ],
)
def test_clauses_after_those_verbs_stay_quotes(sentence, quote):
    got = rows("Rivermen coach Dale Oakes spoke after practice.\n\n" + sentence)
    assert any(quote in q for _, q in got)


def test_the_union_is_the_name_set_in_apposition_to_it():
    text = (
        "The union, Local 5120 of the Brewery and Bottling Workers, is asking for a raise.\n\n"
        "The union said managers could not legally do strike work."
    )
    assert speaker_of(text, "managers could not legally do strike work") == (
        "Local 5120 of the Brewery and Bottling Workers"
    )


def test_a_subject_after_an_opening_phrase_is_the_next_he():
    text = (
        "Corwin Blaise, 41, pleaded guilty in May.\n\n"
        "Defence lawyer Tobias Wren said Blaise had been sober for a year.\n\n"
        '"Nothing I say brings her back," Wren said.\n\n'
        "Given a chance to speak, Blaise stood and faced the gallery.\n\n"
        '"I am sorry," he said.'
    )
    assert speaker_of(text, "I am sorry") == "Corwin Blaise"


def test_a_surname_particle_at_a_sentence_start_is_no_given_name():
    text = (
        "Finance Minister Renata van Doorn said the budget was fair.\n\n"
        'Economist Greta Lund said the province had little choice. "It had to borrow," '
        "Lund said.\n\n"
        "Van Doorn, a former accountant, is delivering her second budget.\n\n"
        '"I am not going anywhere," she said.'
    )
    assert speaker_of(text, "I am not going anywhere").endswith("Doorn")


def test_the_minister_after_a_minister_named_as_subject_is_that_minister():
    text = (
        "Trade Minister Aurelien Marchetti said the deal was fair.\n\n"
        "Fisheries Minister Odile Brack said inspections would continue.\n\n"
        "Critic Wendell Pike accused the government of giving away the catch.\n\n"
        'Marchetti dismissed that. "We consulted for two years," the minister said.'
    )
    assert speaker_of(text, "We consulted for two years") == "Aurelien Marchetti"


def test_a_french_mans_name_patrice_takes_he():
    text = (
        "The plant is owned by Fromagerie Lussier, a family firm. Fromagerie Lussier said "
        "the offer was fair.\n\n"
        "Mechanic Patrice Oyono said the dispute was also about schedules. He said he had "
        "worked 13 weekends in a row."
    )
    assert speaker_of(text, "he had worked 13 weekends in a row") == "Patrice Oyono"


def test_a_participle_after_keep_is_no_reporting_verb():
    text = (
        "Fire chief Ingrid Soderholm said the wind had shifted.\n\n"
        "She asked residents to have a bag packed and to keep their phones charged."
    )
    assert all(s != "their phones" for s, _ in rows(text))


def test_the_provinces_finance_minister_is_one_speaker_phrase():
    text = "Manitoba will run a deficit this year, the province’s finance minister said Wednesday."
    assert rows(text) == [
        ("the province’s finance minister", "Manitoba will run a deficit this year")
    ]


def test_a_participial_adjunct_after_the_frame_is_no_content():
    text = (
        "Canada and Norway have settled a dispute over halibut quotas, the two ministers "
        "announced Thursday, ending a standoff that had led to two trawlers being boarded "
        "by fisheries officers in the spring."
    )
    assert [q for _, q in rows(text)] == [
        "Canada and Norway have settled a dispute over halibut quotas"
    ]


def test_critics_of_something_are_the_speakers_not_the_something():
    text = "Critics of the rezoning say the permits reflect projects planned years ago."
    assert rows(text) == [
        ("Critics of the rezoning", "the permits reflect projects planned years ago")
    ]
