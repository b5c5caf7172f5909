// The variables npm gives every script it runs (`npm run`, lifecycle scripts) from the package's
// own package.json: `npm_package_name`, `npm_package_version` and one `npm_package_config_KEY`
// per `config` entry (npm's run-script: `"config": {"cc": "2.1.150"}` is `$npm_package_config_cc`).
import type { Node } from 'jsonc-parser';
import type { VarValue } from '../shell/expand.js';
import type { LineIndex } from '../../util/lines.js';
import { at, members, scalarText } from './jsonc.js';

export function npmScriptEnv(root: Node | undefined, file: string, lines: LineIndex): Map<string, VarValue> {
  const env = new Map<string, VarValue>();
  const set = (name: string, node: Node | undefined): void => {
    const text = node && node.type !== 'object' && node.type !== 'array' ? scalarText(node) : undefined;
    if (text !== undefined)
      env.set(name, { text, unknown: false, from: { file, line: lines.line(node!.offset) } });
  };
  set('npm_package_name', at(root, ['name']));
  set('npm_package_version', at(root, ['version']));
  for (const m of members(at(root, ['config']))) set(`npm_package_config_${m.key}`, m.value);
  return env;
}
