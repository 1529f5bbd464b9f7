//! Event coder tests on hand-parsed sentences: one per rule family, plus one
//! generated sentence per lexicon row.
//!
//! Sentences are written in a compact one-line form that becomes CoNLL-U
//! (read by `newsgraph_io::conllu`), so the tests do not depend on the
//! statistical parser. A token is `form/UPOS[.XPOS]/head/rel[/lemma]`,
//! optionally prefixed by a marker:
//! `@` organisation or state (role GOV), `$` armed group (role INS),
//! `#` person (role GOV), `%` private person (no role), `&` news medium
//! (role MED), `*` unnamed group of people (role CVL), `+` police force
//! (role COP), `!` place,
//! `~` part of the sentence's time expression, `^Name:` a pronoun or noun
//! referring to the entity `Name`. Adjacent tokens with the same marker form
//! one name.

use super::lexicon::{Lexicon, NOUNS_FILE, VERBS_FILE};
use super::Coder;
use crate::lexicon::Table;
use newsgraph_core::{
    Doc, Entity, EntityKind, Event, EventStatus, Mention, Place, PlaceKind, Precision, Sector,
    Span, TimeExpr, TimeValue, TokenId,
};

struct Tok<'a> {
    marker: Option<char>,
    refers: Option<&'a str>,
    form: &'a str,
    upos: &'a str,
    xpos: &'a str,
    head: &'a str,
    rel: &'a str,
    lemma: String,
}

fn parse_tok(s: &str) -> Tok<'_> {
    let (refers, s) = match s.strip_prefix('^') {
        Some(rest) => {
            let (name, rest) = rest.split_once(':').expect("^Name: marker");
            (Some(name), rest)
        }
        None => (None, s),
    };
    let (marker, s) = match s.chars().next() {
        Some(c @ ('@' | '$' | '#' | '%' | '&' | '*' | '+' | '!' | '~')) => (Some(c), &s[1..]),
        _ => (None, s),
    };
    let f: Vec<&str> = s.split('/').collect();
    assert!(f.len() >= 4, "bad token {s:?}");
    let (upos, xpos) = f[1].split_once('.').unwrap_or((f[1], ""));
    let xpos = if !xpos.is_empty() {
        xpos
    } else {
        match upos {
            "VERB" => "VBD",
            "NOUN" => "NN",
            "PROPN" => "NNP",
            "ADP" => "IN",
            "DET" => "DT",
            "AUX" => "MD",
            "PRON" => "PRP",
            "ADJ" => "JJ",
            "ADV" => "RB",
            "PART" => "RP",
            "PUNCT" => ".",
            "CCONJ" => "CC",
            "SCONJ" => "IN",
            "NUM" => "CD",
            _ => "XX",
        }
    };
    let lemma = f
        .get(4)
        .map_or_else(|| f[0].to_lowercase(), |l| l.to_string());
    Tok {
        marker,
        refers,
        form: f[0],
        upos,
        xpos,
        head: f[2],
        rel: f[3],
        lemma,
    }
}

/// A Doc from a one-line parse; `date` is the value of the `~` tokens.
fn doc(line: &str, date: Option<&str>) -> Doc {
    let toks: Vec<Tok> = line.split_whitespace().map(parse_tok).collect();
    let mut conllu = String::new();
    for (i, t) in toks.iter().enumerate() {
        conllu.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\t_\t{}\t{}\t_\t_\n",
            i + 1,
            t.form,
            t.lemma,
            t.upos,
            t.xpos,
            t.head,
            t.rel
        ));
    }
    let mut sents = newsgraph_io::conllu::read("test", &conllu).expect("fixture parses");
    let mut d = sents.remove(0).doc;
    d.article.published = chrono::NaiveDate::from_ymd_opt(2021, 7, 10);
    // Group adjacent marked tokens into names.
    let mut i = 0;
    while i < toks.len() {
        let Some(m) = toks[i].marker else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        while j < toks.len() && toks[j].marker == Some(m) && toks[j].refers.is_none() {
            j += 1;
        }
        let span = Span {
            start: d.tokens[i].span.start,
            end: d.tokens[j - 1].span.end,
        };
        let name = d.span_text(span).to_string();
        match m {
            '!' => d.places.push(Place {
                name: name.clone(),
                aliases: vec![],
                kind: PlaceKind::City,
                country: None,
                admin1: None,
                lat: None,
                lon: None,
                precision: Precision::City,
                gazetteer_id: None,
                spans: vec![span],
            }),
            '~' => d.dates.push(TimeExpr {
                span,
                value: date.and_then(TimeValue::parse),
                relative: false,
                kind: newsgraph_core::TimeKind::Point,
                end: None,
            }),
            _ => {
                let (kind, role) = match m {
                    '#' => (EntityKind::Person, Some(Sector::GOV)),
                    '%' => (EntityKind::Person, None),
                    '$' => (EntityKind::Org, Some(Sector::INS)),
                    '&' => (EntityKind::Org, Some(Sector::MED)),
                    '*' => (EntityKind::Norp, Some(Sector::CVL)),
                    '+' => (EntityKind::Org, Some(Sector::COP)),
                    _ => (EntityKind::Gpe, Some(Sector::GOV)),
                };
                // A name (not a reference, not a group noun) is a mention.
                if toks[i].refers.is_none() && m != '*' {
                    d.mentions.push(Mention {
                        span,
                        first: TokenId::at(i),
                        end: TokenId::at(j),
                        kind: kind.into(),
                        score: 1.0,
                    });
                }
                let name = toks[i].refers.map_or(name, str::to_string);
                match d.entities.iter_mut().find(|e| e.name == name) {
                    Some(e) => e.spans.push(span),
                    None => d.entities.push(Entity {
                        name,
                        aliases: vec![],
                        kind,
                        country: None,
                        role,
                        title: None,
                        spans: vec![span],
                        group: m == '*',
                    }),
                }
            }
        }
        i = j;
    }
    d
}

fn names(d: &Doc, ids: &[newsgraph_core::EntityId]) -> Vec<String> {
    let mut v: Vec<String> = ids
        .iter()
        .filter_map(|&e| d.entity(e).map(|e| e.name.clone()))
        .collect();
    v.sort();
    v
}

/// The first event whose CAMEO code starts with `prefix` (`what` names it
/// in the failure message).
fn first_coded<'e>(ev: &'e [Event], prefix: &str, what: &str) -> &'e Event {
    ev.iter()
        .find(|e| e.cameo.starts_with(prefix))
        .unwrap_or_else(|| panic!("{what}: no {prefix}x event in {ev:?}"))
}

fn code(line: &str, date: Option<&str>) -> (Doc, Vec<Event>) {
    let lex = Lexicon::embedded().expect("lexicon");
    let d = doc(line, date);
    let events = Coder::new(&lex, &d).code();
    (d, events)
}

/// Expected: code, sources, targets, negated, status.
type Expect<'a> = (&'a str, &'a [&'a str], &'a [&'a str], bool, EventStatus);

fn check(name: &str, line: &str, want: &[Expect]) -> Result<(), String> {
    let (d, got) = code(line, None);
    let shown: Vec<String> = got
        .iter()
        .map(|e| {
            format!(
                "{} {:?}->{:?} neg={} {:?}",
                e.cameo,
                names(&d, &e.source),
                names(&d, &e.target),
                e.negated,
                e.status
            )
        })
        .collect();
    if got.len() != want.len() {
        return Err(format!("{name}: got {shown:?}"));
    }
    for (e, w) in got.iter().zip(want) {
        let mut ws: Vec<String> = w.1.iter().map(|s| s.to_string()).collect();
        let mut wt: Vec<String> = w.2.iter().map(|s| s.to_string()).collect();
        ws.sort();
        wt.sort();
        let got = (
            e.cameo.as_str(),
            names(&d, &e.source),
            names(&d, &e.target),
            e.negated,
            e.status,
        );
        if got != (w.0, ws, wt, w.3, w.4) {
            return Err(format!("{name}: got {shown:?}"));
        }
    }
    Ok(())
}

use EventStatus::{Claimed, Hypothetical, Occurred, Planned};

