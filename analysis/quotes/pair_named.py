"""Pair named together: a plural pair mention ("the two said", "both men said", "the
couple said", "the sisters said") whose two people the article wrote together, joined by
"and", outside quotations in the same or the previous paragraph: "Harjeet and Colette
Roe" (one surname, as the annotation writes a couple), "Ann Roe and Tom Vale" (two full
names, also with a description after the first: "Ann Roe, a former pilot, and Tom Vale",
or in apposition: "Both councillors from the east end, Ann Roe and Tom Vale,
voted against"), after a lower-case or capitalised plural noun ("Brothers Emeka and
Stellan Roe", "two sisters who work on the line, Ana and Eva Roe,"). The other pair
rules (``groups._resolve_pair``, ``groups._resolve_family_pair``,
``pair_mentions``) need the two quoted before, a clause subject, a counted group or two
full names of one surname; this one is their fallback for two people named together and
not (both) quoted yet. A plural pronoun ("They said") left as the bare plural of a
counted group ("Two members of the club, Ann Roe and Tom Vale, spoke") is that apposed
pair (``they_counted_pair``).
"""

from __future__ import annotations

import re

from .antecedents import _unquoted_before
from .lexicon import load_titles
from .orgs import _this_paragraph_and_the_one_before
from .pair_kin_apposed_named import kin_apposed_pairs
from .usage import _place_or_org

# "Ann and Tom Roe" / "Ann Roe and Tom Vale" (each name one to three capitalised words,
# accented letters included: "Réjean Aubé"; a leading plural noun or title such as
# "Brothers" is dropped by ``_pair_named_parts``; a lower-case title before the second
# name, "Alto Ann Roe and bass Tom Vale", group 2, must be in the title list)
_PAIR_NAMED_RE = re.compile(
    r"(?<![\w'’.-])((?:[A-ZÀ-ÖØ-Þ][\w'’.-]*[ \t]+){0,2}[A-ZÀ-ÖØ-Þ][\w'’-]*[a-zß-öø-ÿ])[ \t]+and[ \t]+"
    r"(?:([a-z][\w-]*)[ \t]+)?"
    r"([A-ZÀ-ÖØ-Þ][\w'’-]*[a-zß-öø-ÿ](?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]*[a-zß-öø-ÿ]){1,2})(?![\w'’-]|[ \t]+[A-Z])"
)

# the role titles ("bass", "councillor") that may stand before the pair's second name
_ROLE_TITLES = frozenset(load_titles()["role"])

# "Ann Roe, a former harbour pilot, and Tom Vale" (two full names, the first with a
# description between commas opened by "a", "an" or "the")
_PAIR_APPOSED_RE = re.compile(
    r"(?<![\w'’.-])([A-ZÀ-ÖØ-Þ][\w'’-]*[a-zß-öø-ÿ](?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]*[a-zß-öø-ÿ]){1,2}),[ \t]+(?:an?|the)[ \t]+"
    r"[a-z][^,;:()\x01\n\"“”]{1,60},[ \t]+and[ \t]+"
    r"([A-ZÀ-ÖØ-Þ][\w'’-]*[a-zß-öø-ÿ](?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]*[a-zß-öø-ÿ]){1,2})(?![\w'’-]|[ \t]+[A-Z])"
)


def named_pair_before(an, at, reach=900):
    """The two people last written together ("Ann and Tom Roe", "Ann Roe and Tom Vale")
    outside quotations in the paragraph of ``at`` or the one before it, within ``reach``
    characters, as one speaker string; None when there is no such pair or either name's
    surname is no person of the article.

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Brothers Emeka and Stellan Roe drove in. They said it was hot. The two said"
    >>> an = _ArticleNames(t, [(0, 40), (41, 62), (63, len(t))], lexicon(), None)
    >>> named_pair_before(an, len(t) - 12)
    'Emeka and Stellan Roe'
    """
    lo, seg = _unquoted_before(an, at, reach)
    if " and " not in seg:
        return None
    seg = _this_paragraph_and_the_one_before(seg)
    best = None
    for m in _PAIR_NAMED_RE.finditer(seg):
        if m.group(2) is not None and m.group(2) not in _ROLE_TITLES:
            continue  # "Ann Roe and bass Tom Vale": a lower-case role title only
        parts = _pair_named_parts(an, at, m.group(1).split(), m.group(3).split())
        if parts is not None:
            best = m.start(), parts
    for start, first, second in kin_apposed_pairs(seg):  # "Ann Roe and her brother, Tom Roe"
        parts = _pair_named_parts(an, at, first, second)
        if parts is not None and (best is None or start > best[0]):
            best = start, parts
    if ", and " in seg:  # "Ann Roe, a former pilot, and Tom Vale, a developer"
        for m in _PAIR_APPOSED_RE.finditer(seg):
            parts = _pair_named_parts(an, at, m.group(1).split(), m.group(2).split())
            if parts is not None and (best is None or m.start() > best[0]):
                best = m.start(), parts
    return None if best is None else best[1]


