//! One module per subcommand; each has `Args` (clap) and `run`.

pub mod annotate;
pub mod bench;
pub mod eval;
pub mod eval_conllu;
pub mod eval_ner;
pub mod eval_plover;
pub mod parse;
pub mod train;
pub mod train_clusters;
pub mod train_ner;
pub mod train_syntax;
