"""Match quality on the small hand-labelled suites: nodewatch vs OpenSanctions logic-v2.

    python bench/match_suites.py [--suite PATH ...] [--failures]

For every ``tests/fixtures/match/*.jsonl`` (or each ``--suite`` given) prints n, precision,
recall and F1 for nodewatch at ``MATCH_THRESHOLD`` and for logic-v2 at 0.70, scored in the
same run. ``--failures`` lists each pair nodewatch labels wrong, with its score, the pair's
note and the first lines of ``explain()``, so a reader sees why it failed.

The suites are written by hand from knowledge of the names, not from either matcher's
output. ``cross_script`` and ``multilingual`` were written during development.
``heldout_*`` were written by a helper before either matcher ran on them and first measured
at commit 37e24cc (nodewatch F1 0.894 cross-script, 0.854 multilingual); their failures were
then read to find rules missing, so they are development suites now; so is
``heldout2_mixed`` (530 pairs in four groups), first measured at 3afaf4e (nodewatch F1
0.761, logic-v2 0.544) before its failures were read; and ``heldout3_cross_script`` (456
DPRK, Russian and Chinese pairs), first measured with the code of 110e79b (F1 0.824) and of
bfade5e (0.836; logic-v2 0.391) before its failures were read; ``heldout4_cross_script``
(420 DPRK, Russian and Chinese pairs), first measured with the code of ce5d7a4 (F1 0.867)
and of 365b236 (0.887; logic-v2 0.457) before its failures were read; ``heldout5_cross_script``
(420 DPRK, Russian and Chinese pairs) and ``heldout2_multilingual`` (400 pairs in eight
groups of languages), first measured with the code of eff378f (F1 0.821 and 0.798; logic-v2
0.347 and 0.657) before their failures were read; ``heldout6_mixed`` (400 pairs: DPRK,
Russian, Chinese, multilingual and designated-evasion groups), first measured with the code of
eff378f (F1 0.856) and of dc45ed7 (0.897; logic-v2 0.532) before its failures were read;
``heldout3_multilingual`` (400 pairs in eight groups of languages), first measured with the
code of 23b2d64 (F1 0.714) and of 55a14ad (0.732; logic-v2 0.489), and
``heldout7_cross_script`` (420 DPRK, Russian and Chinese pairs), first measured with the code
of 23b2d64 and of 1a38263 (F1 0.840 both; logic-v2 0.379), before their failures were read.
``heldout8_cross_script`` (420 DPRK, Russian and Chinese pairs), first measured with the
code of 23b2d64 (F1 0.811), 3c7935f (0.818) and 7f1cc89 (0.821; logic-v2 0.379), was read
at 7f1cc89; so was ``heldout11_dprk_china`` (300 DPRK and Chinese pairs), first measured with
the code of 7f1cc89 (F1 0.842) and of d2c650c (0.863; logic-v2 0.343); and
``heldout4_multilingual`` (400 pairs in eight groups of languages), first measured with the
code of 48554e4 (F1 0.783; logic-v2 0.527), was read after that.
``heldout9_cross_script`` (420 such pairs) is held out, its failures not read: first measured
with the code of 23b2d64 (F1 0.819) and of d2304d3 (0.828; logic-v2 0.307); so is
``heldout10_cross_script`` (420 such pairs), first measured with the code of 7f1cc89 (F1
0.864; logic-v2 0.369); and ``heldout12_cross_script`` (360 such pairs), first measured with
the code of 48554e4 (F1 0.885; logic-v2 0.500); and ``heldout13_cross_script`` (360 such pairs,
its DPRK group leaning on South Korean, Chaoxianzu and cultural names), first measured with the
code of 4e528b9 (F1 0.805; logic-v2 0.332); and ``heldout6_multilingual`` (400 pairs in eight
groups of languages), first measured with the code of 4e528b9 (F1 0.849; logic-v2 0.618).
``heldout5_multilingual`` (400 pairs in eight groups
of languages) and ``heldout2_china`` (300 pairs: mainland, Hong Kong and Macau, Taiwan, the
diaspora and organisations), first measured with the code of 4e528b9 (F1 0.811 and 0.735;
logic-v2 0.523 and 0.057), were read after that. Written the next session, before any change
and first measured with the code of c602b2b: ``heldout15_cross_script`` (360 DPRK, Russian and
Chinese pairs; F1 0.952, logic-v2 0.243) and ``heldout8_multilingual`` (400 pairs in eight groups
of languages; F1 0.812, logic-v2 0.480), held out; ``heldout14_cross_script`` (360 such pairs;
F1 0.937, logic-v2 0.352), ``heldout7_multilingual`` (400 pairs; F1 0.833, logic-v2 0.498),
``heldout3_china`` (300 pairs: mainland, Hong Kong and Macau, Taiwan and South-East Asia; F1 0.797,
logic-v2 0.047) and ``heldout16_cross_script`` (360 pairs of mostly made-up names; F1 0.962,
logic-v2 0.446), read after that. ``blind_mixed`` was written by another helper
who never ran a matcher; its failures are not read, it is only measured.
Where every note starts with a group tag (``dprk:``, ``china:`` ...) the figures are also
given per group. The logic-v2 wiring and the metrics come from ``match_quality.py`` so both
benches agree.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from match_quality import LOGIC_V2_THRESHOLD, load, metrics, score_logic_v2
from nodewatch.match import MATCH_THRESHOLD, score

SUITES_DIR = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "match"
EXPLAIN_LINES = 4


def _names(side: dict[str, Any]) -> str:
    """The names of one side, with the other properties that can move a score."""
    props = side["properties"]
    extra = [f"{k}={'/'.join(v)}" for k, v in props.items() if k != "name"]
    return " | ".join(props.get("name", [])) + (f" [{', '.join(extra)}]" if extra else "")


def _row(label: str, m: dict[str, float]) -> str:
    return (
        f"  {label:<10} n={m['n']:>4}  P={m['precision']:.3f}  R={m['recall']:.3f}  "
        f"F1={m['f1']:.3f}  (tp {m['tp']}, fp {m['fp']}, fn {m['fn']}, tn {m['tn']})"
    )


def _tag(pair: dict[str, Any]) -> str:
    """The group tag a note starts with (``dprk: ...``), or ""."""
    head, colon, _rest = str(pair.get("note", "")).partition(":")
    tag = head.strip()
    return tag if colon and tag.replace("_", "").isalpha() and len(tag) <= 24 else ""


def run_suite(path: Path, failures: bool) -> None:
    """Score one suite with both matchers and print the figures (and nodewatch's misses)."""
    pairs = load(path)
    results = {p["id"]: score(p["query"], p["candidate"]) for p in pairs}
    print(f"\n== {path.name} ({len(pairs)} pairs, {sum(p['label'] for p in pairs)} positive)")
    rows = [(p["label"], results[p["id"]].score) for p in pairs]
    print(_row(f"nodewatch@{MATCH_THRESHOLD:.2f}", metrics(rows, MATCH_THRESHOLD)))
    # logic-v2 memoises per entity id, so ids must not repeat across suites in one run.
    renamed = [{**p, "id": f"{path.stem}:{p['id']}"} for p in pairs]
    baseline = score_logic_v2(renamed)
    if baseline is None:
        print("  logic-v2 not installed (pip install nomenklatura): baseline skipped")
    else:
        lv2 = baseline[0]
        lv2_rows = [(p["label"], lv2[p["id"]]) for p in renamed]
        print(_row(f"logic-v2@{LOGIC_V2_THRESHOLD:.2f}", metrics(lv2_rows, LOGIC_V2_THRESHOLD)))
    tags = sorted({_tag(p) for p in pairs})
    for tag in tags if len(tags) > 1 and "" not in tags else ():
        group = [p for p in renamed if _tag(p) == tag]
        ours = [(p["label"], results[p["id"].split(":", 1)[1]].score) for p in group]
        line = _row(f"  {tag}", metrics(ours, MATCH_THRESHOLD))
        if baseline is not None:
            theirs = metrics([(p["label"], baseline[0][p["id"]]) for p in group], LOGIC_V2_THRESHOLD)
            line += f"   logic-v2 F1={theirs['f1']:.3f}"
        print(line)
    if not failures:
        return
    wrong = [p for p in pairs if results[p["id"]].match != p["label"]]
    print(f"  nodewatch wrong on {len(wrong)}:")
    for p in wrong:
        result = results[p["id"]]
        kind = "FN" if p["label"] else "FP"
        print(f"  - {kind} {p['id']} score {result.score:.3f}: {p.get('note', '')}")
        print(f"      q: {_names(p['query'])}")
        print(f"      c: {_names(p['candidate'])}")
        for line in result.explain()[:EXPLAIN_LINES]:
            print(f"      {line}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--suite", type=Path, action="append", help="a .jsonl suite (repeatable)")
    parser.add_argument("--failures", action="store_true", help="list nodewatch's wrong pairs")
    args = parser.parse_args(argv)
    suites = args.suite or sorted(SUITES_DIR.glob("*.jsonl"))
    missing = [s for s in suites if not s.is_file()]
    if missing:
        print(f"suite not found: {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    for suite in suites:
        run_suite(suite, args.failures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
