import { describe, expect, it } from 'vitest';
import { deleteAllData, exportData, importData } from './backup';
import { listDrafts, saveDraft } from './drafts';
import { listFeeds, putFeed } from './feeds';
import { addLogEntry, listLog } from './log';
import { loadProfile, saveProfile } from './profile';
import { emptyProfile } from './records';
import { loadSettings, updateSettings } from './settings';
import { readPopupSnapshot } from './snapshot';
import { buildPopupSnapshot, writePopupSnapshot } from './snapshot-writer';
import { bundledActions, plainLogEntry } from '../../testing/test-data';

async function fill() {
  await saveProfile({ ...emptyProfile, firstName: 'Ana', city: 'Cusco' });
  await updateSettings({ emailApp: 'outlook' });
  await putFeed({
    key: 'bundled',
    title: 'Examples',
    organization: 'Examples',
    actions: bundledActions(),
    skipped: [],
    failures: 0,
    addedAt: '2027-01-01T00:00:00.000Z',
  });
  await addLogEntry(plainLogEntry);
  await saveDraft({ actionKey: 'bundled x', targetId: 't', letter: 'Mine', updatedAt: '2027-01-01T00:00:00.000Z' });
}

describe('the backup file', () => {
  it("leaves out the popup's snapshot, and Delete all data and an import clear it", async () => {
    await fill();
    await writePopupSnapshot(buildPopupSnapshot(await listFeeds(), await listLog()));
    const exported = await exportData();
    expect(Object.keys(exported).sort()).toEqual(['drafts', 'exportedAt', 'feeds', 'format', 'log', 'profile', 'settings', 'version']);
    await deleteAllData();
    expect(await readPopupSnapshot()).toBeUndefined();

    await writePopupSnapshot(buildPopupSnapshot([], []));
    expect((await importData(JSON.stringify(exported))).ok).toBe(true);
    expect(await readPopupSnapshot()).toBeUndefined();
  });

  it('brings back everything after Delete all data', async () => {
    await fill();
    const file = JSON.stringify(await exportData());
    await deleteAllData();
    expect(await listLog()).toEqual([]);
    expect((await loadProfile()).firstName).toBe('');

    expect((await importData(file)).ok).toBe(true);
    expect((await loadProfile()).firstName).toBe('Ana');
    expect((await loadSettings()).emailApp).toBe('outlook');
    expect((await listFeeds())[0]?.actions).toHaveLength(3);
    expect(await listLog()).toHaveLength(1);
    expect((await listDrafts()).map((draft) => draft.letter)).toEqual(['Mine']);
  });

  it('refuses a file that is not a backup, changing nothing', async () => {
    await fill();
    expect(await importData('{"not": "a backup"}')).toEqual({ ok: false, problems: expect.arrayContaining(['format']) });
    expect(await importData('this is not JSON')).toEqual({ ok: false, problems: ['not-json'] });
    const broken = { ...(await exportData()), log: [{ channel: 'pigeon' }] };
    expect((await importData(JSON.stringify(broken))).ok).toBe(false);
    expect(await listLog()).toHaveLength(1);
    expect((await loadProfile()).firstName).toBe('Ana');
  });
});
