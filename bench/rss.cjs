// Benchmark preload: `node --require ./bench/rss.cjs bin/kam.js ...` (the ./ matters: a bare path is
// looked up as a package). On exit, writes to the file named by KAM_BENCH_RSS_FILE, when that is
// set, the process's peak resident set size in KiB and its CPU time (user + system, all threads)
// in seconds: "<KiB> <seconds>". The Python and R peers write the same line.
'use strict';
const file = process.env.KAM_BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    require('node:fs').writeFileSync(file, `${u.maxRSS} ${(u.userCPUTime + u.systemCPUTime) / 1e6}\n`);
  });
}
