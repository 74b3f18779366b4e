/**
 * Test harness: the W3C Web Annotation Working Group's MUST assertions (JSON Schema draft-04, copied to
 * tests/fixtures/w3c with their licence) run with ajv-draft-04, as the WPT annotation-model tests do.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';

export const W3C_DIR = join(__dirname, '../../fixtures/w3c');

/** RFC 3986 URI: scheme, allowed characters only, valid escapes, one `#`, brackets only in the authority. */
function isUri(s: string): boolean {
  const m = /^[a-z][a-z\d+.-]*:(\/\/[^/?#]*)?([^#]*)(#.*)?$/i.exec(s);
  if (!m) return false;
  const [, authority = '', rest = '', fragment = ''] = m;
  const chars = /^[A-Za-z\d\-._~:/?@!$&'()*+,;=%]*$/;
  const authorityChars = /^[A-Za-z\d\-._~:/?@!$&'()*+,;=%[\]]*$/;
  const escapes = /%(?![\da-f]{2})/i;
  return (
    authorityChars.test(authority) && chars.test(rest) && chars.test(fragment.slice(1)) && !escapes.test(s)
  );
}
/** RFC 3339 date-time. */
const DATE_TIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i;

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function makeAjv(): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: false });
  ajv.addFormat('uri', isUri);
  ajv.addFormat('date-time', (s: string) => DATE_TIME.test(s));
  for (const file of readdirSync(join(W3C_DIR, 'definitions'))) {
    ajv.addSchema(readJson(join(W3C_DIR, 'definitions', file)) as object);
  }
  return ajv;
}

export interface Assertion {
  file: string;
  title: string;
  expectValid: boolean;
  validate: (data: unknown) => boolean;
}

/** The assertions a `.test` file lists (e.g. `annotations/annotationMusts.test`). */
export function loadAssertions(testFile: string): Assertion[] {
  const ajv = makeAjv();
  const list = (readJson(join(W3C_DIR, testFile)) as { assertions: string[] }).assertions;
  return list.map((file) => {
    const schema = readJson(join(W3C_DIR, file)) as { title: string; expectedResult: string; id: string };
    const validate = ajv.getSchema(schema.id) ?? ajv.compile(schema);
    return {
      file,
      title: schema.title,
      expectValid: schema.expectedResult === 'valid',
      validate: (d) => validate(d) === true,
    };
  });
}

/** Files of the assertions `data` fails (empty when it meets every one). */
export function failedAssertions(assertions: Assertion[], data: unknown): string[] {
  return assertions.filter((a) => a.validate(data) !== a.expectValid).map((a) => a.file);
}

/** A sample file's JSON; the WG's samples carry trailing commas, which are removed first. */
export function readSample(path: string): unknown {
  const text = readFileSync(join(W3C_DIR, path), 'utf8').replace(/,(\s*[}\]])/g, '$1');
  return JSON.parse(text);
}
