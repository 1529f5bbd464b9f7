//! Issue 5 (dates): a table of time expressions in short sentences, each
//! with a publication date and the resolution expected, run through the pure
//! API (`newsgraph_nlp::time::find`) and, for a sample, the pipeline.
//!
//! Expected values: `YYYY[-MM[-DD]]` for a point, `A..B` for a range
//! (`value..end`), `dur` for a duration, `set` for a recurrence, `-` for an
//! expression found but left without a value, and `absent` for text that
//! must not be read as a date at all.

use chrono::NaiveDate;
use newsgraph_core::{Article, Layer, TimeExpr, TimeKind, TimeValue};
use newsgraph_nlp::time::{self, Tense};
use newsgraph_nlp::Pipeline;

/// (published, sentence, expression as it appears, expected).
#[rustfmt::skip]
const CASES: &[(&str, &str, &str, &str)] = &[
    // Weekdays: back in past clauses (same day counts), ahead in future ones.
    ("2021-07-10", "The militants captured a district on Saturday.", "Saturday", "2021-07-10"),
    ("2021-07-10", "She said on Friday that talks had stalled.", "Friday", "2021-07-09"),
    ("2021-07-10", "The ministers will meet on Monday.", "Monday", "2021-07-12"),
    ("2021-07-10", "Officials will travel to Geneva on Saturday.", "Saturday", "2021-07-10"),
    ("2023-01-21", "Police fired tear gas at crowds Thursday.", "Thursday", "2023-01-19"),
    ("2023-01-21", "Residents joined Friday's march.", "Friday", "2023-01-20"),
    ("2022-08-16", "The envoy briefed the council on Monday evening.", "Monday evening", "2022-08-15"),
    ("2022-08-16", "The vote is scheduled for Thursday.", "Thursday", "2022-08-18"),
    // A day a protest is called "for" lies ahead, whatever the verb's tense.
    ("2026-12-09", "The party called a national day of protest for Friday.", "Friday", "2026-12-11"),
    ("2022-08-16", "The president is expected to sign the bill on Friday.", "Friday", "2022-08-19"),
    ("2022-08-16", "Voters go to the polls on Sunday, and results are due Monday.", "Monday", "2022-08-22"),
    ("2022-08-16", "Protesters gathered again last Tuesday.", "last Tuesday", "2022-08-09"),
    ("2022-08-16", "The summit opens next Monday.", "next Monday", "2022-08-22"),
    ("2022-08-16", "Gunmen attacked the convoy late Sunday.", "late Sunday", "2022-08-14"),
    ("2022-08-16", "Troops were deployed Saturday night.", "Saturday night", "2022-08-13"),
    ("2025-05-16", "The delegations met on Friday in Istanbul.", "Friday", "2025-05-16"),
    ("2025-05-16", "Negotiators plan to meet again on Wednesday.", "Wednesday", "2025-05-21"),
    ("2025-05-16", "The talks, which began on Wednesday, continued.", "Wednesday", "2025-05-14"),
    ("2020-01-05", "Protesters have marched every day since Monday.", "since Monday", "2019-12-30..2020-01-05"),
    ("2024-03-01", "The court ruled on Thursday that the law stands.", "Thursday", "2024-02-29"),
    ("2024-03-01", "Officials said the border would reopen on Monday.", "Monday", "2024-03-04"),
    ("2021-06-21", "The ministers approved the list on Monday.", "Monday", "2021-06-21"),
    ("2021-06-21", "The airline won't resume flights until Sunday.", "Sunday", "2021-06-27"),
    ("2021-07-10", "Rebels had seized two towns by Thursday.", "Thursday", "2021-07-08"),
    ("2021-07-10", "The group released a statement Wednesday.", "Wednesday", "2021-07-07"),
    ("2021-07-10", "A ceasefire took effect this Wednesday.", "this Wednesday", "2021-07-07"),
    ("2021-07-10", "The rally on Friday, July 2, drew thousands.", "Friday, July 2", "2021-07-02"),
    ("2022-08-16", "Shelling resumed at 6 a.m. on Monday.", "Monday", "2022-08-15"),
    ("2021-07-10", "The Sunday Times reported the deal.", "Sunday", "absent"),
    // Days.
    ("2025-05-16", "Work on the lists will start today.", "today", "2025-05-16"),
    ("2025-05-16", "The minister arrived yesterday.", "yesterday", "2025-05-15"),
    ("2025-05-16", "The results will be announced tomorrow.", "tomorrow", "2025-05-17"),
    ("2025-05-16", "Sirens sounded in the capital this morning.", "this morning", "2025-05-16"),
    ("2025-05-16", "The president will address the nation tonight.", "tonight", "2025-05-16"),
    ("2025-05-16", "Two drones were shot down last night.", "last night", "2025-05-15"),
    ("2025-05-16", "He had spoken to the minister earlier in the day.", "earlier in the day", "2025-05-16"),
    ("2025-05-16", "Yesterday's strike killed three people.", "Yesterday", "2025-05-15"),
    ("2025-05-16", "Officials confirmed the exchange earlier today.", "earlier today", "2025-05-16"),
    ("2025-05-16", "Police arrested him yesterday morning.", "yesterday morning", "2025-05-15"),
    ("2025-05-16", "The decision came the day before yesterday.", "the day before yesterday", "2025-05-14"),
    ("2025-05-16", "Talks resumed on Tuesday afternoon.", "Tuesday afternoon", "2025-05-13"),
    // Weeks, months, years around publication.
    ("2025-05-16", "Moscow proposed talks in Turkey this week.", "this week", "2025-05-12..2025-05-18"),
    ("2021-07-10", "About 650 troops were reported last week.", "last week", "2021-06-28..2021-07-04"),
    ("2021-07-10", "The envoy will return next week.", "next week", "2021-07-12..2021-07-18"),
    ("2021-06-21", "A flight was forced to land last month.", "last month", "2021-05"),
    ("2021-06-21", "The new rules take effect next month.", "next month", "2021-07"),
    ("2021-06-21", "Prices rose sharply this month.", "this month", "2021-06"),
    ("2021-06-21", "The vote was held last year.", "last year", "2020"),
    ("2021-06-21", "Elections are due next year.", "next year", "2022"),
    ("2021-06-21", "The pullout began earlier this year.", "earlier this year", "2021"),
    ("2021-06-21", "A summit is planned for later this year.", "later this year", "2021"),
    ("2021-06-21", "Inflation hit a record this year.", "this year", "2021"),
    ("2022-01-10", "Exports fell in December.", "December", "2021-12"),
    ("2026-03-05", "Fighting has displaced thousands since March last year.", "since March last year", "2025-03..2026-03-05"),
    ("2026-01-21", "The talks were suspended in January last year.", "January last year", "2025-01"),
    ("2026-03-05", "The troops will leave in January next year.", "January next year", "2027-01"),
    ("2021-06-21", "The fund will be empty by the end of the month.", "the end of the month", "2021-06"),
    ("2021-06-21", "The deal should be signed by the end of the year.", "the end of the year", "2021-12"),
    ("2021-06-21", "Prices climbed earlier this month.", "earlier this month", "2021-06"),
    ("2021-06-21", "Growth slowed late last year.", "late last year", "2020"),
    ("2021-06-21", "Talks resumed early this week.", "early this week", "2021-06-21..2021-06-27"),
    ("2022-08-16", "The truce was extended earlier this week.", "earlier this week", "2022-08-15..2022-08-16"),
    ("2022-08-16", "More talks will follow later this week.", "later this week", "2022-08-16..2022-08-21"),
    ("2021-07-10", "Fighting intensified over the weekend.", "the weekend", "2021-07-10..2021-07-11"),
    ("2022-08-16", "Fighting intensified over the weekend.", "the weekend", "2022-08-13..2022-08-14"),
    ("2022-08-16", "Protests are planned for next weekend.", "next weekend", "2022-08-20..2022-08-21"),
    ("2022-08-16", "Rallies took place last weekend.", "last weekend", "2022-08-13..2022-08-14"),
    ("2022-08-14", "Rallies took place last weekend.", "last weekend", "2022-08-06..2022-08-07"),
    ("2023-01-21", "Earnings fell last quarter.", "last quarter", "2022-10..2022-12"),
    ("2023-01-21", "The economy will grow this quarter.", "this quarter", "2023-01..2023-03"),
    // Recent and coming periods.
    ("2023-01-21", "Unrest spread in recent days.", "recent days", "2023-01-16..2023-01-21"),
    ("2023-01-21", "Dozens were detained over the past few days.", "the past few days", "2023-01-16..2023-01-21"),
    ("2023-01-21", "Clashes have intensified in recent weeks.", "recent weeks", "2022-12-31..2023-01-21"),
    ("2023-01-21", "More protests are expected in the coming days.", "the coming days", "2023-01-21..2023-01-26"),
    ("2023-01-21", "Inflation has doubled over the past 20 years.", "the past 20 years", "2003..2023"),
    ("2023-01-21", "Sales fell in the past week.", "the past week", "2023-01-14..2023-01-21"),
    ("2023-01-21", "Police made arrests in the last two weeks.", "the last two weeks", "2023-01-07..2023-01-21"),
    ("2023-01-21", "Prices will rise over the next few months.", "the next few months", "2023-01..2023-04"),
    ("2023-01-21", "It was the coldest winter of the past decade.", "the past decade", "2013..2023"),
    ("2023-01-21", "Hearings resume in the coming weeks.", "the coming weeks", "2023-01-21..2023-02-11"),
    ("2023-01-21", "Exports have fallen in recent months.", "recent months", "2022-10..2023-01"),
    // "ago".
    ("2022-08-16", "The truce was extended two weeks ago.", "two weeks ago", "2022-08-02"),
    ("2022-08-16", "The ship sank three days ago.", "three days ago", "2022-08-13"),
    ("2022-08-16", "The law passed a year ago.", "a year ago", "2021"),
    ("2022-08-16", "The war began eight years ago.", "eight years ago", "2014"),
    ("2022-08-16", "The company was founded 25 years ago.", "25 years ago", "1997"),
    ("2022-08-16", "He resigned six months ago.", "six months ago", "2022-02"),
    ("2022-08-16", "The bridge collapsed a few days ago.", "a few days ago", "2022-08-06..2022-08-15"),
    ("2022-08-16", "The blast happened hours ago.", "hours ago", "2022-08-16"),
    ("2022-08-16", "The fire started 48 hours ago.", "48 hours ago", "2022-08-14"),
    ("2022-08-16", "A decade ago the region was calm.", "A decade ago", "2012"),
    ("2022-08-16", "The mine closed a week ago.", "a week ago", "2022-08-09"),
    // Month and day without a year.
    ("2021-07-10", "The withdrawal will conclude on August 31.", "August 31", "2021-08-31"),
    ("2021-07-10", "The US said it would complete the pullout by September 11.", "September 11", "2021-09-11"),
    ("2025-05-16", "The latest exchange took place on May 6.", "May 6", "2025-05-06"),
    ("2025-05-16", "The officials told reporters after the talks on May 16.", "May 16", "2025-05-16"),
    ("2022-08-16", "On 2 August, the parties agreed to extend the truce.", "2 August", "2022-08-02"),
    ("2022-08-16", "Negotiators are working to reach a deal by 2 October.", "2 October", "2022-10-02"),
    ("2023-01-21", "The president took office on December 7.", "December 7", "2022-12-07"),
    ("2023-01-21", "The next hearing is set for February 3.", "February 3", "2023-02-03"),
    ("2023-01-21", "The law expires on January 15.", "January 15", "2023-01-15"),
    ("2023-12-20", "The new law takes effect on January 1.", "January 1", "2024-01-01"),
    ("2023-01-21", "Lawmakers will vote on Dec. 5.", "Dec. 5", "2023-12-05"),
    ("2023-01-21", "The ceasefire collapsed on Sept. 30.", "Sept. 30", "2022-09-30"),
    ("2023-01-21", "Fireworks lit the sky on the 4th of July.", "the 4th of July", "2022-07-04"),
    ("2023-01-21", "Officials met on 12th January.", "12th January", "2023-01-12"),
    ("2024-03-01", "The rally was held on February 29.", "February 29", "2024-02-29"),
    ("2021-03-01", "The festival was last held on February 29.", "February 29", "2020-02-29"),
    ("2022-08-16", "Troops withdrew on the night of August 14.", "August 14", "2022-08-14"),
    ("2022-08-16", "The blast at 10:30 on Aug. 3 killed four.", "Aug. 3", "2022-08-03"),
    ("2022-08-16", "The blast at 10:30 on Aug. 3 killed four.", "10:30", "absent"),
    ("2021-07-10", "Aid flights resumed on Jan. 4.", "Jan. 4", "2021-01-04"),
    ("2021-07-10", "Officials will hold a vote on the 15th of August.", "the 15th of August", "2021-08-15"),
    ("2021-07-10", "Talks held in Doha on July 4th ended without a deal.", "July 4th", "2021-07-04"),
    ("2021-07-10", "The pullout began in May and will end by August 31.", "August 31", "2021-08-31"),
    ("2021-07-10", "The pullout began in May and will end by August 31.", "May", "2021-05"),
    ("2023-01-21", "Heavy rain fell on May 5-7.", "May 5-7", "2022-05-05..2022-05-07"),
    // Full and numeric dates.
    ("2021-07-10", "The US invaded Afghanistan in October 2001.", "October 2001", "2001-10"),
    ("2021-07-10", "The accord was signed on February 29, 2020.", "February 29, 2020", "2020-02-29"),
    ("2021-07-10", "Elections were held on 14 April 2019.", "14 April 2019", "2019-04-14"),
    ("2021-07-10", "The report is dated 2021-07-08.", "2021-07-08", "2021-07-08"),
    ("2021-07-10", "The filing, dated 2021/06/30, was released.", "2021/06/30", "2021-06-30"),
    ("2021-07-10", "The treaty was ratified in May, 2019.", "May, 2019", "2019-05"),
    ("2021-07-10", "The mission ended on Dec. 31, 2014.", "Dec. 31, 2014", "2014-12-31"),
    ("2021-07-10", "On 6th of May 2021 the talks began.", "6th of May 2021", "2021-05-06"),
    ("2021-07-10", "Troops arrived Sept. 11, 2001, after the attacks.", "Sept. 11, 2001", "2001-09-11"),
    ("2021-07-10", "The constitution was adopted on 31 January 2004.", "31 January 2004", "2004-01-31"),
    ("2021-07-10", "The memo of June 30th, 2021 was leaked.", "June 30th, 2021", "2021-06-30"),
    ("2021-07-10", "The order takes effect on 25/07/2021.", "25/07/2021", "2021-07-25"),
    ("2021-07-10", "Forms dated 10/07/2021 were accepted.", "10/07/2021", "2021"),
    ("2021-07-10", "Forms dated 10/07/2021 and 25/06/2021 were accepted.", "10/07/2021", "2021-07-10"),
    ("2021-07-10", "Reports dated 06/25/2021 and 07/08/2021 differ.", "07/08/2021", "2021-07-08"),
    ("2021-07-10", "The notice of 05.07.2021 was posted.", "05.07.2021", "2021"),
    ("2021-07-10", "The notice of 15.07.2021 was posted.", "15.07.2021", "2021-07-15"),
    ("2021-07-10", "Doses dated 3/3/21 were logged.", "3/3/21", "2021-03-03"),
    ("2021-07-10", "The score was 7/10 on the test.", "7/10", "absent"),
    ("2021-07-10", "The strike began on 7/4 at dawn.", "7/4", "-"),
    ("2021-07-10", "The strike began on 6/25 at dawn.", "6/25", "2021-06-25"),
    ("2021-07-10", "Ballots must arrive by 25/7.", "25/7", "2021-07-25"),
    ("2021-07-10", "They'll meet on Monday.", "Monday", "2021-07-12"),
    ("2021-07-10", "They’ll meet on Monday.", "Monday", "2021-07-12"),
    ("2021-07-10", "The accord signed on 2020-02-29 remains in force.", "2020-02-29", "2020-02-29"),
    // Years and decades.
    ("2025-05-16", "Ukraine floated the idea back in 2024.", "back in 2024", "2024"),
    ("2025-05-16", "The dam was built in 2014.", "2014", "2014"),
    ("2025-05-16", "Growth slowed in early 2023.", "early 2023", "2023"),
    ("2025-05-16", "The plant will open in late 2026.", "late 2026", "2026"),
    ("2025-05-16", "Prices peaked in mid-2022.", "mid-2022", "2022"),
    ("2025-05-16", "The conflict dates back to the 1990s.", "the 1990s", "1990..1999"),
    ("2025-05-16", "The region boomed in the early 2000s.", "the early 2000s", "2000..2003"),
    ("2025-05-16", "Rents doubled in the '90s.", "the '90s", "1990..1999"),
    ("2025-05-16", "The city grew fast in the 1980's.", "the 1980's", "1980..1989"),
    ("2025-05-16", "The war lasted from 1992 to 1995.", "from 1992 to 1995", "1992..1995"),
    ("2025-05-16", "Between 2001 and 2021, troops rotated through the base.", "Between 2001 and 2021", "2001..2021"),
    ("2025-05-16", "The 2001-2021 deployment cost billions.", "2001-2021", "2001..2021"),
    ("2025-05-16", "Revenue fell in 2020-21.", "2020-21", "2020..2021"),
    ("2025-05-16", "Since 2014, the city has grown.", "Since 2014", "2014..2025-05-16"),
    ("2025-05-16", "In the 2019 election, turnout fell.", "2019", "2019"),
    ("2025-05-16", "The target is to cut emissions by 2030.", "2030", "2030"),
    ("2025-05-16", "A crowd of 2000 people gathered.", "2000", "absent"),
    ("2025-05-16", "The agency hired 1500 staff.", "1500", "absent"),
    ("2025-05-16", "Output reached 2019 levels.", "2019", "absent"),
    ("2025-05-16", "Rents doubled by the end of 2024.", "the end of 2024", "2024-12"),
    ("2025-05-16", "The factory closed at the start of 2020.", "the start of 2020", "2020-01"),
    // Months.
    ("2021-06-21", "The crackdown followed an election last August.", "last August", "2020-08"),
    ("2021-06-21", "Sanctions were imposed in May.", "May", "2021-05"),
    ("2021-06-21", "The summit will take place in September.", "September", "2021-09"),
    ("2021-06-21", "Fighting has continued since April.", "since April", "2021-04..2021-06-21"),
    ("2021-06-21", "Inflation eased in mid-May.", "mid-May", "2021-05"),
    ("2021-06-21", "Talks are expected to resume in early July.", "early July", "2021-07"),
    ("2021-06-21", "Harvests failed in late January.", "late January", "2021-01"),
    ("2021-06-21", "The offensive ran from May to July.", "from May to July", "2021-05..2021-07"),
    ("2021-06-21", "Prices rose between January and March 2021.", "between January and March 2021", "2021-01..2021-03"),
    ("2021-06-21", "Prices rose between December and March 2021.", "between December and March 2021", "2020-12..2021-03"),
    ("2021-06-21", "The trial will start this September.", "this September", "2021-09"),
    ("2021-06-21", "Elections are planned for next March.", "next March", "2022-03"),
    ("2021-06-21", "The strike lasted through the end of May.", "the end of May", "2021-05"),
    ("2021-01-10", "Fighting broke out in December.", "December", "2020-12"),
    ("2021-01-10", "The vote is scheduled for February.", "February", "2021-02"),
    ("2021-11-20", "Results are due in January.", "January", "2022-01"),
    ("2021-06-21", "The talks may resume soon.", "may", "absent"),
    ("2021-06-21", "May we never see such a war again.", "May", "absent"),
    ("2021-06-21", "April Smith said the plan was sound.", "April", "absent"),
    ("2021-06-21", "The soldiers march on the capital.", "march", "absent"),
    // Seasons (northern hemisphere).
    ("2021-07-10", "The offensive began last summer.", "last summer", "2020-06..2020-08"),
    ("2021-10-10", "Heat waves hit the region last summer.", "last summer", "2021-06..2021-08"),
    ("2021-07-10", "Elections will be held in the spring.", "the spring", "2022-03..2022-05"),
    ("2021-07-10", "The talks collapsed in the summer of 2019.", "the summer of 2019", "2019-06..2019-08"),
    ("2021-07-10", "A new offensive is expected this winter.", "this winter", "2021-12..2022-02"),
    ("2021-07-10", "Aid stopped after the fall of the city.", "fall", "absent"),
    ("2021-07-10", "Prices fall when supply rises.", "fall", "absent"),
    ("2022-08-16", "Officials are working toward an expanded deal by 2 October.", "2 October", "2022-10-02"),
    // A deadline takes the tense of the clause before it, not of the
    // reporting clause after it; with nothing before it, of what follows.
    ("2022-08-16", "Talks are under way to settle the dispute by 2 October, the mediator said.", "2 October", "2022-10-02"),
    ("2022-08-16", "By Monday, the rebels had seized the city.", "Monday", "2022-08-15"),
    ("2021-07-10", "The summit is to be held on Monday.", "Monday", "2021-07-12"),
    // Durations, sets and dates anchored on the date before.
    ("2021-07-10", "The war lasted nearly 20 years.", "20 years", "dur"),
    ("2021-07-10", "The siege went on for three months.", "three months", "dur"),
    ("2021-07-10", "He served two years in prison.", "two years", "dur"),
    ("2021-07-10", "The two sides met for three days in Doha.", "three days", "dur"),
    ("2021-07-10", "Markets open every Monday.", "every Monday", "set"),
    ("2021-07-10", "The council meets each year.", "each year", "set"),
    ("2021-07-10", "Aid arrived two days later.", "two days later", "-"),
    ("2021-07-10", "Clashes erupted on June 3, and two days later the army withdrew.", "two days later", "2021-06-05"),
    ("2021-07-10", "The ceasefire began on July 1. The next day, shelling resumed.", "The next day", "2021-07-02"),
    ("2021-07-10", "A 24-hour curfew was imposed.", "24-hour", "absent"),
    ("2021-07-10", "The envoy will return in two weeks.", "two weeks", "2021-07-24"),
    ("2021-07-10", "A decision is expected in a week.", "a week", "2021-07-17"),
    ("2021-07-10", "The army took the city in two weeks.", "two weeks", "dur"),
    ("2022-08-16", "Rallies took place this past weekend.", "this past weekend", "2022-08-13..2022-08-14"),
    ("2022-08-16", "Turnout was low this past Sunday.", "this past Sunday", "2022-08-14"),
    ("2025-05-16", "Observers praised 2024's election.", "2024", "2024"),
];

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