/// The table of rule families: name, parse, expected events.
const CASES: &[(&str, &str, &[Expect])] = &[
    (
        "an attack being prepared has not happened",
        "$Rebels/PROPN/2/nsubj prepared/VERB/0/root/prepare attacks/NOUN.NNS/2/obj/attack on/ADP/5/case @Gondor/PROPN/3/nmod ./PUNCT/2/punct",
        &[],
    ),
    (
        "taking a matter to the Security Council is an official complaint",
        "@Gondor/PROPN/2/nsubj took/VERB/0/root/take the/DET/4/det matter/NOUN/2/obj to/ADP/8/case the/DET/8/det Security/PROPN/8/compound Council/PROPN/2/obl ./PUNCT/2/punct",
        &[("114", &["Gondor"], &[], false, Occurred)],
    ),
    (
        "raising an incident at the UN is an official complaint",
        "@Gondor/PROPN/2/nsubj raised/VERB/0/root/raise the/DET/4/det incident/NOUN/2/obj at/ADP/7/case the/DET/7/det UN/PROPN/2/obl ./PUNCT/2/punct",
        &[("114", &["Gondor"], &[], false, Occurred)],
    ),
    (
        "a weapon that names its owner still says how it struck",
        "A/DET/3/det @Gondorian/ADJ/3/amod drone/NOUN/4/nsubj struck/VERB.VBD/0/root/strike a/DET/6/det truck/NOUN/4/obj ./PUNCT/4/punct",
        &[("195", &["Gondorian"], &[], false, Occurred)],
    ),
    (
        "opening fire is small-arms fighting",
        "@Gondor/PROPN/2/nsubj opened/VERB/0/root/open fire/NOUN/2/obj on/ADP/5/case @Rohan/PROPN/2/obl ./PUNCT/2/punct",
        &[("193", &["Gondor"], &["Rohan"], false, Occurred)],
    ),
    (
        "calling for talks is an appeal to negotiate",
        "#Aragorn/PROPN/2/nsubj called/VERB/0/root/call for/ADP/4/case talks/NOUN.NNS/2/obl/talk with/ADP/6/case @Rohan/PROPN/4/nmod ./PUNCT/2/punct",
        &[("026", &["Aragorn"], &["Rohan"], false, Occurred)],
    ),
    (
        "calling a move a breach criticises it",
        "@Gondor/PROPN/2/nsubj called/VERB/0/root/call the/DET/4/det move/NOUN/2/obj a/DET/6/det breach/NOUN/2/xcomp ./PUNCT/2/punct",
        &[("111", &["Gondor"], &[], false, Occurred)],
    ),
    (
        "disputing the other side's statement is a denial",
        "@Gondor/PROPN/2/nsubj disputed/VERB/0/root/dispute @Rohan/PROPN/5/nmod:poss 's/PART/3/case statement/NOUN/2/obj ./PUNCT/2/punct",
        &[("016", &["Gondor"], &["Rohan"], false, Occurred)],
    ),
    (
        "returning fire is fighting back",
        "$Rebels/PROPN/3/nsubj had/AUX/3/aux returned/VERB.VBN/0/root/return fire/NOUN/3/obj ./PUNCT/3/punct",
        &[("190", &["Rebels"], &[], false, Occurred)],
    ),
    (
        "calling an act a travesty criticises it",
        "@Gondor/PROPN/2/nsubj called/VERB/0/root/call the/DET/4/det ruling/NOUN/2/obj a/DET/6/det travesty/NOUN/2/xcomp ./PUNCT/2/punct",
        &[("111", &["Gondor"], &[], false, Occurred)],
    ),
    (
        "force promised against those a passive clause is about is a threat",
        "@Gondor/PROPN/2/nsubj vowed/VERB/0/root/vow that/SCONJ/8/mark the/DET/5/det @Rohan/PROPN/8/nsubj:pass would/AUX/8/aux be/AUX.VB/8/aux:pass/be hunted/VERB.VBN/2/ccomp/hunt down/ADP.RP/8/compound:prt ./PUNCT/2/punct",
        &[("138", &["Gondor"], &["Rohan"], false, Occurred)],
    ),
    (
        "water cannon fired at a ship is an attack, not riot control",
        "@Gondor/PROPN/2/nsubj fired/VERB/0/root/fire water/NOUN/4/compound cannon/NOUN/2/obj at/ADP/7/case a/DET/7/det vessel/NOUN/2/obl ./PUNCT/2/punct",
        &[("190", &["Gondor"], &[], false, Occurred)],
    ),
    (
        "a negated passive relative clause tells no event",
        "@Gondor/PROPN/2/nsubj listed/VERB/0/root/list detainees/NOUN.NNS/2/obj/detainee who/PRON/7/nsubj:pass are/AUX.VBP/7/aux:pass/be not/PART.RB/7/advmod charged/VERB.VBN/3/acl:relcl/charge ./PUNCT/2/punct",
        &[],
    ),
    (
        "giving up an objection is yielding",
        "@Gondor/PROPN/2/nsubj dropped/VERB/0/root/drop its/PRON.PRP$/4/nmod:poss objection/NOUN/2/obj",
        &[("080", &["Gondor"], &[], false, Occurred)],
    ),
    (
        "a named town captured is territory taken",
        "$Rebels/PROPN/2/nsubj captured/VERB/0/root/capture !Kosti/PROPN/2/obj ./PUNCT/2/punct",
        &[("192", &["Rebels"], &[], false, Occurred)],
    ),
    (
        "a statement not made is no event",
        "@Gondor/PROPN/4/nsubj did/AUX.VBD/4/aux/do not/PART.RB/4/advmod comment/VERB.VB/0/root/comment on/ADP/7/case that/DET/7/det claim/NOUN/4/obl ./PUNCT/4/punct",
        &[],
    ),
    (
        "unnamed group as source",
        "*protesters/NOUN/2/nsubj/protester blocked/VERB/0/root/block the/DET/4/det road/NOUN/2/obj",
        &[("144", &["protesters"], &[], false, Occurred)],
    ),
    (
        "unnamed group as target",
        "@Gondor/PROPN/2/nsubj arrested/VERB/0/root/arrest dozens/NOUN/2/obj/dozen of/ADP/5/case *protesters/NOUN/3/nmod/protester",
        &[("173", &["Gondor"], &["protesters"], false, Occurred)],
    ),
    (
        "an unnamed group makes no statement",
        "*residents/NOUN/2/nsubj/resident said/VERB/0/root/say @Gondor/PROPN/4/nsubj attacked/VERB/2/ccomp/attack @Rohan/PROPN/4/obj",
        &[("190", &["Gondor"], &["Rohan"], false, Claimed)],
    ),
    (
        "protest against whom its demand is addressed",
        "*protesters/NOUN/8/nsubj/protester demanding/VERB.VBG/1/acl/demand the/DET/4/det ouster/NOUN/2/obj of/ADP/7/case President/PROPN/7/compound #Arwen/PROPN/4/nmod marched/VERB/0/root/march",
        &[("1411", &["protesters"], &["Arwen"], false, Occurred)],
    ),
    (
        "object the parser hung as a bare obl",
        "@Gondor/PROPN/2/nsubj arrested/VERB/0/root/arrest more/ADJ/5/advmod than/ADP/3/fixed 100/NUM/6/nummod *Hobbits/PROPN/2/obl/hobbit",
        &[("173", &["Gondor"], &["Hobbits"], false, Occurred)],
    ),
    (
        "protest noun under a light verb takes its demand",
        "*students/NOUN/2/nsubj/student staged/VERB/0/root/stage a/DET/5/det hunger/NOUN/5/compound strike/NOUN/2/obj to/PART.TO/7/mark demand/VERB.VB/2/advcl/demand the/DET/9/det resignation/NOUN/7/obj of/ADP/11/case @Gondor/PROPN/9/nmod",
        &[("1421", &["students"], &["Gondor"], false, Occurred)],
    ),
    (
        "a told event mentioned again in a prepositional phrase is not new",
        "*protesters/NOUN/2/nsubj/protester marched/VERB/0/root/march in/ADP/4/case !Gondolin/PROPN/2/obl and/CCONJ/7/cc @Gondor/PROPN/7/nsubj arrested/VERB/2/conj/arrest dozens/NOUN/7/obj/dozen in/ADP/11/case the/DET/11/det protests/NOUN/7/obl/protest in/ADP/13/case !Osgiliath/PROPN/11/nmod",
        &[
            ("141", &["protesters"], &[], false, Occurred),
            ("173", &["Gondor"], &[], false, Occurred),
        ],
    ),
    (
        "complement parsed as a purpose clause after an intervening phrase",
        "@Rohan/PROPN/2/nsubj threatened/VERB/0/root/threaten on/ADP/4/case Monday/PROPN/2/obl to/PART.TO/6/mark break/VERB.VB/2/advcl/break relations/NOUN/6/obj/relation with/ADP/9/case @Gondor/PROPN/7/nmod",
        &[("1313", &["Rohan"], &["Gondor"], false, Occurred)],
    ),
    (
        "the target of a complement is not the speaker's own",
        "@Rohan/PROPN/2/nsubj agreed/VERB/0/root/agree to/PART.TO/4/mark reopen/VERB.VB/2/xcomp/reopen ^Rohan:@its/PRON.PRP$/6/nmod:poss borders/NOUN/4/obj/border to/ADP/8/case @Gondor/PROPN/4/obl",
        &[("030", &["Rohan"], &["Gondor"], false, Occurred)],
    ),
    (
        "protest with a purpose clause of demand",
        "*students/NOUN/2/nsubj/student rallied/VERB/0/root/rally to/PART.TO/4/mark demand/VERB.VB/2/advcl/demand the/DET/6/det resignation/NOUN/4/obj of/ADP/8/case @Gondor/PROPN/6/nmod",
        &[("1411", &["students"], &["Gondor"], false, Occurred)],
    ),
    (
        "a title and name the parser hung on a later adverb is the object",
        "@Gondor/PROPN/2/nsubj detained/VERB/0/root/detain opposition/NOUN/4/compound leader/NOUN/5/nmod:desc #Aragorn/PROPN/6/nsubj early/ADV/2/advmod",
        &[("173", &["Gondor"], &["Aragorn"], false, Occurred)],
    ),
    (
        "those who flee an attack are not its actors",
        "*villagers/NOUN/2/nsubj/villager fled/VERB/0/root/flee attacks/NOUN/2/obj/attack by/ADP/5/case $Orcs/PROPN/3/nmod",
        &[("190", &["Orcs"], &[], false, Occurred)],
    ),
    (
        "condemning the act told before under the same word",
        "@Mordor/PROPN/2/nsubj snubbed/VERB/0/root/snub @Rohan/PROPN/2/obj and/CCONJ/6/cc @Gondor/PROPN/6/nsubj condemned/VERB/2/conj/condemn the/DET/8/det snub/NOUN/6/obj/snub",
        &[
            ("120", &["Mordor"], &["Rohan"], false, Occurred),
            ("111", &["Gondor"], &["Mordor"], false, Occurred),
        ],
    ),
    (
        "a participle after 'after' hung on the object is the subject's act",
        "@Gondor/PROPN/2/nsubj retook/VERB/0/root/retake the/DET/4/det town/NOUN/2/obj after/ADP/7/case three/NUM/7/nummod days/NOUN/2/obl/day of/SCONJ.IN/9/mark fighting/VERB.VBG/7/acl/fight with/ADP/11/case $Orcs/PROPN/9/obl",
        &[
            ("192", &["Gondor"], &[], false, Occurred),
            ("190", &["Gondor", "Orcs"], &["Gondor", "Orcs"], false, Occurred),
        ],
    ),
    (
        "rejecting an account is a denial",
        "@Gondor/PROPN/2/nsubj rejected/VERB/0/root/reject the/DET/5/det $Orcs/PROPN/5/compound account/NOUN/2/obj",
        &[("016", &["Gondor"], &["Orcs"], false, Occurred)],
    ),
    (
        "a cry for help appeals for aid",
        "*passengers/NOUN/2/nsubj/passenger called/VERB/0/root/call for/ADP/4/case help/NOUN/2/obl",
        &[("023", &["passengers"], &[], false, Occurred)],
    ),
    (
        "transitive verb",
        "@Rohan/PROPN/2/nsubj attacked/VERB/0/root/attack @Gondor/PROPN/2/obj ./PUNCT/2/punct",
        &[("190", &["Rohan"], &["Gondor"], false, Occurred)],
    ),
    (
        "passive with by-agent",
        "@Gondor/PROPN/3/nsubj:pass was/AUX.VBD/3/aux:pass attacked/VERB.VBN/0/root/attack by/ADP/5/case @Rohan/PROPN/3/obl:agent",
        &[("190", &["Rohan"], &["Gondor"], false, Occurred)],
    ),
    (
        "agentless passive keeps source empty",
        "@Gondor/PROPN/3/nsubj:pass was/AUX.VBD/3/aux:pass sanctioned/VERB.VBN/0/root/sanction",
        &[("163", &[], &["Gondor"], false, Occurred)],
    ),
    (
        "agentless passive on a group that is a party",
        "two/NUM/2/nummod *medics/NOUN.NNS/4/nsubj:pass/medic were/AUX.VBD/4/aux:pass killed/VERB.VBN/0/root/kill",
        &[("190", &[], &["medics"], false, Occurred)],
    ),
    (
        "agentless passive on a group of journalists",
        "*reporters/NOUN.NNS/3/nsubj:pass/reporter were/AUX.VBD/3/aux:pass detained/VERB.VBN/0/root/detain",
        &[("173", &[], &["reporters"], false, Occurred)],
    ),
    (
        "a head count of people killed is a casualty report",
        "six/NUM/2/nummod *people/NOUN.NNS/4/nsubj:pass/people were/AUX.VBD/4/aux:pass killed/VERB.VBN/0/root/kill",
        &[],
    ),
    (
        "soldiers wounded are the casualties of a clash, not an event",
        "nine/NUM/2/nummod *soldiers/NOUN.NNS/4/nsubj:pass/soldier were/AUX.VBD/4/aux:pass wounded/VERB.VBN/0/root/wound",
        &[],
    ),
    (
        "coordinated subjects",
        "@Rohan/PROPN/4/nsubj and/CCONJ/3/cc @Arnor/PROPN/1/conj condemned/VERB/0/root/condemn @Mordor/PROPN/4/obj",
        &[("111", &["Arnor", "Rohan"], &["Mordor"], false, Occurred)],
    ),
    (
        "coordinated objects",
        "@Rohan/PROPN/2/nsubj accused/VERB/0/root/accuse @Mordor/PROPN/2/obj and/CCONJ/5/cc @Harad/PROPN/3/conj",
        &[("112", &["Rohan"], &["Harad", "Mordor"], false, Occurred)],
    ),
    (
        "nominal modifier names the actor",
        "@Gondor/PROPN/2/amod officials/NOUN/3/nsubj/official criticized/VERB/0/root/criticize @Rohan/PROPN/3/obj",
        &[("111", &["Gondor"], &["Rohan"], false, Occurred)],
    ),
    (
        "prepositional modifier names the actor",
        "negotiators/NOUN/4/nsubj/negotiator from/ADP/3/case @Gondor/PROPN/1/nmod visited/VERB/0/root/visit @Rohan/PROPN/4/obj",
        &[("042", &["Gondor"], &["Rohan"], false, Occurred)],
    ),
    (
        "apposition",
        "#Aragorn/PROPN/5/nsubj ,/PUNCT/3/punct king/NOUN/1/appos ,/PUNCT/3/punct praised/VERB/0/root/praise @Rohan/PROPN/5/obj",
        &[("051", &["Aragorn"], &["Rohan"], false, Occurred)],
    ),
    (
        "relative clause subject",
        "$Orcs/PROPN/0/root who/PRON.WP/3/nsubj attacked/VERB/1/acl:relcl/attack @Rohan/PROPN/3/obj",
        &[("190", &["Orcs"], &["Rohan"], false, Occurred)],
    ),
    (
        "a 'which' after a comma is the name before it, wherever the clause hangs",
        "@Gondor/PROPN/2/nsubj praised/VERB/0/root/praise @Council/PROPN/2/obj over/ADP/5/case @Mordor/PROPN/2/obl ,/PUNCT/9/punct which/PRON.WDT/9/obj @Rohan/PROPN/9/nsubj accuses/VERB.VBZ/3/acl:relcl/accuse",
        &[
            ("051", &["Gondor"], &["Council"], false, Occurred),
            ("112", &["Rohan"], &["Mordor"], false, Occurred),
        ],
    ),
    (
        "a weapon hitting a place is an attack by no one named",
        "drones/NOUN.NNS/2/nsubj/drone hit/VERB.VBD/0/root/hit the/DET/4/det depot/NOUN/2/obj",
        &[("195", &[], &[], false, Occurred)],
    ),
    (
        "an actor hitting another is an attack; hitting a record is none",
        "@Mordor/PROPN/2/nsubj hit/VERB.VBD/0/root/hit @Rohan/PROPN/2/obj and/CCONJ/6/cc prices/NOUN.NNS/6/nsubj/price hit/VERB.VBD/2/conj/hit a/DET/8/det record/NOUN/6/obj",
        &[("190", &["Mordor"], &["Rohan"], false, Occurred)],
    ),
    (
        "participial modifier is the subject",
        "$Orcs/PROPN/0/root attacking/VERB.VBG/1/acl/attack @Rohan/PROPN/2/obj",
        &[("190", &["Orcs"], &["Rohan"], false, Occurred)],
    ),
    (
        "passive participle: backed by",
        "$militias/NOUN/0/root/militia backed/VERB.VBN/1/acl/back by/ADP/4/case @Mordor/PROPN/2/obl:agent",
        &[("072", &["Mordor"], &["militias"], false, Occurred)],
    ),
    (
        "symmetric meeting with",
        "@Rohan/PROPN/2/nsubj met/VERB/0/root/meet with/ADP/4/case @Gondor/PROPN/2/obl",
        &[("040", &["Gondor", "Rohan"], &["Gondor", "Rohan"], false, Occurred)],
    ),
    (
        "symmetric coordinated subjects",
        "@Rohan/PROPN/4/nsubj and/CCONJ/3/cc @Gondor/PROPN/1/conj negotiated/VERB/0/root/negotiate",
        &[("046", &["Gondor", "Rohan"], &["Gondor", "Rohan"], false, Occurred)],
    ),
    (
        "light verb with event noun",
        "@Rohan/PROPN/2/nsubj held/VERB/0/root/hold talks/NOUN.NNS/2/obj/talk with/ADP/5/case @Gondor/PROPN/3/nmod",
        &[("046", &["Gondor", "Rohan"], &["Gondor", "Rohan"], false, Occurred)],
    ),
    (
        "light verb through a series of (one side only: not coded)",
        "@Rohan/PROPN/2/nsubj held/VERB/0/root/hold a/DET/4/det series/NOUN/2/obj of/ADP/6/case talks/NOUN.NNS/4/nmod/talk",
        &[],
    ),
    (
        "noun events between two sides",
        "fighting/NOUN/2/nsubj escalated/VERB/0/root/escalate between/ADP/4/case @Rohan/PROPN/1/nmod and/CCONJ/6/cc $Orcs/PROPN/4/conj",
        &[("190", &["Orcs", "Rohan"], &["Orcs", "Rohan"], false, Occurred)],
    ),
    (
        "occurrence verb with noun subject and date",
        "the/DET/2/det ~ceasefire/NOUN/3/nsubj took/VERB/0/root/take effect/NOUN/3/obj between/ADP/6/case @Rohan/PROPN/2/nmod and/CCONJ/8/cc @Gondor/PROPN/6/conj",
        &[("0871", &["Gondor", "Rohan"], &["Gondor", "Rohan"], false, Occurred)],
    ),
    (
        "possessive noun event",
        "@Mordor/PROPN/3/nmod:poss 's/PART.POS/1/case invasion/NOUN/5/nsubj/invasion of/ADP/5/case @Rohan/PROPN/3/nmod began/VERB/0/root/begin",
        &[("190", &["Mordor"], &["Rohan"], false, Occurred)],
    ),
    (
        "withdrawal of troops from a state",
        "the/DET/2/det withdrawal/NOUN/0/root of/ADP/4/case $Gondorian/ADJ/2/nmod/gondorian from/ADP/6/case @Rohan/PROPN/2/nmod",
        &[("0874", &["Gondorian"], &["Rohan"], false, Occurred)],
    ),
    (
        "patient noun: arrest of",
        "the/DET/2/det arrest/NOUN/0/root of/ADP/4/case %Frodo/PROPN/2/nmod",
        &[("173", &[], &["Frodo"], false, Occurred)],
    ),
    (
        "withdraw troops from",
        "@Gondor/PROPN/2/nsubj withdrew/VERB/0/root/withdraw troops/NOUN.NNS/2/obj/troop from/ADP/5/case @Rohan/PROPN/2/obl",
        &[("0874", &["Gondor"], &["Rohan"], false, Occurred)],
    ),
    (
        "pull out particle",
        "@Gondor/PROPN/2/nsubj pulled/VERB/0/root/pull out/ADP.RP/2/compound:prt of/ADP/5/case @Rohan/PROPN/2/obl",
        &[("0874", &["Gondor"], &["Rohan"], false, Occurred)],
    ),
    (
        "impose sanctions on",
        "@Gondor/PROPN/2/nsubj imposed/VERB/0/root/impose sanctions/NOUN.NNS/2/obj/sanction on/ADP/5/case @Mordor/PROPN/2/obl",
        &[("163", &["Gondor"], &["Mordor"], false, Occurred)],
    ),
    (
        "approve a set of sanctions against",
        "@Gondor/PROPN/2/nsubj approved/VERB/0/root/approve a/DET/4/det set/NOUN/2/obj of/ADP/6/case sanctions/NOUN.NNS/4/nmod/sanction against/ADP/8/case @Mordor/PROPN/6/nmod",
        &[("163", &["Gondor"], &["Mordor"], false, Occurred)],
    ),
    (
        "the subject nearest the verb when the parse gives it two",
        "talks/NOUN/2/nsubj stalled/VERB/5/advcl/stall ,/PUNCT/5/punct @Rohan/PROPN/5/nsubj attacked/VERB/0/root/attack @Gondor/PROPN/5/obj",
        &[("190", &["Rohan"], &["Gondor"], false, Occurred)],
    ),
    (
        "a time expression is not a second subject",
        "@Rohan/PROPN/3/nsubj ~Thursday/PROPN/3/nsubj attacked/VERB/0/root/attack @Gondor/PROPN/3/obj",
        &[("190", &["Rohan"], &["Gondor"], false, Occurred)],
    ),
    (
        "a noun with a preposition is not a second subject",
        "$Orcs/PROPN/4/nsubj throughout/ADP/3/case !Gondor/PROPN/4/nsubj attacked/VERB/0/root/attack @Rohan/PROPN/4/obj",
        &[("190", &["Orcs"], &["Rohan"], false, Occurred)],
    ),
    (
        "subject of a clause parsed as a coordinated noun",
        "violence/NOUN/2/nsubj escalated/VERB/0/root/escalate in/ADP/4/case !Gondor/PROPN/2/obl and/CCONJ/7/cc the/DET/7/det $Orcs/PROPN/4/conj have/AUX/9/aux seized/VERB/2/conj/seize a/DET/11/det district/NOUN/9/obj",
        &[("192", &["Orcs"], &[], false, Occurred)],
    ),
    (
        "seize territory",
        "$Orcs/PROPN/2/nsubj seized/VERB/0/root/seize a/DET/4/det district/NOUN/2/obj",
        &[("192", &["Orcs"], &[], false, Occurred)],
    ),
    (
        "an armed group capturing people abducts them",
        "$Orcs/PROPN/2/nsubj captured/VERB/0/root/capture #Faramir/PROPN/2/obj",
        &[("181", &["Orcs"], &["Faramir"], false, Occurred)],
    ),
    (
        "a state capturing people arrests them",
        "@Gondor/PROPN/2/nsubj captured/VERB/0/root/capture #Faramir/PROPN/2/obj",
        &[("173", &["Gondor"], &["Faramir"], false, Occurred)],
    ),
    (
        "arrest",
        "@Gondor/PROPN/2/nsubj arrested/VERB/0/root/arrest %Frodo/PROPN/2/obj",
        &[("173", &["Gondor"], &["Frodo"], false, Occurred)],
    ),
    (
        "release prisoners",
        "@Gondor/PROPN/2/nsubj released/VERB/0/root/release prisoners/NOUN.NNS/2/obj/prisoner",
        &[("0841", &["Gondor"], &[], false, Occurred)],
    ),
    (
        "exchange prisoners",
        "@Rohan/PROPN/4/nsubj and/CCONJ/3/cc @Gondor/PROPN/1/conj exchanged/VERB/0/root/exchange prisoners/NOUN.NNS/4/obj/prisoner",
        &[("0841", &["Gondor", "Rohan"], &["Gondor", "Rohan"], false, Occurred)],
    ),
    (
        "provide aid to",
        "@Gondor/PROPN/2/nsubj provided/VERB/0/root/provide aid/NOUN/2/obj to/ADP/5/case @Rohan/PROPN/2/obl",
        &[("070", &["Gondor"], &["Rohan"], false, Occurred)],
    ),
    (
        "provide military aid",
        "@Gondor/PROPN/2/nsubj provided/VERB/0/root/provide weapons/NOUN.NNS/2/obj/weapon to/ADP/5/case @Rohan/PROPN/2/obl",
        &[("072", &["Gondor"], &["Rohan"], false, Occurred)],
    ),
    (
        "visit",
        "#Aragorn/PROPN/2/nsubj visited/VERB/0/root/visit @Rohan/PROPN/2/obj",
        &[("042", &["Aragorn"], &["Rohan"], false, Occurred)],
    ),
    (
        "host",
        "@Rohan/PROPN/2/nsubj hosted/VERB/0/root/host #Aragorn/PROPN/2/obj",
        &[("043", &["Rohan"], &["Aragorn"], false, Occurred)],
    ),
    (
        "invite",
        "#Aragorn/PROPN/2/nsubj invited/VERB/0/root/invite #Theoden/PROPN/2/obj",
        &[("026", &["Aragorn"], &["Theoden"], false, Occurred)],
    ),
    (
        "sign an agreement",
        "@Rohan/PROPN/2/nsubj signed/VERB/0/root/sign an/DET/4/det agreement/NOUN/2/obj with/ADP/6/case @Gondor/PROPN/2/obl",
        &[("057", &["Rohan"], &["Gondor"], false, Occurred)],
    ),
    (
        "reach an agreement for an exchange of prisoners",
        "@Rohan/PROPN/2/nsubj reached/VERB/0/root/reach an/DET/4/det agreement/NOUN/2/obj for/ADP/7/case the/DET/7/det exchange/NOUN/4/nmod of/ADP/9/case prisoners/NOUN.NNS/7/nmod/prisoner",
        &[("0353", &["Rohan"], &[], false, Occurred)],
    ),
    (
        "agree to hold talks: intent to meet",
        "@Rohan/PROPN/2/nsubj agreed/VERB/0/root/agree to/PART.TO/4/mark hold/VERB.VB/2/xcomp talks/NOUN.NNS/4/obj/talk with/ADP/7/case @Gondor/PROPN/5/nmod",
        &[("036", &["Rohan"], &["Gondor"], false, Occurred)],
    ),
    (
        "agree to extend a truce",
        "@Rohan/PROPN/2/nsubj agreed/VERB/0/root/agree to/PART.TO/4/mark extend/VERB.VB/2/xcomp the/DET/6/det truce/NOUN/4/obj",
        &[("0871", &["Rohan"], &[], false, Occurred)],
    ),
    (
        "not agreed: negation",
        "@Mordor/PROPN/4/nsubj has/AUX.VBZ/4/aux not/PART.RB/4/advmod agreed/VERB.VBN/0/root/agree to/ADP/7/case the/DET/7/det proposal/NOUN/4/obl",
        &[("030", &["Mordor"], &[], true, Occurred)],
    ),
    (
        "never attacked: negation",
        "@Gondor/PROPN/3/nsubj never/ADV/3/advmod attacked/VERB/0/root/attack @Rohan/PROPN/3/obj",
        &[("190", &["Gondor"], &["Rohan"], true, Occurred)],
    ),
    (
        "refuse to release: refusal is the event",
        "@Mordor/PROPN/2/nsubj refused/VERB/0/root/refuse to/PART.TO/4/mark release/VERB.VB/2/xcomp prisoners/NOUN.NNS/4/obj/prisoner",
        &[("1243", &["Mordor"], &[], false, Occurred)],
    ),
    (
        "decline to attend talks",
        "#Sauron/PROPN/2/nsubj declined/VERB/0/root/decline to/PART.TO/4/mark attend/VERB.VB/2/xcomp the/DET/6/det talks/NOUN.NNS/4/obj/talk",
        &[("125", &["Sauron"], &[], false, Occurred)],
    ),
    (
        "reject a proposal",
        "@Mordor/PROPN/2/nsubj rejected/VERB/0/root/reject the/DET/4/det proposal/NOUN/2/obj",
        &[("127", &["Mordor"], &[], false, Occurred)],
    ),
    (
        "threaten to attack",
        "@Mordor/PROPN/2/nsubj threatened/VERB/0/root/threaten to/PART.TO/4/mark attack/VERB.VB/2/xcomp @Rohan/PROPN/4/obj",
        &[("138", &["Mordor"], &["Rohan"], false, Occurred)],
    ),
    (
        "threaten sanctions",
        "@Gondor/PROPN/2/nsubj threatened/VERB/0/root/threaten to/PART.TO/4/mark impose/VERB.VB/2/xcomp sanctions/NOUN.NNS/4/obj/sanction on/ADP/7/case @Mordor/PROPN/4/obl",
        &[("1312", &["Gondor"], &["Mordor"], false, Occurred)],
    ),
    (
        "urge to negotiate: appeal, object control",
        "@Gondor/PROPN/2/nsubj urged/VERB/0/root/urge @Rohan/PROPN/2/obj to/PART.TO/5/mark negotiate/VERB.VB/2/xcomp",
        &[("026", &["Gondor"], &["Rohan"], false, Occurred)],
    ),
    (
        "call on: appeal",
        "the/DET/2/det @government/NOUN/3/nsubj called/VERB/0/root/call on/ADP/5/case @Rohan/PROPN/3/obl",
        &[("020", &["government"], &["Rohan"], false, Occurred)],
    ),
    (
        "demand release",
        "@Rohan/PROPN/2/nsubj demanded/VERB/0/root/demand the/DET/4/det release/NOUN/2/obj of/ADP/6/case %Frodo/PROPN/4/nmod",
        &[("1053", &["Rohan"], &["Frodo"], false, Occurred)],
    ),
    (
        "call for resignation",
        "$protesters/NOUN/2/nsubj/protester called/VERB/0/root/call for/ADP/5/case the/DET/5/det resignation/NOUN/2/obl of/ADP/7/case #Denethor/PROPN/5/nmod",
        &[("1041", &["protesters"], &["Denethor"], false, Occurred)],
    ),
    (
        "noun: calls for resignation",
        "$protesters/NOUN/2/nsubj/protester chanted/VERB/0/root/chant calls/NOUN.NNS/2/obj/call for/ADP/6/case ^Denethor:#her/PRON.PRP$/6/nmod:poss resignation/NOUN/3/nmod",
        &[("1041", &["protesters"], &["Denethor"], false, Occurred)],
    ),
    (
        "protest against",
        "$students/NOUN/2/nsubj/student protested/VERB/0/root/protest against/ADP/4/case @Gondor/PROPN/2/obl",
        &[("141", &["students"], &["Gondor"], false, Occurred)],
    ),
    (
        "clash of unarmed protesters",
        "%Hobbits/PROPN/2/nsubj clashed/VERB/0/root/clash with/ADP/4/case @police/NOUN/2/obl",
        &[("145", &["Hobbits", "police"], &["Hobbits", "police"], false, Occurred)],
    ),
    (
        "clash with an armed group",
        "$Orcs/PROPN/2/nsubj clashed/VERB/0/root/clash with/ADP/4/case @Rohan/PROPN/2/obl",
        &[("190", &["Orcs", "Rohan"], &["Orcs", "Rohan"], false, Occurred)],
    ),
    (
        "fire tear gas",
        "@police/NOUN/2/nsubj fired/VERB/0/root/fire tear/NOUN/4/compound gas/NOUN/2/obj",
        &[("175", &["police"], &[], false, Occurred)],
    ),
    (
        "crack down on",
        "@Mordor/PROPN/2/nsubj cracked/VERB/0/root/crack down/ADP.RP/2/compound:prt on/ADP/5/case %opposition/NOUN/2/obl",
        &[("175", &["Mordor"], &["opposition"], false, Occurred)],
    ),
    (
        "kill",
        "$Orcs/PROPN/2/nsubj killed/VERB/0/root/kill %villagers/NOUN.NNS/2/obj/villager",
        &[("190", &["Orcs"], &["villagers"], false, Occurred)],
    ),
    (
        "bomb",
        "@Gondor/PROPN/2/nsubj bombed/VERB/0/root/bomb $Orcs/PROPN/2/obj",
        &[("195", &["Gondor"], &["Orcs"], false, Occurred)],
    ),
    (
        "invade",
        "@Mordor/PROPN/2/nsubj invaded/VERB/0/root/invade @Rohan/PROPN/2/obj",
        &[("190", &["Mordor"], &["Rohan"], false, Occurred)],
    ),
    (
        "launch an attack on",
        "$Orcs/PROPN/2/nsubj launched/VERB/0/root/launch an/DET/4/det attack/NOUN/2/obj on/ADP/6/case @Rohan/PROPN/4/nmod",
        &[("190", &["Orcs"], &["Rohan"], false, Occurred)],
    ),
    (
        "say: statement and claimed report",
        "#Aragorn/PROPN/2/nsubj said/VERB/0/root/say $Orcs/PROPN/4/nsubj attacked/VERB/2/ccomp/attack @Rohan/PROPN/4/obj",
        &[
            ("010", &["Aragorn"], &[], false, Occurred),
            ("190", &["Orcs"], &["Rohan"], false, Claimed),
        ],
    ),
    (
        "tell: statement with addressee",
        "#Aragorn/PROPN/2/nsubj told/VERB/0/root/tell @council/NOUN/2/obj",
        &[("010", &["Aragorn"], &["council"], false, Occurred)],
    ),
    (
        "private person's statement is not coded",
        "%Sam/PROPN/2/nsubj said/VERB/0/root/say it/PRON/4/nsubj rained/VERB/2/ccomp/rain",
        &[],
    ),
    (
        "speech act announcing its own future action: intent only",
        "@Gondor/PROPN/2/nsubj announced/VERB/0/root/announce ^Gondor:@it/PRON/5/nsubj would/AUX/5/aux withdraw/VERB.VB/2/ccomp from/ADP/7/case @Rohan/PROPN/5/obl",
        &[("0356", &["Gondor"], &["Rohan"], false, Occurred)],
    ),
    (
        "announced act aimed at one actor, with a condition on another: the act's target",
        "@Gondor/PROPN/2/nsubj announced/VERB/0/root/announce ^Gondor:@it/PRON/5/nsubj will/AUX/5/aux withdraw/VERB.VB/2/ccomp its/PRON/7/nmod:poss force/NOUN/5/obj from/ADP/9/case @Rohan/PROPN/5/obl unless/SCONJ/12/mark #Denethor/PROPN/12/nsubj resigned/VERB/5/advcl/resign",
        &[
            ("130", &["Gondor"], &["Rohan"], false, Occurred),
            ("0831", &["Denethor"], &[], false, Hypothetical),
        ],
    ),
    (
        "object parsed as the subject of the infinitive after the verb is the target",
        "@Gondor/PROPN/2/nsubj allowed/VERB/0/root/allow #Denethor/PROPN/5/nsubj to/PART/5/mark hold/VERB.VB/2/xcomp a/DET/7/det rally/NOUN/5/obj",
        &[
            ("080", &["Gondor"], &["Denethor"], false, Occurred),
            ("141", &["Denethor"], &[], false, Occurred),
        ],
    ),
    (
        "a protest's demand asked of an agent on the demand verb",
        "*protesters/NOUN.NNS/2/nsubj/protester rallied/VERB/0/root/rally to/PART/4/mark demand/VERB.VB/2/advcl reforms/NOUN.NNS/4/obj/reform by/ADP/7/case @Gondor/PROPN/4/obl",
        &[("141", &["protesters"], &["Gondor"], false, Occurred)],
    ),
    (
        "a protest's demand in a participle hung on its place",
        "*protesters/NOUN.NNS/2/nsubj/protester demonstrated/VERB/0/root/demonstrate in/ADP/4/case city/NOUN/2/obl demanding/VERB.VBG/4/acl/demand the/DET/7/det resignation/NOUN/5/obj of/ADP/9/case #Denethor/PROPN/7/nmod",
        &[("1411", &["protesters"], &["Denethor"], false, Occurred)],
    ),
    (
        "a number 'up to' parsed as a preposition still gives the object",
        "@Gondor/PROPN/2/nsubj kidnapped/VERB/0/root/kidnap up/ADP/6/case to/ADP/3/fixed 16/NUM/6/nummod *advisers/NOUN.NNS/2/obl/adviser",
        &[("181", &["Gondor"], &["advisers"], false, Occurred)],
    ),
    (
        "a protest is against the maker of what it protests",
        "*workers/NOUN.NNS/2/nsubj/worker marched/VERB/0/root/march in/ADP/4/case protest/NOUN/2/obl against/ADP/8/case @Gondor/PROPN/8/nmod:poss 's/PART/6/case decision/NOUN/4/nmod",
        &[("141", &["workers"], &["Gondor"], false, Occurred)],
    ),
    (
        "the act condemned is the matter of the condemnation, not an event of its own",
        "@Gondor/PROPN/2/nsubj condemned/VERB/0/root/condemn an/DET/4/det attack/NOUN/2/obj by/ADP/6/case @Rohan/PROPN/4/nmod",
        &[("111", &["Gondor"], &["Rohan"], false, Occurred)],
    ),
    (
        "a group named after a number the parser made its head",
        "@Gondor/PROPN/2/nsubj granted/VERB/0/root/grant asylum/NOUN/2/obj to/ADP/5/case 18/NUM/2/obl $Rohirrim/PROPN/5/nmod:unmarked $rebels/NOUN/2/dep/rebel",
        &[("075", &["Gondor"], &["Rohirrim rebels"], false, Occurred)],
    ),
    (
        "speech act reporting a future event: intent, and the event planned",
        "@Gondor/PROPN/2/nsubj said/VERB/0/root/say ^Gondor:@its/PRON/4/nmod:poss withdrawal/NOUN/8/nsubj from/ADP/6/case @Rohan/PROPN/4/nmod will/AUX/8/aux end/VERB.VB/2/ccomp",
        &[
            ("0356", &["Gondor"], &["Rohan"], false, Occurred),
            ("0874", &["Gondor"], &["Rohan"], false, Planned),
        ],
    ),
    (
        "announced hostile act with a condition: threat, not the act",
        "@Gondor/PROPN/2/nsubj said/VERB/0/root/say ^Gondor:@it/PRON/5/nsubj would/AUX/5/aux impose/VERB.VB/2/ccomp sanctions/NOUN.NNS/5/obj/sanction unless/SCONJ/9/mark @Rohan/PROPN/9/nsubj withdrew/VERB/5/advcl/withdraw",
        &[
            ("1312", &["Gondor"], &["Rohan"], false, Occurred),
            ("0874", &["Rohan"], &[], false, Hypothetical),
        ],
    ),
    (
        "announced hostile act against an actor: threat",
        "@Gondor/PROPN/2/nsubj said/VERB/0/root/say ^Gondor:@it/PRON/5/nsubj would/AUX/5/aux blockade/VERB.VB/2/ccomp @Rohan/PROPN/5/obj",
        &[("1381", &["Gondor"], &["Rohan"], false, Occurred)],
    ),
    (
        "announced hostile act against no one: a statement",
        "@Gondor/PROPN/2/nsubj said/VERB/0/root/say ^Gondor:@it/PRON/5/nsubj would/AUX/5/aux impose/VERB.VB/2/ccomp new/ADJ/7/amod sanctions/NOUN.NNS/5/obj/sanction",
        &[
            ("010", &["Gondor"], &[], false, Occurred),
            ("163", &["Gondor"], &[], false, Planned),
        ],
    ),
    (
        "will: planned",
        "@Gondor/PROPN/3/nsubj will/AUX/3/aux withdraw/VERB.VB/0/root from/ADP/5/case @Rohan/PROPN/3/obl",
        &[("0874", &["Gondor"], &["Rohan"], false, Planned)],
    ),
    (
        "plans to: planned",
        "@Gondor/PROPN/2/nsubj plans/VERB.VBZ/0/root/plan to/PART.TO/4/mark visit/VERB.VB/2/xcomp @Rohan/PROPN/4/obj",
        &[("042", &["Gondor"], &["Rohan"], false, Planned)],
    ),
    (
        "is likely to: planned",
        "$troops/NOUN.NNS/3/nsubj/troop are/AUX.VBP/3/cop likely/ADJ/0/root to/PART.TO/5/mark attack/VERB.VB/3/xcomp @Rohan/PROPN/5/obj",
        &[("190", &["troops"], &["Rohan"], false, Planned)],
    ),
    (
        "is set to: planned",
        "@Rohan/PROPN/3/nsubj:pass is/AUX.VBZ/3/aux:pass set/VERB.VBN/0/root to/PART.TO/5/mark host/VERB.VB/3/xcomp #Aragorn/PROPN/5/obj",
        &[("043", &["Rohan"], &["Aragorn"], false, Planned)],
    ),
    (
        "if: hypothetical",
        "@Gondor/PROPN/2/nsubj retaliated/VERB/0/root/retaliate if/SCONJ/5/mark @Mordor/PROPN/5/nsubj attacked/VERB/2/advcl/attack",
        &[
            ("190", &["Gondor"], &[], false, Occurred),
            ("190", &["Mordor"], &[], false, Hypothetical),
        ],
    ),
    (
        "would: hypothetical",
        "@Gondor/PROPN/3/nsubj would/AUX/3/aux sanction/VERB.VB/0/root @Mordor/PROPN/3/obj",
        &[("163", &["Gondor"], &["Mordor"], false, Hypothetical)],
    ),
    (
        "according to: claimed",
        "$Orcs/PROPN/2/nsubj attacked/VERB/0/root/attack @Rohan/PROPN/2/obj ,/PUNCT/7/punct according/VERB.VBG/7/case/accord to/ADP/5/fixed #Aragorn/PROPN/2/obl",
        &[("190", &["Orcs"], &["Rohan"], false, Claimed)],
    ),
    (
        "conjoined verbs share the subject",
        "#Aragorn/PROPN/2/nsubj agreed/VERB/0/root/agree and/CCONJ/4/cc invited/VERB/2/conj/invite #Sauron/PROPN/4/obj",
        &[
            ("030", &["Aragorn"], &[], false, Occurred),
            ("026", &["Aragorn"], &["Sauron"], false, Occurred),
        ],
    ),
    (
        "pronoun subject resolves by coreference",
        "^Aragorn:#He/PRON/2/nsubj condemned/VERB/0/root/condemn @Mordor/PROPN/2/obj",
        &[("111", &["Aragorn"], &["Mordor"], false, Occurred)],
    ),
    (
        "no actor: no event",
        "someone/PRON/2/nsubj attacked/VERB/0/root/attack something/PRON/2/obj",
        &[],
    ),
    (
        "verb outside the lexicon: no event",
        "@Rohan/PROPN/2/nsubj admired/VERB/0/root/admire @Gondor/PROPN/2/obj",
        &[],
    ),
    (
        "statements of one speaker merge",
        "#Aragorn/PROPN/2/nsubj said/VERB/0/root/say and/CCONJ/4/cc added/VERB/2/conj/add",
        &[("010", &["Aragorn"], &[], false, Occurred)],
    ),
    (
        "ban airline companies from flying",
        "@Gondor/PROPN/2/nsubj banned/VERB/0/root/ban @Rohirric/ADJ/4/amod/rohirric airlines/NOUN.NNS/2/obj/airline",
        &[("163", &["Gondor"], &["Rohirric"], false, Occurred)],
    ),
    (
        "put on a sanctions list is coded by the verb pattern",
        "#Grima/PROPN/3/nsubj:pass was/AUX.VBD/3/aux:pass blacklisted/VERB.VBN/0/root/blacklist",
        &[("163", &[], &["Grima"], false, Occurred)],
    ),
    (
        "blame for",
        "$protesters/NOUN.NNS/2/nsubj/protester blamed/VERB/0/root/blame #Denethor/PROPN/2/obj for/ADP/6/case the/DET/6/det violence/NOUN/2/obl",
        &[("112", &["protesters"], &["Denethor"], false, Occurred)],
    ),
    (
        "mediate between",
        "@Rivendell/PROPN/2/nsubj mediated/VERB/0/root/mediate between/ADP/4/case @Rohan/PROPN/2/obl and/CCONJ/6/cc @Gondor/PROPN/4/conj",
        &[("045", &["Rivendell"], &["Gondor", "Rohan"], false, Occurred)],
    ),
    (
        "deploy troops",
        "@Gondor/PROPN/2/nsubj deployed/VERB/0/root/deploy troops/NOUN.NNS/2/obj/troop",
        &[("154", &["Gondor"], &[], false, Occurred)],
    ),
    (
        "take control of territory",
        "$Orcs/PROPN/2/nsubj took/VERB/0/root/take control/NOUN/2/obj of/ADP/5/case @Osgiliath/PROPN/3/nmod",
        &[("192", &["Orcs"], &["Osgiliath"], false, Occurred)],
    ),
    (
        "forced landing of a flight",
        "the/DET/3/det forced/ADJ/3/amod/forced landing/NOUN/0/root of/ADP/6/case a/DET/6/det @Eagle/PROPN/3/nmod",
        &[("181", &[], &["Eagle"], false, Occurred)],
    ),
    (
        "crackdown on the opposition by a regime",
        "the/DET/2/det crackdown/NOUN/0/root on/ADP/5/case the/DET/5/det %opposition/NOUN/2/nmod by/ADP/8/case the/DET/8/det @regime/NOUN/2/nmod",
        &[("175", &["regime"], &["opposition"], false, Occurred)],
    ),
    (
        "joint agreement is mutual",
        "@Rohan/PROPN/4/nsubj and/CCONJ/3/cc @Gondor/PROPN/1/conj agreed/VERB/0/root/agree to/PART.TO/6/mark extend/VERB.VB/4/xcomp the/DET/8/det truce/NOUN/6/obj",
        &[("0871", &["Gondor", "Rohan"], &["Gondor", "Rohan"], false, Occurred)],
    ),
    (
        "purpose clause inherits subject and modality",
        "$troops/NOUN.NNS/3/nsubj/troop are/AUX.VBP/3/cop likely/ADJ/0/root to/PART.TO/5/mark stay/VERB.VB/3/xcomp to/PART.TO/7/mark provide/VERB.VB/5/advcl security/NOUN/7/obj",
        &[("074", &["troops"], &[], false, Planned)],
    ),
    (
        "agreeing on a hostile act is the act",
        "@Gondor/PROPN/2/nsubj agreed/VERB/0/root/agree on/ADP/4/case sanctions/NOUN.NNS/2/obl/sanction against/ADP/6/case @Mordor/PROPN/4/nmod",
        &[("163", &["Gondor"], &["Mordor"], false, Occurred)],
    ),
    (
        "confirming an event is a statement, not the event",
        "#Aragorn/PROPN/2/nsubj confirmed/VERB/0/root/confirm the/DET/4/det exchange/NOUN/2/obj",
        &[("010", &["Aragorn"], &[], false, Occurred)],
    ),
    (
        "put on a sanctions list",
        "#Grima/PROPN/4/nsubj:pass was/AUX.VBD/4/aux:pass also/ADV/4/advmod put/VERB.VBN/0/root/put on/ADP/8/case the/DET/8/det sanctions/NOUN.NNS/8/compound/sanction list/NOUN/4/obl",
        &[("163", &[], &["Grima"], false, Occurred)],
    ),
    (
        "hold territory",
        "$Orcs/PROPN/2/nsubj hold/VERB.VBP/0/root 85/NUM/4/nummod percent/NOUN/2/obj of/ADP/6/case @Rohan/PROPN/4/nmod",
        &[("192", &["Orcs"], &["Rohan"], false, Occurred)],
    ),
    (
        "refusal to attend a meeting",
        "#Sauron/PROPN/2/nsubj declined/VERB/0/root/decline to/PART.TO/4/mark attend/VERB.VB/2/xcomp",
        &[("125", &["Sauron"], &[], false, Occurred)],
    ),
    (
        "demand with a that-clause",
        "@Gondor/PROPN/2/nsubj demanded/VERB/0/root/demand that/SCONJ/5/mark @Mordor/PROPN/5/nsubj withdraw/VERB.VB/2/ccomp from/ADP/7/case @Rohan/PROPN/5/obl",
        &[("106", &["Gondor"], &["Mordor"], false, Occurred)],
    ),
    (
        "agree that they should cooperate",
        "@Rohan/PROPN/4/nsubj and/CCONJ/3/cc @Gondor/PROPN/1/conj agreed/VERB/0/root/agree that/SCONJ/8/mark ^Rohan:@they/PRON/8/nsubj should/AUX/8/aux cooperate/VERB.VB/4/ccomp",
        &[("031", &["Gondor", "Rohan"], &["Gondor", "Rohan"], false, Occurred)],
    ),
    (
        "trailing speech verb in parataxis: claimed",
        "$Orcs/PROPN/2/nsubj attacked/VERB/0/root/attack @Rohan/PROPN/2/obj ,/PUNCT/5/punct #Aragorn/PROPN/6/nsubj said/VERB/2/parataxis/say",
        &[
            ("190", &["Orcs"], &["Rohan"], false, Claimed),
            ("010", &["Aragorn"], &[], false, Occurred),
        ],
    ),
    (
        "what is denied is not told as an act (as for a denied clause)",
        "@Mordor/PROPN/2/nsubj denied/VERB/0/root/deny attacking/VERB.VBG/2/xcomp/attack @Rohan/PROPN/3/obj",
        &[("016", &["Mordor"], &[], false, Occurred)],
    ),
    (
        "the purpose of an event is that event",
        "@Rohan/PROPN/2/nsubj held/VERB/0/root/hold talks/NOUN.NNS/2/obj/talk with/ADP/5/case @Gondor/PROPN/3/nmod to/PART.TO/7/mark discuss/VERB.VB/2/advcl/discuss peace/NOUN/7/obj",
        &[("046", &["Gondor", "Rohan"], &["Gondor", "Rohan"], false, Occurred)],
    ),
    (
        "an active clause without a known agent is not coded",
        "attacked/VERB/0/root/attack @Rohan/PROPN/1/obj",
        &[],
    ),
    (
        "expel diplomats: reduce relations",
        "@Gondor/PROPN/2/nsubj expelled/VERB/0/root/expel three/NUM/4/nummod diplomats/NOUN.NNS/2/obj/diplomat",
        &[("161", &["Gondor"], &[], false, Occurred)],
    ),
    (
        "recall an ambassador to a state: that state is the target",
        "@Gondor/PROPN/2/nsubj recalled/VERB/0/root/recall its/PRON/4/nmod:poss ambassador/NOUN/2/obj to/ADP/6/case @Rohan/PROPN/2/obl",
        &[("161", &["Gondor"], &["Rohan"], false, Occurred)],
    ),
    (
        "said the vote was free and accused X: the speaker accuses",
        "#Tembo/PROPN/2/nsubj said/VERB.VBD/0/root/say the/DET/4/det vote/NOUN/7/nsubj had/AUX/7/aux been/AUX/7/cop/be free/ADJ.JJ/2/ccomp and/CCONJ/9/cc accused/VERB.VBD/7/conj/accuse @Rohan/PROPN/9/obj",
        &[("010", &["Tembo"], &[], false, Occurred), ("112", &["Tembo"], &["Rohan"], false, Claimed)],
    ),
    (
        "accused X of provoking, with X read as the gerund's subject: X is the target",
        "@Gondor/PROPN/2/nsubj accused/VERB.VBD/0/root/accuse #Theoden/PROPN/5/nsubj of/SCONJ/5/mark provoking/VERB.VBG/2/advcl/provoke the/DET/7/det violence/NOUN/5/obj",
        &[("112", &["Gondor"], &["Theoden"], false, Occurred)],
    ),
    (
        "a clause coordinated with no 'and', its subject read as an 'as' phrase: that noun acts",
        "@Gondor/PROPN/2/nsubj arrested/VERB/0/root/arrest *students/NOUN/2/obj/student as/ADP/5/case *protesters/NOUN/2/obl/protester defied/VERB/2/conj/defy a/DET/8/det ban/NOUN/6/obj",
        &[
            ("173", &["Gondor"], &["students"], false, Occurred),
            ("128", &["protesters"], &[], false, Occurred),
        ],
    ),
    (
        "an 'after' phrase with an apposition and commas before the unjoined clause: its noun acts",
        "*shops/NOUN/2/nsubj/shop reopened/VERB/0/root/reopen after/ADP/5/case the/DET/5/det governor/NOUN/2/obl ,/PUNCT/7/punct #Baran/PROPN/5/appos ,/PUNCT/9/punct lifted/VERB/2/conj/lift the/DET/11/det curfew/NOUN/9/obj",
        &[("0813", &["Baran"], &[], false, Occurred)],
    ),
    (
        "only a state body charges anyone: a newspaper 'charging' is no legal act",
        "&Gazette/PROPN/2/nsubj charged/VERB.VBD/0/root/charge @Gondor/PROPN/2/obj",
        &[],
    ),
    (
        "an appeal to no one for nothing is a legal challenge",
        "#Aragorn/PROPN/3/nsubj will/AUX/3/aux appeal/VERB.VB/0/root/appeal",
        &[("115", &["Aragorn"], &[], false, Planned)],
    ),
    (
        "an appeal to someone is a call for help",
        "#Aragorn/PROPN/2/nsubj appealed/VERB.VBD/0/root/appeal to/ADP/4/case @Gondor/PROPN/2/obl",
        &[("020", &["Aragorn"], &["Gondor"], false, Occurred)],
    ),
    (
        "the reason an act gives for itself is no statement of its own",
        "@Gondor/PROPN/2/nsubj criticised/VERB.VBD/0/root/criticize the/DET/4/det deal/NOUN/2/obj ,/PUNCT/6/punct saying/VERB.VBG/2/advcl/say it/PRON/8/nsubj failed/VERB.VBD/6/ccomp/fail",
        &[("111", &["Gondor"], &[], false, Occurred)],
    ),
    (
        "clashes between two armed sides: both sides on both ends",
        "Clashes/NOUN.NNS/6/nsubj/clash between/ADP/3/case @Gondor/PROPN/1/nmod and/CCONJ/5/cc $Uruks/PROPN/3/conj erupted/VERB.VBD/0/root/erupt",
        &[("190", &["Gondor", "Uruks"], &["Gondor", "Uruks"], false, Occurred)],
    ),
    (
        "fighting that broke out between two sides: the phrasal verb says it happened",
        "Fighting/NOUN/2/nsubj/fighting broke/VERB.VBD/0/root/break out/ADP.RP/2/compound:prt between/ADP/6/case the/DET/6/det @Gondor/PROPN/2/obl and/CCONJ/8/cc $Uruks/PROPN/6/conj",
        &[("190", &["Gondor", "Uruks"], &["Gondor", "Uruks"], false, Occurred)],
    ),
    (
        "sent back to a place: a demand's \"to\" opens a verb, not a destination",
        "#Grima/PROPN/2/nsubj ordered/VERB/0/root/order it/PRON/2/obj back/ADV/2/advmod to/ADP/6/case !Edoras/PROPN/2/obl",
        &[],
    ),
    (
        "six of the escapees: a number passes through to the people it counts",
        "@Gondor/PROPN/2/nsubj recaptured/VERB/0/root/recapture six/NUM.CD/2/obj of/ADP/5/case *escapees/NOUN.NNS/3/nmod/escapee",
        &[("173", &["Gondor"], &["escapees"], false, Occurred)],
    ),
    (
        "arrived somewhere on a visit: the traveller visits",
        "#Grima/PROPN/2/nsubj arrived/VERB.VBD/0/root/arrive in/ADP/4/case !Edoras/PROPN/2/obl on/ADP/7/case a/DET/7/det visit/NOUN/2/obl",
        &[("042", &["Grima"], &[], false, Occurred)],
    ),
    (
        "held talks, with the partner hung on the light verb",
        "#Grima/PROPN/2/nsubj held/VERB.VBD/0/root/hold talks/NOUN.NNS/2/obj/talk with/ADP/5/case #Theoden/PROPN/2/obl",
        &[("046", &["Grima", "Theoden"], &["Grima", "Theoden"], false, Occurred)],
    ),
    (
        "a state protests in words, not in the street",
        "@Gondor/PROPN/2/nsubj protested/VERB.VBD/0/root/protest the/DET/4/det decision/NOUN/2/obj",
        &[("111", &["Gondor"], &[], false, Occurred)],
    ),
    (
        "opponents of an actor are not that actor",
        "Opponents/NOUN.NNS/4/nsubj/opponent of/ADP/3/case @Gondor/PROPN/1/nmod protested/VERB.VBD/0/root/protest",
        &[],
    ),
    (
        "civilians leaving a place withdraw from nothing",
        "*Residents/NOUN.NNS/2/nsubj/resident evacuated/VERB.VBD/0/root/evacuate the/DET/4/det building/NOUN/2/obj",
        &[],
    ),
    (
        "a petition filed with a court is not against the court",
        "@Gondor/PROPN/2/nsubj filed/VERB/0/root/file a/DET/4/det petition/NOUN/2/obj with/ADP/7/case the/DET/7/det @court/NOUN/4/nmod",
        &[("115", &["Gondor"], &[], false, Occurred)],
    ),
    (
        "a warning of a hostile act is a threat, with no one named",
        "$Uruks/PROPN/2/nsubj warned/VERB/0/root/warn that/SCONJ/7/mark ^Uruks:its/PRON/5/nmod:poss fighters/NOUN.NNS/7/nsubj/fighter would/AUX.MD/7/aux respond/VERB.VB/2/ccomp/respond to/ADP/10/case any/DET/10/det attack/NOUN/7/obl",
        &[("138", &["Uruks"], &[], false, Occurred)],
    ),
    (
        "deport people",
        "@Gondor/PROPN/2/nsubj deported/VERB/0/root/deport %migrants/NOUN.NNS/2/obj/migrant",
        &[("174", &["Gondor"], &["migrants"], false, Occurred)],
    ),
    (
        "investigate",
        "@court/NOUN/2/nsubj investigated/VERB/0/root/investigate #Grima/PROPN/2/obj",
        &[("090", &["court"], &["Grima"], false, Occurred)],
    ),
    (
        "apologize to",
        "@Gondor/PROPN/2/nsubj apologized/VERB/0/root/apologize to/ADP/4/case @Rohan/PROPN/2/obl",
        &[("055", &["Gondor"], &["Rohan"], false, Occurred)],
    ),
    (
        "lift sanctions",
        "@Gondor/PROPN/2/nsubj lifted/VERB/0/root/lift sanctions/NOUN.NNS/2/obj/sanction on/ADP/5/case @Rohan/PROPN/2/obl",
        &[("085", &["Gondor"], &["Rohan"], false, Occurred)],
    ),
    (
        "a named agent that is not an actor: no event",
        "violence/NOUN/2/nsubj hit/VERB/0/root/strike @Rohan/PROPN/2/obj",
        &[],
    ),
    (
        "telling an addressee names the target",
        "#Aragorn/PROPN/2/nsubj told/VERB/0/root/tell @Gazette/PROPN/2/obj",
        &[("010", &["Aragorn"], &["Gazette"], false, Occurred)],
    ),
    (
        "statement about an actor, reporting no event: the actor is the target",
        "#Sam/PROPN/2/nsubj said/VERB/0/root/say ^Sam:#he/PRON/5/nsubj:pass was/AUX/5/aux:pass surprised/VERB.VBN/2/ccomp/surprise by/ADP/7/case advances/NOUN.NNS/5/obl:agent/advance by/ADP/9/case $Orcs/PROPN/7/nmod",
        &[("010", &["Sam"], &["Orcs"], false, Occurred)],
    ),
    (
        "statement mentioning things an actor's name qualifies (Orc aircraft): no target",
        "#Sam/PROPN/2/nsubj said/VERB/0/root/say ^Sam:#it/PRON/5/nsubj had/AUX/5/aux counted/VERB.VBN/2/ccomp/count 71/NUM/8/nummod $Orc/PROPN/8/amod aircraft/NOUN/5/obj",
        &[("010", &["Sam"], &[], false, Occurred)],
    ),
    (
        "a pattern's object may be a compound of the object",
        "@Gondor/PROPN/2/nsubj suspended/VERB/0/root/suspend aid/NOUN/4/compound deliveries/NOUN.NNS/2/obj/delivery to/ADP/6/case @Rohan/PROPN/4/nmod",
        &[("162", &["Gondor"], &["Rohan"], false, Occurred)],
    ),
    (
        "saying another actor must act is a demand on it",
        "@Gondor/PROPN/2/nsubj said/VERB/0/root/say @Mordor/PROPN/5/nsubj must/AUX/5/aux withdraw/VERB.VB/2/ccomp/withdraw its/PRON/7/nmod:poss troops/NOUN.NNS/5/obj/troop",
        &[("106", &["Gondor"], &["Mordor"], false, Occurred)],
    ),
    (
        "statement about an actor named only by a role noun: no target",
        "#Sam/PROPN/2/nsubj said/VERB/0/root/say @Gondor/PROPN/6/nsubj had/AUX/6/aux not/PART/6/advmod moved/VERB/2/ccomp/move ^Rohan:$fighters/NOUN.NNS/6/obj/fighter",
        &[("010", &["Sam"], &[], false, Occurred)],
    ),
    (
        "statement reporting an event: the event is claimed, the statement has no target",
        "#Sam/PROPN/2/nsubj said/VERB/0/root/say $Orcs/PROPN/4/nsubj attacked/VERB/2/ccomp/attack @Gondor/PROPN/4/obj",
        &[
            ("010", &["Sam"], &[], false, Occurred),
            ("190", &["Orcs"], &["Gondor"], false, Claimed),
        ],
    ),
    (
        "statement about a share of a country: no target",
        "$Orcs/PROPN/2/nsubj said/VERB/0/root/say ^Orcs:$they/PRON/4/nsubj own/VERB/2/ccomp half/NOUN/4/obj of/ADP/7/case @Gondor/PROPN/5/nmod",
        &[("010", &["Orcs"], &[], false, Occurred)],
    ),
    (
        "the object's preposition names the target",
        "@Gondor/PROPN/2/nsubj imposed/VERB/0/root/impose sanctions/NOUN.NNS/2/obj/sanction on/ADP/5/case @Rohan/PROPN/3/nmod",
        &[("163", &["Gondor"], &["Rohan"], false, Occurred)],
    ),
    (
        "threat with a condition: the actor of the condition is threatened",
        "@Gondor/PROPN/2/nsubj threatened/VERB/0/root/threaten to/PART.TO/4/mark cut/VERB.VB/2/xcomp ties/NOUN.NNS/4/obj/tie unless/SCONJ/8/mark @Rohan/PROPN/8/nsubj complied/VERB/2/advcl/comply",
        &[("1313", &["Gondor"], &["Rohan"], false, Occurred)],
    ),
    (
        "threat to act on an actor named in the complement",
        "@Gondor/PROPN/2/nsubj threatened/VERB/0/root/threaten to/PART.TO/4/mark deliver/VERB.VB/2/xcomp blows/NOUN.NNS/4/obj/blow to/ADP/7/case @Rohan/PROPN/4/obl",
        &[("130", &["Gondor"], &["Rohan"], false, Occurred)],
    ),
    (
        "demand that an actor act: the actor is asked, even for an uncoded act",
        "@Gondor/PROPN/2/nsubj demanded/VERB/0/root/demand that/SCONJ/5/mark @Rohan/PROPN/5/nsubj abandon/VERB.VB/2/ccomp its/PRON/7/nmod:poss policy/NOUN/5/obj",
        &[("100", &["Gondor"], &["Rohan"], false, Occurred)],
    ),
    (
        "two different verbs of one root are two events",
        "$Orcs/PROPN/2/nsubj seized/VERB/0/root/seize the/DET/4/det town/NOUN/2/obj and/CCONJ/6/cc hold/VERB/2/conj/hold the/DET/8/det city/NOUN/6/obj",
        &[
            ("192", &["Orcs"], &[], false, Occurred),
            ("192", &["Orcs"], &[], false, Occurred),
        ],
    ),
    (
        "an official protest is a complaint",
        "@Gondor/PROPN/2/nsubj lodged/VERB/0/root/lodge an/DET/5/det official/ADJ/5/amod protest/NOUN/2/obj with/ADP/7/case @Rohan/PROPN/5/nmod",
        &[("114", &["Gondor"], &["Rohan"], false, Occurred)],
    ),
    (
        "open fire on",
        "@Gondor/PROPN/2/nsubj opened/VERB/0/root/open fire/NOUN/2/obj on/ADP/5/case $Orcs/PROPN/2/obl",
        &[("193", &["Gondor"], &["Orcs"], false, Occurred)],
    ),
    (
        "share intelligence with",
        "@Gondor/PROPN/2/nsubj shared/VERB/0/root/share intelligence/NOUN/2/obj with/ADP/5/case @Rohan/PROPN/2/obl",
        &[("064", &["Gondor"], &["Rohan"], false, Occurred)],
    ),
    (
        "suspension of links, announced",
        "@Gondor/PROPN/2/nsubj announced/VERB/0/root/announce a/DET/4/det suspension/NOUN/2/obj of/ADP/6/case links/NOUN.NNS/4/nmod/link with/ADP/8/case @Rohan/PROPN/4/nmod",
        &[("161", &["Gondor"], &["Rohan"], false, Occurred)],
    ),
    (
        "a bare agreement accepts the last offer by another actor",
        "@Rohan/PROPN/2/nsubj proposed/VERB/0/root/propose talks/NOUN.NNS/2/obj/talk ,/PUNCT/6/punct and/CCONJ/6/cc @Gondor/PROPN/7/nsubj agreed/VERB/2/conj/agree",
        &[
            ("036", &["Rohan"], &[], false, Occurred),
            ("036", &["Gondor"], &["Rohan"], false, Occurred),
        ],
    ),
    (
        "a refusal answers whoever asked",
        "#Sam/PROPN/2/nsubj invited/VERB/0/root/invite #Saruman/PROPN/2/obj ,/PUNCT/6/punct but/CCONJ/6/cc ^Saruman:#he/PRON/7/nsubj declined/VERB/2/conj/decline",
        &[
            ("026", &["Sam"], &["Saruman"], false, Occurred),
            ("120", &["Saruman"], &["Sam"], false, Occurred),
        ],
    ),
    (
        "an agentless passive with also: by the last actor of its root",
        "@Gondor/PROPN/2/nsubj sanctioned/VERB/0/root/sanction #Grima/PROPN/2/obj ;/PUNCT/8/punct #Sam/PROPN/8/nsubj:pass was/AUX/8/aux:pass also/ADV/8/advmod sanctioned/VERB.VBN/2/parataxis/sanction",
        &[
            ("163", &["Gondor"], &["Grima"], false, Occurred),
            ("163", &["Gondor"], &["Sam"], false, Occurred),
        ],
    ),
    (
        "the talks before any are told: the article's two sides",
        "@Rohan/PROPN/4/nsubj and/CCONJ/3/cc @Gondor/PROPN/1/conj agreed/VERB/0/root/agree to/ADP/6/case truce/NOUN/4/obl ;/PUNCT/10/punct the/DET/9/det talks/NOUN.NNS/10/nsubj/talk ended/VERB/4/parataxis/end",
        &[
            ("0871", &["Gondor", "Rohan"], &["Gondor", "Rohan"], false, Occurred),
            ("046", &["Gondor", "Rohan"], &["Gondor", "Rohan"], false, Occurred),
        ],
    ),
    (
        "float the idea of an exchange",
        "@Gondor/PROPN/2/nsubj floated/VERB/0/root/float the/DET/4/det idea/NOUN/2/obj of/ADP/7/case prisoner/NOUN/7/compound exchange/NOUN/4/nmod",
        &[("0353", &["Gondor"], &[], false, Occurred)],
    ),
    (
        "an adjective of intent governing a coded action: intent",
        "@Gondor/PROPN/3/nsubj is/AUX/3/cop willing/ADJ/0/root to/PART.TO/5/mark withdraw/VERB.VB/3/xcomp from/ADP/7/case @Rohan/PROPN/5/obl",
        &[("0356", &["Gondor"], &["Rohan"], false, Occurred)],
    ),
    (
        "mobilising one's own forces against an actor",
        "@Gondor/PROPN/2/nsubj mobilized/VERB/0/root/mobilize reservists/NOUN.NNS/2/obj/reservist for/ADP/5/case war/NOUN/2/obl against/ADP/7/case @Rohan/PROPN/5/nmod",
        &[("154", &["Gondor"], &["Rohan"], false, Occurred)],
    ),
    (
        "demanding an act by an actor: the actor is asked",
        "@Gondor/PROPN/2/nsubj demanded/VERB/0/root/demand an/DET/4/det admission/NOUN/2/obj by/ADP/6/case @Rohan/PROPN/4/nmod",
        &[("100", &["Gondor"], &["Rohan"], false, Occurred)],
    ),
    (
        "accepting demands from an actor: yielding",
        "@Gondor/PROPN/2/nsubj accepted/VERB/0/root/accept demands/NOUN.NNS/2/obj/demand from/ADP/5/case $Orcs/PROPN/3/nmod",
        &[("080", &["Gondor"], &["Orcs"], false, Occurred)],
    ),
    (
        "lifting a blockade on an actor",
        "@Gondor/PROPN/2/nsubj lifted/VERB/0/root/lift the/DET/4/det blockade/NOUN/2/obj on/ADP/6/case @Rohan/PROPN/4/nmod",
        &[("0872", &["Gondor"], &["Rohan"], false, Occurred)],
    ),
    (
        "aid continued to an actor named on the verb",
        "#Sam/PROPN/2/nsubj promised/VERB/0/root/promise to/PART.TO/4/mark continue/VERB.VB/2/xcomp aid/NOUN/4/obj to/ADP/7/case @Rohan/PROPN/4/obl",
        &[("033", &["Sam"], &["Rohan"], false, Occurred)],
    ),
    (
        "a site named after a state is where, not whom",
        "@Gondor/PROPN/2/nsubj provided/VERB/0/root/provide security/NOUN/2/obj at/ADP/7/case the/DET/7/det @Rohan/PROPN/7/compound !Embassy/PROPN/2/obl",
        &[("074", &["Gondor"], &[], false, Occurred)],
    ),
    (
        "lift a state of emergency",
        "@Gondor/PROPN/2/nsubj lifted/VERB/0/root/lift a/DET/4/det state/NOUN/2/obj of/ADP/6/case emergency/NOUN/4/nmod",
        &[("0814", &["Gondor"], &[], false, Occurred)],
    ),
    (
        "the subject's own possessive names no target",
        "#Sam/PROPN/3/nsubj has/AUX.VBZ/3/aux/have reneged/VERB.VBN/0/root/renege on/ADP/6/case ^Sam:#his/PRON.PRP$/6/nmod:poss commitment/NOUN/3/obl",
        &[("120", &["Sam"], &[], false, Occurred)],
    ),
    (
        "a vowed hostile act is the act, planned",
        "$Orcs/PROPN/2/nsubj vowed/VERB/0/root/vow to/PART.TO/4/mark attack/VERB.VB/2/xcomp @Rohan/PROPN/4/obj",
        &[("190", &["Orcs"], &["Rohan"], false, Planned)],
    ),
    (
        "a vowed act under a light verb is the act, planned",
        "$Orcs/PROPN/2/nsubj vowed/VERB/0/root/vow to/PART.TO/4/mark launch/VERB.VB/2/xcomp an/DET/6/det offensive/NOUN/4/obj against/ADP/8/case @Rohan/PROPN/6/nmod",
        &[("190", &["Orcs"], &["Rohan"], false, Planned)],
    ),
    (
        "preparing to resume shelling is a show of force",
        "$Orcs/PROPN/2/nsubj prepared/VERB/0/root/prepare to/PART.TO/4/mark resume/VERB.VB/2/xcomp shelling/VERB.VBG/7/amod/shell @Rohan/ADJ/7/amod positions/NOUN/4/obj/position",
        &[("150", &["Orcs"], &["Rohan"], false, Occurred)],
    ),
    (
        "an act one did not manage is negated",
        "@Gondor/PROPN/6/nsubj and/CCONJ/3/cc @Rohan/PROPN/1/conj did/AUX.VBD/6/aux/do not/PART.RB/6/advmod manage/VERB.VB/0/root to/PART.TO/8/mark reach/VERB.VB/6/xcomp a/DET/10/det deal/NOUN/8/obj",
        &[("030", &["Gondor", "Rohan"], &["Gondor", "Rohan"], true, Occurred)],
    ),
    (
        "expel inspectors",
        "@Gondor/PROPN/2/nsubj expelled/VERB/0/root/expel inspectors/NOUN.NNS/2/obj/inspector of/ADP/5/case @Rohan/PROPN/3/nmod",
        &[("1662", &["Gondor"], &["Rohan"], false, Occurred)],
    ),
    (
        "a mediation effort",
        "#Aragorn/PROPN/2/nsubj launched/VERB/0/root/launch a/DET/5/det mediation/NOUN/5/compound effort/NOUN/2/obj",
        &[("045", &["Aragorn"], &[], false, Occurred)],
    ),
    (
        "an own act announced as not to be done is a refusal, beside the statement",
        "@Gondor/PROPN/2/nsubj said/VERB/0/root/say ^Gondor:@it/PRON/6/nsubj would/AUX/6/aux not/PART/6/advmod provide/VERB.VB/2/ccomp aid/NOUN/6/obj to/ADP/9/case @Rohan/PROPN/6/obl",
        &[
            ("010", &["Gondor"], &[], false, Occurred),
            ("122", &["Gondor"], &["Rohan"], false, Occurred),
        ],
    ),
    (
        "a document speaks for whoever issues it",
        "@Gondor/PROPN/2/nsubj issued/VERB/0/root/issue a/DET/4/det statement/NOUN/2/obj condemning/VERB.VBG/4/acl/condemn @Rohan/PROPN/5/obj",
        &[("111", &["Gondor"], &["Rohan"], false, Occurred)],
    ),
    (
        "allow: yield",
        "@Gondor/PROPN/2/nsubj allowed/VERB/0/root/allow #Sam/PROPN/2/obj to/PART.TO/5/mark leave/VERB.VB/2/xcomp",
        &[("080", &["Gondor"], &["Sam"], false, Occurred)],
    ),
    (
        "allow aid, the object read as indirect",
        "@Gondor/PROPN/2/nsubj allowed/VERB/0/root/allow the/DET/4/det delivery/NOUN/2/iobj of/ADP/6/case aid/NOUN/4/nmod to/ADP/8/case @Rohan/PROPN/2/obl",
        &[("0863", &["Gondor"], &["Rohan"], false, Occurred)],
    ),
    (
        "a conjunct subject the parser read as passive on an active verb",
        "the/DET/2/det @government/NOUN/6/nsubj:pass and/CCONJ/6/cc $Orcs/PROPN/6/nsubj have/AUX/6/aux agreed/VERB.VBN/0/root/agree to/PART.TO/8/mark talk/VERB.VB/6/xcomp",
        &[("036", &["government", "Orcs"], &["Orcs", "government"], false, Occurred)],
    ),
    (
        "a duration passes its event through",
        "@Gondor/PROPN/4/nsubj and/CCONJ/3/cc @Rohan/PROPN/1/conj held/VERB/0/root/hold three/NUM/6/nummod days/NOUN.NNS/4/obj/day of/ADP/8/case talks/NOUN.NNS/6/nmod/talk",
        &[("046", &["Gondor", "Rohan"], &["Gondor", "Rohan"], false, Occurred)],
    ),
    (
        "a hearing into a matter is an investigation",
        "@court/NOUN/2/nsubj opened/VERB/0/root/open a/DET/4/det hearing/NOUN/2/obj into/ADP/6/case abuses/NOUN.NNS/4/nmod/abuse",
        &[("090", &["court"], &[], false, Occurred)],
    ),
    (
        "a traveller holds the talks travelled for",
        "#Aragorn/PROPN/2/nsubj flew/VERB/0/root/fly to/ADP/4/case !Edoras/PROPN/2/obl for/ADP/6/case talks/NOUN.NNS/2/obl/talk with/ADP/8/case #Theoden/PROPN/6/nmod",
        &[("046", &["Aragorn", "Theoden"], &["Aragorn", "Theoden"], false, Occurred)],
    ),
    (
        "a quantity noun passes its object through",
        "@Gondor/PROPN/2/nsubj provided/VERB/0/root/provide tons/NOUN.NNS/2/obj/ton of/ADP/5/case aid/NOUN/3/nmod to/ADP/7/case @Rohan/PROPN/2/obl",
        &[("070", &["Gondor"], &["Rohan"], false, Occurred)],
    ),
    (
        "an object coordinated with the one a pattern names",
        "@Gondor/PROPN/2/nsubj provided/VERB/0/root/provide photographs/NOUN.NNS/2/obj/photograph and/CCONJ/5/cc intelligence/NOUN/3/conj to/ADP/7/case @Rohan/PROPN/2/obl",
        &[("064", &["Gondor"], &["Rohan"], false, Occurred)],
    ),
    (
        "a participle of intent read as passive is its subject's intent",
        "@Gondor/PROPN/3/nsubj:pass is/AUX/3/aux:pass/be committed/VERB.VBN/0/root/commit to/SCONJ/5/mark withdrawing/VERB.VBG/3/advcl/withdraw from/ADP/7/case @Rohan/PROPN/5/obl",
        &[("0356", &["Gondor"], &["Rohan"], false, Occurred)],
    ),
    (
        "a referring pronoun parsed as expletive is the subject",
        "@Gondor/PROPN/2/nsubj says/VERB.VBZ/0/root/say ^Gondor:@it/PRON/5/expl is/AUX/5/cop willing/ADJ/2/ccomp to/PART.TO/7/mark withdraw/VERB.VB/5/xcomp from/ADP/9/case @Rohan/PROPN/7/obl",
        &[
            ("010", &["Gondor"], &[], false, Occurred),
            ("0356", &["Gondor"], &["Rohan"], false, Claimed),
        ],
    ),
    (
        "a cooperative act its own side will not do is a refusal",
        "@Gondor/PROPN/4/nsubj will/AUX/4/aux not/PART/4/advmod repeal/VERB.VB/0/root the/DET/6/det tax/NOUN/4/obj",
        &[("124", &["Gondor"], &[], false, Occurred)],
    ),
    (
        "will not agree to talks: refusing to negotiate",
        "@Gondor/PROPN/4/nsubj will/AUX/4/aux not/PART/4/advmod agree/VERB.VB/0/root to/ADP/6/case talks/NOUN.NNS/4/obl/talk with/ADP/8/case $Orcs/PROPN/6/nmod",
        &[("125", &["Gondor"], &["Orcs"], false, Occurred)],
    ),
    (
        "speaker says it would not yield: the statement, and a refusal (not a negated intent)",
        "#Aragorn/PROPN/2/nsubj said/VERB/0/root/say ^Aragorn:#he/PRON/6/nsubj would/AUX/6/aux not/PART/6/advmod withdraw/VERB.VB/2/ccomp the/DET/9/det finance/NOUN/9/compound bill/NOUN/6/obj",
        &[
            ("010", &["Aragorn"], &[], false, Occurred),
            ("124", &["Aragorn"], &[], false, Occurred),
        ],
    ),
    (
        "speaker says another actor would not yield: statement, and that actor's refusal",
        "#Aragorn/PROPN/2/nsubj said/VERB/0/root/say @Gondor/PROPN/6/nsubj would/AUX/6/aux not/PART/6/advmod release/VERB.VB/2/ccomp the/DET/8/det prisoners/NOUN.NNS/6/obj/prisoner",
        &[
            ("010", &["Aragorn"], &[], false, Occurred),
            ("1243", &["Gondor"], &[], false, Occurred),
        ],
    ),
    (
        "said it would do a cooperative act: statement, and the act planned",
        "@Gondor/PROPN/2/nsubj said/VERB/0/root/say ^Gondor:@it/PRON/5/nsubj would/AUX/5/aux send/VERB.VB/2/ccomp reinforcements/NOUN.NNS/5/obj/reinforcement to/ADP/8/case @Rohan/PROPN/5/obl",
        &[
            ("010", &["Gondor"], &[], false, Occurred),
            ("074", &["Gondor"], &["Rohan"], false, Planned),
        ],
    ),
    (
        "troops sent are the sender's own; the target is whom they go to",
        "@Gondor/PROPN/2/nsubj sent/VERB/0/root/send *soldiers/NOUN.NNS/2/obj/soldier to/ADP/5/case @Rohan/PROPN/2/obl",
        &[("074", &["Gondor"], &["Rohan"], false, Occurred)],
    ),
    (
        "troops sent across a border: an incursion",
        "@Mordor/PROPN/2/nsubj sent/VERB/0/root/send troops/NOUN.NNS/2/obj/troop across/ADP/6/case the/DET/6/det border/NOUN/2/obl",
        &[("190", &["Mordor"], &[], false, Occurred)],
    ),
    (
        "challenge in court: a lawsuit",
        "$Orcs/PROPN/2/nsubj challenged/VERB/0/root/challenge @Gondor/PROPN/2/obj in/ADP/5/case court/NOUN/2/obl",
        &[("115", &["Orcs"], &["Gondor"], false, Occurred)],
    ),
    (
        "take to court: a lawsuit",
        "$Orcs/PROPN/2/nsubj took/VERB/0/root/take @Gondor/PROPN/2/obj to/ADP/5/case court/NOUN/2/obl",
        &[("115", &["Orcs"], &["Gondor"], false, Occurred)],
    ),
    (
        "file a lawsuit against",
        "$Orcs/PROPN/2/nsubj filed/VERB/0/root/file a/DET/4/det lawsuit/NOUN/2/obj against/ADP/6/case @Gondor/PROPN/4/nmod",
        &[("115", &["Orcs"], &["Gondor"], false, Occurred)],
    ),
    (
        "rejecting an actor's proposal acts on that actor",
        "@Rohan/PROPN/2/nsubj rejected/VERB/0/root/reject @Gondor/PROPN/5/nmod:poss 's/PART/3/case proposal/NOUN/2/obj",
        &[("127", &["Rohan"], &["Gondor"], false, Occurred)],
    ),
    (
        "calls by an actor rejected: that actor is the target",
        "@Rohan/PROPN/2/nsubj rejected/VERB/0/root/reject calls/NOUN.NNS/2/obj/call by/ADP/5/case @Gondor/PROPN/3/nmod",
        &[("123", &["Rohan"], &["Gondor"], false, Occurred)],
    ),
    (
        "willing to withdraw its troops from X: X is the target",
        "@Gondor/PROPN/3/nsubj is/AUX.VBZ/3/cop willing/ADJ/0/root to/PART.TO/5/mark withdraw/VERB.VB/3/xcomp ^Gondor:@its/PRON.PRP$/7/nmod:poss troops/NOUN.NNS/5/obj/troop from/ADP/9/case @Rohan/PROPN/5/obl",
        &[("0356", &["Gondor"], &["Rohan"], false, Occurred)],
    ),
    (
        "threat whose condition hangs on a deeper verb of the chain",
        "@Rohan/PROPN/2/nsubj threatened/VERB/0/root/threaten to/PART.TO/4/mark stop/VERB.VB/2/xcomp talks/NOUN.NNS/4/obj/talk to/PART.TO/7/mark reduce/VERB.VB/4/xcomp arms/NOUN.NNS/7/obj/arm if/SCONJ/11/mark @Gondor/PROPN/11/nsubj attacks/VERB.VBZ/7/advcl/attack",
        &[
            ("134", &["Rohan"], &["Gondor"], false, Occurred),
            ("190", &["Gondor"], &[], false, Hypothetical),
        ],
    ),
    (
        "a word the parser took for a passive auxiliary is not one",
        "@Rohan/PROPN/4/nsubj has/AUX.VBZ/4/aux outright/ADV/4/aux:pass rejected/VERB.VBN/0/root/reject the/DET/6/det proposal/NOUN/4/obj",
        &[("127", &["Rohan"], &[], false, Occurred)],
    ),
    (
        "agreeing on a view, not to an act: diplomatic cooperation",
        "@Rohan/PROPN/4/nsubj and/CCONJ/3/cc @Gondor/PROPN/1/conj agree/VERB.VBP/0/root that/SCONJ/9/mark disputes/NOUN.NNS/9/nsubj:pass/dispute should/AUX/9/aux be/AUX.VB/9/aux:pass settled/VERB.VBN/4/ccomp/settle",
        &[("050", &["Gondor", "Rohan"], &["Gondor", "Rohan"], false, Occurred)],
    ),
    (
        "presenting evidence against an actor accuses it",
        "@Rohan/PROPN/2/nsubj presented/VERB/0/root/present evidence/NOUN/2/obj against/ADP/5/case @Gondor/PROPN/3/nmod",
        &[("112", &["Rohan"], &["Gondor"], false, Occurred)],
    ),
    (
        "launching missiles at an actor: aerial weapons",
        "$Orcs/PROPN/2/nsubj launched/VERB/0/root/launch missiles/NOUN.NNS/2/obj/missile at/ADP/5/case @Gondor/PROPN/2/obl",
        &[("195", &["Orcs"], &["Gondor"], false, Occurred)],
    ),
    (
        "a phrase the parser hung on the light verb belongs to its event noun",
        "*protesters/NOUN/2/nsubj/protester chanted/VERB/0/root/chant calls/NOUN.NNS/2/obj/call for/ADP/6/case ^Arwen:#her/PRON.PRP$/6/nmod:poss resignation/NOUN/2/obl",
        &[("1041", &["protesters"], &["Arwen"], false, Occurred)],
    ),
    (
        "a phrase the parser hung on the object may belong to the verb",
        "$Orcs/PROPN/2/nsubj challenged/VERB/0/root/challenge the/DET/4/det deployment/NOUN/2/obj of/ADP/6/case @Gondor/PROPN/4/nmod in/ADP/10/case the/DET/10/det High/ADJ/10/amod/high Court/PROPN/4/nmod/Court",
        &[("115", &["Orcs"], &["Gondor"], false, Occurred)],
    ),
    (
        "a noun with a pronoun possessor is an actor of its own",
        "#Aragorn/PROPN/2/nsubj said/VERB/0/root/say ^Aragorn:#his/PRON.PRP$/4/nmod:poss @government/NOUN/7/nsubj would/AUX/7/aux not/PART/7/advmod repeal/VERB.VB/2/ccomp the/DET/9/det tax/NOUN/7/obj",
        &[
            ("010", &["Aragorn"], &[], false, Occurred),
            ("124", &["government"], &[], false, Occurred),
        ],
    ),
    (
        "light verb 'pay': a visit paid",
        "@Rohan/PROPN/2/nsubj paid/VERB/0/root/pay a/DET/4/det visit/NOUN/2/obj to/ADP/6/case @Gondor/PROPN/4/nmod",
        &[("042", &["Rohan"], &["Gondor"], false, Occurred)],
    ),
    (
        "light verb 'organise': a protest organised",
        "*Students/NOUN.NNS/2/nsubj/student organised/VERB/0/root/organise a/DET/4/det protest/NOUN/2/obj against/ADP/6/case @Gondor/PROPN/4/nmod",
        &[("141", &["Students"], &["Gondor"], false, Occurred)],
    ),
    (
        "phrasal 'exchange fire' is a symmetric fight",
        "$Orcs/PROPN/2/nsubj exchanged/VERB/0/root/exchange fire/NOUN/2/obj with/ADP/5/case @Rohan/PROPN/2/obl",
        &[("190", &["Orcs", "Rohan"], &["Orcs", "Rohan"], false, Occurred)],
    ),
    (
        "violating a ban defies norms",
        "@Rohan/PROPN/2/nsubj violated/VERB/0/root/violate the/DET/4/det ban/NOUN/2/obj",
        &[("128", &["Rohan"], &[], false, Occurred)],
    ),
    (
        "easing verbs: relaxing a curfew",
        "@Rohan/PROPN/2/nsubj relaxed/VERB/0/root/relax the/DET/4/det curfew/NOUN/2/obj",
        &[("0813", &["Rohan"], &[], false, Occurred)],
    ),
    (
        "phrasal 'step down': leaving office",
        "#Denethor/PROPN/2/nsubj stepped/VERB/0/root/step down/ADP.RP/2/compound:prt",
        &[("0831", &["Denethor"], &[], false, Occurred)],
    ),
    (
        "receiving a visitor hosts a visit",
        "@Rohan/PROPN/2/nsubj received/VERB/0/root/receive a/DET/4/det delegation/NOUN/2/obj from/ADP/6/case @Gondor/PROPN/4/nmod",
        &[("043", &["Rohan"], &["Gondor"], false, Occurred)],
    ),
    (
        "a military exercise under a light verb shows force",
        "@Rohan/PROPN/2/nsubj held/VERB/0/root/hold military/ADJ/4/amod exercises/NOUN.NNS/2/obj/exercise",
        &[("150", &["Rohan"], &[], false, Occurred)],
    ),
    (
        "a receipt: the giver acts on the receiver",
        "@Rohan/PROPN/2/nsubj received/VERB/0/root/receive weapons/NOUN.NNS/2/obj/weapon from/ADP/5/case @Gondor/PROPN/2/obl",
        &[("072", &["Gondor"], &["Rohan"], false, Occurred)],
    ),
    (
        "a receipt with no giver named is not coded",
        "@Rohan/PROPN/2/nsubj received/VERB/0/root/receive weapons/NOUN.NNS/2/obj/weapon",
        &[],
    ),
    (
        "a reading that is no event: releasing a statement",
        "@Rohan/PROPN/2/nsubj released/VERB/0/root/release a/DET/4/det statement/NOUN/2/obj",
        &[],
    ),
    (
        "a reading that is no event: fighting corruption",
        "@Rohan/PROPN/2/nsubj fought/VERB/0/root/fight corruption/NOUN/2/obj",
        &[],
    ),
    (
        "a reading that is no event: a trade war",
        "the/DET/3/det trade/NOUN/3/compound war/NOUN/4/nsubj escalated/VERB/0/root/escalate between/ADP/6/case @Rohan/PROPN/3/nmod and/CCONJ/8/cc @Gondor/PROPN/6/conj",
        &[],
    ),
    (
        "striking a deal is agreeing",
        "@Rohan/PROPN/2/nsubj struck/VERB/0/root/strike a/DET/4/det deal/NOUN/2/obj with/ADP/6/case @Gondor/PROPN/2/obl",
        &[("030", &["Rohan"], &["Gondor"], false, Occurred)],
    ),
    (
        "meeting demands is yielding",
        "@Rohan/PROPN/2/nsubj met/VERB/0/root/meet the/DET/4/det demands/NOUN.NNS/2/obj/demand of/ADP/6/case @Gondor/PROPN/4/nmod",
        &[("080", &["Rohan"], &["Gondor"], false, Occurred)],
    ),
    (
        "an order to act is a demand on whom it is given",
        "@Gondor/PROPN/2/nsubj ordered/VERB/0/root/order #Denethor/PROPN/2/obj to/PART.TO/5/mark release/VERB.VB/2/xcomp/release the/DET/7/det prisoners/NOUN.NNS/5/obj/prisoner",
        &[("1053", &["Gondor"], &["Denethor"], false, Occurred)],
    ),
    (
        "a reading that is no event: ordering goods",
        "@Rohan/PROPN/2/nsubj ordered/VERB/0/root/order jets/NOUN.NNS/2/obj/jet",
        &[],
    ),
    (
        "ordering an arrest is the arrest",
        "@Gondor/PROPN/2/nsubj ordered/VERB/0/root/order the/DET/4/det arrest/NOUN/2/obj of/ADP/6/case #Denethor/PROPN/4/nmod",
        &[("173", &["Gondor"], &["Denethor"], false, Occurred)],
    ),
    (
        "ordering patrols is a show of force",
        "@Gondor/PROPN/2/nsubj ordered/VERB/0/root/order patrols/NOUN.NNS/2/obj/patrol",
        &[("150", &["Gondor"], &[], false, Occurred)],
    ),
    (
        "seeking refuge is a demand for protection",
        "*refugees/NOUN.NNS/2/nsubj/refugee sought/VERB/0/root/seek refuge/NOUN/2/obj in/ADP/5/case @Gondor/PROPN/2/obl",
        &[("1033", &["refugees"], &[], false, Occurred)],
    ),
    (
        "putting under investigation is investigating",
        "#Denethor/PROPN/3/nsubj:pass was/AUX.VBD/3/aux:pass put/VERB.VBN/0/root/put under/ADP/5/case investigation/NOUN/3/obl",
        &[("090", &[], &["Denethor"], false, Occurred)],
    ),
    (
        "hacking into computers is coercion",
        "@Mordor/PROPN/2/nsubj hacked/VERB/0/root/hack into/ADP/5/case the/DET/5/det computers/NOUN.NNS/2/obl/computer of/ADP/7/case @Gondor/PROPN/5/nmod",
        &[("170", &["Mordor"], &["Gondor"], false, Occurred)],
    ),
    (
        "opening an embassy is diplomatic cooperation",
        "@Rohan/PROPN/2/nsubj opened/VERB/0/root/open an/DET/4/det embassy/NOUN/2/obj in/ADP/6/case @Gondor/PROPN/4/nmod",
        &[("050", &["Rohan"], &["Gondor"], false, Occurred)],
    ),
    (
        "steps taken to act are the taker's acts",
        "@Gondor/PROPN/2/nsubj took/VERB/0/root/take steps/NOUN.NNS/2/obj/step to/PART.TO/5/mark lift/VERB.VB/3/acl/lift the/DET/7/det curfew/NOUN/5/obj",
        &[("0813", &["Gondor"], &[], false, Occurred)],
    ),
    (
        "an inquiry is aimed at the doer of what it looks into",
        "$Council/PROPN/2/nsubj opened/VERB/0/root/open an/DET/4/det investigation/NOUN/2/obj into/ADP/6/case crimes/NOUN.NNS/4/nmod/crime committed/VERB.VBN/6/acl/commit by/ADP/9/case $Orcs/PROPN/7/obl:agent",
        &[("090", &["Council"], &["Orcs"], false, Occurred)],
    ),
    (
        "what is kept from happening is the object's, and does not happen",
        "@Gondor/PROPN/2/nsubj barred/VERB/0/root/bar #Denethor/PROPN/2/obj from/SCONJ/5/mark holding/VERB.VBG/2/advcl/hold a/DET/7/det rally/NOUN/5/obj",
        &[("141", &["Denethor"], &[], true, Occurred)],
    ),
    (
        "claiming an attack is claiming responsibility, not a statement",
        "$Mordor/PROPN/2/nsubj claimed/VERB/0/root/claim the/DET/4/det bombing/NOUN/2/obj ./PUNCT/2/punct",
        &[("015", &["Mordor"], &[], false, Occurred)],
    ),
    (
        "expelling foreign troops is expelling a force, not individuals",
        "@Gondor/PROPN/2/nsubj expelled/VERB/0/root/expel *Rohirrim/ADJ/4/amod/rohirrim troops/NOUN/2/obj/troop ./PUNCT/2/punct",
        &[("166", &["Gondor"], &["Rohirrim"], false, Occurred)],
    ),
    (
        "ending an agreement with a state reduces relations",
        "@Gondor/PROPN/2/nsubj ended/VERB/0/root/end a/DET/5/det defence/NOUN/5/compound pact/NOUN/2/obj with/ADP/7/case @Rohan/PROPN/5/nmod ./PUNCT/2/punct",
        &[("160", &["Gondor"], &["Rohan"], false, Occurred)],
    ),
    (
        "a call for restraint is an appeal to de-escalate",
        "@Gondor/PROPN/2/nsubj called/VERB/0/root/call for/ADP/4/case calm/NOUN/2/obl ./PUNCT/2/punct",
        &[("0256", &["Gondor"], &[], false, Occurred)],
    ),
    (
        "suspending protests eases dissent and is no protest",
        "*protesters/NOUN/3/nsubj/protester will/AUX.MD/3/aux suspended/VERB.VB/0/root/suspend their/PRON.PRP$/5/nmod:poss strike/NOUN/3/obj ./PUNCT/3/punct",
        &[("082", &["protesters"], &[], false, Planned)],
    ),
    (
        "setting fire to a building is a riot",
        "*protesters/NOUN/2/nsubj/protester set/VERB/0/root/set fire/NOUN/2/obj to/ADP/6/case a/DET/6/det courthouse/NOUN/2/obl ./PUNCT/2/punct",
        &[("145", &["protesters"], &[], false, Occurred)],
    ),
    (
        "declaring days of mourning is no statement",
        "#Elessar/PROPN/2/nsubj declared/VERB/0/root/declare three/NUM/4/nummod days/NOUN/2/obj/day of/ADP/6/case mourning/NOUN/4/nmod ./PUNCT/2/punct",
        &[],
    ),
    (
        "claiming a sea is a territorial claim, not a statement",
        "@Gondor/PROPN/2/nsubj claims/VERB.VBZ/0/root/claim the/DET/5/det Belegaer/PROPN/5/compound Sea/PROPN/2/obj/sea ./PUNCT/2/punct",
        &[],
    ),
    (
        "a second toll participle joined to the first restates the attack",
        "@Mordor/PROPN/2/nsubj shelled/VERB/0/root/shell the/DET/4/det village/NOUN/2/obj ,/PUNCT/6/punct killing/VERB.VBG/2/advcl/kill two/NUM/8/nummod farmers/NOUN/6/obj/farmer and/CCONJ/10/cc wounding/VERB.VBG/6/conj/wound five/NUM/12/nummod others/NOUN/10/obj/other ./PUNCT/2/punct",
        &[("194", &["Mordor"], &[], false, Occurred)],
    ),
    (
        "a toll participle on riot control restates it",
        "@Gondor/PROPN/2/nsubj fired/VERB/0/root/fire teargas/NOUN/2/obj at/ADP/5/case *protesters/NOUN/2/obl/protester ,/PUNCT/7/punct injuring/VERB.VBG/2/advcl/injure three/NUM/9/nummod people/NOUN/7/obj/person ./PUNCT/2/punct",
        &[("175", &["Gondor"], &["protesters"], false, Occurred)],
    ),
    (
        "an act addressed past the subject's own object",
        "@Gondor/PROPN/2/nsubj offered/VERB/0/root/offer ^Gondor:its/PRON.PRP$/4/nmod:poss condolences/NOUN/2/obj/condolence to/ADP/7/case the/DET/7/det people/NOUN/2/obl of/ADP/9/case @Rohan/PROPN/7/nmod ./PUNCT/2/punct",
        &[("018", &["Gondor"], &["Rohan"], false, Occurred)],
    ),
    (
        "a denied charge answers its accuser",
        "@Gondor/PROPN/2/nsubj accused/VERB/0/root/accuse @Rohan/PROPN/2/obj of/SCONJ/5/mark backing/VERB.VBG/2/advcl/back terrorist/NOUN/7/compound groups/NOUN/5/obj/group ,/PUNCT/10/punct a/DET/10/det charge/NOUN/2/appos @Rohan/PROPN/14/nsubj has/AUX.VBZ/14/aux repeatedly/ADV/14/advmod denied/VERB.VBN/10/acl:relcl/deny ./PUNCT/2/punct",
        &[
            ("112", &["Gondor"], &["Rohan"], false, Occurred),
            ("016", &["Rohan"], &["Gondor"], false, Occurred),
        ],
    ),
    (
        "a meeting with one's own ministers has no other side",
        "#Aragorn/PROPN/2/nsubj met/VERB/0/root/meet ^Aragorn:his/PRON.PRP$/5/nmod:poss *security/NOUN/5/compound *ministers/NOUN.NNS/2/obj/minister on/ADP/7/case ~Tuesday/PROPN/2/obl ./PUNCT/2/punct",
        &[("040", &["Aragorn"], &[], false, Occurred)],
    ),
];

