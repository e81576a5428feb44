"""Article-level description passes run after each mention is resolved: a description named
soon after, the same description again, synonyms of a description, the object pronoun,
and the organisations named in apposition.
"""

from __future__ import annotations

import bisect
import itertools
import re

from .antecedents import _CAP_NAME_WORD, _set_person, _unquoted_before, _unresolved_description
from .apposed_descriptions import other_job_apposed
from .appositions import _apposed_name_subject_before
from .description_echoes import _doctor_titled
from .indefinite_named import (
    indefinite_named_after,
    indefinite_named_head,
    indefinite_names_person,
)
from .kin import _JURIS_HEADS, _KIN_GENDER, _NAME_RUN, _PARAGRAPH_BREAK_RE, _org_kind
from .lede_appositions import _last_apposed
from .lede_named_next import _JOB_NOUNS, _PERSON_NOUNS, _ROLE_CUES
from .ledes import _DESC_SYNONYMS, _description_head
from .lexicon import _PRONOUNS, LISTED_PLACES, _lines
from .mentions import _ALL, _SUBJ, _has_word
from .names import _ROLE_NO_FALLBACK, _person_like
from .office_holders import office_holder_key
from .org_names import _PERSON_NOUN_ENDS, _PREDICATE_BEFORE_RE
from .org_nearest import _nearest_org_at
from .org_subjects import _other_name_between
from .phrases import non_speaker_nouns
from .pronouns import _lone_description
from .role_places import _retired_rx
from .role_titles import _other_titled_alike
from .roles import _resolve_mention
from .titles import _OFFICES, _person_gender
from .usage import _never_a_person
from .wordscan import _indefinite_head_in, _indefinite_head_starts

# reporting verbs of a statement (not "asked", "claiming") that a "he" may continue
_STATEMENT_CUES = (
    "said", "say", "told", "tell", "add", "explain", "note", "wrote", "write", "state",
    "insist", "argu", "warn", "acknowledg", "conced", "confirm", "recall", "continu",
)  # fmt: skip


def _note_description(an, prev):
    """Remember (``an.last_desc``) the statement ``prev`` when a lone description
    speaks it; forget it after any other speaker, but for a pronoun given to it."""
    if prev.speaker is None:
        return
    d = an.last_desc
    if d is not None and prev.speaker == d[2]:
        # ('A spokesman said ... "...," he said': still the spokesman, last quoted here)
        an.last_desc = (prev.m_start, prev.m_end, d[2], d[3], d[4])
        return
    g = None
    if prev.stype in ("anonymous", "unknown") and (prev.cue or "").lower().startswith(
        _STATEMENT_CUES
    ):
        g = _lone_description(prev.mention, an.lex)
    an.last_desc = None if g is None else (prev.m_start, prev.m_end, prev.speaker, prev.stype, g)


def _pronoun_after_apposed_name(an, q):
    """Is ``q``'s mention "he"/"she" right after a sentence whose subject description
    has a full name in apposition (``_apposed_name_subject_before``)? Then the pronoun
    is that person's, not a relative described before."""
    lm = (q.mention or "").lower()
    return lm in ("he", "she") and _apposed_name_subject_before(an, q, _PRONOUNS[lm]) is not None


# "the premier", "the former secretary of state", "the 79-year-old": "the", at most
# four lower-case words, a person noun (the head; "of ..." may follow it); an age may
# lead the modifiers ("the 67-year-old retired accountant")
_DESCRIBED_RE = re.compile(
    r"[Tt]he[ \t]+((?:\d{1,3}-year-old[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,3}?)"
    r"([a-z\d][\w-]*)(?:[ \t]+of[ \t]+[a-z]+)?"
)


_YEAR_OLD_RE = re.compile(r"\d{1,3}-year-old")


_LAST_PERSON_REACH = 2000  # characters back from the description


# what follows a name that asked the question a described person answers ("Lee asked")
# a kin noun right before a name ("His mother, Ana", "her husband Tom")
_KIN_WORD_BEFORE_RE = re.compile(r"\b([a-z]+),?[ \t]+\Z")


# words before a capitalised word that make it a place or modifier ("a Brandon rink")
# ("at 48 Elm": a street address, a house number between)
_MODIFIER_BEFORE_RE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|his|her|their|its|our|in|at|near)[ \t]+(?:\d{1,5}[ \t]+)?\Z"
)


_OFFICES_NOT_LEADER = frozenset(_OFFICES - {"leader"})  # (a party leader holds an office too)


_AGE_AFTER_RE = re.compile(r",[ \t]*(\d{1,3}),")  # "Ann Roe, 34," (the age given)


_SENTENCE_END_RE = re.compile(r"[.!?][\"”’\x27)]*\s")


# "his father", "her campaign manager": a person the text names by a possessive
_POSSESSED_NOUN_RE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)[ \t]+([a-z]+)(?:[ \t]+([a-z]+))?")


# "Dale Roe, a farmer," / "Dale Roe, a two-term councillor.": a lower-case apposition
_APPOSED_NOUN_RE = re.compile(r",[ \t]+an?[ \t]+(?:[\w-]+[ \t]+){0,3}?([a-z][\w-]*)[,.;]")


_ASKER_AFTER_RE = re.compile(r"[ \t]+(?:asked|asks|wanted[ \t]+to[ \t]+know)\b")


