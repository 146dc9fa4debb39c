// Build step: renders `kam --help` from the commander program into dist/cli/help.txt, so that
// bin/kam.js can answer --help without loading commander and the CLI (start-up time). It is
// wrapped at 80 columns, the width kam's help has when standard output is not a terminal; on a
// terminal of another width bin/kam.js asks the CLI instead.
import { writeFileSync } from 'node:fs';
import { buildProgram } from '../dist/cli/program.js';

let text = '';
const io = { stdout: { write: (s) => (text += s) }, stderr: { write: () => {} }, stdin: process.stdin, env: {}, cwd: process.cwd() };
// outputHelp, not helpInformation: the examples after the list of commands are part of it.
buildProgram(io, () => {}).outputHelp();
writeFileSync(new URL('../dist/cli/help.txt', import.meta.url), text);