#[test]
fn the_parties_are_the_current_dyad() {
    let (d, ev) = code(
        "@Rohan/PROPN/2/nsubj met/VERB/0/root/meet @Gondor/PROPN/2/obj ./PUNCT/2/punct #Sam/PROPN/6/nsubj urged/VERB/2/parataxis/urge the/DET/8/det parties/NOUN.NNS/6/obj/party",
        None,
    );
    let appeal = first_coded(&ev, "02", "appeal coded");
    assert_eq!(
        names(&d, &appeal.target),
        vec!["Gondor".to_string(), "Rohan".to_string()]
    );
}

#[test]
fn a_country_named_as_a_place_stands_for_its_state() {
    let lex = Lexicon::embedded().unwrap();
    let mut d = doc(
        "@Gondor/PROPN/2/nsubj imposed/VERB/0/root/impose sanctions/NOUN.NNS/2/obj/sanction on/ADP/5/case officials/NOUN.NNS/3/nmod/official in/ADP/7/case !Rohan/PROPN/5/nmod ./PUNCT/2/punct @Rohan/PROPN/2/parataxis",
        None,
    );
    d.places[0].kind = PlaceKind::Country;
    d.places[0].country = Some("RHN".into());
    d.entities[1].country = Some("RHN".into());
    let ev = Coder::new(&lex, &d).code();
    let s = ev
        .iter()
        .find(|e| e.cameo == "163")
        .expect("sanctions coded");
    assert_eq!(names(&d, &s.target), vec!["Rohan".to_string()]);
}

