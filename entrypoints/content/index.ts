import { NEWS_HOST_PATTERNS } from '../../lib/hosts';

export default defineContentScript({
  matches: [...NEWS_HOST_PATTERNS],
  main() {},
});
