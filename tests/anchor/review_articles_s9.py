"""A third review: invented articles in the forms the first two lack, each with a careful reader's DCT.

Press releases ("FOR IMMEDIATE RELEASE", wire services for releases), blog posts ("Posted on",
"Updated", "Last modified"), newsletters, transcripts, op-eds with a writer's note, agency
datelines with and without a year (AFP, AP, Reuters, Xinhua, Kyodo, Yonhap, ANI, IANS), ISO and
numeric stamps (03/04/2019 reads two ways), copyright lines, and texts whose only clue is a
weekday beside a yearless date, an age with a birth year, "this year's" event, a season or a
count of years since a dated event. Written for this review (no benchmark text), with the
conventions of :mod:`tests.anchor.review_articles`; each expected reading was written before the
anchor was run on it.
"""

from __future__ import annotations

import datetime as dt

from .review_articles import Article

D = dt.date

RELEASES = [
    Article("release_immediate_dateline", D(2019, 3, 12),
            "FOR IMMEDIATE RELEASE\n\nAUSTIN, Texas, March 12, 2019 /PRNewswire/ -- Bluebonnet Labs today "
            "announced a soil sensor for small farms.",
            "2019-03-12", D(2019, 3, 12), D(2019, 3, 12), "a release's dated dateline after the release line"),
    Article("release_date_line", D(2019, 3, 12),
            "FOR IMMEDIATE RELEASE\nMarch 12, 2019\n\nContact: Ana Ruiz, press office\n\nThe Harbor Trust said "
            "today it will restore the old ferry pier.",
            "2019-03-12", D(2019, 3, 12), D(2019, 3, 12), "a line that is only the release's date"),
    Article("release_date_label", D(2019, 3, 12),
            "FOR IMMEDIATE RELEASE\nRelease date: 12 March 2019\n\nThe Harbor Trust said today it will restore "
            "the old ferry pier.",
            "2019-03-12", D(2019, 3, 12), D(2019, 3, 12), "'Release date:' labels the publication date"),
    Article("release_embargo", D(2019, 3, 14),
            "EMBARGOED UNTIL 00:01 GMT, THURSDAY 14 MARCH 2019\n\nA report released today by the Coastal "
            "Institute finds that seagrass meadows are shrinking.",
            None, None, None, "an embargo says when the release may be printed, not when it was written"),
    Article("release_yearless_dateline", D(2019, 5, 7),
            "SAN JOSE, Calif., May 7 /PRNewswire/ -- Quartzline Inc. today unveiled its first chip for "
            "hearing aids.",
            "XXXX-05-07", None, None, "a release dateline without a year"),
    Article("release_business_wire", D(2018, 10, 2),
            "SEATTLE--(BUSINESS WIRE)--Oct. 2, 2018--Cascade Robotics today announced it has opened a second "
            "plant.",
            "2018-10-02", D(2018, 10, 2), D(2018, 10, 2), "Business Wire writes PLACE--(BUSINESS WIRE)--DATE--"),
    Article("release_globe_newswire", D(2019, 9, 10),
            "TORONTO, Sept. 10, 2019 (GLOBE NEWSWIRE) -- Maplewood Health today reported record enrolment.",
            "2019-09-10", D(2019, 9, 10), D(2019, 9, 10), "a dated dateline with an agency in capitals"),
    Article("release_founded_boilerplate", D(2019, 4, 2),
            "Pinecrest Foods names new chief\n\nPinecrest Foods said on Tuesday that Lena Ortiz will become chief "
            "executive.\n\nAbout Pinecrest Foods\nFounded in 2004, Pinecrest Foods makes frozen meals in Ohio.",
            None, D(2004, 1, 1), None, "'Founded in 2004' is past"),
    Article("release_forward_looking", D(2019, 6, 20),
            "Acquisition\n\nHollis Group said it expects to complete the purchase of Arden Mills in the fourth "
            "quarter of 2019, subject to approval.",
            None, None, D(2019, 12, 31), "a completion expected in the fourth quarter of 2019 is ahead"),
    Article("release_quarter_ended", D(2019, 10, 24),
            "Results\n\nNorthgate Bank today reported net income of $41 million for the third quarter ended "
            "September 30, 2019.",
            None, D(2019, 9, 30), None, "a quarter reported as ended on 30 September 2019"),
    Article("release_phone_price", D(2019, 2, 1),
            "Offer\n\nCall 1-800-555-2019 to order the kit for $2,019, or visit our stores.",
            None, None, None, "a phone number and a price name no time"),
    Article("release_copyright_single", D(2019, 8, 5),
            "FOR IMMEDIATE RELEASE\n\nRiver Toys said it is recalling 4,000 wooden trains because a wheel may come "
            "loose.\n\n"
            "(c) 2019 River Toys Ltd. All rights reserved.",
            None, None, D(2019, 12, 31),
            "a release's own copyright line carries its year: on or before the year's end (a site's footer gives "
            "nothing since review H5: it may be printed later, or left unchanged from an earlier year)"),
]

