// Benchmark preload: `node --require ./bench/rss.cjs bin/kam.js ...` (the ./ matters: a bare path is
// looked up as a package). On exit, writes the process's peak resident set size in KiB
// (process.resourceUsage().maxRSS) to the file named by KAM_BENCH_RSS_FILE, when that is set.
'use strict';
const file = process.env.KAM_BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    require('node:fs').writeFileSync(file, `${process.resourceUsage().maxRSS}\n`);
  });
}
