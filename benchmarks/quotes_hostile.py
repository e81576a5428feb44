"""Scaling check of analysis.extract_quotes on pathological articles (hostile input).

Run:
  .venv/bin/python benchmarks/quotes_hostile.py [--sizes 25000,50000,100000] [--only NAME]
  .venv/bin/python benchmarks/quotes_hostile.py --sizes 80000,320000 --base REF

Each generator builds a fictional article of about n characters from one hostile
pattern (thousands of unclosed quotes, name runs, "He said." paragraphs, ...); the
script times ``extract_quotes`` on it (one article per call, and the same text cut
into 5,000-character articles in one call) at each size and prints the time ratio for
each doubling: a ratio clearly above 2.3x means superlinear growth. No shared data.

A rule can stay linear and still cost twice as much per character as before (a search
run once per quotation block, say). ``--base REF`` also times the code at git ref REF
(extracted with ``git archive``, as ``quotes_exact.py --time`` does) on the same texts,
alternating with the working tree, and prints the working tree's time over the base's
at each size; "SLOWER" marks a generator that costs 1.5x the base or more at its
largest size.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

from analysis import extract_quotes  # noqa: E402

FIRST = ["Alma", "Boris", "Celia", "Dmitri", "Edna", "Farid", "Greta", "Hugo", "Ines", "Jonas"]
LAST = ["Quill", "Rasko", "Stellan", "Torvik", "Umber", "Varga", "Wendt", "Xaver", "Yolen", "Zorn"]


def _fill(unit, n):
    """``unit(i)`` repeated until the text has n characters."""
    out, size, i = [], 0, 0
    while size < n:
        s = unit(i)
        out.append(s)
        size += len(s)
        i += 1
    return "".join(out)[:n]


def _name(i):
    a = FIRST[i % 10] + FIRST[(i // 10) % 10].lower()[:3]
    b = LAST[(i // 100) % 10] + LAST[(i // 1000) % 10].lower()[:3] + LAST[i % 7].lower()[:2]
    return f"{a} {b}"


GENERATORS = {
    "open_quotes": lambda n: _fill(lambda i: "“word ", n),
    "open_straight": lambda n: _fill(lambda i: '"word ', n),
    "alt_curly": lambda n: _fill(lambda i: "“ ” ", n),
    "alt_curly_nospace": lambda n: _fill(lambda i: "“”", n),
    "straight_only": lambda n: '"' * n,
    "said_tokens": lambda n: _fill(lambda i: "said ", n),
    "said_sent": lambda n: _fill(lambda i: "Said said said. ", n),
    "according_to": lambda n: _fill(lambda i: "according to ", n),
    "colons": lambda n: _fill(lambda i: ": ", n),
    "colon_nospace": lambda n: ":" * n,
    "dashes": lambda n: _fill(lambda i: "— ", n),
    "parens": lambda n: _fill(lambda i: "( ", n),
    "parens_open_close": lambda n: _fill(lambda i: "(a ", n) + ")",
    "caps_run": lambda n: _fill(lambda i: LAST[i % 10] + " ", n),
    "caps_run_said": lambda n: _fill(lambda i: LAST[i % 10] + " ", n) + 'said "yes."',
    "mr_run": lambda n: _fill(lambda i: "Mr. ", n),
    "mr_run_said": lambda n: "“Yes,” said " + _fill(lambda i: "Mr. ", n) + "Zorn.",
    "title_run": lambda n: _fill(lambda i: "President Senator Dr. Gov. ", n),
    "distinct_names": lambda n: _fill(lambda i: f"“Item {i},” {_name(i)} said. ", n),
    "distinct_names_par": lambda n: _fill(lambda i: f"“Item {i},” said {_name(i)}.\n\n", n),
    "distinct_names_then_pron": lambda n: _fill(
        lambda i: f"{_name(i)} spoke. “Fine,” he said. Mr. {_name(i).split()[1]} said no.\n\n", n
    ),
    "he_said_pars": lambda n: _fill(lambda i: "He said.\n\n", n),
    "he_said_quote_pars": lambda n: _fill(lambda i: "“Yes,” he said.\n\n", n),
    "carried_quotes": lambda n: (
        "“Go,” Ann Zorn said.\n\n" + _fill(lambda i: "“More words.”\n\n", n)
    ),
    "colon_frame_pars": lambda n: _fill(lambda i: "Ann Zorn added:\n\n“Yes.”\n\n", n),
    "long_word": lambda n: "a" * n,
    "long_word_quoted": lambda n: "“" + "a" * n + ",” he said.",
    "qa_turns": lambda n: _fill(lambda i: "Q: Why now?\nA: Because.\n", n),
    "name_turns": lambda n: _fill(lambda i: f"{LAST[i % 10].upper()}: Words here.\n", n),
    "nested": lambda n: _fill(lambda i: "‘“", n),
    "nested_words": lambda n: _fill(lambda i: "‘a “b ", n),
    "dash_lines": lambda n: _fill(lambda i: f"“Yes.”\n— {_name(i)}, Ottawa\n", n),
    "newlines": lambda n: "\n" * n,
    "cr_only": lambda n: _fill(lambda i: "“Yes,” he said.\r", n),
    "nul": lambda n: _fill(lambda i: "\x00said\x00“", n),
    "surrogates": lambda n: _fill(lambda i: "\ud800“a\udfff” said Zorn. ", n),
    "zwj": lambda n: _fill(lambda i: "Zo\u200drn said \u200d“a\u200d.” ", n),
    "combining": lambda n: _fill(lambda i: "Zo\u0301rn\u0301 said “a\u0308.” ", n),
    "rtl": lambda n: _fill(lambda i: "\u202eZorn said \u202b“yes.”\u202c ", n),
    "fullwidth": lambda n: _fill(lambda i: "「Yes，」Zorn said。 ＂No．＂ ", n),
    "emoji": lambda n: _fill(lambda i: "😀 “🎉,” 👨‍👩‍👧 said. ", n),
    "quote_said_no_close": lambda n: _fill(lambda i: "“Yes, said Zorn. ", n),
    "close_only": lambda n: _fill(lambda i: "word” ", n),
    "apostrophes": lambda n: _fill(lambda i: "'a ' ", n),
    "commas": lambda n: _fill(lambda i: ", ", n),
    "that_chain": lambda n: "Zorn said " + _fill(lambda i: "that ", n),
    "who_chain": lambda n: "Zorn, " + _fill(lambda i: "who said ", n) + "it.",
    "official_chain": lambda n: _fill(lambda i: "a senior official said ", n),
    "one_par_sentences": lambda n: _fill(lambda i: f"{_name(i)} said it. ", n),
    "dots": lambda n: _fill(lambda i: "U.S. ", n),
    "tabs_spaces": lambda n: _fill(lambda i: " \t", n),
    "dash_quote_run": lambda n: _fill(lambda i: "— “We will win this now.” ", n),
    "dash_quote_pars": lambda n: _fill(lambda i: f"“We will win this now.” — {_name(i)}\n\n", n),
    "same_speaker": lambda n: _fill(lambda i: "“Yes, we will,” Ann Zorn said. ", n),
    "mixed_one_sentence": lambda n: _fill(lambda i: f"“a b,” said {_name(i)}, ", n),
    "colon_chain": lambda n: _fill(lambda i: "Zorn said: ", n),
    "name_list_said": lambda n: _fill(lambda i: f"{_name(i)}, ", n) + "said it.",
    "surname_mentions": lambda n: (
        "".join(f"{_name(i)} is here. " for i in range(n // 60))
        + _fill(lambda i: f"Mr. {_name(i).split()[1]} said no. ", n // 2)
    ),
    "he_only": lambda n: _fill(lambda i: "“No,” he said. “Yes,” she said. They said so.\n", n),
    "paren_said": lambda n: _fill(lambda i: "(Zorn said ", n),
    "acc_names": lambda n: _fill(lambda i: f"according to {_name(i)} and ", n),
    "line_seps": lambda n: _fill(lambda i: "“Yes,”\u2028he said\x85\x0b\x0c “No.”\u2029", n),
    "single_quotes": lambda n: _fill(lambda i: "‘a ’ ‘ ", n),
    "guillemets": lambda n: _fill(lambda i: "« a « b » ", n),
    "low_quotes": lambda n: _fill(lambda i: "„a“ „ ", n),
    "quote_saying": lambda n: _fill(lambda i: "“We will, we will,” saying ", n),
    "quote_noting_sent": lambda n: _fill(lambda i: "Zorn left, “we will,” noting it. ", n),
    "distinct_caps_turns": lambda n: (
        "Talk.\n" + _fill(lambda i: f"{_name(i).upper()}: I said we will do it.\n", n)
    ),
    "distinct_title_turns": lambda n: (
        "Talk.\n" + _fill(lambda i: f"{_name(i)}: I said we will do it.\n", n)
    ),
    "same_surname": lambda n: _fill(
        lambda i: f"“Item,” {_name(i).split()[0]} Zorn said. “More,” Zorn said. ", n
    ),
    "same_first": lambda n: _fill(
        lambda i: f"“Item,” Ann {_name(i).split()[1]} said. “More,” Ann said. ", n
    ),
    "apposition_run": lambda n: (
        _fill(lambda i: f"{_name(i)}, the minister of {_name(i + 1)}, ", n) + "said “yes.”"
    ),
    "the_official": lambda n: _fill(
        lambda i: f"“Item,” said {['the official', 'a spokesman', 'the agency', 'they'][i % 4]}. ",
        n,
    ),
    "told_reporters": lambda n: _fill(lambda i: f"{_name(i)} told reporters that it was true. ", n),
    "headline_quotes": lambda n: _fill(lambda i: "“We will win”: Zorn\n", n),
    "tiny_articles": lambda n: _fill(lambda i: "“Yes,” Zorn said.\n", n),
    # session 17: shapes of the rules added in sessions 11-16 (coref descriptions, lone
    # surnames, company resolution, carried paragraphs, Q:/A: interviewee, possessives)
    "names_pron_one_par": lambda n: _fill(
        lambda i: f"{_name(i)} spoke. “Yes,” he said. “No,” she said. ", n
    ),
    "names_pron_pars": lambda n: _fill(
        lambda i: f"{_name(i)} spoke.\n\n“Yes,” he said.\n\n“No,” she said.\n\n", n
    ),
    "descriptions": lambda n: _fill(
        lambda i: "“Item,” {} said. ".format(
            ["the company", "the judge", "the 31-year-old", "the minister"][i % 4]
        ),
        n,
    ),
    "descriptions_names": lambda n: _fill(
        lambda i: f"{_name(i)}, a judge, spoke. “Item,” the judge said.\n\n", n
    ),
    "company_said": lambda n: _fill(
        lambda i: f"{LAST[i % 10]} Corp. {LAST[(i // 10) % 10]} Inc. “Item,” the company said. ", n
    ),
    "lone_surnames_shared": lambda n: (
        "".join(f"{FIRST[i % 10]} {LAST[i % 3]} spoke. " for i in range(30))
        + _fill(lambda i: f"“Item,” {LAST[i % 3]} said. ", n)
    ),
    "lone_surnames_many": lambda n: (
        _fill(
            lambda i: f"{_name(i)} spoke. {_name(i + 7).split()[0]} {_name(i).split()[1]} spoke. ",
            n // 2,
        )
        + _fill(lambda i: f"“Item,” {_name(i).split()[1]} said. ", n // 2)
    ),
    "qa_lines": lambda n: (
        "Ann Zorn spoke.\n" + _fill(lambda i: "Q: Why now?\nA: Because we will.\n", n)
    ),
    "qa_one_line": lambda n: _fill(lambda i: "Q: Why? A: So. ", n),
    "em_dash_asides": lambda n: _fill(lambda i: f"“We will — {_name(i)} said — win,” he said. ", n),
    "dash_asides_one": lambda n: _fill(lambda i: "a — b — ", n),
    "according_names": lambda n: _fill(lambda i: f"It is so, according to {_name(i)}. ", n),
    "owner_said": lambda n: _fill(lambda i: f"{_name(i)}’s lawyer said “yes.” ", n),
    "owner_said_pars": lambda n: _fill(
        lambda i: f"“Item,” {LAST[i % 10]}’s {['lawyer', 'spokesman', 'office'][i % 3]} said.\n\n",
        n,
    ),
    "said_that_chain": lambda n: _fill(lambda i: f"{_name(i)} said that ", n) + "it rained.",
    "said_that_pars": lambda n: _fill(lambda i: f"{_name(i)} said that it rained.\n\n", n),
    "open_no_close_said": lambda n: _fill(lambda i: f"“We will, {_name(i)} said. ", n),
    "open_no_close_pars": lambda n: _fill(lambda i: "“We will win this.\n\n", n),
    "caps_line": lambda n: _fill(lambda i: f"{LAST[i % 10]} {FIRST[i % 7]} ", n) + "said it.",
    "caps_line_quote": lambda n: "“Yes,” " + _fill(lambda i: f"{FIRST[i % 10]} ", n) + "said.",
    "one_surname_many_given": lambda n: _fill(
        lambda i: "“Item,” A{} Zorn said. ".format(
            "".join(
                "bdfgklmnprstvz"[(i // 14**k) % 14] + "aeiou"[(i // 5**k) % 5] for k in range(4)
            )
        ),
        n,
    ),
    "apostrophes_curly": lambda n: _fill(lambda i: "Zorn’s ‘a’ don’t ’90s ", n),
    "apostrophes_mixed": lambda n: _fill(lambda i: "it's ' ’ ‘ “ ” \" ", n),
    # session 22 (hostile28): controls inside names, one-word paragraphs, dense quote
    # marks, reporting-verb runs with quotes, long title chains, surrogate-heavy text
    "bidi_in_names": lambda n: _fill(
        lambda i: (
            f"“Item {i},” said {FIRST[i % 10]}\u200d\u2067 {LAST[(i // 10) % 10]}\u2069"
            f"\u200b{LAST[i % 7]}\u202e. "
        ),
        n,
    ),
    "one_word_pars": lambda n: _fill(lambda i: ["Said", "“Yes", "he", "Zorn”"][i % 4] + "\n\n", n),
    "quote_every_other": lambda n: _fill(lambda i: "“a”b"[i % 4], n),
    "said_said_quotes": lambda n: _fill(lambda i: "“Yes,” said said said Zorn said ", n),
    "title_chain_said": lambda n: (
        "“Yes,” said "
        + _fill(lambda i: ["Deputy ", "Chief ", "Senior ", "Associate ", "Minister "][i % 5], n)
        + "Ann Zorn."
    ),
    "long_names_pars": lambda n: _fill(
        lambda i: "“Item,” said " + " ".join(FIRST[(i + k) % 10] for k in range(40)) + ".\n\n",
        n,
    ),
    # session 38 (speed54): "the company" resolution in long articles ('"...," a
    # statement from the company read' and '"...," the company said' runs, one trade
    # body named between them; and a run of "the company said" with no name at all)
    "statement_company_read": lambda n: _fill(
        lambda i: (
            "“Yes,” a statement from the company read. "
            "A statement from the Guild of Bakers, a trade body, said no. "
        ),
        n,
    ),
    "company_said_guild": lambda n: _fill(
        lambda i: "“Yes,” the company said. The Guild of Bakers, a trade body, said no. ", n
    ),
    "company_said_only": lambda n: _fill(lambda i: "“Item,” the company said. ", n),
    # session 38 (speed55): a bare surname opening many sentences with "said she" (the
    # given names of the surname were read from the whole text per sentence)
    "bare_said_she": lambda n: (
        "Ama Zorn and Tom Vale spoke. " + _fill(lambda i: "Zorn said she won. ", n)
    ),
    # session 39 (speed57): round 1's post-passes over rows ("the two said" after a
    # quoted person and a new name; "She and her husband ... They said"; a newcomer
    # after a description's copula before each "She said", read against all the text
    # before it)
    "pair_bare_after": lambda n: _fill(
        lambda i: f"“Yes,” {_name(i)} said. {_name(i + 5000)} sat by her. The two said no. ", n
    ),
    "kin_pair_they": lambda n: _fill(
        lambda i: (
            f"Her husband, {_name(i)}, spoke. “Yes,” {_name(i + 1)} said. She and her "
            "husband will appeal. They said they would drive. “No,” he said. "
        ),
        n,
    ),
    "copula_newcomers": lambda n: _fill(
        lambda i: f"The first to complain was {_name(i)}. She said it was late. ", n
    ),
    "emoji_surrogates": lambda n: _fill(
        lambda i: (
            "“\U0001f600\ud83d\U0001f469\u200d\U0001f52c,” "
            f"{_name(i)}\U0001f1e8\U0001f1e6 said\udc00. "
        ),
        n,
    ),
    # session 40 (speed60): round 1's rules (w120's "the accused" named by the charge and
    # its question-and-answer turns, w118's plain "A." answers reporting speech, bug76's
    # team and demonym plurals, left79's subject noun clauses, spk61's kin pairs)
    "accused_charged": lambda n: _fill(
        lambda i: f"{_name(i)} was charged with theft. “Sorry,” the accused said. ", n
    ),
    "asked_answers": lambda n: _fill(
        lambda i: "“Did you sign it?” asked Ann Zorn.\n\n“I signed it.”\n\n", n
    ),
    "qa_answer_reports": lambda n: (
        "Ann Zorn testified.\n\n"
        + _fill(lambda i: "Q. Did you go?\n\nA. The port said it was federal.\n\n", n)
    ),
    "team_nicknames": lambda n: _fill(
        lambda i: (
            f"“Item,” Kelso {LAST[i % 10]}{FIRST[(i // 10) % 10].lower()[:3]}"
            f"{FIRST[(i // 100) % 10].lower()[:2]}s said. The game is on. "
        ),
        n,
    ),
    "demonym_said": lambda n: _fill(
        lambda i: f"“Item {i},” Ordinary Canadians said. The game is on. ", n
    ),
    "plural_nickname_run": lambda n: (
        "The Oilers won. " + _fill(lambda i: f"{LAST[i % 10]}s ", n) + "said “no.”"
    ),
    "assertion_that": lambda n: _fill(
        lambda i: f"Her assertion that the mill would close drew criticism from {_name(i)}. ", n
    ),
    "kin_pair_said": lambda n: _fill(
        lambda i: f"{_name(i)} and her husband {_name(i + 3)} said no. ", n
    ),
    # session 41 round 1's rules (speed63): bullets after "said it wants:", a titled
    # person "of the Chippewas of" a nation, "called her claim that A a fantasy", a
    # place's possessive office, owners named by a clause, noble titles, a place's team
    "bullets_after_said": lambda n: (
        "The union said it wants:\n" + _fill(lambda i: f"- a raise of {i} per cent;\n", n)
    ),
    "chippewas_said": lambda n: _fill(
        lambda i: f"Coun. {_name(i)} of the Chippewas of Nawash First Nation said no. ", n
    ),
    "called_claim_chain": lambda n: _fill(
        lambda i: f"{_name(i)} called her claim that the mill would close a fantasy. ", n
    ),
    "place_mayor_said": lambda n: _fill(
        lambda i: "Prince Rupert's mayor said the port would grow. ", n
    ),
    "owner_clause_said": lambda n: (
        "Alma Quill owns the diner.\n\n"
        + _fill(
            lambda i: f"{_name(i)} owns the bakery. \u201cWe hold on,\u201d the owner said. ", n
        )
    ),
    "lord_title_said": lambda n: _fill(lambda i: "Lord Selkirk said no. ", n),
    "place_team_said": lambda n: _fill(lambda i: "Edmonton Oilers said no. ", n),
    # session 43 (speed67): three per-quote walks over the article noticed in session 42
    # (every earlier person is the opposing subject; one surname's plural said many
    # times; many speech-noun frames, each checked against every quote so far)
    "opposed_same_subject": lambda n: _fill(
        lambda i: "“Yes,” Tom Vale said. Tom Vale dismissed his claim that the dam leaks. ", n
    ),
    "opposed_alternating": lambda n: _fill(
        lambda i: "“Yes,” Tom Vale said. Ann Zorn dismissed her claim that the dam leaks. ", n
    ),
    "family_plural_said": lambda n: (
        "Tina Harder spoke. " + _fill(lambda i: "“Item,” the Harders said. ", n)
    ),
    "noun_frames_run": lambda n: _fill(
        lambda i: f"{_name(i)}'s claim that the dam was safe drew fire. ", n
    ),
    # session 45 (fuzz71): the kin rules' walks over the article per "she said" after a
    # "His daughter" sentence (same-surname names, "her husband, NAME" before the
    # quote) and an organisation word that is a surname ("Church said"), per quote
    "kin_subject_she": lambda n: _fill(
        lambda i: (
            "Tom Zorn said he would tap again. His daughter was not so sure. "
            "\u201cI believe her,\u201d she said. "
        ),
        n,
    ),
    "org_word_surname_said": lambda n: _fill(
        lambda i: f"Ray Church, a farmer, spoke. \u201cRain {i},\u201d Church said. ", n
    ),
}


def _time(text, per_call, piece=5000, extract=extract_quotes):
    if per_call:
        arts = pd.DataFrame({"article_id": ["x"], "text": pd.Series([text], dtype=object)})
    else:
        pieces = [text[i : i + piece] for i in range(0, len(text), piece)]
        ids = [f"x{i}" for i in range(len(pieces))]
        arts = pd.DataFrame({"article_id": ids, "text": pd.Series(pieces, dtype=object)})
    t0 = time.process_time()
    extract(arts)
    return time.process_time() - t0


def _base_extractor(ref: str):
    """``extract_quotes`` of the code at git ref ``ref`` (a temporary package)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from quotes_exact import _load_ref

    mod = _load_ref(ref)
    mod.extract_quotes(pd.DataFrame({"article_id": ["w"], "text": ["“Yes,” he said."]}))
    return mod.extract_quotes


