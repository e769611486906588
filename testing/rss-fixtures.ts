/**
 * RSS and Atom feeds shaped like organizations' sites (WordPress's channel
 * with content:encoded, an Atom feed, a feed of bare links), for unit and
 * end-to-end tests. The posts are written for these tests; names and
 * addresses are made up.
 */

/** An urgent action post as a site's editor would write it in HTML. */
function actionPostHtml(options: {
  reference: string;
  country: string;
  title: string;
  official: string;
  office: string;
  address: string[];
  email: string;
  /** Writes the email only behind a "mailto:" link, as many sites do. */
  emailAsLink?: boolean;
  salutation: string;
  deadline?: string;
}): string {
  const email = options.emailAsLink
    ? `<a href="mailto:${options.email}">Send an email to the office</a>`
    : `Email: <a href="mailto:${options.email}">${options.email}</a>`;
  return `<p><strong>UA: ${options.country} ${options.reference}</strong></p>
${options.deadline ? `<p>Act by: ${options.deadline}</p>` : ''}
<p>${options.title} &#8211; supporters in the region have asked us for help, and letters from abroad have made a difference before.</p>
<h3>Take action</h3>
<ul><li>Write to the official below using the sample letter.</li><li>Share this page with your group.</li></ul>
<p>${options.official}<br />${options.office}<br />${options.address.join('<br />')}<br />${email}</p>
<p>${options.salutation}</p>
<p>I am writing to ask you to act now on this case &amp; to keep the people concerned safe from harm.</p>
<p>Please see that they are treated fairly and that their families are kept informed.</p>
<p>Yours sincerely,</p>`;
}

export const riverPost = actionPostHtml({
  reference: '31.26',
  country: 'Peru',
  title: 'River guardians threatened in Loreto',
  official: 'Minister Ana Castillo Ruiz',
  office: 'Minister of the Interior',
  address: ['Plaza 30 de Agosto 150', 'Lima, Peru'],
  email: 'despacho@interior.example.pe',
  salutation: 'Dear Minister,',
  deadline: '30 June 2099',
});

export const reporterPost = actionPostHtml({
  reference: '44.26',
  country: 'Philippines',
  title: 'Community reporter held without charge',
  official: 'Secretary Ramon Dela Vega',
  office: 'Secretary of Justice',
  address: ['Padre Faura Street', 'Manila, Philippines'],
  email: 'secretary@justice.example.ph',
  emailAsLink: true,
  salutation: 'Dear Secretary,',
  deadline: '15 July 2099',
});

export const teacherPost = actionPostHtml({
  reference: '12.26',
  country: 'Kenya',
  title: 'Teachers detained after a peaceful strike',
  official: 'Governor Grace Wanjiru',
  office: 'Governor of the County',
  address: ['County Hall', 'Nakuru, Kenya'],
  email: 'governor@county.example.ke',
  salutation: 'Dear Governor,',
  deadline: '1 August 2099',
});

export const landPost = actionPostHtml({
  reference: '20.26',
  country: 'Colombia',
  title: 'Land defenders need protection',
  official: 'Dr. Lucía Restrepo Gómez',
  office: 'Prosecutor General',
  address: ['Avenida Calle 24 52-01', 'Bogotá, Colombia'],
  email: 'despacho@fiscalia.example.co',
  salutation: 'Dear Prosecutor General,',
  deadline: '20 August 2099',
});

export const paradePost =
  '<p>Forty of our members walked together in the spring parade this weekend.</p><p>Thank you to everyone who painted banners!</p>';

const cdata = (html: string) => `<![CDATA[${html}]]>`;

export interface RssItem {
  title: string;
  guid: string;
  link: string;
  pubDate: string;
  html?: string;
}

/** A channel as WordPress writes it: namespaces, CDATA content, an atom:link to itself. */
export function wordpressRss(site: string, title: string, items: readonly RssItem[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	>
<channel>
	<title>${title}</title>
	<atom:link href="${site}/feed/" rel="self" type="application/rss+xml" />
	<link>${site}</link>
	<description>News and actions from a local group</description>
	<lastBuildDate>Mon, 01 Jun 2026 10:00:00 +0000</lastBuildDate>
	<language>en-US</language>
	<sy:updatePeriod>hourly</sy:updatePeriod>
${items
  .map(
    (item) => `	<item>
		<title>${item.title}</title>
		<link>${item.link}</link>
		<dc:creator><![CDATA[Group editor]]></dc:creator>
		<pubDate>${item.pubDate}</pubDate>
		<category><![CDATA[News]]></category>
		<guid isPermaLink="false">${item.guid}</guid>
		<description>${cdata(`${item.title} [&#8230;]`)}</description>
${item.html ? `		<content:encoded>${cdata(item.html)}</content:encoded>\n` : ''}	</item>`,
  )
  .join('\n')}
</channel>
</rss>
`;
}

export interface AtomEntry {
  title: string;
  id: string;
  href: string;
  updated: string;
  html?: string;
}

const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An Atom feed with escaped HTML content, relative links under xml:base. */
export function atomFeed(site: string, title: string, entries: readonly AtomEntry[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en" xml:base="${site}/">
  <title type="text">${title}</title>
  <link rel="alternate" type="text/html" href="${site}/"/>
  <link rel="self" href="atom.xml"/>
  <id>tag:example.org,2026:actions</id>
  <updated>2026-06-01T10:00:00Z</updated>
${entries
  .map(
    (entry) => `  <entry>
    <title type="html">${escapeXml(entry.title)}</title>
    <link rel="alternate" href="${entry.href}"/>
    <id>${entry.id}</id>
    <updated>${entry.updated}</updated>
    <summary>${escapeXml(entry.title)}</summary>
${entry.html ? `    <content type="html">${escapeXml(entry.html)}</content>\n` : ''}  </entry>`,
  )
  .join('\n')}
</feed>
`;
}

/** A whole page around a post: menus and a footer the reader must see past. */
export function sitePage(title: string, postHtml: string, head = ''): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title} | Local group</title>${head}
<style>body { font-family: sans-serif }</style></head>
<body>
<header><a href="/">Local group</a><nav><ul><li><a href="/news/">News</a></li><li><a href="/act/">Act</a></li><li><a href="/join/">Join us</a></li></ul></nav></header>
<main><article><h1>${title}</h1><p class="date">Posted on 1 June 2026</p>
${postHtml}
</article></main>
<footer><p>Local group &middot; <a href="https://x.com/localgroup">Follow us</a></p></footer>
<script>window.analytics = "none";</script>
</body></html>`;
}
