"""Coreference within one article: ``resolve`` fills each quote's canonical ``speaker`` and
``stype`` from the mention index and the rule modules below it, and drops junk speaker
mentions (``_junk_mention``, ``_speaker_phrase``).
"""

from __future__ import annotations

import bisect
import itertools
import re

from .._tokens import default_stopwords as _stopwords
from .accused_named import accused_named
from .acronyms import _acronym_speakers_spelled_out
from .aged_speakers import _age_after_named_speaker, _age_after_unnamed_speaker
from .anonymous_pronouns import anonymous_source_redescribed, pronoun_after_anonymous_source
from .antecedents import _CAP_NAME_WORD
from .apposed_descriptions import described_twice
from .apposed_paragraphs import pronoun_after_apposed_paragraph
from .apposed_subjects import _pronoun_after_apposed_subject
from .blocks import MASK
from .conjoined_cues import conjoined_cue_speakers
from .court_answers import answers_share_witness_speaker
from .described_pronouns import pronoun_after_unnamed_description
from .described_subjects import pronoun_after_described_subject
from .description_appositions import _description_apposed_later
from .description_echoes import (
    _description_echoes_quoted,
    _lede_description_held_back,
    _office_of_named_body,
    _one_of_group_named_next,
    _possessed_thing_goes_on,
)
from .descriptions import (
    _OBJECT_PRONOUNS,
    _apposed_description,
    _described_kin,
    _described_synonyms,
    _described_then_named,
    _described_then_named_who,
    _last_person_described,
    _name_apposed_to_description,
    _note_description,
    _org_head_described,
    _orgs_in_apposition,
    _pronoun_after_apposed_name,
    _pronoun_gave_name,
    _pronoun_of_described_then_named,
    _resolve_object_pronoun,
    _same_description_again,
    _spokesperson_for_described_body,
    _unnamed_same_head_before,
    answer_not_asker,
    answer_owner,
    answer_pronoun,
)
from .documents import _document_authors, _possessed_documents, issuer_named_next
from .echoed_pairs import echoed_pair_speakers
from .exchange_turns import exchange_turns
from .former_latter import resolve_former_latter
from .former_titles import former_title_person
from .french_org_names import french_org_speakers
from .groups import _one_of_counted_group
from .identified_paragraphs import identified_description
from .kin import (
    _KIN_GENDER,
    _habitual_to_kin_owner,
    _kin_given_names,
    _kin_subject_before,
    _named_children,
    _spouse_of_last_quoted,
    spouse_after_pronoun,
)
from .kin_possessor_named import possessor_kin_named
from .kin_reported_pronoun import kin_reported_pronoun_speakers
from .kin_subjects import kin_subject_speakers
from .kin_surnames import _kin_by_shared_surname
from .lede_body_apposed_next import lede_body_apposed_next
from .lede_body_clause_next import lede_body_clause_named_next
from .lede_body_named_opening import lede_body_named_opening
from .lede_later_forms import lede_later_forms
from .lede_named_next import _PERSON_NOUNS
from .ledes import (
    _described_named_later,
    _description_named_soon_after,
    _named_after_attribution,
    _one_of_companies_named_next,
)
from .lexicon import _DETS, _PRONOUNS, _QUANT_SUBJ, _TIME_WORDS
from .listed_subjects import listed_subject_speakers
from .lower_case_orgs import lower_case_org_echoes
from .mentions import _ArticleNames
from .names import _COMPASS_POINTS, _MISSING, _PERSON_TITLE
from .new_job_holders import new_job_holder
from .np_left import _left_np
from .office_holders import resolve_role_office
from .office_named import office_holder_named
from .org_described_next import org_described_named_next
from .org_subjects import (
    _company_quoted_just_before,
    _leaders_party,
    _person_of_org,
    _province_named,
    _resolve_role_of_org,
    _titled_name_with_org,
)
from .orgs import _owners_board, lead_modifiers_dropped
from .owner_clause_named import owner_clause_named
from .pair_kin_quoted import quoted_kin_pairs
from .pair_named import they_counted_pair
from .pair_pronoun_members import pair_pronoun_speakers
from .pair_rows_before import pair_rows_before
from .partitive_them import partitive_them_speakers
from .party_candidates import party_candidate_person
from .phrases import (
    _ING_MODIFIERS,
    _ING_OBJECT_WORDS,
    CLAUSE_OPENERS,
    SPEAKER_PREPS,
    _window_tokens,
    clause_comma_find,
    clause_comma_rfind,
    junk_speaker_words,
    non_speaker_nouns,
    verb_cut,
)
from .place_possessive_offices import place_possessive_office
from .place_titled import place_titled_person
from .pronoun_documents import _pronoun_document_owners
from .pronoun_kin_pairs import pronoun_kin_pair_speakers
from .relative_it import relative_it_speakers
from .relative_of_objects import of_object_span
from .reporter_questions import pronoun_after_reporters_question
from .role_echo_named import possessive_role_named_later
from .role_named_further import role_named_further
from .role_named_next_paragraph import role_named_next_paragraph
from .role_titles import _position_titled
from .roles import (
    _hyphenated_role_named,
    _name_after_portfolio,
    _name_after_title,
    _office_of_name,
    _resolve_mention,
    _resolve_role_of,
    _same_role_without_field,
    _spokesperson_quoted_before,
    royal_descriptions_whole,
)
from .sentence_subjects import _leading_np, _sentence_subject
from .spoken_of import spoken_of_speakers
from .statement_from import after_statement_from
from .surname_withheld import withheld_surname_named
from .thing_possessors import possessed_speech_noun
from .title_named_further import title_named_further
from .titles import _TITLE_MODIFIERS
from .unintroduced_documents import message_of_speaker_before
from .veteran_tenures import veteran_after_tenure
from .who_clause_echoes import who_clause_echo


