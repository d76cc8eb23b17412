"""A second review: invented short news articles without metadata, in the domains the first lacks.

Sport reports, court reports, weather, science, obituaries, company results, and wire stories
opening with every form of dateline the issue lists and others real wires use. Written for this
review (no benchmark text), with the conventions of :mod:`tests.anchor.review_articles`: ``true``
is the day the article is imagined to be published; ``value``, ``earliest``, ``latest`` what a
careful reader infers from the text alone (a date without a year is recent: within 182 days of
the DCT; a bare weekday names a day within 6 days of it); ``window`` the month-day window every
candidate year shares, when the reading leaves one; ``xfail`` the reason the anchor does not
reach that reading.
"""

from __future__ import annotations

import datetime as dt

from .review_articles import Article

D = dt.date

SPORT = [
    Article("sport_score_saturday", D(2018, 11, 25),
            "Reds top\n\nLiverpool beat Chelsea 2-1 on Saturday at Anfield, Mohamed Salah scoring twice in the "
            "second half. The win lifts Liverpool to the top of the table before Wednesday's trip to Paris.",
            None, None, None, "no date and no year; a score (2-1) names no time"),
    Article("sport_final_yearless", D(2019, 6, 2),
            "Champions\n\nMADRID (AP) — Liverpool won the Champions League final on June 1, beating Tottenham 2-0 "
            "at the Wanda Metropolitano.",
            None, None, None, "1 June is past: within 182 days after it", window="06-01..11-30"),
    Article("sport_since_a_year", D(2019, 5, 13),
            "Title kept\n\nManchester City retained the Premier League title on Sunday, the first team to do so "
            "since Manchester United in 2009.",
            None, D(2009, 1, 1), None, "since ... in 2009: the DCT is in 2009 or later"),
    Article("sport_world_cup_won", D(2018, 7, 16),
            "Champions again\n\nFrance won the 2018 World Cup on Sunday, beating Croatia 4-2 in Moscow. Qatar "
            "will host the next tournament in 2022.",
            None, D(2018, 1, 1), D(2022, 12, 31),
            "the 2018 World Cup has been won, so it has been held; 2022 is ahead"),
    Article("sport_wimbledon_reuters_seat", D(2019, 7, 14),
            "Djokovic wins\n\nLONDON, July 14 (Reuters) - Novak Djokovic saved two match points to beat Roger "
            "Federer 7-6(5) 1-6 7-6(4) 4-6 13-12(3) in the Wimbledon final on Sunday.",
            "XXXX-07-14", None, None, "Reuters at its seat: the dateline's day; set scores name no time"),
    Article("sport_marathon_record", D(2018, 9, 16),
            "World record\n\nBERLIN (Reuters) - Kenya's Eliud Kipchoge won the Berlin marathon on Sunday in "
            "2:01:39, breaking the world record of 2:02:57 set by Dennis Kimetto in 2014.",
            None, D(2014, 1, 1), None, "a record set in 2014 (past); a race time is no clock"),
    Article("sport_olympics_mascots", D(2018, 3, 1),
            "Mascots\n\nTokyo unveiled the 2020 Olympics mascots on Wednesday, two futuristic characters chosen by "
            "schoolchildren.",
            None, None, None, "'the 2020 Olympics mascots' names things; the Games may be ahead"),
    Article("sport_world_cup_draw", D(2017, 12, 2),
            "Draw\n\nMOSCOW (Reuters) - Russia hosted the 2018 World Cup draw on Friday, and the hosts will open the "
            "tournament against Saudi Arabia.",
            None, None, None, "a draw for the 2018 World Cup is held before it: no year is told as past"),
    Article("sport_won_while", D(2018, 3, 5),
            "Comeback\n\nSerena Williams, who won the 2017 Australian Open while pregnant, returns to the court on "
            "Monday at Indian Wells.",
            None, D(2017, 1, 1), None, "the 2017 Australian Open has been won"),
    Article("sport_beat_in_final", D(2019, 6, 5),
            "Manager leaves\n\nChelsea, who beat Arsenal 4-1 in the 2019 Europa League final, confirmed on Tuesday "
            "that their manager had left.",
            None, D(2019, 1, 1), None, "a result in the 2019 final: it has been played"),
    Article("sport_when_clause", D(2019, 9, 1),
            "Holders\n\nNew Zealand will defend the title it won in 2015 when the Rugby World Cup opens in Japan "
            "on Sept. 20.",
            None, D(2015, 3, 22), None, "won in 2015 (past: a relative clause of 'the title', which the main "
                                         "clause's 'will' does not make hypothetical); 20 September ahead, within "
                                         "182 days"),
    Article("sport_if_won", D(2019, 6, 7),
            "Record\n\nRafael Nadal would equal a record if he won the 2019 French Open on Sunday, his coach said.",
            None, None, None, "a condition: the 2019 final may be ahead"),
    Article("sport_season_span", D(2019, 8, 10),
            "Season opens\n\nThe 2019-20 Premier League season opened on Friday with Liverpool beating Norwich "
            "4-1.",
            None, None, None, "'the 2019-20 season' names a season, and its opening (Friday) is not dated"),
]

