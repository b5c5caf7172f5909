// What a workflow event compares: base and head commits, and the pull request, from the payload.

export type ScanMode = 'auto' | 'diff' | 'audit';

export interface EventRefs {
  /** Base commit (diff mode), when the event has one. */
  base?: string;
  /** Head commit; undefined means the checked-out working tree. */
  head?: string;
  /** The pull request number, for the sticky comment and its file list. */
  pullRequest?: number;
  /** How many files the pull request changes, as the event counts them (`changed_files`). */
  changedFiles?: number;
  /** Whether `mode: auto` compares (pull_request, pull_request_target, merge_group). */
  diffByDefault: boolean;
  /** A push that created the branch (`before` is all zeros): nothing to compare with. */
  newBranch?: boolean;
}

const ZERO_SHA = /^0+$/;

type Json = Record<string, unknown>;

function obj(v: unknown): Json | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** Reads the commits an event compares from its payload (`GITHUB_EVENT_PATH`). */
export function eventRefs(eventName: string, payload: unknown): EventRefs {
  const p = obj(payload) ?? {};
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const pr = obj(p.pull_request);
      const number =
        typeof pr?.number === 'number' ? pr.number : typeof p.number === 'number' ? p.number : undefined;
      const base = str(obj(pr?.base)?.sha);
      const head = str(obj(pr?.head)?.sha);
      const changedFiles = pr?.changed_files;
      return {
        ...(base ? { base } : {}),
        ...(head ? { head } : {}),
        ...(number !== undefined ? { pullRequest: number } : {}),
        ...(typeof changedFiles === 'number' ? { changedFiles } : {}),
        diffByDefault: true,
      };
    }
    case 'merge_group': {
      const mg = obj(p.merge_group);
      const base = str(mg?.base_sha);
      const head = str(mg?.head_sha);
      return { ...(base ? { base } : {}), ...(head ? { head } : {}), diffByDefault: true };
    }
    case 'push': {
      const before = str(p.before);
      const after = str(p.after);
      const newBranch = before !== undefined && ZERO_SHA.test(before);
      return {
        ...(before && !newBranch ? { base: before } : {}),
        ...(after && !ZERO_SHA.test(after) ? { head: after } : {}),
        diffByDefault: false,
        ...(newBranch ? { newBranch } : {}),
      };
    }
    default:
      return { diffByDefault: false };
  }
}

/** Whether this run compares two commits, and which. */
export function resolveMode(
  mode: ScanMode,
  refs: EventRefs,
  inputs: { baseRef: string; headRef: string },
): { mode: 'diff' | 'audit'; base?: string; head?: string; note?: string } {
  const base = inputs.baseRef || refs.base;
  const head = inputs.headRef || refs.head;
  const wanted = mode === 'auto' ? (refs.diffByDefault || inputs.baseRef ? 'diff' : 'audit') : mode;
  if (wanted === 'audit') {
    // An audit scans the checked-out tree unless a head commit is named explicitly.
    return { mode: 'audit', ...(inputs.headRef ? { head: inputs.headRef } : {}) };
  }
  if (!base) {
    if (refs.newBranch) {
      return {
        mode: 'audit',
        ...(head ? { head } : {}),
        note: 'This push created the branch: there is no earlier commit to compare with, so the whole tree is audited.',
      };
    }
    throw new Error('diff mode needs a base commit: this event has none, so set the base-ref input');
  }
  return { mode: 'diff', base, ...(head ? { head } : {}) };
}
