/** What the background does; entrypoints/background.ts only wires it to events. */
import { refreshBadge } from './badge';
import { extensionUrl, openTab } from './browser/tabs';
import { ensureBundledFeed } from './feed/bundled-feed';
import { addLogEntry, type LogEntry } from './log';
import { messageSchema } from './messages';

export async function handleMessage(raw: unknown): Promise<LogEntry | number | undefined> {
  const parsed = messageSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const message = parsed.data;
  switch (message.type) {
    case 'log-action': {
      const entry = await addLogEntry(message.entry);
      await refreshBadge();
      return entry;
    }
    case 'refresh-feeds':
    case 'feeds-changed':
      return refreshBadge();
  }
}

/** First run: store the bundled feed and welcome the supporter in the options page. */
export async function handleInstalled(reason: string): Promise<void> {
  await ensureBundledFeed();
  await refreshBadge();
  if (reason === 'install') await openTab(extensionUrl('/options.html?welcome=1'));
}
