"""Rows left by session 31 (left62), each checked with sentences written for it."""

from tests._quote_rows import quote_rows, speech_rows


def _speakers(text):
    return [s for s, _, _ in speech_rows(text)]


# 1. coordinated speakers in other shapes: both of them, "A and B" as for "Ann Roe and
# Tom Vale said"


def test_two_titled_names_joined_by_and():
    text = "Chamber president Ann Roe and treasurer Tom Vale said the fund would grow."
    assert _speakers(text) == ["Ann Roe and Tom Vale"]


def test_two_titled_names_after_a_lead_phrase():
    text = "On Monday, board chair Ann Roe and treasurer Tom Vale said the fund would grow."
    assert _speakers(text) == ["Ann Roe and Tom Vale"]


def test_two_titled_names_capitalised_first_title():
    text = "President Ann Roe and treasurer Tom Vale told reporters the fund would grow."
    assert _speakers(text) == ["Ann Roe and Tom Vale"]


def test_one_titled_name_after_a_company_with_and_stays_one():
    text = "Kell Read and Co analyst Ann Roe said sales would rise."
    assert _speakers(text) == ["Ann Roe"]


def test_two_names_each_with_a_role_after_it():
    text = "Ann Roe, the president, and Tom Vale, the treasurer, said the fund would grow."
    assert _speakers(text) == ["Ann Roe and Tom Vale"]


def test_two_names_each_with_an_owned_role_or_age():
    text = "Ann Roe, the board's president, and Tom Vale, its treasurer, said the fund grew."
    assert _speakers(text) == ["Ann Roe and Tom Vale"]
    text = "Ann Roe, 54, and Tom Vale, 61, said the fund would grow."
    assert _speakers(text) == ["Ann Roe and Tom Vale"]


def test_one_name_with_a_role_stays_one():
    text = "Ann Roe, the president, said the fund would grow."
    assert _speakers(text) == ["Ann Roe"]


def test_pair_mention_spans_both_names():
    text = "Ann Roe, the president, and Tom Vale, the treasurer, said the fund would grow."
    assert quote_rows(text, "speaker_mention") == [("Ann Roe, the president, and Tom Vale",)]


def test_two_names_set_off_after_their_roles_after_the_cue():
    text = '"The fund will grow," said the president, Ann Roe, and the treasurer, Tom Vale.'
    assert _speakers(text) == ["Ann Roe and Tom Vale"]
    text = '"It will grow," said the chair, Ann Roe, and its treasurer, Tom Vale, on Monday.'
    assert _speakers(text) == ["Ann Roe and Tom Vale"]


def test_one_name_set_off_after_its_role_then_a_clause_stays_one():
    text = '"The fund will grow," said the president, Ann Roe, and the crowd cheered.'
    assert _speakers(text) == ["Ann Roe"]


# 2. "according to X" right before its clause with no comma: the clause is the content


def test_according_to_a_name_then_a_clause_without_a_comma():
    text = "The bridge was damaged, and according to Ann Roe it will stay closed."
    assert speech_rows(text) == [("Ann Roe", "according to", "it will stay closed")]
    text = "According to Ann Roe it will stay closed."
    assert speech_rows(text) == [("Ann Roe", "According to", "it will stay closed")]


def test_according_to_a_role_then_a_clause_with_an_auxiliary():
    text = "The bridge was damaged, and according to the mayor it will stay closed."
    assert speech_rows(text) == [("the mayor", "according to", "it will stay closed")]


def test_according_to_a_titled_name_then_a_determined_subject():
    text = "The bridge was damaged and according to Mayor Ann Roe the repairs will take a year."
    assert speech_rows(text) == [("Ann Roe", "according to", "the repairs will take a year")]


def test_according_to_a_statement_with_a_relative_stays_whole():
    text = "According to a statement he issued Monday, the plan is dead."
    assert quote_rows(text, "speaker_mention") == [("a statement he issued Monday",)]


# 3. a relative with a list of objects before the cue: the relative's head speaks


def test_relative_with_a_list_of_objects_before_the_cue():
    text = (
        "Subway service will resume Friday, the agency that runs Glenford's subways, "
        "streetcars and buses said Wednesday, after a fire closed two stations."
    )
    assert speech_rows(text) == [("the agency", "said", "Subway service will resume Friday")]


def test_relative_with_a_list_of_lower_case_objects():
    text = "Prices rose, the board that oversees rents, fees and taxes said."
    assert speech_rows(text) == [("the board", "said", "Prices rose")]


# 4. "<clause> and <speaker> <cue>" with no comma: the clause before is no content


def test_clause_and_speaker_without_a_comma_is_no_content():
    assert speech_rows("The hearing began and Ann Roe testified.") == []
    text = "The hearing began and Ann Roe testified that the pump failed."
    assert speech_rows(text) == [("Ann Roe", "testified", "the pump failed")]


# 7. a sum as the object of "promise" / "pledge", a debt "reported": no speech


def test_promised_a_sum_is_no_speech():
    assert speech_rows("The county had promised $3.5 million toward the new arena.") == []
    assert speech_rows("The county pledged up to $2 million for the arena.") == []


def test_promised_a_clause_is_still_speech():
    text = "The mayor promised the arena would open in May."
    assert speech_rows(text) == [("The mayor", "promised", "the arena would open in May")]


def test_reported_a_debt_of_a_sum_is_no_speech():
    assert speech_rows("The three villages reported combined debt of $9.2 million last year.") == []


def test_reported_that_a_debt_is_still_speech():
    text = "Officials reported that combined debt of $9.2 million was owed."
    assert speech_rows(text) == [
        ("officials", "reported", "combined debt of $9.2 million was owed")
    ]


# 6. "the company behind the project" after its content: the company speaks


def test_company_behind_a_project_after_the_content():
    text = "A mine north of Varden would create 340 jobs, the company behind the project told a hearing."
    assert _speakers(text) == ["the company"]
    text = "A mine would create 340 jobs, the group behind the plan said Monday."
    assert _speakers(text) == ["the group"]


def test_company_behind_a_project_opening_the_sentence_stays():
    text = "The company behind a new wind farm says it will hire 40 people."
    assert _speakers(text) == ["the company"]


# 5. a long subject with two relative clauses before "said"


def test_long_subject_with_two_relative_clauses():
    text = (
        "A man who hosted young players from the club in his house for nine seasons, and "
        "who asked that his name not be used because he still knows parents on the club, "
        "said he had heard rumours about the trips for years."
    )
    assert speech_rows(text) == [
        ("a man", "said", "he had heard rumours about the trips for years")
    ]
