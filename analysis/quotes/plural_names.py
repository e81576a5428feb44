"""Lone capitalised plurals as speakers (``plural_name_type``): "Oilers said" after
"the Oilers" is the team the article writes with "the" (an organisation), and
"Islanders said" / "Manitobans said" / "Musicians said" are people of a region or a
plural of a person noun (a group), never a person named so; a person the article
names in full or with a title ("Ann Sanders ... Sanders said", "Mr. Parsons") and a
listed given name ("Agnes") stay persons. Asked by roles._resolve_named for a
speaker the name rules typed person."""

from __future__ import annotations

import re

from .._tokens import default_stopwords
from .article_memo import article_memo as _article_memo
from .lexicon import LISTED_PLACES, _lines, load_titles

# singular demonyms of regions ("islander", "nova scotian"), lower case
_REGIONAL_DEMONYMS = frozenset(_lines("regional_demonyms.txt"))

# last words of "the <Plural>" that are no team's (events, parties, countries)
_NOT_TEAMS = frozenset(_lines("team_name_nonteams.txt"))

_SHORT_CAP_PLURAL = re.compile(r"[A-Z][a-z]{3,}s")

# verbs after "the <Plural>" that make it a name on its own ("the Oilers won")
_TEAM_VERBS = frozenset(
    "are were have has had will would can could won win wins lost lose loses beat beats play "
    "plays host hosts visit visits need needs face faces did do in on at against".split()
)


def _people_singulars() -> frozenset:
    """Lower-case singular nouns for people: the role titles and the nationality or
    party descriptors ending in "an" of ``titles.txt``, and the regional demonyms."""
    t = load_titles()
    return (
        t["role"] | frozenset(w for w in t["descriptor"] if w.endswith("an")) | _REGIONAL_DEMONYMS
    )


_PEOPLE = _people_singulars()

# singular demonyms of nations: the [descriptor] titles ending in "an" ("canadian")
_NATION_DEMONYMS = frozenset(w for w in load_titles()["descriptor"] if w.endswith("an"))


def _people_plural(word: str, lex) -> bool:
    """Is the capitalised ``word`` the plural of a noun for people ("Musicians",
    "Islanders", "Canadians") or a demonym of a listed place ("Ohioans", "Albertans")?

    >>> from analysis.quotes.lexicon import lexicon
    >>> [_people_plural(w, lexicon()) for w in ("Islanders", "Ohioans", "Albertans", "Rogers")]
    [True, True, True, False]
    """
    low = word.lower()
    one = low[:-1]
    if one in _PEOPLE or lex.nouns.get(one) in ("anonymous", "group"):
        return True
    if low.endswith("es") and lex.nouns.get(low[:-2]) in ("anonymous", "group"):
        return True  # "Witnesses"
    stems = (word[:-3], word[:-2], word[:-4] + "a") if low.endswith("ans") else (word[:-2],)
    return low.endswith("ns") and any(
        s in LISTED_PLACES or s in lex.place_names for s in stems if len(s) > 2
    )


def _demonym_plural(words: list[str], lex, text: str = "") -> bool:
    """Do the capitalised ``words`` end in the plural of a demonym: of a region
    (``regional_demonyms.txt``: "Rural Manitobans", "Prince Albertans"), of a nation
    (the [descriptor] titles ending in "an": "Ordinary Canadians"), or of a place the
    words spell out that is listed ("Prince Edward Islanders", "New Yorkers") or that
    ``text`` writes as a whole word ("Cape Bretoners" where "Cape Breton" is written;
    not "Fort Myers")?

    >>> from analysis.quotes.lexicon import lexicon
    >>> [_demonym_plural(w.split(), lexicon()) for w in
    ...  ("Prince Edward Islanders", "New Yorkers", "Young Canadians", "Calgary Flames")]
    [True, True, True, False]
    """
    one = words[-1].lower()[:-1]
    if one in _REGIONAL_DEMONYMS or one in _NATION_DEMONYMS:
        return True
    joined = " ".join(words)
    if not joined.endswith("ers"):
        return False
    stem = joined[:-3]
    if stem in LISTED_PLACES or stem in lex.place_names:
        return True
    return (
        len(words) >= 2
        and len(words[-1]) >= 7
        and any(
            s in text and re.search(re.escape(s) + r"(?![\w'’-])", text) is not None
            for s in (stem, joined[:-2])  # ("Cape Breton"; "Port Selvane": "Selvaners")
        )
    )  # ("Cape Bretoners" after "in Cape Breton,": the place is the article's)


