"""Bytes in, SourceFile out: the only module of the loader that touches files.

Every input ends up as exactly one SourceFile: decoded text, or text=None and an `error` saying why.
Problems with manifest.csv rows come back as extra SourceFile entries named "manifest.csv:LINE"
(text=None, error set), so they show in the articles table next to the files.
Text of a .md file is the body after its front matter, Markdown syntax removed; text of an .html file
is the visible text (tags stripped). Offsets downstream point into that text, which is what the dashboard shows.
"""
from __future__ import annotations

import csv
import io
import os
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable, Mapping

from .catalog import Catalog, parse_gazetteer, parse_reference_events
from .model import SourceFile
from .published import parse_meta_date

SUPPORTED_EXTENSIONS = (".txt", ".html", ".htm", ".md")
MAX_BYTES = 2_000_000  # a news article is tens of KB; anything this big is not one
MANIFEST_NAME = "manifest.csv"
MANIFEST_FIELDS = ("title", "outlet", "url", "published")
# Share of control characters (other than tab/newline/CR/FF) above which decoded "text" is binary.
_MAX_CONTROL_SHARE = 0.02
# Share of high bytes standing next to another high byte: GB18030 Chinese is written in byte pairs,
# cp1252 English uses lone high bytes (’ “ é) between ASCII letters.
_MIN_PAIRED_SHARE = 0.6
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def read_sources(folder: str | Path) -> list[SourceFile]:
    """Every file under `folder`, subfolders included, as a SourceFile named by its path from `folder`
    ("2016/xi-visit.txt"), in path order; plus one per manifest problem. Only the top folder's manifest.csv
    is read; its `file` column gives those paths. Hidden entries (".DS_Store", ".git") are the system's,
    not articles, and are passed over; linked folders are not followed, so a link loop cannot hang a load."""
    folder = Path(folder)
    if not folder.is_dir():
        return [SourceFile(folder.name or str(folder), None, f"not a folder: {folder}")]
    items: list[tuple[str, bytes | str]] = []
    for path in _walk_files(folder):
        name = path.relative_to(folder).as_posix()
        if path.name.lower() == MANIFEST_NAME and path.parent != folder:
            items.append((name, f"a manifest in a subfolder is not read; list its files in the top folder's "
                                f"{MANIFEST_NAME} as '{path.parent.relative_to(folder).as_posix()}/FILE'"))
            continue
        try:
            size = path.stat().st_size
            # Checked before reading, so a huge file costs nothing.
            items.append((name, _size_error(size) if size > MAX_BYTES else path.read_bytes()))
        except OSError as exc:
            items.append((name, f"cannot read: {exc.strerror or exc}"))
    return _build_sources(items)


def _walk_files(folder: Path) -> list[Path]:
    files = []
    for root, dirs, names in os.walk(folder):  # os.walk does not follow links to folders
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        files += [Path(root, n) for n in names if not n.startswith(".")]
    return sorted(files, key=lambda p: p.relative_to(folder).parts)


def read_uploads(items: Iterable[tuple[str, bytes]]) -> list[SourceFile]:
    """Uploaded (file name, bytes) pairs as SourceFiles; an uploaded manifest.csv applies to them."""
    return _build_sources([(Path(name).name, data) for name, data in items])


def decode_source(name: str, data: bytes, meta: Mapping[str, str] | None = None) -> SourceFile:
    """One file's bytes as a SourceFile. `meta` (a manifest row) overrides what the file says."""
    ext = Path(name).suffix.lower()
    if ext not in SUPPORTED_EXTENSIONS:
        return SourceFile(name, None, f"unsupported file type '{ext or '(none)'}'; "
                                      f"supported: {', '.join(SUPPORTED_EXTENSIONS)}")
    if not data:
        return SourceFile(name, None, "empty file")
    if len(data) > MAX_BYTES:
        return SourceFile(name, None, _size_error(len(data)))
    try:
        raw = decode_bytes(data)
    except ValueError as exc:
        return SourceFile(name, None, str(exc))
    if ext in (".html", ".htm"):
        text, found = html_to_text(raw)
        basis = "html"
    elif ext == ".md":
        body, found = split_front_matter(raw)
        text = markdown_to_text(body)
        basis = "front-matter"
    else:
        text, found = raw, {}
        basis = ""
    if not text.strip():
        return SourceFile(name, None, "no text (only whitespace or markup)")
    fields = {k: v for k, v in found.items() if v}
    bases = {k: basis for k in fields}
    for key, value in (meta or {}).items():
        if value:
            fields[key], bases[key] = value, "manifest"
    keys = [k for k in MANIFEST_FIELDS if k in fields]
    return SourceFile(name, text, "", tuple((k, fields[k]) for k in keys), tuple((k, bases[k]) for k in keys))