def _described_head(mention):
    """The person noun ("premier", "secretary", "79-year-old") that heads a
    description speaker written "the ..." in lower case, else None.

    >>> _described_head("the former secretary of state"), _described_head("The company")
    ('secretary', None)
    """
    m = _DESCRIBED_RE.fullmatch(mention)
    if m is None:
        return None
    head = m.group(2)
    if _YEAR_OLD_RE.fullmatch(head) or head in _PERSON_NOUNS or head in _ROLE_CUES:
        return head
    if _varied_by_modifier(mention) and head.endswith(_PERSON_NOUN_ENDS):
        return head  # ("the retired machinist")
    return None


_VARIATION_MODIFIERS = frozenset(_lines("variation_modifiers.txt"))


_LINKED_DETERMINERS = frozenset(("the", "a", "an", "his", "her", "their", "its", "our", "my"))


def _plain_description(an, mention):
    """A description with what only narrows it dropped: a second role joined by "and"
    without a determiner ("the Florida senator and presidential candidate" -> one
    person, "the Florida senator") and capitalised place or party words after "the"
    ("the Florida senator" -> "the senator"), so that it varies the last person named
    as "the senator" does. A capitalised word that names a person of the article
    stays ("the Clinton spokesman" is someone else); an unchanged mention otherwise.

    >>> _plain_description(None, "the Vermont senator and Democratic candidate")
    'the senator'
    >>> _plain_description(None, "the senator and his wife")
    'the senator and his wife'
    """
    words = mention.split()
    if len(words) < 3 or words[0] not in ("the", "The"):
        return mention
    if "and" in words[2:-1]:
        i = words.index("and", 2)
        if words[i + 1].lower() in _LINKED_DETERMINERS:
            return mention  # ("the senator and his wife": two people)
        words = words[:i]
    kept = [words[0]]
    for w in words[1:]:
        if w[:1].isupper() and w.isalpha():
            if an is not None and _names_person(an, w.lower()):
                return mention  # ("the Clinton spokesman": the person named is not him)
            continue
        kept.append(w)
    return " ".join(kept) if len(kept) >= 2 else mention


def _names_person(an, word):
    """Is the lower-case ``word`` a person's surname in the article: of a known gender,
    titled as a person, or the last word of a full name written there?"""
    if word in an.gender_of or word in an.titled_last:
        return True
    got = an.names_person_cache.get(word)  # (once per word: "the head of the Bank of
    if got is None:  # Montreal" x 2000 scanned all 2000 "Montreal"s per quote)
        got = an.names_person_cache[word] = any(len(e[1]) >= 2 for e in an.by_last.get(word, ()))
    return got


def _varied_by_modifier(mention):
    """Does the word before the head of "the <...> <head>" vary a person already
    named ("the retired machinist", "the longtime resident")?

    >>> _varied_by_modifier("the retired nurse"), _varied_by_modifier("the defence lawyer")
    (True, False)
    >>> _varied_by_modifier("the retired dairy farmer"), _varied_by_modifier("the former bank teller")
    (True, True)
    """
    words = mention.split()
    if len(words) >= 3 and words[-2].lower() in _VARIATION_MODIFIERS:
        return True
    # one plain noun between the modifier and the head ("the retired dairy farmer")
    return (
        len(words) >= 4
        and (words[-3].lower() in _VARIATION_MODIFIERS or words[-3].lower() == "former")
        and words[-2].isalpha()
        and words[-2].islower()
        and not words[-2].endswith(("ed", "ing", "s"))
    )


