//! Events placed, dated and sourced from their context: the object of a
//! pattern carries its own time and place, a relative clause describes the
//! noun its verb agrees with, the nearest attached place wins, a speech act
//! is not dated by what it reports, and descriptions ("the U.N. agency",
//! "the paramilitary group") point back at the body named before. Short
//! texts written for these tests, through the whole pipeline.

mod common;

use newsgraph_core::{Doc, Event, EventStatus};

fn annotate(text: &str, published: &str) -> Doc {
    common::annotate_published(text, published)
}

fn event<'a>(doc: &'a Doc, cameo_root: &str) -> &'a Event {
    common::event_coded(doc, cameo_root)
}

fn names(doc: &Doc, ids: &[newsgraph_core::EntityId]) -> Vec<String> {
    ids.iter()
        .map(|e| doc.entities[e.index()].name.clone())
        .collect()
}

fn place(doc: &Doc, e: &Event) -> Option<String> {
    e.place.map(|p| doc.places[p.index()].name.clone())
}

fn date(e: &Event) -> Option<String> {
    e.date.map(|d| d.to_string())
}

#[test]
fn a_call_for_a_rally_is_a_planned_protest_on_its_own_day_and_place() {
    // 2025-06-04 is a Wednesday: the rally's Friday is 2025-06-06.
    let doc = annotate(
        "The opposition National Unity Party called for a rally in Karachi on Friday.",
        "2025-06-04",
    );
    let e = event(&doc, "14");
    assert_eq!(names(&doc, &e.source), ["National Unity Party"]);
    assert_eq!(date(e).as_deref(), Some("2025-06-06"));
    assert_eq!(place(&doc, e).as_deref(), Some("Karachi"));
    assert_eq!(e.status, EventStatus::Planned);
    // a call for calm (an appeal to de-escalate, 0256) is dated by the call
    let doc = annotate("The UN called for calm on Friday.", "2025-06-04");
    assert_eq!(date(event(&doc, "0256")).as_deref(), Some("2025-05-30"));
}

#[test]
fn a_relative_clause_describes_the_noun_its_verb_agrees_with() {
    let doc = annotate(
        "Egypt said it would reject any measures by Ethiopia that threaten its water supply.",
        "2025-09-16",
    );
    assert!(
        doc.events
            .iter()
            .all(|e| !(e.cameo.starts_with("13") && names(&doc, &e.source) == ["Ethiopia"])),
        "the measures threaten, not Ethiopia: {:?}",
        doc.events
    );
}

#[test]
fn the_nearest_attached_place_wins() {
    let doc = annotate(
        "Egyptian and Sudanese officials met in Cairo on Monday for talks over the dam Ethiopia built.",
        "2025-09-16",
    );
    let e = event(&doc, "04");
    assert_eq!(place(&doc, e).as_deref(), Some("Cairo"));
    assert_eq!(
        names(&doc, &e.source),
        ["Egyptian officials", "Sudanese officials"]
    );
}

#[test]
fn an_agency_named_by_its_parent_body_is_the_agency_named_before() {
    let doc = annotate(
        "The World Food Programme will halve rations for refugees in Chad, the U.N. agency said on Thursday.",
        "2025-02-20",
    );
    let wfp = doc
        .entities
        .iter()
        .find(|e| e.name == "World Food Programme")
        .expect("WFP");
    assert!(wfp.aliases.iter().any(|a| a == "U.N. agency"), "{wfp:?}");
    // announcing a cut of rations is coded as a threat to reduce aid
    let cut = event(&doc, "13");
    assert_eq!(cut.cameo, "1311");
    assert_eq!(names(&doc, &cut.source), ["World Food Programme"]);
}

#[test]
fn a_paramilitary_group_is_the_armed_group_named_before() {
    let doc = annotate(
        "Fighters of the Rapid Support Forces attacked the town on Monday.\n\
         Chad's government appealed for help.\n\
         The paramilitary group denied targeting civilians.\n",
        "2025-02-20",
    );
    let e = event(&doc, "016");
    assert_eq!(names(&doc, &e.source), ["Rapid Support Forces"]);
}

#[test]
fn a_speech_act_hanging_off_what_it_reports_keeps_its_own_date() {
    let doc = annotate(
        "More than 20,000 people crossed the border in January, the U.N. refugee agency UNHCR said.",
        "2025-02-20",
    );
    let e = event(&doc, "01");
    assert_ne!(date(e).as_deref(), Some("2025-01"), "{e:?}");
}

#[test]
fn people_who_belong_to_a_person_are_not_that_person() {
    let doc = annotate(
        "Opposition leader Farid Akhtar was freed on Tuesday.\n\
         Police fired tear gas at hundreds of his supporters in Lahore.\n",
        "2025-06-04",
    );
    let e = event(&doc, "17");
    assert!(
        !names(&doc, &e.target).contains(&"Farid Akhtar".to_string()),
        "{:?}",
        names(&doc, &e.target)
    );
}

#[test]
fn both_delegations_are_the_pair_last_seen_together() {
    let doc = annotate(
        "Egyptian and Ethiopian officials met in Cairo on Monday.\n\
         Both delegations agreed to meet again next month.\n",
        "2025-09-16",
    );
    let e = event(&doc, "03");
    assert_eq!(
        names(&doc, &e.source),
        ["Egyptian officials", "Ethiopian officials"]
    );
    assert_eq!(e.source, e.target, "a joint intent is mutual");
}

