"""Match quality on the labelled dev pairs: nodewatch vs OpenSanctions logic-v2, same run.

    python bench/match_quality.py [--pairs PATH] [--meta PATH] [--json OUT] [--split]

Reads ``dev_pairs.jsonl`` (default: $NODEWATCH_DATA/../eval, i.e. ../shared/eval) and
prints precision, recall, F1 and ROC-AUC overall and per group for both matchers, each at
its own threshold (nodewatch ``MATCH_THRESHOLD``; logic-v2 at 0.70 as yente uses it).
Groups hold only positives or only negatives, so per group the table shows accuracy (the
share labelled right) next to the counts. Positives whose query is a former name, an
acronym, a cover name or a translated name (derived from ``dev_pairs.meta.jsonl`` and the
names, see ``hard_kind``) are reported on their own. ``--split`` also reports a fixed
held-out fifth of the pairs (by a hash of the id) next to the rest, to show that rules
tuned on the rest hold up.

Both matchers are also run on the candidates *as listed* (unless ``--as-given``): each
candidate with every name the lists give the target it names (``ListedNames``, what
``nodewatch score-pairs`` does when the store holds lists). The names come from the store
at $NODEWATCH_DB (``--db``) if it holds lists, else from the staged lists
($NODEWATCH_DATA/lists) ingested into a temporary store. logic-v2 is given the same
widened candidates, so the difference between the two runs is the lists' knowledge, and
the difference between the matchers is the matchers.

logic-v2 is a bench-only dependency (nomenklatura); without it the baseline is skipped.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from nodewatch import native_status
from nodewatch.match import MATCH_THRESHOLD, ListedNames, score, score_as_listed
from nodewatch.model.record import Record
from nodewatch.names.normalize import ascii_fold, normalize, tokens
from nodewatch.names.orgs import korean_translations, split_legal_forms

LOGIC_V2_THRESHOLD = 0.70


def default_pairs() -> Path:
    data = Path(os.environ.get("NODEWATCH_DATA", Path.cwd().parent / "shared" / "data"))
    return data.parent / "eval" / "dev_pairs.jsonl"


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def held_out(pair_id: str) -> bool:
    """A fixed fifth of the pairs, chosen by hash so it never depends on file order."""
    return hashlib.sha256(pair_id.encode()).digest()[0] < 52


def _words(name: str) -> set[str]:
    text, _legal = split_legal_forms(normalize(name))
    return {ascii_fold(t) for t in tokens(text)} - {"", "of", "the", "and", "for"}


def _near(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 4:
        return False
    from rigour.text.distance import levenshtein

    return levenshtein(a, b) <= 1


def hard_kind(pair: dict[str, Any], meta: dict[str, Any]) -> str | None:
    """Why a positive cannot be reached by spelling alone, if it cannot.

    former: the list says f.k.a. (meta query_name_type fka / remarks-fka);
    acronym: the query is one 2–6 letter upper-case word and the candidate has several;
    translated: no word in common and one side has Korean organisation words (unhaeng,
    muyok ...) or Han characters;
    cover: no word in common (not even one edit apart) otherwise.
    """
    if not pair["label"]:
        return None
    if meta.get("query_name_type") in ("fka", "remarks-fka"):
        return "former"
    query = pair["query"]["properties"].get("name", [""])[0]
    candidate = pair["candidate"]["properties"].get("name", [""])[0]
    q_words, c_words = _words(query), _words(candidate)
    if re.fullmatch(r"[A-Z]{2,6}", query.strip()) and len(c_words) > 1:
        return "acronym"
    if any(_near(a, b) for a in q_words for b in c_words):
        return None
    foreign = any(korean_translations(w) for w in tokens(normalize(query))) or any(
        "\u4e00" <= ch <= "\u9fff" for ch in query
    )
    return "translated" if foreign else "cover"


def metrics(rows: list[tuple[bool, float]], threshold: float) -> dict[str, float]:
    tp = sum(1 for label, s in rows if label and s >= threshold)
    fp = sum(1 for label, s in rows if not label and s >= threshold)
    fn = sum(1 for label, s in rows if label and s < threshold)
    tn = len(rows) - tp - fp - fn
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "n": len(rows),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "accuracy": (tp + tn) / len(rows) if rows else 0.0,
        "auc": roc_auc(rows),
    }


def roc_auc(rows: list[tuple[bool, float]]) -> float:
    """Probability that a random positive outscores a random negative (ties count half)."""
    pos = [s for label, s in rows if label]
    neg = [s for label, s in rows if not label]
    if not pos or not neg:
        return float("nan")
    ranked = sorted([(s, 1) for s in pos] + [(s, 0) for s in neg])
    rank_sum = 0.0
    index = 0
    while index < len(ranked):
        end = index
        while end + 1 < len(ranked) and ranked[end + 1][0] == ranked[index][0]:
            end += 1
        average = (index + end) / 2 + 1
        rank_sum += average * sum(1 for k in range(index, end + 1) if ranked[k][1])
        index = end + 1
    return (rank_sum - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))


def score_nodewatch(
    pairs: list[dict[str, Any]], listed: ListedNames | None = None
) -> tuple[dict[str, float], float]:
    start = time.perf_counter()
    if listed is None:
        out = {p["id"]: score(p["query"], p["candidate"]).score for p in pairs}
    else:
        out = {p["id"]: score_as_listed(p["query"], p["candidate"], listed).score for p in pairs}
    return out, time.perf_counter() - start


def listed_records(db: Path | None = None, lists: Path | None = None) -> list[Record]:
    """The current records of the store at ``db`` ($NODEWATCH_DB) if it holds lists, else of
    the staged lists (``lists``, default $NODEWATCH_DATA/lists) ingested into a temporary
    store, as ``nodewatch ingest`` would (OFAC's companion files merged into their records)."""
    import tempfile

    from nodewatch import settings
    from nodewatch.store import connect, current_records, state
    from nodewatch.store.pipeline import ingest_many, list_files

    path = db or settings.db_path()
    if lists is None and path.is_file():
        con = connect(path, read_only=True)
        try:
            if state(con, None):
                print(f"records of the store at {path}")
                return list(current_records(con))
        finally:
            con.close()
    lists = lists or Path(os.environ.get("NODEWATCH_DATA", Path.cwd().parent / "shared" / "data")) / "lists"
    print(f"records of the staged lists at {lists} (ingested into a temporary store)")
    with tempfile.TemporaryDirectory() as folder:
        con = connect(Path(folder) / "lists.duckdb")
        try:
            for outcome in ingest_many(con, list_files(lists), skip_unrecognised=True):
                if outcome.error:
                    print(f"  {outcome.error}", file=sys.stderr)
            return list(current_records(con))
        finally:
            con.close()


def as_listed(pairs: list[dict[str, Any]], listed: ListedNames) -> list[dict[str, Any]]:
    """The pairs with each candidate's listed names added (for logic-v2, as FtM properties)."""
    out = []
    for pair in pairs:
        widened = listed.widen(pair["candidate"])
        properties = {k: list(v) for k, v in pair["candidate"]["properties"].items()}
        for value, prop in widened.subject.names:
            if value in widened.added:
                properties.setdefault(prop, []).append(value)
        out.append({**pair, "candidate": {**pair["candidate"], "properties": properties}})
    return out


def score_logic_v2(pairs: list[dict[str, Any]]) -> tuple[dict[str, float], float, float] | None:
    """logic-v2's scores, and its wall and CPU seconds (imports excluded), or None."""
    try:
        from followthemoney import model
        from nomenklatura.matching import LogicV2
        from nomenklatura.matching.types import ScoringConfig
    except ImportError:
        return None
    config = ScoringConfig.defaults()

    def entity(data: dict[str, Any], entity_id: str) -> Any:
        proxy = model.make_entity(data["schema"])
        proxy.id = entity_id  # logic-v2 memoises per id: every entity needs its own
        for prop, values in data["properties"].items():
            proxy.add(prop, values)
        return proxy

    start, cpu = time.perf_counter(), time.process_time()
    out = {
        p["id"]: LogicV2.compare(
            entity(p["query"], f"{p['id']}-q"), entity(p["candidate"], f"{p['id']}-c"), config
        ).score
        for p in pairs
    }
    return out, time.perf_counter() - start, time.process_time() - cpu


def _row(label: str, m: dict[str, float]) -> str:
    return (
        f"{label:<26} {m['n']:>5} {m['precision']:>6.3f} {m['recall']:>6.3f} {m['f1']:>6.3f} "
        f"{m['auc']:>6.3f} {m['accuracy']:>6.3f}"
    )


def report(
    name: str, pairs: list[dict[str, Any]], scores: dict[str, float], threshold: float, split: bool
) -> dict:
    result: dict[str, Any] = {}
    header = f"{'':<26} {'n':>5} {'P':>6} {'R':>6} {'F1':>6} {'AUC':>6} {'acc':>6}"
    print(f"\n== {name} (threshold {threshold:.2f})\n{header}")
    rows = [(p["label"], scores[p["id"]]) for p in pairs]
    result["overall"] = metrics(rows, threshold)
    print(_row("overall", result["overall"]))
    if split:
        for label, keep in (("tuning 4/5", False), ("held-out 1/5", True)):
            part = [(p["label"], scores[p["id"]]) for p in pairs if held_out(p["id"]) == keep]
            result[label] = metrics(part, threshold)
            print(_row(label, result[label]))
    by_group: dict[str, list[tuple[bool, float]]] = defaultdict(list)
    for p in pairs:
        by_group[p["group"]].append((p["label"], scores[p["id"]]))
    result["groups"] = {}
    for group in sorted(by_group):
        result["groups"][group] = metrics(by_group[group], threshold)
        print(_row(f"  {group}", result["groups"][group]))
    by_kind: dict[str, list[tuple[bool, float]]] = defaultdict(list)
    for p in pairs:
        if p.get("_hard"):
            by_kind[p["_hard"]].append((True, scores[p["id"]]))
    result["hard"] = {}
    for kind in sorted(by_kind):
        result["hard"][kind] = metrics(by_kind[kind], threshold)
        print(_row(f"  positives: {kind}", result["hard"][kind]))
    easy = [(p["label"], scores[p["id"]]) for p in pairs if not p.get("_hard")]
    result["without_hard"] = metrics(easy, threshold)
    print(_row("without hard positives", result["without_hard"]))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pairs", type=Path, default=None)
    parser.add_argument("--meta", type=Path, default=None)
    parser.add_argument("--json", type=Path, default=None, help="write all figures here")
    parser.add_argument("--split", action="store_true", help="also report the held-out fifth")
    parser.add_argument("--no-baseline", action="store_true", help="skip logic-v2")
    parser.add_argument("--as-given", action="store_true", help="skip the run on candidates as listed")
    parser.add_argument("--db", type=Path, default=None, help="the store whose lists give listed names")
    args = parser.parse_args(argv)
    pairs_path = args.pairs or default_pairs()
    if not pairs_path.is_file():
        print(f"pairs not found: {pairs_path} (set NODEWATCH_DATA or --pairs)", file=sys.stderr)
        return 2
    pairs = load(pairs_path)
    meta_path = args.meta or pairs_path.with_name(pairs_path.name.replace(".jsonl", ".meta.jsonl"))
    meta = {m["id"]: m for m in load(meta_path)} if meta_path.is_file() else {}
    for pair in pairs:
        pair["_hard"] = hard_kind(pair, meta.get(pair["id"], {}))
    print(f"nodewatch screening code: {native_status()}")
    print(f"{len(pairs)} pairs from {pairs_path}")
    out: dict[str, Any] = {}
    scores, seconds = score_nodewatch(pairs)
    out["nodewatch"] = report("nodewatch, candidates as given", pairs, scores, MATCH_THRESHOLD, args.split)
    print(f"nodewatch: {len(pairs) / seconds:,.0f} pairs/s (cold caches)")
    listed = None if args.as_given else ListedNames.of_records(listed_records(args.db))
    if listed is not None:
        scores, _seconds = score_nodewatch(pairs, listed)
        out["nodewatch-listed"] = report(
            "nodewatch, candidates as listed", pairs, scores, MATCH_THRESHOLD, args.split
        )
    if not args.no_baseline:
        runs = [("logic-v2", "candidates as given", pairs)]
        if listed is not None:
            runs.append(("logic-v2-listed", "candidates as listed", as_listed(pairs, listed)))
        for key, label, inputs in runs:
            baseline = score_logic_v2(inputs)
            if baseline is None:
                print("\nlogic-v2 not installed (pip install nomenklatura): baseline skipped")
                break
            lv2, lv2_seconds, _lv2_cpu = baseline
            out[key] = report(f"logic-v2, {label}", pairs, lv2, LOGIC_V2_THRESHOLD, args.split)
            print(f"logic-v2: {len(pairs) / lv2_seconds:,.0f} pairs/s")
            ours = out["nodewatch" + key.removeprefix("logic-v2")]
            behind = [
                g for g in ours["groups"] if ours["groups"][g]["accuracy"] < out[key]["groups"][g]["accuracy"]
            ]
            out["behind_in_groups" + key.removeprefix("logic-v2")] = behind
            print(f"\ngroups where nodewatch is behind logic-v2, {label}: {', '.join(behind) or 'none'}")
    if args.json:
        args.json.write_text(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
