/**
 * What the Gmail tabs last said about the integration, for the popup's and options' status
 * line. One record in the meta table: the latest report of any tab wins.
 */
import type { FollowThroughDB } from './database';
import {
  integrationStatusSchema,
  type IntegrationReport,
  type IntegrationStatus,
} from '../messaging/gmail-protocol';

const KEY = 'gmail-integration';

export async function saveIntegrationReport(db: FollowThroughDB, report: IntegrationReport, now: Date): Promise<void> {
  await db.meta.put({ key: KEY, value: JSON.stringify({ ...report, at: now.toISOString() }) });
}

export async function readIntegrationStatus(db: FollowThroughDB): Promise<IntegrationStatus> {
  const raw = (await db.meta.get(KEY))?.value;
  if (!raw) return { state: 'never' };
  try {
    const parsed = integrationStatusSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : { state: 'never' };
  } catch {
    return { state: 'never' };
  }
}
