"""Titles and offices: ``title_phrase``, the role status of a title, the person titled with
an office (a sitting president, "the senator"), appositive roles and the office
antecedent of a bare title.
"""

from __future__ import annotations

import bisect
import re

from .blocks import MASK
from .given_names import _given_name_gender
from .lexicon import _SENT_START_STOP, _lines, load_titles
from .names import _MISSING, _PERSON_TITLE, _strip_possessive
from .usage import _never_a_person

# Office nouns: "the senator" is the person titled with exactly that office
# ("Sen. Chuck Schumer"), never "former Sen. X", "Vice President X" or "X-elect" (unless
# the mention says so: "the former senator"), and never whoever was quoted last.
_OFFICES = {
    "president", "senator", "governor", "secretary", "mayor", "judge", "minister",
    "chancellor", "congressman", "congresswoman", "speaker", "chairman", "chairwoman",
    "ambassador", "general", "director", "pope", "king", "queen", "leader", "premier",
    "representative", "commissioner", "attorney", "prosecutor", "sheriff", "spokesman",
    "spokeswoman", "official", "reporter", "host", "star", "lawmaker",
}  # fmt: skip


# words that make another office of the one they precede or follow
_ROLE_STATUS = frozenset(
    "former ex vice deputy assistant under then elect acting outgoing incoming late press "
    "lieutenant associate".split()
)


# role words that make a compound office of the role after them
_QUALIFIERS = frozenset(
    "attorney surgeon inspector solicitor secretary prime majority minority chief".split()
)


# words that make a compound office of one role only ("house leader", "floor leader":
# not the party's leader; "House Speaker X" stays "the speaker")
_ROLE_QUALIFIERS = {"leader": frozenset(("house", "floor"))}


_TITLE_ABBR = {
    "gov": "governor", "sen": "senator", "sec": "secretary", "secy": "secretary",
    "pres": "president", "gen": "general", "lt": "lieutenant", "rep": "representative",
    "amb": "ambassador", "atty": "attorney", "coun": "councillor", "const": "constable",
    "det": "detective", "sgt": "sergeant", "cpl": "corporal", "cst": "constable",
    "insp": "inspector", "capt": "captain", "cpt": "captain", "cmdr": "commander",
    "supt": "superintendent", "prof": "professor",
}  # fmt: skip


_ABBR_OF: dict = {}


for _a, _full in _TITLE_ABBR.items():
    _ABBR_OF.setdefault(_full, []).append(_a + ".")


# descriptors that do not make a president foreign (the sitting president of the
# article's country is "President X" or "U.S. President X")
_HOME = frozenset("u.s u.s. us united states american".split())


def _title_parts(word, lex):
    """The lower-case title words of one written word ("Sen." -> ["senator"],
    "President-elect" -> ["president", "elect"]), or None when it is no title word."""
    lw = word.lower().strip(",.;:")
    if not lw or lw in ("the", "a", "an"):
        return None
    out = []
    for p in lw.split("-"):
        if not p:
            continue
        p = _TITLE_ABBR.get(p, p)
        if p not in lex.titles and p not in _ROLE_STATUS and p not in ("of", "elect"):
            return None
        out.append(p)
    return out or None


_TITLE_SERVICE_WORDS = frozenset(_lines("title_service_words.txt"))


