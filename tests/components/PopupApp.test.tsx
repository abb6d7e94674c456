// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GROUP_CAP, PopupApp, type PopupProps } from '../../components/PopupApp';
import { noteAccountSeen } from '../../lib/db/accounts-store';
import { updateSettings } from '../../lib/db/settings-store';
import { recordThreadObservation } from '../../lib/db/threads-store';
import type { FollowThroughDB } from '../../lib/db/database';
import { ACCOUNT, customerWrote, followUp, seedAccount } from '../support/alerts-store';
import { renderWithBackground } from '../support/render';

afterEach(cleanup);

// Friday 27 November 2026, 12:00 in New York (seedAccount's zone, 9 to 5).
const NOW = new Date('2026-11-27T17:00:00Z');

function popup(seed?: (db: FollowThroughDB) => Promise<unknown>, now = NOW) {
  const props = {
    openOptions: vi.fn(),
    openThread: vi.fn(),
    openCompose: vi.fn(),
    openUrl: vi.fn(),
  } satisfies PopupProps;
  const rendered = renderWithBackground(<PopupApp {...props} clock={() => now} />, { now, seed });
  return { props, rendered };
}

/** Acme's Dana wrote on Thursday at 14:00: 3 h that day and 3 h on Friday morning, past the 4 h target. */
const danaWaits = (db: FollowThroughDB) =>
  customerWrote(
    db,
    {
      threadId: 'th-invoice',
      subject: 'Invoice 2231',
      from: 'dana@acme.com',
      sentAt: '2026-11-26T19:00:00.000Z',
    },
    NOW,
  );

const group = (name: string) => screen.findByRole('region', { name });
const rows = (region: HTMLElement) => within(region).queryAllByTestId('triage-row');

describe('popup: empty states that tell the truth', () => {
  it('asks the user to open Gmail before any account was seen', async () => {
    const { props } = popup();
    expect(await screen.findByText('Open Gmail to get started')).toBeTruthy();
    screen.getByRole('button', { name: 'Open Gmail' }).click();
    expect(props.openUrl).toHaveBeenCalledWith('https://mail.google.com/');
  });

  it('with an empty customer book, asks for customers instead of saying nothing needs the user', async () => {
    const { props } = popup((db) => noteAccountSeen(db, ACCOUNT, NOW));
    expect(
      await screen.findByText('Add your customers so Follow-through can recognise them'),
    ).toBeTruthy();
    expect(screen.queryByText('Nothing needs you right now')).toBeNull();
    screen.getByRole('button', { name: 'Add customers' }).click();
    expect(props.openOptions).toHaveBeenCalledWith('customers');
    expect(screen.getByTestId('popup-accounts').textContent).toBe(`Watching ${ACCOUNT}`);
  });

  it('with customers and nothing due, says so', async () => {
    const { props } = popup((db) => seedAccount(db, NOW));
    expect(await screen.findByText('Nothing needs you right now')).toBeTruthy();
    expect(screen.queryByTestId('triage-summary')).toBeNull();
    screen.getByRole('button', { name: 'Settings' }).click();
    expect(props.openOptions).toHaveBeenCalledWith();
  });
});

describe('popup: the Gmail integration’s status', () => {
  it.each([
    [
      { state: 'connected' as const, accountId: ACCOUNT },
      `Connected to Gmail as ${ACCOUNT} · seen 2 min ago`,
    ],
    [
      { state: 'failed' as const, reason: 'InboxSDK did not load within 30 s' },
      'Gmail integration unavailable: InboxSDK did not load within 30 s',
    ],
  ])('says what the Gmail tab reported (%o)', async (report, text) => {
    const { saveIntegrationReport } = await import('../../lib/db/integration-store');
    popup((db) => saveIntegrationReport(db, report, new Date(NOW.getTime() - 2 * 60_000)));
    expect((await screen.findByTestId('integration-status')).textContent).toBe(text);
  });
});

