"""The reference events in data/: a sentence that names a well-known event without a date is matched to it."""
import pytest

from loader.catalog import match_references
from loader.ingest import read_catalog
from loader.pipeline import DATA_DIR

REFERENCES = read_catalog(DATA_DIR).references


@pytest.mark.parametrize("sentence, expected", [
    ("The indictment of five PLA officers angered Beijing.", ["indictment-pla-2014"]),
    ("Xinhua's report came a day after the US Justice Department charged five Chinese military officers "
     "with hacking into US companies.", ["indictment-pla-2014"]),
    ("The charges came a year after the Justice Department charged five officers of the People's Liberation "
     "Army's Unit 61398.", ["indictment-pla-2014"]),
    ("Beijing said it would suspend the activities of the cyber working group.", ["working-group-suspended-2014"]),
    ("The OPM breach exposed 21.5 million records.", ["opm-breach-2015"]),
    ("Leaders met at the G20 summit in Hangzhou.", ["g20-hangzhou-2016"]),
    # charges against other people are not that indictment
    ("Prosecutors charged a Chinese businessman with conspiring to hack Boeing.", []),
    ("The talks went well, officials said.", []),
])
def test_a_well_known_event_is_recognised(sentence, expected):
    assert [r.event_id for r in match_references(sentence, REFERENCES)] == expected
