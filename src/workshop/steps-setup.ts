/** Steps 1–3: objectives, resources, the selection team. */
import { QUADRANT_INFO, QUADRANTS } from '../core/types.js';
import { orList, SALES_MODE } from '../core/vocabulary.js';
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
/** kam's suggestion for a SMART statement: shown, taken on Enter, and recorded as not decided by the team. */
export const SUGGESTED_SMART = 'Grow revenue from our key accounts by 10 % within 12 months, each with a named account manager.';

export const objectivesStep: Step = {
  n: 1,
  key: 'objectives',
  title: 'Know your objectives',
  intro:
    'Cheverton starts with why: what must key-account management achieve here? Tick the objectives that apply (space ticks, Enter accepts), then write one SMART statement: specific, measurable, achievable, relevant, timed.',
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
    const decidedBefore = prev !== undefined && prev.smartDecided !== false && prev.smart !== SUGGESTED_SMART;
    const answer = { chosen: chosen.filter((c) => c !== OWN), own: prev?.own ?? [], smart: prev?.smart ?? SUGGESTED_SMART, smartDecided: decidedBefore };
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
    if (!decidedBefore) p.say(`Suggestion: ${SUGGESTED_SMART}`);
    const typed = (
      await p.input({
        id: 'objectives.smart',
        message: decidedBefore ? 'SMART statement:' : 'SMART statement (Enter keeps the suggestion, marked as not yet decided):',
        default: decidedBefore ? answer.smart : undefined,
      })
    ).trim();
    if (typed === '') {
      answer.smart = SUGGESTED_SMART;
      answer.smartDecided = false;
    } else {
      answer.smart = typed;
      answer.smartDecided = true;
    }
    return `${plural(answer.chosen.length + answer.own.length, 'objective')}; ${answer.smartDecided ? 'SMART statement set' : 'SMART statement suggested, not yet decided'}`;
  },
};

const wholeNumber = (min: number) => (v: string) => (/^\d+$/.test(v.trim()) && Number(v) >= min ? true : `Type a whole number of at least ${min}.`);
/** Empty (take the suggestion) or a whole number. */
const wholeOrEmpty = (min: number) => (v: string) => (v.trim() === '' ? true : wholeNumber(min)(v));

const SUGGESTED = { managers: 3, accountsEach: 4 };

