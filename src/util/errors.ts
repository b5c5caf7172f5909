/** A one-line message for anything thrown (a stack overflow from hostile nesting says so). */
export function errorMessage(e: unknown): string {
  if (e instanceof RangeError && /call stack/i.test(e.message)) return 'nesting too deep to parse';
  if (e instanceof Error) return e.message.split('\n')[0] ?? String(e);
  return String(e);
}
