import { formatAgo } from '../lib/format';
import { useRequest } from './client-context';

/** "Connected to Gmail as … · seen 2 min ago", or the problem the Gmail tab reported. */
export function IntegrationStatus({ clock = () => new Date() }: { clock?: () => Date }) {
  const [status] = useRequest('integration.status', {});
  if (status.status !== 'ready') return null;
  const s = status.data;
  if (s.state === 'never') return null;
  return (
    <p className={`integration integration--${s.state}`} data-testid="integration-status">
      {s.state === 'connected'
        ? `Connected to Gmail as ${s.accountId} · seen ${formatAgo(s.at, clock())}`
        : `Gmail integration unavailable: ${s.reason}`}
    </p>
  );
}
