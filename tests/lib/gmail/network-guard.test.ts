// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { installNetworkGuard, isAllowedRequest, REFUSED_STATUS } from '../../../lib/gmail/network-guard';

describe('the network guard of the Gmail tab', () => {
  it.each([
    ['https://mail.google.com/sync/u/0/i/s', true],
    ['/mail/u/0/?ui=2', true],
    ['https://api.inboxsdk.com/api/v2/errors', false],
    ['https://pubsub.googleapis.com/v1/projects/mailfoogae/topics/events:publish?key=x', false],
    ['https://mail.google.com.evil.example/x', false],
    ['http://mail.google.com/x', false],
  ])('%s allowed: %s', (url, allowed) => {
    expect(isAllowedRequest(url, 'https://mail.google.com/mail/u/0/')).toBe(allowed);
  });

  it('fails refused XMLHttpRequests locally with InboxSDK’s stop signal, fetch and beacons too, and says so once per host', async () => {
    const realSend = vi.fn();
    class FakeXhr extends EventTarget {
      status = 0;
      onerror: ((e: Event) => void) | null = null;
      open() {}
      setRequestHeader() {}
      send(body?: unknown) {
        realSend(body);
      }
    }
    const realFetch = vi.fn().mockResolvedValue('ok');
    const beacon = vi.fn().mockReturnValue(true);
    const world = {
      XMLHttpRequest: FakeXhr as unknown as typeof XMLHttpRequest,
      fetch: realFetch as unknown as typeof fetch,
      navigator: { sendBeacon: beacon },
      location: { href: 'https://mail.google.com/mail/u/0/' },
    };
    const log = { info: vi.fn() };
    installNetworkGuard(world, log);

    const xhr = new world.XMLHttpRequest();
    const failed = new Promise<number>((resolve) => xhr.addEventListener('error', () => resolve(xhr.status)));
    xhr.open('POST', 'https://api.inboxsdk.com/api/v2/errors');
    xhr.setRequestHeader('Content-Type', 'application/json');
    xhr.send('{}');
    expect(await failed).toBe(REFUSED_STATUS);
    expect(realSend).not.toHaveBeenCalled();

    const allowed = new world.XMLHttpRequest();
    allowed.open('GET', '/sync/u/0/i/s');
    allowed.send();
    expect(realSend).toHaveBeenCalledTimes(1);

    await expect(world.fetch('https://api.inboxsdk.com/api/v2/events/oauth')).rejects.toThrow(/blocks requests to api\.inboxsdk\.com/);
    expect(await world.fetch('https://mail.google.com/mail/u/0/')).toBe('ok');
    expect(world.navigator.sendBeacon('https://pubsub.googleapis.com/v1/x', 'e')).toBe(false);
    expect(beacon).not.toHaveBeenCalled();
    expect(log.info.mock.calls.map((c) => String(c[0]))).toEqual([
      'Follow-through blocked a request to api.inboxsdk.com: nothing leaves this computer.',
      'Follow-through blocked a request to pubsub.googleapis.com: nothing leaves this computer.',
    ]);
  });
});
