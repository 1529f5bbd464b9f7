//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

/// `../shared/` beside the checkout (or `$NEWSGRAPH_SHARED`), when present.
/// Tests that need it print why they skip and return early when it is absent.
pub fn shared_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("NEWSGRAPH_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    if dir.join("eval/seed.txt").is_file() {
        Some(dir)
    } else {
        eprintln!(
            "skipped: ../shared/ not found beside the checkout ({}); set NEWSGRAPH_SHARED to run this test",
            dir.display()
        );
        None
    }
}

/// Path of the built `newsgraph` binary.
pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_newsgraph"))
}

/// The whole standard pipeline (built once per test binary) on one article
/// published on `published` (YYYY-MM-DD).
pub fn annotate_published(text: &str, published: &str) -> newsgraph_core::Doc {
    use std::sync::OnceLock;
    static P: OnceLock<newsgraph_nlp::Pipeline> = OnceLock::new();
    let p =
        P.get_or_init(|| newsgraph_nlp::Pipeline::standard().expect("standard pipeline builds"));
    p.annotate(newsgraph_core::Article {
        id: "t".into(),
        text: text.into(),
        published: Some(published.parse().expect("test date")),
        ..newsgraph_core::Article::default()
    })
}

/// The first event whose CAMEO code starts with `cameo_prefix`; the test
/// fails listing every event when there is none.
pub fn event_coded<'a>(
    doc: &'a newsgraph_core::Doc,
    cameo_prefix: &str,
) -> &'a newsgraph_core::Event {
    doc.events
        .iter()
        .find(|e| e.cameo.starts_with(cameo_prefix))
        .unwrap_or_else(|| {
            let all: Vec<_> = doc
                .events
                .iter()
                .map(|e| (&e.cameo, e.evidence.text(doc.text())))
                .collect();
            panic!("no event {cameo_prefix}… in {all:?}")
        })
}
