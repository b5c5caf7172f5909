// Entry point of the CLI bundle (dist/cli/index.js).
import { main } from './main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`ai-tooling-gate: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
