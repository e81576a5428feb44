"""Pronouns and described subjects: ``_resolve_pronoun`` and the subject a pronoun or a
lone description refers to (the person subject, a recent subject, a subject holding an
office).
"""

from __future__ import annotations

import bisect
import re

from .aged_subject_pronouns import aged_subject_before
from .antecedents import (
    _ASKED_PRONOUN_RE,
    _SELF_REFERENCE_RE,
    _never_a_person,
    _paragraph_person,
    _pick_fitting,
    _resolve_he_she,
)
from .apposed_companions import apposed_companion_before
from .apposed_paragraphs import name_given_in_who_clause
from .appositions import _apposed_name_subject_before
from .blocks import MASK
from .copula_newcomers import copula_newcomer_before
from .family_members import family_member_before
from .given_names import _given_name_gender
from .groups import _group_subject, _pair_subject, _titled_role
from .kin import _PARAGRAPH_BREAK_RE
from .lede_appositions import _DESCRIPTION_HEADS, _described_in_apposition
from .lede_named_next import _DESC_HEAD_END, _THE_PERSON_NOUNS
from .ledes import _ORG_HEADS, _description_head
from .lexicon import _PRONOUNS
from .mentions import _ALL, _SUBJ
from .names import _FEMALE, _MALE, _NAME_SEQ_RE
from .object_newcomers import object_newcomer_before
from .oblique_persons import oblique_person_before
from .opposed_possessors import opposed_possessor
from .org_names import _PERSON_NOUN_ENDS, _one_word_org
from .plural_subjects import plural_subject_before
from .relative_reactors import relative_reactor_before
from .singular_they import singular_they_person, their_name_speaker
from .surname_firsts import first_office_pos, first_titled
from .titles import _person_gender
from .usage import _place_or_org
from .verb_object_newcomers import verb_object_newcomer_before
from .wordscan import _newcomer_at

# gendered heads of a lone description: the name parser's gender words plus the plain
# nouns that are never part of a name's title ("a woman", "one man")
_FEMALE_NOUNS = _FEMALE | {"woman", "girl"}


_MALE_NOUNS = _MALE | {"man", "boy", "widower"}


def _lone_description(mention, lex):
    """The gender ("m", "f" or "") of a mention that describes one unnamed person ("A
    spokesman for the county", "One California delegate", "a senior official"), else
    None: an article, "one" or "another" first ("the" only before a source noun such as
    "spokesman" or "official"), a singular lower-case head for a person before any
    preposition.

    >>> from analysis.quotes.lexicon import lexicon
    >>> [_lone_description(m, lexicon()) for m in ("A spokeswoman for the city",
    ...     "One Ohio delegate", "Two aides", "the company", "Ann Roe", "the Acme spokesman")]
    ['f', '', None, None, None, 'm']
    """
    h = _description_head(mention, ("a", "an", "one", "another", "the"))
    if h is None:
        return None
    if mention.replace(",", " ").split()[0].lower() == "the" and h not in _UNNAMED_HEADS:
        return None  # ("the Florida senator": a person the article names)
    if lex.nouns.get(h) != "anonymous" and not h.endswith(_PERSON_NOUN_ENDS + _FRIEND_HEADS):
        return None  # ("one common saying", "a testimonial")
    return "f" if h in _FEMALE_NOUNS else "m" if h in _MALE_NOUNS else ""


# heads of "the <noun>" descriptions of a source the article does not name ("the
# Acme spokesman", "the trading company official")
_UNNAMED_HEADS = frozenset(
    "spokesman spokeswoman spokesperson official source representative dealer trader"
    " analyst economist diplomat banker broker woman man".split()
)  # ("the woman, who spoke on condition of anonymity")


# one unnamed person by tie ("a friend of the victim", "a relative of the driver")
_FRIEND_HEADS = ("friend", "relative", "acquaintance")


