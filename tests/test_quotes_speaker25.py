"""speaker25: an unnamed description that the article names later ("A welder testified
that ... . The welder, Ann Roe, ..."; "Bo Lee was the Crown's third witness"). Sentences
written for these tests."""

from tests._quote_rows import speech_rows


def speaker_of(text, start):
    """The speaker of the one row whose quote starts with ``start``."""
    got = [s for s, _c, q in speech_rows(text) if q.startswith(start)]
    assert len(got) == 1, speech_rows(text)
    return got[0]


def test_a_description_named_later_in_apposition():
    text = (
        "KELOWNA, B.C. — A forensic accountant testified Monday that the ledgers "
        "had been rewritten twice.\n\n"
        "Judge Ada Mercer adjourned the hearing until Friday.\n\n"
        "The forensic accountant, Lorna Quiggley, had told the court in May that the "
        "books were a mess."
    )
    assert speaker_of(text, "the ledgers had been") == "Lorna Quiggley"


def test_a_description_named_later_by_what_he_worked_as():
    text = (
        "REGINA — A former welder for a Regina pipe company told a jury Monday that his boss "
        "faked the safety checks.\n\n"
        "Walt Drummond, 58, is charged with fraud. He has pleaded not guilty.\n\n"
        "The Crown's first witness was Osric Pennywhistle, who worked as a welder "
        "for the company until 2022."
    )
    assert speaker_of(text, "his boss faked") == "Osric Pennywhistle"


def test_a_witness_named_in_the_next_paragraph_and_the_later_description():
    text = (
        "WINNIPEG — A lifeguard who pulled a boy from the pool told a jury on Tuesday "
        "that the deep end had no rope.\n\n"
        "Marisol Quintero-Baird was the Crown's third witness at the trial of Ken Ohl, "
        "the pool's manager, who has pleaded not guilty.\n\n"
        "“Was the rope there that morning?” defence lawyer Nils Brandt asked.\n\n"
        "“No. It was in the shed,” the lifeguard replied."
    )
    assert speaker_of(text, "the deep end had no rope") == "Marisol Quintero-Baird"
    assert speaker_of(text, "No. It was in the shed") == "Marisol Quintero-Baird"


def test_an_unnamed_description_stays_unnamed():
    text = (
        "WINNIPEG — A lifeguard who works at the pool said the water was cold.\n\n"
        "Ken Ohl, the pool's manager, said the heater was broken.\n\n"
        "“Nobody swam,” the lifeguard said."
    )
    assert speaker_of(text, "the water was cold") == "a lifeguard"
    assert speaker_of(text, "Nobody swam") == "the lifeguard"


def test_a_witness_paragraph_needs_testimony():
    text = (
        "WINNIPEG — A lifeguard who works at the city pool said Tuesday that the deep end had no rope.\n\n"
        "Marisol Quintero-Baird was the Crown's third witness at the trial of Ken Ohl."
    )
    assert speaker_of(text, "the deep end had no rope") == "a lifeguard"


def test_a_description_with_another_head_is_not_linked():
    text = (
        "REGINA — A forensic accountant testified Monday that the ledgers had been rewritten.\n\n"
        "The forensic engineer, Lorna Quiggley, had told the court the bridge was sound."
    )
    assert speaker_of(text, "the ledgers had been") == "a forensic accountant"


def test_the_doctor_after_an_unnamed_physician():
    text = (
        "Rural clinics will close on weekends, the health authority said.\n\n"
        "A family physician who has worked in Pine Hollow for a decade, and who asked not "
        "to be named, said the closures would cost lives.\n\n"
        "“Nobody drives two hours with chest pain and arrives in time,” the doctor said."
    )
    assert speaker_of(text, "Nobody drives two hours") == "a family physician"


def test_the_doctor_after_a_named_person_between_is_not_the_physician():
    text = (
        "Rural clinics will close on weekends, the health authority said.\n\n"
        "A family physician who asked not to be named said the closures would cost lives. "
        "Dr. Ann Roe, the clinic's director, disagreed.\n\n"
        "“Nobody drives two hours with chest pain and arrives in time,” the doctor said."
    )
    assert speaker_of(text, "Nobody drives two hours") != "a family physician"


