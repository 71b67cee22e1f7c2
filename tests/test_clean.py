"""clean.find_blocks: body kept with offsets into the original; chrome, captions, repeats marked."""
from pathlib import Path

import pytest

from loader.clean import find_blocks

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"
SEEDS = sorted(p.name for p in ARTICLES.glob("*.txt"))


def _read(name: str) -> str:
    return (ARTICLES / name).read_text(encoding="utf-8")


def _kinds(text: str) -> dict[str, str]:
    """First line of each block -> kind (for asserting on what a reader sees)."""
    return {text[b.start:b.end]: b.kind for b in find_blocks(text)}


@pytest.mark.parametrize("name", SEEDS)
def test_blocks_point_into_the_text_and_explain_themselves(name):
    text = _read(name)
    blocks = find_blocks(text)
    assert blocks and all(0 <= b.start < b.end <= len(text) for b in blocks)
    assert all(a.end <= b.start for a, b in zip(blocks, blocks[1:]))
    # Every non-blank line belongs to exactly one block.
    covered = "".join(text[b.start:b.end] for b in blocks)
    assert "".join(text.split()) == "".join(covered.split())
    assert all(b.reason for b in blocks if b.kind != "body")
    assert sum(b.kind == "title" for b in blocks) >= 1


@pytest.mark.parametrize("name, body_starts, body_ends", [
    ("000_ab350dcdf2b5260c.txt", "CHINA is a staunch supporter", "expressing regret for not seeing her at the weekend."),
    ("001_e1c4aa79b645c51d.txt", "Chinese President Xi Jinping said", "Costa Rica and Mexico. Endi"),
    ("002_5b432ddb9a6b90cc.txt", "It is good to see the first round", "establish global rules for cyberspace."),
    ("003_4433b5332cda7410.txt", "As China and the United States agreed", "improve their own technical skills to enhance cybersecurity."),
    ("004_2cd512766c6b2634.txt", "China and the United States have reached", "international community, he added. Enditem"),
])
def test_seed_body_is_exactly_the_article(name, body_starts, body_ends):
    text = _read(name)
    body = [text[b.start:b.end] for b in find_blocks(text) if b.kind == "body"]
    assert body[0].startswith(body_starts)
    assert body[-1].endswith(body_ends)


@pytest.mark.parametrize("name, line, kind", [
    ("000_ab350dcdf2b5260c.txt", "China, US take united approach over threats to cybersecurity", "title"),
    ("000_ab350dcdf2b5260c.txt", "- About Us", "boilerplate"),
    ("000_ab350dcdf2b5260c.txt", "- 沪ICP证:沪ICP备05050403号-1", "boilerplate"),
    ("000_ab350dcdf2b5260c.txt", "RSS", "boilerplate"),
    ("001_e1c4aa79b645c51d.txt", "0 Comment(s)Print E-mail Xinhua, June 9, 2013", "dateline"),
    ("001_e1c4aa79b645c51d.txt", "Adjust font size:", "boilerplate"),
    ("001_e1c4aa79b645c51d.txt", "Racist, abusive and off-topic comments may be removed by the moderator.", "boilerplate"),
    ("001_e1c4aa79b645c51d.txt", "Send your storiesGet more from China.org.cnMobileRSSNewsletter", "boilerplate"),
    ("002_5b432ddb9a6b90cc.txt", "Talks with US pave way for better cyber security", "title"),
    ("002_5b432ddb9a6b90cc.txt", "Updated: 2015-12-03 08:35", "dateline"),
    ("002_5b432ddb9a6b90cc.txt", "(China Daily)", "dateline"),
    ("002_5b432ddb9a6b90cc.txt", "|||||||||", "boilerplate"),
    ("002_5b432ddb9a6b90cc.txt", "- Road rage cases pose huge safety challenge", "boilerplate"),
    ("002_5b432ddb9a6b90cc.txt", "Cinemas enjoy strong first half |", "boilerplate"),
    ("002_5b432ddb9a6b90cc.txt", "Shooting rampage at US social services agency leaves 14 dead", "boilerplate"),
    ("002_5b432ddb9a6b90cc.txt", "The place to be |", "boilerplate"),
    ("003_4433b5332cda7410.txt", "you're reading...", "boilerplate"),
    ("003_4433b5332cda7410.txt", "Xi, Obama tout Sino-US cooperation on cybersecurity", "title"),
    ("003_4433b5332cda7410.txt", "Post a Comment", "boilerplate"),
    ("004_2cd512766c6b2634.txt", "Off the wire", "boilerplate"),
    ("004_2cd512766c6b2634.txt", "You are here:   Home", "boilerplate"),
    ("004_2cd512766c6b2634.txt", "Xinhua, September 13, 2015 Adjust font size:", "dateline"),
])
def test_seed_lines_are_classified(name, line, kind):
    assert _kinds(_read(name))[line] == kind


