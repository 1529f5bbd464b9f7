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
