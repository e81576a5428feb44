"""Surnames that are organisation words: "Ann Church", "Tom Bank", "Mr. Court" name a
person, although "Church", "Court", "Bank" and "House" are listed organisation names
("Grace Church", "Supreme Court", "Royal Bank", "Hope House"). This module owns telling
that person for the speaker type (``surname_org_person``, asked by
``speaker_types._name_type_of`` before its listed-organisation test): an honorific
before the surname, or a given name of known sex that is no virtue or saint's name
used for churches, shelters and halls ("Grace", "Hope", "Trinity", "Mark").
"""

from __future__ import annotations

# listed organisation names that are also common surnames
_SURNAME_ORG_WORDS = frozenset(("Church", "Court", "Bank", "House"))

# given names that also name churches, shelters and halls ("Grace Church", "Hope House")
_INSTITUTION_GIVEN = frozenset(
    "grace hope faith trinity christ emmanuel immanuel mercy joy charity victory zion "
    "bethel calvary providence unity harmony liberty destiny shiloh mission gospel "
    "covenant glory heaven angel saint st paul peter john mary james andrew luke mark "
    "matthew stephen joseph thomas david michael ronald".split()
)

_HONORIFICS = frozenset(("mr", "mrs", "ms", "dr", "miss"))


def surname_org_person(toks, first, honorific=True) -> bool:
    """Do the name tokens ``toks`` name a person whose surname is an organisation word?
    ``first``: lower-case given name -> "m" | "f" | ""; ``honorific``: does "Mr. Bank"
    count (the quote layer keeps its older reading of an honorific run)?

    >>> first = {"ann": "f", "grace": "f"}
    >>> [surname_org_person(n.split(), first) for n in ("Ann Church", "Mr. Bank", "Grace Church")]
    [True, True, False]
    """
    if len(toks) != 2 or toks[-1] not in _SURNAME_ORG_WORDS or not toks[0][:1].isupper():
        return False
    given = toks[0].lower().rstrip(".")
    if given in _HONORIFICS:
        return honorific
    return first.get(given) in ("m", "f") and given not in _INSTITUTION_GIVEN
