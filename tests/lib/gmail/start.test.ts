import { describe, expect, it, vi } from 'vitest';
import type { User } from '@inboxsdk/core';
import type { GmailSdk } from '../../../lib/gmail/inboxsdk';
import { MISSING_APP_ID_MESSAGE, startGmail } from '../../../lib/gmail/start';
import type { Client } from '../../../lib/messaging/client';

function fakeSdk(email: string): GmailSdk {
  const user: Pick<User, 'getEmailAddress'> = { getEmailAddress: () => email };
  return { User: user as User, Conversations: {} as GmailSdk['Conversations'] };
}

const quietLog = () => ({ warn: vi.fn(), error: vi.fn() });

describe('starting in Gmail', () => {
  it('without an app id, says what to do and loads nothing', async () => {
    const log = quietLog();
    const load = vi.fn();
    const send = vi.fn() as unknown as Client;
    expect(await startGmail({ appId: undefined, load, send, log })).toBeNull();
    expect(load).not.toHaveBeenCalled();
    expect(log.warn).toHaveBeenCalledWith(MISSING_APP_ID_MESSAGE);
    expect(MISSING_APP_ID_MESSAGE).toMatch(/WXT_INBOXSDK_APP_ID=.*npm run build/);
  });

  it('reports the signed-in account to the background', async () => {
    const send = vi.fn().mockResolvedValue({}) as unknown as Client;
    const sdk = fakeSdk('Sam@Northwind.example');
    const load = vi.fn().mockResolvedValue(sdk);
    expect(await startGmail({ appId: 'sdk_test', load, send, log: quietLog() })).toBe(sdk);
    expect(load).toHaveBeenCalledWith('sdk_test');
    expect(send).toHaveBeenCalledWith('account.seen', { accountId: 'Sam@Northwind.example' });
  });

  it('logs and carries on when InboxSDK fails to load', async () => {
    const log = quietLog();
    const load = vi.fn().mockRejectedValue(new Error('Gmail changed'));
    const send = vi.fn() as unknown as Client;
    expect(await startGmail({ appId: 'sdk_test', load, send, log })).toBeNull();
    expect(log.error).toHaveBeenCalled();
    expect(send).not.toHaveBeenCalled();
  });
});

describe('InboxSDK options', () => {
  it('switch InboxSDK’s telemetry off', async () => {
    vi.doMock('@inboxsdk/core', () => ({ load: vi.fn() }));
    const { INBOXSDK_OPTIONS } = await import('../../../lib/gmail/inboxsdk');
    expect(INBOXSDK_OPTIONS).toMatchObject({ eventTracking: false, globalErrorLogging: false });
    vi.doUnmock('@inboxsdk/core');
  });
});