#[test]
fn an_act_on_a_state_happens_there_words_about_it_do_not() {
    let doc = annotate("Russian forces shelled Ukraine on Monday.", "2025-05-16");
    assert_eq!(place(&doc, event(&doc, "19")).as_deref(), Some("Ukraine"));
    let doc = annotate(
        "Russia accused Ukraine of sabotage on Monday.",
        "2025-05-16",
    );
    assert_eq!(place(&doc, event(&doc, "11")), None);
}

#[test]
fn a_speech_verb_the_parse_leaves_without_subject_speaks_for_the_quotes_speaker() {
    let doc = annotate(
        "The two sides began releasing nearly 900 prisoners on Thursday in the largest \
         exchange since the war began, the International Committee of the Red Cross said.",
        "2025-04-18",
    );
    let e = event(&doc, "010");
    assert_eq!(
        names(&doc, &e.source),
        ["International Committee of the Red Cross"]
    );
}

#[test]
fn a_person_in_apposition_acts_not_the_possessor_of_the_title() {
    let doc = annotate(
        "The government's deputy human rights minister, Samir Haddad, accused the \
         rebels of holding back several journalists.",
        "2025-04-18",
    );
    let e = event(&doc, "11");
    assert_eq!(names(&doc, &e.source), ["Samir Haddad"]);
}

#[test]
fn a_denial_is_no_second_statement_and_both_are_coded() {
    let doc = annotate(
        "President Alberto Quispe, who denies wrongdoing, said in a televised address that the vote was unfair.",
        "2025-12-12",
    );
    assert_eq!(names(&doc, &event(&doc, "016").source), ["Alberto Quispe"]);
    assert_eq!(names(&doc, &event(&doc, "010").source), ["Alberto Quispe"]);
}

#[test]
fn a_ceremony_in_the_passive_is_no_pledge_and_the_next_verb_shares_its_subject() {
    let doc = annotate(
        "Vice President Rosa Huaman was sworn in early on Friday and appealed for calm.",
        "2025-12-12",
    );
    assert!(doc.events.iter().all(|e| !e.cameo.starts_with("03")));
    assert_eq!(names(&doc, &event(&doc, "02").source), ["Rosa Huaman"]);
}

#[test]
fn the_generals_are_the_military_named_before() {
    let doc = annotate(
        "The Myanmar military bombed a village on Tuesday. UN rights chief Anna Berg \
         said she was horrified and called on the generals to stop the bombing of civilians.",
        "2025-01-16",
    );
    let e = event(&doc, "02");
    assert_eq!(names(&doc, &e.target), ["Myanmar military"]);
}

#[test]
fn telling_a_broadcaster_named_as_one_is_telling_the_press() {
    let doc = annotate(
        "\"We only attack terrorist positions,\" the army spokesman Zaw Lin told state \
         broadcaster MRTV.",
        "2025-01-16",
    );
    let mrtv = doc
        .entities
        .iter()
        .find(|e| e.name == "MRTV")
        .expect("MRTV is an entity");
    assert_eq!(mrtv.role, Some(newsgraph_core::Sector::MED));
    assert!(event(&doc, "010").target.is_empty());
}

#[test]
fn a_span_of_time_read_as_subject_stands_for_the_clause_after_it() {
    let doc = annotate(
        "Congress removed President Alberto Quispe from office, days after prosecutors \
         accused him of taking bribes from a construction company.",
        "2025-12-12",
    );
    let e = event(&doc, "11");
    assert_eq!(names(&doc, &e.source), ["prosecutors"]);
    assert_eq!(names(&doc, &e.target), ["Alberto Quispe"]);
}

#[test]
fn seeking_the_release_of_prisoners_is_a_demand_and_challenging_a_vote_a_suit() {
    let doc = annotate(
        "Houthi negotiator Ali Saleh said the group would seek the release of all prisoners. \
         President Alberto Quispe said he would challenge the vote before the Constitutional Court.",
        "2025-12-12",
    );
    assert_eq!(event(&doc, "1053").status, EventStatus::Planned);
    assert_eq!(names(&doc, &event(&doc, "115").source), ["Alberto Quispe"]);
}

#[test]
fn the_toll_of_a_violent_act_is_that_act_and_may_name_its_target() {
    let doc = annotate(
        "Russia launched 112 drones at Ukraine overnight, killing five people in the capital.",
        "2025-03-10",
    );
    let violent: Vec<&str> = doc
        .events
        .iter()
        .filter(|e| e.cameo.starts_with("19") || e.cameo.starts_with("18"))
        .map(|e| e.cameo.as_str())
        .collect();
    assert_eq!(violent, ["195"], "one act, not two");
}

#[test]
fn what_a_speaker_denies_is_not_reported_as_happening() {
    let doc = annotate(
        "Kremlin spokesman Dmitry Peskov denied that Russian forces shelled civilian buildings.",
        "2025-03-10",
    );
    assert!(
        doc.events.iter().all(|e| !e.cameo.starts_with("19")),
        "{:?}",
        doc.events.iter().map(|e| &e.cameo).collect::<Vec<_>>()
    );
    assert_eq!(names(&doc, &event(&doc, "016").source), ["Dmitry Peskov"]);
}

#[test]
fn an_actor_is_not_among_the_targets_of_its_own_act() {
    // The parser may join "police spokesman X" to the arrested people.
    let doc = annotate(
        "Police fired tear gas and arrested 63 people, police spokesman Robert Hamoonga told reporters on Wednesday.",
        "2026-08-20",
    );
    let arrest = doc
        .events
        .iter()
        .find(|e| e.cameo == "173")
        .expect("the arrest is coded");
    assert!(
        !arrest.target.is_empty() && arrest.target.iter().all(|t| !arrest.source.contains(t)),
        "{:?} -> {:?}",
        names(&doc, &arrest.source),
        doc.events
    );
}