def title_phrase(text, pos, cw, tw, lex):
    """(title words, word before them) of the name ``cw`` found at ``pos``: the
    lower-case title words written right before it, abbreviations spelled out.

    >>> from .lexicon import lexicon
    >>> t = "He met former Sen. Jo Ames."
    >>> title_phrase(t, t.index("Sen."), ("Jo", "Ames"), ("sen",), lexicon())
    (['former', 'senator'], 'met')
    >>> t = "Deputy fire chief Jo Ames said"
    >>> title_phrase(t, t.index("Jo"), ("Jo", "Ames"), None, lexicon())
    (['deputy', 'chief'], '')
    """
    before = text[max(0, pos - 80) : pos].split()
    if text[pos - 1 : pos].strip():  # the match starts inside a word
        before = before[:-1]
    start = text.find(cw[0], pos, pos + 120) if tw else pos
    # the title words of the match as written ("World Bank President"), else ``tw``
    words = before + (text[pos:start].split() if start >= 0 else list(tw))
    lead = [w for w in cw[:-1]]
    while lead and _title_parts(lead[0], lex) and "-" in lead[0]:
        words.append(lead.pop(0))  # "President-elect Donald Trump"
    out: list = []
    prev = ""
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        if w[-1:] in ",;:" or _ends_sentence(w):  # "the president, Jake Sullivan"
            prev = w
            break
        parts = _title_parts(w, lex)
        if parts is None and w in _TITLE_SERVICE_WORDS and out and k >= 1:
            if _title_parts(words[k - 1], lex) is not None:
                continue  # "Deputy fire chief Ann Roe": "deputy chief"
        if parts is None:
            prev = w
            break
        out[:0] = parts
    return out, prev


def _ends_sentence(word):
    """Does ``word`` end a sentence ("President." but not "Sen." or "U.S.")?"""
    if not word.endswith((".", "?", "!")):
        return False
    core = word.rstrip(".?!").lower()
    return word[-1] != "." or not (core in _TITLE_ABBR or len(core) <= 3 or "." in core)


def _exact_role(phrase, role, status):
    """Does the title phrase name exactly the office ``role`` with the status words
    ``status`` ("former", "vice", ...)?"""
    if role not in phrase and role + "s" not in phrase:
        return False
    quals = _QUALIFIERS | _ROLE_QUALIFIERS.get(role, frozenset())
    if {w for w in phrase if w in _ROLE_STATUS} != status - quals:
        return False
    # "Attorney General X" is not "the general", "Prime Minister X" not "the
    # minister", and "the prime minister" only "Prime Minister X"
    k = phrase.index(role) if role in phrase else phrase.index(role + "s")
    before = phrase[k - 1] if k and phrase[k - 1] in quals else ""
    return {before} - {""} == status & quals


def _role_status(mention):
    """(office noun, status words) of "the former president", "the president-elect"."""
    words = [p for w in mention.lower().split()[1:] for p in w.split("-") if p]
    head = None
    for w in reversed(words):
        if w not in _ROLE_STATUS:
            head = w
            break
    quals = _QUALIFIERS | _ROLE_QUALIFIERS.get(head, frozenset())
    qual = [w for w in words[-2:-1] if w in quals]  # "the prime minister", "house leader"
    return head, frozenset([*(w for w in words if w in _ROLE_STATUS), *qual])


# a role noun and the ranks that hold it ("Const. Jo Roe ... the officer said", "Crown
# prosecutor Jo Roe ... the lawyer said"); the rank must be the title's last word
# ("Justice Minister Jo Roe" is no judge): resources/role_ranks.txt
_ROLE_RANKS = {
    role: frozenset(ranks.split())
    for role, _tab, ranks in (line.partition("\t") for line in _lines("role_ranks.txt"))
}


def _titled_person(an, pos, cw, info, role, status, use_ranks=True):
    """Is the name at ``pos`` a person titled exactly ``role`` (or, with ``use_ranks``,
    with a rank that holds it: resources/role_ranks.txt)? Answered once per name, role
    and article (``an.title_cache``): a story of many "the judge said" asks again for
    the same names (``_resolve_office`` walks back over up to 200 of them per quote).

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Judge Ann Roe spoke. Tom Vale spoke."
    >>> an = _ArticleNames(t, [(0, 20), (21, len(t))], lexicon(), None)
    >>> [_titled_person(an, p, cw, i, "judge", frozenset()) for p, cw, _g, i in an.names]
    [True, False]
    """
    key = ("titled", pos, tuple(cw), info, role, frozenset(status), use_ranks)
    got = an.title_cache.get(key)
    if got is None:
        got = an.title_cache[key] = _titled_person0(an, pos, cw, info, role, status, use_ranks)
    return got