def test_seed_004_ticker_is_boilerplate():
    text = _read("004_2cd512766c6b2634.txt")
    ticker = next(b for b in find_blocks(text) if text[b.start:b.end].startswith("Egypt sentences"))
    assert ticker.kind == "boilerplate" and "ticker" in ticker.reason


def test_seed_000_repeated_body_is_marked_duplicate():
    text = _read("000_ab350dcdf2b5260c.txt")
    blocks = find_blocks(text)
    body = [b for b in blocks if b.kind == "body"]
    dups = [b for b in blocks if b.kind == "duplicate"]
    assert len(body) == 12 and len(dups) == 11
    originals = {text[b.start:b.end] for b in body}
    assert all(text[d.start:d.end] in originals for d in dups)
    assert all(d.start > body[-1].end for d in dups)


def test_seed_002_caption_is_kept_and_marked():
    text = _read("002_5b432ddb9a6b90cc.txt")
    caps = [b for b in find_blocks(text) if b.kind == "caption"]
    assert len(caps) == 1
    assert text[caps[0].start:caps[0].end].startswith("US Attorney General Loretta E. Lynch")
    assert "[Photo/IC]" in text[caps[0].start:caps[0].end]


BODY = ("Officials from both countries met in Washington on Tuesday to discuss cyber crime.\n"
        "The talks produced an agreement on a hot line, the ministry said.\n")


