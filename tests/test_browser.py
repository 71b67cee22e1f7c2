"""Real browser (Playwright + Debian Chromium) against `streamlit run dashboard.py`.

Click a point and see its sentence highlighted; open a deep link and see the same view; upload an article
and see its event. Run with: pytest tests/test_browser.py (the fixtures are in conftest.py)."""
import re
from urllib.parse import parse_qs, urlencode, urlparse

from playwright.sync_api import Page, expect

from components.view_state import ViewState, filter_events

POINT = ".js-plotly-plot .scatterlayer .trace .point"


def evidence_of(corpus, event_id: str) -> str:
    event = corpus.events.set_index("event_id").loc[event_id]
    text = corpus.articles.set_index("article").loc[event["article"], "text"]
    return text[event["char_start"]:event["char_end"]]


def point_event_id(page: Page, index: int) -> str:
    """customdata[0] of the index-th drawn point, read from Plotly's own data bound to the SVG element."""
    return page.locator(POINT).nth(index).evaluate(
        "el => el.closest('.trace').__data__[0].trace.customdata[el.__data__.i][0]")


def click_point(page: Page, index: int) -> None:
    """Click the centre of a drawn point once the chart has stopped moving (Plotly picks the nearest point)."""
    point = page.locator(POINT).nth(index)
    point.scroll_into_view_if_needed()
    box, previous = point.bounding_box(), None
    while box != previous:
        page.wait_for_timeout(100)
        box, previous = point.bounding_box(), box
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def event_in_url(page: Page) -> str:
    return parse_qs(urlparse(page.url).query).get("event", [""])[0]


def test_click_on_timeline_highlights_the_sentence(page: Page, dashboard_url, corpus):
    page.goto(dashboard_url)
    page.locator(POINT).first.wait_for()
    index = page.locator(POINT).count() // 2
    wanted = point_event_id(page, index)
    click_point(page, index)
    expect(page).to_have_url(re.compile(f"event={wanted}"), timeout=20_000)
    mark = page.locator("mark.evidence")
    expect(mark.first).to_be_visible()
    assert " ".join(mark.all_inner_texts()).split() == evidence_of(corpus, wanted).split()


def test_deep_link_restores_filters_and_selected_event(page: Page, dashboard_url, corpus):
    named = corpus.events[(corpus.events["actors"] != "") & (corpus.events["date_start"].dt.year >= 2014)]
    event = named.iloc[-1]
    actor = event["actors"].split(";")[0]
    params = {"actor": actor, "years": "2014-2016", "lane": "country", "event": event["event_id"]}
    page.goto(f"{dashboard_url}/?{urlencode(params)}")
    expected = filter_events(corpus.events, ViewState(actors=(actor,), years=(2014, 2016)))
    expect(page.get_by_text(f"{len(expected)} of {len(corpus.events)} events")).to_be_visible(timeout=20_000)
    sidebar = page.locator("[data-testid=stSidebar]")
    expect(sidebar.get_by_role("button", name=f"Remove {actor}")).to_be_visible()
    expect(page.get_by_role("radio", name="Country")).to_be_checked()
    mark = page.locator("mark.evidence")
    expect(mark.first).to_be_visible()
    assert " ".join(mark.all_inner_texts()).split() == evidence_of(corpus, event["event_id"]).split()
    assert parse_qs(urlparse(page.url).query)["actor"] == [actor]
    sidebar.get_by_role("button", name="Copy link to this view").click()
    code = page.locator("[data-testid=stCode]").inner_text()
    assert f"event={event['event_id']}" in re.sub(r"\s", "", code)


def test_uploaded_article_shows_its_event(page: Page, dashboard_url, tmp_path):
    upload = tmp_path / "zanzibar.txt"
    upload.write_text(
        "Cyber talks in Zanzibar\nXinhua, March 5, 2016\n\nOn Thursday, US Secretary of State John Kerry and "
        "Chinese State Councilor Yang Jiechi held a dialogue on cyber security in Zanzibar.\n", encoding="utf-8")
    page.goto(f"{dashboard_url}/?q=Zanzibar")
    expect(page.get_by_text("0 of ")).to_be_visible(timeout=20_000)
    page.get_by_text("Add articles").click()
    page.locator("[data-testid=stFileUploaderDropzoneInput]").set_input_files(str(upload))
    expect(page.get_by_text(re.compile(r"zanzibar\.txt: [1-9]\d* events"))).to_be_visible(timeout=20_000)
    expect(page.get_by_text("1 of ")).to_be_visible()
    click_point(page, 0)
    mark = page.locator("mark.evidence")
    expect(mark.first).to_be_visible(timeout=20_000)
    assert "Zanzibar" in mark.first.inner_text()
