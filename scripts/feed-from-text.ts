/**
 * Turns urgent action page texts into one JSON Feed on stdout:
 *   npm run -s feed:from-text -- a.txt [b.txt ...]
 * Notes go to stderr, with the evidence: for each field found, the line it was
 * read from, and the main fields the text did not state. A file that gives no
 * valid item fails the run (exit 1) and nothing is printed to stdout.
 */
import { readFileSync } from 'node:fs';
import { feedFromTexts, type SourceEvidence, type SourceProblems, type TextSource } from '@/utils/import/feed-from-texts';

// Fields reported as missing when the text does not state them.
const reported = ['reference', 'country', 'ends_at', 'letter.closing'];

function report(entries: readonly SourceProblems[], kind: string): void {
  for (const { name, problems } of entries) {
    for (const { code, message } of problems) process.stderr.write(`${name}: ${kind} ${code}: ${message}\n`);
  }
}

function reportEvidence(entries: readonly SourceEvidence[]): void {
  for (const { name, evidence } of entries) {
    for (const [field, line] of Object.entries(evidence)) process.stderr.write(`${name}: found ${field} in "${line}"\n`);
    for (const field of reported) if (!(field in evidence)) process.stderr.write(`${name}: missing ${field}\n`);
  }
}

function main(paths: readonly string[]): number {
  if (paths.length === 0) {
    process.stderr.write('usage: npm run -s feed:from-text -- a.txt [b.txt ...]\n');
    return 1;
  }
  const sources: TextSource[] = [];
  for (const path of paths) {
    try {
      sources.push({ name: path, text: readFileSync(path, 'utf8') });
    } catch (error) {
      process.stderr.write(`${path}: cannot read the file: ${(error as Error).message}\n`);
      return 1;
    }
  }
  const result = feedFromTexts(sources);
  if (!result.ok) {
    report(result.failures, 'error');
    return 1;
  }
  report(result.notes, 'note');
  reportEvidence(result.evidence);
  process.stdout.write(`${JSON.stringify(result.feed, null, 2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
