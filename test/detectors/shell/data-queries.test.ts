// jq and yq reading one value of a data file (src/detectors/shell/data-queries.ts): the path
// filters version pins use, the `//` alternative, raw and JSON output, the line the value is
// written on; any other filter or option is not known (null), so the value stays unknown.
import { describe, expect, it } from 'vitest';
import { dataQuery, parseFilter } from '../../../src/detectors/shell/data-queries.js';

const files: Record<string, string> = {
  'v.json':
    '{\n  "claude": "2.1.150",\n  "tools": {"claude-code": "2.1.151", "list": ["a", "b"]},\n  "n": 3,\n  "off": false\n}\n',
  'v.yaml': 'ai:\n  claude: 2.1.152\n  list: [x, y]\n',
  'bad.json': '{"a": 1,}',
};
const read = (p: string) => (files[p] === undefined ? null : { file: p, text: files[p] });
const q = (tool: 'jq' | 'yq', ...args: string[]) => dataQuery(tool, args, read, null);

describe('jq and yq over repository data files', () => {
  it('path filters, raw output, and the line the value is on', () => {
    expect(q('jq', '-r', '.claude', 'v.json')).toEqual([
      { text: '2.1.150', from: { file: 'v.json', line: 2 } },
    ]);
    expect(q('jq', '-r', '.tools["claude-code"]', 'v.json')).toEqual([
      { text: '2.1.151', from: { file: 'v.json', line: 3 } },
    ]);
    expect(q('jq', '-r', '.tools."claude-code"', 'v.json')?.[0]?.text).toBe('2.1.151');
    expect(q('jq', '-r', '.tools.list[1]', 'v.json')?.[0]?.text).toBe('b');
    // Short options combined as jq reads them.
    expect(q('jq', '-er', '.claude', 'v.json')?.[0]?.text).toBe('2.1.150');
    expect(q('jq', '-cM', '.claude', 'v.json')?.[0]?.text).toBe('"2.1.150"');
    expect(q('yq', '.ai.claude', 'v.yaml')).toEqual([{ text: '2.1.152', from: { file: 'v.yaml', line: 2 } }]);
    expect(q('yq', 'e', '.ai.list[0]', 'v.yaml')?.[0]?.text).toBe('x');
  });

  it('without -r a string is written as JSON; null and the // alternative', () => {
    expect(q('jq', '.claude', 'v.json')?.[0]?.text).toBe('"2.1.150"');
    expect(q('jq', '.n', 'v.json')?.[0]?.text).toBe('3');
    expect(q('jq', '-r', '.missing', 'v.json')).toEqual([{ text: 'null' }]);
    expect(q('jq', '-r', '.missing // "2.1.150"', 'v.json')).toEqual([{ text: '2.1.150' }]);
    expect(q('jq', '-r', '.off // "2.1.150"', 'v.json')?.[0]?.text).toBe('2.1.150');
    expect(q('jq', '-r', '.claude // "2.1.90"', 'v.json')?.[0]?.text).toBe('2.1.150');
  });

  it('negative twins: other filters, options, files and inputs are not known', () => {
    for (const args of [
      ['-r', '.claude | ascii_downcase', 'v.json'],
      ['-r', '.[] | .name', 'v.json'],
      ['-r', '$ENV.X', 'v.json'],
      ['--arg', 'x', 'y', '.claude', 'v.json'],
      ['-rn', '.claude', 'v.json'],
      ['-r', '.claude', 'v.json', 'v.yaml'],
      ['-r', '.claude', 'absent.json'],
      ['-r', '.a', 'bad.json'],
      ['-r', '.claude'],
    ])
      expect(q('jq', ...args), args.join(' ')).toBeNull();
    expect(parseFilter('.a.b')).toEqual({ path: ['a', 'b'] });
    expect(parseFilter('.a // 1')).toEqual({ path: ['a'], alternative: 1 });
    expect(parseFilter('.a // env.X')).toBeNull();
    expect(parseFilter('keys')).toBeNull();
  });
});