def _vs_base(times, base_times, base):
    """Cells comparing the working tree with the base: time ratio per size, flag."""
    rel = [t / b if b > 0.02 else float("nan") for t, b in zip(times, base_times, strict=False)]
    last = rel[-1] if rel else float("nan")
    flag = "SLOWER" if last == last and last >= 1.5 else ""
    cells = " ".join(f"{b:7.2f}" for b in base_times)
    return f" | {base} {cells}  vs base {[round(r, 2) for r in rel]} {flag}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="25000,50000,100000,200000,400000")
    ap.add_argument("--only", default="")
    ap.add_argument("--many", action="store_true", help="also many 5k articles per call")
    ap.add_argument("--piece", type=int, default=5000, help="article size with --many")
    ap.add_argument("--limit", type=float, default=30.0, help="stop growing past this many s")
    ap.add_argument("--base", default="", help="git ref to time on the same texts")
    args = ap.parse_args()
    base_extract = _base_extractor(args.base) if args.base else None
    sizes = [int(s) for s in args.sizes.split(",")]
    names = [g for g in GENERATORS if not args.only or g in args.only.split(",")]
    modes = [True, False] if args.many else [True]
    for name in names:
        for per_call in modes:
            times, base_times = [], []
            for n in sizes:
                text = GENERATORS[name](n)
                t = _time(text, per_call, args.piece)
                times.append(t)
                if base_extract is not None:
                    base_times.append(_time(text, per_call, args.piece, base_extract))
                if t > args.limit:
                    break
            ratios = [
                b / a if a > 0.02 else float("nan") for a, b in zip(times, times[1:], strict=False)
            ]
            # time ratio over size ratio: about 1 when linear (2.3x per doubling = 1.15)
            growth = [r / (b / a) for r, a, b in zip(ratios, sizes, sizes[1:], strict=False)]
            worst = max([g for g in growth if g == g], default=0.0)
            flag = "SUPERLINEAR" if worst > 1.15 else ""
            mode = "one" if per_call else "many"
            cells = " ".join(f"{t:7.2f}" for t in times)
            vs = _vs_base(times, base_times, args.base) if base_extract is not None else ""
            print(
                f"{name:28s} {mode:4s} {cells}  ratios {[round(r, 2) for r in ratios]} {flag}{vs}"
            )
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
