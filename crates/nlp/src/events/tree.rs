//! A read-only view of one Doc's dependency trees for the event coder:
//! lemmas, relations, children lists and the walk from a noun phrase to the
//! actors (entities) it names.
//!
//! Built once per Doc (children lists are not stored in the Doc), so every
//! rule of the coder asks plain questions ("the `obj` of this verb", "the
//! case marker of this noun") instead of scanning tokens.

use crate::lexicon::lowercase;
use newsgraph_core::{Doc, EntityId, EntityKind, PlaceKind, Sector, Span, TokenId};
use std::borrow::Cow;

pub struct Tree<'a> {
    pub doc: &'a Doc,
    /// Lower-case lemmas, borrowed from the Doc when already lower-case.
    lemmas: Vec<Cow<'a, str>>,
    /// Every token's children, in token order: token `i`'s are
    /// `children[starts[i]..starts[i + 1]]`.
    children: Vec<usize>,
    starts: Vec<usize>,
}

/// Nouns for a person's relations: someone's client, lawyer or wife is
/// another person.
const RELATIONS: &[&str] = &[
    "aide",
    "bodyguard",
    "brother",
    "client",
    "daughter",
    "driver",
    "family",
    "father",
    "husband",
    "lawyer",
    "mother",
    "nephew",
    "relative",
    "sister",
    "son",
    "wife",
];

impl<'a> Tree<'a> {
    pub fn new(doc: &'a Doc) -> Tree<'a> {
        let n = doc.tokens.len();
        let lemmas = (0..n)
            .map(|i| {
                let l = doc.tags.get(i).map_or("", |t| t.lemma.as_str());
                let l = if l.is_empty() || l == "_" {
                    doc.token_text(TokenId::at(i))
                } else {
                    l
                };
                lowercase(l)
            })
            .collect();
        let heads: Vec<Option<usize>> = (0..n)
            .map(|i| {
                let h = doc.deps.get(i)?.head?.index();
                (h < n && h != i).then_some(h)
            })
            .collect();
        // Count, then place: one list for the whole Doc.
        let mut starts = vec![0; n + 1];
        for &h in heads.iter().flatten() {
            starts[h + 1] += 1;
        }
        for i in 0..n {
            starts[i + 1] += starts[i];
        }
        let mut children = vec![0; starts[n]];
        let mut next = starts.clone();
        for (i, h) in heads.iter().enumerate() {
            if let Some(&h) = h.as_ref() {
                children[next[h]] = i;
                next[h] += 1;
            }
        }
        Tree {
            doc,
            lemmas,
            children,
            starts,
        }
    }

    pub fn len(&self) -> usize {
        self.lemmas.len()
    }

    pub fn lemma(&self, i: usize) -> &str {
        self.lemmas.get(i).map_or("", |l| l)
    }

    /// The UPOS label ("VERB").
    pub fn pos(&self, i: usize) -> &'static str {
        self.doc.tags.get(i).map_or("X", |t| t.upos.as_str())
    }

