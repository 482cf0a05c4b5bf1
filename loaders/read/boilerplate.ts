/**
 * Web page furniture that survives text extraction: navigation words, footers, counters,
 * contact lines and lists of other articles. Judged line by line with a generic lexicon;
 * a line of prose is never dropped for a word it merely contains.
 */

/** Footer marks that prose never carries, so they condemn a line of any length: 苏ICP备05003616号. */
const FOOTER = /ICP备|公网安备|版权所有|网站标识码|copyright|©|\(C\)/i;
/** Labelled page furniture: 主办单位:天宁区人民政府, 邮箱:…, 总访问量:, 今天:. */
const LABELLED =
  /(主办单位|承办单位|协办单位|技术支持|联系电话|联系地址|联系我们|E-?mail|电子邮箱|邮箱|访问量|浏览次数|点击数|阅读数|责任编辑|编辑|今天|当前位置|您的位置|您现在的位置|网站地图)\s*[::]/i;
const LABELLED_MAX = 120;
/** Lines made only of these words (in brackets or not) are navigation: 【打印本页】 【关闭窗口】. */
// prettier-ignore
const NAV_WORDS = new Set([
  '返回', '顶部', '返回顶部', '首页', '打印', '打印本页', '打印此页', '关闭', '关闭窗口', '收藏', '分享', '分享到',
  '相关推荐', '推荐内容', '推荐阅读', '相关新闻', '相关阅读', '相关链接', '相关文章', '延伸阅读', '热点', '热点新闻',
  '热门', '上一篇', '下一篇', '字号', '大', '中', '小', '扫一扫', '微信', '微博', '资料图', '图片', '视频',
]);
/** Site services named on short footer lines: 天宁区互联网不良信息举报中心. */
const SHORT_FOOTER = /不良信息举报|举报电话|网站纠错|无障碍浏览|适老化/;
const SHORT_FOOTER_MAX = 40;
/** Headings of a list of other articles; the short lines after one are link titles. */
const LIST_HEADINGS = new Set([
  '相关推荐',
  '推荐内容',
  '推荐阅读',
  '相关新闻',
  '相关阅读',
  '相关链接',
  '相关文章',
  '延伸阅读',
  '热点',
  '热点新闻',
]);
const LINK_TITLE_MAX = 60;
const WELCOME = /^欢迎(访问|光临|来到).{0,30}(网站|网|门户)[!!。.]?$/u;
const PUBLICATION_NOTE = /^[((]此件.{0,12}[))]$/u;
const URL_ONLY = /^(https?:\/\/|www\.)\S+$/i;

export interface BoilerplateCleaning {
  text: string;
  removedLines: number;
}

export function removeBoilerplate(text: string): BoilerplateCleaning {
  const lines = text.split('\n');
  const kept: string[] = [];
  let removedLines = 0;
  let inLinkList = false;
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === '') {
      kept.push(line);
      continue;
    }
    const drop = isBoilerplate(trimmed) || (inLinkList && trimmed.length <= LINK_TITLE_MAX);
    if (LIST_HEADINGS.has(navTokens(trimmed).join(''))) inLinkList = true;
    else if (!drop) inLinkList = false;
    if (drop) removedLines += 1;
    else kept.push(line);
  }
  return { text: kept.join('\n'), removedLines };
}

export function isBoilerplate(line: string): boolean {
  if (FOOTER.test(line)) return true;
  if (line.length <= LABELLED_MAX && LABELLED.test(line)) return true;
  if (line.length <= SHORT_FOOTER_MAX && SHORT_FOOTER.test(line)) return true;
  if (WELCOME.test(line) || PUBLICATION_NOTE.test(line) || URL_ONLY.test(line)) return true;
  const tokens = navTokens(line);
  return tokens.length > 0 && tokens.every((token) => NAV_WORDS.has(token));
}

function navTokens(line: string): string[] {
  return line.split(/[\s\u3000【】[\]|｜/·•>»]+/u).filter((token) => token.length > 0);
}
