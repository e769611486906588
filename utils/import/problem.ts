/**
 * Something the importer could not find or had to leave out. The code is stable
 * so that the UI can show its own translated text; the message is plain English.
 */
export interface Problem {
  code: string;
  message: string;
}

export function problem(code: string, message: string): Problem {
  return { code, message };
}
