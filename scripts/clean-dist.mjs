// Build step: removes dist/ before tsc writes it again, so a module deleted or renamed in src/
// never lingers in dist/ (where bin/kam.js, the tests and `npm pack` would find it).
import { rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
