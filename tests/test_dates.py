import pytest

from converter.dates import parse_date


@pytest.mark.parametrize("text,iso", [
    ("January 20, 2025", "2025-01-20"),
    ("Jan. 20, 2025", "2025-01-20"),
    ("20 January 2025", "2025-01-20"),
    ("2025-01-20", "2025-01-20"),
    ("FRIDAY, July 8, 2016 (HealthDay News) --", "2016-07-08"),
    ("Published 3:04 PM ET Mon, 20 Jan 2025", "2025-01-20T15:04:00-05:00"),
    ("Updated 4:15 PM ET, Fri November 8, 2019", "2019-11-08T16:15:00-05:00"),
    ("July 4, 2024 10:00 a.m. ET", "2024-07-04T10:00:00-04:00"),
    ("2024-05-14T09:30:00-04:00", "2024-05-14T09:30:00-04:00"),
    ("10/30/2016", "2016-10-30"), ("30/10/2016", "2016-10-30"),  # month first, unless no month can be first
    ("03/04/2016", "2016-03-04"),  # ambiguous: read as printed in the US, as before
    ("2013/12/16", "2013-12-16"), ("16-Dec-2013", "2013-12-16"), ("12-16-2013", "2013-12-16"),
    ("16-12-2013", "2013-12-16"),
    ("Posted: Mar 03, 2025 / 06:41 PM EST", "2025-03-03T18:41:00-05:00"),  # a slash or a bullet before the time
    ("Mar 3, 2025 • 6:41 PM EST", "2025-03-03T18:41:00-05:00"),
])
def test_news_date_formats(text, iso):
    assert parse_date(text)[0] == iso


@pytest.mark.parametrize("text", ["Updated Dec. 25", "February 30, 2024", "no date here", "3 hours ago", "30/31/2016", "call 1-800-2013"])
def test_no_date_is_invented(text):
    assert parse_date(text) is None


def test_relative_stamps_need_a_reference_date():
    from datetime import date

    assert parse_date("Posted yesterday", reference=date(2025, 1, 21))[0] == "2025-01-20"
    assert parse_date("2 days ago", reference=date(2025, 1, 21))[0] == "2025-01-19"


def test_dotted_dates_are_day_first_and_version_numbers_are_no_dates():
    assert parse_date("Posted on 03.11.2017 by admin")[0] == "2017-11-03"
    assert parse_date("13.11.2019, 23:06")[0] == "2019-11-13"
    assert parse_date("31.02.2017") is None  # no such day
    assert parse_date("upgrade to v1.2.2019 today") is None


@pytest.mark.parametrize("text,iso", [
    ("3. März 2017", "2017-03-03"), ("Publié le 3 mars 2017 à 10h05", "2017-03-03"),
    ("1er mai 2018", "2018-05-01"), ("3 de marzo de 2017", "2017-03-03"), ("12 de março de 2019", "2019-03-12"),
    ("3 maggio 2017", "2017-05-03"), ("3 maart 2017", "2017-03-03"),
    # and their abbreviations
    ("02 Ago 2017", "2017-08-02"), ("3 Okt. 2017", "2017-10-03"), ("5 déc. 2018", "2018-12-05"),
    # Russian and Polish, in the genitive
    ("Опубликовано: 3 октября 2018", "2018-10-03"), ("20 listopada 2019 r.", "2019-11-20"),
])
def test_day_first_dates_in_the_other_languages_we_detect(text, iso):
    assert parse_date(text)[0] == iso


def test_a_foreign_month_name_alone_is_no_date():
    assert parse_date("the Mars 2017 mission") is None
    assert parse_date("He left 5 years ago 2017 was the last time") is None  # "ago" after a unit, no day


def test_a_two_digit_year_is_read_only_from_a_byline_stamp_with_its_time():
    from converter.dates import parse_short_date
    assert parse_short_date("By Jane Roe - 11/19/19 06:56 AM EST")[0] == "2019-11-19T06:56:00-05:00"
    assert parse_date("By Jane Roe - 11/19/19 06:56 AM EST") is None  # not from any line: cards print them too
    assert parse_short_date("The score was 3/4/19 at the break") is None  # no time: a score or a fraction
    assert parse_short_date("ratio 1/2/34 12:30") is None  # a time without AM/PM after a slashed triple: no stamp


@pytest.mark.parametrize("text,iso", [
    ("Sat 12 Oct 2024 14.07 BST", "2024-10-12T14:07:00+01:00"),
    ("14.07 GMT, 12 October 2024", "2024-10-12T14:07:00+00:00"),
    ("Oct 12, 2024 3.50 million", "2024-10-12"),  # a dotted number with no zone after it is no time
])
def test_a_dotted_clock_time_before_a_zone(text, iso):
    assert parse_date(text)[0] == iso
