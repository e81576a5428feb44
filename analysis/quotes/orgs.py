"""Organisations: company and body names, the nearest fitting organisation, unions and
their locals, and organisation descriptions ("the company", "the agency") resolved to
the organisation the article names.
"""

from __future__ import annotations

import bisect
import itertools
import re
from functools import lru_cache

from .._tokens import default_stopwords as _stopwords
from .antecedents import (
    _CAP_AFTER_RE,
    _CAP_NAME_WORD,
    _ORG_LEFT_RE,
    _TIME_WORDS_CO,
    _company_name,
    _given_name_gender,
    _is_company,
    _named_description,
    _org_like_names_before,
    _org_name,
    _set_person,
    _unquoted_before,
    _unresolved_description,
    _written_org,
)
from .blocks import MASK
from .documents import (
    _authority_fits,
    _document_before,
    _document_object_before,
    _document_subject_before,
    _unquoted_rest,
)
from .holders import other_org_quoted, owned_by_description
from .kin import (
    _JURIS_HEADS,
    _KIN_GENDER,
    _PARAGRAPH_BREAK_RE,
    _fits_kind,
    _kind_org_before,
    _kind_word_named,
    _org_kind,
)
from .ledes import (
    _BUSINESS_KINDS,
    _CO_NAME,
    _DESC_HEAD_END,
    _DESC_SYNONYMS,
    _JOB_NOUNS,
    _NAME_SAYS_RE,
    _ORG_HEADS,
    _PERSON_NOUNS,
    _ROLE_CUES,
    _apposed_other_role,
    _body_name,
    _builder_introduced,
    _introduced_company,
    _lede_body_named_next,
    _lede_next_paragraph,
    _lede_org_apposed_next,
    _org_named_next,
)
from .lexicon import _DETS, _IRREGULAR_PAST, _SENT_START_STOP, COMPANY_SUFFIXES, _lines
from .mentions import (
    _ALL,
    _COMPANY_HEADS,
    _LEAD_MODIFIER_ENDS,
    _LEAD_PHRASE_RE,
    _has_word,
    _salient_name,
)
from .names import _PERSON_TITLE, _ROLE_NO_FALLBACK, _clean_name_words, _strip_possessive
from .titles import _HONORIFICS, _before_titled_name, _person_gender
from .usage import _COUNTRIES, _named_person, _names_with, _never_a_person, _titled_as_person
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


def _org_opens_next(an, q):
    """Fill the speaker of a lede's business description ("The weekly will close, its
    owner announced.") with the organisation that opens the next paragraph and speaks
    at once ("Westmark Community Media said in a statement ..."), when the article
    names nobody before it; False otherwise."""
    found = _lede_next_paragraph(an, q, reach=301)
    if found is None:
        return False
    nxt, j = found
    if j >= len(an.names) or an.names[j][0] != nxt.end():
        return False
    cw = an.names[j][1]
    name = " ".join(cw)
    if len(cw) < 2 or cw[-1] not in an.lex.org_words and not _is_company(name):
        return False
    if not an.text.startswith(name, nxt.end()):
        return False
    end = nxt.end() + len(name)
    end += an.text.startswith(".", end)  # ("Bayview Hospitality Inc. said")
    if not _NAME_SAYS_RE.match(an.text, end):
        return False
    q.speaker, q.stype = name, "organization"
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
_TOWN_ABBR_RE = re.compile(
    r"(?<![\w'’.-])([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}),[ \t]+(?:"
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
    towns = an.__dict__.get("_town_names")
    if towns is None:
        towns = an._town_names = frozenset(m.group(1) for m in _TOWN_ABBR_RE.finditer(an.text))
    return towns


def _company_subject(an, at, reach=1500):
    """The nearest name before ``at`` outside quotations that starts its clause and is
    no person, place, title or time word ("Toyota recalled ..."), or None."""
    lex = an.lex
    towns = _towns(an)
    for pos, cw, info in _org_like_names_before(an, at, reach):
        last = cw[-1]
        if " ".join(cw) in towns:
            continue  # "Shediac couple who won ...": the town of "of Shediac, N.B."
        if (
            not _salient_name(an.text, " ".join(cw))
            and (len(cw) < 2 or last not in lex.org_words or last.endswith(("'s", "’s")))
            and not (len(cw) >= 2 and _APPOSED_COMPANY_RE.match(an.text, pos + len(" ".join(cw))))
            and not _short_form_written(an, cw)
        ):  # (a listed organisation's ending is a name written once: "Vellmark Foods";
            # a name set off as "a Montreal-based company"; one written again by its
            # first word: "Ashbury Residential ... a lawyer for Ashbury")
            continue  # "Almost 650 courses ...", "Experts say ...": a word, not a name
        if (
            _SHARES_OF_RE.search(an.text, max(0, pos - 20), pos)
            or (an.starts_clause(pos) and not an.text.startswith(" of ", pos + len(" ".join(cw))))
            or _subordinate_subject(an.text, pos, cw)
        ):
            return _with_title_words(an.text, pos, cw, info[2])  # "Toyota recalled ..."
    return None


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
    "the US firm")?"""
    if lm == "it":
        return True
    if "the" not in lm:
        return False  # (the cheap test first: no "the" at all)
    words = lm.split()
    return 2 <= len(words) <= 5 and words[0] == "the" and words[-1] in _ORG_HEADS


def _nearest_org(an, at, head=None, reach=2000):
    """Canonical name of the nearest organisation named before ``at`` outside
    quotations, or None: for "it", a name whose last word is an organisation word
    (or a short acronym after the first line); for "the <head>", a name whose last
    word fits the head noun."""
    got = _nearest_org_at(an, at, head, reach)
    return None if got is None else got[1]


def _name_start(text, pos, cw, name):
    """Where ``name``, written around the run ``cw`` found at ``pos``, starts (about)."""
    s0 = text.find(cw[0], pos, pos + 200)
    k = name.find(" ".join(cw))
    return s0 - k if s0 >= 0 and k >= 0 else pos


def _nearest_org_at(an, at, head=None, reach=2000):
    """(position, name) of ``_nearest_org``'s organisation, or None."""
    name_pos = an.positions()
    first_nl = an.first_nl
    fits = _ORG_HEADS.get(head)
    i = bisect.bisect_left(name_pos, at) - 1
    steps = 0
    while i >= 0 and steps < 200:
        pos, cw, _g, _info = an.names[i]
        if at - pos > reach:
            return None
        i -= 1
        steps += 1
        if an.masked is not None and an.masked[pos] == MASK:
            continue
        last = cw[-1]
        if fits is not None:
            if head in _JURIS_HEADS:
                body = _jurisdiction_body(an.text, pos, cw) or _place_first_body(cw)
                body = body or _place_first_body_written(an.text, pos, cw)
                if body is not None:
                    return _name_start(an.text, pos, cw, body), body
            public = _public_fit(an.text, pos, head, cw) or _company_fit(an, pos, head, cw, at)
            if public is not None:
                return _name_start(an.text, pos, cw, public), public
            if last.lower().rstrip(".") in fits:
                name = _written_org(an.text, pos, cw, _org_name(an.text, pos, cw))
                if head == "hospital" and last.lower() in ("centre", "center"):
                    if name.split()[-2:-1] not in (["Health"], ["Medical"], ["Sciences"]):
                        continue  # "Halton Regional Health Centre", not "Rideau Centre"
                if len(name.split()) < 2:  # the run as written: "The Lakeland Health Authority"
                    raw = an.text[pos : an.text.find(last, pos, pos + 200) + len(last)]
                    if _CAPS_RUN_RE.fullmatch(raw):
                        name = re.sub(r"^(?:The|A|An)[ \t]+", "", raw)
                if len(name.split()) >= 2:  # "Acme Corp", "Department of Justice"
                    return _name_start(an.text, pos, cw, name), name
        elif last in an.lex.org_words or (
            last.isupper() and 2 <= len(last) <= 5 and last.isalpha() and pos > first_nl >= 0
        ):
            if last in an.lex.org_words:  # "VWR Corp", "Securities and Exchange Commission"
                if len(cw) == 1 and _common_opening(an, pos, last):
                    continue  # "Business in May rose, it said": a noun, not "Fox Business"
                name = _org_name(an.text, pos, cw)
                if " " not in name:
                    name = _fuller_org(an, pos, name)  # "The Post reported": Washington Post
                return _name_start(an.text, pos, cw, name), name
            return pos, " ".join(cw)
    return None


# the last words of a public service's name that a kind word before may make a business
# description's ("Moncton Water Services", "Bayview Hydro Commission")
_SERVICE_ENDS = frozenset(("services", "commission", "utilities", "utility"))


def _company_fit(an, pos, head, cw, at):
    """The company named at ``pos`` (run ``cw``, ending in a legal form) that the business
    description "the <head>" at ``at`` stands for, or None (resources/business_kinds.txt):
    any company for "the operator" ("Northern Ferries Ltd. ... the operator said"), one
    with a word of the head's kind for "the airline" ("Harbour Air Ltd."), one that opens
    its clause for a head that is mostly a person's ("Ridge Properties Inc. bought the
    tower ... The landlord said"; never "bit a courier from Swift Delivery Ltd. ... The
    owner said"). Never when the words before call a person so ("Clifford Moon, the
    plant's operator,")."""
    kind = _BUSINESS_KINDS.get(head)
    if kind is None or len(cw) < 2:
        return None
    mode, words = kind
    last = cw[-1].lower().rstrip(".")
    if last not in COMPANY_SUFFIXES and (mode != "kind" or last not in _SERVICE_ENDS):
        return None  # ("Moncton Water Services ... the utility": a kind word, then "Services")
    if mode == "kind" and not any(w.lower() in words for w in cw[:-1]):
        return None
    if mode == "subject" and not _opens_clause(an, pos):
        return None
    if _person_called(an.text, max(0, at - 2000), at, head):
        return None
    name = _written_org(an.text, pos, cw, _org_name(an.text, pos, cw))
    return name if len(name.split()) >= 2 else None


def _person_called(text, lo, hi, head):
    """Do ``text[lo:hi]`` call a person "the <head>" in an apposition after a name or a
    possessive ("Clifford Moon, the plant's operator,", "Ann Roe, the owner,")?

    >>> _person_called("Clifford Moon, the plant's operator, checks it.", 0, 47, "operator")
    True
    >>> _person_called("Bay Water Ltd., the operator, said so.", 0, 38, "operator")
    False
    """
    for m in re.finditer(
        rf"([A-Z][\w.’'-]*),[ \t]+(?:the|a|its|their)[ \t]+(?:[\w’'-]+[ \t]+){{0,3}}?{head}\b",
        text[lo:hi],
    ):
        if m.group(1).lower().rstrip(".") not in COMPANY_SUFFIXES:
            return True
    return False


_ABBR_AFTER_RE = re.compile(r"[ \t]+([A-Z]{2,3})\b(?![.'’-]?\w)")


# the first words of a public body's name: a Crown corporation is "the agency"
# ("Canada Mortgage and Housing Corporation ... the agency said")
_PUBLIC_FIRST = _JURIS_LAST | {"federal", "national", "canadian", "provincial"}


def _public_fit(text, pos, head, cw):
    """The name of the body at ``pos`` (run ``cw``) that "the <head>" may stand for
    other than by its last word, or None: a Crown corporation for "the agency" (a
    "... Corporation" whose first word is a jurisdiction, "Canada Mortgage and Housing
    Corporation"), a utility written with a hyphen ("Hydro-Quebec") for "the utility".

    >>> t = "Canada Mortgage and Housing Corporation and Acme Corporation said so."
    >>> _public_fit(t, t.index("Housing"), "agency", ("Housing", "Corporation"))
    'Canada Mortgage and Housing Corporation'
    >>> _public_fit(t, t.index("Acme"), "agency", ("Acme", "Corporation")) is None
    True
    >>> _public_fit("Hydro-Quebec said", 0, "utility", ("Hydro-Quebec",))
    'Hydro-Quebec'
    """
    last = cw[-1].lower()
    if head == "agency" and last == "corporation":
        name = _written_org(text, pos, cw, _org_name(text, pos, cw))
        return name if name.split()[0].lower() in _PUBLIC_FIRST else None
    if head == "utility" and "-" in last and last.split("-")[0] in ("hydro", "power"):
        return cw[-1]
    return None


def _jurisdiction_body(text, pos, cw):
    """The name of a government body named for its jurisdiction, at ``pos`` (run
    ``cw``): "Elections Ontario", "Service Nova Scotia", "Emergency Management BC" (the
    name index drops the "BC": read from the text after the run); None when the name
    is no such body, or only the place ("New Brunswick", "Manitoba and Quebec").

    >>> t = "Emergency Management BC and New Brunswick said so."
    >>> _jurisdiction_body(t, 0, ("Emergency", "Management"))
    'Emergency Management BC'
    >>> _jurisdiction_body(t, t.index("New"), ("New", "Brunswick")) is None
    True
    """
    last = cw[-1]
    if last.lower() in _JURIS_LAST:
        name = _written_org(text, pos, cw, " ".join(cw))
    else:
        end = text.find(last, pos, pos + 200)
        m = None if end < 0 else _ABBR_AFTER_RE.match(text, end + len(last))
        if m is None or m.group(1).lower() not in _JURIS_LAST:
            return None
        name = " ".join(cw) + " " + m.group(1)
    low = name.lower().split()
    for place in _JURIS_PLACES:
        k = len(place)
        if len(low) > k and tuple(low[-k:]) == place:
            if low[-k - 1] in ("and", "&", "of", "in", "for", "the"):
                return None  # "Manitoba and Quebec", "Bank of Canada"
            if len(low) == k + 1 and tuple(low[-k - 1 :]) in _JURIS_PLACES:
                return None  # ("New Brunswick" read as a body "New" + "Brunswick")
            return name
    return None