BLOGS = [
    Article("blog_posted_on_by", D(2019, 3, 3),
            "Trying the new ramen place\n\nPosted on March 3, 2019 by jdoe\n\nI finally tried the noodle bar on "
            "Elm Street yesterday.",
            "2019-03-03", D(2019, 3, 3), D(2019, 3, 3), "'Posted on DATE by NAME'"),
    Article("blog_posted_and_updated", D(2019, 3, 3),
            "Garden diary\n\nPosted: 3 March 2019 | Updated: 5 March 2019\n\nThe first crocuses opened today.",
            "2019-03-03", D(2019, 3, 3), D(2019, 3, 3), "the post's date; the update is later"),
    Article("blog_updated_then_posted", D(2019, 2, 20),
            "Travel notes\n\nUpdated March 5, 2019\nOriginally posted February 20, 2019\n\nThe train to the "
            "coast leaves at dawn.",
            "2019-02-20", D(2019, 2, 20), D(2019, 2, 20), "'Originally posted' is the creation; the update later"),
    Article("blog_last_modified_ambiguous", D(2019, 3, 1),
            "Club rules\n\nMembers must book courts a day ahead.\n\nLast modified: 12/04/2019",
            None, None, D(2019, 12, 4),
            "a modification is on or after the creation; 12/04 is 12 April or 4 December"),
    Article("blog_iso_stamp_time", D(2019, 3, 3),
            "Notes\n\n2019-03-03 14:05\n\nToday I repotted the fig tree.",
            "2019-03-03", D(2019, 3, 3), D(2019, 3, 3), "an ISO stamp with its time on its own line"),
    Article("blog_posted_weekday_yearless", D(2019, 3, 5),
            "Pancake day\n\nPosted on Tuesday, March 5th\n\nWe made pancakes for the whole street.",
            "XXXX-03-05", None, None, "a yearless stamp; its weekday leaves the years where 5 March is a Tuesday",
            (2019, 2013), (2018, 2017, 2016)),
    Article("blog_updated_ago_only", D(2019, 3, 5),
            "Pancake day\n\nUpdated 2 hours ago\n\nWe made pancakes for the whole street.",
            None, None, None, "'2 hours ago' counts from the reader's clock"),
    Article("blog_category_year", D(2019, 11, 2),
            "Best albums\n\nFiled under: 2019 Elections, Music\n\nMy ten favourite records of the autumn.",
            None, None, None, "a category name is no date"),
]

NEWSLETTERS = [
    Article("newsletter_issue_line", D(2019, 3, 8),
            "The Friday Briefing — Issue 142 — March 8, 2019\n\nGood morning. Here is what you need to know.",
            "2019-03-08", D(2019, 3, 8), D(2019, 3, 8), "a newsletter's masthead line ends with its date"),
    Article("newsletter_season_issue", D(2019, 3, 20),
            "Friends of the Park\nSpring 2019 newsletter\n\nVolunteers planted 300 trees along the river.",
            None, None, None, "a season issue may be sent before the season; nothing is told as past or ahead"),
    Article("newsletter_meeting_next_year", D(2019, 3, 1),
            "Dear members,\n\nOur annual meeting took place on Saturday, Feb. 9. The next one will be held on "
            "Feb. 8, 2020.",
            None, None, D(2019, 8, 10),
            "Saturday 9 February (2019, 2013, 2008, ...), within 6 days after it; 8 February 2020 ahead",
            (2019, 2013), (2018, 2017, 2020)),
    Article("newsletter_save_the_date", D(2019, 10, 20),
            "Autumn news\n\nSave the date: our annual gala is on Saturday, Nov. 16, at the Town Hall.",
            None, None, None,
            "an invitation writes the weekday beside a date weeks ahead: within 182 days before 16 November, "
            "in years where it is a Saturday", (2019, 2013), (2018, 2017), window="05-18..11-16"),
    Article("newsletter_cover_month", D(2019, 2, 20),
            "Reprint\n\nThis essay first appeared in the March 2019 issue of Field Notes magazine.",
            None, None, None, "a magazine is out before its cover month"),
]

