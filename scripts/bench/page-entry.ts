/** The code injected into fixture pages for cases 1–3, bundled to one IIFE exposing the global `PMBench`. */
import { benchAnchor } from './anchor-case';
import { benchPaint } from './paint-case';
import { benchPipeline, firstRun, runPipeline, stageTimes } from './pipeline-case';

// runPipeline and stageTimes are exposed too, for profiling a single stage by hand.
export { benchAnchor, benchPaint, benchPipeline, firstRun, runPipeline, stageTimes };
