import { describe, expect, it } from 'vitest';
import { bundledAction } from '@/testing/test-data';
import { defaultSettings, emptyProfile } from '@/utils/db/records';
import { keepSameAction, type OpenedAction } from './opened-action';

const opened = (change: Partial<OpenedAction> = {}): OpenedAction => ({
  action: bundledAction('example-journalist'),
  profile: emptyProfile,
  settings: defaultSettings,
  log: [],
  ...change,
});

describe('the action read again after a write', () => {
  it('keeps the action object when the action is the same, so its screen keeps the chosen official', () => {
    const before = opened();
    const after = opened({ action: structuredClone(before.action), log: [] });
    const kept = keepSameAction(before, after);
    expect(kept.action).toBe(before.action);
    expect(kept.log).toBe(after.log);
  });

  it('takes the new action when it changed, or when another action is opened', () => {
    const before = opened();
    const changed = opened({ action: { ...before.action, title: 'Updated' } });
    expect(keepSameAction(before, changed).action).toBe(changed.action);
    const other = opened({ action: bundledAction('example-defenders') });
    expect(keepSameAction(before, other).action).toBe(other.action);
    expect(keepSameAction(undefined, other)).toBe(other);
  });
});
