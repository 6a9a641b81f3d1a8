/**
 * The one table of JSON Schema formats connspec knows values of: a realistic valid value (fixtures,
 * and the instances the semver backstop synthesises), valid values of another shape (they break a
 * pattern that pins one shape), and a value that is not one (invalid fixtures). Formats ajv-formats
 * checks, and a few it does not. Which formats a language's models check is that language's own fact.
 */
export interface FormatSamples {
  readonly valid: string;
  readonly otherShapes?: readonly string[];
  readonly invalid?: string;
}

export const FORMAT_SAMPLES: Readonly<Record<string, FormatSamples>> = {
  uri: { valid: 'https://example.com/connspec', otherShapes: ['urn:connspec:other', 'ftp://other.example.org/x'], invalid: 'not a uri' },
  'uri-reference': { valid: '/connspec/resource', invalid: '\\\\not a reference' },
  iri: { valid: 'https://example.com/connspec' },
  'iri-reference': { valid: '/connspec/resource' },
  'uri-template': { valid: 'https://example.com/connspec/{id}' },
  url: { valid: 'https://example.com/connspec' },
  email: { valid: 'connspec@example.com', otherShapes: ['other.name+tag@sub.example.org'], invalid: 'not-an-email' },
  'idn-email': { valid: 'connspec@example.com' },
  hostname: { valid: 'db.example.com', invalid: '-not_a_host-' },
  'idn-hostname': { valid: 'db.example.com' },
  ipv4: { valid: '192.0.2.10', invalid: '999.1.1.1' },
  ipv6: { valid: '2001:db8::10', invalid: 'not-an-ipv6' },
  'date-time': { valid: '2024-01-15T10:30:00Z', otherShapes: ['2024-01-15T10:30:00+02:00', '2024-01-15T10:30:00.123456Z', '2024-01-15 10:30:00Z'], invalid: 'not-a-date-time' },
  date: { valid: '2024-01-15', invalid: '2024-13-45' },
  time: { valid: '10:30:00Z', otherShapes: ['10:30:00+02:00', '10:30:00.123Z'], invalid: '25:61:00' },
  duration: { valid: 'P1DT2H' },
  uuid: { valid: '3f2b8c1e-9d4a-4e6b-8f0a-2c5d7e9b1a34', invalid: 'not-a-uuid' },
  regex: { valid: '^connspec_.*$', invalid: '(unclosed' },
  'json-pointer': { valid: '/connspec/0', invalid: 'no-leading-slash' },
  'relative-json-pointer': { valid: '1/connspec' },
  byte: { valid: 'Y29ubnNwZWM=' },
  int32: { valid: '42' },
  int64: { valid: '42' },
  float: { valid: '1.5' },
  double: { valid: '1.5' },
};

/** The samples of a format, if the table has it (`Object.hasOwn`: a format named `constructor` has none). */
export function formatSamples(format: string | undefined): FormatSamples | undefined {
  return format !== undefined && Object.hasOwn(FORMAT_SAMPLES, format) ? FORMAT_SAMPLES[format] : undefined;
}