def _size_error(size: int) -> str:
    return f"file too large: {size / 1e6:.1f} MB (limit {MAX_BYTES / 1e6:.0f} MB)"


def _build_sources(items: list[tuple[str, bytes | str]]) -> list[SourceFile]:
    """Decode each (name, bytes or error message); apply and check the manifest among them."""
    manifest_data = next((d for n, d in items if n.lower() == MANIFEST_NAME), None)
    rows: dict[str, dict[str, str]] = {}
    problems: list[SourceFile] = []
    if manifest_data is not None:
        rows, problems = parse_manifest(manifest_data) if isinstance(manifest_data, bytes) else (
            {}, [SourceFile(MANIFEST_NAME, None, manifest_data)])
    sources: list[SourceFile] = []
    seen: set[str] = set()
    for name, data in items:
        if name.lower() == MANIFEST_NAME:
            continue
        if name in seen:
            sources.append(SourceFile(f"{name} (again)", None, f"duplicate file name '{name}': this copy not loaded"))
            continue
        seen.add(name)
        sources.append(decode_source(name, data, rows.get(name)) if isinstance(data, bytes)
                       else SourceFile(name, None, data))
    for name, row in rows.items():
        if name not in seen:
            problems.append(SourceFile(f"{MANIFEST_NAME}:{row['_line']}", None,
                                       f"manifest line {row['_line']} names '{name}', which is not among the files"))
    return sources + problems


def parse_manifest(data: bytes) -> tuple[dict[str, dict[str, str]], list[SourceFile]]:
    """manifest.csv -> ({file: {field: value, '_line': n}}, problems as SourceFile rows).

    Columns: file (required), title, outlet, url, published (YYYY-MM-DD); others are ignored.
    A bad date drops only that value; a repeated file keeps its first row.
    """
    try:
        text = decode_bytes(data)
    except ValueError as exc:
        return {}, [SourceFile(MANIFEST_NAME, None, f"manifest not read: {exc}")]
    reader = csv.DictReader(io.StringIO(text))
    header = {(h or "").strip().lower(): h for h in reader.fieldnames or []}
    if "file" not in header:
        return {}, [SourceFile(MANIFEST_NAME, None, "manifest not used: it has no 'file' column")]
    rows: dict[str, dict[str, str]] = {}
    problems: list[SourceFile] = []

    def problem(line: int, message: str) -> None:
        problems.append(SourceFile(f"{MANIFEST_NAME}:{line}", None, f"manifest line {line}: {message}"))

    for record in reader:
        line = reader.line_num
        # A path into a subfolder, however it is written: "./2016/a.txt", "2016\\a.txt" -> "2016/a.txt".
        name = re.sub(r"^(?:\./)+", "", (record.get(header["file"]) or "").strip().replace("\\", "/"))
        values = {k: (record.get(header[k]) or "").strip() for k in MANIFEST_FIELDS if k in header}
        if not name:
            if any(values.values()):
                problem(line, "no file name; row ignored")
            continue
        if name in rows:
            problem(line, f"'{name}' listed again (first at line {rows[name]['_line']}); this row ignored")
            continue
        if values.get("published") and parse_meta_date(values["published"]) is None:
            problem(line, f"published '{values['published']}' for '{name}' is not a date (YYYY-MM-DD); ignored")
            values["published"] = ""
        rows[name] = {**values, "_line": str(line)}
    return rows, problems


