import { DocumentError } from '../../schema/errors';
import { documentId } from '../../schema/ids';
import type { DocumentInput, QualityReport, ReadDocument } from '../types';
import { removeBoilerplate } from './boilerplate';
import { decodeBytes } from './decode';
import { takeHeaderFields } from './header-fields';
import { htmlToText, isHtml, type HtmlMeta } from './html';
import { resolveMetadata } from './metadata';
import { DEFAULT_MAX_BYTES, type ReadOptions } from './options';
import { splitSentences } from './sentences';
import { removePageSpam } from './page-spam';
import { toSimplified } from './traditional';
import { normaliseWhitespace } from './whitespace';

export type { ReadOptions } from './options';

/**
 * The read stage: bytes → clean simplified text in sentences.
 *
 *   decode → html → traditional → spam → header fields → boilerplate → whitespace → sentences
 *
 * Traditional script is simplified early so that every lexicon after it (spam words,
 * header labels, boilerplate, section cues) is matched in one script. Spam is cleaned
 * before the header and footer lines go, because the footer is where a defaced page
 * still carries its real district name (天宁区互联网不良信息举报中心).
 */
export function readDocument(input: DocumentInput, options: ReadOptions = {}): ReadDocument {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!(maxBytes > 0)) {
    throw new RangeError(`readDocument: maxBytes must be a positive number, got ${maxBytes}`);
  }
  const flags: string[] = [];
  const decoded = decodeBytes(input.bytes, { name: input.name, maxBytes });

  let text = decoded.text;
  let htmlMeta: HtmlMeta = {};
  let pageText: string | undefined;
  if (isHtml({ name: input.name, format: input.format, text })) {
    const page = htmlToText(text);
    text = page.text;
    htmlMeta = page.meta;
    pageText = page.pageText;
    flags.push('HTML');
  }

  const simplified = toSimplified(text);
  text = simplified.text;
  if (simplified.converted) flags.push('TRADITIONAL_CONVERTED');
  const spam = removePageSpam({ text, meta: htmlMeta, pageText, districtHint: input.district });
  text = spam.text;
  htmlMeta = spam.meta;
  const { spam: injected, restored } = spam;
  if (injected.length > 0) flags.push('SPAM_INJECTED');
  if (restored.length > 0) flags.push('NAME_RESTORED');

  const header = takeHeaderFields(text);
  const boilerplate = removeBoilerplate(header.text);
  if (boilerplate.removedLines > 0) flags.push('BOILERPLATE_REMOVED');
  text = normaliseWhitespace(boilerplate.text);
  if (!/\p{L}/u.test(text)) throw new DocumentError(input.name, 'has no text once page furniture is removed');

  const metadata = resolveMetadata({
    caller: input,
    html: htmlMeta,
    header: header.fields,
    text,
    name: input.name,
  });
  const quality: QualityReport = {
    flags,
    spam: injected,
    restored,
    encoding: decoded.encoding,
  };
  return {
    id: documentId(text),
    name: input.name,
    source: input.source ?? input.name,
    ...metadata,
    text,
    sentences: splitSentences(text),
    quality,
    hints: hints(input),
  };
}

function hints(input: DocumentInput): ReadDocument['hints'] {
  const out: ReadDocument['hints'] = {};
  if (input.place) out.place = input.place;
  if (input.district) out.district = input.district;
  if (input.city) out.city = input.city;
  return out;
}
