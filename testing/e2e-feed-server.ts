/**
 * The unit tests' local HTTP server on 127.0.0.1 (it logs every request and
 * response), with a simpler way to say what a path answers, and CORS headers as
 * a publisher's feed would have.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { type FeedServer as LoggingServer, startFeedServer as startLoggingServer } from './feed-server';

interface Served {
  status?: number;
  body: string;
  type?: string;
  headers?: Record<string, string>;
}

export interface FeedServer extends LoggingServer {
  /** Replaces what a path answers. */
  serve: (path: string, response: Served | ((headers: IncomingHttpHeaders) => Served)) => void;
}

export async function startFeedServer(): Promise<FeedServer> {
  const server = await startLoggingServer();
  return Object.assign(server, {
    serve: (path: string, response: Served | ((headers: IncomingHttpHeaders) => Served)) =>
      server.route(path, (request, reply) => {
        const served = typeof response === 'function' ? response(request.headers) : response;
        const status = served.status ?? 200;
        reply.writeHead(status, {
          'Access-Control-Allow-Origin': '*',
          'Access-Control-Expose-Headers': 'ETag, Last-Modified',
          'Content-Type': served.type ?? 'application/feed+json',
          ...served.headers,
        });
        reply.end(status === 304 ? undefined : served.body);
      }),
  });
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
      targets: [{ id: 'governor', name: `Governor of ${id}`, email: `governor-${id}@example.org`, twitter: 'ExampleGov' }],
      letter: { subject: `About ${title}`, body: `Please act on ${title}.` },
      ...extra,
    },
  };
}

/** One action with every channel to one official: an email, a Twitter handle and a phone. */
export function tradeUnionistItem(extra: Record<string, unknown> = {}): object {
  return actionItem('ua-7-27', 'Belarus: Release the jailed trade unionist', {
    targets: [
      {
        id: 'prosecutor',
        name: 'Prosecutor General Andrei Shved',
        email: 'office@example.org',
        twitter: 'ExampleProsecut',
        phone: '+375 17 200-00-00',
      },
    ],
    letter: { subject: 'Release the trade unionist', body: 'Free him now, {{full_name}} asks.' },
    tweet: '{{target_twitter}} Release the trade unionist now!',
    ...extra,
  });
}
