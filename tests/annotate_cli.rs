//! End-to-end tests of `newsgraph annotate` on temporary directories: the
//! input kinds, the output modes, and bad input (each case reported with
//! file, line and id; the batch goes on; exit code 0/1/2).

mod common;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(common::bin())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    if let Some(input) = stdin {
        let mut si = child.stdin.take().expect("stdin");
        // The binary may stop reading early (binary input): ignore EPIPE.
        let _ = si.write_all(input);
    }
    drop(child.stdin.take());
    child.wait_with_output().expect("binary finishes")
}

fn lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each stdout line is JSON"))
        .collect()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    std::fs::write(dir.join(name), bytes).expect("write fixture");
}

const ARTICLE: &str = "Rebel fighters seized the town of Marrow on Tuesday, officials said.\n";

#[test]
fn text_file_with_published_flag_gives_one_json_line() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "marrow.txt", ARTICLE.as_bytes());
    let f = d.path().join("marrow.txt");
    let out = run(
        &["annotate", f.to_str().unwrap(), "--published", "2024-03-08"],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let docs = lines(&out);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["doc"]["id"], "marrow");
    assert_eq!(docs[0]["doc"]["published"], "2024-03-08");
    for k in ["entities", "places", "quotes", "events", "figures"] {
        assert!(docs[0][k].is_array(), "{k}");
    }
    assert!(stderr(&out).contains("1 articles read, 1 annotated, 0 failed"));
}

#[test]
fn directory_jsonl_and_sidecar_keep_input_order() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "b.txt", ARTICLE.as_bytes());
    write(
        d.path(),
        "b.meta.json",
        br#"{"id":"bee","published":"2023-01-02","url":"https://example.org/b"}"#,
    );
    let mut jsonl = String::new();
    for i in 0..40 {
        jsonl += &format!(
            "{{\"id\":\"j{i}\",\"text\":\"Line {i}. {}\"}}\n",
            ARTICLE.trim()
        );
    }
    write(d.path(), "a.jsonl", jsonl.as_bytes());
    let out = run(
        &["annotate", d.path().to_str().unwrap(), "--threads", "2"],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let docs = lines(&out);
    let ids: Vec<&str> = docs
        .iter()
        .map(|d| d["doc"]["id"].as_str().unwrap())
        .collect();
    let mut want: Vec<String> = (0..40).map(|i| format!("j{i}")).collect();
    want.push("bee".into());
    assert_eq!(ids, want);
    assert_eq!(docs[40]["doc"]["url"], "https://example.org/b");
}

#[test]
fn out_dir_writes_one_file_per_article() {
    let d = tempfile::tempdir().unwrap();
    let o = tempfile::tempdir().unwrap();
    write(d.path(), "x.txt", ARTICLE.as_bytes());
    write(d.path(), "y.txt", ARTICLE.as_bytes());
    let out = run(
        &[
            "annotate",
            d.path().to_str().unwrap(),
            "--out",
            o.path().to_str().unwrap(),
            "-q",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    assert!(out.stderr.is_empty(), "quiet: {}", stderr(&out));
    for n in ["x", "y"] {
        let v: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(o.path().join(format!("{n}.json"))).unwrap(),
        )
        .unwrap();
        assert_eq!(v["doc"]["id"], n);
    }
}

#[test]
fn bad_inputs_are_reported_and_the_batch_goes_on() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "a-good.txt", ARTICLE.as_bytes());
    write(
        d.path(),
        "b-utf8.txt",
        b"first line\nsecond \xC3\x28 line\n",
    );
    write(d.path(), "c-binary.txt", b"\x7fELF\x02\x01\x01\0\0\0");
    write(d.path(), "d-empty.txt", b"");
    write(d.path(), "e-big.txt", "x ".repeat(600).as_bytes());
    write(
        d.path(),
        "f.jsonl",
        b"{\"id\":\"ok1\",\"text\":\"Talks resumed.\"}\n{\"id\":\"broken\",\"text\":\n{\"id\":\"notext\"}\n{\"id\":\"ok2\",\"text\":\"Troops left.\"}\n",
    );
    let out = run(
        &[
            "annotate",
            d.path().to_str().unwrap(),
            "--max-bytes",
            "1000",
        ],
        None,
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    let ids: Vec<String> = lines(&out)
        .iter()
        .map(|d| d["doc"]["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["a-good", "ok1", "ok2"]);
    assert!(
        err.contains("b-utf8.txt:2 (id b-utf8): not valid UTF-8"),
        "{err}"
    );
    assert!(
        err.contains("c-binary.txt:1 (id c-binary): binary data"),
        "{err}"
    );
    assert!(
        err.contains("d-empty.txt:1 (id d-empty): empty article"),
        "{err}"
    );
    assert!(
        err.contains("e-big.txt:1 (id e-big)") && err.contains("--max-bytes"),
        "{err}"
    );
    assert!(err.contains("f.jsonl:2: malformed JSON"), "{err}");
    assert!(
        err.contains("f.jsonl:3 (id notext): no \"text\" field"),
        "{err}"
    );
    assert!(
        err.contains("9 articles read, 3 annotated, 6 failed"),
        "{err}"
    );
}

#[test]
fn random_bytes_on_stdin_are_a_clear_error_not_a_panic() {
    // A fixed pseudo-random byte stream (xorshift), 1 MB, as from /dev/urandom.
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let bytes: Vec<u8> = (0..1_000_000)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect();
    let out = run(&["annotate", "-"], Some(&bytes));
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("<stdin>") && err.contains("(id stdin)"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn stdin_text_and_stdin_jsonl() {
    let out = run(
        &["annotate", "-", "--published", "2024-03-08"],
        Some(ARTICLE.as_bytes()),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(lines(&out)[0]["doc"]["id"], "stdin");
    let out = run(
        &["annotate", "-", "--jsonl"],
        Some(b"{\"id\":\"s1\",\"text\":\"One.\"}\n{\"id\":\"s2\",\"text\":\"Two.\"}\n"),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(lines(&out).len(), 2);
}

#[test]
fn usage_errors_exit_2() {
    let out = run(&["annotate", "/no/such/dir/newsgraph-test"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no such file or directory"));
    let out = run(&["annotate", "-", "--published", "July 2021"], Some(b"x"));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("YYYY-MM-DD"));
}
