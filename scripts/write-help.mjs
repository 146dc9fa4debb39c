// Build step: renders `kam --help` from the commander program into dist/cli/help.txt, so that
// bin/kam.js can answer --help without loading commander and the CLI (start-up time).
import { writeFileSync } from 'node:fs';
import { buildProgram } from '../dist/cli/program.js';

let text = '';
const io = { stdout: { write: (s) => (text += s) }, stderr: { write: () => {} }, stdin: process.stdin, env: {}, cwd: process.cwd() };
text = buildProgram(io, () => {}).helpInformation();
writeFileSync(new URL('../dist/cli/help.txt', import.meta.url), text);
