"""Session 28 (speed37): the speaker-resolution speed rewrites give exactly what the
plain forms they replace give (written sentences, no corpus text)."""

from __future__ import annotations

import random

from analysis.quotes import mentions
from analysis.quotes import names as N
from analysis.quotes.given_names import article_given_genders
from analysis.quotes.lexicon import lexicon
from tests._quote_rows import has_quote

_WRITTEN = (
    "Adaeze Obi runs the shop in Parks Canada country. She opened it in May. "
    "His wife, Ifeoma Roe, left. Brianne Kowalczyk spoke first. She said no. "
    "Toronto Police arrived. They said nothing. Mrs. Ngozi Vale agreed."
)


def test_given_not_surnames_is_the_lexicon_union_once():
    lex = lexicon()
    union = lex.place_names | lex.org_words | lex.place_words
    got = mentions._given_not_surnames(lex)
    assert got == union
    assert mentions._given_not_surnames(lex) is got  # built once per lexicon
    assert article_given_genders(_WRITTEN, lex.gender, got) == article_given_genders(
        _WRITTEN, lex.gender, union
    )


def test_given_not_surnames_follows_a_new_lexicon():
    lex = lexicon()
    other = type(lex)(**{**lex.__dict__, "place_words": frozenset({"Xq"})})
    assert "Xq" in mentions._given_not_surnames(other)
    assert "Xq" not in mentions._given_not_surnames(lex)


def test_article_index_still_genders_unlisted_given_names():
    text = 'Adaeze Obi runs the bakery. She opened it in May. "It is busy," Obi said.'
    assert has_quote(text, "Adaeze Obi", "It is busy")


def _dotted(name):
    # a dotted abbreviation opening an organisation's name stays ("U.S. Potato Guild")
    f = N._fold(name[1]) if len(name) > 1 else ""
    return "." in name[0][:-1] and f and f not in N._SOFT | N._TITLES and f not in lexicon().gender


