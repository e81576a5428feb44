"""spk42: speaker rules of session 30 (sentences written for these tests)."""

from analysis.quotes.indefinite_named import indefinite_named_after, indefinite_named_head
from tests._quote_rows import quote_rows


def _speaker_of(text, quote):
    return [s for s, q in quote_rows(text, "speaker", "quote") if q == quote]


# an indefinite description that names its person is no unnamed person: a later bare
# description with its head is that person


def test_apposed_indefinite_description_names_the_later_description():
    text = (
        "A scrutineer for the mayor, Wendy Ostrander, said the count had been fair.\n\n"
        '"You never lose ballots," the veteran scrutineer said.\n'
    )
    assert _speaker_of(text, "You never lose ballots") == ["Wendy Ostrander"]


def test_who_clause_gives_the_first_name():
    text = (
        "A construction foreman, who gave only his first name, Bogdan, said his crew "
        'started early.\n\n"We stop at noon," the foreman said.\n'
    )
    assert _speaker_of(text, "We stop at noon") == ["Bogdan"]


def test_unnamed_indefinite_description_stays_unnamed():
    text = (
        "Wendy Ostrander said the count had been fair. A scrutineer for the challenger "
        'complained about the lights.\n\n"You never lose ballots," the veteran scrutineer said.\n'
    )
    assert _speaker_of(text, "You never lose ballots") != ["Wendy Ostrander"]


def test_description_naming_someone_else_is_not_the_last_person():
    text = (
        "A foreman, Bogdan Ilic, said the crew started early. Later Wendy Ostrander "
        'spoke to the crowd.\n\n"We stop at noon," the foreman said.\n'
    )
    assert _speaker_of(text, "We stop at noon") != ["Wendy Ostrander"]


def test_indefinite_named_helpers():
    s = "A letter carrier named Odile Fenwick said she fell. The letter carrier said"
    assert indefinite_named_after(s, 0, "carrier") == "Odile Fenwick"
    assert indefinite_named_after("A carrier said so, Fenwick wrote.", 0, "carrier") is None
    assert indefinite_named_head(s, 0, 52, "carrier") == "carrier"
    assert indefinite_named_head("A carrier fell. The carrier said", 0, 16, "carrier") is None


# "One of them, a <modifier> <noun> named Ann Roe, said": the apposition is a person
# (no row at all before), and a later bare description with its head is that person


def test_modified_named_apposition_after_one_of_them_speaks():
    text = "One of them, a retired letter carrier named Odile Fenwick, said she had fallen twice.\n"
    assert _speaker_of(text, "she had fallen twice") == ["Odile Fenwick"]


def test_aged_named_apposition_then_bare_description():
    text = (
        "Neighbours waited outside. One of them, a 58-year-old letter carrier named Odile "
        'Fenwick, said she had fallen twice.\n\n"I walk every street," the letter carrier said.\n'
    )
    assert _speaker_of(text, "she had fallen twice") == ["Odile Fenwick"]
    assert _speaker_of(text, "I walk every street") == ["Odile Fenwick"]


def test_named_description_needs_named_and_capitals():
    from analysis.quotes.apposed_speakers import _named_description

    def toks(s):
        return [(0, 0, w) for w in s.split()]

    assert _named_description(toks("a retired carrier named Ann Roe"), (0, 6))
    assert not _named_description(toks("a retired carrier named after him"), (0, 6))
    assert not _named_description(toks("the retired carrier named Ann Roe"), (0, 6))


# "the rookie forward" after a player's possessive mention: a place named last ("in
# Vancouver") is no other person in between


def test_player_description_skips_a_place_after_in():
    text = (
        "The club received rookie forward Tobias Greenleaf, the team said.\n\n"
        "Greenleaf's first season has produced 14 goals. His phone started buzzing on the "
        'team bus in Saskatoon.\n\n"I thought my friends were joking," the rookie forward said.\n'
    )
    assert _speaker_of(text, "I thought my friends were joking") == ["Tobias Greenleaf"]


def test_player_description_not_given_to_a_player_named_last():
    text = (
        "Greenleaf's first season has produced 14 goals. On the bus he sat with Ivo Marek.\n\n"
        '"I thought my friends were joking," the rookie forward said.\n'
    )
    assert _speaker_of(text, "I thought my friends were joking") != ["Tobias Greenleaf"]


def test_player_description_not_given_to_a_player_of_another_position():
    text = (
        "Ivo Marek, a 20-year-old shortstop, drove in two runs. He said the crowds in "
        'Saskatoon were loud.\n\n"This is a baseball town," the veteran reliever said.\n'
    )
    assert _speaker_of(text, "This is a baseball town") != ["Ivo Marek"]


# plain "A." answers after an announced exchange take the speaker of the answer quoted
# before it ('"No," he answered.'), resolved there: not a judge of unknown gender named
# between


def test_answers_keep_the_witness_past_a_judge_of_unknown_gender():
    text = (
        "Tobias Wren, the warehouse's former manager, took the stand on Tuesday.\n\n"
        '"Did you sign the invoices?" the prosecutor asked him.\n\n'
        '"Not once," he answered.\n\n'
        "Justice Orla Quennell told the jurors to disregard the outburst.\n\n"
        "The court then heard the following exchange:\n\n"
        "Q. Who signed them?\n\n"
        "A. My deputy. I was on leave that month.\n"
    )
    assert _speaker_of(text, "My deputy. I was on leave that month.") == ["Tobias Wren"]


# a lede's held-back person named next with a predicate of the accused ("faces",
# "pleaded", "is charged"), not only a speech verb


def test_lede_job_named_next_with_faces():
    text = (
        "He never took a dollar from his clients, a former Calgary investment adviser "
        "testified Tuesday.\n\nWarren Tollefson, 58, faces six counts of fraud.\n"
    )
    assert quote_rows(text, "speaker", "cue") == [("Warren Tollefson", "testified")]


def test_lede_job_named_next_needs_such_a_predicate():
    text = (
        "He never took a dollar from his clients, a former Calgary investment adviser "
        "testified Tuesday.\n\nWarren Tollefson, 58, opened a bakery in 2010.\n"
    )
    assert quote_rows(text, "speaker", "cue") != [("Warren Tollefson", "testified")]


def test_lede_job_named_next_predicate_not_for_a_second_description():
    text = (
        "A man who crashed a stolen van into a bakery was jailed Friday, with a judge "
        'saying his apology "came far too late."\n\n'
        "Dmitri Halvorsen, 29, pleaded guilty in May.\n"
    )
    assert ("Dmitri Halvorsen", "saying") not in quote_rows(text, "speaker", "cue")
