/** What an action did, in words: announced politely when done, at once when refused or failed. */
export interface Status {
  text: string;
  problem: boolean;
}

export function StatusMessage({ status }: { status?: Status }) {
  if (!status) return null;
  return <p role={status.problem ? 'alert' : 'status'}>{status.text}</p>;
}
