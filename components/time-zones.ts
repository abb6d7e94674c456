/** Every IANA zone the browser knows, for the settings' and the customer book's zone pickers. */
export const TIME_ZONES: readonly string[] =
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

/** The list, with a stored zone the browser does not list kept first so a save does not drop it. */
export const zoneChoices = (current: string): readonly string[] =>
  current === '' || TIME_ZONES.includes(current) ? TIME_ZONES : [current, ...TIME_ZONES];

/** "America/Los_Angeles" as a person reads it. */
export const zoneLabel = (zone: string): string => zone.replace(/_/g, ' ');
