"""Organisations' names: whether a mention names one organisation, owners'
possessives, a one-word or a person-like speaker that is a company by the article's
evidence (``_company_of``), names "the company" stands for, towns before a province,
short forms of a company's name and names with their title words.
"""

from __future__ import annotations

import bisect
import itertools
import re

from .._tokens import default_stopwords as _stopwords
from .antecedents import _ORG_LEFT_RE, _company_name, _is_company, _org_like_names_before, _org_name
from .datelines import DATELINE_RE
from .kin import _PARAGRAPH_BREAK_RE
from .lede_named_next import _NAME_SAYS_RE, _lede_next_paragraph, dateline_places
from .ledes import _ORG_HEADS
from .lexicon import _DETS, COMPANY_SUFFIXES, _lines
from .mentions import _COMPANY_HEADS, _has_word, _salient_name
from .names import _PERSON_TITLE, _strip_possessive
from .titles import _HONORIFICS
from .usage import _COUNTRIES, _named_person, _names_with, _titled_as_person
from .wordscan import _word_alone_starts

# endings of nouns for a person ("delegate", "volunteer", "activist", "organizer")
_PERSON_NOUN_ENDS = (
    "er",
    "or",
    "ist",
    "ant",
    "ent",
    "ate",
    "ian",
    "man",
    "woman",
    "wright",
    "smith",
)


def _one_org_name(parts, lex):
    """Do the parts of a mention split at "and" name one organisation: the last ends
    in an organisation's word ("Institute", "Ministry") and no part before it holds a
    company's legal form, a given name or an honorific, or ends in an organisation's
    word after another word ("Food and Drug Administration", "The Post and
    Telecommunications Ministry"; not "Ann Roe and Kell Institute", "Acme Corp and
    Kell Institute", "Acme Institute and Kell Foundation"), or the first part holds an
    organisation's word before "of" ("The Department of Health and Human Services")?

    >>> from .lexicon import lexicon
    >>> _one_org_name([["Food"], ["Drug", "Administration"]], lexicon())
    True
    >>> _one_org_name([["Ann", "Roe"], ["Kell", "Institute"]], lexicon())
    False
    """
    first = parts[0]
    if any(first[i] in lex.org_words and first[i + 1] == "of" for i in range(len(first) - 2)):
        return True  # "The Ministry of International Trade and Industry"
    if parts[-1][-1] not in lex.org_words or len(parts[-1]) > 3:
        return False
    for p in parts[:-1]:
        ws = [w.strip("<>") for w in p if w.lower() not in _DETS]
        if ws and len(ws) > 1 and ws[-1] in lex.org_words:
            return False
        if any(
            w.lower() in lex.gender
            or w.lower().rstrip(".") in _HONORIFICS
            or w.lower().rstrip(".") in COMPANY_SUFFIXES
            or w != w.strip("<>")
            for w in p
        ):
            return False
    return True


# "the"/"The" right before a name: no person's ("The Mildmay Meridian, a weekly newspaper")
_ORG_THE_BEFORE_RE = re.compile(r"(?i:the)[ \t]+\Z")


def _org_lede_next_paragraph(an, q, reach=301):
    """``_lede_next_paragraph`` for a lede whose only person-like names before ``q`` are
    written after "the" ("The Mildmay Meridian, a weekly newspaper, will close, its owner
    said": a paper's name, not a person named before): (the break before the next
    paragraph, the index of its first name); None otherwise."""
    text = an.text
    brk = text.find("\n", q.m_end, q.m_end + reach)
    if brk < 0:
        return None
    positions = an.positions()
    k = bisect.bisect_left(positions, q.m_start)
    for i in range(min(k, 12)):
        pos = positions[i]
        if (
            (an.person_like(i)[1] or an.person_like(i)[0] in ("m", "f"))
            and an.names[i][1][-1] not in an.lex.place_words  # ("Bruce County")
            and not text.startswith(("The ", "the "), pos)
            and _ORG_THE_BEFORE_RE.search(text, max(0, pos - 4), pos) is None
        ):
            return None
    if k > 12:
        return None
    nxt = _PARAGRAPH_BREAK_RE.match(text, brk)
    return nxt, bisect.bisect_left(positions, nxt.end())


