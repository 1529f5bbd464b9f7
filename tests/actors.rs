//! The actors layer on short sentences written for these tests: one test
//! per coding rule (titles and appositions, modifiers, compound mentions,
//! metonyms, places that are not actors, coreference of surnames, role
//! nouns, acronyms and pronouns, unknown names).

use newsgraph_core::{Article, Doc, Entity, EntityKind, Layer, Sector};
use newsgraph_nlp::Pipeline;
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| {
        Pipeline::standard()
            .expect("standard pipeline builds")
            .until(Layer::Entities)
    })
}

fn annotate(text: &str) -> Doc {
    pipeline().annotate(Article {
        id: "t".into(),
        text: text.into(),
        ..Article::default()
    })
}

fn entity<'a>(doc: &'a Doc, name: &str) -> &'a Entity {
    doc.entities
        .iter()
        .find(|e| e.name == name || e.aliases.iter().any(|a| a == name))
        .unwrap_or_else(|| {
            let all: Vec<_> = doc.entities.iter().map(|e| (&e.name, &e.aliases)).collect();
            panic!("no entity {name:?} in {all:?}")
        })
}

fn coded(e: &Entity) -> (Option<&str>, Option<Sector>) {
    (e.country.as_deref(), e.role)
}

#[test]
fn apposition_after_the_name_gives_country_and_role() {
    let doc = annotate(
        "Ahmad Zia, a spokesman for Iraq's Ministry of Defence, said the attack was repelled.",
    );
    let e = entity(&doc, "Ahmad Zia");
    assert_eq!(e.kind, EntityKind::Person);
    assert_eq!(coded(e), (Some("IRQ"), Some(Sector::GOV)));
    assert!(
        e.title.as_deref().is_some_and(|t| t.contains("spokesman")),
        "{e:?}"
    );
}

#[test]
fn title_before_the_name_gives_country_and_role() {
    let doc = annotate("US special envoy Karl Weber arrived in Kabul on Monday.");
    let e = entity(&doc, "Karl Weber");
    assert_eq!(coded(e), (Some("USA"), Some(Sector::GOV)));
    assert_eq!(e.title.as_deref(), Some("US special envoy"));
    // past an "of", only title words go on
    let doc = annotate("The court ordered the release of opposition leader Farid Akhtar.");
    assert_eq!(
        entity(&doc, "Farid Akhtar").title.as_deref(),
        Some("opposition leader")
    );
}

#[test]
fn affiliation_beats_the_place_it_sits_in() {
    let doc = annotate(
        "Omar Haidari, a spokesman for the Taliban's office in Qatar, confirmed the meeting.",
    );
    assert_eq!(
        coded(entity(&doc, "Omar Haidari")),
        (Some("AFG"), Some(Sector::INS))
    );
    assert!(doc
        .entities
        .iter()
        .all(|e| e.country.as_deref() != Some("QAT")));
}

#[test]
fn nationality_adjective_makes_the_group_the_actor() {
    let doc = annotate("Afghan forces retook the town. Russian state media reported the clashes.");
    let f = entity(&doc, "Afghan forces");
    assert_eq!(
        (f.kind, coded(f)),
        (EntityKind::Org, (Some("AFG"), Some(Sector::MIL)))
    );
    let m = entity(&doc, "Russian state media");
    assert_eq!(coded(m), (Some("RUS"), Some(Sector::MED)));
    assert!(doc
        .entities
        .iter()
        .all(|e| e.name != "Afghan" && e.name != "Russian"));
}

#[test]
fn coordinated_nationality_adjectives_give_one_group_each() {
    let doc = annotate("British, French and German troops entered the town on Monday.");
    for (name, country) in [
        ("British troops", "GBR"),
        ("French troops", "FRA"),
        ("German troops", "DEU"),
    ] {
        assert_eq!(
            coded(entity(&doc, name)),
            (Some(country), Some(Sector::MIL)),
            "{name}"
        );
    }
}

#[test]
fn compound_mention_gives_two_actors() {
    let doc = annotate("The Afghan government and Taliban negotiators met again on Sunday.");
    assert_eq!(
        coded(entity(&doc, "Afghan government")),
        (Some("AFG"), Some(Sector::GOV))
    );
    let t = entity(&doc, "Taliban");
    assert_eq!(coded(t), (Some("AFG"), Some(Sector::INS)));
    assert!(
        t.aliases.iter().any(|a| a == "Taliban negotiators"),
        "{t:?}"
    );
}

#[test]
fn surname_and_role_noun_corefer_with_the_full_name() {
    let doc = annotate(
        "Maria Delgado, the foreign minister of Chile, arrived in Lima. Delgado met officials there. The minister left on Friday.",
    );
    let e = entity(&doc, "Maria Delgado");
    assert!(e.aliases.iter().any(|a| a == "Delgado"), "{e:?}");
    assert_eq!(coded(e), (Some("CHL"), Some(Sector::GOV)));
    let text = doc.text();
    assert!(
        e.spans.iter().any(|s| s.text(text) == "minister"),
        "{:?}",
        e.spans
    );
}

#[test]
fn a_role_noun_names_the_person_in_apposition_after_it() {
    let doc = annotate(
        "Pakistani Prime Minister Shahid Rehman arrived in Dhaka. Rehman held talks with Bangladesh's interim leader, Chief Adviser Nurul Karim, on Tuesday.",
    );
    let karim = entity(&doc, "Nurul Karim");
    let text = doc.text();
    assert!(
        karim
            .spans
            .iter()
            .any(|s| s.text(text).ends_with("interim leader")),
        "{:?}",
        karim.spans
    );
    let rehman = entity(&doc, "Shahid Rehman");
    assert!(
        !rehman.spans.iter().any(|s| s.text(text).contains("leader")),
        "{:?}",
        rehman.spans
    );
}

#[test]
fn a_hyphenated_title_stays_out_of_the_name() {
    let doc = annotate("U.N. Secretary-General Antonio Guterres said he was appalled.");
    let e = entity(&doc, "Antonio Guterres");
    assert_eq!(e.kind, newsgraph_core::EntityKind::Person, "{e:?}");
    assert_eq!(e.title.as_deref(), Some("U.N. Secretary-General"), "{e:?}");
    assert_ne!(e.role, Some(Sector::MIL), "{e:?}");
}

#[test]
fn acronyms_join_their_expansion() {
    let doc =
        annotate("The National Unity Front said it would boycott the vote. The NUF has 20 seats.");
    let e = entity(&doc, "National Unity Front");
    assert!(e.aliases.iter().any(|a| a == "NUF"), "{:?}", doc.entities);
    let doc = annotate("The Rapid Support Forces attacked the city. The RSF denied it.");
    let e = entity(&doc, "Rapid Support Forces");
    assert_eq!(coded(e), (Some("SDN"), Some(Sector::REB)));
    assert!(e.aliases.iter().any(|a| a == "RSF"));
}

