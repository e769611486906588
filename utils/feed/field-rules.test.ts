import { describe, expect, it } from 'vitest';
import { actionRecordSchema, logEntrySchema, targetRecordSchema } from '@/utils/db/records';
import { bundledAction, plainLogEntry } from '@/testing/test-data';
import { targetSchema, urgentActionSchema } from './schema';

const action = bundledAction('example-journalist');
const target = action.targets[0]!;

/** One bad value per field, refused alike by the wire format and the stored record. */
const badTargetFields: [keyof typeof target, unknown][] = [
  ['email', 'minister%40gov.pe%2Cspy@evil.org'],
  ['email', 'a@example.org,b@example.org'],
  ['twitter', '@handle'],
  ['timezone', 'Mars/Olympus_Mons'],
  ['phone', 'javascript:alert(1)'],
  ['id', 'Not An Id'],
  ['salutation', 'Dear {{constructor}},'],
];

describe('the shared field rules', () => {
  it.each(badTargetFields)('refuse a target %s of %j on the wire and in storage', (field, value) => {
    expect(targetSchema.safeParse({ ...target, [field]: value }).success).toBe(false);
    expect(targetRecordSchema.safeParse({ ...target, [field]: value }).success).toBe(false);
  });

  it.each(['soon', '2027-03-03T12:00:00', '03/03/2027'])('refuse a deadline of %j on the wire and in storage', (endsAt) => {
    const wire = { reference: 'UA 1', targets: [{ id: 'a', name: 'A' }], letter: { subject: 'S', body: 'B' }, ends_at: endsAt };
    expect(urgentActionSchema.safeParse(wire).success).toBe(false);
    expect(urgentActionSchema.safeParse({ ...wire, ends_at: '2027-03-03' }).success).toBe(true);
    expect(actionRecordSchema.safeParse({ ...action, endsAt }).success).toBe(false);
  });

  it('refuse links other than https in storage, and log ids the key counter cannot hold', () => {
    for (const url of ['javascript:alert(1)', 'http://evil.example/', 'data:text/html,x']) {
      expect(actionRecordSchema.safeParse({ ...action, url }).success).toBe(false);
    }
    const entry = plainLogEntry;
    expect(logEntrySchema.safeParse({ ...entry, id: Number.MAX_SAFE_INTEGER }).success).toBe(true);
    for (const id of [2 ** 53, 0, -1, 1.5]) expect(logEntrySchema.safeParse({ ...entry, id }).success).toBe(false);
    expect(logEntrySchema.safeParse({ ...entry, at: 'yesterday' }).success).toBe(false);
  });
});
