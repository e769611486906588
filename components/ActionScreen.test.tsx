import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { anaProfile, bundledAction, emailLogged } from '@/testing/test-data';
import { loadDraft, saveDraft } from '@/utils/db/drafts';
import { listLog } from '@/utils/db/log';
import { defaultSettings, type LogEntry } from '@/utils/db/records';
import { ActionScreen } from './ActionScreen';
import { AppContext } from './hooks/app-context';

const action = bundledAction('example-journalist');
const now = new Date('2026-06-01T12:00:00Z');

afterEach(cleanup);

function renderScreen(onLogged = vi.fn(), log: LogEntry[] = []) {
  render(
    <AppContext.Provider value={{ language: 'en', now }}>
      <ActionScreen
        action={action}
        profile={anaProfile}
        settings={defaultSettings}
        log={log}
        inTab={false}
        onBack={vi.fn()}
        onLogged={onLogged}
        onNotice={vi.fn()}
      />
    </AppContext.Provider>,
  );
  return onLogged;
}

const letterBox = () => screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'Letter' });

describe('ActionScreen', () => {
  it('fills the letter from the sample, signed with the supporter, and restores a saved draft', async () => {
    renderScreen();
    expect((await letterBox()).value).toMatch(/^Dear Minister,[\s\S]*Ana Quispe\nCusco, Cusco, Peru\nana@example\.net$/);
    cleanup();
    await saveDraft({
      actionKey: action.key,
      targetId: 'example-minister',
      letter: 'Dear Minister,\n\nMy own words.',
      updatedAt: now.toISOString(),
    });
    renderScreen();
    expect((await letterBox()).value).toBe('Dear Minister,\n\nMy own words.');
  });

  it('saves each keystroke through the background, and keeps an edited body when the official changes', async () => {
    renderScreen();
    const letter = await letterBox();
    const edited = letter.value.replace('I am writing to urge you', 'I urge you, as a journalist myself,');
    fireEvent.input(letter, { target: { value: edited } });
    await waitFor(async () => expect((await loadDraft(action.key))?.letter).toBe(edited));
    fireEvent.click(screen.getByRole('radio', { name: 'Ms. Sam Placeholder' }));
    await waitFor(() => expect(letter.value).toMatch(/^Dear Ms. Sam Placeholder,/));
    expect(letter.value).toContain('I urge you, as a journalist myself,');
    await waitFor(async () => expect((await loadDraft(action.key))?.targetId).toBe('example-prosecutor'));
  });

  it('resets to the sample, forgetting the edited letter', async () => {
    renderScreen();
    const letter = await letterBox();
    const sample = letter.value;
    fireEvent.input(letter, { target: { value: 'Dear Minister,\n\nShort.' } });
    await waitFor(async () => expect(await loadDraft(action.key)).toBeDefined());
    fireEvent.click(screen.getByRole('button', { name: 'Reset to sample' }));
    expect(letter.value).toBe(sample);
    await waitFor(async () => expect((await loadDraft(action.key))?.letter).toBeUndefined());
  });

  it.each([
    ['Send email', 'email'],
    ['Tweet', 'tweet'],
    ['Call', 'call'],
    ['Print letter', 'print'],
  ] as const)('logs %s for the official whose group it is in', async (name, channel) => {
    const onLogged = renderScreen();
    await letterBox();
    const group = screen.getByRole('group', { name: 'Minister Alex Example' });
    const link = Array.from(group.querySelectorAll('a')).find((candidate) => candidate.textContent === name)!;
    link.addEventListener('click', (event) => event.preventDefault());
    fireEvent.click(link);
    await waitFor(() => expect(onLogged).toHaveBeenCalled());
    expect(await listLog()).toMatchObject([{ actionKey: action.key, targetId: 'example-minister', channel }]);
  });

  it('logs Mark as done for the official chosen in Write to', async () => {
    const onLogged = renderScreen();
    await letterBox();
    fireEvent.click(screen.getByRole('radio', { name: 'Ms. Sam Placeholder' }));
    fireEvent.click(screen.getByRole('button', { name: 'Mark as done' }));
    await waitFor(() => expect(onLogged).toHaveBeenCalled());
    expect(await listLog()).toMatchObject([{ targetId: 'example-prosecutor', channel: 'done' }]);
  });

  it("shows each official's state beside the name, and email as the one primary control", async () => {
    const emailed: LogEntry = { ...emailLogged(action), at: '2026-05-30T12:00:00Z' };
    renderScreen(vi.fn(), [emailed]);
    await letterBox();
    const minister = screen.getByRole('group', { name: 'Minister Alex Example' });
    const prosecutor = screen.getByRole('group', { name: 'Ms. Sam Placeholder' });
    expect(minister.querySelector('.state')?.textContent).toBe('Emailed 2 days ago');
    expect(prosecutor.querySelector('.state')?.textContent).toBe('Not contacted yet');
    for (const group of [minister, prosecutor]) {
      const primaries = group.querySelectorAll('.primary');
      expect(primaries).toHaveLength(1);
      expect(primaries[0]?.textContent).toBe('Send email');
    }
  });
});