def _description_antecedent(an, q, want, persons, reach=1000):
    """(speaker, stype) of the lone description that spoke the statement right before
    ``q`` ("A spokesman for the county said ... . '...,' he said"), when no person was
    quoted or named as a clause subject since and its gender fits ``want``; else
    None."""
    d = an.last_desc
    if d is None or q.m_start - d[0] > reach or q.m_start <= d[1]:
        return None
    if d[4] and want in ("m", "f") and d[4] != want:
        return None
    if persons and persons[-1][0] > d[0]:
        return None
    an.antecedents()
    starts = an.ante[0]
    if bisect.bisect_right(starts, q.m_start) <= bisect.bisect_right(starts, d[1]):
        return None  # ("Lee, an aide said, is confident, and she ...": Lee)
    if len(_PARAGRAPH_BREAK_RE.findall(an.text, d[1], q.m_start)) > 1:
        return None  # (the next paragraph at most)
    hi = min(q.m_start, q.start)
    if hi > d[1]:
        sub = an.pick(_SUBJ, hi, want, hi - d[1])
        if (
            sub is not None
            and sub[0] >= d[1]
            and (" " in sub[1] or an.gender_of.get(sub[1].lower()) is not None)
        ):  # ("Further, she noted": no person's name)
            return None  # "A spokesman said ... . Roe disagreed. 'No,' she said"
        if "\n" in an.text[d[1] : hi] and _paragraph_person(an, q, (d[1],), want) is not None:
            return None  # (a new paragraph that names one such person: that person)
    return d[2], d[3]


_A_DESCRIPTION_RE = re.compile(
    r"(?:(?:But|And|Then|Later|Now),?[ \t]+)?"
    # (after a place phrase: "Outside the courthouse, a friend of the family held")
    r"(?:(?:Outside|Inside|Across|Nearby|Near)(?:[ \t]+[\w'’.-]+){0,4},[ \t]+(?=[ao]))?"
    r"((?:A|An|One|Another|a|an|one|another)[ \t]+(?:[\w'’-]+[ \t]+){1,6}?"
    # (the name given set off by commas: "A woman who gave only her first name, Lise, has")
    r"(?:(?<=[ \t]first[ \t])name,[ \t]+[A-Z][^\W\d_][\w'’-]*,[ \t]+)?)"
    r"(?:[a-z]+ed|[a-z]+s|told|said|says|wrote|spoke|took|went|came|rose|stood|held|saw)\b"
)


def _described_subject_before(an, q, want):
    """(position, description) of a lone description ("A reporter for the Harlow
    Herald", "One voter"; ``_lone_description``) that opens the sentence right before
    the one of ``q``'s pronoun, in the same or the next paragraph, outside
    quotations, of a gender that fits ``want``: the subject a "he" or "she" that
    follows continues ("A reporter for the Herald called it chaos. '...,' he said");
    else None. A third item is where the description's "who" clause starts (None
    without one): a name inside it ("A nurse who worked beside Rahimi read a
    statement. She said") is no nearer antecedent than the description."""
    an.antecedents()
    si = bisect.bisect_right(an.ante[0], min(q.m_start, q.start)) - 1
    if si < 1:
        return None
    s0, s1 = an.sents[si - 1]
    if an.masked is not None and an.masked[s0] == MASK:
        return None
    m = _A_DESCRIPTION_RE.match(an.text, s0, s1)
    if m is None or len(_PARAGRAPH_BREAK_RE.findall(an.text, s1, q.m_start)) > 1:
        return None
    mention = m.group(1).strip()
    words = mention.split()
    k = next((i for i, w in enumerate(words) if w in ("who", "that", "which")), len(words))
    mention = " ".join(words[:k])  # ("An analyst who follows Acme": an analyst)
    g = _lone_description(mention, an.lex)
    head = next((w for w in mention.split()[1:] if w in _DESC_HEAD_END), None)
    head = mention.split(f" {head} ")[0].split()[-1] if head else mention.split()[-1]
    if (
        g is None
        or (an.lex.nouns.get(head) != "anonymous" and head not in _FRIEND_HEADS)
        # ("a second debate", "a president")
        or (g and want in ("m", "f") and g != want)
    ):
        return None
    rel = m.group(1).find(" who ") if k < len(words) and words[k] == "who" else -1
    return s0, mention[0].lower() + mention[1:], (m.start(1) + rel if rel >= 0 else None)


def _newer_described_subject(an, q, want):
    """Does a lone description open the sentence before ``q``'s pronoun
    (``_described_subject_before``) after the description that last spoke ("..., his
    wife said. A charge nurse who ... read a statement. She said": the nurse)?"""
    d = an.last_desc
    sub = _described_subject_before(an, q, want) if d is not None else None
    return sub is not None and sub[0] > d[1]