def resolve(text, quotes, sents, lex, masked=None, nicknames=None):
    """Fill speaker (canonical) and stype for each quote in place (``nicknames``:
    {nickname: (given name, surname)} of the names written with one)."""
    if not quotes:
        return
    an = _ArticleNames(text, sents, lex, masked)
    an.nicknames = nicknames
    persons: list = []  # (pos, canonical, gender) of person speakers so far
    groups: list = []
    prev = None  # the statement before, resolved
    for q in quotes:
        if prev is not None:
            _note_description(an, prev)
        if not _speaker_phrase(an, q):
            q.speaker, q.stype = None, "unknown"  # no speaker: the statement is dropped
            continue
        if not _pronoun_after_apposed_name(an, q) and _described_kin(an.text, q, prev, persons):
            prev = q
            continue
        prev = q
        if (" of " in q.mention or " from " in q.mention) and (
            sp := of_object_span(an.text, q.m_start, q.m_end, an.lex, q.cue_start)
        ):  # "the memoirs of a spy chief who wrote": the spy chief
            q.mention, q.m_start, q.m_end = an.text[sp[0] : sp[1]], sp[0], sp[1]
        if q.mention.lower() in ("who", "whom") and _resolve_relative(an, q, persons, groups):
            continue
        if (
            (" of " in q.mention or " for " in q.mention)
            and _ROLE_OF_RE.match(q.mention)
            and _resolve_role_of(an, q, persons, groups)
        ):
            continue
        if q.mention.lower() in _OBJECT_PRONOUNS:
            _resolve_object_pronoun(an, q, persons, groups)  # "according to him"
            continue
        if (ap := answer_pronoun(q.mention)) is not None:
            _resolve_object_pronoun(an, q, persons, groups, ap)  # "Her answer was short:"
            answer_not_asker(an, q, persons, ap)  # "Lee asked whether A. His answer ..."
            continue
        if any(w in q.mention for w in ("s answer", "s reply", "s response", "s retort")):
            if (owner := answer_owner(q.mention)) is not None:
                _resolve_object_pronoun(an, q, persons, groups, owner)  # "the governor's answer"
                continue
        if (" of " in q.mention or " for " in q.mention) and _resolve_role_of_org(an, q, persons):
            continue
        if " and " in q.mention or " of " in q.mention:
            if _titled_name_with_org(an, q, persons):
                continue
        if q.mention[:4] in ("the ", "The ") and _office_of_name(an, q, persons):
            continue
        if q.mention[:4] in ("the ", "The ") and _org_head_described(an, q, persons):
            continue
        if q.mention[:4] in ("the ", "The ") and _called_after(an, q, groups):
            continue
        if q.mention.endswith(("s campaign", "s party")) and _leaders_party(an, q, groups):
            continue
        if an.text.startswith((" and ", " to ", " of ", " for ", " at ", " & "), q.m_end) and (
            _name_after_title(an, q, persons) or _name_after_portfolio(an, q, persons)
        ):
            continue
        if an.text.startswith((" of ", " at "), q.m_start - 4) and _person_of_org(an, q, persons):
            continue
        if (
            q.mention[:4].lower() in ("the ", "a ", "an ")
            and _gives_name_near(an, q)
            and _name_only_as(an, q, persons)
        ):
            continue  # "said the worker, who gave his name as Juan": that name, first
        if " board" in q.mention and _owners_board(an, q, groups):
            continue  # "Acme Stage Company ... The company's board said": Acme Stage Company
        if q.mention[:4] in ("the ", "The ") and _office_of_named_body(an, q, persons):
            continue  # "... elected president of the Student Union ... The union president"
        if q.mention.endswith("s office") and resolve_role_office(
            an, q, persons, groups, _resolve_described_mention
        ):
            continue  # "The minister's office said": the minister
        _resolve_described_mention(an, q, persons, groups)
        if q.stype in ("anonymous", "unknown") and _gives_name_near(an, q):
            _name_only_as(an, q, persons)
        if q.mention in ("He", "She") and " name" in an.text[q.m_end : q.m_end + 40]:
            _pronoun_gave_name(an, q, persons)
        _named_after_attribution(an, q, persons)
    _run_passes(an, quotes)


def _pronoun_after_described_speaker(an, quotes):
    """Give '"...," she said' the person the statement just before it, in the same
    paragraph, named by a description ("His sister, who keeps the books, said A. '"B,"
    she said.'": the sister, resolved to Nora MacEachern), when the description's kin
    noun, or that person's given name, has the pronoun's gender: the subject the
    reader just met, not a woman quoted paragraphs before."""
    for p, q in itertools.pairwise(quotes):
        lm = (q.mention or "").lower()
        if lm not in ("he", "she") or p.stype != "person" or not p.speaker:
            continue
        pm = (p.mention or "").lower()
        if pm.split()[:1] not in (["his"], ["her"], ["their"], ["the"], ["a"], ["an"]):
            continue
        if " " not in p.speaker or p.speaker == p.mention or q.speaker == p.speaker:
            continue
        if "\n" in an.text[p.m_start : q.m_start] or q.m_start < p.m_end:
            continue
        if an.text.startswith(" by ", p.cue_end) and p.m_start > p.cue_start:
            continue  # "Asked by the judge how ..., she said": the asker does not answer
        want = "m" if lm == "he" else "f"
        head = (pm.replace(",", " ").split() + [""])[1]
        got = _KIN_GENDER.get(head) or an.lex.gender.get(p.speaker.split()[0].lower())
        if got == want:
            q.speaker, q.stype = p.speaker, "person"


def _elided_particle_surnames(an, quotes):
    """Give a speaker that is a surname alone with an elided lower-case particle
    ('"...," said d’Entremont') the one full name the article gives with that surname
    ("Colleen d’Entremont"): the capitalised-name matching skips it."""
    for q in quotes:
        sp = q.speaker or ""
        if sp[:2] not in ("d'", "d’") or not sp[2:3].isupper() or " " in sp:
            continue
        full = {" ".join(e[1]) for e in an.by_last.get(sp.lower(), ()) if len(e[1]) >= 2}
        if len(full) == 1:
            q.speaker, q.stype = full.pop(), "person"


def _given_names_to_full(an, quotes):
    """Give the speakers named by a given name alone ("Hanne says", and the he/she
    statements that took that name) the one full name the article gives with that
    given name ("Hanne Solbakken"), at the speaker level: ``canonical`` keeps a name's
    last word. Never when two people share the given name, when it is also someone's
    surname ("Tom Hanne"), or when the full name is no person (a listed given name, its
    own or a namesake's, or a surname the article also writes alone, says it is)."""
    memo: dict = {}
    quoted = None
    for q in quotes:
        sp = q.speaker
        if q.stype != "person" or not sp or " " in sp or not sp[:1].isupper():
            continue
        full = memo.get(sp, _MISSING)
        if full is _MISSING:
            if quoted is None:
                quoted = {x.speaker for x in quotes if x.stype == "person"}
            full = memo[sp] = _one_full_name(an, sp, quoted)
        if full is not None:
            q.speaker = full


_THE_NAME_RE = re.compile(
    r"\b[Tt]he[ \t]+(" + _CAP_NAME_WORD + r"(?:[ \t]+" + _CAP_NAME_WORD + r"){1,3})"
)


def _named_things(text):
    """The names of two to four capitalised words that ``text`` writes after "the"
    ("the boat, the Margaret Ellen,": a thing's name, never a person's), with their
    shorter openings; one pass over the article.

    >>> sorted(_named_things("His boat, the Margaret Ellen Roe, is new."))
    ['Margaret Ellen', 'Margaret Ellen Roe']
    """
    out = set()
    for m in _THE_NAME_RE.finditer(text):
        words = m.group(1).split()
        out.update(" ".join(words[:n]) for n in range(2, len(words) + 1))
    return out


# what shows that a full name is a person's: an age or a relative "who" right after it
# ("Rahel Okafor-Birch, 52,", "Rahel Okafor-Birch, who runs the bakery,")
_GIVEN_PERSON_AFTER_RE = re.compile(r",[ \t]+(?:\d{1,3},|who[ \t])")


