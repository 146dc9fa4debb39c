#!/usr/bin/env node
// The `kam` executable. `kam --version` and `kam --help` are answered from package.json and the
// help text the build renders from the same commander program (dist/cli/help.txt, wrapped at 80
// columns, the width of help that is not on a terminal or on one 80 columns wide; English), without
// loading the CLI; everything else goes to main() through dist/cli/run.js.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const only = args.length === 1 ? args[0] : null;
if (only === '--version' || only === '-V') {
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else if ((only === '--help' || only === '-h') && (!process.stdout.isTTY || process.stdout.columns === 80) && (await import('../dist/i18n/language.js')).languageFromEnv(process.env) === 'en') {
  // help.txt is wrapped at 80 columns: a terminal of another width gets the help from the CLI.
  // It is the English help: KAM_LANG or a locale that asks for Indonesian gets it from the CLI too.
  process.stdout.write(readFileSync(new URL('../dist/cli/help.txt', import.meta.url), 'utf8'));
} else {
  const { run } = await import('../dist/cli/run.js');
  run();
}