#[test]
fn an_announced_action_is_referred_back_to() {
    let (d, ev) = code(
        "@Gondor/PROPN/2/nsubj announced/VERB/0/root/announce ^Gondor:@it/PRON/5/nsubj would/AUX/5/aux withdraw/VERB.VB/2/ccomp from/ADP/7/case @Rohan/PROPN/5/obl ./PUNCT/2/punct the/DET/10/det pullout/NOUN/11/nsubj began/VERB/2/parataxis/begin",
        None,
    );
    let pullout = first_coded(&ev, "08", "pullout coded");
    assert_eq!(names(&d, &pullout.source), vec!["Gondor".to_string()]);
}

#[test]
fn an_addressless_demand_answers_the_other_side_of_the_attack() {
    // "Mordor attacked Rohan. Rohan demanded compensation."
    let (d, ev) = code(
        "@Mordor/PROPN/2/nsubj attacked/VERB/0/root/attack @Rohan/PROPN/2/obj ./PUNCT/2/punct @Rohan/PROPN/6/nsubj demanded/VERB/2/parataxis/demand compensation/NOUN/6/obj",
        None,
    );
    let demand = first_coded(&ev, "10", "demand coded");
    assert_eq!(names(&d, &demand.target), vec!["Mordor".to_string()]);
}

