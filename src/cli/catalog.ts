// `catalog`: the built-in AI-tool catalog and advisories.
import { renderCatalogJson, renderCatalogText } from '../catalog/render.js';
import { oneOf, parse, UsageError } from './args.js';

export function catalogCommand(args: string[]): number {
  const { values, positionals } = parse(args, { format: { type: 'string' } });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const format = oneOf('format', values.format as string | undefined, ['text', 'json'] as const, 'text');
  process.stdout.write(format === 'json' ? renderCatalogJson() : renderCatalogText());
  return 0;
}
