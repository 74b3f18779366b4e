/**
 * The detector's English half (english-names.ts, policy-en.ts), which a page that is not Chinese needs: the
 * content script gets it from the script the background runs (page-english.js), the command-line analyser
 * and the tests through `analyze()`.
 */
import { findEnglishInitiatives } from './english-names';
import { readEnglishPolicy } from './policy-en';
import type { English } from './types';

export const ENGLISH: English = { names: findEnglishInitiatives, policy: readEnglishPolicy };
