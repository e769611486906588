/** A real HTTP server on 127.0.0.1 for feeds and pages, logging every request. */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Served {
  status?: number;
  body: string;
  type?: string;
  headers?: Record<string, string>;
}

export interface FeedServer {
  url: (path: string) => string;
  /** Replaces what a path answers. */
  serve: (path: string, response: Served | ((headers: IncomingHttpHeaders) => Served)) => void;
  requests: { path: string; headers: IncomingHttpHeaders; status: number }[];
  close: () => Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, Served | ((headers: IncomingHttpHeaders) => Served)>();
  const requests: FeedServer['requests'] = [];
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const route = routes.get(path);
    const served = typeof route === 'function' ? route(request.headers) : route;
    const status = served?.status ?? (served ? 200 : 404);
    requests.push({ path, headers: request.headers, status });
    response.writeHead(status, {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Expose-Headers': 'ETag, Last-Modified',
      'Content-Type': served?.type ?? 'application/feed+json',
      ...served?.headers,
    });
    response.end(status === 304 ? undefined : (served?.body ?? 'not found'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    serve: (path, response) => routes.set(path, response),
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A small valid feed with the given urgent actions. */
export function feedJson(title: string, items: object[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title,
    _advocacy: { version: 1, organization: title },
    items,
  });
}

export function actionItem(id: string, title: string, extra: Record<string, unknown> = {}): object {
  return {
    id,
    title,
    url: `https://example.org/${id}`,
    summary: `Summary of ${title}.`,
    _urgent_action: {
      reference: `UA ${id}`,
      country: 'MX',
      targets: [
        { id: 'governor', name: `Governor of ${id}`, email: `governor-${id}@example.org`, twitter: 'ExampleGov' },
      ],
      letter: { subject: `About ${title}`, body: `Please act on ${title}.` },
      ...extra,
    },
  };
}
