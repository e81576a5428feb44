"""Speaker classes left open by the fourth written news batch (session 13, issue 12):
a town and a province's abbreviation before ", who" are no speaker ("Ann Lee, 61, of
Shediac, N.B., who ..., said"); plain "police" after the article names one police
force is that force; "the utility" is the power company named before; "The builder,
a consortium called X, said" and a later "the consortium" are X; "the letter says"
after "nurses who signed an open letter" is the nurses; "<Surname>'s campaign" after
"<Party> Leader ... <Surname>" is the party; "the report says" after "a report
prepared by city staff" is city staff. Every sentence here is written for the
test; names and events are fictional."""

import pandas as pd
import pytest

import analysis


def rows(text):
    q = analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]}))
    return [(r.speaker, r.quote) for r in q.itertuples()]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Odile Varenne, 61, of Shediac, N.B., who has fished for four decades, said the "
            "season started well.",
            "Odile Varenne",
        ),
        (
            "Tomas Reyes of Brandon, Man., who runs a bakery, said sales were down.",
            "Tomas Reyes",
        ),
        ("Bernard Ouimet, 58, of Bathurst, N.B., said the prices were low.", "Bernard Ouimet"),
    ],
)
def test_a_town_and_province_before_who_are_no_speaker(text, speaker):
    assert [s for s, _ in rows(text)] == [speaker]


def test_police_after_the_article_names_the_force():
    text = (
        "KELOWNA, B.C. — A man faces charges after break-ins at two rural halls, the RCMP "
        "said Friday.\n\nDorian Vell of no fixed address was arrested Wednesday near Oyama, "
        "police said in a news release.\n\nPolice are asking anyone with information to call "
        "the Kelowna RCMP."
    )
    assert [s for s, _ in rows(text)] == ["the RCMP", "RCMP", "RCMP"]


def test_police_without_a_named_force_stay_police():
    text = "A man was arrested Wednesday near Oyama, police said in a news release."
    assert [s for s, _ in rows(text)] == ["police"]


def test_the_utility_is_the_power_company_named_before():
    text = (
        "HALIFAX — Crews worked overnight after the storm.\n\nHarbour Light Power said it "
        "had 400 line workers in the field. Most homes should be reconnected by Tuesday, "
        "the utility said."
    )
    assert [s for s, _ in rows(text)] == ["Harbour Light Power", "Harbour Light Power"]


def test_a_consortium_called_by_name():
    text = (
        "EDMONTON — The opening of the line is late again.\n\nThe builder, a consortium "
        "called Rideline Connect, said in a statement that the delays were mostly behind "
        "it.\n\nCoun. Ada Ferris said she was tired of waiting.\n\n"
        "“We remain committed to the line,” the consortium said."
    )
    got = rows(text)
    assert got[0] == ("Rideline Connect", "the delays were mostly behind it")
    assert got[-1] == ("Rideline Connect", "We remain committed to the line")


def test_the_letter_is_its_signers():
    text = (
        "SAINT JOHN — Wait times rose again last month.\n\nIda Rowe is one of about 30 "
        "paramedics who signed an open letter to the minister this week.\n\nThe letter says "
        "crews are “stretched thin.” It asks the province to hire 50 more paramedics."
    )
    assert [s for s, _ in rows(text)] == ["paramedics", "paramedics"]


def test_a_letter_without_signers_stays_the_letter():
    text = "The council met on Monday. The letter says crews are “stretched thin.”"
    assert [s for s, _ in rows(text)] == ["the letter"]


def test_a_leaders_campaign_is_the_party():
    text = (
        "REGINA — Green Leader Tova Halloran said the plan would fail.\n\n"
        "Halloran’s campaign said the figures were “made up.”"
    )
    assert [s for s, _ in rows(text)] == ["Tova Halloran", "Green"]


def test_a_campaign_without_a_named_party_stays():
    text = "Halloran’s campaign said the figures were “made up.”"
    assert [s for s, _ in rows(text)] == ["Halloran’s campaign"]


def test_a_report_is_the_staff_who_prepared_it():
    text = (
        "RED DEER — The opening is delayed again.\n\nThe line will open in May at the "
        "earliest, according to a report prepared by city staff. The report says the "
        "signals are “not yet reliable.”\n\nA report written by the Transit Riders Union "
        "was tabled. The report says fares are “too high.”"
    )
    assert [s for s, _ in rows(text)] == ["city staff", "city staff", "Transit Riders Union"]


def test_a_report_without_an_author_stays_the_report():
    text = "The council met on Monday. The report says fares are “too high.”"
    assert [s for s, _ in rows(text)] == ["the report"]


def test_the_agency_and_it_are_a_federal_agency_named_canada():
    text = (
        "MONCTON — Freezing rain coated the region overnight.\n\nEnvironment Canada issued a "
        "warning for the coast on Sunday. The agency said temperatures would stay below "
        "freezing until Thursday. It warned that falling branches would remain a hazard."
    )
    assert [s for s, _ in rows(text)] == ["Environment Canada", "Environment Canada"]


def test_the_company_named_in_apposition():
    text = (
        "TORONTO — Tenants filed a complaint on Monday.\n\nThe company, Brightfold "
        "Analytics Inc., said its software only gives landlords market information."
    )
    assert [s for s, _ in rows(text)] == ["Brightfold Analytics Inc."]


def test_a_union_local_is_the_union():
    text = (
        "WINNIPEG — Teachers voted on Friday.\n\nThe Red Willow Teachers’ Local said 91 per "
        "cent of members supported a strike. Later the union said talks had stalled."
    )
    assert [s for s, _ in rows(text)][-1] == "Red Willow Teachers’ Local"
