import type { InventoryReport, Report } from '../report.js';

export function renderJson(report: Report | InventoryReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}