def _team_written(text: str, word: str, lex) -> bool:
    """Does ``text`` write ``word`` after "the" (and at most two capitalised words that
    open with no given name: "the Edmonton Oilers") as a name on its own, before a
    verb, a punctuation mark, a preposition of a game or as an owner ("the Oilers won",
    "the Edmonton Oilers traded", "beat the Oilers.", "against the Oilers in overtime",
    "the Oilers' coach"), not before a name or a noun ("the Rogers Centre", "the Sanders
    camp")?

    >>> from analysis.quotes.lexicon import lexicon
    >>> _team_written("The Oilers won again. Oilers said", "Oilers", lexicon())
    True
    >>> _team_written("The Edmonton Oilers' coach left. Oilers said", "Oilers", lexicon())
    True
    >>> _team_written("The Sanders camp met. Sanders said", "Sanders", lexicon())
    False
    """
    if word not in text or "he " not in text:
        return False
    for m in _team_matches(text, word):
        if m.group(1) and not _team_prefix(m.group(1).split(), lex):
            continue  # ("the Ann Sanders campaign", "the Federalist’s Sean Davis": a person)
        if m.group(2):
            return True  # "the Oilers' coach": the team as an owner
        nxt = m.group(3)
        if nxt is None:
            return True  # "the Oilers." / "the Oilers,"
        low = nxt.lower()
        if low in _TEAM_VERBS or (low.endswith("ed") and nxt.islower()) or low in lex.verb_lemma:
            return True  # "the Oilers won", "the Oilers traded", "the Oilers said"
    return False  # (not "the Rogers Centre", "the Oilers coach", "the Sanders camp")


def _team_written_in(an, word: str) -> bool:
    """``_team_written`` of the article of ``an`` (its text and lexicon), read once per
    word: each mention of the same plural asks again.

    >>> from analysis.quotes.lexicon import lexicon
    >>> class _A:
    ...     text, lex = "The Oilers won. Oilers said", lexicon()
    >>> a = _A()
    >>> _team_written_in(a, "Oilers"), _team_written_in(a, "Oilers"), a._team_memo
    (True, True, {'Oilers': True})
    """
    memo = getattr(an, "_team_memo", None)
    if memo is None:
        memo = an._team_memo = {}
    if (got := memo.get(word)) is None:
        got = memo[word] = _team_written(an.text, word, an.lex)
    return got


def _team_matches(text: str, word: str):
    """The matches of ``re.finditer(_TEAM_THE + re.escape(word) + _TEAM_AFTER, text)``,
    found from the places ``word`` occurs rather than by a scan of the whole text for
    each mention: a match can only start at a "the" right before an occurrence of
    ``word`` (``_the_starts``), so the pattern is tried there alone, in order, each
    after the end of the last match (as ``finditer`` does).

    >>> t = "The Oilers won. Beat the Edmonton Oilers' coach, the Oilers Oilers."
    >>> [m.group() for m in _team_matches(t, "Oilers")]
    ['The Oilers won', "the Edmonton Oilers' coach", 'the Oilers Oilers']
    >>> pat = _TEAM_THE + "Oilers" + _TEAM_AFTER
    >>> [m.span() for m in _team_matches(t, "Oilers")] == [m.span() for m in re.finditer(pat, t)]
    True
    """
    pat = None
    last = 0
    for p in _the_starts(text, word):
        if p < last:
            continue
        if pat is None:
            pat = re.compile(_TEAM_THE + re.escape(word) + _TEAM_AFTER)
        if (m := pat.match(text, p)) is not None:
            last = m.end()
            yield m


# a character of a capitalised word before a team's plural (``_TEAM_THE``), and of
# what "the" may not follow
_CAP_WORD_CHAR_RE = re.compile(r"[\w'’.-]")
_NOT_BEFORE_THE_RE = re.compile(r"[\w'’-]")


def _the_starts(text: str, word: str) -> list[int]:
    """The sorted starts of each "the"/"The" (not after a word character) that
    ``_TEAM_THE`` could read up to an occurrence of ``word``: "the", blanks, at most two
    capitalised words each followed by blanks, then ``word``.

    >>> t = "the Oilers; The Big Red Oilers; the A B C Oilers"
    >>> _the_starts(t, "Oilers")
    [0, 12]
    """
    out = set()
    o = text.find(word)
    while o >= 0:
        j = o
        for _ in range(3):  # "the", or up to two capitalised words before it
            i = j
            while i > 0 and text[i - 1] in " \t":
                i -= 1
            if i == j:
                break  # (no blank before)
            if (
                i >= 3
                and text[i - 3 : i] in ("the", "The")
                and (i == 3 or _NOT_BEFORE_THE_RE.match(text, i - 4) is None)
            ):
                out.add(i - 3)
            k = i
            while k > 0 and _CAP_WORD_CHAR_RE.match(text, k - 1) is not None:
                k -= 1
            if k == i or not ("A" <= text[k] <= "Z") or (k > 0 and text[k - 1] not in " \t"):
                break  # (no capitalised word standing alone there)
            j = k
        o = text.find(word, o + 1)
    return sorted(out)