def decode_bytes(data: bytes) -> str:
    """Bytes -> text, newlines normalized to \\n. Raises ValueError with a reason for binary data."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        text = _strict(data, "utf-32")
    elif data.startswith(b"\xef\xbb\xbf"):
        text = _strict(data, "utf-8-sig")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = _strict(data, "utf-16")
    elif b"\x00" in data:
        text = _decode_bom_less_utf16(data)
    else:
        text = _decode_8bit(data)
    if text is None:
        raise ValueError("cannot decode: not UTF-8, UTF-16, cp1252 or GB18030 text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(_CONTROL.findall(text)) > _MAX_CONTROL_SHARE * len(text):
        raise ValueError("binary file (mostly control characters), not text")
    return text


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _decode_bom_less_utf16(data: bytes) -> str | None:
    # Text in UTF-16 without a BOM has NUL in every other byte; anything else with NULs is binary.
    even, odd = data[0::2], data[1::2]
    for zeros, encoding in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros.count(0) > 0.9 * len(zeros) and len(data) % 2 == 0:
            text = _strict(data, encoding)
            if text is not None:
                return text
    raise ValueError("binary file (contains NUL bytes), not text")


def _decode_8bit(data: bytes) -> str | None:
    text = _strict(data, "utf-8")
    if text is not None:
        return text
    runs = re.findall(rb"[\x80-\xff]+", data)
    paired = sum(len(r) for r in runs if len(r) >= 2)
    total = sum(len(r) for r in runs)
    order = ("gb18030", "cp1252") if paired >= _MIN_PAIRED_SHARE * total else ("cp1252", "gb18030")
    for encoding in order:
        text = _strict(data, encoding)
        if text is not None:
            return text
    return None


# --- HTML ---------------------------------------------------------------------------------

_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object"}
# Elements an archive wraps around the page it saved: the Wayback Machine's toolbar ("Captured 14 times between
# 3 Jun 2013 and 9 Sep 2019") is not the article.
_SKIP_ID = re.compile(r"wm-ipp")
_BLOCK_TAGS = {
    "p", "div", "br", "hr", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "thead", "tbody",
    "section", "article", "header", "footer", "nav", "aside", "main", "figure", "figcaption",
    "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "address", "form", "title", "body",
}
_META_KEYS = {
    "og:title": "title", "twitter:title": "title",
    "og:site_name": "outlet", "application-name": "outlet",
    "og:url": "url",
    "article:published_time": "published", "og:published_time": "published", "pubdate": "published",
    "publishdate": "published", "publish-date": "published", "date": "published", "dc.date": "published",
    "dc.date.issued": "published", "parsely-pub-date": "published", "sailthru.date": "published",
    "datepublished": "published", "pdate": "published", "ptime": "published",
}
_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
# Classes that mark an element's datetime/content as the publication time (WordPress "entry-date published").
_PUBLISHED_CLASS = re.compile(r"publish|posted|entry-date", re.I)
# A label just before a <time>: "submitted <time datetime=...>2 years ago</time>", "Posted on <time ...>".
_PUBLISHED_LABEL = re.compile(r"\b(?:published|posted|submitted|released)(?:\s+(?:on|at))?\s*:?\s*$", re.I)


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.meta: dict[str, str] = {}
        self.title: list[str] = []
        self.skip_depth = 0
        self.in_title = False
        self.pre_depth = 0
        self.li_depth = 0
        self.seen_paragraph = False
        self.first_time = ""  # a plain <time datetime> above the first paragraph: the byline's, as a fallback
        self.skipped_element: tuple[str, int] | None = None  # (tag, nesting) of an element skipped by its id
        self.cells_in_row = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if self.skipped_element:
            name, depth = self.skipped_element
            self.skipped_element = (name, depth + (tag == name))
            return
        if _SKIP_ID.match(a.get("id", "")):
            self.skipped_element = (tag, 1)
            return
        stamp = (a.get("content") or a.get("datetime") or "").strip()
        if stamp and tag != "meta" and (a.get("itemprop", "").lower() == "datepublished" or "pubdate" in a
                                        or _PUBLISHED_CLASS.search(a.get("class", ""))
                                        or tag == "time" and _PUBLISHED_LABEL.search("".join(self.parts[-4:]))):
            self.meta.setdefault("published", stamp)
        elif tag == "time" and stamp and not (self.first_time or self.seen_paragraph or self.li_depth):
            self.first_time = stamp
        if tag == "p":
            self.seen_paragraph = True
        elif tag == "li":
            self.li_depth += 1
        if tag == "meta":
            key = _META_KEYS.get((a.get("property") or a.get("name") or a.get("itemprop") or "").lower())
            if key and a.get("content") and key not in self.meta:
                self.meta[key] = a["content"].strip()
            return
        if tag == "link" and a.get("rel", "").lower() == "canonical" and a.get("href"):
            self.meta.setdefault("url", a["href"].strip())
            return
        if tag == "title":
            self.in_title = True
        elif tag in _SKIP_TAGS:
            self.skip_depth += 1
        if tag == "pre":
            self.pre_depth += 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("- ")  # keeps link lists recognisable as lists after the tags are gone
        elif tag == "tr":
            self.cells_in_row = 0
        elif tag in ("td", "th"):
            # A table row is one line with its cells apart, as a browser copies a table: tab-separated.
            # "Feb. 18, 2013\tMandiant releases its report", not "2013Mandiant".
            if self.cells_in_row:
                self.parts.append("\t")
            self.cells_in_row += 1

    def handle_endtag(self, tag: str) -> None:
        if self.skipped_element:
            name, depth = self.skipped_element
            if tag == name:
                self.skipped_element = (name, depth - 1) if depth > 1 else None
            return
        if tag == "li" and self.li_depth:
            self.li_depth -= 1
        if tag == "title":
            self.in_title = False
        elif tag in _SKIP_TAGS and self.skip_depth:
            self.skip_depth -= 1
        if tag == "pre" and self.pre_depth:
            self.pre_depth -= 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.skipped_element:
            return
        if self.in_title:
            self.title.append(data)
        elif not self.skip_depth:
            # Source line breaks are not paragraph breaks in HTML, except inside <pre>.
            self.parts.append(data if self.pre_depth else re.sub(r"\s+", " ", data))


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """Visible text of an HTML page (one block element per line) and its metadata."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t]*\n[ \t]*", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n ")
    meta = dict(parser.meta)
    title = " ".join("".join(parser.title).split())
    if title:
        meta.setdefault("title", title)
    if "published" not in meta:
        m = _JSONLD_DATE.search(html)
        if m:
            meta["published"] = m.group(1)
        elif parser.first_time:
            meta["published"] = parser.first_time
    return text, meta