def _one_full_name(an, word, quoted):
    """The one full person's name of the article whose first word is ``word``, or
    None (see ``_given_names_to_full``).

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Hanne Solbakken spoke. Erik Lund spoke. Tom Erik left. Solbakken said so."
    >>> an = _ArticleNames(t, [(0, 22), (23, 39), (40, 54), (55, len(t))], lexicon(), None)
    >>> _one_full_name(an, "Hanne", set()), _one_full_name(an, "Erik", set())
    ('Hanne Solbakken', None)
    """
    low = word.lower()
    if any(len(e[1]) > 1 for e in an.by_last.get(low, ())):
        return None  # also someone's surname: "Tom Hanne"
    an._grouped(an.by_first, low)  # (builds the index)
    found = set()
    for _pos, cw, _g, info in an.by_first.get(low, ()):
        if len(cw) < 2 or info[7] or cw[0] != word:
            continue
        full = an.canonical(list(cw))
        if full.split()[0] != word or " " not in full:
            continue
        if not (
            info[8]
            or info[4] in an.given_evidence  # "Mrs. Ifeoma Okafor": the article genders it
            or info[3] in an.by_last_multi  # ("Solbakken said")
            or any(e[3][8] for e in an.by_last.get(info[3], ()))  # "Pia and Erik Moen"
            or _GIVEN_PERSON_AFTER_RE.match(an.text, _pos + len(" ".join(cw)))
        ):
            continue  # a person by a listed given name (its own, a namesake's), a surname
        if full not in quoted and full.split()[-1].lower() in an.lex.gender:
            continue  # two given names: "Margaret Ellen" (a boat) is no surname
        if an.title_cache.get("_things") is None:
            an.title_cache["_things"] = _named_things(an.text)
        if full in an.title_cache["_things"]:
            continue  # "the Margaret Ellen", "the Queen Mary": a boat, a building
        found.add(full)
        if len(found) > 1:
            return None  # two people share the given name
    return found.pop() if found else None


# "A landlord who gave his name only as Stan", "a driver, who would give only her
# first name, Jo," "a cook who asked to be identified only as Remy" (the name the
# description goes by)
_NAME_ONLY_RE = re.compile(
    r"(?:,[ \t]+an?[ \t]+(?:[a-z][\w'’-]*[ \t]+){0,3}?[a-z][\w'’-]*)?"  # ", a landlord"
    # (where the person was: "A man in line at the service desk, who gave ...")
    r"(?:[ \t]+(?:in|at|on|near|outside|behind|by|from)[ \t]+[^,.;:“”\"\n\x01]{1,60})?"
    # (a first relative clause: "A developer who joined the firm in 2019, and who asked ...")
    r"(?:,?[ \t]+who[ \t]+[a-z][^,.;:“”\"\n\x01]{1,80},[ \t]+and)?"
    # (a participle phrase around "who": "A woman, leaning on her cart, who gave ...",
    # "a man who, standing outside the arena, gave ...")
    r"(?:,?[ \t]+[a-z]+(?:ing|ed)[ \t]+[^,.;:“”\"\n\x01]{1,60}(?=,))?"
    r",?[ \t]+who(?:,[ \t]+[a-z]+(?:ing|ed)[ \t]+[^,.;:“”\"\n\x01]{1,60},)?"
    r"[ \t]+(?:(?:gave|would[ \t]+(?:only[ \t]+)?give|would[ \t]+give[ \t]+only)"
    r"[ \t]+(?:only[ \t]+)?(?:his|her|their)[ \t]+(?:first[ \t]+)?name(?:[ \t]+only)?"
    r"(?:[ \t]+as|,)"
    # (a pseudonym: "who asked to be identified only as Sam")
    r"|asked[ \t]+to[ \t]+be[ \t]+(?:identified|called|named)[ \t]+only[ \t]+as"
    # (a publication ban: "who can be identified only as J.R.")
    r"|can[ \t]+(?:only[ \t]+)?be[ \t]+identified[ \t]+(?:only[ \t]+)?as)"
    r"[ \t]+((?:(?:Mrs|Mr|Ms|Dr)\.[ \t]+)?"  # ("only as Mrs. Cormier")
    r"[A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*)?\b|[A-Z]\.(?:[A-Z]\.)+)(?![ \t]+[A-Z])"
)


def _gives_name_near(an, q) -> bool:
    """A cheap test before ``_NAME_ONLY_RE``: "name", "only as" or "identified as" soon
    after the mention."""
    near = an.text[q.m_end : q.m_end + 160]
    return " name" in near[:80] or " only as " in near or " identified as " in near


def _name_only_as(an, q, persons):
    """Give a described speaker "who gave her name only as Linda" that name (the
    speaker a later "she" continues); False when none is given."""
    m = _NAME_ONLY_RE.match(an.text, q.m_end)
    if m is None:
        return False
    q.speaker, q.stype = m.group(1), "person"
    own = _NAME_OWNER_RE.findall(an.text, m.start(), m.start(1))  # (not "behind her")
    g = {"her": "f", "his": "m"}.get(own[-1] if own else "")
    persons.append((q.m_start, q.speaker, g))
    return True


_NAME_OWNER_RE = re.compile(r"\b(his|her|their)[ \t]+(?:first[ \t]+)?name\b")


# "The builder, a consortium called TransValley Connect, said": the name after "called"
_CALLED_AFTER_RE = re.compile(
    r",[ \t]+(?:a|an|the)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}?(?P<head>[a-z]+)[ \t]+"
    r"(?:called|named|known[ \t]+as)[ \t]+(?P<name>(?:[A-Z][\w&'’.-]*[ \t]+){0,4}[A-Z][\w&'’-]*),"
)


_NAME_AFTER_RE = re.compile(
    r",[ \t]+(?P<name>(?:[A-Z][\w&'’.-]*[ \t]+){1,4}[A-Z][\w&'’-]*\.?),(?P<head>)"
)


_CALLED_ORG_HEADS = frozenset(
    "consortium coalition group partnership company firm venture organization organisation"
    " charity nonprofit agency alliance association network joint".split()
)


def _called_after(an, q, groups):
    """Give "the <description>, a <organisation word> called <Name>," (right after the
    mention) the speaker Name ("The builder, a consortium called Rideline Partners,
    said" -> Rideline Partners) and True; False when the mention is not followed so."""
    m = _CALLED_AFTER_RE.match(an.text, q.m_end, q.m_end + 160)
    if m is None or m.group("head") not in _CALLED_ORG_HEADS:
        head = q.mention.split()[-1].lower()
        if len(q.mention.split()) != 2 or head not in _CALLED_ORG_HEADS:
            return False
        m = _NAME_AFTER_RE.match(an.text, q.m_end, q.m_end + 100)  # "The company, Acme Inc.,"
        if m is None or m.group("name").split()[-1].rstrip(".") not in an.lex.org_words:
            return False
    q.speaker, q.stype = m.group("name"), "organization"
    groups.append((q.m_start, q.speaker, q.stype))
    head = m.group("head") or q.mention.split()[-1].lower()
    an.title_cache.setdefault("_called", {})[head] = q.speaker  # "the consortium"
    return True


# "the former secretary of state", "the chairman of the committee": a role noun with a
# lower-case complement
# ("the mother of a four-month-old": an age in hyphenated words, digits too)
_ROLE_OF_RE = re.compile(r"(?:[Tt]he|[Tt]his)\s[^,;:]*?\s(?:of|for)\s+[a-z0-9][a-z0-9\s-]*\Z")


# words between an apposition's comma and its noun phrase ("McConnell, now the leader,")
_APPOSITION_LEAD = frozenset("now then also formerly currently once still".split())


_POSTMODIFIER_PREPS = frozenset("of on in at from for with".split())


_RELATIVE_REACH = 240  # characters before "who" searched for its noun phrase


def _np_with_modifiers(an, toks, end):
    """(i0, i1) of the noun phrase ending before token ``end`` with the prepositional
    phrases that modify its head ("Democrats on Capitol Hill", "one aide familiar with
    the talks"), or None."""
    np_ = _left_np(toks, end, an.lex)
    if np_ is None:
        return None
    i0, i1 = np_
    for _hop in range(3):
        if i0 < 2 or toks[i0 - 1][2].lower() not in _POSTMODIFIER_PREPS:
            break
        k = i0 - 1
        if toks[k - 1][2].lower() in ("familiar", "close"):
            k -= 1  # "a source close to the talks"
        head = _left_np(toks, k, an.lex)
        if head is None or head[1] != k or toks[head[0]][2].lower() in _PRONOUNS:
            break
        hw = toks[head[1] - 1][2]
        lw = hw.lower()
        if not (
            hw[:1].isupper()
            or an.lex.nouns.get(lw) in ("anonymous", "group")
            or lw in _PERSON_NOUNS
        ):
            break  # "an attack on Trump": the head is no one who speaks
        i0 = head[0]
    return i0, i1


