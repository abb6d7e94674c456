/**
 * Recognition and import benchmarks: `npx tsx bench/customers.ts`.
 * Prints one JSON line per measure, each beside its floor (a plain Map lookup, papaparse
 * alone), so the numbers read the same on a fast laptop and a slow CI runner.
 */
import Papa from 'papaparse';
import { detectLayout } from '../lib/customers/csv/layouts';
import { parseCsvText } from '../lib/customers/csv/parse';
import { planImport } from '../lib/customers/csv/plan';
import { buildCustomerIndex, classifyAddress } from '../lib/customers/recognition';

const CUSTOMERS = 10_000;
const CONTACTS_PER_CUSTOMER = 5;
const ADDRESSES = 200_000;
const CSV_ROWS = 50_000;
const RUNS = 5;

/** Deterministic pseudo-random numbers, so every run measures the same mix. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const TLDS = ['com', 'io', 'de', 'co.uk', 'com.au', 'fr', 'co.jp'];
const domainOf = (i: number): string => `company${i}.${TLDS[i % TLDS.length]}`;

const customers = Array.from({ length: CUSTOMERS }, (_, i) => ({ id: `cust-${i}`, domains: [domainOf(i)] }));
const contacts = customers.flatMap((c, i) =>
  Array.from({ length: CONTACTS_PER_CUSTOMER }, (_, k) => ({ email: `person${k}.name${i}@${domainOf(i)}`, customerId: c.id })),
);

/** A day's mix of mail: known contacts, colleagues of theirs, subsidiaries, free mail, strangers. */
const rnd = random(42);
const raw: string[] = [];
const normalised: string[] = [];
for (let n = 0; n < ADDRESSES; n++) {
  const i = Math.floor(rnd() * CUSTOMERS);
  const r = rnd();
  let email: string;
  let shown: string;
  if (r < 0.35) {
    email = contacts[i * CONTACTS_PER_CUSTOMER + (n % CONTACTS_PER_CUSTOMER)]!.email;
    shown = email;
  } else if (r < 0.5) {
    email = contacts[i * CONTACTS_PER_CUSTOMER]!.email;
    shown = `"Name${i}, Person" <${email.toUpperCase()}>`;
  } else if (r < 0.7) {
    email = `someone${n}@${domainOf(i)}`;
    shown = email;
  } else if (r < 0.8) {
    email = `someone${n}@eu.${domainOf(i)}`;
    shown = email;
  } else if (r < 0.9) {
    email = `someone${n}@${n % 2 ? 'gmail.com' : 'outlook.com'}`;
    shown = `Some One <${email}>`;
  } else if (r < 0.97) {
    email = `someone${n}@stranger${i}.net`;
    shown = email;
  } else {
    email = n % 2 ? `noreply@${domainOf(i)}` : `colleague${n}@ourco.com`;
    shown = email;
  }
  raw.push(shown);
  normalised.push(email);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

function report(name: string, value: number, unit: string, baseline: string, baselineValue: number): void {
  const round = (x: number): number => Math.round(x * 100) / 100;
  console.log(
    JSON.stringify({ name, value: round(value), unit, baseline, baselineValue: round(baselineValue), ratio: round(value / baselineValue) }),
  );
}

// --- Recognition -------------------------------------------------------------------
const input = { customers, contacts, ownDomains: ['ourco.com'], accountEmail: 'me@ourco.com', ignoredSenders: [] };
const plainMap = (): Map<string, string> => {
  const map = new Map<string, string>();
  for (const c of contacts) map.set(c.email, c.customerId);
  for (const c of customers) map.set(c.domains[0]!, c.id);
  return map;
};
const buildTimes: number[] = [];
const mapBuildTimes: number[] = [];
let index = buildCustomerIndex(input);
let floorMap = plainMap();
for (let run = 0; run < RUNS; run++) {
  buildTimes.push(time(() => (index = buildCustomerIndex(input))));
  mapBuildTimes.push(time(() => (floorMap = plainMap())));
}

let sink = 0;
const classifyTimes: number[] = [];
const mapTimes: number[] = [];
for (let run = 0; run < RUNS + 1; run++) {
  const classify = time(() => {
    for (const address of raw) if (classifyAddress(index, address).kind === 'customer') sink++;
  });
  const floor = time(() => {
    for (const address of normalised) if (floorMap.get(address) !== undefined) sink++;
  });
  if (run > 0) {
    // The first run warms the JIT.
    classifyTimes.push(classify);
    mapTimes.push(floor);
  }
}
const perSecond = (ms: number): number => (ADDRESSES / ms) * 1000;
report('recognition.build-index', median(buildTimes), 'ms', 'map-build', median(mapBuildTimes));
report('recognition.classify', perSecond(median(classifyTimes)), 'addresses/s', 'map-get', perSecond(median(mapTimes)));

// --- CSV import ---------------------------------------------------------------------
const lines = ['company,tier,domains,contact_name,contact_email,contact_role,notes'];
for (let i = 0; i < CSV_ROWS; i++) {
  const c = i % CUSTOMERS;
  const note = i % 10 === 0 ? '"Prefers calls,\nnot email"' : '';
  lines.push(`Company ${c},Key,${domainOf(c)},"Name${i}, Person",person${i}@${domainOf(c)},Buyer,${note}`);
}
const text = lines.join('\r\n');
const options = { accountId: 'me@ourco.com', tierNames: ['Strategic', 'Key', 'Standard'], defaultTier: 'Standard' };
const importTimes: number[] = [];
const papaTimes: number[] = [];
for (let run = 0; run < RUNS + 1; run++) {
  const full = time(() => {
    const parsed = parseCsvText(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    let n = 0;
    const plan = planImport(parsed.table.rows, detectLayout(parsed.table.header).mapping, { customers: [], contacts: [] }, new Date(), () => `id-${++n}`, options);
    sink += plan.summary.contactsCreated;
  });
  const papa = time(() => {
    sink += Papa.parse<string[]>(text).data.length;
  });
  if (run > 0) {
    importTimes.push(full);
    papaTimes.push(papa);
  }
}
report('csv.parse-validate-plan-50k', median(importTimes), 'ms', 'papaparse-only', median(papaTimes));
if (sink < 0) console.log(sink);