#[test]
fn a_country_fired_at_is_the_target_and_an_imminent_act_is_planned() {
    let doc = annotate(
        "North Korea fired artillery shells at South Korea on Thursday.",
        "2026-01-15",
    );
    let e = event(&doc, "19");
    assert_eq!(names(&doc, &e.source), ["North Korea"]);
    assert_eq!(names(&doc, &e.target), ["South Korea"]);
    // "is poised to", "is about to": not yet happened.
    for text in [
        "The army is poised to attack the rebels.",
        "Kenya is about to sign a trade deal with Somalia.",
    ] {
        let doc = annotate(text, "2026-01-15");
        assert!(
            doc.events.iter().all(|e| e.status == EventStatus::Planned),
            "{text}: {:?}",
            doc.events
        );
        assert!(!doc.events.is_empty(), "{text}");
    }
}

#[test]
fn a_coercive_act_promised_on_a_condition_is_a_threat_and_a_meeting_refused_is_a_rejection() {
    let doc = annotate(
        "ECOWAS will impose sanctions on Mali if the junta does not release the detainees.",
        "2026-01-15",
    );
    let e = event(&doc, "13");
    assert_eq!(e.cameo, "1312");
    assert_eq!(names(&doc, &e.target), ["Mali"]);
    assert_eq!(e.status, EventStatus::Occurred);
    let doc = annotate(
        "Prime Minister Shehbaz Sharif said Pakistan would not hold talks with the Taliban.",
        "2026-01-15",
    );
    let e = event(&doc, "12");
    assert_eq!(e.cameo, "125");
    assert_eq!(names(&doc, &e.source), ["Pakistan"]);
    assert_eq!(names(&doc, &e.target), ["Taliban"]);
    assert!(!e.negated);
}

#[test]
fn the_verdict_is_the_courts_and_a_release_is_demanded_of_the_captor() {
    let doc = annotate(
        "The Supreme Court sentenced Nurbek Sadykov to five years. Opposition leader Aida Bekova said she would appeal the verdict.",
        "2026-01-15",
    );
    let e = doc
        .events
        .iter()
        .find(|e| e.cameo == "115")
        .expect("an appeal: a legal challenge");
    assert_eq!(names(&doc, &e.target), ["Supreme Court"]);
    let doc = annotate(
        "Iran's Revolutionary Guards seized a tanker and detained its crew. The UAE demanded the release of the ship and its crew.",
        "2026-01-15",
    );
    let e = event(&doc, "10");
    assert_eq!(names(&doc, &e.target), ["Revolutionary Guards"]);
    // a state body asked by name stays the one asked
    let doc = annotate(
        "Police arrested 40 protesters in Harare on Monday. The Red Cross urged the Zimbabwean government to release the detainees.",
        "2026-01-15",
    );
    let e = event(&doc, "02");
    assert_eq!(names(&doc, &e.target), ["Zimbabwean government"]);
    // ordering an envoy out is an expulsion
    let doc = annotate(
        "The junta ordered France's ambassador to leave the country within 72 hours.",
        "2026-01-15",
    );
    assert_eq!(event(&doc, "16").cameo, "161");
}

#[test]
fn weapons_mutual_fire_and_acts_that_are_no_events() {
    let doc = annotate(
        "Armenian and Azerbaijani forces shelled each other's positions on Tuesday.",
        "2026-02-12",
    );
    let e = event(&doc, "19");
    assert_eq!(e.source.len(), 2);
    assert_eq!(e.source, e.target, "both sides act on each other");
    let doc = annotate(
        "Algeria and Niger recalled their ambassadors in April 2025.",
        "2026-02-12",
    );
    let e = event(&doc, "16");
    assert_eq!(e.source, e.target, "each recalled its own: a mutual cut");
    let doc = annotate("Rebels attacked the army base with drones.", "2026-02-12");
    assert_eq!(event(&doc, "19").cameo, "195");
    // chairing one's own council and evacuating residents are no events
    let doc = annotate(
        "Armenian Prime Minister Nikol Pashinyan chaired an emergency meeting of the Security Council. Armenia's Defence Ministry said authorities had evacuated about 600 residents from Berkaber.",
        "2026-02-12",
    );
    assert!(
        doc.events
            .iter()
            .all(|e| !e.cameo.starts_with("04") && !e.cameo.starts_with("08")),
        "{:?}",
        doc.events
    );
    // urging restraint is an appeal for de-escalation
    let doc = annotate(
        "Iran's foreign minister urged Armenia and Azerbaijan to exercise restraint.",
        "2026-02-12",
    );
    assert_eq!(event(&doc, "02").cameo, "0256");
}

#[test]
fn a_mediator_acts_on_the_parties_and_a_release_is_not_placed_by_its_target() {
    let doc = annotate(
        "MUSCAT, Oman (AP) — Iran freed two German citizens on Wednesday in a prisoner exchange mediated by Oman, and Germany released an Iranian engineer, a German official familiar with the talks said.",
        "2026-03-19",
    );
    let m = event(&doc, "04");
    assert_eq!(m.cameo, "045", "{:?}", doc.events);
    let mut t = names(&doc, &m.target);
    t.sort();
    assert_eq!(t, ["Germany", "Iran"]);
    // Not where the freed go home (Germany), nor where the report was
    // filed (the dateline's Muscat): the text does not say.
    for e in doc.events.iter().filter(|e| e.cameo.starts_with("084")) {
        assert_eq!(place(&doc, e), None);
    }
    // "familiar with the talks" tells no talks
    assert!(doc.events.iter().all(|e| e.cameo != "046"));
}

