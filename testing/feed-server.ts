/**
 * A real HTTP server on 127.0.0.1 for tests that fetch feeds, with small feed
 * documents built inline. It records every request and the exact bytes of every
 * response, so tests can check what went over the wire.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}

interface SentResponse {
  path: string;
  status: number;
  /** Status line and headers, up to and including the blank line. */
  head: string;
  /** Everything the server wrote for this response, head included. */
  wireBytes: number;
  bodyBytes: number;
  /** False when the client went away before the response was complete. */
  complete: boolean;
}

export interface FeedServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  url(path: string): string;
  requests: SeenRequest[];
  responses: SentResponse[];
  route(path: string, handler: Handler): void;
  close(): Promise<void>;
}

const keptBytes = 64 * 1024;

interface Capture {
  written: number;
  kept: Buffer[];
  keptLength: number;
}

function bufferOf(data: unknown, encoding: unknown): Buffer {
  if (typeof data === 'string') return Buffer.from(data, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
  const view = data as Uint8Array;
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

/** Counts every byte written to the socket, keeping the first ones of the current response. */
function captureWrites(socket: Socket): Capture {
  const capture: Capture = { written: 0, kept: [], keptLength: 0 };
  const write = socket.write.bind(socket) as (...args: unknown[]) => boolean;
  socket.write = ((...args: unknown[]) => {
    const bytes = bufferOf(args[0], args[1]);
    capture.written += bytes.byteLength;
    if (capture.keptLength < keptBytes) {
      capture.kept.push(bytes);
      capture.keptLength += bytes.byteLength;
    }
    return write(...args);
  }) as Socket['write'];
  return capture;
}

export async function startFeedServer(routes: Record<string, Handler> = {}): Promise<FeedServer> {
  const handlers = new Map(Object.entries(routes));
  const requests: SeenRequest[] = [];
  const responses: SentResponse[] = [];
  const captures = new WeakMap<Socket, Capture>();

  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push({ method: request.method ?? 'GET', path, headers: request.headers });
    const capture = captures.get(request.socket);
    if (capture) {
      const start = capture.written;
      capture.kept = [];
      capture.keptLength = 0;
      response.on('close', () => {
        const raw = Buffer.concat(capture.kept).toString('latin1');
        const headEnd = raw.indexOf('\r\n\r\n');
        const head = headEnd === -1 ? raw : raw.slice(0, headEnd + 4);
        const wireBytes = capture.written - start;
        responses.push({
          path,
          status: response.statusCode,
          head,
          wireBytes,
          bodyBytes: wireBytes - Buffer.byteLength(head, 'latin1'),
          complete: response.writableFinished,
        });
      });
    }
    const handler = handlers.get(path.split('?')[0] ?? path);
    if (handler) handler(request, response);
    else response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
  });
  server.on('connection', (socket) => captures.set(socket, captureWrites(socket)));

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    requests,
    responses,
    route: (path, handler) => void handlers.set(path, handler),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

export interface ServeJsonOptions {
  etag?: string;
  lastModified?: string;
  contentType?: string;
  /** Prefix the body with a UTF-8 byte-order mark. */
  bom?: boolean;
}

/** A JSON body (an object, or raw text) that answers conditional requests with a bare 304. */
export function serveJson(body: unknown, options: ServeJsonOptions = {}): Handler {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const bytes = Buffer.concat([Buffer.from(options.bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text)]);
  return (request, response) => {
    const validators: Record<string, string> = {};
    if (options.etag) validators.ETag = options.etag;
    if (options.lastModified) validators['Last-Modified'] = options.lastModified;
    const ifNoneMatch = request.headers['if-none-match'];
    const ifModifiedSince = request.headers['if-modified-since'];
    const notModified = ifNoneMatch
      ? ifNoneMatch === options.etag
      : ifModifiedSince !== undefined && ifModifiedSince === options.lastModified;
    if (notModified) {
      response.writeHead(304, validators).end();
      return;
    }
    response
      .writeHead(200, { 'Content-Type': options.contentType ?? 'application/feed+json', 'Content-Length': bytes.byteLength, ...validators })
      .end(bytes);
  };
}

export function serveText(text: string, contentType: string, status = 200): Handler {
  return (_request, response) => {
    response.writeHead(status, { 'Content-Type': contentType }).end(text);
  };
}

/** Accepts the request and never answers (the server's close() ends it). */
export const neverAnswer: Handler = () => {};

/** Streams JSON-looking bytes without a Content-Length until the client leaves, or up to `limitBytes`. */
export function streamEndlessly(limitBytes: number): Handler {
  return (_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/feed+json' });
    const chunk = Buffer.alloc(16 * 1024, 0x20);
    let sent = 0;
    const pump = () => {
      while (!response.destroyed && sent < limitBytes) {
        sent += chunk.byteLength;
        if (!response.write(chunk)) {
          response.once('drain', pump);
          return;
        }
      }
      if (!response.destroyed) response.end();
    };
    response.write('{"padding": "');
    pump();
  };
}

/** Announces a huge Content-Length, sends a little, then waits. */
export function declareLength(contentLength: number): Handler {
  return (_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/feed+json', 'Content-Length': contentLength });
    response.write('{"version": "https://jsonfeed.org/version/1.1", ');
  };
}

export function makeUrgentItem(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    url: `https://example.org/actions/${id}`,
    title: `Free the defenders (${id})`,
    summary: 'Three human rights defenders are detained for their work.',
    date_published: '2027-01-10T09:00:00Z',
    _urgent_action: {
      reference: `UA ${id}`,
      country: 'PE',
      ends_at: '2027-03-03',
      targets: [{ id: 'minister', name: 'Minister of Justice', title: 'Minister', email: 'minister@example.org' }],
      letter: { subject: 'Release the defenders ({{reference}})', body: 'I urge you to release them.\n\nThank you.' },
    },
    ...overrides,
  };
}

export function makeFeed(options: { title?: string; organization?: string; items?: unknown[] } = {}): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: options.title ?? 'Test urgent actions',
    home_page_url: 'https://example.org/',
    _advocacy: { version: 1, organization: options.organization ?? 'Test Organization' },
    items: options.items ?? [makeUrgentItem('ua-1')],
  };
}