def _titled_person0(an, pos, cw, info, role, status, use_ranks):
    """``_titled_person`` without the cache."""
    near = an.text[max(0, pos - 80) : pos + 200].lower()
    ranks = _ROLE_RANKS.get(role, ()) if use_ranks else ()
    if (
        role not in near
        and not any(a in near for a in _ABBR_OF.get(role, ()))
        and not any(r in near for r in ranks)
    ):
        return False  # (a cheap test first: the role word is nowhere near)
    tp = an.title_cache.get(("p", pos))
    if tp is None:
        tp = an.title_cache[("p", pos)] = title_phrase(an.text, pos, cw, info[2], an.lex)
    if (
        not _exact_role(tp[0], role, status)
        and not _apposition_role(an.text, pos, cw, role, status)
        and not _role_before_name(an.text, pos, role, status)
        and not (ranks and not status and tp[0][-1:] and tp[0][-1] in ranks)
    ):
        return False
    if (
        len(cw) == 1
        and role not in _OFFICES
        and an.text[max(0, pos - 4) : pos].lower() in (" of ", "\nof ")
    ):
        return False  # ("a longtime resident of Shediac": a place)
    if (
        len(cw) > 1
        and an.text[max(0, pos - 4) : pos] == " of "
        and cw[-1] in an.lex.org_words
        and cw[0].lower() not in an.lex.gender
    ):
        return False  # ("chief executive of Maple Basket Foods": the company, no person)
    if an.text[max(0, pos - 4) : pos] == " of " and _title_possessor_after(an.text, pos, cw):
        return False  # ("manager of Kananaskis Public Safety's rescue team": its owner)
    if an.text[max(0, pos - 4) : pos] == " of " and _place_of_office(an.text, pos, cw, role):
        return False  # ("The mayor of St. George, Ann Roe, said": the town, Roe is mayor)
    return len(cw) > 1 or not info[6]  # "President Obama", never "Florida"


def _title_possessor_after(text, pos, cw):
    """Is the name ``cw`` written at ``pos`` followed right away by a possessive "'s"
    (the owner of the unit a title is "of", not the titled person)?

    >>> t = "manager of Acme Safety's team"
    >>> _title_possessor_after(t, 11, ["Acme", "Safety"]), _title_possessor_after(t, 11, ["Acme"])
    (True, False)
    """
    end = pos
    for w in cw:
        at = text.find(w, end, end + len(w) + 3)
        if at < 0:
            return False
        end = at + len(w)
    return text[end : end + 2] in ("'s", "’s")


# a name in commas right after a name: ", Ann Roe," (the office holder of "mayor of X")
_APPOSED_NAME_AFTER_RE = re.compile(r",[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3},")
# a determined lower-case office right before "of": "Ann Roe, the mayor of "
_DETERMINED_OFFICE_OF_RE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)[ \t]+(?:[a-z][a-z-]*[ \t]+){1,3}of[ \t]+\Z"
)


def _place_of_office(text, pos, cw, role):
    """Is the name ``cw`` at ``pos`` (right after "of") the place or body of an office
    ``role`` rather than its holder: after the determined office ("Ann Roe, the mayor of
    St. George, said"; not "the office of Mayor Ann Roe") or followed by the holder's name in commas ("The mayor of St.
    George, Ann Roe, said")?

    >>> t = "The mayor of St. George, Ann Roe, said"
    >>> _place_of_office(t, 13, ["St.", "George"], "mayor")
    True
    >>> _place_of_office("Ann Roe, the mayor of St. George, said", 22, ["St.", "George"], "mayor")
    True
    >>> _place_of_office("the office of Mayor Ann Roe", 14, ["Ann", "Roe"], "mayor")
    False
    """
    m = _DETERMINED_OFFICE_OF_RE.search(text, max(0, pos - 60), pos)
    if m is not None and role in m.group().split():
        return True
    end = text.find(cw[-1], pos, pos + 120)
    return end >= 0 and _APPOSED_NAME_AFTER_RE.match(text, end + len(cw[-1])) is not None


