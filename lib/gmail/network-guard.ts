/**
 * Nothing leaves the machine. Even with `eventTracking: false` and `globalErrorLogging: false`,
 * InboxSDK posts its "sdkPassive" events (to api.inboxsdk.com for a token, then to
 * pubsub.googleapis.com) and its internal errors (api.inboxsdk.com/api/v2/errors). It sends
 * them with XMLHttpRequest from the content script's isolated world, so the guard lives there:
 * before InboxSDK loads, XMLHttpRequest, fetch and sendBeacon of that world refuse every host
 * but Gmail's own. Gmail's page world is a different set of globals and is not touched.
 *
 * Why not declarativeNetRequest: blocking api.inboxsdk.com needs either the
 * "declarativeNetRequest" permission (a "block content on any page" install warning) or host
 * permission for InboxSDK's hosts, and Follow-through asks for neither.
 */
export const ALLOWED_ORIGIN = 'https://mail.google.com';

export function isAllowedRequest(url: string | URL, base: string): boolean {
  try {
    return new URL(String(url), base).origin === ALLOWED_ORIGIN;
  } catch {
    return false;
  }
}

interface GuardedWorld {
  XMLHttpRequest: typeof XMLHttpRequest;
  fetch: typeof fetch;
  navigator: Pick<Navigator, 'sendBeacon'>;
  location: Pick<Location, 'href'>;
}

export function installNetworkGuard(world: GuardedWorld, log: Pick<Console, 'info'>): void {
  const refused = new Set<string>();
  const refuse = (url: string | URL): Error => {
    const host = safeHost(url, world.location.href);
    if (!refused.has(host)) {
      refused.add(host);
      log.info(`Follow-through blocked a request to ${host}: nothing leaves this computer.`);
    }
    return new Error(`Follow-through blocks requests to ${host}`);
  };
  const open = world.XMLHttpRequest.prototype.open;
  world.XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    const url = args[1] as string | URL;
    if (!isAllowedRequest(url, world.location.href)) throw refuse(url);
    return (open as (...a: unknown[]) => void).apply(this, args);
  } as XMLHttpRequest['open'];
  const fetchFn = world.fetch;
  world.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : input;
    if (!isAllowedRequest(url, world.location.href)) return Promise.reject(refuse(url));
    return fetchFn.call(undefined, input, init);
  }) as typeof fetch;
  const beacon = world.navigator.sendBeacon?.bind(world.navigator);
  if (beacon) {
    world.navigator.sendBeacon = (url: string | URL, data?: BodyInit | null) =>
      isAllowedRequest(url, world.location.href) ? beacon(url, data) : (refuse(url), false);
  }
}

function safeHost(url: string | URL, base: string): string {
  try {
    return new URL(String(url), base).host;
  } catch {
    return String(url).slice(0, 80);
  }
}
