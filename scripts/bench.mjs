// Runs every bench/*.ts in turn; each prints JSON lines {"name","value","unit","baseline","baselineValue","ratio"}.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = new URL('../bench/', import.meta.url).pathname;
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let failed = 0;
for (const file of files) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(dir, file)], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0) {
    failed++;
    console.error(`bench/${file} failed with exit code ${run.status}`);
  }
}
process.exit(failed ? 1 : 0);