describe('popup: triage', () => {
  it('explains the badge and says who waits, how late, and what was promised', async () => {
    popup(async (db) => {
      await seedAccount(db, NOW);
      await danaWaits(db);
      await db.followUps.bulkPut([
        followUp({
          id: 'quote',
          due: '2026-11-23',
          state: 'open',
          sentence: 'I’ll send the revised quote by Monday.',
        }),
        followUp({ id: 'deck', due: '2026-11-30', state: 'open' }),
      ]);
    });
    expect((await screen.findByTestId('triage-summary')).textContent).toBe(
      '1 customer waiting · 1 promise due',
    );
    const [waiting] = rows(await group('Customers waiting'));
    expect(waiting!.textContent).toMatch(
      /Past reply target.*Acme Corp.*dana@acme\.com.*Invoice 2231.*waiting 6 h of 4 h/,
    );
    const promises = rows(await group('Promises'));
    expect(promises.map((r) => r.textContent)).toEqual([
      expect.stringMatching(
        /Overdue.*I’ll send the revised quote by Monday\..*Acme Corp · Due Mon 23 Nov · 4 days late/,
      ),
      expect.stringMatching(/Due next working day.*Due Mon 30 Nov/),
    ]);
    // No account label with one account.
    expect(screen.queryByRole('heading', { name: ACCOUNT })).toBeNull();
  });

  it('Reply opens the thread in its account; Done can be undone', async () => {
    const { props, rendered } = popup(async (db) => {
      await seedAccount(db, NOW);
      await danaWaits(db);
      await db.followUps.put(followUp({ id: 'quote', due: '2026-11-23', state: 'open' }));
    });
    const { db } = await rendered;
    (await screen.findByRole('button', { name: 'Reply to Invoice 2231' })).click();
    expect(props.openThread).toHaveBeenCalledWith(ACCOUNT, 'th-invoice');

    screen.getByRole('button', { name: /^Done: / }).click();
    await screen.findByText('Marked done');
    await vi.waitFor(() => expect(screen.queryByRole('region', { name: 'Promises' })).toBeNull());
    expect((await db.followUps.get([ACCOUNT, 'quote']))?.state).toBe('done');
    screen.getByRole('button', { name: 'Undo' }).click();
    expect(rows(await group('Promises'))).toHaveLength(1);
    expect((await db.followUps.get([ACCOUNT, 'quote']))?.state).toBe('open');
  });

  it.each([
    ['a waiting customer', 'Snooze Invoice 2231', 'Customers waiting'],
    ['a promise', "Snooze I'll send item quote.", 'Promises'],
  ])(
    'a snooze preset hides %s until then, and undo brings it back',
    async (_name, label, groupName) => {
      const { rendered } = popup(async (db) => {
        await seedAccount(db, NOW);
        await danaWaits(db);
        await db.followUps.put(followUp({ id: 'quote', due: '2026-11-23', state: 'open' }));
      });
      await rendered;
      fireEvent.change(await screen.findByRole('combobox', { name: label }), {
        target: { value: 'tomorrow' },
      });
      // Friday noon: "tomorrow morning" is the next working day's start, Monday 09:00 in New York.
      expect(await screen.findByText('Snoozed until Mon 30 Nov, 09:00')).toBeTruthy();
      await vi.waitFor(() => expect(screen.queryByRole('region', { name: groupName })).toBeNull());
      screen.getByRole('button', { name: 'Undo' }).click();
      expect(rows(await group(groupName))).toHaveLength(1);
    },
  );

  it('No reply needed is a quiet action that can be undone', async () => {
    const { rendered } = popup(async (db) => {
      await seedAccount(db, NOW);
      await danaWaits(db);
    });
    const { db } = await rendered;
    (await screen.findByRole('button', { name: 'No reply needed' })).click();
    await vi.waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Customers waiting' })).toBeNull(),
    );
    expect((await db.threads.get([ACCOUNT, 'th-invoice']))?.mark?.kind).toBe('no-reply-needed');
    screen.getByRole('button', { name: 'Undo' }).click();
    expect(rows(await group('Customers waiting'))).toHaveLength(1);
  });

  it('caps each group and shows all on request', async () => {
    const count = GROUP_CAP + 3;
    popup(async (db) => {
      await seedAccount(db, NOW);
      await db.followUps.bulkPut(
        Array.from({ length: count }, (_, i) =>
          followUp({ id: `p${i}`, due: '2026-11-20', state: 'open' }),
        ),
      );
    });
    const promises = await group('Promises');
    expect(rows(promises)).toHaveLength(GROUP_CAP);
    within(promises)
      .getByRole('button', { name: `Show all ${count}` })
      .click();
    await vi.waitFor(() => expect(rows(promises)).toHaveLength(count));
  });

  it('gives each account its own section when more than one has something', async () => {
    const KIM = 'kim@northwind.example';
    popup(async (db) => {
      await seedAccount(db, NOW);
      await seedAccount(db, NOW, KIM);
      await db.followUps.bulkPut([
        followUp({ id: 'a', due: '2026-11-23', state: 'open' }),
        followUp({ id: 'b', due: '2026-11-23', state: 'open', accountId: KIM, customerId: 'acme' }),
      ]);
    });
    const sections = await screen.findAllByRole('heading', { level: 2 });
    expect(sections.map((h) => h.textContent)).toEqual([KIM, ACCOUNT]);
    expect(rows(await screen.findByRole('region', { name: KIM }))).toHaveLength(1);
  });
});

