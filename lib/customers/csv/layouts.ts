/**
 * Column layouts of the CRM exports users bring, and the auto-detected mapping from the
 * import's fields to the file's columns (which the options page lets the user edit).
 * Header names follow the exports' English UI labels; comparison ignores case, spacing
 * and underscores. docs/import.md lists every layout.
 */
import { z } from 'zod';

export const IMPORT_FIELDS = [
  'company',
  'tier',
  'domains',
  'website',
  'notes',
  'contactName',
  'contactFirstName',
  'contactLastName',
  'contactEmail',
  'contactRole',
  'timeZone',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const FIELD_LABELS: Readonly<Record<ImportField, string>> = {
  company: 'Company name',
  tier: 'Tier',
  domains: 'Domains or website',
  website: 'Website (when a row has no domain)',
  notes: 'Notes',
  contactName: 'Contact full name',
  contactFirstName: 'Contact first name',
  contactLastName: 'Contact last name',
  contactEmail: 'Contact email',
  contactRole: 'Contact role or job title',
  timeZone: 'Time zone (e.g. Europe/Berlin)',
};

export const LAYOUT_IDS = [
  'template',
  'hubspot-companies',
  'hubspot-contacts',
  'salesforce-accounts',
  'salesforce-contacts',
  'google-contacts',
  'google-contacts-legacy',
  'custom',
] as const;
export type LayoutId = (typeof LAYOUT_IDS)[number];

/** The columns every file of the project's template has: one row per contact, company columns repeated. */
const TEMPLATE_SIGNATURE = ['company', 'tier', 'domains', 'contact_name', 'contact_email', 'contact_role', 'notes'] as const;
/** The template as exported today: the customer's time zone came later, so a file may lack it. */
export const TEMPLATE_COLUMNS = [...TEMPLATE_SIGNATURE, 'time_zone'] as const;

export interface Layout {
  id: Exclude<LayoutId, 'custom'>;
  label: string;
  /** Headers every export of this kind has with its default columns; they decide detection. */
  signature: readonly string[];
  /** Per field, the header names to look for, best first. */
  fields: Readonly<Partial<Record<ImportField, readonly string[]>>>;
}

export const LAYOUTS: readonly Layout[] = [
  {
    id: 'template',
    label: 'Follow-through template',
    signature: TEMPLATE_SIGNATURE,
    fields: {
      company: ['company'],
      tier: ['tier'],
      domains: ['domains'],
      contactName: ['contact_name'],
      contactEmail: ['contact_email'],
      contactRole: ['contact_role'],
      notes: ['notes'],
      timeZone: ['time_zone'],
    },
  },
  {
    id: 'hubspot-companies',
    label: 'HubSpot companies export',
    signature: ['Record ID', 'Company name', 'Company Domain Name', 'Company owner', 'Create Date', 'Lifecycle Stage'],
    fields: {
      company: ['Company name', 'Name'],
      domains: ['Company Domain Name'],
      website: ['Website URL'],
      tier: ['Tier', 'Company tier', 'Ideal Customer Profile Tier'],
      notes: ['Notes'],
    },
  },
  {
    id: 'hubspot-contacts',
    label: 'HubSpot contacts export',
    signature: ['Record ID', 'First Name', 'Last Name', 'Email', 'Contact owner', 'Company Name', 'Job Title', 'Lifecycle Stage'],
    fields: {
      company: ['Company Name', 'Associated Company'],
      contactFirstName: ['First Name'],
      contactLastName: ['Last Name'],
      contactEmail: ['Email'],
      contactRole: ['Job Title'],
      domains: ['Company Domain Name'],
      website: ['Website URL'],
    },
  },
  {
    id: 'salesforce-accounts',
    label: 'Salesforce account report',
    signature: ['Account Name', 'Account Owner', 'Type', 'Website', 'Industry', 'Phone', 'Billing State/Province'],
    fields: {
      company: ['Account Name'],
      domains: ['Website'],
      tier: ['Tier', 'Account Tier', 'Customer Tier'],
      notes: ['Notes'],
    },
  },
  {
    id: 'salesforce-contacts',
    label: 'Salesforce contact report',
    signature: ['First Name', 'Last Name', 'Title', 'Account Name', 'Email', 'Contact Owner', 'Phone', 'Mailing City'],
    fields: {
      company: ['Account Name'],
      contactFirstName: ['First Name'],
      contactLastName: ['Last Name'],
      contactEmail: ['Email'],
      contactRole: ['Title'],
      domains: ['Website', 'Account: Website'],
    },
  },
  {
    id: 'google-contacts',
    label: 'Google Contacts (Google CSV)',
    signature: [
      'First Name',
      'Middle Name',
      'Last Name',
      'Organization Name',
      'Organization Title',
      'E-mail 1 - Label',
      'E-mail 1 - Value',
      'Labels',
    ],
    fields: {
      contactFirstName: ['First Name'],
      contactLastName: ['Last Name'],
      company: ['Organization Name'],
      contactRole: ['Organization Title'],
      contactEmail: ['E-mail 1 - Value'],
    },
  },
  {
    id: 'google-contacts-legacy',
    label: 'Google Contacts (older Google CSV)',
    signature: [
      'Name',
      'Given Name',
      'Family Name',
      'Group Membership',
      'E-mail 1 - Type',
      'E-mail 1 - Value',
      'Organization 1 - Name',
      'Organization 1 - Title',
    ],
    fields: {
      contactName: ['Name'],
      contactFirstName: ['Given Name'],
      contactLastName: ['Family Name'],
      company: ['Organization 1 - Name'],
      contactRole: ['Organization 1 - Title'],
      contactEmail: ['E-mail 1 - Value'],
    },
  },
];

/** For files of no known layout (a hand-made spreadsheet): common header names. */
const GENERIC_FIELDS: Readonly<Record<ImportField, readonly string[]>> = {
  company: ['company', 'company name', 'organization', 'organisation', 'organization name', 'account',
    'account name', 'customer', 'customer name', 'client', 'business name'],
  domains: ['domains', 'domain', 'company domain name', 'company domain', 'website', 'website url', 'web site',
    'url', 'web'],
  // Taken only when a file has a domain column too (the domain column is assigned first).
  website: ['website', 'website url', 'web site', 'url', 'web', 'homepage'],
  tier: ['tier', 'customer tier', 'account tier', 'company tier'],
  notes: ['notes', 'note', 'comments', 'comment'],
  contactName: ['contact name', 'name', 'full name', 'contact', 'person'],
  contactFirstName: ['first name', 'firstname', 'given name', 'first'],
  contactLastName: ['last name', 'lastname', 'surname', 'family name', 'last'],
  contactEmail: ['contact email', 'email', 'e-mail', 'email address', 'e-mail address', 'mail', 'work email',
    'e-mail 1 - value', 'email 1'],
  contactRole: ['contact role', 'role', 'job title', 'title', 'position', 'job'],
  timeZone: ['time zone', 'timezone', 'tz'],
};

export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/^["']|["']$/g, '')
    .replace(/[_\s]+/g, ' ')
    .trim()
    .toLowerCase();
}

const columnIndex = z.number().int().min(0).max(10_000);

/** The editable mapping: field → zero-based column index; an absent field is not imported. */
export const columnMappingSchema = z.object({
  layout: z.enum(LAYOUT_IDS),
  columns: z.object({
    company: columnIndex.optional(),
    tier: columnIndex.optional(),
    domains: columnIndex.optional(),
    website: columnIndex.optional(),
    notes: columnIndex.optional(),
    contactName: columnIndex.optional(),
    contactFirstName: columnIndex.optional(),
    contactLastName: columnIndex.optional(),
    contactEmail: columnIndex.optional(),
    contactRole: columnIndex.optional(),
    timeZone: columnIndex.optional(),
  }),
});
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

export interface LayoutDetection {
  layout: LayoutId;
  label: string;
  /** Share of the layout's signature headers present, 0..1 (1 for a perfect match). */
  confidence: number;
  mapping: ColumnMapping;
  /** Every layout's score, best first, for a "not what you expected?" hint. */
  scores: { layout: Exclude<LayoutId, 'custom'>; score: number }[];
}

/** Below this share of signature headers the file is treated as a custom spreadsheet. */
const DETECTION_THRESHOLD = 0.6;

function mapColumns(
  headerIndex: ReadonlyMap<string, number>,
  preferred: Readonly<Partial<Record<ImportField, readonly string[]>>>,
): ColumnMapping['columns'] {
  const columns: ColumnMapping['columns'] = {};
  const used = new Set<number>();
  const assign = (field: ImportField, names: readonly string[] | undefined): void => {
    if (columns[field] !== undefined || names === undefined) return;
    for (const name of names) {
      const index = headerIndex.get(normaliseHeader(name));
      if (index !== undefined && !used.has(index)) {
        columns[field] = index;
        used.add(index);
        return;
      }
    }
  };
  // Layout-specific names first for every field, so a generic alias (say 'name') never
  // takes a column that the layout assigns to another field.
  for (const field of IMPORT_FIELDS) assign(field, preferred[field]);
  for (const field of IMPORT_FIELDS) assign(field, GENERIC_FIELDS[field]);
  // A full-name column next to first/last columns would import the name twice.
  if (columns.contactFirstName !== undefined && columns.contactName !== undefined && preferred.contactName === undefined) {
    delete columns.contactName;
  }
  return columns;
}

export function detectLayout(header: readonly string[]): LayoutDetection {
  const headerIndex = new Map<string, number>();
  header.forEach((h, i) => {
    const key = normaliseHeader(h);
    if (key !== '' && !headerIndex.has(key)) headerIndex.set(key, i);
  });
  const scores = LAYOUTS.map((layout) => {
    const hits = layout.signature.filter((name) => headerIndex.has(normaliseHeader(name))).length;
    return { layout: layout.id, score: hits / layout.signature.length };
  }).sort((a, b) => b.score - a.score);
  const best = scores[0];
  const layout = best !== undefined && best.score >= DETECTION_THRESHOLD
    ? LAYOUTS.find((l) => l.id === best.layout)
    : undefined;
  if (layout === undefined) {
    return {
      layout: 'custom',
      label: 'Custom spreadsheet',
      confidence: 0,
      mapping: { layout: 'custom', columns: mapColumns(headerIndex, {}) },
      scores,
    };
  }
  return {
    layout: layout.id,
    label: layout.label,
    confidence: best!.score,
    mapping: { layout: layout.id, columns: mapColumns(headerIndex, layout.fields) },
    scores,
  };
}

export interface MappingProblem {
  field: ImportField | null;
  message: string;
}

/** Checks an edited mapping against the file's header before a dry run. */
export function validateMapping(raw: unknown, headerLength: number): { ok: true; mapping: ColumnMapping } | { ok: false; problems: MappingProblem[] } {
  const parsed = columnMappingSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        field: (IMPORT_FIELDS as readonly unknown[]).includes(issue.path[1]) ? (issue.path[1] as ImportField) : null,
        message: issue.message,
      })),
    };
  }
  const problems: MappingProblem[] = [];
  const { columns } = parsed.data;
  for (const field of IMPORT_FIELDS) {
    const index = columns[field];
    if (index !== undefined && index >= headerLength) {
      problems.push({ field, message: `${FIELD_LABELS[field]} points at column ${index + 1}, but the file has ${headerLength} columns` });
    }
  }
  if (columns.company === undefined && columns.domains === undefined && columns.contactEmail === undefined) {
    problems.push({
      field: null,
      message: 'Choose a column for at least one of: company name, domains or website, contact email',
    });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, mapping: parsed.data };
}
