"""Roles tied to a place, an office or a link: legislators ("the MP", "the
Montreal MP"), "the senator from Maine" (places of origin), "her office", "the veteran" / "the Calgary native" (head links), roles in a
relative clause or an apposition ("who retired as a ..."), the fallback to the person
last titled with a role, whether a person holds an office, and shared surnames.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .._lower import lower_aligned
from .._tokens import default_stopwords as _stopwords
from .antecedents import (
    _CAP_NAME_WORD,
    _NAME_RUN_RE,
    _resolve_he_she,
    _set_person,
    _unquoted_before,
)
from .appositions import _apposed_name_subject_before
from .groups import _titled_role
from .kin import _NAME_RUN, _PARAGRAPH_BREAK_RE
from .lede_appositions import (
    _DESCRIPTION_HEADS,
    _NAME_PARTICLES_RX,
    _described_in_apposition,
    _last_apposed,
)
from .lede_named_next import _PERSON_NOUNS
from .ledes import _ORG_HEADS
from .lexicon import _SENT_START_STOP, _lines
from .mentions import _SUBJ
from .names import _ROLE_NO_FALLBACK, _person_like
from .org_names import _one_word_org
from .phrases import non_speaker_nouns
from .pronouns import _prior_subject, _recent_subject
from .titles import _OFFICES, _person_gender, _role_status, _titled_person
from .winner_links import lede_winner

# "the MP", "the Montreal MP", "the Liberal MLA": a Canadian legislator's initialism
_LEGISLATOR_MENTION_RE = re.compile(r"[Tt]he[ \t]+(?:[A-Z][\w.'’-]*[ \t]+){0,2}(MP|MLA|MPP|MNA)")

_LEGISLATOR_INITIALS = ("MP", "MLA", "MPP", "MNA")

_LEGISLATOR_TITLE = {"MP": "member of Parliament", "MLA": "member of the Legislative Assembly"}


def _resolve_legislator(an, q, persons, reach=1200):
    """Fill the speaker of "the MP" / "the Montreal MP" (MP, MLA, MPP or MNA, up to two
    capitalised modifiers) with the person a "he" or "she" there would name, named in the
    same or the previous paragraph ("NDP critic Lise Tran said ... . '...,' the Montreal
    MP said"), else with the last person titled so ("Conservative MP Jo Roe", "Jo Roe,
    the riding's member of Parliament") in the ``reach`` characters before it; False if
    none.

    >>> import pandas as pd, analysis
    >>> text = 'NDP critic Lise Tran spoke. "It is late," the Montreal MP said.'
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]})).speaker[0]
    'Lise Tran'
    """
    m = _LEGISLATOR_MENTION_RE.fullmatch(q.mention)
    if m is None:
        return False
    ref = _resolve_he_she(an, q, "i", persons)
    if (
        ref is not None
        and ref[1].split()[-1].rstrip("s") not in _LEGISLATOR_INITIALS  # ("Liberal MPs")
        and q.m_start - ref[0] <= reach
        and len(_PARAGRAPH_BREAK_RE.findall(an.text, ref[0], q.m_start)) <= 1
    ):
        q.speaker, q.stype = ref[1], "person"
        persons.append((q.m_start, ref[1], None))
        return True
    init = m.group(1)
    _lo, seg = _unquoted_before(an, q.m_start, reach)
    found = None
    title = _LEGISLATOR_TITLE.get(init, init)
    for t in re.finditer(
        rf"\b{init}[ \t]+({_NAME_RUN_RE.pattern})|({_NAME_RUN_RE.pattern}),[^,.;\n]{{0,40}}\b"
        rf"(?:{init}|{title})\b",
        seg,
    ):
        found = (t.group(1) or t.group(2)).split()
    return found is not None and _set_person(an, q, persons, found)


def _resolve_from_place(an, q, persons, reach=4000):
    """Fill the speaker of "the senator from Maine" / "the MP from Ajax" (the, an office
    or person noun, from, a capitalised place) with the one person titled so whom the
    ``reach`` characters before it name with that place ("Sen. Ann Roe of Maine",
    "Maine Sen. Ann Roe"); when none, with the subject of the sentence before if the
    article titled her so ("Sen. Ann Roe voted no. '...,' the senator from Maine
    said"); the MP goes as "the Ajax MP" would (``_resolve_legislator``); False if none.

    >>> bool(_FROM_PLACE_RE.fullmatch("the senator from New Hampshire"))
    True
    """
    m = _FROM_PLACE_RE.fullmatch(q.mention)
    if m is None:
        return False
    noun, prep, place = m.groups()
    if noun in _LEGISLATOR_INITIALS:
        saved, q.mention = q.mention, f"the {place} {noun}"
        try:
            return _resolve_legislator(an, q, persons)
        finally:
            q.mention = saved
    if prep == "for" or noun not in _PERSON_NOUNS:
        return False  # ("the spokesman for Acme": the rules for organizations)
    return _resolve_from_place_titled(an, q, persons, noun, place, reach)


def _from_place_description(q):
    """Give "the MP from Ajax" / "the coach from Moncton" that no rule resolved its
    description as the speaker (anonymous), so that the name rules never make the
    place ("Ajax", "Moncton") who spoke; False for other mentions.

    >>> q = type("Q", (), {"mention": "The coach from Moncton"})()
    >>> _from_place_description(q), q.speaker, q.stype
    (True, 'the coach from Moncton', 'anonymous')
    """
    m = _FROM_PLACE_RE.fullmatch(q.mention)
    if m is None or not (m.group(1) in _LEGISLATOR_INITIALS or m.group(1) in _PERSON_NOUNS):
        return False
    q.speaker, q.stype = "t" + q.mention[1:], "anonymous"
    return True


def _resolve_from_place_titled(an, q, persons, noun, place, reach):
    """The person search of ``_resolve_from_place`` for the description's ``noun`` and
    ``place``: fills the speaker and returns True when exactly one is found."""
    lo = max(0, q.m_start - reach)
    found = set()
    pl = re.escape(place)
    place_after = re.compile(rf"[ \t]*,?[ \t]*(?:\(|of[ \t]+|from[ \t]+)?(?:[A-Z]-)?{pl}\b")
    # (the place first, its \b in a look-behind after it: re scans for the literal, not
    # every character of the window, once per name; only whether it matches is asked)
    place_before = re.compile(rf"{pl}(?<=\b{pl})(?:['’]s)?[ \t]+(?:[A-Z][\w.]*[ \t]+){{1,3}}\Z")
    for pos, cw, _g, info in an.names[bisect.bisect_left(an.positions(), lo) :]:
        if pos >= q.m_start:
            break
        end = an.text.find(cw[-1], pos, pos + 80) + len(cw[-1])
        if (  # ("Sen. Ann Roe of Maine", "Ann Roe (R-Maine)", "Maine Sen. Ann Roe")
            place_after.match(an.text, end, end + 60) or place_before.search(an.text, lo, pos)
        ) and _titled_person(an, pos, cw, info, noun, frozenset()):
            found.add(an.canonical(cw))
    if not found and (sub := _prior_subject(an, q, persons)) is not None:
        for pos, cw, _g, info in an.by_last.get(sub[1].split()[-1].lower(), ()):
            if pos <= sub[0] and _titled_person(an, pos, cw, info, noun, frozenset()):
                found.add(an.canonical(cw))  # (the subject just before, titled so)
    if len(found) != 1:
        return False
    ref = found.pop()
    q.speaker, q.stype = ref, "person"
    persons.append((q.m_start, ref, _person_gender(an, ref)))
    return True


# "the senator from Maine", "the Liberal MP for Ajax", "the councillor from Ward 5"
_FROM_PLACE_RE = re.compile(
    r"[Tt]he[ \t]+(?:[A-Z][\w'’-]*[ \t]+)?([a-z]+|MP|MLA|MPP|MNA)[ \t]+(from|for)[ \t]+"
    r"((?:[A-Z][\w.'’-]*[ \t]+){0,2}[A-Z][\w.'’-]*(?:[ \t]+\d{1,3})?)"
)

_NAMED_OFFICE_RE = re.compile(
    r"((?:" + _CAP_NAME_WORD + r"[ \t]+){0,2}" + _CAP_NAME_WORD + r")['’]s[ \t]+office\b"
)


def _resolve_person_office(an, q, persons, reach=800):
    """Fill the speaker of "her office" / "his office" with the person a "she" / "he"
    there would name, and of "the office" with the person whose office ("Jo Roe's
    office", "Roe's office") the ``reach`` characters before it name last: an office
    speaks for its holder; False if none.

    >>> import pandas as pd, analysis
    >>> text = 'Sen. Jo Roe spoke. A vote may come soon, Roe’s office said. No change is planned, the office added.'
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]})).speaker.tolist()[1]
    'Jo Roe'
    """
    lm = q.mention.lower()
    if lm in ("his office", "her office"):
        ref = _resolve_he_she(
            an, q, lm.split()[0].replace("his", "he").replace("her", "she"), persons
        )
        ap = _apposed_name_subject_before(an, q, "m" if lm[1] == "i" else "f")
        if ap is not None and (ref is None or ref[0] < ap[0]):
            ref = ap  # ("The province's minister, Jo Roe, announced ... His office said")
        if ref is None or q.m_start - ref[0] > reach:
            return False
        q.speaker, q.stype = ref[1], "person"
        persons.append((q.m_start, ref[1], None))
        return True
    if lm != "the office":
        return False
    _lo, seg = _unquoted_before(an, q.m_start, reach)
    found = None
    for m in _NAMED_OFFICE_RE.finditer(seg):
        found = m.group(1).split()
    return found is not None and _set_person(an, q, persons, found)


# a description's modifiers as an apposition or a lead may write them: lower-case words,
# capitalised places ("Calgary"), ages and spans ("12-year")
_DESC_MOD = r"(?:[A-Za-z0-9][\w'’-]*[ \t]+)"

# "the retiree": the word an apposition writes for it ("a retired machinist")
_HEAD_FORMS = dict(line.split("\t", 1) for line in _lines("description_head_forms.txt"))

# endings of a noun for a person that name no thing (not "agreement", "mandate")
_PERSON_ENDS_NO_THING = ("er", "or", "ist", "ian", "man", "woman")

# "<Name>, (29,) a/an/the/<Name>'s <modifiers>" right before a description's head ("Ann
# Roe, a 12-year veteran", "Luc Roe, Marc's younger brother"), or "<Name>, " before
# "<head> of" ("Ann Roe, owner of ...")
_LINK_BEFORE_HEAD_RE = re.compile(
    r"(?<![\w'’-])" + _NAME_RUN + r",[ \t]+(?:\d+,[ \t]+)?(?:(a|an|the|[A-Z][\w-]*['’]s)[ \t]+" + _DESC_MOD
    + r"{0,3})?\Z"
)  # fmt: skip

# "<head> (<noun>) <Name>" after a description's head ("veteran forward Ann Roe"); an
# academic or medical honorific may come between, after a comma too ("hydrologist, Dr.
# Ann Roe": the honorific hides no role noun)
_NAME_AFTER_HEAD_RE = re.compile(
    r"(?:,?[ \t]+(?:Dr|Prof)\.)?[ \t]+(?:[a-z][\w-]*[ \t]+)?((?:" + _CAP_NAME_WORD + r"[ \t]+){1,2}" + _CAP_NAME_WORD
    + r")\b"
)  # fmt: skip


def _resolve_head_link(an, q, persons, reach=4000):
    """Fill the speaker of "the veteran", "the Calgary native", "the newcomer" with the
    person the ``reach`` characters before it, outside quotations, describe so: in
    apposition ("Ann Roe, a 12-year veteran,", "Ann Roe, a Calgary native,") or before
    the name ("veteran forward Ann Roe", "Calgary native Ann Roe"), the later one; the
    mention's modifiers written there too. Nobody is guessed: False if none.

    >>> import pandas as pd, analysis
    >>> text = 'Ann Roe, a 12-year veteran, scored. "We won," the veteran said.'
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]})).speaker[0]
    'Ann Roe'
    """
    words = q.mention.split()
    if not (2 <= len(words) <= 4 and words[0] in ("the", "The")):
        return False
    head, mods = words[-1], words[1:-1]
    if not head.replace("-", "").isalpha():
        return False
    if head == "winner" and (won := lede_winner(an, q)) is not None:
        return _set_person(an, q, persons, won)  # (not "Wheelchair winner Tom Vale")
    cap = not head.islower()
    if cap:
        # a capitalised noun for a person ("the Olympian", "the Texan" after "Ann Roe,
        # a three-time Olympian,"), linked by an apposition only (not "the Vatican",
        # "the Interior" to "Vatican spokesman Ann Roe", "Interior Secretary Ann Roe")
        if not (
            head[1:].islower()
            and head.endswith("an")
            and head not in an.lex.place_names
            and head not in an.lex.place_words
            and head not in an.lex.org_words
        ):
            return False
    elif head in _PERSON_NOUNS:
        if head in _OFFICES or _role_status(q.mention)[1]:
            return False  # (an office, "the former pollster": ``_resolve_described``'s)
    elif (
        head not in _DESCRIPTION_HEADS
        and an.lex.nouns.get(head) != "anonymous"
        and (
            head in an.lex.nouns
            or head in _ORG_HEADS
            or head in non_speaker_nouns()
            or not head.split("-")[-1].endswith(_PERSON_ENDS_NO_THING)
        )
    ):  # ("the co-owner", "the homeowner": a noun for a person)
        return False  # (a noun for a person: not "the lawsuit", "the campaign")
    _lo, seg = _unquoted_before(an, q.m_start, reach)
    if _head_link_in(an, q, persons, seg, head, mods, cap):
        return True
    form = _HEAD_FORMS.get(head)  # ("the retiree": "Ann Roe, a retired machinist")
    return form is not None and _head_link_in(an, q, persons, seg, form, mods, cap)


def _head_link_in(an, q, persons, seg, head, mods, cap):
    """``_resolve_head_link``'s search of ``seg`` for a link of the word ``head``
    (the last one first): fills the speaker and returns True when one names a person."""
    low, i, n = lower_aligned(seg), len(seg), len(head)  # (positions of ``seg``)
    while (
        i := low.rfind(lower_aligned(head), 0, i)
    ) >= 0:  # (the last link first, around each head)
        if low[i + n : i + n + 1].isalnum() or low[i + n : i + n + 1] == "-":
            continue
        m = None
        if cap and seg[i + n : i + n + 1] in ("'", "’"):
            continue  # ("Ann Roe, the Vatican's envoy")
        if seg.startswith(head, i) and seg[i - 1 : i] in " \t":
            m = _LINK_BEFORE_HEAD_RE.search(seg, max(0, i - 160), i)
            if m is not None and m.group(2) is None and not low.startswith(" of ", i + n):
                m = None  # (no article: "Ann Roe, owner of ...")
            at, end = (m.start(), i + n) if m is not None else (0, 0)
        if m is None and not cap and not (i and (seg[i - 1].isalnum() or seg[i - 1] in "-'’")):
            m = _NAME_AFTER_HEAD_RE.match(seg, i + n)
            at, end = max(0, i - 40), (m.end() if m is not None else 0)  # ("Calgary native Ann")
        if m is None:
            continue
        cw = m.group(1).split()
        if cw[0].lower() in _SENT_START_STOP:
            cw = cw[1:]
        between = seg[i + n : m.start(1)].split()
        if (
            len(cw) < 2
            or cw[-1].endswith(("'s", "’s"))  # ("agreement with Texas Air Corp's unit")
            or (between and between[0].lower() in _stopwords())
            or not _person_like(cw, an.lex, an.by_last_multi, "?")
            or " ".join(cw) in an.lex.place_names
        ):
            continue  # (no organisation, place or time: "veteran Liberal Party")
        span = low[at:end].split()
        if all(w.lower() in span for w in mods):
            return _set_person(an, q, persons, cw)
    return False


# "the outgoing mayor" is still the mayor the article titles plainly ("Mayor Glen Roe");
# "the outgoing/former mayor" is never the person who "was elected" or "became" mayor
_OUTGOING = frozenset(["outgoing"])


@lru_cache(maxsize=64)
def _retired_rx(role):
    """ "<Name>, (81,) a <role> who retired" / "<Name>, (81,) who retired as a <role>"
    for ``_retired_in_apposition``."""
    return re.compile(
        r"\b((?:" + _CAP_NAME_WORD + r"[ \t]+){0,2}" + _CAP_NAME_WORD + r"),[ \t]+(?:\d+,[ \t]+)?"
        r"(?:(?:a|an)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}" + re.escape(role) + r"[ \t]+who"
        r"[ \t]+(?:has[ \t]+|had[ \t]+)?retired\b|who[ \t]+(?:has[ \t]+|had[ \t]+)?retired"
        r"[ \t]+as[ \t]+(?:a|an)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}" + re.escape(role) + r"\b)"
    )


@lru_cache(maxsize=256)
def _relative_role_rx(role):
    """ "<Name>, (61,) (a / the ... ) who has been / is / serves as a ... <role>", or
    who has the role as its verb ("who captains one of her boats", "who coaches the
    team"), for ``_role_in_relative_clause``."""
    return re.compile(
        r"\b((?:"
        + _CAP_NAME_WORD
        + r"[ \t]+"
        + _NAME_PARTICLES_RX
        + r"){0,2}"
        + _CAP_NAME_WORD
        + r"),[ \t]+(?:\d{1,3},[ \t]+)?(?:(?:a|an|the)[ \t]+[^,.;:“”\"\n]{1,80}?[ \t]+)?who[ \t]+"
        r"(?:(?:has[ \t]+been|had[ \t]+been|is|was|has[ \t]+served[ \t]+as|served[ \t]+as|serves[ \t]+as"
        r"|works[ \t]+as)[ \t]+(?:(?:a|an|the|its|their)[ \t]+)?(?:[a-z][\w’'-]*[ \t]+){0,3}?"
        + re.escape(role)
        + r"\b(?![’'-])"
        # the role as the clause's verb: "who captains one of her boats", "who coaches"
        + r"|(?:also[ \t]+|now[ \t]+|has[ \t]+)?"
        + re.escape(role)
        + r"(?:s|es|ed)[ \t]+(?:the|a|an|one|two|his|her|their|its)\b)"
    )


def _role_in_relative_clause(an, at, role, reach=4000):
    """Canonical name of the last person the ``reach`` characters before ``at``
    describe as ``role`` in a relative clause of their apposition, outside quotations
    ("Al Roe, a retired principal who has been a trustee for nine years," for "the
    trustee"), or None.

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Al Roe, a retired principal who has been a trustee since 2016, voted no. The trustee"
    >>> an = _ArticleNames(t, [(0, 72), (73, len(t))], lexicon(), None)
    >>> _role_in_relative_clause(an, 73, "trustee")
    'Al Roe'
    """
    return _last_apposed(an, at, reach, role, "who", _relative_role_rx)


def _role_fallback(an, q, role, persons):
    """The person last titled ``role`` (loosely), else the last quoted person or the
    last sentence subject (for "the candidate", "the businessman")."""
    ref = _titled_role(an, q.m_start, role)
    if ref is None:
        ref = _described_in_apposition(an, q.m_start, role)
    if ref is None and role in _ROLE_NO_FALLBACK:
        pass  # "the spokesman" is not whoever was quoted last
    elif ref is None:
        ref = _recent_subject(an, q, persons)  # "Trump is here. The businessman said"
        for _pos, canon, _g in reversed(persons if ref is None else ()):
            if _holds_office(an, canon, q.m_start):
                continue  # "press secretary Ari Lee": not "the businessman"
            ref = canon
            break
        if ref is None:
            an.antecedents()
            sub = an.pick(_SUBJ, q.m_start, "?", 3000)
            ref = sub[1] if sub else None
            if ref is not None and " " not in ref and _one_word_org(an, ref) is not None:
                ref = None  # "Zintor said ... The candidate said": not the company
    return ref


def _holds_office(an, canon, at):
    """Is the person ``canon`` titled with an office noun before ``at`` ("Mayor Jo
    Ray", "press secretary Jo Ray", "Jo Ray, the former press secretary"): then a
    description of another kind ("the businessman") is someone else?"""
    text = an.text
    for pos, cw, _g, info in an.by_last.get(canon.split()[-1].lower(), ()):
        if pos >= at:
            break
        if not _OFFICES.isdisjoint(an.title_words(pos, info[2])):
            return True
        end = text.find(cw[-1], pos) + len(cw[-1])
        if _OFFICE_APPOSITION_RE.match(text, end, min(at, end + 70)) is not None:
            return True
    return False


# an apposition after a name that ends in an office noun: ", the former press secretary"
_OFFICE_APPOSITION_RE = re.compile(
    r",[ \t]+(?!(?:who|which|whose|whom|where|when)\b)(?:[\w’'.-]+[ \t]+){0,5}?(?:"
    + "|".join(sorted(_OFFICES))
    + r")\b"
)

# lower-case role words before a company's name ("lead manager Kell Securities Ltd",
# "Lead manager ...", "co-manager ..."): the company is the speaker
_ROLE_BEFORE_COMPANY_RE = re.compile(
    r"(?:[Ll]ead[ \t]+|[Cc]o-lead[ \t]+)?[a-z][\w-]*[ \t]+([A-Z].*)\Z"
)


def _shared_surname(an, canon):
    """Does the full name ``canon`` share its surname with another full name in the
    article ("Catriona MacIsaac" and "Angus MacIsaac")? Then the surname's gender is no
    evidence of this person's."""
    ws = canon.split()
    if len(ws) < 2:
        return False
    got = an.title_cache.get(("shared", ws[-1].lower()))
    if got is None:  # (once per surname, not once per quote)
        full = {e[3][5] for e in an.by_last.get(ws[-1].lower(), ()) if len(e[1]) > 1}
        got = an.title_cache[("shared", ws[-1].lower())] = len(full) > 1
    return got