def newcomer_description_before(an, at, head, reach=700):
    """Position of the last sentence within ``reach`` characters before ``at`` that
    opens with an indefinite description ending in ``head`` and a "who" clause ("A
    charge nurse who worked beside Rahimi ..."), outside quotations, or None: someone new, whom a "the
    nurse" right after means rather than a person described as a nurse before.

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Al Roe, a nurse, died. A charge nurse who knew him wept. The nurse said"
    >>> an = _ArticleNames(t, [(0, 22), (23, 55), (56, len(t))], lexicon(), None)
    >>> newcomer_description_before(an, 56, "nurse")
    23
    >>> t = "Al Roe, a nurse, died. A charge nurse on the ward, Ida Lee, wept. The nurse said"
    >>> an = _ArticleNames(t, [(0, 22), (23, 65), (66, len(t))], lexicon(), None)
    >>> newcomer_description_before(an, 66, "nurse") is None
    True
    """
    an.antecedents()
    # "A ... <head> who" (a who-clause: not "A spokesperson for the department said ...
    # the spokesperson"), by wordscan._newcomer_at: no pattern per head
    i = bisect.bisect_left(an.ante[0], at) - 1
    while i >= 0 and at - an.sents[i][0] <= reach:
        s0 = an.sents[i][0]
        if (an.masked is None or an.masked[s0] != MASK) and _newcomer_at(an.text, s0, head):
            end = min(an.sents[i][1], s0 + 240)
            # ("A pharmacist in Sydney who owns two stores, Jean-Marc Poirier, said": named)
            return None if _NAME_IN_COMMAS_RE.search(an.text, s0, end) else s0
        i -= 1
    return None


# a full name set off by commas: the description before it is named
_NAME_IN_COMMAS_RE = re.compile(r",[ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’-]*)+,[ \t]")


def _inside_who_clause(an, sub, pos):
    """Is ``pos`` (a name's mention) inside the sentence of the description ``sub``
    (``_described_subject_before``), after its "who" ("A charge nurse who worked beside
    Rahimi for three years read a statement": Rahimi is no antecedent of the next
    "she")?

    >>> class _An:
    ...     text = "A nurse who knew Al Roe wept. She said"
    >>> _inside_who_clause(_An, (0, "a nurse", 7), 17), _inside_who_clause(_An, (0, "a nurse", None), 17)
    (True, False)
    """
    if sub[2] is None or pos <= sub[2]:
        return False
    if an.text[max(0, pos - 2) : pos] == ", " and _WHO_APPOSED_NAME_RE.match(an.text, pos):
        return False  # "A lawyer who was not involved, Ann Roe of Victoria, said": her name
    end = an.text.find(". ", sub[2])
    return end < 0 or pos < end


# a name set off by commas right before the cue, after a description's "who" clause
# ("A lawyer who was not involved in the case, Ann Roe of Victoria, said"): the
# description's name, not a name inside the clause
_WHO_APPOSED_NAME_RE = re.compile(
    r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}"
    r"(?:[ \t]+of[ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})?"
    r",[ \t]+(?:said|says|told|wrote|added|argued|warned)\b"
)


def _self_referring_subject(an, q, want):
    """(position, canonical name) of a full name that opens the sentence right before
    the pronoun's, in the same paragraph and outside quotations, when that sentence
    refers back to it with a pronoun of the gender ``want`` before any other name
    ("Bri Lowe, a season-ticket holder, wore the jersey over her parka. '...,' she
    said": a given name the lists do not know, so no gender but the article's); else
    None."""
    if want not in ("m", "f"):
        return None
    an.antecedents()
    hi = min(q.m_start, q.start)
    si = bisect.bisect_right(an.ante[0], hi) - 1
    if si < 1:
        return None
    s0, s1 = an.sents[si - 1]
    if "\n" in an.text[s1:hi] or (an.masked is not None and an.masked[s0] == MASK):
        return None
    name_pos = an.positions()
    i = bisect.bisect_left(name_pos, s0)
    if i >= len(name_pos) or an.text[s0 : name_pos[i]].strip():
        return None
    item = an.item_of(i, _ALL)
    if item is None or len(item[1]) < 2:
        return None
    canon = an.canonical(item[1], item[2])
    g = item[2] or an.pronoun_gender.get(canon) or _given_name_gender(an, canon)
    if (g and g != want) or _never_a_person(an, canon):
        return None
    end = item[0] + len(" ".join(item[1]))
    if an.text.startswith(("'s", "’s"), end):
        return None  # ("Bri Lowe's lawyer defended her": the lawyer is the subject)
    if _ASKED_PRONOUN_RE.match(an.text, end):
        return None  # ("Jo Pike asked her whether ...": "her" is the one asked)
    m = _SELF_REFERENCE_RE[want].search(an.text, end, s1)
    if m is None:
        return None
    for j in range(i + 1, bisect.bisect_left(name_pos, m.start())):
        other = an.item_of(j, _ALL)
        if other is None:
            continue
        o_canon = an.canonical(other[1], other[2])
        o_g = other[2] or an.pronoun_gender.get(o_canon) or _given_name_gender(an, o_canon)
        o_end = other[0] + len(" ".join(other[1]))
        if o_g in (None, want) and not an.text.startswith(("'s", "’s"), o_end):
            return None  # ("Bri Lowe met Tom Vale at his house": another name first)
    return item[0], canon