# (an adverb may come first: "Tom Venn, also a chair,", "Ann Roe, now the mayor,")
_APPOSITION_RE = re.compile(
    r",[ \t]+(?:(?:also|now|himself|herself)[ \t]+)?(?:the|a|an)[ \t]+([^,.;:\n()“”\"]{1,60})"
)


_APPOSITION_END = frozenset("of from for at in on with who whose and to".split())


def _apposition_role(text, pos, cw, role, status):
    """Is the name followed by an apposition with exactly that office ("Cruz, the
    senator from Texas", "Ann Lee, a former governor", "Joe Lee, a rookie defenceman";
    after "also", "now": "Tom Venn, also a chair,")?

    >>> _apposition_role("Tom Venn, also a chair, sat", 0, ["Tom", "Venn"], "chair", frozenset())
    True
    """
    end = text.find(cw[-1], pos, pos + 120)
    if end < 0:
        return False
    m = _APPOSITION_RE.match(text, end + len(cw[-1]))
    if m is None:
        return _bare_apposition_role(text, end + len(cw[-1]), role, status)
    words = m.group(1).lower().replace("-", " ").split()
    cut = next((i for i, w in enumerate(words) if w in _APPOSITION_END), len(words))
    if cut == 0 or cut > 4 or words[cut - 1] not in (role, role + "s"):
        return False
    return {w for w in words[:cut] if w in _ROLE_STATUS} == status - _QUALIFIERS


# "Al Roe, president and chief executive of Acme,": offices without a determiner, then
# the body they are held in
_BARE_APPOSITION_RE = re.compile(
    r",[ \t]+((?:[a-z][a-z-]*[ \t]+){1,6})(?:of|at|for)[ \t]+(?:the[ \t]+)?[A-Z]"
)


def _bare_apposition_role(text, at, role, status):
    """Is the apposition at ``at`` offices without a determiner, joined by "and",
    before "of/at/for <Name>", one of them exactly ``role`` ("Al Roe, president and
    chief executive of Acme")?

    >>> t = "Al Roe, president and chief executive of Acme, said"
    >>> _bare_apposition_role(t, 6, "executive", frozenset({"chief"}))
    True
    >>> _bare_apposition_role(t, 6, "minister", frozenset())
    False
    """
    m = _BARE_APPOSITION_RE.match(text, at)
    if m is None:
        return False
    words = m.group(1).split()
    parts, cur = [], []
    for w in words:
        if w == "and":
            parts.append(cur)
            cur = []
        else:
            cur.append(w)
    parts.append(cur)
    return any(
        p
        and len(p) <= 3
        and p[-1] == role
        and {w for w in p if w in _ROLE_STATUS} == status - _QUALIFIERS
        for p in parts
    )


# "The territory's minister of the environment, Ann Roe, said": an office (with an
# of-phrase) set before the name by a comma
_ROLE_BEFORE_NAME_RE = re.compile(
    r"(?:^|(?<=[\s’']))((?:[a-z][a-z-]*[ \t]+){0,2}?)([a-z]+)"
    r"(?:[ \t]+(?:of|for)[ \t]+[^,.;:\n“”\"]{1,60})?,[ \t]*\Z"
)


# a preposition before "their coach, Lee": the role is an object in a lead phrase,
# unless the name closes an apposition with a comma ("to its chief, Jo Roe, who")
_ROLE_OBJECT_PREPS = frozenset("in of on for with about to at from by against over".split())


_NAME_THEN_COMMA_RE = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3},")


_POSSESSIVE_BEFORE_RE = re.compile(r"['’]s[ \t]+(?:[a-z][a-z-]*[ \t]+){0,2}\Z")


