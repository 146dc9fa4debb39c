/**
 * The JSON Schemas of schemas/ (one per versioned document: kam/result@1, kam/session@1, …),
 * compiled once per test file with ajv (draft 2020-12), and the checks the other helpers call on
 * every JSON document kam writes in the suite.
 *
 * The published schemas accept properties they do not list (METHOD.md: fields may be added).
 * The suite validates against a *closed* copy instead: every object the schemas describe gets
 * `unevaluatedProperties: false`, so a field kam writes that no schema lists fails a test — a
 * shape change needs a schema change.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';

export const SCHEMA_DIR = resolve(import.meta.dirname, '../../schemas');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type SchemaNode = { [key: string]: Json };

export interface SchemaFile {
  /** The file name in schemas/, e.g. result-1.json. */
  file: string;
  /** The document it describes, e.g. kam/result@1 (its `schema` const). */
  document: string;
  schema: SchemaNode;
}

/** Every schema of schemas/, read from disk. */
export function schemaFiles(): SchemaFile[] {
  return readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const schema = JSON.parse(readFileSync(join(SCHEMA_DIR, file), 'utf8')) as SchemaNode;
      const props = schema.properties as SchemaNode | undefined;
      const document = (props?.schema as SchemaNode | undefined)?.const;
      if (typeof document !== 'string') throw new Error(`schemas/${file} has no properties.schema.const naming its document`);
      return { file, document, schema };
    });
}

/** Keywords whose value is a schema, a list of schemas, or a map of schemas (draft 2020-12). */
const ONE = ['items', 'additionalProperties', 'unevaluatedProperties', 'unevaluatedItems', 'propertyNames'];
const MANY = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const MAP = ['properties', 'patternProperties', '$defs', 'dependentSchemas'];
// `contains`, `not`, `if`, `then` and `else` constrain a document described elsewhere: closing
// them would refuse the properties the enclosing schema lists.

/** A copy of the schema in which every described object refuses properties it does not list. */
export function closedSchema(node: Json): Json {
  if (Array.isArray(node) || node === null || typeof node !== 'object') return node;
  const out: SchemaNode = { ...node };
  for (const k of ONE) if (k in out) out[k] = closedSchema(out[k]);
  for (const k of MANY) if (Array.isArray(out[k])) out[k] = (out[k] as Json[]).map(closedSchema);
  for (const k of MAP) {
    const m = out[k];
    if (m !== null && typeof m === 'object' && !Array.isArray(m)) out[k] = Object.fromEntries(Object.entries(m).map(([name, s]) => [name, closedSchema(s)]));
  }
  const open = !('additionalProperties' in out) && !('unevaluatedProperties' in out) && !('patternProperties' in out);
  if (out.type === 'object' && 'properties' in out && open) out.unevaluatedProperties = false;
  return out;
}

/**
 * An ajv instance with every schema added (compiled when first asked for, with the schemas it
 * refers to), in ajv's strictest mode: a schema ajv would warn about fails.
 */
export function schemaValidator(opts: { closed: boolean }): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  formats.default(ajv);
  for (const s of schemaFiles()) ajv.addSchema((opts.closed ? closedSchema(s.schema) : s.schema) as object);
  return ajv;
}

let closed: { ajv: Ajv2020; ids: Map<string, string>; compiled: Map<string, ValidateFunction> } | undefined;

/** The closed validator of a document (kam/result@1 → its validator), compiled on first use in each test file; undefined without a schema. */
function validatorOf(document: string): ValidateFunction | undefined {
  closed ??= { ajv: schemaValidator({ closed: true }), ids: new Map(schemaFiles().map((s) => [s.document, s.schema.$id as string])), compiled: new Map() };
  const id = closed.ids.get(document);
  if (id === undefined) return undefined;
  let v = closed.compiled.get(document);
  if (!v) closed.compiled.set(document, (v = closed.ajv.getSchema(id)!));
  return v;
}

export function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .slice(0, 8)
    .map((e) => `  ${e.instancePath || '/'} ${e.message ?? ''}${e.params && Object.keys(e.params).length > 0 ? ` ${JSON.stringify(e.params)}` : ''}`)
    .join('\n');
}

/**
 * Validates a parsed kam document against the closed schema its `schema` field names; throws
 * (failing the test) naming `where` and the first errors. Returns the document's schema name.
 */
export function assertKamDocument(doc: unknown, where: string): string {
  const name = (doc as { schema?: unknown } | null)?.schema;
  if (typeof name !== 'string') throw new Error(`${where}: not a kam document (no "schema" field)`);
  const validate = validatorOf(name);
  if (!validate) throw new Error(`${where}: kam wrote a ${name} document, and schemas/ has no schema for it`);
  if (!validate(doc)) throw new Error(`${where}: the ${name} document does not match schemas/:\n${describeErrors(validate.errors)}`);
  return name;
}

/**
 * Validates `text` when it is a kam JSON document (a JSON object whose "schema" is kam/…);
 * returns its schema name, or null when the text is something else (a table, CSV, Markdown).
 */
export function checkKamText(text: string, where: string): string | null {
  if (!text.trimStart().startsWith('{')) return null;
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new Error(`${where}: kam wrote text that starts like JSON but is not valid JSON (${(e as Error).message})`);
  }
  const name = (doc as { schema?: unknown } | null)?.schema;
  if (typeof name !== 'string' || !name.startsWith('kam/')) return null;
  return assertKamDocument(doc, where);
}

/** The file a flag names: `-o FILE`, `--output FILE`, `--output=FILE`, `--save-result FILE`. */
const OUTPUT_FLAGS = ['-o', '--output', '--save-result'];

function outputFiles(args: readonly string[]): string[] {
  const files: string[] = [];
  args.forEach((a, i) => {
    if (OUTPUT_FLAGS.includes(a) && i + 1 < args.length) files.push(args[i + 1]);
    const eq = /^(--output|--save-result)=(.+)$/.exec(a);
    if (eq) files.push(eq[2]);
  });
  return files.filter((f) => f !== '-');
}

/**
 * Validates what one kam run wrote: its standard output and, when it succeeded (exit 0, or 3 for
 * a failed review gate, whose report is written all the same), the files its -o and
 * --save-result flags named — whenever they are kam JSON documents.
 */
export function checkRunOutputs(args: readonly string[], cwd: string, run: { code: number; stdout: string }): void {
  const what = `kam ${args.join(' ')}`;
  checkKamText(run.stdout, `${what}: standard output`);
  if (run.code !== 0 && run.code !== 3) return;
  for (const f of outputFiles(args)) {
    const path = resolve(cwd, f);
    if (existsSync(path) && statSync(path).isFile()) checkKamText(readFileSync(path, 'utf8'), `${what}: ${f}`);
  }
}

/** The JSON files under `dir` (three levels deep) with their contents. */
function jsonFiles(dir: string, depth = 3): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory() && depth > 1 && e.name !== 'node_modules') for (const [p, t] of jsonFiles(path, depth - 1)) out.set(p, t);
    else if (e.isFile() && e.name.endsWith('.json')) out.set(path, readFileSync(path, 'utf8'));
  }
  return out;
}

/**
 * For runs that write files of their own choosing (the workshop: the session, the brief's
 * results file): call before the run, and call the function it returns after it; that validates
 * every JSON file under `dir` that the run created or changed.
 */
export function watchKamFiles(dir: string): (what: string) => void {
  const before = jsonFiles(dir);
  return (what) => {
    for (const [path, text] of jsonFiles(dir)) if (before.get(path) !== text) checkKamText(text, `${what}: ${path}`);
  };
}