@pytest.mark.parametrize("text, line, kind", [
    # headline lists: runs of short lines without sentence punctuation after the body
    (BODY + "Top stories today\nMarkets rally on trade hopes\nStorm hits coast\nNew bridge opens", "Storm hits coast", "boilerplate"),
    # a link list of "- " items
    (BODY + "- Home\n- World\n- Business\n- Contact", "- World", "boilerplate"),
    # a breadcrumb/ticker line joined by separators
    ("Home > News > World > Asia\n" + BODY, "Home > News > World > Asia", "boilerplate"),
    # loose chrome words inside a real sentence do not make it chrome
    ("Headline about cyber talks\n" + BODY + "The company updated its privacy policy after the hack was found.\n",
     "The company updated its privacy policy after the hack was found.", "body"),
    (BODY, "The talks produced an agreement on a hot line, the ministry said.", "body"),
    # datelines and bylines
    ("Cyber talks open\nBy John Smith | June 3, 2014\n" + BODY, "By John Smith | June 3, 2014", "dateline"),
    ("Cyber talks open\nPUBLISHED: 08:36 EST, 21 February 2013 | UPDATED: 10:15 EST, 21 February 2013\n" + BODY,
     "PUBLISHED: 08:36 EST, 21 February 2013 | UPDATED: 10:15 EST, 21 February 2013", "dateline"),
    # a sentence that mentions a date is news, not a dateline
    ("Cyber talks open\n" + BODY + "The two sides first met on June 7, 2013 in California.\n",
     "The two sides first met on June 7, 2013 in California.", "body"),
    # captions
    (BODY + "Xi Jinping and Barack Obama walk at Sunnylands, June 8, 2013. (Xinhua/Lan Hongguang)",
     "Xi Jinping and Barack Obama walk at Sunnylands, June 8, 2013. (Xinhua/Lan Hongguang)", "caption"),
    ("Photo taken on Sept 9 shows the delegation arriving.\n" + BODY,
     "Photo taken on Sept 9 shows the delegation arriving.", "caption"),
    # copyright footer, even as a sentence
    (BODY + "Copyright 2015 Example News. All rights reserved.", "Copyright 2015 Example News. All rights reserved.",
     "boilerplate"),
    (BODY + "\nComments (2)\n\njlee 2016-09-07 08:12\n\nYou left out the Windows 8 ban in May 2014, which was big.",
     "You left out the Windows 8 ban in May 2014, which was big.", "boilerplate"),
    # everything after a comment form is comments, sentences included
    (BODY + "Leave a Reply\nJanuary 11, 2018 - tom\nI think this is a very good point about the talks.",
     "I think this is a very good point about the talks.", "boilerplate"),
    # menu words above the headline are chrome; the headline is the first line of some length
    ("Home\nWorld\nChina and US hold first cyber crime dialogue\n" + BODY,
     "China and US hold first cyber crime dialogue", "title"),
    ("Home\nWorld\nChina and US hold first cyber crime dialogue\n" + BODY, "World", "boilerplate"),
    # a row of share buttons between the headline and the body is chrome, and the headline stays the title
    ("LISTEN 3:52\nQueue  Download  Embed\nCyber talks open in Washington\n\nby Mark Tremaine\n\n"
     "Facebook  Twitter  Flipboard  Email\n" + BODY, "Facebook  Twitter  Flipboard  Email", "boilerplate"),
    ("LISTEN 3:52\nQueue  Download  Embed\nCyber talks open in Washington\n\nby Mark Tremaine\n\n"
     "Facebook  Twitter  Flipboard  Email\n" + BODY, "Cyber talks open in Washington", "title"),
    # a labelled publication line stays a dateline even after the comments
    (BODY + "Comments\nfedworker_va · 2 days ago\nI got my letter.\nPublished: June 26, 2015 · 4:12 PM ET\n",
     "Published: June 26, 2015 · 4:12 PM ET", "dateline"),
    # a count of comments under a live-blog entry does not end the story
    (BODY + "▸ 47 comments\nSept. 25, 2015 — 2:34 PM\nThe White House released a fact sheet on the cyber commitments.\n",
     "The White House released a fact sheet on the cyber commitments.", "body"),
    ("Cyber talks open\n" + BODY + "7:10 p.m. ET\nGuests are arriving for the state dinner tonight, officials said.\n",
     "7:10 p.m. ET", "dateline"),
    # an update under its own date is news; the date and time alone are a stamp
    ("Cyber talks open\n" + BODY + "Updated Dec. 2, 2015 at 9:05 a.m. ET: Xinhua called the hack a criminal case.\n",
     "Updated Dec. 2, 2015 at 9:05 a.m. ET: Xinhua called the hack a criminal case.", "body"),
    ("Cyber talks open\n" + BODY + "Updated Dec. 2, 2015 at 9:05 a.m. ET\n", "Updated Dec. 2, 2015 at 9:05 a.m. ET", "dateline"),
    ("The Meridian uses cookies to give you a better experience. By continuing you agree to our policy.\n"
     "Cyber talks open\n" + BODY,
     "The Meridian uses cookies to give you a better experience. By continuing you agree to our policy.", "boilerplate"),
    # repeats are found whatever the case and spacing
    (BODY + "OFFICIALS from both countries  met in Washington on Tuesday to discuss cyber crime.",
     "OFFICIALS from both countries  met in Washington on Tuesday to discuss cyber crime.", "duplicate"),
])
def test_synthetic_lines_are_classified(text, line, kind):
    assert _kinds(text)[line] == kind


@pytest.mark.parametrize("text, paragraph", [
    ("Headline here\n\nThe two countries agreed to set up a working group that\nwill meet twice a year, officials said.\n",
     "The two countries agreed to set up a working group that\nwill meet twice a year, officials said."),
    ("Headline here\n\nThe minister, speaking in Beijing,\nSaid the talks would go on.\n",
     "The minister, speaking in Beijing,\nSaid the talks would go on."),
    # PDF text wrapped after a preposition, the next line opening with a date
    ("Headline here\n\nThe dispute began on\n19 February 2013, when Mandiant published a report.\n",
     "The dispute began on\n19 February 2013, when Mandiant published a report."),
])
def test_hard_wrapped_lines_join_into_one_paragraph(text, paragraph):
    assert _kinds(text)[paragraph] == "body"


PDF_PARAGRAPH = ("Xi's state visit of 22-25 September 2015 was his first state\n"
                 "visit to the United States as president. On 24 Sept 2015, the\n"
                 "eve of the formal talks, Obama and Xi dined privately at Blair\n"
                 "House; the following day they announced in the Rose Garden\n"
                 "that neither government would knowingly support cyber theft.")


