import { resolve } from 'node:path';
import { inventory, type Inventory } from '../../src/inventory/engine.js';
import { DirectorySource } from '../../src/sources/directory.js';
import type { Component } from '../../src/model/component.js';

/** `file:line [source] ecosystem name version-or-(spec)` for compact exact assertions. */
export function line(c: Component): string {
  const v = c.version ?? `(${c.spec ?? ''})`;
  return `${c.location.file}:${c.location.line} [${c.source}] ${c.ecosystem} ${c.name} ${v}`;
}

export async function inventoryOf(dir: string): Promise<Inventory & { lines: string[] }> {
  const inv = await inventory(new DirectorySource(resolve(dir)));
  return { ...inv, lines: inv.components.map(line) };
}
