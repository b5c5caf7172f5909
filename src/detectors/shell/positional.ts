// Positional parameters (`$1`…, `$#`, `$@`, `$*`) as variables of the environment: a caller's
// arguments set them, `set -- …` replaces them and `shift N` drops the first N.
import type { Expanded, VarValue } from './expand.js';

/** Sets the positional parameters `$1`…, `$#`, `$@` and `$*` to `values`. */
export function setArguments(env: Map<string, VarValue>, values: readonly VarValue[]): void {
  values.forEach((v, i) => env.set(String(i + 1), v));
  env.set('#', { text: String(values.length), unknown: false });
  const all = {
    text: values.map((v) => v.text).join(' '),
    unknown: values.some((v) => v.unknown),
    items: [...values],
  };
  env.set('@', all);
  env.set('*', all);
}

/** `set -- a b` (the new arguments) or `shift N` (a count), when the current ones are known. */
export function changeArguments(env: Map<string, VarValue>, change: readonly Expanded[] | number): void {
  const count = env.get('#');
  if (count === undefined || count.unknown) return;
  let values: VarValue[] = [];
  for (let i = 1; i <= Number(count.text); i++)
    values.push(env.get(String(i)) ?? { text: '', unknown: false });
  if (typeof change === 'number') values = Number.isInteger(change) ? values.slice(change) : [];
  else
    values = change.map((a) => ({ text: a.text, unknown: a.unknown, ...(a.from ? { from: a.from } : {}) }));
  for (let i = 1; i <= Number(count.text); i++) env.delete(String(i));
  setArguments(env, values);
}
