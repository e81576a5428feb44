"""Rules from the thirty-third written set (written33), each on sentences written for
the test: a definite description left unnamed ("His cousin, who ..., said A.", "The
club's owner confirmed that A.") is the person whose full name appears for the first
time in the next statement (same paragraph, or opening the lede's next paragraph);
"Her husband said" is the other person the article names in full with the surname of
the person quoted before; "he"/"she" right after "The <description>, <Full Name>, <verb>
..." is that person (not a relative described before); "the corporation said" right
after a company's statement in the paragraph is that company; "A, the ministry said,
but it did not say when B" gives no row for the negated say; "according to the
department's online bridge inventory" is the department's (an owned inventory)."""

from __future__ import annotations

from tests._quote_rows import quote_rows


def test_kin_description_named_in_the_next_statement_of_the_paragraph():
    text = (
        "Omar Tessier said the shop had lost its lease.\n\n"
        "His cousin, who runs the till on weekends, said the family would look for a new "
        "spot. “We are not done yet,” Nadia Tessier said."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Nadia Tessier", "the family would look for a new spot") in rows
    assert ("Nadia Tessier", "We are not done yet") in rows


def test_lede_description_named_opening_the_next_paragraph():
    text = (
        "Harbour club to move\n\n"
        "MONCTON — The club’s owner confirmed Friday that the team would play its last "
        "season at the old park next year.\n\n"
        "Glen Archambault, who bought the team in 2015, said the park needed repairs the "
        "city could not pay for."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows[0] == (
        "Glen Archambault",
        "the team would play its last season at the old park next year",
    )


def test_a_new_name_with_its_own_description_is_someone_else():
    text = (
        "Omar Tessier said the shop had lost its lease.\n\n"
        "His cousin said the family would look for a new spot. “We are not done yet,” "
        "said Nadia Leroux, a neighbour."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Nadia Leroux", "the family would look for a new spot") not in rows


def test_a_name_the_article_gave_before_does_not_name_the_description():
    text = (
        "Nadia Leroux said the rent had doubled. Omar Tessier said the shop had lost its "
        "lease.\n\nHis cousin said the family would look for a new spot. “We are not done "
        "yet,” Nadia Leroux said."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Nadia Leroux", "the family would look for a new spot") not in rows


def test_her_husband_is_the_other_person_of_the_couple():
    text = (
        "Every morning Bruno and Katrien De Smet drive to the end of the lane.\n\n"
        "Katrien De Smet said the letters kept coming. Her husband said the tractor "
        "could not send its alerts. “It is an expensive alarm clock,” he said."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Bruno De Smet", "the tractor could not send its alerts") in rows
    assert ("Bruno De Smet", "It is an expensive alarm clock") in rows


def test_pronoun_after_a_name_in_apposition_to_the_subject():
    text = (
        "Tom Reddick said the barn had no signal.\n\n"
        "The riding’s Member of Parliament, Liberal Chris Oduwole, has raised the "
        "project twice this fall. He said the money had been paid without any deadline."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Chris Oduwole", "the money had been paid without any deadline") in rows


def test_pronoun_after_an_apposed_name_of_the_other_gender_is_not_taken():
    text = (
        "Tom Reddick said the barn had no signal.\n\n"
        "The riding’s MP, Anne Oduwole, has raised the project twice this fall. He said "
        "the money had been paid without any deadline."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Anne Oduwole", "the money had been paid without any deadline") not in rows


def test_the_corporation_after_the_company_statement():
    text = (
        "In a statement, Tidemark Ferries said it could not crew the boat. "
        "“We are recruiting in every port,” the corporation said."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Tidemark Ferries", "We are recruiting in every port") in rows


def test_the_corporation_after_a_person_stays_unnamed():
    text = (
        "Tom Fenwick said he could not crew the boat. "
        "“We are recruiting in every port,” the corporation said."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Tom Fenwick", "We are recruiting in every port") not in rows


def test_a_negated_say_after_an_insertion_is_no_content():
    text = (
        "The agency is reviewing the fees, the ministry said, but it did not say when a "
        "decision would come."
    )
    rows = quote_rows(text, "quote")
    assert ("The agency is reviewing the fees",) in rows
    assert not any("decision" in r[0] for r in rows)


def test_a_clause_after_an_insertion_still_carries():
    text = "The agency is reviewing the fees, the ministry said, but a decision is months away."
    rows = quote_rows(text, "quote")
    assert any("a decision is months away" in r[0] for r in rows)


def test_according_to_an_owned_inventory_is_the_owner():
    text = (
        "The Department of Highways closed the span on Monday. The span was rated in fair "
        "condition in 2021, according to the department’s online bridge inventory."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows and rows[-1][1] == "The span was rated in fair condition in 2021"
    assert "inventory" not in rows[-1][0]


def test_an_organisation_description_is_not_named_by_its_directors_statement():
    text = (
        "The harbour business association had asked council to delay the vote. Its "
        "executive director, Colin Ashdown, said the group was disappointed."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Colin Ashdown", "to delay the vote") not in rows
    assert ("Colin Ashdown", "the group was disappointed") in rows
