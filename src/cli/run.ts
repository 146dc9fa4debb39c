/** The process entry used by bin/kam.js: real streams in, exit code out. */
import { main } from './main.js';

export function run(): void {
  const io = {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
  };
  // A closed pipe (kam … | head) is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`kam: internal error: ${String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