describe('popup: promises to confirm', () => {
  it('lists them oldest due first; keep, re-date and dismiss, each with undo', async () => {
    const { props, rendered } = popup(async (db) => {
      await seedAccount(db, NOW);
      await db.followUps.bulkPut([
        followUp({ id: 'call', due: null, state: 'suggested', sentence: 'I’ll call you.' }),
        followUp({
          id: 'deck',
          due: '2026-12-04',
          state: 'suggested',
          sentence: 'I’ll send the deck.',
        }),
        followUp({
          id: 'memo',
          due: '2026-12-01',
          state: 'suggested',
          sentence: 'I’ll write the memo.',
          createdAt: '2026-11-20T00:00:00.000Z',
        }),
      ]);
    });
    const { db } = await rendered;
    const list = await group('Promises to confirm');
    expect(rows(list).map((r) => r.querySelector('q')!.textContent)).toEqual([
      'I’ll write the memo.',
      'I’ll send the deck.',
      'I’ll call you.',
    ]);

    within(list).getAllByRole('button', { name: 'Open thread' })[0]!.click();
    expect(props.openThread).toHaveBeenCalledWith(ACCOUNT, 'th-memo');

    fireEvent.change(screen.getByLabelText('Due date of I’ll call you.'), {
      target: { value: '2026-12-02' },
    });
    await screen.findByText('Due date changed');
    expect((await db.followUps.get([ACCOUNT, 'call']))?.due).toBe('2026-12-02');
    screen.getByRole('button', { name: 'Undo' }).click();
    await vi.waitFor(async () =>
      expect((await db.followUps.get([ACCOUNT, 'call']))?.due).toBeNull(),
    );

    screen.getByRole('button', { name: 'Keep: I’ll write the memo.' }).click();
    await screen.findByText('Kept as a follow-up');
    expect((await db.followUps.get([ACCOUNT, 'memo']))?.state).toBe('open');
    screen.getByRole('button', { name: 'Dismiss: I’ll send the deck.' }).click();
    await screen.findByText('Dismissed');
    screen.getByRole('button', { name: 'Undo' }).click();
    await vi.waitFor(async () =>
      expect((await db.followUps.get([ACCOUNT, 'deck']))?.state).toBe('suggested'),
    );
  });
});