_PLACE_BODY_WORDS = frozenset(_lines("place_body_words.txt"))


def _place_first_body(cw):
    """The name of a public body that opens with its province ("Ontario Parks",
    "Manitoba Hydro", "Alberta Health Services": a one-word place of
    jurisdiction_words.txt, then a word of place_body_words.txt), or None.

    >>> _place_first_body(("Ontario", "Parks")), _place_first_body(("Ontario", "Liberals"))
    ('Ontario Parks', None)
    """
    if len(cw) < 2 or len(cw) > 3 or (cw[0].lower(),) not in _JURIS_PLACES:
        return None
    return " ".join(cw) if cw[1].lower() in _PLACE_BODY_WORDS else None


def _fuller_org(an, pos, word):
    """The longer organisation name ending in the one listed organisation word ``word``
    ("Post") that the article last wrote before ``pos`` ("The Washington Post ... The
    Post reported": Washington Post), else ``word``."""
    for p0, cw, _g, _info in reversed(an.by_last.get(word.lower(), ())):
        if p0 < pos and 1 < len(cw) <= 4 and cw[-1] == word:
            return _org_name(an.text, p0, cw)
    return word


def _common_opening(an, pos, word):
    """Is the one-word run ``word`` at ``pos`` a common noun capitalised only because it
    opens its sentence: the article writes it in lower case too ("Business in May
    rose ... its core business"), and no "of <Name>" follows ("Bank of Japan")?"""
    text = an.text
    if not text.startswith(word, pos) or _OPENING_OF_NAME_RE.match(text, pos + len(word)):
        return False  # "The Board of Trade", "Bank of Japan governor"
    before = text[max(0, pos - 4) : pos].rstrip(" \t\"“‘'")
    return (not before or before[-1] in ".!?\n") and an.common_word(word.lower())


_OPENING_OF_NAME_RE = re.compile(r"[ \t]+(?:of|for|on|and|&)[ \t]+(?:the[ \t]+)?[A-Z]")


# "the city", "the school board", "the provincial ministry of health": a description
# of an organisation opening a clause, the referent of a later "it said"
_ORG_DESCRIPTION_RE = re.compile(
    r"(?:^|(?<=[.;:!?]\s)|(?<=\n))[ \t]*[Tt]he[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}"
    r"(?P<head>city|town|province|state|county|ministry|department|agency|board|council|"
    r"government|police|company|firm|bank|union|league|club|team|court|party|campaign|"
    r"hospital|university|school|committee|commission|association|federation|"
    r"organization|organisation|group|office|airline|authority|regulator|utility)"
    r"(?:[ \t]+of[ \t]+[a-z]+)?\b"
)


# the same description as the speaker of a frame after its content ("Roads are closed,
# the province said in an update. It said ...")
_ORG_FRAME_AFTER_CONTENT_RE = re.compile(
    r"(?<=,[ \t])the[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}"
    r"(?P<head>city|town|province|state|county|ministry|department|agency|board|council|"
    r"government|police|company|firm|bank|union|league|club|team|court|party|campaign|"
    r"hospital|university|school|committee|commission|association|federation|"
    r"organization|organisation|group|office|airline|authority|regulator|utility)"
    r"(?=[ \t]+(?:said|says|added|wrote|stated|noted|reported)\b)"
)


def _org_description_before(an, at, reach=400):
    """The last clause-opening description of an organisation ("The city", "the school
    board") in the ``reach`` characters before ``at`` and outside quotations, lower-cased
    ("the city"); None when there is none.

    >>> class _An:
    ...     text = masked = "The city lost in court. The ruling stands, it said."
    >>> _org_description_before(_An, _An.text.index("it said"))
    'the city'
    >>> _An.text = _An.masked = "Roads are closed, the province said. It said more."
    >>> _org_description_before(_An, _An.text.index("It said"))
    'the province'
    """
    lo, seg = _unquoted_before(an, at, reach)
    found = None
    for m in _ORG_DESCRIPTION_RE.finditer(seg):
        found = m
    for m in _ORG_FRAME_AFTER_CONTENT_RE.finditer(seg):
        if found is None or m.start() > found.start():
            found = m
    if found is None:
        return None
    desc = an.text[lo + found.start() : lo + found.end()].strip(" \t\n")
    return desc[0].lower() + desc[1:]


def _subject_org(an, at, head, groups):
    """``_nearest_org``, unless that organisation is only named inside a clause ("...
    placed the notes through Kell Co.") after an organisation quoted by name (that
    fits ``head``): then the organisation quoted, the subject of the story ("Acme Corp
    said ... through Kell Co. It said ..." -> "Acme Corp")."""
    got = _nearest_org_at(an, at, head)
    if got is None:
        return None
    pos, ref = got
    fits = _ORG_HEADS.get(head)
    for gpos, name, typ in reversed(groups):
        if at - gpos > 2000:
            break
        if typ == "organization" and name[:1].isupper() and name != ref:
            if name.split()[-1].lower().rstrip(".") in (fits or COMPANY_SUFFIXES):
                if gpos >= pos:
                    return name  # quoted since the organisation was named
                return ref if _opens_clause(an, pos) else name
    if _opens_clause(an, pos):
        return ref
    back = got
    for _ in range(3):  # "<Acme Corp> said ... with the Securities and Exchange Commission"
        back = _nearest_org_at(an, back[0], head)
        if back is None:
            break
        if back[1] != ref and _is_company(back[1]) and _opens_clause(an, back[0]):
            return back[1]  # (a company: never "On Twitter, she ...", "News footage")
    return ref


def _opens_clause(an, pos):
    """Does the organisation's name at ``pos`` open its clause (or its line, after a
    "<" as in "<Acme Corp> said")?"""
    an.antecedents()
    if an.starts_clause(pos):
        return True
    text = an.text
    i = pos  # (back over blanks and "<" only: never the whole line sliced per call)
    while i > 0 and text[i - 1] in " \t<":
        i -= 1
    return i == 0 or text[i - 1] == "\n"


def _last_org_quoted(at, groups, reach=500):
    """(position, name) of the organisation quoted last within ``reach`` characters
    before ``at`` ("Health Canada said ... It said ..." -> "Health Canada", "the
    newspaper wrote ... it added" -> "the newspaper"), or None.

    >>> _last_org_quoted(60, [(0, "Health Canada", "organization")])
    (0, 'Health Canada')
    """
    for gpos, name, typ in reversed(groups):
        if at - gpos > reach:
            return None
        if typ == "organization":
            return gpos, name
    return None


def _apposed_org_name(an, at, head, reach=4000):
    """The name the ``reach`` characters before ``at`` set in apposition to "the
    <head>" outside quotations ("The union, Local 4417 of the Food Workers, is
    asking"), the last one; or None.

    >>> class A: pass
    >>> an = A(); an.masked = None
    >>> an.text = "The union, Local 12 of the Food Workers, struck. "
    >>> _apposed_org_name(an, len(an.text), "union")
    'Local 12 of the Food Workers'
    """
    lo, seg = _unquoted_before(an, at, reach)
    if head + "," not in seg:
        return None  # (the cheap test first)
    last = None
    for m in re.finditer(
        r"\b[Tt]he[ \t]+" + re.escape(head) + r",[ \t]+([A-Z][\w'’&.-]*"
        r"(?:[ \t]+(?:of|the|and|for|de|du|des|[A-Z0-9][\w'’&.-]*)){0,8}),",
        seg,
    ):
        last = m
    if last is None:
        return None
    name = last.group(1)
    return name if len(name.split()) > 1 or name.isupper() else None


_BUSINESS_ROLE_RE = re.compile(
    r"(?<![\w'’-])(?:[Hh]er|[Hh]is|[Tt]heir|[Ii]ts|[A-Z][\w-]*['’]s)[ \t]+(?:[a-z][\w-]*[ \t]+)?(?:"
    + "|".join(_lines("business_roles.txt"))
    + r"),[ \t]+((?:" + _CAP_NAME_WORD + r"[ \t]+){0,3}" + _CAP_NAME_WORD + r"),"
)  # fmt: skip


def _this_paragraph_and_the_one_before(seg):
    """The end of ``seg`` from the start of the paragraph before its last one.

    >>> _this_paragraph_and_the_one_before("A.\\n\\nB.\\n\\nC ")
    'B.\\n\\nC '
    """
    ends = [m.end() for m in _PARAGRAPH_BREAK_RE.finditer(seg)]
    return seg[ends[-2] :] if len(ends) > 1 else seg


def _org_by_business_role(an, at, reach=800):
    """The name a business noun introduces in the ``reach`` characters before ``at``,
    outside quotations, in the same or the previous paragraph ("Her promoter,
    Northbound Live, said ..."), the last one, when its first word is no listed given
    name ("Her publisher, Ann Roe,": a person); else None."""
    _lo, seg = _unquoted_before(an, at, reach)
    seg = _this_paragraph_and_the_one_before(seg)
    last = None
    for m in _BUSINESS_ROLE_RE.finditer(seg):
        last = m
    if last is None or last.group(1).split()[0].lower() in an.lex.gender:
        return None
    return last.group(1)


def _only_company_quoted(groups, memo=None):
    """The one company name ("Acme Appliances Inc.": a company ending) among the
    organisations quoted so far, or None when none or several. With ``memo`` (a dict
    kept for the article), the names found are kept and only the statements added to
    ``groups`` since the last call are read (not all of them once per quote).

    >>> _only_company_quoted([(0, "Acme Inc.", "organization"), (9, "Health Canada", "organization")])
    'Acme Inc.'
    """
    got = None if memo is None else memo.get(("companies quoted",))
    if got is None or got[0] is not groups or got[1] > len(groups):
        got = [groups, 0, set()]
        if memo is not None:
            memo[("companies quoted",)] = got
    got[2].update(
        name
        for _p, name, typ in groups[got[1] :]
        if typ == "organization"
        and name[:1].isupper()
        and name.split()[-1].lower().rstrip(".") in COMPANY_SUFFIXES
    )
    got[1] = len(groups)
    return next(iter(got[2])) if len(got[2]) == 1 else None


# a union local known only by its number: "Local 212"
_LOCAL_NUMBER_RE = re.compile(r"Local[ \t]+\d+")


# the union's name right before ", Local 212": capitalised words (with "of", "and",
# "the", "for" inside), the last ending in a union word
_UNION_BEFORE_LOCAL_RE = re.compile(
    r"(?<![\w'’&.-])([A-Z][\w'’&.-]*(?:[ \t]+(?:of|and|the|for|[A-Z][\w'’&.-]*)){0,8}?"
    r"[ \t]+(?:Union|Workers|Federation|Brotherhood|Teamsters|Guild|Alliance|Association))"
    r",[ \t]+\Z"
)


def _union_of_local(an, at, local, reach=4000):
    """The union's name the article writes right before ", <local>" (a local's
    number) in the ``reach`` characters before ``at``, outside quotations ("the Retail
    and Grocery Workers Union, Local 212" -> "Retail and Grocery Workers Union"); None
    when there is none (a reader wants the union's name, not its local's number).

    >>> class A: pass
    >>> an = A(); an.masked = None
    >>> an.text = "Staff belong to the Grocery Workers Union, Local 212. "
    >>> _union_of_local(an, len(an.text), "Local 212")
    'Grocery Workers Union'
    """
    lo, seg = _unquoted_before(an, at, reach)
    i = seg.rfind(", " + local)
    if i < 0:
        return None
    m = _UNION_BEFORE_LOCAL_RE.search(seg, max(0, i - 120), i + 2)
    if m is None:
        return None
    name = m.group(1)
    return name[4:] if name.startswith("The ") else name


_UNION_AFTER_LOCAL_RE = re.compile(
    r"[ \t]+of[ \t]+(?:the[ \t]+)?([A-Z][\w'’&.-]*(?:[ \t]+(?:of|and|the|for|[A-Z][\w'’&.-]*)){0,8}"
    r"[ \t]+(?:Union|Workers|Federation|Brotherhood|Teamsters|Guild|Alliance|Association))"
    r"(?![\w'’&-])"
)


