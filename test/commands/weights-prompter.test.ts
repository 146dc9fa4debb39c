/** The terminal prompter with the real @inquirer/prompts select, driven by @inquirer/testing. */
import { select } from '@inquirer/prompts';
import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { terminalPrompter, type AskSelect } from '../../src/commands/weights-prompter.js';
import { ahp } from '../../src/core/ahp.js';
import { CancelledError } from '../../src/core/errors.js';

/** Runs each select in a virtual terminal, pressing `keys` and capturing the screen. */
function driven(keys: string[][]): { ask: AskSelect; screens: string[] } {
  const screens: string[] = [];
  const ask: AskSelect = async (question) => {
    const { answer, events, getScreen } = await render(select, question);
    screens.push(getScreen());
    for (const k of keys.shift() ?? []) events.keypress(k);
    events.keypress('enter');
    return answer as never;
  };
  return { ask, screens };
}

describe('terminalPrompter', () => {
  const question = { axis: 'strength' as const, a: 'Quality', b: 'Price', index: 2, total: 3, suggested: 3 };

  it('asks "how does A compare with B?" with the suggested answer selected', async () => {
    const { ask, screens } = driven([[]]);
    const value = await terminalPrompter(ask, () => {}).compare(question);
    expect(value).toBe(3);
    expect(screens[0]).toContain('(2/3) strength: how does "Quality" compare with "Price"?');
    expect(screens[0]).toContain('❯ Quality is moderately more important than Price (3)');
    expect(screens[0]).toContain('Price is extremely more important than Quality (1/9)');
  });

  it('moving down the list picks the next value on the scale', async () => {
    const { ask } = driven([['down', 'down']]);
    expect(await terminalPrompter(ask, () => {}).compare(question)).toBe(1); // 3 → 2 → 1
  });

  it('reports an inconsistency and offers to revise, accept or cancel', async () => {
    const said: string[] = [];
    const { ask, screens } = driven([['down']]);
    const r = ahp(['a', 'b', 'c'], [{ a: 'a', b: 'b', value: 9 }, { a: 'b', b: 'c', value: 9 }, { a: 'c', b: 'a', value: 9 }]);
    expect(await terminalPrompter(ask, (l) => said.push(l)).inconsistent(r)).toBe('accept');
    expect(said[0]).toMatch(/^The comparisons are not consistent/);
    expect(screens[0]).toMatch(/Answer "\w" vs "\w" again/);
  });

  it('turns Ctrl-C into CancelledError', async () => {
    const ask: AskSelect = async () => {
      throw Object.assign(new Error('User force closed the prompt'), { name: 'ExitPromptError' });
    };
    await expect(terminalPrompter(ask, () => {}).compare(question)).rejects.toBeInstanceOf(CancelledError);
  });
});