# the end of a sentence before the organisation ("... 2010. Roe said"): not the content's
_ORG_CONTENT_STOP_RE = re.compile(r"[.!?][ \t]+[A-Z\"“]|\n")


def _org_after_content_index(an, start, j, reach=300):
    """Index in ``an.names`` of the name that speaks first in the paragraph at ``start``
    (``j``: the first name at or after it): ``j`` when it opens the paragraph with two
    words or more, else the
    first name within ``reach`` characters of the paragraph's first sentence written
    right after a comma, the content before it ("Sales fell by half, Prairie Sound
    Broadcasting Inc. said in a letter"); ``len(an.names)`` when there is none.

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Sales fell by half, Prairie Sound Broadcasting Inc. said in a letter."
    >>> an = _ArticleNames(t, [(0, len(t))], lexicon(), None)
    >>> an.names[_org_after_content_index(an, 0, 0)][1]
    ('Prairie', 'Sound', 'Broadcasting', 'Inc')
    """
    names = an.names
    if j >= len(names) or names[j][0] == start and len(names[j][1]) > 1:
        return j  # (a one-word name opening it is a capitalised first word: "Sales")
    text = an.text
    stop = _ORG_CONTENT_STOP_RE.search(text, start, start + reach)
    hi = stop.start() if stop is not None else min(len(text), start + reach)
    while j < len(names) and names[j][0] < hi:
        pos = names[j][0]
        if text.startswith(", ", pos - 2) or text.startswith((", the ", ", The "), pos - 6):
            return j  # (or "..., the Keldon Fiddle Society said": the name after "the")
        j += 1
    return len(names)


def _org_opens_next(an, q):
    """Fill the speaker of a lede's business description ("The weekly will close, its
    owner announced.") with the organisation that opens the next paragraph and speaks
    at once ("Westmark Community Media said in a statement ..."), or after the content of
    that paragraph's first sentence ("Sales fell, Westmark Community Media said"), when the
    article names nobody before it; False otherwise."""
    found = _lede_next_paragraph(an, q, reach=301) or _org_lede_next_paragraph(an, q)
    if found is None:
        return False
    nxt, j = found
    j = _org_after_content_index(an, nxt.end(), j)
    if j >= len(an.names):
        return False
    at = an.names[j][0]
    cw = an.names[j][1]
    name = " ".join(cw)
    if len(cw) < 2 or cw[-1] not in an.lex.org_words and not _is_company(name):
        return False
    if not an.text.startswith(name, at):
        return False
    end = at + len(name)
    end += an.text.startswith(".", end)  # ("Bayview Hospitality Inc. said")
    if not _NAME_SAYS_RE.match(an.text, end):
        return False
    q.speaker, q.stype = an.text[at:end], "organization"
    return True


# what comes before "a nurse" that says it of someone ("Ann Roe, a nurse", "is a nurse")
_PREDICATE_BEFORE_RE = re.compile(
    r"(?:[A-Z][\w'’.-]*,|\b(?:is|was|been|became|becomes|as|am)|\bI['’]m)[ \t]+\Z"
)  # ("'I'm a retired welder,' Roe said": said of the one quoted)

# (``\b[Tt]he`` written as the literal "he" with "T"/"t" and no word character before
# them in a look-behind: ``re`` searches for the literal, ~5x faster than trying a
# class at every character; a match starts one character after the "T")
_THE_COMPANY_RE = re.compile(rf"he(?<=(?<!\w)[Tt]he)[ \t]+(?:{'|'.join(sorted(_COMPANY_HEADS))})\b")

# a government body named for its jurisdiction ("Emergency Management BC ... the
# ministry", "Elections Ontario ... the agency"): the place names, as word tuples, that
# "the agency", "the ministry" and "the department" accept at the end of a name
_JURIS_PLACES = frozenset(tuple(line.split()) for line in _lines("jurisdiction_words.txt"))

