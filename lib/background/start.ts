import type { WxtBrowser } from 'wxt/browser';
import { openDatabase } from '../db/database';
import { createRouter, listen } from '../messaging/server';
import { systemClock } from '../schema-primitives';
import { createHandlers } from './handlers';

/** Everything the service worker does when it wakes: open the store, answer messages. */
export function startBackground(browser: WxtBrowser) {
  const db = openDatabase();
  const handlers = createHandlers({
    db,
    clock: systemClock,
    version: browser.runtime.getManifest().version,
  });
  listen(browser.runtime.onMessage as never, createRouter(handlers));
  return { db };
}