def test_text_wrapped_at_one_width_joins_before_a_capital_too():
    # "Blair" / "House": in wrapped prose a line ends where the width ran out, even before a name.
    assert _kinds("Headline here\n\n" + PDF_PARAGRAPH + "\n")[PDF_PARAGRAPH] == "body"


def test_wrapped_text_keeps_fields_turns_and_short_paragraphs_apart():
    # an e-mail wrapped at 72 columns: short question-and-answer paragraphs count together as wrapped prose
    question = ("Q: Defense Secretary Ash Carter spoke at the RSA Conference in San\n"
                "Francisco on Wednesday. He mostly talked about encryption and Apple, but\n"
                "he also asked the industry for help defending Pentagon networks. Was\n"
                "China the subtext?")
    answer = ("HALE: Partly. The department doesn't like to name names in that\n"
              "setting. But everyone in that room knew which state actors he meant.")
    text = ("From: The Cyber Dispatch <editors@cyberdispatch-news.com>\nDate: Thu, May 19, 2016 at 7:01 AM\n\n"
            + PDF_PARAGRAPH + "\n\n" + question + "\n\n" + answer + "\n")
    blocks = _kinds(text)
    assert blocks[question] == blocks[answer] == blocks[PDF_PARAGRAPH] == "body"
    assert "Date: Thu, May 19, 2016 at 7:01 AM" in blocks


@pytest.mark.parametrize("lines", [
    # headlines of one width, each its own line: none runs on into the next
    ["U.S., China Hold First High-Level Talks on Cybercrime          Dec. 1, 2015",
     "Obama, Xi Reach Pledge on Cybertheft                           Sept. 25, 2015",
     "OPM Chief Archuleta Resigns After Data Breach                  July 10, 2015"],
    ["NEW: Snowden tells Hong Kong paper the NSA has hacked Chinese targets since 2009",
     "He says he will stay in Hong Kong and fight any extradition attempt",
     "Claims come days after Obama pressed Xi on Chinese hacking at California summit"],
])
def test_lines_of_one_width_that_are_not_prose_stay_apart(lines):
    text = "Headline here\n\nThe two sides met in Washington on Tuesday, officials said.\n\n" + "\n".join(lines) + "\n"
    blocks = [text[b.start:b.end] for b in find_blocks(text)]
    assert all(line in blocks for line in lines)


def test_text_with_no_sentences_is_kept_as_body():
    text = "Just some words\nmore words"
    assert [b.kind for b in find_blocks(text)] == ["body"]


@pytest.mark.parametrize("line, kind", [
    ("Obama speaks at the White House on Monday. (AP Photo/Evan Vucci)", "caption"),
    ("Delegates arrive for the talks. [Photo by Wang Zhuangfei/China Daily]", "caption"),
    ("(Xinhua)", "dateline"),
    ("Source: Xinhua", "dateline"),
    ("Chip Somodevilla/Getty Images", "caption"),
    ("CNI's Tim Harlow in Hong Kong and Jill Dorsey in Washington contributed to this report.", "dateline"),
    ("(Additional reporting by Michael Martina in Beijing; Editing by Jonathan Oatis)", "dateline"),
    ("by the numbers, the talks were a success for both sides and the ministers", "body"),
])
def test_captions_and_credits(line, kind):
    assert _kinds("Cyber talks open\n" + BODY + line + "\n" + BODY.replace("Tuesday", "Friday"))[line] == kind


REPORT = (
    "Norms Under Strain\n\n"
    "The first meeting of the dialogue was held in Washington in December, officials said.3 Both sides\n"
    "agreed to meet again.\n\n"
    "___________________\n"
    "3 US Department of Justice, 'U.S. Charges Five Chinese Military\n"
    "  Hackers for Cyber Espionage', press release, 19 May 2014.\n"
    "4 Xinhua, 'China to introduce security vetting', 22 May\n"
    "  2014.\n"
    "5 The first meeting was held in Washington on 1 December 2015.\n"
    "[6] Mandiant, \"APT1: Exposing One of China's Cyber Espionage Units,\" February 2013.\n"
    "[7] OPM, Cybersecurity Resource Center, https://www.opm.gov/cybersecurity/, accessed 3 March 2016.\n"
    "\f8 | Norms Under Strain: US–China Cyber Relations After the September 2015 Agreement\n\n"
    "12 officials were charged, the ministry said in a statement on Tuesday.\n"
)


