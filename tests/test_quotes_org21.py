"""Organisations as speakers (session 18, round 2, org21): a description of an
organisation ("the company", "the union", "the hospital", "the association") is the last
named organisation of its own kind, never one of another kind (a union is no company:
"... Workers Local 218", "Unifor", "CUPE"; an association or chamber is no company);
"Name, the ... company that ..." names the company; "it said" right after a sentence
opened by "The union <verb>" is that union; a union's long name is kept whole.
Every sentence here is written for the test; names and events are fictional."""

from _quote_rows import quote_rows, speaker_of_start


def _speaker(text, start):
    return speaker_of_start(text, start)


STRIKE = (
    "About 400 workers at a bakery in Regina walked off the job Monday after talks "
    "between their union and Golden Sheaf Bakeries broke down.\n\n"
    "The workers are members of Prairie Bakery and Confectionery Workers Local 77.\n\n"
    "The union said it wanted a raise of 12 per cent over three years.\n\n"
    "The company said its offer was generous.\n\n"
    "“We want our people back at work,” the company said in a statement.\n\n"
    "The union disputes that. The offer is a pay cut once prices are counted, it said."
)


def test_the_company_is_never_the_union_quoted_before_it():
    assert _speaker(STRIKE, "its offer was generous") == "Golden Sheaf Bakeries"
    assert _speaker(STRIKE, "We want our people back at work") == "Golden Sheaf Bakeries"


def test_the_union_keeps_its_whole_name():
    assert _speaker(STRIKE, "it wanted a raise") == (
        "Prairie Bakery and Confectionery Workers Local 77"
    )


def test_it_after_a_sentence_opened_by_the_union_is_the_union():
    assert _speaker(STRIKE, "The offer is a pay cut") == (
        "Prairie Bakery and Confectionery Workers Local 77"
    )


def test_long_union_names_after_a_preposition():
    text = (
        "Drivers at the Amalgamated Transit Union Local 113 voted to strike on Friday.\n\n"
        "The union said the city had ignored its proposals."
    )
    assert _speaker(text, "the city had ignored") == "Amalgamated Transit Union Local 113"
    text = (
        "The strike was called by National Nurses United for Patient Protection after "
        "talks failed.\n\nThe union said the hospital had refused to add staff."
    )
    assert _speaker(text, "the hospital had refused") == (
        "National Nurses United for Patient Protection"
    )


def test_a_name_set_in_apposition_to_the_company():
    text = (
        "The Mossbank Chamber of Commerce said the cut would hurt shops in town.\n\n"
        "Fernhill Transit, the private company that runs the bus route, said it would "
        "keep its drivers on other routes.\n\n"
        "“Nobody will be laid off,” the company said."
    )
    assert _speaker(text, "Nobody will be laid off") == "Fernhill Transit"


def test_the_hospital_is_the_health_centre_named_before():
    text = (
        "Patient records were stolen in an attack last month, Lakeview Regional Health "
        "Centre said Thursday.\n\n"
        "The hospital said it had not paid a ransom."
    )
    assert _speaker(text, "it had not paid a ransom") == "Lakeview Regional Health Centre"


def test_the_hospital_is_not_a_shopping_centre():
    text = (
        "Shoppers left the Birchwood Centre after a fire alarm on Monday.\n\n"
        "The hospital said two people were treated for smoke."
    )
    assert _speaker(text, "two people were treated") != "Birchwood Centre"


def test_the_association_is_the_council_named_before():
    text = (
        "The Coastal Timber Trade Council said the duties were unfair.\n\n"
        "The association said mills had already paid $2 billion."
    )
    assert _speaker(text, "mills had already paid") == "Coastal Timber Trade Council"


def test_the_union_may_be_a_federation():
    text = (
        "Figures compiled by the Manitoba Nurses' Federation show long waits.\n\n"
        "The union said the ward was short of staff."
    )
    assert _speaker(text, "the ward was short of staff") == "Manitoba Nurses' Federation"


def test_the_company_still_resolves_to_a_company_quoted_before():
    text = (
        "Acme Foods Inc. said Tuesday it would close its plant in Brandon.\n\n"
        "The union said the closure was a betrayal.\n\n"
        "The company said the plant had lost money for years."
    )
    rows = quote_rows(text, "speaker", "quote")
    got = {q[:20]: s for s, q in rows}
    assert got["the plant had lost m"] == "Acme Foods Inc."


def test_it_opening_a_sentence_after_a_named_company_subject():
    text = (
        "Birchfield Grocers Inc. reported a drop in profit on Thursday. The Competition "
        "Bureau said last month that it was studying grocery prices.\n\n"
        "Birchfield Grocers kept its dividend unchanged. It said it still expected "
        "higher sales next year."
    )
    assert _speaker(text, "it still expected higher sales").startswith("Birchfield Grocers")


def test_it_after_a_person_subject_is_not_that_person():
    text = (
        "The Harbour Authority said the pier would close. Maria Lopez kept her shop "
        "open. It said repairs would take a month."
    )
    assert _speaker(text, "repairs would take a month") != "Maria Lopez"
