//! Every quote pattern on short sentences written for these tests.

use super::*;
use crate::stages::sentencizer::Sentencizer;
use crate::Stage;
use newsgraph_core::{Entity, EntityKind};

fn doc(text: &str) -> Doc {
    crate::stages::tokenized(text)
}

/// (speaker, text, direct, cue) of every quote.
fn quotes(d: &Doc) -> Vec<(String, String, bool, String)> {
    let cues = Cues::embedded().unwrap();
    let roles = Roles::embedded().unwrap();
    Finder::new(&cues, &roles)
        .find(d)
        .into_iter()
        .map(|q| {
            let who = match q.speaker {
                Some(e) => d.entity(e).map_or(String::new(), |x| x.name.clone()),
                None => q.speaker_name.unwrap_or_default(),
            };
            let cue = q.cue.map_or(String::new(), |c| d.span_text(c).to_owned());
            (who, d.span_text(q.text).to_owned(), q.direct, cue)
        })
        .collect()
}

fn run(text: &str) -> Vec<(String, String, bool, String)> {
    quotes(&doc(text))
}

fn q(who: &str, text: &str, direct: bool, cue: &str) -> (String, String, bool, String) {
    (who.into(), text.into(), direct, cue.into())
}

#[test]
fn direct_with_trailing_name_and_cue() {
    assert_eq!(
        run("“We will keep talking every day,” Malik Osman said."),
        vec![q(
            "Malik Osman",
            "We will keep talking every day",
            true,
            "said"
        )]
    );
}

#[test]
fn direct_straight_quotes_inverted_cue() {
    assert_eq!(
        run("Rana Tell met the press. \"The border stays closed for now,\" said Tell."),
        vec![q(
            "Rana Tell",
            "The border stays closed for now",
            true,
            "said"
        )]
    );
}

#[test]
fn direct_after_cue_and_colon() {
    assert_eq!(
        run("The mayor said: \"Our city will rebuild every home.\""),
        vec![q(
            "mayor",
            "Our city will rebuild every home.",
            true,
            "said"
        )]
    );
}

#[test]
fn pronoun_points_to_previous_speaker() {
    let got = run("Omar Said, a spokesman for the council, spoke on Monday.\n\"We have asked for more time,\" he said.");
    assert_eq!(
        got,
        vec![q("Omar Said", "We have asked for more time", true, "said")]
    );
}

#[test]
fn surname_resolves_to_full_name() {
    let got =
        run("Lena Park, the envoy, arrived late.\n“Nobody here wants another war,” Park added.");
    assert_eq!(got[0].0, "Lena Park");
    assert_eq!(got[0].3, "added");
}

#[test]
fn apposition_and_that_clause() {
    let got = run(
        "Ali Reza, a spokesman for the rebel group, also confirmed in a statement that the two leaders had met twice.",
    );
    assert_eq!(
        got,
        vec![q(
            "Ali Reza",
            "the two leaders had met twice",
            false,
            "confirmed"
        )]
    );
}

#[test]
fn role_noun_points_to_named_spokesperson() {
    let got = run(
        "Maria Lopez, a spokesperson for the ministry, said the talks went well.\nThe spokesman underlined that both sides have agreed on three points.",
    );
    assert_eq!(got.len(), 2);
    assert_eq!(
        got[1],
        q(
            "Maria Lopez",
            "both sides have agreed on three points",
            false,
            "underlined"
        )
    );
}

#[test]
fn indirect_say_without_that_and_plural_subject() {
    assert_eq!(
        run("The rebels say they now control most of the northern province."),
        vec![q(
            "rebels",
            "they now control most of the northern province",
            false,
            "say"
        )]
    );
}

#[test]
fn announced_it_would() {
    assert_eq!(
        run("In May the United Kingdom announced it would close its embassy by June."),
        vec![q(
            "United Kingdom",
            "it would close its embassy by June",
            false,
            "announced"
        )]
    );
}

#[test]
fn coordinated_cues_split_two_clauses() {
    let got = run("Tom Berg said that he was “shocked” by the attack but warned that a military answer was not enough.");
    assert_eq!(
        got,
        vec![
            q("Tom Berg", "he was “shocked” by the attack", false, "said"),
            q(
                "Tom Berg",
                "a military answer was not enough",
                false,
                "warned"
            ),
        ]
    );
}