_JURIS_LAST = frozenset(p[-1] for p in _JURIS_PLACES)

# a run of capitalised words ("The Lakeland Regional Health Authority")
_CAPS_RUN_RE = re.compile(r"(?:[A-Z][\w&’'.-]*[ \t]+){1,6}[A-Z][\w&’'.-]*")

# a one-word name is a company's when the article writes it with a legal form ("Zintor
# Corp"), with a company's parts ("Zintor's chief executive", "shares of Zintor") or
# after an industry noun ("automaker Zintor")
_OWN_PARTS = (
    "chief executive|ceo|shares|stock|board|chairman|headquarters|subsidiary|"
    "products|employees|workers|plant|factory|stores|earnings|profit|revenue|spokesman|"
    "spokeswoman|spokesperson"
)

_INDUSTRY_NOUNS = (
    "automaker|carmaker|drugmaker|retailer|insurer|lender|chipmaker|miner|brewer|"
    "conglomerate|refiner|manufacturer|supplier|exporter|producer|startup|airline"
)

_ORG_AFTER_RE = re.compile(rf"[ \t]+([A-Z][a-z]*\.?)(?![\w'’-])|(?:'s|’s)[ \t]+(?i:{_OWN_PARTS})\b")

# an apposition after a one-word name whose head is a kind of company ("Staylo, the
# largest of the rental platforms in the province, said", "Zintor, a Calgary insurer,
# said"): the head ends the apposition ("Lee, a company director," is a person)
_ORG_APPOSED_RE = re.compile(
    r",[ \t]+(?:(?:the|a|an)[ \t]+(?:(?!of\b)[\w’'-]+[ \t]+){0,3}?"
    r"|(?:one|the[ \t]+[a-z]+est)[ \t]+of[ \t]+the[ \t]+(?:[\w’'-]+[ \t]+){0,2}?)"
    r"(?:company|compan(?=ies)|firm|platform|chain|corporation|startup|conglomerate|automaker"
    r"|carmaker|drugmaker|retailer|insurer|lender|chipmaker|brewer|refiner|manufacturer"
    r"|exporter|airline)(?:s|ies)?"
    r"(?=[ \t]*[,;.]|[ \t]+(?:in|based|that|which|with|from)\b)",
    re.I,
)

_ORG_BEFORE_RE = re.compile(
    rf"\b(?:(?:shares|stock)[ \t]+(?:of|in)|{_INDUSTRY_NOUNS}"
    r"|(?:chief[ \t]+executive(?:[ \t]+officer)?|CEO|co-founder)[ \t]+of)[ \t]+\Z",
    re.I,
)  # "shares of Zintor", "automaker Zintor", "the chief executive of Zintor"


def _owner_name(an, mention, word):
    """(name, type) of a ``mention`` that ends in an owner's possessive and the lone
    ``word`` parse_person_name read as a surname ("Domino's Pizza", "Hudson's Bay")
    when the article names no person so: the whole name, possessive kept, the
    article's company name that opens with it ("Hudson's Bay Co") as an organisation;
    None when it does ("Amoco's Collier" after "John Collier" or "Mr. Collier")."""
    words = mention.split()
    if len(words) < 2 or words[-1] != word or not words[-2].endswith(("'s", "’s")):
        return None
    if _named_person(an, word) or word.lower() in an.titled_last:
        return None
    canon = an.canonical((word,)).split()
    if len(canon) > 1 and canon[-1] == word and not canon[-2].endswith(("'s", "’s")):
        return None  # "Roelof Nelissen ... Amro's Nelissen"
    i = len(words) - 2
    while i > 0 and words[i - 1][:1].isupper() and words[i - 1].lower() not in _DETS:
        i -= 1
    owner = " ".join(words[i:-1])[:-2].lstrip("<")
    if owner in _COUNTRIES or owner in an.lex.place_names:
        return None  # "Finland's Kansallis-Osake-Pankki": a place owns it
    name = " ".join(words[i:])
    org = _company_of(an, name)
    if org is not None:
        return org, "organization"
    if an.text.count(owner) == an.text.count(name):
        # the owner written only in this name ("Domino's Pizza said"): one brand's
        # name, while "Amoco's Collier" follows a story that names Amoco itself
        return name, "organization"
    return name, "person"