def _head_before_place(toks, i0, i1):
    """Does the noun phrase toks[i0:i1] open with a bare lower-case head that a place
    only modifies ("merchants on Portland Street", "farmers near Moose Jaw"): people,
    not the place?"""
    first = toks[i0][2]
    if not (first.isalpha() and first.islower()) or first in ("the", "a", "an"):
        return False
    return any(t[2].lower() in _POSTMODIFIER_PREPS for t in toks[i0 + 1 : i1])


def _is_place_np(an, toks, i0, i1):
    """Is the noun phrase toks[i0:i1] a place: a listed place, or a capitalised phrase
    after "from" / "in" that opens with no given name or title ("a doctor from
    Englewood")?"""
    words = [t[2] for t in toks[i0:i1]]
    if not words[-1][:1].isupper():
        return False
    if " ".join(words) in an.lex.place_names or words[-1] in an.lex.place_words:
        return True
    if words[0].lower() in an.lex.gender or words[0].lower().rstrip(".") in _PERSON_TITLE:
        return False  # "a response from Donald Trump Jr.": a person
    return i0 >= 1 and toks[i0 - 1][2].lower() in ("from", "in")


def _relative_np(an, at):
    """(start, end) of the noun phrase that a non-restrictive "who" at ``at`` refers
    to: the noun phrase right before its comma with its modifiers ("Democrats on
    Capitol Hill, who"), skipping back over an apposition, an age or a place set off by
    commas to the name before it ("Lee Park, the mayor of Selvane, who", "Ann Roe, 41,
    from Selvane, who" -> the name); None when the comma or the noun phrase is missing.
    A description with no name before it is the antecedent itself ("a young child")."""
    lo = max(0, at - _RELATIVE_REACH)
    toks = _window_tokens(an.masked if an.masked is not None else an.text, lo, at)
    end = len(toks) - 1
    if end < 1 or toks[end][2] != ",":
        return None
    fallback = None
    for _chunk in range(4):
        np_ = _np_with_modifiers(an, toks, end)
        if np_ is None:
            break
        i0, i1 = np_
        first = toks[i0][2]
        j = i0
        while j > 0 and toks[j - 1][2].lower() in _APPOSITION_LEAD:
            j -= 1
        place = _is_place_np(an, toks, i0, i1) and not _head_before_place(toks, i0, i1)
        if place and j >= 1 and toks[j - 1][2].lower() in ("from", "in"):
            j -= 1  # ", from Selvane,": set off by commas
            k = j
            np_h = _np_with_modifiers(an, toks, k)
            if np_h is not None and np_h[1] == k:
                j = np_h[0]  # "a doctor from Englewood": the doctor
                i0, i1, place = np_h[0], np_h[1], False
                first = toks[i0][2]
        number = first[:1].isdigit()
        described = first.lower() in ("the", "a", "an") or first.islower()
        if not (place or number or described):
            return toks[i0][0], toks[i1 - 1][1]  # a name
        if described and not place and (named := _clause_object_name(an, toks, i0, i1)):
            return named  # "Among them was Liam Roe, a student from Truro, who": Liam Roe
        if described and not place and fallback is None:
            fallback = (i0, i1)
        if j >= 2 and toks[j - 1][2] != ",":
            j = _modifier_lead_comma(toks, j)  # ", a first-year nursing student from"
        if j < 2 or toks[j - 1][2] != ",":
            break
        end = j - 1
    if fallback is None:
        return None
    i0, i1 = fallback
    if i0 == 0 and lo > 0:
        return None  # the window cut the phrase
    return toks[i0][0], toks[i1 - 1][1]


_BE_FORMS = frozenset("was were is are".split())


def _modifier_lead_comma(toks, j):
    """The index after the comma that opens a description whose noun phrase starts at
    token ``j`` after up to four lower-case or hyphenated modifiers and an article
    (", a first-year nursing student"); ``j`` when there is none."""
    k = j
    while k > 0 and j - k < 5 and (toks[k - 1][2][:1].islower() or "-" in toks[k - 1][2]):
        k -= 1
    return k if k < j and k >= 2 and toks[k - 1][2] == "," else j


def _clause_object_name(an, toks, i0, i1):
    """(start, end) of the name that closes the phrase toks[i0:i1] after a verb (a
    form of "be" or a lower-case "-ed" word that is no noun: "Among the marchers was
    Liam Roe", "The crowd included Ann Lee"); None otherwise (a name after "of")."""
    j = i1
    while j > i0 and toks[j - 1][2][:1].isupper():
        j -= 1
    if i1 - j < 2 or j - 1 <= i0:
        return None
    verb = toks[j - 1][2]
    if verb in _BE_FORMS or (verb.endswith("ed") and verb.islower() and verb not in an.lex.nouns):
        return toks[j][0], toks[i1 - 1][1]
    return None


def _resolve_described_mention(an, q, persons, groups):
    """``_resolve_mention``, then for a "the <description>" it left as written the person
    described so before ("Roe said ... . The premier said")."""
    if former_title_person(an, q, persons):  # "NAME, who was the mines minister"
        return
    if ("s " in q.mention and q.mention[:1].isupper() and q.mention[-1:].islower()) and (
        place_possessive_office(an, q, persons, groups, _resolve_described_mention)
    ):
        return  # "Prince Rupert's mayor said": the mayor named
    _resolve_mention(an, q, persons, groups)
    if q.mention[:4] in ("the ", "The ") and (q.speaker or "").lower() == q.mention.lower():
        if described_twice(an, q):
            return  # "Tom Vale, a welder, ... Ben Ash, a welder, ... the welder said"
        if (
            not identified_description(an, q, persons)
            and not place_titled_person(an, q, persons)  # "Manitoba skip Britt Halloran"
            and not office_holder_named(an, q, persons)  # "NAME, the mayor of Elm Bay"
            and not party_candidate_person(an, q, persons)  # "The Liberal candidate, Ann Roe,"
            and not _position_titled(an, q, persons)
            and not _description_apposed_later(an, q, persons)
        ):  # "third Okafor ... the third said"; "The deputy minister, Ann Roe, is due"
            _last_person_described(an, q, persons)


def _resolve_relative(an, q, persons, groups):
    """Fill the speaker of "X, who said" from the noun phrase X (``_relative_np``),
    resolved as if it were the mention; False when there is none."""
    span = _relative_np(an, q.m_start)
    if span is None:
        return False
    s, e = span
    if (" of " in an.text[s:e] or " from " in an.text[s:e]) and (
        sp := of_object_span(an.text, s, e, an.lex)
    ):
        s, e = sp  # "the workings of the Dellmar Bank, who": the Bank
    mention = an.text[s:e]
    low = mention.lower()
    if low in _PRONOUNS or low in ("which", "that", "whom", "whose") or MASK in mention:
        return False
    saved = q.mention, q.m_start, q.m_end
    q.mention, q.m_start, q.m_end = mention, s, e
    try:
        _resolve_mention(an, q, persons, groups)
    finally:
        q.mention, q.m_start, q.m_end = saved
    return q.speaker is not None


