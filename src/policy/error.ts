// The error a policy that cannot be used raises, in a module of its own: the CLI recognises it
// (exit 2) without loading the policy parser.

export interface PolicyIssue {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** A policy that cannot be used: exit 2 with `file:line:column: message` (one line per problem). */
export class PolicyError extends Error {
  readonly issues: PolicyIssue[];
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
    more: PolicyIssue[] = [],
  ) {
    const first: PolicyIssue = { file, line, column, message: reason };
    const issues = [first, ...more];
    super(issues.map(formatIssue).join('\n'));
    this.issues = issues;
  }

  static of(issues: PolicyIssue[]): PolicyError {
    const [first, ...more] = issues;
    return new PolicyError(first!.file, first!.line, first!.column, first!.message, more);
  }
}

export function formatIssue(i: PolicyIssue): string {
  return i.line > 0 ? `${i.file}:${i.line}:${i.column}: ${i.message}` : `${i.file}: ${i.message}`;
}