def _last_person_described(an, q, persons):
    """Fill the speaker of a description that no title, apposition or role rule
    resolved ("the premier", "the former president", "the nurse") with the person it
    varies: the last person quoted or named as a clause subject, in the description's
    paragraph or the one before ("'We did both,' Ann Roe told supporters.\\n\\nThe
    premier said ..." -> Ann Roe). Only when nobody else is named (outside
    quotations) in between, nor a person by a possessive ("his father"); when a noun
    that is no office is said of that person there ("Ann Roe has been a nurse",
    "Bo Lee, chair of the committee"); in a later sentence; not right after a quote of
    the same paragraph tagged "he said". Never for a noun the article uses of someone
    unnamed ("a nurse ... the nurse"), someone else's office ("the head of ..."), the
    one who asked, a possessor, a person of the other gender ("the chairwoman"), of
    another age, or titled with an office the title rules did not match; False then."""
    mention = _plain_description(an, q.mention)
    head = _described_head(mention)
    if head is None and (raw := _DESCRIBED_RE.fullmatch(mention)) is not None:
        at = min(q.m_start, q.start)  # ("a letter carrier named Ann Roe ... the letter carrier")
        head = indefinite_named_head(an.text, max(0, at - _LAST_PERSON_REACH), at, raw.group(2))
    if (
        head is None
        or head in _ROLE_NO_FALLBACK
        or head.endswith("s")
        and head[:-1] in _PERSON_NOUNS
    ):
        return False
    if an.text.startswith(" of ", q.m_end):
        return False  # "the deputy head of the delegation": someone else's office
    if q.mention.lower().split()[-2:-1] == ["retired"]:
        ref = _retired_in_apposition(an, q.m_start, head)  # "Ed Kowal, who retired as a welder,"
        if ref is not None:
            q.speaker, q.stype = ref, "person"
            persons.append((q.m_start, ref, _person_gender(an, ref)))
            return True
    at = min(q.m_start, q.start)
    lo = max(0, at - _LAST_PERSON_REACH)
    intro_names = []
    opening = _opening_phrase_start(an.text, at)  # ("Asked by the judge ..., the nurse said")
    para = an.text[lo:opening].rstrip().rfind("\n")  # the start of the paragraph before
    if para >= 0:
        para = an.text[lo : lo + para].rstrip().rfind("\n")
    lo += para + 1 if para >= 0 else 0
    lo = _before_quotation_paragraphs(an.text, lo, max(0, at - _LAST_PERSON_REACH))
    src = an.masked or an.text  # ("a first-year student" inside a quotation: no one met)
    if src.find(head, lo, at) >= 0 and (
        not head.isalpha() or _indefinite_head_in(src[lo:at], head)
    ):  # (every match holds the head, and is one of the case-blind test's: else no pattern)
        seg = src[lo:at]
        starts = _indefinite_head_starts(seg, head)  # (no pattern per head)
        if starts is None:
            rx = rf"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)[ \t]+(?:[\w-]+[ \t]+){{0,2}}{head}\b"
            starts = [m.start() for m in re.finditer(rx, seg)]
        for s in starts:
            if not _PREDICATE_BEFORE_RE.search(an.text, max(0, lo + s - 16), lo + s):
                named = indefinite_named_after(seg, s, head)  # ("a nurse, Ann Roe,")
                if named is None:
                    return False  # ("a nurse came in. '...,' the nurse said": that unnamed one)
                intro_names.append(named)
    cands = [(p, c) for p, c, _g in persons[-1:] if p >= lo]
    sub = an.pick(_SUBJ, at, "?", at - lo)
    if sub is not None:
        cands.append(sub)
    if not cands:
        return False
    pos, canon = max(cands)
    if _never_a_person(an, canon):
        return False
    end = an.text.find(canon.split()[-1], pos, pos + 80) + len(canon.split()[-1])
    if end > pos and _ASKER_AFTER_RE.match(an.text, end):
        return False  # ('"Is it you?" Lee asked. "Yes," the senator said': not Lee)
    if end > pos and an.text.startswith(("'s ", "’s ", "' ", "’ "), end):
        return False  # a possessor ("Lee's words hurt the senator")
    name_pos = an.positions()
    for i in range(bisect.bisect_right(name_pos, pos), bisect.bisect_left(name_pos, at)):
        item = an.item_of(i, _ALL)
        if item is None or _MODIFIER_BEFORE_RE.search(an.text, max(0, item[0] - 14), item[0]):
            continue  # ("at a Brandon rink", "in Brandon"): a place, no person
        if an.canonical(item[1], item[2]) != canon:
            return False  # another person named since ("Lee attacked Roe. The senator said")
    if mention != q.mention and _other_titled_alike(an, lo, at, head, canon):
        return False  # ("Sen. Cruz ... Sen. Rubio ... the Texas senator": which one)
    age = _AGE_AFTER_RE.match(an.text, end) if end > pos else None
    if age is not None and _YEAR_OLD_RE.fullmatch(head) and head.split("-")[0] != age.group(1):
        return False  # ("Ann Roe, 34, spoke. '...,' the 29-year-old said": someone else)
    if any(not indefinite_names_person(n, canon) for n in intro_names):
        return False  # ("a nurse, Bo Lee, ... Ann Roe said ... the nurse said": Bo Lee)
    if not (
        intro_names
        or head in _OFFICES
        or _YEAR_OLD_RE.fullmatch(head)
        or _has_word(an.text[pos:at], head)
        or _varied_by_modifier(mention)  # ("Ed Kowal said ... the retired machinist said")
    ):
        return False  # ("Ann Roe said ... . '...,' the lawyer said": never called so)
    gap = (an.masked or an.text)[end:at]
    if "\n" not in gap and not _SENTENCE_END_RE.search(gap):
        return False  # ("As Ann Roe testified, the mayor said": one sentence, two people)
    if any(
        w in _KIN_GENDER or w in _PERSON_NOUNS
        for pair in _POSSESSED_NOUN_RE.findall(gap)
        if pair[0] != "late"  # ("She and her late husband ..."): the dead do not speak
        for w in pair
    ):
        return False  # ("Tom Vale brought his father. '...,' the former governor said")
    if "\n" not in gap and an.text.startswith(("he ", "she ", "He ", "She "), pos):
        return False  # ('"...," he said. "...," the senator said': another speaker)
    last = canon.split()[-1].lower()
    want = (
        "f" if head.endswith(("woman", "wife", "mother")) else "m" if head.endswith("man") else None
    )
    g = an.gender_of.get(last)
    if g is None and (kin := _KIN_WORD_BEFORE_RE.search(an.text, max(0, pos - 24), pos)):
        g = _KIN_GENDER.get(kin.group(1))  # "His mother, Ana," is a woman
    if want and g and g != want:
        return False
    if head not in _OFFICES and other_job_apposed(an, canon, head, at):
        return False  # ("Tom Vale, a welder, lost his job. The retired nurse said")
    if head in _OFFICES:
        for p, cw, _g, info in an.by_last.get(last, ()):
            if p >= at:
                break
            if any(w in _OFFICES_NOT_LEADER for w in info[2]):
                return False  # ("Mayor Ann Roe ... the premier", "Prime Minister Al Lee
                # ... the minister": a title the office rules did not match)
            e = an.text.find(cw[-1], p, p + 80)
            ap = _APPOSED_NOUN_RE.match(an.text, e + len(cw[-1])) if e >= 0 else None
            if ap is not None and ap.group(1) != head:
                return False  # ("Dale Roe, a farmer, ... The mayor said": someone else)
    q.speaker, q.stype = canon, "person"
    persons.append((q.m_start, canon, g))
    return True


