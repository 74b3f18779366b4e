/** Bundles scripts/bench/page-entry.ts (PolicyMark's pure modules, mark.js, approx-string-match) into one IIFE. */
import { join } from 'node:path';
import { build } from 'vite';

/** Global name of the injected bundle. */
export const PAGE_GLOBAL = 'PMBench';

/** The page bundle's code (not minified, as readable stack traces matter more than size here). */
export async function bundlePageCode(root: string): Promise<string> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: false,
      target: 'es2022',
      lib: {
        entry: join(root, 'scripts/bench/page-entry.ts'),
        formats: ['iife'],
        name: PAGE_GLOBAL,
        fileName: 'pm-bench',
      },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const output of outputs) {
    if (!('output' in output)) continue;
    for (const chunk of output.output) if (chunk.type === 'chunk') return chunk.code;
  }
  throw new Error('vite produced no chunk for the page bundle');
}
