# kam's selection in R with data.table, as an R analyst would write it: fread, weighted sums by
# reference, frank, setorder, fwrite. The same rules as METHOD.md §3 for the generated benchmark
# files (no missing values, midpoint split, no capacity), so bench/run.mjs checks its result
# against kam's row by row.
#   Rscript bench/peers/datatable_select.R customers.csv criteria.csv out.csv
# One thread (setDTthreads(1)). With KAM_BENCH_RSS_FILE set, writes the peak resident set size in
# KiB (VmHWM) and the CPU seconds there, as bench/rss.cjs does for the Node programs.
# Installed apart from kam: apt-get install -y r-cran-data.table
suppressPackageStartupMessages(library(data.table))
setDTthreads(1)

args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 3) {
  message("usage: Rscript bench/peers/datatable_select.R customers.csv criteria.csv out.csv")
  quit(status = 2)
}
crit <- fread(args[2], colClasses = "character")
# Only the columns the result needs (channel and potential are not read).
dt <- fread(args[1], select = c("id", "name", "segment", "revenue", crit$factor),
            colClasses = list(character = c("id", "name", "segment")))
n <- nrow(dt)

# JavaScript's Math.round(x * 1e9) / 1e9 (halves up), not R's round half to even.
round9 <- function(x) floor(x * 1e9 + 0.5) / 1e9
num <- function(s, default) if (is.na(s) || s == "") default else as.numeric(s)

for (axis_name in c("attractiveness", "strength")) {
  fs <- crit[crit$axis == axis_name]
  acc <- numeric(n)
  total <- 0
  for (k in seq_len(nrow(fs))) {
    f <- fs[k]
    x <- as.numeric(dt[[f$factor]])
    norm <- if (is.na(f$normalize) || f$normalize == "") "none" else f$normalize
    lo <- num(f$min, 1)
    hi <- num(f$max, 10)
    if (norm == "none") {
      u <- (x - lo) / (hi - lo)
    } else if (norm == "minmax") {
      mn <- min(x)
      mx <- max(x)
      u <- if (mx > mn) (x - mn) / (mx - mn) else rep(0.5, n)
    } else if (norm == "percentile") {
      u <- if (n > 1) (frank(x, ties.method = "average") - 1) / (n - 1) else rep(0.5, n)
    } else {
      t <- as.numeric(strsplit(sub("^bands:", "", norm), ";")[[1]])
      u <- findInterval(x, t) / length(t)
    }
    if (!is.na(f$direction) && f$direction == "lower") u <- 1 - u
    w <- as.numeric(f$weight)
    acc <- acc + w * u
    total <- total + w
  }
  set(dt, j = axis_name, value = round9(100 * (acc / total)))
}

dt[, q := fifelse(attractiveness >= 50, fifelse(strength >= 50, 0L, 1L), fifelse(strength >= 50, 2L, 3L))]

# Pareto: revenue descending, ties by key; class A while the share before the account < 80 %,
# B while < 95 %, else C.
dt[, rev := fcoalesce(as.numeric(revenue), 0) + 0]
total <- sum(dt$rev)
setorder(dt, -rev, id)
share <- round9(100 * c(0, cumsum(dt$rev)[-n]) / total)
dt[, pareto := fifelse(share < 80, "A", fifelse(share < 95, "B", "C"))]

setorder(dt, q, -attractiveness, -strength, id)
quadrants <- c("key", "key-development", "maintenance", "opportunistic")
res <- dt[, .(rank = seq_len(n), id, name, attractiveness, strength, quadrant = quadrants[q + 1L],
              selected = fifelse(q <= 1L, "true", "false"), segment, pareto,
              coverage_attractiveness = 1L, coverage_strength = 1L)]
fwrite(res, args[3])

rss_file <- Sys.getenv("KAM_BENCH_RSS_FILE")
if (rss_file != "") {
  status <- readLines("/proc/self/status")
  hwm <- sub("^VmHWM:\\s*([0-9]+).*$", "\\1", grep("^VmHWM:", status, value = TRUE))
  cpu <- proc.time()
  writeLines(paste(hwm, cpu[["user.self"]] + cpu[["sys.self"]]), rss_file)
}
