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
