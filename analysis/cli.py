"""Command line: ``python -m analysis report CORPUS --out DIR [-p NAME VALUE]...
[--notebooks 02 03] [--jobs N]`` builds the HTML report (see :mod:`analysis.report`); ``python -m analysis load CORPUS`` loads a
corpus and prints a summary and any load problems, so a user can check a new
corpus before running the notebooks on it.
"""

from __future__ import annotations

import argparse
import sys


def _cmd_report(args) -> int:
    from .report import ReportError, run_report

    params = {}
    for name, value in args.parameter or []:
        params[name] = value
    try:
        res = run_report(
            args.corpus,
            args.out,
            notebooks=args.notebooks,
            parameters=params,
            jobs=args.jobs,
            notebooks_dir=args.notebooks_dir,
            kernel_name=args.kernel,
            cache_dir=args.cache_dir,
            progress=not args.quiet,
        )
    except ReportError as exc:  # checked before anything is written: one line, no traceback
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"report: {res.index}")
    probs = res.load_problems
    n_probs = 0 if probs is None else int((probs["level"] != "notice").sum())
    print(f"pages: {len(res.pages)}  tables: {len(res.tables)}  load problems: {n_probs}")
    for note in res.notices:
        if not note.startswith("load_articles:"):  # counted on the line above
            print(f"notice: {note}")
    for title, why in res.failures.items():
        print(f"FAILED notebook {title}: {why}", file=sys.stderr)
    return 1 if res.failures else 0


def _cmd_load(args) -> int:
    import warnings

    from .load import LoadError, load_articles, summarize_load

    try:
        with warnings.catch_warnings():  # the summary below says it all
            warnings.simplefilter("ignore")
            articles = load_articles(args.corpus)
    except (LoadError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"{len(articles)} articles, {articles['source'].nunique()} sources")
    if "section" in articles and articles["section"].notna().any():
        print(f"sections: {articles['section'].nunique()}")
    if "published" in articles and articles["published"].notna().any():
        print(f"published: {articles['published'].min()} .. {articles['published'].max()}")
    print(summarize_load(articles, n=args.show))
    if len(articles) == 0:  # a corpus to check: nothing loaded is a failure, not a summary
        from .load import load_report
        from .report import no_articles_message

        print(
            f"error: {no_articles_message(args.corpus, load_report(articles), hint=False)}",
            file=sys.stderr,
        )
        return 1
    return 0


def _count(least: int):
    """An argparse type: a whole number >= ``least`` (else a one-line usage error)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if value < least:
            raise argparse.ArgumentTypeError(f"{value} is below {least}")
        return value

    return parse


def main(argv=None) -> int:
    """Run the newslens command line.

    Example:
        >>> main(["report", "data/sample", "--out", "report"])   # doctest: +SKIP
        0
    """
    parser = argparse.ArgumentParser(
        prog="python -m analysis", description="newslens: explore a news corpus"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    rep = sub.add_parser(
        "report",
        help="run the notebooks on CORPUS, write an HTML report",
        description="Run the numbered notebooks on CORPUS (loaded and analysed once, cached) "
        "and write an HTML report with the data behind every chart as CSV.",
    )
    rep.add_argument("corpus", help="file, directory, glob of articles")
    rep.add_argument("--out", default="report", help="output folder (default: report/)")
    rep.add_argument(
        "-p",
        "--parameter",
        nargs=2,
        action="append",
        metavar=("NAME", "VALUE"),
        help="notebook parameter, e.g. -p target climate -p speaker 'Joe Biden' (repeatable)",
    )
    rep.add_argument(
        "--notebooks",
        nargs="+",
        metavar="NN",
        help="notebooks to run, by number or name (default: all), e.g. --notebooks 02 03",
    )
    rep.add_argument(
        "--jobs", type=_count(1), default=None, help="notebooks run at once (default: 2)"
    )
    rep.add_argument("--notebooks-dir", default=None, help="folder of NN-*.ipynb notebooks")
    rep.add_argument("--cache-dir", default=None, help="cache folder (default: ~/.cache/newslens)")
    rep.add_argument("--kernel", default=None, help="Jupyter kernel name (default: notebook's)")
    rep.add_argument("--quiet", action="store_true", help="no progress bar")
    rep.set_defaults(func=_cmd_report)
    load = sub.add_parser("load", help="load CORPUS and print a summary and load problems")
    load.add_argument("corpus")
    load.add_argument("--show", type=_count(0), default=20, help="problems to print")
    load.set_defaults(func=_cmd_load)
    args = parser.parse_args(argv)
    return args.func(args)
