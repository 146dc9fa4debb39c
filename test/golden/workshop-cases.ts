/**
 * Golden workshops: scripted walks through the ten steps on a copy of the example, recording
 * what the team sees (the transcript, with the scratch folder shown as <dir>) and every file
 * the workshop writes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHOICES, DEFAULT, exampleDir, replay, SETTLING, workshop, type Flags, type Script, type ScriptedAnswer } from '../workshop/helpers.js';

const D: ScriptedAnswer = DEFAULT;

export interface WorkshopCase {
  name: string;
  /** Earlier walks in the same folder (each with its flags). */
  before?: Array<{ script: Script; flags?: Flags }>;
  script: Script;
  flags?: Flags;
  files: string[];
  /** Also record the replay of the saved session as JSON. */
  replay?: boolean;
}

export const WORKSHOP_CASES: WorkshopCase[] = [
  {
    name: 'defaults',
    script: {},
    files: ['kam-session.json', 'kam-selection.md', 'kam-selection.json', 'kam-selection.csv'],
    replay: true,
  },
  {
    name: 'choices',
    before: [{ script: {}, flags: { session: 'runs/q3.json' } }],
    script: CHOICES,
    flags: { compare: 'runs/q3.json' },
    files: ['kam-session.json', 'out/brief.md', 'out/brief.json', 'out/brief.csv', 'agreed-criteria.csv'],
  },
  {
    name: 'ratings-settled',
    script: SETTLING,
    flags: { ratings: 'ratings.csv' },
    files: ['kam-session.json', 'kam-selection.md', 'kam-selection.json'],
    replay: true,
  },
  {
    name: 'ahp-team',
    script: {
      'objectives.smart': 'Win the Nordic retail chains by 2028.',
      'resources.managers': '2',
      'resources.accountsEach': '5',
      'team.members': 'Ana:coordinator, Ben:implementer, Chen:monitor-evaluator',
      'kaism.rule': 'median',
      'kaism.strengthAxis': 'left',
      'attractiveness.weights': 'ahp',
      'attractiveness.ahp.pair': [2, 2, 3, 1, 2, 1, 2, 1, 1, 2, 1, 1, 1 / 2, 1 / 2, 1],
      'strength.weights': 'ahp',
      'strength.ahp.pair': [9, 1 / 9, 7, 9, 9, 5, 3, 2, 3, 2, D, D, D, D, D, D, D, D, D, D],
      'strength.ahp.inconsistent': ['all', 'accept'],
      'selection.change': ['remove', 'keep'],
      'selection.account': 'C003',
      'selection.reason': 'Moving to a single supplier next year',
    },
    files: ['kam-session.json', 'kam-selection.md', 'kam-selection.csv'],
    replay: true,
  },
];

/** Runs the case's walks; returns the transcript and the written files (with the folder as <dir>). */
export async function runWorkshopCase(c: WorkshopCase): Promise<{ transcript: string; files: Array<[string, string]> }> {
  const dir = exampleDir();
  const clean = (s: string): string => s.split(dir).join('<dir>');
  for (const b of c.before ?? []) {
    const r = await workshop(dir, b.script, b.flags ?? {});
    if (r.code !== 0) throw new Error(`the earlier walk failed (exit ${r.code}): ${r.stderr}`);
  }
  const r = await workshop(dir, c.script, c.flags ?? {});
  const transcript = [`exit ${r.code}`, `remaining ${r.prompter.remaining}`, '--- stderr', clean(r.stderr), '--- stdout', clean(r.stdout), '--- transcript', ...r.prompter.transcript.map(clean)].join('\n');
  const files: Array<[string, string]> = [];
  for (const f of c.files) files.push([f, existsSync(join(dir, f)) ? clean(readFileSync(join(dir, f), 'utf8')) : '(not written)\n']);
  if (c.replay) {
    const again = await replay(dir);
    files.push(['replay.out', `exit ${again.code}\n--- stderr\n${clean(again.stderr)}--- stdout\n${clean(again.stdout)}`]);
  }
  return { transcript: `${transcript}\n`, files };
}