TRANSCRIPTS = [
    Article("transcript_header_date", D(2019, 6, 14),
            "Transcript: Press briefing by the Foreign Ministry spokesperson, 14 June 2019\n\nQ: Will the "
            "minister travel next week?\nA: I have nothing to announce.",
            "2019-06-14", D(2019, 6, 14), D(2019, 6, 14), "a transcript's heading ends with its date"),
    Article("transcript_aired", D(2019, 3, 3),
            "TRANSCRIPT\nAired March 3, 2019 - 21:00 ET\n\nANNOUNCER: Good evening and welcome.",
            "2019-03-03", D(2019, 3, 3), D(2019, 3, 3), "'Aired DATE - TIME' is the broadcast's date"),
    Article("transcript_show_dash_date", D(2019, 5, 5),
            "Sunday Forum - May 5, 2019\n\nHOST: Good morning. Our first guest is the finance minister.",
            "2019-05-05", D(2019, 5, 5), D(2019, 5, 5), "a show's name, a dash and the date"),
    Article("transcript_remarks_broke_ground", D(2019, 4, 9),
            "Transcript: Mayor's remarks at the bridge opening\n\nMAYOR: Thank you all. When we broke ground in "
            "2016, people said it could not be done.",
            None, D(2016, 1, 1), None, "'broke ground in 2016' is past"),
]

OPEDS = [
    Article("oped_writer_is", D(2019, 3, 4),
            "A summit without a deal\n\nLast week's summit in Hanoi ended early. Diplomacy needs patience.\n\n"
            "(The writer is a former ambassador to Japan.)",
            None, None, None, "the writer's note names no time"),
    Article("oped_writer_since", D(2019, 3, 4),
            "Rates\n\nCentral banks should move slowly.\n\n(The writer has been a professor of economics at "
            "Leeds since 2008.)",
            None, D(2008, 1, 1), None, "'since 2008' is past"),
    Article("oped_writer_age_born", D(2019, 10, 1),
            "Climate\n\nMy generation will live with these choices.\n\n(The writer, 34, was born in 1985 in "
            "Lagos.)",
            None, D(2019, 1, 1), D(2020, 12, 30), "34 and born in 1985: 2019 to 2020"),
]

WIRES = [
    Article("wire_afp_dated", D(2019, 3, 3),
            "Vote\n\nPARIS, March 3, 2019 (AFP) - French farmers blocked roads on Sunday.",
            "2019-03-03", D(2019, 3, 3), D(2019, 3, 3), "AFP dateline with a year"),
    Article("wire_afp_yearless_seat", D(2019, 3, 3),
            "Vote\n\nPARIS, March 3 (AFP) - French farmers blocked roads on Sunday.",
            "XXXX-03-03", None, None, "AFP at its seat, no year"),
    Article("wire_ap_place_state", D(2019, 3, 4),
            "Storm\n\nDENVER, Colo. (AP) — A spring blizzard closed schools on Monday.",
            None, None, None, "AP's dateline names no date"),
    Article("wire_reuters_slashes", D(2019, 3, 3),
            "Talks\n\nWASHINGTON, March 3, 2019 /Reuters/ - Trade talks resumed on Sunday.",
            "2019-03-03", D(2019, 3, 3), D(2019, 3, 3), "an agency between slashes, with a year"),
    Article("wire_xinhua_yearless_seat", D(2019, 3, 3),
            "Budget\n\nBEIJING, March 3 (Xinhua) -- China's top legislature opened its session on Sunday.",
            "XXXX-03-03", None, None, "Xinhua at its seat, no year"),
    Article("wire_kyodo_no_brackets", D(2019, 3, 3),
            "Trade\n\nTOKYO, March 3 Kyodo - Japan's exports fell for a third month, the ministry said Sunday.",
            "XXXX-03-03", None, None, "Kyodo writes its name without brackets"),
    Article("wire_yonhap_yearless", D(2019, 3, 3),
            "Drills\n\nSEOUL, March 3 (Yonhap) -- South Korea and the US will end their spring drills, the "
            "ministry said Sunday.",
            "XXXX-03-03", None, None, "Yonhap at its seat, no year"),
    Article("wire_yonhap_dated", D(2019, 3, 3),
            "Drills\n\nSEOUL, March 3, 2019 (Yonhap) -- The ministry said the drills would end.",
            "2019-03-03", D(2019, 3, 3), D(2019, 3, 3), "Yonhap with a year"),
    Article("wire_ani_bracket_country", D(2019, 3, 3),
            "Rally\n\nNew Delhi [India], Mar 3 (ANI): The Prime Minister addressed a rally on Sunday.",
            "XXXX-03-03", None, None, "ANI writes the country in brackets and a colon after the agency"),
    Article("wire_ians_title_case", D(2019, 3, 3),
            "Rally\n\nNew Delhi, March 3 (IANS) The Prime Minister addressed a rally on Sunday.",
            "XXXX-03-03", None, None, "IANS's title-case dateline without a dash"),
    Article("wire_xinhua_dated", D(2019, 3, 3),
            "Budget\n\nBEIJING, March 3, 2019 (Xinhua) -- The session opened on Sunday.",
            "2019-03-03", D(2019, 3, 3), D(2019, 3, 3), "Xinhua with a year"),
    Article("wire_reuters_day_month_year", D(2019, 3, 3),
            "Election\n\nBERLIN, 3 March 2019 (Reuters) - The party chose a new leader on Sunday.",
            "2019-03-03", D(2019, 3, 3), D(2019, 3, 3), "day-month-year dateline"),
    Article("wire_ap_copyright", D(2019, 3, 4),
            "Storm\n\nDENVER (AP) — A spring blizzard closed schools on Monday.\n\nCopyright 2019 The "
            "Associated Press. All rights reserved.",
            None, None, D(2019, 12, 31), "a copyright line with its year: on or before its end (a footer may be "
                                           "later than the story)"),
    Article("wire_ap_weekday_date", D(2019, 1, 10),
            "Budget\n\nMEXICO CITY (AP) — The president said on Wednesday, Jan. 9, that the budget would pass.",
            None, None, None, "Wednesday 9 January: 2019, 2013, 2008, ...; a weekday written beside its date "
            "is no sign of a recent day (invitations write both weeks ahead): within 182 days after it",
            (2019, 2013), (2018, 2017), window="01-09..07-10"),
]

