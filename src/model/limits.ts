/**
 * Limits that keep a scan bounded in time and memory on hostile input. Hitting one is a located
 * error and a fail-closed exit, never a silent skip. All are settings with safe defaults; the CLI
 * and the action can raise them (`--max-file-size`, `AITG_MAX_FILE_BYTES`, …).
 */
export interface Limits {
  /** Largest file a detector reads, in bytes. */
  maxFileBytes: number;
  /** Most files listed in one tree before the scan stops with an error. */
  maxFiles: number;
  /** Deepest nesting a structured-document parser accepts (JSON/YAML/TOML). */
  maxDepth: number;
  /** Most components one file may yield. */
  maxComponentsPerFile: number;
}

export const defaultLimits: Limits = {
  maxFileBytes: 64 * 1024 * 1024,
  maxFiles: 500_000,
  maxDepth: 512,
  maxComponentsPerFile: 1_000_000,
};

export function limitsFromEnv(env: NodeJS.ProcessEnv, base: Limits = defaultLimits): Limits {
  const num = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isSafeInteger(n) || n <= 0)
      throw new Error(`${name}: "${raw}" is not a positive whole number`);
    return n;
  };
  return {
    maxFileBytes: num('AITG_MAX_FILE_BYTES', base.maxFileBytes),
    maxFiles: num('AITG_MAX_FILES', base.maxFiles),
    maxDepth: num('AITG_MAX_DEPTH', base.maxDepth),
    maxComponentsPerFile: num('AITG_MAX_COMPONENTS_PER_FILE', base.maxComponentsPerFile),
  };
}

/** Largest registry answer (one packument, headers included) the resolver accepts, in bytes. */
export const defaultMaxResponseBytes = 64 * 1024 * 1024;

/** `AITG_MAX_RESPONSE_BYTES`, or the default when unset or not a positive whole number. */
export function maxResponseBytesFromEnv(env: NodeJS.ProcessEnv): number {
  const n = Number(env.AITG_MAX_RESPONSE_BYTES ?? '');
  return Number.isSafeInteger(n) && n > 0 ? n : defaultMaxResponseBytes;
}
