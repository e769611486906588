import { describe, expect, it } from 'vitest';
import { deleteAllData, exportData, importData } from './backup';
import { listDrafts, saveDraft } from './drafts';
import { listFeeds, putFeed } from './feeds';
import { addLogEntry, listLog } from './log';
import { loadProfile, saveProfile } from './profile';
import { emptyProfile } from './records';
import { loadSettings, updateSettings } from './settings';
import { bundledActions } from '../../testing/test-data';

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
  await addLogEntry({
    actionKey: 'bundled x',
    feedKey: 'bundled',
    itemId: 'x',
    reference: 'UA 1',
    title: 'T',
    targetId: 't',
    targetName: 'N',
    channel: 'email',
    at: '2027-01-01T00:00:00.000Z',
  });
  await saveDraft({ actionKey: 'bundled x', targetId: 't', letter: 'Mine', updatedAt: '2027-01-01T00:00:00.000Z' });
}

describe('the backup file', () => {
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
