import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { sidebarMounter } from '../components/sidebar/mount';
import { loadInboxSdk } from '../lib/gmail/inboxsdk';
import { startGmail } from '../lib/gmail/start';
import { send } from '../lib/messaging/runtime-client';
import '../components/sidebar/sidebar.css';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_end',
  main() {
    void startGmail({
      appId: import.meta.env.WXT_INBOXSDK_APP_ID,
      load: loadInboxSdk,
      send,
      log: console,
      mountSidebar: sidebarMounter(send, browser.runtime.getURL('/icon/128.png')),
      clock: () => new Date(),
    });
  },
});
