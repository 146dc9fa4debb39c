/** What a person sees: the pty's output fed into a terminal emulator (@xterm/headless), read back as the screen's rows. */
import xterm from '@xterm/headless';
import { PtyKam } from './pty-session.js';

export class ScreenKam extends PtyKam {
  readonly term: InstanceType<typeof xterm.Terminal>;

  constructor(args: string[], cwd: string, readonly size: { cols: number; rows: number }) {
    super(args, cwd, size);
    this.term = new xterm.Terminal({ cols: size.cols, rows: size.rows, allowProposedApi: true });
    this.onData((d) => this.term.write(d));
  }

  /** The rows on the screen now (after the emulator has parsed everything received). */
  async screen(): Promise<string[]> {
    await new Promise<void>((r) => this.term.write('', r));
    const b = this.term.buffer.active;
    const rows: string[] = [];
    for (let i = 0; i < this.size.rows; i++) rows.push(b.getLine(b.viewportY + i)?.translateToString(true) ?? '');
    return rows;
  }

  /** Waits until the screen satisfies `ok`; returns it (throws with the screen on timeout). */
  async until(ok: (rows: string[]) => boolean, what: string, timeoutMs = 20_000): Promise<string[]> {
    const started = Date.now();
    for (;;) {
      const rows = await this.screen();
      if (ok(rows)) return rows;
      if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}; the screen shows:\n${rows.join('\n')}`);
      await new Promise((r) => setTimeout(r, 40));
    }
  }
}

/** The row of the screen where a question is open (`? …` with no answer yet, or the step-9 keys). */
export const questionRow = (rows: string[]): number => rows.findIndex((r) => /^\? /.test(r));
