import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getFeed } from '@/utils/db/feeds';
import { importFromPastedText, importFromTab, importFromText, readImportFile, saveReview } from './import-flow';
import { importedFeedKey } from './imported-feed';
import { itemToReview } from './review';

const iranText = readFileSync(join(__dirname, 'fixtures/ua-12-24-iran.txt'), 'utf8');
const now = new Date('2027-01-01T12:00:00Z');

describe('importFromText', () => {
  it('parses a pasted text without a page', async () => {
    const result = await importFromText(iranText, now);
    expect(result.ok && result.item).toMatchObject({ id: 'ua-12-24' });
    expect(result.ok && result.item.url).toBeUndefined();
  });

  it('keeps the page as the url only when the feed format allows it', async () => {
    const https = await importFromText(iranText, now, 'https://example.org/ua');
    expect(https.ok && https.item.url).toBe('https://example.org/ua');
    const http = await importFromText(iranText, now, 'http://example.org/ua');
    expect(http.ok).toBe(true);
    expect(http.ok && http.item.url).toBeUndefined();
  });

  it("gives the parser's problems for a text that is no urgent action", async () => {
    const result = await importFromText('A recipe for soup.\n\nBoil water.', now);
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'not-an-urgent-action' }] });
  });
});

describe('importFromTab', () => {
  it('reads the tab and makes its page the url', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([
      { frameId: 0, documentId: 'd', result: { url: 'https://example.org/ua-12-24', title: 'UA', text: iranText } },
    ] as never);
    const result = await importFromTab(5, now);
    expect(result.ok && result.item).toMatchObject({ id: 'ua-12-24', url: 'https://example.org/ua-12-24' });
  });

  it('drops the fragment and the tracking parameters of the tab address', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([
      {
        frameId: 0,
        documentId: 'd',
        result: {
          url: 'https://example.org/ua-12-24?lang=en&utm_source=newsletter&fbclid=IwAR0&mc_eid=3c4d#share-token',
          title: 'UA',
          text: iranText,
        },
      },
    ] as never);
    const result = await importFromTab(5, now);
    expect(result.ok && result.item.url).toBe('https://example.org/ua-12-24?lang=en');
  });
});

describe('importFromTab in webmail', () => {
  it("takes the organization's link the reader found, and no url when it found none", async () => {
    const executeScript = vi.spyOn(fakeBrowser.scripting, 'executeScript');
    executeScript.mockResolvedValueOnce([
      { frameId: 0, documentId: 'd', result: { url: 'https://rights.example.org/ua-12-24', title: 'UA', text: iranText, source: 'gmail' } },
    ] as never);
    const linked = await importFromTab(5, now);
    expect(linked.ok && linked.item.url).toBe('https://rights.example.org/ua-12-24');
    executeScript.mockResolvedValueOnce([
      { frameId: 0, documentId: 'd', result: { title: 'UA', text: iranText, source: 'outlook' } },
    ] as never);
    const unlinked = await importFromTab(5, now);
    expect(unlinked.ok).toBe(true);
    expect(unlinked.ok && unlinked.item.url).toBeUndefined();
  });
});

describe('importFromPastedText', () => {
  const pastedEmail = `From: Example Rights <actions@rights.example.org>\nSubject: Fwd: ${iranText.split('\n')[0]}\n\n${iranText}\nRead more: https://rights.example.org/ua-12-24?utm_source=email\n`;

  it("reads a pasted email: headers left out, the organization's link as the url", async () => {
    const result = await importFromPastedText(pastedEmail, now);
    expect(result.ok && result.item).toMatchObject({ id: 'ua-12-24', url: 'https://rights.example.org/ua-12-24' });
  });

  it("keeps the supporter's own link over the email's, and a pasted page as it is", async () => {
    const given = await importFromPastedText(pastedEmail, now, 'https://rights.example.org/other');
    expect(given.ok && given.item.url).toBe('https://rights.example.org/other');
    const page = await importFromPastedText(iranText, now);
    expect(page).toEqual(await importFromText(iranText, now));
  });
});

describe('readImportFile', () => {
  it('reads an .eml file into the text and its link, and refuses other files', async () => {
    const eml = readFileSync(join(__dirname, 'email/fixtures/ua-70-24-forwarded-inline.eml'));
    const read = await readImportFile(new File([eml], 'ua.eml', { type: 'message/rfc822' }));
    expect(read).toMatchObject({ url: 'https://rights.example.org/actions/ua-70-24' });
    expect(read?.text).toMatch(/^URGENT ACTION UA 70\/24 Nepal\n\n/);
    await expect(readImportFile(new File(['x'], 'photo.png', { type: 'image/png' }))).resolves.toBeUndefined();
  });
});

describe('saveReview', () => {
  it('saves a valid review in the Imported feed and sets the badge', async () => {
    const parsed = await importFromText(iranText, now);
    if (!parsed.ok) throw new Error('the fixture should parse');
    const setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue();
    vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue();
    const saved = await saveReview(itemToReview(parsed.item), parsed.item);
    expect(saved).toMatchObject({ ok: true, action: { key: 'imported ua-12-24', feedKey: 'imported' } });
    expect((await getFeed(importedFeedKey))?.actions).toHaveLength(1);
    expect(setBadgeText).toHaveBeenLastCalledWith({ text: '1' });
  });

  it('saves nothing and names the fields when the review is invalid', async () => {
    const parsed = await importFromText(iranText, now);
    if (!parsed.ok) throw new Error('the fixture should parse');
    const review = itemToReview(parsed.item);
    review.officials[0]!.email = 'info at iranembassy';
    const saved = await saveReview(review, parsed.item);
    expect(saved.ok).toBe(false);
    expect(!saved.ok && Object.keys(saved.fields)).toEqual(['officials.0.email']);
    expect(await getFeed(importedFeedKey)).toBeUndefined();
  });
});
