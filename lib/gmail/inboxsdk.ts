/**
 * The only module that imports InboxSDK. Everything else sees the narrow `GmailSdk` view,
 * so tests can hand in fakes typed with InboxSDK's own types.
 */
import * as InboxSDK from '@inboxsdk/core';

/** Follow-through sends nothing anywhere, InboxSDK's own telemetry included. */
export const INBOXSDK_OPTIONS = {
  appName: 'Follow-through',
  eventTracking: false,
  globalErrorLogging: false,
} as const satisfies NonNullable<Parameters<typeof InboxSDK.load>[2]>;

export type GmailSdk = Pick<InboxSDK.InboxSDK, 'User' | 'Conversations' | 'Compose'>;
export type ThreadView = InboxSDK.ThreadView;
export type MessageView = ReturnType<ThreadView['getMessageViewsAll']>[number];
export type ComposeView = InboxSDK.ComposeView;

export type LoadSdk = (appId: string) => Promise<GmailSdk>;

export const loadInboxSdk: LoadSdk = (appId) => InboxSDK.load(2, appId, INBOXSDK_OPTIONS);
