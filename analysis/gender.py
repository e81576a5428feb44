"""Gender of quoted people: the number media monitors publish, the share of women
among the people quoted. This module owns :func:`speaker_gender` (a
``speaker_gender`` column, "female" / "male" / "unknown" for person speakers)
and :func:`gender_share` (quoted people by gender per outlet or month). The
evidence is what the articles write, in this order: a confident first name from
the package's first-name resource (ambiguous names such as "Jordan" or "Kim"
fall below the threshold), honorifics and gendered titles ("Mr.", "Ms.",
"Congresswoman") in the speaker's mentions and in the texts next to the
surname, then the pronouns the extractor resolved to the speaker ("he said").
Conflicting or thin evidence gives "unknown" rather than a guess. Names are not
identities: this measures how people are written about, not who they are.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache
from importlib import resources

import pandas as pd

__all__ = ["speaker_gender", "gender_share", "first_name_gender", "GENDERS"]

GENDERS = ("female", "male", "unknown")

# Given names used for women and men alike (or differently by country): the
# share of the commoner gender, below the default confidence threshold.
_UNISEX = {
    "alex": 0.7,
    "andrea": 0.8,
    "angel": 0.7,
    "ashley": 0.85,
    "avery": 0.6,
    "bobbie": 0.6,
    "cameron": 0.8,
    "carey": 0.6,
    "carmen": 0.85,
    "casey": 0.6,
    "charlie": 0.8,
    "chris": 0.8,
    "dana": 0.7,
    "drew": 0.8,
    "frankie": 0.6,
    "jackie": 0.7,
    "jaime": 0.6,
    "jamie": 0.6,
    "jean": 0.6,
    "jesse": 0.85,
    "jessie": 0.6,
    "jo": 0.75,
    "jody": 0.6,
    "jordan": 0.7,
    "kelly": 0.8,
    "kerry": 0.6,
    "kim": 0.8,
    "kris": 0.6,
    "lee": 0.8,
    "leslie": 0.7,
    "lindsey": 0.8,
    "lynn": 0.8,
    "marion": 0.6,
    "morgan": 0.7,
    "nicola": 0.7,
    "pat": 0.6,
    "quinn": 0.6,
    "riley": 0.6,
    "robin": 0.6,
    "rowan": 0.6,
    "sam": 0.7,
    "sandy": 0.7,
    "sasha": 0.7,
    "shannon": 0.7,
    "shelby": 0.7,
    "sidney": 0.7,
    "stacy": 0.8,
    "taylor": 0.6,
    "terry": 0.7,
    "toni": 0.7,
    "tracy": 0.7,
    "val": 0.6,
    "whitney": 0.8,
    "yan": 0.5,
    "young": 0.5,
}
_HON = re.compile(r"\b(Mr|Mrs|Ms|Miss|Mister|Madam|Sir|Dame|Lady|Lord)\.?\s+([A-Z][\w'’-]+)")
_HON_G = {
    "mr": "m",
    "mister": "m",
    "sir": "m",
    "lord": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "madam": "f",
    "dame": "f",
    "lady": "f",
}
_PRON = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    text = (resources.files("analysis") / "resources" / "first_names.tsv").read_text("utf-8")
    out = {}
    for line in text.splitlines():
        name, _, g = line.partition("\t")
        if name and not name.startswith("#") and g.strip():  # "u": given name of both sexes
            out[name.strip().lower()] = g.strip()
    return out


def first_name_gender(name: str, min_confidence: float = 0.9) -> str | None:
    """ "m" / "f" for a confidently gendered first name, else None. A name the
    1990 US Census gives to both sexes ("u" in resources/first_names.tsv: "Kelly",
    "Jordan") has no sex at any ``min_confidence``; ``_UNISEX`` grades the others.

    Example:
        >>> [first_name_gender(n) for n in ["Maria", "Thomas", "Jordan", "Xq"]]
        ['f', 'm', None, None]
    """
    if not isinstance(name, str):
        return None
    f = name.strip().lower().rstrip(".")
    g = _first_names().get(f)
    if g not in ("m", "f"):
        return None
    return g if _UNISEX.get(f, 0.98) >= min_confidence else None


def _first_token(name: str) -> str:
    """The given name of a display name: "Mr. Tom Li" -> "Tom", "J. Doe" -> ""."""
    from .quotes.names import _TITLES

    for tok in name.split():
        t = tok.strip(".,")
        if t.lower() in _TITLES:
            continue
        return t if len(t) > 1 and t[:1].isupper() else ""
    return ""


def _decide(first: str | None, hon: Counter, text_hon: Counter, pron: Counter) -> str:
    """First name, then honorifics in the mentions, next to the surname in the
    texts (a relative can share it: needs 3 to 1), then pronouns (3 to 1)."""
    if first and hon[_other(first)] < 2 * max(hon[first], 1):
        return "female" if first == "f" else "male"
    if hon["m"] != hon["f"]:
        return "male" if hon["m"] > hon["f"] else "female"
    for c, least in ((text_hon, 1), (pron, 2)):
        m, f = c["m"], c["f"]
        if max(m, f) >= least and min(m, f) * 3 <= max(m, f):
            return "male" if m > f else "female"
    return "unknown"


def _other(g: str) -> str:
    return "f" if g == "m" else "m"


def speaker_gender(
    quotes: pd.DataFrame, articles: pd.DataFrame | None = None, min_confidence: float = 0.9
) -> pd.DataFrame:
    """Add ``speaker_gender`` ("female" / "male" / "unknown"; None for non-persons).

    One value per speaker (``speaker_id`` when resolved, else the speaker name),
    from the first name (resource confidence >= ``min_confidence``), honorifics
    and gendered titles in mentions and next to the surname in ``articles``'
    texts, then pronoun mentions ("she said"). Returns a new frame.

    Example:
        >>> q = pd.DataFrame({"article_id": ["a", "b", "b"], "speaker_type": "person",
        ...                   "speaker": ["Maria Lopez", "Okafor", "Jordan Lee"],
        ...                   "speaker_mention": ["Maria Lopez", "Mr. Okafor", "Jordan Lee"]})
        >>> speaker_gender(q)["speaker_gender"].tolist()
        ['female', 'male', 'unknown']
    """
    from .quotes.names import _FEMALE, _MALE

    out = quotes.copy()
    if out.empty:
        out["speaker_gender"] = pd.Series([], dtype=object)
        return out
    name_col = "speaker_name" if "speaker_name" in out else "speaker"
    key = out["speaker_id"] if "speaker_id" in out else out[name_col]
    key = key.astype(str).tolist()
    names = out[name_col].tolist()
    types = (
        out["speaker_type"].fillna("unknown").astype(str).tolist()
        if "speaker_type" in out
        else ["person"] * len(out)
    )
    ments = out["speaker_mention"].tolist() if "speaker_mention" in out else names
    arts = out["article_id"].astype(str).tolist() if "article_id" in out else ["0"] * len(out)
    texts = {}
    if articles is not None and len(articles) and {"article_id", "text"} <= set(articles):
        texts = dict(zip(articles["article_id"].astype(str), articles["text"], strict=False))
    hon: dict[str, Counter] = defaultdict(Counter)
    text_hon: dict[str, Counter] = defaultdict(Counter)
    pron: dict[str, Counter] = defaultdict(Counter)
    name_of: dict[str, str] = {}
    art_of: dict[str, set] = defaultdict(set)
    for k, n, t, m, a in zip(key, names, types, ments, arts, strict=True):
        if t != "person":
            continue
        name_of.setdefault(k, n if isinstance(n, str) else "")
        art_of[k].add(a)
        if not isinstance(m, str):
            continue
        words = [w.lower().strip(".,'’") for w in m.split()]
        if len(words) == 1 and words[0] in _PRON:
            pron[k][_PRON[words[0]]] += 1
            continue
        for w in words[:-1]:
            if w in _MALE and w not in _PRON:
                hon[k]["m"] += 1
            elif w in _FEMALE and w not in _PRON:
                hon[k]["f"] += 1
    gender: dict[str, str] = {}
    for k, n in name_of.items():
        surname = n.split()[-1] if n.split() else ""
        if surname and len(surname) > 1 and texts:
            for a in sorted(art_of[k])[:5]:
                text = texts.get(a)
                if isinstance(text, str) and surname in text:
                    for h, s in _HON.findall(text[:200_000]):
                        if s.rstrip("'’s") == surname or s == surname:
                            text_hon[k][_HON_G[h.lower()]] += 1
        first = first_name_gender(_first_token(n), min_confidence) if " " in n.strip() else None
        gender[k] = _decide(first, hon[k], text_hon[k], pron[k])
    out["speaker_gender"] = [
        gender.get(k) if t == "person" else None for k, t in zip(key, types, strict=True)
    ]
    return out


def gender_share(
    quotes: pd.DataFrame, articles: pd.DataFrame | None = None, by="source"
) -> pd.DataFrame:
    """Quoted people by gender per ``by`` group (an articles column or "month").

    A person quoted in an article counts once for that article (as media
    monitors count people in stories). Columns: ``by``, gender, people, share
    (of all people in the group, unknown included), share_known (of those with
    a known gender; NaN for "unknown"). Every gender appears in every group.

    Example:
        >>> q = pd.DataFrame({"article_id": ["a", "a", "b"], "speaker_type": "person",
        ...                   "speaker": ["Ann Roe", "Ann Roe", "Tom Li"]})
        >>> a = pd.DataFrame({"article_id": ["a", "b"], "source": ["X", "X"]})
        >>> gender_share(q, a)[["gender", "people", "share"]].values.tolist()
        [['female', 1, 0.5], ['male', 1, 0.5], ['unknown', 0, 0.0]]
    """
    from .speakers import _with_by

    q = quotes if "speaker_gender" in quotes else speaker_gender(quotes, articles)
    q = q[q["speaker_gender"].notna()] if len(q) else q
    cols = [by] if isinstance(by, str) else list(by or [])
    out_cols = [*cols, "gender", "people", "share", "share_known"]
    if q.empty:
        return pd.DataFrame({c: pd.Series([], dtype=object) for c in out_cols})
    q, cols = _with_by(q, by, articles)
    spk = q["speaker_id"] if "speaker_id" in q else q.get("speaker_name", q["speaker"])
    q = q.assign(_spk=spk.astype(str), _art=q["article_id"].astype(str))
    q = q.drop_duplicates([*cols, "_art", "_spk"])
    counts = q.groupby([*cols, "speaker_gender"], dropna=False).size()
    if cols:
        groups = q[cols].drop_duplicates().sort_values(cols, na_position="last")
        idx = pd.MultiIndex.from_tuples(
            [(*g, x) for g in groups.itertuples(index=False, name=None) for x in GENDERS],
            names=[*cols, "speaker_gender"],
        )
    else:
        idx = pd.Index(list(GENDERS), name="speaker_gender")
    res = counts.reindex(idx, fill_value=0).rename("people").reset_index()
    res = res.rename(columns={"speaker_gender": "gender"})
    tot = res.groupby(cols)["people"].transform("sum") if cols else res["people"].sum()
    res["share"] = res["people"] / tot
    known = res["people"].where(res["gender"] != "unknown", 0)
    ktot = known.groupby([res[c] for c in cols]).transform("sum") if cols else known.sum()
    res["share_known"] = (res["people"] / ktot).where(res["gender"] != "unknown")
    res["people"] = res["people"].astype("int64")
    return res[out_cols].reset_index(drop=True)
