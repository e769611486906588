import { describe, expect, it } from 'vitest';
import { chooseActionLink, type LinkCandidate, linksInMarkup, linksInText } from './action-link';
import { parseHtml } from './html-tree';

const link = (href: string, text = '', context = text): LinkCandidate => ({ href, text, context });

describe('chooseActionLink', () => {
  it('takes the link whose words say it leads to the action, in the three languages', () => {
    const home = link('https://rights.example.org/about', 'About us');
    expect(chooseActionLink([home, link('https://rights.example.org/ua-1', 'Read more')])).toBe('https://rights.example.org/ua-1');
    expect(chooseActionLink([home, link('https://derechos.example.org/au-1', 'Actúa ahora')])).toBe('https://derechos.example.org/au-1');
    expect(chooseActionLink([home, link('https://droits.example.org/au-1', 'En savoir plus')])).toBe('https://droits.example.org/au-1');
    expect(chooseActionLink([home, link('https://rights.example.org/ua-2', 'this page', 'For the full details see this page')])).toBe(
      'https://rights.example.org/ua-2',
    );
  });

  it('otherwise takes the first link with text to a page of a site that is not webmail or social', () => {
    expect(
      chooseActionLink([
        link('https://rights.example.org/', 'Example Rights Network'),
        link('https://x.com/ExampleRights', 'X'),
        link('https://www.facebook.com/example', 'Facebook'),
        link('mailto:actions@rights.example.org', 'Write to us'),
        link('http://rights.example.org/plain-http', 'Insecure'),
        link('https://mail.google.com/mail/u/0/', 'Inbox'),
        link('https://rights.example.org/image-only'),
        link('https://rights.example.org/campaigns/rio-verde', 'Río Verde'),
      ]),
    ).toBe('https://rights.example.org/campaigns/rio-verde');
  });

  it('never takes unsubscribe, preference or browser-view links, nor the page it is read on', () => {
    expect(
      chooseActionLink(
        [
          link('https://rights.example.org/unsubscribe?u=1', 'Take action: unsubscribe'),
          link('https://rights.example.org/web-version', 'View this email in your browser'),
          link('https://outlook.live.com/owa/redirect', 'Read more'),
          link('https://mail.example.net/inbox/1', 'Read more'),
        ],
        'mail.example.net',
      ),
    ).toBeUndefined();
  });

  it('unwraps redirects and drops campaign tags', () => {
    expect(
      chooseActionLink([
        link('https://www.google.com/url?q=https://rights.example.org/ua-3?utm_source%3Demail%26id%3D7&sa=D', 'Take action'),
      ]),
    ).toBe('https://rights.example.org/ua-3?id=7');
    // Any tracker the imported address would lose anyway (clean-url.ts), Marketo's and HubSpot's too.
    expect(
      chooseActionLink([link('https://rights.example.org/ua-8?mkt_tok=eyJp&lang=es&_hsenc=p2AN&fbclid=IwAR0#share', 'Read more')]),
    ).toBe('https://rights.example.org/ua-8?lang=es');
  });
});

describe('linksInText and linksInMarkup', () => {
  it('finds written-out links with the line they stand in, or the line before', () => {
    expect(linksInText('Take action <https://rights.example.org/ua-4>\nRead more:\nhttps://rights.example.org/ua-5.')).toEqual([
      { href: 'https://rights.example.org/ua-4', text: 'Take action', context: 'Take action <https://rights.example.org/ua-4>' },
      { href: 'https://rights.example.org/ua-5', text: '', context: 'Read more: https://rights.example.org/ua-5.' },
    ]);
  });

  it("finds an HTML message's links with their text (an image's alt) and their line", () => {
    const tree = parseHtml(
      '<p>Intro</p><p>To learn more, <a href="https://rights.example.org/ua-6">visit this page</a>.</p><a href="https://rights.example.org/"><img alt="Logo"></a><p style="display:none"><a href="https://hidden.example.org/">x</a></p>',
    );
    expect(linksInMarkup(tree)).toEqual([
      { href: 'https://rights.example.org/ua-6', text: 'visit this page', context: 'To learn more, visit this page.' },
      { href: 'https://rights.example.org/', text: 'Logo', context: 'Logo' },
    ]);
  });
});
