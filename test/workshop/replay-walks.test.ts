/** The full walk with defaults and a realistic walk both replay, from another folder, to the same JSON (apart from generatedAt). */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkedMain as main } from '../helpers/run-kam.js';
import type { KamResult } from '../../src/core/result.js';
import { compared, exampleDir, ticked, ttyIo, workshop, type Script } from './helpers.js';

const withoutTime = (r: KamResult) => ({ ...r, generatedAt: 'x' });
/** A replay's result also records how it was replayed (`method.session`, issue 12); the workshop's own file has no such record. */
const withoutReplay = (r: KamResult) => {
  const { session: _session, ...method } = r.method as KamResult['method'] & { session?: unknown };
  return { ...withoutTime(r), method };
};

/** Objectives, a team, two segments, a typed weight, an AHP round, an override. */
const REALISTIC: Script = {
  'objectives.chosen': ticked('Retain business with our most valuable customers', 'Build a customer-intimate business'),
  'objectives.smart': 'Two new pharma key accounts by Q4 2027.',
  'resources.managers': '2',
  'resources.accountsEach': '4',
  'team.members': 'Ana:coordinator, Ben:implementer, Chen:monitor-evaluator, Dita:resource investigator',
  'segmentation.segments': ticked('Food & beverage', 'Pharma & healthcare', 'Automotive'),
  'attractiveness.weights': ['edit', 'accept'],
  'attractiveness.points': ['30', '15', '15', '10', '15', '15'],
  'strength.weights': ['ahp', 'accept'],
  'strength.ahp.pairs': compared(2, 3, 3, 4, 2, 2, 3, 1, 2, 2),
  'selection.change': ['add', 'keep'],
  'selection.account': 'C013',
  'selection.reason': 'Brewery expansion next year',
};

async function replayFrom(cwd: string, dir: string): Promise<KamResult> {
  const { io, out } = ttyIo(cwd, false);
  const rel = (f: string) => join('..', dir.split('/').pop()!, f);
  expect(await main(['select', rel('customers.csv'), '--session', rel('kam-session.json'), '--no-interactive', '--format', 'json'], io)).toBe(0);
  return JSON.parse(out()) as KamResult;
}

describe('workshop walks replay to the same JSON from another folder', () => {
  test.each([
    ['Enter everywhere', {}],
    ['a realistic walk', REALISTIC],
  ] as const)('%s', async (_name, script) => {
    const dir = exampleDir();
    const r = await workshop(dir, script as Script);
    expect(r.code).toBe(0);
    expect(r.prompter.unused).toEqual({});
    const written = JSON.parse(readFileSync(join(dir, 'kam-selection.json'), 'utf8')) as KamResult;
    const elsewhere = join(dir, '..', `${dir.split('/').pop()}-elsewhere`);
    mkdirSync(elsewhere, { recursive: true });
    const replayed = await replayFrom(elsewhere, dir);
    expect(withoutReplay(replayed)).toEqual(withoutTime(written));
    expect((replayed.method as { session?: unknown }).session).toEqual({ file: `../${dir.split('/').pop()}/kam-session.json`, flags: { '--format': 'json' }, overridden: [] });
    if (script === REALISTIC) {
      expect(written.method.overrides).toEqual([{ id: 'C013', action: 'add', reason: 'Brewery expansion next year', applied: true }]);
      expect(written.summary.accounts).toBe(19);
      const brief = readFileSync(join(dir, 'kam-selection.md'), 'utf8');
      expect(brief).toContain('SMART: Two new pharma key accounts by Q4 2027.');
      expect(brief).toContain('- Dita: resource investigator');
      expect(brief).toContain('Brewery expansion next year');
    }
  });
});
