// `npm start`: opens Chromium or Chrome with the freshly built extension in a new profile, at Gmail.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const extension = resolve('.output/chrome-mv3');
if (!existsSync(join(extension, 'manifest.json'))) {
  console.error('No build in .output/chrome-mv3: run "npm run build" first.');
  process.exit(1);
}

function onPath(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
}
const browser =
  process.env.CHROME_PATH ||
  ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'].map(onPath).find(Boolean);
if (!browser) {
  console.error('No Chromium or Chrome found: install one, or set CHROME_PATH to its executable.');
  process.exit(1);
}

const profile = mkdtempSync(join(tmpdir(), 'follow-through-profile-'));
console.log(`Opening ${browser} with Follow-through loaded (profile ${profile}).`);
spawn(
  browser,
  [
    `--user-data-dir=${profile}`,
    '--no-first-run',
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    'https://mail.google.com/',
  ],
  { stdio: 'inherit', detached: true },
).unref();