# "The caller was crying", "And the driver stopped": "the <person noun>" opening a
# sentence as the subject of its verb
_THE_PERSON_SUBJECT_RE = re.compile(
    r"[ \t]*(?:(?:But|And|Then|Later)[ \t]+)?[Tt]he[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}?"
    r"([a-z][\w-]{2,})[ \t]+(?:was|is|had|has|[a-z]{2,}ed|told|said|took|went|came|saw)\b"
)


# a speech noun's possessor ("her claim that A"), never its own clause's subject
_POSSESSORS = frozenset(("her", "his", "Her", "His"))


def _the_person_subject(an, q, want):
    """ "the <noun>" for a definite description of one unnamed person ("the caller",
    "the driver": a person noun) that opens the sentence of ``q``'s pronoun before it,
    or the sentence before in the same or the previous paragraph, outside quotations,
    when no named person fits the pronoun ("The caller was crying, and he said the
    house was on fire" -> "the caller"); None when the noun's sex is not ``want``.

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "The caller was crying, and he said the house was on fire."
    >>> class Q: m_start = start = t.index("he said"); mention = "he"
    >>> an = _ArticleNames(t, [(0, len(t))], lexicon(), None)
    >>> _the_person_subject(an, Q, "m")
    'the caller'
    """
    an.antecedents()
    hi = min(q.m_start, q.start)
    si = bisect.bisect_right(an.ante[0], hi) - 1
    text = an.masked if an.masked is not None else an.text
    for sj in (si, si - 1):
        if sj < 0:
            return None
        s0, s1 = an.sents[sj]
        if text[s0:s1][:1] == MASK or len(_PARAGRAPH_BREAK_RE.findall(an.text, s1, hi)) > 1:
            continue
        if sj == si and q.mention in _POSSESSORS:
            continue  # "The mayor called her claim that A nonsense": never the mayor
        m = _THE_PERSON_SUBJECT_RE.match(text, s0, min(s1, hi))
        if m is None:
            continue
        head = m.group(1)
        if not (
            an.lex.nouns.get(head) == "anonymous"
            or head in _THE_PERSON_NOUNS
            or head in _DESCRIPTION_HEADS
            or (head in an.lex.titles and head not in _ORG_HEADS)
        ):
            return None
        g = "f" if head in _FEMALE_NOUNS else "m" if head in _MALE_NOUNS else ""
        if g and want in ("m", "f") and g != want:
            return None
        return "the " + head
    return None


# "the (old) fiddler shrugged": a definite description as the clause subject opening a
# sentence, or after a fronted phrase and its comma ("Asked whether ..., the ...")
_THE_ROLE_SUBJECT_RE = re.compile(
    r"[ \t]*(?:(?:Asked|After|When|As|While|Before|Outside|Inside|Later|Then)\b[^,.]{0,150},"
    r"[ \t]+)?[Tt]he[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}?"
    r"(?!(?:who|which|that|whose|whom|and|or|of|in|at|on)\b)([a-z][\w-]{2,})[ \t]+"
    r"(?:[a-z]{2,}ed|smiled|laughed|shrugged|nodded|paused|sighed|told|spoke|stood|"
    r"took|went|came|rose|held|saw|shook|put|sat|said)\b"
)


def _role_subject_before(an, q, want):
    """(position, canonical name) of the named person that a definite description
    opening the sentence right before the pronoun's (or its main clause, after a
    fronted phrase) refers to, by a title or an apposition the article gave that
    person ("fiddler Aurele Du Sablon ... Asked whether he would play, the old
    fiddler shrugged. '...,' he said" -> Du Sablon), unless the person's gender is
    known and is not ``want``; else None."""
    an.antecedents()
    si = bisect.bisect_right(an.ante[0], min(q.m_start, q.start)) - 1
    if si < 1:
        return None
    s0, s1 = an.sents[si - 1]
    if s1 - s0 > 400 or len(_PARAGRAPH_BREAK_RE.findall(an.text, s1, q.m_start)) > 1:
        return None
    text = an.masked if an.masked is not None else an.text
    m = _THE_ROLE_SUBJECT_RE.match(text, s0, s1)
    if m is None:
        return None
    role = m.group(1)
    if role in _ORG_HEADS or an.lex.nouns.get(role) in ("organization", "group"):
        return None
    titled = _titled_role(an, s0, role, every=True)
    if len(titled) > 1:
        return None  # ("Admiral Ivo Marsh and Admiral Paul Keane ... the admiral")
    ref = titled[0] if titled else _described_in_apposition(an, s0, role)
    if ref is None:
        return None
    g = _person_gender(an, ref) or _given_name_gender(an, ref)
    if want in ("m", "f") and g not in (None, want):
        return None
    return m.start(1), ref


