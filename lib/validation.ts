import type { z } from 'zod';

/** `where: what` for each issue, e.g. `tables.customers[3].domains[0]: expected a domain`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(top level)';
}

export function describeIssues(issues: readonly z.core.$ZodIssue[], limit = 5): string {
  const shown = issues.slice(0, limit).map((i) => `${formatPath(i.path)}: ${i.message}`);
  if (issues.length > limit) shown.push(`and ${issues.length - limit} more`);
  return shown.join('; ');
}

type PlainIssue = Pick<z.core.$ZodIssue, 'code' | 'message'> & {
  maximum?: unknown;
  minimum?: unknown;
  origin?: string;
  format?: string;
  expected?: string;
  inclusive?: boolean;
};

const sentence = (text: string) => {
  const t = text.trim();
  return `${t.charAt(0).toUpperCase()}${t.slice(1)}${/[.!?]$/.test(t) ? '' : '.'}`;
};

/**
 * One validation issue in plain words, as a person would say it next to the field: "Use a
 * number no higher than 99." rather than zod's "Too big: expected number to be <=99". Our
 * own schema messages (e.g. "expected a domain, e.g. acme.com") are already words for
 * people; zod's built-in ones are rewritten here.
 */
export function plainMessage(issue: PlainIssue): string {
  const bound = (n: unknown) => (typeof n === 'bigint' || typeof n === 'number' ? Number(n) : NaN);
  switch (issue.code) {
    case 'too_big': {
      const max = bound(issue.maximum);
      if (issue.origin === 'number') return `Use a number no higher than ${issue.inclusive === false ? max - 1 : max}.`;
      if (issue.origin === 'string') return `Keep it to ${max} characters or fewer.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Keep it to ${max} or fewer.`;
      return 'This is too large.';
    }
    case 'too_small': {
      const min = bound(issue.minimum);
      if (issue.origin === 'number') {
        return issue.inclusive === false ? `Use a number above ${min}.` : `Use a number of at least ${min}.`;
      }
      if (issue.origin === 'string') return min <= 1 ? 'This cannot be empty.' : `Use at least ${min} characters.`;
      // Custom array minimums say what is needed ("keep at least one tier").
      return issue.message && !/^Too small/i.test(issue.message) ? sentence(issue.message) : 'Add at least one.';
    }
    case 'invalid_type':
      if (issue.expected === 'number') return 'Enter a number.';
      if (issue.expected === 'string') return 'Enter some text.';
      return 'This is missing or not the right kind of value.';
    case 'invalid_format':
      if (issue.format === 'date') return 'Pick a date, such as 2026-12-25.';
      if (issue.format === 'datetime') return 'Enter a date and time.';
      if (issue.format === 'email') return 'Enter an email address, such as dana@acme.com.';
      return /^Invalid/i.test(issue.message) ? 'This is not in the expected form.' : sentence(issue.message);
    case 'invalid_value':
      return 'Choose one of the offered options.';
    case 'unrecognized_keys':
      return 'This has fields Follow-through does not know.';
    default:
      return /^Invalid/i.test(issue.message) ? 'This value is not accepted.' : sentence(issue.message);
  }
}

/**
 * A problem in a stored or imported record (a backup), said plainly after its place
 * (`tables.followUps[0].due: not a valid date, e.g. 2026-12-25` rather than zod's "Invalid
 * ISO date"). Our own schema messages and zod's type messages pass through unchanged.
 */
export function recordProblem(issue: PlainIssue): string {
  // A schema's own message (e.g. "this file was written by a newer Follow-through") stays.
  if (!/^(Too big|Too small|Invalid)/.test(issue.message)) return issue.message;
  const bound = (n: unknown) => (typeof n === 'bigint' || typeof n === 'number' ? Number(n) : NaN);
  switch (issue.code) {
    case 'invalid_format':
      if (issue.format === 'date') return 'not a valid date, e.g. 2026-12-25';
      if (issue.format === 'datetime') return 'not a valid date and time, e.g. 2026-12-25T09:00:00.000Z';
      if (issue.format === 'email') return 'not an email address';
      return issue.message;
    case 'too_big':
      return issue.origin === 'number' ? `must be at most ${bound(issue.maximum)}` : issue.origin === 'string' ? `longer than ${bound(issue.maximum)} characters` : `more than ${bound(issue.maximum)} entries`;
    case 'too_small':
      return issue.origin === 'number' ? `must be at least ${bound(issue.minimum)}` : issue.origin === 'string' ? 'must not be empty' : issue.message;
    case 'invalid_value':
      return /^Invalid/.test(issue.message) ? 'not one of the values Follow-through knows' : issue.message;
    default:
      return issue.message;
  }
}