COURT = [
    Article("court_convicted_year", D(2018, 4, 27),
            "Cosby convicted\n\nA Pennsylvania jury on Thursday convicted Bill Cosby of drugging and sexually "
            "assaulting a woman in 2004. Sentencing is expected in the coming months.",
            None, D(2004, 1, 1), None, "an assault in 2004 told as past"),
    Article("court_trial_date_set", D(2018, 10, 30),
            "Trial date\n\nA federal judge on Tuesday set a trial date of March 4, 2019, for the former campaign "
            "chairman.",
            None, None, D(2019, 3, 10), "the trial date, set on Tuesday (within 6 days before the DCT), is after "
                                        "the setting: the DCT is on or before 10 March 2019"),
    Article("court_appeal_correspondent", D(2017, 2, 9),
            "Ban blocked\n\nSAN FRANCISCO, Feb 9 (Reuters) - A U.S. appeals court on Thursday refused to "
            "reinstate President Donald Trump's travel ban.",
            "XXXX-02-09", None, None, "the San Francisco day; Reuters's London stamp is evidence only"),
    Article("court_sentence_full_dates", D(2015, 6, 25),
            "Apology\n\nA federal jury sentenced Dzhokhar Tsarnaev to death on May 15, 2015, for the April 15, "
            "2013, Boston Marathon bombing. On Wednesday he apologized to the victims in court.",
            None, D(2015, 5, 15), None, "sentenced on 15 May 2015 (past): on or after it"),
    Article("court_sentencing_ahead", D(2018, 8, 22),
            "Guilty plea\n\nMichael Cohen pleaded guilty on Tuesday to eight counts and will be sentenced on "
            "Dec. 12.",
            None, None, None, "12 December is ahead: within 182 days before it", window="06-13..12-12"),
    Article("court_census_question", D(2019, 6, 28),
            "Census\n\nWASHINGTON (Reuters) - The U.S. Supreme Court on Thursday blocked a citizenship question "
            "from the 2020 census.",
            None, None, None, "'the 2020 census' names a thing, which may be past or ahead"),
    Article("court_adjourned_until_when", D(2018, 11, 20),
            "Adjourned\n\nThe court adjourned the case until Dec. 3, when the judge will hear final arguments.",
            None, None, None, "3 December, when the judge will hear arguments, is ahead: within 182 days before it",
            window="06-04..12-03"),
    Article("court_hearing_weekday_beside", D(2019, 3, 8),
            "Hearing\n\nThe former chairman will be sentenced on Wednesday, March 13, in Washington, a judge "
            "said.",
            None, None, None, "Wednesday 13 March ahead: 2019, 2024, 2013 ... (the DCT up to 182 days before)",
            (2019, 2018, 2024, 2013), (2016, 2017, 2020)),
]