def _role_before_name(text, pos, role, status):
    """Is the name at ``pos`` set after a comma following exactly that office ("Its
    chief executive, Jo Roe,", "The province's minister of health, Ann Roe,")?

    >>> t = "The territory's minister of health, Ann Roe, said no."
    >>> _role_before_name(t, t.index("Ann"), "minister", frozenset())
    True
    >>> _role_before_name(t, t.index("Ann"), "president", frozenset())
    False
    >>> t = "Canada's Environment Minister, Ann Roe, said no."
    >>> _role_before_name(t, t.index("Ann"), "minister", frozenset())
    True
    """
    lo = max(0, pos - 100)
    if not text[lo:pos].rstrip(" \t").endswith(","):
        return False  # (the pattern ends in a comma before the name: a cheap test first)
    m = _ROLE_BEFORE_NAME_RE.search(text, lo, pos)
    if m is None and role.title() in text[lo:pos]:
        # "Canada's Environment Minister, Ann Roe,": the office capitalised after a
        # possessive (not "The Union Leader, New Hampshire's paper")
        seg = text[lo:pos].lower()
        m = _ROLE_BEFORE_NAME_RE.search(seg)
        if m is not None and _POSSESSIVE_BEFORE_RE.search(seg, 0, m.start(2)) is None:
            return False
    if m is None or m.group(2) not in (role, role + "s"):
        return False
    if m.group(1).split()[:1] and m.group(1).split()[0] in _ROLE_OBJECT_PREPS:
        if not _NAME_THEN_COMMA_RE.match(text, pos):
            return False  # ("Asked whether they had lost faith in their coach, Lee said")
    pre = set(m.group(1).split())
    return {w for w in pre if w in _ROLE_STATUS} == status - _QUALIFIERS


def _sitting_president(an):
    """The person the article titles plainly "President X" (no "former", "vice",
    "-elect", no foreign descriptor such as "Russian" or "France's") at least twice as
    often as anyone else, else None."""
    got = an.title_cache.get("sitting", _MISSING)
    if got is not _MISSING:
        return got
    found: dict = {}
    for pos, cw, _g, info in an.names:
        if (
            "president" not in info[2]
            and "president" not in an.text[max(0, pos - 30) : pos].lower()
        ):
            continue
        if not _titled_person(an, pos, cw, info, "president", frozenset()):
            continue
        if not _plain_president(an, pos):
            continue  # "Ukrainian President Zelensky", "World Bank President Kim"
        canon = an.canonical(cw)
        found[canon] = found.get(canon, 0) + 1
    an.title_cache["plain"] = found
    ranked = sorted(found.items(), key=lambda kv: (-kv[1], kv[0]))
    got = None
    if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        got = ranked[0][0]
    elif ranked:
        # several: the one whose name the article gives the administration
        heads = [c for c, _n in ranked if _administration_of(an.text, c.split()[-1])]
        got = heads[0] if len(heads) == 1 else None
    an.title_cache["sitting"] = got
    return got


def _plain_president(an, pos):
    """Is the president titled at ``pos`` (title phrase known) no one else's: no
    foreign descriptor ("Ukrainian President"), no possessive ("Russia's President"),
    no capitalised qualifier ("World Bank President", "Harvard President"), no
    organisation noun ("Student union president")?"""
    phrase, prev = an.title_cache[("p", pos)]
    if any(w not in _HOME and w != "president" for w in phrase):
        return False
    if prev.endswith(("'s", "’s")):
        return False
    if an.lex.nouns.get(prev) == "organization":
        return False  # "union president Ann Roe": a body's president, not the country's
    if prev.lower() == "president," and _owned_apposed_president(an, pos):
        return False  # "The union's president, Ann Roe,": a body's president as well
    low = prev.lower()
    bare = prev.rstrip("’'\"”)]")  # "... Terrorist.’ President Obama"
    return not (
        prev[:1].isupper()
        and len(bare) > 1
        and bare[-1] not in ",.;:?!—"
        and low not in _SENT_START_STOP
        and low not in an.lex.titles
    )


# the word before "president," in an apposition ending right before a name
_APPOSED_PRESIDENT_OWNER_RE = re.compile(r"(\S+)[ \t]+[Pp]resident,[ \t]*\Z")