def _local_speaker(an, q, groups):
    """Speaker of a mention that is a union local's number ("Local 212 said"): the
    union's name when the article writes "the X Union, Local 212" or "Local 212 of the
    X Union" before (or at) it, else the mention itself; an organisation. False when
    the mention is no local's number.

    >>> class A: pass
    >>> an, q = A(), A(); an.masked = None
    >>> an.text = "Drivers are in Local 9 of the Harbour Workers Union. Local 9 said so."
    >>> q.mention, q.m_start = "Local 9", an.text.rindex("Local 9")
    >>> _local_speaker(an, q, []), q.speaker, q.stype
    (True, 'Harbour Workers Union', 'organization')
    """
    local = q.mention
    if _LOCAL_NUMBER_RE.fullmatch(local) is None:
        return False
    name = _union_of_local(an, q.m_start, local)
    if name is None:
        lo, seg = _unquoted_before(an, q.m_start + len(local) + 200, 4200)
        for m in re.finditer(re.escape(local) + r"(?!\d)", seg):
            u = _UNION_AFTER_LOCAL_RE.match(seg, m.end())
            if u is not None:
                name = u.group(1)
                break
    q.speaker, q.stype = name or local, "organization"
    groups.append((q.m_start, q.speaker, "organization"))
    return True


def _org_called(an, at, head, reach=3000):
    """The name the ``reach`` characters before ``at`` give "a/an <head>" outside
    quotations ("a group calling itself Parents for Open Shelves", "a coalition called
    Friends of the Valley", "a citizens' group known as ..."), the last one; or None.

    >>> class A: pass
    >>> an = A(); an.masked = None
    >>> an.text = "It was filed by a group calling itself Parents for Open Shelves. "
    >>> _org_called(an, len(an.text), "group")
    'Parents for Open Shelves'
    """
    lo, seg = _unquoted_before(an, at, reach)
    if head not in seg:
        return None  # (the cheap test first)
    last = None
    for m in re.finditer(
        r"\b(?:a|an)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?" + re.escape(head) + r"[ \t]+"
        r"(?:calling[ \t]+itself|called|named|known[ \t]+as)[ \t]+([A-Z][\w'’&-]*"
        r"(?:[ \t]+(?:of|the|and|for|[A-Z0-9][\w'’&-]*)){0,8})",
        seg,
    ):
        last = m
    if last is None:
        return None
    name = last.group(1)
    while name.split()[-1] in ("of", "the", "and", "for"):
        name = name.rsplit(None, 1)[0]
    return name if len(name.split()) > 1 else None


def _org_of_head(an, q, lm, head, groups):
    """(name, rejected) for ``_resolve_org``: the organisation "it" / "the <head>"
    stands for by the article's names, quotes and appositions, or None; ``rejected``
    is True when a candidate of another kind was set aside ("the company" after "The
    union said": never the union, ``_fits_kind``)."""
    words = q.mention.split()
    rejected = False

    def fit(name):
        nonlocal rejected
        if name is not None and not _fits_kind(head, name):
            rejected = True
            return None
        return name

    ref = fit(_subject_org(an, q.m_start, head, groups))
    if head is not None and len(words) == 2:
        app = _apposed_org_name(an, q.m_start, head)  # "The union, Local 12 of ...,"
        if app is not None and (ref is None or ref in app):
            ref = fit(app)  # (the whole name: "Local 12 of the Food Workers")
        if ref is None:
            ref = fit(_org_apposed_to(an, q.m_start, head))  # "Acme Marine, the company that"
        if ref is None:
            ref = fit(_org_called(an, q.m_start, head))  # "a group calling itself X"
    if ref is not None and _LOCAL_NUMBER_RE.fullmatch(ref):
        ref = fit(_union_of_local(an, q.m_start, ref)) or ref  # "X Workers Union, Local 212"
    if ref is None and (head in _COMPANY_HEADS or lm == "it"):
        ref = fit(_company_subject(an, q.m_start))
    if ref is None and head in _COMPANY_HEADS and len(words) == 2:
        # "Glaceo Technologies announced ... The company said": the organisation
        # quoted last by its name
        last = _last_org_quoted(q.m_start, groups, 1500)
        ref = fit(last[1] if last is not None and last[1][:1].isupper() else None)
        if ref is None:  # the one company the article quoted by name, however far back
            ref = fit(_only_company_quoted(groups, an.title_cache))
        if ref is None:  # ("Her promoter, Northbound Live, said ... the company said")
            ref = fit(_org_by_business_role(an, q.m_start))
    return ref, rejected


# bodies that speak as one but are no organisation of _ORG_HEADS: "The jury
# recommended A. It also recommended B" (the "it" is the jury)
_BODY_HEADS = frozenset(("jury", "inquest", "inquiry"))


_ORG_TOPIC_RE = re.compile(
    r"[ \t\n]*(?:(?:But|And|Meanwhile),?[ \t]+)?[Tt]he[ \t]+(?:[a-z]+['’]s[ \t]+)?"
    r"(?P<head>[a-z]+)[ \t]+"  # ("The coroner's jury heard": a possessive before the head)
    r"(?:also[ \t]+|has[ \t]+|had[ \t]+)?(?P<verb>[a-z]+)\b"
)


_TOPIC_PAST = frozenset(_lines("topic_past_verbs.txt"))


def _topic_verb(w):
    """May ``w`` be the verb after a topic subject: a word ending in "s" or "ed", or
    an irregular past ("The panel met", "The jury made")?"""
    return len(w) > 1 and (w.endswith(("s", "ed")) or w in _IRREGULAR_PAST or w in _TOPIC_PAST)


def _org_topic_before(an, at):
    """(position, head, description) when the sentence right before the sentence of
    the "it" at ``at`` opens with "the <organisation noun>" and a verb ("The union
    disputes that.", "The company denied it.") and no name is written outside
    quotations between it and the "it"; else None: that organisation is the topic.

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "The union disputes that. Talks can go on, it said."
    >>> an = _ArticleNames(t, [(0, 24), (25, len(t))], lexicon(), None)
    >>> _org_topic_before(an, t.index("it said"))
    (0, 'union', 'the union')
    """
    an.antecedents()
    si = bisect.bisect_right(an.ante[0], at) - 1
    if si < 1:
        return None
    s0, s1 = an.sents[si - 1]
    m = _ORG_TOPIC_RE.match(an.text, s0, s1)
    if m is not None and not _topic_verb(m.group("verb")):
        m = None
    if m is None and not an.text[an.sents[si][0] : at].strip(' \t\n"“'):
        return _named_topic_before(an, s0, s1, at)  # "Acme kept its dividend. It said"
    if m is None or (m.group("head") not in _ORG_HEADS and m.group("head") not in _BODY_HEADS):
        return None
    if an.masked is not None and an.masked[m.start("head")] == MASK:
        return None
    name_pos = an.positions()
    for i in range(bisect.bisect_left(name_pos, m.end()), bisect.bisect_left(name_pos, at)):
        if (an.masked is None or an.masked[name_pos[i]] != MASK) and not an.junk_opener(i):
            return None  # a name between: maybe that one ("Replacement workers": none)
    pos = m.start("head") - 4
    if m.group("head") in _BODY_HEADS:  # "The jury recommended A. It also recommended B"
        return pos, None, "the " + m.group("head")
    return pos, m.group("head"), "the " + m.group("head")


def _named_topic_before(an, s0, s1, at):
    """(position, None, name) when the sentence s0..s1 opens with a name that is no
    person, place, title or time word, written again or ending in an organisation's
    word, as the subject of a verb ("Maple Basket kept its dividend unchanged."), and
    no other name stands between it and ``at``; else None."""
    name_pos = an.positions()
    i = bisect.bisect_left(name_pos, s0)
    if bisect.bisect_left(name_pos, at) - i != 1:
        return None
    pos, cw, g, info = an.names[i]
    if an.text[s0:pos].strip() or (an.masked is not None and an.masked[pos] == MASK):
        return None
    lex = an.lex
    name = " ".join(cw)
    if (
        g is not None
        or info[2]
        or cw[0].lower() in lex.gender
        or cw[-1] in lex.place_words
        or name in lex.place_names
        or name in _COUNTRIES
        or cw[-1].lower() in lex.titles
        or info[3] in _TIME_WORDS_CO
        or _named_person(an, cw[-1])
    ):
        return None
    if not _salient_name(an.text, name) and cw[-1] not in lex.org_words:
        return None
    verb = re.match(r"[ \t]+(?:also[ \t]+)?([a-z]+)\b", an.text[pos + len(name) : s1])
    if verb is None or not (
        verb.group(1).endswith(("ed", "s"))
        or verb.group(1) in _IRREGULAR_PAST
        or verb.group(1) in ("will", "would", "had")
    ):
        return None  # (a verb right after the name: its subject)
    return pos, None, _company_of(an, name) or _one_word_org(an, name) or name


def _org_apposed_to(an, at, head, reach=1500):
    """The name set before a comma and "the <modifiers> <head>" in the ``reach``
    characters before ``at`` outside quotations ("Coastal Link Marine, the private
    company that runs the route, said"), the last one; or None.

    >>> class A: pass
    >>> an = A(); an.masked = None
    >>> an.text = "Coastal Link Marine, the private company that runs it, agreed. "
    >>> _org_apposed_to(an, len(an.text), "company")
    'Coastal Link Marine'
    """
    lo, seg = _unquoted_before(an, at, reach)
    if ", the " not in seg or head not in seg:
        return None  # (the cheap test first)
    last = None
    for m in re.finditer(
        r"(?<![\w'’&.-])([A-Z][\w'’&.-]*(?:[ \t]+(?:of|and|&|[A-Z][\w'’&.-]*)){1,6}),[ \t]+the"
        r"[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}" + re.escape(head) + r"\b(?![ \t]+of\b)",
        seg,
    ):
        last = m
    if last is None:
        return None
    name = re.sub(r"^(?:The|A|An)[ \t]+", "", last.group(1))
    return name if len(name.split()) > 1 and name.split()[-1] not in ("of", "and", "&") else None


def _in_sentence_of(an, at, pos):
    """Is ``pos`` before the end of the sentence holding ``at`` ("Health Canada said
    the Acme plant ... . It said": Acme is named inside what Health Canada said)?"""
    an.antecedents()
    si = bisect.bisect_right(an.ante[0], at) - 1
    return pos < (an.sents[si][1] if si >= 0 else at)


def _org_is_named(org):
    """Is the organisation speaker ``org`` a name ("Health Canada", "the Ontario
    Trucking Association") rather than a description ("the agency")?"""
    return org[:1].isupper() or (org.startswith("the ") and org[4:5].isupper())