# a paragraph opening with a person as its topic in a fronted phrase: "For riders like
# Sandhu, ...", "For Sandhu, ..."
_FRONTED_TOPIC_RE = re.compile(
    r"[ \t]*For[ \t]+(?:[a-z]+[ \t]+like[ \t]+)?(?:[A-Z][\w'’-]+[ \t]+){0,2}[A-Z][\w'’-]+,[ \t]"
)


_FRONTED_CAP_RE = re.compile(r"[A-Z][\w'’-]*")


def _fronted_topic(an, q, want):
    """(position, canonical name) of the person a fronted phrase opening the pronoun's
    paragraph makes its topic ("For riders like Sandhu, the delay matters less. He
    would take the bus, he said" -> Sandhu), when no other name comes between and
    the person fits the pronoun's gender; else None."""
    text = an.masked if an.masked is not None else an.text
    lo = max(0, q.m_start - 600)
    ps = text.rfind("\n", lo, q.m_start) + 1
    if ps == 0 and lo > 0:
        return None
    m = _FRONTED_TOPIC_RE.match(text, ps, q.m_start)
    if m is None:
        return None
    for c in _FRONTED_CAP_RE.finditer(text, m.end(), q.m_start):
        if text[max(0, c.start() - 4) : c.start()].rstrip()[-1:] not in (".", "!", "?", "”", '"'):
            return None  # ("For Sandhu, Tom Vale's plan ... he said": another name)
    got = _pick_fitting(an, _ALL, m.end(), want, m.end() - ps)
    return got if got is not None and got[0] >= ps else None


