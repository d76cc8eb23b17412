"""Adversarial passages against session 9's anchor clues (review H5), each with the days it may be from.

Written for this review (no benchmark text) to break the new clues: ages told with a birth
(:mod:`timeline.anchor.ages`), counts of years since a dated event (:mod:`timeline.anchor.counts`),
numeric dates in prose (:mod:`timeline.anchor.numeric`), copyright and modification stamps
(:mod:`timeline.anchor.stamps`), the new dateline and stamp forms (:mod:`timeline.anchor.datelines`),
"earlier this year, in March 2019" (:mod:`timeline.anchor.yearclues`), cover months and
:func:`timeline.anchor.tense.relative_past`. ``truths`` are the days a careful reader could not rule
out, written before the anchor was run: every one must lie in what the anchor says.

Three rounds, 170 passages. The first (122) found 49 confident lies (ages 14, counts 8, numeric 4,
stamps 8, datelines 9, relative years 6); the second (30, against the fixes) 4 (ages 3, stamps 1);
the third (18) 1 (counts). Each was mended by a general rule, with a negative row in its clue's
corpus; none is left as an xfail.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

D = dt.date


class Passage(NamedTuple):
    name: str
    clue: str  # the clue the passage attacks
    truths: tuple[dt.date, ...]  # plausible true days: none may be ruled out
    text: str


def _p(name: str, clue: str, truths: dt.date | tuple[dt.date, ...], text: str) -> Passage:
    return Passage(name, clue, truths if isinstance(truths, tuple) else (truths,), text)


AGES = [
    _p("age_memorial_plaque", "ages", D(2024, 6, 15),
       "A bronze plaque on the pier now honours Mia Holt, 16, who was born in 2003 and drowned there saving a "
       "friend.\n\nThe council unveiled it on Saturday."),
    _p("age_year_in_previous_sentence", "ages", D(2019, 5, 10),
       "In 1999 the expedition reached the summit in a storm. Lind, 16, who was born in 1983, carried the flag. "
       "She now runs a guiding firm in Nepal."),
    _p("age_year_same_sentence", "ages", D(2019, 5, 10),
       "In 1999, Lind, 16, who was born in 1983, carried the flag to the summit."),
    _p("age_film_character", "ages", D(2019, 9, 1),
       "In the film, Ada Cole, 12, who was born in 1990, finds a map in her grandfather's attic. The director "
       "shot it in Wales."),
    _p("age_census_record", "ages", D(2019, 3, 8),
       "The census lists Mary Ryan, 34, who was born in 1886, as a servant in the house on Elm Street. Her "
       "great-grandson bought the house last month."),
    _p("age_police_report", "ages", D(2020, 3, 1),
       "According to the police report, the driver, 23, who was born in 1995, had not been drinking. The trial "
       "opens next week."),
    _p("age_would_have_been", "ages", D(2019, 6, 7),
       "Friends gathered to remember Sam Ortiz, who was born in 1969 and would have been 50 on Friday."),
    _p("age_at_the_time_of_crash", "ages", D(2021, 2, 2),
       "At the time of the crash, the driver, 19, who was born in 1999, had held a licence for a month. She was "
       "convicted on Monday."),
    _p("age_when_war_ended", "ages", D(2018, 5, 8),
       "When the war ended, Petrov, 20, who was born in 1925, walked home from Berlin. His letters are now in "
       "the city museum."),
    _p("age_ten_years_ago", "ages", D(2019, 8, 20),
       "Ten years ago this week, Mara Quist, 21, who was born in 1988, won gold in the relay."),
    _p("age_flood_paragraph", "ages", D(2019, 3, 1),
       "The flood of 2004 swept through the valley.\n\nTom Reyes, 9, who was born in 1995, was pulled from the "
       "water by a neighbour. He is now a firefighter."),
    _p("age_tv_show", "ages", D(2019, 10, 2),
       "The show follows Jo Marsh, 15, who was born in 1990 in a small Maine town, through one hard winter."),
    _p("age_that_march", "ages", D(2018, 8, 21),
       "That March, Ivo Kral, 22, who was born in 1946, was arrested for printing leaflets."),
    _p("age_obituary_passed", "ages", D(2019, 11, 12),
       "Ruth Jones, 87, who was born in 1932, passed on Sunday surrounded by her family."),
    _p("age_living_now", "ages", D(2019, 4, 2),
       "Today Reyes, 24, who was born in 1995, is a firefighter in the same valley."),
    _p("age_finalists", "ages", D(2019, 5, 1),
       "The finalists are Ana Lopes, 17, who was born in 2002, and Ben Ott, 18, a baker's son."),
    _p("age_novel_review", "ages", D(2019, 2, 14),
       "Review: The narrator, Nell, 11, who was born in 1978, spends a summer with her aunt. The novel is "
       "published by Harbor Books."),
    _p("age_archive_photo", "ages", D(2019, 7, 4),
       "Our archive photo shows Carl Berg, 30, who was born in 1950, on the day he opened the shop on Main Street."),
    _p("age_in_quote_old_letter", "ages", D(2019, 1, 9),
       "The 1961 letter reads: “My son, 12, who was born in 1949, wants to be a pilot.” It sold at auction on "
       "Tuesday."),
    _p("age_born_on_date_living", "ages", D(2019, 7, 1),
       "The swimmer, now 30, was born on June 4, 1989, in Perth, and trains there still."),
    _p("age_dog", "ages", D(2019, 5, 20),
       "Bella, 16, who was born in 2003, is the oldest dog at the shelter."),
    _p("age_murdered", "ages", D(2022, 3, 3),
       "The trial heard that Lena Voss, 31, who was born in 1987, was strangled in her flat."),
]

COUNTS = [
    _p("count_next_year_marks", "counts", D(2018, 1, 20),
       "Next year marks 30 years since the fall of the wall in 1989, and Berlin is already planning concerts."),
    _p("count_in_a_later_year", "counts", D(2019, 11, 17),
       "In 2029 the city marks 40 years since the 1989 revolution; the mayor wants a new square by then."),
    _p("count_nearly", "counts", D(2018, 10, 1),
       "It has been nearly 30 years since the fall of the wall in 1989."),
    _p("count_more_than", "counts", D(2020, 3, 1),
       "It has been more than five years since the 2014 annexation, and the banks are still shut."),
    _p("count_anniversary_next_year", "counts", D(2018, 6, 1),
       "The 30th anniversary of the 1989 revolution falls next year, and the square is being repaved."),
    _p("count_year_after_comma", "counts", D(2019, 11, 9),
       "It has been 30 years since the wall fell, and in 2019 the city still argues about its remains."),
    _p("count_year_of_birth", "counts", D(2019, 5, 1),
       "It has been four years since Ana Ruiz, who was born in 1990, opened her bakery."),
    _p("count_quoted_old_speech", "counts", D(2019, 11, 17),
       "In a speech he gave a decade ago, the president said: “It is 20 years since the 1989 revolution, and we "
       "are still waiting.” The square was renamed on Sunday."),
    _p("count_past_report", "counts", D(2022, 1, 10),
       "Five years after the 2014 annexation, Crimea remained cut off from Ukraine's banks."),
    _p("count_celebrated", "counts", D(2021, 4, 4),
       "The club celebrated 50 years since its 1969 founding with a gala."),
    _p("count_will_mark", "counts", D(2019, 10, 10),
       "Next month the city will mark 30 years since the 1989 revolution."),
    _p("count_headline_question", "counts", D(2019, 3, 18),
       "Five years after the 2014 annexation, what has changed?\n\nThe banks are still shut."),
    _p("count_founding_relative_clause", "counts", D(2019, 6, 1),
       "It is 25 years since the founding of the club in Oslo by two brothers who met at school in 1970."),
    _p("count_thirty_after", "counts", D(2019, 11, 9),
       "Thirty years after 1989, the wall's scars remain in the city."),
    _p("count_quote_recent", "counts", D(2019, 3, 19),
       "“It is five years since the 2014 annexation,” the minister said on Tuesday."),
    _p("count_had_been", "counts", D(2019, 2, 2),
       "By the time the bridge opened, it had been four years since the 2014 annexation."),
    _p("count_marks_next_june", "counts", D(2018, 6, 10),
       "The town marks 75 years since the 1944 landings next June, and veterans are already booking rooms."),
    _p("count_marks_in_year", "counts", D(2018, 3, 1),
       "The town marks 75 years since the 1944 landings in 2019, and veterans are already booking rooms."),
    _p("count_hundred_years", "counts", D(2019, 2, 1),
       "The exhibition marks 100 years since the 1919 strike."),
    _p("count_sentenced", "counts", D(2019, 6, 1),
       "He was sentenced to five years after the 2014 riots."),
    _p("count_later_this_year", "counts", D(2019, 2, 1),
       "Later this year the country marks 30 years since the 1989 revolution."),
    _p("count_upcoming_anniversary", "counts", D(2018, 9, 1),
       "Ahead of the anniversary, it is 30 years since the 1989 revolution this November, organisers said."),
    _p("count_its_been_since_born", "counts", D(2020, 5, 1),
       "It's been 10 years since the singer, born in Lagos in 1990, first sang on stage."),
    _p("count_years_after_age_opening", "counts", D(2019, 8, 1),
       "Two years after he retired in 2016, he is back at the club as coach."),
]

NUMERIC = [
    _p("num_firmware_version", "numeric", D(2018, 12, 1),
       "The router maker shipped firmware 3.10.2019 to fix the battery bug."),
    _p("num_orders_before", "numeric", D(2018, 11, 20),
       "Orders placed before 12/01/2019 ship free, the shop said."),
    _p("num_received_by", "numeric", D(2020, 1, 10),
       "Applications received by 03/15/2020 will be considered first."),
    _p("num_effective_american", "numeric", D(2019, 12, 17),
       "The rule, effective 01/07/2020, was announced on Tuesday."),
    _p("num_record", "numeric", D(2019, 7, 30),
       "The record of 41.2C was set on 07.08.2003 in Seville."),
    _p("num_born", "numeric", D(2019, 3, 3),
       "Born 12.05.1950 in Graz, Huber trained as a carpenter."),
    _p("num_season", "numeric", D(2020, 6, 1),
       "The 2019/20 season ended in May."),
    _p("num_247", "numeric", D(2019, 6, 1),
       "The hotline has run 24/7 since 2019."),
    _p("num_isbn", "numeric", D(2019, 6, 1),
       "The book (ISBN 978-1-4028-9462-6) was printed in 2018."),
    _p("num_phone", "numeric", D(2019, 6, 1),
       "Readers called 030.12.2019.55 on Monday to complain."),
    _p("num_hearing_future", "numeric", D(2019, 4, 20),
       "The hearing will be held on 05/06/2019."),
    _p("num_eu_outlet", "numeric", D(2019, 4, 10),
       "The ferry was repaired and returned to service on 03/04/2019, the Lisbon port authority said."),
    _p("num_us_outlet", "numeric", D(2019, 4, 10),
       "The ferry was repaired and returned to service on 04/03/2019, the Seattle port authority said."),
    _p("num_version_labelled", "numeric", D(2019, 3, 1),
       "Version 2.4.2019 was released yesterday."),
    _p("num_prices_table", "numeric", D(2019, 5, 1),
       "Price on 1.2.2019: 4.50; on 1.3.2019: 4.60."),
    _p("num_since", "numeric", D(2019, 6, 1),
       "Prices have doubled since 1/4/2019."),
    _p("num_expires", "numeric", D(2019, 10, 1),
       "The coupon, issued in the autumn, expires 12/01/2019."),
    _p("num_valid_until", "numeric", D(2019, 10, 1),
       "The pass, valid until 11/30/2019, was sold out within hours."),
    _p("num_scores_with_year", "numeric", D(2019, 9, 9),
       "She won 6/4 6/3 in the 2019 final, and 7/5 the year before."),
    _p("num_deadline_passed_future", "numeric", D(2019, 1, 15),
       "Entries submitted after 02/01/2019 were not accepted last year, and the rule stands."),
    _p("num_ip_address", "numeric", D(2019, 6, 1),
       "Traffic came from 10.1.2019.5 and was blocked on Monday."),
    _p("num_before_payment", "numeric", D(2019, 11, 20),
       "Bills paid after 12/10/2019 incur a fee."),
    _p("num_in_quote", "numeric", D(2019, 2, 1),
       "“We open on 1/3/2020,” she said, pointing at the sign she had painted."),
]

_STORY = ("The harbour ferry will run on Sundays again, the port authority said, after a winter of repairs to its "
          "engines and a new landing stage at the north pier.")

STAMPS = [
    _p("cr_excerpt", "stamps", D(2019, 4, 2),
       "A quiet novel about a ferry captain who will not retire is the best book of the spring, and it deserves "
       "every reader it can find this year.\n\nExcerpted from The Quiet Harbor by Ana Ruiz.\nCopyright © 2015 by "
       "Ana Ruiz. Reprinted by permission of Harbor Books."),
    _p("cr_poem_estate", "stamps", D(2019, 4, 2),
       "The poem below was read at the opening of the new ferry terminal by the mayor's granddaughter.\n\n"
       "Night Ferry\n© 1962 Estate of Tom Ash. Used with permission."),
    _p("cr_range_republished", "stamps", D(2016, 5, 3),
       "The council voted on Tuesday to close the old ferry pier, ending a service that has run for more than "
       "a century.\n\n© 2019-2024 Valley Archive"),
    _p("cr_photo_credit_agency", "stamps", D(2019, 8, 1),
       _STORY + "\n\n(c) 2012 AP/Jane Smith"),
    _p("cr_stale_footer", "stamps", D(2021, 2, 10),
       "The harbour ferry will run on Sundays again from next month, the port authority said on Tuesday.\n\n"
       "© 2019 Northwind News. All rights reserved."),
    _p("cr_sign_quoted", "stamps", D(2019, 9, 1),
       "Walkers found the gate to the old quarry locked on Saturday, and the council says it will stay that way "
       "until the cliffs are safe.\n\nThe sign on the gate reads:\n© 1987 City of Avon. No entry.\n\nRelated\n"
       "Council approves budget"),
    _p("cr_licence", "stamps", D(2019, 5, 5),
       "I moved my blog to a static site generator this weekend and it took far less time than I had feared.\n\n"
       "The theme is released under the MIT licence:\nCopyright (c) 2014 Ada Lane"),
    _p("cr_book_in_reading_list", "stamps", D(2019, 5, 5),
       _STORY + "\n\nFurther reading\nThe Long Winter (c) 2001 Harbor Press"),
    _p("cr_photo_word", "stamps", D(2019, 5, 5), _STORY + "\n\nPhoto © 2012 Jane Smith"),
    _p("cr_own_notice", "stamps", D(2019, 5, 5), _STORY + "\n\nCopyright 2019 The Associated Press."),
    _p("lm_linked_document", "stamps", D(2019, 6, 1),
       _STORY + "\n\nSource: City ferry budget (PDF)\nLast modified: 03/02/2018"),
    _p("lm_own_page", "stamps", D(2019, 6, 1), _STORY + "\n\nLast modified: 12/04/2019"),
    _p("lm_downloads", "stamps", D(2019, 6, 1),
       _STORY + "\n\nDownloads\nFerry timetable 2018.pdf\nLast updated March 5, 2018"),
]

DATELINES = [
    _p("updated_alone", "datelines", D(2019, 3, 5),
       "Updated March 7, 2019\n\nThe council voted to close the pier. A correction was added to this story."),
    _p("updated_then_originally_inline", "datelines", D(2019, 3, 5),
       "Updated: March 7, 2019 | Originally published: March 5, 2019\n\nThe council voted to close the pier."),
    _p("posted_by_admin", "datelines", D(2019, 3, 5),
       "Posted by admin on March 5, 2019\n\nThe council voted to close the pier."),
    _p("comment_stamp_below_story", "datelines", D(2019, 3, 5),
       "Pier to close\n\nThe council voted on Tuesday to close the old ferry pier at the end of the month.\n\n"
       "Comments\nPosted March 9, 2019 by Ray: a sad day for the town."),
    _p("issued_sentence", "datelines", D(2019, 6, 4),
       "Warrant mystery\n\nIssued on 3 March 2015, the warrant named six men who have never been found.\n\n"
       "Police reopened the case on Monday."),
    _p("published_sentence", "datelines", D(2019, 6, 4),
       "Report revisited\n\nPublished on March 3, 2015, the report found that the pier was unsafe.\n\n"
       "Nothing was done until this week."),
    _p("release_date_film", "datelines", D(2019, 9, 20),
       "The Night Ferry\nRelease date: 12 March 2020\n\nThe thriller, out next spring, stars Ana Ruiz as a captain "
       "who will not retire."),
    _p("dateline_in_quoted_announcement", "datelines", D(2019, 5, 14),
       "Museum to close\n\nThe trust's original announcement read:\nBOSTON, March 3, 2017 -- The Harbor Trust "
       "today opened its ferry museum.\nTwo years later, the museum is closing for lack of visitors."),
    _p("podcast_episode_about_a_date", "datelines", D(2019, 11, 9),
       "History Hour podcast — The night the wall fell — Nov. 9, 1989\n\nThirty years ago tonight, crowds climbed "
       "the wall."),
    _p("episode_colon_title", "datelines", D(2019, 11, 9),
       "Episode 12: The night the wall fell - Nov. 9, 1989\n\nThirty years ago tonight, crowds climbed the wall."),
    _p("newsletter_issue", "datelines", D(2019, 3, 8),
       "The Friday Briefing — Issue 142 — March 8, 2019\n\nGood morning. Here is what happened this week."),
    _p("archive_originally_published", "datelines", D(1998, 3, 5),
       "From the archive\nThis article was originally published on 5 March 1998.\n\nThe ferry sank in calm water "
       "on Tuesday, and divers are still searching for its log."),
    _p("transcript_old_speech", "datelines", D(1999, 6, 14),
       "Transcript: Address by the mayor at the flood memorial, 14 June 1999\n\nFriends, we meet today to "
       "remember."),
    _p("kyodo_bare", "datelines", D(2019, 3, 3),
       "TOKYO, March 3, 2019 Kyodo - Japan's cabinet approved a bill on Sunday."),
    _p("place_bare_not_agency", "datelines", D(2019, 3, 5),
       "PARIS, March 3 Louvre - The museum reopened its east wing on Tuesday after a week of strikes."),
    _p("business_wire", "datelines", D(2018, 10, 2),
       "SEATTLE--(BUSINESS WIRE)--Oct. 2, 2018-- Cascade Pumps today reported record orders."),
    _p("numeric_stamp_two_ways", "datelines", (D(2019, 3, 4), D(2019, 4, 3)),
       "Published 03/04/2019\n\nThe council voted to close the pier."),
    _p("aired_rerun_listing", "datelines", D(2019, 7, 1),
       "Classic episodes\n\nSeason 2 | Aired March 3, 2009\n\nThis week we look back at the episode that made "
       "the show famous, which streams again from Friday."),
    _p("issued_label_warning", "datelines", D(2019, 7, 2),
       "Issued: July 2, 2019 10:00\n\nA storm warning is in force for the coast until Wednesday."),
    _p("weekday_posted_stamp", "datelines", D(2019, 3, 5),
       "Posted on Tuesday, March 5th\n\nThe council voted to close the pier."),
]

RELATIVE_YEARS = [
    _p("ety_quoted_old_interview", "relative years", D(2021, 9, 1),
       "In a 2019 interview, the founder said: “Earlier this year, in March 2019, we closed the plant.” The "
       "company folded two years later."),
    _p("ety_reported_speech_old_hearing", "relative years", D(2021, 9, 1),
       "He told a 2019 hearing that earlier this year, in March 2019, the plant had closed. He was charged in "
       "2021."),
    _p("ety_plain", "relative years", D(2019, 10, 1),
       "Earlier this year, in March 2019, the plant closed."),
    _p("ly_comparative_figure", "relative years", D(2020, 3, 15),
       "Revenue was 5.1 million, up from last year (2018: 4.5 million), the annual report for 2019 shows."),
    _p("ty_quote_recent", "relative years", D(2019, 2, 4),
       "“This year, in 2019, we will hire 50 people,” she said on Monday."),
    _p("ety_letter_dated", "relative years", D(2021, 5, 5),
       "The letter, dated 12 November 2019, says: “Earlier this year, in March 2019, the plant closed.” It was "
       "read in court on Wednesday."),
    _p("ly_quote_old_memoir", "relative years", D(2020, 8, 8),
       "In her memoir she recalls writing in her diary: “Last year (2015) was the worst of my life.”"),
    _p("later_this_year_in_quote_old", "relative years", D(2022, 1, 1),
       "Back then the mayor promised: “Later this year, in October 2019, the bridge will open.” It opened in 2021."),
    _p("next_year_paren", "relative years", D(2019, 5, 1),
       "The games move to Lyon next year (2020), the committee said."),
    _p("this_year_in_march_plain", "relative years", D(2019, 6, 1),
       "This year, in March 2019, the plant reopened under new owners."),
]

RELATIVE_PAST = [
    _p("rp_planned_to", "tense.relative_past", D(2020, 5, 1),
       "The club will sell the stadium it planned to rebuild in 2022."),
    _p("rp_hoped_to", "tense.relative_past", D(2020, 8, 1),
       "The team will play in the league it hoped to join in 2021, officials said."),
    _p("rp_won", "tense.relative_past", D(2019, 9, 1),
       "New Zealand will defend the title it won in 2015 when the Cup opens."),
    _p("rp_would_say", "tense.relative_past", D(2014, 9, 1),
       "He would say it won in 2015."),
    _p("rp_expected", "tense.relative_past", D(2020, 2, 1),
       "The firm will build the factory it expected to finish in 2023."),
    _p("rp_scheduled", "tense.relative_past", D(2020, 2, 1),
       "Fans will watch the match they scheduled for 2021 at home."),
    _p("rp_wanted", "tense.relative_past", D(2020, 2, 1),
       "The city will not get the bridge it wanted by 2024, the minister said."),
]

COVERS = [
    _p("cover_month_issue", "cover months", D(2019, 2, 15),
       "In its March 2019 issue, out this week, the magazine says the ferry is safe."),
    _p("cover_month_edition", "cover months", D(2019, 2, 15),
       "The April 2019 edition of the guide, on sale now, lists the ferry times."),
    _p("cover_year_annual", "cover months", D(2018, 11, 20),
       "The 2019 edition of the almanac, printed last week, lists the tides."),
]

PASSAGES = AGES + COUNTS + NUMERIC + STAMPS + DATELINES + RELATIVE_YEARS + RELATIVE_PAST + COVERS

# A second round, written after the fixes, against the fixes themselves.
ROUND_TWO = [
    _p("age_a_year_flood", "ages", D(2019, 3, 1),
       "A 2004 flood swept through the valley.\n\nTom Reyes, 9, who was born in 1995, was pulled out by a "
       "neighbour. He coaches swimming now."),
    _p("age_aged_years_earlier", "ages", D(2019, 3, 1),
       "Years earlier, Tom Reyes, 9, who was born in 1995, had been pulled out of the river by a neighbour."),
    _p("age_as_a_child", "ages", D(2019, 3, 1),
       "As a boy, Tom Reyes, 9, who was born in 1995, was pulled out of the river by a neighbour."),
    _p("age_sound_told", "ages", D(2019, 9, 23),
       "Greta Lind, 16, who was born in 2003, told the summit that leaders had failed."),
    _p("age_now_with_past_year", "ages", D(2019, 3, 1),
       "Lind, now 30, who was born in 1989, was 16 when the ferry sank in 2005."),
    _p("count_it_is_now", "counts", D(2019, 11, 9),
       "It is now 30 years since the fall of the wall in 1989."),
    _p("count_road_ahead", "counts", D(2019, 11, 9),
       "It is 30 years since the 1989 revolution, and the road ahead is long."),
    _p("count_museum_until", "counts", D(2019, 11, 9),
       "The museum marks 30 years since the 1989 revolution with a show that runs until 2021."),
    _p("count_in_year_it_was", "counts", D(2021, 11, 9),
       "In 2019 it was 30 years since the 1989 revolution, and the square was full."),
    _p("count_this_weekend", "counts", D(2019, 5, 30),
       "The club celebrates 25 years since its 1994 charter this weekend."),
    _p("count_speech_in_quotes_will", "counts", D(2009, 1, 1),
       "“Next year we will mark 30 years since the 1979 revolution,” the mayor said."),
    _p("num_tickets_bought", "numeric", D(2019, 6, 1),
       "Tickets bought on 05/06/2019 can be refunded at the box office."),
    _p("num_born_after", "numeric", D(2019, 6, 1),
       "Anyone born after 01/01/2000 needs a parent's consent."),
    _p("num_cover_issue", "numeric", D(2019, 2, 25),
       "The 03/2019 issue ran the story, and the 12.03.2019 edition will follow."),
    _p("cr_press_release_word_in_news", "stamps", D(2019, 4, 4),
       "The council said in a press release on Tuesday that the pier will close at the end of the month.\n\n"
       "© 2017 Northwind News"),
    _p("cr_agency_member_footer", "stamps", D(2019, 4, 4),
       _STORY + "\n\n© 2017 Northwind News, an AP member paper"),
    _p("cr_wire_quoted", "stamps", D(2019, 4, 4),
       "The paper reprinted the 1989 wire story in full on Sunday, thirty years on, beside its own new report.\n\n"
       "The wire story ended:\nCopyright 1989 The Associated Press"),
    _p("cr_wire_own", "stamps", D(2019, 4, 4), _STORY + "\n\nCopyright 2019 The Associated Press. All rights "
                                                         "reserved."),
    _p("lm_references_own", "stamps", D(2019, 4, 4), _STORY + "\n\nNotes\nLast modified: 03/02/2020"),
    _p("updated_last_updated_at", "datelines", D(2019, 3, 6),
       "Last updated on 7 March 2019 at 10:00\n\nThe council voted to close the pier."),
    _p("originally_then_updated_one_line", "datelines", D(1998, 3, 5),
       "Originally published March 5, 1998. Updated March 7, 2019.\n\nThe ferry sank in calm water on Tuesday."),
    _p("posted_then_updated", "datelines", D(2019, 3, 5),
       "Posted March 5, 2019 | Updated March 7, 2019\n\nThe council voted to close the pier."),
    _p("long_headline_then_dateline", "datelines", D(2019, 3, 5),
       "Council votes to close the old ferry pier after a century of service to the town.\n\n"
       "AVON, March 5, 2019 -- The council voted on Tuesday to close the pier."),
    _p("heading_weekday_digest", "datelines", D(2019, 3, 8),
       "Morning Digest | Friday, March 8, 2019\n\nGood morning. Here is the news."),
    _p("yearless_updated_with_posted", "datelines", D(2019, 3, 5),
       "Updated March 7\nPosted March 5, 2019\n\nThe council voted to close the pier."),
    _p("ly_election_beside_other_year", "relative years", D(2019, 5, 5),
       "Turnout in last year's 2018 election beat the 2014 record."),
    _p("ty_budget_in_quote", "relative years", D(2019, 5, 5),
       "“This year's 2019 budget is tight,” the mayor said on Friday."),
    _p("ety_colon_figure", "relative years", D(2020, 2, 2),
       "Sales this year (2019: 4.1 million) fell, the report for 2019 shows."),
    _p("rp_bought", "tense.relative_past", D(2020, 2, 1),
       "The city will sell the buses it bought in 2016."),
    _p("rp_had_hoped", "tense.relative_past", D(2020, 2, 1),
       "The team will play in the stadium they had hoped to open in 2021."),
]

PASSAGES = PASSAGES + ROUND_TWO

# A third round: retrospects two paragraphs away, stamps and datelines in other orders, mixed clues.
ROUND_THREE = [
    _p("age_inquiry_two_paragraphs", "ages", D(2019, 6, 6),
       "The 1999 inquiry heard from dozens of witnesses.\n\nAmong them was a schoolgirl.\n\nLind, 16, who was "
       "born in 1983, told the inquiry she saw the ferry list."),
    _p("age_back_then_said", "ages", D(2019, 6, 6),
       "Back then, Lind, 16, who was born in 1983, said she wanted to be a captain."),
    _p("age_current_with_current_year", "ages", D(2019, 9, 23),
       "Greta Lind, 16, who was born in 2003, told the summit that leaders had failed. In 2019 alone, she "
       "crossed the Atlantic twice."),
    _p("age_pet_retrospect", "ages", D(2021, 1, 5),
       "Bella, 16, who was born in 2003, was the oldest dog at the shelter when it closed in the spring of "
       "2019."),
    _p("count_next_decade", "counts", D(2019, 11, 9),
       "It has been 30 years since the fall of the wall in 1989; the next decade will test the city."),
    _p("count_quote_then_present", "counts", D(2019, 11, 9),
       "“It is 30 years since the 1989 revolution,” the poet wrote then. Today the square is quiet."),
    _p("count_marks_past_story", "counts", D(2024, 5, 5),
       "In a speech at the time, the mayor said the city marks 75 years since the 1944 landings."),
    _p("num_quote_past", "numeric", D(2019, 6, 6),
       "“We signed on 03/04/2019,” she said."),
    _p("num_paid_on", "numeric", D(2019, 6, 6),
       "The invoice was paid on 05/06/2019 by bank transfer."),
    _p("cr_wire_with_range", "stamps", D(2019, 6, 6),
       _STORY + "\n\nCopyright 2010-2019 Reuters. All rights reserved."),
    _p("cr_release_about_box", "stamps", D(2019, 8, 5),
       "Pinecrest Foods recalled its oat bars on Monday because a batch may contain nuts.\n\nAbout Pinecrest "
       "Foods\nPinecrest makes snacks in Ohio.\n\n© 2019 Pinecrest Foods Inc."),
    _p("lm_last_modified_then_link", "stamps", D(2019, 6, 6),
       _STORY + "\n\nLast modified: 03/02/2020\nSource: City ferry budget (PDF)"),
    _p("dl_quoting_line_then_posted", "datelines", D(2019, 3, 5),
       "Pier to close\nThe council's notice says:\nPosted March 1, 2019\nThe pier will close at the end of the "
       "month."),
    _p("dl_updated_yearless_alone", "datelines", D(2019, 3, 5),
       "Updated March 7\n\nThe council voted to close the pier on Tuesday, March 5, 2019."),
    _p("dl_release_date_in_release", "datelines", D(2019, 3, 12),
       "PRESS RELEASE\nRelease date: 12 March 2019\n\nThe Harbor Trust said today it will restore the pier."),
    _p("dl_transcript_comma_heading", "datelines", D(2019, 6, 14),
       "Transcript: Press briefing by the Foreign Ministry spokesperson, 14 June 2019\n\nQ: Will talks resume?"),
    _p("ety_this_year_in_headline_quote", "relative years", D(2019, 7, 7),
       "Mayor: “This year, in 2019, the pier reopens”\n\nThe mayor spoke on Sunday."),
    _p("ety_later_this_year_plain", "relative years", D(2019, 2, 2),
       "The plant will open later this year, in October 2019, the firm said."),
]

PASSAGES = PASSAGES + ROUND_THREE