def _one_word_org(an, word):
    """The organisation the one-word speaker ``word`` is, by the article's evidence:
    its name with a legal form as first written ("Zintor Corp"), else ``word`` when the
    article writes "Zintor's chief executive", "shares of Zintor" or "automaker
    Zintor", calls it "the company" or first names it opening an organisation's name
    ("Zintor Laboratories Inc"); None (a person) without such evidence, when a full
    name ends in it or when the article titles it ("Chairman An Zintor")."""
    memo = an.title_cache.setdefault("_one_word_org", {})
    if word in memo:
        return memo[word]
    got = None
    if word.lower() in an.titled_last and _titled_as_person(an, word):
        pass  # "Chairman An Wang ... Wang said": the article titles a person so
    elif word[:1].isupper() and not _named_person(an, word):
        text = an.text
        n = len(word)
        i = text.find(word)
        while i >= 0 and got is None:
            e = i + n
            if not (text[i - 1 : i].isalnum() or text[e : e + 1].isalnum()):
                m = _ORG_AFTER_RE.match(text, e, e + 40)
                if m is not None and (m.group(1) is None or _is_company(m.group(1))):
                    got = _company_name(text, i, f"{word} {m.group(1)}") if m.group(1) else word
                elif _ORG_BEFORE_RE.search(text, max(0, i - 30), i) or _ORG_APPOSED_RE.match(
                    text, e, e + 90
                ):
                    got = word
            i = text.find(word, e)
        if got is None:
            got = _opens_org_name(an, word)  # "Wang Laboratories Inc ... Wang said"
        if got is None and _called_the_company(an, word):
            got = word  # "Intel cut jobs. ... The company said": Intel is a company
    memo[word] = got
    return got


def _company_of(an, name):
    """The company the person-like ``name`` of two words or more is, by the article's
    name runs: ``name`` itself when it ends in a legal form ("Zintor Energy Corp"),
    else the first run that opens with its words and ends in one ("Zintor Energy" after
    "Zintor Energy Corp"); None when there is none."""
    if _is_company(name):
        return name
    # the first such run for each opening, read from the names once per article (not
    # once per quote: hostile input)
    runs = an.title_cache.get(("company runs",))
    if runs is None:
        runs = an.title_cache[("company runs",)] = {}
        for _p, cw, _g, _info in an.names:
            if len(cw) > 1 and _is_company(cw[-1]):
                for k in range(1, len(cw)):
                    runs.setdefault(tuple(cw[:k]), cw)
    cw = runs.get(tuple(name.split()))
    return None if cw is None else " ".join(cw)


def _opens_org_name(an, word):
    """The article's first name run with ``word`` when it opens with it, or with it
    after title or descriptor words ("American Honda Motor Corp"), or with its
    possessive ("Moody's Investors Service Inc"), and ends in an organisation's word or
    a legal form ("Wang Laboratories Inc", "Zintor Industries");
    else None (never for a place: "Taiwan Semiconductor Manufacturing Co ... Taiwan
    said")."""
    if word in an.lex.place_names or word in an.lex.place_words or word in _COUNTRIES:
        return None
    # (the first name with any of the three: positions in ``an.names`` are distinct)
    firsts = [e for w in (word, word + "'s", word + "’s") for e in _names_with(an, w)[:1]]
    for _p, cw, _g, _info in sorted(firsts, key=lambda e: e[0])[:1]:
        if word in cw or word + "'s" in cw or word + "’s" in cw:
            j = 0  # (after leading title or descriptor words: "American Honda Motor Corp")
            while j < len(cw) - 2 and cw[j].lower() in an.lex.titles and cw[j] != word:
                j += 1
            if len(cw) - j >= 2 and _strip_possessive(cw[j]) == word:
                own = next(
                    (i for i in range(j + 1, len(cw) - 1) if cw[i].endswith(("'s", "’s"))), 0
                )
                cw = [*cw[:own], cw[own][:-2]] if own else cw  # "Acme Corp's Acme Motors"
                if cw[-1] in an.lex.org_words or _is_company(cw[-1]):
                    return " ".join(cw)
            return None
    return None


