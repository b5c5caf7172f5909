// Entry point of the CLI bundle (dist/cli/index.js).
import { main } from './main.js';

// `scan … | head`: the reader went away; what is left to write has nowhere to go. End quietly with
// the exit code decided so far instead of an unhandled EPIPE stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`ai-tooling-gate: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