# --- Markdown front matter ------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_KEYS = {
    "date": "published", "published": "published", "pubdate": "published", "publishdate": "published",
    "title": "title", "outlet": "outlet", "source": "outlet", "publisher": "outlet",
    "url": "url", "link": "url", "source_url": "url", "canonical_url": "url",
}


def split_front_matter(text: str) -> tuple[str, dict[str, str]]:
    """(body after the front matter, its fields). Only simple `key: value` lines are read."""
    m = _FRONT_MATTER.match(text.lstrip("\ufeff"))
    if not m:
        return text, {}
    meta: dict[str, str] = {}
    for line in m.group(1).splitlines():
        key, sep, value = line.partition(":")
        field = _FRONT_KEYS.get(key.strip().lower())
        value = value.strip().strip("'\"").strip()
        if sep and field and value and field not in meta:
            meta[field] = value
    return text.lstrip("\ufeff")[m.end():].lstrip("\n"), meta


# Line by line, so paragraphs stay where they were; only what a reader never sees is removed.
_MARKDOWN_BLOCKS = [
    (re.compile(r"^ {0,3}(?:(?:[-*_][ \t]*){3,}|=+[ \t]*|-+[ \t]*)$", re.M), ""),  # rules, heading underlines
    (re.compile(r"^ {0,3}(?:```|~~~).*$", re.M), ""),  # code fences
    (re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S+.*$", re.M), ""),  # link definitions
    (re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.M), r"\1"),  # headings
    (re.compile(r"^ {0,3}(?:>[ \t]?)+", re.M), ""),  # quotes
    (re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+", re.M), ""),  # list items (a year has four digits)
    (re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|?)+[ \t]*$", re.M), ""),  # a table's header rule
    # A table row reads as one line, its cells joined: "May 19, 2014 — Justice Department announces ..."
    (re.compile(r"^[ \t]*\|(.*)\|[ \t]*$", re.M), lambda m: " — ".join(c.strip() for c in m.group(1).split("|"))),
]
_MARKDOWN_INLINE = [
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images: their alt text is not the article's
    (re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])"), r"\1"),  # links keep their text
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),
    (re.compile(r"(?<!\\)(\*\*|__)(?=\S)(.+?)(?<=[^\s\\])\1"), r"\2"),
    (re.compile(r"(?<![\w*\\])\*(?=\S)(.+?)(?<=[^\s\\])\*(?!\w)"), r"\1"),
    (re.compile(r"(?<![\w\\])_(?=\S)(.+?)(?<=[^\s\\])_(?!\w)"), r"\1"),  # not inside words: snake_case stays
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])"), r"\1"),
]


def markdown_to_text(markdown: str) -> str:
    """Plain text of a Markdown body: markers, link targets and images gone, the words kept in place."""
    text = markdown
    for pattern, replacement in _MARKDOWN_BLOCKS + _MARKDOWN_INLINE:
        text = pattern.sub(replacement, text)
    return text


def read_catalog(data_dir: str | Path) -> Catalog:
    """The editable gazetteer and reference events, from `data_dir`."""
    d = Path(data_dir)
    return Catalog(
        parse_gazetteer((d / "actors.csv").read_text("utf-8"), (d / "countries.csv").read_text("utf-8")),
        parse_reference_events((d / "reference_events.csv").read_text("utf-8")))
