// Dexie finds IndexedDB on globalThis; fake-indexeddb gives every test process its own.
import 'fake-indexeddb/auto';
