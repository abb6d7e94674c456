import type { Handlers } from '../messaging/server';
import type { customersProtocol } from '../messaging/customers-protocol';
import type { BackgroundDeps } from './handlers';

export function createCustomerHandlers(_deps: BackgroundDeps): Pick<Handlers, keyof typeof customersProtocol> {
  return {};
}
