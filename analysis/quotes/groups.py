"""Groups: pairs ("the couple"), plural roles and people, counted groups ("one of the three
officers") and demonyms.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .antecedents import _CAP_NAME_WORD, _pick_fitting, _set_person, _unquoted_before
from .bare_plural_groups import bare_people_plural
from .blocks import MASK
from .kin import _KIN_GENDER, _PARAGRAPH_BREAK_RE
from .lede_named_next import _THE_PERSON_NOUNS, _WHO_NEXT_RE, _lede_opening_full_name
from .lexicon import _QUANT_SUBJ, _SENT_START_STOP, _lines
from .mentions import _ALL, _SUBJ
from .names import _person_like
from .org_names import _PERSON_NOUN_ENDS
from .orgs import _this_paragraph_and_the_one_before
from .pair_named import fill_named_pair
from .phrases import non_speaker_nouns
from .titles import _person_gender
from .usage import _DESCRIPTORS, _place_or_org

_GROUP_SUBJECT_RE = re.compile(
    r"(?:^|(?<=[.!?”\"])[ \t]+|\n[ \t]*)(?:(?:But|And|So|Still|Yet|Now|Meanwhile|Instead|However),?"
    r"[ \t]+)?(?:(?:[Ii]n|[Oo]n|[Aa]t|[Aa]fter|[Dd]uring|[Tt]hroughout|[Ss]ince|[Ll]ast|[Ee]arlier)"
    r"[ \t][^,.;:\n\x01]{1,60},[ \t]+)?(?:(?:[Mm]any|[Mm]ost|[Ss]ome|[Oo]ther|[Bb]oth|[Aa]ll|[Tt]he|[Tt]hose|[Ss]everal|[Tt]wo|[Tt]hree|[Ff]our"
    r"|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Dd]ozens|\d+)[ \t]+"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)[ \t]+)?(?:of[ \t]+(?:the[ \t]+)?)?)?"
    r"(?:(?P<mod>[A-Z][\w-]*(?:['’]s)?)[ \t]+(?=[a-z]+s\b|[A-Z][a-z]+s\b))?(?P<noun>[A-Za-z]+s|[Pp]eople|[Ww]omen|[Mm]en)\b"
)  # (one capitalised modifier may come first: "Senate Democrats", "Sanders supporters",


# "Cruz's allies"; a lead phrase too: "But throughout the fall, members ..."; a number,
# after a determiner too ("The three families met ... They said"):
# "Three of the workers spoke ... They gave only their first names, saying ...")


# two names joined by "and" that open a clause ("As Ann Roe and Tom Vale toured ...",
# "Ann Roe and Tom Vale of Brandon University suggest ..."): the two are "they"
_PAIR_SUBJECT_RE = re.compile(
    r"(?<![\w'’.-])((?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’-]*)[ \t]+and[ \t]+"
    r"((?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’-]*)(?=,|[ \t]+(?:of[ \t]|[a-z]))"
)


_PAIR_VERB_RE = re.compile(r"[ \t]+([a-z]+)\b")


def _pair_subject(an, lo, hi):
    """(end, (speaker, "group")) of the last two people named together as the
    subject of a sentence in lo..hi outside quotations ("As Ann Roe and Tom Vale
    toured the state, ..." -> "Ann Roe and Tom Vale", their fullest names), or None.

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "As Ann Roe and Tom Vale toured the state, crowds grew."
    >>> an = _ArticleNames(t, [(0, len(t))], lexicon(), None)
    >>> _pair_subject(an, 0, len(t))
    (23, ('Ann Roe and Tom Vale', 'group'))
    """
    if an.text.find(" and ", lo, hi) < 0:
        return None
    best = None
    an.antecedents()
    name_pos = an.positions()
    for m in _PAIR_SUBJECT_RE.finditer(an.text, max(0, lo), max(0, hi)):
        if an.masked is not None and an.masked[m.start(1)] == MASK:
            continue
        # the two as the subject of a reporting verb anywhere ("The video contradicted
        # what Ann Roe and Tom Vale said. They had asserted ..."): no clause start needed
        said = _PAIR_VERB_RE.match(an.text, m.end())
        said = said is not None and said.group(1) in an.lex.verb_lemma
        people = []
        for k in (1, 2):
            # the last name of the article's index inside the run
            i = bisect.bisect_right(name_pos, m.end(k) - 1) - 1
            if i < 0 or name_pos[i] < (m.start(1) if k == 1 else m.end(1)):
                break
            item = an.item_of(i, _ALL)
            if item is None or (k == 1 and not said and not an.starts_clause(item[0])):
                break
            canon = an.canonical(item[1], item[2])
            if _place_or_org(canon, an.lex):
                break
            people.append(canon)
        if len(people) == 2 and people[0] != people[1]:
            best = (m.end(), (f"{people[0]} and {people[1]}", "group"))
    if " and her " in an.text[lo:hi] or " and his " in an.text[lo:hi]:
        kin = _pronoun_kin_apposed(an, lo, hi)  # "She and her brother, Mark Roe, share"
        if kin is not None and (best is None or kin[0] > best[0]):
            best = kin
    return best


# "She and her brother, Mark Roe, share": a pronoun and a relative apposed by name
_PRONOUN_KIN_NAME_RE = re.compile(
    r"(?<![^\s“\"])(She|He)[ \t]+and[ \t]+(her|his)[ \t]+([a-z]+),[ \t]+"
    r"((?:" + _CAP_NAME_WORD + r"[ \t]+){1,2}" + _CAP_NAME_WORD + r"),[ \t]+[a-z]"
)


def _pronoun_kin_apposed(an, lo, hi):
    """(end, (speaker, "group")) of the last "She and her brother, NAME," in lo..hi
    outside quotations whose pronoun names the nearest person of its sex before it
    (``_pair_subject``), or None.

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Ann Roe grew up here. She and her brother, Mark Roe, share a cabin."
    >>> an = _ArticleNames(t, [(0, 21), (22, len(t))], lexicon(), None)
    >>> _pronoun_kin_apposed(an, 0, len(t))[1]
    ('Ann Roe and Mark Roe', 'group')
    """
    best = None
    for m in _PRONOUN_KIN_NAME_RE.finditer(an.text, max(0, lo), max(0, hi)):
        if (m.group(1) == "She") != (m.group(2) == "her") or m.group(3) not in _KIN_GENDER:
            continue
        if an.masked is not None and an.masked[m.start()] == MASK:
            continue
        want = "f" if m.group(1) == "She" else "m"
        ref = _pick_fitting(an, _SUBJ, m.start(), want, 1500)
        if ref is None:  # (a clause subject first: "Ann Roe grew up on Lake Winnipeg")
            ref = _pick_fitting(an, _ALL, m.start(), want, 1500)
            if ref is None or an.lex.gender.get(ref[1].split()[0].lower()) != want:
                continue  # (else a given name of the pronoun's sex: '"A," Ann Roe said.')
        kin = an.canonical(m.group(4).split())
        if ref is not None and ref[1] != kin:
            best = (m.end(4), (f"{ref[1]} and {kin}", "group"))
    return best


def _plural_person_noun(noun, lex):
    """Is ``noun`` the plural of a noun for a person of the lexicon ("nurses",
    "paramedics", "deputies"): a group, like the plural group nouns ("Several nurses spoke
    outside the hospital. They said ...")?

    >>> from analysis.quotes.lexicon import lexicon
    >>> _plural_person_noun("nurses", lexicon()), _plural_person_noun("roads", lexicon())
    (True, False)
    """
    if len(noun) < 4 or not noun.endswith("s") or noun.endswith("ss"):
        return False
    stems = (noun[:-1], noun[:-2], noun[:-3] + "y") if noun.endswith("es") else (noun[:-1],)
    return any(lex.nouns.get(st) == "anonymous" and st not in _NOT_A_PLURAL_GROUP for st in stems)


# singular person nouns whose plural is no group of people ("man"/"woman": "men" and
# "women" are listed themselves; "source": "sources" is listed)
_NOT_A_PLURAL_GROUP = frozenset(("person",))


# "crews", "couples": groups "they" can stand for (resources/collective_plurals.txt)
_COLLECTIVE_PLURALS = frozenset(_lines("collective_plurals.txt"))


def _group_subject(an, lo, hi):
    """(noun, type) of the last sentence subject in lo..hi outside quotations that
    is a plural group noun of the lexicon ("Democrats believe ...", "Still, voters
    ..."), or None; with its capitalised modifier as written ("Senate Democrats").

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Senate Democrats blocked the bill. People briefed on it were upset."
    >>> an = _ArticleNames(t, [(0, 34), (35, len(t))], lexicon(), None)
    >>> _group_subject(an, 0, 34), _group_subject(an, 0, len(t))
    (('Senate Democrats', 'group'), ('people', 'group'))
    """
    best = None
    for m in _GROUP_SUBJECT_RE.finditer(an.text, max(0, lo), max(0, hi)):
        pos = m.start("noun")
        if an.masked is not None and an.masked[pos] == MASK:
            continue
        noun = m.group("noun").lower()
        first = m.start("mod") if m.group("mod") else pos
        if (
            an.lex.nouns.get(noun) == "group"
            or noun in _COLLECTIVE_PLURALS
            or _plural_person_noun(noun, an.lex)
            or bare_people_plural(an.text, m.group("noun"), m.end("noun"), first)
        ):  # ("Paddlers on the river complained": bare_plural_groups)
            mod = m.group("mod")
            best = (f"{mod} {m.group('noun')}" if mod else noun, "group")
    return best


_TITLE_OBJECT_RE = re.compile(r"(?:^|[ \t])(?:of|for|at)[ \t]+(?:the[ \t]+)?\Z")


def _object_of_title(text, pos):
    """Is the name at ``pos`` the object of a title's preposition ("general manager of
    Moncton Water Services", "director for the Acme Group"): the body the person
    before it works for, never the one titled?

    >>> t = "Al Roe, general manager of Moncton Water Services, said"
    >>> _object_of_title(t, t.index("Moncton")), _object_of_title(t, 0)
    (True, False)
    """
    return _TITLE_OBJECT_RE.search(text, max(0, pos - 12), pos) is not None


def _titled_role(an, at, role, every=False):
    """Canonical name of the person last titled ``role`` (loosely: "local businessman
    Rex Toller") in the 4000 characters before ``at``, or None; with ``every``, the
    list of every person titled so there, last first."""
    name_pos = an.positions()
    names = an.names
    hi = bisect.bisect_left(name_pos, at)
    found = []
    for pos, cw, _g, info in reversed(names[max(0, hi - 200) : hi]):
        if at - pos > 4000:
            break
        tw = an.title_words(pos, info[2])
        if (
            (role in tw or (role + "s") in tw)
            and (len(cw) > 1 or _person_like(cw, an.lex, an.by_last_multi, _g))
            and _titled_right_before(an.text, pos, info[2], role)
            and not _object_of_title(an.text, pos)
        ):
            # "former Florida governor Bush": the person, never "Florida"
            if not every:
                return an.canonical(cw)
            if (name := an.canonical(cw)) not in found:
                found.append(name)
    return found if every else None


def _titled_right_before(text, pos, tw0, role):
    """Is ``role`` a title word of the name at ``pos`` (``tw0``) or one of the words
    right before it in the same clause ("local businessman Rex Toller"), not a word of
    the sentence before ("Rex Toller, a businessman, on Monday. Mayor Ann Kell")?

    >>> _titled_right_before("Toller, a businessman, on Monday. Mayor Ann Kell", 34, (), "businessman")
    False
    >>> _titled_right_before("the local businessman Rex Toller", 21, (), "businessman")
    True
    """
    if role in tw0 or (role + "s") in tw0:
        return True
    pre = text[max(0, pos - 40) : pos]
    cut = max(pre.rfind(ch) for ch in ".,;:")
    words = [w.lower() for w in pre[cut + 1 :].split()[-3:]]
    return role in words or (role + "s") in words


# "Two former employees of the agency, who ..., said" before "one of them said"
_COUNTED_GROUP_RE = re.compile(
    r"(?<![\w'’-])(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[2-9])[ \t]+"
    r"((?:(?:[a-z][\w-]*|[A-Z][a-z]+)[ \t]+){0,3}?)([A-Za-z][a-z]*[A-Za-z]s)\b"
)


def _last_counted_group(an, pos, reach):
    """The text of this paragraph and the one before ``pos`` (outside quotations,
    ``reach`` characters at most) and the last counted group in it ("Two truck
    drivers"), or None: (segment, match).

    >>> _COUNTED_GROUP_RE.search("Two truck drivers parked nearby.") is not None
    True
    """
    _lo, seg = _unquoted_before(an, pos, reach)
    seg = _this_paragraph_and_the_one_before(seg)
    last = None
    for m in _COUNTED_GROUP_RE.finditer(seg):
        last = m
    return seg, last


_ONE_OF_THEM = frozenset(("one of them", "the other", "one of the two"))


def _one_of_counted_group(an, quotes, reach=700):
    """Give "one of them" / "the other" the singular of the counted group of people
    written last before it, outside quotations, in the same or the previous paragraph
    ("Two former employees of the agency ... said ... '...,' one of them said" -> "a
    former employee"), the head a noun for a person; "the other" right after "one of
    them" (``reach`` characters on) the same; speaker strings only."""
    done = None  # (end, description) of the last "one of them" given one
    for q in quotes:
        lm = (q.mention or "").lower()
        if lm not in _ONE_OF_THEM or not q.speaker or q.speaker.lower() != lm:
            continue
        if lm == "the other" and done is not None and 0 <= q.m_start - done[0] <= reach:
            q.speaker = done[1]
            continue
        seg, last = _last_counted_group(an, q.m_start, reach)
        if last is None:
            continue
        one = last.group(2)[:-1]
        low = one.lower()
        if not (
            low in an.lex.titles
            or an.lex.nouns.get(low) == "anonymous"
            or (
                one.islower() and one.endswith(_PERSON_NOUN_ENDS) and low not in non_speaker_nouns()
            )
        ):
            continue
        desc = (last.group(1) + one).strip()
        q.speaker = ("an " if desc[:1].lower() in "aeiou" else "a ") + desc
        done = (max(q.m_end, q.end), q.speaker)


def _resolve_family_pair(an, q, persons, groups, reach=3000):
    """Fill the speaker of "the siblings" / "the couple" with the two people of one
    surname: that of the last person quoted within ``reach`` characters whose surname
    the article gives with exactly two full names (an earlier speaker's when the last
    one's has one: "Hanne Solbakken ... her brother, Erik Solbakken, ... Dr. Kay Lund
    says ... The siblings say": "Hanne and Erik Solbakken", in the order the article
    names them; also "both brothers", "the two sisters"); False otherwise, or when the
    surname tried has three full names; first the two written together in this or the
    previous paragraph ("Ann and Tom Roe sat down. The couple said": ``pair_named``)."""
    if fill_named_pair(an, q, groups):
        return True
    tried: set = set()
    for pos, canon, _g in reversed(persons):
        if q.m_start - pos > reach:
            return False
        if " " not in canon or (last := canon.split()[-1].lower()) in tried:
            continue
        tried.add(last)
        fulls: list = []
        for e in an.by_last.get(last, ()):
            if len(e[1]) > 1 and e[0] < q.m_start and not e[3][7]:
                full = an.canonical(list(e[1]))
                if full not in fulls:
                    fulls.append(full)
        if len(fulls) > 2:
            return False
        if len(fulls) == 2 and canon in fulls:
            a, b = (f.split() for f in fulls)
            k = 1  # (the words the two names end in alike: "van der Berg")
            while k < min(len(a), len(b)) - 1 and a[-k - 1] == b[-k - 1]:
                k += 1
            q.speaker, q.stype = f"{' '.join(a[:-k])} and {' '.join(b)}", "group"
            groups.append((q.m_start, q.speaker, "group"))
            return True
    return False


def _resolve_pair(an, q, persons, groups, reach=400):
    """Fill the speaker of "the two" / "both" with the last two people quoted before
    it when the ``reach`` characters before it join their surnames with "and"
    ("Nand and Tremblay met. The two said ..."), else with two people named together
    as a clause subject in those characters (``_pair_subject``: "Ann Roe and Tom Vale
    are both reformers. The two admit ..."); False otherwise."""
    names_: list = []
    for _pos, canon, _g in reversed(persons):
        if canon not in names_:
            names_.append(canon)
        if len(names_) == 2:
            break
    before = an.text[max(0, q.m_start - reach) : q.m_start]
    if len(names_) == 2:
        a, b = (re.escape(n.split()[-1]) for n in names_)
        pair = rf"\b(?:{a}\b[^.;!?]{{0,60}}\band[ \t]+[^.;!?]{{0,40}}\b{b}|{b}\b[^.;!?]{{0,60}}\band[ \t]+[^.;!?]{{0,40}}\b{a})\b"
        if re.search(pair, before) is None:
            names_ = []
    if len(names_) == 2:
        q.speaker, q.stype = " and ".join(reversed(names_)), "group"
    elif (sub := _pair_subject(an, max(0, q.m_start - reach), q.m_start)) is not None:
        q.speaker, q.stype = sub[1]
    else:
        return fill_named_pair(an, q, groups)  # ("Ann Roe and Tom Vale voted no. The two said")
    groups.append((q.m_start, q.speaker, "group"))
    return True


# "the researchers" / "the founders": the role words that introduce one of them
_PLURAL_ROLE_WORDS = {
    "researchers": "researcher|scientist|author|co-author|professor",
    "scientists": "researcher|scientist|author|co-author|professor",
    "authors": "researcher|author|co-author",
    "founders": "founder|co-founder|co-founders",
    "co-founders": "founder|co-founder|co-founders",
}


_PLURAL_ROLE_NAME = r"((?:" + _CAP_NAME_WORD + r"[ \t]+){0,2}" + _CAP_NAME_WORD + r")"


@lru_cache(maxsize=16)
def _plural_role_res(roles):
    """The two patterns of a person introduced by one of ``roles`` (a "|"-joined
    alternation): in apposition after the name ("Ann Roe, a sleep researcher at ...",
    "Ann Roe, a student and the study's lead author") and as a title before it
    ("co-author Tom Vale", "The other co-founder, Tom Vale,"); compiled once per noun."""
    return (
        re.compile(
            _PLURAL_ROLE_NAME
            + r",[ \t]+(?:an?|the|[A-Z][\w.-]*['’]s)[ \t][^,.;:\n“”\"()]{0,100}?\b(?:"
            + roles
            + r")\b"
        ),
        re.compile(r"\b(?i:" + roles + r"),?[ \t]+" + _PLURAL_ROLE_NAME + r"\b(?![ \t]*[A-Z])"),
    )


def _resolve_plural_role(an, q, lm, groups):
    """Fill the speaker of "the researchers" / "the founders" with the two people the
    article (outside quotations) introduces by that role, in apposition or as a title
    ("Ann Roe, a sleep researcher at ... co-author Tom Vale": "Ann Roe and Tom Vale");
    False unless there are exactly two."""
    words = lm.split()
    roles = _PLURAL_ROLE_WORDS.get(words[-1]) if len(words) == 2 and words[0] == "the" else None
    if roles is None:
        return False
    text = an.masked if an.masked is not None else an.text
    found: dict = {}
    for rx in _plural_role_res(roles):
        for m in rx.finditer(text):
            cw = m.group(1).split()
            while cw and (cw[0].lower() in _SENT_START_STOP or cw[0].lower() in an.lex.titles):
                cw = cw[1:]
            if len(cw) < 2 or cw[-1] in an.lex.org_words:
                continue  # (a full name only: "Acme, a founder of" is no person)
            found.setdefault(an.canonical(cw), m.start(1))
            if len(found) > 2:
                return False
    if len(found) != 2:
        return False
    q.speaker, q.stype = " and ".join(sorted(found, key=found.get)), "group"
    groups.append((q.m_start, q.speaker, "group"))
    return True


# a sentence that opens with a plural common noun as its subject ("Analysts were divided
# on the cut.", "Many residents are angry."): up to two modifiers before the noun
_PLURAL_SUBJECT_RE = re.compile(
    r"(?:(?:The|Most|Many|Some|Local)[ \t]+"
    r"|(?:(?:About|Nearly|Almost|Roughly|Over|More[ \t]+than)[ \t]+)?\d[\d,]*[ \t]+)?"
    r"(?:[A-Za-z][a-z\-]*[ \t]+){0,2}?([A-Za-z][a-z]+s)[ \t]+[a-z]"
)  # (a count may open it: "About 300 members packed the hall. Many said ...")


def _quantified_group(an, q):
    """The plural noun a quantifier speaker ("Some said", "Others said") takes from the
    sentence right before it, in the same or the previous paragraph, when that sentence
    opens with a plural speaker noun as subject ("Analysts were divided on the cut.
    Some said it was overdue." -> "analysts"); a sentence before that opens with another
    quantifier ("Some said A. Others said B.") passes the look one sentence further
    back; else None."""
    an.antecedents()
    si = bisect.bisect_right(an.ante[0], min(q.m_start, q.start)) - 1
    hi = q.m_start
    if si < 0:
        return None
    if an.text[an.sents[si][0] : hi].strip(' \t\n"“') not in ("", "But", "And"):
        # "Evacuees said A, and several said B": the plural speaker of the same sentence
        m = _QUANT_SAME_SENTENCE_RE.fullmatch(an.text, an.sents[si][0], hi)
        return m.group(1).lower() if m else None  # ("including some who warned": None)
    for j in range(si - 1, max(si - 4, -1), -1):
        s0, s1 = an.sents[j]
        if len(_PARAGRAPH_BREAK_RE.findall(an.text, s1, hi)) > 1:
            return None
        if an.masked is not None and an.masked[s0] == MASK:
            return None  # a quotation opens the sentence before
        first = an.text[s0:s1].split(None, 1)[:1]
        if first and first[0].lower() in _QUANT_SUBJ:
            hi = s0  # "Some said A." before "Others said B.": look further back
            continue
        m = _PLURAL_SUBJECT_RE.match(an.text, s0, s1)
        head = m.group(1).lower() if m else ""
        if an.lex.nouns.get(head) == "group" or _quant_person_plural(an, head):
            return head  # ("Cyclists in the chamber applauded. Several said": a person noun)
        return None
    return None


# "Evacuees said A, and several said B": a sentence opening with a plural noun that is the
# subject of a speech verb, then ", and"/", but" right before the quantifier
_QUANT_SAME_SENTENCE_RE = re.compile(
    r"[ \t\n\"“]*(?:The[ \t]+)?([A-Z][a-z]+s)[ \t]+(?:said|say|told|tell)\b[^.;!?\n]*,[ \t]+(?:and|but)[ \t]+"
)


def _quant_person_plural(an, head):
    """Is ``head`` the plural of a listed noun for an unnamed person ("cyclists",
    "nurses")?

    >>> from types import SimpleNamespace
    >>> _quant_person_plural(SimpleNamespace(lex=SimpleNamespace(nouns={})), "cyclists")
    True
    """
    one = head[:-1]
    return len(one) > 2 and (an.lex.nouns.get(one) == "anonymous" or one in _THE_PERSON_NOUNS)


_DEMONYM_ENDS = ("an", "ese", "ish", "ch", "i")


_REGIONAL_DEMONYMS = frozenset(_lines("regional_demonyms.txt"))


def _regional_demonym(an, q, words, persons, reach=600):
    """Fill the speaker of "the Nova Scotian" / "the Albertan" (a regional demonym of
    ``regional_demonyms.txt``, capitalised) with the person quoted or named last, at most
    ``reach`` characters before it; False when there is none."""
    if len(words) not in (2, 3) or words[0].lower() != "the" or not words[1][:1].isupper():
        return False
    if " ".join(words[1:]).lower() not in _REGIONAL_DEMONYMS or not persons:
        return False
    pos, name, _g = persons[-1]
    if q.m_start - pos > reach or pos > q.m_start:
        return False
    q.speaker, q.stype = name, "person"
    persons.append((q.m_start, name, _g))
    return True


def _resolve_demonym(an, q, persons):
    """Fill the speaker of "the Canadian" / "the American" (a nationality word of the
    title list written as a noun) with the one person the 4000 characters before it
    title so ("Canadian Mike Leduc won gold and American Tom Brisk took silver"), the
    description itself when two people are (never the speaker "Canadian"); False when
    no one is."""
    words = q.mention.split()
    if _regional_demonym(an, q, words, persons):
        return True  # "the Nova Scotian said": the person just quoted
    if len(words) != 2 or words[0].lower() != "the" or not words[1][:1].isupper():
        return False
    low = words[1].lower()
    if low not in _DESCRIPTORS or not low.endswith(_DEMONYM_ENDS):
        return False
    found = _titled_role(an, q.m_start, low, every=True)
    if not found:
        return False
    if len(found) > 1:  # two Canadians: the description as written
        q.speaker, q.stype = "the " + words[1], "anonymous"
        return True
    q.speaker, q.stype = found[0], "person"
    persons.append((q.m_start, found[0], _person_gender(an, found[0])))
    return True


# a lede's definite description of one person by a relative clause: "The developer who
# bought St. Bernard's United Church last year"
_LEDE_WHO_RE = re.compile(r"[Tt]he(?:[ \t]+[a-z][a-z-]*){0,2}[ \t]+who[ \t]+[a-z]")


def _resolve_lede_who_named_next(an, q, persons):
    """Fill the speaker of a lede's "The developer who bought St. Bernard's United
    Church last year says A", when the article names no person before it, with the
    full person name that opens the next paragraph when that paragraph goes on to quote
    that person ("Gabe Roe, whose company paid $1.2 million for it, presented the
    plans. '...,' he said."): a reporter describes the speaker, then names him. The
    names inside the relative clause are never the speaker. False otherwise."""
    if q.mention.split()[1:2] in (["man"], ["woman"], ["person"]):
        return False  # (a generic head: the leader rules, with an echo of its clause)
    if _LEDE_WHO_RE.match(q.mention) is None and not (
        _LEDE_WHO_RE.match(q.mention + " who x") is not None
        and _WHO_NEXT_RE.match(an.text, q.m_end) is not None
    ):
        return False  # (the relative clause in the mention, or right after it)
    j = _lede_opening_full_name(an, q, None)
    if j is None:
        return False  # (the paragraph opens with the full name)
    pl = an.person_like(j)
    if not (pl[1] or pl[0] in ("m", "f")):
        return False
    start, cw = an.names[j][:2]
    if not an.text.startswith(" ".join(cw), start):
        return False  # ("Mayor Tom Vale said": a title of another role)
    end = start + len(" ".join(cw))
    if not an.text.startswith((", who", ", whose", ", a ", ", an ", ", the "), end):
        return False  # (the name set off as the one introduced: "Gabe Roe, whose firm")
    stop = an.text.find("\n", start, start + 1500)
    para = an.text[start : start + 1500 if stop < 0 else stop]
    last = re.escape(cw[-1])
    if not re.search(
        rf"\b(?:he|she|{last})[ \t]+(?:said|says|told)\b|\b(?:said|says)[ \t]+{last}\b", para
    ):
        return False  # (the named one speaks in that paragraph)
    _remember_lede_who_head(an, q.mention, cw)
    return _set_person(an, q, persons, list(cw))


def _remember_lede_who_head(an, mention, cw):
    """Keep the person a lede's "The developer who bought X" was resolved to under
    its head noun ("developer") for ``_resolve_lede_who_again``."""
    words = mention.split()
    head = words[words.index("who") - 1] if "who" in words[2:] else words[-1]
    an._lede_who_heads[head.lower()] = list(cw)


def _resolve_lede_who_again(an, q, persons):
    """Fill the speaker of a later bare "the developer" with the person the lede's
    "The developer who bought X says A" was resolved to (not the developer's company
    named since); False otherwise."""
    heads = an._lede_who_heads
    m = _THE_HEAD_RE.fullmatch(q.mention) if heads else None
    if m is None or len(q.mention.split()) != 2 or m.group(1).lower() not in heads:
        return False
    return _set_person(an, q, persons, list(heads[m.group(1).lower()]))


# "the nurse", "the registered nurse": a description of one person by its head noun
_THE_HEAD_RE = re.compile(r"[Tt]he(?:[ \t]+[a-z][a-z-]*)?[ \t]+([a-z][a-z-]+)")