@pytest.mark.parametrize("line, kind", [
    # a citation, with its wrapped lines, is a source's date, not news
    ("3 US Department of Justice, 'U.S. Charges Five Chinese Military", "boilerplate"),
    ("Hackers for Cyber Espionage', press release, 19 May 2014.", "boilerplate"),
    ("4 Xinhua, 'China to introduce security vetting', 22 May", "boilerplate"),
    ("2014.", "boilerplate"),
    ("[6] Mandiant, \"APT1: Exposing One of China's Cyber Espionage Units,\" February 2013.", "boilerplate"),
    ("[7] OPM, Cybersecurity Resource Center, https://www.opm.gov/cybersecurity/, accessed 3 March 2016.", "boilerplate"),
    # a PDF's running head
    ("8 | Norms Under Strain: US–China Cyber Relations After the September 2015 Agreement", "boilerplate"),
    # a note that explains is text, and so is a sentence that opens with a number
    ("5 The first meeting was held in Washington on 1 December 2015.", "body"),
    ("12 officials were charged, the ministry said in a statement on Tuesday.", "body"),
])
def test_citations_and_page_heads_of_a_report(line, kind):
    assert _kinds(REPORT)[line] == kind


@pytest.mark.parametrize("line", [
    # notes about the page itself
    "Correction (June 27): An earlier version of this article said Archuleta testified on Wednesday before the Senate.",
    "Update, 10 November: I've added a link to a full English translation below and corrected the vote count.",
    "Note (2017-06-01): We have left the chronology as it stood in November 2016.",
    "This article appears in the October 2015 issue. Subscribe now for print and digital access.",
    "Sources: Department of Justice press releases (accessed 2016-11-08); White House fact sheets; Xinhua.",
    # a newsletter's footer, links to the previous and next posts
    "You are receiving this email because you subscribed at cyberdispatch-news.com on 14 March 2014.",
    "<- Previous post: Reading the 13th Five-Year Plan for tech (February 25, 2016)",
    "Editor's note: this interview was conducted by phone on Thursday morning and has been edited for length.",
    "AutoModerator 1 point 2 years ago stickied comment",
])
def test_notes_about_the_page_are_not_news(line):
    assert _kinds("Cyber talks open\n" + BODY + line + "\n" + BODY.replace("Tuesday", "Friday"))[line] == "boilerplate"


WIKI = ("China–United States cyber relations\nFrom Wikipedia, the free encyclopedia\n\n"
        "Xi made a state visit to the United States from 22 to 25 September 2015, beginning in Seattle.[15] "
        "On 25 September the two presidents announced an agreement.[16]\n"
        "Obama is scheduled to attend the G20 summit in Hangzhou on 4–5 September 2016.[21]\n"
        "References[edit]\n"
        "- ^ Halvorsen, Leif (12 March 2016). \"Hackers, spies and diplomats\". Pacific Ledger. Retrieved 4 June 2016.\n"
        "- ^ \"APT1: Exposing One of China's Cyber Espionage Units\" (PDF). Mandiant. 19 February 2013.\n"
        "-  This page was last modified on 15 July 2016, at 09:42.\n")


def test_a_wikis_citation_marks_and_references():
    kinds = _kinds(WIKI)
    assert kinds["Obama is scheduled to attend the G20 summit in Hangzhou on 4–5 September 2016.[21]"] == "body"
    assert kinds["- ^ Halvorsen, Leif (12 March 2016). \"Hackers, spies and diplomats\". Pacific Ledger. Retrieved 4 June 2016."] \
        == "boilerplate"
    assert kinds["-  This page was last modified on 15 July 2016, at 09:42."] == "dateline"


def test_a_live_blog_update_stays_news():
    line = "Update: Obama and Xi have finished their news conference in the Rose Garden."
    assert _kinds("Cyber talks open\n" + BODY + line + "\n" + BODY.replace("Tuesday", "Friday"))[line] == "body"


