import { describe, expect, it, vi } from 'vitest';
import { bundledActions, plainLogEntry } from '@/testing/test-data';
import { openDatabase } from './database';
import type { FeedRecord, LogEntry, PopupSnapshot } from './records';
import { readPopupSnapshot, readWholeSnapshot } from './snapshot';
import { popupSnapshotVersion } from './snapshot-version';
import { buildPopupSnapshot, writePopupSnapshot } from './snapshot-writer';

const feed = (change: Partial<FeedRecord> = {}): FeedRecord => ({
  key: 'bundled',
  title: 'Examples',
  organization: 'Example',
  actions: bundledActions(),
  skipped: [],
  failures: 0,
  addedAt: '2027-01-01T00:00:00Z',
  ...change,
});

const logged = (actionKey: string, at: string): LogEntry => ({ ...plainLogEntry, id: 1, actionKey, at });

describe("the popup's snapshot", () => {
  it('lists every action in list order, marks the ones taken, and keeps only the newest log entry and the count', () => {
    const [first] = bundledActions();
    const log = [logged(first!.key, '2027-01-02T00:00:00Z'), logged(first!.key, '2027-01-01T00:00:00Z')];
    const snapshot = buildPopupSnapshot([feed()], log);
    expect(snapshot.actions.map((action) => action.key).sort()).toEqual(
      bundledActions()
        .map((action) => action.key)
        .sort(),
    );
    expect(snapshot.actions.filter((action) => action.taken).map((action) => action.key)).toEqual([first!.key]);
    expect(snapshot.actions[0]).not.toHaveProperty('letter');
    expect(snapshot.newestLogEntry).toEqual(log[0]);
    expect(snapshot.loggedCount).toBe(2);
    expect(snapshot.feedProblems).toEqual([]);
  });

  it('carries the feeds with problems or skipped items, for their alerts', () => {
    const lastProblem = { code: 'offline' as const, message: 'down', at: '2027-01-01T00:00:00Z' };
    const snapshot = buildPopupSnapshot(
      [
        feed(),
        feed({ key: 'b', title: 'B', lastProblem, actions: [] }),
        feed({ key: 'c', title: 'C', skipped: [{ reasons: ['bad'] }], actions: [] }),
      ],
      [],
    );
    expect(snapshot.feedProblems.map((problem) => [problem.key, problem.lastProblem?.code, problem.skipped.length])).toEqual([
      ['b', 'offline', 0],
      ['c', undefined, 1],
    ]);
  });

  it('is validated when written and read back as written', async () => {
    const snapshot = buildPopupSnapshot([feed()], []);
    await writePopupSnapshot(snapshot);
    expect(await readPopupSnapshot()).toEqual(snapshot);
    await expect(writePopupSnapshot({ ...snapshot, loggedCount: 'many' } as never)).rejects.toThrow();
  });

  it('is ignored when it has another shape, so that the background writes it again', async () => {
    await (await openDatabase()).put('snapshot', { ...buildPopupSnapshot([], []), version: popupSnapshotVersion + 1 } as never, 'popup');
    expect(await readPopupSnapshot()).toBeUndefined();
  });

  it('carries the first paint drawn from the record the popup reads first, and only there', async () => {
    const whole = buildPopupSnapshot(
      [feed({ actions: Array.from({ length: 12 }, (_, index) => ({ ...bundledActions()[0]!, key: `k${index}`, title: `A${index}` })) })],
      [],
    );
    const draw = vi.fn((head: PopupSnapshot) =>
      Promise.resolve({ html: `<p>${head.actions.length}</p>`, language: 'en', title: 'T', validUntil: 1 }),
    );
    await writePopupSnapshot(whole, new Date('2027-01-01T00:00:00Z'), draw);
    const [[head]] = draw.mock.calls as [[PopupSnapshot]];
    expect(head.actions).toHaveLength(10);
    expect(await readPopupSnapshot()).toEqual({ ...head, firstPaint: { html: '<p>10</p>', language: 'en', title: 'T', validUntil: 1 } });
    expect(await readWholeSnapshot()).toEqual(whole);
  });

  it('is written without a first paint that could not be drawn, or that is not what a paint is', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const snapshot = buildPopupSnapshot([feed()], []);
    await writePopupSnapshot(snapshot, new Date(), () => Promise.reject(new Error('a bug in a component')));
    expect(await readPopupSnapshot()).toEqual(snapshot);
    await writePopupSnapshot(snapshot, new Date(), () => Promise.resolve({ html: 42 } as never));
    expect(await readPopupSnapshot()).toEqual(snapshot);
    expect(console.error).toHaveBeenCalledTimes(2);
    vi.restoreAllMocks();
  });

  describe('of a long list', () => {
    const now = new Date('2027-03-01T12:00:00Z');
    const [template] = bundledActions();
    /** `active` actions ending on days 1, 2, … after `now`, and `ended` ones that ended on days 1, 2, … before it. */
    const longFeed = (active: number, ended: number) =>
      feed({
        actions: [
          ...Array.from({ length: active }, (_, index) => ({
            ...template!,
            key: `bundled a${index}`,
            itemId: `a${index}`,
            title: `Active ${index}`,
            status: 'active' as const,
            endsAt: new Date(now.getTime() + (index + 1) * 86_400_000).toISOString(),
          })),
          ...Array.from({ length: ended }, (_, index) => ({
            ...template!,
            key: `bundled e${index}`,
            itemId: `e${index}`,
            title: `Ended ${index}`,
            status: 'active' as const,
            endsAt: new Date(now.getTime() - (index + 1) * 86_400_000).toISOString(),
          })),
        ],
      });

    it('keeps the first screenful apart from the whole list, written together', async () => {
      const whole = buildPopupSnapshot([longFeed(500, 20)], []);
      await writePopupSnapshot(whole, now);
      const first = await readPopupSnapshot();
      expect(first?.complete).toBe(false);
      expect(first?.actions.map((action) => action.title)).toEqual(Array.from({ length: 10 }, (_, index) => `Active ${index}`));
      expect(await readWholeSnapshot()).toEqual(whole);
    });

    it('fills a screen with the most recently ended when few are active', async () => {
      await writePopupSnapshot(buildPopupSnapshot([longFeed(3, 30)], []), now);
      const first = await readPopupSnapshot();
      expect(first?.complete).toBe(false);
      // List order: the ended ones first (earliest deadline first), then the active ones.
      expect(first?.actions.map((action) => action.title)).toEqual([
        ...Array.from({ length: 7 }, (_, index) => `Ended ${6 - index}`),
        'Active 0',
        'Active 1',
        'Active 2',
      ]);
    });

    it('is one record when the list fits, and a shorter list drops the whole one stored before', async () => {
      await writePopupSnapshot(buildPopupSnapshot([longFeed(500, 0)], []), now);
      const short = buildPopupSnapshot([longFeed(4, 6)], []);
      await writePopupSnapshot(short, now);
      expect(await readPopupSnapshot()).toEqual(short);
      expect(await readWholeSnapshot()).toEqual(short);
      expect(await (await openDatabase()).get('snapshot', 'list')).toBeUndefined();
    });
  });
});