#[test]
fn a_hyphen_inside_a_word_ends_no_dateline() {
    let doc = annotate(
        "U.N. Secretary-General Antonio Guterres was ready to help the two countries resolve the dispute, his spokesman Stephane Dujarric said in New York.",
        "2026-02-12",
    );
    let q = doc.quotes.first().expect("an indirect quote");
    assert!(
        q.text
            .text(doc.text())
            .starts_with("U.N. Secretary-General"),
        "{:?}",
        q.text.text(doc.text())
    );
}

#[test]
fn a_host_of_talks_acts_on_their_parties_and_a_denied_act_is_not_told() {
    let doc = annotate(
        "Ethiopia's government and the Oromo Liberation Army held talks in Nairobi on Monday. The talks, hosted by Kenya, resumed on Tuesday. Algeria's foreign ministry denied hosting any armed group.",
        "2026-01-15",
    );
    let host = doc
        .events
        .iter()
        .find(|e| e.cameo == "043" && names(&doc, &e.source) == ["Kenya"])
        .expect("Kenya hosts");
    assert_eq!(host.target.len(), 2, "{:?}", names(&doc, &host.target));
    assert!(
        doc.events.iter().all(
            |e| !(e.cameo == "043" && names(&doc, &e.source) == ["Algeria's foreign ministry"])
        ),
        "{:?}",
        doc.events
    );
}

#[test]
fn a_verb_after_comma_and_continues_the_main_clause_not_a_relative_one() {
    let doc = annotate(
        "Ecuadorean police fired tear gas at thousands of protesters who marched on the presidential palace in Quito on Wednesday, the third day of demonstrations, and arrested at least 46 people, officials said.",
        "2026-04-16",
    );
    let e = event(&doc, "17");
    let arrest = doc.events.iter().find(|e| e.cameo == "173").unwrap_or(e);
    assert_eq!(arrest.cameo, "173");
    assert_eq!(names(&doc, &arrest.source), ["police"]);
}

#[test]
fn the_group_is_the_armed_group_not_the_army_and_it_is_no_plural() {
    let doc = annotate(
        "Congolese troops clashed with M23 fighters near Goma on Monday. The army said the rebels had attacked its positions. The group denied the claim and accused the military of shelling villages.",
        "2026-01-15",
    );
    let attack = doc
        .events
        .iter()
        .find(|e| e.cameo.starts_with("19") && names(&doc, &e.source) == ["M23"])
        .expect("the rebels' attack");
    assert_eq!(names(&doc, &attack.target), ["Congolese troops"]);
    let accusation = event(&doc, "112");
    assert_eq!(names(&doc, &accusation.source), ["M23"]);
    assert_eq!(names(&doc, &accusation.target), ["Congolese troops"]);
}

#[test]
fn a_participle_after_a_comma_is_the_clause_subjects_act() {
    let doc = annotate(
        "The Culture Ministry on Tuesday revoked the licence of Kanal Nine TV, an independent broadcaster, accusing the channel of spreading false information. Police later sealed the channel's offices.",
        "2025-09-18",
    );
    let e = event(&doc, "112");
    assert_eq!(names(&doc, &e.source), ["Culture Ministry"]);
    assert_eq!(names(&doc, &e.target), ["Kanal Nine TV"]);
    assert_eq!(date(e).as_deref(), Some("2025-09-16"));
    let sealed = event(&doc, "171");
    assert_eq!(names(&doc, &sealed.target), ["Kanal Nine TV"]);
}

#[test]
fn what_would_have_happened_did_not() {
    let doc = annotate(
        "Russia on Tuesday vetoed a draft resolution that would have demanded a ceasefire in the region.",
        "2026-05-20",
    );
    assert!(doc.events.iter().any(|e| e.cameo.starts_with("12")));
    assert!(
        doc.events.iter().all(|e| !e.cameo.starts_with("10")),
        "{:?}",
        doc.events
    );
}

#[test]
fn a_statement_is_not_about_where_things_happened() {
    let doc = annotate(
        "Qatar's foreign ministry said the engineer had been handed over to its envoys in northern Mali.",
        "2026-03-05",
    );
    let e = event(&doc, "010");
    assert!(e.target.is_empty(), "{:?}", names(&doc, &e.target));
}

#[test]
fn people_seized_by_gunmen_are_abducted_and_ground_held_is_no_act() {
    let doc = annotate(
        "Gunmen seized Markus Leitner near Ayorou in January. The rebels seized the border with Bangladesh last year. The junta has blocked food shipments into areas held by the rebels.",
        "2026-03-05",
    );
    let abducted = event(&doc, "181");
    assert_eq!(names(&doc, &abducted.target), ["Markus Leitner"]);
    assert!(doc
        .events
        .iter()
        .any(|e| e.cameo.starts_with("192")
            && e.date.map(|d| d.to_string()).as_deref() == Some("2025")));
    assert_eq!(
        doc.events
            .iter()
            .filter(|e| e.cameo.starts_with("192"))
            .count(),
        1,
        "{:?}",
        doc.events
    );
}

