//! How the layout of a wire report reaches every layer: a headline without
//! final punctuation and a dateline ("LAHORE, Pakistan (Reuters) —") before
//! the lead. Short articles written for these tests, run through the whole
//! pipeline.

mod common;

use newsgraph_core::{Doc, Event, Place};

fn annotate(text: &str, published: &str) -> Doc {
    common::annotate_published(text, published)
}

fn place<'a>(doc: &'a Doc, name: &str) -> &'a Place {
    doc.places
        .iter()
        .find(|p| p.name.eq_ignore_ascii_case(name))
        .unwrap_or_else(|| {
            let all: Vec<_> = doc.places.iter().map(|p| &p.name).collect();
            panic!("no place {name:?} in {all:?}")
        })
}

fn event<'a>(doc: &'a Doc, cameo_root: &str) -> &'a Event {
    common::event_coded(doc, cameo_root)
}

fn place_name(doc: &Doc, e: &Event) -> Option<String> {
    e.place.map(|p| doc.places[p.index()].name.clone())
}

const LAHORE: &str = "Court frees opposition leader as police clash with supporters\n\
LAHORE, Pakistan (Reuters) — The High Court on Tuesday ordered the release of opposition \
leader Farid Akhtar, whose arrest last month set off protests, a lawyer for the party said.\n\
Police in Karachi fired tear gas at his supporters on Wednesday.\n";

#[test]
fn a_capitalised_dateline_city_is_a_place_and_its_agency_no_actor() {
    let doc = annotate(LAHORE, "2025-06-04");
    let lahore = place(&doc, "Lahore");
    assert_eq!(lahore.country.as_deref(), Some("PAK"));
    assert!(
        doc.entities.iter().all(|e| e.name != "Reuters"),
        "{:?}",
        doc.entities
    );
    let cairo = annotate(
        "CAIRO (AP) — Egyptian officials met their Sudanese counterparts on Monday.",
        "2025-09-16",
    );
    assert_eq!(place(&cairo, "Cairo").country.as_deref(), Some("EGY"));
    assert!(cairo.entities.iter().all(|e| e.name != "AP"));
}

#[test]
fn the_lead_is_dated_by_its_own_clause_and_not_placed_by_the_dateline() {
    let doc = annotate(LAHORE, "2025-06-04");
    let release = event(&doc, "08");
    // "last month" belongs to the relative clause on Farid Akhtar, not to
    // the order.
    assert_eq!(
        release.date.map(|d| d.to_string()).as_deref(),
        Some("2025-06-03")
    );
    // the dateline says where the report was filed, not where the court
    // sat: no place the text does not give
    assert_eq!(place_name(&doc, release), None);
    // a later sentence's own place
    let tear_gas = event(&doc, "17");
    assert_eq!(place_name(&doc, tear_gas).as_deref(), Some("Karachi"));
}

#[test]
fn a_headline_holds_no_event_and_no_quote() {
    let doc = annotate(
        "Aid cuts leave refugees short of food, UN says\n\
         The World Food Programme said on Thursday it would cut rations for refugees in Chad.\n",
        "2025-02-20",
    );
    let headline_end = doc.text().find('\n').expect("two lines") as u32;
    assert!(
        doc.events.iter().all(|e| e.trigger.start > headline_end),
        "{:?}",
        doc.events
    );
    assert!(doc.quotes.iter().all(|q| q.span.start > headline_end));
}

#[test]
fn a_dateline_is_no_part_of_what_is_reported() {
    let doc = annotate(
        "CAIRO (AP) — Egyptian and Sudanese officials met in Cairo on Monday, the foreign ministry said.",
        "2025-09-16",
    );
    let q = doc.quotes.first().expect("an indirect quote");
    let text = q.text.text(doc.text());
    assert!(
        text.starts_with("Egyptian and Sudanese officials met"),
        "{text}"
    );
}
