"""The script an analyst would write instead of kam: pandas read_csv, weighted sums, classify,
sort, to_csv. Same rules as METHOD.md §3 for the generated benchmark files (no missing values,
midpoint split), so its ranking must equal kam's.

    python3 bench/pandas_select.py customers.csv criteria.csv out.csv
"""
import sys

import numpy as np
import pandas as pd

customers, criteria, out = sys.argv[1:4]
crit = pd.read_csv(criteria)
df = pd.read_csv(customers, dtype={"id": str, "name": str, "segment": str, "channel": str})

for axis in ("attractiveness", "strength"):
    factors = crit[crit["axis"] == axis]
    acc = np.zeros(len(df))
    for f in factors.itertuples(index=False):
        x = df[f.factor].astype(float)
        norm = f.normalize if isinstance(f.normalize, str) else "none"
        if norm == "none":
            u = (x - f.min) / (f.max - f.min)
        elif norm == "minmax":
            lo, hi = x.min(), x.max()
            u = (x - lo) / (hi - lo) if hi > lo else pd.Series(0.5, index=df.index)
        elif norm == "percentile":
            n = x.notna().sum()
            u = (x.rank(method="average") - 1) / (n - 1) if n > 1 else pd.Series(0.5, index=df.index)
        else:  # bands:T1;T2;...
            t = [float(v) for v in norm[len("bands:"):].split(";")]
            u = pd.Series(np.searchsorted(t, x.to_numpy(), side="right") / len(t), index=df.index)
        if f.direction == "lower":
            u = 1 - u
        acc += f.weight * u.to_numpy()
    df[axis] = 100 * acc / factors["weight"].sum()

a9 = df["attractiveness"].round(9)
s9 = df["strength"].round(9)
high_a, high_s = a9 >= 50, s9 >= 50
q = np.select([high_a & high_s, high_a, high_s], [0, 1, 2], 3)
names = np.array(["key", "key-development", "maintenance", "opportunistic"])
df["q"], df["a9"], df["s9"] = q, a9, s9
df = df.sort_values(["q", "a9", "s9", "id"], ascending=[True, False, False, True], kind="mergesort")
df["rank"] = np.arange(1, len(df) + 1)
df["quadrant"] = names[df["q"].to_numpy()]
df["selected"] = np.where(df["q"].to_numpy() <= 1, "true", "false")
df[["rank", "id", "name", "attractiveness", "strength", "quadrant", "selected"]].to_csv(out, index=False)

# For bench/run.mjs: the peak resident set size in KiB, as bench/rss.cjs writes it for kam.
rss_file = __import__("os").environ.get("KAM_BENCH_RSS_FILE")
if rss_file:
    import resource

    with open(rss_file, "w") as f:
        f.write(f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}\n")
