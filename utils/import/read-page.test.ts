import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { liveLayout, mainContent, readPage } from './read-page';

/** A page as the browser would have it, at its own address. */
function documentOf(html: string, url = 'https://rights.example.org/actions/ua-47-24'): Document {
  const window = new Window({ url });
  window.document.write(html);
  return window.document as unknown as Document;
}

/** Cloudflare's encoding: a key byte, then the UTF-8 bytes XOR the key, in hex. */
function cfHex(address: string, key = 0x5a): string {
  return [key, ...new TextEncoder().encode(address).map((byte) => byte ^ key)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

const siteChrome = (content: string) => `<!doctype html>
<html lang="en"><head><title>UA 47/24: Free the river defenders | Example Rights</title>
<style>.mobile-only { display: none }</style></head>
<body>
  <div id="cookie-banner"><p>We use cookies. Contact privacy@rights.example.org</p><button>Accept</button></div>
  <header><a href="/">Example Rights</a><nav><ul><li><a href="/news">News</a></li><li><a href="/donate">Donate</a></li></ul></nav></header>
  ${content}
  <aside><h2>Related actions</h2><p><a href="/actions/ua-12-24">Protect the forest guards</a></p></aside>
  <form role="search"><label>Search <input name="q"></label><button>Go</button></form>
  <footer><p>Example Rights, 1 Example Street, London. Phone +44 20 7946 0000. info@rights.example.org</p></footer>
  <script>window.analytics = 'tracking@rights.example.org';</script>
</body></html>`;

describe('readPage on an organization page', () => {
  it('reads the main content and leaves the site chrome out', () => {
    const page = readPage(
      documentOf(
        siteChrome(`<main>
          <p class="kicker">UA 47/24</p>
          <h1>Free the river defenders</h1>
          <p>Two community leaders who opposed a dam were detained on 3 May.</p>
          <p class="mobile-only">Swipe to read more</p>
        </main>`),
      ),
    );
    expect(page).toEqual({
      url: 'https://rights.example.org/actions/ua-47-24',
      title: 'UA 47/24: Free the river defenders | Example Rights',
      text: 'UA 47/24\n\nFree the river defenders\n\nTwo community leaders who opposed a dam were detained on 3 May.',
      source: 'page',
    });
  });

  it('keeps a contact block one detail a line, with what its links hold written out', () => {
    const { text } = readPage(
      documentOf(
        siteChrome(`<main><h1>Free the river defenders</h1>
          <h2>Write to</h2>
          <p>Attorney General<br>
             Ms. Carla Ejemplo<br>
             Avenida Central 100<br>
             San José, Costa Rica<br>
             Email: <a href="mailto:fiscal.general@example.cr?subject=UA%2047%2F24">send an email</a><br>
             Phone: <a href="tel:+50622955555">call the office</a><br>
             Fax: <a href="tel:+506 2295 5556">+506 2295 5556</a><br>
             Twitter: <a href="https://twitter.com/FiscalEjemplo">FiscalEjemplo</a></p>
          <p>Minister of the Environment<br>
             Mr. Pablo Muestra<br>
             <a href="https://x.com/MinAmbienteEj?ref_src=twsrc">Follow the minister</a><br>
             <a href="mailto:ministro@example.cr">ministro@example.cr</a></p>
        </main>`),
      ),
    );
    expect(text).toBe(
      [
        'Free the river defenders',
        '',
        'Write to',
        '',
        'Attorney General',
        'Ms. Carla Ejemplo',
        'Avenida Central 100',
        'San José, Costa Rica',
        'Email: send an email fiscal.general@example.cr',
        'Phone: call the office +50622955555',
        'Fax: +506 2295 5556',
        'Twitter: @FiscalEjemplo',
        '',
        'Minister of the Environment',
        'Mr. Pablo Muestra',
        'Follow the minister @MinAmbienteEj',
        'ministro@example.cr',
      ].join('\n'),
    );
  });

  it('writes out the addresses Cloudflare hides, and leaves the page as it was', () => {
    const doc = documentOf(`<main><h1>UA: Iran 12.27</h1>
      <div>Email: <a href="/cdn-cgi/l/email-protection#${cfHex('judiciary@example.ir')}">[email&#160;protected]</a></div>
      <div>Email: <span class="__cf_email__" data-cfemail="${cfHex('mission@example.org', 0x21)}">[email&#160;protected]</span></div>
      <div>Email: <a href="/cdn-cgi/l/email-protection#${cfHex('nested@example.org')}"><span data-cfemail="${cfHex('nested@example.org')}">[email&#160;protected]</span></a></div>
      <div><a href="/cdn-cgi/l/email-protection#${cfHex('office@example.org')}">Write to the office</a></div>
      <div>Email: <span data-cfemail="zz">[email&#160;protected]</span></div></main>`);
    const before = doc.body.innerHTML;
    expect(readPage(doc).text).toBe(
      [
        'UA: Iran 12.27',
        '',
        'Email: judiciary@example.ir',
        'Email: mission@example.org',
        'Email: nested@example.org',
        'Write to the office office@example.org',
        'Email: [email protected]',
      ].join('\n'),
    );
    expect(doc.body.innerHTML).toBe(before);
  });

  it('keeps table cells apart: one-line cells on one line, longer cells as paragraphs', () => {
    const { text } = readPage(
      documentOf(`<article><h1>Contacts</h1>
        <table>
          <tr><th>Email</th><td>oficina@example.gob</td></tr>
          <tr><td>Fax</td><td>+52 55 5555 0000</td></tr>
        </table>
        <table><tr>
          <td>Governor<br>Ms. Ana Modelo<br>Palacio de Gobierno</td>
          <td>Prosecutor<br>Mr. Luis Modelo<br>Calle 5 de Mayo 1</td>
        </tr></table></article>`),
    );
    expect(text).toBe(
      [
        'Contacts',
        '',
        'Email\toficina@example.gob',
        'Fax\t+52 55 5555 0000',
        '',
        'Governor',
        'Ms. Ana Modelo',
        'Palacio de Gobierno',
        '',
        'Prosecutor',
        'Mr. Luis Modelo',
        'Calle 5 de Mayo 1',
      ].join('\n'),
    );
  });

  it('puts list items on their own lines after a bullet, and <br> ends a line', () => {
    const { text } = readPage(
      documentOf(`<main><h2>What to do</h2>
        <ul><li>Write to the officials below</li><li><p>Share the action</p></li>
          <li>Ask them to:<ol><li>release both men</li><li>protect their families</li></ol></li></ul>
        <div>Dear Attorney General,<br><br>I am writing to you about the defenders.<br>Yours sincerely,</div></main>`),
    );
    expect(text).toBe(
      [
        'What to do',
        '',
        '• Write to the officials below',
        '• Share the action',
        '',
        '• Ask them to:',
        '• release both men',
        '• protect their families',
        'Dear Attorney General,',
        '',
        'I am writing to you about the defenders.',
        'Yours sincerely,',
      ].join('\n'),
    );
  });

  it('follows the style sheets: a span made a block ends its line, a hidden block is left out', () => {
    const { text } = readPage(
      documentOf(`<html><head><style>.line { display: block } .collapsed { display: none }</style></head>
        <body><main><div class="contact"><span class="line">President of the Republic</span><span class="line">Palacio Nacional</span></div>
        <div class="collapsed">Newsletter sign-up</div><p hidden>Old deadline</p></main></body></html>`),
    );
    expect(text).toBe('President of the Republic\nPalacio Nacional');
  });

  it('keeps a header and footer that belong to the article', () => {
    const { text } = readPage(
      documentOf(
        siteChrome(`<article><header><p>Urgent Action UA 47/24</p><h1>Free the river defenders</h1></header>
          <p>The two men are held in San José.</p><footer><p>Take action before 30 June.</p></footer></article>`),
      ),
    );
    expect(text).toBe(
      'Urgent Action UA 47/24\n\nFree the river defenders\n\nThe two men are held in San José.\n\nTake action before 30 June.',
    );
  });

  it('keeps the header of the block it took as the content', () => {
    const { text } = readPage(
      documentOf(`<div id="site"><div class="topbar">Menu</div><div class="content">
        <header class="entry-header"><h1>UA 47/24: Free the river defenders</h1></header>
        <p>${'Two community leaders were detained. '.repeat(8)}</p><p>Write to the Attorney General.</p></div></div>`),
    );
    expect(text).toMatch(/^UA 47\/24: Free the river defenders\n\nTwo community leaders/);
    expect(text).not.toContain('Menu');
  });

  it('reads a page built inside one big form, as ASP.NET sites are', () => {
    const { text } = readPage(
      documentOf(`<form id="aspnetForm" action="/default.aspx"><div class="page">
        <h1>UA 47/24</h1><p>Two community leaders were detained.</p><p>Write to the Attorney General.</p></div></form>`),
    );
    expect(text).toBe('UA 47/24\n\nTwo community leaders were detained.\n\nWrite to the Attorney General.');
  });

  it('takes the title set above the main region along', () => {
    const { text } = readPage(
      documentOf(`<div class="hero"><h1>UA 47/24: Free the river defenders</h1></div>
        <main><p>Two community leaders were detained.</p></main>`),
    );
    expect(text).toBe('UA 47/24: Free the river defenders\n\nTwo community leaders were detained.');
  });
});

describe('mainContent', () => {
  const layoutOf = (doc: Document) => liveLayout(doc.defaultView!);

  it('prefers main, then the article with the most text', () => {
    const doc = documentOf(`<article id="teaser"><p>Short</p></article><article id="action"><p>${'Long text. '.repeat(30)}</p></article>`);
    expect(mainContent(doc.body, layoutOf(doc)).id).toBe('action');
    const withMain = documentOf(`<main id="main"><p>${'Text. '.repeat(20)}</p></main><article><p>Other</p></article>`);
    expect(mainContent(withMain.body, layoutOf(withMain)).id).toBe('main');
  });

  it('passes over a main region that holds little of the page', () => {
    const doc = documentOf(`<main id="tiny"><p>Hi</p></main><div id="content"><p>${'The action. '.repeat(40)}</p></div>`);
    expect(mainContent(doc.body, layoutOf(doc)).id).not.toBe('tiny');
  });

  it('without landmarks, goes down into the block holding nearly all the text', () => {
    const doc = documentOf(
      `<div id="wrapper"><div id="menu">Home</div><div id="content"><p>${'The action. '.repeat(40)}</p><p>More.</p></div></div>`,
    );
    expect(mainContent(doc.body, layoutOf(doc)).id).toBe('content');
  });

  it('does not leave behind a sibling block with a contact', () => {
    const doc = documentOf(
      `<div id="wrapper"><div id="text"><p>${'The action. '.repeat(60)}</p></div><div id="contacts">Email: a@example.org</div></div>`,
    );
    expect(mainContent(doc.body, layoutOf(doc)).id).toBe('wrapper');
  });
});

describe('readPage in webmail', () => {
  const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'email', 'fixtures', name), 'utf8');

  it("reads the opened Gmail message: the longest body, without the forwarder's note and header", () => {
    const page = readPage(documentOf(fixture('gmail-message.html'), 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJ'));
    expect(page.source).toBe('gmail');
    expect(page.title).toBe('Urgent Action: Free the river defenders');
    expect(page.url).toBe('https://rights.example.org/actions/ua-47-24');
    expect(page.text).toMatch(
      /^Urgent Action: Free the river defenders\n\nUA: Costa Rica 47.24\n\nFree the river defenders\n\nAct by: 30 June 2031\n\n/,
    );
    expect(page.text).toContain(
      'Attorney General\nMs. Carla Ejemplo\nFiscalía General de la República\nAvenida Central 100\nSan José, Costa Rica\nEmail: Email the Attorney General fiscal.general@example.cr\nTwitter: @FiscalEjemplo',
    );
    expect(page.text).toContain("Phone: call the Minister's office +50622220000");
    // The webmail's own chrome, the reply below, the forwarding header and the hidden preheader are not the action.
    for (const absent of [
      'Inbox',
      'Compose',
      'Search mail',
      'to me',
      'Sam, this one',
      'I will write to both',
      'Forwarded message',
      'From:',
      'actions@rights.example.org',
      'Write today',
    ]) {
      expect(page.text).not.toContain(absent);
    }
  });

  it('reads the opened Outlook message, with Safe Links unwrapped', () => {
    const page = readPage(documentOf(fixture('outlook-message.html'), 'https://outlook.live.com/mail/0/inbox/id/AAQkADAwATM0MDAAMS1'));
    expect(page).toMatchObject({
      source: 'outlook',
      title: 'Urgent Action: Protect the journalist Rosa Modelo',
      url: 'https://rights.example.org/actions/ua-52-24',
    });
    expect(page.text).toMatch(/^Urgent Action: Protect the journalist Rosa Modelo\n\nUA: Honduras 52.24\n/);
    expect(page.text).toContain('Email: ministra.dh@example.hn\nTwitter: @SedhEjemplo\n');
    for (const absent of ['Sent Items', 'Library Reminder', 'Reading Pane', 'To: Sam Supporter', 'safelinks']) {
      expect(page.text).not.toContain(absent);
    }
  });

  it("finds Outlook's body by its label in Spanish, and gives no url when the message links to no organization page", () => {
    const page = readPage(
      documentOf(
        `<div role="main"><div role="heading" aria-level="2">RV: Acción urgente</div>
          <div aria-label="Cuerpo del mensaje" role="document"><p>AU 12/24</p><p>Síguenos en <a href="https://x.com/EjemploAI">X</a>.
          <a href="https://outlook.live.com/mail/0/">Bandeja</a> <a href="https://rights.example.org/">Inicio</a></p></div></div>`,
        'https://outlook.live.com/mail/0/inbox/id/AAQk',
      ),
    );
    expect(page).toEqual({
      source: 'outlook',
      title: 'Acción urgente',
      text: 'Acción urgente\n\nAU 12/24\n\nSíguenos en X @EjemploAI. Bandeja Inicio',
    });
  });

  it('never takes the webmail page as the url', () => {
    const page = readPage(
      documentOf(
        `<div class="adn" data-message-id="#msg-f:1"><div class="a3s aiL">UA: Peru 1.24<br>
          <a href="https://mail.google.com/mail/u/0/#inbox">Read more</a></div></div>`,
        'https://mail.google.com/mail/u/0/#inbox/abc',
      ),
    );
    expect(page.source).toBe('gmail');
    expect(page.url).toBeUndefined();
  });
});
