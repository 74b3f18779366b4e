/**
 * The analyser's command line (`analyze <file> [--url URL]`) as a function, so it can be tested in
 * process: prints one JSON object (DESIGN.md contract); exit code 1 on bad input, 2 on bad usage.
 */
import { analyzeAnyScript } from '../../lib/detect/traditional';
import { InputError, loadArticleFromFile } from './load-article';

export const USAGE = 'usage: analyze <file.html|file.txt> [--url URL]';

/** Where the command writes. */
export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
}

/** Parsed command line, or a usage error message. */
export function parseAnalyzeArgs(
  argv: string[],
): { file: string; url?: string } | { help: true } | { error: string } {
  let file: string | undefined;
  let url: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '-h' || arg === '--help') return { help: true };
    if (arg === '--url' || arg.startsWith('--url=')) {
      const value = arg === '--url' ? argv[++i] : arg.slice('--url='.length);
      if (!value) return { error: '--url needs a value' };
      if (!/^https?:\/\/[^/\s]+/i.test(value)) return { error: `--url ${value}: not an http(s) URL` };
      url = value;
    } else if (arg.startsWith('-') && arg !== '-') return { error: `unknown option ${arg}` };
    else if (file === undefined) file = arg;
    else return { error: `unexpected argument ${arg}` };
  }
  return file === undefined ? { error: 'missing file' } : { file, url };
}

/** One line for stderr: no stack, no newlines. */
function oneLine(message: string): string {
  return message.replace(/\s+/g, ' ').trim();
}

/** Runs the command; resolves to the exit code. Never throws. */
export async function runAnalyze(argv: string[], io: CommandIo): Promise<number> {
  const args = parseAnalyzeArgs(argv);
  if ('help' in args) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  if ('error' in args) {
    io.err(`analyze: ${args.error}; ${USAGE}\n`);
    return 2;
  }
  try {
    const article = await loadArticleFromFile(args.file, args.url);
    const result = analyzeAnyScript(article.text, { title: article.title, url: article.url });
    const output = {
      isPolicy: result.isPolicy,
      score: result.score,
      reasons: result.reasons,
      title: result.title || article.title,
      directives: result.directives.map((d) => ({
        marker: d.marker,
        text: d.text,
        start: d.start,
        end: d.end,
        parent: d.parent,
        style: d.style,
        ...(d.inToc ? { inToc: true } : {}),
      })),
      initiatives: result.initiatives.map((n) => ({
        text: n.text,
        type: n.type,
        start: n.start,
        end: n.end,
      })),
    };
    io.out(`${JSON.stringify(output, null, 2)}\n`);
    return 0;
  } catch (error) {
    const message =
      error instanceof InputError
        ? error.message
        : `internal error: ${String((error as Error)?.message ?? error)}`;
    io.err(`analyze: ${oneLine(message)}\n`);
    return 1;
  }
}
