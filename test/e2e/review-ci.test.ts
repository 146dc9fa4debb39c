/**
 * examples/ci: the quarterly-review script runs as written on the bundled example quarters,
 * the GitHub Actions workflow runs the same commands, and the committed previous quarter's
 * result is what kam select produces today.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, kam, ROOT, tempDir } from '../helpers/run-kam.js';
import { assertKamDocument } from '../helpers/schemas.js';

const ci = join(ROOT, 'examples/ci');
const script = readFileSync(join(ci, 'quarterly-review.sh'), 'utf8');
const workflow = readFileSync(join(ci, 'kam-quarterly-review.yml'), 'utf8');

/** The command lines (kam and mkdir), trimmed. */
const commands = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^(kam|mkdir) /.test(l));

describe('examples/ci', () => {
  it('the committed previous result is current (SOURCE_DATE_EPOCH=1790812800 kam select examples/customers.csv --capacity 8 --format json)', () => {
    const r = kam(['select', 'examples/customers.csv', '--capacity', '8', '--format', 'json'], { env: { SOURCE_DATE_EPOCH: '1790812800' } });
    expect(r.code).toBe(0);
    // Scores compared at 9 decimals (METHOD.md §3), so a last-bit change in the arithmetic is not a
    // change; fields kam/result@1 gained since the file was written may be added (METHOD.md §4).
    const rounded = (text: string): Record<string, unknown> => JSON.parse(text, (_key, v: unknown) => (typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v));
    expect(rounded(r.stdout)).toMatchObject(rounded(readFileSync(join(ci, 'result-2026-q3.json'), 'utf8')));
  });

  it('the workflow runs the same commands as the script', () => {
    const scripted = commands(script);
    expect(scripted).toEqual([
      'mkdir -p "$OUT"',
      'kam review "$PREVIOUS" --customers "$CUSTOMERS" --save-result "$OUT/result.json" --format markdown -o "$OUT/review.md" --fail-on demotion --fail-on drop:15',
    ]);
    expect(commands(workflow)).toEqual(scripted);
    for (const name of ['PREVIOUS', 'CUSTOMERS', 'OUT']) expect(workflow).toMatch(new RegExp(`^      ${name}: \\S+$`, 'm'));
  });

  it('the script runs as written: review.md and result.json written, exit 3 on the demotion', () => {
    const bin = tempDir();
    symlinkSync(BIN, join(bin, 'kam'));
    const out = join(tempDir(), 'review');
    const r = spawnSync('bash', [join(ci, 'quarterly-review.sh')], {
      cwd: ROOT,
      env: { PATH: `${bin}:${process.env.PATH ?? ''}`, HOME: process.env.HOME ?? '/tmp', OUT: out, SOURCE_DATE_EPOCH: '1798761600' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(3);
    expect(r.stderr).toContain(
      'kam: demotion: C005 Halvorsen, Lund & Partners Logistics was selected in examples/ci/result-2026-q3.json and is now maintenance (key → maintenance).\n' +
        'kam: drop:15: C005 Halvorsen, Lund & Partners Logistics: attractiveness fell 25.8 points (62.2 → 36.4).\n',
    );
    expect(r.stderr).toContain(`Quarterly review written to ${out}/review.md: a review gate failed (see above).`);
    const md = readFileSync(join(out, 'review.md'), 'utf8');
    expect(md).toContain('# Key-account review: examples/ci/result-2026-q3.json → examples/ci/customers-2026-q4.csv');
    expect(md).toContain('- **Entered the selection:** C012 Lumen Medical Devices (key-development → key); C031 Solberg Biotech (new, key)');
    expect(md).toContain('- **Left the selection:** C007 Grupo Alvarado Alimentos (key-development); C005 Halvorsen, Lund & Partners Logistics (key → maintenance)');
    expect(md).toContain('- **Vanished accounts:** C023 Stellan Auto Glass (was opportunistic)');
    const result = JSON.parse(readFileSync(join(out, 'result.json'), 'utf8'));
    expect(assertKamDocument(result, 'quarterly-review.sh: result.json')).toBe('kam/result@1');
    expect(result.generatedAt).toBe('2027-01-01T00:00:00.000Z');
    expect(result.summary).toMatchObject({ accounts: 30, selected: 8, capacity: 8 });
    // Next quarter, this quarter's result is the previous one: it reviews against itself cleanly.
    const again = kam(['review', join(out, 'result.json'), join(out, 'result.json'), '--fail-on', 'demotion,drop:15']);
    expect(again.code).toBe(0);
  });
});
