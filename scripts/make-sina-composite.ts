/**
 * Builds tests/fixtures/zh-sina-composite-miit-app/page.html: the real full Sina
 * page of zh-sina-12306-20181228 with its article body (div#artibody), headline
 * and title replaced by the real Sina article-body fragment and headline of
 * zh-sina-miit-app-20210716 (whose full page is not available). Run once:
 * `npx tsx scripts/make-sina-composite.ts`; the output is committed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const host = readFileSync('tests/fixtures/zh-sina-12306-20181228/page.html', 'utf8');
const fragment = readFileSync('tests/fixtures/zh-sina-miit-app-20210716/page.html', 'utf8');
const headline = '汽车“缺芯”、APP治理、疫苗产能……工信部发布会回应这些关切';

const open = '<div class="article" id="artibody">';
const start = host.indexOf(open);
if (start < 0) throw new Error('no #artibody in the host page');
// Find the matching </div> by counting nested divs.
const tag = /<\/?div\b[^>]*>/g;
tag.lastIndex = start + open.length;
let depth = 1;
let end = -1;
for (let m = tag.exec(host); m; m = tag.exec(host)) {
  depth += m[0].startsWith('</') ? -1 : 1;
  if (depth === 0) {
    end = m.index;
    break;
  }
}
if (end < 0) throw new Error('unbalanced #artibody');
let page = `${host.slice(0, start + open.length)}\n${fragment}\n${host.slice(end)}`;
page = page
  .replace(/<title>[^<]*<\/title>/, `<title>${headline}|工信部_新浪财经_新浪网</title>`)
  .replace(/(<h1 class="main-title">)[^<]*(<\/h1>)/, `$1${headline}$2`)
  .replaceAll(
    'https://finance.sina.com.cn/roll/2018-12-28/doc-ihqfskcn2160999.shtml',
    'https://finance.sina.com.cn/china/2021-07-16/doc-ikqciyzk5783226.shtml',
  );
mkdirSync('tests/fixtures/zh-sina-composite-miit-app', { recursive: true });
writeFileSync('tests/fixtures/zh-sina-composite-miit-app/page.html', page);
console.log(`wrote ${page.length} characters`);