def _owned_apposed_president(an, pos):
    """Is the name at ``pos`` apposed to a president a possessive or an organisation
    noun owns ("The union's president, Ann Roe,", "the guild president, Ann Roe,")?

    >>> import types
    >>> an = types.SimpleNamespace(text="The union's president, Ann Roe, said.",
    ...     lex=types.SimpleNamespace(nouns={}))
    >>> _owned_apposed_president(an, 23)
    True
    """
    m = _APPOSED_PRESIDENT_OWNER_RE.search(an.text[max(0, pos - 60) : pos])
    if m is None:
        return False
    owner = m.group(1)
    return owner.endswith(("'s", "’s")) or an.lex.nouns.get(owner.lower()) == "organization"


def _administration_of(text, surname):
    """Does ``text`` speak of "the <surname> administration" ("Biden-Harris
    Administration", "Obama White House")?"""
    pat = re.escape(surname) + r"(?:[-–][A-Z][\w’']+)?[ \t]+(?:[Aa]dministration|White House)\b"
    return re.search(pat, text) is not None


# offices a story may name only after "the judge" first appears (the one court case
# or county of a story; not "the senator", "the governor": often several in a story)
_NAMED_LATER_ROLES = frozenset(("judge", "sheriff", "commissioner"))


def _resolve_office(an, at, role, status):
    """Canonical name of the person "the president" (``role``, with ``status`` words)
    at ``at`` refers to: in an article naming one sitting president, that president;
    else the person last titled exactly so (within 4000 characters, 1000 for a
    president); else the one person titled so further back (a body's president too:
    "Team president Lou Marchand" in the lede, "the president said" at the end, when
    the article titles no country's president); else None."""
    if role == "president" and not status:
        ref = _sitting_president(an)
        if ref is not None:
            return ref
    # several presidents and none sitting: only one titled in the last lines (a
    # plain one, when the article has any)
    plain = an.title_cache.get("plain") if role == "president" else None
    reach = 1000 if role == "president" and not status else 4000
    name_pos = an.positions()
    hi = bisect.bisect_left(name_pos, at)
    # a title that is the role itself first, then a rank that holds it ("Defence lawyer
    # Ken Obi ... Crown prosecutor Lee Grant ... the lawyer said": Obi)
    for use_ranks in (False, True) if role in _ROLE_RANKS else (True,):
        for pos, cw, _g, info in reversed(an.names[max(0, hi - 200) : hi]):
            if at - pos > reach:
                break
            if _titled_person(an, pos, cw, info, role, status, use_ranks) and (
                role != "president" or status or not plain or _plain_president(an, pos)
            ):
                return an.canonical(cw)
    if role == "president" and (status or plain):
        return None  # (a country's president: "the president" far on may be another)
    # further back: the one person the article titles so ("Mayor Ann Roe" in the
    # lede, "the mayor said" at the end)
    titled = [
        (pos, an.canonical(cw))
        for pos, cw, _g, info in an.names[max(0, hi - 200) : hi]
        if at - pos > reach and _titled_person(an, pos, cw, info, role, status)
    ]
    found = {c for _pos, c in titled}
    if role == "president" and titled and "president" in an.text[titled[-1][0] : at].lower():
        return None  # (another president written since: "Ann Roe, president of the club")
    if not found and role in _NAMED_LATER_ROLES and not status:
        # no one titled so before: the one person the article titles so later ("The
        # judge rubbed his chin ... Judge Berman took the bench")
        found = _titled_from(an, hi, role, status)
    return found.pop() if len(found) == 1 else None


