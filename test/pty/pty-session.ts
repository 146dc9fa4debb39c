/** Drives the built `kam` in a real pseudo-terminal: waits for prompt texts, presses keys. */
import { spawn, type IPty } from '@lydell/node-pty';
import { BIN } from '../helpers/run-kam.js';
import { watchKamFiles } from '../helpers/schemas.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007]*\u0007|\u001b[()][0-9A-Za-z]|\u001b[=>78]/g;

export const stripAnsi = (s: string): string => s.replace(ANSI, '');

export class PtyKam {
  private raw = '';
  private readonly pty: IPty;
  /** Where the next wait starts looking, so an old prompt is not matched again. */
  private mark = 0;
  private readonly listeners: Array<(data: string) => void> = [];
  /** Every chunk the terminal receives, as it comes (for a terminal emulator). */
  onData(listener: (data: string) => void): void {
    this.listeners.push(listener);
  }
  readonly exit: Promise<number>;

  constructor(args: string[], cwd: string, size: { cols: number; rows: number } = { cols: 80, rows: 24 }) {
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
    delete env.CI;
    delete env.NO_COLOR;
    delete env.FORCE_COLOR;
    env.TERM = 'xterm-256color';
    // The JSON files kam writes here (the session, the results file) are validated against
    // schemas/ once it exits normally or by Ctrl-C (130, after saving): `exit` rejects otherwise.
    const written = watchKamFiles(cwd);
    this.pty = spawn(process.execPath, [BIN, ...args], { name: 'xterm-256color', cols: size.cols, rows: size.rows, cwd, env });
    this.pty.onData((d) => {
      this.raw += d;
      this.listeners.forEach((l) => l(d));
    });
    this.exit = new Promise<number>((resolve) => this.pty.onExit(({ exitCode }) => resolve(exitCode))).then((code) => {
      if (code === 0 || code === 130) written(`kam ${args.join(' ')} on a terminal`);
      return code;
    });
  }

  /** Everything shown so far, without escape sequences. */
  get text(): string {
    return stripAnsi(this.raw);
  }

  /** Waits until `pattern` appears after the last match; throws with the screen tail on timeout. */
  async waitFor(pattern: string | RegExp, timeoutMs = 20_000): Promise<void> {
    const started = Date.now();
    for (;;) {
      const text = this.text;
      const rest = text.slice(this.mark);
      const at = typeof pattern === 'string' ? rest.indexOf(pattern) : rest.search(pattern);
      if (at >= 0) {
        this.mark += at + 1;
        return;
      }
      if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${String(pattern)}; the terminal shows:\n${text.slice(-1500)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  write(keys: string): void {
    this.pty.write(keys);
  }

  /** Waits for a prompt, then presses Enter. */
  async enter(prompt: string | RegExp): Promise<void> {
    await this.waitFor(prompt);
    await new Promise((r) => setTimeout(r, 30));
    this.write('\r');
  }

  kill(): void {
    try {
      this.pty.kill();
    } catch {
      /* already gone */
    }
  }
}
