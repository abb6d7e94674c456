// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { showReloadBanner } from '../../../components/sidebar/reload-banner';
import { isOrphanError, orphanAware } from '../../../lib/gmail/orphaned';
import type { Client } from '../../../lib/messaging/client';

describe('after the extension was updated under an open Gmail tab', () => {
  it('asks once to reload, and passes other errors through untouched', async () => {
    const onOrphaned = vi.fn();
    const failing = vi
      .fn()
      .mockRejectedValueOnce(new Error('Timeout'))
      .mockRejectedValue(new Error('Extension context invalidated.'));
    const send = orphanAware(failing as unknown as Client, onOrphaned);
    await expect(send('ping')).rejects.toThrow('Timeout');
    expect(onOrphaned).not.toHaveBeenCalled();
    await expect(send('ping')).rejects.toThrow(/invalidated/);
    await expect(send('ping')).rejects.toThrow(/invalidated/);
    expect(onOrphaned).toHaveBeenCalledTimes(1);
    expect(isOrphanError('Error: Extension context invalidated.')).toBe(true);
  });

  it('shows one reload bar with a Reload button', () => {
    showReloadBanner(document);
    showReloadBanner(document);
    const bars = document.querySelectorAll('.ft-reload[role="alert"]');
    expect(bars).toHaveLength(1);
    expect(bars[0]!.textContent).toMatch(/Follow-through was updated\. Reload Gmail.*Reload$/);
  });
});
