// Recognises a package-manager command (`name args…`, wrappers already removed) by family.
import type { Expanded } from '../expand.js';
import { parseNpmSpec } from '../packages.js';
import { npmFinding, npmInstalls, npxRun } from './npm.js';
import type { Recognised } from './options.js';
import { pipInstalls, pipxRun, uvxRun } from './python.js';
import { brewInstalls } from './system.js';

export type { Recognised } from './options.js';

/** Recognises the package-manager command `name args…`. */
export function recognise(name: string, args: Expanded[]): Recognised[] {
  const sub = args[0]?.text;
  const rest = args.slice(1);
  switch (name) {
    case 'npm':
      if (
        sub &&
        /^(install|i|add|in|ins|inst|insta|instal|isnt|isntall|install-test|it|update|up|upgrade)$/.test(sub)
      )
        return npmInstalls(rest);
      if (sub === 'exec' || sub === 'x') return npxRun(rest);
      return [];
    case 'npx':
    case 'pnpx':
    case 'bunx':
      return npxRun(args);
    case 'pnpm':
      if (sub === 'add' || sub === 'install' || sub === 'i' || sub === 'update' || sub === 'up')
        return npmInstalls(rest);
      if (sub === 'dlx') return npxRun(rest);
      return [];
    case 'yarn':
      if (sub === 'global' && args[1]?.text === 'add') return npmInstalls(args.slice(2));
      if (sub === 'add') return npmInstalls(rest);
      if (sub === 'dlx') return npxRun(rest);
      return [];
    case 'bun':
      if (sub === 'add' || sub === 'install' || sub === 'i' || sub === 'a') return npmInstalls(rest);
      if (sub === 'x') return npxRun(rest);
      return [];
    case 'volta':
      return sub === 'install'
        ? npmInstalls(rest).filter((r) => !['node', 'npm', 'yarn', 'pnpm'].includes(r.finding?.name ?? ''))
        : [];
    case 'deno':
      return args
        .filter((a) => a.text.startsWith('npm:'))
        .map((a) => npmFinding(a, parseNpmSpec(a.text.slice(4), a.unknown)))
        .filter((r): r is Recognised => r !== null);
    case 'uv':
      if (sub === 'pip' && args[1]?.text === 'install') return pipInstalls(args.slice(2));
      if (sub === 'tool' && (args[1]?.text === 'install' || args[1]?.text === 'upgrade'))
        return pipInstalls(args.slice(2), true);
      if (sub === 'tool' && args[1]?.text === 'run') return uvxRun(args.slice(2));
      if (sub === 'add') return pipInstalls(rest);
      return [];
    case 'uvx':
      return uvxRun(args);
    case 'pipx':
      if (sub === 'install' || sub === 'upgrade') return pipInstalls(rest);
      if (sub === 'run') return pipxRun(rest);
      return [];
    case 'brew':
      if (sub === 'install' || sub === 'reinstall' || sub === 'upgrade') return brewInstalls(rest);
      return [];
    default:
      if (/^pip(\d+(\.\d+)?)?$/.test(name)) return sub === 'install' ? pipInstalls(rest) : [];
      if (/^python(\d+(\.\d+)?)?$/.test(name)) {
        const m = args.findIndex((a) => a.text === '-m');
        if (m >= 0 && /^pip$/.test(args[m + 1]?.text ?? '') && args[m + 2]?.text === 'install')
          return pipInstalls(args.slice(m + 3));
        if (m >= 0 && args[m + 1]?.text === 'pipx' && args[m + 2]?.text === 'install')
          return pipInstalls(args.slice(m + 3));
      }
      return [];
  }
}