#[test]
fn both_sides_are_the_two_parties_of_the_last_hostile_act() {
    // "Mordor attacked Rohan. Sam urged both sides ..." and "Mordor seized
    // Rohan's ships. A trade body urged both governments ...", with no joint
    // act told: the sides are the attacker and the attacked.
    for parse in [
        "@Mordor/PROPN/2/nsubj attacked/VERB/0/root/attack @Rohan/PROPN/2/obj ./PUNCT/2/punct #Sam/PROPN/6/nsubj urged/VERB/2/parataxis/urge both/DET/8/det sides/NOUN.NNS/6/obj/side",
        "@Mordor/PROPN/2/nsubj seized/VERB/0/root/seize @Rohan/PROPN/2/obj ./PUNCT/2/punct @Guild/PROPN/6/nsubj urged/VERB/2/parataxis/urge both/DET/8/det governments/NOUN.NNS/6/obj/government",
    ] {
        let (d, ev) = code(parse, None);
        let appeal = first_coded(&ev, "02", "appeal coded");
        assert_eq!(
            names(&d, &appeal.target),
            vec!["Mordor".to_string(), "Rohan".to_string()],
            "{parse}"
        );
    }
}

#[test]
fn dyad_continues_to_the_other_party() {
    let (d, ev) = code(
        "@Rohan/PROPN/2/nsubj met/VERB/0/root/meet @Gondor/PROPN/2/obj ,/PUNCT/7/punct then/ADV/7/advmod @Gondor/PROPN/7/nsubj proposed/VERB/2/parataxis/propose talks/NOUN.NNS/7/obj/talk",
        None,
    );
    let proposal = ev
        .iter()
        .find(|e| e.cameo == "036")
        .expect("proposal coded");
    assert_eq!(names(&d, &proposal.target), vec!["Rohan".to_string()]);
}

