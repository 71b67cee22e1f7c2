"""ingest: every file becomes one SourceFile, decoded or with a reason; manifest rows apply or are reported."""
from pathlib import Path

import pytest

from loader.ingest import MAX_BYTES, decode_bytes, decode_source, markdown_to_text, read_sources, read_uploads

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"
SAMPLE = "Xi met Obama at Sunnylands – “a new model” of relations, café talk.\nSecond line.\n"
CHINESE = "中美网络安全对话在华盛顿举行。双方达成共识。\n"


@pytest.mark.parametrize("data, expected", [
    (SAMPLE.encode("utf-8"), SAMPLE),
    (b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"), SAMPLE),
    (SAMPLE.encode("utf-16"), SAMPLE),  # with BOM
    (SAMPLE.encode("utf-16-be"), SAMPLE),  # BOM-less, recognised by its NUL pattern
    (SAMPLE.encode("cp1252"), SAMPLE),
    (CHINESE.encode("gb18030"), CHINESE),
    (("Report: " + CHINESE).encode("gb18030"), "Report: " + CHINESE),
    ("It\u2019s done \u2014 “quoted”.\r\nNext\r\n".encode("cp1252"), "It\u2019s done \u2014 “quoted”.\nNext\n"),
])
def test_decode_bytes_reads_every_supported_encoding(data, expected):
    assert decode_bytes(data) == expected


@pytest.mark.parametrize("data, message", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    (bytes(range(1, 9)) * 50, "binary"),
])
def test_decode_bytes_rejects_binary(data, message):
    with pytest.raises(ValueError, match=message):
        decode_bytes(data)


@pytest.mark.parametrize("name, data, error", [
    ("a.txt", b"", "empty file"),
    ("a.txt", b"  \n\t\n", "no text"),
    ("a.txt", b"x" * (MAX_BYTES + 1), "too large"),
    ("a.pdf", b"%PDF-1.4", "unsupported file type '.pdf'; supported: .txt, .html, .htm, .md"),
    ("README", b"text", "unsupported file type '(none)'"),
    ("a.txt", b"\x00\x01\x02\x03binary\x00", "binary"),
    ("a.html", b"<html><script>var x=1;</script></html>", "no text"),
])
def test_decode_source_reports_bad_input(name, data, error):
    src = decode_source(name, data)
    assert src.text is None
    assert error in src.error


@pytest.mark.parametrize("html, expected_text, expected_meta", [
    ("<p>A &amp; B &lt;tag&gt; &#8220;q&#8221;</p>", "A & B <tag> “q”", {}),
    ("<html><head><title>Page title - Site</title><style>p{color:red}</style></head>"
     "<body><h1>Headline</h1><p>First   para\nwraps.</p><script>alert(1)</script><p>Second<br>line</p></body></html>",
     "Headline\n\nFirst para wraps.\n\nSecond\nline", {"title": "Page title - Site"}),
    ('<head><meta property="og:title" content="OG title"><meta property="og:site_name" content="China Daily">'
     '<meta property="article:published_time" content="2015-12-03T08:35:00+08:00">'
     '<link rel="canonical" href="http://x.cn/2015-12/03/a.htm"><title>T</title></head><body><ul><li>One</li><li>Two</li></ul></body>',
     "- One\n\n- Two",
     {"title": "OG title", "outlet": "China Daily", "published": "2015-12-03T08:35:00+08:00",
      "url": "http://x.cn/2015-12/03/a.htm"}),
    # publication time marked in the page body
    ('<span itemprop="datePublished" content="2015-09-24">Sep 24</span><p>Story.</p>', "Sep 24\nStory.",
     {"published": "2015-09-24"}),
    ('<time class="entry-date published" datetime="2015-09-23T10:00">Sep 23</time><p>Story.</p>', "Sep 23\nStory.",
     {"published": "2015-09-23T10:00"}),
    # a plain <time> counts when it stands above the story, not in a list or below the first paragraph
    ('<div>By Jane Doe <time datetime="2015-09-25T10:00">Sept 25</time></div><p>Story.</p>',
     "By Jane Doe Sept 25\n\nStory.", {"published": "2015-09-25T10:00"}),
    ('<ul><li><time datetime="2011-03-03">Mar 3</time> Old</li></ul><p>Story.</p><time datetime="2010-01-01">x</time>',
     "- Mar 3 Old\n\nStory.\nx", {}),
    # a <time> labelled as the posting time counts wherever it stands, as on a forum below its sidebar
    ('<p>Rules</p><p>submitted <time datetime="2016-03-23T22:14:07+00:00">2 years ago</time> by x</p>',
     "Rules\n\nsubmitted 2 years ago by x", {"published": "2016-03-23T22:14:07+00:00"}),
    ('<p>Rules</p><p>Posted on: <time datetime="2016-03-23">March 23</time></p>',
     "Rules\n\nPosted on: March 23", {"published": "2016-03-23"}),
    # a table's row is a line, its cells kept apart
    ("<table><tr><th>Date</th><th>Event</th></tr><tr><td>Feb. 18, 2013</td><td>Mandiant <b>releases</b> APT1.</td></tr>"
     "<tr><td>June 2013</td></tr></table>", "Date\tEvent\n\nFeb. 18, 2013\tMandiant releases APT1.\n\nJune 2013", {}),
])
def test_html_is_stripped_with_meta(html, expected_text, expected_meta):
    src = decode_source("page.html", html.encode("utf-8"))
    assert src.error == ""
    assert src.text == expected_text
    assert dict(src.meta) == expected_meta
    assert set(dict(src.meta_basis).values()) <= {"html"}


