"""Pair mentions: "Both critics said", "Both of them said", "Both men said" as the
speaker. This module owns three readings of a "both ..." mention the other pair rules
(``groups._resolve_pair``, ``roles._resolve_both_described``) leave open: "both of them"
/ "the two of them" are the last two people quoted, as "the two" is; "both men" / "both
women" right after a counted group of people ("Two truck drivers parked nearby said ...
Both men said") are that group; "both critics" (a person noun) are the two people the
article titled so before their names ("finance critic Ann Roe ... Liberal critic Tom
Vale"); "the two singers" / "the two drivers" (a person noun after "the two") are read as
"the two" is (``groups._resolve_pair``: "Ann Roe and Tom Vale have sung for years. ...,
the two singers said").
"""

from __future__ import annotations

import re

from .antecedents import _unquoted_before
from .groups import _last_counted_group, _plural_role_res, _resolve_pair
from .lede_named_next import _PERSON_NOUNS
from .lexicon import _lines
from .pair_named import fill_named_pair
from .pair_sentence_before import pair_in_sentence_before

_PAIR_OF_THEM = frozenset(("both of them", "the two of them"))
_PAIR_SEXED = frozenset(("both men", "both women", "the two men", "the two women"))
# relations and players: "the two teammates" (resources/pair_person_nouns.txt)
_PAIR_PERSON_NOUNS = frozenset(_lines("pair_person_nouns.txt"))
_PAIR_TITLED_RE = re.compile(r"(?:both|the[ \t]+two)[ \t]+([a-z]+)s")


def resolve_pair_mention(an, q, lm, persons, groups):
    """Fill the speaker of a "both ..." mention ``lm`` (see the module doc); True when
    filled.

    >>> _PAIR_TITLED_RE.fullmatch("both critics").group(1)
    'critic'
    """
    if lm in _PAIR_OF_THEM:
        return _resolve_pair(an, q, persons, groups) or _pair_last_quoted(q, persons, groups)
    if lm in _PAIR_SEXED:
        return (
            _pair_counted_group(an, q, groups)
            or fill_named_pair(an, q, groups)
            or pair_in_sentence_before(an, q, lm, groups)  # "A works with B. Both men say"
        )
    m = _PAIR_TITLED_RE.fullmatch(lm)
    noun = None if m is None else _person_singular(m.group(1))
    if noun is None:
        return False
    if lm.startswith("the two "):  # "the two singers said": the pair named just before
        return _resolve_pair(an, q, persons, groups) or _pair_quoted_apart(
            an.text, q, persons, groups
        )
    return _pair_titled(an, q, noun, groups)


def _person_singular(stem):
    """The singular person noun of a plural whose final "s" is cut off (``stem``:
    "critic", "coache", "teammate"): a title or role noun or a listed relation
    (resources/pair_person_nouns.txt), an "-es" plural too ("coaches"); None for any
    other noun ("companie", "plan").

    >>> [_person_singular(w) for w in ("critic", "coache", "teammate", "companie")]
    ['critic', 'coach', 'teammate', None]
    """
    for noun in (stem, stem[:-1] if stem.endswith(("che", "she", "sse", "xe")) else None):
        if noun and (noun in _PERSON_NOUNS or noun in _PAIR_PERSON_NOUNS):
            return noun  # (not every speaker noun: PolNeAR's gold keeps "The two voters")
    return None


def _pair_last_quoted(q, persons, groups, reach=1200):
    """ "Lorraine ... Raymond ... Both of them said": the last two people quoted, both in
    the ``reach`` characters before the mention, in the order named; False otherwise."""
    names_: list = []
    for pos, canon, _g in reversed(persons):
        if q.m_start - pos > reach:
            break
        if canon not in names_:
            names_.append(canon)
        if len(names_) == 2:
            q.speaker, q.stype = " and ".join(reversed(names_)), "group"
            groups.append((q.m_start, q.speaker, "group"))
            return True
    return False


def _pair_quoted_apart(text, q, persons, groups, reach=1200):
    """ "Brandt said ... Okafor said ... the two teammates said": the only two people
    quoted in the ``reach`` characters before the mention, in the order quoted; False
    when a third person is quoted there too, or fewer than two, or when the mention is
    part of another ("One of the two directors said": one of them).

    >>> class Q: m_start, speaker, stype = 900, "the two teammates", "group"
    >>> q = Q()
    >>> t = " " * 900
    >>> _pair_quoted_apart(t, q, [(100, "Ann Roe", "f"), (500, "Tom Vale", "m")], []), q.speaker
    (True, 'Ann Roe and Tom Vale')
    >>> _pair_quoted_apart(t, q, [(90, "Eva Lee", "f"), (100, "Ann Roe", "f"), (500, "Tom Vale", "m")], [])
    False
    """
    if text[max(0, q.m_start - 4) : q.m_start].lower() == " of ":
        return False
    names_: list = []
    for pos, canon, _g in reversed(persons):
        if q.m_start - pos > reach:
            break
        if pos < q.m_start and canon not in names_:
            names_.append(canon)
    if len(names_) != 2:
        return False
    q.speaker, q.stype = " and ".join(reversed(names_)), "group"
    groups.append((q.m_start, q.speaker, "group"))
    return True


def _pair_counted_group(an, q, groups, reach=700):
    """ "Two truck drivers parked nearby said ... Both men said": the counted group of
    people written last in this or the previous paragraph, outside quotations ("truck
    drivers"); False when there is none or its noun is no person's."""
    seg, last = _last_counted_group(an, q.m_start, reach)
    if last is None:
        return False
    words = seg[last.start() :].split()[1:5]
    for i, w in enumerate(words):
        one = w.rstrip(",.;:").lower()
        if one.endswith("s") and (
            (sg := one[:-1]) in an.lex.titles
            or sg in _PERSON_NOUNS
            or an.lex.nouns.get(sg) == "anonymous"
        ):
            q.speaker, q.stype = " ".join(words[:i] + [w.rstrip(",.;:")]), "group"
            break
        if one != w.lower():
            return False  # (the group's noun phrase ends at a punctuation mark)
    else:
        return False
    groups.append((q.m_start, q.speaker, "group"))
    return True


def _pair_titled(an, q, noun, groups, reach=4000):
    """ "finance critic Ann Roe ... Liberal critic Tom Vale ... Both critics said": the two
    people the ``reach`` characters before (outside quotations) title or describe by
    ``noun``, in the order named; False unless exactly two."""
    _lo, seg = _unquoted_before(an, q.m_start, reach)
    if noun not in seg:
        return False  # (the cheap test first)
    found: dict = {}
    for rx in _plural_role_res(noun):
        for d in rx.finditer(seg):
            words = d.group(1).split()
            if words[-1].lower() in an.lex.org_words:
                continue
            found.setdefault(an.canonical(words), d.start(1))
    if len(found) != 2:
        return False
    q.speaker, q.stype = " and ".join(sorted(found, key=found.get)), "group"
    groups.append((q.m_start, q.speaker, "group"))
    return True
