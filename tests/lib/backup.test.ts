import { afterEach, describe, expect, it } from 'vitest';
import { staleMarks } from '../../lib/db/stale-store';
import { backupText } from '../../lib/backup-file';
import { openDatabase, type FollowThroughDB } from '../../lib/db/database';
import { updateSettings } from '../../lib/db/settings-store';
import {
  BackupError,
  importBackup,
  parseBackup,
} from '../../lib/backup';
import { dumpStore, fillStore, freshName, sampleRecords } from '../support/sample-store';

const NOW = new Date('2026-11-22T10:00:00Z');
let db: FollowThroughDB;
afterEach(async () => {
  await db?.delete();
});

async function twoAccountStore() {
  db = openDatabase(freshName());
  await fillStore(db, sampleRecords('sam@northwind.example'));
  await fillStore(db, sampleRecords('sam.private@gmail.com'));
  await updateSettings(db, { atRiskPercent: 70, ownDomains: ['northwind.example'] });
}

async function wipe(target: FollowThroughDB) {
  await Promise.all(target.tables.map((t) => t.clear()));
}

describe('backup round trip', () => {
  it('export → wipe → import gives back the identical store', async () => {
    await twoAccountStore();
    const before = await dumpStore(db, 'records');
    const text = await backupText(db, { now: NOW });
    await wipe(db);
    const summary = await importBackup(db, text);
    expect(await dumpStore(db, 'records')).toEqual(before);
    // The restore owes every account a clock recompute (its settings came back too).
    expect((await staleMarks(db)).map((m) => m.accountId)).toEqual(['*']);
    expect(summary.accounts.sort()).toEqual(['sam.private@gmail.com', 'sam@northwind.example']);
    expect(summary.counts.followUps).toBe(2);
  });

  it('exports one account alone and restores it without touching the other', async () => {
    await twoAccountStore();
    const text = await backupText(db, { accountId: 'sam@northwind.example', now: NOW });
    const doc = JSON.parse(text);
    expect(doc.tables.accounts.map((a: { id: string }) => a.id)).toEqual(['sam@northwind.example']);
    expect(doc.tables.customers.every((c: { accountId: string }) => c.accountId === 'sam@northwind.example')).toBe(true);

    await db.customers.clear();
    await importBackup(db, text);
    const customers = await db.customers.toArray();
    // The exported account is back; the other account's customers were wiped above and stay so.
    expect(customers.map((c) => c.accountId)).toEqual(['sam@northwind.example', 'sam@northwind.example']);
  });

  it('restoring replaces the account’s rows instead of mixing old and new', async () => {
    await twoAccountStore();
    const text = await backupText(db, { now: NOW });
    await db.customers.put({ ...sampleRecords().customers[0]!, id: 'added-after-export' });
    await importBackup(db, text);
    expect(await db.customers.where({ accountId: 'sam@northwind.example' }).count()).toBe(2);
  });
});

describe('due-date history in backups', () => {
  const doc = (followUp: object) =>
    JSON.stringify({
      format: 'follow-through-backup',
      formatVersion: 1,
      exportedAt: NOW.toISOString(),
      schemaVersion: 5,
      settings: null,
      tables: { ...sampleRecords(), followUps: [followUp] },
    });

  it('reads a backup written before follow-ups had one as “never re-dated”', () => {
    const { redated: _r, ...older } = sampleRecords().followUps[0]!;
    expect(parseBackup(doc(older)).tables.followUps[0]!.redated).toEqual([]);
  });

  it('keeps the history and names a bad entry', () => {
    const move = { from: '2026-11-20', to: '2026-11-24', at: '2026-11-19T15:00:00.000Z', reason: 'heads-up' };
    const followUp = { ...sampleRecords().followUps[0]!, redated: [move] };
    expect(parseBackup(doc(followUp)).tables.followUps[0]!.redated).toEqual([move]);
    expect(() => parseBackup(doc({ ...followUp, redated: [{ ...move, to: 'next week' }] }))).toThrow(
      /tables\.followUps\[0\]\.redated\[0\]\.to/,
    );
  });
});

