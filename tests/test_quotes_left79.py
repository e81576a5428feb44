"""left79's rules (session 40, rows left by session 39), each checked on sentences
written for this file.

* '"Stop the truck!" Ann Roe called out.': "called out" after a quotation closed by "!"
  or "?" and capitalised words is no sentence end (``sentences._SPEECH_VERBS``, as
  "shouted", "yelled", "cried" were); the full name was cut off into a sentence of its
  own with no content. A quotation before "called out" is its content when an adjunct
  follows the cue ('"Is it safe?" Roe called out from the back of the hall when Lee
  cited a study': ``idioms._CALL_OUT_ADJUNCTS`` in ``_that_missing``), so joining the
  sentence does not hand the quotation to the later cue. "More than a third of the
  officers called out from work" stays no row.
* "A, the board said Monday, and it also warned that B" / "A, the board said, and warned
  that B": after a frame set off inside its content, "and"/"but" + a pronoun + a cue (or
  a past cue + "that" with no subject) opens the next frame; A is now the first frame's
  row (``additions._add_side`` in ``_add_parenthetical``; it returned no row, so A was
  lost whenever no later path took it, as after "said Monday"), and B is the second
  cue's own row (the bare cue was read as part of the first row: "and warned that B").
  "A, the clerk said, and claims would be paid" (a noun, no cue) stays one row of A and
  one of the clause after "and".
* "She told the township the water was safe": a lower-case listener (a determiner and
  one to three words) then a clause with no "that" (a pronoun, or a determiner and up to
  three words, then an auxiliary or a copula) ends at that clause
  (``cues._BARE_CLAUSE_NEXT`` in ``_BARE_LISTENER_RE``); the content kept "the
  township" when its head was no listener noun. "told reporters", "told council
  members", "told the Herald" already worked; "told the story of the flood" (no row)
  and "told the township to boil its water" (a directive row) keep their behaviour.
* "Her assertion that the mill would close drew criticism from the union": a speech
  noun's "that" clause whose noun phrase opens the sentence ends where the sentence's
  main predicate starts: an auxiliary or copula ("was met with", "is false", "has not
  been kept") or a past verb with an object ("drew", "angered") once the clause has had
  its own verb phrase (``subject_noun_clauses.subject_clause_end`` in
  ``frames._noun_frames``); it ran on into the predicate. A noun phrase inside the
  sentence ("Critics said her claim that A ...") and a content with a comma keep
  today's clause; a participle after a preposition or a noun ("repairs needed on the
  bridge", "owners based in Toronto") is no predicate.
* "A former Bombers player, 22, said A": a description with capitalised modifiers (a
  team, a place) and a lower-case head before an age set off by commas is the speaker
  (``phrases._aged_description_np``); it gave no row. "Ann Roe, 22, said" (a name) is
  the other rules' and unchanged.
"""

from __future__ import annotations

from tests._quote_rows import has_quote, speech_rows


def test_called_out_after_a_full_name():
    t = 'Firefighters ran to the barn. "Stop the truck!" Ann Roe called out.'
    assert ("Ann Roe", "called out", "Stop the truck!") in speech_rows(t)


def test_called_out_from_with_a_later_cue():
    t = (
        '"Is the water safe?" Ann Roe called out from the back of the hall when '
        "Dale Imrie cited a provincial study."
    )
    assert has_quote(t, "Ann Roe", "Is the water safe?")


def test_called_out_to_a_listener():
    t = '"Stop the truck!" Marc Tremblay called out to the driver. Nobody listened.'
    assert has_quote(t, "Marc Tremblay", "Stop the truck!")


def test_shouted_yelled_back_cried_out_after_a_full_name():
    for verb in ("shouted", "yelled back", "cried out"):
        t = f'"Stop the truck!" Ann Roe {verb}. Nobody listened.'
        assert has_quote(t, "Ann Roe", "Stop the truck!"), verb


def test_called_out_from_work_is_no_speech():
    t = "More than a third of the officers called out from work on Monday."
    assert speech_rows(t) == []