/// The expected string for a found expression, in the table's notation.
fn show(e: &TimeExpr) -> String {
    match (e.kind, e.value) {
        (TimeKind::Duration, _) => "dur".into(),
        (TimeKind::Set, _) => "set".into(),
        (_, None) => "-".into(),
        (TimeKind::Range, Some(v)) => match e.end {
            Some(end) => format!("{v}..{end}"),
            None => v.to_string(),
        },
        (TimeKind::Point, Some(v)) => v.to_string(),
    }
}

#[test]
fn table_of_time_expressions() {
    assert!(CASES.len() >= 150, "{} cases", CASES.len());
    check_table(|sentence, published| time::find(sentence, Some(published)));
}

/// The same table through the pipeline, where the tagger's tags (when its
/// model is built in) settle the tense instead of word cues alone.
#[test]
fn table_through_the_pipeline() {
    let pipeline = Pipeline::standard()
        .expect("standard pipeline builds")
        .until(Layer::Dates);
    check_table(|sentence, published| {
        pipeline
            .annotate(Article {
                id: "case".into(),
                published: Some(published),
                text: sentence.into(),
                ..Article::default()
            })
            .dates
    });
}

fn check_table(find: impl Fn(&str, NaiveDate) -> Vec<TimeExpr>) {
    let mut failures = Vec::new();
    for &(published, sentence, expr, expected) in CASES {
        let found = find(sentence, date(published));
        let at = sentence.find(expr).expect("expression is in its sentence");
        let span = at..at + expr.len();
        let hit = found.iter().find(|d| d.span.range() == span);
        let got = match hit {
            Some(d) => show(d),
            None if found.iter().any(|d| {
                d.span
                    .overlaps(newsgraph_core::Span::new(span.start, span.end))
            }) =>
            {
                let spans: Vec<_> = found.iter().map(|d| d.span.text(sentence)).collect();
                format!("other spans {spans:?}")
            }
            None => "absent".into(),
        };
        if got != expected {
            failures.push(format!(
                "{published} {sentence:?} [{expr}]: got {got}, want {expected}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} failed:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

#[test]
fn explicit_tense_through_the_pure_api() {
    let sat = Some(date("2021-07-10"));
    assert_eq!(
        time::resolve("on Monday", sat, Tense::Past),
        Some(TimeValue::day(2021, 7, 5))
    );
    assert_eq!(
        time::resolve("on Monday", sat, Tense::Future),
        Some(TimeValue::day(2021, 7, 12))
    );
    assert_eq!(
        time::resolve("Saturday", sat, Tense::Past),
        Some(TimeValue::day(2021, 7, 10))
    );
    assert_eq!(
        time::resolve("March 3", sat, Tense::Future),
        Some(TimeValue::day(2022, 3, 3))
    );
    assert_eq!(
        time::resolve("March 3", sat, Tense::Past),
        Some(TimeValue::day(2021, 3, 3))
    );
    assert_eq!(
        time::resolve("by May 6", sat, Tense::Unknown),
        Some(TimeValue::day(2022, 5, 6))
    );
    assert_eq!(
        time::resolve("May", sat, Tense::Past),
        Some(TimeValue::month(2021, 5))
    );
    assert_eq!(
        time::resolve("last week", sat, Tense::Past),
        Some(TimeValue::year(2021))
    );
    assert_eq!(
        time::resolve("this week", sat, Tense::Past),
        Some(TimeValue::month(2021, 7))
    );
    assert_eq!(time::resolve("last week", None, Tense::Past), None);
    assert_eq!(time::resolve("nearly 20 years", sat, Tense::Past), None);
    assert_eq!(time::resolve("the weather", sat, Tense::Past), None);
    let decade = time::resolve_expr("the 1990s", sat, Tense::Past).expect("decade found");
    assert_eq!(decade.kind, TimeKind::Range);
    assert_eq!(decade.end, Some(TimeValue::year(1999)));
    assert!(!decade.relative);
}

#[test]
fn pipeline_fills_the_dates_layer_sorted() {
    let pipeline = Pipeline::standard()
        .expect("standard pipeline builds")
        .until(Layer::Dates);
    let doc = pipeline.annotate(Article {
        id: "dates".into(),
        published: Some(date("2021-07-10")),
        text: "The US invaded in October 2001. Rebels took a town on Saturday.\n\
               Officials said troops will leave by August 31, after nearly 20 years."
            .into(),
        ..Article::default()
    });
    let got: Vec<_> = doc
        .dates
        .iter()
        .map(|d| (doc.span_text(d.span), d.date().map(|v| v.to_string())))
        .collect();
    assert_eq!(
        got,
        [
            ("October 2001", Some("2001-10".to_string())),
            ("Saturday", Some("2021-07-10".to_string())),
            ("August 31", Some("2021-08-31".to_string())),
            ("20 years", None),
        ]
    );
    assert!(doc
        .dates
        .windows(2)
        .all(|w| w[0].span.end <= w[1].span.start));
    let second = doc.sentences[1].span;
    let clause = newsgraph_core::dates_in(&doc.dates, second);
    assert_eq!(clause.len(), 1);
    assert_eq!(doc.span_text(clause[0].span), "Saturday");
}

/// "The deal, mediated by …, commits both sides to withdraw … by May 20":
/// a deadline for an act to come (an infinitive governs it) is read to the
/// nearer side of publication even when a past participle comes before it.
#[test]
fn a_deadline_an_infinitive_governs_is_read_to_the_nearer_side() {
    let pipeline = Pipeline::standard()
        .expect("standard pipeline builds")
        .until(Layer::Dates);
    let doc = pipeline.annotate(Article {
        id: "case".into(),
        published: Some(date("2026-05-06")),
        text: "The rebels signed a truce on Tuesday. The deal, brokered by Qatar, commits \
               both sides to withdraw their fighters from the city by May 20."
            .into(),
        ..Article::default()
    });
    let deadline = doc.dates.last().expect("two dates");
    assert_eq!(
        deadline.value,
        Some(TimeValue::day(2026, 5, 20)),
        "{:?}",
        doc.dates
    );
}