describe('a bad backup is refused and nothing changes', () => {
  const good = () => {
    const records = sampleRecords();
    return {
      format: 'follow-through-backup',
      formatVersion: 1,
      exportedAt: NOW.toISOString(),
      schemaVersion: 2,
      settings: null,
      tables: records,
    };
  };
  const pretty = (v: unknown) => JSON.stringify(v, null, 2);

  const cases: { name: string; text: () => string; expect: RegExp; line?: number }[] = [
    { name: 'empty file', text: () => '', expect: /file is empty/ },
    { name: 'not JSON', text: () => '{\n  "format": "follow-through-backup",\n  oops\n}', expect: /not valid JSON/, line: 3 },
    { name: 'another file', text: () => pretty({ hello: 'world' }), expect: /"format": "follow-through-backup"/ },
    {
      name: 'newer format',
      text: () => pretty({ ...good(), formatVersion: 9 }),
      expect: /newer Follow-through/,
    },
    {
      name: 'bad domain deep inside',
      text: () => {
        const doc = good();
        doc.tables.customers[1]!.domains[1] = 'not a domain';
        return pretty(doc);
      },
      expect: /tables\.customers\[1\]\.domains\[1\]: expected a domain/,
    },
    {
      name: 'missing field',
      text: () => {
        const doc = good();
        delete (doc.tables.followUps[0] as Partial<(typeof doc.tables.followUps)[0]>).messageId;
        return pretty(doc);
      },
      expect: /tables\.followUps\[0\]\.messageId/,
    },
    {
      name: 'row of an account the file does not list',
      text: () => {
        const doc = good();
        doc.tables.threads[0]!.accountId = 'stranger@example.com';
        return pretty(doc);
      },
      expect: /tables\.threads\[0\]\.accountId: account stranger@example\.com is not listed/,
    },
    {
      name: 'duplicate key',
      text: () => {
        const doc = good();
        doc.tables.customers.push({ ...doc.tables.customers[0]! });
        return pretty(doc);
      },
      expect: /tables\.customers\[2\]: duplicates customers\[0\]/,
    },
  ];

  it.each(cases)('$name', async (c) => {
    await twoAccountStore();
    const before = await dumpStore(db);
    const failure = await importBackup(db, c.text()).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(BackupError);
    expect((failure as Error).message).toMatch(c.expect);
    expect((failure as Error).message).toMatch(/nothing was changed/);
    if (c.line) expect((failure as BackupError).problems[0]!.line).toBe(c.line);
    expect(await dumpStore(db)).toEqual(before);
  });

  it('says on which line of the file a bad record stands', () => {
    const doc = good();
    doc.tables.messages[1]!.sentAt = 'last Tuesday';
    const text = pretty(doc);
    const failure = (() => {
      try {
        parseBackup(text);
      } catch (e) {
        return e as BackupError;
      }
    })();
    const problem = failure!.problems[0]!;
    expect(problem.path).toBe('tables.messages[1].sentAt');
    expect(text.split('\n')[problem.line! - 1]).toContain('"sentAt": "last Tuesday"');
  });

  it('rolls back a restore that fails part-way', async () => {
    await twoAccountStore();
    const before = await dumpStore(db);
    const doc = parseBackup(await backupText(db, { now: NOW }));
    // Slip a row past the checks so that the database itself refuses it mid-transaction.
    (doc.tables.followUps as unknown[]).push({ ...doc.tables.followUps[0]!, id: 'twin' });
    const { restoreBackup } = await import('../../lib/backup');
    await expect(restoreBackup(db, doc)).rejects.toThrow();
    expect(await dumpStore(db)).toEqual(before);
  });
});

describe('docs/backup-format.md', () => {
  it('shows an example that imports', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(new URL('../../docs/backup-format.md', import.meta.url), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(example).toBeTruthy();
    const parsed = parseBackup(example!);
    expect(parsed.tables.followUps[0]?.due).toBe('2026-11-20');
  });
});
