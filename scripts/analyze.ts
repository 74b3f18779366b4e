/**
 * Command-line analyser: `npm run --silent analyze -- <file> [--url URL]` prints one JSON object
 * (DESIGN.md contract) for an .html page or a .txt file. Exit 1 on bad input, 2 on bad usage.
 */
import { runAnalyze } from './lib/analyze-command';

process.exitCode = await runAnalyze(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
