import { load, type CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

/** What the page says about itself in its <head>, for metadata.ts to fall back on. */
export interface HtmlMeta {
  title?: string;
  publisher?: string;
  publishedAt?: string;
}

export interface HtmlText {
  /** The article. */
  text: string;
  /** Every visible text of the page, chrome included: evidence for spam restoration. */
  pageText: string;
  meta: HtmlMeta;
}

/** Never page text: code and templates. */
const INVISIBLE = 'script, style, noscript, template';
/** Never article text: chrome and interactive widgets. */
const DROPPED = 'nav, aside, form, iframe, menu, select, button, object, embed, svg';
/** Class or id names that site templates give to navigation and page furniture. */
const FURNITURE =
  /(^|[-_\s])(nav|navbar|menu|breadcrumbs?|crumbs?|sidebar|header|footer|copyright|share|toolbar|pager|pagination|topbar|banner)([-_\s\d]|$)/i;
/** Containers that CMS templates use for the article body, best guess first. */
const CONTAINERS =
  'article, main, [role=main], #zoom, .TRS_Editor, [id*=content], [class*=content], [id*=article], [class*=article]';
// prettier-ignore
const BLOCKS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'tr', 'table', 'section', 'article', 'main', 'header',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'dd', 'dt', 'dl', 'figure', 'figcaption', 'center',
]);
const CJK = /\p{Script=Han}/gu;

/** A page, or a fragment of one (<div class="content">…), opens with one of these. */
const HTML_START =
  /^\s*(<!--[\s\S]*?-->\s*)*(<!doctype\s+html|<(html|head|body|meta|title|div|p|article|section|table)[\s>])/i;

/** Whether the input is HTML: said by the caller, by the file name, or by its first tag. */
export function isHtml(options: { name: string; format?: 'html' | 'text'; text: string }): boolean {
  if (options.format) return options.format === 'html';
  if (/\.x?html?$/i.test(options.name)) return true;
  return HTML_START.test(options.text.slice(0, 1024));
}

/**
 * The article text of a page, one paragraph per line. Site chrome goes (scripts, menus,
 * page header and footer, link lists); the body is the article/main/content-like container
 * holding most of the page's Chinese text, or else the element whose paragraphs hold most.
 */
export function htmlToText(html: string): HtmlText {
  const $ = load(html);
  const meta = readMeta($);
  $(INVISIBLE).remove();
  const headline = $('h1').first().text().replace(/\s+/g, ' ').trim();
  const pageText = collapse(blockText($.root().toArray()));
  $(DROPPED).remove();
  // An <article>'s own <header> holds its headline; the page's <header> holds the site's.
  $('header')
    .filter((_, el) => $(el).closest('article').length === 0)
    .remove();
  $('footer').remove();
  $('body *')
    .filter((_, el) => FURNITURE.test(`${$(el).attr('class') ?? ''} ${$(el).attr('id') ?? ''}`))
    .remove();
  $('ul, ol, div, table, p')
    .filter((_, el) => isLinkList($, el))
    .remove();

  const body = pickBody($);
  let text = collapse(blockText(body ? [body] : $.root().toArray()));
  if (headline && !text.includes(headline)) text = `${headline}\n${text}`;
  return { text, pageText, meta };
}

function readMeta($: CheerioAPI): HtmlMeta {
  const content = (selector: string): string | undefined => $(selector).attr('content')?.trim() || undefined;
  const meta: HtmlMeta = {};
  const title = content('meta[name=ArticleTitle]') ?? content('meta[property="og:title"]');
  if (title) meta.title = title;
  const publisher = content('meta[name=ContentSource]');
  if (publisher) meta.publisher = publisher;
  const date = content('meta[name=PubDate]') ?? content('meta[property="article:published_time"]');
  if (date) meta.publishedAt = date;
  return meta;
}

/** A block whose text is mostly link text is a menu or a list of other articles. */
function isLinkList($: CheerioAPI, el: Element): boolean {
  const links = $(el).find('a');
  if (links.length < 3) return false;
  const all = $(el).text().replace(/\s+/g, '').length;
  const linked = links.text().replace(/\s+/g, '').length;
  return all > 0 && linked / all > 0.7;
}

function cjkCount(text: string): number {
  return text.match(CJK)?.length ?? 0;
}

function pickBody($: CheerioAPI): Element | null {
  const total = cjkCount($('body').text() || $.root().text());
  let best: Element | null = null;
  let bestCount = 0;
  $(CONTAINERS).each((_, el) => {
    const count = cjkCount($(el).text());
    if (count > bestCount) [best, bestCount] = [el, count];
  });
  if (best && bestCount >= total * 0.4) return best;
  return densestParent($);
}

/** The element whose direct paragraphs carry the most Chinese text. */
function densestParent($: CheerioAPI): Element | null {
  const scores = new Map<Element, number>();
  $('p, div, td, span').each((_, el) => {
    const own = $(el)
      .contents()
      .filter((__, node) => node.type === 'text')
      .text();
    const parent = el.parent;
    if (!parent || parent.type !== 'tag') return;
    scores.set(parent as Element, (scores.get(parent as Element) ?? 0) + cjkCount(own));
  });
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) if (score > bestScore) [best, bestScore] = [el, score];
  return best;
}

function blockText(nodes: AnyNode[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += node.data.replace(/\s+/g, ' ');
    else if (node.type === 'tag' || node.type === 'root') {
      const block = node.type === 'tag' && BLOCKS.has(node.name);
      if (block) out += '\n';
      out += blockText(node.children);
      if (block) out += '\n';
    }
  }
  return out;
}

function collapse(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join('\n');
}