#[test]
fn a_pronoun_in_a_report_is_the_speakers_unless_the_report_names_one_first() {
    let doc = annotate(
        "LUSAKA, Aug 20 (Reuters) - The opposition Patriotic Front on Thursday filed a petition at the Constitutional Court and said its lawmakers would boycott the opening of parliament.",
        "2026-08-20",
    );
    let boycott = event(&doc, "14");
    assert_eq!(names(&doc, &boycott.source), ["Patriotic Front"]);
    let doc = annotate(
        "Human Rights Watch said last month that Malian forces and their foreign allies had killed at least 300 civilians.",
        "2025-10-14",
    );
    let killing = event(&doc, "1");
    assert!(
        !names(&doc, &killing.source).contains(&"Human Rights Watch".to_string()),
        "{:?}",
        names(&doc, &killing.source)
    );
}

#[test]
fn declining_to_say_is_declining_comment_and_no_statement() {
    let doc = annotate(
        "Foreign Minister Ana Silva declined to say whether a ransom had been paid.",
        "2026-03-05",
    );
    let codes: Vec<&str> = doc.events.iter().map(|e| e.cameo.as_str()).collect();
    assert_eq!(codes, ["011"]);
}

#[test]
fn which_after_a_name_and_a_comma_is_that_name() {
    let doc = annotate(
        "The row with Malta, which Rome accused of ignoring distress calls, deepened.",
        "2026-07-09",
    );
    let e = event(&doc, "112");
    assert_eq!(names(&doc, &e.target), ["Malta"]);
}

#[test]
fn a_participle_after_a_place_is_the_gatherers_act() {
    let doc = annotate(
        "Tamil demonstrators gathered outside Downing Street, accusing the government of Sri Lanka of failing to deliver justice.",
        "2026-02-11",
    );
    let e = event(&doc, "112");
    assert_eq!(names(&doc, &e.source), ["Tamil demonstrators"]);
}

#[test]
fn aid_pledged_to_help_someone_is_aimed_at_them_and_a_joint_signing_binds_both() {
    let doc = annotate(
        "Japan pledged 10 million dollars to help Sri Lanka.",
        "2026-02-11",
    );
    assert_eq!(names(&doc, &event(&doc, "033").target), ["Sri Lanka"]);
    let doc = annotate(
        "Kenya and Uganda signed agreements on trade and the return of refugees on Wednesday.",
        "2026-02-11",
    );
    let e = event(&doc, "057");
    assert_eq!(e.target.len(), 2, "{:?}", names(&doc, &e.target));
    assert_eq!(names(&doc, &e.source).len(), 2);
}

#[test]
fn the_two_leaders_are_the_pair_that_last_acted_together() {
    let doc = annotate(
        "Kenya and Uganda signed agreements on trade on Wednesday. The two leaders met for about 90 minutes in Nairobi.",
        "2026-02-11",
    );
    let e = event(&doc, "040");
    assert_eq!(names(&doc, &e.source), ["Kenya", "Uganda"]);
}

#[test]
fn a_judgement_of_an_act_told_before_answers_its_actor() {
    // the same word names the act again ("the drills", "the vetoes")
    let doc = annotate(
        "Russia launched naval drills near Estonia on Monday. Finland condemned the drills.",
        "2025-06-04",
    );
    assert_eq!(names(&doc, &event(&doc, "11").target), ["Russia"]);
    // a denial of "the charge" answers whoever made it
    let doc = annotate(
        "Chad accused Sudan of arming the rebels. Sudan denied the charge on Tuesday.",
        "2025-06-04",
    );
    let denial = doc
        .events
        .iter()
        .find(|e| e.cameo.starts_with("016"))
        .expect("a denial");
    assert_eq!(names(&doc, &denial.target), ["Chad"]);
}

#[test]
fn territory_a_state_takes_back_is_not_taken_from_itself() {
    let doc = annotate(
        "Ukraine said Russian forces captured the village of Robotyne in Zaporizhzhia on \
         Sunday. Ukrainian troops recaptured Robotyne on Tuesday.",
        "2025-06-04",
    );
    let taken: Vec<&Event> = doc
        .events
        .iter()
        .filter(|e| e.cameo.starts_with("19"))
        .collect();
    assert!(
        taken
            .iter()
            .any(|e| names(&doc, &e.source) == ["Russian forces"]
                && names(&doc, &e.target) == ["Ukraine"]),
        "{taken:?}"
    );
    assert!(
        taken.iter().all(|e| !(names(&doc, &e.source)
            .iter()
            .any(|s| s.contains("Ukrainian"))
            && names(&doc, &e.target) == ["Ukraine"])),
        "{taken:?}"
    );
}

#[test]
fn strikes_no_one_is_named_for_are_the_reporting_armys_own() {
    let doc = annotate(
        "The Nigerian army said air strikes in Borno state had killed dozens of Boko Haram fighters.",
        "2025-06-04",
    );
    let e = event(&doc, "19");
    assert_eq!(e.cameo, "195", "the strikes make the fighting aerial");
    assert_eq!(names(&doc, &e.source), ["Nigerian army"]);
    assert_eq!(names(&doc, &e.target), ["Boko Haram"]);
    assert_eq!(e.status, EventStatus::Claimed);
}

#[test]
fn the_head_of_a_civic_body_makes_a_statement() {
    let doc = annotate(
        "Farmers blocked roads near Lima on Monday. \"We will stay until the tax is gone,\" \
         Confederation of Farm Workers president Ana Quispe said at a rally.",
        "2025-06-04",
    );
    let said = doc.events.iter().any(|e| {
        e.cameo.starts_with("01") && names(&doc, &e.source).contains(&"Ana Quispe".to_string())
    });
    assert!(said, "{:?}", doc.events);
}

