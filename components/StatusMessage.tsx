/** What an action did, in words: announced politely when done, at once when refused or failed. */
export interface Status {
  text: string;
  problem: boolean;
}

/**
 * The live region is always in the page, so screen readers hear a message that
 * appears in it; a region inserted together with its text is often missed.
 */
export function StatusMessage({ status }: { status?: Status }) {
  return (
    <div class="live" aria-live="polite">
      {status && <p role={status.problem ? 'alert' : 'status'}>{status.text}</p>}
    </div>
  );
}
