"""Invented short news articles of 2016-2019 without metadata, each with the DCT a careful reader gives.

Written for this review (no benchmark text). ``true`` is the day the article is imagined to be
published; ``value``, ``earliest``, ``latest`` are what a careful reader infers from the text alone
(a yearless date is recent: within ``yearless_days`` of the DCT, as the anchor's convention says);
``years_in`` / ``years_out`` are candidate years that must / must not remain; ``window``, when
given, the month-day window the candidate years share; ``why`` says the reading. ``xfail`` gives
the reason the anchor does not reach that reading (strict: a fix shows).
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

D = dt.date


class Article(NamedTuple):
    name: str
    true: dt.date
    text: str
    value: str | None
    earliest: dt.date | None
    latest: dt.date | None
    why: str
    years_in: tuple[int, ...] = ()
    years_out: tuple[int, ...] = ()
    xfail: str | None = None
    window: str | None = None  # the month-day window ("06-01..11-30") every candidate year shares


ARTICLES = [
    Article("tass_at_seat", D(2018, 11, 18),
            "Putin to meet Trump\n\nMOSCOW, November 18. /TASS/. Putin may meet his US counterpart in Buenos Aires, "
            "Kremlin aide Yuri Ushakov told reporters on Sunday.",
            "XXXX-11-18", None, None, "TASS stamps in Moscow: the dateline's day; no year anywhere"),
    Article("tass_correspondent", D(2018, 11, 7),
            "Democrats take the House\n\nWASHINGTON, November 7. /TASS/. The Democrats won control of the House in "
            "the November 6 midterm elections. The midterms held on Tuesday drew a record turnout.",
            "XXXX-11-07", None, None, "the Washington day (TASS's Moscow stamp is evidence), in years where 6 Nov "
            "is a Tuesday",
            (2018, 2012), (2016, 2017, 2019)),
    Article("reuters_no_date", D(2019, 1, 4),
            "Stocks slip\n\nNEW YORK (Reuters) - Wall Street closed lower on Friday. The Federal Reserve raised rates "
            "in December 2018, and officials said they would be patient in 2019.",
            None, D(2018, 12, 1), D(2019, 12, 31), "raised in December 2018 (past); would be patient in 2019 (ahead)"),
    Article("reuters_dated_correspondent", D(2017, 3, 3),
            "Talks resume\n\nGENEVA, March 3, 2017 (Reuters) - Syrian peace talks resumed on Friday.",
            "2017-03-03", D(2017, 3, 3), D(2017, 3, 3), "the Geneva day; Reuters's London stamp is evidence only"),
    Article("xinhua_at_seat_year_past", D(2019, 1, 21),
            "Growth slows\n\nBEIJING, Jan. 21 (Xinhua) -- China's economy grew 6.6 percent in 2018, the statistics "
            "bureau said on Monday.",
            "XXXX-01-21", D(2019, 1, 21), None,
            "a whole year's growth is reported once that year is over: 21 January of 2019 or later (a later "
            "January may cite the 2018 figure too)", (2019, 2020), (2018,)),
    Article("dateline_no_agency", D(2018, 11, 18),
            "Brexit deal\n\nLONDON, 18 November 2018 - Britain's prime minister faced a revolt over the deal.",
            "2018-11-18", D(2018, 11, 18), D(2018, 11, 18), "the publisher's own dateline with its year"),
    Article("published_stamp", D(2018, 11, 18),
            "Summit opens\n\nPublished: Sunday, November 18, 2018\n\nThe summit opened with a call for unity.",
            "2018-11-18", D(2018, 11, 18), D(2018, 11, 18), "a publication stamp"),
    Article("yearless_past_and_future", D(2018, 11, 19),
            "Summit ahead\n\nThe meeting on November 15 went well, officials said. The G20 summit will be held on "
            "November 30 and December 1.",
            "XXXX-11", None, None, "after 15 November (past), before 30 November (ahead); no year"),
    Article("weekday_beside_date", D(2017, 10, 13),
            "Talks useful\n\nThe Kremlin said on Friday that the talks held on Thursday, October 12, were useful.",
            None, None, None, "Thursday 12 October: 2017, 2023, 2006 ... (the DCT up to 182 days later)",
            (2017, 2018, 2023), (2016, 2019)),
    Article("yonhap_at_seat", D(2017, 9, 3),
            "Nuclear test\n\nSEOUL, Sept. 3 (Yonhap) -- North Korea conducted its sixth nuclear test on Sunday, the "
            "defense ministry said.",
            "XXXX-09-03", None, None, "Yonhap stamps in Seoul"),
    Article("reuters_tokyo", D(2017, 9, 3),
            "Japan protests\n\nTOKYO, Sept. 3 (Reuters) - Japan protested North Korea's nuclear test on Sunday.",
            "XXXX-09-03", None, None, "the Tokyo day; Reuters's London stamp is evidence only"),
    Article("reuters_stamp_no_place", D(2018, 11, 19),
            "Oil rises\n\nNov 19 (Reuters) - Oil prices rose on Monday as producers signalled cuts.",
            "XXXX-11-19", None, None, "the agency's own stamp, no place"),
    Article("full_dates_both_sides", D(2017, 3, 10),
            "Accord signed\n\nThe accord was signed on March 3, 2017, officials said. The next round is scheduled "
            "for April 2, 2017.",
            "2017", D(2017, 3, 3), D(2017, 4, 2), "signed 3 March 2017 (past), next round 2 April 2017 (ahead)"),
    Article("since_a_year", D(2018, 3, 1),
            "Sanctions stay\n\nSince 2014, relations between Moscow and the West have soured. Sanctions were imposed "
            "in 2014 and remain in force.",
            None, D(2014, 1, 1), None, "since 2014; imposed in 2014"),
    Article("this_years_election_ahead", D(2018, 10, 1),
            "Polls open soon\n\nVoters return to the polls for this year's 2018 midterm elections on November 6.",
            "2018", D(2018, 5, 8), D(2018, 11, 6), "this year's 2018 midterms; 'return to the polls ... on "
                                                  "November 6', a present of schedule: 6 November ahead (within 182 "
                                                  "days, a date without a year)"),
    Article("last_years_election", D(2017, 5, 2),
            "Turnout down\n\nTurnout was lower than in last year's 2016 presidential election, officials said.",
            "2017", D(2017, 1, 1), D(2017, 12, 31), "last year's 2016 election: the DCT is in 2017"),
    Article("next_years_olympics", D(2017, 11, 20),
            "Tickets slow\n\nOrganizers said tickets for next year's 2018 Winter Olympics in Pyeongchang sold slowly.",
            "2017", D(2017, 1, 1), D(2017, 12, 31), "next year's 2018 Olympics: the DCT is in 2017"),
    Article("fiscal_year_past", D(2018, 9, 20),
            "Results\n\nThe company earned $5 million in fiscal 2018, it said.",
            None, D(2017, 1, 1), None, "fiscal 2018 lies within 2017..2019; told as past"),
    Article("named_yearless_shooting", D(2019, 3, 25),
            "Manhunt\n\nPolice are still hunting accomplices of the gunman behind the March 15 mosque shootings in "
            "Christchurch.",
            None, None, None, "the March 15 shootings have happened: within 182 days after 15 March"),
    Article("attack_full_date", D(2017, 8, 20),
            "Charlottesville\n\nThe Aug. 12, 2017, car attack in Charlottesville killed one woman.",
            None, D(2017, 8, 12), None, "the attack killed: it happened, on 12 August 2017"),
    Article("future_in_past", D(2018, 5, 12),
            "Summit set\n\nWASHINGTON (AP) — President Donald Trump said Tuesday he would meet Kim Jong Un in "
            "Singapore on June 12.",
            None, None, None, "'would meet ... on June 12', said on Tuesday (within 6 days before the DCT): 12 June "
                              "is after the saying, so the DCT is at most 6 days after it (and, a date without a year, "
                              "at most 182 days before it)", window="12-12..06-18"),
    Article("kiev_reuters", D(2018, 12, 5),
            "Martial law\n\nKIEV, Dec. 5 (Reuters) - Ukraine imposed martial law last week after Russia seized three "
            "navy ships on Nov. 25.",
            "XXXX-12-05", None, None, "the Kiev day (Reuters's London stamp is evidence); 25 November is past"),
    Article("tass_future_date", D(2018, 12, 5),
            "Talks planned\n\nMOSCOW, December 5. /TASS/. The Russian Foreign Ministry will hold talks with the US "
            "delegation on December 12, spokeswoman Maria Zakharova said.",
            "XXXX-12-05", None, None, "TASS at its seat; 12 December ahead agrees"),
    Article("dated_dateline_no_agency", D(2018, 11, 18),
            "Leaders met\n\nWASHINGTON, Nov. 18, 2018 -- The leaders met on Friday.",
            "2018-11-18", D(2018, 11, 18), D(2018, 11, 18), "a dated dateline naming no agency"),
    Article("midterms_weekday_noun", D(2018, 11, 8),
            "House flips\n\nThe Democrats won the House in the November 6 midterm elections. The midterms held on "
            "Tuesday drew record turnout.",
            "XXXX-11", None, None, "6 November was a Tuesday: 2018, 2012, 2007 ...; within a week after",
            (2018, 2012, 2007), (2016, 2017, 2019)),
    Article("due_full_date", D(2019, 1, 15),
            "Brexit day\n\nBritain is due to leave the European Union on March 29, 2019, and Prime Minister Theresa "
            "May said on Tuesday she would not delay it.",
            None, None, D(2019, 3, 29), "due on 29 March 2019: ahead ('due to' before a verb is a schedule)"),
    Article("referendum_past_full_date", D(2017, 6, 1),
            "Second vote\n\nThe referendum on Scottish independence was held on Sept. 18, 2014. A second vote is not "
            "expected before 2021.",
            None, D(2014, 9, 18), None, "held 18 September 2014; 'before 2021' names no time of the verb"),
    Article("month_years_past", D(2017, 6, 19),
            "Exit talks\n\nBritain voted to leave the EU in June 2016, and the two-year exit talks began in "
            "March 2017.",
            None, D(2017, 3, 1), None, "began in March 2017 (past): on or after 1 March 2017"),
    Article("olympics_ahead_full_date", D(2018, 1, 25),
            "Games near\n\nThe Winter Olympics will open in Pyeongchang on Feb. 9, 2018.",
            None, None, D(2018, 2, 9), "will open 9 February 2018"),
    Article("counting_down", D(2018, 5, 1),
            "World Cup\n\nFans are counting down to the 2018 World Cup in Russia.",
            None, None, D(2018, 12, 31), "counting down to it: the 2018 World Cup is ahead"),
    Article("full_then_yearless", D(2017, 11, 10),
            "iPhone X\n\nApple unveiled the iPhone X on Sept. 12, 2017, and it went on sale on Nov. 3.",
            None, D(2017, 11, 3), None, "unveiled 12 September 2017; on sale 3 November (of 2017 or later)"),
    Article("weekday_beside_resigned", D(2017, 11, 22),
            "Mugabe resigns\n\nZimbabwe's military seized power on Nov. 15, and Robert Mugabe resigned on Tuesday, "
            "Nov. 21, ending 37 years in power.",
            None, None, None, "Tuesday 21 November: 2017, 2023, 2006 ... (the DCT up to 182 days later)",
            (2017, 2018, 2023), (2016, 2019)),
    Article("weekday_beside_fell", D(2019, 3, 24),
            "Baghuz falls\n\nThe Islamic State's last stronghold in Syria, Baghuz, fell on Saturday, March 23.",
            None, None, None, "Saturday 23 March: 2019, 2013, 2024 ...", (2019, 2013), (2017, 2018, 2020)),
    Article("no_date_at_all", D(2018, 10, 29),
            "Merkel steps back\n\nBERLIN (dpa) - Chancellor Angela Merkel said on Monday she would not seek "
            "re-election as party leader in December.",
            None, None, None, "no date, no year: unknown"),
    Article("numbers_not_dates", D(2018, 6, 1),
            "Prices\n\nA ticket costs $20.18 and the hotline is 2018-555-0199; the score was 2019 to 2017 in points.",
            None, None, None, "prices, phone numbers and scores name no time"),
    Article("month_year_told_past", D(2018, 6, 3),
            "Heat record\n\nThe weather service reported that May 2018 was the warmest May on record.",
            None, D(2018, 5, 1), None, "May 2018 told as past: on or after 1 May 2018"),
    Article("relative_year_and_yearless_future", D(2018, 9, 20),
            "Brazil votes\n\nVoters in Brazil will choose a president on Oct. 7, the first round of this year's 2018 "
            "general election.",
            "2018", D(2018, 4, 8), D(2018, 10, 7), "this year's 2018 election; 7 October ahead (within 182 days)"),
    Article("enacted_law", D(2018, 2, 1),
            "Ban\n\nA 2017 law banned the sale of the devices.",
            None, D(2017, 1, 1), None, "a 2017 law has been passed"),
    Article("crash_named", D(2016, 9, 15),
            "Markets\n\nInvestors fled after the 2008 crash, and the markets took years to recover.",
            None, D(2008, 1, 1), None, "the 2008 crash happened"),
    Article("before_named_future", D(2019, 7, 1),
            "Security\n\nOfficials will review security before the 2020 Olympics in Tokyo.",
            None, None, D(2020, 12, 31), "a review still ahead comes before the 2020 Olympics"),
    Article("after_named_future", D(2021, 1, 10),
            "Security\n\nOfficials will review security after the 2020 Olympics in Tokyo.",
            None, None, None, "a review ahead after the 2020 Olympics: the Games may be past or ahead"),
    Article("before_named_past", D(2019, 7, 1),
            "Security\n\nOfficials reviewed security before the 2020 Olympics in Tokyo.",
            None, None, None, "a past review before the 2020 Olympics: the Games may be past or ahead"),
    Article("anadolu_at_seat", D(2018, 10, 2),
            "Journalist missing\n\nANKARA, Oct. 2 (Anadolu) - A Saudi journalist went missing after entering the "
            "consulate in Istanbul on Tuesday.",
            "XXXX-10-02", None, None, "Anadolu stamps in Ankara"),
    Article("reuters_istanbul", D(2018, 10, 9),
            "Consulate\n\nISTANBUL, Oct. 9 (Reuters) - Turkish officials said on Tuesday that the journalist was "
            "killed inside the consulate on Oct. 2.",
            "XXXX-10-09", None, None, "the Istanbul day (Reuters's London stamp is evidence); 2 October is past"),
    Article("fire_yearless_past", D(2019, 4, 17),
            "Notre-Dame\n\nThe fire at Notre-Dame on April 15 destroyed the spire, and Macron vowed to rebuild.",
            None, None, None, "15 April is past: within 182 days after it"),
    Article("modifier_and_weekday_beside", D(2018, 11, 20),
            "Concert\n\nTickets for the Dec. 31 concert went on sale on Monday, Nov. 19.",
            None, None, None, "Monday 19 November: 2018, 2012, 2007 ...; the Dec. 31 concert names a thing",
            (2018, 2019, 2012), (2016, 2017, 2020)),
    Article("tass_election_sunday", D(2018, 3, 19),
            "Putin wins\n\nMOSCOW, March 19. /TASS/. Vladimir Putin won Sunday's presidential election with 76 "
            "percent of the vote.",
            "XXXX-03-19", None, None, "TASS at its seat"),
    Article("kavanaugh_saturday", D(2018, 10, 8),
            "Confirmed\n\nThe Senate confirmed Brett Kavanaugh on Saturday, Oct. 6, after a bitter fight.",
            None, None, None, "Saturday 6 October: 2018, 2012, 2007 ... (the DCT up to 182 days later)",
            (2018, 2019, 2012), (2016, 2017, 2020)),
    Article("quarter_of_year", D(2019, 10, 25),
            "Sales\n\nIn the third quarter of 2019, sales rose 4 percent, the company said.",
            None, D(2019, 10, 1), None, "the third quarter's sales are told once it is over: on or after 1 October "
                                        "2019"),
]