def _opening_phrase_start(text, at):
    """The start of the paragraph of ``at`` when only an opening phrase of the
    paragraph's first sentence stands before it (no sentence end: "Asked by the judge
    whether A, the nurse said"; "In March, the nurse said"), else ``at``: a description
    behind such a phrase looks as far back as one that opens its paragraph.

    >>> t = "Ann Roe spoke.\\n\\nIn March, the nurse said no."
    >>> _opening_phrase_start(t, t.index("the nurse")) == t.index("In March")
    True
    >>> t = "Ann Roe spoke.\\n\\nIt rained. The nurse said no."
    >>> _opening_phrase_start(t, t.index("The nurse")) == t.index("The nurse")
    True
    """
    ps = text.rfind("\n", max(0, at - 400), at) + 1
    if ps == 0 or at - ps < 4 or text[ps] in "\"“‘'(" or _SENTENCE_END_RE.search(text, ps, at):
        return at  # (a quotation opening the paragraph is no opening phrase)
    return ps


def _before_quotation_paragraphs(text, lo, floor):
    """The start of the paragraph before paragraph ``lo`` when paragraph ``lo`` is a
    carried quotation (it opens with a quotation mark), at most twice and not before
    ``floor``: a speaker quoted in a paragraph, then a paragraph of her quotation, is
    still the last person quoted before "The engineering student said" after them.

    >>> t = 'Ann Roe spoke.\\n\\n"We won."\\n\\nThe student said A.'
    >>> t[_before_quotation_paragraphs(t, 16, 0) :][:7]
    'Ann Roe'
    """
    for _ in range(2):
        if text[lo : lo + 1] not in ('"', "“") or lo <= floor:
            break
        p = text.rfind("\n", floor, len(text[floor:lo].rstrip()) + floor)
        lo = p + 1 if p >= floor else floor
    return lo


def _retired_in_apposition(an, at, role, reach=4000):
    """Canonical name of the last person the ``reach`` characters before ``at``
    introduce as having retired from ``role`` ("Ernest Kowal, 81, who retired as a
    welder," / "Ernest Kowal, a welder who retired in 1998," for "the retired welder"),
    outside quotations; None when none is.

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Ed Kowal, 81, who retired as a welder in 1998, lives here. The retired welder"
    >>> an = _ArticleNames(t, [(0, 58), (59, len(t))], lexicon(), None)
    >>> _retired_in_apposition(an, 59, "welder")
    'Ed Kowal'
    """
    return _last_apposed(an, at, reach, role, "retired", _retired_rx)


# a relative clause after a name, up to its sentence's end ('said Dr. Ann Roe, who
# teaches environmental engineering at ...')
_WHO_AFTER_NAME_RE = re.compile(r",[ \t]+who[ \t]+([^.;!?\n]{1,160})")


def _described_then_named_who(an, quotes, reach=600):
    """Give a description left unresolved ("An engineer who has studied odour at
    plants said A.") the speaker of the next statement, within ``reach`` characters and
    one paragraph break, when a "who" clause after that person's name has a word that
    opens with the stem of the description's head ('"B," said Dr. Ann Roe, who teaches
    environmental engineering'); speaker strings only."""
    for p, q in itertools.pairwise(quotes):
        if _unresolved_description(p) is None:
            continue
        if q.stype != "person" or " " not in (q.speaker or "") or q.m_start <= p.m_end:
            continue
        head = _description_head(p.mention)
        if head is None or len(head) < 4 or q.m_start - p.m_end > reach:
            continue
        if an.text.count("\n", p.m_end, q.m_start) > 2:
            continue
        m = _WHO_AFTER_NAME_RE.match(an.text, q.m_end)
        stem = head[: max(5, len(head) - 3)]  # ("engineer": engineering, "geologist": geology)
        if m is not None and any(w.startswith(stem) for w in m.group(1).split()):
            p.speaker, p.stype = q.speaker, "person"
        elif m is not None and _doctor_titled(q.mention, head):
            p.speaker, p.stype = (
                q.speaker,
                "person",
            )  # ("A family doctor ..." / "said Dr. Ann Roe, who")


# a narration sentence opening with a described person ("The school's principal watched")
_DESCRIBED_OPENER_RE = re.compile(
    r"[ \t]*The(?:[ \t]+[\w’'-]+){0,2}?[ \t]+([a-z][a-z-]+)[ \t]+[a-z]+(?:ed|s)\b"
)


def _pronoun_of_described_then_named(an, quotes, reach=600):
    """Give a "He said" / "She said" left unresolved, whose sentence follows one that
    opens with a described person ("The school's principal watched the bear from her
    window. She said A."), the speaker of the next statement, within ``reach``
    characters and one paragraph break, when a "who" clause after that name holds the
    description's noun ('"B," said Ann Roe, who has been principal for six years');
    speaker strings only."""
    for p, q in itertools.pairwise(quotes):
        if p.mention not in ("He", "She") or p.speaker != p.mention or q.stype != "person":
            continue
        if " " not in (q.speaker or "") or not 0 < q.m_start - p.m_end <= reach:
            continue
        if an.text.count("\n", p.m_end, q.m_start) > 2:
            continue
        an.antecedents()
        si = bisect.bisect_right(an.ante[0], p.m_start) - 1
        if si < 1:
            continue
        s0, s1 = an.sents[si - 1]
        if an.text[an.sents[si][0] : p.m_start].strip() or "\n" in an.text[s1 : p.m_start]:
            continue  # (the pronoun opens the sentence right after, same paragraph)
        m = _DESCRIBED_OPENER_RE.match(an.text, s0, s1)
        if m is None or not (m.group(1) in _PERSON_NOUNS or m.group(1) in _JOB_NOUNS):
            continue
        who = _WHO_AFTER_NAME_RE.match(an.text, q.m_end)
        if who is not None and m.group(1) in who.group(1).split():
            p.speaker, p.stype = q.speaker, "person"


