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

/**
 * Every visible element with text of its own in `selector`, its colour against the colour
 * actually painted behind it (WCAG ratio, AA: 4.5:1): semi-transparent backgrounds and the
 * opacity of ancestors are composited, down to the first opaque background (or the canvas).
 * Disabled controls are exempt, as WCAG 1.4.3 says. Returns the offenders, worst first.
 */
export function lowContrastTexts(page: Page, selector: string, minimum = 4.5): Promise<string[]> {
  return page.evaluate(
    ([sel, min]) => {
      type RGBA = [number, number, number, number];
      const parse = (c: string): RGBA => {
        const m = /rgba?\(([^)]+)\)/.exec(c);
        if (!m) return [0, 0, 0, 0];
        const [r = 0, g = 0, b = 0, a = 1] = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
        return [r, g, b, a];
      };
      const over = (top: RGBA, bottom: RGBA): RGBA => {
        const a = top[3] + bottom[3] * (1 - top[3]);
        if (a === 0) return [0, 0, 0, 0];
        const mix = (i: number) => (top[i]! * top[3] + bottom[i]! * bottom[3] * (1 - top[3])) / a;
        return [mix(0), mix(1), mix(2), a];
      };
      const lum = ([r, g, b]: RGBA) =>
        [r, g, b]
          .map((v) => v / 255)
          .map((s) => (s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4))
          .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
      const dark = matchMedia('(prefers-color-scheme: dark)').matches;
      const canvas: RGBA = dark ? [18, 18, 18, 1] : [255, 255, 255, 1];
      const behind = (el: Element): RGBA => {
        const layers: RGBA[] = [];
        for (let n: Element | null = el; n; n = n.parentElement) {
          const style = getComputedStyle(n);
          const c = parse(style.backgroundColor);
          c[3] *= Number(style.opacity);
          if (c[3] > 0) layers.push(c);
          if (c[3] >= 1) break;
        }
        return layers.reduceRight((below, layer) => over(layer, below), canvas);
      };
      const opacity = (el: Element) => {
        let o = 1;
        for (let n: Element | null = el; n; n = n.parentElement) o *= Number(getComputedStyle(n).opacity);
        return o;
      };
      const bad: [number, string][] = [];
      for (const el of document.querySelectorAll(`${sel}, ${sel} *`)) {
        const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
        if (!own) continue;
        const box = (el as HTMLElement).getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
        if (el.closest(':disabled, [aria-disabled="true"]')) continue;
        const text = parse(getComputedStyle(el).color);
        text[3] *= opacity(el);
        const bg = behind(el);
        const fg = over(text, bg);
        const [a, b] = [lum(fg), lum(bg)];
        const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        if (ratio < min) bad.push([ratio, `${ratio.toFixed(2)}: ${el.textContent!.trim().slice(0, 40)}`]);
      }
      return bad.sort((x, y) => x[0] - y[0]).map(([, t]) => t);
    },
    [selector, minimum] as const,
  );
}