def _resolve_org(an, q, lm, groups):
    """Fill the speaker of "it" / "the agency" with the organisation named before;
    "it" without one gets no speaker (the quote is dropped), "the agency" stays a
    description."""
    words = q.mention.split()
    if lm == "it" and (
        (doc := _document_subject_before(an, q.m_start)) is not None
        or (doc := _document_object_before(an, q.m_start)) is not None
        or (doc := _own_org_subject_before(an, q.m_start)) is not None
        or (doc := _named_firm_subject_before(an, q.m_start)) is not None
    ):
        q.speaker, q.stype = doc, "organization"  # "The report flags risks. It says"
        return
    if lm == "it" and (desc := _org_topic_before(an, q.m_start)) is not None:
        # "The union disputes that. Replacement workers ..., it said": the union
        ref = None if desc[1] is None else _subject_org(an, desc[0], desc[1], groups)
        ref = ref if ref is not None and _fits_kind(desc[1], ref) else desc[2]
        q.speaker, q.stype = ref, "organization"
        groups.append((q.m_start, ref, "organization"))
        return
    if (
        lm != "it"
        and any(w[:1].isupper() and not w.endswith(_LEAD_MODIFIER_ENDS) for w in words[1:])
        and not (words[-1][:1].islower() and words[-1] in _COMPANY_HEADS)
    ):  # ("the Crown corporation": a capitalised modifier before a lower-case head)
        ref = None  # "the Tax Foundation", "The Republican National Committee": a name
    else:
        head = None if lm == "it" else lm.split()[-1]
        ref, other = _org_by_modifier(an, q, words) or _owner_just_before(an, q, words), False
        ref = _lede_org_apposed_next(an, q, head) or ref  # "the company that built it says"
        if ref is None:
            ref, other = _org_of_head(an, q, lm, head, groups)
        ref = ref if _authority_fits(lm, ref) else None
        ref = _kind_word_named(an, q, head, ref)  # ("Department of Health" over a place's body)
        ref = None if _builder_introduced(an, q, head) else ref  # "A software developer"
        if ref is not None and len(words) == 2 and owned_by_description(an, head, ref, q.m_start):
            # "The company's largest investor, Northgate Ventures, ... The company said"
            ref = other_org_quoted(groups, ref, q.m_start)
        if ref is None and other and head in _COMPANY_HEADS and len(words) == 2:
            # "The union said ... The company said": the organisation of the head's kind
            # named last ("talks between the union and Prairie Harvest Distribution"), one
            # whose name ends in a word of the kind first ("Salish Coast Ferries" over a
            # nearer "Driftwood Cafe")
            ref = _nearest_org(an, q.m_start, head, 4000) or _kind_org_before(an, q.m_start, head)
    # "Health Canada said ... It said ...": the organisation quoted last, unless a
    # description of one opens a clause after it; before one named earlier
    org = _last_org_quoted(q.m_start, groups) if lm == "it" else None
    if (
        ref is not None
        and org is not None
        and org[1].removeprefix("the ") != ref  # (not "the ZETA Group" for "ZETA Group")
        and (_org_is_named(org[1]) or all(name != ref for _p, name, _t in groups))
    ):  # (a description quoted after a name quoted itself: the name, "Moody's ... the agency")
        named = _nearest_org_at(an, q.m_start)
        ref = None if named is None or _in_sentence_of(an, org[0], named[0]) else ref
    elif ref is not None:
        org = None
    reach = 400 if org is None else min(400, q.m_start - org[0])
    hi = min(q.m_start, q.start)  # (not "the ruling" in "A will appeal the ruling, it said")
    doc = (
        _document_before(an, hi, max(0, reach - q.m_start + hi))
        if lm == "it" and ref is None
        else None
    )
    if doc is not None:
        reach = q.m_start - doc[0]  # "The council met. The memo ... it said": the memo
        org = None if org is not None and org[0] < doc[0] else org
    if ref is not None:
        q.speaker, q.stype = ref, "organization"
        groups.append((q.m_start, ref, "organization"))
    elif lm == "it" and (desc := _org_description_before(an, q.m_start, reach)) is not None:
        if org is not None and an.text[org[0] : org[0] + len(desc)].lower() == desc:
            desc = org[1]  # "The agency said ... It warned": the name the agency was given
        q.speaker, q.stype = desc, "organization"  # "The city will appeal, it said"
        groups.append((q.m_start, desc, "organization"))
    elif org is not None:
        q.speaker, q.stype = org[1], "organization"
        groups.append((q.m_start, org[1], "organization"))
    elif doc is not None:
        q.speaker, q.stype = doc[1], "organization"  # "The memo ... '...,' it stated"
        groups.append((q.m_start, doc[1], "organization"))
    elif lm == "it":
        q.speaker, q.stype = None, "unknown"
    else:
        desc = q.mention
        if desc[:1].isupper():
            desc = desc[0].lower() + desc[1:]
        if len(words) == 2 or words[1:] == lm.split()[1:]:  # "the Ministry", "the central bank"
            desc = _named_description(an, q.m_start, lm.split()[1:]) or desc
        if len(words) == 2 and words[0].lower() == "the":  # "a consortium called X ..."
            desc = an.title_cache.get("_called", {}).get(words[1].lower(), desc)
        if (
            len(words) == 2
            and words[1].lower() in ("company", "firm")
            and desc == q.mention.lower()
        ):
            desc = _introduced_company(an, q.m_start) or desc  # "landlord Ashbury Residential"
            desc = (
                desc if desc != q.mention.lower() else _company_by_short_name(an, q.m_start) or desc
            )
        if len(words) == 2 and words[1].lower() in ("developer", "builder"):
            desc = _developer_named_before(an, q, words[1].lower()) or desc
        if desc == q.mention.lower() and (
            words[0].lower() == "the" or words[0].endswith(("'s", "’s"))
        ):
            desc = _org_named_next(an, q, lm.split()[-1]) or desc  # "the agency said" in a lede
            desc = desc if _authority_fits(lm, desc) else q.mention.lower()
        if desc == q.mention.lower() and lm in ("the organization", "the organisation"):
            org = _last_org_quoted(q.m_start, groups, 1500)  # "Acme Co-op said ... . B, the
            if org is not None and _org_is_named(org[1]):  # organization said": any kind
                desc = org[1]
        q.speaker, q.stype = desc, "organization"
        groups.append((q.m_start, desc, "organization"))


# the heads of "the <head>" that may stand for a body quoted by a name of no kind word
# ("Lakehead Regional Transit said ... the agency said"), and the kinds they allow
_DESCRIBED_BODY_KINDS = {
    "agency": (None, "government"),
    "department": (None, "government"),
    "ministry": (None, "government"),
    "authority": (None, "government"),
    "bureau": (None, "government"),
    "commission": (None, "government"),
    "union": ("union", "association"),
    "federation": ("union", "association"),
    "association": ("union", "association"),
    "organization": (None, "union", "association", "government"),
    "organisation": (None, "union", "association", "government"),
}


def _body_quoted_before(an, q, head, persons, groups, reach=3000):
    """The body "the <head>" stands for when no name fits the head: the one body
    quoted by a body's name (``_body_name``) of a kind the head allows in the ``reach``
    characters before it, or the possessive description quoted that ends in the head
    and holds a capitalised name ("the city's Planning Services department ... the
    department said"); None when there is none or more than one (two associations
    quoted before "The association said": left alone)."""
    kinds = _DESCRIBED_BODY_KINDS.get(head)
    if kinds is None:
        return None
    found = set()
    for _pos, name in _quoted_within(q.m_start, reach, groups, persons):
        words = name.split()
        if (_body_name(an, name) and _org_kind(name) in kinds and _last_word_fits(head, words)) or (
            len(words) > 2
            and words[0].lower() == "the"
            and words[-1] == head
            and any(w[:1].isupper() for w in words[1:-1])
        ):
            found.add(name)
    return next(iter(found)) if len(found) == 1 else None


def _quoted_within(at, reach, groups, persons):
    """(position, name) of the speakers of ``groups`` and ``persons`` (each in the
    order quoted) in the ``reach`` characters before ``at``, read from the end back
    (no walk over the whole article per quote).

    >>> list(_quoted_within(50, 20, [(10, "A", "group"), (40, "B", "group")], [(45, "C", "f")]))
    [(40, 'B'), (45, 'C')]
    """
    for rows in (groups, persons):
        for row in reversed(rows):
            if at - row[0] > reach:
                break
            if 0 < at - row[0] and isinstance(row[1], str):
                yield row[0], row[1]


def _last_word_fits(head, words):
    """May a name of ``words`` be "the <head>": not when one of its words is an
    organisation head of another kind ("Halifax Regional Centre" is no "department",
    "Illinois Board of Elections" no "commission")?

    >>> _last_word_fits("department", ["Halifax", "Regional", "Centre"])
    False
    >>> _last_word_fits("agency", ["Lakehead", "Regional", "Transit"])
    True
    """
    fits = _ORG_HEADS.get(head, ())
    for w in words:
        low = w.lower().strip(".,")
        if low != head and low in _ORG_HEADS and low not in fits:
            return False
    return True


def _resolve_described_body(an, q, lm, persons, groups):
    """After ``_resolve_org``: give "the <head>" still unresolved the body the article
    names for it (``_lede_body_named_next``, ``_body_quoted_before``); the speaker kept
    otherwise."""
    if not isinstance(q.speaker, str) or q.speaker.lower() != q.mention.lower():
        return
    words = lm.split()
    name = _lede_body_named_next(an, q, lm) if len(words) > 2 else None
    if name is None and len(words) == 2 and words[0] == "the":
        name = _body_quoted_before(an, q, words[1], persons, groups)
    if name is None:
        return
    if groups and groups[-1][0] == q.m_start:
        groups[-1] = (q.m_start, name, "organization")
    q.speaker, q.stype = name, "organization"


_SPOKES_OF_DESC_RE = re.compile(
    r"an?[ \t]+spokes(?:person|man|woman)[ \t]+(?:for|with)[ \t]+(the(?:[ \t]+[a-z]+){1,3})"
)


def _resolve_spokes_of_body(an, q, lm, persons, groups, reach=2000):
    """ "a spokesperson for the department" speaks for the body "the department"
    stands for (``_resolve_org``, ``_resolve_described_body``) when that is a name
    ("Fisheries and Oceans Canada"), and "the spokesperson" soon after is the same
    body; False when the mention is neither or no name is found."""
    memo = an.title_cache.get(("spokes of body",))
    if lm in ("the spokesperson", "the spokesman", "the spokeswoman"):
        if memo is None or not 0 < q.m_start - memo[0] <= reach:
            return False
        if "spokes" in an.text[memo[2] : q.m_start].lower():
            return False  # (another spokesperson came in between)
        q.speaker, q.stype = memo[1], "organization"
        groups.append((q.m_start, memo[1], "organization"))
        return True
    m = _SPOKES_OF_DESC_RE.fullmatch(lm)
    if m is None or not _is_org_reference(m.group(1)):
        return False
    saved = q.mention, q.speaker, q.stype, len(groups)
    q.mention = m.group(1)
    try:
        _resolve_org(an, q, m.group(1), groups)
        _resolve_described_body(an, q, m.group(1), persons, groups)
    finally:
        q.mention = saved[0]
    name = q.speaker if isinstance(q.speaker, str) else ""
    if not name[:1].isupper():
        del groups[saved[3] :]
        q.speaker, q.stype = saved[1], saved[2]
        return False
    q.stype = "organization"
    an.title_cache[("spokes of body",)] = (q.m_start, name, q.m_end)
    return True


# a person's organisation opening a sentence as its subject ("Lee's campaign quickly
# backtracked, ...")
_OWN_ORG_SUBJECT_RE = re.compile(
    r"[ \t\n]*(?:(?:But|And|Yet|So|Later|Then),?[ \t]+)?"
    r"((?:[A-Z][\w.-]*[ \t]+){0,2}[A-Z][\w-]*['’]s?[ \t]+"
    r"(?:campaign|office|administration|government|company|firm|team|committee))\b"
    r"(?![ \t]+(?:said|says|manager|chairman|chairwoman|spokesman|spokeswoman|official))"
)


def _own_org_subject_before(an, at):
    """ "<Name>'s campaign" (as written) when the sentence right before the sentence of
    "it" at ``at`` opens with a person's organisation as its subject and the "it"
    opens its own sentence, after a quotation or a lead phrase at most ("Lee's
    campaign backtracked ... . In such cases, it said, ..."), else None.

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Lee's campaign backtracked at once. In such cases, it said, the law holds."
    >>> an = _ArticleNames(t, [(0, 35), (36, len(t))], lexicon(), None)
    >>> _own_org_subject_before(an, t.index("it said"))
    "Lee's campaign"
    """
    an.antecedents()
    si = bisect.bisect_right(an.ante[0], at) - 1
    if si < 1:
        return None
    rest = _unquoted_rest(an, an.sents[si][0], at)
    if rest and _LEAD_PHRASE_RE.fullmatch(an.text, an.sents[si][0], at) is None:
        return None
    m = _OWN_ORG_SUBJECT_RE.match(an.text, *an.sents[si - 1])
    if m is None or (an.masked is not None and an.masked[m.start(1)] == MASK):
        return None
    return m.group(1)


# a sentence whose subject is a firm's bare name, set off or not by its kind: "That
# firm, Harbour Controls, makes pumps." / "Harbour Controls makes pumps." (the name, then
# a finite verb in the present or past)
_NAMED_FIRM_SUBJECT_RE = re.compile(
    r"(?:(?:That|The|This)[ \t]+(?:[a-z-]+[ \t]+)?(?:firm|company|business|group|society"
    r"|organization|organisation|agency|charity|foundation|association|club|maker)[ \t]*,[ \t]*)?"
    r"(?P<name>[A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*){1,4}),?[ \t]+"
    r"(?:makes|runs|owns|operates|builds|sells|employs|has|had|is|was|provides|designs|supplies)\b"
)


def _named_firm_subject_before(an, at):
    """The bare organisation name that is the subject of the sentence right before an
    "It" opening its sentence at ``at`` ("That firm, Harbour Controls, makes pumps for
    ships. It said in a news release that A": Harbour Controls), when its first word is
    no given name (a person is never "it"); else None."""
    an.antecedents()
    si = bisect.bisect_right(an.ante[0], at) - 1
    if si < 1 or _unquoted_rest(an, an.sents[si][0], at):
        return None
    s0, s1 = an.sents[si - 1]
    if "\n" in an.text[s1:at]:
        return None  # (the sentence before must be in the same paragraph)
    m = _NAMED_FIRM_SUBJECT_RE.match(an.text, s0, s1)
    if m is None or (an.masked is not None and an.masked[m.start("name")] == MASK):
        return None
    name = m.group("name")
    words = [w.lower().rstrip(".") for w in name.split()]
    if name.split()[0] in ("The", "A", "An", "It", "This", "That") or any(
        w in an.lex.gender or w in an.lex.titles for w in words
    ):
        return None  # ("Mayor Jim Watson has ...": a person)
    return name


def _developer_named_before(an, q, head, reach=8000):
    """The company whose name fits "the developer" / "the builder" (``head``: "...
    Properties", "... Homes", "... Developments Ltd.") named in the ``reach``
    characters before the mention: a project's developer is named once and then
    called "the developer" far down an article ("Petitcodiac Properties plans ... .
    The developer said"); None when there is none."""
    return None if _builder_introduced(an, q, head) else _nearest_org(an, q.m_start, head, reach)


