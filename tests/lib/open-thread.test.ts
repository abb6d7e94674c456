import { describe, expect, it } from 'vitest';
import { composeUrl, openCompose, openThread, tabShowsAccount, threadUrlInTab, type TabLike } from '../../lib/open-thread';

const SAM = 'sam@northwind.example';

describe('which Gmail tab shows an account', () => {
  it.each<[string, TabLike, boolean]>([
    ['address in the path', { url: `https://mail.google.com/mail/u/${SAM}/#inbox` }, true],
    [
      'encoded address in the path',
      { url: `https://mail.google.com/mail/u/${encodeURIComponent(SAM)}/#inbox` },
      true,
    ],
    [
      'index path, address in the title',
      { url: 'https://mail.google.com/mail/u/1/#inbox', title: `Inbox (3) - ${SAM} - Gmail` },
      true,
    ],
    [
      'title in other case',
      {
        url: 'https://mail.google.com/mail/u/0/#inbox',
        title: `Inbox - SAM@Northwind.example - Gmail`,
      },
      true,
    ],
    [
      'another account',
      {
        url: 'https://mail.google.com/mail/u/0/#inbox',
        title: 'Inbox - kim@northwind.example - Gmail',
      },
      false,
    ],
    [
      'an address that only contains it',
      { url: 'https://mail.google.com/mail/u/0/', title: `Inbox - x${SAM} - Gmail` },
      false,
    ],
    ['not Gmail', { url: `https://calendar.google.com/calendar/u/${SAM}/`, title: SAM }, false],
    ['no url (no permission)', { title: `Inbox - ${SAM} - Gmail` }, false],
  ])('%s', (_name, tab, expected) => {
    expect(tabShowsAccount(tab, SAM)).toBe(expected);
  });

  it('changes only the hash of the tab’s URL, so Gmail does not reload', () => {
    expect(threadUrlInTab('https://mail.google.com/mail/u/1/#inbox/abc', 'th 1')).toBe(
      'https://mail.google.com/mail/u/1/#all/th%201',
    );
  });
});

function fakeBrowser(tabs: TabLike[]) {
  const calls: string[] = [];
  return {
    calls,
    api: {
      tabs: {
        query: async ({ url }: { url: string }) => {
          calls.push(`query ${url}`);
          return tabs;
        },
        update: async (id: number, change: { url?: string; active?: boolean }) =>
          void calls.push(`update ${id} ${change.url} ${change.active}`),
        create: async ({ url, windowId, index }: { url: string; windowId?: number; index?: number }) =>
          void calls.push(`create ${url}${windowId === undefined ? '' : ` in ${windowId} at ${index}`}`),
      },
      windows: {
        update: async (id: number, change: { focused: boolean }) =>
          void calls.push(`focus ${id} ${change.focused}`),
      },
    },
  };
}

describe('opening a thread', () => {
  it('reuses the account’s open Gmail tab and brings its window forward', async () => {
    const b = fakeBrowser([
      {
        id: 3,
        windowId: 1,
        url: 'https://mail.google.com/mail/u/0/#inbox',
        title: 'Inbox - kim@northwind.example - Gmail',
      },
      {
        id: 7,
        windowId: 2,
        url: 'https://mail.google.com/mail/u/1/#inbox',
        title: `Inbox - ${SAM} - Gmail`,
      },
    ]);
    expect(await openThread(b.api, SAM, 'th1')).toBe('reused');
    expect(b.calls).toEqual([
      'query https://mail.google.com/*',
      'update 7 https://mail.google.com/mail/u/1/#all/th1 true',
      'focus 2 true',
    ]);
  });

  it('opens a new tab at the account’s Gmail when none shows it', async () => {
    const b = fakeBrowser([
      {
        id: 3,
        windowId: 1,
        url: 'https://mail.google.com/mail/u/0/#inbox',
        title: 'Inbox - kim@northwind.example - Gmail',
      },
    ]);
    expect(await openThread(b.api, SAM, 'th1')).toBe('created');
    expect(b.calls.at(-1)).toBe(
      `create https://mail.google.com/mail/u/${encodeURIComponent(SAM)}/#all/th1`,
    );
  });
});

describe('writing to a customer', () => {
  it('builds Gmail’s compose page for the account, with the address escaped', () => {
    expect(composeUrl(SAM, 'dana+ops@acme.example')).toBe(
      `https://mail.google.com/mail/u/${encodeURIComponent(SAM)}/?view=cm&fs=1&to=dana%2Bops%40acme.example`,
    );
  });

  it('opens the compose beside the account’s Gmail tab, leaving that tab where it was', async () => {
    const b = fakeBrowser([
      { id: 3, windowId: 1, index: 0, url: 'https://mail.google.com/mail/u/0/#inbox', title: 'Inbox - kim@northwind.example - Gmail' },
      { id: 7, windowId: 2, index: 4, url: 'https://mail.google.com/mail/u/1/#inbox', title: `Inbox - ${SAM} - Gmail` },
    ]);
    expect(await openCompose(b.api, SAM, 'dana@acme.example')).toBe('beside');
    expect(b.calls).toEqual([
      'query https://mail.google.com/*',
      `create ${composeUrl(SAM, 'dana@acme.example')} in 2 at 5`,
      'focus 2 true',
    ]);
  });

  it('opens it in a new tab when no Gmail tab shows the account', async () => {
    const b = fakeBrowser([]);
    expect(await openCompose(b.api, SAM, 'dana@acme.example')).toBe('created');
    expect(b.calls.at(-1)).toBe(`create ${composeUrl(SAM, 'dana@acme.example')}`);
  });
});
