/**
 * Opening a thread from the popup or a notification: an account manager keeps one Gmail tab
 * per account open all day, so a click should bring that tab forward and show the thread
 * there, not pile up new tabs. Pure over the slice of the tabs and windows APIs it uses, so
 * it runs in Node tests with a fake browser.
 */
import { gmailThreadUrl } from './alerts/notifications';

export interface TabLike {
  id?: number;
  windowId?: number;
  index?: number;
  url?: string;
  title?: string;
}

export interface TabsApi {
  query(filter: { url: string }): Promise<TabLike[]>;
  update(tabId: number, change: { url?: string; active?: boolean }): Promise<unknown>;
  create(props: { url: string; windowId?: number; index?: number; active?: boolean }): Promise<unknown>;
}

export interface WindowsApi {
  update(windowId: number, change: { focused: boolean }): Promise<unknown>;
}

const GMAIL = 'https://mail.google.com/mail/u/';

/**
 * Whether a Gmail tab shows this account. Gmail rewrites /u/<address>/ to /u/<index>/, so an
 * index alone says nothing about who is signed in there; Gmail's tab title ("Inbox (3) -
 * sam@northwind.example - Gmail") does, as does an address in the path.
 */
export function tabShowsAccount(tab: TabLike, accountId: string): boolean {
  const url = tab.url ?? '';
  if (!url.startsWith(GMAIL)) return false;
  const segment = decodeURIComponent(url.slice(GMAIL.length).split(/[/?#]/)[0] ?? '').toLowerCase();
  const account = accountId.toLowerCase();
  if (segment === account) return true;
  return (tab.title ?? '')
    .toLowerCase()
    .split(/\s+-\s+/)
    .includes(account);
}

/** The thread's URL in an open tab: only the hash changes, so Gmail navigates without reloading. */
export function threadUrlInTab(tabUrl: string, threadId: string): string {
  return `${tabUrl.split('#')[0]}#all/${encodeURIComponent(threadId)}`;
}

async function accountTab(tabs: TabsApi, accountId: string): Promise<TabLike | undefined> {
  const open = await tabs.query({ url: 'https://mail.google.com/*' });
  return open.find((t) => t.id !== undefined && tabShowsAccount(t, accountId));
}

/**
 * Gmail's own compose page for a new message to `to`, signed in as `accountId` (Gmail takes
 * the address in place of the /u/<index>/ number, so the right account writes it).
 */
export function composeUrl(accountId: string, to: string): string {
  const query = new URLSearchParams({ view: 'cm', fs: '1', to });
  return `${GMAIL}${encodeURIComponent(accountId)}/?${query.toString()}`;
}

/**
 * "Write to Dana": a compose page of the right account, opened beside the account's Gmail tab
 * (same window, next to it) when one is open, so the inbox the user works in keeps its place
 * and its unsent drafts; Gmail's compose page returns to the inbox after sending.
 */
export async function openCompose(
  { tabs, windows }: { tabs: TabsApi; windows: WindowsApi },
  accountId: string,
  to: string,
): Promise<'beside' | 'created'> {
  const url = composeUrl(accountId, to);
  const tab = await accountTab(tabs, accountId);
  if (!tab) {
    await tabs.create({ url });
    return 'created';
  }
  await tabs.create({
    url,
    active: true,
    ...(tab.windowId !== undefined && { windowId: tab.windowId }),
    ...(tab.index !== undefined && { index: tab.index + 1 }),
  });
  if (tab.windowId !== undefined) await windows.update(tab.windowId, { focused: true });
  return 'beside';
}

export async function openThread(
  { tabs, windows }: { tabs: TabsApi; windows: WindowsApi },
  accountId: string,
  threadId: string,
): Promise<'reused' | 'created'> {
  const tab = await accountTab(tabs, accountId);
  if (!tab || tab.id === undefined) {
    await tabs.create({ url: gmailThreadUrl(accountId, threadId) });
    return 'created';
  }
  await tabs.update(tab.id, { url: threadUrlInTab(tab.url!, threadId), active: true });
  if (tab.windowId !== undefined) await windows.update(tab.windowId, { focused: true });
  return 'reused';
}
