"""Score analysis.extract_quotes on the written (fictional) Canadian-style news set.

Run:  .venv/bin/python benchmarks/quotes_written.py [--set first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twentyfirst|twentysecond|twentythird|twentyfourth|twentyfifth|twentysixth|twentyseventh|twentyeighth|twentyninth|thirtieth|thirtyfirst|thirtysecond|thirtythird|thirtyfourth|thirtyfifth|thirtysixth|thirtyseventh|thirtyeighth|thirtyninth|fortieth|fortyfirst|fortysecond|fortythird|fortyfourth|fortyfifth|fortysixth|fortyseventh|fortyeighth|fortyninth|fiftieth|fiftyfirst|fiftysecond|fiftythird|fiftyfourth|fiftyfifth|fiftysixth|fiftyseventh|fiftyeighth|fiftyninth|sixtieth|sixtyfirst|sixtysecond|sixtythird|sixtyfourth|sixtyfifth|sixtysixth|sixtyseventh|sixtyeighth|sixtyninth|seventieth|seventyfirst|seventysecond|seventythird|seventyfourth|seventyfifth|seventysixth|seventyseventh|seventyeighth|seventyninth|eightieth|eightyfirst|all] [--errors N]

Data: tests/data/written_news/NN_name.txt with NN_name.json gold quotes (first batch,
session 10, 01-13), tests/data/written_news2/ (second batch, session 11, 14-25,
written blind: gold committed before the extractor was run on it) and
tests/data/written_news3/ (third batch, session 12, 26-37, written blind too) and
tests/data/written_news4/ (fourth batch, session 13, 38-49, blind too) and
tests/data/written_news5/ (fifth batch, session 14, 50-61, blind too) and
tests/data/written_news6/ (sixth batch, session 15, 62-73, blind too) and
tests/data/written_news7/ (seventh batch, session 16, 74-85, blind too) and
tests/data/written_news8/ (eighth batch, session 16 round 2, 86-93, blind too) and
tests/data/written_news9/ (ninth batch, session 17, 94-101, blind too) and
tests/data/written_news10/ (tenth batch, session 17, 102-109, blind too) and
tests/data/written_news11/ (eleventh batch, session 17 round 2, 110-115, blind too) and
tests/data/written_news12/ (twelfth batch, session 18, 116-123, blind too) and
tests/data/written_news13/ (thirteenth batch, session 18 round 2, 124-129, blind too) and
tests/data/written_news14/ (fourteenth batch, session 19, 130-136, blind too) and
tests/data/written_news15/ (fifteenth batch, session 19 round 2, 137-141, blind too) and
tests/data/written_news16/ (sixteenth batch, session 20, 142-147, blind too) and
tests/data/written_news17/ (seventeenth batch, session 20, 148-153, blind too) and
tests/data/written_news18/ (eighteenth batch, session 20, 154-158, blind too) and
tests/data/written_news19/ (nineteenth batch, session 21, 159-164, blind too) and
tests/data/written_news20/ (twentieth batch, session 21, 165-170, blind too) and
tests/data/written_news21/ (twentyfirst batch, session 21, 171-176, blind too)
tests/data/written_news22/ (twentysecond batch, session 21, 177-182, blind too)
tests/data/written_news23/ (twentythird batch, session 22, 183-188, blind too)
tests/data/written_news24/ (twentyfourth batch, session 22, 189-194, blind too)
tests/data/written_news25/ (twentyfifth batch, session 22, 195-200, blind too)
tests/data/written_news26/ (twentysixth batch, session 22, 201-206, blind too)
tests/data/written_news27/ (twentyseventh batch, session 22 round 2, 207-212, blind too)
tests/data/written_news28/ (twentyeighth batch, session 23, 213-218, blind too)
tests/data/written_news29/ (twentyninth batch, session 23, 219-224, blind too)
tests/data/written_news30/ (thirtieth batch, session 23, 225-230, blind too)
tests/data/written_news31/ (thirtyfirst batch, session 23, 231-236, blind too)
tests/data/written_news32/ (thirtysecond batch, session 23, 237-242, blind too)
tests/data/written_news33/ (thirtythird batch, session 24, 243-248, blind too)
tests/data/written_news34/ (thirtyfourth batch, session 24, 249-254, blind too)
tests/data/written_news35/ (thirtyfifth batch, session 24, 255-260, blind too)
tests/data/written_news36/ (thirtysixth batch, session 24, 261-266, blind too)
tests/data/written_news37/ (thirtyseventh batch, session 24, 267-272, blind too)
tests/data/written_news39/ (thirtyninth batch, session 24, 279-284, blind too)
tests/data/written_news38/ (thirtyeighth batch, session 24, 273-278, blind too)
tests/data/written_news40/ (fortieth batch, session 25, 285-290, blind too)
tests/data/written_news41/ (fortyfirst batch, session 25, 291-296, blind too)
tests/data/written_news42/ (fortysecond batch, session 25, 297-302, blind too)
tests/data/written_news43/ (fortythird batch, session 25, 303-308, blind too)
tests/data/written_news44/ (fortyfourth batch, session 26, 309-314, blind too)
tests/data/written_news45/ (fortyfifth batch, session 26, 315-320, blind too)
tests/data/written_news46/ (fortysixth batch, session 26, 321-326, blind too)
tests/data/written_news47/ (fortyseventh batch, session 26, 327-332, blind too)
tests/data/written_news48/ (fortyeighth batch, session 26, 333-338, blind too)
tests/data/written_news49/ (fortyninth batch, session 26, 339-344, blind too)
tests/data/written_news50/ (fiftieth batch, session 27, 345-350, blind too)
tests/data/written_news51/ (fiftyfirst batch, session 27, 351-356, blind too)
tests/data/written_news52/ (fiftysecond batch, session 27, 357-362, blind too)
tests/data/written_news53/ (fiftythird batch, session 27, 363-368, blind too)
tests/data/written_news54/ (fiftyfourth batch, session 27, 369-374, blind too)
tests/data/written_news55/ (fiftyfifth batch, session 28, 375-380, blind too)
tests/data/written_news56/ (fiftysixth batch, session 28, 381-386, blind too)
tests/data/written_news57/ (fiftyseventh batch, session 28, 387-392, blind too)
tests/data/written_news58/ (fiftyeighth batch, session 28, 393-398, blind too)
tests/data/written_news59/ (fiftyninth batch, session 29, 399-404, blind too)
tests/data/written_news60/ (sixtieth batch, session 29, 405-410, blind too)
tests/data/written_news61/ (sixtyfirst batch, session 29, 411-416, blind too)
tests/data/written_news62/ (sixtysecond batch, session 29, 417-422, blind too)
tests/data/written_news63/ (sixtythird batch, session 29, 423-428, blind too)
tests/data/written_news64/ (sixtyfourth batch, session 30, 429-434, blind too)
tests/data/written_news65/ (sixtyfifth batch, session 30, 435-440, blind too)
tests/data/written_news66/ (sixtysixth batch, session 30, 441-446, blind too)
tests/data/written_news67/ (sixtyseventh batch, session 30, 447-452, blind too)
tests/data/written_news68/ (sixtyeighth batch, session 30, 453-458, blind too)
tests/data/written_news69/ (sixtyninth batch, session 31, 459-464, blind too)
tests/data/written_news70/ (seventieth batch, session 31, 465-470, blind too)
tests/data/written_news71/ (seventyfirst batch, session 31, 471-476, blind too)
tests/data/written_news72/ (seventysecond batch, session 31, 477-482, blind too)
tests/data/written_news73/ (seventythird batch, session 31, 483-488, blind too)
tests/data/written_news74/ (seventyfourth batch, session 32, 489-494, blind too)
tests/data/written_news75/ (seventyfifth batch, session 32, 495-500, blind too)
tests/data/written_news76/ (seventysixth batch, session 32, 501-506, blind too)
tests/data/written_news77/ (seventyseventh batch, session 32, 507-512, blind too)
tests/data/written_news78/ (seventyeighth batch, session 33, 513-518, blind too)
tests/data/written_news79/ (seventyninth batch, session 33, 519-524, blind too)
tests/data/written_news80/ (eightieth batch, session 33, 525-530, blind too)
tests/data/written_news81/ (eightyfirst batch, session 33, 531-536, blind too)
({"start", "end", "speaker", "text"}; see that folder's README.md: every article is
fiction written for newslens). The gold is validated first (``validate``): each
span's text must equal the .txt slice, be non-empty, carry no outer whitespace or
unbalanced curly quotation marks, and not overlap another span.

Metric (the held-out Canadian set's, as issue #12 describes it):
* Predictions: every ``extract_quotes`` row (one row per contiguous quoted or
  reported stretch; '"A," he said. "B."' is two rows, as it is two gold quotes).
* Matching: a prediction matches a gold quote when it covers at least 30% of the
  gold span (characters of the gold span inside the predicted [start, end)). Pairs
  are matched one-to-one, greedily by overlap (largest first). Precision = matched /
  predictions, recall = matched / gold, F1 their harmonic mean, pooled over articles.
* Speaker accuracy = share of matched pairs whose predicted ``speaker`` matches the
  gold full name: equal after lower-casing, or the gold's last name word (of any of
  the names in "A and B") is a word of the prediction, or the prediction's last word
  is a word of the gold name (stopwords and titles dropped on both sides).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATA = ROOT / "tests" / "data" / "written_news"
DATA2 = ROOT / "tests" / "data" / "written_news2"
DATA3 = ROOT / "tests" / "data" / "written_news3"
DATA4 = ROOT / "tests" / "data" / "written_news4"
DATA5 = ROOT / "tests" / "data" / "written_news5"
DATA6 = ROOT / "tests" / "data" / "written_news6"
DATA7 = ROOT / "tests" / "data" / "written_news7"
DATA8 = ROOT / "tests" / "data" / "written_news8"
DATA9 = ROOT / "tests" / "data" / "written_news9"
DATA10 = ROOT / "tests" / "data" / "written_news10"
DATA11 = ROOT / "tests" / "data" / "written_news11"
DATA12 = ROOT / "tests" / "data" / "written_news12"
DATA13 = ROOT / "tests" / "data" / "written_news13"
DATA14 = ROOT / "tests" / "data" / "written_news14"
DATA15 = ROOT / "tests" / "data" / "written_news15"
DATA16 = ROOT / "tests" / "data" / "written_news16"
DATA17 = ROOT / "tests" / "data" / "written_news17"
DATA18 = ROOT / "tests" / "data" / "written_news18"
DATA19 = ROOT / "tests" / "data" / "written_news19"
DATA20 = ROOT / "tests" / "data" / "written_news20"
DATA21 = ROOT / "tests" / "data" / "written_news21"
DATA22 = ROOT / "tests" / "data" / "written_news22"
DATA23 = ROOT / "tests" / "data" / "written_news23"
DATA24 = ROOT / "tests" / "data" / "written_news24"
DATA25 = ROOT / "tests" / "data" / "written_news25"
DATA26 = ROOT / "tests" / "data" / "written_news26"
DATA27 = ROOT / "tests" / "data" / "written_news27"
DATA28 = ROOT / "tests" / "data" / "written_news28"
DATA29 = ROOT / "tests" / "data" / "written_news29"
DATA30 = ROOT / "tests" / "data" / "written_news30"
DATA31 = ROOT / "tests" / "data" / "written_news31"
DATA32 = ROOT / "tests" / "data" / "written_news32"
DATA33 = ROOT / "tests" / "data" / "written_news33"
DATA34 = ROOT / "tests" / "data" / "written_news34"
DATA35 = ROOT / "tests" / "data" / "written_news35"
DATA36 = ROOT / "tests" / "data" / "written_news36"
DATA37 = ROOT / "tests" / "data" / "written_news37"
DATA38 = ROOT / "tests" / "data" / "written_news38"
DATA39 = ROOT / "tests" / "data" / "written_news39"
DATA40 = ROOT / "tests" / "data" / "written_news40"
DATA41 = ROOT / "tests" / "data" / "written_news41"
DATA42 = ROOT / "tests" / "data" / "written_news42"
DATA43 = ROOT / "tests" / "data" / "written_news43"
DATA44 = ROOT / "tests" / "data" / "written_news44"
DATA45 = ROOT / "tests" / "data" / "written_news45"
DATA46 = ROOT / "tests" / "data" / "written_news46"
DATA47 = ROOT / "tests" / "data" / "written_news47"
DATA48 = ROOT / "tests" / "data" / "written_news48"
DATA49 = ROOT / "tests" / "data" / "written_news49"
DATA50 = ROOT / "tests" / "data" / "written_news50"
DATA51 = ROOT / "tests" / "data" / "written_news51"
DATA52 = ROOT / "tests" / "data" / "written_news52"
DATA53 = ROOT / "tests" / "data" / "written_news53"
DATA54 = ROOT / "tests" / "data" / "written_news54"
DATA55 = ROOT / "tests" / "data" / "written_news55"
DATA56 = ROOT / "tests" / "data" / "written_news56"
DATA57 = ROOT / "tests" / "data" / "written_news57"
DATA58 = ROOT / "tests" / "data" / "written_news58"
DATA59 = ROOT / "tests" / "data" / "written_news59"
DATA60 = ROOT / "tests" / "data" / "written_news60"
DATA61 = ROOT / "tests" / "data" / "written_news61"
DATA62 = ROOT / "tests" / "data" / "written_news62"
DATA63 = ROOT / "tests" / "data" / "written_news63"
DATA64 = ROOT / "tests" / "data" / "written_news64"
DATA65 = ROOT / "tests" / "data" / "written_news65"
DATA66 = ROOT / "tests" / "data" / "written_news66"
DATA67 = ROOT / "tests" / "data" / "written_news67"
DATA68 = ROOT / "tests" / "data" / "written_news68"
DATA69 = ROOT / "tests" / "data" / "written_news69"
DATA70 = ROOT / "tests" / "data" / "written_news70"
DATA71 = ROOT / "tests" / "data" / "written_news71"
DATA72 = ROOT / "tests" / "data" / "written_news72"
DATA73 = ROOT / "tests" / "data" / "written_news73"
DATA74 = ROOT / "tests" / "data" / "written_news74"
DATA75 = ROOT / "tests" / "data" / "written_news75"
DATA76 = ROOT / "tests" / "data" / "written_news76"
DATA77 = ROOT / "tests" / "data" / "written_news77"
DATA78 = ROOT / "tests" / "data" / "written_news78"
DATA79 = ROOT / "tests" / "data" / "written_news79"
DATA80 = ROOT / "tests" / "data" / "written_news80"
DATA81 = ROOT / "tests" / "data" / "written_news81"
SETS = {
    "first": [DATA],
    "second": [DATA2],
    "third": [DATA3],
    "fourth": [DATA4],
    "fifth": [DATA5],
    "sixth": [DATA6],
    "seventh": [DATA7],
    "eighth": [DATA8],
    "ninth": [DATA9],
    "tenth": [DATA10],
    "eleventh": [DATA11],
    "twelfth": [DATA12],
    "thirteenth": [DATA13],
    "fourteenth": [DATA14],
    "fifteenth": [DATA15],
    "sixteenth": [DATA16],
    "seventeenth": [DATA17],
    "eighteenth": [DATA18],
    "nineteenth": [DATA19],
    "twentieth": [DATA20],
    "twentyfirst": [DATA21],
    "twentysecond": [DATA22],
    "twentythird": [DATA23],
    "twentyfourth": [DATA24],
    "twentyfifth": [DATA25],
    "twentysixth": [DATA26],
    "twentyseventh": [DATA27],
    "twentyeighth": [DATA28],
    "twentyninth": [DATA29],
    "thirtieth": [DATA30],
    "thirtyfirst": [DATA31],
    "thirtysecond": [DATA32],
    "thirtythird": [DATA33],
    "thirtyfourth": [DATA34],
    "thirtyfifth": [DATA35],
    "thirtysixth": [DATA36],
    "thirtyseventh": [DATA37],
    "thirtyeighth": [DATA38],
    "thirtyninth": [DATA39],
    "fortieth": [DATA40],
    "fortyfirst": [DATA41],
    "fortysecond": [DATA42],
    "fortythird": [DATA43],
    "fortyfourth": [DATA44],
    "fortyfifth": [DATA45],
    "fortysixth": [DATA46],
    "fortyseventh": [DATA47],
    "fortyeighth": [DATA48],
    "fortyninth": [DATA49],
    "fiftieth": [DATA50],
    "fiftyfirst": [DATA51],
    "fiftysecond": [DATA52],
    "fiftythird": [DATA53],
    "fiftyfourth": [DATA54],
    "fiftyfifth": [DATA55],
    "fiftysixth": [DATA56],
    "fiftyseventh": [DATA57],
    "fiftyeighth": [DATA58],
    "fiftyninth": [DATA59],
    "sixtieth": [DATA60],
    "sixtyfirst": [DATA61],
    "sixtysecond": [DATA62],
    "sixtythird": [DATA63],
    "sixtyfourth": [DATA64],
    "sixtyfifth": [DATA65],
    "sixtysixth": [DATA66],
    "sixtyseventh": [DATA67],
    "sixtyeighth": [DATA68],
    "sixtyninth": [DATA69],
    "seventieth": [DATA70],
    "seventyfirst": [DATA71],
    "seventysecond": [DATA72],
    "seventythird": [DATA73],
    "seventyfourth": [DATA74],
    "seventyfifth": [DATA75],
    "seventysixth": [DATA76],
    "seventyseventh": [DATA77],
    "seventyeighth": [DATA78],
    "seventyninth": [DATA79],
    "eightieth": [DATA80],
    "eightyfirst": [DATA81],
    "all": [
        DATA,
        DATA2,
        DATA3,
        DATA4,
        DATA5,
        DATA6,
        DATA7,
        DATA8,
        DATA9,
        DATA10,
        DATA11,
        DATA12,
        DATA13,
        DATA14,
        DATA15,
        DATA16,
        DATA17,
        DATA18,
        DATA19,
        DATA20,
        DATA21,
        DATA22,
        DATA23,
        DATA24,
        DATA25,
        DATA26,
        DATA27,
        DATA28,
        DATA29,
        DATA30,
        DATA31,
        DATA32,
        DATA33,
        DATA34,
        DATA35,
        DATA36,
        DATA37,
        DATA38,
        DATA39,
        DATA40,
        DATA41,
        DATA42,
        DATA43,
        DATA44,
        DATA45,
        DATA46,
        DATA47,
        DATA48,
        DATA49,
        DATA50,
        DATA51,
        DATA52,
        DATA53,
        DATA54,
        DATA55,
        DATA56,
        DATA57,
        DATA58,
        DATA59,
        DATA60,
        DATA61,
        DATA62,
        DATA63,
        DATA64,
        DATA65,
        DATA66,
        DATA67,
        DATA68,
        DATA69,
        DATA70,
        DATA71,
        DATA72,
        DATA73,
        DATA74,
        DATA75,
        DATA76,
        DATA77,
        DATA78,
        DATA79,
        DATA80,
        DATA81,
    ],
}
STOP = {"a", "an", "the", "of", "and", "s", "mr", "mrs", "ms", "dr", "coun", "its", "his", "her"}


def load(data: Path = DATA):
    """[(name, text, gold spans)] for every article of the set, in name order.

    >>> arts = load()
    >>> len(arts) >= 12 and all(g for _, _, g in arts)
    True
    """
    out = []
    for txt in sorted(data.glob("*.txt")):
        text = txt.read_text(encoding="utf-8")
        gold = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        out.append((txt.stem, text, gold))
    return out


def validate(articles) -> list[str]:
    """Problems found in the gold offsets (empty when all is well).

    >>> validate([("x", "He said it.", [{"start": 3, "end": 7, "speaker": "A", "text": "said"}])])
    []
    """
    problems = []
    for name, text, gold in articles:
        last_end = -1
        for g in sorted(gold, key=lambda g: g["start"]):
            s, e, span = g["start"], g["end"], g["text"]
            where = f"{name}@{s}"
            if not 0 <= s < e <= len(text) or text[s:e] != span:
                problems.append(f"{where}: offsets do not give {span[:40]!r}")
            elif span != span.strip() or span.count("“") != span.count("”"):
                problems.append(f"{where}: outer whitespace or unbalanced quotes in {span[:40]!r}")
            if s < last_end:
                problems.append(f"{where}: overlaps the previous span")
            if not g.get("speaker"):
                problems.append(f"{where}: no speaker")
            last_end = max(last_end, e)
    return problems


def _words(s: str) -> list[str]:
    return [w for w in re.findall(r"[a-zà-ÿ]+(?:-[a-zà-ÿ]+)*", s.lower()) if w not in STOP]


def speaker_ok(pred: str, gold: str) -> bool:
    """True when the predicted speaker names the gold speaker (see module doc).

    >>> speaker_ok("Lee", "Dana Lee"), speaker_ok("Ms. Lee", "Dana Lee"), speaker_ok("he", "Dana Lee")
    (True, True, False)
    """
    if not isinstance(pred, str) or not pred.strip():
        return False
    if pred.strip().lower() == gold.strip().lower():
        return True
    pw, gw = _words(pred), _words(gold)
    if not pw or not gw:
        return False
    lasts = {_words(part)[-1] for part in re.split(r"\band\b", gold) if _words(part)}
    return bool(lasts & set(pw)) or pw[-1] in gw


def match(pred, gold):
    """One-to-one greedy matches [(pred index, gold index)] by covered gold characters.

    >>> match([(0, 10)], [{"start": 5, "end": 20}, {"start": 0, "end": 4}])
    [(0, 0)]
    """
    pairs = []
    for i, (ps, pe) in enumerate(pred):
        for j, g in enumerate(gold):
            cov = min(pe, g["end"]) - max(ps, g["start"])
            if cov > 0 and cov >= 0.3 * (g["end"] - g["start"]):
                pairs.append((cov, i, j))
    used_p, used_g, out = set(), set(), []
    for _, i, j in sorted(pairs, key=lambda t: (-t[0], t[1], t[2])):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return sorted(out)


def score(articles=None, errors: list | None = None) -> dict:
    """P/R/F1 and speaker accuracy of ``extract_quotes`` on the set; with ``errors``
    a list, append (kind, article, text, detail) for misses, false positives and
    speaker errors.

    >>> r = score()
    >>> 0 <= r["f1"] <= 1 and 0 <= r["speaker"] <= 1
    True
    """
    import pandas as pd

    from analysis import extract_quotes

    articles = load() if articles is None else articles
    frame = pd.DataFrame({"article_id": [a[0] for a in articles], "text": [a[1] for a in articles]})
    quotes = extract_quotes(frame)
    n_pred = n_gold = n_match = n_spk = 0
    for name, text, gold in articles:
        rows = quotes[quotes["article_id"] == name].reset_index(drop=True)
        pred = list(zip(rows["start"].tolist(), rows["end"].tolist(), strict=True))
        pairs = match(pred, gold)
        n_pred, n_gold, n_match = n_pred + len(pred), n_gold + len(gold), n_match + len(pairs)
        for i, j in pairs:
            ok = speaker_ok(rows.at[i, "speaker"], gold[j]["speaker"])
            n_spk += ok
            if not ok and errors is not None:
                got = f"{rows.at[i, 'speaker']!r} (mention {rows.at[i, 'speaker_mention']!r})"
                errors.append(
                    ("speaker", name, gold[j]["text"], f"gold {gold[j]['speaker']!r}, got {got}")
                )
        if errors is not None:
            hit_p, hit_g = {i for i, _ in pairs}, {j for _, j in pairs}
            for j, g in enumerate(gold):
                if j not in hit_g:
                    ctx = text[max(0, g["start"] - 80) : g["end"] + 80].replace("\n", " ")
                    errors.append(("miss", name, g["text"], f"{g['speaker']!r} | ...{ctx}..."))
            for i in range(len(pred)):
                if i not in hit_p:
                    r = rows.iloc[i]
                    errors.append(
                        (
                            "false+",
                            name,
                            r["quote"],
                            f"cue {r['cue']!r} speaker {r['speaker']!r} kind {r['kind']}",
                        )
                    )
    p = n_match / n_pred if n_pred else 0.0
    r = n_match / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"gold": n_gold, "pred": n_pred, "matched": n_match, "p": p, "r": r, "f1": f1,
            "speaker": n_spk / n_match if n_match else 0.0}  # fmt: skip


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", type=int, default=0, help="print up to N errors of each kind")
    ap.add_argument("--set", choices=sorted(SETS), default="all", help="which batch (default all)")
    args = ap.parse_args(argv)
    articles = [a for d in SETS[args.set] for a in load(d)]
    problems = validate(articles)
    if problems:
        print("\n".join(problems))
        return 1
    errors: list = []
    res = score(articles, errors)
    print(
        f"written news set ({args.set}): {len(articles)} articles, {res['gold']} gold quotes, {res['pred']} predicted"
    )
    print(f"P {res['p']:.3f}  R {res['r']:.3f}  F1 {res['f1']:.3f}  speaker {res['speaker']:.3f} "
          f"({res['matched']} matched)")  # fmt: skip
    for kind in ("miss", "false+", "speaker"):
        rows = [e for e in errors if e[0] == kind]
        print(f"\n== {kind}: {len(rows)}")
        for _, name, quote, detail in rows[: args.errors]:
            print(f"[{name}] {quote[:110]!r}\n     {detail[:260]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
