"""bug69: names and types left by session 36 round 1 (own sentences, fictional).

1. An occupational agent noun not in titles.txt ("Herbalist", "Hydrologist": a
   capitalised word ending in -ist or -ician, not a listed given name) opening a mention
   before a listed given name and a surname is a role, not part of the name: "Herbalist
   Ana Roy said" gives "Ana Roy" (``names._agent_noun``, asked by ``names._parse_part``
   and ``names._junk_before_given_name``). Not "-er" ("Musher"): unlisted given names
   end so ("Chandler Tom Vale", "Luther Stan Pate" stay whole); nor a listed given name
   ("Tyler Ana Roy"), a titled name ("Dr Simone de la Rosa"), a two-word name.
2. A company's name (ending in a legal-form suffix) keeps a leading descriptor word:
   "South Prairie Energy Ltd. said" gives "South Prairie Energy Ltd." (``names._parse_part``
   drops descriptor words only from a person's name); a capitalised "First" (also "Now",
   "Again", "Always") before the cue ends an organisation's name, not the adverb of
   "Ann Roe first said" (``lexicon._skips_before_cue``): "... calls itself Prairie Water
   First says" gives "Prairie Water First".
3. A capitalised plural agent noun opening a mention with a lower-case phrase after it
   ("Growers on the benches above the lake say", "Hikers on the trail below the ridge
   said") is typed group (``names._plural_agent_before_phrase`` in ``_stype_static``), not
   an organisation for "Growers" of org_names.txt nor a person; "Growers of Ontario"
   (an "of" and a capitalised name) stays an organisation.
4. A titled person after a company's dotted suffix, inverted after the cue ('"...,"
   said Acme Corp. president and CEO Tom Vale.') is the speaker, not the company
   (``np_right._titled_after_suffix_dot``: lower-case title words, "and", then a listed
   given name and a surname ending the clause); "said Acme Corp." alone and a name that
   goes on into a clause stay as they were.
5. French organisation heads added to resources/french_org_heads.txt (réseau, centre,
   institut, ordre, chambre, union, coalition, mouvement): '"...," said le Réseau de
   transport de la Capitale.' gives the whole name, not "Réseau"; an English name with
   the word ("the Union of Ontario Growers") stays as it was.
6. resolve_speakers joins a bare acronym ("the OPP said", and "The release said" that
   the extractor gives to it) to the organisation speaker whose name's initials spell it
   even when the entity's name came lower-cased ("ontario provincial police"): the
   initials are read from the speaker as written, a leading "the" dropped
   (``analysis.speakers._acronyms_joined``); other initials ("the OPA") stay apart.
"""

from __future__ import annotations

import pandas as pd

from analysis import extract_quotes
from analysis.quotes.lexicon import _skips_before_cue
from analysis.quotes.names import _agent_noun


def typed(text: str) -> list[tuple[str, str]]:
    q = extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]}))
    return list(zip(q["speaker"], q["speaker_type"], strict=True))


def speakers(text: str) -> list[str]:
    return [s for s, _ in typed(text)]


# 1. occupational agent nouns before a name


def test_agent_noun_before_a_name_is_a_role():
    assert speakers('Herbalist Ana Roy said, "The tea is safe to drink."') == ["Ana Roy"]
    assert speakers('"The tea is safe to drink," Herbalist Ana Roy said.') == ["Ana Roy"]
    assert typed('"The hull held," Hydrologist Tom Vale said.') == [("Tom Vale", "person")]


def test_agent_noun_near_negatives():
    assert speakers('"We are ready," Tyler Ana Roy said.') == ["Tyler Ana Roy"]
    assert speakers('"We are ready," Chandler Tom Vale said.') == ["Chandler Tom Vale"]
    assert speakers('"We are ready," Hunter Vale said.') == ["Hunter Vale"]
    assert speakers('"The clinic is open," said Dr Simone de la Rosa.') == ["Simone de la Rosa"]
    assert _agent_noun("Arborist") and not _agent_noun("Musher")
    assert not _agent_noun("Roy") and not _agent_noun("HERBALIST")