def _pair_named_parts(an, at, first, second):
    """The speaker string of one "A and B" match (``first``/``second`` its words), or
    None when the words are no two people."""
    lex = an.lex
    # a capitalised plural noun or a title before the first name ("Brothers", "Dr.")
    while len(first) > 1 and (first[0].endswith(".") or _pair_named_noun(first[0].lower(), lex)):
        first = first[1:]
    if not an.by_last.get(second[-1].lower()) or _place_or_org(" ".join(second), lex):
        return None
    if len(first) == 1:
        if first[0].lower() in lex.nouns or _pair_named_noun(first[0].lower(), lex):
            return None  # ("Police and Tom Roe")
        if _pair_third_namesake(an, at, {first[0], second[0]}, second[-1].lower()):
            return None  # ("Ann and Tom Roe bought it from Carl Roe": which two?)
        return f"{first[0]} and {' '.join(second)}"
    if not an.by_last.get(first[-1].lower()) or _place_or_org(" ".join(first), lex):
        return None
    return f"{' '.join(first)} and {' '.join(second)}"


def _pair_third_namesake(an, at, given, last):
    """Does the article name, before ``at``, a full name of surname ``last`` whose first
    word is none of the pair's ``given`` names?"""
    for e in an.by_last.get(last, ()):
        if e[0] < at and len(e[1]) > 1 and not e[3][7]:
            if an.canonical(list(e[1])).split()[0] not in given:
                return True
    return False


def _pair_named_noun(word, lex):
    """Is ``word`` (lower case) a person noun or its plural ("brothers", "councillors")?"""
    return (
        word in lex.nouns
        or word in lex.titles
        or (word.endswith("s") and (word[:-1] in lex.nouns or word[:-1] in lex.titles))
    )


def fill_named_pair(an, q, groups):
    """Fill ``q``'s speaker with ``named_pair_before`` its mention (a group, also added to
    ``groups``); True when filled.

    >>> fill_named_pair.__name__
    'fill_named_pair'
    """
    named = named_pair_before(an, q.m_start)
    if named is None:
        return False
    q.speaker, q.stype = named, "group"
    groups.append((q.m_start, q.speaker, "group"))
    return True


# "Two members of the club, Ann Roe and Tom Vale," / "Both councillors, Ann Roe and Tom
# Vale,": a count, up to two modifiers and the plural head (group 1), up to 80 characters
# of post-modifier, then the apposed pair (groups 2 and 3) closed by a comma
_COUNTED_PAIR_RE = re.compile(
    r"\b(?:[Tt]wo|[Bb]oth)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}([a-z][\w-]*s)\b[^.;:!?\n]{0,80}?,[ \t]+"
    r"([A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]*){1,2})[ \t]+and[ \t]+"
    r"([A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]*){1,2}),"
)


_SENTENCE_END_RE = re.compile(r"[.!?][ \t\n]")


def they_counted_pair(an, quotes, reach=900):
    """Give "They" / "they", resolved to the bare plural of a counted group ("members"),
    the two people apposed to that group in the same or the previous paragraph, outside
    quotations ("Two members of the club, Ann Roe and Tom Vale, spoke. They said A" ->
    "Ann Roe and Tom Vale"), also a "They" left unresolved in the next sentence; speaker
    strings only, and
    only when both names are people of the article.

    >>> _COUNTED_PAIR_RE.search("Two members of the club, Ann Roe and Tom Vale, spoke").groups()
    ('members', 'Ann Roe', 'Tom Vale')
    """
    for q in quotes:
        sp = q.speaker or ""
        if (q.mention or "").lower() != "they" or " " in sp or not sp[1:].islower():
            continue
        _lo, seg = _unquoted_before(an, q.m_start, reach)
        if " and " not in seg:
            continue
        last, seg = None, _this_paragraph_and_the_one_before(seg)
        for m in _COUNTED_PAIR_RE.finditer(seg):
            last = m
        if last is None or (sp.lower() != "they" and last.group(1) != sp):
            continue
        if sp.lower() == "they" and len(_SENTENCE_END_RE.findall(seg, last.end())) > 1:
            continue  # an unresolved "They" only in the next sentence ("Farmers waved.")
        parts = _pair_named_parts(an, q.m_start, last.group(2).split(), last.group(3).split())
        if parts is not None:
            q.speaker, q.stype = parts, "group"
