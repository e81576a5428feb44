"""left82's rules (session 41 round 2, rows left by session 41 round 1), each checked
on sentences written for this file.

* '"A," Secretary of the Treasury Dana Kell said': a capitalised title of one to three
  title words (resources/titles.txt [role] or [modifier]) with "of [the] Body" (one to
  four capitalised words) right before the name belongs to the speaker's noun phrase,
  as "Finance Minister Ann Roe" does (``titled_bodies.titled_body_start`` in
  ``np_left._widened_np``); the quote kept the title. "Minister of Finance Ann Roe
  said", "Chair of the Board Tom North told reporters" too; "Friends of the Park Ann Roe"
  (no title word before "of") and a lower-case "minister of finance" are not
  read so.
* 'Ann Roe summed it up: "We are done," and left.' as an article's FIRST line: words
  before the colon that hold a past verb (an irregular past, "had", an "-ed" word) with
  more words after it, none "by", are a sentence, not a headline's name: the line is
  left to the body's colon frames (``assemble._finite_clause`` in
  ``assemble._headline_line``); the headline frame took the whole rest of the line
  with the marks. 'Roe: "We are done"', 'Mayor says "no" to tower' and a passive
  headline ('Teacher honoured by school: "A"') stay headline frames.
* "The mayor called her claim that A nonsense": the possessor of a speech noun ("her",
  "his") is resolved like a pronoun subject but never to a description that opens its
  own sentence (``pronouns._the_person_subject`` skips that sentence for a possessor):
  with no antecedent the row keeps "her" unresolved, as "She said A" does; the row
  named the mayor. A name before ("Ann Roe spoke on Monday. The mayor called her claim
  ...") still resolves it, and "The caller was crying, and he said A" (a subject
  pronoun) still takes "the caller".
* "The growers have filed an appeal. In a joint letter, they said A": a "they" with no
  group or pair before it resolves to the plural noun phrase opening the sentence
  before (a determiner, up to two modifiers, a plural people noun: the lexicon's group
  and person nouns or an agent ending "-ers", "-ors", "-ists", "-ians"; then a verb)
  (``plural_subjects.plural_subject_before`` in ``pronouns._resolve_pronoun``); the row
  kept "they". "The rules were changed. They said A" (no people) keeps "They", and a
  pair named nearer ("Ann Roe and Tom Vale wrote ... They said") keeps the pair.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows, speech_rows

_LEAD = "The council met on Monday.\n"


def _rows(text):
    return quote_rows(_LEAD + text, "speaker", "speaker_mention", "kind", "quote")


def test_secretary_of_the_treasury_is_the_speaker_side():
    rows = _rows('"We will sign," Secretary of the Treasury Dana Kell said Friday.')
    assert rows == [("Dana Kell", "Secretary of the Treasury Dana Kell", "direct", "We will sign")]


def test_minister_of_finance_is_the_speaker_side():
    rows = _rows('"The budget is balanced," Minister of Finance Ann Roe said.')
    assert rows == [("Ann Roe", "Minister of Finance Ann Roe", "direct", "The budget is balanced")]


def test_chair_of_the_board_told_reporters():
    rows = _rows('"We have the votes," Chair of the Board Tom North told reporters.')
    assert rows == [("Tom North", "Chair of the Board Tom North", "direct", "We have the votes")]


def test_long_body_keeps_the_name_after_it():
    rows = _rows('"The cranes are idle," Director of the Saint John Port Authority Ann Lee said.')
    assert rows[0][0] == "Ann Lee" and rows[0][3] == "The cranes are idle"


def test_deputy_minister_of_health():
    rows = _rows('"Clinics will stay open," Deputy Minister of Health Lia Marr said.')
    assert rows[0][1] == "Deputy Minister of Health Lia Marr"
    assert rows[0][3] == "Clinics will stay open"


def test_body_without_a_title_word_is_not_widened():
    rows = _rows('"Rates will hold," Friends of the Park Ann Roe said.')
    assert rows == [
        ("Friends of the Park Ann Roe", "Friends of the Park Ann Roe", "direct", "Rates will hold")
    ]


def test_titled_body_start_needs_a_title_before_of():
    from analysis.quotes.titled_bodies import titled_body_start

    toks = [(0, 0, w) for w in '" , Friends of the Park Ann Roe said'.split()]
    assert titled_body_start(toks, 6) == -1
    toks = [(0, 0, w) for w in '" , Minister of Finance Ann Roe said'.split()]
    assert titled_body_start(toks, 5) == 2


def test_lower_case_title_of_body_keeps_its_reading():
    t = "Ann Roe, the minister of finance, said the budget was balanced."
    assert speech_rows(t) == [("Ann Roe", "said", "the budget was balanced")]


_BODY = "\nThe council met on Monday."


def test_first_line_sentence_with_colon_is_a_body_attribution():
    t = 'Ann Roe summed it up: "We are done," and left the room.' + _BODY
    assert speech_rows(t) == [("Ann Roe", ":", "We are done")]


def test_first_line_had_sentence_with_colon():
    t = 'Tom Vale had one word for the plan: "Nonsense," and he sat down.' + _BODY
    assert speech_rows(t) == [("Tom Vale", ":", "Nonsense")]


def test_first_line_sentence_same_as_in_the_body():
    line = 'Ann Roe gave her answer: "We are done with this council."'
    first = quote_rows(line + _BODY, "speaker", "kind", "quote")
    body = quote_rows("Council votes to close the mill\n" + line, "speaker", "kind", "quote")
    assert first == body == [("Ann Roe", "direct", "We are done with this council.")]


def test_headline_name_colon_frame_stays():
    assert speech_rows('Roe: "We are done"' + _BODY) == [("Roe", ":", "We are done")]


def test_headline_says_frame_stays():
    rows = quote_rows('Mayor says "no" to tower' + _BODY, "speaker", "kind", "quote")
    assert rows == [("Mayor", "mixed", '"no" to tower')]


def test_passive_headline_is_no_sentence():
    from analysis.quotes.assemble import _finite_clause

    assert not _finite_clause("Teacher honoured by school".split())
    assert _finite_clause("Ann Roe summed it up".split())


def _possessor_rows(text):
    return quote_rows(text, "speaker", "speaker_mention", "cue", "quote")


def test_possessor_is_not_the_clause_subject_description():
    t = "The council met on Monday.\nThe mayor called her claim that the mill would close nonsense."
    assert _possessor_rows(t) == [("her", "her", "claim", "the mill would close")]


def test_dismissed_his_assertion_is_not_the_subject():
    t = "The council met on Monday.\nThe mayor dismissed his assertion that the mill would close."
    assert _possessor_rows(t) == [("his", "his", "assertion", "the mill would close")]


def test_possessor_takes_the_name_before():
    t = "Ann Roe spoke on Monday. The mayor called her claim that the mill would close nonsense."
    assert _possessor_rows(t) == [("Ann Roe", "her", "claim", "the mill would close")]


def test_subject_pronoun_still_takes_the_description():
    t = "The caller was crying, and he said the house was on fire."
    assert _possessor_rows(t)[0][0] == "the caller"


def test_they_takes_the_plural_subject_before():
    t = "The growers have filed an appeal. In a joint letter, they said the rules were unfair."
    assert _possessor_rows(t) == [("the growers", "they", "said", "the rules were unfair")]


def test_they_takes_a_counted_plural_subject():
    t = "The two bakers filed a complaint on Monday. They said the rent was too high."
    assert _possessor_rows(t)[0][0] == "the two bakers"


def test_they_after_things_stays_unresolved():
    t = "The rules were changed. They said the vote was unfair."
    assert _possessor_rows(t) == [("They", "They", "said", "the vote was unfair")]


def test_they_keeps_the_nearer_pair():
    t = (
        "The growers have filed an appeal. Ann Roe and Tom Vale wrote to the board. "
        "They said the rules were unfair."
    )
    assert _possessor_rows(t)[0][0] == "Ann Roe and Tom Vale"