#[test]
fn scare_quote_is_part_of_the_paraphrase() {
    let got =
        run("Rita Moss commented that the rival camp had sent a \"fake team,\" before the vote.");
    assert_eq!(got.len(), 1);
    assert!(!got[0].2);
    assert!(got[0].1.contains("fake team"));
}

#[test]
fn trailing_attribution_with_title() {
    let got = run("Twelve people were hurt in the clashes, Health Minister Ana Ruiz said.");
    assert_eq!(
        got,
        vec![q(
            "Ana Ruiz",
            "Twelve people were hurt in the clashes",
            false,
            "said"
        )]
    );
}

#[test]
fn trailing_told_reporters_with_relative_clause() {
    let got = run("The two sides agreed to swap all prisoners, Foreign Minister Ivo Kral, who led the team, told reporters after the talks.");
    assert_eq!(
        got,
        vec![q(
            "Ivo Kral",
            "The two sides agreed to swap all prisoners",
            false,
            "told"
        )]
    );
}

#[test]
fn trailing_unnamed_person_with_where_they_stand() {
    let got = run("Farmers said they were angry. “They took our land. We will fight it,” one woman outside the ministry told AFP.");
    let direct: Vec<_> = got.iter().filter(|x| x.2).collect();
    assert_eq!(direct.len(), 1, "{got:?}");
    assert_eq!(direct[0].0, "woman outside the ministry");
    assert_eq!(direct[0].1, "They took our land. We will fight it");
}

#[test]
fn trailing_news_agency_reported() {
    let got =
        run("About 300 soldiers will stay at the base, The Associated Press reported last week.");
    assert_eq!(got[0].0, "Associated Press");
    assert_eq!(got[0].1, "About 300 soldiers will stay at the base");
}

#[test]
fn according_to_trailing_with_appositive_name() {
    let got = run("Officials are drafting wider measures against the banks, according to the bloc's top diplomat, Anna Berg.");
    assert_eq!(
        got,
        vec![q(
            "Anna Berg",
            "Officials are drafting wider measures against the banks",
            false,
            "according to"
        )]
    );
}

#[test]
fn according_to_leading() {
    let got = run("According to the police, the crowd left the square before noon.");
    assert_eq!(
        got,
        vec![q(
            "police",
            "the crowd left the square before noon",
            false,
            "According to"
        )]
    );
}

#[test]
fn quote_then_unattributed_quote_in_same_paragraph() {
    let got = run(
        "“We need a deal soon,” Ida Holm told the council. “The country cannot wait much longer.”",
    );
    assert_eq!(got.len(), 2);
    assert_eq!(got[1].0, "Ida Holm");
    assert_eq!(got[1].1, "The country cannot wait much longer.");
}

#[test]
fn inverted_role_noun_resolves() {
    let got = run("Kai Lund, the envoy, spoke first. \"The truce has held for two whole months,\" added the envoy.");
    assert_eq!(
        got,
        vec![q(
            "Kai Lund",
            "The truce has held for two whole months",
            true,
            "added"
        )]
    );
}

#[test]
fn multi_paragraph_quote_is_one_quote() {
    let got = run("\"We tried every road to peace and every road was closed.\n\n\"Now we will wait and see what they offer us,\" Sara Quinn said.");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].0, "Sara Quinn");
    assert!(got[0].1.starts_with("We tried"));
    assert!(got[0].1.ends_with("offer us"));
}

#[test]
fn cues_inside_a_quote_are_not_quotes() {
    let got = run("\"The law says you must not steal from your neighbor,\" Eva Kim said.");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].0, "Eva Kim");
}

#[test]
fn adjective_use_of_cue_is_not_a_quote() {
    assert!(run("It was the first announced meeting of both sides since May.").is_empty());
    assert!(run("He said nothing.").is_empty());
}

#[test]
fn participle_cue_shares_the_subject() {
    let got = run("Firefighters put out the fire at dawn, officials said, noting that the cause was still unknown.");
    assert_eq!(got.len(), 2);
    assert_eq!(
        got[1],
        q("officials", "the cause was still unknown", false, "noting")
    );
}

#[test]
fn headline_in_single_quotes_is_not_a_quote() {
    assert!(run("‘No quick fix' for the crisis\nTalks resumed.").is_empty());
}