def _company_quoted_just_before(an, quotes):
    """Give "the corporation said" / "the firm said" (a company head after "the"),
    left a description, the organisation quoted in the statement just before it in the
    same paragraph, when that is a name of no other kind (no union, government or
    association) and does not open with a given name: "In a statement, Salish Ferries said A. '"B," the corporation said.'"
    -> Salish Ferries; speaker strings only."""
    for p, q in itertools.pairwise(quotes):
        lm = (q.mention or "").lower()
        words = lm.split()
        operator = _OPERATOR_DESC_RE.fullmatch(lm) is not None  # ("the plant operator")
        if not operator and (
            len(words) != 2 or words[0] != "the" or words[1] not in _COMPANY_HEADS
        ):
            continue
        if (q.speaker or "").lower() != lm or not p.speaker:
            continue
        if p.stype == "person" and an.lex.gender.get(p.speaker.split()[0].lower()) is not None:
            continue  # (a person: no company; an unknown name typed a person may be one)
        if p.stype not in ("organization", "person"):
            continue
        if not p.speaker[:1].isupper() or _org_kind(p.speaker) not in (None, "company"):
            continue
        gap = an.text[min(p.m_end, p.end) : q.m_start]

        if "\n" in gap and (p.stype != "organization" or len(_PARAGRAPH_BREAK_RE.findall(gap)) > 1):
            continue  # (an organisation quoted in the paragraph before: "the company" still)
        q.speaker, q.stype = p.speaker, "organization"


# "the operator", "the plant operator", "the mill's operator": a company running a facility
_OPERATOR_DESC_RE = re.compile(r"the[ \t]+(?:[a-z]+(?:['’]s)?[ \t]+)?operator")


_PROVINCE_RE = re.compile(
    r"(?<![\w'’.-])("
    + "|".join(sorted(map(re.escape, _lines("provinces.txt")), key=len, reverse=True))
    + r")(?![\w'’-])"
)


def _province_named(an, quotes):
    """Give "the province" ("..., the province said in an update", and the "It" that
    took it) the one province the article names in full before that statement,
    outside quotations ("this northern Alberta hamlet" -> Alberta); a dateline's
    abbreviation ("KESTREL LAKE, Alta. —") is no naming: the written batches keep
    "province" then. Speaker strings only."""
    first = None  # province -> position of its first naming (one pass, on demand)
    for q in quotes:
        if not q.speaker or q.speaker.lower() != "the province":
            continue
        if first is None:
            text = an.masked if an.masked is not None else an.text
            first = {}
            for m in _PROVINCE_RE.finditer(text):
                first.setdefault(m.group(1), m.start())
        found = [name for name, pos in first.items() if pos < q.m_start]
        if len(found) == 1:
            q.speaker, q.stype = found[0], "organization"


# one capitalised word before "of" / "at" and the mention, a name run ending
# there no longer ("..., Edelman of Drexel said"; not "Joe Edelman of", "the Bank of")
_PERSON_OF_RE = re.compile(
    r"(?:^|[^\w&'’.\- \t]|[a-z\d)]\.|[^\w&'’.\-][a-z][\w'’-]*)[ \t]+"
    r"([A-Z][a-z][\w'’-]*)[ \t]+(?:of|at)[ \t]+\Z"
)


def _person_of_org(an, q, persons):
    """Give "<Surname> of <Organisation> said" the person as speaker (and True) when the
    article names that surname as a person's elsewhere ("Jeff Edelman, an analyst ...
    Edelman of Drexel said": Jeff Edelman, not Drexel); False otherwise ("Helen of
    Troy said", "Volkswagen of America said": a company's name)."""
    if not q.mention[:1].isupper():
        return False
    lo = max(0, q.m_start - 60)
    m = _PERSON_OF_RE.search(" " + an.text[lo : q.m_start])
    if m is None:
        return False
    word = m.group(1)
    low = word.lower()
    lex = an.lex
    if low in lex.titles or low in lex.org_words or low in lex.nouns or word in lex.org_words:
        return False
    if low in _SENT_START_STOP or not _named_person(an, word):
        return False
    pos = lo + m.start(1) - 1
    q.mention, q.m_start, q.m_end = word, pos, pos + len(word)
    return _set_person(an, q, persons, [word])


_LEADERS_OWN_RE = re.compile(r"([A-Z][\w-]+)['’]s[ \t]+(?:campaign|party)\Z")


_PARTY_WORDS = (
    r"[A-Z]{2,4}|Liberal|Conservative|Progressive[ \t]+Conservative|Green|Bloc|Reform"
    r"|New[ \t]+Democrat(?:ic)?|Democratic|Republican|Labour|Saskatchewan[ \t]+Party"
)


def _leaders_party(an, q, groups):
    """Give "<Surname>'s campaign" the party the article names that person the leader
    of ("NDP Leader Amara Fontaine ... Fontaine's campaign said" -> NDP) and True;
    False when it names none."""
    m = _LEADERS_OWN_RE.fullmatch(q.mention)
    if m is None:
        return False
    lead = re.search(
        rf"\b({_PARTY_WORDS})[ \t]+[Ll]eader[ \t]+(?:[A-Z][\w'’-]*[ \t]+){{0,2}}"
        + re.escape(m.group(1))
        + r"\b",
        an.text[: q.m_start],
    )
    if lead is None:
        return False
    q.speaker, q.stype = re.sub(r"\s+", " ", lead.group(1)), "organization"
    groups.append((q.m_start, q.speaker, q.stype))
    return True


# "the president of the Farmers Union", "a spokesman for Acme Corp": a person's role
# in an organisation named after it (the role lower-case, the name capitalised)
_ROLE_OF_ORG_RE = re.compile(
    r"(?:[Tt]he|[Aa]n?|[Oo]ne)[ \t]+((?:[a-z-]+[ \t]+){0,2}([a-z]+))[ \t]+(?:of|for|at)"
    r"[ \t]+(?:the[ \t]+)?([A-Z][\w&.'’-]*(?:[ \t]+(?:(?:of|and|for|&)[ \t]+)?[A-Z][\w&.'’-]*)*)\Z"
)


_NAME_WORDS = r"((?:[A-Z][\w.'’-]*[ \t]+){1,3}[A-Z][\w'’-]+)"


def _resolve_role_of_org(an, q, persons):
    """Fill the speaker of "the president of the Farmers Union" (a person noun, then
    an organisation's or a listed place's name): the person the article names in that role ("Mara Quill,
    the president of the Farmers Union", "Farmers Union president Mara Quill"), else
    the description, an anonymous person (never the organisation); False when the
    mention is not so shaped.

    >>> qs, _ = __import__("analysis.quotes.assemble").quotes.assemble.extract(
    ...     "The president of the Selvane Farmers Union said prices fell.")
    >>> qs[0].speaker, qs[0].stype
    ('the president of the Selvane Farmers Union', 'anonymous')
    """
    m = _ROLE_OF_ORG_RE.match(q.mention)
    if m is None or m.group(2) not in _PERSON_NOUNS:
        return False
    role, org = m.group(1), m.group(3)
    last = org.split()[-1]
    if last not in an.lex.org_words and not _is_company(org) and org not in an.lex.place_names:
        return False  # "the secretary of State": an office
    r, o = re.escape(role), re.escape(org)
    text = an.text[max(0, q.m_start - 4000) : q.m_end + 400]
    for pat in (
        _NAME_WORDS
        + r",[ \t]+(?:the[ \t]+|a[ \t]+)?(?i:"
        + r
        + r")[ \t]+(?:of|for|at)[ \t]+(?:the[ \t]+)?"
        + o,
        o + r"(?:'s|’s)?[ \t]+(?i:" + r + r")[ \t]+" + _NAME_WORDS,
    ):
        found = re.search(pat, text)
        if found is not None:
            words = _clean_name_words(found.group(1).split(), an.lex)
            if words:
                q.speaker, q.stype = an.canonical(words), "person"
                persons.append((q.m_start, q.speaker, _person_gender(an, " ".join(words))))
                return True
    desc = q.mention
    q.speaker, q.stype = desc[0].lower() + desc[1:], "anonymous"
    return True


# "analyst Ann Roe of Kell Read and Co", "Kell Read and Co analyst Ann Roe": a person
# titled by a lower-case role noun, with the organisation written before or after
_ROLE_NAME_OF_RE = re.compile(
    r"(?:(?:.*[ \t])?([a-z][\w-]*)[ \t]+)?((?:[A-Z][\w.'’-]*[ \t]+){1,2}[A-Z][\w'’-]*)"
    r"(?:[ \t]+(?:of|at|from|with)[ \t]+(?:the[ \t]+)?(?P<org>[A-Z].*))?\Z"
)


def _titled_name_with_org(an, q, persons):
    """Fill the speaker of "analyst Ann Roe of Kell Read and Co" / "Kell Read and Co
    analyst Ann Roe" (a role noun of the title list, a name of two or three words,
    an organisation's name after "of" or before the role; without the role, a listed
    given name opens the name and an organisation follows) with the person; False
    when the mention is not so shaped.

    >>> qs, _ = __import__("analysis.quotes.assemble").quotes.assemble.extract(
    ...     "Sales will rise, analyst Ann Roe of Kell Read and Co said.")
    >>> qs[0].speaker, qs[0].stype
    ('Ann Roe', 'person')
    """
    m = _ROLE_NAME_OF_RE.match(q.mention)
    if m is None:
        return False
    org = m.group("org")
    if m.group(1) is None:  # "Ann Roe of Kell Read and Co": a listed given name first
        if org is None or m.group(2).split()[0].lower() not in an.lex.gender:
            return False
    elif m.group(1) not in _PERSON_NOUNS:
        return False
    if org is not None:
        last = org.split()[-1]
        if last not in an.lex.org_words and not _is_company(org) and org not in an.lex.place_names:
            return False  # "analyst Ann Roe of Kell": who or what Kell is is unknown
    elif " and " not in q.mention[: m.start(1)]:
        return False  # no organisation joined by "and" before the role: left as it was
    name = m.group(2).split()
    if any(w.lower().rstrip(".") in an.lex.titles or w in an.lex.org_words for w in name):
        return False
    canon = an.canonical(name)
    q.speaker, q.stype = canon, "person"
    persons.append((q.m_start, canon, _person_gender(an, " ".join(name))))
    return True


# a police force named by the article: "the RCMP", "the Kelowna RCMP", "the OPP",
# "the Halton Regional Police Service", "Capitol Police"
_POLICE_FORCE_RE = re.compile(
    r"\b(?:RCMP|OPP|(?:[A-Z][\w'’-]*[ \t]+){1,4}Police(?:[ \t]+(?:Service|Services|Department"
    r"|Force))?)\b(?![ \t]+(?:Chief|Commissioner|Constable|Sergeant|Officer|Union|Association)\b)"
)


def _police_force(an, at, reach=3000):
    """The police force the ``reach`` characters before ``at`` name outside quotations,
    the last one named, for a later plain "police" ("The RCMP said ... police said");
    None when they name none or more than one.

    >>> class _An:
    ...     text = masked = "The RCMP said a man was held. Police said he fled."
    >>> _police_force(_An, _An.text.index("Police said"))
    'RCMP'
    """
    lo, seg = _unquoted_before(an, at, reach)
    found = set()
    last = None
    for m in _POLICE_FORCE_RE.finditer(seg):
        ws = m.group().split()
        while ws and (ws[0].lower() in _DETS or ws[0].lower() in _stopwords()):
            ws = ws[1:]  # "The RCMP", "When Halton Police"
        if any(w.lower() in _stopwords() for w in ws):
            continue  # "Suspect Named By Police"
        if len(ws) < 2 and ws[-1:] == ["Police"]:
            continue  # "Police said": no name
        name = "RCMP" if "RCMP" in ws else " ".join(ws)
        found.add(name)
        last = name
    return last if len(found) == 1 else None


# "the city said" -> the "City of X" the article names ("Town of X" for "the town"): the
# municipality's own name, as the Canadian news annotation writes it
_MUNICIPAL_MENTIONS = {
    "the " + w.lower(): w for w in "City Town Village Township Municipality County".split()
}


_MUNICIPAL_RE = re.compile(
    r"(?<![\w'’-])(City|Town|Village|Township|Municipality|County)[ \t]+of[ \t]+"
    r"([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})"
)


def _municipal_names(an):
    """kind -> ([position], [name]) of every "City of X" / "Town of X" the article
    writes outside quotations, in order, built once per article ("City of Lethbridge
    Mayor Blaine Hyggen" -> "City": "City of Lethbridge")."""
    if an.municipal is None:
        text = an.masked if an.masked is not None else an.text
        an.municipal = {}
        for m in _MUNICIPAL_RE.finditer(text):
            words = _before_titled_name(m.group(2).split(), _CAP_AFTER_RE.match(text, m.end()))
            pos, names = an.municipal.setdefault(m.group(1), ([], []))
            pos.append(m.start())
            names.append(f"{m.group(1)} of {' '.join(words)}")
    return an.municipal


def _resolve_municipal(an, q, lm, groups):
    """Resolve "the city" / "the town" (``lm``) to the last "City of X" / "Town of X"
    written before it (``_municipal_names``); False when the article writes none."""
    pos, names = _municipal_names(an).get(_MUNICIPAL_MENTIONS[lm], ((), ()))
    i = bisect.bisect_left(pos, q.m_start) - 1
    if i < 0:
        return False
    q.speaker, q.stype = names[i], "organization"
    groups.append((q.m_start, q.speaker, q.stype))
    return True