WEATHER = [
    Article("weather_hurricane_since", D(2018, 9, 15),
            "Florence\n\nWILMINGTON, N.C. (AP) — Hurricane Florence made landfall on Friday near Wrightsville "
            "Beach, the strongest storm to hit the area since Hurricane Hazel in 1954.",
            None, D(1954, 1, 1), None, "since ... in 1954"),
    Article("weather_record_month_year", D(2019, 7, 26),
            "Heat\n\nParis recorded its hottest day on Thursday, 42.6 C, beating the record of 40.4 C set in "
            "July 1947.",
            None, D(1947, 7, 1), None, "a record set in July 1947; a temperature is no date"),
    Article("weather_forecast_weekend", D(2018, 2, 23),
            "Snow\n\nForecasters expect heavy snow across the Midwest on Saturday and Sunday, with temperatures "
            "falling to minus 20 by Monday.",
            None, None, None, "weekdays only: no date, no year"),
    Article("weather_floods_dateline", D(2018, 8, 20),
            "Floods\n\nKOCHI, India, Aug 20 (Reuters) - Floods in Kerala have killed more than 370 people since "
            "June 1, the worst flooding in the state since 1924.",
            "XXXX-08-20", D(1924, 8, 20), None, "the Kochi day, in 1924 or later"),
    Article("weather_year_on_track", D(2018, 11, 29),
            "Warm year\n\nThe hottest year on record was 2016, and 2018 is on track to be the fourth-hottest, the "
            "World Meteorological Organization said on Thursday.",
            None, D(2017, 10, 1), D(2018, 12, 31), "2018 told as under way, or previewed late in 2017"),
    Article("weather_storm_named_date", D(2017, 9, 5),
            "Harvey\n\nThe Aug. 25 storm flooded Houston and left thousands of families homeless.",
            None, None, None, "a storm named by its date whose harm is told has happened: within 182 days after "
                              "25 August", window="08-25..02-23"),
]

SCIENCE = [
    Article("science_launch_ahead", D(2018, 7, 30),
            "Probe\n\nNASA's Parker Solar Probe is scheduled to launch on Aug. 11 from Cape Canaveral and will "
            "fly within 4 million miles of the sun in 2024.",
            None, None, D(2024, 8, 11), "11 August ahead (within 182 days); 2024 ahead"),
    Article("science_black_hole", D(2019, 4, 10),
            "Black hole\n\nAstronomers on Wednesday unveiled the first image of a black hole, captured in April "
            "2017 by the Event Horizon Telescope.",
            None, D(2017, 4, 1), None, "captured in April 2017 (past)"),
    Article("science_comet_weekday_beside", D(2018, 12, 14),
            "Comet\n\nComet 46P/Wirtanen makes its closest approach to Earth on Sunday, Dec. 16, its nearest pass "
            "in centuries.",
            None, None, None, "Sunday 16 December: 2018, 2012, 2007 ... (the DCT within 182 days of it)",
            (2018, 2012, 2007), (2016, 2017, 2020)),
    Article("science_eclipse_next", D(2017, 8, 22),
            "Eclipse\n\nThe total solar eclipse that crossed the United States on Monday was the first to span "
            "the country since 1918. The next one will cross on April 8, 2024.",
            None, D(1918, 1, 1), D(2024, 4, 8), "since 1918; the next eclipse on 8 April 2024 is ahead"),
    Article("science_film_plot", D(2017, 7, 20),
            "Review\n\nChristopher Nolan's Dunkirk, which opens on Friday, begins on May 26, 1940, as British troops "
            "wait on the beach.",
            None, D(1940, 5, 26), None, "the film tells what happened from 26 May 1940: the DCT is later",
            xfail="no general rule (session 10): a plot's date may be ahead of the writing (Blade Runner, written in "
                  "1982, 'begins in November 2019'), so a story's present before a written date ('begins on May 26, "
                  "1940') is neither past nor schedule; the careful reader knows Dunkirk is history, which the text "
                  "does not say"),
    Article("science_mission_ended", D(2017, 9, 16),
            "Cassini\n\nNASA's Cassini spacecraft ended its 20-year mission on Friday with a plunge into Saturn, "
            "13 years after it entered orbit in 2004.",
            None, D(2004, 1, 1), None, "entered orbit in 2004 (past); '13 years after' counts from it, not "
                                         "from the DCT"),
]