@pytest.mark.parametrize("md, body, meta", [
    ("---\ntitle: \"Cyber talks\"\ndate: 2015-12-03\noutlet: China Daily\nurl: http://x/a\nauthor: X\n---\n\nBody line.\n",
     "Body line.\n", {"title": "Cyber talks", "published": "2015-12-03", "outlet": "China Daily", "url": "http://x/a"}),
    ("---\nsource: Xinhua\n...\nBody.", "Body.", {"outlet": "Xinhua"}),
    # Not at the top, so not front matter: Markdown heading underlines, removed like any markup.
    ("No front matter here.\n---\ntitle: x\n---\n", "No front matter here.\n\ntitle: x\n\n", {}),
])
def test_markdown_front_matter_becomes_meta_and_is_cut_from_text(md, body, meta):
    src = decode_source("a.md", md.encode("utf-8"))
    assert src.text == body
    assert dict(src.meta) == meta
    assert all(b == "front-matter" for _, b in src.meta_basis)


@pytest.mark.parametrize("markdown, text", [
    ("# China, US agree on rules ##\n\nBody.", "China, US agree on rules\n\nBody."),
    ("Title\n=====\nBody.", "Title\n\nBody."),
    ("By **Jane Doe** | [Reuters](https://reuters.com/a)", "By Jane Doe | Reuters"),
    ("> Xi said on *Friday* that China opposes hacking.", "Xi said on Friday that China opposes hacking."),
    ("- The talks began on Sept. 25, 2015.\n2. Then `more`.", "The talks began on Sept. 25, 2015.\nThen more."),
    ("2015. A year at the start of a line is not a list number.", "2015. A year at the start of a line is not a list number."),
    ("![Xi and Obama](http://x/y.jpg)\nThey met at the [White House][wh].\n[wh]: https://wh.gov", "\nThey met at the White House.\n"),
    ("Before\n***\n```\ncode\n```\nAfter", "Before\n\n\ncode\n\nAfter"),
    ("Escaped \\*stars\\*, _emphasis_, snake_case and <https://a.b/c>.", "Escaped *stars*, emphasis, snake_case and https://a.b/c."),
    # a table row reads as one line, its cells joined; the header rule goes
    ("| Date | Event |\n|------|:-----:|\n| May 19, 2014 | Five PLA officers are indicted. |",
     "Date — Event\n\nMay 19, 2014 — Five PLA officers are indicted."),
])
def test_markdown_syntax_is_removed_and_the_words_kept(markdown, text):
    assert markdown_to_text(markdown) == text
    assert decode_source("a.md", markdown.encode("utf-8")).text == text


def _write(folder: Path, files: dict[str, bytes]) -> None:
    for name, data in files.items():
        (folder / name).write_bytes(data)


def test_bad_files_do_not_stop_the_others(tmp_path):
    _write(tmp_path, {
        "a.txt": b"Good article.", "b.txt": b"", "c.bin": b"\x00\x01", "d.txt": b"\x00\x01\x02\x00",
        "e.txt": b"x" * (MAX_BYTES + 1), "f.md": b"Also good.", ".DS_Store": b"\x00\x00\x00\x01Bud1",
    })
    (tmp_path / ".git").mkdir()  # hidden entries belong to the system, not the corpus
    (tmp_path / ".git" / "config.txt").write_bytes(b"Not an article.")
    by_name = {s.name: s for s in read_sources(tmp_path)}
    assert sorted(by_name) == ["a.txt", "b.txt", "c.bin", "d.txt", "e.txt", "f.md"]
    assert by_name["a.txt"].text == "Good article." and by_name["f.md"].text == "Also good."
    for bad in ("b.txt", "c.bin", "d.txt", "e.txt"):
        assert by_name[bad].text is None and by_name[bad].error


