import type { SubscribeChanges } from '../../components/client-context';
import type { Client } from '../messaging/client';
import { PLACEHOLDER_APP_ID, type GmailSdk, type LoadSdk } from './inboxsdk';
import { createHeadsUps } from './heads-up';
import { watchRowChips } from './row-chips';
import { watchSentMail, type SentOutcome } from './watch-sent-mail';
import { watchThreads, type MountSidebar } from './watch-threads';

export const LOAD_TIMEOUT_MS = 30_000;

export interface GmailDeps {
  /** The registered InboxSDK app id; the placeholder when the build has none. */
  appId: string | undefined;
  load: LoadSdk;
  send: Client;
  changes: SubscribeChanges;
  log: Pick<Console, 'warn' | 'error'>;
  mountSidebar: MountSidebar;
  showSentNotice: (outcome: SentOutcome) => void;
  clock: () => Date;
  /** A pop-out compose window: InboxSDK throws there, and there is nothing to follow. */
  isPopOut: boolean;
  loadTimeoutMs?: number;
}

/**
 * Gmail's pop-out compose window (/popout, or the older ?view=cm): InboxSDK throws there, and
 * there is no thread to follow; a message sent from it is seen when its thread is opened.
 */
export function isPopOutWindow(location: Pick<Location, 'pathname' | 'search'>): boolean {
  return location.pathname.endsWith('/popout') || new URLSearchParams(location.search).get('view') === 'cm';
}

function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(message)), ms);
    work.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e instanceof Error ? e : new Error(String(e)))),
    );
  });
}

/**
 * Loads InboxSDK, tells the background which account is signed in in this tab (or why the
 * integration failed), then follows the threads the user opens, the inbox rows and the
 * messages the user sends.
 */
export async function startGmail(deps: GmailDeps): Promise<GmailSdk | null> {
  const { send, log } = deps;
  if (deps.isPopOut) return null;
  const timeout = deps.loadTimeoutMs ?? LOAD_TIMEOUT_MS;
  let sdk: GmailSdk;
  try {
    sdk = await withTimeout(
      deps.load(deps.appId || PLACEHOLDER_APP_ID),
      timeout,
      `InboxSDK did not load within ${Math.round(timeout / 1000)} s (its page script was not injected, or Gmail changed)`,
    );
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    log.error(`Follow-through: Gmail integration unavailable: ${reason}`);
    await send('integration.report', { state: 'failed', reason: reason.slice(0, 500) }).catch(() => {});
    return null;
  }
  try {
    const { id: accountId } = await send('account.seen', { accountId: sdk.User.getEmailAddress() });
    void send('integration.report', { state: 'connected', accountId }).catch(() => {});
    const headsUps = createHeadsUps(sdk);
    watchThreads({ sdk, send, accountId, mountSidebar: deps.mountSidebar, log, headsUps });
    watchRowChips({ sdk, send, accountId, changes: deps.changes, log });
    watchSentMail({ sdk, send, accountId, clock: deps.clock, log, onSent: deps.showSentNotice, headsUpOf: headsUps.of });
    return sdk;
  } catch (err) {
    log.error('Follow-through could not start in Gmail:', err);
    return null;
  }
}
