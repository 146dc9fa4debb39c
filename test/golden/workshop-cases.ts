/**
 * Golden workshops: scripted walks through the ten steps on a copy of the example, recording
 * what the team sees (the transcript, with the scratch folder shown as <dir>) and every file
 * the workshop writes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT, defaults, exampleDir, replay, workshop, type ScriptedAnswer } from '../workshop/helpers.js';

const D: ScriptedAnswer = DEFAULT;

export interface WorkshopCase {
  name: string;
  /** Earlier walks in the same folder (each with its flags). */
  before?: Array<{ answers: ScriptedAnswer[]; flags?: Record<string, unknown> }>;
  answers: ScriptedAnswer[];
  flags?: Record<string, unknown>;
  files: string[];
  /** Also record the replay of the saved session as JSON. */
  replay?: boolean;
}

const ALL = defaults(26);

export const WORKSHOP_CASES: WorkshopCase[] = [
  {
    name: 'defaults',
    answers: ALL,
    files: ['kam-session.json', 'kam-selection.md', 'kam-selection.json', 'kam-selection.csv'],
    replay: true,
  },
  {
    name: 'choices',
    before: [{ answers: ALL, flags: { session: 'runs/q3.json' } }],
    answers: [
      D, D, D, // 1
      D, D, 'back', // 2, then back to step 1
      D, D, D, // 1 again
      D, D, D, // 2
      '', D, // 3 skipped
      D, // 4
      ['Food & beverage', 'Pharma & healthcare'], D, // 5
      'fixed', '60', '45', 'right', D, // 6
      D, 'edit', '40', 'pure', '10', 'pure', '10', 'pure', '10', 'pure', '20', 'realistic', '10', 'realistic', D, // 7
      ['Product quality', 'Delivery reliability'], D, D, // 8
      'add', 'C029', 'Strategic launch partner for the new generics line', 'keep', 'out/brief', D, // 9
      '2027-01-15', true, 'agreed-criteria.csv', D, // 10
    ],
    flags: { compare: 'runs/q3.json' },
    files: ['kam-session.json', 'out/brief.md', 'out/brief.json', 'out/brief.csv', 'agreed-criteria.csv'],
  },
  {
    name: 'ratings-settled',
    answers: [
      ...defaults(14),
      D, 'C007 Access to decision makers', '4', 'Ana met the new CEO', D, D, D,
      D, 'C003 Delivery reliability vs Adhesa', '9', 'Adhesa was on time all year', D, D, D,
      ...defaults(6),
    ],
    flags: { ratings: 'ratings.csv' },
    files: ['kam-session.json', 'kam-selection.md', 'kam-selection.json'],
    replay: true,
  },
  {
    name: 'ahp-team',
    answers: [
      D, 'Win the Nordic retail chains by 2028.', D, // 1
      '2', '5', D, // 2
      'Ana:coordinator, Ben:implementer, Chen:monitor-evaluator', D, // 3
      D, // 4
      D, D, // 5
      'median', 'left', D, // 6
      D, 'ahp', 2, 2, 3, 1, 2, 1, 2, 1, 1, 2, 1, 1, 1 / 2, 1 / 2, 1, D, // 7
      D, 'ahp', 9, 1 / 9, 7, 9, 9, 5, 3, 2, 3, 2, 'all', D, D, D, D, D, D, D, D, D, D, 'accept', D, // 8
      'remove', 'C003', 'Moving to a single supplier next year', 'keep', D, D, // 9
      D, D, D, // 10
    ],
    files: ['kam-session.json', 'kam-selection.md', 'kam-selection.csv'],
    replay: true,
  },
];

/** Runs the case's walks; returns the transcript and the written files (with the folder as <dir>). */
export async function runWorkshopCase(c: WorkshopCase): Promise<{ transcript: string; files: Array<[string, string]> }> {
  const dir = exampleDir();
  const clean = (s: string): string => s.split(dir).join('<dir>');
  for (const b of c.before ?? []) {
    const r = await workshop(dir, b.answers, b.flags ?? {});
    if (r.code !== 0) throw new Error(`the earlier walk failed (exit ${r.code}): ${r.stderr}`);
  }
  const r = await workshop(dir, c.answers, c.flags ?? {});
  const transcript = [`exit ${r.code}`, `remaining ${r.prompter.remaining}`, '--- stderr', clean(r.stderr), '--- stdout', clean(r.stdout), '--- transcript', ...r.prompter.transcript.map(clean)].join('\n');
  const files: Array<[string, string]> = [];
  for (const f of c.files) files.push([f, existsSync(join(dir, f)) ? clean(readFileSync(join(dir, f), 'utf8')) : '(not written)\n']);
  if (c.replay) {
    const again = await replay(dir);
    files.push(['replay.out', `exit ${again.code}\n--- stderr\n${clean(again.stderr)}--- stdout\n${clean(again.stdout)}`]);
  }
  return { transcript: `${transcript}\n`, files };
}
