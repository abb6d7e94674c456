// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { COMMAND_EVENT, fakeGmail } from '../../../lib/gmail/fake-gmail';
import { chipLabel, watchRowChips } from '../../../lib/gmail/row-chips';
import type { Chip } from '../../../lib/messaging/gmail-protocol';
import type { Client } from '../../../lib/messaging/client';

const chip = (status: Chip['status'], waitedMinutes: number): Chip => ({
  threadId: 't',
  status,
  waitedMinutes,
  targetMinutes: 240,
  customerName: 'Acme',
});

describe('inbox-row chips', () => {
  it.each([
    ['ok', 40, 'Waiting 40 min'],
    ['at-risk', 190, 'Reply soon · 3 h 10 min'],
    ['breached', 312, 'Overdue · 5 h 12 min'],
  ] as const)('a %s thread waiting %i min says "%s"', (status, minutes, title) => {
    expect(chipLabel(chip(status, minutes)).title).toBe(title);
  });

  it('gives every state its own colours', () => {
    const looks = (['ok', 'at-risk', 'breached'] as const).map((s) => chipLabel(chip(s, 1)).backgroundColor);
    expect(new Set(looks).size).toBe(3);
  });

  it('asks once for a screen of rows, and again for all of them after a change', async () => {
    const sdk = await fakeGmail(document, { account: 'sam@northwind.example', load: 'ok' })();
    const send = vi.fn().mockResolvedValue({ chips: [{ ...chip('breached', 300), threadId: 'b' }] });
    let changed = () => {};
    watchRowChips({
      sdk,
      send: send as unknown as Client,
      accountId: 'sam@northwind.example',
      changes: (cb) => ((changed = cb), () => {}),
      log: { warn: vi.fn() },
      waitMs: 5,
    });
    document.dispatchEvent(new CustomEvent(COMMAND_EVENT, { detail: JSON.stringify({ type: 'rows', threadIds: ['a', 'b', 'c'] }) }));
    await vi.waitFor(() => expect(document.querySelector('[data-fake-row="b"] .fake-chip')?.textContent).toBe('Overdue · 5 h'));
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith('threads.chips', { accountId: 'sam@northwind.example', threadIds: ['a', 'b', 'c'] });
    expect((document.querySelector('[data-fake-row="a"] .fake-chip') as HTMLElement).hidden).toBe(true);
    changed();
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(2));
  });
});