OBITUARIES = [
    Article("obit_weekday_age_born_year", D(2019, 6, 3),
            "Obituary\n\nMargaret Ellis, the botanist who mapped the flora of the Andes, died on Sunday at 87. "
            "Born in Lima in 1932, she moved to Edinburgh as a child.",
            None, D(2019, 1, 1), D(2021, 1, 5),
            "born in 1932, died at 87: in 2019 or 2020 (before 31 December 2020), on a Sunday within 6 days "
            "of the DCT"),
    Article("obit_yearless_death_full_birth", D(2018, 3, 15),
            "Obituary\n\nThe physicist Stephen Hawking died on March 14 at his home in Cambridge, England. He was "
            "76. Hawking was born on Jan. 8, 1942.",
            "2018", D(2018, 3, 14), D(2018, 9, 12),
            "born 8 January 1942, 76 at death: died between 8 January 2018 and 7 January 2019, so on 14 March "
            "2018; the DCT within 182 days after it"),
    Article("obit_revolution_named", D(2016, 11, 26),
            "Castro dies\n\nHAVANA (Reuters) - Fidel Castro, who took power in the 1959 revolution and ruled Cuba "
            "for nearly five decades, died on Friday at the age of 90.",
            None, D(1959, 1, 1), None, "took power in the 1959 revolution: past"),
    Article("obit_appositive_age", D(2018, 12, 1),
            "Obituary\n\nThe former president, 94, died on Friday at his home in Houston. Born in 1924, he served "
            "one term.",
            None, D(2018, 1, 1), D(2020, 1, 5), "94 at death, born in 1924: died in 2018 or 2019, on a Friday within "
                                                "6 days of the DCT"),
    Article("obit_full_birth_weekday", D(2018, 8, 26),
            "Obituary\n\nSenator John McCain died on Saturday at 81. He was born on Aug. 29, 1936, in the Panama "
            "Canal Zone.",
            None, D(2017, 8, 29), D(2018, 9, 3), "81 at death, born 29 August 1936: died between 29 August 2017 "
                                                 "and 28 August 2018, on a Saturday within 6 days of the DCT"),
    Article("obit_another_birth", D(2016, 6, 7),
            "Obituary\n\nGrandmaster Viktor Korchnoi died on Monday at 85, his federation said. His rival, born in "
            "1951, paid tribute.",
            None, D(1951, 1, 1), None, "the birth told is the rival's, not the dead man's: no age span; the "
                                         "rival's birth is past (', born in 1951,')"),
    Article("obit_age_only", D(2018, 11, 13),
            "Obituary\n\nStan Lee, the comic book writer who created Spider-Man, died on Monday in Los Angeles. "
            "He was 95.",
            None, None, None, "an age without a birth year names no time"),
    Article("obit_born_and_died_full", D(2016, 4, 22),
            "Prince\n\nPrince, born June 7, 1958, in Minneapolis, was found dead at his Paisley Park estate on "
            "April 21, 2016.",
            None, D(2016, 4, 21), None, "found dead on 21 April 2016 (past)"),
]