#[test]
fn targets_the_parse_hangs_elsewhere_are_found() {
    // "leader" read as a second predicate: both people are arrested.
    let doc = annotate(
        "BISSAU (AP) — Security forces on Monday night arrested former Prime Minister \
         Augusto Correia and opposition leader Fatumata Balde.",
        "2026-02-10",
    );
    let e = event(&doc, "17");
    assert_eq!(
        names(&doc, &e.target),
        ["Augusto Correia", "Fatumata Balde"]
    );
    // The destination hung on the troops sent.
    let doc = annotate(
        "Kenya sent its first police contingent to Haiti in June 2024.",
        "2026-02-10",
    );
    assert_eq!(names(&doc, &event(&doc, "07").target), ["Haiti"]);
    // What is looked into, hung on the light verb, is owned by the target.
    let doc = annotate(
        "Prosecutors opened an investigation into the army's conduct.",
        "2026-02-10",
    );
    assert_eq!(names(&doc, &event(&doc, "09").target), ["army"]);
    // Sanctions on a state's goods hit the state.
    let doc = annotate(
        "The EU imposed sanctions on Russia's oil exports, angering Russia.",
        "2026-02-10",
    );
    assert_eq!(names(&doc, &event(&doc, "16").target), ["Russia"]);
}

#[test]
fn a_court_placed_in_a_town_is_a_body_that_sentences_and_is_appealed() {
    let doc = annotate(
        "OSH, Kyrgyzstan (AP) — A court in Osh on Wednesday sentenced journalist Ulan Beshimov \
         to four years in prison. \
         His lawyer, Aibek Toktorov, said he would appeal.",
        "2025-09-18",
    );
    let court = doc
        .entities
        .iter()
        .find(|e| e.name == "court in Osh")
        .expect("the court is an entity");
    assert_eq!(court.role, Some(newsgraph_core::Sector::JUD));
    assert_eq!(court.country.as_deref(), Some("KGZ"));
    let e = event(&doc, "11");
    assert_eq!(names(&doc, &e.source), ["court in Osh"]);
    assert_eq!(names(&doc, &e.target), ["Ulan Beshimov"]);
    let appeal = event(&doc, "115");
    assert_eq!(names(&doc, &appeal.target), ["court in Osh"]);
    // Finding someone guilty convicts them.
    let doc = annotate(
        "The Osh City Court found Ulan Beshimov guilty of inciting unrest.",
        "2025-09-18",
    );
    assert_eq!(event(&doc, "11").cameo, "116");
}

#[test]
fn a_pronoun_agrees_with_the_gender_a_pronoun_gave_its_person() {
    // "he" makes the lawyer a man: "her arrest" is the journalist's, and
    // "his client" is someone other than the lawyer.
    let doc = annotate(
        "A court on Wednesday sentenced journalist Mira Osmonova to five years in prison. \
         Her lawyer, Timur Bekov, said he would appeal. He said his client had not seen \
         her children since her arrest in March.",
        "2025-09-18",
    );
    let arrest = event(&doc, "17");
    assert_eq!(names(&doc, &arrest.target), ["Mira Osmonova"]);
    assert!(
        doc.events
            .iter()
            .all(|e| !names(&doc, &e.target).contains(&"Timur Bekov".to_string())),
        "{:?}",
        doc.events
    );
}

#[test]
fn acts_reported_after_said_are_coded_beside_the_statement() {
    // a patrol sent is protection, claimed by whoever reports it
    let doc = annotate(
        "The U.N. mission said it had sent a patrol to the town.",
        "2026-01-14",
    );
    let e = event(&doc, "074");
    assert_eq!(names(&doc, &e.source), ["U.N. mission"]);
    assert_eq!(e.status, EventStatus::Claimed);
    // evacuating the wounded is medical aid
    let doc = annotate(
        "The army evacuated the wounded to a hospital in the capital.",
        "2026-01-14",
    );
    assert_eq!(event(&doc, "07").cameo, "073");
    // suspending imports is an embargo, planned when announced as "would"
    let doc = annotate(
        "Thailand announced that it would suspend imports of Malaysian rubber from Jan. 20.",
        "2026-01-14",
    );
    let e = event(&doc, "16");
    assert_eq!(e.cameo, "163");
    assert_eq!(e.status, EventStatus::Planned);
}

#[test]
fn a_warning_to_review_trade_if_a_demand_is_not_met_is_a_threat() {
    let doc = annotate(
        "Thailand warned that it would review trade arrangements with Malaysia \
         if the sailors were not freed.",
        "2026-01-14",
    );
    let e = event(&doc, "13");
    assert_eq!(names(&doc, &e.source), ["Thailand"]);
    assert!(
        doc.events.iter().all(|e| !e.cameo.starts_with("01")),
        "the warning is the threat, not a statement: {:?}",
        doc.events
    );
}

#[test]
fn the_by_agent_of_an_event_noun_is_its_source() {
    // the parser hangs "by the navy" on the verb whose object the noun is
    let doc = annotate(
        "Thailand summoned Malaysia's envoy to protest the detention of 12 Thai sailors \
         by the Malaysian navy.",
        "2026-01-14",
    );
    let e = event(&doc, "173");
    assert_eq!(names(&doc, &e.source), ["Malaysian navy"]);
    assert_eq!(names(&doc, &e.target), ["Thai sailors"]);
}

#[test]
fn a_denial_of_a_clause_answers_the_accuser_nearby() {
    let doc = annotate(
        "The rebels accused the army of burning homes. A government spokeswoman, Marie Kone, denied that soldiers had burned any homes.",
        "2026-03-25",
    );
    let e = event(&doc, "016");
    assert_eq!(names(&doc, &e.source), ["Marie Kone"]);
    assert_eq!(names(&doc, &e.target), ["rebels"]);
}

