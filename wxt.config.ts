import { createRequire } from 'node:module';
import { defineConfig } from 'wxt';

const require = createRequire(import.meta.url);

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports everywhere: lib/ must run in plain Node tests without WXT's globals.
  imports: false,
  manifest: {
    name: 'Follow-through',
    description: 'Reply clocks, commitments and follow-ups for account managers in Gmail. Everything stays on this computer.',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'scripting'],
    host_permissions: ['https://mail.google.com/'],
  },
  hooks: {
    // InboxSDK's MV3 build injects pageWorld.js from the extension root through chrome.scripting.
    'build:publicAssets': (_wxt, files) => {
      files.push({
        absoluteSrc: require.resolve('@inboxsdk/core/pageWorld.js'),
        relativeDest: 'pageWorld.js',
      });
    },
  },
});