def test_subfolders_are_read_and_named_by_their_path(tmp_path):
    (tmp_path / "2016" / "xinhua").mkdir(parents=True)
    _write(tmp_path, {"a.txt": b"Top.", "2016/b.txt": b"In a subfolder.", "2016/xinhua/c.md": b"Deeper.",
                      "2016/manifest.csv": b"file,title\nb.txt,Ignored\n",
                      "manifest.csv": b"file,title\n./2016/b.txt,Title B\n2016\\xinhua\\c.md,Title C\n"})
    (tmp_path / "2016" / "link").symlink_to(tmp_path)  # a loop, not followed
    by_name = {s.name: s for s in read_sources(tmp_path)}
    assert sorted(by_name) == ["2016/b.txt", "2016/manifest.csv", "2016/xinhua/c.md", "a.txt"]
    assert by_name["2016/b.txt"].text == "In a subfolder." and by_name["2016/b.txt"].get("title") == "Title B"
    assert by_name["2016/xinhua/c.md"].get("title") == "Title C"
    assert "top folder's manifest.csv" in by_name["2016/manifest.csv"].error


MANIFEST = (b"file,title,outlet,url,published,notes\n"
            b"a.txt,Title A,Outlet A,http://x/a,2015-12-03,ignored column\n"
            b"b.md,,,,2015-13-45,\n"
            b"missing.txt,T,,,,\n"
            b"a.txt,Again,,,,\n")


@pytest.mark.parametrize("reader", ["folder", "uploads"])
def test_manifest_overrides_and_reports_problems(tmp_path, reader):
    files = {"a.txt": b"Text.", "b.md": b"---\ntitle: From front matter\ndate: 2014-01-02\n---\nBody.",
             "manifest.csv": MANIFEST}
    if reader == "folder":
        _write(tmp_path, files)
        sources = read_sources(tmp_path)
    else:
        sources = read_uploads(files.items())
    by_name = {s.name: s for s in sources}
    a = by_name["a.txt"]
    assert dict(a.meta) == {"title": "Title A", "outlet": "Outlet A", "url": "http://x/a", "published": "2015-12-03"}
    assert set(dict(a.meta_basis).values()) == {"manifest"}
    b = by_name["b.md"]  # the bad manifest date is dropped; the front matter's stays
    assert b.get("published") == "2014-01-02" and b.basis("published") == "front-matter"
    assert b.get("title") == "From front matter"
    problems = {n: s.error for n, s in by_name.items() if n.startswith("manifest.csv")}
    assert set(problems) == {"manifest.csv:3", "manifest.csv:4", "manifest.csv:5"}
    assert "not a date" in problems["manifest.csv:3"]
    assert "missing.txt" in problems["manifest.csv:4"] and "not among the files" in problems["manifest.csv:4"]
    assert "listed again" in problems["manifest.csv:5"]
    assert all(by_name[n].text is None for n in problems)


def test_manifest_without_file_column_is_reported(tmp_path):
    _write(tmp_path, {"a.txt": b"Text.", "manifest.csv": b"name,title\na.txt,T\n"})
    by_name = {s.name: s for s in read_sources(tmp_path)}
    assert by_name["a.txt"].meta == ()
    assert "no 'file' column" in by_name["manifest.csv"].error


def test_seed_folder_loads_with_manifest():
    sources = read_sources(ARTICLES)
    assert [s.name for s in sources] == sorted(p.name for p in ARTICLES.glob("*.txt"))
    for s in sources:
        assert s.error == "" and s.text == (ARTICLES / s.name).read_text(encoding="utf-8")
        assert s.basis("outlet") == "manifest" and s.get("published") == ""


def test_an_archive_toolbar_is_not_part_of_the_page():
    html = ('<div id="wm-ipp-base"><div id="wm-ipp"><div>Captured 14 times between 3 Jun 2013 and 9 Sep 2019</div>'
            '<div><div>Starting in 1996, Alexa Internet has been donating crawl data.</div></div></div></div>'
            '<h1>Cyber theft tops agenda</h1><p>By Daniel Keene | June 3, 2013</p><p>Obama will press Xi.</p>')
    src = decode_source("capture.html", html.encode("utf-8"))
    assert src.text == "Cyber theft tops agenda\n\nBy Daniel Keene | June 3, 2013\n\nObama will press Xi."