# "a spokesperson for the agency", "A spokeswoman for the ministry": the body by its kind
_SPOKES_FOR_BODY_RE = re.compile(
    r"(?:a|an|the)[ \t]+spokes(?:person|man|woman)[ \t]+(?:for|of)[ \t]+the[ \t]+([a-z]+)", re.I
)


def _spokesperson_for_described_body(an, quotes):
    """Give "a spokesperson for the agency" (a body named by its kind, ministry,
    department, agency) the body "the agency said" would name, the nearest one named
    before it outside quotations ("Ontario Parks said ... A, a spokesperson for the
    agency said": Ontario Parks); the description when none."""
    for q in quotes:
        m = _SPOKES_FOR_BODY_RE.fullmatch(q.speaker or "")
        if m is None or m.group(1).lower() not in _JURIS_HEADS:
            continue
        got = _nearest_org_at(an, q.m_start, m.group(1).lower())
        if got is not None:
            q.speaker, q.stype = got[1], "organization"


def _described_synonyms(an, quotes):
    """Give "the doctor" (a head with other nouns in description_synonyms.txt) the
    unnamed description that spoke the statement right before it under another of
    those nouns ("An emergency physician who ... said ... . '...,' the doctor said"):
    at most 600 characters and one paragraph break on, nobody named between."""
    for p, q in itertools.pairwise(quotes):
        if not (
            q.speaker
            and q.mention
            and p.speaker
            and p.mention
            and q.mention[:4] in ("the ", "The ")
        ):
            continue
        if q.speaker.lower() != q.mention.lower() or p.speaker.lower() != p.mention.lower():
            continue
        lo = max(
            p.m_end, p.end
        )  # (after the statement: "A physician who works in Pine Hollow said")
        if p.mention[:1] not in "aA" or not 0 <= q.m_start - lo <= 600:
            continue
        head, other = _description_head(q.mention), _description_head(p.mention)
        if other is None or other not in _DESC_SYNONYMS.get(head, ()):
            continue
        if len(_PARAGRAPH_BREAK_RE.findall(an.text, lo, q.m_start)) > 1:
            continue
        if not _other_name_between(an, lo, q.m_start, None):
            q.speaker, q.stype = p.speaker, p.stype


# the openings of an unnamed speaker set apart from people named before it ("Another
# adjuster, who asked not to be named ..., said", "A second nurse said")
_UNNAMED_OTHER_LEADS = ("another ", "a second ", "a third ", "a fourth ", "one other ")


def _unnamed_same_head_before(an, quotes):
    """Give "the adjuster said" the unnamed speaker of the statement right before it
    when that one was "Another adjuster, who asked not to be named ..., said" (the
    same head noun, left unnamed): the story goes on with that person, not with the
    adjuster it named before ("Ann Roe, an independent adjuster, said"). At most 600
    characters and one paragraph break on, nobody named between; speaker strings only.

    >>> import pandas as pd, analysis
    >>> t = ('Ann Roe, an adjuster from Regina, said it was busy. Another adjuster, who '
    ...      'asked not to be named, said photos were used. "It is faster," the adjuster said.')
    >>> q = analysis.extract_quotes(pd.DataFrame({"article_id": [1], "text": [t]}))
    >>> q.loc[q["quote"] == "It is faster", "speaker"].tolist()
    ['another adjuster']
    """
    for p, q in itertools.pairwise(quotes):
        pm, qm = (p.mention or ""), (q.mention or "")
        if not (pm.lower().startswith(_UNNAMED_OTHER_LEADS) and qm.lower().startswith("the ")):
            continue
        if (p.speaker or "").lower() != pm.lower() or not q.speaker or q.speaker == qm:
            continue
        lo = max(p.m_end, p.end)
        head = _description_head(qm, ("the", "The"))
        if head is None or not 0 <= q.m_start - lo <= 600 or len(qm.split()) != 2:
            continue
        if _description_head("a " + pm.split(None, 1 + pm.lower().startswith("a "))[-1]) != head:
            continue
        if len(_PARAGRAPH_BREAK_RE.findall(an.text, lo, q.m_start)) > 1:
            continue
        if not _other_name_between(an, lo, q.m_start, None):
            q.speaker, q.stype = p.speaker, p.stype


# ", a software developer in Halifax who ..." right after an unnamed speaker
_APPOSED_DESC_RE = re.compile(
    r",[ \t]+(an?[ \t]+(?:[\w'’-]+[ \t]+){0,3}?([a-z][\w-]*))"
    r"(?=[ \t]+(?:who|in|at|from|for|with|on)\b|,)"
)


def _apposed_description(an, quotes):
    """Give an unnamed speaker ("Another employee", "A third person", "one of them")
    the description in apposition right after it ("Another employee, a software
    developer in Halifax who ..., said" -> "a software developer"), its head a noun
    for a person; the "he" / "she" / "they" statements after it that took the unnamed
    speaker ('"...," she said') take the description too; speaker strings only."""
    for i, q in enumerate(quotes):
        lm = _unresolved_description(q)
        if lm is None:
            continue
        if lm.split()[0] not in ("a", "an", "another", "one"):
            continue
        m = _APPOSED_DESC_RE.match(an.text, q.m_end)
        if m is None:
            continue
        head = m.group(2)
        if (
            an.lex.nouns.get(head) == "anonymous"
            or head in an.lex.titles
            or (head.endswith(_PERSON_NOUN_ENDS) and head not in non_speaker_nouns())
        ):
            old, q.speaker = q.speaker, m.group(1)
            for r in quotes[i + 1 :]:
                if r.speaker == old and (r.mention or "").lower() in _SUBJECT_PRONOUNS:
                    r.speaker = q.speaker  # (the pronoun's antecedent was the description)