#[test]
fn territory_taken_belongs_to_the_state_it_lies_in() {
    let lex = Lexicon::embedded().unwrap();
    let mut d = doc(
        "$Orcs/PROPN/2/nsubj captured/VERB/0/root/capture a/DET/4/det district/NOUN/2/obj in/ADP/6/case !Anorien/PROPN/4/nmod ,/PUNCT/8/punct @Gondor/PROPN/2/parataxis",
        None,
    );
    d.places[0].country = Some("GND".into());
    d.entities[1].country = Some("GND".into());
    let ev = Coder::new(&lex, &d).code();
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(names(&d, &ev[0].target), vec!["Gondor".to_string()]);
    assert_eq!(
        ev[0]
            .place
            .and_then(|p| d.place(p))
            .map(|p| p.name.as_str()),
        Some("Anorien")
    );
}

#[test]
fn the_two_sides_and_the_invasion_refer_back() {
    let lex = Lexicon::embedded().unwrap();
    // Two sentences: a symmetric meeting, then fighting between "the two sides".
    let mut d = doc(
        "@Rohan/PROPN/2/nsubj met/VERB/0/root/meet @Gondor/PROPN/2/obj ./PUNCT/2/punct fighting/NOUN/6/nsubj escalated/VERB/2/parataxis/escalate between/ADP/10/case the/DET/10/det two/NUM/10/nummod sides/NOUN.NNS/6/obl/side",
        None,
    );
    let ev = Coder::new(&lex, &d).code();
    let fight = ev
        .iter()
        .find(|e| e.cameo == "190")
        .expect("fighting coded");
    assert_eq!(
        names(&d, &fight.source),
        vec!["Gondor".to_string(), "Rohan".to_string()]
    );
    // "Mordor invaded Rohan. The invasion removed the king."
    d = doc(
        "@Mordor/PROPN/2/nsubj invaded/VERB/0/root/invade @Rohan/PROPN/2/obj the/DET/5/det invasion/NOUN/6/nsubj removed/VERB/2/parataxis/remove the/DET/8/det #king/NOUN/6/obj",
        None,
    );
    let ev = Coder::new(&lex, &d).code();
    assert_eq!(ev.len(), 2, "{ev:?}");
    assert_eq!(names(&d, &ev[1].source), vec!["Mordor".to_string()]);
    assert_eq!(names(&d, &ev[1].target), vec!["king".to_string()]);
}

#[test]
fn a_dateline_is_where_the_report_was_filed_not_the_event_place() {
    let (d, ev) = code(
        "!Edoras/PROPN/0/root --/PUNCT/1/punct $Orcs/PROPN/4/nsubj attacked/VERB/1/parataxis/attack @Rohan/PROPN/4/obj",
        None,
    );
    assert_eq!(ev.len(), 1);
    assert_eq!(
        ev[0]
            .place
            .and_then(|p| d.place(p))
            .map(|p| p.name.as_str()),
        None
    );
}

#[test]
fn relative_clause_on_a_date_takes_that_date() {
    let (_, ev) = code(
        "talks/NOUN.NNS/2/nsubj/talk stalled/VERB/0/root/stall in/ADP/4/case ~April/PROPN/2/obl when/ADV/7/advmod @Gondor/PROPN/7/nsubj announced/VERB/4/acl:relcl/announce sanctions/NOUN.NNS/7/obj/sanction",
        Some("2021-04"),
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].cameo, "163");
    assert_eq!(
        ev[0].date.map(|d| d.to_string()).as_deref(),
        Some("2021-04")
    );
}

#[test]
fn rule_families() {
    assert!(CASES.len() >= 100, "{} cases", CASES.len());
    let failed: Vec<String> = CASES
        .iter()
        .filter_map(|(name, line, want)| check(name, line, want).err())
        .collect();
    assert!(
        failed.is_empty(),
        "{} of {} failed:\n{}",
        failed.len(),
        CASES.len(),
        failed.join("\n")
    );
}

#[test]
fn date_from_the_clause_else_publication() {
    let (_, ev) = code(
        "@Mordor/PROPN/2/nsubj invaded/VERB/0/root/invade @Rohan/PROPN/2/obj in/ADP/5/case ~October/PROPN/2/obl ~2001/NUM/5/nmod:tmod",
        Some("2001-10"),
    );
    assert_eq!(ev.len(), 1);
    assert_eq!(
        ev[0].date.map(|d| d.to_string()).as_deref(),
        Some("2001-10")
    );
    assert_eq!(ev[0].date_source, newsgraph_core::DateSource::Text);
    let (_, ev) = code(
        "@Mordor/PROPN/2/nsubj invaded/VERB/0/root/invade @Rohan/PROPN/2/obj",
        None,
    );
    assert_eq!(
        ev[0].date.map(|d| d.to_string()).as_deref(),
        Some("2021-07-10")
    );
    assert_eq!(ev[0].date_source, newsgraph_core::DateSource::Published);
}

#[test]
fn reported_event_takes_the_speech_act_date() {
    let (_, ev) = code(
        "#Aragorn/PROPN/2/nsubj said/VERB/0/root/say on/ADP/4/case ~Saturday/PROPN/2/obl $Orcs/PROPN/6/nsubj attacked/VERB/2/ccomp/attack @Rohan/PROPN/6/obj",
        Some("2021-07-10"),
    );
    assert_eq!(ev.len(), 2);
    for e in &ev {
        assert_eq!(e.date.map(|d| d.to_string()).as_deref(), Some("2021-07-10"));
    }
}

#[test]
fn future_date_makes_an_event_planned() {
    let (_, ev) = code(
        "@Gondor/PROPN/2/nsubj withdraws/VERB.VBZ/0/root/withdraw from/ADP/4/case @Rohan/PROPN/2/obl by/ADP/6/case ~August/PROPN/2/obl ~31/NUM/6/nummod",
        Some("2021-08-31"),
    );
    assert_eq!(ev.len(), 1);
    assert_eq!(ev[0].status, Planned);
}

#[test]
fn place_from_the_locative_else_the_target_state() {
    let (d, ev) = code(
        "@Rohan/PROPN/2/nsubj met/VERB/0/root/meet @Gondor/PROPN/2/obj in/ADP/5/case !Minas/PROPN/2/obl !Tirith/PROPN/4/flat",
        None,
    );
    let p = ev[0]
        .place
        .and_then(|p| d.place(p))
        .map(|p| p.name.as_str());
    assert_eq!(p, Some("Minas Tirith"));
    // Speech acts take only their own locative, not the sentence's.
    let (_, ev) = code(
        "#Aragorn/PROPN/2/nsubj said/VERB/0/root/say $Orcs/PROPN/4/nsubj attacked/VERB/2/ccomp/attack in/ADP/6/case !Osgiliath/PROPN/4/obl",
        None,
    );
    assert_eq!(ev[0].place, None);
    assert!(ev[1].place.is_some());
}

#[test]
fn a_place_named_in_apposition_to_a_place_noun_is_the_event_place() {
    // "Orcs rallied in the capital Osgiliath": the name, not the noun.
    let (d, ev) = code(
        "$Orcs/PROPN/2/nsubj rallied/VERB/0/root/rally in/ADP/5/case the/DET/5/det capital/NOUN/2/obl/capital !Osgiliath/PROPN/5/appos",
        None,
    );
    let p = ev[0]
        .place
        .and_then(|p| d.place(p))
        .map(|p| p.name.as_str());
    assert_eq!(p, Some("Osgiliath"));
    // An apposition to a person keeps what it says to itself.
    let (_, ev) = code(
        "@Rohan/PROPN/2/nsubj met/VERB/0/root/meet #Aragorn/PROPN/2/obj ,/PUNCT/6/punct the/DET/6/det envoy/NOUN/3/appos/envoy in/ADP/8/case !Osgiliath/PROPN/6/nmod",
        None,
    );
    assert_eq!(ev[0].place, None);
}

#[test]
fn events_carry_rule_plover_goldstein_and_evidence() {
    let (d, ev) = code(
        "@Gondor/PROPN/2/nsubj imposed/VERB/0/root/impose sanctions/NOUN.NNS/2/obj/sanction on/ADP/5/case @Mordor/PROPN/2/obl",
        None,
    );
    let e = &ev[0];
    assert_eq!(e.rule.file, VERBS_FILE);
    assert!(e.rule.line > 4);
    assert_eq!(e.plover.as_deref(), Some("COERCE"));
    assert_eq!(e.quad_class, 4);
    assert!(e.goldstein < -5.0);
    assert_eq!(d.span_text(e.trigger), "imposed");
    assert_eq!(
        d.span_text(e.evidence),
        "Gondor imposed sanctions on Mordor"
    );
    let (_, ev) = code("#Aragorn/PROPN/2/nsubj said/VERB/0/root/say", None);
    assert_eq!(ev[0].plover, None);
}

