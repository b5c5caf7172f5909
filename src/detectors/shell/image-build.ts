// `docker [buildx] build [-f F] [--build-arg K[=V]]… CONTEXT` (podman, buildah bud): which
// Dockerfile a command builds and with which build args, for the flows stage to follow.
import type { Expanded, Lookup, VarValue } from './expand.js';
import type { ImageBuild } from './findings.js';

export const IMAGE_BUILDERS = new Set(['docker', 'podman', 'buildah']);

/** Options of `docker build` that take a value (the value is not the context). */
const VALUE_OPTIONS =
  /^-(t|-tag|-target|-platform|-label|-network|-secret|-ssh|-cache-from|-cache-to|-output|o|-progress|-builder|-iidfile|-metadata-file|-build-context|-shm-size|-ulimit|-add-host|-memory|m)$/;

/**
 * Reads the arguments of an image builder. Returns null when the command is not a build; a
 * build whose context is not known statically is a build with nothing to follow (`build` unset).
 */
export function readImageBuild(
  args: readonly Expanded[],
  locate: (o: number) => number,
  lookup: Lookup,
): { build?: ImageBuild } | null {
  let i = 0;
  if (args[i]?.text === 'buildx' || args[i]?.text === 'image') i++;
  if (args[i]?.text !== 'build' && args[i]?.text !== 'bud') return null;
  const build: ImageBuild = { line: locate(args[i]!.start), context: '.', buildArgs: new Map() };
  const positional: Expanded[] = [];
  for (i++; i < args.length; i++) {
    const a = args[i]!;
    const eq = a.text.indexOf('=');
    const flag = a.text.startsWith('--') && eq > 0 ? a.text.slice(0, eq) : a.text;
    const inline = flag !== a.text ? { ...a, text: a.text.slice(eq + 1) } : undefined;
    const value = (): Expanded | undefined => inline ?? args[++i];
    if (flag === '-f' || flag === '--file') {
      const v = value();
      if (v && !v.unknown) build.dockerfile = v.text;
    } else if (flag === '--build-arg') {
      const v = value();
      if (!v) continue;
      const k = v.text.indexOf('=');
      const name = k === -1 ? v.text : v.text.slice(0, k);
      const given: VarValue | undefined =
        k === -1
          ? lookup(name)
          : { text: v.text.slice(k + 1), unknown: v.unknown, ...(v.from ? { from: v.from } : {}) };
      if (given) build.buildArgs.set(name, given);
    } else if (VALUE_OPTIONS.test(flag)) {
      if (!inline) i++;
    } else if (!a.text.startsWith('-')) positional.push(a);
  }
  const context = positional[0];
  if (context && context.unknown) return {};
  if (context) build.context = context.text;
  return { build };
}
