"""bug67: names and speaker types left by session 35 round 1 (own sentences, fictional).

1. A French organisation's name that ends in a lower-case word, written after the verb
   ('"...," said the Comité des citoyens du lac.'), is the speaker as a whole, typed an
   organisation (``french_org_names.french_lower_name_written``); an English word ends
   the name ("... du lac on Monday", "... du lac and the mayor"); a name ending in a
   capitalised word ("du Lac-Vert") and a person's particle name ("Marie de la Roche")
   stay as they were.
2. "said a spokesperson for the Commission de la construction du Québec": the
   prepositional object of a description after the verb runs over the whole French name
   (``french_org_names.french_name_right_end``, asked by ``np_right``); "for the
   Commission of inquiry" (no French connector) is not extended.
3. Voice parts and players' instruments are role titles (resources/titles.txt: "soprano",
   "alto", "tenor", "bass", "cellist", "pianist", ...): "Soprano NAME said" gives NAME;
   "Alto NAME and bass NAME2 said" gives the two names; a pair named with a lower-case
   role title before the second name is the pair of "the two singers said"
   (``pair_named._PAIR_NAMED_RE`` group 2, a role title only: "Ann Roe and partner Tom
   Vale" stays "the two"); companies and surnames with the words ("Bass Group", "Palo
   Alto Networks", "Karen Bass") stay as they were.
4. "The retired pharmacist NAME will ..." and "Lena Roe's husband, the retired pharmacist
   NAME, will ..." make NAME the clause subject, so a following "He said" is NAME
   (``mentions._modified_title_subject``: "The" and variation modifiers,
   resources/variation_modifiers.txt, before a title; or "the [modifier] <title>" in
   apposition to a described subject); "The orchestra hired pharmacist" (an object) and
   an unlisted modifier ("The nervous pharmacist") are not.
"""

from __future__ import annotations

import pandas as pd

from analysis import extract_quotes
from analysis.quotes.lexicon import lexicon
from analysis.quotes.mentions import _modified_title_subject


def typed(text: str) -> list[tuple[str, str]]:
    q = extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]}))
    return list(zip(q["speaker"], q["speaker_type"], strict=True))


def speakers(text: str) -> list[str]:
    return [s for s, _ in typed(text)]


# 1. French names ending in a lower-case word after the verb


def test_french_lower_ended_name_after_the_verb():
    text = '"We will keep pressing the town for a cleanup," said the Comité des citoyens du lac.'
    assert typed(text) == [("Comité des citoyens du lac", "organization")]
    text = '"The shoreline is in poor shape," said the Regroupement des riverains du lac on Monday.'
    assert typed(text) == [("Regroupement des riverains du lac", "organization")]
    text = '"We are worried," said the Syndicat des travailleurs de la construction.'
    assert typed(text) == [("Syndicat des travailleurs de la construction", "organization")]


def test_french_lower_ended_name_stops_at_english_words():
    text = '"We are worried," said the Comité des citoyens du lac and the mayor.'
    assert speakers(text) == ["Comité des citoyens du lac"]
    text = '"We are worried," said the Comité des citoyens du lac, which met Monday.'
    assert speakers(text) == ["Comité des citoyens du lac"]


def test_french_names_near_negatives():
    text = '"We are worried," said the Comité des citoyens du Lac-Vert.'
    assert typed(text) == [("Comité des citoyens du Lac-Vert", "organization")]
    assert typed('"We are worried," said Marie de la Roche.') == [("Marie de la Roche", "person")]


# 2. "a spokesperson for" a French name, after the verb


def test_spokesperson_for_french_name_after_the_verb():
    text = (
        '"The permits were issued too quickly," said a spokesperson for the Commission de '
        "la construction du Québec."
    )
    assert speakers(text) == ["a spokesperson for the Commission de la construction du Québec"]
    text = '"The water is low," said a spokeswoman for the Comité des citoyens du lac.'
    assert speakers(text) == ["a spokeswoman for the Comité des citoyens du lac"]


def test_spokesperson_for_english_commission_not_extended():
    text = '"We are worried," said a spokesperson for the Commission of inquiry.'
    assert speakers(text) == ["a spokesperson for the Commission"]


# 3. voice parts and instruments as role titles; a titled pair


def test_voice_part_before_name():
    text = 'Soprano Lise Gauvreau said the hall was cold. "We sang in our coats," she said.'
    assert speakers(text) == ["Lise Gauvreau", "Lise Gauvreau"]
    text = '"We rehearsed for three months," Alto Mira Haddad and bass Tom Ruel said.'
    assert speakers(text) == ["Mira Haddad and Tom Ruel"]


def test_titled_pair_is_the_two_singers():
    text = (
        "Alto Mira Haddad and bass Tom Ruel have sung together for years. Nobody believed "
        "the news at first, the two singers said."
    )
    assert speakers(text) == ["Mira Haddad and Tom Ruel"]
    text = (
        "Mayor Ann Roe and councillor Tom Vale toured the site. The project was late, the two said."
    )
    assert speakers(text) == ["Ann Roe and Tom Vale"]


def test_pair_with_other_lower_case_word_stays():
    text = "Ann Roe and partner Tom Vale toured the site. The project was late, the two said."
    assert speakers(text) == ["the two"]


def test_voice_words_in_names_stay():
    text = "Bass Group said its profit rose. Palo Alto Networks said sales rose."
    assert typed(text) == [("Bass Group", "organization"), ("Palo Alto Networks", "organization")]
    text = "Karen Bass said the bill would pass. Bass said the vote would come Tuesday."
    assert speakers(text) == ["Karen Bass", "Karen Bass"]


# 4. "The retired <title> NAME" as a clause subject


_BEFORE = "Tom Ruel was less sure. He said the director had talked about leaving for years.\n"


def test_retired_title_name_is_the_subject():
    text = (
        _BEFORE + "The retired pharmacist Kofi Mensah-Boateng will be in the front row on "
        "Sunday. He said he had been to every one of her concerts."
    )
    assert speakers(text) == ["Tom Ruel", "Kofi Mensah-Boateng"]


def test_husband_the_retired_title_name_is_the_subject():
    text = (
        _BEFORE + "Lena Marsh-Obi’s husband, the retired pharmacist Kofi Mensah-Boateng, will "
        "be in the front row on Sunday. He said he had been to every one of her concerts."
    )
    assert speakers(text) == ["Tom Ruel", "Kofi Mensah-Boateng"]
    text = (
        _BEFORE + "Her husband, the pharmacist Kofi Mensah-Boateng, will be in the front row "
        "on Sunday. He said he had been to every one of her concerts."
    )
    assert speakers(text) == ["Tom Ruel", "Kofi Mensah-Boateng"]


def test_object_or_unlisted_modifier_is_no_modified_title_subject():
    lex = lexicon()
    assert _modified_title_subject("The retired pharmacist".split(), lex)
    assert not _modified_title_subject("The orchestra hired pharmacist".split(), lex)
    assert not _modified_title_subject("The nervous pharmacist".split(), lex)
    assert not _modified_title_subject("The retired pharmacy".split(), lex)
