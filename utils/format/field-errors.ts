/** zod's issues as field → message, for a form to show beside each field. */
export function fieldErrors<Shape>(error: unknown): Partial<Record<keyof Shape, string>> {
  const issues = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues ?? [];
  const errors: Partial<Record<keyof Shape, string>> = {};
  for (const issue of issues) {
    const field = issue.path[0] as keyof Shape | undefined;
    if (field !== undefined) errors[field] ??= issue.message;
  }
  return errors;
}