STAMPS = [
    Article("stamp_iso_line", D(2019, 3, 4),
            "Council\n\n2019-03-04\n\nThe council met to discuss the budget.",
            "2019-03-04", D(2019, 3, 4), D(2019, 3, 4), "an ISO date on its own line"),
    Article("stamp_numeric_ambiguous", D(2019, 4, 3),
            "Council\n\nPublished 03/04/2019\n\nThe council met to discuss the budget.",
            "2019", D(2019, 3, 4), D(2019, 4, 3), "03/04/2019 is 4 March or 3 April 2019"),
    Article("stamp_numeric_day_first", D(2019, 3, 25),
            "Council\n\nPublished 25/03/2019\n\nThe council met to discuss the budget.",
            "2019-03-25", D(2019, 3, 25), D(2019, 3, 25), "25 cannot be a month: 25 March 2019"),
    Article("stamp_dotted", D(2019, 3, 25),
            "Council\n\nDate: 25.03.2019\n\nThe council met to discuss the budget.",
            "2019-03-25", D(2019, 3, 25), D(2019, 3, 25), "a dotted European stamp"),
    Article("stamp_us_numeric_time", D(2019, 3, 25),
            "Council\n\nPosted 3/25/2019 10:15 AM\n\nThe council met to discuss the budget.",
            "2019-03-25", D(2019, 3, 25), D(2019, 3, 25), "an American numeric stamp with its time"),
    Article("stamp_numeric_in_prose", D(2019, 6, 1),
            "Contract\n\nThe contract signed on 03/04/2019 was cancelled by the board.",
            None, D(2019, 3, 4), None, "signed on 4 March or 3 April 2019 (past): on or after the earlier"),
    Article("stamp_copyright_range", D(2019, 7, 1),
            "Harbor news\n\nThe ferry will run every hour this summer.\n\nCopyright 1998-2019 Harbor Media Group",
            None, None, None, "a site's copyright range gives nothing (review H5): its first year may postdate a "
            "story it republished, and a footer left unchanged keeps an old last year"),
    Article("stamp_copyright_symbol", D(2017, 5, 2),
            "Market\n\nThe farmers' market opens on Saturday.\n\n© 2017 Northwind News",
            None, None, None, "'© 2017 Owner', a site's footer, gives nothing (review H5): a footer left "
            "unchanged keeps an old year"),
    Article("stamp_copyright_law_negative", D(2019, 5, 2),
            "Music\n\nThe band said the copyright law of 2016 protects its songs.",
            None, D(2016, 1, 1), None, "'the copyright law of 2016' names a law in force, not a notice: it "
                                         "was passed in 2016 or earlier"),
]

