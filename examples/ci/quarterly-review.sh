#!/usr/bin/env bash
# The quarterly key-account review (Cheverton's step 10) as a plain script for any CI system.
#
# Scores this quarter's customers export with last quarter's decisions (criteria, weights, split
# rule, capacity, overrides: all read from last quarter's kam/result@1 file), compares the two
# quarters, writes the review as Markdown (for a pull-request comment or an e-mail) and this
# quarter's result (next quarter's PREVIOUS), and exits with kam's code: 0 when every gate
# passes, 3 when a gate fails (a selected account left the key quadrants, or an account's
# attractiveness or strength fell by 15 points or more), 1 or 2 on bad input or usage.
#
# Settings (environment variables, with the bundled example as defaults):
#   PREVIOUS   last quarter's kam/result@1 JSON (or the workshop's kam/session@1 file)
#   CUSTOMERS  this quarter's customers.csv export
#   OUT        the folder for review.md and result.json
set -uo pipefail

PREVIOUS="${PREVIOUS:-examples/ci/result-2026-q3.json}"
CUSTOMERS="${CUSTOMERS:-examples/ci/customers-2026-q4.csv}"
OUT="${OUT:-review}"

mkdir -p "$OUT"
kam review "$PREVIOUS" --customers "$CUSTOMERS" --save-result "$OUT/result.json" --format markdown -o "$OUT/review.md" --fail-on demotion --fail-on drop:15
status=$?

if [ "$status" -eq 0 ]; then
  echo "Quarterly review written to $OUT/review.md: every gate passed."
elif [ "$status" -eq 3 ]; then
  echo "Quarterly review written to $OUT/review.md: a review gate failed (see above)." >&2
fi
exit "$status"
