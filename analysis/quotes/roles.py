"""Roles of one mention, the dispatch and the late rules: a mention resolved
(``_resolve_mention``, ``_resolve_mention_words``) to a person's name (its fullest form,
nicknames), a label's title or portfolio, "the former secretary of state", "both
experts", a description in focus, a newcomer described, a head seen before and "the
boy" / "the woman" just named. Titles and offices are in ``role_titles``;
legislators, places of origin, "her office" and head links in ``role_places``.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .addressed_roles import addressed_by, introduced_role_person
from .aged_speakers import _resolve_aged_copula, _resolve_aged_subject_before
from .antecedents import (
    _INITIALS_RE,
    _NAME_RUN_RE,
    _company_name,
    _is_company,
    _resolve_he_she,
    _set_person,
    _unquoted_before,
)
from .apposed_descriptions import apposed_description
from .appositions import (
    _predicate_role_last,
    _resolve_apposed,
    _resolve_apposed_who,
    _resolve_indefinite_apposed,
)
from .blocks import MASK
from .chair_clauses import resolve_chair_by_clause
from .couple_named_next import couple_named_next
from .described_aged_next import resolve_described_aged_next
from .description_echoes import (
    _family_pair_named,
    _in_focus_breaks,
    _job_then_full_name,
    _resolve_described_by_deed,
)
from .documents import _owned_document
from .family_pairs import family_pair_named
from .groups import (
    _THE_HEAD_RE,
    _quantified_group,
    _resolve_demonym,
    _resolve_family_pair,
    _resolve_lede_who_again,
    _resolve_lede_who_named_next,
    _resolve_pair,
    _resolve_plural_role,
)
from .hearing_witnesses import resolve_hearing_witness
from .kin import (
    _KIN_GENDER,
    _PARAGRAPH_BREAK_RE,
    _noun_sex,
    _resolve_aged,
    _resolve_child,
    _resolve_kin_inverse,
    _resolve_kin_inverse_possessive,
    _resolve_kin_named_before,
    _resolve_kin_of_subject,
    _resolve_kin_possessor,
    _resolve_kin_predicated,
    _resolve_parent_of_child,
    _resolve_spouse,
    _resolve_unaged,
)
from .kin_generation_pairs import resolve_comparative_age
from .kin_subject_pronouns import kin_subject_pronoun
from .kind_apposed_orgs import apposed_kind_body
from .lede_apposed_later import resolve_lede_role_apposed_later
from .lede_appositions import (
    _DESCRIPTION_HEADS,
    _described_rx,
    _resolve_kin_full_named_next,
    _resolve_kin_named_later,
)
from .lede_head_of_body import head_of_body_leader, resolve_head_named
from .lede_job_named_next import _resolve_lede_job_named_next
from .lede_named_next import (
    _JOB_NOUNS,
    _PERSON_NOUNS,
    _ROLE_CUES,
    _introduced_as,
    _resolve_described_named_next,
    _resolve_described_named_same_paragraph,
    _resolve_lede_local_named_next,
    _resolve_lede_role_plain_next,
    _resolve_lede_role_said_next,
    _resolve_named_next,
    _resolve_who_leads_named_next,
    owner_opened_description,
)
from .lede_party_orgs import resolve_lede_party_org
from .ledes import _BUSINESS_PERSON_HEADS, _builder_introduced, _org_named_next
from .lexicon import _DETS, _PRONOUNS, _QUANT_SUBJ, _SENT_START_STOP, SPELLED_NUMBERS, _lines
from .lineup_positions import resolve_lineup_position
from .mentions import (
    _ALL,
    _HONORIFIC_GENDER,
    _PARTICLES,
    _WHO_AFTER_RE,
    _office_name_words,
    _surname_word,
    _title_of_before,
)
from .named_appositions import resolve_named_apposition
from .named_later import anonymous_named_later
from .names import (
    _EMPTY_MENTION,
    OCCUPATION_PLURALS,
    _mention_info,
    _person_evidence,
    _person_like,
    _strip_possessive,
    underwriter,
)
from .np_left import body_ends
from .office_named import office_holders
from .org_apposed_names import apposed_org_name
from .org_names import (
    _company_of,
    _inside_org_name,
    _is_org_reference,
    _one_word_org,
    _owner_name,
    numbered_org_speaker,
    plural_body_speaker,
    union_local_speaker,
)
from .org_nearest import _nearest_org_at
from .org_subjects import (
    _IN_FOCUS_RE,
    _MUNICIPAL_MENTIONS,
    _municipal_spokesperson,
    _other_name_between,
    _police_force,
    _resolve_municipal,
    municipal_unit_mention,
)
from .org_word_surnames import org_word_surname
from .orgs import _local_speaker, _resolve_described_body, _resolve_org, _resolve_spokes_of_body
from .pair_mentions import resolve_pair_mention
from .parent_described import resolve_parent_described
from .player_roles import (
    _PLAYER_HEADS,
    _resolve_player_mentioned,
    player_other_role,
    player_titled_head,
)
from .plural_names import plural_name_type
from .pronouns import _resolve_pronoun, _title_noun_gender
from .relation_apposed_jobs import resolve_relation_apposed_job
from .relative_appositions import resolve_relative_apposed
from .role_places import (
    _ROLE_BEFORE_COMPANY_RE,
    _from_place_description,
    _resolve_from_place,
    _resolve_head_link,
    _resolve_legislator,
    _resolve_person_office,
    _shared_surname,
)
from .role_titles import (
    _COUNT_MENTION_RE,
    _OFFICE_ACRONYMS,
    _resolve_aside_pair,
    _resolve_described,
    _resolve_name_list,
    _resolve_owned_role,
    _resolve_possessed_role,
    _resolve_role,
    _resolve_spelled_role,
    _resolve_spokesperson_again,
)
from .school_boards import school_board_named
from .spouse_pairs import spouse_pair_quoted
from .teams import is_team_description, team_named_before
from .titles import _OFFICES, _ROLE_WORDS
from .trio_mentions import counted_people_before
from .usage import _COUNTRIES, _never_a_person
from .wordscan import _LOWER_WORD_NEXT_RE, _indefinite_head_in, _narration_head_starts, _word_then

# "Mary Kay Roe, 79, who everyone calls Auntie Kay," / "John Roe, known as Jack,":
# the name the person goes by
# (two patterns, each with a literal first word that ``re`` finds fast, rather than one
# alternation tried at every "w" and "k": their matches never overlap -- a match of one
# holds no lower-case "known as" / "who ... calls" of the other -- so the two lists
# merged in text order are the matches of the alternation; tested)
_GOES_BY_WHO_RE = re.compile(
    r"(?:who|whom)[ \t]+(?:everyone|everybody|people|friends|family|locals|colleagues)"
    r"(?:[ \t]+here)?[ \t]+(?:calls|called|knows[ \t]+as|knew[ \t]+as)"
    r"[ \t]+[\"“]?([A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*)?)[\"”]?(?=[ \t]*[,.;—–)])"
)

_GOES_BY_KNOWN_RE = re.compile(
    r"known[ \t]+(?:to[ \t]+(?:everyone|friends|family)[ \t]+)?as"
    r"[ \t]+[\"“]?([A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*)?)[\"”]?(?=[ \t]*[,.;—–)])"
)

# ... and the name right before it ("Mary Kay Roe, 79, who", "John Roe, better known as")
_GOES_BY_NAME_RE = re.compile(
    r"(" + _NAME_RUN_RE.pattern + r")(?:,[ \t]+\d{1,3})?(?:,|[ \t]+[—–])[ \t]+(?:better[ \t]+)?\Z"
)


def _goes_by_hits(text):
    """(start, name) of each "who everyone calls <Name>" / "known as <Name>" in ``text``,
    in text order.

    >>> _goes_by_hits("Al Roe, known as Bud, met Jo Lee, who everyone calls Jojo.")
    [(8, 'Bud'), (34, 'Jojo')]
    """
    hits = [(m.start(), m.group(1)) for m in _GOES_BY_WHO_RE.finditer(text)]
    hits.extend((m.start(), m.group(1)) for m in _GOES_BY_KNOWN_RE.finditer(text))
    hits.sort()
    return hits


def _nickname_of(an, word):
    """The full name of the person the article calls ``word``, a nickname written
    between given name and surname ('Darragh "Dutchie" Keough') or given after the
    name ("Mary Roe, who everyone calls Auntie Kay,"), or None.

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = 'Ann Ryan won. Dutch said so. Ona Lee, who everyone calls Nonny, agreed.'
    >>> an = _ArticleNames(t, [(0, 13), (14, 28), (29, len(t))], lexicon(), None)
    >>> an.nicknames = {"Dutch": ("Ann", "Ryan")}
    >>> _nickname_of(an, "Dutch"), _nickname_of(an, "Nonny"), _nickname_of(an, "Ann")
    ('Ann Ryan', 'Ona Lee', None)
    """
    pair = an.nicknames.get(word) if an.nicknames else None
    if pair is None:
        goes_by = an.goes_by
        if goes_by is None:
            goes_by = an.goes_by = {}
            text = an.text
            if " calls " in text or " called " in text or "known " in text:
                for at, name in _goes_by_hits(text):
                    n = _GOES_BY_NAME_RE.search(text, max(0, at - 80), at)
                    if n is not None:
                        goes_by.setdefault(name, n.group(1).split())
        pair = goes_by.get(word)
        if pair is None:
            return None
    full = an.canonical(list(pair))
    return full if " " in full and full != word else None


_NAMED_THE_RE = re.compile(r"^[Tt]he ")  # (a leading "the" of a mention, ``_resolve_named``)


_BARE_TITLE_OF_RE = re.compile(r"([A-Z][a-z]+) (?:of|for) (?:the )?[A-Z]")


def _bare_title_of(mention):
    """Is ``mention`` a capitalised title with no name before "of" / "for" and a body
    ("Chair of the Halifax Board of Trade", "President of the Elm Credit Union"): a
    description of the office holder, not the body
    (``resources/bare_office_titles.txt``)?

    >>> _bare_title_of("President of the Elm Credit Union")
    True
    >>> _bare_title_of("Bank of Canada"), _bare_title_of("Department of Fisheries")
    (False, False)
    """
    m = _BARE_TITLE_OF_RE.match(mention)
    return m is not None and m.group(1).lower() in _bare_office_titles()


def _bare_title_holder(an, q, persons, groups):
    """Fill the speaker of a bare title ("Chair of the Halifax Board of Trade said") with
    the one person the article names with that office before ("Ann Roe, chair of the
    Halifax Board of Trade,"; "Board of Trade chair Ann Roe"), resolved as "the chair of
    the Halifax Board of Trade" would be; else the title phrase itself, typed anonymous.

    >>> import pandas as pd
    >>> from analysis import extract_quotes
    >>> t = "Ann Roe, chair of the Elm Board of Trade, spoke. Chair of the Elm Board of Trade said it was late."
    >>> extract_quotes(pd.DataFrame({"article_id": ["a"], "text": [t]}))["speaker"].tolist()
    ['Ann Roe']
    """
    title = q.mention[0].lower() + q.mention[1:]
    saved = q.mention
    q.mention = "the " + title
    try:
        holders = office_holders(an, q)  # "Board of Trade chair Ann Roe"
        if len(holders) == 1:
            _set_person(an, q, persons, next(iter(holders.values())))
        elif not holders:
            _resolve_mention_words(an, q, persons, groups)
    finally:
        q.mention = saved
    if q.stype != "person":
        q.speaker, q.stype = title, "anonymous"


@lru_cache(maxsize=1)
def _bare_office_titles():
    return frozenset(_lines("bare_office_titles.txt"))


# titles of nobility and royalty that name a person with one word after them: "Lord
# Selkirk", "Prince Edward", "King Charles" are known so, not by the word alone
_NOBLE_TITLES = frozenset(
    "lord lady prince princess king queen duke duchess earl countess emperor empress sir dame".split()
)


def _noble_whole(text, mention, word, memo=None):
    """``mention`` whole when it is a noble title and the one name ``word`` ("Lord
    Selkirk", "the Prince Edward") and ``text`` writes ``word`` only so (not "Prince
    Edward Windsor"), else ``word``. ``memo``: the article's memos (``scan_memo``), where
    the answers by title and word are kept (one scan of ``text`` for a run of "Lord
    Selkirk said").

    >>> t = "Lord Selkirk spoke."
    >>> _noble_whole(t, "Lord Selkirk", "Selkirk"), _noble_whole(t, "Mr. Selkirk", "Selkirk")
    ('Lord Selkirk', 'Selkirk')
    >>> _noble_whole("Prince Edward Windsor spoke.", "Prince Edward", "Edward")
    'Edward'
    """
    words = mention.split()
    if words[:1] in (["the"], ["The"]):
        words = words[1:]
    if len(words) != 2 or words[1] != word or words[0].lower() not in _NOBLE_TITLES:
        return word
    if memo is not None:
        memo, key = memo.setdefault("noble_whole", {}), (words[0], word)
        if (got := memo.get(key)) is None:
            got = memo[key] = _noble_whole(text, mention, word)
        return got
    i = text.find(word)
    while i >= 0:
        after = text[i + len(word) : i + len(word) + 2]
        if not text.endswith(words[0] + " ", 0, i) or (after[:1] == " " and after[1:2].isupper()):
            return word  # the word written without the title, or in a longer name
        i = text.find(word, i + 1)
    return " ".join(words)


# royal and noble titles a description "the <title>" is of ("the king said")
_ROYAL_DESCRIPTIONS = frozenset(
    "king queen prince princess duke duchess earl countess emperor empress".split()
)


def royal_descriptions_whole(an, quotes):
    """Give "the king said" (a royal or noble title of ``_ROYAL_DESCRIPTIONS``
    resolved to one name the article writes only after that title) the whole royal
    name as written ("King Charles ... The king said" -> "King Charles", as "King
    Charles said" is: ``_noble_whole``); a name the article also writes in a longer
    form or without the title stays.

    >>> class Q:
    ...     mention, speaker, stype = "The king", "Charles", "person"
    >>> class A:
    ...     text = "King Charles spoke. The king said so."
    >>> q = Q(); royal_descriptions_whole(A(), [q]); q.speaker
    'King Charles'
    """
    for q in quotes:
        m = q.mention
        if not m or len(m) > 12 or m[:4] not in ("the ", "The "):
            continue  # (a cheap test first: "the countess" is the longest)
        words = m.split()
        sp = q.speaker
        if (
            len(words) == 2
            and words[1].lower() in _ROYAL_DESCRIPTIONS
            and q.stype == "person"
            and sp
            and " " not in sp
        ):
            q.speaker = _noble_whole(an.text, words[1].capitalize() + " " + sp, sp)


def _resolve_named(an, q, minfo, persons, groups):
    """Fill the speaker of a person's name (its fullest form in the article) or of a
    description (kept as written, typed)."""
    typ, h = minfo[2]
    if h is not None and h in OCCUPATION_PLURALS:
        # "Divers said": the group, unless a full name ends so ("Ann Divers")
        typ = "person" if any(len(e[1]) > 1 for e in an.by_last.get(h, ())) else "group"
    elif h is not None:
        typ = "group" if h not in an.by_last else "person"
    elif typ == "organization" and org_word_surname(an, q.mention):
        typ = "person"  # "Ray Church ... Church said": the person, no church
    if (
        typ == "person"
        and q.mention[-1:] == "s"
        and (sp := family_pair_named(an, q.mention, q.m_start))
    ):
        q.speaker, q.stype = sp, "group"  # "Réjean and Colette Bérubé ... The Bérubés said"
        groups.append((q.m_start, sp, "group"))
        return
    if (
        typ == "person"
        and q.mention[-1:] == "s"
        and (sp := plural_name_type(an, q.mention, q.m_start))
    ):
        q.speaker, q.stype = sp  # "Oilers said" after "the Oilers won"; "Islanders said"
        groups.append((q.m_start, *sp))
        return
    if _bare_title_of(q.mention) and body_ends(q.mention.split(), an.lex):
        _bare_title_holder(an, q, persons, groups)
        return  # "Chair of the Halifax Board of Trade said": the chair, not the board
    if typ == "person" and _local_speaker(an, q, groups):
        return  # "Local 212 said": the union, never a person named Local
    if typ == "person" and numbered_org_speaker(an, q, groups):
        return  # "Channel 9 reported": the station, never a person named Channel
    if typ == "person" and _owned_document(an, q, persons):
        return  # "Schlafly’s Final Column Explains": Phyllis Schlafly's words
    if typ == "person":
        run = minfo[3]
        if not run and _surname_word(an, q.mention):
            run = (q.mention,)  # '"...," From said' after "Ann From": a surname, no word
        elif not run and q.mention in ("From", "Will", "Can"):
            q.speaker, q.stype = None, "unknown"  # no one the article names so: dropped
            return
        if not run:
            q.speaker, q.stype = q.mention, "unknown"
            return
        if _inside_org_name(an, q, run):
            return
        if len(run) == 1 and (owned := _owner_name(an, q.mention, run[0])) is not None:
            q.speaker, q.stype = owned  # "Domino's Pizza said": no person named Pizza
            if owned[1] == "organization":
                groups.append((q.m_start, owned[0], "organization"))
            return
        hon = _HONORIFIC_GENDER.get(q.mention.split()[0].lower().rstrip("."))  # "Mrs. Lee"
        canon = (
            (hon and len(run) == 1 and an.namesake(run[0], hon, q.m_start))
            or (not hon and len(run) == 1 and an.recent_namesake(run[0], q.m_start))
            or an.canonical(run, hon)
        )
        g: str | None = hon or an.gender_of.get(canon.lower())
        if g is None and not _shared_surname(an, canon):
            g = an.gender_of.get(run[-1].lower())
        if g is None and len(run) > 1:
            g = an.lex.gender.get(run[0].lower())
        if g is None:  # (no walrus here: compiled, it would keep the narrowed None)
            g = _title_noun_gender(q.mention, run)
            if g is not None:  # "spokeswoman Wu Lan": never a later "he"
                an.gender_of.setdefault(run[-1].lower(), g)
                an.pronoun_gender.setdefault(canon, g)
        if (
            g is None
            and canon in _COUNTRIES
            and _strip_possessive(_NAMED_THE_RE.sub("", q.mention)) == canon
            and not any(len(e[1]) > 1 and e[1][0] == canon for e in an.names)
        ):  # (not "Georgia Lee ... Georgia said": a person's given name)
            q.speaker, q.stype = canon, "organization"  # "Iran said": its government
            return  # (no antecedent of "he" nor, as before, of "they")
        if g is None and " " not in canon and (org := _one_word_org(an, canon)) is not None:
            q.speaker, q.stype = org, "organization"  # "Zintor said" in a story on Zintor Corp
            groups.append((q.m_start, org, "organization"))
            return
        if g is None and " " in canon and (org := _company_of(an, canon)) is not None:
            q.speaker, q.stype = org, "organization"  # "Zintor Energy said": Zintor Energy Corp
            groups.append((q.m_start, org, "organization"))
            return
        if canon == q.mention and (nick := _nickname_of(an, canon)):
            canon = nick  # 'Darragh "Dutchie" Keough' ... "Dutchie said": Keough
            g = g or an.gender_of.get(canon.lower())
        if len(run) == 1 and canon == run[0] and q.mention != canon:
            canon = _noble_whole(an.text, q.mention, canon, an.scan_memo)  # "Lord Selkirk": whole
        q.speaker = canon
        q.stype = "person"
        # a lone capitalised word with no person-like evidence ("Nazi sympathizers",
        # "Final Column") is kept as the speaker but never attracts he/she
        if _person_evidence(run, g, an.text[q.m_end : q.m_end + 30], an.lex):
            persons.append((q.m_start, canon, g))
        return
    desc = q.mention
    if desc[:1].isupper() and desc.split()[0].lower() in _DETS:
        desc = desc[0].lower() + desc[1:]
    elif (m := _ROLE_BEFORE_COMPANY_RE.match(desc)) is not None and (
        _is_company(desc)
        or (" " in m.group(1) and m.group(1) in an.lex.org_words and desc.split()[0] not in _DETS)
    ):
        desc, typ = m.group(1), "organization"  # "lead manager Kell Securities Ltd"
    elif desc[:1].isupper() and _is_company(desc):
        desc, typ = _company_name(an.text, q.m_start, desc), "organization"  # "Sony (U.K.) Ltd"
    if typ == "organization" and (named := apposed_org_name(desc, an.lex.nouns)) is not None:
        desc = named  # "the regional sailing association the Coastal League": its name
    q.speaker = desc
    q.stype = typ
    if typ in ("group", "organization"):
        groups.append((q.m_start, desc, typ))


# a two-part role title in apposition to a full name or right before it ("The team's
# teacher-coach, Graham McKinnon,", "player-coach Ann Roe")
_HYPHEN_ROLE_NAME_RE = re.compile(
    r"(?<![\w'’-])([a-z]+)-([a-z]+),?[ \t]+((?:[A-Z][\w'’-]+[ \t]+){1,3}[A-Z][\w'’-]+)(?=[,.;])"
)


def _hyphenated_role_named(an, quotes, reach=4000):
    """Give a description that no rule named ("the coach", "the physics teacher") the
    one person the article titled, in the ``reach`` characters before it, with a
    two-part role that has its head as a part ("The team's teacher-coach, Graham
    McKinnon, said ... '...,' the coach said" -> Graham McKinnon)."""
    todo = [
        q
        for q in quotes
        if (q.speaker or "")[:4] in ("the ", "The ")
        and q.speaker == q.mention
        and q.speaker[4:].replace(" ", "").isalpha()
        and q.speaker[4:].islower()
    ]
    heads = {q.speaker.split()[-1] for q in todo}
    heads = {h for h in heads if h in _PERSON_NOUNS or h in _ROLE_CUES}
    if not any(f"{h}-" in an.text or f"-{h}" in an.text for h in heads):
        return  # (no "<head>-" or "-<head>" in the text: no two-part role to find)
    found = [
        (m.start(), {m.group(1), m.group(2)}, m.group(3))
        for m in _HYPHEN_ROLE_NAME_RE.finditer(an.text)
    ]
    for q in todo:
        head = q.speaker.split()[-1]
        if head not in _PERSON_NOUNS and head not in _ROLE_CUES:
            continue
        names = {n for pos, parts, n in found if head in parts and 0 < q.m_start - pos <= reach}
        if len(names) == 1:
            q.speaker, q.stype = names.pop(), "person"


def _spokesperson_quoted_before(quotes, reach=2000):
    """Give "the spokesperson" (spokesman, spokeswoman) that no rule named the speaker
    of the statement, within ``reach`` characters before, whose mention introduced
    "a spokesperson for ..." ("..., a spokesperson for the division said. ..., the
    spokesperson said": both the division's)."""
    for k, q in enumerate(quotes):
        words = (q.speaker or "").lower().split()
        if len(words) != 2 or words[0] != "the" or not words[1].startswith("spokes"):
            continue
        for p in reversed(quotes[:k]):
            if q.m_start - p.m_start > reach:
                break
            pm = (p.mention or "").lower().split()
            if (
                len(pm) >= 4
                and pm[0] in ("a", "an")
                and pm[1] == words[1]
                and pm[2] in ("for", "of")
            ):
                if p.speaker:
                    q.speaker, q.stype = p.speaker, p.stype
                break


# "the director of public works" -> "the director": a role without its field
_OF_FIELD_RE = re.compile(
    r"\A(the[ \t]+(?:[a-z-]+[ \t]+){0,2}?[a-z-]+)[ \t]+of[ \t]+[a-z][a-z \t-]*\Z"
)


def _same_role_without_field(quotes):
    """Give "the director" left unresolved the one person "the director of public
    works" (the same role with its field) was resolved to before it in the article;
    nothing when several people held such a description."""
    seen: dict = {}
    for q in quotes:
        lm = (q.mention or "").lower()
        if not q.speaker or not lm.startswith("the "):
            continue
        m = _OF_FIELD_RE.match(lm)
        if m is not None and q.speaker.lower() != lm and q.stype == "person":
            seen.setdefault(m.group(1), set()).add(q.speaker)
        elif q.speaker.lower() == lm and len(got := seen.get(lm, ())) == 1:
            q.speaker, q.stype = next(iter(got)), "person"


def _office_of_name(an, q, persons):
    """Fill the speaker of "the Exchequer Nigel Lawson" written after "Chancellor of"
    (an office, then the person's given name and surname) with the person; False when
    the mention is no such office and name."""
    words = q.mention.split()
    if len(words) < 4 or not all(w[:1].isupper() for w in words[1:]):
        return False
    if not _title_of_before(an.text, max(0, q.m_start - 30), q.m_start, an.lex):
        return False
    run = [w.removesuffix("'s").removesuffix("’s") for w in words[-2:]]
    lex = an.lex
    if not _office_name_words(run, lex):
        return False  # "Secretary of the Treasury Department"
    canon = an.canonical(run)
    g = an.gender_of.get(canon.lower()) or lex.gender.get(run[0].lower())
    q.speaker, q.stype = canon, "person"
    persons.append((q.m_start, canon, g))
    return True


# "Acme Association President and CEO Ann Roe:", "Former U.S. Ambassador to Vellmark
# Ann Roe:": a label cut after its first title; the person is the name before the colon
_LABEL_TAIL_RE = re.compile(
    r"[ \t]+(?:and|&|to|of|for|at)[ \t]+(?:[A-Z][\w.&'’-]*[ \t]+|(?:of|the|and|for|&)[ \t]+){0,6}?"
    r"([A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z]\.)?[ \t]+[A-Z][\w'’-]*[a-z][\w'’-]*)[ \t]*:"
)

# "Airlines for Vellmark:", "Kell Iron and Steel Institute:": an organisation's label
# cut at its first "for" / "and" (the rest of the name, then the colon)
_ORG_LABEL_TAIL_RE = re.compile(
    r"[ \t]+(?:and|&|of|for)[ \t]+((?:(?:of|the|and|for|&)[ \t]+)*[A-Z][\w.&'’-]*"
    r"(?:[ \t]+(?:(?:of|the|and|for|&)[ \t]+)*[A-Z][\w.&'’-]*){0,5})[ \t]*:"
)


def _label_name(run, lex):
    """May ``run`` (two capitalised words before a label's colon) be a person's name: a
    listed given name first, or no title or organisation word in it ("Kristi Lund",
    never "Homeland Security")?"""
    if run[0].lower() in lex.gender:
        return True
    return not any(w.lower().rstrip(".") in lex.titles or w in lex.org_words for w in run)


def _name_after_title(an, q, persons):
    """Fill the speaker of a colon label cut after its first title ("Acme Association
    President" of "... President and CEO Ann Roe:") with the person named before the
    colon (a listed given name first); False when the mention is no such label."""
    words = q.mention.split()
    if not words:
        return False
    titles = an.lex.titles
    titled = words[-1].lower().rstrip(".") in titles
    m = _LABEL_TAIL_RE.match(an.text, q.m_end)
    if m is not None and not titled:  # "National Association" of "... of Makers President"
        titled = any(w.lower().rstrip(".") in titles for w in an.text[q.m_end : m.start(1)].split())
    if m is None or not titled or not _label_name(m.group(1).split(), an.lex):
        m = _ORG_LABEL_TAIL_RE.match(an.text, q.m_end)
        if m is None or not an.text.startswith(words[0], q.m_start):
            return False
        tail = m.group(1).split()  # "Kell Iron and Steel Institute:": the whole name
        label = re.sub(r"\s+", " ", an.text[q.m_start : m.end(1)])
        if tail[-1] in an.lex.org_words or tail[-1] in an.lex.place_names:
            q.speaker, q.stype = label, "organization"
        elif words[-1] in an.lex.org_words:  # "Department of Veterans Affairs:"
            q.speaker, q.stype = label, "organization"
        elif len(words) == 1 and titled:  # "Secretary of Homeland Security:": no name
            q.speaker, q.stype = label, "anonymous"
        else:
            return False
        return True
    run = m.group(1).split()
    canon = an.canonical(run)
    q.speaker, q.stype = canon, "person"
    persons.append((q.m_start, canon, an.lex.gender.get(run[0].lower())))
    return True


# "Minister of State for Foreign Affairs, Ann Roe, said", "Under-Secretary of State for
# Economic Affairs Ann Roe told": a title cut before its portfolio and the name after it
_PORTFOLIO_RE = re.compile(
    r"[ \t]+for[ \t]+([A-Z][\w'’.-]*(?:,?[ \t]+(?:[A-Z][\w'’.-]*|and|of|the)){0,7})"
    r"(?=,|[ \t]+[a-z])"
)


def _name_after_portfolio(an, q, persons):
    """Fill the speaker of a title cut before its portfolio ("Minister of State" of
    "Minister of State for Energy Ann Roe said") with the name after the portfolio's
    title words; False when the mention is no title or no name follows.

    >>> qs, _ = __import__("analysis.quotes.assemble").quotes.assemble.extract(
    ...     "Prices will fall, Minister of State for Energy Jarek Oduya said.")
    >>> qs[0].speaker, qs[0].stype
    ('Jarek Oduya', 'person')
    """
    words = q.mention.split()
    lex = an.lex
    if not words or words[-1].lower().rstrip(".") not in lex.titles:
        return False
    m = _PORTFOLIO_RE.match(an.text, q.m_end)
    if m is None:
        return False
    portfolio, _, name = m.group(1).rpartition(",")  # ", Ann Roe," after it: the name
    name = name.split()
    if not portfolio:  # "for Energy Ann Roe": the last two words (three after a given name)
        run, name = name, name[-2:]
        if len(run) >= 4 and (run[-3].lower() in lex.gender or _INITIALS_RE.match(run[-3])):
            name = run[-3:]
        if len(run) <= len(name):
            name = []  # no portfolio before the name
    if not 2 <= len(name) <= 4 or any(
        not w[:1].isupper() or w.lower().rstrip(".") in lex.titles for w in name
    ):
        desc = an.text[q.m_start : m.end(1)]  # "the Minister of State for Energy": no name
        if desc.startswith("The "):
            desc = "t" + desc[1:]
        q.speaker, q.stype = desc, "anonymous"
        return True
    canon = an.canonical(name)
    q.speaker, q.stype = canon, "person"
    persons.append((q.m_start, canon, lex.gender.get(name[0].lower())))
    return True


def _resolve_role_of(an, q, persons, groups):
    """Fill the speaker of "the former secretary of state said" as the role "the
    former secretary" names (the person titled so before); False, the quote left as
    it was, when that names no person."""
    mention = q.mention
    cut = max(mention.rfind(" of "), mention.rfind(" for "))
    saved = q.mention, q.m_end
    q.mention, q.m_end = mention[:cut], q.m_start + cut
    try:
        _resolve_mention(an, q, persons, groups)
    finally:
        q.mention, q.m_end = saved
    if q.stype == "person":
        return True
    q.speaker, q.stype = mention, "unknown"
    return False


_PAIR_MENTIONS = frozenset(["the two", "both", "the pair", "the two men", "the two women"])

# two relatives named by one plural noun ("The siblings say", "the couple said")
_FAMILY_PAIRS = frozenset(
    ["the couple", "the spouses"]
    + [
        f"{d} {n}"
        for d in ("the", "both", "the two")
        for n in ("siblings", "brothers", "sisters", "twins")
    ]
)


def _resolve_both_described(an, q, lm, groups, reach=4000):
    """Fill the speaker of "both experts" / "the two economists" (a plural person noun)
    with the two people the ``reach`` characters before it describe so in apposition
    ("Ann Roe, a housing researcher, ... Tom Vale, an economist, ... Both experts
    said": "Ann Roe and Tom Vale"); "experts" are economists, researchers, professors,
    analysts, scientists or historians; False unless exactly two are found.

    >>> _BOTH_NOUN_RE.fullmatch("both experts").group(1)
    'expert'
    """
    m = _BOTH_NOUN_RE.fullmatch(lm)
    if m is None:
        return False
    noun = m.group(1)
    nouns = _EXPERT_NOUNS if noun == "expert" else (noun,)
    if noun != "expert" and noun not in _PERSON_NOUNS:
        return False
    _lo, seg = _unquoted_before(an, q.m_start, reach)
    found = {}
    for n in nouns:
        if n not in seg:
            continue  # (the cheap test first)
        for d in _described_rx(n).finditer(seg):
            cw = d.group(1).split()
            if cw and cw[0].lower() in _SENT_START_STOP:
                cw = cw[1:]
            pre = seg[max(0, d.start(1) - 40) : d.start(1)].split()
            k = len(pre)
            while k > 1 and pre[k - 1] in _PARTICLES:
                k -= 1
            if len(cw) == 1 and 1 <= k < len(pre) and pre[k - 1][:1].isupper():
                cw = pre[k - 1 :] + cw  # ("Hélène de la Roche, an economist")
            if not cw or cw[-1] in an.lex.org_words:
                continue
            if len(cw) >= 2 or _person_like(cw, an.lex, an.by_last_multi, None):
                found.setdefault(an.canonical(cw), d.start())
    if len(found) != 2:
        return False
    q.speaker, q.stype = " and ".join(sorted(found, key=found.get)), "group"
    groups.append((q.m_start, q.speaker, "group"))
    return True


_BOTH_NOUN_RE = re.compile(r"(?:both|the two)[ \t]+([a-z]+)s")

# the people "experts" names when a story calls two of them so
_EXPERT_NOUNS = (
    "expert",
    "economist",
    "researcher",
    "professor",
    "analyst",
    "scientist",
    "historian",
)

# "eight of them", "two of them": part of the group a "they" would name
_QUANTITY_OF_THEM_RE = re.compile(
    r"(?:two|three|four|five|six|seven|eight|nine|ten|dozens|\d+)[ \t]+of[ \t]+them"
)


def _resolve_mention(an, q, persons, groups):
    """Fill the speaker and stype of one quote from its mention ("the CEO" as "the
    ceo": an office, not an organisation's initials)."""
    words = q.mention.split()
    if len(words) == 2 and words[0] in ("the", "The") and words[1] in _OFFICE_ACRONYMS:
        saved = q.mention
        q.mention = f"{words[0]} {words[1].lower()}"
        try:
            _resolve_mention_words(an, q, persons, groups)
        finally:
            if q.speaker == q.mention:
                q.speaker = saved
            q.mention = saved
        return
    if "couple" in q.mention and (pair := couple_named_next(an, q)) is not None:
        q.speaker, q.stype = pair, "group"  # "a married couple ... said" + "Ann Roe, 47," ...
        groups.append((q.m_start, pair, "group"))
        return
    if (unit := municipal_unit_mention(q.mention)) is not None:
        saved = q.mention  # "The city's recreation department said": the city
        q.mention = unit
        try:
            _resolve_mention_words(an, q, persons, groups)
        finally:
            q.mention = saved
        return
    if (
        len(q.mention) == 11  # (the cheap test first; lower() never shortens a text)
        and q.mention.lower() == "the witness"
        and resolve_hearing_witness(an, q, persons)
    ):
        return  # "Ann Roe told the committee ... The witness replied": Ann Roe
    if (
        q.mention[:1] in "oOaA"
        and (name := anonymous_named_later(an.text, q.mention, q.m_start)) is not None
    ):
        q.speaker, q.stype = name, "person"  # "one volunteer said" ... "His name is NAME"
        return
    if " Local " in q.mention and union_local_speaker(an, q, groups):
        return  # "Kestrel Bus Drivers Local 518 said": the local, number and all
    if " of " in q.mention and plural_body_speaker(an, q, groups):
        return  # "The Chippewas of Kettle Point First Nation said": the whole name
    _resolve_mention_words(an, q, persons, groups)


# organisation heads that are a person's job too ("the operator" of a water plant)
_PERSON_JOB_HEADS = frozenset(("operator",)) | _BUSINESS_PERSON_HEADS


def _person_job_head(an, q, lm):
    """Is the "the <head>" mention ``lm`` a person's job, no organisation: a head of
    ``_PERSON_JOB_HEADS`` with no organisation's name ending in it before ("the
    Independent Electricity System Operator ... the operator said" is the body; "Clifford
    Moonias, the plant's operator, ... the operator said" a person)?"""
    head = lm.rsplit(" ", 1)[-1]
    if head in ("developer", "builder"):  # ("Tom Vale, a real estate developer,")
        return _builder_introduced(an, q, head)
    if player_titled_head(an, q, head):
        return True  # ("centre Ann Roe ... the fifth-year centre said": a player)
    if head_of_body_leader(an.text, q) is not None:
        return True  # ("the head of the union ... Ann Roe, president of the X Association")
    return (
        head in _PERSON_JOB_HEADS
        and _nearest_org_at(an, q.m_start, head) is None
        and not (head in _BUSINESS_PERSON_HEADS and _org_named_next(an, q, head) is not None)
    )  # (a lede's "the contractor said" with "Arctic Span Ltd. said" next: the firm)


def _resolve_mention_words(an, q, persons, groups):
    """``_resolve_mention`` for a mention as written."""
    lex = an.lex
    minfo = _mention_info(q.mention, lex)
    lm = minfo[0]
    # first letter tested once (rules that rewrite ``q.mention`` restore it in a finally)
    opens_t = q.mention[:1] in "tT"
    if opens_t and (
        _resolve_lede_who_named_next(an, q, persons) or _resolve_lede_who_again(an, q, persons)
    ):
        pass  # "The developer who bought St. Bernard's church says A" ... "Gabe Roe, ..."
    elif resolve_named_apposition(an, q, persons):
        pass  # "The lead plaintiff, a single mother named Ann Roe, said": Ann Roe
    elif opens_t and resolve_lineup_position(an, q, persons):
        pass  # "with third Noor Vale, second Bo Ray ... the third said": Noor Vale
    elif lm in _PAIR_MENTIONS and _resolve_pair(an, q, persons, groups):
        pass  # "Nand and Tremblay met. The two said ...": both of them
    elif lm in _FAMILY_PAIRS and (
        _resolve_family_pair(an, q, persons, groups)
        or _family_pair_named(an, q, groups)
        or spouse_pair_quoted(an, q, persons, groups)  # "Her husband, NAME ... the couple"
    ):
        pass  # "Hanne Solbakken ... Erik Solbakken ... The siblings say": both of them
    elif lm.startswith(("both ", "the two ")) and _resolve_both_described(an, q, lm, groups):
        pass  # "Ann Roe, an economist, ... Tom Vale, a researcher, ... Both experts said"
    elif lm.startswith(("both ", "the two ")) and resolve_pair_mention(an, q, lm, persons, groups):
        pass  # "critic Ann Roe ... critic Tom Vale ... Both critics said"; "both of them"
    elif lm.startswith(("all ", "the ")) and counted_people_before(an, q, lm, groups):
        pass  # "Ann Roe, Tom Vale and Eva Lee run it. All three said": the three named
    elif lm.startswith("the ") and _resolve_plural_role(an, q, lm, groups):
        pass  # "Ann Roe, a researcher, ... co-author Tom Vale ... The researchers said"
    elif _COUNT_MENTION_RE.fullmatch(q.mention) or (lm != "one" and lm in SPELLED_NUMBERS):
        q.speaker, q.stype = q.mention, "group"  # "At least 21,000 said", "Eleven said": a count
        groups.append((q.m_start, q.speaker, q.stype))
    elif lm in _QUANT_SUBJ:
        q.speaker, q.stype = _quantified_group(an, q) or lm, "group"
    elif _QUANTITY_OF_THEM_RE.fullmatch(lm):
        _resolve_pronoun(an, q, "they", persons, groups)  # "Forty workers ... eight of them"
    elif lm in lex.nouns and " " not in lm and not org_word_surname(an, q.mention):
        q.speaker, q.stype = lm, lex.nouns[lm]  # "Police said", "Officials said"
        if lm == "police" and (force := _police_force(an, q.m_start)) is not None:
            q.speaker, q.stype = force, "organization"  # "The RCMP said ... police said"
        if q.stype in ("group", "organization"):
            groups.append((q.m_start, q.speaker, q.stype))
    elif lm in _PRONOUNS:
        _resolve_pronoun(an, q, lm, persons, groups)
        if lm in ("he", "she"):  # "His daughter was not so sure. '...,' she said"
            kin_subject_pronoun(an, q, _PRONOUNS[lm], persons, groups, _resolve_mention)
    elif opens_t and _job_then_full_name(an, q, minfo, persons):
        pass  # "the Banff ranger Ann Roe said": Ann Roe
    elif "manager" in lm and (k := underwriter(words := q.mention.split())):
        q.speaker, q.stype = " ".join(words[k:]), "organization"  # "lead manager Credit Vell"
        groups.append((q.m_start, q.speaker, q.stype))
    elif lm in _MUNICIPAL_MENTIONS and _resolve_municipal(an, q, lm, groups):
        pass  # "City of Lethbridge Mayor Blaine Hyggen ... The city said": City of Lethbridge
    elif (mk := _municipal_spokesperson(lm)) is not None and _resolve_municipal(an, q, mk, groups):
        pass  # "The City of Windsor ... A city spokesperson said": City of Windsor
    elif _resolve_spokes_of_body(an, q, lm, persons, groups):
        pass  # "a spokesperson for the department": the body the department is
    elif _resolve_team_or_board(an, q, lm, groups):
        pass  # "the Kelso Ridge Falcons ... the team said"; "the public board said"
    elif _is_org_reference(lm) and not _person_job_head(an, q, lm):
        _resolve_org(an, q, lm, groups)
        _resolve_described_body(an, q, lm, persons, groups)  # "Lakehead Transit ... the agency"
    elif q.mention.endswith(("MP", "MLA", "MPP", "MNA")) and _resolve_legislator(an, q, persons):
        pass
    elif q.mention.endswith("office") and _resolve_person_office(an, q, persons):
        pass
    elif (" from " in q.mention or " for " in q.mention) and (
        _resolve_from_place(an, q, persons) or _from_place_description(q)
    ):
        pass  # (the description when no one is found: never the place)
    elif _resolve_aside_pair(an, q, groups, persons):
        pass  # "Ann Roe, who chairs the board, and Tom Vale said": both of them
    elif _resolve_apposed_who(an, q, persons):
        pass  # "Al Roe, a banker and former official who has suggested": Al Roe
    elif not _resolve_name_list(an, q, groups, persons):
        role = minfo[1]
        if role is _EMPTY_MENTION:
            raise IndexError("a mention without words")  # as indexing its first word did
        # "the president", "the GOP presidential candidate": the person last named so
        if role is None:
            # the description resolvers that can fire on this mention, in table order
            # ("her grandson, Ciaran Doyle, said ... Her grandson said": the name)
            for resolver in _description_resolvers(q.mention):
                if resolver(an, q, persons):
                    break
            else:
                _resolve_named(an, q, minfo, persons, groups)
        elif (
            not _resolve_lede_role_said_next(an, q, persons)
            and not (opens_t and resolve_relative_apposed(an, q, persons))
            and not _resolve_role(an, q, role, persons)
            and not (q.mention[:1] in "tTiI" and _resolve_owned_role(an, q, persons))
            and not (
                opens_t
                and (
                    _resolve_apposed(an, q, persons)
                    or _resolve_indefinite_apposed(an, q, persons)
                    or _resolve_named_next(an, q, persons)
                    or _lede_head_or_in_focus(an, q, persons)
                    or _resolve_head_seen_before(an, q, persons)
                )
                or _resolve_described_named_next(an, q, persons)
                or (opens_t and resolve_lede_role_apposed_later(an, q, persons))
            )
        ):  # (a lede's "the province's finance minister", "Finance Minister Ann Roe" next)
            _resolve_named(an, q, minfo, persons, groups)


def _resolve_team_or_board(an, q, lm, groups):
    """Fill the speaker of "the team" with the sports team named before ("the Kelso
    Ridge Falcons ... the team said", ``teams``) and of "the public board" with the
    school board of that system (``school_boards``), and of "the network" with the body
    set off before by ", a network of ..." (``kind_apposed_orgs.apposed_kind_body``);
    False when the mention is none of these or none was named."""
    if " board" in lm:
        body = school_board_named(an, q)  # (not the Catholic board for "the public board")
    elif is_team_description(lm):
        body = team_named_before(an, q.m_start)
    elif len(lm) < 20 and lm.startswith("the "):
        body = apposed_kind_body(an, q.m_start, lm)  # "X, a network of ... the network said"
    else:
        return False
    if body is None:
        return False
    q.speaker, q.stype = body, "organization"
    groups.append((q.m_start, body, "organization"))
    return True


def _resolve_in_focus(an, q, persons, reach=1200):
    """Fill the speaker of a description no other rule named ("the defenceman", "the
    retired nurse", "the mother", "The 84-year-old": a noun for one person) with the
    person a "he" or "she" there would name (of the noun's gender when it has one),
    named in the same or the previous paragraph within ``reach`` characters: the one
    the story is about ("Al Roe, who ... , took the blame. '...,' the defenceman
    said"). An office ("the mayor") needs a sentence that says that person holds it
    ("Roe, is now the town's mayor"); nobody when the article wrote the noun
    for an unnamed one before ("a nurse ... the nurse"). False if none.

    >>> import pandas as pd, analysis
    >>> text = 'Al Roe, who had not scored in weeks, said he was relieved. "It felt good," the winger said.'
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]})).speaker.tolist()
    ['Al Roe', 'Al Roe']
    """
    m = _IN_FOCUS_RE.fullmatch(q.mention)
    if m is None:
        return False
    head = m.group(1)
    if head in _KIN_GENDER or head.endswith("-old"):
        pass  # ("the mother", "The 84-year-old")
    elif "-year-old " in q.mention and _newcomer_job(head):
        pass  # ("the 37-year-old restaurateur": an aged job noun, one person; not "fan")
    elif head in _DESCRIPTION_HEADS:
        if not persons or q.m_start - persons[-1][0] > 600:
            return False  # ("the veteran", "the newcomer": linked ones, _resolve_head_link,
        # or the person quoted right before: "Roe said ... . The veteran added")
    elif head in _ROLE_CUES:
        pass  # ("the retired nurse": only one introduced so, "who worked as a nurse", below)
    elif head not in _PERSON_NOUNS and head not in _ROLE_CUES or head in an.lex.nouns:
        return False  # (no noun for a person, or an unnamed one's: "the man", "the source")
    if head.endswith("s") and head[:-1] in _PERSON_NOUNS or head in ("two", "pair", "couple"):
        return False  # ("the senators": more than one)
    lo = max(0, q.m_start - reach)
    # (every match holds an indefinite head: without one, no pattern is compiled)
    if _indefinite_head_in(an.text[lo : q.m_start], head):
        for u in re.finditer(
            rf"(\bas[ \t]+|(?-i:[A-Z])[\w'’.-]*,[ \t]*)?\b(?:a|an|another|one)[ \t]+(?:[\w-]+[ \t]+)?{head}\b",
            an.text[lo : q.m_start],
            re.I,
        ):
            if u.group(1) is None:  # (not "worked as a nurse", "Al Roe, a nurse,")
                return False  # ("a realtor ... the realtor": that unnamed one)
    want = _noun_sex(head)
    ref = _resolve_he_she(an, q, {"m": "he", "f": "she"}.get(want, "i"), persons)
    if ref is None or q.m_start - ref[0] > reach or _never_a_person(an, ref[1]):
        return False
    if addressed_by(an, ref[1], head, q.m_start):  # ("Counsel Ann Roe asked the driver")
        other = introduced_role_person(an, head, q.m_start, ref[1])
        if other is None:
            return False
        q.speaker, q.stype = an.canonical(other.split()), "person"
        persons.append((q.m_start, q.speaker, want))
        return True
    if head in _PLAYER_HEADS and player_other_role(an.text, ref[1], head):
        return False  # ("Head coach Ruth Abbot said ... the rookie winger said": no player)
    an.antecedents()
    if bisect.bisect_right(an.ante[0], ref[0]) == bisect.bisect_right(an.ante[0], q.m_start):
        return False  # ("Jo Roe said A, according to the town clerk": someone else)
    if " " not in ref[1] and not any(
        _WHO_AFTER_RE.match(an.text, e[0] + len(e[1][0]))
        for e in an.by_last.get(ref[1].lower(), ())
    ):
        return False  # (one word, never "Kowalczyk, who ...": maybe a company, "Vantrel")
    if len(_PARAGRAPH_BREAK_RE.findall(an.text, ref[0], q.m_start)) > _in_focus_breaks(q):
        return False  # (named two paragraphs up or more: maybe not the one described)
    if head in _DESCRIPTION_HEADS and (
        persons[-1][1] != ref[1] or _other_name_between(an, persons[-1][0], q.m_start, ref[1])
    ):
        return False  # (someone else named since the last quote)
    if head in _ROLE_CUES and not _introduced_as(
        an, ref[1], lo, min(q.start, q.m_start), _ROLE_CUES[head]
    ):
        return False  # ("Jo Roe said A. '...,' the professor said": no professor named)
    if head in _OFFICES or head in _NOT_IN_FOCUS:
        last = _predicate_role_last(an.text, an.masked, lo, q.m_start, head)
        if last is None or an.canonical(last.group(1).split()) != ref[1]:
            return False  # (an office: only the one the article says holds it)
    q.speaker, q.stype = ref[1], "person"
    persons.append((q.m_start, ref[1], want))
    return True


# an age alone as the description ("the 62-year-old said")
_AGE_ALONE_RE = re.compile(r"[Tt]he[ \t]+(\d{1,3}-year-old)")


def _resolve_aged_newcomer(an, q, persons):
    """``_resolve_newcomer_described`` for a bare age ("the 62-year-old said" right
    after the narration introduced Gord Roe, who has not spoken yet), before the
    he/she reading of ``_resolve_unaged`` would give it to the last speaker."""
    if _AGE_ALONE_RE.fullmatch(q.mention) is None:
        return False
    an.antecedents()
    n, speaker, stype = len(persons), q.speaker, q.stype
    if not _resolve_newcomer_described(an, q, persons):
        return False
    at = an.text.rfind(q.speaker.split()[-1], 0, q.m_start)
    si = bisect.bisect_right(an.ante[0], at) - 1
    s0, s1 = an.sents[si] if at >= 0 and si >= 0 else (0, 0)
    if any(s0 <= p[0] < s1 for p in persons[:n]):
        del persons[n:]  # ("Roe said she never met Al Vale. '...,' the 70-year-old said")
        q.speaker, q.stype = speaker, stype
        return False
    return True


# lower-case jobs of one person ("the baker", "the former owner"; person_job_heads.txt)
_NEWCOMER_JOBS = frozenset(_lines("person_job_heads.txt"))


def _newcomer_job(head):
    """Is ``head`` a lower-case job of one person that the titles list lacks ("the
    baker", "the former owner": the person the narration just introduced)?

    >>> _newcomer_job("baker"), _newcomer_job("council")
    (True, False)
    """
    return head in _NEWCOMER_JOBS


def _spoke_earlier_in_paragraph(an, q, persons):
    """Did a person resolved before ``q`` speak earlier in ``q``'s paragraph ("Roe said
    he would take the children. '...,' the 41-year-old said": a bare age there goes on
    with Roe, not with a newcomer named in Roe's words)?"""
    par = an.text.rfind("\n", 0, min(q.start, q.m_start)) + 1
    return any(par <= p[0] < q.m_start for p in persons)


def _resolve_newcomer_described(an, q, persons, reach=700):
    """Fill the speaker of a description no earlier rule named ("the former postmaster",
    "The certified arborist", "the 74-year-old": ``_IN_FOCUS_RE`` with a noun for one
    person) with the person the narration just introduced: the last full name (a known
    given name, outside quotations) named in the same or the previous paragraph, who
    has not been quoted yet and after whom no other person is named ("For 31 years the
    counter was run by Ann Roe. She retired in 2023. '...,' the former postmaster
    said": Roe, not the mayor quoted before her). False otherwise.

    >>> import pandas as pd, analysis
    >>> text = ('Jo Vale said the plan was late.\\n\\nThe shop was run by Ann Roe. She '
    ...         'retired last year.\\n\\n"It was home," the former postmaster said.')
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]})).speaker.tolist()
    ['Jo Vale', 'Ann Roe']
    """
    m = _IN_FOCUS_RE.fullmatch(q.mention) or _AGE_ALONE_RE.fullmatch(q.mention)
    if m is None or not (persons or _newcomer_job(m.group(1)) and m.group(1) not in _PERSON_NOUNS):
        return False  # (a job: also the article's first speaker, "the baker")
    if m.re is _AGE_ALONE_RE and _spoke_earlier_in_paragraph(an, q, persons):
        return False  # ("Roe said he would go. '...,' the 41-year-old said": Roe goes on)
    head = m.group(1)
    if not (head.endswith("-old") or head in _PERSON_NOUNS or _newcomer_job(head)):
        return False  # (no noun for one person: "the man", "the source")
    if head in an.lex.nouns:
        return False
    if head in _OFFICES or head in _NOT_IN_FOCUS or head in _KIN_GENDER:
        return False  # (an office, a part, kin: their own rules)
    if head.endswith("s") and head[:-1] in _PERSON_NOUNS:
        return False  # ("the senators")
    lo = max(0, q.m_start - reach)
    if re.search(
        rf"\b(?:a|an|another|one)[ \t]+(?:[\w-]+[ \t]+)?{head}\b", an.text[lo : q.m_start], re.I
    ):
        return False  # ("a postmaster ... the postmaster": that unnamed one)
    an.antecedents()  # (item_of reads its genders: the first statement may come here first)
    k = bisect.bisect_left(an.positions(), min(q.m_start, q.start))
    for i in range(k - 1, max(-1, k - 4), -1):
        pos = an.names[i][0]
        if pos < lo or an.masked is not None and an.masked[pos] == MASK:
            return False
        item = an.item_of(i, _ALL)
        if item is None or len(item[1]) < 2 or not an.person_like(i)[1]:
            return False  # (the last name is no full personal name)
        canon = an.canonical(item[1], item[2])
        if any(c == canon for _p, c, _g in persons) or _never_a_person(an, canon):
            return False  # (quoted before: the usual rules)
        if len(_PARAGRAPH_BREAK_RE.findall(an.text, pos, q.m_start)) > 1:
            return False  # (named two paragraphs up or more)
        q.speaker, q.stype = canon, "person"
        persons.append((q.m_start, canon, item[2]))
        return True
    return False


def _lede_head_or_in_focus(an, q, persons):
    """``_resolve_head_of_lede``, else ``_resolve_in_focus`` (one step of the chains)."""
    return _resolve_head_of_lede(an, q, persons) or _resolve_in_focus(an, q, persons)


def _resolve_head_of_lede(an, q, persons):
    """Fill the speaker of "the <noun>" with the person a lede's description with that
    noun was resolved to ("its conductor said Thursday", named in the next paragraph
    ... "The conductor said"), before the person in focus is tried: the lede told the
    reader who the conductor is, and the person quoted last (the director of another
    choir) is not. False when no lede description had the noun.

    >>> import pandas as pd, analysis
    >>> t = ("A choir cancelled its tour, and it may lose its deposits, its conductor said "
    ...      "Thursday.\\n\\nAnn Roe, who founded the choir, said the decision was hard.\\n\\n"
    ...      'The director of a Belgian choir, Tom Vale, wrote to her: "Come next year."\\n\\n'
    ...      "The conductor said the singers would give a free concert.")
    >>> q = analysis.extract_quotes(pd.DataFrame({"article_id": [1], "text": [t]}))
    >>> q.loc[q["quote"] == "the singers would give a free concert", "speaker"].tolist()
    ['Ann Roe']
    """
    m = _THE_HEAD_RE.fullmatch(q.mention)
    if m is None:
        return False
    cw = an._described_heads.get(m.group(1))
    if not cw or _indefinite_head_in(an.text[max(0, q.m_start - 1500) : q.m_start], m.group(1)):
        return False  # ("a cash-crop farmer ... the farmer said": that unnamed one)
    return _set_person(an, q, persons, list(cw))


def _resolve_head_seen_before(an, q, persons):
    """Fill the speaker of "the <noun>" ("the director", "the nurse") that no other
    rule named with the person the article described before by that noun: a lede's
    description resolved to a name ("its executive director says A" ... Yvonne Roe ...
    "the director said"), or a narration sentence opening with "The <noun>" right
    after a sentence that names one person ("For Ann Roe, the 6:10 is no convenience.
    The registered nurse works days ..." ... "according to the nurse"). False if none."""
    m = _THE_HEAD_RE.fullmatch(q.mention)
    if m is None:
        return False
    head = m.group(1)
    if _indefinite_head_in(an.text[max(0, q.m_start - 1500) : q.m_start], head):
        return False  # ("a cash-crop farmer ... the farmer said": that unnamed one)
    cw = an._described_heads.get(head)
    if cw is None and (head in _JOB_NOUNS or head in _PERSON_NOUNS):
        cw = _named_before_narration_head(an, head, q.m_start)
    if not cw:
        return False
    return _set_person(an, q, persons, list(cw))


@lru_cache(maxsize=128)
def _narration_head_rx(head):
    """ "The <modifier>? <head> <lower-case verb>" opening a sentence (once per noun)."""
    return re.compile(
        r"(?:(?<=[.!?][ \t])|(?<=[.!?][ \t][ \t])|(?<=\n))The(?:[ \t]+[a-z][a-z-]*)?[ \t]+"
        + re.escape(head)
        + r"[ \t]+[a-z]"
    )


def _named_before_narration_head(an, head, at, reach=4000):
    """The words of the one person named in the sentence before the last narration
    sentence (outside quotations, within ``reach`` characters before ``at``) that
    opens "The <modifier>? <head> <verb>", in the same paragraph; None otherwise."""
    lo = max(0, at - reach)
    if not _word_then(an.text, head, _LOWER_WORD_NEXT_RE, lo, at):
        return None  # (every match holds the head and a lower-case word: no pattern)
    starts = _narration_head_starts(an.text, head, lo, at)  # (no per-word pattern)
    if starts is None:
        starts = [mm.start() for mm in _narration_head_rx(head).finditer(an.text, lo, at)]
    p = None
    for s in starts:
        if an.masked is None or an.masked[s] != MASK:
            p = s
    if p is None:
        return None
    an.antecedents()
    si = bisect.bisect_right(an.ante[0], p) - 1
    if si < 1 or "\n" in an.text[an.sents[si - 1][0] : p].strip("\n"):
        return None  # (the sentence before must be the same paragraph's)
    names = an.positions()
    found = set()
    for i in range(bisect.bisect_left(names, an.sents[si - 1][0]), bisect.bisect_left(names, p)):
        item = an.item_of(i, _ALL)
        if item is not None and len(item[1]) >= 2 and an.person_like(i)[1]:
            found.add(tuple(item[1]))
    return list(found.pop()) if len(found) == 1 else None


_SEXED_NOUNS = {
    w: g for g, _t, w in (line.partition("\t") for line in _lines("sexed_person_nouns.txt"))
}

_SEXED_NOUN_RE = re.compile(r"[Tt]he[ \t]+([a-z]+)")


def _resolve_sexed_noun_just_named(an, q, persons):
    """Fill the speaker of "the boy" / "the woman" (``sexed_person_nouns.txt``) with the
    person of that sex a "he" / "she" there would name, named earlier in the same
    paragraph with nobody else named since ("One of the twins, Owen Roe, said he missed
    the bus. '...,' the boy said"); not when the article wrote "a boy" before (an
    unnamed one). False otherwise."""
    m = _SEXED_NOUN_RE.fullmatch(q.mention)
    want = _SEXED_NOUNS.get(m.group(1)) if m is not None else None
    if want is None:
        return False
    head = m.group(1)
    lo = max(0, q.m_start - 1500)
    if re.search(
        rf"\b(?:a|an|another|one)[ \t]+(?:[\w-]+[ \t]+)?{head}\b", an.text[lo : q.m_start], re.I
    ):
        return False  # ("a man who lives nearby said ... the man said": that unnamed one)
    ref = _resolve_he_she(an, q, {"m": "he", "f": "she"}[want], persons)
    if ref is None or _never_a_person(an, ref[1]) or not 0 <= q.m_start - ref[0] <= 1500:
        return False
    if "\n" in an.text[ref[0] : q.m_start] or _other_name_between(
        an, ref[0] + 1, q.m_start, ref[1]
    ):
        return False  # (named in another paragraph, or someone else named since)
    q.speaker, q.stype = ref[1], "person"
    persons.append((q.m_start, ref[1], want))
    return True


# heads of the title list that name a part or a rank more than a person ("the deputy
# head", "the justice" of a court that is named too)
_NOT_IN_FOCUS = frozenset(("head", "chief", "member", "officer", "deputy"))


def _named_next_of_description(an, q, persons):
    """``_resolve_named_next`` for a mention that opens with "the" or with a capitalised
    owner ("Greater Sudbury's fire chief": a lede's description, the name next)."""
    return (q.mention[:1] in "tT" or owner_opened_description(q.mention)) and _resolve_named_next(
        an, q, persons
    )


# The description resolvers of a mention without a role word, in the order they are tried
# (the first that fires wins; ``_resolve_named`` when none does). Each row declares the
# mentions it can fire on: (resolver, first characters or None, needs "-year-old",
# lower-cased last words or None, whether a first character of white space counts too).
# A declaration is the resolver's own first test, made before any side effect, or the
# gate its call had, so a resolver left out where it cannot fire changes nothing.
_T, _H, _A = "tT", "hH", "aA"
_DESCRIPTION_RESOLVERS = (
    (resolve_relative_apposed, _T, False, None, False),
    (_resolve_who_leads_named_next, _T, False, None, False),
    (_resolve_owned_role, "tTiI", False, None, False),
    (resolve_lede_party_org, "tTiI", False, None, False),
    (_resolve_lede_role_said_next, _T, False, None, False),  # (its first test)
    (apposed_description, _T, False, None, False),  # "Ann Roe, a welder, ... the welder"
    (_resolve_described, _T, False, None, True),  # (its first test: "the", "this" words)
    (_resolve_demonym, _T, False, None, False),
    (_resolve_spelled_role, _T, False, None, False),
    (_resolve_aged, None, True, None, False),
    (resolve_comparative_age, _T, False, None, False),
    (_resolve_aged_newcomer, None, True, None, False),
    (_resolve_aged_copula, None, True, None, False),
    (_resolve_unaged, None, True, None, False),
    (_resolve_aged_subject_before, None, True, None, False),
    (_resolve_apposed, "tThH", False, None, False),
    (_resolve_indefinite_apposed, _T, False, None, False),
    (_resolve_spokesperson_again, _T, False, None, False),
    (_resolve_head_link, _T, False, None, False),
    (_resolve_possessed_role, _H, False, None, False),
    (_resolve_spouse, _H, False, None, False),
    (_resolve_kin_named_later, _H, False, None, False),
    (_resolve_kin_named_before, _H, False, None, False),
    (_resolve_kin_predicated, _H, False, None, False),
    (_resolve_kin_inverse, _H, False, None, False),
    (_resolve_kin_inverse_possessive, _H, False, None, False),
    (_resolve_kin_possessor, _H, False, None, False),
    (_resolve_kin_of_subject, _H, False, None, False),
    (_resolve_kin_full_named_next, _H, False, None, False),
    (_resolve_parent_of_child, _H, False, None, False),
    (_resolve_child, _H, False, None, False),
    (_named_next_of_description, None, False, None, False),
    (resolve_head_named, _T, False, None, False),
    (_resolve_lede_role_plain_next, None, False, _ROLE_WORDS, False),  # (its first test)
    (resolve_chair_by_clause, _T, False, None, False),
    (_lede_head_or_in_focus, _T, False, None, False),
    (_resolve_described_named_next, "aAtTiI", False, None, False),  # (its pattern's start)
    (resolve_lede_role_apposed_later, _T, False, None, False),
    (_resolve_described_named_same_paragraph, _A, False, None, False),  # (its first test)
    (resolve_described_aged_next, "aAoOtT", False, None, False),  # (its pattern's start)
    (_resolve_lede_local_named_next, _A, False, None, False),
    (_resolve_lede_job_named_next, _A, False, None, False),
    (_resolve_newcomer_described, _T, False, None, False),
    (_resolve_head_seen_before, _T, False, None, False),
    (resolve_parent_described, _T, False, None, False),
    (_resolve_sexed_noun_just_named, _T, False, None, False),
    (_resolve_described_by_deed, _T, False, None, False),
    (resolve_relation_apposed_job, "hHtT", False, None, False),  # "Her colleague, a nurse,"
    (_resolve_player_mentioned, _T, False, None, False),
)

# the last words some row declares, and (first character, declared last word or None,
# "-year-old" in it) -> the resolvers that can fire, built once per key
_DECLARED_HEADS = frozenset().union(*(r[3] for r in _DESCRIPTION_RESOLVERS if r[3] is not None))
_DESCRIPTION_CHAINS: dict = {}


def _description_resolvers(mention):
    """The resolvers of ``_DESCRIPTION_RESOLVERS`` that can fire on ``mention`` (a
    mention with words), in table order.

    >>> [f.__name__ for f in _description_resolvers("Ann Roe")][:2]
    ['_named_next_of_description', '_resolve_described_named_next']
    """
    words = mention.rsplit(None, 1)
    last = words[-1].lower() if words else ""
    c = mention[:1]
    key = (c, last if last in _DECLARED_HEADS else None, "-year-old" in mention)
    chain = _DESCRIPTION_CHAINS.get(key)
    if chain is None:
        chain = _DESCRIPTION_CHAINS[key] = tuple(
            fn
            for fn, letters, aged, heads, space_first in _DESCRIPTION_RESOLVERS
            if (letters is None or c in letters or (space_first and c.isspace()))
            and (key[2] or not aged)
            and (heads is None or key[1] in heads)
        )
    return chain