#[test]
fn entity_wins_over_free_text() {
    let mut d = doc("Jon Bell, a spokesman, spoke. \"We will not sign this deal,\" he said.");
    let he = d.text().find("he said").unwrap();
    d.entities.push(Entity {
        name: "Jonathan Bell".into(),
        aliases: vec!["Jon Bell".into()],
        kind: EntityKind::Person,
        country: None,
        role: None,
        title: None,
        spans: vec![Span::new(0, 8), Span::new(he, he + 2)],
        group: false,
    });
    let got = quotes(&d);
    assert_eq!(
        got,
        vec![q(
            "Jonathan Bell",
            "We will not sign this deal",
            true,
            "said"
        )]
    );
}

#[test]
fn speech_act_code_comes_from_the_cue() {
    let d = doc("Nina Roy warned that the dam could break.");
    let cues = Cues::embedded().unwrap();
    let roles = Roles::embedded().unwrap();
    let got = Finder::new(&cues, &roles).find(&d);
    assert_eq!(got[0].cameo.as_deref(), Some("012"));
}

#[test]
fn clause_may_open_with_a_hedge() {
    let got = run("The city's ombudsman said at least 13 people were hurt in the march.");
    assert_eq!(
        got,
        vec![q(
            "city's ombudsman",
            "at least 13 people were hurt in the march",
            false,
            "said"
        )]
    );
}

#[test]
fn coordinated_cue_after_an_appeal_shares_its_subject() {
    let got = run("UN envoy Mia Stone called on both sides to return to talks and said the donors would cut aid if fighting continued.");
    assert_eq!(
        got,
        vec![q(
            "Mia Stone",
            "the donors would cut aid if fighting continued",
            false,
            "said"
        )]
    );
}

#[test]
fn names_with_of_and_for() {
    let got = run("Half the city has no power, according to the International Agency for Energy.");
    assert_eq!(got[0].0, "International Agency for Energy");
    let got = run("The Ministry of Health said that four clinics had closed in the south.");
    assert_eq!(got[0].0, "Ministry of Health");
}

#[test]
fn told_reporters_that() {
    let got = run("Lina Sarr told reporters on Monday that the border would reopen soon.");
    assert_eq!(
        got,
        vec![q(
            "Lina Sarr",
            "the border would reopen soon",
            false,
            "told"
        )]
    );
}

#[test]
fn hyphenated_name_split_by_the_tokenizer() {
    let mut d =
        doc("\"We will hold every street,\" Defense Minister Jean-Paul Okoro told reporters.");
    // Split "Jean-Paul" the way a UD tokenizer may.
    let at = d.text().find("Jean-Paul").unwrap();
    let k = d
        .tokens
        .iter()
        .position(|t| t.span.start as usize == at)
        .unwrap();
    let tok = d.tokens[k];
    d.tokens.splice(
        k..=k,
        [
            newsgraph_core::Token {
                span: Span::new(at, at + 4),
                space_after: false,
                ..tok
            },
            newsgraph_core::Token {
                span: Span::new(at + 4, at + 5),
                space_after: false,
                line_start: false,
                ..tok
            },
            newsgraph_core::Token {
                span: Span::new(at + 5, at + 9),
                line_start: false,
                ..tok
            },
        ],
    );
    Sentencizer::new().annotate(&mut d);
    let got = quotes(&d);
    assert_eq!(
        got,
        vec![q(
            "Jean-Paul Okoro",
            "We will hold every street",
            true,
            "told"
        )]
    );
}

#[test]
fn bare_plural_is_not_merged_into_a_nearby_actor() {
    let mut d = doc("The city's mayor spoke. Firefighters left early, authorities said, noting that the cause was unknown.");
    let mayor = d.text().find("The city's mayor").unwrap();
    let auth = d.text().find("authorities").unwrap();
    d.entities.push(Entity {
        name: "city's mayor".into(),
        aliases: vec!["authorities".into()],
        kind: EntityKind::Person,
        country: None,
        role: None,
        title: None,
        spans: vec![Span::new(mayor, mayor + 16), Span::new(auth, auth + 11)],
        group: false,
    });
    let got = quotes(&d);
    assert!(got.iter().all(|x| x.0 == "authorities"), "{got:?}");
}