RESULTS = [
    Article("results_year_earlier_quarter", D(2018, 10, 26),
            "Amazon\n\nAmazon.com Inc on Thursday reported third-quarter profit of $2.9 billion, up from $256 "
            "million in the year-earlier quarter, and forecast holiday sales below estimates.",
            None, None, None, "quarters and a year-earlier quarter without a year name no year"),
    Article("results_quarter_ended", D(2019, 7, 30),
            "Apple\n\nApple said on Tuesday that revenue for its fiscal third quarter, which ended June 29, rose "
            "1 percent to $53.8 billion.",
            None, None, None, "the quarter ended 29 June: within 182 days after it", window="06-29..12-28"),
    Article("results_full_year", D(2019, 2, 7),
            "Daimler\n\nDaimler said on Wednesday its net profit fell 29 percent in 2018 to 7.6 billion euros. It "
            "expects earnings to be slightly higher in 2019.",
            "2019", D(2019, 1, 1), D(2019, 12, 31),
            "a whole year's profit (2018) is reported once that year is over; 2019 is ahead"),
    Article("results_growth_and_forecast", D(2019, 1, 25),
            "GDP\n\nThe economy grew 2.9 percent in 2018, the government said on Friday, and is forecast to slow "
            "in 2019.",
            "2019", D(2019, 1, 1), D(2019, 12, 31), "2018's growth is told once 2018 is over; the slowdown in 2019 "
                                                  "is ahead"),
    Article("results_quarter_full_dates", D(2016, 11, 3),
            "Results\n\nFor the quarter ended Sept. 30, 2016, the company earned $1.2 billion, compared with $900 "
            "million in the quarter ended Sept. 30, 2015.",
            None, D(2016, 9, 30), None, "the quarter ended 30 September 2016 (past)"),
    Article("results_forecast_year", D(2017, 4, 27),
            "Ford\n\nFord's first-quarter net income fell 35 percent to $1.6 billion, the company said on "
            "Thursday. In January, Ford forecast that 2017 profit would fall.",
            None, None, None, "'2017 profit' names a thing; the forecast says nothing of the DCT"),
]

