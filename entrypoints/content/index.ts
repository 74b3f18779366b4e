import { NEWS_HOST_PATTERNS } from '../../lib/hosts';
import { startController } from './controller';

export default defineContentScript({
  matches: [...NEWS_HOST_PATTERNS],
  runAt: 'document_idle',
  main(ctx) {
    void startController(ctx);
  },
});