def _called_the_company(an, word, most=6):
    """Does the article call ``word`` "the company" / "the firm" / "the automaker":
    is ``word`` the company subject (``_company_subject``) before one of the first
    ``most`` such descriptions?"""
    at = an.title_cache.get("_the_company")
    if at is None:  # (the descriptions' positions, once per article)
        at = an.title_cache["_the_company"] = [
            m.start() - 1 for m in itertools.islice(_THE_COMPANY_RE.finditer(an.text), most)
        ]
    subs = an.title_cache.setdefault(("_the_company subjects",), {})  # (pos -> subject)
    for pos in at:
        sub = subs[pos] if pos in subs else subs.setdefault(pos, _company_subject(an, pos))
        if sub == word:
            return True
    return False


def _inside_org_name(an, q, run):
    """Is the name ``run`` of the mention the end of an organisation's name ("the
    Commission on Presidential Debates said")? If so the speaker is that organisation
    (filled in) and True; a run that opens with a given name or an honorific is a person."""
    before = an.text[max(0, q.m_start - 8) : q.m_start].rstrip(" \t")
    if not before.endswith((" of", " on", " for", " and", "&")):
        return False  # (the cheap test first: the connector right before the mention)
    if run[0].lower() in an.lex.gender or q.mention.split()[0].lower().rstrip(".") in _HONORIFICS:
        return False
    if any(w.islower() and w in an.lex.titles for w in q.mention.split()):
        return False  # ("University of Toronto professor Ann Lind": a titled person)
    if _ORG_LEFT_RE.search(an.text, max(0, q.m_start - 60), q.m_start) is None:
        return False
    q.speaker, q.stype = _org_name(an.text, q.m_start, q.mention.split()), "organization"
    return True


# "Shediac, N.B.": a town set off by a province's or state's abbreviation
_TOWN_ABBR_RE = re.compile(  # (the capital first, the look-behind after it: the same
    # matches as a leading ``(?<![\w'’.-])``, found ~2x faster)
    r"([A-Z](?<![\w'’.-][A-Z])[\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}),[ \t]+(?:"
    + "|".join(sorted(map(re.escape, _lines("place_abbreviations.txt")), key=len, reverse=True))
    + r")(?![\w.])"
)


def _towns(an):
    """The names the article writes as a town before a province's or state's
    abbreviation ("Shediac, N.B."), built once per article: places there, never the
    company a later "the company said" means.

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Ann Roe of Shediac, N.B., won. Acme, Inc. paid."
    >>> sorted(_towns(_ArticleNames(t, [(0, len(t))], lexicon(), None)))
    ['Shediac']
    """
    towns = an._town_names
    if towns is None:
        towns = an._town_names = frozenset(m.group(1) for m in _TOWN_ABBR_RE.finditer(an.text))
    return towns


# a contraction ("I've", "We're"): a pronoun opening a sentence, never a company
_CONTRACTION_END_RE = re.compile(r"['’](?:ve|m|re|ll|d)\Z")


def _company_subject(an, at, reach=1500):
    """The nearest name before ``at`` outside quotations that starts its clause and is
    no person, place, title or time word ("Toyota recalled ..."), or None."""
    # (each name's answer once per article: a story of many "the company said" asks
    # for the same names again, and ``_salient_name`` reads the whole text)
    memo = an.title_cache.get(("company subject at",))
    if memo is None:
        memo = an.title_cache[("company subject at",)] = {}
    for pos, cw, info in _org_like_names_before(an, at, reach):
        got = memo.get(pos, _UNSEEN)
        if got is _UNSEEN:
            got = memo[pos] = _subject_at(an, pos, cw, info)
        if got is not _PASS:
            return got
    return None


