// `npm pack` / `npm publish` steps (prepack and postpack): the packed package.json leaves out
// the `prepare` script. In a clone, `prepare` builds dist/ on `npm install`; in the package
// dist/ is already built, and npm 11 warns about every install script of a package it installs
// ("install scripts not yet covered by allowScripts"), although it would never run this one.
//   node scripts/pack-manifest.mjs strip    keeps package.json's bytes aside and writes it without scripts.prepare
//   node scripts/pack-manifest.mjs restore  puts the kept bytes back (postpack)
// A pack that died between the two leaves the backup: the next strip restores it first.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const manifest = new URL('../package.json', import.meta.url);
const backup = new URL('../package.json.prepack', import.meta.url);
const mode = process.argv[2];

if (mode === 'strip') {
  if (existsSync(backup)) renameSync(backup, manifest);
  const bytes = readFileSync(manifest);
  const pkg = JSON.parse(bytes.toString('utf8'));
  delete pkg.scripts.prepare;
  writeFileSync(backup, bytes);
  writeFileSync(manifest, `${JSON.stringify(pkg, null, 2)}\n`);
} else if (mode === 'restore') {
  if (existsSync(backup)) renameSync(backup, manifest);
} else {
  console.error('usage: node scripts/pack-manifest.mjs strip|restore');
  process.exit(2);
}
