/**
 * The only module that imports InboxSDK. Everything else sees the narrow `GmailSdk` view: the
 * members Follow-through uses, typed with InboxSDK's own types, so a fake (tests, the e2e
 * build's fake Gmail) is checked against the real SDK's API and breaks when it changes.
 */
import * as InboxSDK from '@inboxsdk/core';

/** Follow-through sends nothing anywhere; InboxSDK's own reporting is also blocked (network-guard.ts). */
export const INBOXSDK_OPTIONS = {
  appName: 'Follow-through',
  eventTracking: false,
  globalErrorLogging: false,
} as const satisfies NonNullable<Parameters<typeof InboxSDK.load>[2]>;

/**
 * Used when the build has no registered id. InboxSDK checks ids locally: an unregistered one
 * only shows its dismissable "Invalid AppId" developer bar, and everything else works.
 */
export const PLACEHOLDER_APP_ID = 'sdk_FollowThrough_unregistered';

type Full = InboxSDK.InboxSDK;
export type MessageView = Pick<
  ReturnType<InboxSDK.ThreadView['getMessageViewsAll']>[number],
  | 'isLoaded'
  | 'getMessageIDAsync'
  | 'getDateString'
  | 'getSender'
  | 'getRecipientsFull'
  | 'getViewState'
  | 'on'
  | 'destroyed'
  | 'getElement'
> & { getThreadView(): ThreadView };
export type ThreadView = Pick<
  InboxSDK.ThreadView,
  'destroyed' | 'getThreadIDAsync' | 'getSubject' | 'addSidebarContentPanel' | 'on'
> & { getMessageViewsAll(): MessageView[] };
export type ComposeView = Pick<
  InboxSDK.ComposeView,
  | 'on'
  | 'getHTMLContent'
  | 'getSubject'
  | 'getToRecipients'
  | 'getCcRecipients'
  | 'getFromContact'
  | 'getFromContactChoices'
  | 'isReply'
  | 'getThreadID'
  | 'insertTextIntoBodyAtCursor'
  | 'destroyed'
>;
export type ThreadRowView = Pick<InboxSDK.ThreadRowView, 'getThreadIDIfStableAsync' | 'addLabel' | 'on' | 'destroyed'>;
export type LabelDescriptor = InboxSDK.LabelDescriptor;
export type SentEvent = Parameters<InboxSDK.ComposeViewEvent['sent']>[0];

export interface GmailSdk {
  User: Pick<Full['User'], 'getEmailAddress'>;
  Conversations: {
    registerThreadViewHandler(handler: (view: ThreadView) => void): () => void;
    registerMessageViewHandler(handler: (view: MessageView) => void): () => void;
  };
  Compose: { registerComposeViewHandler(handler: (view: ComposeView) => void): () => void };
  Lists: { registerThreadRowViewHandler(handler: (view: ThreadRowView) => void): () => void };
}

export type LoadSdk = (appId: string) => Promise<GmailSdk>;

export const loadInboxSdk: LoadSdk = (appId) => InboxSDK.load(2, appId, INBOXSDK_OPTIONS);

/**
 * A label whose content changes over time. InboxSDK's `addLabel` takes an observable; it
 * accepts anything with Kefir's `onAny`/`offAny`, which is all this needs.
 */
export function liveLabel(row: ThreadRowView): { set(label: LabelDescriptor | null): void } {
  type Event = { type: 'value'; value: LabelDescriptor | null };
  const listeners = new Set<(e: Event) => void>();
  let current: LabelDescriptor | null = null;
  row.addLabel({
    onAny: (fn: (e: Event) => void) => {
      listeners.add(fn);
      fn({ type: 'value', value: current });
    },
    offAny: (fn: (e: Event) => void) => listeners.delete(fn),
  } as unknown as Parameters<ThreadRowView['addLabel']>[0]);
  return {
    set(label) {
      current = label;
      for (const fn of listeners) fn({ type: 'value', value: label });
    },
  };
}
