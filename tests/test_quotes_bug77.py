"""bug77's rules (session 40 round 2, names and speaker types left by round 1), each
checked on sentences written for this file.

* "Chair of the Halifax Board of Trade Tom Vale said": a title with "of" before a
  given name is the person also when the walk left hopped over an organisation's own
  "of" ("Board of Trade", "Bank of Nova Scotia") to reach the title
  (``np_left._left_np1``: the title test looks at the word the hops reached); it was
  the organisation "Halifax Board of Trade Tom Vale". "Chair of the Halifax Board of
  Trade said" (no name) names no person, "Tom Vale of the Halifax Board of Trade said"
  the person.
* "The communique said", "The prospectus said", "The summary said", "The decree said":
  document nouns (``speaker_nouns.txt``; ``speaker_types._DOC_WORDS``) are a document
  as "the report" is; they were typed unknown (Reuters' largest unknown classes after
  pronouns). "A summary judge said" stays an unnamed person.
* "Cape Bretoners said" where the article writes "Cape Breton": two or three
  capitalised words ending in "-ers" whose stem is a place the article writes as a
  whole word are its people, a group (``plural_names._demonym_plural`` with the text);
  it was the person "Cape Bretoners". Without the place written ("Cape Bretoners said"
  alone) or "Fort Myers" (no "Fort My" written) nothing changes.
* "A visiting Canadian Mint official said": an "-ing" word right after "a" / "an" /
  "the" / "one" with more words after it modifies the head, it does not end it
  (``names._stype_static``): an unnamed person (was unknown). "A man visiting the site"
  still cuts at the participle. "A (growing) number of economists said": "number" /
  "handful" before "of" count a group (``names._COUNT_HEADS``; it was an unnamed
  person).
* "Biologist Dr. Marie Gagnon of the Université du Québec à Rimouski says": a name
  with a given name or a title before "of" / "at" / "from" and a French
  organisation's name is the person, as before an English one
  (``np_left._person_of_french_name``); it was the university. "The Caisse Populaire
  of the Université ..." (no given name, no title) and "The Université du Québec à
  Rimouski says" stay the organisation.
* '"...," said one Democrat familiar with the discussion.': after the cue, an
  indefinite phrase ("a", "one", "two", "several", ...) takes "familiar with" /
  "close to" / "privy to" and its object up to the clause's end
  (``np_right.familiar_end``), as it does before the cue ("One Democrat familiar with
  the discussion said"); it was cut to "one Democrat" ("one aide close"). A name
  ("said Ann Lee, a Liberal close to the premier") stays the name.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows


def _speakers(text: str) -> list[tuple[str, str]]:
    return quote_rows(text, "speaker", "speaker_type")


def test_title_of_org_of_place_before_a_name_is_the_person():
    text = "Chair of the Halifax Board of Trade Tom Vale said the port would grow."
    assert _speakers(text) == [("Tom Vale", "person")]
    text = "President of the Bank of Nova Scotia Ann Lee said rates would rise in spring."
    assert _speakers(text) == [("Ann Lee", "person")]


def test_title_of_org_of_place_without_a_name_is_unchanged():
    text = "Chair of the Halifax Board of Trade said the port would grow."
    assert all(t != "person" for _, t in _speakers(text))
    text = "Tom Vale of the Halifax Board of Trade said the port would grow."
    assert _speakers(text) == [("Tom Vale", "person")]
    text = "Minister of Trade Ann Lee said the deal was good for Nova Scotia."
    assert _speakers(text) == [("Ann Lee", "person")]


def test_document_nouns_are_documents():
    text = "The communique said the talks in Moncton would resume in March."
    assert _speakers(text) == [("the communique", "document")]
    text = "The prospectus said the shares would list in Toronto in May."
    assert _speakers(text) == [("the prospectus", "document")]
    text = "The summary said the plan was sound. The decree said the ban on trawling would hold."
    assert _speakers(text) == [("the summary", "document"), ("the decree", "document")]


def test_document_noun_as_a_modifier_is_not_the_head():
    text = "A summary judge said the case against the mill would proceed."
    assert _speakers(text) == [("a summary judge", "anonymous")]


def test_demonym_of_a_place_the_article_writes_is_a_group():
    text = "The ferry to Cape Breton was late again. Cape Bretoners said the service had failed."
    assert _speakers(text) == [("Cape Bretoners", "group")]
    text = "Snow closed Port Selvane on Monday. Many Port Selvaners said the plows were late."
    assert _speakers(text)[-1][1] == "group"


def test_demonym_without_the_place_written_is_unchanged():
    text = "Cape Bretoners said the ferry was late."
    assert _speakers(text) == [("Cape Bretoners", "person")]
    text = "The storm hit Fort Myers on Monday. Fort Myers said the roads were closed."
    assert all(t != "group" for _, t in _speakers(text))


def test_participle_after_the_determiner_modifies_the_head():
    text = "A visiting Canadian Mint official said the coins were ready."
    assert _speakers(text) == [("a visiting Canadian Mint official", "anonymous")]
    text = "A growing number of economists said rates would rise."
    assert _speakers(text) == [("a growing number of economists", "group")]


def test_participle_after_the_head_still_cuts():
    text = "A man visiting the site said the cod were back."
    assert _speakers(text) == [("a man visiting the site", "anonymous")]
    text = "The ruling said the ban on trawling would hold."
    assert _speakers(text) == [("the ruling", "document")]


def test_titled_name_before_a_french_institution_is_the_person():
    text = (
        "Biologist Dr. Marie Gagnon of the Université du Québec à Rimouski says the cod are back."
    )
    assert _speakers(text) == [("Marie Gagnon", "person")]
    text = "Professor Leclerc of the Université du Québec à Rimouski says the cod are back."
    assert _speakers(text) == [("Leclerc", "person")]


def test_french_institution_without_a_person_before_it_stays():
    text = "The Université du Québec à Rimouski says tuition will rise in the fall."
    assert _speakers(text) == [("the Université du Québec à Rimouski", "organization")]
    text = "The Caisse Populaire of the Université du Québec à Rimouski says fees will rise."
    assert all(t != "person" for _, t in _speakers(text))


def test_post_cue_unnamed_source_keeps_its_post_modifier():
    text = '"The bill will pass," said one Liberal familiar with the discussion.'
    assert _speakers(text) == [("one Liberal familiar with the discussion", "anonymous")]
    text = '"The bill will pass," said one aide close to the premier, who asked not to be named.'
    assert _speakers(text) == [("one aide close to the premier", "anonymous")]
    text = '"The vote is set," said a source familiar with the caucus\'s plans for Halifax.'
    assert _speakers(text) == [
        ("a source familiar with the caucus's plans for Halifax", "anonymous")
    ]


def test_post_cue_name_takes_no_post_modifier():
    text = '"The bill will pass," said Ann Lee, a Liberal close to the premier.'
    assert _speakers(text) == [("Ann Lee", "person")]
    text = '"The bill will pass," said the aide on Monday.'
    assert _speakers(text)[0][0] == "the aide"
