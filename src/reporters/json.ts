import type { InventoryReport, Report } from '../gate/report.js';

export function renderJson(report: Report | InventoryReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}

/**
 * The inventory JSON report written piece by piece (the components as they are found), byte for
 * byte what `renderJson` gives for the whole report.
 */
export const inventoryJson = {
  head: '{\n  "schemaVersion": 1,\n  "components": [',
  component(c: InventoryReport['components'][number], first: boolean): string {
    return (first ? '\n' : ',\n') + JSON.stringify(c, null, 2).replace(/^/gm, '    ');
  },
  tail(
    anyComponent: boolean,
    errors: InventoryReport['errors'],
    summary: InventoryReport['summary'],
  ): string {
    return (
      (anyComponent ? '\n  ]' : ']') + ',' + JSON.stringify({ errors, summary }, null, 2).slice(1) + '\n'
    );
  },
};