#[test]
fn organisation_run_into_a_name_keeps_the_name() {
    let got = run(
        "The ambassador to the United States Omar Haidari said the team had trained for months.",
    );
    assert_eq!(got[0].0, "Omar Haidari");
}

#[test]
fn quote_paragraph_attributed_by_the_next_sentence() {
    let got = run("“We are ready to talk. But we will not give up our land.”\nThe minister Aru Tan said this on state television.");
    assert_eq!(
        got,
        vec![q(
            "Aru Tan",
            "We are ready to talk. But we will not give up our land.",
            true,
            "said"
        )]
    );
}

#[test]
fn continuation_paragraph_keeps_the_speaker() {
    let got = run("“The water is gone,” said Nora Diaz, a farmer.\n“Our wells dried up in the spring and nobody came.”");
    assert_eq!(got.len(), 2);
    assert_eq!(got[1].0, "Nora Diaz");
}

#[test]
fn fronted_participle_is_not_a_trailing_clause() {
    assert_eq!(
        run("Asked about the deal, Pia Lund said it was dead for now."),
        vec![q("Pia Lund", "it was dead for now", false, "said")]
    );
    assert_eq!(
        run("The deal is dead for now, Pia Lund said Tuesday."),
        vec![q("Pia Lund", "The deal is dead for now", false, "said")]
    );
    assert_eq!(
        run("Pia Lund said Tuesday the deal was dead."),
        vec![q("Pia Lund", "the deal was dead", false, "said")]
    );
}

#[test]
fn relative_clause_cue_has_no_subject() {
    assert!(run("The president, who said last week he would resign, arrived.").is_empty());
}

#[test]
fn titles_with_of_before_a_name() {
    let got = run("Minister of Education Sara Bell said the schools would reopen in May.");
    assert_eq!(got[0].0, "Sara Bell");
    let got = run(
        "Staff at the University of Texas Arlington Amy Ross said the lab had closed for good.",
    );
    assert_eq!(got[0].0, "Amy Ross");
}

#[test]
fn according_to_a_document_names_its_issuer() {
    let got = run(
        "Food prices rose sharply last month, according to a report from the World Food Programme.",
    );
    assert_eq!(got[0].0, "World Food Programme");
}

#[test]
fn with_tags_a_clause_needs_a_verb() {
    use newsgraph_core::{Tag, Upos};
    let text = "Ola Berg said little about the new deal. Ola Berg confirmed the new trade deal.";
    let mut d = doc(text);
    d.tags = (0..d.tokens.len())
        .map(|i| {
            let w = d.token_text(newsgraph_core::TokenId::at(i));
            let upos = match w {
                "said" | "confirmed" => "VERB",
                "about" => "ADP",
                "the" => "DET",
                "." => "PUNCT",
                "little" => "ADJ",
                _ => "NOUN",
            };
            Tag {
                upos: Upos::parse(upos).unwrap(),
                ..Tag::default()
            }
        })
        .collect();
    let got = quotes(&d);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].3, "confirmed");
}

#[test]
fn a_cue_coordinated_with_another_verb_takes_its_parsed_subject() {
    let d = crate::stages::annotated(
        "The regional bloc condemned the coup and said it would suspend the country.",
    );
    let got = quotes(&d);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].0.contains("bloc"), "{got:?}");
    assert_eq!(got[0].1, "it would suspend the country");
}

#[test]
fn relative_that_inside_the_clause_is_not_a_complementizer() {
    let d = crate::stages::annotated(
        "Talks halted\n\nNadia Kerr said the city would not negotiate with gangs that burn homes.",
    );
    let got = quotes(&d);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0].1,
        "the city would not negotiate with gangs that burn homes"
    );
}

#[test]
fn quoted_phrase_inside_a_reported_clause_stays_indirect() {
    let got = run(
        "Omar Diallo said the plan was \"a serious mistake for everyone\" and that talks would resume.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Omar Diallo");
    assert!(!got[0].2, "{got:?}");
    assert!(got[0].1.ends_with("talks would resume"), "{got:?}");
}

#[test]
fn a_labelling_verb_makes_a_short_phrase_a_quote() {
    let got = run("Lena Park called the ruling \"deeply unfair\" on Monday.");
    assert_eq!(got, vec![q("Lena Park", "deeply unfair", true, "called")]);
    // with no labelling verb, two quoted words are a scare quote
    assert!(run("Lena Park saw the \"deeply unfair\" ruling.").is_empty());
}