#[test]
fn calling_an_act_names_is_a_judgement_of_whoever_did_it() {
    let doc = annotate(
        "Police arrested two opposition lawmakers on Monday. The Freedom Party called the arrests \"an act of revenge\". The minister denied that the arrests were politically motivated.",
        "2026-03-25",
    );
    let e = event(&doc, "111");
    assert_eq!(names(&doc, &e.source), ["Freedom Party"]);
    assert_eq!(names(&doc, &e.target), ["Police"]);
    // the arrests are not the party's, nor told again by the denial
    assert_eq!(
        doc.events
            .iter()
            .filter(|e| e.cameo.starts_with("17"))
            .count(),
        1
    );
    assert!(doc
        .events
        .iter()
        .all(|e| !(e.cameo.starts_with("17") && names(&doc, &e.source) == ["Freedom Party"])));
}

#[test]
fn a_past_joined_to_a_reported_perfect_is_the_reporters_act() {
    let doc = annotate(
        "Interior Minister Ali Khan said the attackers had received support from across the border and accused India of funding the group.",
        "2026-03-25",
    );
    let e = event(&doc, "112");
    assert_eq!(names(&doc, &e.source), ["Ali Khan"]);
    assert_eq!(names(&doc, &e.target), ["India"]);
}

#[test]
fn what_observers_monitor_and_what_a_strike_waits_for_are_no_acts() {
    let doc = annotate(
        "Turkey would send military observers to monitor the withdrawal.",
        "2026-03-25",
    );
    assert!(doc.events.iter().all(|e| !e.cameo.starts_with("087")));
    let doc = annotate(
        "The government banned grain exports last week. The Traders Union said the strike would continue until the leaders were freed and the ban was lifted.",
        "2026-03-25",
    );
    assert!(doc.events.iter().all(|e| !e.cameo.starts_with("084")));
}

#[test]
fn a_verb_after_a_relative_clause_read_as_main_is_the_first_subjects() {
    // The parser makes "make up" the main verb and "demanded" its conjunct.
    let doc = annotate(
        "MANILA (AP) — The Philippines, whose nationals make up 17 of the crew, demanded \
         the immediate release of the sailors.",
        "2026-06-10",
    );
    assert_eq!(names(&doc, &event(&doc, "10").source), ["Philippines"]);
    // Pirates are a group that seizes and holds: the release is demanded
    // of them.
    let doc = annotate(
        "Pirates seized a bulk carrier off the Somali coast on Monday. The Philippines \
         demanded the release of the crew.",
        "2026-10-14",
    );
    assert_eq!(names(&doc, &event(&doc, "10").target), ["pirates"]);
}

#[test]
fn fighting_between_two_sides_is_theirs_and_happens_in_the_narrowest_place() {
    let doc = annotate(
        "GOMA, Congo (AP) — Fighting between Congolese troops and M23 rebels has forced 30,000 people from their homes in Congo's North Kivu province, the United Nations said on Friday.",
        "2026-03-13",
    );
    let f = event(&doc, "19");
    let mut sides = names(&doc, &f.source);
    sides.sort();
    // the displaced are the fighting's victims, not a side
    assert_eq!(sides, ["Congolese troops", "M23"], "{:?}", doc.events);
    assert_eq!(f.source, f.target);
    // the province, not the country it lies in, nor the dateline's city
    assert_eq!(place(&doc, f).as_deref(), Some("North Kivu"));
}

#[test]
fn a_plural_pronoun_takes_the_plural_group_over_a_nearer_singular_body() {
    let doc = annotate(
        "Police fired tear gas at hundreds of nurses marching towards the National Assembly in Nairobi, and detained 12 of them.",
        "2026-03-13",
    );
    let arrest = event(&doc, "17");
    assert_eq!(names(&doc, &arrest.target), ["nurses"], "{:?}", doc.events);
}

#[test]
fn the_militants_are_the_armed_group_named_before() {
    let doc = annotate(
        "Al-Shabab fighters attacked a military post in Gedo on Monday. Soldiers repelled the militants after two hours, the army said.",
        "2025-11-18",
    );
    let repelled = doc
        .events
        .iter()
        .find(|e| e.cameo.starts_with("19") && names(&doc, &e.source) == ["soldiers"])
        .expect("the soldiers' act");
    assert_eq!(
        names(&doc, &repelled.target),
        ["Al-Shabab"],
        "{:?}",
        doc.events
    );
}

#[test]
fn force_with_no_one_named_is_used_against_the_other_side() {
    let doc = annotate(
        "The Jalisco New Generation Cartel attacked Mexican soldiers near Apatzingan on Tuesday. The soldiers returned fire and killed three of the attackers, the Defense Ministry said.",
        "2027-02-10",
    );
    let answer = doc
        .events
        .iter()
        .find(|e| e.cameo.starts_with("19") && e.trigger.start > 90)
        .expect("the soldiers' fire");
    assert_eq!(
        names(&doc, &answer.target),
        ["Jalisco New Generation Cartel"],
        "{:?}",
        doc.events
    );
}

#[test]
fn an_official_described_by_state_and_office_makes_a_statement() {
    let doc = annotate(
        "Pakistan's foreign minister said on Wednesday that Islamabad had not been consulted. Officials said the talks would go on.",
        "2026-03-12",
    );
    let said: Vec<&Event> = doc.events.iter().filter(|e| e.cameo == "010").collect();
    assert_eq!(said.len(), 1, "{:?}", doc.events);
    let who = &doc.entities[said[0].source[0].index()];
    assert_eq!(who.country.as_deref(), Some("PAK"));
    assert_eq!(who.name.to_lowercase(), "pakistan's foreign minister");
}

