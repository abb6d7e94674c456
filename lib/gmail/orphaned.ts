/**
 * After the extension is updated or reloaded, the content script already running in an open
 * Gmail tab loses its connection for good: every message fails with "Extension context
 * invalidated". Rather than fail silently, the tab asks once to be reloaded.
 */
import type { Client } from '../messaging/client';

export function isOrphanError(err: unknown): boolean {
  return /extension context invalidated/i.test(err instanceof Error ? err.message : String(err));
}

export function orphanAware(send: Client, onOrphaned: () => void): Client {
  let told = false;
  return (async (...args: Parameters<Client>) => {
    try {
      return await (send as (...a: Parameters<Client>) => Promise<unknown>)(...args);
    } catch (err) {
      if (isOrphanError(err) && !told) {
        told = true;
        onOrphaned();
      }
      throw err;
    }
  }) as Client;
}
