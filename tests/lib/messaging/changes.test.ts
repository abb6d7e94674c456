import { describe, expect, it, vi } from 'vitest';
import { CHANGES_PORT, changeBroadcaster, watchChanges, type PortLike } from '../../../lib/messaging/changes';

function fakePort(name = CHANGES_PORT) {
  const onMessage: ((m: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  const port: PortLike & { received: unknown[]; drop(): void; deliver(m: unknown): void } = {
    name,
    received: [],
    postMessage: (m) => void port.received.push(m),
    onMessage: { addListener: (cb) => void onMessage.push(cb) },
    onDisconnect: { addListener: (cb) => void onDisconnect.push(cb) },
    disconnect: vi.fn(),
    drop: () => onDisconnect.forEach((cb) => cb()),
    deliver: (m) => onMessage.forEach((cb) => cb(m)),
  };
  return port;
}

describe('live updates', () => {
  it('the background tells every open port once per burst of writes, and forgets closed ports', () => {
    vi.useFakeTimers();
    const listeners: ((p: PortLike) => void)[] = [];
    const changes = changeBroadcaster({ addListener: (cb) => void listeners.push(cb) });
    const [a, b, other] = [fakePort(), fakePort(), fakePort('somebody-else')];
    for (const p of [a, b, other]) listeners.forEach((cb) => cb(p));
    changes.notify();
    changes.notify();
    changes.notify();
    vi.advanceTimersByTime(300);
    expect([a.received, b.received, other.received]).toEqual([['changed'], ['changed'], []]);
    b.drop();
    changes.notify();
    vi.advanceTimersByTime(300);
    expect([a.received.length, b.received.length]).toEqual([2, 1]);
    vi.useRealTimers();
  });

  it('a page hears each change, and counts a reconnect after the worker stopped as one', () => {
    vi.useFakeTimers();
    const ports: ReturnType<typeof fakePort>[] = [];
    const onChange = vi.fn();
    const stop = watchChanges(() => {
      const p = fakePort();
      ports.push(p);
      return p;
    }, onChange);
    ports[0]!.deliver('changed');
    expect(onChange).toHaveBeenCalledTimes(1);
    ports[0]!.drop();
    vi.advanceTimersByTime(1000);
    expect(ports).toHaveLength(2);
    expect(onChange).toHaveBeenCalledTimes(2);
    stop();
    expect(ports[1]!.disconnect).toHaveBeenCalled();
    vi.useRealTimers();
  });

  it('stops quietly when the extension is gone', () => {
    const onChange = vi.fn();
    watchChanges(() => {
      throw new Error('Extension context invalidated.');
    }, onChange);
    expect(onChange).not.toHaveBeenCalled();
  });
});
