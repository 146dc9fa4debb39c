/** Steps 1–3: objectives, resources, the selection team. */
import { QUADRANT_INFO, QUADRANTS } from '../core/types.js';
import { SALES_MODE } from '../core/vocabulary.js';
import { t, type MessageKey } from '../i18n/index.js';
import { padEnd, textWidth } from '../render/text-width.js';
import type { TeamMember } from '../session/schema.js';
import { DEFAULT_SALES_MODES, type Step } from './context.js';
import { orWords } from './text.js';

/**
 * Cheverton's KAM objectives. The session records them by their English text (the same in
 * every language); the screen and the brief show them in the reader's language.
 */
const OBJECTIVE_KEYS = {
  'Retain business with our most valuable customers': 'workshop.objectives.option.retain',
  'Grow by winning entry to new customers': 'workshop.objectives.option.grow',
  'Manage global or regional customers consistently': 'workshop.objectives.option.global',
  'Serve customers across several business units': 'workshop.objectives.option.units',
  'Build a customer-intimate business': 'workshop.objectives.option.intimate',
  'Operational reliability for demanding customers': 'workshop.objectives.option.reliability',
} as const satisfies Record<string, MessageKey>;

export const KAM_OBJECTIVES = Object.keys(OBJECTIVE_KEYS) as Array<keyof typeof OBJECTIVE_KEYS>;

/** An objective as the reader reads it: one of Cheverton's in the reader's language, the team's own as typed. */
export function objectiveText(o: string): string {
  return Object.hasOwn(OBJECTIVE_KEYS, o) ? t(OBJECTIVE_KEYS[o as keyof typeof OBJECTIVE_KEYS]) : o;
}

const OWN = '__own__';
/** kam's suggestion for a SMART statement: shown, taken on Enter, and recorded (in English, as the session keeps it) as not decided by the team. */
export const SUGGESTED_SMART = t('workshop.objectives.smartSuggested', {}, 'en');

/** The SMART statement as the reader reads it: kam's suggestion in the reader's language, the team's own as typed. */
export const smartText = (smart: string): string => (smart === SUGGESTED_SMART ? t('workshop.objectives.smartSuggested') : smart);

/** A quadrant's title padded for a column of titles (at least 16 columns, as the English always had). */
export function titleColumn(titles: readonly string[]): (title: string) => string {
  const w = Math.max(16, ...titles.map((x) => textWidth(x) + 1));
  return (title) => padEnd(title, w);
}

