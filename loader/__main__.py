"""Command line: `python -m loader build DIR --out FILE` and `python -m loader dates FILE`."""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from .dates import date_records
from .ingest import decode_source
from .pipeline import load_corpus
from .table import ARTICLE_COLUMNS


def _write_table(df, out: Path) -> None:
    flat = df.copy()
    if out.suffix == ".parquet":
        flat.to_parquet(out, index=False)
    else:
        for col in flat.columns:
            if str(flat[col].dtype).startswith("datetime"):
                flat[col] = flat[col].dt.strftime("%Y-%m-%d")
        flat.to_csv(out, index=False)


def build(args) -> int:
    out = Path(args.out)
    if out.suffix not in (".csv", ".parquet"):
        print(f"--out must end in .csv or .parquet, not {out.suffix!r}", file=sys.stderr)
        return 2
    if not Path(args.dir).is_dir():
        print(f"{args.dir}: not a folder of articles", file=sys.stderr)
        return 2
    events, articles = load_corpus(args.dir)
    _write_table(events, out)
    side = out.with_name(out.stem + ".articles.csv")
    _write_table(articles[ARTICLE_COLUMNS], side)
    bad = articles[articles.status != "ok"]
    print(f"{len(events)} events from {len(articles)} files -> {out}, {side}", file=sys.stderr)
    for row in bad.itertuples():
        print(f"  {row.article}: {row.status}: {row.error}", file=sys.stderr)
    return 0


def dates(args) -> int:
    path = Path(args.file)
    source = decode_source(path.name, path.read_bytes())
    if source.text is None:
        print(f"{path}: {source.error}", file=sys.stderr)
        return 1
    for row in date_records(source.text, published=date.fromisoformat(args.published)):
        print(json.dumps(row, ensure_ascii=False))
    return 0


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="python -m loader", description=__doc__)
    sub = p.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build", help="articles folder -> event table (+ articles table beside it)")
    b.add_argument("dir")
    b.add_argument("--out", required=True, help="events.csv or events.parquet")
    d = sub.add_parser("dates", help="one JSON line per date mention in FILE")
    d.add_argument("file")
    d.add_argument("--published", required=True, help="publication date, YYYY-MM-DD")
    args = p.parse_args(argv)
    return build(args) if args.cmd == "build" else dates(args)


if __name__ == "__main__":
    sys.exit(main())