def _team_prefix(words: list[str], lex) -> bool:
    """Can the capitalised ``words`` open a team's name before its plural ("Edmonton",
    "Winnipeg Blue"): no given name, title or possessive among them ("Sean Davis",
    "Sen. Sanders", "the Federalist’s Davis" are persons)?

    >>> from analysis.quotes.lexicon import lexicon
    >>> _team_prefix(["Winnipeg", "Blue"], lexicon()), _team_prefix(["Federalist’s", "Sean"], lexicon())
    (True, False)
    """
    return not any(
        w.lower().rstrip(".") in lex.gender
        or w.lower().rstrip(".") in lex.titles
        or w.endswith(("'s", "’s", "'", "’"))
        for w in words
    )


# "the" and up to two capitalised words before a team's plural ("the Edmonton Oilers")
_TEAM_THE = r"(?<![\w'’-])[Tt]he[ \t]+((?:[A-Z][\w'’.-]*[ \t]+){0,2})"

# after it: an owner's apostrophe before a lower-case word, or the word's end and the
# next word
_TEAM_AFTER = r"(?:(['’])(?=[ \t]+[a-z])|(?![\w'’-]))(?:[ \t]+([A-Za-z]+))?"


def _after_name(text: str, start: int) -> bool:
    """Does a capitalised word or a case's "v." / "vs." stand right before ``start``
    ("Walmart Stores v. Dukes", "Ann Sanders")? Not a sentence's end, a quotation's or
    a lower-case word ("Many Islanders", "signed off. Oilers").

    >>> _after_name("Walmart Stores v. Dukes", 18), _after_name("Many Islanders", 5)
    (True, False)
    >>> _after_name("He signed off. Oilers", 15)
    False
    """
    before = text[max(0, start - 40) : start].split()
    if not before:
        return False
    tok = before[-1]
    if tok in ("v.", "vs."):
        return True  # a case's "versus" (not a sentence's last word: "signed off.")
    return tok[:1].isupper() and tok[-1:].isalnum() and tok.lower() not in default_stopwords()


def _place_in(an, words: str) -> bool:
    """Is ``words`` a place: listed, the article's dateline ("EDMONTON —") or written
    after "in", "from", "at", "near" or "to" with no capitalised word going on?

    >>> from analysis.quotes.lexicon import lexicon
    >>> class _A:
    ...     text, lex = "The game in Edmonton ended late. Edmonton Oilers said", lexicon()
    >>> _place_in(_A(), "Edmonton"), _place_in(_A(), "Vance")
    (True, False)
    """
    if words in LISTED_PLACES or an.text[:200].lstrip().startswith(words.upper()):
        return True
    return _article_memo(an, "place_in", words, lambda: _written_as_place(an, words))


def _written_as_place(an, words: str) -> bool:
    """Is ``words`` written after "in", "from", "at", "near" or "to" with no capitalised
    word going on (``_place_in``'s scan of the article)?"""
    i = an.text.find(words)
    while i >= 0:
        before = an.text[max(0, i - 6) : i].split()
        after = an.text[i + len(words) : i + len(words) + 2]
        if (
            before
            and before[-1] in ("in", "from", "at", "near", "to")
            and an.text[i - 1 : i] == " "
            and not (after[:1] == " " and after[1:2].isupper())
            and not after[:1].isalpha()
        ):
            return True
        i = an.text.find(words, i + 1)
    return False


def _only_whole(an, words: list[str]) -> bool:
    """Is every name of the article ending in ``words``' last word ``words`` itself
    (read once per article and words: a mention per quotation)?"""
    entries = an.by_last.get(words[-1].lower(), ())
    return _article_memo(
        an, "only_whole", tuple(words), lambda: all(list(e[1]) == words for e in entries)
    )


# honorifics before a surname that make it a person's ("Mrs. Halvorsen")
_FAMILY_HONORIFICS = ("Mr. ", "Mrs. ", "Ms. ", "Dr. ", "Mr ", "Mrs ", "Ms ", "Dr ")


