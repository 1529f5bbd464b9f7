//! The internals of the actors layer: lexicons, the NER model and the
//! corpora it is trained on, and coreference. The stages that use them are
//! `stages::mention_finder` (fills `mentions`) and `stages::actor_coder`
//! (fills `entities`).

pub mod clusters;
pub mod coder;
pub mod corpus;
pub mod lexicon;
pub mod ner;

use lexicon::{Entry, Hit, Lexicons, RoleUse};
use newsgraph_core::{EntityKind, Span};

/// The gazetteer code of each token (a model feature): which kind of
/// lexicon name covers it, and whether it starts the name; or whether it is
/// a role cue word. `spans` are the tokens' byte spans in `text`.
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
    codes
}