def _titled_from(an, hi, role, status):
    """Canonical names of the persons titled exactly ``role`` among the article's names
    from index ``hi`` on (at most two: enough to tell one from several). The answers for
    every ``hi`` are built in one pass per article and office, so that a story of many
    "the judge said" reads its names once, not once per quote (hostile input)."""
    key = ("from", role, status)
    got = an.title_cache.get(key)
    if got is None:
        idx, suffix, seen = [], [], frozenset()
        for i in range(len(an.names) - 1, -1, -1):
            pos, cw, _g, info = an.names[i]
            if _titled_person(an, pos, cw, info, role, status):
                if len(seen) < 2:
                    seen = seen | {an.canonical(cw)}
                idx.append(i)
                suffix.append(seen)
        got = an.title_cache[key] = (idx[::-1], suffix[::-1])
    k = bisect.bisect_left(got[0], hi)
    return set(got[1][k]) if k < len(got[0]) else set()


# (the word boundary is a look-behind after the first letter, so that re scans for
# "T"/"t" instead of trying the pattern at every position; tested against "\b" first)
_OFFICE_MENTION_RE = re.compile(
    r"[Tt](?<!\w[Tt])h(?:e|is)[ \t]+((?:[a-z]+[ \t-]){0,2}(?:"
    + "|".join(sorted(_OFFICES))
    + r"|President|Senator|Governor|Secretary|Mayor)(?:-elect)?)\b(?![’'-])"
)


def _office_mention_at(an, pos, words):
    """(position, office noun, status words) of the office mention "the <words>" at
    ``pos`` when it is a clause subject outside quotations, else None."""
    if an.masked is not None and an.masked[pos] == MASK:
        return None
    head, status = _role_status("the " + words)
    if head not in _OFFICES or not all(
        w in _ROLE_STATUS for w in words.lower().replace("-", " ").split()[:-1]
    ):
        return None
    if not (an.starts_clause(pos) or _clause_opener(an.text, pos)):
        return None
    return pos, head, status


def _office_antecedent(an, lo, hi, want):
    """(position, canonical name) of the last clause-subject office mention ("The
    president has ...", "When the governor ...") in lo..hi outside quotations that
    resolves to a person whose gender fits ``want``, or None. (Each mention's test is
    answered once per article, ``an.office_cache``: a long story of "the minister
    said" asked it again for every earlier mention at every pronoun.)"""
    best = None
    memo = an.office_cache
    for m in _OFFICE_MENTION_RE.finditer(an.text, max(0, lo), hi):
        pos = m.start()
        key = (pos, m.group(1))
        got = memo.get(key, _MISSING)
        if got is _MISSING:
            got = memo[key] = _office_mention_at(an, pos, m.group(1))
        if got is not None:
            best = got
    if best is None:
        return None
    canon = _resolve_office(an, best[0], best[1], best[2])
    if canon is None:
        return None
    g = _person_gender(an, canon)
    if want in ("m", "f") and g and g != want:
        return None
    return best[0], canon


# "the admiral chuckled", "the coach says", "The chief was unmoved by that argument":
# "the", a lower-case title word, a verb or "was" (the "[Tt]he" first, the look-behind
# after it: re scans for "he" fast instead of trying the look-behind at every
# character; the same matches)
_TITLE_NOUN_SUBJECT_RE = re.compile(
    r"[Tt]he(?<=(?<![\w'’])[Tt]he)[ \t]+([a-z]+)[ \t]+(?:[a-z]+ed|said|says|was)\b"
)