def test_her_children_are_the_named_son_and_daughter():
    text = (
        "SASKATOON — Vera Koss, who ran the village store for 40 years, died on Monday.\n\n"
        "“She knew every family by its grocery list,” said her daughter, Ilse Koss-Brandt, "
        "who lives in Regina.\n\n"
        "Koss wrote to the premier every spring, and her children say she never missed a year.\n\n"
        "“Mom kept carbon copies of every letter,” her son, Dieter Koss, said."
    )
    assert speaker_of(text, "she never missed a year") == "Ilse Koss-Brandt and Dieter Koss"


def test_her_children_with_one_named_child_stay_a_description():
    text = (
        "SASKATOON — Vera Koss, who ran the village store for 40 years, died on Monday.\n\n"
        "Koss wrote to the premier every spring, and her children say she never missed a year.\n\n"
        "“Mom kept carbon copies of every letter,” her son, Dieter Koss, said."
    )
    assert speaker_of(text, "she never missed a year") == "her children"


def test_the_company_after_her_promoter_named_in_apposition():
    text = (
        "TORONTO — The singer Ava Lind cancelled the rest of her tour on Monday.\n\n"
        "Her promoter, Tall Pines Touring, said in a statement that tickets would be "
        "refunded. Fans who paid resellers should ask those sites, the company said."
    )
    assert speaker_of(text, "Fans who paid resellers") == "Tall Pines Touring"


def test_a_person_in_apposition_to_the_noun_is_no_company():
    text = (
        "TORONTO — The singer Ava Lind cancelled the rest of her tour on Monday.\n\n"
        "Her publisher, Karen Wolfe, said the memoir would still come out. The book "
        "would be delayed a month, the company said."
    )
    assert speaker_of(text, "The book would be delayed") != "Karen Wolfe"


def test_the_same_description_far_on_keeps_its_referent():
    filler = "Mills in the north have cut shifts, and buyers are waiting for prices to fall. " * 30
    text = (
        "OTTAWA — Lumber duties rose again on Friday.\n\n"
        "The Prairie Timber Council said the duties were unfair. The association said "
        "mills had paid $2 billion.\n\n" + filler + "\n\n"
        "Ottawa announced loan guarantees. The association said it welcomed the money."
    )
    assert speaker_of(text, "mills had paid") == "Prairie Timber Council"
    assert speaker_of(text, "it welcomed the money") == "Prairie Timber Council"


def test_a_description_that_took_two_referents_is_left_alone():
    filler = "Mills in the north have cut shifts, and buyers are waiting for prices to fall. " * 30
    text = (
        "OTTAWA — Lumber duties rose again on Friday.\n\n"
        "The Prairie Timber Council said the duties were unfair. The association said "
        "mills had paid $2 billion.\n\n"
        "The Northern Sawmill Federation said prices would rise. The association said "
        "buyers would pay.\n\n" + filler + "\n\n"
        "Ottawa announced loan guarantees. The association said it welcomed the money."
    )
    assert speaker_of(text, "it welcomed the money") == "the association"


def test_one_of_them_is_one_of_the_counted_group():
    text = (
        "HALIFAX — The agency cut its staff by a third last year.\n\n"
        "Two former engineers at the agency, who asked not to be named, said the cuts "
        "came without warning.\n\n"
        "“We found out from the news,” one of them said."
    )
    assert speaker_of(text, "We found out from the news") == "a former engineer"


def test_one_of_them_after_a_counted_thing_stays():
    text = (
        "HALIFAX — The agency cut its staff by a third last year.\n\n"
        "Two reports released in May said the cuts came without warning.\n\n"
        "“We found out from the news,” one of them said."
    )
    assert speaker_of(text, "We found out from the news") == "one of them"


def test_an_unnamed_speaker_takes_the_description_in_apposition():
    text = (
        "HALIFAX — The firm laid off 40 people on Tuesday.\n\n"
        "Another employee, a graphic designer in Dartmouth who asked not to be named, "
        "said the team had trained the software that replaced it."
    )
    assert speaker_of(text, "the team had trained") == "a graphic designer"


def test_an_apposed_thing_is_no_description_of_the_speaker():
    text = (
        "HALIFAX — The firm laid off 40 people on Tuesday.\n\n"
        "Another employee, a member of the union, said the team had trained the software."
    )
    assert speaker_of(text, "the team had trained") == "another employee"


def test_the_other_after_one_of_them():
    text = (
        "HALIFAX — The agency cut its staff by a third last year.\n\n"
        "Two former engineers at the agency, who asked not to be named, said the cuts "
        "came without warning.\n\n"
        "“We found out from the news,” one of them said.\n\n"
        "The other said the managers had known for months."
    )
    assert speaker_of(text, "the managers had known") == "a former engineer"