def _resolve_pronoun(an, q, lm, persons, groups):
    """Fill the speaker of a quote whose mention is a pronoun."""
    ap = _apposed_name_subject_before(an, q, _PRONOUNS[lm]) if lm in ("he", "she") else None
    if ap is None and lm in ("he", "she"):
        ap = apposed_companion_before(an, q, _PRONOUNS[lm])  # "Tom and his partner, Jo Roe,"
    if (
        lm in ("he", "she")
        and ap is None
        and (desc := _description_antecedent(an, q, _PRONOUNS[lm], persons)) is not None
        and not _newer_described_subject(an, q, _PRONOUNS[lm])
    ):
        q.speaker, q.stype = desc
        return
    if lm in ("he", "she", "who"):
        ref = lm != "who" and _fronted_topic(an, q, _PRONOUNS[lm])
        ref = ref or _resolve_he_she(an, q, lm, persons)
        if ref is not None and lm != "who" and (noun := _gendered_noun_after(an, ref, q, lm)):
            q.speaker, q.stype = noun, "anonymous"  # "begging a woman ... she said": not Chris
            return
        rs = _role_subject_before(an, q, _PRONOUNS[lm]) if lm != "who" else None
        if lm != "who" and rs is None:
            rs = aged_subject_before(an, q, _PRONOUNS[lm], persons)  # "The 99-year-old nodded."
        if rs is not None:
            if ref is None or (ref[0] < rs[0] and ref[1] != rs[1]):
                ref = rs  # "Asked ..., the old fiddler shrugged. '...,' he said"
        if ap is not None:
            if ref is None or ref[0] < ap[0]:
                ref = ap  # "The area's MP, Chris Roe, has raised it twice. He said"
        if lm != "who" and (ag := _agent_newcomer_before(an, q, _PRONOUNS[lm])) is not None:
            if ref is None or ref[0] < ag[0]:
                ref = ag  # "Her view was not shared by Tom Roe, 24, a fiddler ..." "he asked"
        if lm != "who" and (cp := copula_newcomer_before(an, q, _PRONOUNS[lm])) is not None:
            if ref is None or ref[0] < cp[0]:
                ref = cp  # "The parent in question is Ann Roe of Truro. She said"
        if lm != "who" and (ob := object_newcomer_before(an, q, _PRONOUNS[lm])) is not None:
            if ref is None or ref[0] < ob[0]:
                ref = ob  # "The group hired a lawyer, Mira Katz. She said"
        if lm != "who" and (vo := verb_object_newcomer_before(an, q, _PRONOUNS[lm])) is not None:
            if ref is None or ref[0] < vo[0]:
                ref = vo  # "Tom Vale thanked Rita Osei-Lund, the treasurer. She said"
        if lm != "who" and (rr := relative_reactor_before(an, q, _PRONOUNS[lm])) is not None:
            if ref is None or ref[0] < rr[0]:
                ref = rr  # "..., which Tom Vale called an insult. '...,' he said"
        if lm != "who" and (obl := oblique_person_before(an, q, _PRONOUNS[lm])) is not None:
            if ref is None or ref[0] < obl[0]:
                ref = obl  # "The award went to Tom Vale. He said"
        if lm != "who" and (fm := family_member_before(an, q, _PRONOUNS[lm])) is not None:
            if ref is None or ref[0] < fm[0]:
                ref = fm  # "The Harders said A. '...,' she said": Tina Harder
        if lm != "who" and (sr := _self_referring_subject(an, q, _PRONOUNS[lm])) is not None:
            if ref is None or ref[0] < sr[0]:
                ref = sr  # "Bri Lowe wore the jersey over her parka. '...,' she said"
        if lm != "who" and (sub := _described_subject_before(an, q, _PRONOUNS[lm])) is not None:
            if ref is None or ref[0] < sub[0] or _inside_who_clause(an, sub, ref[0]):
                q.speaker, q.stype = sub[1], "anonymous"  # "A reporter ... called it chaos."
                if sub[2] is not None and (gv := name_given_in_who_clause(an.text, sub[2])):
                    if gv[1] == _PRONOUNS[lm]:  # "A fan who gave her name only as Lucie"
                        q.speaker, q.stype = gv[0], "person"
                        persons.append((q.m_start, gv[0], gv[1]))
                return
        if ref is not None and q.mention in _POSSESSORS:  # "Vale dismissed his claim"
            ref = opposed_possessor(an, q, ref, persons, _PRONOUNS[lm], _pick_fitting)
        if ref is not None:
            want = _PRONOUNS[lm]
            q.speaker = ref[1]
            q.stype = "person"
            if want in ("m", "f"):
                an.gender_of.setdefault(ref[1].split()[-1].lower(), want)
                an.pronoun_gender.setdefault(ref[1], want)
            persons.append((q.m_start, ref[1], want if want in ("m", "f") else None))
        elif lm != "who" and (the := _the_person_subject(an, q, _PRONOUNS[lm])) is not None:
            q.speaker, q.stype = the, "anonymous"  # "The caller was crying, and he said"
        else:
            q.speaker = q.mention
            q.stype = "unknown"
    elif lm in ("they", "we"):
        ref = None
        last = -1
        for pos, canon, t in reversed(groups):
            if q.m_start - pos <= 2000:
                ref, last = (canon, t), pos
            break
        if lm == "they" and (one := singular_they_person(an, q.m_start, last)) is not None:
            q.speaker, q.stype = one, "person"  # "Ash Roe, who uses the pronoun they"
            return
        if lm == "they" and (one := their_name_speaker(an, q, persons, last)) is not None:
            q.speaker, q.stype = one  # "A deckhand, who asked that their name not be used"
            return
        if lm == "they":  # "Democrats believe ... . They say": a later group subject
            lo, hi = max(last + 1, q.m_start - 600), min(q.m_start, q.start)
            pair = _pair_subject(an, lo, hi)  # "Ann Roe and Tom Vale wrote ... they say"
            if pair is not None:
                lo, ref = pair
            sub = _group_subject(an, lo, hi)
            if sub and ref and (ref[0] or "").lower().endswith(sub[0].split()[-1].lower()):
                sub = None  # the group quoted before ("Mr. Lee's aides said ... aides hoped")
            ref = sub or ref or plural_subject_before(an, q)  # ("The growers have ...")
        if ref:
            q.speaker, q.stype = ref
            if lm == "they" and (not groups or groups[-1][1] != ref[0]):
                groups.append((q.m_start, ref[0], ref[1]))  # ("... they argue ... they write")
        else:
            q.speaker, q.stype = q.mention, "group"
    else:
        q.speaker, q.stype = q.mention, "unknown"


# a passive's agent introduced with an apposition: "was not shared by Tom Roe, 24, a
# fiddler from Judique", "was built by Ann Lee, an engineer who"
_AGENT_NEWCOMER_RE = re.compile(
    r"[ \t]by[ \t]+(?P<name>[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){1,2}),"
    r"(?:[ \t]+\d{1,3},)?[ \t]+(?:a|an)[ \t]+[a-z]"
)


