/** Steps 1–3: objectives, resources, the selection team. */
import { QUADRANT_INFO, QUADRANTS } from '../core/types.js';
import type { TeamMember } from '../session/schema.js';
import { DEFAULT_SALES_MODES, type Step } from './context.js';
import { plural } from './text.js';

export const KAM_OBJECTIVES = [
  'Retain business with our most valuable customers',
  'Grow by winning entry to new customers',
  'Manage global or regional customers consistently',
  'Serve customers across several business units',
  'Build a customer-intimate business',
  'Operational reliability for demanding customers',
] as const;

const OWN = '__own__';
const DEFAULT_SMART = 'Grow revenue from our key accounts by 10 % within 12 months, each with a named account manager.';

export const objectivesStep: Step = {
  n: 1,
  key: 'objectives',
  title: 'Know your objectives',
  intro:
    'Cheverton starts with why: what must key-account management achieve for this business? Tick the objectives that apply (space toggles, Enter accepts) and add your own; then write one SMART statement (specific, measurable, achievable, relevant, timed) to hold the team to.',
  async run({ p, session }) {
    const prev = session.answers.objectives;
    const chosen = await p.checkbox<string>({
      id: 'objectives.chosen',
      message: 'Which KAM objectives apply?',
      choices: [
        ...KAM_OBJECTIVES.map((o, i) => ({ value: o, name: o, checked: prev ? prev.chosen.includes(o) : i < 2 })),
        { value: OWN, name: 'Our own objective (typed next)', checked: prev ? prev.own.length > 0 : false },
      ],
      validate: (v) => (v.length > 0 ? true : 'Choose at least one objective.'),
    });
    const answer = { chosen: chosen.filter((c) => c !== OWN), own: prev?.own ?? [], smart: prev?.smart ?? DEFAULT_SMART };
    session.answers.objectives = answer;
    if (chosen.includes(OWN)) {
      const own = await p.input({
        id: 'objectives.own',
        message: 'Your own objectives (separate several with ";"):',
        default: answer.own.join('; ') || undefined,
        validate: (v) => (v.trim() !== '' ? true : 'Type at least one objective, or untick "Our own objective".'),
      });
      answer.own = own.split(';').map((s) => s.trim()).filter((s) => s !== '');
    } else answer.own = [];
    answer.smart = (await p.input({ id: 'objectives.smart', message: 'SMART statement:', default: answer.smart, validate: (v) => (v.trim() ? true : 'Write one sentence.') })).trim();
    p.say(['Objectives:', ...[...answer.chosen, ...answer.own].map((o) => `  • ${o}`), `SMART: ${answer.smart}`]);
    return `${plural(answer.chosen.length + answer.own.length, 'objective')}; SMART statement set`;
  },
};

const wholeNumber = (min: number) => (v: string) => (/^\d+$/.test(v.trim()) && Number(v) >= min ? true : `Type a whole number of at least ${min}.`);

export const resourcesStep: Step = {
  n: 2,
  key: 'resources',
  title: 'Understand your resources',
  intro:
    'How many key accounts can the business really serve? Each needs a manager with time for it: managers × accounts each = capacity. Accounts beyond it get other sales modes, not neglect.',
  async run({ p, session, flagsMethod }) {
    const prev = session.answers.resources;
    const flagCap = flagsMethod.capacity;
    const managers = Number(
      await p.input({ id: 'resources.managers', message: 'Key-account managers:', default: String(prev?.managers ?? (flagCap !== null ? 1 : 3)), validate: wholeNumber(1) }),
    );
    const each = Number(
      await p.input({ id: 'resources.accountsEach', message: 'Accounts each manager can lead:', default: String(prev?.accountsEach ?? flagCap ?? 4), validate: wholeNumber(1) }),
    );
    const answer = { managers, accountsEach: each, capacity: managers * each, salesModes: prev?.salesModes ?? { ...DEFAULT_SALES_MODES } };
    session.answers.resources = answer;
    p.say([
      `Capacity: ${managers} × ${each} = ${answer.capacity} key accounts.`,
      'Sales modes by quadrant (farmer: grow over time; hunter: win new business; milk round: efficient service):',
      ...QUADRANTS.map((q) => `  ${QUADRANT_INFO[q].title.padEnd(16)} ${answer.salesModes[q]}`),
    ]);
    return `capacity ${answer.capacity} key accounts (${managers} × ${each})`;
  },
};

export const TEAM_ROLES = ['coordinator', 'resource investigator', 'monitor-evaluator', 'implementer'] as const;

/** "Ana:coordinator, Ben:implementer" → members; null with the reason when a role is unknown. */
export function parseTeam(text: string): TeamMember[] | string {
  const members: TeamMember[] = [];
  for (const part of text.split(',').map((s) => s.trim()).filter((s) => s !== '')) {
    const [name, role = ''] = part.split(':').map((s) => s.trim());
    const r = role.toLowerCase();
    if (name === '') return `"${part}" has no name.`;
    if (!(TEAM_ROLES as readonly string[]).includes(r)) return `"${part}": the role must be one of ${TEAM_ROLES.join(', ')}.`;
    members.push({ name, role: r });
  }
  return members;
}

export const teamStep: Step = {
  n: 3,
  key: 'team',
  title: 'Form the selection team',
  intro:
    'Selection is a team decision, not the sales director\'s list. Cheverton names four roles: a coordinator, a resource investigator, a monitor-evaluator and an implementer. The members are also the raters of steps 7 and 8. Enter with nothing typed skips this step.',
  async run({ p, session }) {
    const prev = session.answers.team?.members ?? [];
    const text = await p.input({
      id: 'team.members',
      message: 'Members as name:role, separated by commas:',
      default: prev.map((m) => `${m.name}:${m.role}`).join(', ') || undefined,
      validate: (v) => {
        const t = parseTeam(v);
        return typeof t === 'string' ? t : true;
      },
    });
    const members = parseTeam(text) as TeamMember[];
    session.answers.team = { members };
    if (members.length === 0) {
      p.say('No team recorded (skipped).');
      return 'skipped';
    }
    const missing = TEAM_ROLES.filter((r) => !members.some((m) => m.role === r));
    p.say([...members.map((m) => `  ${m.name.padEnd(20)} ${m.role}`), ...(missing.length > 0 ? [`No one yet as: ${missing.join(', ')}.`] : [])]);
    return plural(members.length, 'member');
  },
};
