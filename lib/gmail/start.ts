import type { Client } from '../messaging/client';
import type { GmailSdk, LoadSdk } from './inboxsdk';
import { watchSentMail } from './watch-sent-mail';
import { watchThreads, type MountSidebar } from './watch-threads';

export const MISSING_APP_ID_MESSAGE =
  'Follow-through: this build has no InboxSDK app id, so it stays out of Gmail. ' +
  'Register a free app id at https://www.inboxsdk.com/register, put ' +
  'WXT_INBOXSDK_APP_ID=sdk_yourapp_0123456789 in .env.local and run `npm run build` again.';

export interface GmailDeps {
  appId: string | undefined;
  load: LoadSdk;
  send: Client;
  log: Pick<Console, 'warn' | 'error'>;
  mountSidebar: MountSidebar;
  clock: () => Date;
}

/**
 * Loads InboxSDK, tells the background which account is signed in in this tab, then follows
 * the threads the user opens and the messages the user sends.
 */
export async function startGmail({ appId, load, send, log, mountSidebar, clock }: GmailDeps): Promise<GmailSdk | null> {
  if (!appId) {
    log.warn(MISSING_APP_ID_MESSAGE);
    return null;
  }
  try {
    const sdk = await load(appId);
    const { id: accountId } = await send('account.seen', { accountId: sdk.User.getEmailAddress() });
    watchThreads({ sdk, send, accountId, mountSidebar, log });
    watchSentMail({ sdk, send, accountId, clock, log });
    return sdk;
  } catch (err) {
    log.error('Follow-through could not start in Gmail:', err);
    return null;
  }
}
