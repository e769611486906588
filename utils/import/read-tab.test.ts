import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isReadablePage, pageReaderFile, readableActiveTabId, readTab } from './read-tab';

describe('readTab', () => {
  it('injects the page reader file in the given tab and returns what it read', async () => {
    const page = { url: 'https://example.org/ua', title: 'UA', text: 'UA: Iran 12.27', source: 'page' };
    const executeScript = vi
      .spyOn(fakeBrowser.scripting, 'executeScript')
      .mockResolvedValue([{ frameId: 0, result: page, documentId: 'd' }] as never);
    await expect(readTab(42)).resolves.toEqual(page);
    expect(executeScript).toHaveBeenCalledExactlyOnceWith({ target: { tabId: 42 }, files: [pageReaderFile] });
  });

  it('names the file WXT builds from the page reader entrypoint', () => {
    expect(existsSync(join('entrypoints', `${pageReaderFile.slice(1, -'.js'.length)}.ts`))).toBe(true);
  });

  it('fails when the page gave nothing back', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    await expect(readTab(7)).rejects.toThrow('The page gave no text.');
  });

  it('passes on the browser refusing to run in the tab', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of the page'));
    await expect(readTab(7)).rejects.toThrow('Cannot access contents of the page');
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
