import { defineContentScript } from 'wxt/utils/define-content-script';
import { sentNoticeShower, sidebarMounter } from '../components/sidebar/mount';
import { showReloadBanner } from '../components/sidebar/reload-banner';
import { fakeGmail, readFixture } from '../lib/gmail/fake-gmail';
import { loadInboxSdk } from '../lib/gmail/inboxsdk';
import { installNetworkGuard } from '../lib/gmail/network-guard';
import { orphanAware } from '../lib/gmail/orphaned';
import { isPopOutWindow, startGmail } from '../lib/gmail/start';
import { send as runtimeSend, subscribeChanges } from '../lib/messaging/runtime-client';
import '../components/sidebar/sidebar.css';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_end',
  main() {
    installNetworkGuard(window, console);
    // e2e builds only: a stub page with a fixture gets the fake Gmail layer instead of InboxSDK.
    const fixture = import.meta.env.MODE === 'e2e' ? readFixture(document) : null;
    const send = orphanAware(runtimeSend, () => showReloadBanner());
    void startGmail({
      appId: import.meta.env.WXT_INBOXSDK_APP_ID,
      load: fixture ? fakeGmail(document, fixture) : loadInboxSdk,
      loadTimeoutMs: fixture?.loadTimeoutMs,
      send,
      changes: subscribeChanges,
      log: console,
      mountSidebar: sidebarMounter(send, subscribeChanges),
      showSentNotice: sentNoticeShower(send),
      clock: () => new Date(),
      isPopOut: isPopOutWindow(location),
    });
  },
});