# --------------------------------------------------------------------------- junk speakers

_PREV_WORD_RE = re.compile(r"([A-Za-z]+)[ \t\xa0]*\n?[ \t\xa0]*\Z")


_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _prev_word(text, lo, hi):
    """``_PREV_WORD_RE.search(text, lo, hi)``: the word right before ``hi`` (across
    spaces and one line break), found from ``hi`` backwards and matched only where it
    starts, not tried at every position from ``lo`` (tested against the search).

    >>> t = "a pitch to voters  "
    >>> _prev_word(t, 0, len(t)).group(1), _prev_word("Yes, ", 0, 5)
    ('voters', None)
    """
    j = min(hi, len(text))
    while j > lo and text[j - 1] in " \t\xa0":
        j -= 1
    if j > lo and text[j - 1] == "\n":
        j -= 1
        while j > lo and text[j - 1] in " \t\xa0":
            j -= 1
    k = j
    while k > lo and text[k - 1] in _ASCII_LETTERS:
        k -= 1
    return _PREV_WORD_RE.match(text, k, hi) if k < j else None


# prepositions whose object is no subject ("of" heads "many of the voters"; "after",
# "before", "since" open clauses)
_OBJECT_PREPS = SPEAKER_PREPS - {"of", "after", "before", "since"}


_POSSESSIVE_DETS = frozenset("his her their its our my".split())


_PASSIVE_BY_RE = re.compile(r"[ \t\xa0]+by[ \t\xa0]+(?:[A-Z]|(?:the|his|her|their)\b)")


_LOWER_NEXT_RE = re.compile(r"[ \t\xa0]+[a-z]")


_RELATIVE_AFTER_RE = re.compile(r",?\s*(?:who|which|that|whose)\b")


_PARTY_RE = re.compile(r"[RDI]-[A-Z]")


_COMMA_PRONOUN_RE = re.compile(r",[ \t\xa0]*(?:it|he|she|they|we|i|you|this|that|there)\b", re.I)


# the documents of a court or tribunal, heads that are otherwise no speaker ("the decision")
_RULING_HEADS = frozenset(("decision", "ruling", "judgment", "judgement", "verdict"))


_RULING_CUES = frozenset(
    ("said", "says", "stated", "states", "read", "reads", "added", "concluded")
)


def _ruling_speaks(text, words, e, q):
    """Is the speaker phrase ``words`` (ending at ``e``) a court's or tribunal's
    document right before a cue of saying ('"A," the decision said', "The tribunal's
    ruling states that ..."): a determiner or one possessive and the head, nothing
    between it and the cue? Not "A decision the mayor said would ...".

    >>> class _Q:
    ...     cue, cue_start = "said", 13
    >>> _ruling_speaks("the decision said", ["the", "decision"], 12, _Q)
    True
    """
    if q.cue not in _RULING_CUES or text[e : q.cue_start].strip():
        return False
    if not (2 <= len(words) <= 3) or words[-1].lower() not in _RULING_HEADS:
        return False
    first = words[0].lower()
    if len(words) == 2:
        return first in ("the", "its", "their", "this", "that") or first.endswith(("'s", "’s"))
    return first in ("the", "a") and words[1].endswith(("'s", "’s"))


# a decade, "the 1980s", "the early '90s": a time, never a speaker ("a driver who has
# raced there since the 1980s said": the driver)
_DECADE_RE = re.compile(r"(?:[Tt]he[ \t]+)?(?:(?:early|late|mid)[ \t-]+)?(?:1\d|20)?['’]?\d0s")


def _junk_mention(an, q, s, e):
    """Is text[s:e], the speaker phrase before the cue of quote ``q``, no speaker:
    junk words (``junk_speaker_words``), a participle insertion (", citing internal
    documents,"), a common noun that is the object of a preposition ("Trump at the
    time said", "a pitch to New York voters, saying"; "with Rubio saying", "from the
    report:" and "to voters who say" are kept), the party and state in "Kasich
    (R-OH)", a clause before a colon ("Wait, it gets better:") or a one-word colon
    label that the article also writes in lower case or that is a stopword?"""
    text = an.text
    words = text[s:e].split()
    if e > q.cue_start:
        # '..., said the official', "according to X": after the cue only a head that
        # cannot speak ("..., confirmed the strength of his appeal")
        return (
            q.cue != ":"
            and not q.cue.lower().startswith("according")  # ("added an assist": junk)
            and bool(words)
            and words[-1].islower()
            and words[-1] in non_speaker_nouns()
        )
    if not words:
        return True
    if _DECADE_RE.fullmatch(text, s, e) is not None:
        return True  # "since the 1980s said": a time
    if _PARTY_RE.match(words[0]) and text[max(0, s - 3) : s].rstrip().endswith(","):
        return True  # "Sen. Ann Roe, R-Millbrook, said": party and home, no speaker
    if (
        q.cue != ":"
        and words[0].lower() not in _CAPITAL_OPENERS
        and all(w[:1].isupper() for w in words)
        and text[e : e + 1] != ")"
        and not any("'" in w or "’" in w for w in words)
    ):
        return False  # a capitalised name (the common case; nothing below applies)
    if words[0] in ("And", "But") and len(words) > 1:
        return True  # "And Trump said": the speaker is the phrase after it
    if (
        len(words) == 1
        and words[0].endswith("ing")
        and words[0].lower() not in an.lex.nouns
        and _LOWER_NEXT_RE.match(text, e, q.cue_start)
    ):
        return True  # "Rallying hundreds of workers, Clinton ...": a participle
    noun_cue = not q.cue.endswith("ed") and q.cue not in ("said", "says", "told", "tells")
    if (
        words[-1].endswith(("'s", "’s")) or (noun_cue and words[0].lower() in _POSSESSIVE_DETS)
    ) and not text[e : q.cue_start].strip():
        return False  # "the campaign's claim that", "on his campaign promises": a noun frame
    if _ruling_speaks(text, words, e, q):
        return False  # '"A," the decision said': a ruling speaks like a statement
    if junk_speaker_words(words, an.lex):
        return True
    l0 = words[0].lower()
    if (
        words[0].islower()
        and l0.endswith("ing")
        and l0 not in an.lex.nouns
        and (l0 not in _ING_MODIFIERS or words[1:2] and words[1] in ("a", "an", "the"))
        and text[max(0, s - 3) : s].rstrip().endswith(",")
        and not _ing_job_name(words, an.lex)
    ):
        return True  # "The Journal, citing internal documents, reported"
    m = _prev_word(text, max(0, s - 30), s) if words[-1].islower() else None
    if (
        m is not None
        and m.group(1).lower() in _OBJECT_PREPS
        and not (m.group(1).lower() == "with" and q.cue.endswith("ing"))
        and not (
            m.group(1).lower() == "to"
            and text[max(0, m.start() - 10) : m.start()].rstrip().lower().endswith("according")
        )
        and not (m.group(1).lower() == "from" and (q.cue == ":" or after_statement_from(text, s)))
        and _RELATIVE_AFTER_RE.match(text, e) is None
    ):
        return True
    if text[e : e + 1] == ")" and "(" in text[max(0, s - 4) : s]:
        return True  # "Gov. John Kasich (R-OH), said": "OH" is no speaker
    if q.cue == ":":
        if _COMMA_PRONOUN_RE.match(text, e, q.cue_start):
            return True  # "Wait, it gets better:": a clause, not a speaker's name
        low = words[-1].lower()
        if (
            len(words) == 1
            and not text[e : q.cue_start].strip()
            and not text[text.rfind("\n", 0, s) + 1 : s].strip()
            and low not in an.lex.nouns
            and (low in _stopwords() or an.common_word(low))
        ):
            return True  # "Wait: ...", "See: ..."
        if l0.rstrip("'’s") in _TIME_WORDS:
            return True  # "Monday's Morning Email: ..."
    return False