def _title_noun_subject(an, q, ref, want):
    """(position, canonical name) for "he"/"she" after "the <title word> <verb>" in the
    sentence right before the pronoun's (or in its own, before it), after ``ref`` was
    named, outside quotations, when the word is a title that is no office of
    ``_OFFICES`` ("the admiral chuckled") and the article writes it capitalised before
    the name of exactly one person ("Admiral Harris"), whose gender fits ``want``; else
    None.

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Admiral Ann Roe met Tom Vale. Asked again, the admiral laughed. She said no."
    >>> an = _ArticleNames(t, [(0, 29), (30, 63), (64, len(t))], lexicon(), None)
    >>> an.antecedents()
    >>> class Q: m_start = start = t.index("She")
    >>> _title_noun_subject(an, Q, (19, "Tom Vale"), "f")
    (47, 'Ann Roe')
    """
    an.antecedents()
    span = _prior_sentence_span(an, q, ref)
    if span is None:
        return None
    lo, hi = span
    best = None
    for m in _TITLE_NOUN_SUBJECT_RE.finditer(an.text, lo, hi):
        word = m.group(1)
        if word in _OFFICES or word not in _PERSON_TITLE or word in an.lex.nouns:
            continue
        if an.masked is not None and an.masked[m.start()] == MASK:
            continue
        best = (m.start(1), word)
    if best is None:
        return None
    cap = best[1].capitalize()
    people = set()
    for m in re.finditer(r"\b" + cap + r"[ \t]+([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w.'’-]+)*)", an.text):
        ws = [_strip_possessive(w).rstrip(".,") for w in m.group(1).split()]
        while len(ws) > 1 and ws[-1].lower() in ("jr", "sr", "ii", "iii"):
            ws.pop()
        people.add(ws[-1])  # (the surname: "Admiral Harris's", "Admiral Ann Roe Jr.")
    if len(people) != 1:
        return None
    canon = an.canonical([people.pop()])
    g = _person_gender(an, canon)
    if (want in ("m", "f") and g and g != want) or _never_a_person(an, canon):
        return None  # (not "the state aimed" for "State Supreme Court")
    return best[0], canon


def _prior_sentence_span(an, q, ref):
    """(lo, hi): from the start of the sentence before the pronoun's (but after the
    start of ``ref``, the antecedent found so far) up to the pronoun of ``q``; None
    before the first sentence. Antecedent classes must be built."""
    hi = min(q.m_start, q.start)
    si = bisect.bisect_right(an.ante[0], hi) - 1
    if si < 0:
        return None
    return max(ref[0] + 1, an.sents[si - 1][0] if si > 0 else 0), hi


_CLAUSE_OPENER_RE = re.compile(
    r"(?:^|[\n.;:—]|,[ \t]+(?:and|but|so))[ \t]*(?:[Ww]hen|[Aa]fter|[Ii]f|[Ss]ince|[Bb]ecause|"
    r"[Aa]nd|[Bb]ut|[Ss]o|[Aa]s)?[ \t]*$"
)


def _clause_opener(text, pos):
    """Does a clause start right before ``pos`` (a line or sentence start, or "when",
    "but", ... after one)?"""
    return _CLAUSE_OPENER_RE.search(text, max(0, pos - 30), pos) is not None


_HONORIFICS = load_titles()["honorific"]


_ROLE_WORDS = load_titles()["role"]


def _before_titled_name(words, more=False):
    """The words of an organisation name's continuation after "of" / "for" that come
    before a title followed by a name ("Bank of Canada Governor Tiff Macklem": the bank
    is "Bank of Canada", not "Bank of Canada Governor Tiff"); all of them when no title
    is followed by a word ("Office of the President"). ``more``: a capitalised word
    follows the last of ``words``.

    >>> _before_titled_name(["Canada", "Governor", "Tiff"])
    ['Canada']
    >>> _before_titled_name(["the", "President"]), _before_titled_name(["Toronto"])
    (['the', 'President'], ['Toronto'])
    >>> _before_titled_name(["Mill", "Workers", "President"], more=True)
    ['Mill', 'Workers']
    """
    for k in range(1, len(words) - (not more)):
        w = words[k].lower().rstrip(".")
        if w in _ROLE_WORDS or w in _HONORIFICS or w in _TITLE_MODIFIERS:
            return words[:k]
    return words


_TITLE_MODIFIERS = load_titles()["modifier"]


def _person_gender(an, ref):
    """The gender of the person named ``ref``: its surname's, but when people of both
    sexes share that surname ("Walt and Deborah McKinnon") the full name's own (its
    given name's), so that "she" never goes to Walt."""
    words = ref.split()
    last = words[-1].lower()
    if len(words) > 1 and last in an.mixed_last:
        own = an.gender_of.get(ref.lower()) or _given_name_gender(an, ref)
        if own:
            return own
    return an.gender_of.get(last)