CLUES = [
    Article("weekday_yearless_reopens", D(2019, 9, 6),
            "Library\n\nThe central library reopens on Monday, Sept. 9, after a year of repairs.",
            None, None, None, "Monday 9 September ahead: 2019, 2013, 2002, ...; within 182 days before",
            (2019, 2013), (2018, 2017), window="03-11..09-09"),
    Article("weekday_yearless_polls", D(2019, 10, 28),
            "Vote\n\nVoters went to the polls on Sunday, Oct. 27, in a calm election.",
            None, None, None, "Sunday 27 October past: 2019, 2013, 2002, ...; within 182 days after",
            (2019, 2013), (2018, 2017), window="10-27..04-27"),
    Article("weekday_day_first_no_comma", D(2019, 3, 15),
            "Vote\n\nMPs rejected the deal on Thursday 14 March by a wide margin.",
            None, None, None, "Thursday 14 March past: 2019, 2013, 2002, ...; within 182 days after",
            (2019, 2013), (2018, 2017), window="03-14..09-12"),
    Article("age_with_birth_year", D(2019, 9, 23),
            "Summit\n\nGreta Lind, 16, who was born in 2003, told the summit that leaders had failed.",
            None, D(2019, 1, 1), D(2020, 12, 30), "16 and born in 2003: 2019 to 2020"),
    Article("age_with_birth_date", D(2019, 8, 1),
            "Profile\n\nThe swimmer, now 30, was born on June 4, 1989, in Perth.",
            None, D(2019, 6, 4), D(2020, 6, 3), "30 and born on 4 June 1989"),
    Article("age_other_person", D(2019, 8, 1),
            "Arrest\n\nPolice arrested a 42-year-old man. His son, born in 2001, was unharmed.",
            None, D(2001, 1, 1), None, "the age and the birth are two people's; 'born in 2001' is past"),
    Article("this_years_event_apposition", D(2019, 5, 22),
            "Flowers\n\nEarlier this year, in March 2019, the society opened its new glasshouse.",
            "2019", D(2019, 3, 1), D(2019, 12, 31), "'this year' holds March 2019, and 'earlier' puts it past"),
    Article("this_years_named", D(2019, 7, 8),
            "Cycling\n\nThis year's 2019 Tour de France started in Brussels on Saturday.",
            "2019", D(2019, 1, 1), D(2019, 12, 31), "'this year's 2019 Tour'"),
    Article("season_only", D(2019, 1, 20),
            "Snow\n\nThis winter has been the snowiest in the valley since 2010.",
            None, D(2010, 1, 1), None, "since 2010 (past); a season alone dates nothing"),
    Article("count_since_event_present", D(2019, 3, 18),
            "Crimea\n\nFive years after the 2014 annexation, Crimea remains cut off from Ukraine's banks.",
            None, D(2018, 7, 1), D(2020, 12, 30),
            "five years after an event of 2014, told in the present: the DCT is about 2019"),
    Article("count_since_event_past", D(2021, 5, 1),
            "Bridge\n\nFive years after the 2014 annexation, Russia opened a bridge to the peninsula.",
            None, D(2018, 7, 1), None, "the count dates the opening (about 2019), told as past: the DCT is on or "
                                         "after its first day (first written as 2014-01-01, the annexation alone)"),
    Article("anniversary_marks", D(2019, 11, 9),
            "Wall\n\nBerlin marks 30 years since the fall of the wall in 1989 with a week of concerts.",
            None, D(2018, 7, 1), D(2020, 12, 30), "30 years since 1989, in the present: about 2019"),
]

# Negatives for the forms above: what the new readings must not claim.
NEGATIVES = [
    Article("heading_event_dash_date", D(2018, 11, 7),
            "Election night - Nov. 6, 2018\n\nDemocrats won the House, results showed on Wednesday.",
            None, None, None, "a headline naming an event's date is no masthead: the story may be written later"),
    Article("age_at_an_earlier_time", D(2019, 5, 1),
            "Profile\n\nIn 2010, Smith, 16, who was born in 1994, won the national final.",
            None, D(2010, 1, 1), None, "the age is the one she had in 2010, not now: only 'In 2010, ... won' (past)"),
    Article("photo_credit_year_below", D(2019, 5, 1),
            "Harbour\n\nThe old crane was taken down on Tuesday after 60 years on the quay, the port said.\n\n"
            "Photo © 2012 Jane Smith",
            None, None, None, "a photo's credit dates the picture, which may be older: no bound"),
]

ARTICLES = RELEASES + BLOGS + NEWSLETTERS + TRANSCRIPTS + OPEDS + WIRES + STAMPS + CLUES + NEGATIVES