    pub fn xpos(&self, i: usize) -> &'static str {
        self.doc.tags.get(i).map_or("XX", |t| t.xpos.as_str())
    }

    /// The full relation label ("nsubj:pass").
    pub fn rel(&self, i: usize) -> &'static str {
        self.doc.deps.get(i).map_or("dep", |d| d.rel.as_str())
    }

    /// The relation without its subtype ("nsubj").
    pub fn base_rel(&self, i: usize) -> &'static str {
        let r = self.rel(i);
        r.split(':').next().unwrap_or(r)
    }

    pub fn head(&self, i: usize) -> Option<usize> {
        self.doc
            .deps
            .get(i)
            .and_then(|d| d.head)
            .map(TokenId::index)
            .filter(|&h| h < self.len() && h != i)
    }

    pub fn children(&self, i: usize) -> &[usize] {
        match (self.starts.get(i), self.starts.get(i + 1)) {
            (Some(&a), Some(&b)) => &self.children[a..b],
            _ => &[],
        }
    }

    /// Whether clause `i` is introduced by one of `words` as its `mark`
    /// ("*if* X …", "barred X *from* holding …").
    pub fn marked(&self, i: usize, words: &[&str]) -> bool {
        self.children(i)
            .iter()
            .any(|&m| self.rel(m) == "mark" && words.contains(&self.lemma(m)))
    }

    /// The owners of a noun phrase: possessor, compound and adjective
    /// modifiers, and "of", "by" and "from" phrases ("Russia's offer", "the
    /// attack by X").
    pub fn owners(&self, n: usize) -> impl Iterator<Item = usize> + '_ {
        self.children(n).iter().copied().filter(move |&c| {
            matches!(self.rel(c), "nmod:poss" | "compound" | "amod")
                || (self.base_rel(c) == "nmod"
                    && matches!(self.case(c), Some("by" | "from" | "of")))
        })
    }

    /// Children with exactly this relation.
    pub fn with_rel<'s>(&'s self, i: usize, rel: &'s str) -> impl Iterator<Item = usize> + 's {
        self.children(i)
            .iter()
            .copied()
            .filter(move |&c| self.rel(c) == rel)
    }

    /// The `nsubj` of `v`. A predicate has one subject; when the parser
    /// hangs several on `v` ("the meetings were …, when the US announced"),
    /// the one nearest before `v` is its own, together with the subjects a
    /// `cc` joins to it ("X and Y agreed"), of which the first is returned.
    /// Among several, a time expression ("the US on Thursday demanded",
    /// "Thursday" parsed as a second `nsubj`) or a noun with a preposition
    /// ("students throughout Indonesia staged") is not the subject.
    pub fn subject(&self, v: usize) -> Option<usize> {
        let unlikely = |i: usize| {
            let span = self.doc.tokens[i].span;
            self.doc.dates.iter().any(|d| d.span.contains(span)) || self.first(i, "case").is_some()
        };
        let mut subs: Vec<usize> = self.with_rel(v, "nsubj").collect();
        if subs.iter().any(|&s| !unlikely(s)) {
            subs.retain(|&s| !unlikely(s));
        }
        let mut k = subs.iter().rposition(|&s| s < v).unwrap_or(0);
        while k > 0
            && self
                .with_rel(v, "cc")
                .any(|c| c > subs[k - 1] && c < subs[k])
        {
            k -= 1;
        }
        subs.get(k).copied()
    }

    pub fn first(&self, i: usize, rel: &str) -> Option<usize> {
        self.with_rel(i, rel).next()
    }

    pub fn span(&self, i: usize) -> Span {
        self.doc.tokens.get(i).map_or(Span::default(), |t| t.span)
    }

    /// The lemma of the preposition (`case` child) of a nominal, if any.
    pub fn case(&self, i: usize) -> Option<&str> {
        self.children(i)
            .iter()
            .find(|&&c| self.rel(c) == "case")
            .map(|&c| self.lemma(c))
    }

    /// `i` and the nominals coordinated with it ("X and Y").
    pub fn conjuncts(&self, i: usize) -> Vec<usize> {
        let mut out = vec![i];
        let mut k = 0;
        while k < out.len() && out.len() < 16 {
            let t = out[k];
            out.extend(self.with_rel(t, "conj"));
            k += 1;
        }
        out
    }

    /// The tokens below `i` (not `i` itself), at most a few hundred.
    pub fn descendants(&self, i: usize) -> Vec<usize> {
        let mut out: Vec<usize> = self.children(i).to_vec();
        let mut k = 0;
        while k < out.len() && out.len() < 400 {
            let t = out[k];
            out.extend(self.children(t).iter().copied());
            k += 1;
        }
        out
    }

    /// The span of `i`'s subtree (for evidence).
    pub fn subtree_span(&self, i: usize) -> Span {
        let mut span = self.span(i);
        let mut stack = vec![i];
        let mut seen = 0;
        while let Some(t) = stack.pop() {
            seen += 1;
            if seen > 400 {
                break;
            }
            span = span.cover(self.span(t));
            stack.extend(self.children(t).iter().copied());
        }
        span
    }

    /// The entity that token `i` itself belongs to; a country named as a
    /// place ("officials in Belarus", "sanctions on Belarus") stands for
    /// its state when the state is an actor of the article.
    pub fn entity_of(&self, i: usize) -> Option<EntityId> {
        let span = self.span(i);
        if span.is_empty() {
            return None;
        }
        self.doc
            .entity_at(span)
            .or_else(|| self.state_named_at(span))
    }

    fn state_named_at(&self, span: Span) -> Option<EntityId> {
        let place =
            self.doc.places.iter().find(|p| {
                p.kind == PlaceKind::Country && p.spans.iter().any(|s| s.contains(span))
            })?;
        let country = place.country.as_deref()?;
        self.doc
            .entities
            .iter()
            .position(|e| {
                e.kind == EntityKind::Gpe
                    && e.country.as_deref() == Some(country)
                    && e.role.is_none_or(|r| r == Sector::GOV)
            })
            .map(EntityId::at)
    }

    /// The actors a nominal names: the entity of its head, else of a
    /// modifier ("Afghan government negotiators", "negotiators from the
    /// Afghan government"), for it and every conjunct. A common-noun head
    /// ("negotiators", "officials") gives way to the named actors that
    /// modify it.
    pub fn actors(&self, i: usize) -> Vec<EntityId> {
        let mut out = Vec::new();
        for t in self.conjuncts(i) {
            let named = self.modifier_actors(t);
            let own = self.actor_of_phrase(t);
            // "his government": an actor of its own, not the possessor.
            let pronoun_owned = self
                .children(t)
                .iter()
                .any(|&c| self.rel(c) == "nmod:poss" && self.pos(c) == "PRON")
                && !self
                    .children(t)
                    .iter()
                    .any(|&c| self.rel(c) != "nmod:poss" && self.entity_of(c).is_some());
            let generic =
                own.is_some() && self.pos(t) == "NOUN" && !named.is_empty() && !pronoun_owned;
            let found = match (own, self.appositive_person(t)) {
                // "the government's deputy minister, Majed Fadail,": the
                // person the phrase names in apposition, not its possessor.
                (own, Some(p)) if own.is_none_or(|o| o != p && self.entity_of(t).is_none()) => {
                    vec![p]
                }
                (Some(e), _) if !generic => vec![e],
                _ => named,
            };
            for e in found {
                if !out.contains(&e) {
                    out.push(e);
                }
            }
        }
        out
    }

    /// The person entity token `t` names, if it names one.
    fn person_of(&self, t: usize) -> Option<EntityId> {
        self.entity_of(t).filter(|e| {
            self.doc
                .entities
                .get(e.index())
                .is_some_and(|x| x.kind == newsgraph_core::EntityKind::Person)
        })
    }

    /// A person named in apposition to `t` or to a noun below it that the
    /// parser hung there without a preposition ("the deputy [minister],
    /// Majed Fadail,").
    fn appositive_person(&self, t: usize) -> Option<EntityId> {
        let level = |x: usize| {
            self.children(x)
                .iter()
                .filter(|&&c| self.rel(c) == "appos")
                .find_map(|&c| self.person_of(c))
        };
        level(t).or_else(|| {
            self.children(t)
                .iter()
                .filter(|&&c| matches!(self.rel(c), "nmod" | "compound") && self.case(c).is_none())
                .find_map(|&c| level(c))
        })
    }

    fn modifiers(&self, t: usize) -> Vec<usize> {
        // "opponents of the Senate", "victims of the army": people defined
        // by their relation to an actor are not that actor.
        let relational = matches!(
            self.lemma(t),
            "opponent" | "critic" | "rival" | "enemy" | "foe" | "victim" | "opposition"
        );
        let mut m: Vec<(u8, usize)> = self
            .children(t)
            .iter()
            .filter_map(|&c| {
                let rank = match self.rel(c) {
                    "appos" | "flat" | "flat:name" => 0,
                    "compound" if self.pos(c) == "PROPN" => 1,
                    "nmod" if relational && self.case(c) == Some("of") => return None,
                    "nmod" if matches!(self.case(c), Some("of" | "from" | "for")) => 2,
                    // "the shadow [National Unity Government]": a name the
                    // parser hung from a modifier without a preposition
                    // (or a name read as a common noun: "paramilitary
                    // [Rapid Support Forces]" with "Forces" as NNS)
                    "nmod"
                        if self.case(c).is_none()
                            && (self.pos(c) == "PROPN" || self.entity_of(c).is_some()) =>
                    {
                        2
                    }
                    // "18 Rwandan rebels" parsed with the number as head
                    "nmod:unmarked" if self.pos(c) == "PROPN" && self.pos(t) == "NUM" => 2,
                    "compound" | "amod" => 3,
                    "nmod:poss" => 4,
                    "nmod" if self.case(c) == Some("in") => 5,
                    _ => return None,
                };
                Some((rank, c))
            })
            .collect();
        m.sort_unstable();
        m.into_iter().map(|(_, c)| c).collect()
    }

    /// Entities named by a nominal's modifiers (two levels down), with the
    /// conjuncts of each modifier ("from X and Y"); the best-ranked
    /// modifier that names any wins.
    fn modifier_actors(&self, t: usize) -> Vec<EntityId> {
        let mut frontier = self.modifiers(t);
        for _ in 0..2 {
            let mut next = Vec::new();
            for m in frontier {
                // "his supporters", "Qadir's relatives": people who belong
                // to a person are not that person (an organisation's
                // fighters are the organisation).
                // So are "his client", "her lawyer", "his wife".
                let personal = self.rel(m) == "nmod:poss"
                    && self.head(m).is_some_and(|h| {
                        self.xpos(h) == "NNS" || RELATIONS.contains(&self.lemma(h))
                    })
                    && self.person_of(m).is_some();
                if personal {
                    continue;
                }
                let mut found = Vec::new();
                for c in self.conjuncts(m) {
                    if let Some(e) = self.entity_of(c) {
                        if !found.contains(&e) {
                            found.push(e);
                        }
                    }
                }
                if !found.is_empty() {
                    return found;
                }
                next.extend(self.modifiers(m));
            }
            frontier = next;
        }
        Vec::new()
    }

    /// The noun a relative clause headed by `verb` describes: its head,
    /// unless the verb's number says otherwise. "measures by Ethiopia that
    /// threaten …": a plural verb hung on a singular noun describes the
    /// plural noun that noun modifies (and the other way round).
    pub fn antecedent(&self, verb: usize) -> Option<usize> {
        let h = self.head(verb)?;
        let plural = |x: &str| matches!(x, "NNS" | "NNPS");
        let singular = |x: &str| matches!(x, "NN" | "NNP");
        let (vx, hx) = (self.xpos(verb), self.xpos(h));
        // present tense by its form: the tagger confuses VBP and VBZ
        let present = matches!(vx, "VBP" | "VBZ");
        let third = present && self.span(verb).text(self.doc.text()).ends_with(['s', 'S']);
        let above = self
            .head(h)
            .filter(|_| self.rel(h).starts_with("nmod"))
            .filter(|&g| {
                let gx = self.xpos(g);
                (present && !third && singular(hx) && plural(gx))
                    || (third && plural(hx) && singular(gx))
            });
        Some(above.unwrap_or(h))
    }

    fn actor_of_phrase(&self, t: usize) -> Option<EntityId> {
        if let Some(e) = self.entity_of(t) {
            return Some(e);
        }
        // Relative pronoun: the noun the clause modifies.
        if matches!(self.xpos(t), "WP" | "WDT") {
            let verb = self.head(t)?;
            if self.rel(verb).starts_with("acl") {
                // "the row with Malta, which Rome accused": the name right
                // before the comma when the parser hung the clause higher.
                let before_comma = || {
                    let comma = t.checked_sub(1)?;
                    (self.span(comma).text(self.doc.text()) == ",")
                        .then(|| self.entity_of(comma.checked_sub(1)?))
                        .flatten()
                };
                // "a complaint with the Security Council against the
                // Emirates, which the government accuses": a "which" after
                // a comma is the name just before it, however far up the
                // parser hung the clause ("who" may reach past a body to
                // its spokesman: "the spokesman for the ministry, who").
                if self.xpos(t) == "WDT" {
                    if let Some(e) = before_comma() {
                        return Some(e);
                    }
                }
                return self
                    .actor_of_phrase(self.antecedent(verb)?)
                    .or_else(before_comma);
            }
        }
        self.modifier_actors(t).into_iter().next()
    }
}
