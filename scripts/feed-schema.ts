/**
 * Writes public/feed.schema.json, the JSON Schema of the feed format for
 * publishers and their editors, generated from the zod schema the extension uses:
 *   npm run -s feed:schema
 * scripts/feed-schema.test.ts fails when the committed file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { feedSchema } from '@/utils/feed/schema';

export const feedSchemaPath = fileURLToPath(new URL('../public/feed.schema.json', import.meta.url));

export function feedJsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(feedSchema, { io: 'input' });
  return {
    $schema,
    // The format has no public home yet: a URN names it without promising an address.
    $id: 'urn:urgent-action-feed:1',
    title: 'Urgent action feed, version 1',
    description:
      'A JSON Feed 1.1 document whose items may carry an `_urgent_action` object. ' +
      'This schema checks the shape. The extension checks more than it does: ' +
      'that URLs are https and not on localhost, that templates use only known placeholders, ' +
      'that language tags and time zones exist, and that item and official ids are unique.',
    ...schema,
  };
}

export function feedJsonSchemaText(): string {
  return `${JSON.stringify(feedJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(feedSchemaPath, feedJsonSchemaText());
  process.stdout.write(`wrote ${feedSchemaPath}\n`);
}
