import { describe, expect, it } from 'vitest';
import { jsonShape, maxNesting, readFeedBody } from './feed-json';

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('jsonShape', () => {
  it('ignores brackets and escaped quotes inside strings', () => {
    expect(jsonShape('{"a": "[[{ \\" ]]", "b": [1, {"c": "\\\\"}]}')).toEqual({ deepest: 3, unclosed: false });
  });

  it('sees a document cut short, in brackets or in a string', () => {
    expect(jsonShape('{"items": [{"id": "a"}').unclosed).toBe(true);
    expect(jsonShape('{"title": "Urgent ac').unclosed).toBe(true);
  });
});

describe('readFeedBody', () => {
  it(`accepts ${maxNesting} levels and refuses one more`, () => {
    expect(readFeedBody(nested(maxNesting), 'application/json')).toMatchObject({ kind: 'json' });
    expect(readFeedBody(nested(maxNesting + 1), 'application/json')).toMatchObject({ kind: 'problem', problem: { code: 'invalid' } });
  });

  it('reads JSON whatever the Content-Type, unless it says HTML', () => {
    expect(readFeedBody(' {"a": 1}', 'text/plain')).toEqual({ kind: 'json', document: { a: 1 } });
    expect(readFeedBody('{"a": 1}', 'text/html')).toEqual({ kind: 'page', html: '{"a": 1}' });
  });

  it('calls markup a page, and an RSS or Atom feed by its name', () => {
    expect(readFeedBody('<p>Maintenance</p>', '')).toMatchObject({ kind: 'page' });
    expect(readFeedBody('<feed xmlns="http://www.w3.org/2005/Atom">', 'application/atom+xml')).toMatchObject({ kind: 'xml' });
    expect(readFeedBody('<?xml version="1.0"?>\n<!-- made by hand -->\n<rss version="2.0">', 'text/html')).toMatchObject({ kind: 'xml' });
    expect(readFeedBody('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', 'application/rdf+xml')).toMatchObject({
      kind: 'problem',
      problem: { code: 'not-a-feed' },
    });
  });
});
