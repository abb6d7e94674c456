/**
 * Launches Debian's Chromium (or CHROME_PATH) with the built extension in a fresh profile,
 * through playwright-core. Gmail is never reached: tests answer mail.google.com themselves.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3-e2e', import.meta.url));

export function chromePath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('No Chromium found: install Debian’s chromium package or set CHROME_PATH.');
  return found;
}

export interface ExtensionSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  url: (path: string) => string;
  close: () => Promise<void>;
}

/** A fresh profile, removed on close; or `profile`, kept, to restart the browser on it. */
export async function launchExtension({ profile: kept }: { profile?: string } = {}): Promise<ExtensionSession> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run "npm run test:e2e", which builds it first.`);
  }
  const profile = kept ?? mkdtempSync(join(tmpdir(), 'ft-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath(),
    headless: true,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-quic',
      // The machines here have no network: keep Chromium from trying.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    url: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    close: async () => {
      await context.close();
      if (!kept) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Collects console errors and uncaught exceptions of a page, to assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

/** A minimal stand-in for Gmail's page: enough globals for InboxSDK to find the signed-in user. */
export function stubGmailHtml(email: string): string {
  const globals = JSON.stringify([null, null, null, null, 'mail.en.x', null, null, null, null, 'ik123', email]);
  return `<!doctype html><html><head><title>Inbox - ${email} - Gmail</title></head>
<body><script>var GLOBALS = ${globals};</script><div role="main">Stub Gmail</div></body></html>`;
}

export async function routeGmail(context: BrowserContext, email: string): Promise<void> {
  await context.route('https://mail.google.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: stubGmailHtml(email) }),
  );
}

/** Writes a file for a test to hand to a file input, in a fresh temporary folder. */
export function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'ft-file-')), name);
  writeFileSync(path, content);
  return path;
}

/** Every text in `selector` against the colour actually painted behind it (WCAG ratio). */
export function lowContrastTexts(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const rgb = (c: string) => (/rgba?\(([^)]+)\)/.exec(c)?.[1] ?? '0,0,0,0').split(/[\s,/]+/).filter(Boolean).map(Number);
    const lum = ([r, g, b]: number[]) =>
      [r!, g!, b!]
        .map((v) => v / 255)
        .map((s) => (s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4))
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
    const behind = (el: Element | null): number[] => {
      for (let n = el; n; n = n.parentElement) {
        const c = rgb(getComputedStyle(n).backgroundColor);
        if ((c[3] ?? 1) > 0.5) return c;
      }
      return [255, 255, 255];
    };
    const bad: string[] = [];
    for (const el of document.querySelectorAll(`${sel} *`)) {
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
      if (!own || (el as HTMLElement).offsetParent === null) continue;
      const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(behind(el))];
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      if (ratio < 4.5) bad.push(`${ratio.toFixed(2)}: ${el.textContent!.trim().slice(0, 40)}`);
    }
    return bad;
  }, selector);
}
