import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { changeFromDraft, draftFrom, errorsFor } from '../../lib/settings-form';
import { defaultSettings } from '../../lib/settings';
import { plainMessage, recordProblem } from '../../lib/validation';

const firstIssue = (schema: z.ZodType, value: unknown) => plainMessage(schema.safeParse(value).error!.issues[0]!);

describe('validation messages in plain words', () => {
  it.each([
    ['a number too big', z.number().int().min(1).max(99), 100, 'Use a number no higher than 99.'],
    ['a number too small', z.number().int().min(1).max(99), 0, 'Use a number of at least 1.'],
    ['a number that must be above zero', z.number().positive(), 0, 'Use a number above 0.'],
    ['no number at all', z.number(), Number.NaN, 'Enter a number.'],
    ['an impossible date', z.iso.date(), '2026-02-30', 'Pick a date, such as 2026-12-25.'],
    ['an empty name', z.string().trim().min(1), '  ', 'This cannot be empty.'],
    ['an option that is not offered', z.enum(['ask', 'auto', 'off']), 'never', 'Choose one of the offered options.'],
    ['our own words', z.string().refine(() => false, 'expected a domain, e.g. acme.com'), 'x', 'Expected a domain, e.g. acme.com.'],
    ['a custom array minimum', z.array(z.string()).min(1, 'keep at least one tier'), [], 'Keep at least one tier.'],
  ])('%s', (_name, schema, value, message) => {
    expect(firstIssue(schema, value)).toBe(message);
  });

  it('never shows zod’s own wording on the settings page', () => {
    const draft = draftFrom(defaultSettings());
    draft.settings = { ...draft.settings, atRiskPercent: 120, followUpDelayWorkingDays: Number.NaN, timeZone: 'Mars/Olympus' };
    draft.ownDomains = 'northwind';
    const result = changeFromDraft(draft);
    expect(result).toEqual({
      errors: {
        atRiskPercent: 'Use a number no higher than 99.',
        followUpDelayWorkingDays: 'Enter a number.',
        timeZone: 'Pick a time zone from the list, such as Europe/Berlin.',
        ownDomains: '“northwind”: expected a domain, e.g. acme.com.',
      },
    });
  });

  it('shows only the errors of fields already left (validation on blur)', () => {
    const all = { atRiskPercent: 'a', 'hours.mon': 'b', 'tiers.0.name': 'c', ownDomains: 'd' };
    expect(errorsFor(all, new Set(['hours.mon', 'tiers']))).toEqual({ 'hours.mon': 'b', 'tiers.0.name': 'c' });
  });
});

describe('problems in a backup file, after their place', () => {
  it.each([
    [z.iso.date(), '2026-13-01', 'not a valid date, e.g. 2026-12-25'],
    [z.iso.datetime(), 'yesterday', 'not a valid date and time, e.g. 2026-12-25T09:00:00.000Z'],
    [z.number().max(99), 120, 'must be at most 99'],
    [z.enum(['open', 'done']), 'later', 'not one of the values Follow-through knows'],
    [z.string().refine(() => false, 'expected a domain, e.g. acme.com'), 'x', 'expected a domain, e.g. acme.com'],
  ])('%#: %j', (schema, value, message) => {
    expect(recordProblem(schema.safeParse(value).error!.issues[0]!)).toBe(message);
  });
});