_SUBJECT_PRONOUNS = frozenset(("he", "she", "they"))


_APPOSED_NAME_RE = re.compile(r",[ \t]+" + _NAME_RUN + r"(?=[,.;]|$)")


# what opens a description a name in apposition may follow ("the race's director",
# "their team captain")
_APPOSED_DESCRIPTION_FIRSTS = ("the", "their", "his", "her", "its", "our", "my", "your")
_APPOSED_DESCRIPTION_DETS = tuple(w + " " for w in _APPOSED_DESCRIPTION_FIRSTS)


def _org_typed_description(q):
    """The lower-case mention of a statement whose speaker is still its mention, typed
    an organisation ("their team captain": "team" read as a body's word), or None; a
    person's name in apposition after it says it is a person.

    >>> class Q: speaker, mention, stype = "their team captain", "their team captain", "organization"
    >>> _org_typed_description(Q)
    'their team captain'
    """
    if q.stype != "organization" or not q.speaker or q.speaker.lower() != (q.mention or "").lower():
        return None
    return q.speaker.lower()


def _name_apposed_to_description(an, quotes):
    """Give a description left unresolved ("according to the race's director, Dale
    Friesen, who said"; after a possessive determiner too: "according to their team
    captain, Mila Brandt.") the person's name in apposition right after it (two words
    or more, person-like); speaker strings only."""
    for q in quotes:
        lm = _unresolved_description(q) or _org_typed_description(q)
        if lm is None:
            continue
        if (
            not lm.startswith(_APPOSED_DESCRIPTION_DETS)
            or _description_head(q.mention, _APPOSED_DESCRIPTION_FIRSTS) is None
        ):
            continue
        m = _APPOSED_NAME_RE.match(an.text, q.m_end)
        if m is None:
            continue
        if m.group(1) in LISTED_PLACES:
            continue  # ("The mayor of Moncton, New Brunswick, said": the province)
        cw = m.group(1).split()
        if len(cw) >= 2 and _person_like(cw, an.lex, an.by_last_multi, "?"):
            q.speaker, q.stype = an.canonical(cw), "person"


def _described_then_named(an, quotes, reach=600):
    """Give a description left unresolved ("The paramedic who reached him first said
    A.") the speaker of the next statement when that person's name is followed by the
    same head noun in apposition ('"B," said Nicole Lee, an advanced care paramedic'),
    within ``reach`` characters and one paragraph break; speaker strings only."""
    for p, q in itertools.pairwise(quotes):
        if _unresolved_description(p) is None:
            continue
        if q.stype != "person" or " " not in (q.speaker or "") or q.m_start <= p.m_end:
            continue
        head = _description_head(p.mention)
        if head is None or q.m_start - p.m_end > reach:
            continue
        if an.text.count("\n", p.m_end, q.m_start) > 2:
            continue
        m = _APPOSED_HEAD_RE.match(an.text, q.m_end)
        if m is not None and (m.group(1) == head or m.group(1) in _DESC_SYNONYMS.get(head, ())):
            p.speaker, p.stype = q.speaker, "person"  # (", a large-animal vet from": one)


_APPOSED_HEAD_RE = re.compile(
    r",[ \t]+an?[ \t]+(?:[\w-]+[ \t]+){0,4}?([a-z]+)\b(?!-)"
    r"(?![ \t]+(?!(?:with|at|for|of|in|from|on|who)\b)[a-z])"
)


# descriptions of one company that ``_same_description_again`` reads alike ("The company
# said ... [far on] The firm said"; not "the developer": a person too, "a software developer")
_ONE_COMPANY_DESCRIPTIONS = frozenset(("the company", "the firm"))


_POSSESSOR_AFTER_THE_RE = re.compile(r"\Athe[ \t]+[a-z][\w.-]*(?:'s|’s)[ \t]+(?=\S+[ \t]+\S)")


def _same_description_again(an, quotes):
    """Give a description left unresolved ("The association said", "the rookie
    defenceman said") the referent the same words took earlier in the article, when
    they took one only ("The BC Lumber Trade Council said ... The association said ...
    [far on] The association said"), a possessor after "the" aside ("the region's
    medical officer of health" and later "the medical officer of health"), and "the
    company" and "the firm" read alike; "the auditor general's office" takes the one
    person "the auditor general" took (an office speaks for its holder)."""
    seen: dict = {}  # lower-case mention -> set of referents
    for q in quotes:
        # ("the region's medical officer of health" ... "The medical officer of health")
        lm = _POSSESSOR_AFTER_THE_RE.sub("the ", (q.mention or "").lower(), count=1)
        if not q.speaker or not lm.startswith("the ") or len(lm.split()) < 2:
            continue
        key = "the company" if lm in _ONE_COMPANY_DESCRIPTIONS else lm
        if q.speaker.lower() != lm:
            seen.setdefault(key, {}).setdefault(q.speaker, q.stype)
        elif len(got := seen.get(key, {})) == 1:
            q.speaker, q.stype = next(iter(got.items()))
        elif (hk := office_holder_key(lm)) is not None and len(got := seen.get(hk, {})) == 1:
            if next(iter(got.values())) == "person":  # "The auditor general's office said"
                q.speaker, q.stype = next(iter(got.items()))


# "the union leader", "the association's president" -> "the association president"
_ORG_HEAD_DESC_RE = re.compile(
    r"[Tt]he[ \t]+([a-z]+)[ \t]+(?:leader|head|boss|president|chief|chair|chairman|chairwoman|chairperson)"
)


