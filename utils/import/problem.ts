/**
 * Something the importer could not find or had to leave out. The code is stable
 * so that the UI can show its own translated text (see problem-text.ts); the
 * message is plain English, for the command line.
 */
export interface Problem {
  code: string;
  message: string;
  /** The variable parts of the message (a name, a quoted value, a year…), in order, for the translated text. */
  params?: string[];
  /** Which of a code's messages this is, where a code has more than one. */
  kind?: string;
}

export function problem(code: string, message: string, params?: string[], kind?: string): Problem {
  return { code, message, ...(params && params.length > 0 && { params }), ...(kind && { kind }) };
}
