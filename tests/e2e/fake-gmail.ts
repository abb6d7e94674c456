/**
 * The e2e side of the fake Gmail layer (lib/gmail/fake-gmail.ts): a stub page per signed-in
 * account carrying the fixture, and helpers that drive Gmail events into the real content
 * script and seed the real background's store.
 */
import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { FakeCommand, Fixture } from '../../lib/gmail/fake-gmail';

export type Theme = 'light' | 'dark';

/** The parts of the extension's `chrome` that the Gmail tests use, in the worker and in pages. */
export declare const chrome: {
  action: { getBadgeText(details: object): Promise<string> };
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(cb: (message: { type?: string }) => undefined): void };
  };
};

const BACKGROUNDS: Record<Theme, string> = { light: '#ffffff', dark: '#202124' };

export function fakeGmailHtml(fixture: Partial<Fixture> & { account: string }, theme: Theme = 'light'): string {
  return `<!doctype html><html><head><title>Inbox - ${fixture.account} - Gmail</title>
<style>body{margin:0;font:14px sans-serif;background:${BACKGROUNDS[theme]};color:${theme === 'dark' ? '#e8eaed' : '#202124'}}
#ft-fake-sidebar{position:fixed;top:0;right:0;width:340px;height:100vh;overflow:auto;border-left:1px solid #8886}
#ft-fake-rows{margin:16px;width:520px;display:grid;gap:6px}
[data-fake-row]{display:flex;gap:8px;align-items:center;padding:6px 8px;border-bottom:1px solid #8884}
.fake-chip{font-size:12px;border-radius:4px;padding:1px 6px}</style></head>
<body><script type="application/json" id="ft-fake-gmail">${JSON.stringify(fixture)}</script>
<div id="ft-fake-rows"></div><div id="ft-fake-sidebar"></div></body></html>`;
}

/** Answers mail.google.com with a fake Gmail page: /mail/u/N/ is signed in as accounts[N]. */
export async function routeFakeGmail(
  context: BrowserContext,
  accounts: readonly string[],
  options: { theme?: Theme; fixture?: Partial<Fixture> } = {},
): Promise<void> {
  await context.unroute('https://mail.google.com/**');
  await context.route('https://mail.google.com/**', (route) => {
    const n = Number(/\/mail\/u\/(\d+)/.exec(route.request().url())?.[1] ?? 0);
    const account = accounts[n] ?? accounts[0]!;
    return route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: fakeGmailHtml({ ...options.fixture, account }, options.theme),
    });
  });
}

export function drive(page: Page, command: FakeCommand): Promise<void> {
  return page.evaluate(
    (detail) => void document.dispatchEvent(new CustomEvent('ft-fake', { detail })),
    JSON.stringify(command),
  );
}

/** Gmail's message ids carry their send time. */
export const messageIdAt = (ms: number): string => (BigInt(Math.round(ms)) << 20n).toString(16);

/** Runs `fn` in the service worker with the extension's live database (exposed in e2e builds). */
export function inBackground<T, A>(worker: Worker, fn: (arg: A) => Promise<T>, arg: A): Promise<T> {
  return worker.evaluate(fn as never, arg) as Promise<T>;
}

export async function badgeText(worker: Worker): Promise<string> {
  return worker.evaluate(() => chrome.action.getBadgeText({}));
}

/** Opens Gmail as account N and waits until the content script follows it. */
export async function openGmail(context: BrowserContext, n: number): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`https://mail.google.com/mail/u/${n}/#inbox`);
  await page.waitForFunction(() => document.documentElement.dataset.ftFakeReady === 'true', null, { timeout: 20_000 });
  return page;
}
