/** Flows through the real inquirer prompts (@inquirer/testing's virtual screen). */
import { screen } from '@inquirer/testing/vitest';
import { PassThrough } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { CancelledError } from '../../src/core/errors.js';
import { inquirerPrompter, type PromptTerminal } from '../../src/prompts/inquirer-prompter.js';
import { attractivenessStep } from '../../src/workshop/steps-factors.js';
import { teamStep } from '../../src/workshop/steps-setup.js';
import { stepEnv } from '../workshop/helpers.js';

function fakeIo(): { io: PromptTerminal; out: () => string } {
  let out = '';
  const stream = new PassThrough();
  return {
    io: { input: stream, output: stream, write: (s: string) => void (out += s), columns: () => 80, rows: () => 24 },
    out: () => out,
  };
}

describe('the steps through @inquirer/prompts', () => {
  test('step 3 refuses an unknown role, then records the team', async () => {
    const { io, out } = fakeIo();
    const env = await stepEnv(await inquirerPrompter(io));
    const done = teamStep.run(env);
    expect(screen.getScreen()).toContain('Members as name:role, separated by commas:');
    screen.type('Ana:coordinator, Ben:captain');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('"Ben:captain": the role must be one of coordinator, resource investigator, monitor-evaluator, implementer.');
    for (let i = 0; i < 'captain'.length; i++) screen.keypress('backspace');
    screen.type('implementer');
    screen.keypress('enter');
    await screen.next();
    // Roles no one holds yet are named before the team is kept.
    expect(screen.getScreen()).toContain('no one yet as resource investigator or monitor-evaluator. Keep the team as typed?');
    screen.keypress('enter');
    await expect(done).resolves.toBe('2 members; no one yet as resource investigator or monitor-evaluator');
    expect(env.session.answers.team?.members).toEqual([
      { name: 'Ana', role: 'coordinator' },
      { name: 'Ben', role: 'implementer' },
    ]);
    // Each answered question stays on the screen as one line.
    expect(out()).toContain('✔ Members as name:role, separated by commas: Ana:coordinator, Ben:implementer');
  });

  test('step 7 with typed points shows the running total, insists on reaching 100, and comes back to the weights', async () => {
    const { io, out } = fakeIo();
    const env = await stepEnv(await inquirerPrompter(io));
    const done = attractivenessStep.run(env);
    expect(screen.getScreen()).toContain('Attractiveness factors:');
    screen.keypress('enter'); // the criteria's six factors
    await screen.next();
    expect(screen.getScreen()).toContain('Accept these points and go on');
    screen.keypress('down');
    screen.keypress('enter');
    // Five factors get 20, 20, 10, 10, 10 points and keep their tags; the last must take the remaining 30.
    const points = ['20', '20', '10', '10', '10'];
    for (const [i, pts] of points.entries()) {
      await screen.next();
      expect(screen.getScreen()).toContain(`(${[0, 20, 40, 50, 60][i]} of 100 given)`);
      for (let k = 0; k < 3; k++) screen.keypress('backspace');
      screen.type(pts);
      screen.keypress('enter');
    }
    await screen.next();
    expect(screen.getScreen()).toContain('(70 of 100 given; this one takes the remaining 30)');
    for (let k = 0; k < 3; k++) screen.keypress('backspace');
    screen.type('25');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('The points must reach 100: this factor needs 30.');
    screen.keypress('backspace');
    screen.keypress('backspace');
    screen.type('30');
    screen.keypress('enter');
    await screen.next();
    // Back at the weights, with the new points and the accounts they give.
    expect(screen.getScreen()).toContain('Accept these points and go on');
    expect(out()).toContain('   30 points  Access to decision makers (realistic)');
    screen.keypress('enter');
    await expect(done).resolves.toMatch(/^6 factors, points 20\/20\/10\/10\/10\/30; realistic 40 %$/);
    expect(out()).toMatch(/# Account\s+Attractiveness Strength Quadrant/);
  });

  test('no bidi control reaches the terminal from a screen, a question or its choices', async () => {
    const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;
    const evil = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C';
    const { io, out } = fakeIo();
    const p = await inquirerPrompter(io);
    p.screen(`Step 1${evil}`, [`Reading ${evil}customers.csv`]);
    p.say(`Account ${evil}C001`);
    const answer = p.select({ id: 'x', message: `Which ${evil}one?`, choices: [{ value: 1, name: `C001 ${evil}Acme`, description: `about ${evil}it` }, { value: 2, name: 'C002' }] });
    expect(screen.getScreen()).toContain('Which one?');
    expect(screen.getScreen()).toContain('C001 Acme');
    expect(screen.getScreen()).not.toMatch(BIDI);
    screen.keypress('enter');
    await expect(answer).resolves.toBe(1);
    expect(out()).toContain('Account C001');
    expect(out()).toContain('✔ Which one? C001 Acme');
    expect(out()).not.toMatch(BIDI);
  });

  test('Ctrl-C in a prompt becomes CancelledError', async () => {
    const { io } = fakeIo();
    const env = await stepEnv(await inquirerPrompter(io));
    const done = teamStep.run(env);
    screen.keypress({ name: 'c', ctrl: true });
    await expect(done).rejects.toBeInstanceOf(CancelledError);
  });
});
