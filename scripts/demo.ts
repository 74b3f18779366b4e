/**
 * Shows PolicyMark on bundled real articles, served under their real addresses
 * with no network. With a display: a real Chromium window (close it to end).
 * Without one: headless, writes screenshots and prints where.
 * Run through `npm start` (which builds first).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, launch, openFixture, openPopup, ROOT, selectText } from '../tests/e2e/harness';

const headed = Boolean(process.env.DISPLAY) && process.env.DEMO_HEADLESS !== '1';
const out = join(ROOT, 'demo-output');
mkdirSync(out, { recursive: true });

const session = await launch({ headless: !headed, lang: process.env.DEMO_LANG ?? 'en-US' });
const article = await openFixture(session, fixture('zh-sina-composite-miit-app'));
// Save one highlight with a note so the popup has something to list.
await selectText(article, '#artibody', '强化关键责任链监管');
await article.getByRole('button', { name: /Add note|添加笔记/ }).click();
await article
  .getByRole('textbox', { name: /Note|笔记/ })
  .fill('Demo note: follow the APP governance actions.');
await article.getByRole('button', { name: /Save|保存/ }).click();
await article.waitForTimeout(300);
await article.evaluate(() => document.querySelector('#artibody')?.scrollIntoView());
const second = await openFixture(session, fixture('zh-people-henan-20240510'));

if (headed) {
  await openPopup(session, article);
  console.log('PolicyMark demo running in Chromium. Close the browser window to end.');
  await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
} else {
  await article.screenshot({ path: join(out, 'article.png') });
  await second.evaluate(() => document.querySelector('.rm_txt_con')?.scrollIntoView());
  await second.screenshot({ path: join(out, 'article-people.png') });
  const popup = await openPopup(session, article);
  await popup.setViewportSize({ width: 440, height: 800 });
  await popup.getByText('强化关键责任链监管').first().waitFor();
  await popup.screenshot({ path: join(out, 'popup.png'), fullPage: true });
  await session.close();
  console.log(
    `No display: screenshots written to\n  ${join(out, 'article.png')}\n  ${join(out, 'article-people.png')}\n  ${join(out, 'popup.png')}`,
  );
}
