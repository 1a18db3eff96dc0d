"""How well `nodewatch resolve` puts one target's records from several lists together.

1. Name evidence alone (UN references switched off), scored on the labelled uk-un and
   au-un pairs of ../shared/eval/dev_pairs.jsonl (record ids from dev_pairs.meta.jsonl):
   merge recall = positive pairs whose two records share a cluster; merge precision = of
   the UK (or AU) DPRK records put with a UN record, those put with the right one (the UN
   reference the UK record quotes; for AU, the pair's UN record). Baseline in the same run:
   clustering by exactly equal normalised names.
2. All evidence: for each of the 155 UN DPRK targets, does its cluster hold its UK
   record(s), its Australian record and its OFAC record, and through which evidence?
   Wrong-merge checks, and a random sample of clusters printed for checking by hand.

    python bench/resolve_quality.py [--db STORE] [--sample 15]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

import orjson

from nodewatch.resolve.run import current_membership, resolve
from nodewatch.store import connect
from nodewatch.store.pipeline import ingest_many, list_files
from nodewatch.store.records import current_records

DATA = Path(os.environ.get("NODEWATCH_DATA", Path(__file__).resolve().parents[1].parent / "shared" / "data"))


def record_id(meta_ref: str) -> str:
    prefix, key = meta_ref.split(":", 1)
    return {"un": "un-", "uk": "uk-", "au": "au-", "ofac": "ofac-"}[prefix] + key


def labelled_pairs(groups: set[str]) -> list[tuple[str, str, str]]:
    eval_dir = DATA.parent / "eval"
    out = []
    for line in (eval_dir / "dev_pairs.meta.jsonl").read_bytes().splitlines():
        meta = orjson.loads(line)
        if meta["group"] in groups and meta["label"]:
            out.append((meta["group"], record_id(meta["query_record"]), record_id(meta["candidate_record"])))
    return sorted(set(out))


def clusters_of(membership: dict[str, str]) -> dict[str, set[str]]:
    groups: dict[str, set[str]] = defaultdict(set)
    for record, cluster in membership.items():
        groups[cluster].add(record)
    return groups


def merge_scores(
    membership: dict[str, str], pairs: list[tuple[str, str, str]], truth: dict[str, str]
) -> dict:
    """Recall over labelled pairs; precision over records put with some UN record."""
    groups = clusters_of(membership)
    found = sum(1 for _g, a, b in pairs if a in membership and membership.get(a) == membership.get(b))
    right = wrong = 0
    for record, un_ref in truth.items():
        if record not in membership:
            continue
        uns = {r for r in groups[membership[record]] if r.startswith("un-")}
        if uns:
            right += uns == {un_ref}
            wrong += uns != {un_ref}
    return {
        "pairs": len(pairs),
        "recall": found / len(pairs) if pairs else None,
        "precision": right / (right + wrong) if right + wrong else None,
        "merged_with_un": right + wrong,
        "wrong": wrong,
    }


def exact_name_baseline(records: list) -> dict[str, str]:
    def norm(text: str) -> str:
        return re.sub(r"[^0-9a-z]+", " ", text.lower()).strip()

    parent: dict[str, str] = {}
    first: dict[str, str] = {}
    for record in records:
        key = norm(record.primary_name)
        parent[record.id] = first.setdefault(key, record.id)
    return parent


def truth_from_uk(records: list) -> dict[str, str]:
    """UK record -> the UN record it quotes (the list's own statement, used as ground truth)."""
    truth = {}
    for record in records:
        if record.authority == "uk" and record.schema != "Vessel":
            refs = {
                s.un_ref.strip()
                for s in record.sanctions
                if s.un_ref and s.un_ref.strip().upper().startswith("KP")
            }
            if len(refs) == 1:
                truth[record.id] = "un-" + refs.pop()
    return truth


def wrong_merge_checks(groups: dict[str, set[str]], by_id: dict) -> str:
    """Merges that are wrong whatever the labels say: two UN targets in one cluster (the UN
    never lists one target twice) or a person with an organisation."""
    multi_un = sum(1 for g in groups.values() if sum(1 for r in g if r.startswith("un-")) > 1)
    mixed = sum(1 for g in groups.values() if len({by_id[r].schema == "Person" for r in g}) > 1)
    return f"wrong-merge checks: clusters with 2+ UN records {multi_un}, person+non-person clusters {mixed}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--db", type=Path, help="an existing store (default: build one from the staged lists)"
    )
    parser.add_argument("--sample", type=int, default=15)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    tmp = tempfile.TemporaryDirectory()
    db = args.db or Path(tmp.name) / "resolve.duckdb"
    con = connect(db)
    if args.db is None:
        ingest_many(con, list_files(DATA / "lists"), skip_unrecognised=True)
    records = list(current_records(con))
    by_id = {r.id: r for r in records}
    pairs = labelled_pairs({"uk-un", "au-un"})
    uk_pairs = [p for p in pairs if p[0] == "uk-un"]
    au_pairs = [p for p in pairs if p[0] == "au-un"]
    uk_truth = truth_from_uk(records)
    au_truth = {a: b for _g, a, b in au_pairs}

    print("1. name evidence only (UN references, IMO and document numbers switched off)")
    baseline = exact_name_baseline(records)
    start = time.perf_counter()
    resolve(con, kinds=frozenset({"name"}))
    names_seconds = time.perf_counter() - start
    names_only = current_membership(con)
    print(f"{'':34}{'recall':>8}{'precision':>11}{'merged':>8}{'wrong':>7}")
    for label, membership in (
        ("baseline: equal normalised names", baseline),
        ("nodewatch names", names_only),
    ):
        for group, subset, truth in (("uk-un", uk_pairs, uk_truth), ("au-un", au_pairs, au_truth)):
            s = merge_scores(membership, subset, truth)
            name = f"{label} {group}"
            print(
                f"{name:34}{s['recall']:8.3f}{s['precision'] or 0:11.3f}{s['merged_with_un']:8}{s['wrong']:7}"
            )
    for label, membership in (("baseline", baseline), ("nodewatch names", names_only)):
        print(f"{label}: {wrong_merge_checks(clusters_of(membership), by_id)}")
    print(f"(resolve with names only took {names_seconds:.1f} s for {len(records):,} records)\n")

    print("2. all evidence")
    start = time.perf_counter()
    result = resolve(con)
    print(f"resolve: {time.perf_counter() - start:.1f} s; {result.summary()}")
    membership = current_membership(con)
    groups = clusters_of(membership)
    links = con.execute(
        "SELECT a, b, kind FROM cluster_links WHERE run_id = (SELECT max(id) FROM resolve_runs)"
    ).fetchall()
    link_kind = {frozenset((a, b)): kind for a, b, kind in links}
    un_dprk = sorted(r for r in by_id if r.startswith("un-KP"))
    held = Counter()
    ofac_evidence: Counter[str] = Counter()
    missing: dict[str, list[str]] = defaultdict(list)
    for un_id in un_dprk:
        members = groups[membership[un_id]]
        for authority in ("uk", "au", "us-ofac"):
            if any(by_id[m].authority == authority for m in members):
                held[authority] += 1
            else:
                missing[authority].append(un_id)
        for m in members:
            if by_id[m].authority == "us-ofac":
                kinds = {k for pair, k in link_kind.items() if m in pair}
                ofac_evidence[", ".join(sorted(kinds)) or "via another record"] += 1
    total = len(un_dprk)
    for authority in ("uk", "au", "us-ofac"):
        share = held[authority] / total
        print(
            f"UN DPRK targets holding their {authority:7} record: {held[authority]:3}/{total} ({share:.0%})"
        )
    print(f"OFAC records joined by: {dict(ofac_evidence)}")
    for authority, ids in missing.items():
        print(f"missing {authority}: {' '.join(ids)}")
    quoted_conflicts = [
        (uk, un)
        for uk, un in uk_truth.items()
        if uk in membership and un in membership and membership[uk] != membership[un]
    ]
    print(
        f"{wrong_merge_checks(groups, by_id)}, "
        f"UK records not with the UN record they quote {len(quoted_conflicts)}"
    )
    rng = random.Random(args.seed)
    multi = sorted(g for g in (groups[membership[u]] for u in un_dprk) if len(g) > 2)
    print(f"\nsample of {args.sample} UN DPRK clusters for checking by hand:")
    for group in rng.sample(multi, min(args.sample, len(multi))):
        print(" *", " | ".join(f"{r} {by_id[r].primary_name}" for r in sorted(group)))
    con.close()
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
