"""AppTest: Data quality — what the loader inferred, inherited, failed or removed is listed."""
import loader
from components.corpus import CORPUS_DIR
from conftest import run_page, shown_count


def frame_with(at, column: str, rows: int):
    """The page's table that has `column` and `rows` rows (the page keys its tables by heading, not by id)."""
    return next(df.value for df in at.dataframe if column in df.value.columns and len(df.value) == rows)


def test_lists_inferred_dates_inherited_events_and_removed_text(corpus):
    at = run_page("data_quality")
    headings = [h.value for h in at.subheader]
    weak = corpus.articles[corpus.articles["published_basis"].isin(["file-name", "inferred", "none"])]
    assert len(weak) == 2  # the two seed articles that name no date of their own
    assert f"Publication date not stated in the article ({len(weak)})" in headings
    assert list(frame_with(at, "published_text", len(weak))["article"]) == list(weak["article"])
    inherited = corpus.events[corpus.events["date_basis"] == "inherited"]
    assert f"Events with inherited dates ({len(inherited)})" in headings
    assert list(frame_with(at, "date_how", len(inherited))["sentence"]) == list(inherited["sentence"])
    removed = corpus.articles[corpus.articles["removed"] != ""]
    assert list(frame_with(at, "removed", len(removed))["removed"]) == list(removed["removed"])


def test_failed_and_refused_uploads_are_reported(corpus):
    at = run_page("data_quality")
    big = ("huge.txt", b"x" * (3 * 1024 * 1024), "text/plain")
    bad = ("broken.html", b"\xff\xfe\x00\x00" * 10, "text/html")
    good = ("fine.txt", b"Obama met Xi in Washington on 25 September 2015.\n", "text/plain")
    at.file_uploader(key="upload_files").set_value([big, bad, good]).run()
    assert not at.exception
    errors = " ".join(e.value for e in at.error)
    assert "huge.txt" in errors and "MB" in errors
    assert [name for name, _ in at.session_state["uploads"]] == ["broken.html", "fine.txt"]
    failed = next(df.value for df in at.dataframe if {"status", "error"} <= set(df.value.columns))
    assert "broken.html" in set(failed["article"])
    events, articles = loader.load_corpus(CORPUS_DIR, extra=[(n, b) for n, b, _ in (bad, good)])
    assert shown_count(at) == len(events) > len(corpus.events)
    fine = articles.set_index("article").loc["fine.txt"]
    assert f"fine.txt: {fine['n_events']} events" in [m.value for m in at.sidebar.success]


def test_removing_uploads_restores_the_built_in_corpus(corpus):
    at = run_page("data_quality")
    good = ("fine.txt", b"Obama met Xi in Washington on 25 September 2015.\n", "text/plain")
    at.file_uploader(key="upload_files").set_value([good]).run()
    assert shown_count(at) > len(corpus.events)
    assert any("fine.txt" in m.value for m in at.sidebar.success)
    at.button(key="upload_clear").click().run()
    assert not at.exception
    assert shown_count(at) == len(corpus.events)
    assert not any("fine.txt" in m.value for m in at.sidebar.success)


def test_an_upload_dated_only_by_its_file_name_is_listed_with_that_basis():
    at = run_page("data_quality")
    upload = ("talks_2015-12-03.txt", b"Cyber talks\nOfficials met in Washington on Tuesday to discuss cyber crime.\n",
              "text/plain")
    at.file_uploader(key="upload_files").set_value([upload]).run()
    assert not at.exception
    weak = next(df.value for df in at.dataframe if "published_text" in df.value.columns)
    row = weak.set_index("article").loc["talks_2015-12-03.txt"]
    assert (row["published_basis"], str(row["published"])[:10]) == ("file-name", "2015-12-03")
    events, _ = loader.load_corpus(CORPUS_DIR, extra=[upload[:2]])
    tuesday = events.set_index("article").loc["talks_2015-12-03.txt"]
    assert tuesday["date_how"].endswith("from the publication date 2015-12-03, which the file name "
                                        "'talks_2015-12-03.txt' gives")
