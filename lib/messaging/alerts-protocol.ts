/** Messages of the reply clock, follow-ups and alerts (issue 5). */
export const alertsProtocol = {} as const;
