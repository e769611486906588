import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listFeeds } from '@/utils/db/feeds';
import { parseUrgentActionText } from '@/utils/import/parse-urgent-action-text';
import type { ReviewValues } from '@/utils/import/review';
import { ImportPanel } from './ImportPanel';
import { ImportReview } from './ImportReview';

const seed = readFileSync('utils/import/fixtures/ua-106-23-peru.txt', 'utf8');

function parsedSeed() {
  const parsed = parseUrgentActionText(seed, { now: new Date('2023-11-01T12:00:00Z') });
  if (!parsed.ok) throw new Error('the seed must parse');
  return parsed;
}

afterEach(cleanup);

describe('ImportReview', () => {
  it('adds an official by hand and removes one the importer got wrong, then saves the rest', async () => {
    const parsed = parsedSeed();
    const onSave = vi.fn<(review: ReviewValues) => void>();
    render(<ImportReview item={parsed.item} notes={parsed.notes} busy={false} onSave={onSave} onCancel={vi.fn()} />);
    const [first] = parsed.item._urgent_action!.targets;
    expect(screen.getAllByRole('group').map((group) => group.querySelector('legend')?.textContent)).toHaveLength(2);

    fireEvent.click(screen.getByRole('button', { name: 'Add an official' }));
    const added = screen.getByRole('group', { name: 'New official' });
    fireEvent.input(within(added).getByRole('textbox', { name: 'Name' }), { target: { value: 'Ms. Ana Example' } });
    fireEvent.click(screen.getByRole('button', { name: `Remove ${first!.name}` }));
    expect(screen.queryByRole('group', { name: first!.name })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledOnce();
    expect(onSave.mock.calls[0]![0].officials.map((official) => official.name)).toEqual([
      parsed.item._urgent_action!.targets[1]!.name,
      'Ms. Ana Example',
    ]);
  });

  it('shows the schema’s problem beside the field, saves nothing, and saves once fixed', async () => {
    const onSaved = vi.fn();
    render(<ImportPanel load={async () => parsedSeed()} onSaved={onSaved} onCancel={vi.fn()} />);
    const group = await screen.findByRole('group', { name: 'Mr. Alberto Otárola Peñaranda' });
    const email = within(group).getByRole('textbox', { name: 'Email' });
    fireEvent.input(email, { target: { value: 'not an address' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Not saved yet: fix the fields marked below.')).toBeTruthy();
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    expect(await listFeeds()).toEqual([]);

    fireEvent.input(email, { target: { value: 'pcm@example.gob.pe' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    const [imported] = await listFeeds();
    expect(imported?.actions[0]?.targets[0]?.email).toBe('pcm@example.gob.pe');
  });
});