WIRES = [
    Article("wire_afp_correspondent", D(2018, 11, 18),
            "Brexit\n\nLONDON, Nov 18 (AFP) - British Prime Minister Theresa May said on Sunday that her Brexit "
            "deal was the best available.",
            "XXXX-11-18", None, None, "the London day; AFP's Paris stamp is evidence only"),
    Article("wire_cnn_no_date", D(2018, 11, 18),
            "Fires\n\n(CNN) — Firefighters in California made progress on Sunday against the deadliest wildfire "
            "in the state's history.",
            None, None, None, "CNN's dateline names no date"),
    Article("wire_paris_dash", D(2019, 4, 16),
            "Notre-Dame\n\nPARIS — The spire of Notre-Dame collapsed on Monday as fire swept through the roof of "
            "the cathedral, which dates from 1163.",
            None, None, None, "a bare place and dash names no date; 1163 lies outside the plausible years"),
    Article("wire_tass_with_year", D(2018, 11, 18),
            "Summit\n\nMOSCOW, November 18, 2018. /TASS/. The Kremlin said preparations for the summit continue.",
            "2018-11-18", D(2018, 11, 18), D(2018, 11, 18), "a TASS dateline with its year"),
    Article("wire_day_month_reuters", D(2018, 11, 18),
            "EU\n\nBRUSSELS, 18 November (Reuters) - EU ministers met on Sunday to discuss the draft agreement.",
            "XXXX-11-18", None, None, "a day-month dateline without a year"),
    Article("wire_dpa_correspondent", D(2019, 3, 2),
            "Talks\n\nGENEVA, March 2 (dpa) - Diplomats said talks would resume next week.",
            "XXXX-03-02", None, None, "the Geneva day; dpa's Hamburg stamp is evidence only"),
    Article("wire_ap_country_region", D(2018, 11, 18),
            "Attack\n\nKABUL, Afghanistan, Nov. 18 (AP) — A suicide bomber struck a gathering of clerics on "
            "Sunday.",
            "XXXX-11-18", None, None, "a dateline with the place's country"),
    Article("wire_ap_no_date", D(2018, 11, 19),
            "Court\n\nJERUSALEM (AP) — Israel's attorney general said on Monday he would decide on charges soon.",
            None, None, None, "AP's dateline names no date"),
    Article("wire_ria_correspondent", D(2019, 5, 14),
            "Visit\n\nSOCHI, May 14 (RIA Novosti) - Russian President Vladimir Putin met US Secretary of State "
            "Mike Pompeo on Tuesday.",
            "XXXX-05-14", None, None, "the Sochi day; RIA's Moscow stamp is evidence only"),
    Article("wire_published_day_month", D(2018, 11, 18),
            "Brexit\n\nPublished 18 November 2018\n\nTheresa May faced calls to resign on Sunday.",
            "2018-11-18", D(2018, 11, 18), D(2018, 11, 18), "a publication stamp, day before month"),
    Article("wire_guardian_stamp", D(2018, 11, 18),
            "Brexit\n\nSun 18 Nov 2018 14.30 GMT\n\nTheresa May faced calls to resign on Sunday.",
            "2018-11-18", D(2018, 11, 18), D(2018, 11, 18), "a line that is only the publication date and time"),
    Article("wire_prnewswire", D(2019, 1, 8),
            "Launch\n\nJan. 8, 2019 /PRNewswire/ -- Acme Corp today announced a new line of batteries.",
            "2019-01-08", D(2019, 1, 8), D(2019, 1, 8), "a press release's dated dateline"),
    Article("wire_pti_title_case", D(2018, 11, 18),
            "Talks\n\nNew Delhi, Nov 18 (PTI) The government on Sunday said talks with the states would continue.",
            "XXXX-11-18", None, None, "PTI's dateline: a place in title case and no dash after the agency"),
    Article("wire_interfax_full_stop", D(2018, 11, 18),
            "Talks\n\nMOSCOW. Nov 18 (Interfax) - The Kremlin said on Sunday it was ready for talks.",
            "XXXX-11-18", None, None, "Interfax at its seat; a full stop after the place"),
    Article("wire_bloomberg_bare", D(2018, 11, 19),
            "Stocks\n\n(Bloomberg) -- Stocks fell on Monday as oil slid.",
            None, None, None, "a bare agency names no date"),
    Article("wire_ap_after_byline", D(2018, 11, 19),
            "Stocks\n\nBy JANE DOE\nAssociated Press\nNEW YORK (AP) — Stocks fell on Monday.",
            None, None, None, "a dateline after the byline names no date"),
    Article("wire_ukrinform_title_case", D(2018, 11, 26),
            "Martial law\n\nKyiv, Nov. 26 (Ukrinform) — Parliament approved martial law on Monday.",
            "XXXX-11-26", None, None, "Ukrinform at its seat, the place in title case"),
    Article("wire_web_stamp_updated", D(2018, 11, 18),
            "Brexit\n\nNovember 18, 2018 / 10:32 AM / Updated 2 hours ago\n\nTheresa May said on Sunday her deal "
            "was the best available.",
            "2018-11-18", D(2018, 11, 18), D(2018, 11, 18), "a web page's publication stamp; the update is later"),
    Article("wire_stamp_bar_time", D(2018, 11, 18),
            "Brexit\n\n18 November 2018 | 10:32 GMT\n\nTheresa May said on Sunday her deal was the best available.",
            "2018-11-18", D(2018, 11, 18), D(2018, 11, 18), "a publication stamp with its time after a bar"),
    Article("wire_stamp_am_et", D(2018, 11, 18),
            "Brexit\n\nNov 18, 2018, 10:32 AM ET\n\nTheresa May said on Sunday her deal was the best available.",
            "2018-11-18", D(2018, 11, 18), D(2018, 11, 18), "a publication stamp with 'AM ET'"),
    Article("wire_two_places", D(2018, 11, 19),
            "Oil\n\nNEW YORK/LONDON, Nov 19 (Reuters) - Oil prices rose on Monday after OPEC signalled cuts.",
            "XXXX-11-19", None, None, "a dateline naming two places"),
    Article("wire_reuters_bare", D(2018, 11, 19),
            "Oil\n\n(Reuters) - Oil prices rose on Monday after OPEC signalled output cuts.",
            None, None, None, "a bare agency names no date"),
]

ARTICLES = SPORT + COURT + WEATHER + SCIENCE + OBITUARIES + RESULTS + WIRES