/// Every verb row, in a plain sentence built for it, yields its own code
/// (a no-event row, `-`, none).
#[test]
fn every_verb_pattern_fires() {
    let lex = Lexicon::embedded().unwrap();
    let table = Table::parse(
        VERBS_FILE,
        include_str!("../../../../data/events/verbs.tsv"),
    )
    .unwrap();
    let mut failed = Vec::new();
    for row in &table.rows {
        let (lemma, prep, obj, cameo) = (row.get(0), row.opt(1), row.opt(2), row.get(3));
        let object = obj.map(|o| o.split('|').next().unwrap_or(o));
        // Protests (14x) by a private person: a state protests in words.
        let subject = if cameo.starts_with("14") { '%' } else { '@' };
        let mut line = format!("{subject}Alpha/PROPN/2/nsubj {lemma}ed/VERB/0/root/{lemma}");
        match prep {
            // "ordered Beta to leave": a demand's "to" opens a verb.
            Some("to") if row.get(4) == "demand" => {
                line.push_str(" @Beta/PROPN/2/obj to/PART/5/mark leave/VERB.VB/2/xcomp/leave");
            }
            Some(p) if matches!(p, "out" | "down" | "off" | "back" | "up") => {
                line.push_str(&format!(" {p}/ADP.RP/2/compound:prt"));
                match object {
                    Some(o) => line.push_str(&format!(" {o}/NOUN/2/obj")),
                    None => line.push_str(" @Beta/PROPN/2/obj"),
                }
            }
            Some(p) => {
                line.push_str(&format!(" {p}/ADP/4/case"));
                match object {
                    Some(o) => line.push_str(&format!(" {o}/NOUN/2/obl")),
                    None => line.push_str(" @Beta/PROPN/2/obl"),
                }
            }
            None => match object {
                Some(o) => line.push_str(&format!(" {o}/NOUN/2/obj")),
                None => line.push_str(" @Beta/PROPN/2/obj"),
            },
        }
        // A second party, so that symmetric patterns have both sides (and
        // a receipt its giver).
        let n = line.split_whitespace().count();
        let with = if row.get(4) == "receive" {
            "from"
        } else {
            "with"
        };
        line.push_str(&format!(" {with}/ADP/{}/case @Gamma/PROPN/2/obl", n + 2));
        // A row coded only when promised ("will respond") fires as the
        // threat it then is.
        let promised = row.get(5).contains("coded only when promised");
        if promised {
            line.push_str(" will/AUX/2/aux");
        }
        let d = doc(&line, None);
        let ev = Coder::new(&lex, &d).code();
        // A no-event row ("released a report") yields nothing.
        let fired = if promised {
            ev.iter().any(|e| e.cameo.starts_with("13"))
        } else if cameo == "-" {
            ev.is_empty()
        } else {
            ev.iter().any(|e| e.cameo == cameo)
        };
        if !fired {
            failed.push(format!(
                "{VERBS_FILE}:{} {lemma} {prep:?} {object:?} -> {cameo}: got {:?}",
                row.line,
                ev.iter().map(|e| e.cameo.as_str()).collect::<Vec<_>>()
            ));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

/// Every noun row, with an actor modifying it, yields its own code (a
/// no-event row, `-`, none).
#[test]
fn every_noun_pattern_fires() {
    let lex = Lexicon::embedded().unwrap();
    let table = Table::parse(
        NOUNS_FILE,
        include_str!("../../../../data/events/nouns.tsv"),
    )
    .unwrap();
    let mut failed = Vec::new();
    for row in &table.rows {
        let (lemma, prep, obj, cameo) = (row.get(0), row.opt(1), row.opt(2), row.get(3));
        let object = obj.map(|o| o.split('|').next().unwrap_or(o));
        let (mut line, root) = match (prep, object) {
            (Some(p), o) => (
                format!(
                    "@Alpha/PROPN/2/compound {lemma}/NOUN/0/root/{lemma} {p}/ADP/4/case {}/NOUN/2/nmod",
                    o.unwrap_or("thing")
                ),
                2,
            ),
            (None, Some(o)) => (
                format!("@Alpha/PROPN/3/compound {o}/ADJ/3/amod {lemma}/NOUN/0/root/{lemma}"),
                3,
            ),
            (None, None) => (
                format!("@Alpha/PROPN/2/compound {lemma}/NOUN/0/root/{lemma}"),
                2,
            ),
        };
        // A second party, so that symmetric patterns have both sides.
        let n = line.split_whitespace().count();
        line.push_str(&format!(
            " with/ADP/{}/case @Gamma/PROPN/{root}/nmod",
            n + 2
        ));
        let d = doc(&line, None);
        let ev = Coder::new(&lex, &d).code();
        let fired = if cameo == "-" {
            ev.is_empty()
        } else {
            ev.iter().any(|e| e.cameo == cameo)
        };
        if !fired {
            failed.push(format!(
                "{NOUNS_FILE}:{} {lemma} {prep:?} {object:?} -> {cameo}: got {:?}",
                row.line,
                ev.iter().map(|e| e.cameo.as_str()).collect::<Vec<_>>()
            ));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

#[test]
fn an_accused_act_is_not_an_act_of_the_accuser() {
    // "Gondor accused Mordor of arming the orcs."
    let (d, ev) = code(
        "@Gondor/PROPN/2/nsubj accused/VERB/0/root/accuse @Mordor/PROPN/2/obj of/SCONJ/5/mark arming/VERB.VBG/2/advcl/arm the/DET/7/det $orcs/NOUN.NNS/5/obj/orc",
        None,
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].cameo, "112");
    assert_eq!(names(&d, &ev[0].target), vec!["Mordor".to_string()]);
}

#[test]
fn an_envoy_recalled_from_a_capital_acts_on_its_state() {
    let lex = Lexicon::embedded().unwrap();
    // "Gondor recalled its ambassador from Barad-dur."
    let mut d = doc(
        "@Gondor/PROPN/2/nsubj recalled/VERB/0/root/recall its/PRON/4/nmod:poss ambassador/NOUN/2/obj from/ADP/6/case !Baraddur/PROPN/4/nmod ./PUNCT/2/punct @Mordor/PROPN/2/parataxis",
        None,
    );
    d.places[0].country = Some("MDR".into());
    d.entities[1].country = Some("MDR".into());
    let ev = Coder::new(&lex, &d).code();
    let recall = ev.iter().find(|e| e.cameo == "161").expect("recall coded");
    assert_eq!(names(&d, &recall.target), vec!["Mordor".to_string()]);
}

#[test]
fn a_denial_answers_the_last_accuser() {
    // "Gondor accused Mordor. Mordor denied the accusation."
    let (d, ev) = code(
        "@Gondor/PROPN/2/nsubj accused/VERB/0/root/accuse @Mordor/PROPN/2/obj ./PUNCT/2/punct @Mordor/PROPN/6/nsubj denied/VERB/2/parataxis/deny the/DET/8/det accusation/NOUN/6/obj",
        None,
    );
    let denial = ev.iter().find(|e| e.cameo == "016").expect("denial coded");
    assert_eq!(names(&d, &denial.source), vec!["Mordor".to_string()]);
    assert_eq!(names(&d, &denial.target), vec!["Gondor".to_string()]);
}

#[test]
fn a_statement_takes_the_speaker_of_its_quote() {
    // "Gondor and Rohan reached a deal, Aragorn told reporters", misparsed:
    // "told" conjoined to "reached" (inheriting its subjects), Aragorn an
    // apposition of "deal". The quote finder's speaker wins.
    let line = "@Gondor/PROPN/4/nsubj and/CCONJ/3/cc @Rohan/PROPN/1/conj reached/VERB/0/root/reach a/DET/6/det deal/NOUN/4/obj ,/PUNCT/8/punct #Aragorn/PROPN/6/appos told/VERB/4/conj/tell reporters/NOUN/9/iobj ./PUNCT/4/punct";
    let lex = Lexicon::embedded().expect("lexicon");
    let statement = |d: &Doc| {
        let ev = Coder::new(&lex, d).code();
        let said = ev
            .iter()
            .find(|e| e.cameo == "010")
            .expect("statement coded");
        names(d, &said.source)
    };
    let mut d = doc(line, None);
    assert_ne!(
        statement(&d),
        vec!["Aragorn".to_string()],
        "the misparse alone"
    );
    let aragorn = d
        .entities
        .iter()
        .position(|e| e.name == "Aragorn")
        .map(newsgraph_core::EntityId::at)
        .expect("entity");
    let span = |i: usize| d.tokens[i].span;
    let quote = newsgraph_core::Quote {
        speaker: Some(aragorn),
        speaker_name: None,
        text: Span::new(span(0).start as usize, span(5).end as usize),
        direct: false,
        cue: Some(span(8)),
        span: Span::new(span(0).start as usize, span(9).end as usize),
        cameo: Some("010".into()),
    };
    d.quotes.push(quote);
    assert_eq!(statement(&d), vec!["Aragorn".to_string()]);
}

#[test]
fn speaking_to_the_press_has_no_target() {
    // "Medinsky confirmed the exchange to Tass."
    let (d, ev) = code(
        "#Medinsky/PROPN/2/nsubj confirmed/VERB/0/root/confirm the/DET/4/det exchange/NOUN/2/obj to/ADP/6/case &Tass/PROPN/2/obl ./PUNCT/2/punct",
        None,
    );
    let said = ev
        .iter()
        .find(|e| e.cameo == "010")
        .expect("statement coded");
    assert_eq!(names(&d, &said.source), vec!["Medinsky".to_string()]);
    assert!(said.target.is_empty(), "{:?}", names(&d, &said.target));
}

#[test]
fn repelling_the_attack_acts_on_the_attacker() {
    // "Mordor attacked Rohan. Gondor repelled the attack."
    let (d, ev) = code(
        "@Mordor/PROPN/2/nsubj attacked/VERB/0/root/attack @Rohan/PROPN/2/obj ./PUNCT/2/punct @Gondor/PROPN/6/nsubj repelled/VERB/2/parataxis/repel the/DET/8/det attack/NOUN/6/obj",
        None,
    );
    let repel = ev
        .iter()
        .find(|e| names(&d, &e.source) == vec!["Gondor".to_string()])
        .expect("repelling coded");
    assert_eq!(names(&d, &repel.target), vec!["Mordor".to_string()]);
}

#[test]
fn subjects_coordinated_on_the_verb_act_together() {
    // "Gondor and Rohan agreed to extend the truce", with the second
    // subject and `and` hung on the verb.
    let (d, ev) = code(
        "@Gondor/PROPN/4/nsubj and/CCONJ/4/cc @Rohan/PROPN/4/nsubj agreed/VERB/0/root/agree to/PART/6/mark extend/VERB.VB/4/xcomp the/DET/8/det truce/NOUN/6/obj",
        None,
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(
        names(&d, &ev[0].source),
        vec!["Gondor".to_string(), "Rohan".to_string()]
    );
}

#[test]
fn a_further_object_with_its_own_place_is_a_further_event() {
    let (d, ev) = code(
        "$Orcs/PROPN/2/nsubj captured/VERB/0/root/capture a/DET/4/det district/NOUN/2/obj in/ADP/6/case !Anorien/PROPN/2/obl ,/PUNCT/12/punct as/ADV/12/cc well/ADV/8/fixed as/ADP/8/fixed a/DET/12/det district/NOUN/4/conj in/ADP/14/case !Ithilien/PROPN/12/nmod",
        None,
    );
    let mut places: Vec<&str> = ev
        .iter()
        .filter(|e| e.cameo == "192")
        .filter_map(|e| e.place.and_then(|p| d.place(p)))
        .map(|p| p.name.as_str())
        .collect();
    places.sort_unstable();
    assert_eq!(places, vec!["Anorien", "Ithilien"], "{ev:?}");
}

#[test]
fn a_state_and_its_own_forces_are_one_side() {
    let lex = Lexicon::embedded().unwrap();
    let mut d = doc(
        "@Gondor/PROPN/3/nsubj and/CCONJ/3/cc @Guard/PROPN/1/conj withdrew/VERB/0/root/withdraw ;/PUNCT/7/punct @Gondor/PROPN/7/nsubj proposed/VERB/4/parataxis/propose talks/NOUN.NNS/7/obj/talk",
        None,
    );
    for e in &mut d.entities {
        e.country = Some("GND".into());
    }
    d.entities[1].role = Some(Sector::MIL);
    let ev = Coder::new(&lex, &d).code();
    let proposal = ev
        .iter()
        .find(|e| e.cameo == "036")
        .expect("proposal coded");
    assert!(proposal.target.is_empty(), "{ev:?}");
}

/// [`code`] for a fixture of two sentences, the second from token `at`.
fn code_two(line: &str, date: Option<&str>, at: usize) -> (Doc, Vec<Event>) {
    let lex = Lexicon::embedded().expect("lexicon");
    let mut d = doc(line, date);
    split_at(&mut d, at);
    let events = Coder::new(&lex, &d).code();
    (d, events)
}

/// Splits the one-sentence Doc of [`doc`] into two sentences before token `at`.
fn split_at(d: &mut Doc, at: usize) {
    let Some(s) = d.sentences.first().cloned() else {
        return;
    };
    let cut = d.tokens[at].span.start;
    let first = newsgraph_core::Sentence {
        span: Span {
            start: s.span.start,
            end: d.tokens[at - 1].span.end,
        },
        first: s.first,
        end: newsgraph_core::TokenId::at(at),
    };
    let second = newsgraph_core::Sentence {
        span: Span {
            start: cut,
            end: s.span.end,
        },
        first: newsgraph_core::TokenId::at(at),
        end: s.end,
    };
    d.sentences = vec![first, second];
}

fn date_of(e: &Event) -> Option<String> {
    e.date.map(|d| d.to_string())
}

#[test]
fn an_announced_intent_is_dated_by_the_announcement_not_the_deadline() {
    // "in April, when Gondor announced it would withdraw its troops by
    // September": the announcement is April's; September is the pullout's.
    let lex = Lexicon::embedded().unwrap();
    let mut d = doc(
        "in/ADP/2/case ~April/PROPN/6/obl ,/PUNCT/6/punct when/ADV/6/advmod @Gondor/PROPN/6/nsubj announced/VERB/0/root/announce ^Gondor:it/PRON/9/nsubj would/AUX/9/aux withdraw/VERB.VB/6/ccomp/withdraw its/PRON/11/nmod:poss troops/NOUN.NNS/9/obj/troop by/ADP/13/case September/PROPN/9/obl",
        Some("2021-04"),
    );
    d.dates.push(TimeExpr {
        span: d.tokens[12].span,
        value: TimeValue::parse("2021-09"),
        relative: false,
        kind: newsgraph_core::TimeKind::Point,
        end: None,
    });
    let ev = Coder::new(&lex, &d).code();
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].cameo, "0356");
    assert_eq!(date_of(&ev[0]).as_deref(), Some("2021-04"));
    assert_eq!(ev[0].status, EventStatus::Occurred);
}

#[test]
fn a_proposal_is_not_made_where_the_proposed_talks_are() {
    let (_, ev) = code(
        "@Mordor/PROPN/2/nsubj proposed/VERB/0/root/propose to/PART.TO/4/mark hold/VERB.VB/2/xcomp/hold talks/NOUN.NNS/4/obj/talk in/ADP/7/case !Bree/PROPN/4/obl",
        None,
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert!(ev[0].place.is_none(), "{ev:?}");
}

#[test]
fn a_noun_the_parser_made_the_object_of_said_is_the_reported_subject() {
    // "Aragorn has said the withdrawal of troops will conclude on August 31".
    let (_, ev) = code(
        "#Aragorn/PROPN/3/nsubj has/AUX.VBZ/3/aux said/VERB.VBN/0/root/say the/DET/5/det withdrawal/NOUN/3/obj of/ADP/7/case @Gondor/PROPN/5/nmod will/AUX/9/aux conclude/VERB.VB/3/ccomp/conclude on/ADP/11/case ~August/PROPN/9/obl ~31/NUM/11/nummod",
        Some("2021-08-31"),
    );
    let w = ev
        .iter()
        .find(|e| e.cameo.starts_with("087"))
        .unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(date_of(w).as_deref(), Some("2021-08-31"));
    assert_eq!(w.status, EventStatus::Planned);
}

#[test]
fn the_invasion_takes_the_date_of_the_invasion_told_before() {
    // "Mordor invaded Rohan in 2001. The invasion removed the king."
    let (d, ev) = code_two(
        "@Mordor/PROPN/2/nsubj invaded/VERB/0/root/invade @Rohan/PROPN/2/obj in/ADP/5/case ~2001/NUM/2/obl ./PUNCT/2/punct the/DET/8/det invasion/NOUN/9/nsubj removed/VERB/0/root/remove the/DET/11/det #king/NOUN/9/obj",
        Some("2001"),
        6,
    );
    let later = ev
        .iter()
        .find(|e| e.cameo.starts_with("19") && e.trigger.start > d.tokens[5].span.start);
    let later = later.unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(date_of(later).as_deref(), Some("2001"));
    assert_eq!(later.date_source, newsgraph_core::DateSource::Context);
}

#[test]
fn a_past_event_after_a_dated_sentence_is_on_that_day() {
    // "Orcs attacked Rohan on Thursday. Gondor condemned Mordor."
    let (_, ev) = code_two(
        "$Orcs/PROPN/2/nsubj attacked/VERB/0/root/attack @Rohan/PROPN/2/obj on/ADP/5/case ~Thursday/PROPN/2/obl ./PUNCT/2/punct @Gondor/PROPN/8/nsubj condemned/VERB/0/root/condemn @Mordor/PROPN/8/obj",
        Some("2021-07-08"),
        6,
    );
    let c = first_coded(&ev, "11", "condemnation coded");
    assert_eq!(date_of(c).as_deref(), Some("2021-07-08"));
    assert_eq!(c.date_source, newsgraph_core::DateSource::Context);
    // A present perfect does not continue the narrative: it is reported now.
    let (_, ev) = code_two(
        "$Orcs/PROPN/2/nsubj attacked/VERB/0/root/attack @Rohan/PROPN/2/obj on/ADP/5/case ~Thursday/PROPN/2/obl ./PUNCT/2/punct @Gondor/PROPN/9/nsubj has/AUX.VBZ/9/aux condemned/VERB.VBN/0/root/condemn @Mordor/PROPN/9/obj",
        Some("2021-07-08"),
        6,
    );
    let c = first_coded(&ev, "11", "condemnation coded");
    assert_eq!(c.date_source, newsgraph_core::DateSource::Published);
}

#[test]
fn a_standing_relation_between_actors_is_undated() {
    // "Rebels backed by Mordor": no date of its own, and not news of the day.
    let (_, ev) = code(
        "$Rebels/PROPN/3/nsubj backed/VERB.VBN/1/acl/back by/ADP/4/case @Mordor/PROPN/2/obl:agent fought/VERB/0/root/fight",
        None,
    );
    let b = ev.first().unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert!(b.date.is_none(), "{b:?}");
    assert_eq!(b.date_source, newsgraph_core::DateSource::None);
}

#[test]
fn the_idea_of_an_exchange_gives_the_offer_its_code_and_date() {
    // "Gondor floated the idea of an exchange back in 2019", with the
    // parser's reading: the exchange a clause of the verb, marked by "of".
    let (_, ev) = code(
        "@Gondor/PROPN/2/nsubj floated/VERB/0/root/float the/DET/4/det idea/NOUN/2/obj of/ADP/8/mark an/DET/8/det prisoner/NOUN/8/compound exchange/NOUN/2/advcl back/ADV/8/advmod in/ADP/11/case ~2019/NUM/8/obl",
        Some("2019"),
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert!(ev[0].cameo.starts_with("035"), "{ev:?}");
    assert_eq!(date_of(&ev[0]).as_deref(), Some("2019"));
}

#[test]
fn a_main_clause_read_as_a_participle_is_active() {
    // "Rebels rioted in Bree": the parser made "rioted" a participle on
    // "Rebels", the root; with no by-agent the rebels are the rioters.
    let (d, ev) = code(
        "$Rebels/PROPN/0/root rioted/VERB.VBN/1/acl/riot in/ADP/4/case !Bree/PROPN/2/obl",
        None,
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(names(&d, &ev[0].source), vec!["Rebels".to_string()]);
    assert!(ev[0].target.is_empty(), "{ev:?}");
    assert!(ev[0].date.is_some(), "{ev:?}");
}

#[test]
fn a_main_clause_read_as_a_participle_under_a_report_is_active() {
    // "Rebels rioted in Bree, the radio said": the parser hung "Rebels" on
    // the speech verb after it, with "rioted" a participle on it.
    let (d, ev) = code(
        "$Rebels/PROPN/8/ccomp rioted/VERB.VBN/1/acl/riot in/ADP/4/case !Bree/PROPN/2/obl ,/PUNCT/8/punct the/DET/7/det &radio/NOUN/8/nsubj said/VERB/0/root/say",
        None,
    );
    let riot = ev
        .iter()
        .find(|e| e.cameo.starts_with("14"))
        .unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(
        names(&d, &riot.source),
        vec!["Rebels".to_string()],
        "{ev:?}"
    );
    assert!(riot.target.is_empty(), "{ev:?}");
}

#[test]
fn the_purpose_of_an_act_names_its_target() {
    // "Gondor opened fire to disperse the Orcs".
    let (d, ev) = code(
        "@Gondor/PROPN/2/nsubj opened/VERB/0/root/open fire/NOUN/2/obj to/PART.TO/5/mark disperse/VERB.VB/2/advcl/disperse the/DET/7/det $Orcs/PROPN/5/obj",
        None,
    );
    let f = ev
        .iter()
        .find(|e| e.cameo == "193")
        .unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(names(&d, &f.target), vec!["Orcs".to_string()]);
}

#[test]
fn a_present_perfect_without_a_date_is_dated_to_the_publication_month() {
    // "Gondor has condemned Mordor": some time up to now.
    let (_, ev) = code(
        "@Gondor/PROPN/3/nsubj has/AUX.VBZ/3/aux/have condemned/VERB.VBN/0/root/condemn @Mordor/PROPN/3/obj",
        None,
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(date_of(&ev[0]).as_deref(), Some("2021-07"));
    assert_eq!(ev[0].date_source, newsgraph_core::DateSource::Published);
    // Reported by a speech act hung after it as an unmarked adverbial
    // clause ("..., Aragorn told reporters"), it takes that act's day and
    // is a claim.
    let (_, ev) = code(
        "@Gondor/PROPN/3/nsubj has/AUX.VBZ/3/aux/have condemned/VERB.VBN/0/root/condemn @Mordor/PROPN/3/obj ,/PUNCT/7/punct #Aragorn/PROPN/7/nsubj told/VERB/3/advcl/tell reporters/NOUN.NNS/7/iobj/reporter",
        None,
    );
    let c = ev
        .iter()
        .find(|e| e.cameo.starts_with("11"))
        .unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(date_of(c).as_deref(), Some("2021-07-10"));
    assert_eq!(c.status, EventStatus::Claimed);
}

#[test]
fn a_perfect_over_a_stretch_of_time_is_background_without_a_date() {
    // "Gondor has repeatedly condemned Mordor."
    let (_, ev) = code(
        "@Gondor/PROPN/4/nsubj has/AUX.VBZ/4/aux/have repeatedly/ADV/4/advmod/repeatedly condemned/VERB.VBN/0/root/condemn @Mordor/PROPN/4/obj",
        None,
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(date_of(&ev[0]), None, "{ev:?}");
    // "Gondor has condemned Mordor since taking power."
    let (_, ev) = code(
        "@Gondor/PROPN/3/nsubj has/AUX.VBZ/3/aux/have condemned/VERB.VBN/0/root/condemn @Mordor/PROPN/3/obj since/SCONJ/6/mark taking/VERB.VBG/3/advcl/take power/NOUN/6/obj",
        None,
    );
    let c = ev
        .iter()
        .find(|e| e.cameo.starts_with("11"))
        .unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(date_of(c), None, "{ev:?}");
}

#[test]
fn an_action_begun_in_the_present_perfect_is_dated_to_the_month() {
    // "Aragorn has started touring the region".
    let (_, ev) = code(
        "#Aragorn/PROPN/3/nsubj has/AUX.VBZ/3/aux/have started/VERB.VBN/0/root/start touring/VERB.VBG/3/xcomp/tour the/DET/6/det region/NOUN/4/obj",
        None,
    );
    let t = ev
        .iter()
        .find(|e| e.cameo == "042")
        .unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(date_of(t).as_deref(), Some("2021-07"));
}

#[test]
fn a_reaction_to_the_decision_targets_who_decided_not_who_answered() {
    // "Gondor imposed sanctions on Rohan. Rohan rejected the decision."
    let (d, ev) = code(
        "@Gondor/PROPN/2/nsubj imposed/VERB/0/root/impose sanctions/NOUN/2/obj/sanction on/ADP/6/case @Rohan/PROPN/3/nmod ./PUNCT/2/punct @Rohan/PROPN/8/nsubj rejected/VERB/2/parataxis/reject the/DET/10/det decision/NOUN/8/obj",
        None,
    );
    let rejection = first_coded(&ev, "12", "rejection coded");
    assert_eq!(names(&d, &rejection.target), vec!["Gondor".to_string()]);
    // "Mordor stormed Osgiliath. Gondor repelled the attack. Rohan condemned
    // the attack.": the condemnation answers the storming, not the repulse.
    let (d, ev) = code(
        "@Mordor/PROPN/2/nsubj attacked/VERB/0/root/attack @Gondor/PROPN/2/obj ./PUNCT/2/punct @Gondor/PROPN/6/nsubj repelled/VERB/2/parataxis/repel the/DET/8/det attack/NOUN/6/obj ./PUNCT/6/punct @Rohan/PROPN/11/nsubj condemned/VERB/6/parataxis/condemn the/DET/13/det attack/NOUN/11/obj",
        None,
    );
    let condemnation = first_coded(&ev, "11", "condemnation coded");
    assert_eq!(names(&d, &condemnation.target), vec!["Mordor".to_string()]);
}

#[test]
fn calling_the_operation_a_breach_targets_who_carried_it_out() {
    // "Mordor bombed Gondor. Gondor called the operation a breach."
    let (d, ev) = code(
        "@Mordor/PROPN/2/nsubj bombed/VERB/0/root/bomb @Gondor/PROPN/2/obj ./PUNCT/2/punct @Gondor/PROPN/6/nsubj called/VERB/2/parataxis/call the/DET/8/det operation/NOUN/6/obj a/DET/10/det breach/NOUN/6/xcomp",
        None,
    );
    let criticism = first_coded(&ev, "111", "criticism coded");
    assert_eq!(names(&d, &criticism.target), vec!["Mordor".to_string()]);
}

#[test]
fn a_release_offered_on_a_condition_is_no_threat() {
    // "Aragorn said Gondor would free the prisoners if Rohan withdrew."
    let (d, ev) = code(
        "#Aragorn/PROPN/2/nsubj said/VERB/0/root/say @Gondor/PROPN/5/nsubj would/AUX/5/aux free/VERB/2/ccomp the/DET/7/det prisoners/NOUN.NNS/5/obj/prisoner if/SCONJ/10/mark @Rohan/PROPN/10/nsubj withdrew/VERB.VBD/5/advcl/withdraw ./PUNCT/2/punct",
        None,
    );
    assert!(!ev.iter().any(|e| e.cameo.starts_with("13")), "{ev:?}");
    let release = first_coded(&ev, "0841", "release coded");
    assert_eq!(names(&d, &release.source), vec!["Gondor".to_string()]);
    assert_ne!(release.status, EventStatus::Occurred);
}

#[test]
fn an_agentless_act_on_no_named_actor_is_no_event() {
    // "Officers were attacked." names no actor at all.
    let (_, ev) = code(
        "officers/NOUN/3/nsubj:pass were/AUX/3/aux:pass attacked/VERB/0/root/attack",
        None,
    );
    assert!(ev.is_empty(), "{ev:?}");
    // "Rohan was attacked.": the named victim keeps the event.
    let (d, ev) = code(
        "@Rohan/PROPN/3/nsubj:pass was/AUX/3/aux:pass attacked/VERB/0/root/attack",
        None,
    );
    let e = ev.first().expect("event kept");
    assert!(e.source.is_empty());
    assert_eq!(names(&d, &e.target), vec!["Rohan".to_string()]);
}

#[test]
fn a_participle_telling_the_toll_is_the_same_attack() {
    let d = crate::stages::annotated(
        "Al-Shabab militants stormed a base near Kismayo on Monday, killing 15 Kenyan soldiers.",
    );
    let attacks: Vec<_> = d
        .events
        .iter()
        .filter(|e| e.cameo.starts_with("19"))
        .collect();
    assert_eq!(attacks.len(), 1, "{:?}", d.events);
    assert_eq!(
        names(&d, &attacks[0].target),
        vec!["Kenyan soldiers".to_string()],
        "{:?}",
        d.entities
    );
}

#[test]
fn who_marches_with_the_protesters_is_no_target() {
    let (_, ev) = code(
        "@Gondor/PROPN/2/nsubj marched/VERB/0/root/march with/ADP/4/case @Rohan/PROPN/2/obl",
        None,
    );
    let march = first_coded(&ev, "14", "protest coded");
    assert!(march.target.is_empty(), "{ev:?}");
}

#[test]
fn a_warning_of_its_own_side_s_hostile_act_is_a_threat() {
    let annotate = crate::stages::annotated;
    let d = annotate(
        "The European Union's foreign policy chief, Kaja Kallas, warned that the bloc could impose sanctions on Georgian officials.",
    );
    let threat = d.events.iter().find(|e| e.cameo.starts_with("13"));
    assert!(threat.is_some_and(|e| e.cameo == "1312"), "{:?}", d.events);
    // A warning about what another side may do stays a statement.
    let d = annotate("Kaja Kallas warned that Russia could impose sanctions on Georgia.");
    assert!(
        d.events.iter().all(|e| !e.cameo.starts_with("13")),
        "{:?}",
        d.events
    );
}

#[test]
fn who_joins_the_protests_beside_others_does_not_target_them() {
    let d = crate::stages::annotated(
        "Lima residents joined the protests on Friday, with Peruvian students.",
    );
    let protest = d.events.iter().find(|e| e.cameo.starts_with("14"));
    assert!(
        protest.is_some_and(|e| e.target.is_empty()),
        "{:?}",
        d.events
    );
}

#[test]
fn a_place_attacked_stands_for_its_state() {
    let lex = Lexicon::embedded().unwrap();
    let mut d = doc(
        "@Mordor/PROPN/2/nsubj shelled/VERB/0/root/shell !Osgiliath/PROPN/2/obj ,/PUNCT/6/punct @Gondor/PROPN/6/nsubj said/VERB/2/parataxis/say",
        None,
    );
    d.places[0].country = Some("GND".into());
    d.entities[1].country = Some("GND".into());
    let ev = Coder::new(&lex, &d).code();
    let shelling = first_coded(&ev, "19", "shelling coded");
    assert_eq!(names(&d, &shelling.target), vec!["Gondor".to_string()]);
    assert_eq!(
        shelling
            .place
            .and_then(|p| d.place(p))
            .map(|p| p.name.as_str()),
        Some("Osgiliath")
    );
}

#[test]
fn a_negated_event_is_not_referred_back_to() {
    let lex = Lexicon::embedded().unwrap();
    let d = doc(
        "@Mordor/PROPN/4/nsubj had/AUX/4/aux not/PART/4/advmod attacked/VERB.VBN/0/root/attack @Gondor/PROPN/4/obj and/CCONJ/8/cc *refugees/NOUN/8/nsubj/refugee fled/VERB/4/conj/flee the/DET/10/det fighting/NOUN/8/obj/fighting",
        None,
    );
    let ev = Coder::new(&lex, &d).code();
    assert!(
        ev.iter().all(|e| e.negated || !e.cameo.starts_with("19")),
        "{ev:?}"
    );
}

#[test]
fn a_clause_hung_on_a_copular_predicate_takes_its_date() {
    let (_, ev) = code(
        "anger/NOUN/4/nsubj was/AUX.VBD/4/cop the/DET/4/det thread/NOUN/0/root ~Thursday/PROPN/4/obl:unmarked as/SCONJ/8/mark *protesters/NOUN/8/nsubj/protester chanted/VERB/4/advcl/chant calls/NOUN.NNS/8/obj/call for/ADP/11/case resignation/NOUN/8/obl",
        Some("2021-07-08"),
    );
    let demand = first_coded(&ev, "10", "demand coded");
    assert_eq!(
        demand.date.map(|d| d.to_string()),
        Some("2021-07-08".into())
    );
}

#[test]
fn a_spokesman_s_title_names_the_body_he_speaks_for() {
    // "army spokesman Colonel Pedro Mora said …": his 010 has no target "army".
    assert!(super::coder::title_names("army spokesman colonel", "Army"));
    assert!(super::coder::title_names(
        "iranian foreign ministry spokesman",
        "Foreign Ministry"
    ));
    assert!(!super::coder::title_names(
        "army spokesman colonel",
        "rebels"
    ));
    assert!(!super::coder::title_names("navy spokesman", "Navy Seals"));
}

#[test]
fn a_police_rank_makes_the_speaker_police() {
    let d = crate::stages::annotated(
        "Raid\n\nOfficers raided a warehouse on Monday. \"We found weapons there,\" city police inspector Paulo Reis said.",
    );
    let reis = d.entities.iter().find(|e| e.name == "Paulo Reis");
    assert_eq!(
        reis.and_then(|e| e.role),
        Some(newsgraph_core::Sector::COP),
        "{:?}",
        d.entities
    );
    assert!(
        d.events
            .iter()
            .any(|e| e.cameo == "010" && names(&d, &e.source) == vec!["Paulo Reis".to_string()]),
        "{:?}",
        d.events
    );
}

#[test]
fn an_act_refused_answers_who_demanded_it() {
    let d = crate::stages::annotated(
        "Row\n\nThe opposition Green Party demanded the resignation of Mayor Lina Costa on Monday. Costa said she would not resign.",
    );
    let refusal = d.events.iter().find(|e| e.cameo.starts_with("12"));
    assert!(
        refusal.is_some_and(|e| names(&d, &e.target) == vec!["Green Party".to_string()]),
        "{:?}",
        d.events
    );
}

#[test]
fn a_promised_retaliation_is_a_threat_against_who_provoked_it() {
    let annotate = crate::stages::annotated;
    let threat = |d: &newsgraph_core::Doc| -> Vec<(String, Vec<String>, Vec<String>)> {
        let name = |ids: &[newsgraph_core::EntityId]| {
            ids.iter()
                .filter_map(|&e| d.entity(e).map(|x| x.name.clone()))
                .collect::<Vec<_>>()
        };
        d.events
            .iter()
            .filter(|e| e.cameo.starts_with("13") || e.cameo.starts_with("19"))
            .map(|e| (e.cameo.clone(), name(&e.source), name(&e.target)))
            .collect()
    };
    // "if X ..., we will respond": a threat against X.
    let d = annotate(
        "\"If Norway expels our diplomats, we will respond,\" Finnish Foreign Minister Pekka Virtanen said.",
    );
    let t = threat(&d);
    assert!(
        t.iter().any(|(c, _, tg)| c == "130" && tg == &["Norway"]),
        "{t:?}"
    );
    // "vowed to retaliate": against the hostile act just told.
    let d = annotate(
        "Finland expelled three Norwegian diplomats on Tuesday, and Oslo vowed to retaliate.",
    );
    let t = threat(&d);
    assert!(
        t.iter()
            .any(|(c, s, tg)| c == "130" && s == &["Oslo"] && tg == &["Finland"]),
        "{t:?}"
    );
    // "said it would respond in kind": a threat, no statement besides.
    let d = annotate("Chile said it would respond in kind.");
    assert!(d.events.iter().all(|e| e.cameo == "130"), "{:?}", d.events);
    assert_eq!(d.events.len(), 1, "{:?}", d.events);
    // An armed group's retaliation threatens force.
    let d = annotate("The Taliban vowed to retaliate.");
    let t = threat(&d);
    assert!(t.iter().any(|(c, _, _)| c == "138"), "{t:?}");
    // A response that has happened, or was not given, is no event.
    for s in [
        "The Finnish foreign ministry did not respond to requests for comment.",
        "Police responded quickly to the unrest.",
    ] {
        let d = annotate(s);
        assert!(threat(&d).is_empty(), "{s}: {:?}", d.events);
    }
}

#[test]
fn a_protest_promised_on_a_condition_is_a_threat_of_protest() {
    let annotate = crate::stages::annotated;
    // "threatened to strike if ...": 133; a passive condition ("if the
    // activists are not freed") names no one threatened.
    let d = annotate(
        "The Trades Union Congress threatened to call a national strike if three activists were not freed by Monday.",
    );
    let t: Vec<_> = d
        .events
        .iter()
        .filter(|e| e.cameo.starts_with("13"))
        .collect();
    assert!(
        t.len() == 1 && t[0].cameo == "133" && t[0].target.is_empty(),
        "{:?}",
        d.events
    );
    // A protest announced with no condition stays a planned protest.
    let d = annotate("The opposition will march on Monday.");
    assert!(
        d.events.iter().all(|e| !e.cameo.starts_with("13")),
        "{:?}",
        d.events
    );
}

#[test]
fn a_statement_to_the_speakers_own_state_has_no_target() {
    // "The minister told parliament." (both of Gondor) is no interaction;
    // told to a foreign parliament, it keeps its addressee.
    let lex = Lexicon::embedded().unwrap();
    let line =
        "#Minister/PROPN/2/nsubj told/VERB/0/root/tell @Parliament/PROPN/2/obj ./PUNCT/2/punct";
    for (other, kept) in [("GND", false), ("RHN", true)] {
        let mut d = doc(line, None);
        d.entities[0].country = Some("GND".into());
        d.entities[1].country = Some(other.into());
        d.entities[1].role = Some(Sector::LEG);
        let ev = Coder::new(&lex, &d).code();
        let said = ev
            .iter()
            .find(|e| e.cameo == "010")
            .expect("statement coded");
        assert_eq!(!said.target.is_empty(), kept, "{other}: {ev:?}");
    }
}

#[test]
fn a_denial_of_involvement_or_of_an_act_answers_the_last_accuser() {
    // "Gondor accused Mordor. Mordor denied any involvement."
    let (d, ev) = code(
        "@Gondor/PROPN/2/nsubj accused/VERB/0/root/accuse @Mordor/PROPN/2/obj ./PUNCT/2/punct @Mordor/PROPN/6/nsubj denied/VERB/2/parataxis/deny any/DET/8/det involvement/NOUN/6/obj",
        None,
    );
    let denial = ev.iter().find(|e| e.cameo == "016").expect("denial coded");
    assert_eq!(names(&d, &denial.target), vec!["Gondor".to_string()]);
    // "Gondor accused Mordor. Mordor denied arming the orcs."
    let (d, ev) = code(
        "@Gondor/PROPN/2/nsubj accused/VERB/0/root/accuse @Mordor/PROPN/2/obj ./PUNCT/2/punct @Mordor/PROPN/6/nsubj denied/VERB/2/parataxis/deny arming/VERB.VBG/6/xcomp/arm the/DET/9/det orcs/NOUN.NNS/7/obj/orc",
        None,
    );
    let denial = ev.iter().find(|e| e.cameo == "016").expect("denial coded");
    assert_eq!(names(&d, &denial.target), vec!["Gondor".to_string()]);
}

#[test]
fn a_weapon_striking_with_no_one_named_is_an_attack_with_no_source() {
    // "Drones struck a depot, killing four workers."
    let (d, ev) = code(
        "Drones/NOUN.NNS/2/nsubj/drone struck/VERB/0/root/strike a/DET/4/det depot/NOUN/2/obj ,/PUNCT/6/punct killing/VERB.VBG/2/advcl/kill four/NUM/8/nummod *workers/NOUN.NNS/6/obj/worker",
        None,
    );
    let strike = ev
        .iter()
        .find(|e| e.cameo == "195")
        .expect("drone strike coded");
    assert!(strike.source.is_empty());
    assert_eq!(names(&d, &strike.target), vec!["workers".to_string()]);
}
