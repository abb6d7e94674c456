import { describe, it, expect } from 'vitest';
import { detectCommitments } from '../../../lib/commitments/detect';

// Sent Monday 12 January 2026 in Chicago.
const opts = { sentAt: '2026-01-12T09:14:00-06:00', timeZone: 'America/Chicago' };
const dues = (text: string, extra: { holidays?: string[] } = {}): (string | null)[] => detectCommitments(text, { ...opts, ...extra }).map((c) => c.due);

describe('dates counted from an event the message dates', () => {
  it.each([
    ['the event dated in another sentence', 'The fixtures will ship on the 20th, with delivery booked for Wednesday the 21st. Our install crew will fit them two days after delivery.', ['2026-01-20', '2026-01-23']],
    ['the event dated right after it', "I'll have the IQ/OQ documentation to you the day before the CAP audit on the 24th.", ['2026-01-23']],
    ['counted back in working days', 'Go-live is on 5 February. I will send you the training roster no later than 10 business days before go-live.', ['2026-01-22']],
    ['the week before', 'Go-live is on 5 February. Staff training will be delivered the week before go-live.', ['2026-01-30']],
    ['the weekend before', 'Completion is planned for 6 February. The line marking will be reinstated the weekend before completion.', ['2026-02-01']],
    ['the day of', 'We will deliver on Thursday. Our logistics officer will call you on the day of delivery.', ['2026-01-15', '2026-01-15']],
    ['a date said first wins', 'Our team will complete the configuration by 19 February, two weeks before go-live on 5 March.', ['2026-02-19']],
  ] as [string, string, (string | null)[]][])('%s', (_name, text, want) => {
    expect(dues(text)).toEqual(want);
  });

  it('has no deadline when the event has no date', () => {
    expect(dues('Our engineers will install them three days after delivery.')).toEqual([null]);
  });
});