def _run_start(text, at, chars):
    r"""Start of the run of ``chars`` that ends at ``at`` in ``text`` (read back in
    pieces, so a quotation far from any line break costs its own run, not the text
    before it).

    >>> _run_start('Ann said.\n  “Yes', 13, ' \t"“'), _run_start("“Yes", 1, ' “')
    (10, 0)
    """
    while at > 0:
        lo = max(0, at - 256)
        head = text[lo:at].rstrip(chars)
        if head:
            return lo + len(head)
        at = lo
    return 0


def _agent_newcomer_before(an, q, want):
    """(position, name) of the person introduced as a passive's agent with an apposition
    in the paragraph right before the quotation that opens ``q``'s paragraph ("Her view
    was not shared by Tom Roe, 24, a fiddler from Judique.\n\n'"...?" he asked'), when
    that name's gender fits ``want`` and the surname is not named before that paragraph
    (a newcomer); None otherwise."""
    text = an.text
    qs = min(q.start, q.m_start)
    # the paragraph's start when only spaces and opening marks come before the quotation
    # in it (read back no further than those: a text without line breaks stays linear)
    pstart = _run_start(text, qs, ' \t"“')
    if pstart < 2 or text[pstart - 1] != "\n":
        return None  # (the quotation opens its paragraph)
    pe = pstart - 1
    while pe > 0 and text[pe - 1].isspace():
        pe -= 1
    ps = text.rfind("\n", max(0, pe - 400), pe) + 1
    if ps == 0 and pe > 400:
        return None
    found = None
    for m in _AGENT_NEWCOMER_RE.finditer(text, ps, pe):
        found = m
    if found is None or any(c in text[ps:pe] for c in '"“”'):
        return None
    words = found.group("name").split()
    if words[-1] in text[max(0, ps - 20000) : ps]:
        return None
    name = an.canonical(words)
    if (_person_gender(an, name) or _given_name_gender(an, name)) != want:
        return None  # (a gender known from the name, and the pronoun's)
    return found.start("name"), name


# "a woman", "an elderly man", "a young mother": an unnamed person of known sex
_GENDERED_NOUN_RE = re.compile(
    r"(?<![\w'’-])(?:a|an)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}?(woman|girl|lady|man|boy|"
    r"mother|father|grandmother|grandfather|widow|widower)\b(?![’'-])"
)


_NOT_A_NEW_PERSON = frozenset("is was as became becomes remains remained being".split())


def _gendered_noun_after(an, ref, q, lm, reach=400):
    """ "a woman" (he: "a man") written after ``ref``, the person a "she" would take,
    and before the pronoun, in its paragraph and at most ``reach`` characters before
    it, outside quotations, when ``ref``'s sex is unknown ("Chris", a given name of
    both sexes, never given a "she" yet): "Vance knelt, begging a woman who claimed
    to be undecided ... . After he answered, she said" -> "a woman"; None otherwise,
    and for a noun in apposition or after "is"/"as" (the named person again).

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Chris Vance knelt, begging a woman to vote for him. Later she said yes."
    >>> class Q: m_start = start = t.index("she")
    >>> an = _ArticleNames(t, [(0, 51), (52, len(t))], lexicon(), None)
    >>> _gendered_noun_after(an, (0, "Chris Vance"), Q, "she")
    'a woman'
    """
    want = _PRONOUNS[lm]
    if _given_name_gender(an, ref[1]) is not None or an.pronoun_gender.get(ref[1]) is not None:
        return None
    hi = min(q.m_start, q.start)
    lo = max(ref[0], hi - reach, an.text.rfind("\n", max(0, hi - reach), hi) + 1)
    text = an.masked if an.masked is not None else an.text
    last = None
    for m in _GENDERED_NOUN_RE.finditer(text, lo, hi):
        last = m
    if last is None:
        return None
    g = "f" if last.group(1) in _FEMALE_NOUNS or last.group(1) in ("lady", "widow") else "m"
    before = text[max(0, last.start() - 20) : last.start()].rstrip()
    if g != want or before.endswith(",") or (before.split() or [""])[-1] in _NOT_A_NEW_PERSON:
        return None
    return "a " + last.group(1)


def _prior_subject(an, q, persons):
    """(position, name) of the clause subject of the sentence before ``q``'s (or of its
    own, before the mention) when named after the last quoted person; None otherwise."""
    an.antecedents()
    si = bisect.bisect_right(an.ante[0], q.m_start) - 1
    if si < 1:
        return None
    lo = an.sents[si - 1][0]
    sub = an.pick(_SUBJ, q.m_start, "?", q.m_start - lo)
    if sub is None or sub[0] < lo or (persons and persons[-1][0] > sub[0]):
        return None
    return sub