def _family_named(text: str, word: str) -> bool:
    """Does ``text`` write the surname the plural ``word`` is of as a family or a
    person's, with an honorific ("the Halvorsen family", "Mr. and Mrs. Halvorsen",
    "Mrs. Halvorsen"), so "The Halvorsens said" is the family, a group?

    >>> _family_named("Mr. and Mrs. Halvorsen lost their home.", "Halvorsens")
    True
    >>> _family_named("The Joneses moved. The Jones family stayed.", "Joneses")
    True
    >>> _family_named("The Carlton Hotel closed. The Carltons won.", "Carltons")
    False
    """
    for stem in (word[:-1], word[:-2]) if word.endswith("es") else (word[:-1],):
        if stem + " family" in text:
            return True
        i = text.find(stem)
        while i >= 0:
            end = i + len(stem)
            if text.endswith(_FAMILY_HONORIFICS, max(0, i - 5), i) and (
                end == len(text) or not text[end].isalnum()
            ):
                return True
            i = text.find(stem, end)
    return False


def plural_name_type(an, mention: str, start: int) -> tuple[str, str] | None:
    """(speaker, type) for a speaker ``mention`` that is one capitalised plural (after
    a quantifier: "Many Islanders") no person of the article ``an`` bears (no full
    name, title or honorific ends in it, no listed given name): "organization" when
    the article writes it after "the" as a name ("the Oilers won"), "group" when it is
    a plural of people ("Islanders", "Musicians", "Albertans"); a two- or three-word
    regional demonym ("Nova Scotians") is a group; None otherwise ("Rogers said"
    stays the person) and for a word after a name or an abbreviation ("Stores v.
    Dukes"). ``start``: the mention's offset in the article text.

    >>> import pandas as pd, analysis
    >>> t = 'The Oilers lost. "We were flat," Oilers said. Many Islanders said it was late.'
    >>> q = analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [t]}))
    >>> list(zip(q.speaker, q.speaker_type))
    [('Oilers', 'organization'), ('Islanders', 'group')]
    """
    words = mention.split()
    stop = default_stopwords()
    while len(words) > 1 and words[0].lower() in stop:
        words = words[1:]  # "Many Islanders", "Some Albertans"
    word = words[-1]
    if len(words) > 1:
        if len(words) <= 3 and all(w[:1].isupper() for w in words):
            joined = " ".join(words)
            if joined.lower()[:-1] in _REGIONAL_DEMONYMS:
                return joined, "group"  # "Nova Scotians said"
            if words[0].lower() not in an.lex.gender and _demonym_plural(words, an.lex, an.text):
                # "Prince Edward Islanders", "Rural Manitobans", "Ordinary Canadians": a
                # group, whole (not the person "Edward Islanders"); a team written after
                # "the" stays the team ("the New York Islanders won")
                team = _team_written_in(an, joined)
                return joined, "organization" if team else "group"
            if (
                _team_prefix(words[:-1], an.lex)
                and _SHORT_CAP_PLURAL.fullmatch(words[-1]) is not None
                and _team_written_in(an, words[-1])
            ):
                return joined, "organization"  # "Edmonton Oilers said" and "the Oilers won"
            if (
                _team_prefix(words[:-1], an.lex)
                and _SHORT_CAP_PLURAL.fullmatch(words[-1]) is not None
                and _only_whole(an, words)
                and _place_in(an, " ".join(words[:-1]))
            ):
                return joined, "organization"  # "Edmonton Oilers said": a place's team
        return None
    if _SHORT_CAP_PLURAL.fullmatch(word) is None or (
        word == mention and _after_name(an.text, start)
    ):
        return None
    # (the rest reads the article's names and text only: once per article and word)
    return _article_memo(an, "plural_word_type", word, lambda: _plural_word_type(an, word))


def _plural_word_type(an, word: str) -> tuple[str, str] | None:
    """``plural_name_type`` of the one capitalised plural ``word`` once its place in
    the text is ruled out as a name's tail: None when a person of the article ``an``
    bears it, else the family, team or plural of people it names (a function of the
    article and the word: ``plural_name_type`` asks it once per article and word).

    >>> import analysis.quotes.mentions as m
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Tina Harder spoke. The Harders said no. Ann Sanders and Sanders said."
    >>> an = m._ArticleNames(t, [(0, len(t))], lexicon(), None)
    >>> _plural_word_type(an, "Islanders"), _plural_word_type(an, "Sanders")
    (('Islanders', 'group'), None)
    """
    stop = default_stopwords()
    low = word.lower()
    if low in an.lex.gender or low in an.titled_last or word in _NOT_TEAMS:
        return None
    for e in an.by_last.get(low, ()):
        if len(e[1]) > 1 or any(t not in stop for t in e[3][2]):
            return None  # "Ann Sanders ... Sanders said", "Mr. Parsons": the person
    if _article_memo(an, "family_named", word, lambda: _family_named(an.text, word)):
        return word, "group"  # "the Halvorsen family ... The Halvorsens said": a family
    if _team_written_in(an, word):
        return word, "organization"
    if _people_plural(word, an.lex):
        return word, "group"
    return None
