/**
 * Nothing leaves the machine. Even with `eventTracking: false` and `globalErrorLogging: false`,
 * InboxSDK posts its "sdkPassive" events (to api.inboxsdk.com for a token, then to
 * pubsub.googleapis.com) and its internal errors (api.inboxsdk.com/api/v2/errors). It sends
 * them with XMLHttpRequest from the content script's isolated world, so the guard lives there:
 * before InboxSDK loads, XMLHttpRequest, fetch and sendBeacon of that world refuse every host
 * but Gmail's own. Gmail's page world is a different set of globals and is not touched.
 *
 * A refused XMLHttpRequest fails locally with status 490, InboxSDK's own "stop connecting"
 * signal: it then leaves that server alone for the rest of the page's life instead of retrying.
 *
 * Why not declarativeNetRequest: blocking api.inboxsdk.com needs either the
 * "declarativeNetRequest" permission (a "block content on any page" install warning) or host
 * permission for InboxSDK's hosts, and Follow-through asks for neither.
 */
export const REFUSED_STATUS = 490;
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
  const proto = world.XMLHttpRequest.prototype;
  const { open, send, setRequestHeader } = proto;
  const refusedRequests = new WeakSet<XMLHttpRequest>();
  proto.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    const url = args[1] as string | URL;
    if (isAllowedRequest(url, world.location.href)) return (open as (...a: unknown[]) => void).apply(this, args);
    refuse(url);
    refusedRequests.add(this);
  } as XMLHttpRequest['open'];
  proto.setRequestHeader = function (this: XMLHttpRequest, name: string, value: string) {
    if (!refusedRequests.has(this)) setRequestHeader.call(this, name, value);
  };
  proto.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
    if (!refusedRequests.has(this)) return send.call(this, body);
    Object.defineProperty(this, 'status', { value: REFUSED_STATUS });
    Object.defineProperty(this, 'readyState', { value: 4 });
    setTimeout(() => this.dispatchEvent(new Event('error')), 0);
  };
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