def _plain_parse_part(text):
    """names._parse_part before session 28: a fold per test."""
    raw = N._TOKEN.findall(N._S_OWNER_RE.sub("’s", text))
    toks = [N._strip_possessive(t) for t in raw]
    # a possessive before a given name and a surname is the person's owner ("CNN's
    # Jake Tapper"), or before a lone surname ("Amoco's Collier": Collier; not a
    # company's suffix, "McDonald's Corp"); no name word ("Connecticut Children's
    # Medical Center" stays)
    owner = max((i for i, t in enumerate(raw[:-1]) if t.endswith(N._OWNER_ENDS)), default=-1)
    if owner >= 0 and not (
        (
            2 <= len(raw) - owner - 1 <= 3
            and N._fold(raw[owner + 1]) in N.lexicon().gender
            or owner == len(raw) - 3
            and N._owned_pair_name(raw[owner:], N.lexicon())
            or owner == len(raw) - 2
            and N._owned_surname(raw[-2:], N.lexicon())
        )
        and all(t[:1].isupper() for t in raw[owner + 1 :])
    ):
        owner = -1
    toks = [t for t in toks if t]
    toks = N._before_of_place(toks)  # "voter Ann Holt of Derry": Ann Holt
    # cut after the last word that cannot be part of a name; a title-like
    # last word ("Martin Luther King Jr.", "Mr. Major") stays a surname
    core_end = len(toks)
    while core_end > 1 and N._fold(toks[core_end - 1]) in N._SUFFIXES:
        core_end -= 1
    cut = owner if owner < core_end - 1 and len(toks) == len(raw) else -1
    for i, t in enumerate(toks[:core_end]):
        f = N._fold(t)
        lower_word = t[:1].islower() and f not in N._PARTICLES
        if lower_word and t[:1] == "d" and N._ELIDED_RE.match(t):
            lower_word = False  # "d’Entremont"
        # "California-based" before a name; not a name's last word ("Ban Ki-moon")
        lower_word |= (
            "-" in t and t.rsplit("-", 1)[1][:1].islower() and (i < core_end - 1 or i == 0)
        )
        article = t in N._ARTICLES or (
            i == 0 and t in ("A", "An", "The")
        )  # not "William A. Ackman"
        title = (
            f in N._TITLES
            and i < core_end - 1
            and not (i == 0 and N._pronoun_surname(toks, N.lexicon()))
        )
        if title and f in N.lexicon().gender:  # "Marine Le Pen", not "Marine John Tiegen"
            title = not N._given_title([N._fold(t) for t in toks], i, N.lexicon().gender)
        elif not title and i == 0 and core_end >= 3 and N._fold(toks[1]) in N.lexicon().gender:
            # (bug69) "Geologist Tom Vale": a role noun before the name
            title = f not in N.lexicon().gender and N._agent_noun(t)
        stop = f in N._STOP and not (
            i == core_end - 1
            and i >= 1
            and t[:1].isupper()
            and N._fold(toks[i - 1]) in N.lexicon().gender
        )  # ("Omar Said": a surname that is also a stop word, after a given name)
        if lower_word or article or stop or title:
            if f in N._TITLES and not (lower_word or article or f in N._STOP):
                if N._org_from(toks, i, N.lexicon()):
                    continue  # "General Electric": a company's name from its title word
            cut = max(cut, i)  # (not before an owner: "The Times’s Maria Lopez")
    # a capitalised gerund before a name is a headline word ("Electing Obama"), not
    # a word of a company's name ("Norvik Trading AB")
    company = N._fold(toks[-1]).rstrip(".") in N.COMPANY_SUFFIXES if toks else False
    for i in range(cut + 1, core_end - 1 if not company else cut + 1):
        f = N._fold(toks[i])
        if len(f) >= 6 and f.endswith("ing") and f not in N._ING_NAMES:
            if "-" in toks[i] and toks[i].rsplit("-", 1)[1][:1].isupper():
                continue  # "Mei-Ling Okafor": a hyphenated given name, no gerund
            cut = i
    gender = N._gender_of(toks[: cut + 1])
    name = toks[cut + 1 :]
    if len(name) == 1 or (name and all(N._fold(t) in N._TITLES | N._SUFFIXES for t in name)):
        f = N._fold(name[0])
        if f in N._TITLES and f not in N._SURNAME_TITLES:
            name = []  # "the President", "Spokesman"
    # drop leading description words while a full name remains
    # (bug69: a company's name keeps them, "South Prairie Energy Ltd.")
    if len(name) >= 3 and all(N._fold(t) in N._SOFT for t in name[:-1]) and not company:
        name = name[-1:]  # "Homeland Security Mayorkas": institution words, a surname
    while len(name) > 2 and N._fold(name[0]) in N._SOFT and not company and not _dotted(name):
        name = name[1:]
    # "Secretary of Homeland Security Mayorkas": after "<title> of" the
    # department words are part of the title, down to a one-word name
    if cut >= 1 and N._fold(toks[cut]) == "of" and N._fold(toks[cut - 1]) in N._TITLES:
        while len(name) > 1 and N._fold(name[0]) in N._SOFT and not _dotted(name):
            name = name[1:]
    # a particle cannot start a name ("al" in "said al Qaeda" aside)
    while name and N._fold(name[0]) in N._PARTICLES and len(name) > 1 and name[0][:1].islower():
        name = name[1:]
    # drop trailing suffixes (Jr., III) from the key, keep them for display
    core = list(name)
    while len(core) > 1 and N._fold(core[-1]) in N._SUFFIXES:
        core.pop()
    display = tuple(
        t if N._fold(t) in N._SUFFIXES or len(t.rstrip(".")) == 1 else t.rstrip(".") for t in name
    )
    key = tuple(k for k in (N._fold(t) for t in core) if k)
    suffix = [N._fold(t) for t in name[len(core) :]]
    if suffix and len(key) == 2:
        # "Donald Trump Jr." is not "Donald Trump"; with a middle name the
        # suffix is formal style ("James B. Comey Jr." = "James B. Comey")
        key = (key[0] + " " + " ".join(suffix), key[1])
    return display, key, gender


