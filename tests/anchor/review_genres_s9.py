"""Whole articles of the genres whose dates are not the writing's time (review H7, session 9).

Written for this review (no benchmark text): backgrounders and timelines, "on this day" and
anniversary pieces, years in review, previews, live blogs, republished stories, corrections,
obituaries, features opening in the past, reviews of fiction and films, history, op-eds quoting old
speeches, press releases, memos quoted years later, season previews, multi-dateline wraps. Each
article's ``truths`` are the plausible publication days, written before the anchor was run: the
anchor must allow every one of them (also once the year is fixed). A range is given by its two ends
and the days between them every ``_STEP`` days (at most about 40 of them).

Six rounds, 90 articles. 20 confident lies: round 1 (54 articles) 14 (yearless dates of a scene's year, a
plot's, an entry's, a correction's 8; a republished story 2; corrections read as past 3; an irregular past,
'upheld', 1); round 2 (11, against the guards) 3 (a company's correction read as this story's, a flashback
in reported speech, a season preview's seven-month-old final: left); round 3 (10) 1 (a quoted memo's
future); round 4 (2) 1 (a timeline's last entry ahead); round 5 (8) 1 (a month set with its year, "From
our pages of January 1968"); round 6 (5) none. Six of my truths were wrong on reflection (a dateline is its
day, "will hold a call on Feb. 28" is ahead, a year's GDP is told once the year is over) and were corrected
with the reason in the commit, never to fit the anchor.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

D = dt.date
_STEP = 5


class Article(NamedTuple):
    name: str
    genre: str
    truths: tuple[dt.date, ...]  # plausible publication days: none may be ruled out
    text: str


def _span(first: dt.date, last: dt.date) -> tuple[dt.date, ...]:
    """The two ends and about 40 days between them, at least ``_STEP`` days apart."""
    step = max(_STEP, (last - first).days // 40)
    days = [first + dt.timedelta(days=k) for k in range(0, (last - first).days, step)]
    return tuple(days) + (last,)


def _a(name: str, genre: str, truths: dt.date | tuple[dt.date, dt.date], text: str) -> Article:
    if isinstance(truths, tuple):
        return Article(name, genre, _span(*truths), text)
    return Article(name, genre, (truths,), text)


TIMELINES = [
    _a("timeline_brexit", "timeline", (D(2019, 3, 29), D(2019, 4, 9)),
       "Timeline: key moments on Britain's long road out of the EU\n\n"
       "Britain was due to leave the European Union on March 29, but Parliament has rejected the deal three "
       "times. Here is how the country got here.\n\n"
       "June 23, 2016 - Britons vote by 52 percent to 48 percent to leave the bloc in a referendum called by "
       "Prime Minister David Cameron. He resigns the next morning.\n\n"
       "July 13, 2016 - Theresa May becomes prime minister, promising that Brexit means Brexit.\n\n"
       "March 29, 2017 - May triggers Article 50, starting a two-year countdown to departure.\n\n"
       "June 8, 2017 - A snap election costs May her majority.\n\n"
       "November 25, 2018 - EU leaders endorse the withdrawal agreement at a summit in Brussels.\n\n"
       "January 15, 2019 - Lawmakers reject the deal by 230 votes, the heaviest government defeat in modern "
       "history.\n\n"
       "March 29 - On the day Britain was supposed to leave, the deal is defeated a third time.\n\n"
       "April 10 - EU leaders will meet in Brussels to decide whether to grant a further extension."),
    _a("timeline_company_history", "timeline", (D(2015, 1, 1), D(2026, 1, 1)),
       "Our history\n\nFrom a garage in Dayton to forty countries: the milestones that made Halvorsen Tools.\n\n"
       "1952 - Erik Halvorsen builds his first torque wrench and sells it to a neighbour.\n"
       "1961 - The company opens its first factory, on Brown Street.\n"
       "1978 - Halvorsen wrenches go aboard the space shuttle test programme.\n"
       "1994 - The firm lists on the Nasdaq.\n"
       "2003 - A plant opens in Monterrey, Mexico.\n"
       "2014 - Halvorsen acquires Dutch maker Bremer, doubling its European sales.\n\n"
       "Today the company employs 6,000 people and will celebrate its 75th anniversary in 2027."),
    _a("timeline_crisis_backgrounder", "timeline", (D(2011, 3, 18), D(2011, 4, 30)),
       "FACTBOX - Key events since Japan's earthquake\n\n"
       "(Reuters) - Here are the main events since a massive earthquake struck northeast Japan.\n\n"
       "* March 11 - A magnitude 9.0 quake strikes off the coast at 2:46 p.m., triggering a tsunami that "
       "sweeps away whole towns.\n"
       "* March 12 - A hydrogen explosion blows the roof off the No. 1 reactor building at the Fukushima "
       "Daiichi plant.\n"
       "* March 14 - A second blast hits the No. 3 reactor.\n"
       "* March 15 - Radiation levels spike in Tokyo; the government widens the evacuation zone.\n"
       "* March 17 - Military helicopters drop seawater on the stricken reactors.\n\n"
       "The official death toll has passed 10,000, with more than 17,000 people still missing."),
    _a("timeline_court_case", "timeline", (D(2020, 1, 31), D(2020, 5, 11)),
       "How the case against the former mayor unfolded\n\n"
       "In a memo dated June 4, 2015, a city auditor first flagged payments to a paving company owned by the "
       "mayor's brother-in-law. The memo sat in a drawer for two years.\n\n"
       "Sept. 2017: The Ledger publishes the memo. The mayor calls it a smear.\n\n"
       "Feb. 2018: The FBI raids City Hall.\n\n"
       "Nov. 2018: A grand jury indicts the mayor on 14 counts of fraud.\n\n"
       "Oct. 2019: The trial opens, after two delays.\n\n"
       "Jan. 31: Jurors convict him on 11 counts after four days of deliberations.\n\n"
       "Sentencing is set for May 12."),
]

ON_THIS_DAY = [
    _a("otd_moon_landing", "on this day", D(2019, 7, 20),
       "On this day: July 20\n\n"
       "1969: Apollo 11's lunar module, Eagle, lands on the Moon. Hours later Neil Armstrong becomes the first "
       "person to walk on its surface, saying: \"That's one small step for man, one giant leap for mankind.\"\n\n"
       "1944: A bomb planted by Claus von Stauffenberg explodes in Hitler's headquarters at Rastenburg. Hitler "
       "survives with minor injuries.\n\n"
       "1976: The Viking 1 lander touches down on Mars and sends back the first pictures from the planet's "
       "surface.\n\n"
       "Born on this day: Edmund Hillary (1919), Carlos Santana (1947), Gisele Bundchen (1980).\n\n"
       "Today marks 50 years since the first landing. NASA is holding events at the Kennedy Space Center all "
       "week."),
    _a("otd_anniversary_wall", "anniversary", (D(2019, 11, 3), D(2019, 11, 9)),
       "Thirty years on, Berliners remember the night the Wall fell\n\n"
       "BERLIN - It was a chilly Thursday evening, November 9, 1989, when Guenter Schabowski, a Politburo "
       "spokesman, fumbled through a note at a press conference and said the new travel rules took effect "
       "\"immediately, without delay\". Within hours, thousands of East Germans were pressing at the "
       "checkpoints.\n\n"
       "\"We did not believe it,\" said Petra Lange, who was 22 and crossed at Bornholmer Strasse that night. "
       "\"My mother thought I had been arrested.\"\n\n"
       "This week the city will mark the 30th anniversary with a week of concerts, exhibitions and a "
       "light installation along the old border strip. Chancellor Angela Merkel will speak on Saturday at the "
       "memorial on Bernauer Strasse.\n\n"
       "For Lange, the anniversary is bittersweet. The factory where she worked closed in 1991."),
    _a("otd_bicentenary", "anniversary", (D(2015, 6, 5), D(2015, 6, 17)),
       "Waterloo at 200: the battle that remade Europe\n\n"
       "On June 18, 1815, in the fields south of Brussels, Napoleon's army met the Duke of Wellington's "
       "allied force and Bluecher's Prussians. By nightfall the French were in flight and an era was over.\n\n"
       "Next week some 5,000 re-enactors will restage the battle on the original ground, in what organisers "
       "call the largest re-enactment ever held in Europe. Tickets for the two evening shows sold out in March.\n\n"
       "Historians still argue about the day. Did the rain that delayed Napoleon's attack decide it? Was "
       "Wellington's famous remark that it was \"the nearest-run thing you ever saw in your life\" modesty or "
       "truth?"),
    _a("otd_tenth_anniversary_storm", "anniversary", (D(2015, 8, 20), D(2015, 8, 26)),
       "Ten years after Katrina, New Orleans is smaller, richer and still divided\n\n"
       "When the levees broke on Aug. 29, 2005, water covered 80 percent of the city. More than 1,800 people "
       "died along the Gulf Coast.\n\n"
       "A decade later the population has climbed back to about 390,000, against 455,000 before the storm. "
       "The Lower Ninth Ward has fewer than half its old residents.\n\n"
       "President Obama will visit the city on Thursday, and former President George W. Bush is expected the "
       "following day. A memorial service is planned for Saturday, the anniversary itself."),
]

YEAR_IN_REVIEW = [
    _a("review_year_2018_markets", "year in review", (D(2018, 12, 2), D(2018, 12, 31)),
       "2018 in review: the year volatility came back\n\n"
       "For markets, 2018 was the year the calm broke. After a record-smooth 2017, stocks tumbled in "
       "February, recovered through the summer and then slid again in October, leaving the S&P 500 on course "
       "for its worst year since 2008.\n\n"
       "The Federal Reserve raised interest rates four times. Oil climbed above $86 a barrel in early "
       "October and then lost more than a third of its value in eight weeks.\n\n"
       "Trade dominated the headlines. In March, President Trump imposed tariffs on steel and aluminium; "
       "by September, duties covered $250 billion of Chinese goods. A truce agreed in Buenos Aires on "
       "December 1 has bought 90 days.\n\n"
       "What comes next? Most strategists expect slower growth in 2019, and a few see a recession by 2020."),
    _a("review_year_sport", "year in review", (D(2021, 12, 13), D(2022, 1, 5)),
       "The sporting year: twelve months that had everything\n\n"
       "It was the year sport came back, a year late. The delayed Tokyo Olympics opened in July in empty "
       "stadiums, and the postponed Euro 2020 ended at Wembley on July 11 with Italy beating England on "
       "penalties.\n\n"
       "Emma Raducanu won the US Open in September as a qualifier. Max Verstappen took the Formula One title "
       "on the final lap of the final race, in Abu Dhabi on December 12.\n\n"
       "Our writers pick their moments of 2021, from Tom Daley knitting in the stands to the night Denmark's "
       "Christian Eriksen collapsed and lived."),
    _a("review_decade", "year in review", (D(2019, 12, 1), D(2020, 1, 15)),
       "The decade in tech: from the iPad to TikTok\n\n"
       "When the 2010s began, Instagram did not exist, Uber was a black-car app in San Francisco and the "
       "iPad was a rumour. Apple unveiled it on January 27, 2010.\n\n"
       "By the end of the decade, four of the world's five most valuable companies were technology firms, "
       "and a Chinese video app that launched in 2016 had more than a billion downloads.\n\n"
       "The decade also brought the reckoning. The Cambridge Analytica scandal broke in March 2018. Facebook "
       "agreed in July 2019 to pay a $5 billion fine.\n\n"
       "What will the 2020s bring? Our predictions, and a look back at the ones we got wrong ten years ago."),
    _a("review_year_january", "year in review", (D(2016, 12, 29), D(2017, 1, 19)),
       "Looking back at 2016, the year nobody predicted\n\n"
       "Few saw it coming. In June, Britain voted to leave the EU. In November, Donald Trump won the US "
       "presidency, defeating Hillary Clinton despite losing the popular vote by nearly three million "
       "votes.\n\n"
       "It was also a year of losses: David Bowie died on January 10, Prince in April, Leonard Cohen in "
       "November. Carrie Fisher died on December 27, and her mother, Debbie Reynolds, the next day.\n\n"
       "Mr. Trump will be sworn in on January 20."),
]

PREVIEWS = [
    _a("preview_sunday_final", "preview", (D(2018, 7, 11), D(2018, 7, 14)),
       "France and Croatia set for Sunday's World Cup final\n\n"
       "MOSCOW - France will face Croatia in the World Cup final at the Luzhniki Stadium on Sunday, July 15, "
       "after Croatia came from behind to beat England 2-1 in extra time.\n\n"
       "Mario Mandzukic scored the winner in the 109th minute. Croatia, a country of four million people, "
       "becomes the smallest nation to reach a final since Uruguay in 1950.\n\n"
       "France beat Belgium 1-0 on Tuesday, with a header from Samuel Umtiti. Didier Deschamps, who captained "
       "France to the title in 1998, can become the third man to win the Cup as a player and as a coach.\n\n"
       "England will play Belgium for third place on Saturday in St Petersburg."),
    _a("preview_vote_tuesday", "preview", (D(2014, 9, 16), D(2014, 9, 17)),
       "Scots go to the polls on Thursday in a vote that could end the union\n\n"
       "EDINBURGH - Scotland votes on Thursday, Sept. 18, on whether to leave the United Kingdom, and the "
       "latest polls put the two sides within two points.\n\n"
       "The three main party leaders in London signed a pledge on Tuesday promising more powers for the "
       "Scottish parliament if Scots vote no. Alex Salmond, the first minister, called it a panicked "
       "bribe.\n\n"
       "The union was formed by the Acts of Union of 1707. If Scots vote yes, Salmond wants independence "
       "day to be March 24, 2016."),
    _a("preview_season_nba", "season preview", (D(2019, 8, 1), D(2019, 10, 21)),
       "NBA season preview: the 2019-20 season is wide open\n\n"
       "For the first time in five years, there is no overwhelming favourite. Kawhi Leonard left the "
       "champion Toronto Raptors for the Clippers in July, and Kevin Durant will miss most of the season "
       "after tearing his Achilles in the Finals in June.\n\n"
       "The Lakers paired LeBron James with Anthony Davis. Milwaukee has the reigning MVP, Giannis "
       "Antetokounmpo, who will be a free agent in the summer of 2021.\n\n"
       "The season tips off on Oct. 22 with the Raptors raising their banner against New Orleans.\n\n"
       "Our predictions: Clippers over Bucks in six."),
    _a("preview_event_days_before", "preview", (D(2016, 7, 25), D(2016, 7, 29)),
       "Rio is ready, mostly, as the Games approach\n\n"
       "RIO DE JANEIRO - With the opening ceremony at the Maracana on Aug. 5, organisers insist the city is "
       "ready for the first Olympics in South America.\n\n"
       "The athletes' village opened on July 24, and Australia's team refused to move in at first, citing "
       "blocked toilets and exposed wiring. A new metro line is due to open on Saturday, only days before "
       "the Games.\n\n"
       "Russia's track and field athletes will not compete after the Court of Arbitration for Sport "
       "upheld their ban on July 21."),
]

LIVE_BLOGS = [
    _a("liveblog_election_night", "live blog", (D(2016, 11, 8), D(2016, 11, 9)),
       "Election night live: Trump wins presidency\n\n"
       "2:47 a.m. - Donald Trump has won the presidency. The Associated Press called Wisconsin, pushing him "
       "past 270 electoral votes. He is speaking to supporters in New York.\n\n"
       "2:02 a.m. - John Podesta tells the crowd at the Javits Center to go home. Clinton will not speak "
       "tonight.\n\n"
       "11:30 p.m. - Trump wins Florida and North Carolina.\n\n"
       "9:15 p.m. - Markets are falling sharply in Asia. Dow futures are down 700 points.\n\n"
       "7:00 p.m. - Polls have closed in Georgia, Indiana, Kentucky, South Carolina, Vermont and Virginia.\n\n"
       "6:00 a.m. - Good morning. Americans go to the polls today after one of the most bitter campaigns in "
       "the country's history."),
    _a("liveblog_storm", "live blog", (D(2017, 9, 10), D(2017, 9, 11)),
       "Hurricane Irma: live updates\n\n"
       "Updated 11:40 p.m. Irma has weakened to a Category 2 storm as it moves north over Florida, the "
       "National Hurricane Center said. More than 5 million customers are without power.\n\n"
       "8:15 p.m. Storm surge is flooding downtown Naples.\n\n"
       "3:35 p.m. Irma made its second landfall on Marco Island as a Category 3 storm.\n\n"
       "9:10 a.m. The eye of the storm crossed Cudjoe Key in the lower Florida Keys as a Category 4 "
       "hurricane.\n\n"
       "Irma killed at least 24 people when it swept through the Caribbean on Wednesday and Thursday."),
]

REPUBLISHED = [
    _a("editors_note_first_published", "republished", (D(2015, 1, 1), D(2026, 12, 31)),
       "Editor's note: This story was first published in 2009. We are republishing it as the bridge closes "
       "for good.\n\n"
       "The old Delaware Street bridge has carried cars across the river since 1931. Last week, engineers "
       "found cracks in two of its steel supports, and the state closed it to trucks on Monday.\n\n"
       "\"It has outlived everyone who built it,\" said Carl Meyers, 71, whose father was a riveter on the "
       "job. The state says a new bridge will open in 2012.\n\n"
       "Update: The replacement bridge opened in 2015. Demolition of the old span begins on Saturday."),
    _a("originally_published_note", "republished", (D(2018, 3, 3), D(2025, 12, 31)),
       "This article was originally published on March 3, 2018, and has been updated.\n\n"
       "How to read a nutrition label\n\n"
       "The Food and Drug Administration unveiled a new label in May 2016, with calories in larger type and "
       "a line for added sugars. Big manufacturers had to use it by Jan. 1, 2020, and smaller ones a year "
       "later.\n\n"
       "Start with the serving size. A bag of chips that looks like one serving may hold three. Then look at "
       "the percent daily value: 5 percent or less is low, 20 percent or more is high."),
    _a("from_the_archive", "republished", (D(2012, 4, 14), D(2012, 4, 14)),
       "From the archive, 14 April 1912: Titanic sinks on maiden voyage\n\n"
       "We reprint the report as it appeared in our pages.\n\n"
       "NEW YORK, April 15 - The White Star liner Titanic, the largest ship in the world, struck an iceberg "
       "off the Banks of Newfoundland late last night and sank early this morning. Wireless messages say "
       "that the Carpathia has picked up about 700 survivors, most of them women and children.\n\n"
       "The vessel left Southampton on Wednesday on her first voyage."),
]

CORRECTIONS = [
    _a("correction_misstated_year", "correction", (D(2019, 4, 25), D(2019, 5, 3)),
       "A correction was made on May 3, 2019\n\n"
       "An earlier version of this story misstated the year the museum opened. It was 1974, not 1964.\n\n"
       "The Harbor Museum will close for two years of renovation starting in September, its director said on "
       "Tuesday. The $40 million project will add a wing for the maritime collection and fix a roof that has "
       "leaked since the building opened.\n\n"
       "The museum drew 310,000 visitors last year. It expects to reopen in 2021."),
    Article("correction_line_long_read", "correction", (D(2005, 4, 28), D(2005, 5, 3), D(2012, 3, 15), D(2012, 5, 3)),
       "The last lighthouse keeper\n\n"
       "For 31 years, Agnes Morrow climbed the 112 steps of the Point Reyes light twice a night. She arrived "
       "in 1952 with her husband, a Coast Guard boatswain, and stayed after he died in 1969.\n\n"
       "When the light was automated in 1983, she moved to a cottage in the village, where she still lives, "
       "surrounded by logbooks.\n\n"
       "\"People ask me if I was lonely,\" she said. \"I was never lonely. I was busy.\"\n\n"
       "Correction, May 3: An earlier version of this article gave the wrong number of steps in the "
       "lighthouse. There are 112, not 120."),
    _a("clarification_old_figure", "correction", (D(2019, 6, 1), D(2022, 3, 19)),
       "Clarification: A previous version of this article said the plant closed in 2008; it closed in "
       "January 2009.\n\n"
       "The town of Millbrook voted on Tuesday to turn the former paper plant into housing. The site has "
       "stood empty since the plant closed, and the town bought it at auction in 2019.\n\n"
       "Construction of 240 apartments is scheduled to begin in the spring of 2022."),
]

OBITUARIES = [
    _a("obit_whole_life", "obituary", (D(2017, 12, 1), D(2018, 2, 2)),
       "Lena Hartwig, pioneering pilot, dies at 96\n\n"
       "Lena Hartwig, who flew warplanes across the Atlantic in the Second World War and later became one of "
       "the first women to captain a commercial jet, died on Saturday at her home in Seattle. She was 96.\n\n"
       "Born on March 2, 1921, in Bremerton, Washington, she took her first flying lesson at 16. In 1943 she "
       "joined the Women Airforce Service Pilots and ferried bombers to England.\n\n"
       "In 1961 she was hired by a regional airline, and in 1973 she captained a Boeing 737 from Portland to "
       "Anchorage. She retired in 1981 and taught flying until she was 80.\n\n"
       "Her husband, Tom, died in 2002. She is survived by two daughters and five grandchildren. A memorial "
       "will be held on Feb. 3."),
    _a("obit_no_date_of_death", "obituary", (D(2012, 1, 1), D(2013, 1, 15)),
       "Walter Greene, 1930-2012\n\n"
       "Walter Greene grew up on a farm in Iowa during the Depression, served in Korea, and spent 38 years "
       "teaching history at Lincoln High School, where generations of students remember his imitation of "
       "Abraham Lincoln's Gettysburg Address.\n\n"
       "He married June Palmer in 1955; they had four children. After he retired in 1993 he wrote three "
       "books about the county's history.\n\n"
       "A service will be held at First Methodist Church at 11 a.m. Saturday."),
    _a("obit_late_notice", "obituary", (D(2019, 7, 1), D(2020, 8, 31)),
       "Anton Serra, sculptor of the city's bronze horses, has died\n\n"
       "Anton Serra, whose bronze horses stand in front of the railway station, died in July at a hospice in "
       "Lyon, his family said this week. He was 88.\n\n"
       "Serra was born in 1931 in Turin and came to France as a boy. His first show, in 1958, sold nothing. "
       "The horses, cast in 1987, made his name.\n\n"
       "He was married three times. His third wife, Claire, survives him."),
]

PAST_OPENINGS = [
    _a("feature_cold_morning_1998", "feature opening in the past", (D(2017, 6, 1), D(2019, 6, 30)),
       "It was a cold morning in March 1998 when Dana Kowalski walked into the bank on Fifth Street with a "
       "shoebox of receipts and a plan for a bakery.\n\n"
       "The loan officer said no. So did the next two. She opened anyway, in a rented kitchen, and sold "
       "bread from a card table at the farmers' market every Saturday.\n\n"
       "Twenty years later, Kowalski's bakery has 14 shops and 230 employees, and on Monday she signed a "
       "deal to sell it to a national chain for $60 million.\n\n"
       "\"I still have the shoebox,\" she said."),
    _a("feature_night_in_1977", "feature opening in the past", (D(2017, 6, 1), D(2017, 8, 31)),
       "On the night of July 13, 1977, lightning struck a power line in Westchester, and within an hour New "
       "York City went dark. By morning, more than 1,600 stores had been looted and 3,700 people "
       "arrested.\n\n"
       "Forty years on, the people who lived through it are telling their stories at a new exhibition at "
       "the Museum of the City of New York, which opened on Wednesday.\n\n"
       "\"It was hot, it was dark and everyone was angry,\" said Luis Ortega, who was 17 and working in his "
       "father's bodega in the Bronx. \"We sat on the counter with a baseball bat all night.\""),
    _a("feature_spring_of_2003", "feature opening in the past", (D(2013, 3, 1), D(2013, 4, 30)),
       "In the spring of 2003, Sergeant Mike Reyes drove a fuel truck from Kuwait to Baghdad in nine days. "
       "He was 20 years old.\n\n"
       "Ten years after the invasion, Reyes teaches science at a middle school in El Paso. He rarely talks "
       "about the war, he says, except in March.\n\n"
       "\"Every March I think about the road,\" he said. \"I think about who was in the truck behind me.\"\n\n"
       "The Pentagon says nearly 4,500 American troops died in Iraq before the last of them left in December "
       "2011."),
]

FICTION = [
    _a("review_novel_1850s", "fiction review", (D(2016, 1, 1), D(2026, 12, 31)),
       "Book review: The Salt Road\n\n"
       "It is March 1853, and Hannah Price has buried her husband in the frozen ground of the Nebraska "
       "territory. By June she will have crossed the plains alone with two children and a borrowed rifle.\n\n"
       "On May 4, a wagon train led by a preacher takes her in. On July 19 the preacher is dead of cholera, "
       "and Hannah must decide who leads.\n\n"
       "This is Rachel Lindqvist's third novel, after a debut in 2014 that won the Western Writers' prize. "
       "It is her best. The Salt Road is published by Harrow Press on Tuesday."),
    _a("review_film_future", "film review", (D(2005, 1, 1), D(2026, 12, 31)),
       "Film review: Orbit's End\n\n"
       "The year is 2049. On October 3, a cargo ship carrying ice from Saturn's rings loses contact with "
       "Earth. By October 9 its crew of four has begun to suspect one another.\n\n"
       "Director Sofia Marin keeps the action inside the ship, and the claustrophobia works. Will the crew "
       "reach Mars by Christmas? Will the ship's computer, which speaks in the calm voice of a hotel "
       "concierge, let them?\n\n"
       "Orbit's End opens in cinemas on Friday. Rated PG-13; 118 minutes."),
    _a("review_tv_period_drama", "TV review", (D(2010, 1, 1), D(2026, 12, 31)),
       "TV review: The Regent's Daughter\n\n"
       "London, 1816, the year without a summer. Snow falls in June, the harvest fails, and Lady Caroline "
       "Ashby, 19, who was born in 1797, has been promised to a man she has never met.\n\n"
       "The wedding is set for September 12. Caroline has other plans.\n\n"
       "The eight-part series, which was filmed in Bath last year, is lavish and knowing. Episode one airs "
       "on Sunday at 9 p.m.; the rest will stream from Monday."),
]

HISTORY = [
    _a("history_1066", "history", (D(2016, 1, 1), D(2018, 12, 31)),
       "In 1066, England had three kings. Edward the Confessor died on January 5, and Harold Godwinson was "
       "crowned the next day. In September, Harald Hardrada of Norway landed in the north; Harold marched "
       "north and killed him at Stamford Bridge on September 25.\n\n"
       "Three days later, William of Normandy landed at Pevensey. Harold marched south again, and on October "
       "14 the two armies met near Hastings. By evening Harold was dead.\n\n"
       "William was crowned in Westminster Abbey on Christmas Day. Within 20 years, his clerks had compiled "
       "the Domesday Book, a survey of every manor in the land.\n\n"
       "The Bayeux Tapestry, which tells the story in 70 metres of embroidered linen, will be lent to "
       "Britain for the first time in 950 years, the French president said."),
    _a("history_war_narrative", "history", (D(1990, 1, 1), D(2026, 12, 31)),
       "The Berlin airlift\n\n"
       "On June 24, 1948, the Soviet Union cut every road, rail and canal link into the western sectors of "
       "Berlin. Two million people had food for 36 days.\n\n"
       "Two days later the first American C-47s landed at Tempelhof. By the spring of 1949, a plane was "
       "landing every minute, and on April 16 alone the airlift carried nearly 13,000 tons.\n\n"
       "On May 12, the Soviets lifted the blockade. Flights continued until September, to build up stocks."),
]

OPINION = [
    _a("oped_old_speech", "op-ed", (D(2017, 1, 21), D(2021, 12, 31)),
       "What Kennedy knew about the Moon, and what we have forgotten\n\n"
       "On September 12, 1962, in the heat of a Houston stadium, John F. Kennedy told the country that it "
       "would go to the Moon \"not because it is easy, but because it is hard\". He promised a landing before "
       "the decade was out. Seven years later, Neil Armstrong stepped onto the Sea of Tranquility.\n\n"
       "Compare that with the speech the president gave on Tuesday, promising Americans would return to the "
       "Moon by 2024 and go on to Mars. There was no budget and no timetable.\n\n"
       "Kennedy asked Congress for the money on May 25, 1961, and got it within months. Ambition without "
       "money is a slogan. We will know by 2024 which one this is."),
    _a("oped_quoting_memo", "op-ed", (D(2019, 9, 1), D(2020, 12, 31)),
       "The memo that should have changed everything\n\n"
       "In a memo dated June 4, 2015, the agency's own scientists warned that the dam's spillway would fail "
       "in a flood of the kind the valley sees once a century. They recommended $80 million in repairs by "
       "the end of 2016.\n\n"
       "The money never came. On March 14, 2019, the spillway failed, and 4,000 people lost their homes.\n\n"
       "Next month, the agency's director will testify before the Senate. She should be asked one "
       "question: who read the memo, and when?"),
    _a("oped_anniversary_speech", "op-ed", (D(2013, 8, 20), D(2013, 8, 31)),
       "Fifty years on, the dream is unfinished\n\n"
       "On Aug. 28, 1963, Martin Luther King Jr. stood on the steps of the Lincoln Memorial and told 250,000 "
       "people that he had a dream. Half a century later, the dream has come partly true: the country elected "
       "a black president in 2008 and re-elected him last year.\n\n"
       "But the Supreme Court gutted the Voting Rights Act in June, and within hours Texas announced that it "
       "would enforce a voter ID law.\n\n"
       "On Wednesday, President Obama will speak from the same steps. He should speak about votes."),
]

RELEASES = [
    _a("press_release_forward_looking", "press release", (D(2019, 1, 15), D(2019, 2, 27)),
       "FOR IMMEDIATE RELEASE\n\n"
       "Brightwell Energy Reports Fourth Quarter and Full-Year 2018 Results\n\n"
       "HOUSTON--Brightwell Energy Inc. today reported net income of $42 million for the fourth quarter of "
       "2018, compared with $31 million a year earlier. Full-year revenue rose 12 percent to $1.9 billion.\n\n"
       "\"2018 was a year of discipline,\" said Chief Executive Maria Ochoa. \"In 2019 we expect to bring our "
       "Permian wells online and to cut debt by a further $200 million by the end of 2020.\"\n\n"
       "The company will hold a conference call on Thursday, Feb. 28, at 10 a.m. Central.\n\n"
       "Forward-looking statements: This release contains statements about plans and expectations for 2019 "
       "and 2020, which involve risks. Actual results may differ. Brightwell undertakes no obligation to "
       "update them.\n\n"
       "About Brightwell Energy: Founded in 1987, Brightwell explores for oil and gas in Texas and New "
       "Mexico."),
    _a("press_release_event_announcement", "press release", (D(2021, 11, 1), D(2022, 1, 31)),
       "FOR IMMEDIATE RELEASE\n\n"
       "Harbor City Marathon Returns to Full Field for 2022\n\n"
       "HARBOR CITY - The Harbor City Marathon will return with a full field of 30,000 runners on Sunday, "
       "May 15, 2022, organizers announced today. The 2020 race was cancelled and the 2021 race was limited "
       "to 8,000 runners.\n\n"
       "Registration opens on February 1 and closes on April 30, or when the field is full.\n\n"
       "\"We cannot wait to see the streets full again,\" said race director Tom Banks."),
]

WRAPS = [
    _a("multi_dateline_wrap", "multi-dateline wrap", (D(2020, 3, 12), D(2020, 3, 13)),
       "World braces as virus spreads; markets plunge\n\n"
       "ROME - Italy closed all shops except pharmacies and food stores on Wednesday night, extending a "
       "lockdown that began on Monday.\n\n"
       "WASHINGTON - President Trump on Wednesday suspended travel from 26 European countries for 30 days, "
       "starting at midnight on Friday.\n\n"
       "GENEVA - The World Health Organization called the outbreak a pandemic on Wednesday. The first cases "
       "were reported in Wuhan, China, in December.\n\n"
       "NEW YORK - Stocks fell 10 percent on Thursday, their worst day since the crash of October 19, 1987. "
       "The NBA suspended its season after a player tested positive on Wednesday."),
    _a("weekly_roundup", "roundup", (D(2019, 5, 24), D(2019, 5, 27)),
       "The week in politics\n\n"
       "Monday: The prime minister survives a confidence vote, 312 to 305.\n\n"
       "Tuesday: Her new Brexit plan, including a possible second referendum, is attacked from all sides.\n\n"
       "Wednesday: The leader of the Commons resigns.\n\n"
       "Friday: Theresa May announces she will step down as Conservative leader on June 7, her voice breaking "
       "on the steps of Downing Street.\n\n"
       "Next week: The contest to succeed her begins."),
]

MORE = [
    _a("sports_season_review_in_summer", "season review", (D(2020, 8, 24), D(2020, 9, 11)),
       "The 2019-20 season: a campaign like no other\n\n"
       "It began in August 2019 and ended in an empty stadium in Lisbon on Sunday. The 2019-20 Champions "
       "League, halted in March, finished with Bayern Munich beating Paris Saint-Germain 1-0 in the final.\n\n"
       "Liverpool won the Premier League on June 25, their first title in 30 years, after the league "
       "restarted behind closed doors on June 17.\n\n"
       "The 2020-21 season kicks off on Sept. 12."),
    _a("anniversary_birth_centenary", "anniversary", (D(2018, 7, 10), D(2018, 7, 20)),
       "Mandela at 100: the prisoner who became a president\n\n"
       "Nelson Mandela was born on July 18, 1918, in the village of Mvezo. He would have turned 100 on "
       "Wednesday.\n\n"
       "He spent 27 years in prison, walked free on Feb. 11, 1990, and was elected president in April 1994. "
       "He died in December 2013, aged 95.\n\n"
       "Barack Obama will deliver the annual Mandela lecture in Johannesburg on Tuesday, the eve of the "
       "centenary."),
    _a("anniversary_no_year_written", "anniversary", (D(2014, 6, 1), D(2014, 6, 10)),
       "D-Day veterans return to Normandy\n\n"
       "They were teenagers when they waded ashore on June 6. Now in their late eighties and nineties, a few "
       "hundred of them are back on the beaches this week for what many say will be their last visit.\n\n"
       "Seventy years after the landings, Queen Elizabeth, President Obama and President Putin will attend "
       "the main ceremony at Ouistreham on Friday.\n\n"
       "More than 150,000 Allied troops landed on June 6, 1944, and some 4,400 died on that day."),
    _a("feature_future_then_past", "feature", (D(2021, 1, 1), D(2023, 12, 31)),
       "By 2050, the planners say, the city will need 40,000 more homes. In 2030, the first tram line should "
       "open. None of this is new. A plan drawn up in 1999 promised the tram by 2010.\n\n"
       "\"We have been promising this tram since I was a boy,\" said councillor Ed Vance. The council approved "
       "the latest plan on Tuesday by 31 votes to 9. Work starts in 2024."),
    _a("interview_quotes_old_letter", "feature", (D(2016, 1, 1), D(2026, 12, 31)),
       "The letters in the attic\n\n"
       "\"Dearest Anna,\" begins the letter, dated October 2, 1944. \"We move out tomorrow. I will write when "
       "I can. Tell Mother not to worry. We will be home by Christmas.\"\n\n"
       "He was not. Private Jan Kowal was killed on October 9, 1944, near Arnhem. His sister kept the letter "
       "all her life. Her granddaughter found it last spring in a biscuit tin and has given it to the town "
       "museum, which will show it from next month."),
    _a("film_plot_with_weekdays", "film review", (D(2005, 1, 1), D(2026, 12, 31)),
       "Film review: Five Days in June\n\n"
       "On Monday, June 3, a bank clerk in Leeds finds an error in a ledger. By Friday, June 7, she has been "
       "sacked, arrested and released, and the bank's chairman has fled to Spain.\n\n"
       "The script moves briskly, and the ending, set on the following Tuesday, is a small masterpiece. The "
       "film is in cinemas from Friday."),
    _a("history_column_this_week", "history", (D(2008, 1, 1), D(2026, 12, 31)),
       "This week in history\n\n"
       "March 5: Winston Churchill warns of an \"iron curtain\" across Europe in a speech at Fulton, Missouri, "
       "in 1946.\n\n"
       "March 6: The Alamo falls to Mexican troops after a 13-day siege, in 1836.\n\n"
       "March 7: Alabama state troopers attack civil rights marchers on the Edmund Pettus Bridge in Selma, on "
       "what became known as Bloody Sunday, in 1965.\n\n"
       "March 10: Alexander Graham Bell makes the first telephone call, in 1876."),
    _a("obit_with_birthday_and_death_on_weekday", "obituary", (D(2016, 4, 21), D(2016, 4, 28)),
       "Prince, the purple genius of pop, dies at 57\n\n"
       "Prince Rogers Nelson, who was born in Minneapolis on June 7, 1958, was found dead at his Paisley Park "
       "studio on Thursday. He was 57.\n\n"
       "His 1984 album Purple Rain sold more than 20 million copies. He played the Super Bowl half-time show "
       "in 2007, in a downpour.\n\n"
       "He had cancelled two concerts in Atlanta on April 7 because of flu, and his plane made an emergency "
       "landing on April 15."),
    _a("correction_two_years_later", "correction", (D(2017, 6, 1), D(2017, 6, 30)),
       "Correction appended: 2 March 2019\n\n"
       "Council approves new library\n\n"
       "The city council voted on Thursday to build a new central library on the site of the old bus "
       "station. Construction will start in 2018 and the library is due to open in 2020.\n\n"
       "This article was amended on 2 March 2019 to correct the name of the architect."),
    _a("live_blog_latest_first_dates", "live blog", (D(2022, 2, 26), D(2022, 2, 28)),
       "Ukraine live: Russian forces close in on Kyiv\n\n"
       "Feb. 26, 11:05 p.m.: Curfew extended in Kyiv until Monday morning.\n\n"
       "Feb. 26, 4:30 p.m.: The EU agrees to cut some Russian banks from SWIFT.\n\n"
       "Feb. 25, 9:00 p.m.: President Zelensky posts a video from the streets of Kyiv: \"We are here.\"\n\n"
       "Feb. 24, 5:00 a.m.: Russia launches a full-scale invasion of Ukraine."),
    _a("anniversary_plain_count", "anniversary", (D(2021, 9, 5), D(2021, 9, 11)),
       "Twenty years after 9/11, the families still gather\n\n"
       "On Saturday, as on every Sept. 11 since 2002, the names of the 2,977 people killed in the attacks will "
       "be read aloud at the memorial in lower Manhattan.\n\n"
       "\"Twenty years and it is still the first thing I think about,\" said Maria Lopez, whose brother "
       "worked on the 104th floor of the North Tower."),
    _a("timeline_undated_year_heading", "timeline", (D(2008, 9, 16), D(2008, 10, 31)),
       "Timeline: the fall of Lehman Brothers\n\n"
       "1850: Henry, Emanuel and Mayer Lehman found a dry-goods business in Montgomery, Alabama.\n\n"
       "1994: American Express spins Lehman off.\n\n"
       "2007: Lehman posts record earnings.\n\n"
       "Sept. 10: Lehman says it will sell a majority of its asset management unit.\n\n"
       "Sept. 15: Lehman files for bankruptcy, the largest in US history."),
]

# Second round, against the first round's guards (written before running them).
AGAINST_GUARDS = [
    _a("company_corrected_forecast", "news (a company's correction)", (D(2019, 3, 4), D(2019, 3, 20)),
       "Shipping group cuts outlook again\n\n"
       "The shipping group corrected its forecast on March 3, 2019, and warned on Monday that the first "
       "quarter would be weak. Its shares fell 6 percent.\n\n"
       "Analysts said the company would report results in April."),
    _a("flashback_in_reported_speech", "news (reported flashback)", (D(2016, 1, 5), D(2016, 1, 20)),
       "Plant closure still hurts, mayor says\n\n"
       "The mayor said on Jan. 4, 2016, that the town never recovered after the plant closed on March 3. "
       "About 900 people lost their jobs, and the tax base shrank by a fifth.\n\n"
       "The council meets again next week to discuss a rescue fund."),
    _a("book_reprint_news", "news about a reprint", D(2021, 5, 3),
       "Forgotten war novel first published in 1950 returns to print\n\n"
       "LONDON, May 3 (Reuters) - A war novel that sold 300 copies when it was first published in 1950 is to "
       "be reprinted after a teacher found a copy in a charity shop.\n\n"
       "The publisher said on Monday that 20,000 copies would go on sale on June 10."),
    _a("review_headline_not_fiction", "news with 'review' in its headline", (D(2019, 10, 1), D(2019, 11, 25)),
       "Police review ordered after crash\n\n"
       "The home secretary ordered a review of police pursuits on Tuesday after a chase ended in a crash on "
       "Sept. 28 that killed two teenagers.\n\n"
       "The review is due to report by Dec. 1."),
    _a("review_film_in_reviews_section", "film review", (D(2005, 1, 1), D(2026, 12, 31)),
       "Movie review: The Quiet Harbour\n\n"
       "It is 1962. On October 22, as the missile crisis breaks, a fisherman's daughter finds a Soviet sailor "
       "washed up on the shore of a Maine village. By October 28 the crisis is over, and she has to decide "
       "whether to hide him or turn him in.\n\n"
       "The film opens on Friday."),
    _a("correction_label_with_year_past", "correction", (D(2018, 6, 1), D(2018, 7, 10)),
       "Correction: July 11, 2018\n\n"
       "Heatwave closes schools\n\n"
       "Schools across the region closed on Thursday as temperatures passed 35 C for the third day. The "
       "previous record for June was set in 1976.\n\n"
       "An earlier version of this article misstated the number of schools."),
    _a("almanac_today_in_history", "on this day", (D(2020, 3, 12), D(2020, 3, 16)),
       "Today in History\n\n"
       "Today is Saturday, March 14, the 74th day of 2020. There are 292 days left in the year.\n\n"
       "Today's highlight: On March 14, 1879, Albert Einstein was born in Ulm, Germany.\n\n"
       "On this date:\n\n"
       "In 1794, Eli Whitney received a patent for his cotton gin.\n\n"
       "In 1964, a jury in Dallas found Jack Ruby guilty of murdering Lee Harvey Oswald."),
    _a("season_preview_counts_back", "season preview", (D(2021, 8, 1), D(2021, 9, 8)),
       "NFL preview: can anyone stop Tom Brady?\n\n"
       "Brady won his seventh Super Bowl on Feb. 7, beating Kansas City 31-9 in Tampa, a year after he left "
       "New England, where he won six titles starting in 2001.\n\n"
       "He turned 44 on Aug. 3. The 2021 season opens on Thursday, Sept. 9, when the Buccaneers host Dallas."),
    _a("obit_born_on_same_monthday", "obituary", (D(2019, 6, 1), D(2019, 6, 20)),
       "Dr. Ruth Alvarez, who founded the city's first free clinic, died on May 30 at her home. She was 91.\n\n"
       "Born on May 30, 1927, in San Antonio, she trained as a nurse during the war and qualified as a doctor "
       "in 1956. She opened the clinic in a church basement in 1968.\n\n"
       "A funeral mass will be held on June 22."),
    _a("live_blog_with_year_entries", "live blog", (D(2021, 1, 6), D(2021, 1, 7)),
       "Capitol riot: as it happened\n\n"
       "Jan. 6, 2021, 8:06 p.m. - The Senate reconvenes to count the electoral votes.\n\n"
       "Jan. 6, 2021, 2:24 p.m. - Rioters breach the Capitol; lawmakers are evacuated.\n\n"
       "Jan. 6, 2021, 1:00 p.m. - Congress meets in joint session to count the votes."),
    _a("republished_interview_note_in_body", "republished", (D(2016, 11, 14), D(2016, 11, 30)),
       "Leonard Cohen: 'I am ready to die'\n\n"
       "Leonard Cohen, who died on Nov. 7, gave one of his last interviews to this newspaper. It was first "
       "published on Oct. 13, 2016, and we republish it in his memory.\n\n"
       "\"I am ready to die,\" he said. \"I hope it is not too uncomfortable.\" His new album, You Want It "
       "Darker, comes out next week, on Oct. 21."),
]

# Third round: the other clues (ages, counts, outcomes, schedules, periods, stamps) inside these genres.
OTHER_CLUES = [
    _a("otd_age_then", "on this day", (D(2018, 1, 1), D(2026, 12, 31)),
       "On this day in 1998\n\n"
       "Tara Lipinski, 15, who was born in 1982, became the youngest woman to win Olympic figure skating gold, "
       "in Nagano. She beat Michelle Kwan, the favourite.\n\n"
       "Lipinski now commentates for television."),
    _a("timeline_count_since_then", "timeline", (D(2009, 11, 1), D(2009, 11, 30)),
       "Timeline: Germany since the fall of the Wall\n\n"
       "1989 - The Berlin Wall falls on Nov. 9.\n\n"
       "1990 - Germany reunites on Oct. 3.\n\n"
       "1999 - The government moves from Bonn to Berlin.\n\n"
       "2005 - Angela Merkel becomes the first woman to lead the country.\n\n"
       "This week Germany marks 20 years since the Wall fell, with leaders from around the world in Berlin."),
    _a("review_outcome_old_final", "history", (D(2010, 1, 1), D(2026, 12, 31)),
       "The greatest final ever played?\n\n"
       "Brazil won the 1970 World Cup in Mexico City, beating Italy 4-1 in a final that many still call the "
       "finest ever played. Carlos Alberto's goal, the fourth, came after nine Brazilians had touched the "
       "ball.\n\n"
       "Pele, who was 29, had played in his fourth tournament."),
    _a("preview_schedule_present", "preview", (D(2023, 1, 10), D(2023, 1, 22)),
       "Week ahead\n\n"
       "Congress reconvenes Jan. 23. The Senate takes up the debt ceiling bill, and the House votes on the "
       "budget on Jan. 26.\n\n"
       "The Federal Reserve meets Jan. 31 and Feb. 1."),
    _a("year_in_review_periods", "year in review", (D(2020, 1, 1), D(2020, 2, 28)),
       "2019: the economy in charts\n\n"
       "The economy grew 2.3 percent in 2019, the slowest pace in three years. Unemployment fell to 3.5 "
       "percent in September, a 50-year low. Stocks rose 29 percent in 2019.\n\n"
       "Economists expect growth to slow to about 2 percent in 2020."),
    _a("obit_years_after", "obituary", (D(2020, 4, 1), D(2020, 4, 30)),
       "Remembering the teacher who taught a town to swim\n\n"
       "Margaret Dunn, who died in April at 101, was born in 1918 in a house by the river. In 1931, when she "
       "was 13, her brother drowned, and she spent the rest of her life teaching children to swim.\n\n"
       "By 1990, when she retired, she had taught more than 12,000 of them."),
    _a("memo_quoted_years_later", "quoted document", (D(2018, 6, 1), D(2018, 6, 30)),
       "Emails show officials knew of lead risk\n\n"
       "\"We will replace the pipes by the end of 2015,\" the utility's director wrote in a memo dated April "
       "2, 2014. The pipes were never replaced.\n\n"
       "The emails, released on Tuesday under a court order, show that officials were warned at least four "
       "times. The state attorney general opened an investigation in March."),
    _a("correction_stamp_top", "correction", (D(2017, 10, 1), D(2017, 10, 31)),
       "CORRECTION: Oct. 31, 2017\n\n"
       "Hurricane season leaves island short of doctors\n\n"
       "SAN JUAN - Six weeks after Hurricane Maria struck on Sept. 20, hospitals across Puerto Rico are still "
       "running on generators, and at least 200 doctors have left for the mainland.\n\n"
       "An earlier version of this story misspelled the name of the health secretary."),
    _a("press_release_about_box", "press release", D(2020, 3, 9),
       "FOR IMMEDIATE RELEASE\n\n"
       "Northwind Labs Names New Chief Executive\n\n"
       "BOSTON, March 9 /PRNewswire/ -- Northwind Labs today named Dr. Aisha Grant chief executive, effective "
       "April 1. She succeeds founder Paul Chen, who will remain chairman.\n\n"
       "About Northwind Labs: Founded in 2004, Northwind develops diagnostic tests. Copyright 2020 Northwind "
       "Labs."),
    _a("fiction_review_with_age", "book review", (D(2015, 1, 1), D(2026, 12, 31)),
       "Book review: The Winter Orchard\n\n"
       "Ellie Marsh, 16, who was born in 1996, narrates the year her family lost the farm. It is 2012, the "
       "drought year, and by August the apple trees are dying.\n\n"
       "On Sept. 30 the bank takes the house. Ellie's voice is the book's great strength."),
]

# Fourth round, against the entries' past (written before running it).
ENTRIES = [
    _a("key_dates_ahead", "timeline of what is ahead", (D(2019, 3, 10), D(2019, 3, 20)),
       "Brexit: what happens next\n\n"
       "Lawmakers rejected the deal again on Tuesday. These are the key dates ahead.\n\n"
       "March 21, 2019 - EU leaders gather for a summit in Brussels.\n\n"
       "March 29, 2019 - Britain leaves the EU, unless the date is moved."),
    _a("timeline_with_next_step", "timeline", (D(2019, 3, 30), D(2019, 4, 9)),
       "Timeline: Britain's road to the exit\n\n"
       "June 23, 2016 - Britain votes to leave.\n\n"
       "March 29, 2017 - The government triggers Article 50.\n\n"
       "March 29, 2019 - The original exit day passes with no deal approved.\n\n"
       "April 12, 2019 - The new deadline, unless EU leaders agree to a longer delay."),
]

# Fifth round: schedules, outcomes, obituaries, stamps and dated acts told in these genres.
ROUND5 = [
    _a("history_column_present_schedule", "history", (D(2018, 1, 8), D(2018, 1, 21)),
       "Fifty years ago this week\n\n"
       "From our pages of January 1968: Congress reconvenes Jan. 15. The president will deliver the State of "
       "the Union address on Jan. 17, his aides say, and is expected to ask for a tax surcharge."),
    _a("anniversary_obit_weekday", "anniversary", (D(2016, 8, 1), D(2016, 8, 31)),
       "Ten years without Naguib Mahfouz\n\n"
       "When Naguib Mahfouz died on a Wednesday in August 2006, at 94, Cairo lost its chronicler. He was born "
       "in 1911 in the old city, and he died, as he lived, a few streets away.\n\n"
       "A new translation of his Cairo Trilogy appears this month."),
    _a("republished_with_wire_copyright", "republished", (D(2019, 1, 1), D(2024, 12, 31)),
       "From the archive: the day the Wall came down\n\n"
       "BERLIN (AP) - East Germany threw open its borders on Thursday, and thousands of jubilant East Germans "
       "streamed through the Berlin Wall. The government will issue visas to all who want them, officials "
       "said.\n\n"
       "Copyright 1989 The Associated Press."),
    _a("preview_outcome_conditional", "preview", (D(2022, 11, 1), D(2022, 11, 19)),
       "World Cup preview: the contenders\n\n"
       "France won the 2018 World Cup in Russia and are favourites again. Brazil have not won it since 2002. "
       "The tournament opens in Qatar on Nov. 20, the first to be played in the northern winter."),
    _a("dated_act_in_history", "history", (D(2010, 1, 1), D(2026, 12, 31)),
       "How the Cuban missile crisis ended\n\n"
       "In October 1962 the world held its breath. Khrushchev said on Sunday, October 28, that he would remove "
       "the missiles, and Kennedy promised not to invade Cuba. The last missiles left on November 9."),
    _a("where_are_they_now_ages", "feature", (D(2020, 1, 1), D(2026, 12, 31)),
       "The class of 1999: where are they now?\n\n"
       "In the 1999 yearbook, Dana Ruiz, 18, who was born in 1981, was voted most likely to succeed. She now "
       "runs a chain of bakeries. Tom Ng, 17, was voted class clown; he is a surgeon in Boston."),
    _a("live_blog_undated_times_weekday", "live blog", (D(2020, 11, 7), D(2020, 11, 8)),
       "US election: live updates\n\n"
       "11:48 a.m. Joe Biden has won Pennsylvania and the presidency, the Associated Press projects.\n\n"
       "9:02 a.m. Counting resumes in Nevada and Arizona on Saturday, four days after the Nov. 3 election."),
    _a("oped_old_speech_future", "op-ed", (D(2016, 1, 1), D(2026, 12, 31)),
       "The promise we broke\n\n"
       "\"By 2020, no child in this state will go hungry,\" the governor said in a speech in 2010. The state "
       "has not kept that promise. One child in six still goes to school without breakfast."),
]

# Sixth round, against the guards again (written before running them).
ROUND6 = [
    _a("corrections_column", "corrections column", (D(2019, 9, 3), D(2019, 9, 5)),
       "Corrections and clarifications\n\n"
       "An article on Monday about school closures misstated the number of schools that shut. It was 42, not "
       "24.\n\n"
       "Correction, Sept. 3, 2019: An obituary of the painter Ana Ruiz gave the wrong year of her birth. She "
       "was born in 1931, not 1913."),
    _a("photo_archive_heading_news", "news", D(2021, 6, 2),
       "Photos from the archive show the old harbour\n\n"
       "PORTSMOUTH, June 2, 2021 - The city museum opened an exhibition on Wednesday of photographs of the "
       "harbour taken between 1890 and 1930."),
    _a("scene_month_news", "news", (D(2019, 1, 20), D(2019, 1, 29)),
       "Retail\n\n"
       "Sales fell 3 percent in December 2018, the worst holiday season in a decade. The company will report "
       "full-year results on Jan. 30."),
    _a("year_in_review_future_next_year", "year in review", (D(2019, 12, 15), D(2020, 1, 19)),
       "2019: the year in science\n\n"
       "In April, astronomers released the first image of a black hole. In July, the world marked 50 years "
       "since the first Moon landing.\n\n"
       "Next year brings a Mars rover: NASA plans to launch Perseverance in July 2020. The first crewed flight "
       "of SpaceX's Dragon is due on Jan. 20."),
    _a("history_entries_with_will", "history", (D(2012, 1, 1), D(2026, 12, 31)),
       "The Titanic, hour by hour\n\n"
       "11:40 p.m. - The lookout sees an iceberg dead ahead.\n\n"
       "12:45 a.m. - The first lifeboat is lowered; it will carry only 28 of its 65 seats.\n\n"
       "2:20 a.m. - The ship sinks. The Carpathia will arrive at 4 a.m. on April 15, 1912."),
]