#[test]
fn a_participle_cue_takes_the_main_clause_subject() {
    let d = crate::stages::annotated(
        "Station shut\n\nThe ministry closed the station on Monday, accusing the owners of \"spreading lies about the war\".",
    );
    let got = quotes(&d);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].0.contains("ministry"), "{got:?}");
    assert_eq!(got[0].3, "accusing");
}

#[test]
fn a_list_inside_a_relative_clause_does_not_end_the_subject() {
    let d = crate::stages::annotated(
        "Bloc meets\n\nThe East African Community, which includes Kenya, Uganda and Tanzania, said its ministers would meet in Arusha next month.",
    );
    let got = quotes(&d);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "East African Community", "{got:?}");
}

#[test]
fn coordinated_speaker_groups_are_one_source() {
    let d = crate::stages::annotated(
        "Floods\n\nFloodwaters swept through three villages near the river overnight, local officials and witnesses said.",
    );
    let got = quotes(&d);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "local officials and witnesses", "{got:?}");
}

#[test]
fn a_clause_after_commas_is_no_apposition() {
    let d = crate::stages::annotated(
        "Budget row\n\nAnna Cole, a senator on the budget committee, criticised the plan, saying it would raise taxes for farmers.",
    );
    let got = quotes(&d);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Anna Cole");
}

#[test]
fn inverted_cue_with_a_role_then_a_name_names_the_person() {
    let got = run(
        "Ruth Lane met Cape Town officials.\n\"They kept us waiting for hours,\" said the lawyer, Jonas Weir.",
    );
    assert_eq!(
        got,
        vec![q(
            "Jonas Weir",
            "They kept us waiting for hours",
            true,
            "said"
        )]
    );
}

#[test]
fn a_denial_of_a_noun_phrase_reports_nothing() {
    let d = crate::stages::annotated(
        "Blast\n\nThe rebel group denied any involvement in the attack on the market.",
    );
    assert!(quotes(&d).is_empty(), "{:?}", quotes(&d));
}

#[test]
fn a_participle_cue_after_the_clause_is_its_own_quote() {
    let d = crate::stages::annotated(
        "Verdict\n\nHer lawyer said he would appeal the ruling, calling the trial \"a farce from the start\".",
    );
    let got = quotes(&d);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].1, "he would appeal the ruling");
    assert_eq!(
        (got[1].1.as_str(), got[1].3.as_str()),
        ("a farce from the start", "calling")
    );
}

#[test]
fn a_title_with_for_in_apposition_gives_the_name() {
    assert_eq!(
        run("“Talks will resume next week,” Kenya's minister of state for trade, Amina Odhiambo, told reporters."),
        vec![q("Amina Odhiambo", "Talks will resume next week", true, "told")]
    );
}

#[test]
fn he_takes_the_person_named_in_his_own_or_the_previous_sentence() {
    let got = run("“We will not sign this text,” said Lena Fox.\n\
         Norway's envoy, Arne Dahl, blamed the donors for the delay, which he said had hurt the talks. \
         The fund had not been consulted at all, he added.");
    let who: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(who, ["Lena Fox", "Arne Dahl", "Arne Dahl"], "{got:?}");
}

#[test]
fn he_passes_over_a_woman() {
    let got = run("Ms Ana Ruiz met Carlos Vega in the capital on Monday.\n\
         “The talks went well,” Ruiz said. \
         Vega met the press later. Ms Ruiz thanked Vega in a speech. “We are close to a deal,” he said.");
    let who: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(who, ["Ana Ruiz", "Carlos Vega"], "{got:?}");
}

#[test]
fn a_relative_clause_does_not_give_the_speaker() {
    let d = crate::stages::annotated(
        "Ransom\n\nA local elder who joined earlier talks said the kidnappers had asked for a large ransom.",
    );
    let got = quotes(&d);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "local elder");
}

#[test]
fn a_document_seen_by_someone_speaks_itself() {
    let d = crate::stages::annotated(
        "Raid\n\nSix guards were killed in the raid on the depot, a police report seen by journalists said.",
    );
    let got = quotes(&d);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "police report");
}