#[test]
fn what_an_accusation_alleges_is_no_event_of_its_own() {
    let doc = annotate(
        "The opposition Congress party accused the government of surrendering territory to China.",
        "2027-03-04",
    );
    assert!(
        doc.events.iter().any(|e| e.cameo.starts_with("112")),
        "{:?}",
        doc.events
    );
    assert!(
        doc.events.iter().all(|e| !e.cameo.starts_with("08")),
        "the surrender is alleged: {:?}",
        doc.events
    );
}

#[test]
fn a_third_party_offers_mediation_to_the_two_sides() {
    let doc = annotate(
        "Thailand and Cambodia exchanged artillery fire along their border on Tuesday. Malaysia offered to host talks in Kuala Lumpur.",
        "2027-02-10",
    );
    let offer = event(&doc, "03");
    assert_eq!(names(&doc, &offer.source), ["Malaysia"]);
    let mut sides = names(&doc, &offer.target);
    sides.sort();
    assert_eq!(sides, ["Cambodia", "Thailand"], "{:?}", doc.events);
}

#[test]
fn a_complaint_is_against_the_other_side_not_the_body_it_is_lodged_with() {
    let doc = annotate(
        "Israeli aircraft struck Lebanon on Monday. Lebanon said it would file a complaint with the U.N. Security Council.",
        "2026-03-18",
    );
    let complaint = event(&doc, "11");
    assert_eq!(names(&doc, &complaint.source), ["Lebanon"]);
    assert!(
        !names(&doc, &complaint.target).contains(&"U.N. Security Council".to_string()),
        "{:?}",
        doc.events
    );
    assert!(!complaint.target.is_empty(), "{:?}", doc.events);
}

#[test]
fn an_event_that_sparks_another_is_not_its_agent() {
    let doc = annotate(
        "Lawyers for Ousmane Sonko said they would appeal the verdict. The conviction of opposition leader Ousmane Sonko sparked days of protests.",
        "2026-12-09",
    );
    let conviction = event(&doc, "116");
    assert!(conviction.source.is_empty(), "{:?}", doc.events);
    assert_eq!(names(&doc, &conviction.target), ["Ousmane Sonko"]);
    assert!(
        doc.events
            .iter()
            .all(|e| !(e.cameo.starts_with("14") && names(&doc, &e.source) == ["Ousmane Sonko"])),
        "the protests are not Sonko's: {:?}",
        doc.events
    );
}

#[test]
fn asking_not_to_be_named_is_no_appeal() {
    let doc = annotate(
        "A Greek coast guard official, who asked not to be named, said the two boats collided near the islets.",
        "2026-09-24",
    );
    assert!(
        doc.events.iter().all(|e| !e.cameo.starts_with("02")),
        "{:?}",
        doc.events
    );
}

#[test]
fn an_order_to_the_subject_of_a_reported_clause_is_the_reporters() {
    let doc = annotate(
        "Information Minister Peter Lado said on Monday that the Norwegian Refugee Council had transported weapons and ordered the group to suspend its work.",
        "2026-03-04",
    );
    let order = event(&doc, "10");
    assert_eq!(
        names(&doc, &order.source),
        ["Peter Lado"],
        "{:?}",
        doc.events
    );
    assert_eq!(names(&doc, &order.target), ["Norwegian Refugee Council"]);
}

#[test]
fn two_allies_who_traded_accusations_are_urged_to_show_restraint() {
    let doc = annotate(
        "Greece and Turkey traded accusations on Tuesday. NATO urged the two allies to show restraint.",
        "2026-09-24",
    );
    let trade = event(&doc, "11");
    assert_eq!(trade.source, trade.target, "{:?}", doc.events);
    let appeal = event(&doc, "0256");
    let mut sides = names(&doc, &appeal.target);
    sides.sort();
    assert_eq!(sides, ["Greece", "Turkey"], "{:?}", doc.events);
}

#[test]
fn a_conditional_warning_in_the_speakers_words_is_a_threat() {
    let doc = annotate(
        "\"If a single hostage is harmed, those who ordered this crime will answer for it,\" Interior Minister Paul Atanga warned.",
        "2027-02-17",
    );
    let threat = event(&doc, "13");
    assert_eq!(names(&doc, &threat.source), ["Paul Atanga"]);
    // a gloomy forecast is no threat
    let doc = annotate(
        "Governor Ali Bukar warned that farmers would abandon their fields if the killings continued.",
        "2027-02-17",
    );
    assert!(
        doc.events.iter().all(|e| !e.cameo.starts_with("13")),
        "{:?}",
        doc.events
    );
}

#[test]
fn the_place_visited_is_where_the_visit_happens() {
    let doc = annotate(
        "Kenyan President William Ruto visited Addis Ababa on Monday.",
        "2027-02-17",
    );
    let visit = event(&doc, "042");
    assert_eq!(place(&doc, visit).as_deref(), Some("Addis Ababa"));
}

#[test]
fn a_past_relative_clause_is_on_the_day_its_sentence_tells() {
    // 2027-03-17 is a Wednesday: Tuesday is 2027-03-16.
    let doc = annotate(
        "Police fired tear gas on Tuesday to disperse hundreds of opposition supporters who marched on the electoral commission office in Kano.",
        "2027-03-17",
    );
    let march = event(&doc, "14");
    assert_eq!(
        date(march).as_deref(),
        Some("2027-03-16"),
        "{:?}",
        doc.events
    );
}