describe('popup: customers gone quiet', () => {
  /** Acme (every 14 days, contact Dana Reyes): Sam last wrote on Wednesday 4 November, 23 days ago. */
  const acmeGoesQuiet = async (db: FollowThroughDB) => {
    await seedAccount(db, new Date('2026-10-01T12:00:00Z'));
    await db.customers.update([ACCOUNT, 'acme'], { cadenceDays: 14 });
    await db.contacts.put({ accountId: ACCOUNT, email: 'dana@acme.com', customerId: 'acme', name: 'Dana Reyes', role: '' });
    await recordThreadObservation(
      db,
      {
        accountId: ACCOUNT,
        threadId: 'th-renewal',
        subject: 'Renewal',
        messages: [
          { messageId: 'in', from: 'dana@acme.com', to: [ACCOUNT], cc: [], sentAt: '2026-11-03T15:00:00.000Z' },
          { messageId: 'out', from: ACCOUNT, to: ['dana@acme.com'], cc: [], sentAt: '2026-11-04T15:00:00.000Z' },
        ],
      },
      NOW,
    );
  };

  it('lists the customer with its contact and how long since the user wrote; Write to opens a compose to the contact', async () => {
    const { props, rendered } = popup(acmeGoesQuiet);
    await rendered;
    const [row] = rows(await group('Gone quiet'));
    expect(row!.textContent).toContain('Acme Corp · Dana Reyes');
    expect(row!.textContent).toContain('last wrote 23 days ago · every 14 days');
    expect(screen.getByTestId('triage-summary').textContent).toBe('1 customer gone quiet');
    within(row!).getByRole('button', { name: 'Write to Dana Reyes' }).click();
    expect(props.openCompose).toHaveBeenCalledWith(ACCOUNT, 'dana@acme.com');
  });

  it('a snooze puts the customer off until then, and undo brings it back', async () => {
    const { rendered } = popup(acmeGoesQuiet);
    const { db } = await rendered;
    fireEvent.change(await screen.findByRole('combobox', { name: 'Snooze Acme Corp' }), {
      target: { value: 'tomorrow' },
    });
    await vi.waitFor(() => expect(screen.queryByRole('region', { name: 'Gone quiet' })).toBeNull());
    expect((await db.customers.get([ACCOUNT, 'acme']))?.quietSnoozedUntil).toBe('2026-11-30T14:00:00.000Z');
    screen.getByRole('button', { name: 'Undo' }).click();
    expect(rows(await group('Gone quiet'))).toHaveLength(1);
  });

  it('leaves quiet customers off the header when the badge does not count them', async () => {
    const { rendered } = popup(async (db) => {
      await acmeGoesQuiet(db);
      await updateSettings(db, { badgeCountsQuiet: false });
    });
    await rendered;
    expect(rows(await group('Gone quiet'))).toHaveLength(1);
    expect(screen.queryByTestId('triage-summary')?.textContent).toBe('Nobody is waiting and no promise is due');
  });
});

describe('popup: the heads-up before a promise slips', () => {
  it('offers it on a promise due the next working day: the thread opens with the heads-up asked for', async () => {
    // Friday 27 November: a promise due Monday 30 is at risk.
    const { props, rendered } = popup(async (db) => {
      await seedAccount(db, NOW);
      await db.followUps.put(followUp({ id: 'quote', due: '2026-11-30', state: 'open' }));
    });
    const { db } = await rendered;
    const [row] = rows(await group('Promises'));
    within(row!).getByRole('button', { name: 'Send a heads-up' }).click();
    await vi.waitFor(() => expect(props.openThread).toHaveBeenCalledWith(ACCOUNT, 'th-quote'));
    expect(JSON.parse((await db.meta.get(`heads-up-request:${ACCOUNT}`))!.value)).toMatchObject({
      followUpId: 'quote',
      threadId: 'th-quote',
    });
  });
});
