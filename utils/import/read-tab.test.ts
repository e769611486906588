import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isReadablePage, readableActiveTabId, readPageInPlace, readTab } from './read-tab';

/** Cloudflare's encoding: a key byte, then the UTF-8 bytes XOR the key, in hex. */
function cfHex(address: string, key = 0x5a): string {
  return [key, ...new TextEncoder().encode(address).map((byte) => byte ^ key)]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('');
}

describe('readTab', () => {
  it('runs a function in the given tab and returns what it read', async () => {
    const page = { url: 'https://example.org/ua', title: 'UA', text: 'UA: Iran 12.27' };
    const executeScript = vi
      .spyOn(fakeBrowser.scripting, 'executeScript')
      .mockResolvedValue([{ frameId: 0, result: page, documentId: 'd' }] as never);
    await expect(readTab(42)).resolves.toEqual(page);
    expect(executeScript).toHaveBeenCalledOnce();
    const [injection] = executeScript.mock.calls[0]!;
    expect(injection.target).toEqual({ tabId: 42 });
    expect(injection).toMatchObject({ func: readPageInPlace });
    expect(typeof (injection as { func: unknown }).func).toBe('function');
  });

  it('fails when the page gave nothing back', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    await expect(readTab(7)).rejects.toThrow();
  });

  it('passes on the browser refusing to run in the tab', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of the page'));
    await expect(readTab(7)).rejects.toThrow('Cannot access contents of the page');
  });
});

describe('readPageInPlace', () => {
  it('writes out Cloudflare-hidden addresses in the text, and leaves the page as it was', () => {
    document.title = 'UA: Iran 12.27';
    document.body.innerHTML = `
      <div>UA: Iran 12.27</div>
      <div>Email: <a href="/cdn-cgi/l/email-protection#${cfHex('judiciary@example.ir')}">[email&#160;protected]</a></div>
      <div>Email: <span class="__cf_email__" data-cfemail="${cfHex('mission@example.org', 0x21)}">[email&#160;protected]</span></div>
      <div>Email: <a href="/cdn-cgi/l/email-protection#${cfHex('nested@example.org')}"><span data-cfemail="${cfHex('nested@example.org')}">[email&#160;protected]</span></a></div>
      <div><a href="/cdn-cgi/l/email-protection#${cfHex('office@example.org')}">Write to the office</a></div>`;
    const before = document.body.innerHTML;
    const page = readPageInPlace();
    expect(page.title).toBe('UA: Iran 12.27');
    expect(page.url).toBe(location.href);
    expect(page.text).toContain('Email: judiciary@example.ir');
    expect(page.text).toContain('Email: mission@example.org');
    expect(page.text).toContain('Email: nested@example.org');
    expect(page.text).toContain('Write to the office office@example.org');
    expect(page.text).not.toContain('protected');
    expect(document.body.innerHTML).toBe(before);
  });

  it('skips hidden and undecodable placeholders without shifting the others', () => {
    document.body.innerHTML = `
      <div style="display: none"><span data-cfemail="${cfHex('hidden@example.org')}">[email&#160;protected]</span></div>
      <div>Email: <span data-cfemail="zz">[email&#160;protected]</span></div>
      <div>Email: <span data-cfemail="${cfHex('shown@example.org')}">[email&#160;protected]</span></div>`;
    const { text } = readPageInPlace();
    expect(text).not.toContain('hidden@example.org');
    expect(text).toMatch(/Email: \[email\s+protected\][\s\S]*Email: shown@example\.org/);
  });
});

describe('readableActiveTabId', () => {
  it('offers the current tab when it shows a web page', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 3, url: 'https://example.org/ua' }] as never);
    await expect(readableActiveTabId()).resolves.toBe(3);
  });

  it.each([
    ['a browser page', { id: 3, url: 'chrome://extensions/' }],
    ['a page whose URL is hidden without a grant', { id: 3 }],
  ])('offers nothing for %s', async (_what, tab) => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab] as never);
    await expect(readableActiveTabId()).resolves.toBeUndefined();
  });

  it('asks for the active tab of the current window', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([] as never);
    await expect(readableActiveTabId()).resolves.toBeUndefined();
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });
});

describe('isReadablePage', () => {
  it('takes http and https pages only', () => {
    expect(isReadablePage('https://example.org/')).toBe(true);
    expect(isReadablePage('http://127.0.0.1:8080/ua')).toBe(true);
    expect(isReadablePage('chrome-extension://abc/popup.html')).toBe(false);
    expect(isReadablePage('about:blank')).toBe(false);
    expect(isReadablePage(undefined)).toBe(false);
  });
});