def test_inserted_frame_then_pronoun_and_cue_keeps_both_halves():
    t = "The mill will close in March, the board said Monday, and it also warned that more jobs could go."
    rows = speech_rows(t)
    assert ("the board", "said", "The mill will close in March") in rows
    assert ("the board", "warned", "more jobs could go") in rows
    assert len(rows) == 2


def test_inserted_frame_then_bare_cue_and_that():
    t = "The mill will close in March, Ann Roe said, but added that more jobs could go."
    rows = speech_rows(t)
    assert ("Ann Roe", "said", "The mill will close in March") in rows
    assert ("Ann Roe", "added", "more jobs could go") in rows
    assert len(rows) == 2


def test_inserted_frame_then_and_a_noun_is_no_new_frame():
    t = "The form will be online by Friday, the clerk said, and claims would be paid within 30 days."
    rows = speech_rows(t)
    assert ("the clerk", "said", "The form will be online by Friday") in rows
    assert not any(c == "claims" for _, c, _ in rows)


def test_told_a_lower_case_listener_then_a_bare_clause():
    assert ("She", "told", "the water was safe") in speech_rows(
        "She told the township the water was safe."
    )
    t = "Ann Roe told the township it would pay for the new culvert."
    assert ("Ann Roe", "told", "it would pay for the new culvert") in speech_rows(t)


def test_told_known_listeners_then_a_bare_clause():
    for listener in ("reporters", "council members", "the Herald"):
        t = f"Ann Roe told {listener} the plant would reopen in May."
        assert ("Ann Roe", "told", "the plant would reopen in May") in speech_rows(t), listener


def test_told_a_story_and_told_to_keep_their_rows():
    assert speech_rows("Ann Roe told the story of the flood.") == []
    t = "Ann Roe told the township to boil its water."
    assert speech_rows(t) == [("Ann Roe", "told", "the township to boil its water")]


def test_subject_noun_clause_ends_before_the_main_predicate():
    t = "Her assertion that the mill would close drew criticism from the union."
    assert speech_rows(t) == [("Her", "assertion", "the mill would close")]
    t = "Ann Roe's claim that the water was safe was met with anger at the meeting."
    assert has_quote(t, "Ann Roe", "the water was safe")
    t = "The mayor's warning that taxes would rise angered residents."
    assert has_quote(t, "The mayor", "taxes would rise")


def test_subject_noun_clause_with_a_long_verb_group():
    t = "His promise that the arena would be built by 2028 has not been kept."
    assert speech_rows(t) == [("His", "promise", "the arena would be built by 2028")]


def test_subject_noun_clause_keeps_participle_modifiers():
    t = "Ann Roe's claim that the levy would pay for repairs needed on the bridge was repeated often."
    assert has_quote(t, "Ann Roe", "the levy would pay for repairs needed on the bridge")
    t = "Her claim that the mill would be sold to owners based in Toronto was denied."
    assert has_quote(t, "Her", "the mill would be sold to owners based in Toronto")


def test_object_noun_clause_is_unchanged():
    t = "Critics rejected Ann Roe's claim that the water was safe."
    assert has_quote(t, "Ann Roe", "the water was safe")


def test_listener_and_place_before_that_keep_the_clause_after_that():
    t = "Ann Roe criticized the plan, telling her in a debate that she should resign over the audit."
    assert has_quote(t, "Ann Roe", "she should resign over the audit")


def test_description_with_a_capitalised_modifier_and_an_age():
    t = "A former Bombers player, 22, said the team had changed."
    assert speech_rows(t) == [("a former Bombers player", "said", "the team had changed")]
    t = "The former Toronto player, 22, said that the team had changed."
    assert has_quote(t, "former Toronto player", "the team had changed")


def test_name_with_an_age_is_unchanged():
    assert speech_rows("Ann Roe, 22, said the team had changed.") == [
        ("Ann Roe", "said", "the team had changed")
    ]
