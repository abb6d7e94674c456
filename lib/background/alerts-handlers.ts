import type { Handlers } from '../messaging/server';
import type { alertsProtocol } from '../messaging/alerts-protocol';
import type { BackgroundDeps } from './handlers';

export function createAlertHandlers(_deps: BackgroundDeps): Pick<Handlers, keyof typeof alertsProtocol> {
  return {};
}