def _ing_job_name(words, lex):
    """Are these words a job described with a noun in -ing, a listed person noun or
    title, then a name ("packaging line worker Ann Roy", "nursing student Bo Park";
    not "citing internal documents", "citing the mayor Bo Park")?

    >>> from analysis.quotes.lexicon import lexicon
    >>> [_ing_job_name(p.split(), lexicon()) for p in
    ...  ("packaging line worker Ann Roy", "citing internal documents", "citing the mayor Bo Park")]
    [True, False, False]
    """
    i = next((x for x, w in enumerate(words) if w[:1].isupper()), len(words))
    if not 1 < i < len(words) or i > 4:
        return False
    head = words[i - 1]
    return (
        (head in lex.nouns or head in lex.titles)
        and all(w.isalpha() and w.islower() and w not in _ING_OBJECT_WORDS for w in words[1:i])
        and all(w[:1].isupper() for w in words[i:])
    )


_MODALS = frozenset("would could should will shall might must can may".split())


# first words of capitalised phrases that the rules of _junk_mention look at
_CAPITAL_OPENERS = SPEAKER_PREPS | CLAUSE_OPENERS | {"and", "but"}


_MODAL_ADVERBS = frozenset("only ever also never not just still even".split())


def _np_before(an, text, lo, at):
    """Char span of the noun phrase that ends right before ``at`` (after ``lo``), or
    None."""
    toks = _window_tokens(text, max(lo, at - 200), at)
    np_ = _left_np(toks, len(toks), an.lex) if toks else None
    if np_ is None and toks and toks[-1][2].isalpha():
        # an unlisted head the noun-phrase rules skip ("spokesmen", "a dealer"): the
        # words back to a determiner or a comma
        i = len(toks) - 1
        while i > 0 and len(toks) - i < 4 and toks[i - 1][2].isalpha():
            i -= 1
            if toks[i][2].lower() in _DETS:
                break
        if toks[i][2].lower() in _DETS or i == 0 or not toks[i - 1][2].isalpha():
            np_ = (i, len(toks))
    return None if np_ is None else (toks[np_[0]][0], toks[np_[1] - 1][1])


# words that open a post-modifier before its preposition ("close to", "away from")
_POSTMODIFIER_LEADS = frozenset(
    "close familiar near away involved traveling travelling working speaking".split()
)


_SUBJECT_PRONOUN_RE = re.compile(r"\s*(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e)\b")


def _subject_candidates(an, q):
    """Char spans that may be the real speaker of quote ``q`` whose phrase is junk, in
    order: the name before a parenthesis the phrase sits in ("Kasich (R-OH)"), the
    noun phrase a preposition before it attaches to ("Trump at the time said", "Many
    in the crowd said"), the noun phrase before a comma right before it ("The
    Journal, citing ..., reported"), the noun phrase or subject pronoun that opens
    the sentence or follows its leading adverbial ("At the final debate, he ...
    adding"), and the subject of the sentence."""
    text = an.masked if an.masked is not None else an.text
    s = q.m_start
    if q.mention.startswith(("And ", "But ")):
        yield s + 4, q.m_end  # "And Trump said"
    words = q.mention.split()
    cut = verb_cut(words, an.lex)
    if cut:
        yield s, s + len(" ".join(words[:cut]))  # "The Vermont senator | emailed ..."
    if words[0].lower() in CLAUSE_OPENERS:
        k = len(words)
        while k > 1 and words[k - 1][:1].isupper():
            k -= 1
        if k < len(words):
            # "Here's Clinton in 1992:", "It's a dynamic Greenberg said could ...": the
            # name that ends the phrase
            yield q.m_end - len(" ".join(words[k:])), q.m_end
    k = len(words)
    while k > 1 and (words[k - 1] in _MODALS or words[k - 1] in _MODAL_ADVERBS):
        k -= 1
    if k < len(words):
        yield s, s + len(" ".join(words[:k]))  # "the Florida Republican would only say"
    i = bisect.bisect_right(an.sents, (s, len(text))) - 1
    ss, se = an.sents[i] if i >= 0 else (0, len(text))
    hi = min(q.cue_start, se)
    cut = text.rfind("(", max(ss, s - 4), s)
    if cut > ss:
        yield from filter(None, [_np_before(an, text, ss, cut)])
    at = s
    for _hop in range(3):
        # the noun phrase that a preposition or participle before the phrase attaches
        # to, hopping back over post-modifiers ("An Alcoa source involved in trading
        # for the company said", "Sources close to the administration say")
        m = _PREV_WORD_RE.search(text, max(ss, at - 30), at)
        if m is None or not (
            m.group(1).lower() in SPEAKER_PREPS or m.group(1).endswith(("ing", "ed"))
        ):
            break
        at = m.start(1)
        m2 = _PREV_WORD_RE.search(text, max(ss, at - 20), at)
        if m2 is not None and m2.group(1).lower() in _POSTMODIFIER_LEADS:
            at = m2.start(1)
        span = _np_before(an, text, ss, at)
        if span is None:
            break
        yield span
        at = span[0]
    if text[ss:s].rstrip().endswith(","):
        yield from filter(None, [_np_before(an, text, ss, text.rindex(",", ss, s))])
    comma = clause_comma_rfind(text, ss, s)
    if comma > ss:
        span = _leading_np(text, comma + 1, hi, an.lex)  # "..., a nurse who ... said"
        if span is not None:
            yield span
    starts = [ss]
    comma = clause_comma_find(text, ss, hi)
    if comma > 0:
        starts.append(comma + 1)
    for lo in starts:
        m = _SUBJECT_PRONOUN_RE.match(text, lo)
        if m is not None:
            yield m.end() - len(m.group().strip()), m.end()
        span = _leading_np(text, lo, hi, an.lex)
        if span is not None:
            yield span
    span = _sentence_subject(text, ss, hi, an.lex)
    if span is not None:
        yield span


# capitalised words without apostrophes (group 1 the first, group 2 the last)
_HEADLINE_TO_RE = re.compile(r"([A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){0,3})[ \t]+to[ \t]+[A-Z]")


_NAME_FAST_RE = re.compile(
    r"([A-Z][\w.\-]*)(?:[ \t\xa0]+[A-Z][\w.\-]*)*?(?:[ \t\xa0]+([A-Z][\w.\-]*))?\Z"
)


_NOT_CHECKED = frozenset([*_PRONOUNS, "his", "her", "their", "its", "him", "them"])


# heads that name people ("a dealer", "spokesmen", "partisans", "residents")
_AGENT_ENDINGS = (
    "er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ans", "ant", "ants", "ent",
    "ents", "ee", "ees", "man", "men", "woman", "women", "person", "people", "ives",
)  # fmt: skip


_COPULAS = frozenset("is are was were be been being has have had".split())


