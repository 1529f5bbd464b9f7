//! The `newsgraph` command line: flags and glue only, one file per
//! subcommand in `src/cmd/`.

mod cmd;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Reads news articles and turns them into structured event data.
#[derive(Parser)]
#[command(name = "newsgraph", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Annotate articles: entities, places, quotes, events, figures as JSON.
    Annotate(cmd::annotate::Args),
    /// Score predictions (or the engine itself) against human gold.
    Eval(cmd::eval::Args),
    /// Train a model (tagger, parser, ner) from the corpora in ../shared/data.
    Train(cmd::train::Args),
    /// Time the pipeline: throughput, per-stage share, loading time, peak memory.
    Bench(cmd::bench::Args),
    /// Score event coding on the PLOVER gold-standard records.
    EvalPlover(cmd::eval_plover::Args),
    /// Score the mention finder on a CoNLL/IOB file: precision, recall, F1 per type.
    EvalNer(cmd::eval_ner::Args),
    /// Score the tagger and parser against a UD CoNLL-U file.
    EvalConllu(cmd::eval_conllu::Args),
    /// Tokenize, split, tag and parse text; print CoNLL-U.
    Parse(cmd::parse::Args),
}

fn main() -> ExitCode {
    restore_sigpipe();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Annotate(args) => cmd::annotate::run(args),
        Command::Eval(args) => cmd::eval::run(args),
        Command::Train(args) => cmd::train::run(args),
        Command::Bench(args) => cmd::bench::run(args),
        Command::EvalPlover(args) => cmd::eval_plover::run(args),
        Command::EvalNer(args) => cmd::eval_ner::run(args),
        Command::EvalConllu(args) => cmd::eval_conllu::run(args),
        Command::Parse(args) => cmd::parse::run(args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("newsgraph: error: {err:#}");
            ExitCode::from(2)
        }
    }
}

/// Lets a closed pipe end the process quietly, as it does every Unix filter
/// (`newsgraph annotate big.jsonl | head`): Rust ignores SIGPIPE, so
/// without this a write to a closed pipe panics with a backtrace.
fn restore_sigpipe() {
    #[cfg(unix)]
    // SAFETY: called first thing in `main`, before any thread exists;
    // SIG_DFL is the disposition every process starts with outside Rust.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}