#[test]
fn a_document_after_according_to_speaks_for_its_issuer() {
    let got = run("Troops fired shots to disperse the crowd, according to a police statement.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "police");
}

#[test]
fn the_dateline_city_is_never_the_speaker() {
    let d = crate::stages::annotated(
        "Vote\n\nHARARE, May 3 (Reuters) - Zimbabwe's opposition coalition on Monday filed a court challenge and said its members would boycott parliament.",
    );
    let got = quotes(&d);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].0.contains("coalition"), "{got:?}");
    assert!(!got[0].1.contains("HARARE"), "{got:?}");
}

#[test]
fn his_aide_keeps_the_possessive() {
    let got = run(
        "The president left for Lima. His spokesman said the president would return next week.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "His spokesman");
}

#[test]
fn a_gerund_or_noun_object_of_deny_or_claim_is_no_quote() {
    let got = run("The army denied shelling the village near the border. \
         The group claimed responsibility for the bombing in a statement. \
         The rebel group claimed it had captured the town.");
    assert_eq!(
        got,
        vec![q(
            "rebel group",
            "it had captured the town",
            false,
            "claimed"
        )]
    );
}

#[test]
fn an_acronym_after_the_name_stands_for_it() {
    let got = run("The National Security Agency (NSA) said the network had been shut down.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "NSA");
}

#[test]
fn residents_of_a_place_are_not_the_place() {
    let got = run("Residents of Kismayo told reporters that the market had been hit twice.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Residents of Kismayo");
}

#[test]
fn an_embassy_keeps_its_seat() {
    let got = run("The French Embassy in Dakar said it was concerned by the arrests.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "French Embassy in Dakar");
}

#[test]
fn a_day_between_subject_and_cue_is_skipped() {
    let got = run("Britain on Thursday said it would send more aid to the region.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Britain");
}

#[test]
fn a_capitalised_preposition_is_no_name() {
    let got = run(
        "In Lisbon, the victim's sister, Rosa Pinto, said the family was relieved.\n\
         “We waited so long for this call,” she said.",
    );
    let who: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(who, ["Rosa Pinto", "Rosa Pinto"], "{got:?}");
}

#[test]
fn a_plural_noun_read_as_a_verb_stays_in_the_subject() {
    let d = crate::stages::annotated(
        "Law\n\nParliament passed the bill, a measure that rights groups said could be used against the press.",
    );
    let got = quotes(&d);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "rights groups");
}

#[test]
fn coordinated_subjects_give_the_first() {
    let got = run("A shell hit the market on Monday, killing four people, residents and a local aid group said.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "residents");
}

#[test]
fn a_speaker_noun_keeps_where_it_stands() {
    let d = crate::stages::annotated(
        "Clash\n\nTwo soldiers died in a clash along the frontier, officials on both sides said.",
    );
    let got = quotes(&d);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "officials on both sides");
}

#[test]
fn a_speaker_familiar_with_something_is_the_speaker() {
    let d = crate::stages::annotated(
        "Funds\n\nThe frozen funds will be released next month, a diplomat familiar with the talks said.",
    );
    let got = quotes(&d);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "diplomat");
}

#[test]
fn which_said_takes_the_noun_before_its_comma() {
    let d = crate::stages::annotated(
        "Prisons\n\nThe men were held without charge for years, according to the Human Rights Commission, which said it had been denied access to the prisons.",
    );
    let got = quotes(&d);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].1, "it had been denied access to the prisons");
    assert!(got[1].0.contains("Commission"), "{got:?}");
}

#[test]
fn a_coordinated_clause_is_no_apposition() {
    let got = run("The gunmen reached Kalo, a village near the capital, Goma, and opened fire on the crowd, said Ali Musa, the local chief.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Ali Musa");
}

#[test]
fn it_in_a_relative_clause_takes_the_sentence_subject() {
    let d = crate::stages::annotated(
        "Fuel\n\nThe Ecuadorean government raised fuel prices on Friday, ending subsidies that it says cost the state a fortune every year.",
    );
    let got = quotes(&d);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].0.contains("government"), "{got:?}");
}

