// The diff-mode name filter skips an unchanged file of a `namesInText` detector whose text names
// nothing the policy covers. A file that passes a value on (a caller) names no package itself, so
// such a detector must never follow one: every detector that reads another file while scanning a
// caller of the edge cases must be one the filter never rules out.
import { describe, expect, it } from 'vitest';
import { detectors } from '../../src/detectors/index.js';
import { defaultLimits } from '../../src/model/limits.js';
import { BANNED, EDGE_CASES } from './edge-cases.js';

describe('flows and the diff-mode name filter', () => {
  it('no detector that follows a caller into another file declares namesInText', async () => {
    const followers = new Set<string>();
    for (const c of EDGE_CASES) {
      const files = c.files(BANNED);
      for (const [path, text] of Object.entries(files)) {
        for (const d of detectors.filter((x) => x.matches(path))) {
          let reads = 0;
          await d.detect({
            path,
            text,
            bytes: new TextEncoder().encode(text),
            limits: defaultLimits,
            readFile: (p) => {
              reads++;
              return Promise.resolve(files[p] ?? null);
            },
          });
          if (reads > 0) followers.add(d.id);
          if (reads > 0)
            expect(d.namesInText, `${d.id} follows ${path} and declares namesInText`).toBeUndefined();
        }
      }
    }
    // The check saw the followers it is about.
    expect([...followers].sort()).toEqual(
      expect.arrayContaining([
        'Dockerfile',
        'compose',
        'devcontainer.json',
        'github-workflow',
        'shell-script',
      ]),
    );
  });
});
