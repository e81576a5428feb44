"""Pronoun speakers (session 16, issue 12): which person "he" or "she" means when the
sentences before name several people -- a comparison ("Like Roe, ..."), an
existential introduction ("Then there was X"), the one example of a plural subject
("Some critics, like X, ..."), a possessor after "The <noun> of", a quoted possessive
after a clause subject ("Lee rejected Roe's claim"), a described subject after a
conjunction ("But his wife, Jane, ..."), a person described by a relative clause in a
sentence with no person subject, a bracket before the subject; and "the judge" named
only later. Every sentence here is written for the test; names and events are
fictional."""

from _quote_rows import quote_rows
from _quote_rows import speaker_of_start as speaker_of


def rows(text):
    return quote_rows(text, "speaker", "quote")


def test_like_opens_a_comparison_not_the_subject():
    text = (
        "Tarla Wokeff, a former student of the academy, said she lost her savings. "
        "\u201cI will never sign again,\u201d Wokeff said.\n\n"
        "Ivo Marsh sued the academy in 2011. \u201cIt was hard,\u201d he said. "
        "Marsh won't reveal the terms.\n\n"
        "Like Wokeff, the former academy customer, Marsh doesn't want another fight.\n\n"
        "\u201cI am tired of courts,\u201d he said."
    )
    assert speaker_of(text, "I am tired") == "Ivo Marsh"


def test_unlike_opens_a_comparison_too():
    text = (
        "\u201cWe can win this,\u201d Paul Keane said on Monday. \u201cWe will.\u201d\n\n"
        "\u201cI have run before,\u201d said Lindqvist, the mayor.\n\n"
        "Unlike Lindqvist, the veteran of three races, Keane hasn't run for office.\n\n"
        "\u201cI am new to this,\u201d he said."
    )
    assert speaker_of(text, "I am new") == "Paul Keane"


def test_then_there_was_introduces_the_subject():
    text = (
        "\u201cWe should listen,\u201d said Ivo Marsh, the party leader.\n\n"
        "First there was the Herald's editor Paul Keane, who, after a quarrel with "
        "Mr. Marsh over Tom Vale, spoke on a radio show.\n\n"
        "Those who listen to the radio all day, he said, live in a bubble."
    )
    assert speaker_of(text, "Those who listen") == "Paul Keane"


def test_there_in_the_back_was():
    text = (
        "\u201cDo we give up?\u201d Ann Roe asked the crowd. \u201cNo!\u201d\n\n"
        "\u201cShe is right,\u201d said Ivo Marsh, a plumber.\n\n"
        "Yet there in the back was Tom Vale, the baker. He was not cheering.\n\n"
        "\u201cThis is a pep rally,\u201d he said."
    )
    assert speaker_of(text, "This is a pep rally") == "Tom Vale"


def test_there_was_a_problem_is_no_person():
    text = (
        "\u201cWe are ready,\u201d Ivo Marsh said.\n\n"
        "Then there was the matter of the budget.\n\n"
        "\u201cIt will pass,\u201d he said."
    )
    assert speaker_of(text, "It will pass") == "Ivo Marsh"


def test_the_one_example_of_a_plural_subject():
    text = (
        "\u201cThe plant closed in a week,\u201d said Ivo Marsh, a labour economist. "
        "\u201cNobody helped.\u201d\n\n"
        "Some defenders of the treaty, like Paul Keane, a senior fellow at the Brandon "
        "Institute, also admit that workers were hurt.\n\n"
        "But the gains are \u201cten times the losses,\u201d he said."
    )
    assert speaker_of(text, "But the gains") == "Paul Keane"


def test_a_list_of_examples_names_no_subject():
    text = (
        "\u201cThe plant closed in a week,\u201d said Ivo Marsh, a labour economist.\n\n"
        "Some defenders of the treaty, like Paul Keane and Tom Vale, admit that "
        "workers were hurt.\n\n"
        "But the gains are \u201cten times the losses,\u201d he said."
    )
    assert speaker_of(text, "But the gains") == "Ivo Marsh"


def test_the_support_of_a_person_is_a_possessor_subject():
    text = (
        "\u201cIt is a joke,\u201d said Tom Vale, the House speaker.\n\n"
        "The support of Ivo Marsh, who chairs the budget committee, is crucial, and "
        "while he said he would hold a hearing, he made no promise."
    )
    assert speaker_of(text, "he would hold") == "Ivo Marsh"


def test_the_lawyer_of_a_person_is_not_that_person():
    text = (
        "\u201cIt is a joke,\u201d said Tom Vale, the House speaker.\n\n"
        "The lawyer of Ivo Marsh, who chairs the budget committee, was in court, and "
        "while he said he would appeal, he made no promise."
    )
    assert speaker_of(text, "he would appeal") != "Ivo Marsh"


def test_a_possessive_claim_after_the_subject_does_not_outrank_it():
    text = (
        "\u201cHe has no plan,\u201d Paul Keane said of Ivo Marsh.\n\n"
        "Repeating his convention speech, Keane rubbished Marsh\u2019s claim to "
        "understand the middle class.\n\n"
        "\u201cIt is a bunch of malarkey,\u201d he said."
    )
    assert speaker_of(text, "It is a bunch") == "Paul Keane"


def test_described_subject_after_a_conjunction():
    text = (
        "\u201cWe will win,\u201d Ivo Marsh said at the rally.\n\n"
        "Marsh has said little about his plans. But his wife, Jane, offered a preview "
        "in an interview with the Herald.\n\n"
        "\u201cIf he loses, he will keep going,\u201d she said."
    )
    # (speaker24: "his wife, Jane," takes the surname of his full name, Ivo Marsh)
    assert speaker_of(text, "If he loses") == "Jane Marsh"


