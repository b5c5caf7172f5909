// `docker run [OPTIONS] IMAGE [COMMAND [ARG…]]` and `docker exec [OPTIONS] CONTAINER COMMAND
// [ARG…]` (podman and nerdctl alike; `docker compose run|exec SERVICE …`, `kubectl exec POD --
// …`): the command they run inside a container is a command too.
// Options are docker's (docs.docker.com/reference/cli/docker/container/run, …/exec); an option
// that takes a value consumes the next word unless written `--opt=value`.
import type { Expanded } from './expand.js';

const ENGINES = new Set(['docker', 'podman', 'nerdctl']);
const COMPOSE = new Set(['docker-compose', 'podman-compose']);

/** Short options of `run`/`exec` that take a value (`-e K=V`, `-v a:b`, `-w /dir`, …). */
const SHORT_WITH_VALUE = new Set(['a', 'c', 'e', 'h', 'l', 'm', 'p', 'u', 'v', 'w']);

/** Long options that do not take a value; every other long option does. */
const LONG_FLAGS = new Set([
  'detach',
  'init',
  'interactive',
  'no-healthcheck',
  'oom-kill-disable',
  'privileged',
  'publish-all',
  'quiet',
  'read-only',
  'rm',
  'sig-proxy',
  'tty',
  'help',
  'disable-content-trust',
  'use-api-socket',
  'no-stdin',
  'replace',
  // compose run/exec
  'no-deps',
  'service-ports',
  'use-aliases',
  'build',
  'remove-orphans',
  'quiet-pull',
  'no-TTY',
]);

/**
 * The command a `docker run`/`docker exec` runs (with `--entrypoint E`, E first), or null when
 * the words are not such a command or it runs the image's own command.
 */
export function containerCommand(argv: readonly Expanded[]): Expanded[] | null {
  const engine = argv[0]?.text.slice(argv[0].text.lastIndexOf('/') + 1) ?? '';
  // `kubectl exec POD -- CMD`, `kubectl run NAME --image=I -- CMD`: the command follows `--`.
  if (engine === 'kubectl' || engine === 'oc') {
    if (argv[1]?.text !== 'exec' && argv[1]?.text !== 'run') return null;
    const dash = argv.findIndex((a) => a.text === '--');
    return dash > 0 && dash + 1 < argv.length ? argv.slice(dash + 1) : null;
  }
  let i = 1;
  // `docker compose run|exec [OPTIONS] SERVICE CMD…` (and docker-compose, podman-compose).
  if (!COMPOSE.has(engine)) {
    if (!ENGINES.has(engine)) return null;
    if (argv[i]?.text === 'compose' || argv[i]?.text === 'container') i++;
  }
  const sub = argv[i]?.text;
  if (sub !== 'run' && sub !== 'exec') return null;
  let entrypoint: Expanded | undefined;
  for (i++; i < argv.length; i++) {
    const t = argv[i]!.text;
    if (t === '--') {
      i++;
      break;
    }
    if (t.startsWith('--')) {
      const eq = t.indexOf('=');
      const name = t.slice(2, eq === -1 ? undefined : eq);
      if (LONG_FLAGS.has(name)) continue;
      if (eq === -1) i++;
      if (name === 'entrypoint') entrypoint = eq === -1 ? argv[i] : { ...argv[i]!, text: t.slice(eq + 1) };
      continue;
    }
    if (t.startsWith('-') && t.length > 1) {
      // Clustered short flags (`-it`, `-dit`); one that takes a value ends the cluster.
      for (let k = 1; k < t.length; k++) {
        if (!SHORT_WITH_VALUE.has(t[k]!)) continue;
        if (k === t.length - 1) i++;
        break;
      }
      continue;
    }
    break;
  }
  // argv[i] is the image (run) or the container (exec).
  const rest = argv.slice(i + 1);
  if (entrypoint && entrypoint.text !== '') return [entrypoint, ...rest];
  return rest.length > 0 ? rest : null;
}
