/**
 * The messages pages send to the background, which outlives a popup that
 * closes as soon as a mail client or a new tab takes focus. Validated on arrival.
 */
import * as z from 'zod/mini';
import { draftSchema } from '../db/drafts';
import { logEntrySchema } from '../db/log';

export const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('log-action'), entry: z.omit(logEntrySchema, { id: true }) }),
  /** Every keystroke of a letter or tweet: the write must finish even if the popup has closed. */
  z.object({ type: z.literal('save-draft'), draft: draftSchema }),
  z.object({ type: z.literal('delete-draft'), actionKey: z.string() }),
  /** `force`: the Refresh button; otherwise only feeds that are due (the popup opening). */
  z.object({ type: z.literal('refresh-feeds'), force: z.boolean() }),
  /** Feeds or settings changed in the options page: reschedule, recount. */
  z.object({ type: z.literal('settings-changed') }),
]);

export type Message = z.infer<typeof messageSchema>;