def _can_speak(an, words):
    """May these words, a subject found for a junk speaker phrase, be the speaker: a
    pronoun (not "it"), a name, or a listed, titled or plural common noun as head?"""
    if not words:
        return False
    low = words[-1].lower()
    if low in ("it", "this", "that", "there", "which", "who", "you", "i"):
        return False  # "nurse who": a relative pronoun ends no speaker phrase
    if any(w in _COPULAS for w in words):
        return False  # "The tactic was reminiscent": a clause
    if low.endswith(("'s", "’s", "'", "’")) or (len(words) == 1 and low.endswith("ing")):
        return False  # "Obama's", "Rattling": no head
    if len(words) > 1 and low in _QUANT_SUBJ:
        return False  # "Perhaps most"
    if len(words) == 1 and low in _stopwords() and low not in _PRONOUNS and low not in _QUANT_SUBJ:
        return False  # "Let"
    return (
        words[-1][:1].isupper()
        or low in _PRONOUNS
        or low in an.lex.nouns
        or low in an.lex.titles
        or low in _QUANT_SUBJ
        or (low.endswith("s") and (low[:-1] in an.lex.nouns or low[:-1] in an.lex.titles))
        or (low.endswith(_AGENT_ENDINGS) and not low.endswith(("ment", "ments")))
    )


_OF_NAME_RE = re.compile(
    r"[ \t\xa0]+of[ \t\xa0]+(?:[a-z]+[ \t\xa0]+){1,2}(?:[A-Z][\w.'’\-]*[ \t\xa0]*){1,4}"
)


_NEXT_WORD_RE = re.compile(r"[ \t\xa0]+([a-z][a-z\-]*)")


def _compass_surname(words, lex):
    """Is the mention's last word a capitalised compass point right after a listed given
    name ("Ann North", "Tom South"): a surname, not a title that "of the <Org>" extends
    ("Ann North | of the Halifax Port Authority said": Ann North speaks)?

    >>> from analysis.quotes.lexicon import lexicon
    >>> _compass_surname(["Ann", "North"], lexicon()), _compass_surname(["The", "North"], lexicon())
    (True, False)
    """
    return (
        len(words) >= 2
        and words[-1][:1].isupper()
        and words[-1].lower() in _COMPASS_POINTS
        and words[-2].lower() in lex.gender
    )


def _extend_title_phrase(an, q):
    """Extend a speaker phrase cut after a party word or a title to the noun after it
    ("The Democratic | candidates, ...", "Republican | lawmakers, who ... have vowed")
    or to the name after "of <office>" ("Former secretary | of state Ann Lee:")."""
    text, lex, e = an.text, an.lex, q.m_end
    m = _OF_NAME_RE.match(text, e, q.cue_start)
    if m is not None and not text[m.end() : q.cue_start].strip(" \t\xa0:,"):
        e = m.end()
    else:
        for _ in range(3):
            m = _NEXT_WORD_RE.match(text, e, q.cue_start)
            w = m.group(1) if m is not None else ""
            if w in _TITLE_MODIFIERS or not (
                w in lex.nouns or w in lex.titles or w[:-1] in lex.titles
            ):
                break  # "candidates": a listed noun or the plural of a title; never
                # a modifier ("The governor | then boomed")
            e = m.end()
    if e > q.m_end:
        e = len(text[:e].rstrip())
        q.mention, q.m_end = text[q.m_start : e], e


def _speaker_phrase(an, q):
    """Make sure quote ``q`` has a speaker phrase that can speak: keep a good one,
    replace a junk one (``_junk_mention``) by the real subject of the sentence
    (``_subject_candidates``), or return False when there is none."""
    mention = q.mention
    if q.m_start is None or mention.lower() in _NOT_CHECKED:
        return True
    m = _NAME_FAST_RE.match(mention)
    if (
        m is not None
        and (q.cue != ":" or (m.group(2) and not an.text[q.m_end : q.cue_start].strip()))
        and m.group(1).lower() not in _CAPITAL_OPENERS
        and (m.group(2) or m.group(1)).lower() not in an.lex.titles
        and an.text[q.m_end : q.m_end + 1] != ")"
        and _PARTY_RE.match(mention) is None
    ):
        return True  # a capitalised name (the common case: no rule below applies)
    if not mention.split():
        return True
    if q.cue == ":" and (h := _HEADLINE_TO_RE.match(mention)) is not None:
        last = h.group(1).split()[-1].lower()
        if last in an.by_last_multi or an.gender_of.get(last):
            # the headline "Lee to voters: ...": Lee speaks, not the addressees
            q.mention, q.m_end = h.group(1), q.m_start + h.end(1)
            return True
    if (
        q.m_end < q.cue_start
        and mention.split()[-1].lower() in an.lex.titles
        and not _compass_surname(mention.split(), an.lex)
    ):
        _extend_title_phrase(an, q)
    if q.cue.endswith("ed") and q.m_end <= q.cue_start and _PASSIVE_BY_RE.match(an.text, q.cue_end):
        return False  # '"poison pill" measures added by Republicans': a passive, no speech
    if not _junk_mention(an, q, q.m_start, q.m_end):
        return True
    if q.m_start >= q.cue_start:
        return False  # "..., confirmed the strength of his appeal": no speech
    owned = possessed_speech_noun(an.text, q)  # "Vale rejected the decision's claim that"
    for s, e in _subject_candidates(an, q):
        cand = an.text[s:e].split()
        rel = next((i for i, w in enumerate(cand) if i and w in ("who", "that", "which")), 0)
        if rel:
            e = s + len(" ".join(cand[:rel]))  # "a nurse | who took part in ..."
        if owned and s < q.m_start:
            continue  # (the clause is the possessor's, never the subject's)
        if (
            e <= q.cue_start
            and (
                not q.m_start <= s < e <= q.m_end
                or (s == q.m_start + 4 and e == q.m_end and q.mention[:4] in ("And ", "But "))
                or (s == q.m_start and q.mention.split()[-1] in _MODALS | _MODAL_ADVERBS)
                or (e == q.m_end and q.mention.split()[0].lower() in CLAUSE_OPENERS)
                or (s == q.m_start and verb_cut(q.mention.split(), an.lex))
            )
            and MASK not in an.text[s:e]
            and _can_speak(an, an.text[s:e].split())
            and not _junk_mention(an, q, s, e)
        ):
            q.mention, q.m_start, q.m_end = an.text[s:e], s, e
            return True
    return False


# ------------------------------------------------------------------ per-article passes

# the first words (lower-cased) of the mentions a gated pass can act on: each pass below
# with a gate does nothing unless some statement's mention opens with one of its words
# (it reads the mention before any other work, so a pass it skips would have changed
# nothing); the passes never add a mention, and ``conjoined_cue_speakers`` only copies
# one statement's mention to another, so the words read once before the passes stay a
# superset for all of them
_HE_SHE = frozenset(("he", "she"))
_THE = frozenset(("the",))
_THE_ONE = frozenset(("the", "one"))
_THE_BOTH = frozenset(("the", "both"))
_THE_ITS_THEIR = frozenset(("the", "its", "their"))
_HIS_HER = frozenset(("his", "her"))
_POSSESSIVES = frozenset(("his", "her", "their"))
_INDEFINITES = frozenset(("a", "an", "another", "one"))
_A_AN = frozenset(("a", "an", "another"))
_THEY = frozenset(("they",))
_IT = frozenset(("it",))