export const objectivesStep: Step = {
  n: 1,
  key: 'objectives',
  get title() {
    return t('workshop.step1.title');
  },
  get intro() {
    return t('workshop.step1.intro');
  },
  async run({ p, session }) {
    const prev = session.answers.objectives;
    const chosen = await p.checkbox<string>({
      id: 'objectives.chosen',
      message: t('workshop.objectives.question'),
      choices: [
        ...KAM_OBJECTIVES.map((o, i) => ({ value: o as string, name: objectiveText(o), checked: prev ? prev.chosen.includes(o) : i < 2 })),
        { value: OWN, name: t('workshop.objectives.own'), checked: prev ? prev.own.length > 0 : false },
      ],
      validate: (v) => (v.length > 0 ? true : t('workshop.objectives.chooseOne')),
    });
    const decidedBefore = prev !== undefined && prev.smartDecided !== false && prev.smart !== SUGGESTED_SMART;
    const answer = { chosen: chosen.filter((c) => c !== OWN), own: prev?.own ?? [], smart: prev?.smart ?? SUGGESTED_SMART, smartDecided: decidedBefore };
    session.answers.objectives = answer;
    if (chosen.includes(OWN)) {
      const own = await p.input({
        id: 'objectives.own',
        message: t('workshop.objectives.ownQuestion'),
        default: answer.own.join('; ') || undefined,
        validate: (v) => (v.trim() !== '' ? true : t('workshop.objectives.ownEmpty')),
      });
      answer.own = own.split(';').map((s) => s.trim()).filter((s) => s !== '');
    } else answer.own = [];
    if (!decidedBefore) p.say(t('workshop.objectives.suggestion', { smart: smartText(SUGGESTED_SMART) }));
    const typed = (
      await p.input({
        id: 'objectives.smart',
        message: decidedBefore ? t('workshop.objectives.smart') : t('workshop.objectives.smartKeep'),
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
    return t('workshop.objectives.summary', { n: answer.chosen.length + answer.own.length, decided: answer.smartDecided ? 'yes' : 'no' });
  },
};

const wholeNumber = (min: number) => (v: string) => (/^\d+$/.test(v.trim()) && Number(v) >= min ? true : t('workshop.resources.whole', { min }));
/** Empty (take the suggestion) or a whole number. */
const wholeOrEmpty = (min: number) => (v: string) => (v.trim() === '' ? true : wholeNumber(min)(v));

const SUGGESTED = { managers: 3, accountsEach: 4 };

export const resourcesStep: Step = {
  n: 2,
  key: 'resources',
  get title() {
    return t('workshop.step2.title');
  },
  get intro() {
    return t('workshop.step2.intro');
  },
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
          message: decided ? message : t('workshop.resources.suggested', { message, value }),
          default: decided ? String(value) : undefined,
          validate: decided ? wholeNumber(1) : wholeOrEmpty(1),
        })
      ).trim();
      return v === '' ? { n: value, typed: false } : { n: Number(v), typed: true };
    };
    const managers = await ask('resources.managers', t('workshop.resources.managers'), start.managers);
    const each = await ask('resources.accountsEach', t('workshop.resources.accountsEach'), start.accountsEach);
    const capacity = managers.n * each.n;
    const isDecided = decided || managers.typed || each.typed;
    const split = await p.select<'one' | 'two'>({
      id: 'resources.capacityMode',
      message: t('workshop.resources.mode', { capacity }),
      default: prev?.keyCapacity !== undefined && prev.keyCapacity !== null ? 'two' : 'one',
      choices: [
        { value: 'one', name: t('workshop.resources.together', { capacity }) },
        { value: 'two', name: t('workshop.resources.apart') },
      ],
    });
    let keyCapacity: number | null = null;
    if (split === 'two') {
      const suggested = Math.min(capacity, prev?.keyCapacity ?? Math.ceil(capacity / 2));
      keyCapacity = Number(
        (
          await p.input({
            id: 'resources.keyCapacity',
            message: t('workshop.resources.keyCapacity', { capacity }),
            default: String(suggested),
            validate: (v) => (/^\d+$/.test(v.trim()) && Number(v) <= capacity ? true : t('workshop.resources.keyRange', { capacity })),
          })
        ).trim(),
      );
    }
    const modes = prev?.salesModes ?? { ...DEFAULT_SALES_MODES };
    const column = titleColumn(QUADRANTS.map((q) => QUADRANT_INFO[q].title));
    p.say([t('workshop.resources.salesModesHelp'), ...QUADRANTS.map((q) => `  ${column(QUADRANT_INFO[q].title)} ${modes[q]}`)]);
    const how = await p.select<'keep' | 'choose'>({
      id: 'resources.salesModes',
      message: t('workshop.resources.salesModes'),
      default: 'keep',
      choices: [
        { value: 'keep', name: t('workshop.resources.keep', { cheverton: prev ? 'no' : 'yes' }) },
        { value: 'choose', name: t('workshop.resources.choose') },
      ],
    });
    if (how === 'choose') {
      for (const q of QUADRANTS) {
        modes[q] = await p.select<string>({
          id: `resources.salesMode.${q}`,
          message: t('workshop.resources.salesModeFor', { quadrant: QUADRANT_INFO[q].title.toLowerCase() }),
          default: modes[q],
          choices: SALES_MODE.values.map((v) => ({ value: v, name: SALES_MODE.help[v] })),
        });
      }
    }
    session.answers.resources = { managers: managers.n, accountsEach: each.n, capacity, salesModes: modes, decided: isDecided, keyCapacity };
    return t('workshop.resources.summary', {
      split: keyCapacity === null ? 'no' : 'yes',
      capacity,
      key: keyCapacity ?? 0,
      development: capacity - (keyCapacity ?? 0),
      managers: managers.n,
      each: each.n,
      decided: isDecided ? 'yes' : 'no',
    });
  },
};

