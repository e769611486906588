import type * as z from 'zod/mini';

/** `items[2]._urgent_action.targets[0].email` from zod's path segments. */
export function jsonPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out || '(document)';
}

/** One line per problem, each naming its JSON path. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], prefix = ''): string[] {
  return issues.map((issue) => `${jsonPath(issue.path, prefix)}: ${issue.message}`);
}
