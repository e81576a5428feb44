"""w50's rules (session 27, after the fiftieth written batch), each checked on sentences
written for this file.

* "the rookie lead said" after "Kearney's lead, 21-year-old Kay Roe, ..." is the apposed
  person: a possessive apposition may have a name as the possessor and an age before the
  name, and "lead" (a curling position) is a person noun.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows


def _speaker_of(text, start):
    return [s for s, q in quote_rows(text, "speaker", "quote") if q.startswith(start)]


_CURLERS = (
    "Rink wins provincial title\n\n"
    "BRANDON, Man. — Marla Vickery had waited 11 years for the shot.\n\n"
    "Vickery’s lead, 19-year-old Tamsin Oduya, was playing in her first final after "
    "joining the rink in the fall.\n\n"
    '"My knees were shaking in the first end," the rookie lead said.'
)


def test_rookie_lead_is_the_apposed_person_not_the_possessor():
    assert _speaker_of(_CURLERS, "My knees") == ["Tamsin Oduya"]


def test_possessive_apposition_with_age_before_the_name():
    text = (
        "Club wins\n\n"
        "HALIFAX — Dean Fortier coached the club for a decade.\n\n"
        "Fortier's goalie, 22-year-old Rhys Amankwah, made 40 saves on Saturday.\n\n"
        '"I just tried to stay square," the young goalie said.'
    )
    assert _speaker_of(text, "I just tried") == ["Rhys Amankwah"]


def test_skip_stays_a_given_name():
    assert _speaker_of('"We will win," Skip Lanford said on Monday.', "We will win") == [
        "Skip Lanford"
    ]


_NURSES = (
    "Driver jailed\n\n"
    "The crash killed Omid Farahani, a 31-year-old emergency-room nurse, on Highway 3.\n\n"
    '"He was my whole life," said Leila Farahani, his sister.\n\n'
    "A charge nurse who worked beside Farahani for four years read a statement on behalf "
    "of the ward. She said the staff still set out his coffee mug some mornings.\n\n"
    '"He always stayed late so the rest of us could leave," the nurse said.'
)


def test_she_after_indefinite_description_with_a_name_in_its_who_clause():
    assert _speaker_of(_NURSES, "the staff still") == ["a charge nurse"]


def test_the_nurse_is_the_newcomer_not_the_nurse_described_before():
    assert _speaker_of(_NURSES, "He always stayed late") == ["the nurse"]


def test_the_nurse_without_a_newcomer_is_the_described_person():
    text = (
        "Crash\n\n"
        'Omid Farahani, a nurse, was hurt on Highway 3. "He was lucky," said Tom Vale.\n\n'
        '"I remember nothing," the nurse said.'
    )
    assert _speaker_of(text, "I remember nothing") == ["Omid Farahani"]


def test_his_daughter_is_the_subject_who_drove_her_father():
    text = (
        "Clinic closes\n\n"
        "CANSO, N.S. — The clinic will close, the authority said.\n\n"
        "Brigid Callahan drove her father to the clinic in March when he fell in the barn. "
        "The retired lobsterman, 84, was flown to Halifax.\n\n"
        '"Without that clinic, we would have lost him," his daughter said.'
    )
    assert _speaker_of(text, "Without that clinic") == ["Brigid Callahan"]


def test_her_son_needs_his_mother_not_her_mother():
    text = (
        "Clinic closes\n\n"
        "Brigid Callahan drove her mother to the clinic in March.\n\n"
        '"It was close," her son said.'
    )
    assert _speaker_of(text, "It was close") != ["Brigid Callahan"]


_STARTUP = (
    "Startup trims staff\n\n"
    "OTTAWA — Brightwater Robotics, an Ottawa startup, laid off 40 workers on Monday.\n\n"
    "The company said the workers would get 10 weeks of pay.\n\n"
    "{owner}, Larchmont Capital, said in a statement that it still backed the founders.\n\n"
    "The company said it would hold a job fair next week."
)


def test_the_company_is_not_the_investor_it_owns():
    text = _STARTUP.format(owner="The company's largest investor")
    assert _speaker_of(text, "it would hold a job fair") == ["Brightwater Robotics"]
    assert _speaker_of(text, "it still backed") == ["Larchmont Capital"]


def test_its_investor_is_not_the_company_either():
    text = _STARTUP.format(owner="Its biggest backer")
    assert _speaker_of(text, "it would hold a job fair") == ["Brightwater Robotics"]


def test_if_condition_before_inserted_frame_is_reported_too():
    text = (
        "Band councillor Wade Okimaw spoke on Monday. If the new plant is not running by "
        "2028, Okimaw said, Tamarack Lake would take Ottawa to court."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Wade Okimaw", "If the new plant is not running by 2028") in rows
    assert ("Wade Okimaw", "Tamarack Lake would take Ottawa to court") in rows


def test_short_if_so_is_no_condition_of_its_own():
    text = (
        "Investor Carla Brenn spoke on Monday. If so, she said, the firm could hire again "
        "by the spring."
    )
    assert quote_rows(text, "quote") == [("the firm could hire again by the spring",)]


def test_place_phrase_after_inserted_frame_keeps_both_sides():
    text = (
        "Crown attorney Nadia Ferrante spoke after the hearing. The sentence was fair, the "
        "prosecutor said outside the courthouse, and the reasons were clear."
    )
    rows = quote_rows(text, "quote")
    assert ("The sentence was fair",) in rows
    assert ("and the reasons were clear",) in rows


def test_place_phrase_of_a_plain_frame_is_untouched():
    text = "The coach said at the rink that the team would rest."
    assert quote_rows(text, "quote") == [("the team would rest",)]


def test_reported_surplus_with_much_of_it_tail_is_no_speech():
    text = (
        "The town reported a surplus of $400,000 last year, most of it from unfilled "
        "positions at the arena."
    )
    assert quote_rows(text, "quote") == []


def test_much_of_it_as_a_reported_subject_stays_speech():
    text = "The treasurer said much of it came from unfilled positions."
    assert quote_rows(text, "quote") == [("much of it came from unfilled positions",)]


def test_description_with_age_in_commas_is_a_subject():
    text = (
        "At a stop on Union Street, Hortense Bakayoko waited in the rain. The retired "
        "school bus driver, 72, said she had not heard about the strike."
    )
    assert quote_rows(text, "quote") == [("she had not heard about the strike",)]


def test_age_in_commas_after_a_name_is_untouched():
    text = "Hortense Bakayoko, 72, said she had not heard about the strike."
    assert quote_rows(text, "speaker", "quote") == [
        ("Hortense Bakayoko", "she had not heard about the strike")
    ]


def test_where_clause_after_inserted_frame_goes_on():
    text = (
        "Judge Rosalind Achebe-Grant gave her reasons on Friday. Mercer will serve his "
        "sentence at Stony Mountain Institution, the judge said, where he can enrol in "
        "a treatment program."
    )
    rows = quote_rows(text, "quote")
    assert ("where he can enrol in a treatment program",) in rows
    assert ("Mercer will serve his sentence at Stony Mountain Institution",) in rows


def test_where_without_a_subject_is_no_continuation():
    text = (
        "Judge Rosalind Achebe-Grant gave her reasons on Friday. Mercer will get treatment "
        "in custody, the judge said, where possible."
    )
    assert all("where" not in q for (q,) in quote_rows(text, "quote"))


def test_indefinite_description_named_in_commas_is_no_newcomer():
    text = (
        "Pharmacists to prescribe\n\n"
        "A pharmacist in Truro who owns two stores, Gaspard Thériault-Mills, said his staff "
        "were ready.\n\n"
        '"It will be a scramble," the pharmacist said.'
    )
    assert _speaker_of(text, "It will be a scramble") == ["Gaspard Thériault-Mills"]


def test_spokesperson_for_a_body_is_no_newcomer():
    text = (
        "Food bank\n\n"
        "A spokesperson for the provincial Department of Social Development said rates had "
        "risen. The minister was away, the spokesperson said."
    )
    assert "Department of Social Development" in _speaker_of(text, "The minister was away")[0]


def test_the_engineer_named_after_the_newcomer_is_that_person():
    text = (
        "Tower\n\n"
        "An engineer who has measured emissions near schools said the levels were low. "
        '"They are tiny," said Tomasz Brzezicki, a professional engineer in Ottawa.\n\n'
        '"People worry anyway," the engineer said.'
    )
    assert _speaker_of(text, "People worry anyway") == ["Tomasz Brzezicki"]