export const TEAM_ROLES = ['coordinator', 'resource investigator', 'monitor-evaluator', 'implementer'] as const;

type TeamRole = (typeof TEAM_ROLES)[number];

/** A role as the reader names it (the session records the English role). */
export const roleName = (role: string): string => ((TEAM_ROLES as readonly string[]).includes(role) ? t(`workshop.team.role.${role as TeamRole}`) : role);

/** A typed role: its English name, or its name in the reader's language. */
function roleOf(typed: string): TeamRole | undefined {
  return TEAM_ROLES.find((r) => r === typed || roleName(r).toLowerCase() === typed);
}

/** "Ana:coordinator, Ben:implementer" → members; null with the reason when a role is unknown. */
export function parseTeam(text: string): TeamMember[] | string {
  const members: TeamMember[] = [];
  for (const part of text.split(',').map((s) => s.trim()).filter((s) => s !== '')) {
    const [name, role = ''] = part.split(':').map((s) => s.trim());
    const r = roleOf(role.toLowerCase());
    if (name === '') return t('workshop.team.noName', { part });
    if (r === undefined) return t('workshop.team.badRole', { part, roles: TEAM_ROLES.map(roleName).join(', ') });
    members.push({ name, role: r });
  }
  return members;
}

export const teamStep: Step = {
  n: 3,
  key: 'team',
  get title() {
    return t('workshop.step3.title');
  },
  get intro() {
    return t('workshop.step3.intro');
  },
  async run({ p, session, data }) {
    const prev = session.answers.team?.members ?? [];
    const raters = data.ratings ? data.ratings.set.raters.list.filter((r) => r !== '') : [];
    if (raters.length > 0) p.say(t('workshop.team.raters', { file: data.ratings!.file.path, raters: raters.join(', ') }));
    for (;;) {
      const text = await p.input({
        id: 'team.members',
        message: t('workshop.team.question'),
        default: prev.map((m) => `${m.name}:${roleName(m.role)}`).join(', ') || undefined,
        validate: (v) => {
          const team = parseTeam(v);
          return typeof team === 'string' ? team : true;
        },
      });
      const members = parseTeam(text) as TeamMember[];
      session.answers.team = { members };
      if (members.length === 0) return t('workshop.team.skipped');
      const lower = (x: string) => x.toLowerCase();
      const notOnTeam = raters.filter((r) => !members.some((m) => lower(m.name) === lower(r)));
      const ratedNothing = raters.length > 0 ? members.filter((m) => !raters.some((r) => lower(r) === lower(m.name))).map((m) => m.name) : [];
      const missing = TEAM_ROLES.filter((r) => !members.some((m) => m.role === r));
      const notes = [
        ...(notOnTeam.length > 0 ? [t('workshop.team.notOnTeam', { names: notOnTeam.join(', ') })] : []),
        ...(ratedNothing.length > 0 ? [t('workshop.team.ratedNothing', { names: ratedNothing.join(', ') })] : []),
        ...(missing.length > 0 ? [t('workshop.team.noRole', { roles: orWords(missing.map(roleName)) })] : []),
      ];
      const count = t('workshop.team.summary', { n: members.length });
      if (notes.length === 0) return count;
      const keep = await p.confirm({ id: 'team.keep', message: t('workshop.team.keep', { notes: notes.join('; ') }), default: true });
      if (keep) return `${count}; ${notes.join('; ')}`;
    }
  },
};
