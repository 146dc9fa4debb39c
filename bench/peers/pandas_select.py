"""The script an analyst would write instead of kam, in pandas: read_csv, weighted sums, classify,
rank, Pareto classes, to_csv. The same rules as METHOD.md §3 for the generated benchmark files
(no missing values, midpoint split, no capacity), computed in the same floating-point order as
kam, so bench/run.mjs can check its result against kam's row by row.

    python3 bench/peers/pandas_select.py customers.csv criteria.csv out.csv

Writes kam's CSV columns: rank,id,name,attractiveness,strength,quadrant,selected,segment,pareto,
coverage_attractiveness,coverage_strength. With KAM_BENCH_RSS_FILE set, writes the peak resident
set size in KiB and the CPU seconds there (as bench/rss.cjs does for the Node programs).
"""
import os
import sys

import numpy as np
import pandas as pd

customers, criteria, out = sys.argv[1:4]
crit = pd.read_csv(criteria)
# Only the columns the result needs (channel and potential are not read).
df = pd.read_csv(customers, usecols=["id", "name", "segment", "revenue", *crit["factor"]], dtype={"id": str, "name": str, "segment": str})
n = len(df)


def round9(x):
    # JavaScript's Math.round(x * 1e9) / 1e9 (halves up), not numpy's round half to even.
    return np.floor(x * 1e9 + 0.5) / 1e9


for axis in ("attractiveness", "strength"):
    factors = crit[crit["axis"] == axis]
    acc = np.zeros(n)
    for f in factors.itertuples(index=False):
        x = df[f.factor].to_numpy(dtype=float)
        norm = f.normalize if isinstance(f.normalize, str) else "none"
        if norm == "none":
            u = (x - f.min) / (f.max - f.min)
        elif norm == "minmax":
            lo, hi = x.min(), x.max()
            u = (x - lo) / (hi - lo) if hi > lo else np.full(n, 0.5)
        elif norm == "percentile":
            # average rank r: u = (r - 1) / (n - 1)
            u = (pd.Series(x).rank(method="average").to_numpy() - 1) / (n - 1) if n > 1 else np.full(n, 0.5)
        else:  # bands:T1;T2;...
            t = [float(v) for v in norm[len("bands:"):].split(";")]
            u = np.searchsorted(t, x, side="right") / len(t)
        if f.direction == "lower":
            u = 1 - u
        acc += float(f.weight) * u
    df[axis] = 100 * (acc / float(factors["weight"].sum()))

a9 = round9(df["attractiveness"].to_numpy())
s9 = round9(df["strength"].to_numpy())
high_a, high_s = a9 >= 50, s9 >= 50
df["q"] = np.select([high_a & high_s, high_a, high_s], [0, 1, 2], 3)
df["attractiveness"], df["strength"] = a9, s9

# Pareto: revenue descending, ties by key; class A while the share before the account < 80 %,
# B while < 95 %, else C. Running sums in order, like kam's loop (numpy's sum is pairwise).
rev = df["revenue"].fillna(0).to_numpy(dtype=float) + 0.0
total = np.cumsum(rev)[-1]
by_rev = np.lexsort((df["id"].to_numpy(), -rev))
rev_sorted = rev[by_rev]
before = np.concatenate(([0.0], np.cumsum(rev_sorted)[:-1]))
share = round9(100 * before / total)
cls = np.empty(n, dtype=object)
cls[by_rev] = np.where(share < 80, "A", np.where(share < 95, "B", "C"))
df["pareto"] = cls

df = df.sort_values(["q", "attractiveness", "strength", "id"], ascending=[True, False, False, True], kind="mergesort")
df["rank"] = np.arange(1, n + 1)
df["quadrant"] = np.array(["key", "key-development", "maintenance", "opportunistic"])[df["q"].to_numpy()]
df["selected"] = np.where(df["q"].to_numpy() <= 1, "true", "false")
df["coverage_attractiveness"] = 1
df["coverage_strength"] = 1
df[["rank", "id", "name", "attractiveness", "strength", "quadrant", "selected", "segment", "pareto",
    "coverage_attractiveness", "coverage_strength"]].to_csv(out, index=False)

rss_file = os.environ.get("KAM_BENCH_RSS_FILE")
if rss_file:
    import resource

    use = resource.getrusage(resource.RUSAGE_SELF)
    with open(rss_file, "w") as fh:
        fh.write(f"{use.ru_maxrss} {use.ru_utime + use.ru_stime}\n")