_MUNICIPAL_SPOKES_RE = re.compile(
    r"(?:an?|the)[ \t]+(?P<k>city|town|village|township|municipality|county)[ \t]+"
    r"(?:hall[ \t]+)?spokes(?:person|man|woman)"
    r"|(?:an?|the)[ \t]+spokes(?:person|man|woman)[ \t]+for[ \t]+the[ \t]+"
    r"(?P<k2>city|town|village|township|municipality|county)"
)


def _municipal_spokesperson(lm):
    """The "the city" / "the town" key of ``_MUNICIPAL_MENTIONS`` for an unnamed
    municipal spokesperson (``lm``: "a city spokesperson", "a spokesperson for the
    town"), who speaks for the municipality the article names; None for any other
    mention.

    >>> _municipal_spokesperson("a city spokesperson"), _municipal_spokesperson("a spokesman for the town")
    ('the city', 'the town')
    >>> _municipal_spokesperson("a company spokesperson") is None
    True
    """
    m = _MUNICIPAL_SPOKES_RE.fullmatch(lm)
    return None if m is None else "the " + (m.group("k") or m.group("k2"))


# "the defenceman", "the retired nurse", "The 84-year-old": the, up to two lower-case
# modifiers (or an age) and a lower-case head noun
_IN_FOCUS_RE = re.compile(
    r"[Tt]he(?:[ \t]+(?!of\b)[a-z][a-z-]*|[ \t]+\d{1,3}-year-old){0,2}[ \t]+([a-z][a-z-]*)"
    r"(?:[ \t]+of[ \t]+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))?"
)  # ("the mother of two": a count of children after a parent noun)


def _other_name_between(an, lo, hi, canon):
    """Does the article name a person-like name other than ``canon`` (and not inside a
    quotation) between the offsets ``lo`` and ``hi``?"""
    name_pos = an.positions()
    i = bisect.bisect_right(name_pos, lo)
    while i < len(name_pos) and name_pos[i] < hi:
        item = an.item_of(i, _ALL)
        if item is not None and an.canonical(item[1], item[2]) != canon:
            return True
        i += 1
    return False


# a run of capitalised words joined by lower-case connectors ("Canadian Centre for
# Ethics in Sport"): where an organisation's spelled-out name can be
_CAPITAL_RUN_RE = re.compile(
    r"[A-Z][\w&-]*(?:[ \t]+(?:(?:of|for|in|and|on|the|de|du|des|la|le|et)[ \t]+){0,2}"
    r"[A-Z][\w&-]*)*"
)


_ORG_SUFFIXES = frozenset("Corp Corp. Corporation Inc Inc. Ltd Ltd. Company Co Co. Group".split())


def _org_by_modifier(an, q, words, reach=4000):
    """The organisation named last, in the ``reach`` characters before the mention,
    whose name ends with the mention's lower-case modifier ("the lottery corporation"
    after "the Atlantic Lottery office" -> Atlantic Lottery; "the mining company" after
    "Birch Mining Corp." -> Birch Mining Corp.); None when the mention is no
    "the <modifier> <company head>" or no such name came before."""
    if not (
        len(words) == 3
        and words[0] in ("the", "The")
        and words[1].isalpha()
        and words[1].islower()
        and words[2] in _COMPANY_HEADS
    ):
        return None
    want = words[1].title()
    lo = max(0, q.m_start - reach)
    last = None
    for m in _CAPITAL_RUN_RE.finditer(an.text, lo, q.m_start):
        run = m.group().split()
        if run[0] == "The":
            run = run[1:]
        while run and run[-1] in _ORG_SUFFIXES:
            run = run[:-1] if len(run) > 2 and run[-2] == want else []
        if len(run) >= 2 and run[-1] == want:
            last = m.group().removeprefix("The ")
            if (
                last.endswith(("Corp", "Inc", "Ltd", "Co"))
                and an.text[m.end() : m.end() + 1] == "."
            ):
                last += "."  # "Birch Mining Corp."
    return last


# "Maple Court is owned by Harbour Residential REIT": the owner named by "owned by"
_OWNED_BY_RE = re.compile(
    r"\b(?:is|are|was|were)[ \t]+(?:now[ \t]+)?(?:owned|operated|managed)[ \t]+by[ \t]+"
    r"(?:the[ \t]+)?([A-Z][\w'’&-]*(?:[ \t]+(?:of[ \t]+|&[ \t]+)?[A-Z][\w'’&.-]*){0,5})"
)


_OWNER_HEADS = frozenset("company firm owner landlord operator corporation".split())


def _owner_just_before(an, q, words, reach=300):
    """The organisation the sentence before "the company" says owns or runs something
    ("Maple Court is owned by Harbour Residential REIT. The company said" -> Harbour
    Residential REIT), in the ``reach`` characters before the mention; None otherwise."""
    if not (len(words) == 2 and words[0] in ("the", "The") and words[1] in _OWNER_HEADS):
        return None
    last = None
    for m in _OWNED_BY_RE.finditer(an.text, max(0, q.m_start - reach), q.m_start):
        last = m
    if last is None or "\n" in an.text[last.end() : q.m_start]:
        return None  # (in the same paragraph only)
    name = last.group(1)
    return name if name.endswith(("Inc.", "Ltd.", "Corp.", "Co.")) else name.rstrip(".")


_OWNERS_BOARD_RE = re.compile(
    r"[Tt]he[ \t]+(company|firm|corporation|theatre|charity|society|association|foundation)"
    r"['’]s[ \t]+board"
)


def _owners_board(an, q, groups):
    """Give "the company's board" the organisation "the company" resolves to, when that
    is a name ("Tidewater Stage Company ... The company's board said"), and remember it
    for the later "the board" rows of the article (``an.title_cache``); False when the
    mention is neither or no name is found."""
    memo = an.title_cache.get(("owners board",))
    if memo is not None and q.mention.lower() == "the board":
        q.speaker, q.stype = memo, "organization"
        groups.append((q.m_start, memo, "organization"))
        return True
    m = _OWNERS_BOARD_RE.fullmatch(q.mention)
    if m is None:
        return False
    saved = q.mention, q.speaker, q.stype
    q.mention = "the " + m.group(1)
    try:
        _resolve_org(an, q, q.mention, groups)
    finally:
        q.mention = saved[0]
    name = q.speaker or ""
    if not name or name.lower().startswith("the ") or not name[:1].isupper():
        q.speaker, q.stype = saved[1], saved[2]
        return False
    q.stype = "organization"
    an.title_cache[("owners board",)] = name
    return True


# --- written46: a description that echoes how the person just quoted was introduced ---

_ECHO_SUFFIXES = ("er", "or", "ist", "ian")  # ("interpreter": interpreted, "patroller")


def _echo_stems(head):
    """The word stems a story uses when it introduces someone it later calls "the
    <head>": the head itself, its verb stem ("interpreter": "interpret"), and the
    heads description_synonyms.txt gives for it ("leader": president, chief, chair).

    >>> sorted(_echo_stems("interpreter"))
    ['interpret', 'interpreter']
    >>> "chief" in _echo_stems("leader"), _echo_stems("owner")
    (True, {'owner'})
    """
    out = {head} | _DESC_SYNONYMS.get(head, frozenset())
    for suf in _ECHO_SUFFIXES:
        if head.endswith(suf) and len(head) - len(suf) >= (5 if suf == "er" else 6):
            out.add(head[: -len(suf)])  # ("trucker": "a logging truck", five letters)
    return out


def _echoed_head(mention):
    """The lower-case person noun that heads a bare definite description ("the
    retired millwright", "the pharmacists' leader", "the patroller"), else None (a
    plural, an official or spokesperson, a name, a description with "of"/"who").

    >>> _echoed_head("the pharmacists’ leader"), _echoed_head("The patroller")
    ('leader', 'patroller')
    >>> _echoed_head("the officials"), _echoed_head("the spokesman"), _echoed_head("Ann Roe")
    (None, None, None)
    """
    words = mention.split()
    if not 2 <= len(words) <= 4 or words[0] not in ("the", "The"):
        return None
    if any(w.lower() in _DESC_HEAD_END or w[:1].isupper() for w in words[1:]):
        return None  # (and "the Sanders aide": someone's aide, not Sanders)
    head = words[-1]
    if not head.isalpha() or not head.islower() or head in _ROLE_NO_FALLBACK:
        return None
    if head.startswith("spokes") or head.endswith("s") and not head.endswith("ss"):
        return None
    if head in _PERSON_NOUNS or head in _ROLE_CUES or head.endswith(_PERSON_NOUN_ENDS):
        return head
    return None


def _paragraph_at(text, pos):
    """(start, end) of the paragraph holding offset ``pos``."""
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    return lo, len(text) if hi < 0 else hi


def _paragraph_before(text, lo):
    """The start of the paragraph before the one that starts at ``lo`` (``lo`` itself at
    the text's start).

    >>> _paragraph_before("A.\\n\\nB.\\n\\nC.", 8)
    4
    """
    j = lo
    while j > 0 and text[j - 1].isspace():
        j -= 1
    return text.rfind("\n", 0, j) + 1 if j else lo


def _introduction_text(an, quotes, k, canon):
    """The narration where the story introduced and re-described ``canon`` before the
    statement ``quotes[k]``: the paragraph of the first use of the surname and the one
    before it, and the paragraph of every mention of that person's earlier statements."""
    text = an.text
    spans = []
    first = next((p for p, *_ in an.by_last.get(canon.split()[-1].lower(), ())), None)
    if first is not None:
        lo, hi = _paragraph_at(text, first)
        prev_lo = _paragraph_before(text, lo)
        if lo and not _other_name_between(an, prev_lo - 1, lo, canon):
            lo = prev_lo  # (the paragraph before, when it names nobody else)
        spans.append((lo, hi))
    for r in quotes[max(0, k - 12) : k]:  # (the last dozen statements: linear on long input)
        if r.speaker == canon and r.mention:
            spans.append(_paragraph_at(text, r.m_start))
    at = quotes[k].m_start  # (never the description's own sentence or what follows it)
    return " ".join(text[lo : min(hi, at)] for lo, hi in spans if lo < at).lower()


def _description_echoes_quoted(an, quotes):
    """Give a bare description no rule named ("the retired millwright", "the
    patroller", "the interpreter", "the pharmacists' leader") the person quoted in the
    statement just before it, in the same paragraph or the one before, when nobody else
    is named between and the story introduced that person with the same noun, its verb
    or a synonym ("Her husband, a retired millwright, said"; "is a ski patroller who
    ... Siobhan Roe, 44, ..."; "One of them has interpreted Spanish ... said Luz Roe";
    "The association's chief executive, Lorne Roe"); speaker strings only."""
    for k in range(1, len(quotes)):
        q = quotes[k]
        if _unresolved_description(q) is None:
            continue
        head = _echoed_head(q.mention)
        p = quotes[k - 1]
        if head is None or p.stype != "person" or " " not in (p.speaker or ""):
            continue
        if (p.cue or "").lower() in ("asked", "asks", "questioned"):
            continue  # ("Roe asked why ... . The engineer replied": the one asked)
        lo, hi = max(p.end, p.m_end), min(q.start, q.m_start)
        if hi < lo or len(_PARAGRAPH_BREAK_RE.findall(an.text, lo, hi)) > 1:
            continue
        if _other_name_between(an, lo, hi, p.speaker):
            continue
        want = "f" if head.endswith(("woman", "wife", "mother")) else None
        want = "m" if head.endswith("man") and not want else want
        g = _person_gender(an, p.speaker)
        if want and g and g != want:
            continue
        if p.mention.lower().startswith(("a ", "an ", "one ", "another ")):
            continue  # (an unnamed person the rules gave a name to: no introduction)
        if _unnamed_before(an, quotes, k, head, p.speaker):
            continue  # ("a senior adviser said ... . the senior adviser said": that one)
        intro = _introduction_text(an, quotes, k, p.speaker)
        if _introduced_with_noun(intro, _echo_stems(head)):
            q.speaker, q.stype = p.speaker, "person"


# how a story introduces someone with a noun: "a/an" or a possessive before it and at
# most two modifiers ("a retired millwright", "is a ski patroller", "its owner", "The
# association's chief executive"), or a verb made of the noun's stem ("has interpreted")
_INTRO_DET_RE = re.compile(
    r"(?:\ban?|\bits|\bhis|\bher|\btheir|['’]s?)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}\Z"
)


def _introduced_with_noun(intro, stems):
    """Does the lower-case introduction text present someone with one of ``stems``
    (a noun after "a"/"an"/a possessive, or a verb of a stem: "interpreted")?

    >>> _introduced_with_noun("her husband, a retired millwright, said", {"millwright"})
    True
    >>> _introduced_with_noun("cruz said as the heckler yelled", {"heckler"})
    False
    >>> _introduced_with_noun("one of them has interpreted spanish", {"interpreter", "interpret"})
    True
    """
    for m in re.finditer(r"[a-z]+", intro):
        w = m.group()
        for st in stems:
            if w == st:
                if _INTRO_DET_RE.search(intro, max(0, m.start() - 60), m.start()):
                    return True
            elif (
                len(st) >= 6 and w.startswith(st) and w[len(st) :] in ("ed", "es", "s", "ing", "e")
            ):
                return True
    return False


