import { browser } from 'wxt/browser';
import { createClient } from './client';

/** The client every extension context uses to talk to the background. */
export const send = createClient((message) => browser.runtime.sendMessage(message));