#[test]
fn a_noun_object_of_declare_or_recall_is_no_quote() {
    let got = run(
        "The commission declared the ruling party candidate the winner of the vote. \
         Indonesia recalled its ambassador to Canberra on Monday.",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_relative_clause_with_a_cue_is_still_an_apposition() {
    let got = run("Marta Quiroga, who denies any wrongdoing, said in a televised address that she would appeal the ruling.");
    assert_eq!(
        got,
        vec![q(
            "Marta Quiroga",
            "she would appeal the ruling",
            false,
            "said"
        )]
    );
}

#[test]
fn a_fronted_adverbial_opens_a_trailing_clause() {
    let d = crate::stages::annotated(
        "Deal\n\nAs part of the deal, the frozen funds will be moved to a bank in Oman, a diplomat familiar with the talks said.",
    );
    let got = quotes(&d);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "diplomat");
    assert!(got[0].1.starts_with("As part of the deal"), "{got:?}");
}

#[test]
fn a_participle_after_a_determiner_does_not_hide_that() {
    let d = crate::stages::annotated(
        "Vote\n\nThe president said in a televised address that he would challenge the vote in court.",
    );
    let got = quotes(&d);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, "he would challenge the vote in court");
}

#[test]
fn pledged_sums_and_noun_claims_report_nothing() {
    let d = crate::stages::annotated(
        "The coast guard pledged 40 million euros in new boats for the navy.",
    );
    assert!(quotes(&d).is_empty(), "{:?}", quotes(&d));
    let d = crate::stages::annotated(
        "Refugees whose asylum claims were refused in Norway will be deported.",
    );
    assert!(quotes(&d).is_empty(), "{:?}", quotes(&d));
}

#[test]
fn unnamed_spokespeople() {
    let d = crate::stages::annotated(
        "Talks with the unions will resume next week, a spokesman for the presidency said.",
    );
    let got = quotes(&d);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "spokesman for the presidency");
    let d = crate::stages::annotated(
        "The Ghana Armed Forces denied the report on Friday. A spokesman said its troops had not crossed the border.",
    );
    let got = quotes(&d);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Ghana Armed Forces");
}

#[test]
fn a_document_names_its_lower_case_issuer() {
    let d = crate::stages::annotated(
        "Exports fell by a third last year, according to finance ministry data.",
    );
    let got = quotes(&d);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "finance ministry");
}

#[test]
fn a_dated_document_speaks() {
    let d = crate::stages::annotated(
        "A World Bank study in 2019 estimated that half of the farms had no water.",
    );
    let got = quotes(&d);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "World Bank study");
}

#[test]
fn the_group_is_the_body_that_spoke_just_before() {
    let d = crate::stages::annotated(
        "The Red Cross said the camp was full. According to Sahel Watch, a network of local \
         volunteers, the roads were closed on Friday. The group said it had warned the army twice.",
    );
    let got = quotes(&d);
    let last = got.last().expect("quotes");
    assert_eq!(last.0, "Sahel Watch", "{got:?}");
}

#[test]
fn he_after_a_two_sentence_quote_is_the_subject_before_it() {
    let d = crate::stages::annotated(
        "Strike\n\n\"The budget is balanced,\" said Tom Reed.\n\
         Union leader Omar Haddad blamed the council for the strike. \"We asked for talks \
         twice. Nobody came to the table,\" he wrote on Facebook.",
    );
    let got = quotes(&d);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].0, "Omar Haddad", "{got:?}");
    assert_eq!(got[1].3, "wrote");
}

#[test]
fn an_attribution_speaking_on_condition_of_anonymity() {
    let d = crate::stages::annotated(
        "Ambush\n\nTwo Kenyan soldiers and a civilian driver were killed, a senior army \
         official in Garissa said, speaking on condition of anonymity. The attack began at \
         dawn, he said.",
    );
    let got = quotes(&d);
    assert_eq!(
        got,
        vec![
            q(
                "senior army official in Garissa",
                "Two Kenyan soldiers and a civilian driver were killed",
                false,
                "said"
            ),
            q(
                "senior army official in Garissa",
                "The attack began at dawn",
                false,
                "said"
            ),
        ]
    );
}

#[test]
fn a_nickname_in_the_apposition_and_a_video_posted_before_that() {
    let d = crate::stages::annotated(
        "Raid\n\nRebel leader Paul Mbeki, a former soldier known as \"Tiger,\" said in a video \
         posted online that his fighters had taken the airport.",
    );
    let got = quotes(&d);
    assert_eq!(
        got,
        vec![q(
            "Paul Mbeki",
            "his fighters had taken the airport",
            false,
            "said"
        )]
    );
}