# 2. compass and descriptor words opening a company's name; "First" ending a name


def test_company_keeps_its_compass_word():
    text = '"We have no choice," South Prairie Energy Ltd. said in a statement.'
    assert typed(text) == [("South Prairie Energy Ltd.", "organization")]
    text = 'North Ridge Mining Corp. said it would close the mill. "It is a sad day," it said.'
    assert speakers(text)[0] == "North Ridge Mining Corp."


def test_descriptor_still_dropped_before_a_person():
    assert speakers('"We will talk," South Korean envoy Min Ji Park said.') == ["Min Ji Park"]


def test_capitalised_first_ends_a_name():
    text = "A group that calls itself Prairie Water First says the dam must go."
    assert speakers(text) == ["Prairie Water First"]
    text = "Ann Roe first said the dam must go."
    assert speakers(text) == ["Ann Roe"]
    assert _skips_before_cue("first") and not _skips_before_cue("First")


# 3. (item 8) a capitalised plural agent noun with a place phrase is a group


def test_plural_agent_with_a_phrase_is_a_group():
    text = "Growers on the benches above the lake say the frost hurt the vines."
    assert typed(text) == [("Growers on the benches above the lake", "group")]
    text = "Hikers on the trail below the ridge said the path is washed out."
    assert typed(text) == [("Hikers on the trail below the ridge", "group")]


def test_plural_agent_naming_a_body_stays():
    text = "Growers of Ontario said the frost hurt the vines."
    assert typed(text) == [("Growers of Ontario", "organization")]


# 4. (item 3) a titled person after a company's dotted suffix


def test_titled_person_after_company_suffix():
    text = '"We are ready to build," said Acme Corp. president and CEO Tom Vale.'
    assert typed(text) == [("Tom Vale", "person")]
    text = '"We are ready to build," said Birchwood Ltd. president Ana Roy.'
    assert speakers(text) == ["Ana Roy"]


def test_company_suffix_without_a_titled_name_stays():
    text = '"We are ready to build," said Acme Corp. in a statement.'
    assert speakers(text) == ["Acme Corp."]
    text = '"We are ready," said Acme Corp. president Tom Vale was there.'
    assert speakers(text) == ["Acme Corp."]


# 5. (item 5) more French organisation heads (resources/french_org_heads.txt)


def test_french_name_after_le_is_whole():
    text = '"The buses will run on time," said le Réseau de transport de la Capitale.'
    assert typed(text) == [("Réseau de transport de la Capitale", "organization")]
    text = "Le Centre de santé de la Baie said the clinic will reopen in May."
    assert speakers(text) == ["Centre de santé de la Baie"]


def test_english_names_with_the_new_heads_stay():
    text = '"Prices are fair," said the Union of Ontario Growers.'
    assert speakers(text) == ["the Union of Ontario Growers"]


# 6. (item 7) an acronym joins a body whose entity name came lower-cased


def _resolved(text):
    from analysis import resolve_speakers

    a = pd.DataFrame({"article_id": ["t"], "text": [text]})
    return resolve_speakers(extract_quotes(a), a)


def test_acronym_joins_police_body():
    text = (
        "Two anglers were rescued from an ice floe on Sunday, Ontario Provincial Police said."
        '\n\n"The driver was taken to hospital," the OPP said in a news release.'
        '\n\n"Speed may have been a factor," the release said.'
    )
    r = _resolved(text)
    assert r["speaker_id"].nunique() == 1
    assert list(r["speaker"])[:2] == ["Ontario Provincial Police", "the OPP"]


def test_acronym_with_other_initials_stays_apart():
    text = (
        "Two anglers were rescued on Sunday, Ontario Provincial Police said."
        '\n\n"The driver was taken to hospital," the OPA said.'
    )
    assert _resolved(text)["speaker_id"].nunique() == 2