def test_a_press_release_ends_at_its_end_mark_and_its_about_paragraph_is_the_issuers():
    text = ("Firm welcomes plea\nWASHINGTON — March 23, 2016 — Castellan today welcomed the guilty plea of Su Bin.\n"
            "Su admitted that he conspired with hackers in China, the court heard on Wednesday.\n"
            "About Castellan Threat Intelligence\nFounded in 2011 and based in Washington, Castellan tracks threats.\n"
            "###\nCastellan Closes $24 Million Series B Round November 10, 2015\n")
    kinds = _kinds(text)
    assert kinds["Su admitted that he conspired with hackers in China, the court heard on Wednesday."] == "body"
    assert kinds["Founded in 2011 and based in Washington, Castellan tracks threats."] == "boilerplate"
    assert kinds["Castellan Closes $24 Million Series B Round November 10, 2015"] == "boilerplate"


def test_a_slide_decks_short_lines_are_its_content():
    deck = ("Cyber after the Rose Garden\nBriefing, February 2016\nSlide 1 of 3\nBottom line\n"
            "Espionage appears lower than in 2013\nThe dialogue has met once\nSlide 2 of 3\nHow we got here\n"
            "Feb. 2013 — Mandiant APT1 report ties a campaign to Unit 61398\n"
            "May 19, 2014 — DOJ indicts five PLA officers; China suspends the working group\nSlide 3 of 3\n"
            "Next round: Beijing, scheduled for June 2016\n")
    kinds = _kinds(deck)
    assert kinds["Slide 2 of 3"] == "boilerplate"
    for line in ("The dialogue has met once", "May 19, 2014 — DOJ indicts five PLA officers; China suspends the working group",
                 "Next round: Beijing, scheduled for June 2016"):
        assert kinds[line] == "body", line


@pytest.mark.parametrize("line, kind", [
    ("May 19, 2014 — DOJ indicts five PLA officers; China suspends the working group", "body"),  # a dated item
    ("Sept. 25, 2015 — 2:34 PM", "dateline"),  # a stamp
    ("September 26, 2015 — By Julia Harwood", "dateline"),  # a byline
    ("07/13/2016\t42\tMINUTES OF SENTENCING held before Judge Marchetti as to Defendant Su Bin", "body"),  # a table row
    ("Published: Sep 05, 2016 19:32 IST | Updated: Sep 06, 2016 21:45 IST", "dateline"),
])
def test_dated_items_and_table_rows_are_no_datelines(line, kind):
    assert _kinds("Cyber talks open\n" + BODY + line + "\n" + BODY.replace("Tuesday", "Friday"))[line] == kind


@pytest.mark.parametrize("line, kind", [
    ("Next round: Beijing, scheduled for June 2016", "body"),
    ("Next »", "boilerplate"),
    ("Previous issue: #47 (Fri 27 Nov) — Antalya fallout", "boilerplate"),
    ("Next article", "boilerplate"),
])
def test_next_and_previous_are_navigation_only_as_links(line, kind):
    assert _kinds("Cyber talks open\n" + BODY + line + "\n" + BODY.replace("Tuesday", "Friday"))[line] == kind


@pytest.mark.parametrize("line, kind", [
    ("This site uses cookies to improve your experience and to serve personalised advertising. By continuing to "
     "browse you agree to our use of cookies, which you can change at any time in the settings of your browser.",
     "boilerplate"),
    # a digest item that credits its source after the full stop is a sentence, not a link
    ("- Xi Jinping arrives in Washington, D.C., and Obama hosts him for a private dinner at Blair House. (CNN)", "body"),
])
def test_long_cookie_banners_and_credited_items(line, kind):
    text = ("Cyber talks open\n" + BODY + line + "\n- Another item happened on the day, officials said. (BBC)\n"
            "- A third item happened on the day, officials said. (AP)\n" + BODY.replace("Tuesday", "Friday"))
    assert _kinds(text)[line] == kind


def test_a_wrapped_endnote_that_ends_in_a_date_stays_one_note():
    text = ("Trust, but monitor\n" + BODY + "Notes\n\n"
            '1  The White House, "Fact Sheet: President Xi Jinping\'s State Visit to the United\n'
            '   States," September 25, 2015.\n'
            '2  Mandiant, "APT1: Exposing One of China\'s Cyber Espionage Units," February 18, 2013.\n')
    kinds = _kinds(text)
    assert kinds['   States," September 25, 2015.'.strip()] == "boilerplate"
