#!/usr/bin/env python3
"""Table of a JMH JSON result (-rf json) with ratios to the baselines of the same run.

usage: python3 rules-core/src/bench/tools/ratios.py result.json
Floor = DroolsFloorBench.newSessionPerCall (what classify does per item, minus the rules);
DMN = DmnBench.evaluateTable (feel, juel). Ratio = score / baseline score (higher: slower).
Cold classify = ColdCacheBench.evictThenClassify - evictOnly (sample means, per evictMiB), against ClassifyBench.classify.
"""
import json
import sys

def name(r):
    n = r["benchmark"].rsplit(".", 2)
    label = n[-2] + "." + n[-1]
    p = r.get("params")
    if p:
        label += "[" + ",".join(f"{k}={v}" for k, v in p.items()) + "]"
    return label + " " + r["mode"]


def main(path):
    runs = json.load(open(path))
    by = {name(r): r for r in runs}
    def score(key):
        return by[key]["primaryMetric"]["score"] if key in by else None
    floor = score("DroolsFloorBench.newSessionPerCall avgt")
    reused = score("DroolsFloorBench.reusedSession avgt")
    feel = score("DmnBench.evaluateTable[language=feel] avgt")
    juel = score("DmnBench.evaluateTable[language=juel] avgt")
    print("| benchmark | mode | score | error | unit | B/op | ×floor (new session) | ×floor (reused) | ×DMN juel | ×DMN feel |")
    print("|---|---|---:|---:|---|---:|---:|---:|---:|---:|")
    def ratios(v, u):
        return " | ".join(f"{v / b:.2f}" if b and u == "us/op" else "–" for b in (floor, reused, juel, feel))

    for key, r in by.items():
        m = r["primaryMetric"]
        s, e, u = m["score"], m["scoreError"], m["scoreUnit"]
        alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
        bench, mode = key.rsplit(" ", 1)
        a = f"{alloc:.0f}" if alloc is not None else "–"
        print(f"| {bench} | {mode} | {s:.3f} | {e:.3f} | {u} | {a} | {ratios(s, u)} |")
        pct = m.get("scorePercentiles", {})
        if mode == "sample" and pct:
            print(f"| {bench} p50 | sample | {pct['50.0']:.3f} | | {u} | | {ratios(pct['50.0'], u)} |")
    # Means only: the eviction loop's own times are bimodal on a shared host, so a difference of medians means nothing.
    warm = by.get("ClassifyBench.classify sample")
    for key, cold in by.items():
        if not key.startswith("ColdCacheBench.evictThenClassify") or not key.endswith(" sample"):
            continue
        evict = by.get(key.replace("evictThenClassify", "evictOnly"))
        if evict is None:
            continue
        mean = cold["primaryMetric"]["score"] - evict["primaryMetric"]["score"]
        line = f"\nclassify with cold caches ({key.split('[')[-1].split(']')[0]}; evictThenClassify - evictOnly, sample means): {mean:.2f} us"
        if warm:
            line += f" = {mean / warm['primaryMetric']['score']:.1f}x warm classify (ClassifyBench.classify, sample mean)"
        print(line)
    one = score("ClassifyBench.classify avgt")
    two = score("ClassifyBench.classify2Threads avgt")
    if one and two:
        print(f"\n2-thread throughput / 1-thread throughput (avgt): {2 * one / two:.2f}")


if __name__ == "__main__":
    main(sys.argv[1])
