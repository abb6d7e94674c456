import type { Client } from '../messaging/client';
import type { GmailSdk, LoadSdk } from './inboxsdk';

export const MISSING_APP_ID_MESSAGE =
  'Follow-through: this build has no InboxSDK app id, so it stays out of Gmail. ' +
  'Register a free app id at https://www.inboxsdk.com/register, put ' +
  'WXT_INBOXSDK_APP_ID=sdk_yourapp_0123456789 in .env.local and run `npm run build` again.';

export interface GmailDeps {
  appId: string | undefined;
  load: LoadSdk;
  send: Client;
  log: Pick<Console, 'warn' | 'error'>;
}

/** Loads InboxSDK and tells the background which account is signed in in this tab. */
export async function startGmail({ appId, load, send, log }: GmailDeps): Promise<GmailSdk | null> {
  if (!appId) {
    log.warn(MISSING_APP_ID_MESSAGE);
    return null;
  }
  try {
    const sdk = await load(appId);
    await send('account.seen', { accountId: sdk.User.getEmailAddress() });
    return sdk;
  } catch (err) {
    log.error('Follow-through could not start in Gmail:', err);
    return null;
  }
}