def _plain_parse_person_name(text):
    """names.parse_person_name with the plain _parse_part."""
    if not isinstance(text, str) or not text.strip():
        return (), (), None
    parts = N._split_appositions(text[:500])
    for part in parts:
        display, key, gender = _plain_parse_part(part)
        if key:
            if gender is None and len(parts) > 1:
                gender = N._gender_of(
                    w for p in parts if p is not part for w in N._TOKEN.findall(p)
                )
            return display, key, gender
    return _plain_parse_part(text[:500])


_WRITTEN_NAMES = (
    "Russian President Vladimir Putin's",
    "Mrs. Clinton",
    "the spokesman, Alexei Gromov",
    "Martin Luther King Jr.",
    "Donald Trump Jr.",
    "James B. Comey Jr.",
    "Secretary of Homeland Security Mayorkas",
    "Homeland Security Mayorkas",
    "CNN's Jake Tapper",
    "Amoco's Collier",
    "McDonald's Corp",
    "The Times’s Maria Lopez",
    "voter Ann Holt of Derry",
    "Chris Ray of the Justice Department",
    "Marine Le Pen",
    "Marine John Tiegen",
    "Omar Said",
    "General Electric Chairman Ann Roe",
    "Electing Obama",
    "Norvik Trading AB",
    "Mei-Ling Okafor",
    "California-based analyst Ban Ki-moon",
    "Alden d’Entremont",
    "said al Qaeda",
    "the President",
    "Spokesman",
    "He Kang",
    "He Says",
    "Zémin Jiang",
    "Reuters' Tom Lee",
    "CTV News’ Ann Roe",
    "Dr. Ann Roe, III",
    "William A. Ackman",
    "Gov. Ed Rendell",
    "Colette van Rensburg",
    "the deputy minister",
    "",
    "   ",
    "Jr.",
    "Ann Roe — the mayor",
    "Putin, the Russian president",
)

_PIECES = (
    "Ann",
    "Roe",
    "Mr.",
    "Mrs.",
    "Dr.",
    "the",
    "The",
    "of",
    "Jr.",
    "III",
    "Sr.",
    "de",
    "van",
    "al",
    "President",
    "Secretary",
    "Homeland",
    "Security",
    "General",
    "Electric",
    "Corp",
    "Ltd",
    "Electing",
    "Trading",
    "CNN's",
    "Times’s",
    "Reuters'",
    "Mei-Ling",
    "Ki-moon",
    "d’Entremont",
    "He",
    "She",
    "Kang",
    "Said",
    "Omar",
    "Marine",
    "Le",
    "Pen",
    "said",
    ",",
    "—",
    "A",
    "An",
    "Zémin",
    "U.S.",
    "spokesman",
    "former",
    "Sen.",
    "Jones'",
    "Holt",
    "Derry",
)


def test_parse_person_name_equals_the_plain_form_on_written_names():
    for text in _WRITTEN_NAMES:
        assert N.parse_person_name(text) == _plain_parse_person_name(text), text
        assert N._parse_part(text) == _plain_parse_part(text), text


def test_parse_part_equals_the_plain_form_on_seeded_random_names():
    rng = random.Random(28)
    for _ in range(4000):
        text = " ".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 7)))
        assert N._parse_part(text) == _plain_parse_part(text), text
        assert N.parse_person_name(text) == _plain_parse_person_name(text), text


def test_parse_person_name_still_parses_written_names():
    assert N.parse_person_name("Donald Trump Jr.") == (
        ("Donald", "Trump", "Jr."),
        ("donald jr", "trump"),
        None,
    )
    assert N.parse_person_name("Mrs. Clinton")[2] == "f"


def test_role_rules_still_see_the_mentions_first_letter():
    # rules gated on a mention opening with "the" / "his", "her" (each fails when its
    # gate is never open)
    text = '"We will rebuild," the Banff ranger Ann Roe said.'
    assert has_quote(text, "Ann Roe", "We will rebuild")
    assert not has_quote(text, "ranger", "We will rebuild")
    text = 'Ann Roe lost her job in May. "It was hard," her son said. Her son, Tom Roe, is 12.'
    assert has_quote(text, "Tom Roe", "It was hard")
    text = 'Ann Roe and her brother Tom Roe run the farm. "We sell eggs," her brother said.'
    assert has_quote(text, "Tom Roe", "We sell eggs")
