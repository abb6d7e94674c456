// InboxSDK's MV3 build asks the background to inject pageWorld.js into Gmail's page.
import '@inboxsdk/core/background';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../lib/background/start';
import { writeStepsOnly } from '../lib/background/fault-hooks';

export default defineBackground(() => {
  const app = startBackground(browser);
  // The browser benchmarks drive the store and the alerts directly; only test builds expose them.
  if (import.meta.env.MODE === 'e2e') {
    Object.assign(globalThis, { followThrough: { ...app, steps: writeStepsOnly(app.db, () => new Date()) } });
  }
});