def test_person_with_a_relative_clause_in_a_sentence_without_a_person_subject():
    text = (
        "\u201cThe economy is strong,\u201d Ivo Marsh said.\n\n"
        "Such gloom has exasperated Mr. Tom Vale, who has gotten less credit than aides "
        "say he deserves. On Monday he said the mood \u201cis too dark.\u201d"
    )
    assert speaker_of(text, "the mood") == "Tom Vale"


def test_a_person_subject_outranks_the_object_with_a_relative_clause():
    text = (
        "\u201cThe economy is strong,\u201d Ivo Marsh said.\n\n"
        "Marsh then attacked Tom Vale, who leads the council. \u201cHe is wrong,\u201d he said."
    )
    assert speaker_of(text, "He is wrong") == "Ivo Marsh"


def test_a_bracket_before_the_subject():
    text = (
        "\u201cWe will not back down,\u201d Ann Roe said in 2010.\n\n"
        "(Tom Roe defended his mother and refused to criticise senators, like Ivo "
        "Marsh, who had attacked her. \u201cShe is no bully,\u201d he said.)"
    )
    assert speaker_of(text, "She is no bully") == "Tom Roe"


def test_the_judge_named_only_later():
    text = (
        "Tom Vale spoke for an hour. \u201cHe is innocent,\u201d Vale said.\n\n"
        "Vale finally sat down. \u201cThis is a hard case,\u201d the judge said.\n\n"
        "Later Judge Ian Berman took the bench again and read the sentence."
    )
    assert speaker_of(text, "This is a hard case") == "Ian Berman"


def test_the_senator_is_not_resolved_to_a_senator_named_later():
    text = (
        "\u201cThat would be me,\u201d the senator said.\n\n"
        "Speaking later on the same show, Sen. Ann Roe said the race was open."
    )
    assert speaker_of(text, "That would be me") != "Ann Roe"


def test_possessed_role_apposition_after_a_long_lead_phrase():
    text = (
        "\u201cWe are not done,\u201d Ivo Marsh told supporters.\n\n"
        "After the results from the northern districts were in on Tuesday night, "
        "Marsh's campaign manager, Tom Vale, appeared on television with a map. "
        "He also said that if Marsh gets close, \u201cthe delegates will follow.\u201d"
    )
    assert speaker_of(text, "if Marsh gets close") == "Tom Vale"


def test_described_subject_after_a_lead_phrase():
    text = (
        "\u201cWe will win,\u201d Ivo Marsh said at the rally.\n\n"
        "Marsh wants open primaries. On television Tuesday, his wife, Jane, called "
        "for an open process. \u201cShutting people out is not smart,\u201d she said."
    )
    # (speaker24: "his wife, Jane," takes the surname of his full name, Ivo Marsh)
    assert speaker_of(text, "Shutting people out") == "Jane Marsh"


def test_group_subject_after_a_lead_phrase():
    text = (
        "\u201cWe backed her early,\u201d said Tom Vale, head of the Brandon union.\n\n"
        "But throughout the summer and fall, members of both unions criticized the "
        "decision. They said the endorsement \u201cwas rushed.\u201d"
    )
    assert speaker_of(text, "the endorsement") == "members"


def test_it_after_a_persons_campaign_subject():
    text = (
        "The Supreme Court will rule in June. Ivo Marsh said women should be punished.\n\n"
        "Marsh\u2019s campaign immediately backtracked, putting out a statement "
        "contradicting his comments. In such cases, it said, \u201cthe woman is a victim.\u201d"
    )
    assert speaker_of(text, "the woman is a victim") == "Marsh\u2019s campaign"


def test_it_after_a_campaign_manager_is_not_the_campaign():
    text = (
        "The Supreme Court will rule in June.\n\n"
        "Marsh\u2019s campaign manager backtracked on Friday. \u201cWe erred,\u201d it said."
    )
    assert speaker_of(text, "We erred") != "Marsh\u2019s campaign"


def test_look_at_makes_a_person_the_topic():
    text = (
        "\u201cRates must stay low,\u201d Ivo Marsh said in May.\n\n"
        "That is more than you can say for others. Just look at Speaker Tom Vale. He has "
        "said he reads old novels. In 2010, he warned the bank against buying bonds, "
        "because he thought it \u201crisks inflation.\u201d"
    )
    assert speaker_of(text, "the bank against") == "Tom Vale"


def test_consider_the_case_of():
    text = (
        "\u201cThe plant will close,\u201d Ivo Marsh said.\n\n"
        "Consider the case of Ms. Ann Roe. While she says she will not vote for Marsh, "
        "she likes his trade plan. She says she will vote for Senator Tom Vale."
    )
    assert speaker_of(text, "she will vote for") == "Ann Roe"


def test_the_name_before_a_parenthetical_cue_is_what_is_said_about():
    text = (
        "\u201cWe will win,\u201d Ann Roe said at the rally in Brandon.\n\n"
        "Lin Vale roused the crowd. \u201cHe will crush you,\u201d Ms. Vale said.\n\n"
        "It was a strong pair of speeches, as Ms. Roe echoed the attack, saying the mayor "
        "\u201cfails us\u201d and Ms. Vale, she said, \u201cexposes him for what he is.\u201d"
    )
    assert speaker_of(text, "exposes him") == "Ann Roe"


def test_as_for_a_person_he_said_is_that_person():
    text = (
        "\u201cIt would be a disaster,\u201d Paul Keane said of an open convention.\n\n"
        "Tom Vale was in Ohio. As for Vale, he said he is not worried. \u201cI will have "
        "the delegates,\u201d he said."
    )
    assert speaker_of(text, "I will have the delegates") == "Tom Vale"
