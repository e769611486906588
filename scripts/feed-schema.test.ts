// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { feedJsonSchema, feedJsonSchemaText, feedSchemaPath } from './feed-schema';

interface ObjectSchema {
  type?: string;
  required?: string[];
  properties: Record<string, ObjectSchema & { items?: { anyOf: ObjectSchema[] } }>;
}

describe('public/feed.schema.json', () => {
  it('is up to date with the zod schema (run npm run -s feed:schema)', () => {
    expect(readFileSync(feedSchemaPath, 'utf8')).toBe(feedJsonSchemaText());
  });

  it('names itself and the JSON Schema version', () => {
    expect(feedJsonSchema()).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'urn:urgent-action-feed:1',
      title: expect.any(String),
      description: expect.any(String),
    });
  });

  it('describes the format: the envelope, urgent action items and ordinary posts', () => {
    const schema = feedJsonSchema() as unknown as ObjectSchema;
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(expect.arrayContaining(['version', 'title', '_advocacy', 'items']));
    expect(schema.properties._advocacy?.required).toEqual(['version', 'organization']);
    expect(schema.properties.items?.type).toBe('array');

    const [urgentItem, post] = schema.properties.items?.items?.anyOf ?? [];
    expect(urgentItem?.required).toEqual(expect.arrayContaining(['id', 'title', '_urgent_action']));
    const action = urgentItem?.properties._urgent_action;
    expect(action?.required).toEqual(expect.arrayContaining(['reference', 'targets', 'letter']));
    expect(action?.properties.letter?.required).toEqual(['subject', 'body']);
    expect(post?.required).toEqual(['id']);
    expect(post?.properties._urgent_action).toEqual({ not: {} });
  });
});
