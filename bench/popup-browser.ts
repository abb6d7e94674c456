/**
 * The popup's first content in headless Chromium, against the real built extension
 * (.output/chrome-mv3-e2e): with 1,000 items needing attention (500 customers waiting, 500
 * promises due, plus promises to confirm) beside the empty popup measured in the same run.
 * "First content" is the first triage row (or, empty, the empty state) in the DOM, in ms
 * since navigation started, recorded by the page itself. Prints JSON lines; asserts nothing.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, launchExtension, type ExtensionSession } from '../tests/e2e/harness';
import { importThroughOptions } from '../tests/e2e/fixtures';
import { triageBackup } from '../tests/e2e/triage-store';

const RUNS = 15;
const ACCOUNT = 'bench@northwind.example';

if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  execSync('npx wxt build --mode e2e', { stdio: 'ignore' });
}

/** Records, inside the page, when the first element matching `selector` appeared. */
function firstContentScript(selector: string) {
  return `(() => {
    const seen = () => { if (document.querySelector(${JSON.stringify(selector)})) { window.__firstContent = performance.now(); return true; } return false; };
    new MutationObserver((_, o) => seen() && o.disconnect()).observe(document, { childList: true, subtree: true });
  })();`;
}

async function firstContent(session: ExtensionSession, selector: string): Promise<number[]> {
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const page = await session.context.newPage();
    await page.addInitScript(firstContentScript(selector));
    await page.goto(session.url('popup.html'));
    await page.waitForFunction(
      () => (window as unknown as { __firstContent?: number }).__firstContent !== undefined,
      null,
      { timeout: 30_000 },
    );
    times.push(
      await page.evaluate(() => (window as unknown as { __firstContent: number }).__firstContent),
    );
    await page.close();
  }
  return times;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const session = await launchExtension();
try {
  // Empty: no account yet, so the popup's first content is its "Open Gmail" empty state.
  const empty = await firstContent(session, '.empty-state, [data-testid="triage-row"]');
  await importThroughOptions(session, triageBackup([{ id: ACCOUNT, waiting: 500, promises: 500, suggestions: 50 }]));
  // Measure the steady state: the badge recompute that the import started has finished.
  await session.worker.evaluate('globalThis.followThrough.alerts.refresh()');
  const full = await firstContent(session, '[data-testid="triage-row"]');
  const line = (o: object) => console.log(JSON.stringify(o));
  line({
    name: 'popup.first-content.1000-items',
    value: +median(full).toFixed(1),
    unit: 'ms',
    baseline: 'popup.first-content.empty',
    baselineValue: +median(empty).toFixed(1),
    ratio: +(median(full) / median(empty)).toFixed(2),
    runs: RUNS,
    target: 'under 100 ms',
  });
} finally {
  await session.close();
}
