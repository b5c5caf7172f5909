import { describe, expect, it } from 'vitest';
import { eventRefs, resolveMode } from '../../src/action/event.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const none = { baseRef: '', headRef: '' };

describe('eventRefs and resolveMode', () => {
  it('pull_request and pull_request_target compare the payload base and head', () => {
    for (const name of ['pull_request', 'pull_request_target']) {
      const refs = eventRefs(name, {
        number: 3,
        pull_request: { number: 3, base: { sha: A }, head: { sha: B } },
      });
      expect(refs).toEqual({ base: A, head: B, pullRequest: 3, diffByDefault: true });
      expect(resolveMode('auto', refs, none)).toEqual({ mode: 'diff', base: A, head: B });
      expect(resolveMode('audit', refs, none)).toEqual({ mode: 'audit' });
    }
  });

  it('merge_group compares base_sha and head_sha', () => {
    const refs = eventRefs('merge_group', { merge_group: { base_sha: A, head_sha: B } });
    expect(resolveMode('auto', refs, none)).toEqual({ mode: 'diff', base: A, head: B });
  });

  it('push audits by default, compares before..after in diff mode, and audits a new branch', () => {
    const refs = eventRefs('push', { before: A, after: B });
    expect(resolveMode('auto', refs, none)).toEqual({ mode: 'audit' });
    expect(resolveMode('diff', refs, none)).toEqual({ mode: 'diff', base: A, head: B });
    const created = eventRefs('push', { before: '0'.repeat(40), after: B });
    expect(resolveMode('diff', created, none)).toMatchObject({ mode: 'audit', head: B });
  });

  it('inputs override the event; diff mode without a base is an error', () => {
    const refs = eventRefs('workflow_dispatch', {});
    expect(resolveMode('auto', refs, none)).toEqual({ mode: 'audit' });
    expect(resolveMode('auto', refs, { baseRef: 'main', headRef: '' })).toEqual({
      mode: 'diff',
      base: 'main',
    });
    expect(() => resolveMode('diff', refs, none)).toThrow(
      'diff mode needs a base commit: this event has none, so set the base-ref input',
    );
    expect(eventRefs('schedule', null)).toEqual({ diffByDefault: false });
  });
});
