/** "45 min", "2 h 15 min", "3 h": business time as people say it. */
export function formatMinutes(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  const h = Math.floor(m / 60);
  const rest = m % 60;
  if (h === 0) return `${rest} min`;
  return rest ? `${h} h ${rest} min` : `${h} h`;
}

/** An account address as a safe piece of a file name. */
export function fileSafe(accountId: string): string {
  return accountId.replace(/[^a-z0-9.@_-]/gi, '_');
}
