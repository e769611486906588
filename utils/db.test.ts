import { describe, expect, it } from 'vitest';
import { closeDatabase, databaseVersion, openDatabase } from './db';
import { deleteDraft, loadDraft, saveDraft } from './drafts';
import { addLogEntry, listLog, removeLogEntry, setCallOutcome } from './log';
import { emptyProfile, loadProfile, saveProfile } from './profile';
import { defaultSettings, loadSettings, updateSettings } from './settings';

const entry = (at: string, channel: 'email' | 'call' = 'email') => ({
  actionKey: 'bundled ua-106-23-2',
  feedKey: 'bundled',
  itemId: 'ua-106-23-2',
  reference: 'UA 106.23',
  title: 'Peru',
  targetId: 'otarola',
  targetName: 'Mr. Alberto Otárola Peñaranda',
  channel,
  outcome: channel === 'call' ? ('unknown' as const) : undefined,
  at,
});

describe('the database', () => {
  it('creates every store at version 1', async () => {
    const db = await openDatabase();
    expect(db.version).toBe(databaseVersion);
    expect([...db.objectStoreNames].sort()).toEqual(['drafts', 'feeds', 'log', 'profile', 'settings']);
  });

  it('saves and reads back the supporter details, validated', async () => {
    expect(await loadProfile()).toEqual(emptyProfile);
    await saveProfile({ ...emptyProfile, firstName: '  Ana ', email: 'ana@example.net' });
    expect(await loadProfile()).toMatchObject({ firstName: 'Ana', email: 'ana@example.net' });
    await expect(saveProfile({ ...emptyProfile, email: 'not an address' })).rejects.toThrow();
    expect((await loadProfile()).email).toBe('ana@example.net');
  });

  it('reads a damaged record as the default instead of crashing', async () => {
    const db = await openDatabase();
    await db.put('profile', { firstName: 42 } as never, 'supporter');
    expect(await loadProfile()).toEqual(emptyProfile);
  });

  it('keeps the log newest first, sets a call outcome and removes an entry', async () => {
    const first = await addLogEntry(entry('2027-01-01T10:00:00.000Z'));
    const call = await addLogEntry(entry('2027-01-02T10:00:00.000Z', 'call'));
    expect((await listLog()).map((logged) => logged.id)).toEqual([call.id, first.id]);
    await setCallOutcome(call.id as number, 'voicemail');
    expect((await listLog())[0]?.outcome).toBe('voicemail');
    await removeLogEntry(first.id as number);
    expect(await listLog()).toHaveLength(1);
  });

  it('saves, restores and deletes a draft', async () => {
    const draft = { actionKey: 'a', targetId: 't', letter: 'Dear…', updatedAt: '2027-01-01T00:00:00Z' };
    await saveDraft(draft);
    closeDatabase();
    expect(await loadDraft('a')).toEqual(draft);
    await deleteDraft('a');
    expect(await loadDraft('a')).toBeUndefined();
  });

  it('merges settings changes over the defaults', async () => {
    expect(await loadSettings()).toEqual(defaultSettings);
    await updateSettings({ emailApp: 'gmail' });
    expect(await loadSettings()).toEqual({ ...defaultSettings, emailApp: 'gmail' });
  });
});