#[test]
fn a_body_estimates_that() {
    let d = crate::stages::annotated(
        "Hunger\n\nThe World Food Programme estimates that two million people need food aid.",
    );
    let got = quotes(&d);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "World Food Programme");
    assert_eq!(got[0].3, "estimates");
}

#[test]
fn according_to_a_channel_does_not_take_a_named_speakers_words() {
    let d = crate::stages::annotated(
        "Coast\n\nThe ministry urged calm, while the navy said it had tracked two submarines \
         near the coast, according to state television.",
    );
    let got = quotes(&d);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "navy");
    assert_eq!(got[0].1, "it had tracked two submarines near the coast");
}

#[test]
fn unnamed_sources_keep_what_identifies_them() {
    let d = crate::stages::annotated(
        "Vote\n\nA Western diplomat in Lagos said the vote was fair. A man who fled Kherson \
         with his family told reporters that the shelling never stopped.",
    );
    let who: Vec<String> = quotes(&d).into_iter().map(|g| g.0).collect();
    assert_eq!(who, ["Western diplomat in Lagos", "man who fled Kherson"]);
    // A body named nowhere else is no actor: its estimates speak.
    let d = crate::stages::annotated(
        "Aid\n\nAid covers only a third of the need, according to World Bank estimates.",
    );
    let got = quotes(&d);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "World Bank estimates");
}

#[test]
fn the_mission_is_the_body_named_with_that_noun() {
    let d = crate::stages::annotated(
        "Border\n\nSoldiers of the United Nations Interim Force (UNIFIL) mission patrolled the \
         border on Monday. Two peacekeepers were hurt by a roadside bomb, according to the \
         Lebanese army. One vehicle was destroyed, the mission said in a statement.",
    );
    let got = quotes(&d);
    let last = got.last().expect("quotes");
    assert_eq!(last.1, "One vehicle was destroyed", "{got:?}");
    assert!(last.0.contains("Interim Force"), "{got:?}");
}

#[test]
fn a_quoted_label_after_an_article_is_a_quote() {
    let got = run("Troops crossed the river in what Lena Fox called a \"clear provocation\".");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, "clear provocation");
    assert_eq!(got[0].3, "called");
}

#[test]
fn a_capitalised_function_word_inside_a_name_is_part_of_it() {
    // "Do" (a Vietnamese family name) is no auxiliary between subject and cue.
    assert_eq!(
        run("The navy seized the boats, spokeswoman Do Thu Ha told reporters."),
        vec![q("Do Thu Ha", "The navy seized the boats", false, "told")]
    );
}

#[test]
fn a_pronoun_after_a_body_subject_takes_the_person_it_names() {
    let got = run(
        "Health Minister Ana Lobo said the clinic would reopen. “It is safe,” she said.\n\
         “I have lost everything,” said Maria Costa, a shopkeeper.\n\
         The union said it would summon Lobo and called for her dismissal. She said she would stay.",
    );
    let who: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(who.last(), Some(&"Ana Lobo"), "{got:?}");
}

#[test]
fn a_place_after_a_preposition_is_never_the_speaker() {
    let d = crate::stages::annotated(
        "Flood\n\nNurses at the clinic in Mombasa said 14 people had been admitted.",
    );
    let got = quotes(&d);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Nurses");
}

#[test]
fn a_person_of_a_place_is_the_person() {
    let d = crate::stages::annotated(
        "Talks\n\nBishop Peter Mwangi of Nairobi, who chaired the talks, said both sides had agreed to a truce.",
    );
    let got = quotes(&d);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Peter Mwangi");
}

#[test]
fn a_bodys_spokesman_is_not_the_person_quoted_before() {
    let d = crate::stages::annotated(
        "Deal\n\nBishop Peter Mwangi, who chaired the talks, said both sides had agreed to a truce.\n\n\
         The army's spokesman said the truce would hold.",
    );
    let got = quotes(&d);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].0, "army's spokesman");
}

#[test]
fn critics_in_a_city_keep_where_they_stand() {
    let got = run("Critics in Lagos said the new tax would hurt traders.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Critics in Lagos");
}

#[test]
fn a_fronted_clause_opening_with_at_least_is_reported() {
    let got = run("At least six people were killed, the opposition Democratic Party said.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, "At least six people were killed");
}
