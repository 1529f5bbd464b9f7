//! The internals of the actors layer: lexicons, the NER model and the
//! corpora it is trained on, and coreference. The stages that use them are
//! `stages::mention_finder` (fills `mentions`) and `stages::actor_coder`
//! (fills `entities`).

pub mod clusters;
pub mod coder;
pub mod corpus;
pub mod lexicon;
pub mod ner;

use crate::geo::text::name_key;
use crate::geo::{EntryKind, Gazetteer};
use lexicon::{Entry, Hit, Lexicons, RoleUse};
use newsgraph_core::{EntityKind, Span};

/// Capitalised words that end an organisation's name ("Harrow School",
/// "Acme Corp", "Sun Records") or open one before "of" ("University of
/// Ghana"): a gazetteer code for the NER model and the mention finder's
/// repairs. Sorted.
pub const ORG_HEADS: &[&str] = &[
    "academy",
    "afc",
    "agency",
    "airlines",
    "airways",
    "alliance",
    "army",
    "assembly",
    "association",
    "authority",
    "bancorp",
    "bank",
    "battalion",
    "board",
    "brigade",
    "broadcasting",
    "bureau",
    "cf",
    "chamber",
    "chronicle",
    "church",
    "club",
    "co",
    "coalition",
    "college",
    "command",
    "commission",
    "committee",
    "company",
    "confederation",
    "congress",
    "consortium",
    "cooperative",
    "corp",
    "corporation",
    "corps",
    "council",
    "court",
    "department",
    "diocese",
    "directorate",
    "entertainment",
    "fc",
    "federation",
    "foundation",
    "front",
    "fund",
    "gazette",
    "group",
    "guard",
    "herald",
    "holdings",
    "hospital",
    "inc",
    "industries",
    "institute",
    "institution",
    "journal",
    "laboratories",
    "laboratory",
    "league",
    "library",
    "llc",
    "ltd",
    "ministry",
    "motors",
    "movement",
    "navy",
    "network",
    "news",
    "orchestra",
    "organisation",
    "organization",
    "party",
    "petroleum",
    "pharmaceuticals",
    "pictures",
    "plc",
    "police",
    "post",
    "press",
    "programme",
    "radio",
    "railway",
    "railways",
    "records",
    "regiment",
    "school",
    "secretariat",
    "service",
    "services",
    "society",
    "squadron",
    "studios",
    "systems",
    "technologies",
    "telegraph",
    "television",
    "times",
    "tribunal",
    "tribune",
    "trust",
    "tv",
    "union",
    "university",
];

/// The gazetteer code of each token (a model feature): which kind of
/// lexicon name covers it, and whether it starts the name; or whether it is
/// a role cue word, or else a place of the geocoder's gazetteer (see
/// `place_codes`). `spans` are the tokens' byte spans in `text`.
pub fn gazetteer_codes(lex: &Lexicons, hits: &[Hit], text: &str, spans: &[Span]) -> Vec<u8> {
    let mut codes = vec![0u8; spans.len()];
    for hit in hits {
        let class = match hit.entries.first() {
            Some(Entry::Country(_)) => 1,
            Some(Entry::Capital(_)) => 2,
            Some(Entry::Demonym(_)) => 3,
            Some(Entry::Actor(i)) => match lex.actor(*i).kind {
                EntityKind::Org => 4,
                EntityKind::Norp => 5,
                _ => 6,
            },
            None => continue,
        };
        let first = spans.partition_point(|s| s.end <= hit.span.start);
        for (k, code) in codes.iter_mut().enumerate().skip(first) {
            if spans[k].start >= hit.span.end {
                break;
            }
            *code = class * 2 + u8::from(k != first);
        }
    }
    for (code, span) in codes.iter_mut().zip(spans) {
        if *code == 0 {
            if let Some(role) = lex.role(&[span.text(text)]) {
                *code = if role.use_ == RoleUse::Title { 14 } else { 15 };
            }
        }
    }
    if let Ok(g) = Gazetteer::embedded() {
        place_codes(g, text, spans, &mut codes);
    }
    // A capitalised organisation head word no other code covers.
    for (code, span) in codes.iter_mut().zip(spans) {
        let w = span.text(text);
        if *code == 0
            && w.chars().next().is_some_and(char::is_uppercase)
            && ORG_HEADS
                .binary_search(&&*crate::lexicon::lowercase(w))
                .is_ok()
        {
            *code = 24;
        }
    }
    codes
}

/// Marks capitalised place names of the geocoder's gazetteer that no
/// lexicon name covers: 16 + 2 × class (+1 inside the name), where class 0
/// is a division or site, 1 a city of 500,000 people or more (or a
/// capital), 2 a smaller city. Names that are also common English words
/// ("Mobile") are left out. The longest name wins.
fn place_codes(g: &Gazetteer, text: &str, spans: &[Span], codes: &mut [u8]) {
    let mut k = 0;
    while k < spans.len() {
        let w = spans[k].text(text);
        if codes[k] != 0 || !w.chars().next().is_some_and(char::is_uppercase) {
            k += 1;
            continue;
        }
        let most = g.words_from(&name_key(w)).min(spans.len() - k);
        let mut step = 1;
        for n in (1..=most).rev() {
            if codes[k..k + n].iter().any(|&c| c != 0) {
                continue;
            }
            let key = name_key(&text[spans[k].start as usize..spans[k + n - 1].end as usize]);
            let class = g
                .lookup(&key)
                .iter()
                .map(|r| g.entry(r.entry))
                .filter(|e| !e.common)
                .map(|e| match e.kind {
                    EntryKind::City if e.population >= 500_000 || e.capital => 1,
                    EntryKind::City => 2,
                    _ => 0,
                })
                .min();
            if let Some(class) = class {
                for (j, c) in codes[k..k + n].iter_mut().enumerate() {
                    *c = 16 + 2 * class + u8::from(j > 0);
                }
                step = n;
                break;
            }
        }
        k += step;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn organisation_heads_are_sorted_and_coded() {
        assert!(ORG_HEADS.windows(2).all(|w| w[0] < w[1]));
        let lex = Lexicons::embedded().expect("lexicons");
        let text = "Sun Records and the records office";
        let spans: Vec<Span> = [(0, 3), (4, 11), (12, 15), (16, 19), (20, 27), (28, 34)]
            .iter()
            .map(|&(a, b)| Span::new(a, b))
            .collect();
        let codes = gazetteer_codes(&lex, &lex.find(text), text, &spans);
        assert_eq!(codes[1], 24);
        assert_eq!(codes[4], 0);
    }

    #[test]
    fn codes_gazetteer_places_no_lexicon_name_covers() {
        let lex = Lexicons::embedded().expect("lexicons");
        let text = "Fighting reached Mombasa and New York .";
        let mut spans = Vec::new();
        let mut at = 0;
        for w in text.split(' ') {
            spans.push(Span::new(at, at + w.len()));
            at += w.len() + 1;
        }
        let codes = gazetteer_codes(&lex, &lex.find(text), text, &spans);
        assert_eq!(codes[0], 0);
        assert!((16..22).contains(&codes[2]), "{codes:?}");
        assert_eq!(codes[2] % 2, 0);
        assert!(
            (16..22).contains(&codes[5]) && codes[5] % 2 == 1,
            "{codes:?}"
        );
    }
}
