import Dexie from 'dexie';
import type { WxtBrowser } from 'wxt/browser';
import { threadOfNotification } from '../alerts/notifications';
import { openThread } from '../open-thread';
import { refreshAllThreadClocks } from '../alerts/thread-clock';
import { openDatabase } from '../db/database';
import { changeBroadcaster, type PortLike } from '../messaging/changes';
import { createRouter, listen } from '../messaging/server';
import { createSenderPolicy, tabAccountSchema, type TabAccounts } from '../messaging/sender-policy';
import { systemClock } from '../schema-primitives';
import { ALERTS_ALARM, createAlertsService, isRelevantChange, type AlertOutputs } from './alerts-service';
import { createHandlers } from './handlers';

function browserOutputs(browser: WxtBrowser): AlertOutputs {
  return {
    async setBadge({ text, color, title }) {
      await browser.action.setBadgeText({ text });
      await browser.action.setTitle({ title });
      if (color) await browser.action.setBadgeBackgroundColor({ color });
    },
    async notify(id, { title, message }) {
      await browser.notifications.create(id, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title,
        message,
      });
    },
  };
}

const tabKey = (tabId: number) => `tab:${tabId}`;

/**
 * Which account each Gmail tab reported, in chrome.storage.session: it outlives a worker
 * restart, ends with the browser session, and content scripts cannot read or write it
 * (session storage is for trusted contexts only unless an extension opens it up).
 */
function sessionTabAccounts(browser: WxtBrowser): TabAccounts {
  return {
    async get(tabId) {
      const stored = (await browser.storage.session.get(tabKey(tabId)))[tabKey(tabId)];
      const parsed = tabAccountSchema.safeParse(stored);
      return parsed.success ? parsed.data : null;
    },
    async set(tabId, record) {
      await browser.storage.session.set({ [tabKey(tabId)]: record });
    },
  };
}

/**
 * Everything the service worker does when it wakes: open the store, answer messages, keep
 * the badge right. Listeners are added synchronously so that the events that woke the
 * worker reach them.
 */
export function startBackground(browser: WxtBrowser) {
  const db = openDatabase();
  const clock = systemClock;
  const alerts = createAlertsService({ db, clock, outputs: browserOutputs(browser) });
  const changes = changeBroadcaster(browser.runtime.onConnect as unknown as { addListener(cb: (p: PortLike) => void): void });
  const handlers = createHandlers({
    db,
    clock,
    version: browser.runtime.getManifest().version,
    refreshAlerts: alerts.refresh,
    notifyChange: changes.notify,
    openPage: async (path) => void (await browser.tabs.create({ url: browser.runtime.getURL(path as never) })),
  });
  const policy = createSenderPolicy({ tabAccounts: sessionTabAccounts(browser), log: console });
  listen(browser.runtime.onMessage as never, createRouter(handlers, policy), browser.runtime.getURL('/').replace(/\/$/, ''));
  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(tabKey(tabId)));

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALERTS_ALARM) void alerts.refresh();
  });
  void browser.alarms.get(ALERTS_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(ALERTS_ALARM, { periodInMinutes: 1 });
  });
  browser.notifications.onClicked.addListener((id) => {
    const target = threadOfNotification(id);
    if (target) void openThread(browser as never, target.accountId, target.threadId);
    void browser.notifications.clear(id);
  });
  // The badge text does not survive a browser restart; startup wakes the worker to set it again.
  browser.runtime.onStartup.addListener(() => void alerts.refresh());
  // An update may bring a new schema or new clock rules: recompute every stored clock.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    // A first install opens the welcome checklist; an update must not interrupt the user.
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    void refreshAllThreadClocks(db, clock()).then(() => alerts.refresh());
  });
  Dexie.on('storagemutated', (parts) => {
    if (!isRelevantChange(parts)) return;
    void alerts.refresh();
    changes.notify();
  });
  void alerts.refresh();
  return { db, alerts };
}