_UNSEEN, _PASS = object(), object()

# plural group nouns that are also names written with a capital (parties, a people):
# "Liberals" may be the party that "it" stands for
_GROUP_NAMES = frozenset(
    ("Democrats", "Republicans", "Conservatives", "Liberals", "Progressives", "Americans")
)


def _subject_at(an, pos, cw, info):
    """``_company_subject``'s answer for the name ``cw`` at ``pos``: the name with its
    title words when it is a company subject, else ``_PASS`` (read on to the next)."""
    lex = an.lex
    last = cw[-1]
    if " ".join(cw) in _towns(an) or _CONTRACTION_END_RE.search(last):
        return _PASS  # "Shediac couple who won ...": the town of "of Shediac, N.B."; "I've"
    if (len(cw) == 1 and cw[0] in dateline_places(an)) or (
        (pos == 0 or an.text[pos - 1] == "\n") and DATELINE_RE.match(an.text, pos, pos + 120)
    ):
        return _PASS  # "CALGARY — ..." and the headline's "Calgary food bank says": a place
    if len(cw) == 1 and lex.nouns.get(last.lower()) == "group" and last not in _GROUP_NAMES:
        return _PASS  # "Residents used it to pay bills": a plural noun, however often
    if (
        not _salient_name(an.text, " ".join(cw))
        and (len(cw) < 2 or last not in lex.org_words or last.endswith(("'s", "’s")))
        and not (len(cw) >= 2 and _APPOSED_COMPANY_RE.match(an.text, pos + len(" ".join(cw))))
        and not _short_form_written(an, cw)
    ):  # (a listed organisation's ending is a name written once: "Vellmark Foods";
        # a name set off as "a Montreal-based company"; one written again by its
        # first word: "Ashbury Residential ... a lawyer for Ashbury")
        return _PASS  # "Almost 650 courses ...", "Experts say ...": a word, not a name
    if (
        _SHARES_OF_RE.search(an.text, max(0, pos - 20), pos)
        or (an.starts_clause(pos) and not an.text.startswith(" of ", pos + len(" ".join(cw))))
        or _subordinate_subject(an.text, pos, cw)
    ):
        return _with_title_words(an.text, pos, cw, info[2])  # "Toyota recalled ..."
    return _PASS


_SUBORDINATOR_BEFORE_RE = re.compile(r"\b(?:after|when|because|since|before|until|once)[ \t]+\Z")

_PAST_VERB_AFTER_RE = re.compile(r"[ \t]+(?:also[ \t]+|had[ \t]+)?([a-z]+ed)\b")


def _subordinate_subject(text, pos, cw):
    """Is the name ``cw`` at ``pos`` the subject of a subordinate clause, right after
    "after" / "when" / "because" ... and before a past-tense verb ("rents rose after
    Birchgate Residential applied for an increase")?

    >>> t = "Rents rose after Birchgate Residential applied for more."
    >>> _subordinate_subject(t, 17, ("Birchgate", "Residential"))
    True
    """
    if not _SUBORDINATOR_BEFORE_RE.search(text, max(0, pos - 10), pos):
        return False
    end = text.find(cw[-1], pos, pos + 200)
    return end >= 0 and _PAST_VERB_AFTER_RE.match(text, end + len(cw[-1])) is not None


