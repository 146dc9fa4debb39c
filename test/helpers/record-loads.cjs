// Preloaded with `node --require`: writes `kam-test: loaded MODULE` on standard error for each
// request of a heavy module (resvg, playwright, exceljs), so a test can see what a run loaded.
const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (/@resvg\/|playwright|exceljs/.test(request)) process.stderr.write(`kam-test: loaded ${request}\n`);
  return load.call(this, request, ...rest);
};