#[test]
fn capital_as_metonym_is_the_state_and_as_place_is_not() {
    let doc = annotate("Russia and Ukraine held talks. Moscow rejected the offer.");
    let r = entity(&doc, "Russia");
    assert_eq!(r.kind, EntityKind::Gpe);
    assert!(r.aliases.iter().any(|a| a == "Moscow"), "{r:?}");
    let doc = annotate("The road between Kharkiv and Kyiv would be cut, officials said.");
    assert!(
        doc.entities.iter().all(|e| e.kind != EntityKind::Gpe),
        "{:?}",
        doc.entities
    );
    let doc = annotate("Delegates gathered in Moscow for the summit.");
    assert!(
        doc.entities.iter().all(|e| e.name != "Moscow"),
        "{:?}",
        doc.entities
    );
    // the object of a verb said of people or bodies, never of places
    let doc = annotate("Islamabad accused Kabul of sheltering fighters.");
    assert_eq!(entity(&doc, "Kabul").country.as_deref(), Some("AFG"));
    // the parties "between" whom an exchange passes
    let doc = annotate("Ankara has mediated between Kyiv and Moscow for years.");
    assert_eq!(entity(&doc, "Kyiv").country.as_deref(), Some("UKR"));
    assert_eq!(entity(&doc, "Moscow").country.as_deref(), Some("RUS"));
}

#[test]
fn country_named_only_as_a_location_is_not_an_actor() {
    let doc = annotate("Fighting continued in Syria and across Lebanon on Tuesday.");
    assert!(
        doc.entities.iter().all(|e| e.kind != EntityKind::Gpe),
        "{:?}",
        doc.entities
    );
    let doc = annotate("Iran denied the report.");
    assert_eq!(entity(&doc, "Iran").country.as_deref(), Some("IRN"));
}

#[test]
fn a_country_an_act_is_aimed_at_is_an_actor() {
    // object of the verb
    let doc = annotate("The minister will visit Mauritania and Senegal next week.");
    assert_eq!(entity(&doc, "Mauritania").kind, EntityKind::Gpe);
    assert_eq!(entity(&doc, "Senegal").country.as_deref(), Some("SEN"));
    // what is given or withdrawn goes to or comes from a party
    let doc = annotate("Norway sent two envoys to Sweden on Monday.");
    assert_eq!(entity(&doc, "Sweden").country.as_deref(), Some("SWE"));
    let doc = annotate("The army will withdraw its troops from Lebanon.");
    assert_eq!(entity(&doc, "Lebanon").country.as_deref(), Some("LBN"));
    let doc = annotate("Canada is providing aerial photographs and other intelligence to Ukraine.");
    assert_eq!(entity(&doc, "Ukraine").kind, EntityKind::Gpe);
    // encircled by an exercise
    let doc = annotate("Russia launched naval drills around Estonia on Friday.");
    assert_eq!(entity(&doc, "Estonia").kind, EntityKind::Gpe);
    // a country "of" a role noun the act is aimed at
    let doc = annotate("The minister said he would meet with the president of Georgia next week.");
    assert_eq!(entity(&doc, "Georgia").kind, EntityKind::Gpe);
    // ... but where an act happens stays a place
    let doc = annotate("Hundreds of farmers demonstrated in Serbia on Tuesday.");
    assert!(
        doc.entities.iter().all(|e| e.kind != EntityKind::Gpe),
        "{:?}",
        doc.entities
    );
}

#[test]
fn a_demonym_on_what_acts_names_the_state() {
    // "Palestinian riots against ... continue": the makers of the riots
    let doc = annotate("Palestinian riots against the new policy are still continuing.");
    let e = entity(&doc, "Palestinian");
    assert_eq!(e.kind, EntityKind::Gpe);
    // not a demonym inside a group's own name
    let doc = annotate("Chinese coast guard vessels fired water cannon at the boats.");
    assert!(
        doc.entities.iter().all(|e| e.kind != EntityKind::Gpe),
        "{:?}",
        doc.entities
    );
}

#[test]
fn a_demonym_on_what_an_act_is_done_to_names_the_state() {
    let doc = annotate("Nepal rejected an Indian proposal for a new treaty.");
    let e = entity(&doc, "Indian");
    assert_eq!(
        (e.kind, e.country.as_deref()),
        (EntityKind::Gpe, Some("IND"))
    );
    // named by the country where the text names it
    let doc = annotate("India made an offer. Nepal rejected the Indian proposal.");
    assert_eq!(entity(&doc, "India").country.as_deref(), Some("IND"));
    // a group of that nationality is an actor of its own
    let doc = annotate("Nepal expelled Indian troops.");
    assert!(
        doc.entities
            .iter()
            .all(|e| e.kind != EntityKind::Gpe || e.country.as_deref() != Some("IND")),
        "{:?}",
        doc.entities
    );
    // a place qualified by a demonym names no actor
    let doc = annotate("Delegates held talks in the Qatari capital.");
    assert!(
        doc.entities.iter().all(|e| e.kind != EntityKind::Gpe),
        "{:?}",
        doc.entities
    );
}

#[test]
fn pronouns_point_to_their_antecedent() {
    let doc = annotate("Karl Weber arrived in Kabul. He said talks would resume.");
    let text = doc.text().to_string();
    let he = text.find("He").expect("pronoun");
    let span = newsgraph_core::Span::new(he, he + 2);
    let id = doc
        .entity_at(span)
        .expect("the pronoun belongs to an entity");
    assert_eq!(doc.entity(id).map(|e| e.name.as_str()), Some("Karl Weber"));
}

#[test]
fn unknown_names_become_entities_without_invented_codes() {
    let doc = annotate("Pedro Alvarenga told reporters the bridge would reopen.");
    let e = entity(&doc, "Pedro Alvarenga");
    assert_eq!(e.kind, EntityKind::Person);
    assert_eq!(coded(e), (None, None));
}

#[test]
fn group_adjective_without_a_country() {
    let doc = annotate("Western officials criticised the decision.");
    let e = entity(&doc, "Western officials");
    assert_eq!(e.kind, EntityKind::Norp);
    assert_eq!(coded(e), (None, Some(Sector::GOV)));
}

