"""AppTest: the Articles page — every article with its status; reading one marks all its events."""
from conftest import marked_event_ids, marked_text, run_page, shown_count, source_html


def test_lists_every_article_with_status(corpus):
    at = run_page("articles")
    table = at.dataframe[0].value
    assert list(table["article"]) == list(corpus.articles["article"])
    assert list(table["status"]) == list(corpus.articles["status"])


def test_reading_an_article_marks_all_its_events(corpus):
    at = run_page("articles")
    name = corpus.articles.sort_values("n_events")["article"].iloc[-1]
    at.selectbox(key="articles_read").set_value(name).run()
    events = corpus.events[corpus.events["article"] == name]
    body = source_html(at)
    assert marked_event_ids(body) == set(events["event_id"])
    text = corpus.articles.set_index("article").loc[name, "text"]
    marked = "".join(marked_text(body, "event"))
    for start, end in zip(events["char_start"], events["char_end"]):
        assert text[start:end] in marked


def test_filter_change_updates_the_sidebar_count(corpus):
    at = run_page("articles")
    article = corpus.options.articles[0]
    at.multiselect(key="filter_article").set_value([article]).run()
    assert shown_count(at) == int((corpus.events["article"] == article).sum())
    assert at.query_params["article"] == article