def _mention_first_words(quotes):
    """The lower-cased first words of the statements' mentions (what the gates of
    ``_PASSES`` test).

    >>> class Q:
    ...     def __init__(self, mention): self.mention = mention
    >>> sorted(_mention_first_words([Q("The mayor"), Q("she"), Q(None), Q("  ")]))
    ['she', 'the']
    """
    out = set()
    for q in quotes:
        words = (q.mention or "").lower().split(None, 1)
        if words:
            out.add(words[0])
    return out


def _antecedents_now(an, quotes):
    """Build the pronoun antecedent classes (``_ArticleNames.antecedents``) at the point
    where ``kin_subject_speakers`` always built them: with the genders known then."""
    an.antecedents()


def _run_passes(an, quotes):
    """Run the per-article passes of ``_PASSES`` in order, each only when its gate (the
    mention first words it needs) meets the article's (``_mention_first_words``)."""
    firsts = _mention_first_words(quotes)
    for run, gate in _PASSES:
        if gate is None or not gate.isdisjoint(firsts):
            run(an, quotes)


# (pass, gate): the passes that ``resolve`` runs over all statements after resolving
# each one, in this order (a gate of None: always)
_PASSES = (
    (_kin_given_names, None),
    (_document_authors, None),
    (issuer_named_next, None),  # ("... said in a statement. The statement was issued by X")
    (message_of_speaker_before, _THE),  # ("A spokesperson said A. The email said B")
    (_possessed_documents, None),
    (_pronoun_document_owners, None),
    (_given_names_to_full, None),
    (_described_named_later, None),
    (
        lambda an, qs: withheld_surname_named(an.text, qs),
        None,
    ),  # ("A worker, who asked that her last name ...")
    (_habitual_to_kin_owner, _HE_SHE),
    (_described_synonyms, _THE),
    (_unnamed_same_head_before, _THE),
    (_named_children, _POSSESSIVES),
    (_same_description_again, _THE),
    (lambda an, qs: _same_role_without_field(qs), _THE),
    (_antecedents_now, None),  # (built here, before the genders the passes add)
    (kin_subject_speakers, _HE_SHE),
    (_kin_subject_before, _HE_SHE),
    (_one_of_counted_group, _THE_ONE),
    (_apposed_description, _INDEFINITES),
    (_name_apposed_to_description, None),
    (_described_then_named, None),
    (_description_named_soon_after, None),
    (_spouse_of_last_quoted, None),
    (_company_quoted_just_before, _THE),
    (_province_named, None),
    (_orgs_in_apposition, _THE),
    (_elided_particle_surnames, None),
    (lambda an, qs: _spokesperson_quoted_before(qs), None),
    (_spokesperson_for_described_body, None),
    (_one_of_companies_named_next, None),
    (_hyphenated_role_named, _THE),
    (_described_then_named_who, None),
    (_pronoun_of_described_then_named, _HE_SHE),
    (_lede_description_held_back, None),
    (role_named_next_paragraph, _THE),  # '"A," the coach said.\n\nIts coach, NAME, said'
    (_description_echoes_quoted, None),
    (_age_after_unnamed_speaker, None),
    (_age_after_named_speaker, None),  # "NAME said A. '\"B,\" the 63-year-old said'"
    (veteran_after_tenure, _THE),  # "NAME has fished ... for 38 years. The veteran fisher said"
    (_pronoun_after_described_speaker, _HE_SHE),
    (pronoun_after_unnamed_description, _HE_SHE),  # "The professor said A. She said B"
    (pronoun_after_described_subject, _HE_SHE),  # "The chair did not agree. She ruled that"
    (spouse_after_pronoun, _HE_SHE),  # 'Ann Roe said A. Her husband laughed. "B," he said'
    (who_clause_echo, _THE),  # "Senator Ann Roe, who chairs ... The senator who chairs it"
    (_pronoun_after_apposed_subject, _HE_SHE),
    (pronoun_after_apposed_paragraph, _HE_SHE),
    (org_described_named_next, _A_AN),  # "A tenants' group said A. The X Union said B"
    (
        lede_body_apposed_next,
        None,
    ),  # "its operator said A.\n\nThe X Society, ...", "Quebec's agency"
    (lede_body_clause_named_next, _THE),  # "the club that grooms it said A.\n\nThe X said"
    (
        lede_body_named_opening,
        _THE_ITS_THEIR,
    ),  # "A radio station ..., the station said.\n\nCKRW-FM, ..."
    (lede_later_forms, None),  # "a group of X told A.\n\nThe group, which calls itself NAME"
    (echoed_pair_speakers, _THE),  # "members of the X Club, A and B, ... the astronomers said"
    (_one_of_group_named_next, _THE_ONE),
    (_possessed_thing_goes_on, _HIS_HER),
    (_kin_by_shared_surname, _HIS_HER),
    (possessor_kin_named, None),  # "with her husband, NAME ... Roe's husband said"
    (_acronym_speakers_spelled_out, None),
    (french_org_speakers, None),  # "the Société de l'assurance ... du Québec": all of it
    (
        lambda an, qs: lead_modifiers_dropped(qs),
        None,
    ),  # "Winnipeg-based Keystone Transit said": Keystone Transit
    (resolve_former_latter, _THE),
    (relative_it_speakers, _IT),  # "The council plans X, which it said would ..."
    (
        lambda an, qs: answers_share_witness_speaker(qs),
        None,
    ),  # "A." answers of '"Never," he answered.'
    (conjoined_cue_speakers, None),  # "Roe admitted that the board erred, and said"
    (quoted_kin_pairs, _THE_BOTH),  # "the two said": the mother quoted above and the sister
    (listed_subject_speakers, None),  # "NAME1, NAME2 and NAME3, ..., all said"
    (pair_rows_before, None),  # "NAME1 and NAME2 told council A. ... the two said"
    (partitive_them_speakers, None),  # "Residents say A. Several of them said B"
    (they_counted_pair, _THEY),  # "Two members, Ann Roe and Tom Vale, ... They said"
    (lower_case_org_echoes, _THE),  # "the Canadian Coast Guard ... The coast guard said"
    (new_job_holder, _THE),  # "NAME will take over as director ... the new director said"
    (pronoun_after_reporters_question, _HE_SHE),  # "Another reporter asked whether A. He said"
    (pronoun_after_anonymous_source, None),  # "A clerk, who asked not to be named"
    (anonymous_source_redescribed, _THE),  # '... said A. "B," the patroller said'
    (role_named_further, None),  # "The farm's manager said A. ... NAME, who has managed it"
    (possessive_role_named_later, None),  # "their lawyer said A. ... Their lawyer, NAME,"
    (kin_reported_pronoun_speakers, _HE_SHE),  # "NAME said his daughter ... She ..."
    (pronoun_kin_pair_speakers, _THEY),  # "She and her husband will appeal. They said"
    (exchange_turns, None),  # '"...?" asked NAME.\n\n"...," he answered.': not NAME
    (accused_named, None),  # "NAME, 58, pleaded guilty ... '"...," the accused said'"
    (pair_pronoun_speakers, _HE_SHE),  # "She and Roe both said A.\n\n'B,' he said": Roe
    (spoken_of_speakers, _HE_SHE),  # "Her partner, Lise Roe, ... '"Lise has ...," she said'"
    (owner_clause_named, _THE),  # "NAME has run the diner for 20 years. ... the owner said"
    (royal_descriptions_whole, _THE),  # "King Charles ... The king said": King Charles
    (title_named_further, _THE),  # '"...," the plant manager said. ... Plant manager NAME'
)