#[test]
fn a_capitalised_role_noun_in_a_headline_is_not_a_group() {
    let doc = annotate(
        "EU Agrees On New Sanctions For Dozens Of Belarus Officials\n\
         European Union ministers approved new sanctions against officials in Belarus.",
    );
    assert!(
        doc.entities.iter().all(|e| e.name != "Belarus Officials"),
        "{:?}",
        doc.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
    entity(&doc, "European Union");
}

#[test]
fn protest_organisers_are_a_group_of_their_own() {
    // A several-word cue is its own class: "protest organisers" are not
    // the "protesters" named before them.
    let doc = annotate(
        "Protesters marched through the capital on Monday. \
         Protest organisers rejected the offer of talks on Tuesday.",
    );
    let groups: Vec<&Entity> = doc.entities.iter().filter(|e| e.group).collect();
    let organisers = groups
        .iter()
        .find(|e| e.name.to_lowercase() == "protest organisers")
        .unwrap_or_else(|| panic!("no organisers group in {:?}", doc.entities));
    assert_eq!(organisers.role, Some(Sector::CVL));
    assert!(groups.iter().any(|e| e.name == "protesters"));
}

#[test]
fn unnamed_groups_are_group_actors_after_the_named_ones() {
    let doc = annotate(
        "Protesters clashed with police in the capital. Later the protesters \
         blocked a road, and rebels attacked a hospital. The Red Cross said it was worried.",
    );
    let groups: Vec<&Entity> = doc.entities.iter().filter(|e| e.group).collect();
    let protesters = groups
        .iter()
        .find(|e| e.name == "protesters")
        .unwrap_or_else(|| panic!("no protesters group in {:?}", doc.entities));
    assert_eq!(protesters.role, Some(Sector::CVL));
    assert_eq!(protesters.spans.len(), 2, "both mentions are one group");
    assert!(groups.iter().any(|e| e.name == "rebels"));
    // A building is not a group of people.
    assert!(!groups.iter().any(|e| e.name.contains("hospital")));
    // Named actors come first.
    let first_group = doc.entities.iter().position(|e| e.group);
    assert!(first_group.is_some_and(|k| doc.entities[k..].iter().all(|e| e.group)));
    assert!(doc
        .entities
        .iter()
        .any(|e| !e.group && e.name == "Red Cross"));
}

#[test]
fn an_indefinite_role_noun_is_a_new_group_unless_it_repeats_one() {
    // "diplomats" are not the Chilean officials; "officials" repeats them.
    let doc = annotate(
        "The ministers froze the assets of 12 Chilean officials, diplomats said. \
         The officials denied wrongdoing. Officials said they would appeal.",
    );
    let chile = entity(&doc, "Chilean officials");
    assert!(
        !chile.aliases.iter().any(|a| a == "diplomats"),
        "{:?}",
        doc.entities
    );
    assert!(doc
        .entities
        .iter()
        .any(|e| e.group && e.name == "diplomats"));
    // A group keeps its lower-case description, not a quantifier.
    let doc = annotate("Many local officials fled. The president met youth leaders.");
    let names: Vec<&str> = doc
        .entities
        .iter()
        .filter(|e| e.group)
        .map(|e| e.name.as_str())
        .collect();
    assert!(names.contains(&"local officials"), "{names:?}");
    assert!(names.contains(&"youth leaders"), "{names:?}");
}

#[test]
fn an_organisation_s_members_by_possessive_pronoun_are_the_organisation() {
    let doc = annotate("Al-Shabab stormed a base. The group said its fighters had seized weapons.");
    let e = entity(&doc, "Al-Shabab");
    assert!(
        e.aliases.iter().any(|a| a == "fighters"),
        "{:?}",
        doc.entities
    );
}

#[test]
fn an_opposition_leader_is_of_the_article_s_country() {
    let doc = annotate(
        "Police fired tear gas in Nairobi and Mombasa. Opposition leader Amani Wekesa condemned it.",
    );
    assert_eq!(
        coded(entity(&doc, "Amani Wekesa")),
        (Some("KEN"), Some(Sector::OPP))
    );
}

#[test]
fn the_article_is_about_where_its_places_are() {
    // Washington once, Mali through three of its towns: the army with no
    // modifier is Mali's.
    let doc = annotate(
        "Gunmen attacked a convoy near Gao on Tuesday. The army said it had \
         sent troops from Timbuktu and Kidal. Washington condemned the attack.",
    );
    assert_eq!(
        coded(entity(&doc, "army")),
        (Some("MLI"), Some(Sector::MIL))
    );
}

#[test]
fn a_role_word_before_a_name_describes_the_organisation() {
    let doc = annotate(
        "Libya's paramilitary Desert Shield Brigade shelled the airport, and \
         the brigade later withdrew.",
    );
    assert!(
        doc.entities
            .iter()
            .all(|e| !e.name.contains("paramilitary")),
        "{:?}",
        doc.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
}

#[test]
fn an_organisation_in_a_title_codes_the_person_and_is_no_actor_there() {
    let doc = annotate(
        "The UN Special Envoy for Sudan, Karin Holm, said on Monday that both \
         sides had agreed to a truce.",
    );
    assert_eq!(coded(entity(&doc, "Karin Holm")), (None, Some(Sector::IGO)));
    assert!(
        doc.entities.iter().all(|e| !e.name.contains("Envoy")),
        "{:?}",
        doc.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
}

#[test]
fn a_possessive_pronoun_gives_the_group_its_states_country() {
    let doc = annotate(
        "Uganda rejected the report on Friday. Its defence ministry said no troops \
         had crossed the border.",
    );
    let e = entity(&doc, "defence ministry");
    assert_eq!(coded(e), (Some("UGA"), Some(Sector::GOV)));
}

#[test]
fn congo_alone_is_the_democratic_republic_as_news_writes_it() {
    let doc = annotate("Congo accused its neighbour of arming the rebels near Bukavu.");
    assert_eq!(entity(&doc, "Congo").country.as_deref(), Some("COD"));
}

#[test]
fn a_capital_as_subject_is_the_state_whatever_comes_between() {
    let doc = annotate("Iran and Iraq traded accusations. Baghdad again denied the charges.");
    let r = entity(&doc, "Iraq");
    assert!(r.aliases.iter().any(|a| a == "Baghdad"), "{r:?}");
}

#[test]
fn a_country_followed_by_a_time_word_or_tagged_as_a_location_is_an_actor() {
    let doc = annotate("The minister criticised Mozambique today.");
    assert_eq!(entity(&doc, "Mozambique").kind, EntityKind::Gpe);
    let doc = annotate("Mauritania and Senegal signed a border agreement.");
    assert_eq!(entity(&doc, "Mauritania").kind, EntityKind::Gpe);
    assert_eq!(entity(&doc, "Senegal").kind, EntityKind::Gpe);
}

#[test]
fn a_role_word_used_as_an_adjective_names_no_group() {
    let doc = annotate("Iran threatened a new military offensive.");
    assert!(
        doc.entities.iter().all(|e| e.name != "military"),
        "{:?}",
        doc.entities
    );
}

#[test]
fn an_unnamed_official_with_a_nationality_is_an_actor() {
    let doc = annotate("A Kenyan official criticised the decision on Tuesday.");
    let e = entity(&doc, "Kenyan official");
    assert_eq!(e.kind, EntityKind::Person);
    assert_eq!(coded(e), (Some("KEN"), Some(Sector::GOV)));
    // Without a nationality nothing is coded as fact.
    let doc = annotate("An official criticised the decision on Tuesday.");
    assert!(doc.entities.is_empty(), "{:?}", doc.entities);
}

#[test]
fn the_prc_is_china() {
    let doc = annotate("The PRC protested the visit.");
    assert_eq!(entity(&doc, "PRC").country.as_deref(), Some("CHN"));
}

#[test]
fn a_people_noun_with_a_demonym_is_a_group_of_that_country() {
    let doc = annotate("Thousands of Iraqi Kurds demonstrated in Kirkuk on Sunday.");
    let e = entity(&doc, "Iraqi Kurds");
    assert_eq!(e.kind, EntityKind::Norp);
    assert_eq!(e.country.as_deref(), Some("IRQ"));
    let doc = annotate("Bosnian Serbs demanded a truce.");
    assert_eq!(
        entity(&doc, "Bosnian Serbs").country.as_deref(),
        Some("BIH")
    );
}

#[test]
fn an_indefinite_title_after_an_adjective_and_a_country_is_a_person() {
    let doc = annotate("A top U.S. official praised the plan.");
    let e = entity(&doc, "U.S. official");
    assert_eq!(e.kind, EntityKind::Person);
    assert_eq!(coded(e), (Some("USA"), Some(Sector::GOV)));
}

#[test]
fn a_title_after_a_possessive_country_stands_when_no_one_is_named() {
    let doc = annotate("Taiwan's Vice Foreign Minister visited Russia today.");
    let e = entity(&doc, "taiwan's vice foreign minister");
    assert_eq!(coded(e), (Some("TWN"), Some(Sector::GOV)));
    // ... and is the person named before when there is one.
    let doc =
        annotate("Joseph Wu met reporters. Taiwan's foreign minister said the talks went well.");
    assert!(
        doc.entities.iter().all(|e| !e.name.contains("minister")),
        "{:?}",
        doc.entities
    );
}

#[test]
fn a_plural_group_in_a_country_is_that_country_s() {
    let doc = annotate("Opposition groups in Zimbabwe are demanding new elections.");
    let e = entity(&doc, "Opposition groups in Zimbabwe");
    assert_eq!(coded(e), (Some("ZWE"), Some(Sector::OPP)));
}

#[test]
fn the_country_a_group_is_placed_in_does_not_act() {
    let doc = annotate("Rebels in the Ivory Coast attacked the town.");
    let e = entity(&doc, "Rebels in the Ivory Coast");
    assert_eq!(coded(e), (Some("CIV"), Some(Sector::REB)));
    assert!(doc.entities.iter().all(|e| e.name != "Ivory Coast"));
    let doc = annotate("Students throughout Indonesia staged demonstrations.");
    assert_eq!(
        entity(&doc, "Students throughout Indonesia")
            .country
            .as_deref(),
        Some("IDN")
    );
}

#[test]
fn a_part_of_a_body_acts_and_the_body_only_where_named_alone() {
    let doc = annotate("The African Union mission in Somalia condemned the attack on Thursday.");
    let m = entity(&doc, "African Union mission in Somalia");
    assert_eq!(m.role, Some(Sector::IGO));
    assert!(
        doc.entities.iter().all(|e| e.name != "African Union"),
        "{:?}",
        doc.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
}

#[test]
fn a_coast_guard_is_a_military_body_of_its_country() {
    let doc = annotate(
        "Chinese coast guard vessels fired water cannon at two fishing boats. \
         China's coast guard said its ships had expelled the boats.",
    );
    let e = entity(&doc, "Chinese coast guard");
    assert_eq!(coded(e), (Some("CHN"), Some(Sector::MIL)));
    assert!(
        e.aliases.iter().any(|a| a == "China's coast guard"),
        "{e:?}"
    );
}

#[test]
fn people_and_several_bodies_are_not_one_named_organisation() {
    let doc = annotate(
        "The International Committee of the Red Cross said the prisoners were freed. \
         Flights carrying freed detainees landed in Aden. \
         Thousands have died, according to aid groups.",
    );
    let icrc = entity(&doc, "International Committee of the Red Cross");
    assert!(icrc.aliases.is_empty(), "{icrc:?}");
}

#[test]
fn the_group_in_a_speakers_words_is_the_body_in_the_speakers_title() {
    let doc = annotate(
        "The talks were sponsored by the United Nations. Houthi negotiator Ali Saleh \
         said the group would seek the release of all prisoners.",
    );
    let houthis = entity(&doc, "Houthi");
    assert!(houthis.aliases.iter().any(|a| a == "group"), "{houthis:?}");
    let un = entity(&doc, "United Nations");
    assert!(un.aliases.is_empty(), "{un:?}");
    let saleh = entity(&doc, "Ali Saleh");
    assert_eq!(coded(saleh), (Some("YEM"), Some(Sector::REB)));
}

#[test]
fn a_ministry_named_by_its_portfolio_is_that_ministry_of_the_home_country() {
    let doc = annotate(
        "LIMA, Peru (Reuters) — Police arrested 14 people in Peru's capital, the interior ministry said. \
         The foreign ministry said it had summoned the envoy.",
    );
    let interior = entity(&doc, "interior ministry");
    assert_eq!(coded(interior), (Some("PER"), Some(Sector::GOV)));
    let foreign = entity(&doc, "foreign ministry");
    assert_ne!(interior.name, foreign.name, "two ministries, two actors");
}

#[test]
fn people_and_bodies_of_no_stated_country_take_the_articles() {
    let doc = annotate(
        "Kenyan police fired tear gas at protesters in Nairobi on Monday. \
         President William Ruto said Kenya would investigate the deaths. \
         The lawyer, Joseph Mwangi, said his clients were beaten. \
         Kenya's opposition called for a strike across Kenya.",
    );
    assert_eq!(entity(&doc, "William Ruto").country.as_deref(), Some("KEN"));
    assert_eq!(
        coded(entity(&doc, "Joseph Mwangi")),
        (Some("KEN"), Some(Sector::JUD))
    );
}

#[test]
fn a_possessive_title_takes_its_owners_country_and_sector() {
    let doc = annotate(
        "Amnesty International condemned the arrests in Kenya on Monday. \
         Its regional director, Grace Wanjiru, said the detainees must be freed.",
    );
    assert_eq!(
        coded(entity(&doc, "Grace Wanjiru")),
        (None, Some(Sector::NGO))
    );
    let doc = annotate(
        "U.N. Secretary-General Antonio Guterres called for calm in Kenya, \
         his spokesman Stephane Dujarric said on Monday.",
    );
    assert_eq!(
        coded(entity(&doc, "Stephane Dujarric")),
        (None, Some(Sector::IGO))
    );
}

#[test]
fn a_title_before_a_comma_starts_after_the_verb() {
    let doc = annotate("Kenya summoned Uganda's ambassador, Peter Okello, on Tuesday.");
    assert_eq!(entity(&doc, "Peter Okello").country.as_deref(), Some("UGA"));
}

#[test]
fn a_province_in_a_title_gives_its_country() {
    let doc = annotate(
        "The road to Afghanistan's south reopened on Monday, Helmand Governor Ahmad Wali said.",
    );
    assert_eq!(entity(&doc, "Ahmad Wali").country.as_deref(), Some("AFG"));
}

#[test]
fn former_office_holders_are_elites() {
    let doc = annotate("Police arrested former Prime Minister Omar Diallo in Conakry.");
    assert_eq!(entity(&doc, "Omar Diallo").role, Some(Sector::ELI));
}

#[test]
fn ruling_and_opposition_parties() {
    let doc = annotate(
        "The ruling People's Unity Party denied the claims. \
         The opposition Civic Alliance Party said it would appeal.",
    );
    assert_eq!(entity(&doc, "People's Unity Party").role, Some(Sector::GOV));
    assert_eq!(entity(&doc, "Civic Alliance Party").role, Some(Sector::OPP));
}

#[test]
fn a_states_security_council_is_its_own() {
    let doc = annotate(
        "Prime Minister Nikol Pashinyan chaired a meeting of Armenia's Security Council \
         on Wednesday. The UN Security Council will meet on Friday.",
    );
    let own = doc
        .entities
        .iter()
        .find(|e| e.country.as_deref() == Some("ARM") && e.name.contains("Security Council"))
        .unwrap_or_else(|| panic!("{:?}", doc.entities));
    assert_eq!(own.role, Some(Sector::GOV));
    assert_eq!(entity(&doc, "UN Security Council").role, Some(Sector::IGO));
}

#[test]
fn a_pro_government_militia_is_on_the_states_side() {
    let doc = annotate(
        "Gunmen attacked members of a pro-government militia near the border, officials said.",
    );
    let militia = doc
        .entities
        .iter()
        .find(|e| e.name.contains("militia"))
        .unwrap_or_else(|| panic!("{:?}", doc.entities));
    assert_eq!(militia.role, Some(Sector::MIL));
}

#[test]
fn one_body_name_of_two_countries_is_two_entities() {
    let doc = annotate(
        "Armenia's Defence Ministry said Azerbaijani troops opened fire overnight. \
         Azerbaijan's Defence Ministry rejected that account.",
    );
    let arm = entity(&doc, "Armenia's Defence Ministry");
    let aze = entity(&doc, "Azerbaijan's Defence Ministry");
    assert_eq!(arm.country.as_deref(), Some("ARM"));
    assert_eq!(aze.country.as_deref(), Some("AZE"));
}

#[test]
fn an_institution_noun_inside_a_title_is_no_actor() {
    let doc = annotate(
        "Police arrested four suspects on Friday, provincial police chief Imran Khalid said.",
    );
    assert!(
        doc.entities.iter().all(|e| e.name != "provincial police"),
        "{:?}",
        doc.entities
    );
    assert_eq!(entity(&doc, "Imran Khalid").role, Some(Sector::COP));
}

#[test]
fn a_bare_institution_opening_a_title_is_no_actor() {
    let doc = annotate(
        "The court jailed the editor on Monday. Cabinet spokesman Omar Latif defended the ruling.",
    );
    assert!(
        doc.entities.iter().all(|e| e.name != "Cabinet"),
        "{:?}",
        doc.entities
    );
    assert!(doc.entities.iter().any(|e| e.name == "Omar Latif"));
}

#[test]
fn a_government_hoped_for_cited_or_as_an_office_is_no_actor() {
    let doc = annotate(
        "The junta said it would hand power to an elected government in 2029. \
         Exports fell by a third, according to government figures. \
         The deal should be debated in parliament, the opposition said.",
    );
    assert!(
        doc.entities
            .iter()
            .all(|e| e.name != "government" && e.name != "parliament"),
        "{:?}",
        doc.entities
    );
}

#[test]
fn the_government_is_the_one_named_before() {
    let doc = annotate(
        "HAVANA (Reuters) - Peru's government and the rebels agreed a truce on Monday. \
         The government's negotiator said the talks would resume.",
    );
    let govs: Vec<_> = doc
        .entities
        .iter()
        .filter(|e| e.name.contains("government"))
        .collect();
    assert_eq!(govs.len(), 1, "{:?}", doc.entities);
    assert_eq!(govs[0].country.as_deref(), Some("PER"));
}

#[test]
fn the_agency_of_a_dateline_after_a_headline_is_no_actor() {
    let doc = annotate(
        "Junta expels French ambassador\n\
         BISSAU, Guinea-Bissau (Reuters) — The junta expelled the French ambassador. \
         Reporters said the ambassador left on Thursday.",
    );
    assert!(
        doc.entities.iter().all(|e| e.name != "Reuters"),
        "{:?}",
        doc.entities
    );
}

#[test]
fn bare_security_forces_are_the_states_own_actor() {
    let doc = annotate(
        "BAMAKO, Mali (Reuters) — Mali's military government dissolved all parties on Tuesday.\n\
         Security forces arrested three opposition activists in the capital on Wednesday.",
    );
    let e = entity(&doc, "Security forces");
    assert_eq!(coded(e), (Some("MLI"), Some(Sector::MIL)));
}

#[test]
fn a_body_modifying_a_thing_it_owns_is_no_actor() {
    let doc = annotate(
        "The two men were flown to Muscat aboard an Omani government plane before boarding \
         a German air force flight to Berlin.",
    );
    assert!(
        doc.entities
            .iter()
            .all(|e| e.name != "Omani government" && e.name != "German air force"),
        "{:?}",
        doc.entities
    );
}

#[test]
fn a_liberation_army_or_front_is_a_rebel_group() {
    let doc = annotate(
        "The Kivu Liberation Army attacked a convoy on Monday. The Sanaga Liberation Front denied any role in the attack.",
    );
    assert_eq!(entity(&doc, "Kivu Liberation Army").role, Some(Sector::REB));
    assert_eq!(
        entity(&doc, "Sanaga Liberation Front").role,
        Some(Sector::REB)
    );
}

#[test]
fn the_head_of_a_body_outside_the_state_takes_its_sector() {
    let doc =
        annotate("Amnesty International president Clara Mendes said the arrests were unlawful.");
    let e = entity(&doc, "Clara Mendes");
    assert_eq!(e.role, Some(Sector::NGO), "{e:?}");
}

#[test]
fn an_episcopal_conference_is_civil_society() {
    let doc =
        annotate("The Episcopal Conference of Peru offered to mediate between the two sides.");
    assert_eq!(
        entity(&doc, "Episcopal Conference of Peru").role,
        Some(Sector::CVL)
    );
}

#[test]
fn a_persons_office_is_no_body_named_before() {
    let doc = annotate(
        "The Sahel Relief Agency sent a convoy to the border. Minister Omar Diallo met the drivers on Monday, his office said.",
    );
    let e = entity(&doc, "Sahel Relief Agency");
    assert!(!e.aliases.iter().any(|a| a == "office"), "{e:?}");
}

#[test]
fn a_states_forces_under_a_common_noun_are_its_named_army() {
    let doc = annotate(
        "The Uganda Defence Forces (UDF) said its jets struck rebel camps. \
         Uganda's military said on Friday that Ugandan warplanes would keep flying. \
         A UDF spokesman gave no toll.",
    );
    let e = entity(&doc, "Uganda Defence Forces");
    for alias in ["UDF", "Uganda's military", "Ugandan warplanes"] {
        assert!(
            e.name == alias || e.aliases.iter().any(|a| a == alias),
            "{alias} not in {e:?}"
        );
    }
    assert_eq!(coded(e), (Some("UGA"), Some(Sector::MIL)));
}

#[test]
fn the_junta_is_the_military_government_named_before() {
    let doc = annotate(
        "BRUSSELS (Reuters) - Guinea's military government said it would hold a vote in 2027. \
         The European Union said it was concerned. The junta has expelled two diplomats.",
    );
    let e = entity(&doc, "Guinea's military government");
    assert!(e.aliases.iter().any(|a| a == "junta"), "{e:?}");
    assert_eq!(coded(e), (Some("GIN"), Some(Sector::GOV)));
    let doc = annotate(
        "Chad's military government welcomed the vote. Chad's military said it would \
         withdraw from the border.",
    );
    let e = entity(&doc, "Chad's military government");
    assert!(e.aliases.iter().any(|a| a == "Chad's military"), "{e:?}");
}

#[test]
fn a_dateline_agency_is_no_actor_even_with_a_dated_dateline() {
    let doc = annotate(
        "HARARE, Aug 20 (Reuters) - Zimbabwe's opposition said on Thursday it would \
         challenge the result. Its leader told reporters the vote was rigged.",
    );
    assert!(
        !doc.entities.iter().any(|e| e.name == "Reuters"),
        "{:?}",
        doc.entities
    );
}

#[test]
fn a_described_body_is_the_one_named_with_its_head_noun() {
    let doc = annotate(
        "Malawi's main opposition alliance said on Monday it would boycott parliament. \
         Its candidate, Peter Banda of the Umodzi Alliance, lost the vote.",
    );
    let e = entity(&doc, "Umodzi Alliance");
    assert!(
        e.aliases
            .iter()
            .any(|a| a == "Malawi's main opposition alliance"),
        "{e:?}"
    );
    assert_eq!(coded(e), (Some("MWI"), Some(Sector::OPP)));
}

#[test]
fn a_name_after_a_kind_of_organisation_is_the_organisation() {
    let doc = annotate(
        "The Dutch charity Sea-Haven said its boat had been turned away. \
         Night Signal, a hotline run by volunteers, said the boat was sinking.",
    );
    let e = entity(&doc, "Sea-Haven");
    assert_eq!(e.kind, EntityKind::Org);
    assert_eq!(coded(e), (Some("NLD"), Some(Sector::NGO)));
    assert!(!doc.entities.iter().any(|e| e.name == "Dutch charity"));
    let e = entity(&doc, "Night Signal");
    assert_eq!(coded(e), (None, Some(Sector::NGO)));
}

#[test]
fn a_monarch_keeps_the_title_in_the_name() {
    let doc = annotate("The president will meet King Harald at the palace on Friday.");
    let e = entity(&doc, "King Harald");
    assert_eq!(e.kind, EntityKind::Person);
}

#[test]
fn host_institutions_take_the_dateline_country_in_a_story_written_abroad() {
    let doc = annotate(
        "PARIS, March 3 (Reuters) - Kenya's president met his French counterpart. \
         Kenya and Kenya signed deals, Kenya said. The Kenyan leader thanked Kenya's \
         diaspora. The Interior Ministry said four protesters were arrested, and the \
         Regional Council praised the visit.",
    );
    let e = entity(&doc, "Interior Ministry");
    assert_eq!(e.country.as_deref(), Some("FRA"), "{e:?}");
}

#[test]
fn un_bodies_spelled_with_dots_are_international() {
    let doc = annotate("The U.N. Human Rights Council will debate the resolution in Geneva.");
    let e = entity(&doc, "U.N. Human Rights Council");
    assert_eq!(coded(e), (None, Some(Sector::IGO)));
}

#[test]
fn a_nickname_after_alias_is_the_person_and_a_gang_is_an_organisation() {
    let doc = annotate(
        "Among the fugitives is Carlos Ruiz, alias \"El Toro,\" a leader of the \
         Los Halcones gang, police said.",
    );
    let e = entity(&doc, "Carlos Ruiz");
    assert!(e.aliases.iter().any(|a| a == "El Toro"), "{e:?}");
    let g = entity(&doc, "Los Halcones");
    assert_eq!(g.kind, EntityKind::Org);
    assert_eq!(g.role, Some(Sector::CRM));
}

#[test]
fn a_group_only_the_headline_describes_is_no_actor() {
    let doc = annotate(
        "Chilean minister opens mine as Bolivian farmers protest\n\
         SANTIAGO, May 2 (Reuters) - Chile's mining minister Ana Soto opened a copper \
         mine on Friday, her ministry said.",
    );
    assert!(
        !doc.entities.iter().any(|e| e.name.contains("farmers")),
        "{:?}",
        doc.entities
    );
}

#[test]
fn a_hyphenated_given_name_stays_whole() {
    let doc = annotate("Premier Chen Ming-de visited the port. Chen said trade was strong.");
    let e = entity(&doc, "Chen Ming-de");
    assert_eq!(e.kind, EntityKind::Person);
    assert!(e.aliases.iter().any(|a| a == "Chen"), "{e:?}");
    let doc = annotate("A Castro-era decree was cited by the court.");
    assert!(
        doc.entities.iter().all(|e| e.name != "Castro-era"),
        "{:?}",
        doc.entities
    );
}

#[test]
fn a_part_of_a_known_body_is_its_own_actor_of_the_owner() {
    let doc = annotate(
        "The People's Liberation Army's Western Theater Command said the exercises ended. \
         Beijing's Hong Kong Affairs Office said it was a warning.",
    );
    assert_eq!(
        coded(entity(&doc, "People's Liberation Army")),
        (Some("CHN"), Some(Sector::MIL))
    );
    assert_eq!(
        coded(entity(&doc, "Western Theater Command")),
        (Some("CHN"), Some(Sector::MIL))
    );
    assert_eq!(
        entity(&doc, "Hong Kong Affairs Office").country.as_deref(),
        Some("CHN")
    );
}

#[test]
fn a_body_of_two_or_many_states_is_of_none() {
    let doc = annotate(
        "Ravi Menon, vice president of the India-Bangladesh Joint Chamber of Commerce, said \
         trade fell. The Multinational Security Support mission said one officer was hurt.",
    );
    assert_eq!(
        coded(entity(&doc, "India-Bangladesh Joint Chamber of Commerce")),
        (None, Some(Sector::BUS))
    );
    assert_eq!(entity(&doc, "Ravi Menon").role, Some(Sector::BUS));
    assert_eq!(
        coded(entity(&doc, "Multinational Security Support mission")),
        (None, Some(Sector::IGO))
    );
}

#[test]
fn descriptions_of_a_person_or_unit_are_no_bodies() {
    let doc = annotate(
        "A former police officer known as \"Ghost\" leads the gang. Chad sent its first police \
         contingent to Mali in 2023.",
    );
    let names: Vec<&str> = doc.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(
        !names
            .iter()
            .any(|n| n.contains("former") || n.contains("first")),
        "{names:?}"
    );
    let doc = annotate("Three Indian paramilitary soldiers were killed, officials said.");
    assert!(
        doc.entities
            .iter()
            .all(|e| e.group || e.kind != EntityKind::Norp),
        "{:?}",
        doc.entities
    );
}

#[test]
fn titles_name_the_service_and_the_government_a_group_runs() {
    let doc = annotate("Police Director General Jean Baptiste said the gang was routed.");
    assert_eq!(entity(&doc, "Jean Baptiste").role, Some(Sector::COP));
    let doc = annotate(
        "Taliban government spokesman Ahmad Noor said the Taliban would respond. The Taliban \
         deny the charge.",
    );
    assert_eq!(entity(&doc, "Ahmad Noor").role, Some(Sector::GOV));
    assert_eq!(entity(&doc, "Taliban").role, Some(Sector::GOV));
}

#[test]
fn a_capital_owning_a_body_stands_for_its_state() {
    let doc = annotate("Li Wei, a spokesman for Beijing's Hong Kong Affairs Office, said no.");
    let e = entity(&doc, "Beijing");
    assert_eq!(e.kind, EntityKind::Gpe);
}

#[test]
fn the_police_is_the_one_police_force_named() {
    let doc = annotate(
        "The Liberia National Police said 12 people were arrested. The police denied that \
         anyone was hurt.",
    );
    let e = entity(&doc, "Liberia National Police");
    assert!(
        e.aliases.iter().any(|a| a == "police"),
        "{:?}",
        doc.entities
    );
}

#[test]
fn a_leader_of_a_gang_is_of_the_gang_and_a_state_office_is_government() {
    let doc = annotate(
        "Police fought the Kraze Barye gang coalition for three days. Kraze Barye leader \
         Renel Joseph \
         said his men held the area. Nepal's Foreign Office said it was concerned. Dorkhali \
         district deputy commissioner Ram Thapa said roads were shut.",
    );
    assert_eq!(entity(&doc, "Renel Joseph").role, Some(Sector::CRM));
    assert_eq!(
        coded(entity(&doc, "Nepal's Foreign Office")),
        (Some("NPL"), Some(Sector::GOV))
    );
    assert_eq!(entity(&doc, "Ram Thapa").role, Some(Sector::GOV));
}

#[test]
fn an_organ_of_an_international_body_is_international() {
    let doc = annotate(
        "Mali's army seized the town of Gao on Monday. \"We will not accept it,\" NATO Council \
         President Lars Berg told the summit in Bamako. The bloc said it would meet again. \
         The Union of Andean Nations condemned the raid.",
    );
    assert_eq!(
        coded(entity(&doc, "NATO Council")),
        (None, Some(Sector::IGO))
    );
    assert_eq!(coded(entity(&doc, "Lars Berg")), (None, Some(Sector::IGO)));
    assert_eq!(
        coded(entity(&doc, "Union of Andean Nations")),
        (None, Some(Sector::IGO))
    );
    let doc = annotate(
        "Serbs blocked roads near Zvecan, Kosovo. NATO's peacekeeping mission KFOR sent troops, \
         and KFOR said the area was calm.",
    );
    assert_eq!(coded(entity(&doc, "KFOR")), (None, Some(Sector::IGO)));
}

#[test]
fn a_military_rank_before_the_name_makes_the_person_military() {
    let doc = annotate(
        "Troops retook the port on Monday, Kenya's defence ministry spokesman, Brigadier \
         Paul Njoroge, said. Lt. Gen. Omar Ali and Adm. John Keller met on Tuesday.",
    );
    assert_eq!(entity(&doc, "Paul Njoroge").role, Some(Sector::MIL));
    assert_eq!(entity(&doc, "Omar Ali").role, Some(Sector::MIL));
    assert_eq!(entity(&doc, "John Keller").role, Some(Sector::MIL));
}

#[test]
fn a_group_described_by_its_backer_refers_back_to_the_group() {
    let doc = annotate(
        "The Houthis fired two missiles at a cargo ship. The U.S. Navy said the Iran-backed \
         group had also launched drones.",
    );
    let houthis = entity(&doc, "Houthis");
    assert!(
        houthis.aliases.iter().any(|a| a.contains("group")),
        "{:?}",
        houthis.aliases
    );
    assert!(doc.entities.iter().all(|e| !e.name.contains("backed")));
}

#[test]
fn a_title_with_a_for_phrase_before_the_name_gives_country_and_role() {
    let doc = annotate(
        "\"We will help them,\" U.S. Assistant Secretary of State for African Affairs \
         Mark Dolan told reporters in Washington.",
    );
    let e = entity(&doc, "Mark Dolan");
    assert_eq!(coded(e), (Some("USA"), Some(Sector::GOV)));
}

#[test]
fn a_body_of_two_states_takes_no_article_country() {
    let doc = annotate(
        "LUSAKA, Zambia (AP) — Zambia closed the border on Monday. The Zambia-Malawi Joint \
         Chamber of Commerce said traders in Zambia lost money. Zambia's government said the \
         closure was temporary.",
    );
    let e = entity(&doc, "Zambia-Malawi Joint Chamber of Commerce");
    assert_eq!(e.country, None);
}

#[test]
fn known_international_bodies_have_no_country() {
    let doc = annotate(
        "KINGSTON, Jamaica (AP) — The Caribbean Community said on Monday that Jamaica's \
         government would host the summit. The Inter-American Commission on Human Rights \
         (IACHR) welcomed the decision.",
    );
    assert_eq!(
        coded(entity(&doc, "Caribbean Community")),
        (None, Some(Sector::IGO))
    );
    assert_eq!(
        coded(entity(&doc, "Inter-American Commission on Human Rights")),
        (None, Some(Sector::IGO))
    );
}

#[test]
fn the_head_word_of_a_body_gives_its_role() {
    let doc = annotate(
        "MANILA, Philippines (AP) — Exports fell, the Department of Labor and Employment said on Monday. \
         The National Human Rights Commission said it would investigate. The Confederation \
         of Farm Workers called a strike.",
    );
    assert_eq!(
        entity(&doc, "Department of Labor and Employment").role,
        Some(Sector::GOV)
    );
    assert_eq!(
        entity(&doc, "National Human Rights Commission").role,
        Some(Sector::GOV)
    );
    assert_eq!(
        entity(&doc, "Confederation of Farm Workers").role,
        Some(Sector::CVL)
    );
}

/// "Justice Minister X": the portfolio word of a title is no organisation.
#[test]
fn the_portfolio_of_a_title_is_no_organisation() {
    let doc = annotate("Justice Minister Ana Silva said the new law would take effect in May.");
    assert!(
        doc.entities.iter().all(|e| e.name != "Justice"),
        "{:?}",
        doc.entities
    );
    entity(&doc, "Ana Silva");
}

/// "X, a former Chilean foreign minister,": the phrase in apposition is the
/// named person's title, not a second, unnamed person.
#[test]
fn an_office_in_apposition_to_a_named_person_is_no_other_person() {
    let doc = annotate(
        "The envoy, Ana Silva, a former Chilean foreign minister, said the talks would resume in June.",
    );
    assert!(
        doc.entities
            .iter()
            .all(|e| !e.name.to_lowercase().contains("minister")),
        "{:?}",
        doc.entities
    );
}

/// "the Health Ministry … the government … the ministry": a bare head noun
/// refers back to the body named with it, not to a nearer body.
#[test]
fn a_bare_ministry_refers_to_the_ministry_named_before() {
    let text = "Hospitals ran out of oxygen, the Health Ministry said on Monday. \
         Doctors accused the government of ignoring their warnings. \
         The ministry denied that any patient had died.";
    let doc = annotate(text);
    let at = text.find("The ministry").expect("in text") + 4;
    let e = doc
        .entities
        .iter()
        .find(|e| e.spans.iter().any(|s| s.start as usize == at))
        .expect("an entity for the ministry");
    assert_eq!(e.name, "Health Ministry");
}

#[test]
fn a_role_word_joined_by_a_hyphen_names_no_group() {
    let doc = annotate(
        "Chad's army-backed government banned the protest, and a police-run camp was closed.",
    );
    let names: Vec<&str> = doc.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(
        !names
            .iter()
            .any(|n| n.ends_with("army") || n.ends_with("police")),
        "{names:?}"
    );
    let doc = annotate("Chad's army shelled the town on Monday.");
    assert_eq!(coded(entity(&doc, "Chad's army")).1, Some(Sector::MIL));
}

#[test]
fn members_of_the_public_are_no_alias_of_a_named_civilian_body() {
    let doc = annotate(
        "The talks were brokered by the Methodist Church. On Sunday police fired tear gas at protesters in the capital, and residents said dozens of people were hurt.",
    );
    let church = entity(&doc, "Methodist Church");
    for generic in ["protesters", "residents", "people"] {
        assert!(
            !church
                .aliases
                .iter()
                .any(|a| a.eq_ignore_ascii_case(generic)),
            "{church:?}"
        );
    }
}

#[test]
fn several_parties_are_not_the_one_party_named() {
    let doc = annotate(
        "The opposition Unity Party (UP) boycotted the vote. The court rejected petitions filed by opposition parties.",
    );
    let party = entity(&doc, "Unity Party");
    assert!(
        !party.aliases.iter().any(|a| a == "opposition parties"),
        "{party:?}"
    );
}

#[test]
fn armed_men_from_a_named_group_are_that_group() {
    let doc = annotate(
        "Gunmen from the Eastern Liberation Front attacked a police station on Sunday, killing four officers.",
    );
    let front = entity(&doc, "Eastern Liberation Front");
    assert!(
        front
            .aliases
            .iter()
            .any(|a| a.eq_ignore_ascii_case("gunmen")),
        "{front:?}"
    );
}

#[test]
fn a_group_named_by_the_start_of_a_longer_name_is_that_organisation() {
    let doc = annotate(
        "Fighters of the Islamic State Central Africa Province raided a village. The Islamic State group later claimed the raid.",
    );
    let province = entity(&doc, "Islamic State Central Africa Province");
    assert!(
        province.aliases.iter().any(|a| a == "Islamic State group"),
        "{province:?}"
    );
}

#[test]
fn titles_of_clergy_courts_and_the_opposition_give_their_sector() {
    let doc = annotate(
        "Archbishop Pierre Nkou of Garoua said the church would monitor the deal. The Constitutional Council rejected the petitions on Friday. Opposition candidate Lamine Kaba said the vote was rigged. Farid Noor, a former opposition lawmaker, was arrested.",
    );
    assert_eq!(entity(&doc, "Pierre Nkou").role, Some(Sector::CVL));
    assert_eq!(
        entity(&doc, "Constitutional Council").role,
        Some(Sector::JUD)
    );
    assert_eq!(entity(&doc, "Lamine Kaba").role, Some(Sector::OPP));
    assert_eq!(entity(&doc, "Farid Noor").role, Some(Sector::OPP));
    let doc = annotate("The commission declared ruling party candidate Rose Tembo the winner.");
    assert_eq!(entity(&doc, "Rose Tembo").role, Some(Sector::GOV));
}

#[test]
fn an_opposition_party_lawmaker_is_of_the_opposition() {
    let doc = annotate(
        "The opposition Liberty Party boycotted the vote. Liberty Party lawmaker Tomas Rua said the count was rigged.",
    );
    assert_eq!(entity(&doc, "Tomas Rua").role, Some(Sector::OPP));
}

#[test]
fn a_title_before_the_name_keeps_its_of_the_phrase() {
    let doc = annotate(
        "Schools reopened after the governor of the North region, Jean Mballa, lifted the curfew.",
    );
    let e = entity(&doc, "Jean Mballa");
    assert_eq!(e.role, Some(Sector::GOV));
    assert_eq!(e.title.as_deref(), Some("governor of the North region"));
}

#[test]
fn who_rules_a_state_is_of_its_government_whatever_the_rank() {
    let doc = annotate(
        "The vote returned Paul Ekane, who has ruled since 1990, to office. General Amadou Sow, who has led Chad since the coup, declared three days of mourning.",
    );
    assert_eq!(entity(&doc, "Paul Ekane").role, Some(Sector::GOV));
    assert_eq!(entity(&doc, "Amadou Sow").role, Some(Sector::GOV));
}

#[test]
fn a_mixed_case_short_form_in_brackets_joins_its_expansion() {
    let doc = annotate(
        "The National Disaster Management Agency (Basarnas) said 12 people had died. Basarnas said the search would continue.",
    );
    let e = entity(&doc, "Basarnas");
    assert_eq!(e.name, "National Disaster Management Agency");
}

#[test]
fn a_states_junta_is_its_government() {
    let doc = annotate(
        "Mali's junta dissolved parliament on Monday. The government said elections would be held next year.",
    );
    let e = entity(&doc, "Mali's junta");
    assert!(e.aliases.iter().any(|a| a == "government"), "{e:?}");
}

#[test]
fn officials_of_international_bodies_have_no_country() {
    let doc = annotate(
        "NAIROBI, March 3 (Reuters) - Kenya raised fuel taxes on Monday. \
         The International Monetary Fund said it would study the measure. \
         Its resident representative, Helena Markov, said the fund would meet the authorities in April.",
    );
    assert_eq!(
        coded(entity(&doc, "Helena Markov")),
        (None, Some(Sector::IGO))
    );
}

#[test]
fn a_present_post_outranks_a_former_office() {
    let doc = annotate(
        "ADDIS ABABA, March 3 (Reuters) - Ethiopia and the rebels met in Nairobi. \
         The African Union's special envoy, Helena Markov, a former Kenyan diplomat, said the talks would resume. \
         The bloc's mediator, former Ugandan foreign minister Tomas Oketch, will travel to Addis Ababa.",
    );
    assert_eq!(
        coded(entity(&doc, "Helena Markov")),
        (None, Some(Sector::IGO))
    );
    assert_eq!(
        coded(entity(&doc, "Tomas Oketch")),
        (None, Some(Sector::IGO))
    );
}

#[test]
fn an_office_title_takes_the_country_of_the_office_named_before() {
    // Kenya is the story's country; the spokesman speaks for Uganda's
    // ministry named in the sentence before.
    let doc = annotate(
        "Kenyan police raided a camp near Nairobi. Kenya said Mombasa and Kisumu were calm. \
         Uganda's foreign ministry summoned Kenya's envoy on Monday. \
         Ministry spokesman Okello Mugisha said the raid was unlawful.",
    );
    assert_eq!(
        entity(&doc, "Okello Mugisha").country.as_deref(),
        Some("UGA")
    );
    // "military spokesman": the military named before, not the host.
    let doc = annotate(
        "Rockets hit Kisumu and Mombasa in Kenya on Monday. The Ugandan military said it had \
         struck a depot. \"We will not stop,\" military spokesman Colonel Peter Odongo said.",
    );
    assert_eq!(entity(&doc, "Peter Odongo").country.as_deref(), Some("UGA"));
}

#[test]
fn a_sentence_opening_city_gives_an_office_title_its_country() {
    let doc = annotate(
        "Estonia expelled two diplomats from Tallinn on Monday. Estonian police said the men \
         spied in Tartu. In Moscow, Foreign Ministry spokeswoman Irina Volkova called it a provocation.",
    );
    assert_eq!(
        entity(&doc, "Irina Volkova").country.as_deref(),
        Some("RUS")
    );
}

#[test]
fn a_party_named_a_congress_is_no_legislature() {
    let doc = annotate(
        "The opposition African Democratic Congress (ADC) rejected the result. The Nigeria Labour Congress called a strike. Peru's Congress voted to remove the president.",
    );
    assert_eq!(
        entity(&doc, "African Democratic Congress").role,
        Some(Sector::OPP)
    );
    assert_eq!(
        entity(&doc, "Nigeria Labour Congress").role,
        Some(Sector::CVL)
    );
    assert_eq!(entity(&doc, "Congress").role, Some(Sector::LEG));
}

#[test]
fn a_force_named_after_no_state_is_an_armed_group() {
    let doc = annotate(
        "Fighting spread in Mali's north on Sunday. The Kidal Defence Forces (KDF), a \
         separatist militia, said it had seized a base. The army said security forces \
         had retaken the base.",
    );
    let e = entity(&doc, "Kidal Defence Forces");
    assert_eq!(e.role, Some(Sector::REB), "{e:?}");
    assert_ne!(e.country.as_deref(), Some("KEN"), "{e:?}");
    assert!(
        !e.aliases
            .iter()
            .any(|a| a.contains("security forces") || a == "army"),
        "{e:?}"
    );
    // ... and one the text calls insurgent is INS.
    let doc = annotate("The insurgent Sahel Liberation Forces attacked a convoy near Gao.");
    let e = entity(&doc, "Sahel Liberation Forces");
    assert_eq!(e.role, Some(Sector::INS), "{e:?}");
    // A state's own forces keep their role.
    let doc = annotate("The Royal Armed Forces sent soldiers to the quake zone in Morocco.");
    assert_eq!(entity(&doc, "Royal Armed Forces").role, Some(Sector::MIL));
}

#[test]
fn an_acronym_spelled_out_as_another_body_is_that_body() {
    // "ADF" is a known Congolese group; spelled out here it is another one.
    let doc = annotate(
        "The Anglophone Defence Forces (ADF), an armed separatist group in Cameroon, \
         denied the attack. The ADF said its fighters were far away.",
    );
    let e = entity(&doc, "Anglophone Defence Forces");
    assert_ne!(e.country.as_deref(), Some("COD"), "{e:?}");
    assert_eq!(e.role, Some(Sector::REB), "{e:?}");
}

#[test]
fn currencies_and_other_names_of_places_are_no_actors() {
    let doc = annotate(
        "The gang asked for 20 million CFA francs, police in Dakar said. Troops moved \
         toward the valley, known locally as Zardak. Thugs stormed polling units in \
         Kumbotso and Fagge.",
    );
    for name in ["CFA", "Zardak", "Fagge"] {
        assert!(
            !doc.entities.iter().any(|e| e.name == name),
            "{name}: {:?}",
            doc.entities
        );
    }
}
