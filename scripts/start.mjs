// `npm start`: opens Chromium or Chrome with the freshly built extension at Gmail.
//
// The profile lives in .chrome-profile/ and is kept between runs, so the Gmail sign-in and
// Follow-through's data survive; `npm start -- --fresh` starts from an empty profile.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const extension = resolve('.output/chrome-mv3');
const profile = resolve('.chrome-profile');
const fresh = process.argv.includes('--fresh');

function fail(message) {
  console.error(message);
  process.exit(1);
}

if (!existsSync(join(extension, 'manifest.json'))) fail('No build in .output/chrome-mv3: run "npm run build" first.');

function onPath(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
}

function findBrowser() {
  const named = process.env.CHROME_PATH;
  if (named) {
    try {
      accessSync(named, constants.X_OK);
      return named;
    } catch {
      fail(
        `CHROME_PATH is "${named}", but no program can be run there: point it at the browser's executable ` +
          '(for example /usr/bin/chromium), or unset it to use the first Chromium or Chrome on your PATH.',
      );
    }
  }
  const found = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'].map(onPath).find(Boolean);
  if (!found) fail('No Chromium or Chrome found: install Chromium, or set CHROME_PATH to a browser executable.');
  return found;
}

const browser = findBrowser();
const version = spawnSync(browser, ['--version'], { encoding: 'utf8' }).stdout.trim();
const branded = /^Google Chrome (\d+)/.exec(version);
if (branded && Number(branded[1]) >= 137) {
  console.warn(
    `Warning: ${version} ignores --load-extension (branded Chrome 137 and later). Use Chromium or Chrome for ` +
      'Testing (set CHROME_PATH), or load .output/chrome-mv3 by hand at chrome://extensions (Developer mode → Load unpacked).',
  );
}

if (fresh) rmSync(profile, { recursive: true, force: true });
mkdirSync(profile, { recursive: true });

const child = spawn(
  browser,
  [
    `--user-data-dir=${profile}`,
    '--no-first-run',
    '--no-default-browser-check',
    // Chromium prints "DevTools listening on …" once it is really up; that is what we wait for.
    '--remote-debugging-port=0',
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    'https://mail.google.com/',
  ],
  { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
);

const timer = setTimeout(() => {
  fail(`${browser} did not start within 30 s. Run it by hand to see why, or set CHROME_PATH to another browser.`);
}, 30_000);

let output = '';
child.stderr.on('data', (chunk) => {
  output += chunk;
  if (!/DevTools listening on/.test(output)) return;
  clearTimeout(timer);
  console.log(`${version || browser} is up with Follow-through loaded, at Gmail.`);
  console.log(`Profile: ${profile} (kept between runs; \`npm start -- --fresh\` starts with an empty one).`);
  child.stderr.destroy();
  child.unref();
  process.exit(0);
});
child.on('error', (err) => fail(`Could not start ${browser}: ${err.message}`));
child.on('exit', (code) => {
  clearTimeout(timer);
  fail(
    `${browser} exited (code ${code}) before it was up.` +
      (/SingletonLock|ProcessSingleton|profile.*in use/i.test(output)
        ? ' Another browser is already using .chrome-profile: close it, or run `npm start -- --fresh`.'
        : ` Its last words: ${output.trim().split('\n').slice(-3).join(' ')}`),
  );
});
