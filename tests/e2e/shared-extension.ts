import { afterAll, beforeAll } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';

/** One browser with the extension for the whole test file, closed after it. */
export function sharedExtension(): { readonly session: ExtensionSession } {
  const holder = {} as { session: ExtensionSession };
  beforeAll(async () => {
    holder.session = await launchExtension();
  });
  afterAll(async () => {
    await holder.session?.close();
  });
  return holder;
}