def _short_form_written(an, cw):
    """Is the two- or three-word name ``cw`` (no person's: no given name of a known
    gender) written again by its first word alone, as a company's short form is
    ("Birchgate Residential raised rents ... a lawyer for Birchgate")? A person's
    short form is the last word, never the first.

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Birchgate Residential raised rents. A lawyer for Birchgate spoke."
    >>> an = _ArticleNames(t, [(0, 35), (36, len(t))], lexicon(), None)
    >>> _short_form_written(an, ("Birchgate", "Residential")), _short_form_written(an, ("Ann", "Roe"))
    (True, False)
    """
    if not 2 <= len(cw) <= 3 or not cw[0][:1].isupper() or not cw[0].isalpha():
        return False
    first = cw[0]
    lex = an.lex
    if (
        first.lower() in lex.gender
        or first.lower() in _stopwords()
        or len(first) < 4
        or " ".join(cw) in lex.place_names
        or cw[-1] in lex.place_words
    ):
        return False
    memo = an.title_cache.setdefault("_short_form", {})
    got = memo.get(first)
    if got is None:  # (once per word and article: the text is scanned once)
        got = False
        for start in _word_alone_starts(an.text, first):  # (no pattern per word)
            before = an.text[max(0, start - 30) : start].split()
            if not before or not before[-1][:1].isupper() or before[-1][-1:] in ".,;:":
                got = True  # (alone: no capitalised word right before it, nor after)
                break
        got = memo[first] = got and not _has_word(an.text, first.lower())
    return got


# ", a Montreal-based company that ...": a name described in apposition as a company
_APPOSED_COMPANY_RE = re.compile(
    r",[ \t]+(?:a|an)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:" + "|".join(sorted(_COMPANY_HEADS)) + r")\b"
)


def _with_title_words(text, pos, cw, tw):
    """The company name ``cw`` at ``pos`` with the capitalised words before it that the
    name parser read as titles and dropped ("United Technologies", not "Technologies");
    never a person's title ("President")."""
    if not tw or not _PERSON_TITLE.isdisjoint(tw):
        return " ".join(cw)
    lead = text[pos : text.find(cw[0], pos)].split()
    if (
        lead
        and len(lead) <= 2
        and all(w[:1].isupper() and w.isalpha() and w.lower() not in _DETS for w in lead)
    ):
        return " ".join(lead + list(cw))
    return " ".join(cw)


_SHARES_OF_RE = re.compile(r"\b(?:[Ss]hares|[Ss]tock|[Uu]nits?)[ \t]+(?:of|in)[ \t]+$")


def _is_org_reference(lm):
    """Is the lower-cased mention "it" or "the <organisation noun>" ("the agency",
    "the US firm", up to three modifiers after a possessive: "the province's biggest
    fruit growers' co-operative"; not "the head of the union")?

    >>> _is_org_reference("the province's biggest fruit growers' co-operative")
    True
    >>> _is_org_reference("the head of the students' union")
    False
    """
    if lm == "it":
        return True
    if "the" not in lm:
        return False  # (the cheap test first: no "the" at all)
    words = lm.split()
    if len(words) == 6 and "of" in words:
        return False  # ("the head of the students' union": a person)
    return 2 <= len(words) <= 6 and words[0] == "the" and words[-1] in _ORG_HEADS


def _name_start(text, pos, cw, name):
    """Where ``name``, written around the run ``cw`` found at ``pos``, starts (about)."""
    s0 = text.find(cw[0], pos, pos + 200)
    k = name.find(" ".join(cw))
    return s0 - k if s0 >= 0 and k >= 0 else pos


# a name ending in a number: "Channel 9", "District 6", "Station 12" (capitalised words,
# then the number); the number belongs to the name
_NUMBERED_ORG_RE = re.compile(r"(?:[A-Z][\w'’&.-]*[ \t]+){1,3}\d{1,4}")


# a union local's whole name: capitalised words (with "of"/"and" inside), "Local" and
# its number ("Kestrel Bus Drivers Local 518", "Interior Woodworkers Local 1-417")
_UNION_LOCAL_NAME_RE = re.compile(
    r"(?:[Tt]he[ \t]+)?((?:[A-Z][\w'’&.-]*[ \t]+(?:(?:of|and)[ \t]+)?){1,8}"
    r"Local[ \t]+\d{1,5}(?:-\d{1,5})?)"
)