# "Dale Roe, president of Local 9 of the Harbour Workers' Union," (the person, the body)
_HEADS_ORG_RE = re.compile(
    r"\b((?:" + _CAP_NAME_WORD + r"[ \t]+){1,2}" + _CAP_NAME_WORD + r"),[ \t]+(?:the[ \t]+)?"
    r"(?:[a-z]+[ \t]+){0,2}(?:president|leader|head|chair|chairman|chairwoman|chairperson)"
    r"[ \t]+of[ \t]+(?:the[ \t]+)?([A-Z][^,.;:\n“”\"()]{1,80})"
)


def _org_head_described(an, q, persons, reach=4000):
    """Give "the union leader" (an organisation kind, then a head's title) the person
    last described, in the ``reach`` characters before, as the president / leader /
    chair of an organisation of that kind ("Dale Roe, president of Local 9 of the
    Harbour Workers' Union, said ... The union leader said" -> Dale Roe); False when
    there is none.

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Dale Roe, president of the Harbour Workers Union, spoke. The union leader said no."
    >>> class Q: m_start, mention = t.index("The union"), "The union leader"
    >>> an = _ArticleNames(t, [(0, 56), (57, len(t))], lexicon(), None)
    >>> _org_head_described(an, Q, []), Q.speaker
    (True, 'Dale Roe')
    """
    m = _ORG_HEAD_DESC_RE.fullmatch(q.mention)
    if m is None:
        return False
    kind = _org_kind(m.group(1).capitalize())
    if kind is None:
        return False
    lo, seg = _unquoted_before(an, q.m_start, reach)
    last = None
    for h in _HEADS_ORG_RE.finditer(seg):
        if _org_kind(h.group(2).strip()) == kind:
            last = h
    if last is None:
        return False
    return _set_person(an, q, persons, last.group(1).split())


# "She gave her name as Edith and said": the name a described speaker goes by
_GAVE_NAME_RE = re.compile(
    r"[ \t]+gave[ \t]+(?:only[ \t]+)?(?:his|her)[ \t]+(?:first[ \t]+)?name(?:[ \t]+only)?"
    r"[ \t]+as[ \t]+([A-Z][a-z][\w'’-]*)(?:[ \t]+and\b|,)"
)


def _pronoun_gave_name(an, q, persons):
    """Give "She gave her name as Edith and said ..." that name as speaker (and the
    later antecedent of "she"); nothing otherwise."""
    m = _GAVE_NAME_RE.match(an.text, q.m_end)
    if m is None or m.end() > q.start and q.start >= q.m_end:
        return
    q.speaker, q.stype = m.group(1), "person"
    persons.append((q.m_start, q.speaker, "f" if q.mention == "She" else "m"))


# a definite sexed noun that refers back as a pronoun would ('"...," said the woman')
_SEXED_DEFINITES = {"the woman": "she", "the man": "he"}


def _described_kin(text, q, prev, persons, reach=800):
    """Give "he" / "she" the speaker of the statement just before when that is an
    unnamed relative of the pronoun's gender and no person was quoted since
    ("Lee's sister, who asked that her name not be used, said ... '...,' she said");
    in the same paragraph "the woman" / "the man" too ("Lee's sister said A. '...,'
    said the woman, who asked that her name not be used").
    """
    lm = _SEXED_DEFINITES.get(q.mention.lower(), q.mention.lower())
    if lm not in ("he", "she") or prev is None or not prev.speaker or prev.stype == "person":
        return False
    if not 0 < q.m_start - prev.m_start <= reach or (persons and persons[-1][0] > prev.m_start):
        return False
    if lm != q.mention.lower() and "\n" in text[prev.m_start : q.m_start]:
        return False  # ("the woman" only in the relative's own paragraph)
    head = prev.speaker.split()[-1].lower()
    if _KIN_GENDER.get(head) != ("m" if lm == "he" else "f"):
        return False
    if re.search(rf"\b{head}\W{{1,2}}[A-Z]", text[max(0, prev.m_start - 3000) : prev.m_end + 2]):
        return False  # "his brother Alastair Osman": the relative was named
    q.speaker, q.stype = prev.speaker, prev.stype
    return True


_OBJECT_PRONOUNS = {"him": "he", "them": "they"}


# "Her answer was short: "No."" / "Her message was short:" / "His verdict was blunt:": a
# possessive pronoun before a noun naming the words themselves stands for the person
# (``answer_pronoun``)
_ANSWER_NOUNS = frozenset("answer reply response retort message verdict".split())
_POSSESSIVE_SUBJECTS = {"her": "she", "his": "he", "their": "they"}


def answer_pronoun(mention):
    """The subject pronoun a mention "<her|his|their> <answer|reply|response|retort>"
    stands for; None for any other mention.

    >>> answer_pronoun("Her answer"), answer_pronoun("his reply"), answer_pronoun("the answer")
    ('she', 'he', None)
    """
    words = mention.lower().split()
    if len(words) != 2 or words[1] not in _ANSWER_NOUNS:
        return None
    return _POSSESSIVE_SUBJECTS.get(words[0])


# "the governor's answer was brief:": a description's possessive before a reply noun
_ANSWER_OWNER_RE = re.compile(
    r"(?i)((?:the|her|his|their)[ \t]+[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,2})['’]s[ \t]+(\w+)"
)  # (also "Her husband's answer" -> "Her husband", w139)


def answer_owner(mention):
    """The description a mention "the <noun>'s <answer|reply|response|retort>" stands
    for ("the governor's answer" -> "the governor"); None for any other mention.

    >>> answer_owner("the governor's answer"), answer_owner("The coach’s reply")
    ('the governor', 'The coach')
    >>> answer_owner("Her husband's answer")
    'Her husband'
    >>> answer_owner("the governor's office"), answer_owner("Her answer")
    (None, None)
    """
    m = _ANSWER_OWNER_RE.fullmatch(mention)
    if m is None or m.group(2).lower() not in _ANSWER_NOUNS:
        return None
    return m.group(1)


