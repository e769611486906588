/**
 * Cloudflare's email obfuscation. Pages behind Cloudflare replace each address
 * with "[email protected]" and keep it, XOR-encoded, in an `href` of the form
 * `/cdn-cgi/l/email-protection#<hex>` or a `data-cfemail="<hex>"` attribute:
 * the first byte is the key, every following byte is XORed with it, and the
 * result is UTF-8. A DOM reader can decode those; plain text has lost them.
 */

/** Decodes a `data-cfemail` value or the hex after `email-protection#`. */
export function decodeCfEmail(hex: string): string {
  if (!/^(?:[0-9a-f]{2}){2,}$/i.test(hex)) {
    throw new RangeError(`not a Cloudflare email code: "${hex}"`);
  }
  const bytes = hex.match(/../g)!.map((pair) => Number.parseInt(pair, 16));
  const key = bytes[0]!;
  return new TextDecoder().decode(Uint8Array.from(bytes.slice(1), (byte) => byte ^ key));
}

const protectionHref = /\/cdn-cgi\/l\/email-protection#([0-9a-f]+)/i;

/** The address behind a link such as `/cdn-cgi/l/email-protection#1f…`, if it is one. */
export function emailFromCloudflareHref(href: string): string | undefined {
  const hex = protectionHref.exec(href)?.[1];
  if (!hex) return undefined;
  try {
    return decodeCfEmail(hex);
  } catch {
    return undefined;
  }
}

const protectedElement =
  /<(a|span)\b[^>]*?(?:data-cfemail="([0-9a-f]+)"|href="[^"]*\/cdn-cgi\/l\/email-protection#([0-9a-f]+)")[^>]*>(?:[^<]|<(?!\/\1>))*<\/\1>/gi;

/** An HTML fragment with every Cloudflare-protected address written out in clear. */
export function decodeCloudflareEmails(html: string): string {
  return html.replace(protectedElement, (element, _tag, attributeHex?: string, hrefHex?: string) => {
    try {
      return decodeCfEmail((attributeHex ?? hrefHex)!);
    } catch {
      return element;
    }
  });
}

const placeholder = /\[\s*email(?:\s|&nbsp;|&#160;)*protected\s*\]/i;

/** Whether a text holds Cloudflare's "[email protected]" in place of an address. */
export function hasHiddenEmail(text: string): boolean {
  return placeholder.test(text);
}
