// Jenkinsfiles (`Jenkinsfile`, `Jenkinsfile.*`, `*.jenkinsfile`, `*.groovy` under `jenkins/`),
// best effort: the literal scripts of `sh`, `bat` and `powershell`/`pwsh` steps (`sh 'cmd'`,
// `sh "cmd"`, `sh '''…'''`, `sh """…"""`, `sh(script: '…', …)`), each command at its own line.
// Groovy `${…}` interpolations in double-quoted scripts reach the shell as unknown values. Groovy
// is not parsed: a script built by code is not read.
import type { Detector, DetectorResult } from '../model/component.js';
import { LineIndex } from '../util/lines.js';
import { COMMAND_ECOSYSTEMS } from './shell/components.js';
import { scanCommandSites, type CommandSite } from './parsers/command-sites.js';
import { scanAndFollowCommandSites } from './flows/command-sites.js';

export const JENKINSFILE_SOURCE = 'Jenkinsfile';

export function isJenkinsfilePath(path: string): boolean {
  const n = path.slice(path.lastIndexOf('/') + 1);
  return (
    /^Jenkinsfile([._-][^/]*)?$/.test(n) ||
    /\.jenkinsfile$/i.test(n) ||
    /(^|\/)jenkins\/[^/]+\.groovy$/i.test(path)
  );
}

const STEP =
  /(?:^|[\s;{(])(sh|bat|powershell|pwsh)\s*(?:\(\s*(?:script\s*:\s*)?)?('''[\s\S]*?'''|"""[\s\S]*?"""|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/g;

export function scanJenkinsfile(path: string, text: string): DetectorResult {
  return scanCommandSites(path, JENKINSFILE_SOURCE, jenkinsSites(text), 'sh');
}

/** The `sh`, `bat` and `powershell` steps, each at its lines. */
function jenkinsSites(text: string): CommandSite[] {
  const lines = new LineIndex(text);
  const sites: CommandSite[] = [];
  // Comments go first (kept as spaces, so offsets still locate lines).
  const code = text.replace(/\/\*[\s\S]*?\*\/|(^|[^:])\/\/[^\n]*/g, (c) => c.replace(/[^\n]/g, ' '));
  for (let m = STEP.exec(code); m; m = STEP.exec(code)) {
    const lit = m[2]!;
    const q = lit.startsWith("'''") || lit.startsWith('"""') ? 3 : 1;
    const start = m.index + m[0].length - lit.length + q;
    let script = lit.slice(q, lit.length - q).replace(/\\(['"\\$])/g, '$1');
    if (lit.startsWith('"'))
      script = script.replace(/\$\{([^}]*)\}/g, (_, e: string) =>
        /^[A-Za-z_]\w*$/.test(e) ? '${' + e + '}' : '${GROOVY_EXPRESSION}',
      );
    const first = lines.line(start);
    const body = script;
    sites.push({
      script,
      locate: (o) => {
        let n = first;
        for (let i = body.indexOf('\n'); i !== -1 && i < o; i = body.indexOf('\n', i + 1)) n++;
        return n;
      },
      ...(m[1] === 'sh' ? {} : { quiet: true }),
    });
  }
  return sites;
}

export const jenkinsfileDetector: Detector = {
  id: JENKINSFILE_SOURCE,
  role: 'commands',
  syntax: 'text',
  ecosystems: COMMAND_ECOSYSTEMS,
  matches: isJenkinsfilePath,
  // The steps run in the workspace: the repository root.
  detect: ({ path, text, readFile }) =>
    scanAndFollowCommandSites({ path, readFile }, JENKINSFILE_SOURCE, jenkinsSites(text), 'sh', ''),
};
