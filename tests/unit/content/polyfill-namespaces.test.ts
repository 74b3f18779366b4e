/**
 * The content script's webextension-polyfill keeps only the async-method entries the script calls
 * (scripts/lib/trim-polyfill.ts, wxt.config.ts). Every `browser.…` use in the modules the script is built
 * from (and WXT's content-script context) is found here: each that the polyfill's full table would wrap
 * must be kept, and the trimmed source must wrap it the same way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';
import { CONTENT_SCRIPT_ASYNC_METHODS, trimPolyfill } from '../../../scripts/lib/trim-polyfill';

const root = resolve(__dirname, '../../..');
const require = createRequire(join(root, 'package.json'));
const polyfillPath = require.resolve('webextension-polyfill');
const polyfill = readFileSync(polyfillPath, 'utf8');

/** The apiMetadata table of a polyfill source, as the polyfill itself builds it. */
function tableOf(source: string): Record<string, unknown> {
  const body = source.slice(
    source.indexOf('const apiMetadata = '),
    source.indexOf('if (Object.keys(apiMetadata)'),
  );
  return new Function(`${body}; return apiMetadata;`)() as Record<string, unknown>;
}

/** Source files reachable by relative imports from `entries` (type-only imports included: more, not fewer). */
function reachable(entries: string[]): string[] {
  const seen = new Set<string>();
  const todo = [...entries];
  while (todo.length > 0) {
    const file = todo.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const ref of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (!ref.fileName.startsWith('.')) continue;
      const base = resolve(dirname(file), ref.fileName);
      const found = ['', '.ts', '.tsx', '.mjs', '/index.ts']
        .map((ext) => base + ext)
        .find((p) => existsSync(p) && !p.endsWith('/'));
      if (!found) throw new Error(`unresolved ${ref.fileName} in ${file}`);
      if (!/\.(ts|tsx|mjs)$/.test(found)) continue;
      todo.push(found);
    }
  }
  return [...seen];
}

/** Every `browser.a.b.c` chain in the file (as "a.b.c"); a `browser` used otherwise is reported as "?". */
function browserChains(file: string): string[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const chains: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && node.text === 'browser') {
      const parent = node.parent;
      // The import, and types (`typeof browser.i18n.getMessage`), which emit nothing.
      if (ts.isImportSpecifier(parent) || ts.isQualifiedName(parent)) return;
      if (!ts.isPropertyAccessExpression(parent) || parent.expression !== node)
        chains.push(`? ${file}:${sf.getLineAndCharacterOfPosition(node.pos).line + 1}`);
      else {
        const names: string[] = [];
        let at: ts.Node = parent;
        while (ts.isPropertyAccessExpression(at)) {
          names.push(at.name.text);
          at = at.parent;
        }
        chains.push(names.join('.'));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return chains;
}

const wxtUtils = dirname(require.resolve('wxt/utils/content-script-context'));
const files = reachable([
  join(root, 'entrypoints/content/index.ts'),
  join(wxtUtils, 'content-script-context.mjs'),
  join(wxtUtils, 'define-content-script.mjs'),
]);
const chains = [...new Set(files.flatMap(browserChains))].sort();

it('finds the content script modules and their browser API uses', () => {
  expect(files.some((f) => f.endsWith('entrypoints/content/controller.ts'))).toBe(true);
  expect(files.some((f) => f.endsWith('lib/send-request.ts'))).toBe(true);
  expect(files.some((f) => f.endsWith('custom-events.mjs'))).toBe(true);
  expect(chains).toContain('storage.local.get');
  expect(chains).toContain('runtime.sendMessage');
  expect(chains.filter((c) => c.startsWith('?'))).toEqual([]);
});

it('keeps every table entry the content script calls, as the full table has it', () => {
  const full = tableOf(polyfill);
  const trimmed = tableOf(trimPolyfill(polyfill));
  const entryAt = (table: Record<string, unknown>, path: string[]): unknown =>
    path.reduce<unknown>((t, name) => (t as Record<string, unknown> | undefined)?.[name], table);
  const isMethod = (entry: unknown): boolean =>
    typeof entry === 'object' && entry !== null && 'minArgs' in entry;
  // A method the full table wraps (checks its arguments, makes it return a promise) is wrapped the same way.
  // An object it no longer lists passes through unwrapped; of such an object the script uses only events,
  // properties and synchronous methods, which the polyfill leaves as they are (bound to the same object).
  for (const chain of chains) {
    const names = chain.split('.');
    for (let n = 1; n <= names.length; n++) {
      const path = names.slice(0, n);
      if (isMethod(entryAt(full, path))) expect(entryAt(trimmed, path), chain).toEqual(entryAt(full, path));
    }
  }
  // Nothing else is kept: each entry of the trimmed table is the full table's.
  for (const method of CONTENT_SCRIPT_ASYNC_METHODS) {
    expect(chains).toContain(method);
    expect(entryAt(trimmed, method.split('.'))).toEqual(entryAt(full, method.split('.')));
  }
  expect(Object.keys(trimmed).sort()).toEqual(['runtime', 'storage']);
  expect(Object.keys(trimmed.storage as object)).toEqual(['local']);
});

it('changes nothing in the polyfill but its table', () => {
  const cut = (s: string) =>
    s.slice(0, s.indexOf('const apiMetadata = ')) + s.slice(s.indexOf('if (Object.keys(apiMetadata)'));
  expect(cut(trimPolyfill(polyfill))).toBe(cut(polyfill));
  expect(() => trimPolyfill(polyfill, ['storage.local.nothing'])).toThrow();
  expect(() => trimPolyfill('module.exports = {}')).toThrow();
});