# a subject that is no one named: "One of them is a cash-crop farmer", "Another is a"
_OTHER_SUBJECT_RE = re.compile(
    r"(?:\b(?:[Oo]ne|[Aa]nother|[Ss]omeone|[Nn]either|[Ee]ither)\b[^.!?\n]{0,30}?)"
    r"[ \t]+(?:is|was|became)[ \t]+\Z"
)


def _other_subject_is(text, at, canon):
    """Is the "is a <noun>" before ``at`` said of someone other than ``canon``: an
    unnamed subject opens the clause ("One of them is a cash-crop farmer"), and
    ``canon``'s surname is not in it?

    >>> _other_subject_is("One of them is a farmer", 15, "Wim Roe")
    True
    >>> _other_subject_is("Roe is a farmer", 7, "Wim Roe")
    False
    """
    m = _OTHER_SUBJECT_RE.search(text, max(0, at - 48), at)
    return m is not None and canon.split()[-1] not in m.group(0)


def _unnamed_before(an, quotes, k, head, canon):
    """Does the text before ``quotes[k]`` introduce an unnamed "a/an/one ... <head>"
    that is not said of ``canon`` ("is a", "Jo Roe, a", or an apposition right after
    the mention of one of ``canon``'s statements: "Her husband, a retired millwright")?"""
    at = quotes[k].m_start
    ends = {r.m_end for r in quotes[:k] if r.speaker == canon and r.mention}
    lo, _hi = _paragraph_at(an.text, quotes[k - 1].m_start)  # (from the paragraph before
    lo = _paragraph_before(an.text, lo)  # the statement's on)
    rx = r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)[ \t]+(?:[\w-]+[ \t]+){0,2}" + re.escape(head) + r"\b"
    for m in re.compile(rx).finditer(an.text, lo, at):
        if an.masked is not None and an.masked[m.start()] == MASK:
            continue  # (far before, or inside a quotation)
        if _PREDICATE_BEFORE_RE.search(
            an.text, max(0, m.start() - 16), m.start()
        ) and not _other_subject_is(an.text, m.start(), canon):
            continue
        if any(0 <= m.start() - e <= 3 for e in ends):
            continue
        return True
    return False


# "the union president": an office and a word of the body a person holds it in
# ("Priya Roe, ... who was elected president of the Lakehead University Student Union")
_OFFICE_OF_BODY_HEADS = frozenset("president chair chairman chairwoman chairperson leader".split())


def _office_of_named_body(an, q, persons):
    """Fill the speaker of "the union president" (a lower-case modifier and an office
    of _OFFICE_OF_BODY_HEADS) with the one person the text before it names in the
    sentence where that office is held "of the <...> Union" (the modifier capitalised
    in the body's name; not "vice-president of"); False otherwise, and always for a
    modifier the article never capitalises so."""
    words = q.mention.split()
    if len(words) != 3 or words[0] not in ("the", "The") or words[2] not in _OFFICE_OF_BODY_HEADS:
        return False
    mod = words[1]
    if not mod.isalpha() or not mod.islower() or mod.capitalize() not in an.text:
        return False
    key = ("office of body", mod, words[2])
    if an.title_cache.get(key, 1) == 0:
        return False  # (no "<office> of the ... <Mod>" in the whole text: once per article)
    rx = re.compile(
        r"(?<![\w-])" + words[2] + r"[ \t]+of[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+){0,5}"
        + mod.capitalize() + r"\b"
    )  # fmt: skip
    found = set()
    if rx.search(an.text) is None:
        an.title_cache[key] = 0
        return False
    for m in rx.finditer(an.text, 0, q.m_start):
        lo = max(an.text.rfind(". ", 0, m.start()), an.text.rfind("\n", 0, m.start()), 0)
        name_pos = an.positions()
        got = None
        for i in range(bisect.bisect_left(name_pos, lo), bisect.bisect_left(name_pos, m.start())):
            item = an.item_of(i, _ALL)
            if item is not None and len(item[1]) >= 2:
                got = an.canonical(item[1], item[2])
        if got is not None:
            found.add(got)
    if len(found) != 1:
        return False
    return _set_person(an, q, persons, found.pop().split())


# a lede's unnamed description ("the head of the students' union says", "the woman
# who runs them says", "its owner announced"): its head noun
_LEDE_DESC_RE = re.compile(
    r"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:[a-z][\w’'-]*[ \t]+){0,2}?([a-z]+)"
    r"(?:[ \t]+(?:of|who)\b.*)?"
)


# how far a lede's held-back description may stand from the start of the article
_LEDE_REACH = 6000


def _lede_description_held_back(an, quotes, reach=2):
    """Give a lede's description that no rule named ("the head of the students' union
    says A", "the woman who runs them says A", "its owner announced") the first person
    the story names after it, within ``reach`` paragraphs, when that person speaks the
    next named statement and nobody is named between; when the person is named in a
    later paragraph than the next one, or an apposition gives another office, the
    sentence naming the person must echo the description (a shared word stem: "the
    students' union" / "Student Union"; a leader's word for "the head of" / "who runs":
    "Chief Librarian Ines Roe"). Speaker strings only."""
    breaks = list(itertools.islice(_PARAGRAPH_BREAK_RE.finditer(an.text), 3))
    lede_end = breaks[2].start() if len(breaks) == 3 else len(an.text)
    lede_end = min(lede_end, _LEDE_REACH)  # (one long paragraph is no lede: linear time)
    for k, q in enumerate(quotes):
        lm = _unresolved_description(q)
        if lm is None:
            continue
        if q.m_start > lede_end:
            break  # (the headline, the lede and the paragraph after it only)
        m = _LEDE_DESC_RE.fullmatch(q.mention)
        if m is None or m.group(1) in _ROLE_NO_FALLBACK or m.group(1).endswith("s"):
            continue
        head = m.group(1)
        if re.search(
            r"\b(?:an?|another|one)[ \t]+(?:[\w-]+[ \t]+){0,2}" + head + r"\b", an.text[: q.m_start]
        ):
            continue  # ("a procurement manager ... . '...,' the manager wrote": that one)
        if not (
            head in _PERSON_NOUNS
            or head in _ROLE_CUES
            or head.endswith(_PERSON_NOUN_ENDS)
            or head in ("woman", "man", "person")
        ):
            continue  # fmt: skip
        p = next(
            (r for r in quotes[k + 1 :] if r.stype == "person" and " " in (r.speaker or "")), None
        )
        if p is None:
            continue
        first = next((pos for pos, *_ in an.by_last.get(p.speaker.split()[-1].lower(), ())), None)
        if first is None or first < q.m_end:
            continue
        if _speaker_named_between(an, quotes, 0, first, p.speaker) and not (
            _only_other_sex_between(an, quotes, q.m_end, first, p.speaker, head)
        ):
            continue  # (someone quoted is named before: no lede's held-back name)
        breaks = len(_PARAGRAPH_BREAK_RE.findall(an.text, q.m_end, first))
        if not 1 <= breaks <= reach:
            continue
        s_lo = max(an.text.rfind(". ", 0, first), an.text.rfind("\n", 0, first)) + 1
        s_hi = min(
            x
            for x in (_full_stop_after(an.text, first), an.text.find("\n", first), len(an.text))
            if x >= 0
        )
        sent = an.text[s_lo:s_hi]
        echo = _lede_echo(_with_who_clause(an.text, q, lm), sent)
        last = p.speaker.split()[-1]
        end = an.text.find(last, first, first + 120)
        if not echo or (end >= 0 and _apposed_other_role(an.text, end + len(last), head)):
            continue  # (the naming sentence must echo the description, and no other role)
        before = an.text[max(s_lo, end - 40) : max(end, first)].lower().split()
        if _LEDE_OTHER_STATUS & set(before[-5:]) or _other_name_between(an, s_lo, s_hi, p.speaker):
            continue  # ("Deputy Mayor Al Roe"; "Ida Voss and Leo Park": which one)
        g = _person_gender(an, p.speaker)
        if g and ((head == "woman" and g != "f") or (head == "man" and g != "m")):
            continue
        q.speaker, q.stype = p.speaker, "person"


_LEDE_OTHER_STATUS = frozenset("deputy vice assistant acting former associate".split())


_LEADER_WORDS_RE = re.compile(
    r"\b(?:president|chair\w*|chief|head|director|leader|manager|executive"
    r"|who[ \t]+(?:has[ \t]+)?(?:led|leads|heads|runs|ran|chairs|directs|oversees|manages))\b",
    re.I,
)


_LEDE_LEADER_RE = re.compile(
    r"\b(?:head|leader|chief|boss|president|chair|who[ \t]+(?:runs|leads|heads|chairs"
    r"|directs|oversees|manages))\b"
)


_ABBREV_BEFORE_DOT_RE = re.compile(r"(?<![\w.])(?:St|Ste|Mt|Dr|Jr|Sr|Ft|Pt)\Z")


def _full_stop_after(text, at):
    """Where the first ". " after ``at`` (within 400 characters) ends a sentence, past
    an abbreviation's ("St. Andrew's United Church", "Mt. Allison"); -1 if none.

    >>> _full_stop_after("said Ann Roe of St. Paul's church. Then", 0)
    33
    """
    i = text.find(". ", at, at + 400)
    while i >= 0 and _ABBREV_BEFORE_DOT_RE.search(text, max(at, i - 4), i):
        i = text.find(". ", i + 2, at + 400)
    return i


def _with_who_clause(text, q, lm):
    """The lower-case description ``lm`` with the relative clause the mention left off
    ("the woman" + "who has kept a church sponsorship group together"), up to the
    sentence end (160 characters at most); ``lm`` when no "who" follows the mention.

    >>> class Q: m_end = 9
    >>> _with_who_clause("the woman who ran the bake sale. She left.", Q, "the woman")
    'the woman who ran the bake sale'
    """
    m = re.match(r"[ \t]+who[ \t][^.;\n]{1,160}", text[q.m_end : q.m_end + 170])
    return lm if m is None else lm + m.group().lower()


def _only_other_sex_between(an, quotes, lo, hi, canon, head):
    """Are all the quoted people other than ``canon`` that the text names between ``lo``
    and ``hi`` of the other sex than a lede's "the woman" / "the man" ``head`` ("says
    the woman who ... . Ahmad Roe and his wife arrived ... . '...,' said Ann Lee": the
    woman is not Ahmad Roe)? False for any other head or when none is named."""
    want = {"woman": "f", "man": "m"}.get(head)
    quoted = {r.speaker for r in quotes if r.stype == "person" and r.speaker != canon}
    if want is None or not quoted:
        return False
    name_pos = an.positions()
    seen = False
    for i in range(bisect.bisect_right(name_pos, lo - 1), bisect.bisect_left(name_pos, hi)):
        item = an.item_of(i, _ALL)
        if item is None or an.canonical(item[1], item[2]) not in quoted:
            continue
        g = an.gender_of.get(item[1][-1].lower()) or _given_name_gender(an, " ".join(item[1]))
        if g in (None, want):
            return False
        seen = True
    return seen


def _lede_echo(desc, sentence):
    """Does the sentence that names someone echo a lede's description of them: a word
    stem of four letters or more shared (not "the", "who"), or a leader's description
    ("the head of", "who runs") and a leader's word ("president", "Chief Librarian")?

    >>> _lede_echo("the head of the students’ union", "said Al Roe, president of the Student Union")
    True
    >>> _lede_echo("the woman who runs them", "Chief Librarian Ann Roe told council")
    True
    >>> _lede_echo("its owner", "Al Roe said in a letter")
    False
    """
    if _LEDE_LEADER_RE.search(desc) and _LEADER_WORDS_RE.search(sentence):
        return True
    stems = {w[:5] for w in re.findall(r"[a-z]{4,}", desc) if w not in _stopwords()}
    return any(w[:5] in stems for w in re.findall(r"[a-z]{4,}", sentence.lower()))


def _speaker_named_between(an, quotes, lo, hi, canon):
    """Does the text between ``lo`` and ``hi`` (outside quotations) name a person the
    article quotes, other than ``canon``?"""
    quoted = {r.speaker for r in quotes if r.stype == "person" and r.speaker != canon}
    if not quoted:
        return False
    name_pos = an.positions()
    for i in range(bisect.bisect_right(name_pos, lo - 1), bisect.bisect_left(name_pos, hi)):
        item = an.item_of(i, _ALL)
        if item is not None and an.canonical(item[1], item[2]) in quoted:
            return True
    return False


def _titled_other(an, pos, head):
    """Is the name at ``pos`` written after a capitalised title that is not ``head``
    ("Justice Harriet Roe" is not "the cyclist's widow", "Sen. Ann Roe" not plainly
    "the senator"; "Chief Librarian Ines Roe")?"""
    words = an.text[max(0, pos - 40) : pos].split()
    if not words or not words[-1][:1].isupper():
        return False
    last = words[-1].rstrip(".").lower()
    return last != head and (last in an.lex.titles or words[-1].endswith("."))


