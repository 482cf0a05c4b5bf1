import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { extractDocument } from '../loaders';
import type { DocumentInput } from '../loaders/types';

export interface ExtractionFigures {
  documents: number;
  characters: number;
  /** Whole loader pipeline (read, extract, resolve). */
  pipelineCharsPerSecond: number;
  /** @node-rs/jieba part-of-speech tagging of the same texts, in the same run. */
  jiebaTagCharsPerSecond: number;
  /** pipeline ÷ jieba: the goal is at least 1/3. */
  ratio: number;
  records: number;
  /** Peak resident set of the process so far, in MiB. */
  peakRssMiB: number;
}

/**
 * Characters per second of the pipeline against jieba's tagging of the same text. The
 * two alternate in rounds so that machine noise hits both alike.
 */
export function benchExtraction(inputs: readonly DocumentInput[], rounds = 3): ExtractionFigures {
  const jieba = Jieba.withDict(dict);
  const texts = inputs.map((input) => Buffer.from(input.bytes).toString('utf8'));
  const characters = texts.reduce((sum, text) => sum + text.length, 0);
  extractDocument(inputs[0] as DocumentInput); // warm-up: gazetteer and dictionaries load once
  let pipelineMs = 0;
  let jiebaMs = 0;
  let records = 0;
  for (let round = 0; round < rounds; round += 1) {
    let start = performance.now();
    for (const input of inputs) {
      const { records: out } = extractDocument(input);
      if (round === 0) records += out.nodes.length + out.relationships.length + out.documents.length;
    }
    pipelineMs += performance.now() - start;
    start = performance.now();
    for (const text of texts) jieba.tag(text);
    jiebaMs += performance.now() - start;
  }
  const pipelineCharsPerSecond = (characters * rounds) / (pipelineMs / 1000);
  const jiebaTagCharsPerSecond = (characters * rounds) / (jiebaMs / 1000);
  return {
    documents: inputs.length,
    characters,
    pipelineCharsPerSecond,
    jiebaTagCharsPerSecond,
    ratio: pipelineCharsPerSecond / jiebaTagCharsPerSecond,
    records,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
  };
}