export const resourcesStep: Step = {
  n: 2,
  key: 'resources',
  title: 'Understand your resources',
  intro:
    'How many key accounts can the business really serve? Each needs a manager with time for it: managers × accounts each = capacity. The other accounts get other sales modes, not neglect.',
  async run({ p, session, flagsMethod }) {
    const prev = session.answers.resources;
    const flagCap = flagsMethod.capacity;
    // A decided answer (or --capacity) is the default; kam's own numbers are only suggested.
    const decided = prev ? prev.decided !== false : flagCap !== null;
    const start = prev ?? (flagCap !== null ? { managers: 1, accountsEach: flagCap } : SUGGESTED);
    const ask = async (id: string, message: string, value: number): Promise<{ n: number; typed: boolean }> => {
      const v = (
        await p.input({
          id,
          message: decided ? message : `${message} (Enter: ${value}, a suggestion)`,
          default: decided ? String(value) : undefined,
          validate: decided ? wholeNumber(1) : wholeOrEmpty(1),
        })
      ).trim();
      return v === '' ? { n: value, typed: false } : { n: Number(v), typed: true };
    };
    const managers = await ask('resources.managers', 'Key-account managers:', start.managers);
    const each = await ask('resources.accountsEach', 'Accounts each manager can lead:', start.accountsEach);
    const capacity = managers.n * each.n;
    const isDecided = decided || managers.typed || each.typed;
    const split = await p.select<'one' | 'two'>({
      id: 'resources.capacityMode',
      message: `Capacity ${capacity}: for key and key-development together, or apart?`,
      default: prev?.keyCapacity !== undefined && prev.keyCapacity !== null ? 'two' : 'one',
      choices: [
        { value: 'one', name: `Together: ${capacity} places for both` },
        { value: 'two', name: 'Apart: places for key accounts, the rest for key-development' },
      ],
    });
    let keyCapacity: number | null = null;
    if (split === 'two') {
      const suggested = Math.min(capacity, prev?.keyCapacity ?? Math.ceil(capacity / 2));
      keyCapacity = Number(
        (
          await p.input({
            id: 'resources.keyCapacity',
            message: `Places for key accounts (of ${capacity}; the rest are for key-development):`,
            default: String(suggested),
            validate: (v) => (/^\d+$/.test(v.trim()) && Number(v) <= capacity ? true : `Type a whole number from 0 to ${capacity}.`),
          })
        ).trim(),
      );
    }
    const modes = prev?.salesModes ?? { ...DEFAULT_SALES_MODES };
    p.say([
      'Sales modes: farmer grows an account over time, hunter wins new business, milk round serves efficiently (service centre, telesales, e-commerce).',
      ...QUADRANTS.map((q) => `  ${QUADRANT_INFO[q].title.padEnd(16)} ${modes[q]}`),
    ]);
    const how = await p.select<'keep' | 'choose'>({
      id: 'resources.salesModes',
      message: 'Sales mode per quadrant:',
      default: 'keep',
      choices: [
        { value: 'keep', name: `Keep these${prev ? '' : " (Cheverton's)"}` },
        { value: 'choose', name: 'Choose the sales mode for each quadrant' },
      ],
    });
    if (how === 'choose') {
      for (const q of QUADRANTS) {
        modes[q] = await p.select<string>({
          id: `resources.salesMode.${q}`,
          message: `Sales mode for ${QUADRANT_INFO[q].title.toLowerCase()} accounts:`,
          default: modes[q],
          choices: SALES_MODE.values.map((v) => ({ value: v, name: SALES_MODE.help[v] })),
        });
      }
    }
    session.answers.resources = { managers: managers.n, accountsEach: each.n, capacity, salesModes: modes, decided: isDecided, keyCapacity };
    const parts = keyCapacity === null ? `capacity ${capacity}` : `capacity ${capacity}: ${keyCapacity} key, ${capacity - keyCapacity} key-development`;
    return `${parts} (${managers.n} × ${each.n}${isDecided ? '' : ', suggested, not yet decided'})`;
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
    "Selection is a team decision, not the sales director's list. Cheverton's four roles: coordinator, resource investigator, monitor-evaluator, implementer. The members rate in steps 7 and 8. Enter with nothing typed skips this step.",
  async run({ p, session, data }) {
    const prev = session.answers.team?.members ?? [];
    const raters = data.ratings ? data.ratings.set.raters.list.filter((r) => r !== '') : [];
    if (raters.length > 0) p.say(`Raters in ${data.ratings!.file.path}: ${raters.join(', ')}.`);
    for (;;) {
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
      if (members.length === 0) return 'skipped';
      const lower = (x: string) => x.toLowerCase();
      const notOnTeam = raters.filter((r) => !members.some((m) => lower(m.name) === lower(r)));
      const ratedNothing = raters.length > 0 ? members.filter((m) => !raters.some((r) => lower(r) === lower(m.name))).map((m) => m.name) : [];
      const missing = TEAM_ROLES.filter((r) => !members.some((m) => m.role === r));
      const notes = [
        ...(notOnTeam.length > 0 ? [`rated but not on the team: ${notOnTeam.join(', ')}`] : []),
        ...(ratedNothing.length > 0 ? [`on the team but rated nothing: ${ratedNothing.join(', ')}`] : []),
        ...(missing.length > 0 ? [`no one yet as ${orList(missing)}`] : []),
      ];
      if (notes.length === 0) return plural(members.length, 'member');
      const keep = await p.confirm({ id: 'team.keep', message: `${notes.join('; ')}. Keep the team as typed?`, default: true });
      if (keep) return `${plural(members.length, 'member')}; ${notes.join('; ')}`;
    }
  },
};