def union_local_speaker(an, q, groups):
    """Make a mention that is a union local's whole name ("Kestrel Bus Drivers Local
    518 said") the organisation, number and all (it was cut to "... Local", a
    person); False when the mention is no such name.

    >>> class A: pass
    >>> an, q = A(), A()
    >>> q.mention, q.m_start = "The Kestrel Bus Drivers Local 518", 0
    >>> union_local_speaker(an, q, []), q.speaker, q.stype
    (True, 'Kestrel Bus Drivers Local 518', 'organization')
    >>> q.mention = "Local 518"
    >>> union_local_speaker(an, q, [])
    False
    """
    m = _UNION_LOCAL_NAME_RE.fullmatch(q.mention)
    if m is None:
        return False
    q.speaker, q.stype = m.group(1), "organization"
    groups.append((q.m_start, q.speaker, "organization"))
    return True


def _person_named(entry):
    """Is a name entry of ``an.by_last`` a person: a full name or a titled one ("Ann
    Sanders", "Sen. Sanders"), not a lone capitalised word ("the Mohawks")?"""
    return len(entry[1]) > 1 or any(t not in _stopwords() for t in entry[3][2])


def plural_body_speaker(an, q, groups):
    """Make a mention that is a people or body by a plural name and its place ("The
    Chippewas of Kettle Point First Nation said", "The Mohawks of the Bay of Quinte
    said": capitalised words, with "of", "the" or "and" inside, after "<Plural> of")
    the organisation, its whole name; False when the plural is a noun for people
    ("Residents of", "Friends of"), a person's surname or given name in the article
    ("Sanders of Vermont" after "Ann Sanders"), or the mention is no such name.

    >>> from analysis.quotes.lexicon import lexicon
    >>> class A: pass
    >>> an, q = A(), A(); an.lex, an.by_last, an.titled_last = lexicon(), {}, set()
    >>> q.mention, q.m_start = "The Mohawks of the Bay of Quinte", 0
    >>> plural_body_speaker(an, q, []), q.speaker, q.stype
    (True, 'Mohawks of the Bay of Quinte', 'organization')
    >>> q.mention = "Residents of the Bay of Quinte"
    >>> plural_body_speaker(an, q, [])
    False
    """
    words = q.mention.split()
    if words[:1] in (["The"], ["the"]):
        words = words[1:]
    if len(words) < 3 or words[1] != "of" or not words[-1][:1].isupper():
        return False
    w = words[0]
    low = w.lower()
    if not (
        len(w) > 4
        and low[-1] == "s"
        and low[-2] not in "su'’"
        and w[0].isupper()
        and w[1:].islower()
        and low not in an.lex.nouns
        and low[:-1] not in an.lex.nouns
        and low[:-1] not in an.lex.gender
        and low not in an.titled_last
        and not any(_person_named(e) for e in an.by_last.get(low, ()))
        and not any(_person_named(e) for e in an.by_last.get(low[:-1], ()))
    ):
        return False
    if not all(x[:1].isupper() or x in ("of", "the", "and") for x in words[2:]):
        return False
    q.speaker, q.stype = " ".join(words), "organization"
    groups.append((q.m_start, q.speaker, "organization"))
    return True


def numbered_org_speaker(an, q, groups):
    """Make a mention that ends in a number ("Channel 9 reported", "District 6 said")
    the organisation it names, number and all (never a person "Channel"); False when
    the mention is no such name or opens with a given name or title.

    >>> class A: pass
    >>> from analysis.quotes.lexicon import lexicon
    >>> an, q = A(), A(); an.lex = lexicon()
    >>> q.mention, q.m_start = "Channel 9", 0
    >>> numbered_org_speaker(an, q, []), q.speaker, q.stype
    (True, 'Channel 9', 'organization')
    """
    mention = q.mention
    if not mention[-1:].isdigit() or _NUMBERED_ORG_RE.fullmatch(mention) is None:
        return False
    first = mention.split(None, 1)[0].lower().rstrip(".")
    if first in an.lex.gender or first in an.lex.titles:
        return False  # ("Ann Roe 2": no organisation)
    q.speaker, q.stype = mention, "organization"
    groups.append((q.m_start, mention, "organization"))
    return True
