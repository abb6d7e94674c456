import { browser } from 'wxt/browser';
import type { SubscribeChanges } from '../../components/client-context';
import { CHANGES_PORT, watchChanges, type PortLike } from './changes';
import { createClient } from './client';

/** The client every extension context uses to talk to the background. */
export const send = createClient((message) => browser.runtime.sendMessage(message));

/** Every context's feed of "the store changed" from the background. */
export const subscribeChanges: SubscribeChanges = (onChange) =>
  watchChanges(() => browser.runtime.connect({ name: CHANGES_PORT }) as unknown as PortLike, onChange);
