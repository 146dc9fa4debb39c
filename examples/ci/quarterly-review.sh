#!/usr/bin/env bash
# The quarterly key-account review (Cheverton's step 10) as a plain script for any CI system.
#
# Scores this quarter's customers export with last quarter's decisions (criteria, weights, split
# rule, capacity, overrides and the team ratings they applied: all read from last quarter's
# kam/result@1 file), compares the two quarters, writes the review as Markdown (for a
# pull-request comment or an e-mail; sized to fit one) and this quarter's result (next quarter's
# PREVIOUS), and exits with kam's code: 0 when every gate passes, 3 when a gate fails (a selected
# account left the key quadrants, or an account's attractiveness or strength fell by 15 points or
# more), 1 or 2 on bad input or usage.
#
# kam is not on the npm registry. Either put it on the PATH first (in a clone of kam:
# `npm ci && npm link`), or set KAM_PACKAGE to a tarball made with `npm pack` in a clone (or to
# git+https://github.com/<owner>/kam.git#<commit>): the script installs it into KAM_PREFIX and
# runs it from there.
#
# Settings (environment variables, with the bundled example as defaults):
#   PREVIOUS     last quarter's kam/result@1 JSON (or the workshop's kam/session@1 file)
#   CUSTOMERS    this quarter's customers.csv export
#   OUT          the folder for review.md and result.json
#   KAM_PACKAGE  optional: what to install kam from (a tarball, or a git URL at a commit)
#   KAM_PREFIX   where KAM_PACKAGE is installed (default .kam)
set -uo pipefail

PREVIOUS="${PREVIOUS:-examples/ci/result-2026-q3.json}"
CUSTOMERS="${CUSTOMERS:-examples/ci/customers-2026-q4.csv}"
OUT="${OUT:-review}"
KAM_PACKAGE="${KAM_PACKAGE:-}"
KAM_PREFIX="${KAM_PREFIX:-.kam}"

if [ -n "$KAM_PACKAGE" ]; then
  # A file or folder given as a bare relative path (tools/kam.tgz) is one: npm would read owner/name as a GitHub repository.
  case "$KAM_PACKAGE" in
    /* | ./* | ../*) ;;
    *) if [ -e "$KAM_PACKAGE" ]; then KAM_PACKAGE="./$KAM_PACKAGE"; fi ;;
  esac
  npm install --global --prefix "$KAM_PREFIX" --no-audit --no-fund "$KAM_PACKAGE" >&2 || exit 1
  PATH="$(cd "$KAM_PREFIX" && pwd)/bin:$PATH"
fi
if ! command -v kam >/dev/null 2>&1; then
  echo "kam is not on the PATH: run 'npm ci && npm link' in a clone of kam, or set KAM_PACKAGE to a kam tarball (npm pack in a clone)." >&2
  exit 2
fi

mkdir -p "$OUT"
kam review "$PREVIOUS" --customers "$CUSTOMERS" --save-result "$OUT/result.json" --format markdown -o "$OUT/review.md" --fail-on demotion --fail-on drop:15
status=$?

if [ "$status" -eq 0 ]; then
  echo "Quarterly review written to $OUT/review.md: every gate passed."
elif [ "$status" -eq 3 ]; then
  echo "Quarterly review written to $OUT/review.md: a review gate failed (see above)." >&2
fi
exit "$status"