def answer_not_asker(an, q, persons, pronoun):
    """'NAME then asked whether A. His answer was short: "B."': an answer resolved to the
    person who asked in the sentence before goes to the last other person of the same
    gender as ``pronoun`` ("she", "he"; or of unknown gender) among ``persons`` ((position, name, gender) so
    far); speaker strings only.

    >>> from types import SimpleNamespace as N
    >>> t = "Ann Roe spoke. Lea Park then asked whether A. Her answer was short:"
    >>> q = N(m_start=t.index("Her"), speaker="Lea Park")
    >>> answer_not_asker(N(text=t), q, [(0, "Ann Roe", "f"), (15, "Lea Park", "f")], "she").speaker
    'Ann Roe'
    """
    text, last = an.text, (q.speaker or "").split()[-1:]
    end = text.rfind(". ", 0, q.m_start)
    s = max(text.rfind("\n", 0, q.m_start), text.rfind(". ", 0, max(0, end)))
    if not last or end < 0 or "asked" not in text[s + 1 : end]:
        return q
    if not re.search(
        rf"\b{re.escape(last[0])},?(?:[ \t]+\w+){{0,2}},?[ \t]+asked\b", text[s + 1 : end]
    ):
        return q
    g = {"she": "f", "he": "m"}.get(pronoun)
    other = next((n for _p, n, g2 in reversed(persons) if n != q.speaker and g2 in (g, None)), None)
    if g is not None and other is not None:
        q.speaker = other
    return q


def _resolve_object_pronoun(an, q, persons, groups, as_pronoun=None):
    """Fill the speaker of "according to him" / "them" as "he" / "they" would be (or
    as ``as_pronoun`` would be: "Her answer" as "she")."""
    saved = q.mention
    q.mention = as_pronoun or _OBJECT_PRONOUNS[saved.lower()]
    try:
        _resolve_mention(an, q, persons, groups)
    finally:
        q.mention = saved


# ", Doucette & Pike Inc.," right after a description: the organisation's name in
# apposition, up to its closing comma
_APPOSED_ORG_RE = re.compile(
    r"[ \t]*,[ \t]+(?:the[ \t]+)?([A-Z][\w'’.-]*(?:[ \t]+(?:&[ \t]+|of[ \t]+|and[ \t]+|the[ \t]+)?"
    r"[A-Z][\w'’.&-]*){1,6})(?:,|(?<=\.)(?=[ \t]*(?:\n|$)))"
)  # (", the X Association," too; or the name closes the paragraph: "according to the
# rodeo's organizer, the X Association.")


# a short restrictive relative clause between the description and the apposed name
# ("The distributor that supplies most clinics in the region, Red River Supply Inc.,
# said"): no comma, quotation mark or sentence end inside it
_REL_BEFORE_APPOSED_RE = re.compile(r"[ \t]+(?:that|which)[ \t]+[^,.;:!?\"“”\n]{3,80}(?=,)")


_APPOSED_ORG_ENDS = ("Inc.", "Ltd.", "Corp.", "LLP", "LLC", "Co.", "Inc", "Ltd", "Corp")


def _name_without_stop(name):
    """``name`` without a sentence's full stop, kept after a company suffix.

    >>> _name_without_stop("Kootenay Rodeo Association."), _name_without_stop("Roe Ltd.")
    ('Kootenay Rodeo Association', 'Roe Ltd.')
    """
    if name.endswith(".") and not name.endswith(_APPOSED_ORG_ENDS):
        return name[:-1]
    return name


def _org_like_apposed(an, name):
    """Is ``name``, set off by commas after a description, an organisation's: a
    company suffix (Inc., Ltd., Corp., LLP) or a word of the organisation list after
    its first?"""
    return name.endswith(_APPOSED_ORG_ENDS) or any(w in an.lex.org_words for w in name.split()[1:])


def _orgs_in_apposition(an, quotes):
    """Give a description speaker ("The trustee, Doucette & Pike Inc., said") the
    organisation's name set off by commas right after it, when that name ends with a
    company suffix (Inc., Ltd., Corp., LLP) or has a word of the organisation list; the
    later rows of the same description in the article take it too."""
    named = {}
    for q in quotes:
        words = (q.mention or "").split()
        if not (2 <= len(words) <= 3 and words[0] in ("the", "The")):
            continue
        if not all(w.removesuffix("'s").removesuffix("’s").isalpha() for w in words[1:]):
            continue  # ("The company's trustee, Baird Lowe Inc., said" too)
        if not all(w.islower() for w in words[1:]):
            continue
        desc = q.mention.lower()
        m = _APPOSED_ORG_RE.match(an.text, q.m_end)
        if m is None and (rel := _REL_BEFORE_APPOSED_RE.match(an.text, q.m_end)) is not None:
            m = _APPOSED_ORG_RE.match(an.text, rel.end())  # ("that supplies ..., X Inc.,")
        if m is not None and _org_like_apposed(an, _name_without_stop(m.group(1))):
            named[desc] = _name_without_stop(
                m.group(1)
            )  # (over what the description was resolved to:
            q.speaker, q.stype = named[desc], "organization"  # the name is set beside it)
        if desc in named and (
            (q.speaker or "").lower() == desc or (q.speaker or "") in named[desc].split()
        ):  # (or the name's first word taken for a person's: "Doucette")
            q.speaker, q.stype = named[desc], "organization"
