import { NEWS_HOST_PATTERNS } from '../../lib/hosts';
import { startController } from './controller';

export default defineContentScript({
  matches: NEWS_HOST_PATTERNS as string[],
  runAt: 'document_idle',
  // WXT's context announces each start to the page with window.postMessage as well as a DOM event, for
  // older WXT versions. That call took 10–16 ms of the script's start (before the page's load event), woke
  // every `message` listener of the page and told page scripts our extension id. The event alone is what
  // WXT will keep; it still stops an older copy of this script after an update.
  noScriptStartedPostMessage: true,
  main(ctx) {
    void startController(ctx);
  },
});