def _doctor_titled(mention, head):
    """Is ``mention`` a name titled "Dr." and ``head`` a doctor's noun ("doctor",
    "physician", "surgeon", ...: description_synonyms.txt)?

    >>> _doctor_titled("Dr. Ann Roe", "physician"), _doctor_titled("Ann Roe", "doctor")
    (True, False)
    """
    return mention.startswith("Dr. ") and (
        head == "doctor" or head in _DESC_SYNONYMS.get("doctor", ())
    )


# "One of the two directors who voted against it said": one person of a named group
_ONE_OF_BEFORE_RE = re.compile(r"(?:^|[\s—–-])[Oo]ne[ \t]+of[ \t]+$")


# a full name set off as introduced: '"B," said Ann Roe, who ...' / "Ann Roe, a ..."
_INTRODUCED_AFTER_RE = re.compile(r",[ \t]+(?:who|an?)[ \t]")


def _one_of_group_named_next(an, quotes, reach=600, back=5000):
    """Give "One of the two directors who voted against the plan said A" (the group's
    speaker left as written) the speaker of the next statement, within ``reach``
    characters and one paragraph break, when that person's full name is set off as
    introduced there ('"B," said Ann Roe, who coaches ...') and the surname is not
    in the ``back`` characters before it (named for the first time); speaker strings
    only."""
    for p, q in itertools.pairwise(quotes):
        lm = (p.mention or "").lower()
        if not lm.startswith(("the ", "one of the ")) or (p.speaker or "").lower() != lm:
            continue
        if lm[:4] == "the " and not _ONE_OF_BEFORE_RE.search(
            an.text, max(0, p.m_start - 8), p.m_start
        ):
            continue
        if q.stype != "person" or " " not in (q.speaker or "") or q.m_start <= p.m_end:
            continue
        if q.m_start - p.m_end > reach or an.text.count("\n", p.m_end, q.m_start) > 2:
            continue
        if _INTRODUCED_AFTER_RE.match(an.text, q.m_end) is None:
            continue
        last = q.speaker.split()[-1]
        if an.text.find(last, max(0, q.m_start - back), q.m_start) >= 0:
            continue
        p.speaker, p.stype = q.speaker, "person"


# "Northland Winter Services, a Lively company that holds ...": a company in apposition
_NAMED_COMPANY_APPOSED_RE = re.compile(
    r"(?<![\w’'.-])" + _CO_NAME + r",[ \t]+an?[ \t]+(?:[\w’'-]+[ \t]+){0,3}?(?:company|firm)\b"
)


def _company_by_short_name(an, at, reach=1500):
    """The one company the article set off before ``at`` as "Northland Winter
    Services, a Lively company that ...", when its first word alone ("called on
    Northland to return") stands in the ``reach`` characters before ``at``, outside
    quotations: "the company said" far from the full name; None otherwise."""
    cos = an.__dict__.get("_apposed_cos")
    if cos is None:
        _lo, seg = _unquoted_before(an, len(an.text), len(an.text))
        cos = an.__dict__["_apposed_cos"] = [
            (m.start(), m.group(1)) for m in _NAMED_COMPANY_APPOSED_RE.finditer(seg)
        ]
    names = {name.removeprefix("The ") for pos, name in cos if pos < at}
    if len(names) != 1:
        return None
    name = names.pop()
    short = name.split()[0]
    if len(name.split()) < 2 or len(short) < 4:
        return None
    lo, seg = _unquoted_before(an, at, reach)
    return name if re.search(rf"(?<![\w’'.-]){re.escape(short)}\b", seg) else None


def _in_focus_breaks(q):
    """How many paragraph breaks ``_resolve_in_focus`` allows between the person and
    the description: three for a parent counted by children ("the mother of two", who
    the story follows with them), one otherwise."""
    return 3 if " of " in q.mention else 1


# "Walt and Deborah McKinnon": two given names joined by "and" before one surname
_GIVEN_PAIR_RE = re.compile(
    r"\b([A-Z][a-z]+)[ \t]+and[ \t]+([A-Z][a-z]+)[ \t]+([A-Z][\w'’-]*[a-z])\b"
)


def _family_pair_named(an, q, groups, reach=1500):
    """Fill the speaker of "the couple" / "the siblings" that nobody quoted before
    names with the two people the narration last named together as "<Given> and
    <Given> <Surname>" within ``reach`` characters before it ("Walt and Deborah
    McKinnon have run the campground ... 'We are not ready,' the couple said": "Walt
    and Deborah McKinnon", as ``_resolve_family_pair`` writes them); False when none,
    or when the surname names a third person.

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Walt and Deborah McKinnon run it. The couple said no."
    >>> an = _ArticleNames(t, [(0, 33), (34, len(t))], lexicon(), None)
    >>> class Q: m_start = 34
    >>> _family_pair_named(an, Q, []), Q.speaker
    (True, 'Walt and Deborah McKinnon')
    """
    given = an.lex.gender
    found = None
    for m in _GIVEN_PAIR_RE.finditer(an.text, max(0, q.m_start - reach), q.m_start):
        a, b, last = m.groups()
        if a.lower() in given and b.lower() in given and last.lower() not in given:
            found = m
    if found is None:
        return False
    a, b, last = found.groups()
    firsts = {e[1][0] for e in an.by_last.get(last.lower(), ()) if len(e[1]) > 1}
    if not firsts <= {a, b}:
        return False  # ("Ann and Tom Roe bought it from Carl Roe")
    q.speaker, q.stype = f"{a} and {b} {last}", "group"
    groups.append((q.m_start, q.speaker, "group"))
    return True


def _job_then_full_name(an, q, minfo, persons):
    """Fill the speaker of "the <words> <job> <Given> <Surname>" ("the Banff ranger
    Ann Roe", "the Acme Foods plant manager Ravi Shah": a job written in lower case
    right before a full name that opens with a listed given name) with that name, a
    person; False for any other mention.

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> from analysis.quotes.names import _mention_info
    >>> t = "The Banff ranger Ann Roe said so."
    >>> an = _ArticleNames(t, [(0, len(t))], lexicon(), None)
    >>> class Q: mention = "The Banff ranger Ann Roe"; m_start = 0
    >>> _job_then_full_name(an, Q, _mention_info(Q.mention, an.lex), []), Q.speaker
    (True, 'Ann Roe')
    """
    run = minfo[3]
    words = q.mention.split()
    k = len(words) - len(run)
    if len(run) < 2 or k < 2 or tuple(words[k:]) != tuple(run) or words[0] not in ("the", "The"):
        return False
    job = words[k - 1]
    if not (job.isalpha() and job.islower()) or run[0].lower() not in an.lex.gender:
        return False
    ref = an.canonical(list(run))
    q.speaker, q.stype = ref, "person"
    persons.append((q.m_start, ref, _person_gender(an, ref)))
    return True


# the capitalised words that end a stretch of text ("... Nova Scotia Environment")
_CAP_RUN_END_RE = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]*[ \t]+){1,5}[A-Z][\w'’-]*)\Z")


def _place_first_body_written(text, pos, cw):
    """``_place_first_body`` of the capitalised words written up to the end of the run
    ``cw`` at ``pos``, whose place may be two or three words ("Nova Scotia
    Environment") and which the name index may have cut ("Alberta Health Services"
    indexed as "Services"); None when they hold no such body.

    >>> t = "On Friday, Nova Scotia Environment said so."
    >>> _place_first_body_written(t, t.index("Nova"), ("Nova", "Scotia", "Environment"))
    'Nova Scotia Environment'
    >>> t = "Alberta Health Services said so."
    >>> _place_first_body_written(t, t.index("Services"), ("Services",))
    'Alberta Health Services'
    >>> _place_first_body_written("New Brunswick said so.", 0, ("New", "Brunswick")) is None
    True
    """
    s0 = text.find(cw[0], pos, pos + 200)
    e0 = -1 if s0 < 0 else text.find(cw[-1], s0, pos + 200)
    if e0 < 0:
        return None
    m = _CAP_RUN_END_RE.search(text, max(0, s0 - 40), e0 + len(cw[-1]))
    if m is None:
        return None
    run = m.group(1).split()
    if run[-1].lower().rstrip(".") in _PERSON_TITLE:
        return None  # ("Alberta Energy Minister": a person's office)
    for i in range(len(run) - 1):
        for k in (1, 2, 3):
            rest = len(run) - i - k
            if rest in (1, 2) and tuple(w.lower() for w in run[i : i + k]) in _JURIS_PLACES:
                if run[i + k].lower() in _PLACE_BODY_WORDS:
                    return " ".join(run[i:])
    return None


@lru_cache(maxsize=1)
def _description_deeds():
    """head -> compiled pattern of its deed words (resources/description_deeds.txt)."""
    deeds = {}
    for line in _lines("description_deeds.txt"):
        head, _, words = line.partition(":")
        deeds[head.strip()] = re.compile(
            r"\b(?:" + "|".join(map(re.escape, words.split())) + r")\b"
        )
    return deeds


def _resolve_described_by_deed(an, q, persons, reach=700):
    """Fill the speaker of "the retiree" / "the veteran" / "the farmer" (a head of
    resources/description_deeds.txt, ``_IN_FOCUS_RE``) that no other rule named with
    the last person the narration named by a full name (a listed given name, outside
    quotations; a possessive too) in the same or the previous paragraph, when the text
    from that name to the description tells the deed ("Gail Proulx retired from
    teaching ... '...,' the retiree said"; "Ben Sawatzky's farm lost ... the farmer
    said") and no other person is named in between. False otherwise, and when an
    unnamed one was described so ("a retiree ... the retiree").

    >>> import pandas as pd, analysis
    >>> text = 'Gail Proulx retired in 2019.\\n\\n"I have time," the retiree said.'
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]})).speaker.tolist()
    ['Gail Proulx']
    """
    m = _IN_FOCUS_RE.fullmatch(q.mention)
    deed = None if m is None else _description_deeds().get(m.group(1))
    if deed is None:
        return False
    lo = max(0, q.m_start - reach)
    hi = min(q.m_start, q.start)
    if re.search(
        rf"\b(?:a|an|another|one)[ \t]+(?:[\w-]+[ \t]+)?{m.group(1)}\b", an.text[lo:hi], re.I
    ):
        return False  # ("a retiree ... the retiree": that unnamed one)
    an.antecedents()
    k = bisect.bisect_left(an.positions(), hi)
    for i in range(k - 1, max(-1, k - 8), -1):
        pos, cw = an.names[i][0], an.names[i][1]
        if pos < lo:
            return False
        if an.masked is not None and an.masked[pos] == MASK:
            continue
        item = an.item_of(i, _ALL)
        person = item is not None and an.person_like(i)[1]
        if not person or len(item[1]) < 2 or item[1][0].lower() not in an.lex.gender:
            if person or len(cw) >= 2 and cw[0].lower() in an.lex.gender:
                return False  # (another person, or a surname alone, named since)
            continue  # (a place: "He now runs a store in Pictou")
        if len(_PARAGRAPH_BREAK_RE.findall(an.text, pos, q.m_start)) > 1:
            return False  # (named two paragraphs up or more)
        seg = an.text[pos:hi] if an.masked is None else an.masked[pos:hi]
        if deed.search(seg) is None:
            return False  # (nothing says this person did what the description says)
        canon = an.canonical(item[1], item[2])
        if _never_a_person(an, canon):
            return False
        q.speaker, q.stype = canon, "person"
        persons.append((q.m_start, canon, _person_gender(an, canon)))
        return True
    return False


# "A, Roe said, and her models suggest B": a thing the last speaker owns, in her sentence
_POSSESSED_THING_RE = re.compile(r"(?P<g>[Hh]is|[Hh]er)[ \t]+(?P<head>[a-z]+)")


# owned heads that speak for someone else, not through the owner's own statement
_NOT_OWN_WORDS = frozenset(
    "office campaign staff team lawyer lawyers attorney attorneys administration government "
    "department ministry company firm family party union spokesman spokeswoman "
    "spokesperson".split()
)


def _possessed_thing_goes_on(an, quotes):
    """Give "her models suggest B" / "his data show B" (the speaker left as written)
    the speaker of the statement just before it in the same sentence, a person of the
    possessive's gender ("February has warmed, Ann Roe said, and her models suggest
    B": Roe's statement goes on); never for a person, kin or an office that speaks for
    its owner ("her lawyer said", "his office said"); speaker strings only."""
    for p, q in itertools.pairwise(quotes):
        m = _POSSESSED_THING_RE.fullmatch(q.mention or "")
        if m is None or q.speaker != q.mention or p.stype != "person" or " " not in p.speaker:
            continue
        head = m.group("head")
        if head in _NOT_OWN_WORDS or head in _KIN_GENDER or head in _JOB_NOUNS:
            continue
        if head in _PERSON_NOUNS or head.removesuffix("s") in _PERSON_NOUNS:
            continue
        if not 0 <= q.m_start - p.m_end <= 200 or re.search(
            r"[.!?\n]", an.text[p.m_end : q.m_start]
        ):
            continue  # (the same sentence only)
        gender = an.lex.gender.get(p.speaker.split()[0].lower())
        if gender is not None and gender != ("m" if m.group("g").lower() == "his" else "f"):
            continue
        q.speaker, q.stype = p.speaker, "person"