def _subject_holding(an, q, role, status, persons):
    """The clause subject of the sentence before ``q``'s (or of its own), named after
    the last quoted person, when the article titled that person ``role`` before
    ("Minister Al Roe ... Minister Bo Li ... Roe dismissed that. '...,' the minister
    said": Roe, not the minister titled last); None otherwise."""
    sub = _prior_subject(an, q, persons)
    if sub is None:
        return None
    first = first_titled(an, sub[1].split()[-1].lower(), role, status)  # (speed64)
    return an.canonical(first[1]) if first is not None and first[0] < sub[0] else None


def _subject_over_distant_title(an, q, ref, persons, gap=1000):
    """The clause subject named just before a bare "the <office>" (no "president",
    no modifier: "the Mexican president" is not whoever came last; ``_recent_subject``:
    the sentence before or its own) instead of ``ref``, the person the article titled
    so, when ``ref`` was last named ``gap`` characters or more before that subject and
    nobody else is named (outside quotations) between the subject and the noun ("Sen.
    Al Lee ... [paragraphs] ... Bo Roe defends his record in an ad: '...,' the
    senator says" -> Bo Roe); None otherwise."""
    name = _recent_subject(an, q, persons)
    if name is None or name == ref:
        return None
    sub = _prior_subject(an, q, persons)
    before = False
    for pos, _cw, _g, _info in an.by_last.get(ref.split()[-1].lower(), ()):
        if pos >= q.m_start:
            break
        if pos > sub[0] - gap:
            return None  # ("Sen. Al Lee spoke. Bo Roe nodded. The senator said": Lee)
        before = True
    if not before:
        return None  # ("... the judge said. Later Judge Ian Berman ...": titled later)
    name_pos = an.positions()
    for i in range(bisect.bisect_right(name_pos, sub[0]), bisect.bisect_left(name_pos, q.m_start)):
        item = an.item_of(i, _ALL)
        if item is None or not item[1] or _place_or_org(" ".join(item[1]), an.lex):
            continue
        if an.canonical(item[1], item[2]) != name:
            return None  # ("Bo Roe met Cy Dow. The senator said": either of them)
    return name


def _office_subject(an, q, persons):
    """The person a bare office noun that no title in the article resolves ("the
    governor said", "the minority leader said"; no "former", no "spokesman") varies:
    the clause subject named just before (``_recent_subject``: "Tom Vale added ... .
    The governor claimed ..."), never a possessor ("Mr. Vale's words"), nor in a
    possessive mention ("the governor's spokesman"); None otherwise."""
    if "'" in q.mention or "’" in q.mention:
        return None
    ref = _recent_subject(an, q, persons)
    if ref is None:
        return None
    si = bisect.bisect_right(an.ante[0], q.m_start) - 1
    sub = an.pick(_SUBJ, q.m_start, "?", q.m_start - an.sents[si - 1][0])
    m = _NAME_SEQ_RE.match(an.text, sub[0])
    if m is None or m.group().endswith(("'", "’", "'s", "’s")):
        return None
    return ref


def _recent_subject(an, q, persons):
    """The person-like clause subject of the sentence before ``q``'s (or of its own,
    before the mention) when named after the last quoted person: the one a description
    such as "the businessman" varies ("Lee is taking questions. The billionaire
    businessman began by ..."); None otherwise."""
    sub = _prior_subject(an, q, persons)
    if sub is None:
        return None
    ref = sub[1]
    if _place_or_org(ref, an.lex) or (" " not in ref and _one_word_org(an, ref) is not None):
        return None
    if 0 <= first_office_pos(an, ref.split()[-1].lower()) < q.m_start:  # (speed64)
        return None  # "Mayor Bill de Blasio": another office than the description's
    return ref


# the possessives and pronouns of the gender words: another person's ("her lawyer")
_GENDER_PRONOUNS = frozenset("he him himself his she her hers herself".split())


def _title_noun_gender(mention, run):
    """The gender ("m" or "f") a gendered title noun before the name ``run`` in a
    speaker mention gives ("Foreign Ministry spokeswoman Wu Lan", "Congressman Al
    Roe"), None when there is none or both; pronouns ("her lawyer") are another's.

    >>> _title_noun_gender("Foreign Ministry spokeswoman Wu Lan", ["Wu", "Lan"])
    'f'
    >>> _title_noun_gender("her lawyer Tom Vale", ["Tom", "Vale"]) is None
    True
    """
    words = mention.replace(",", " ").split()[: -len(run) or None]
    male = female = False
    for w in words:
        f = w.lower().rstrip(".")
        if f in _GENDER_PRONOUNS:
            continue
        male |= f in _MALE
        female |= f in _FEMALE
    return None if male == female else "m" if male else "f"
