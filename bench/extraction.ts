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
  /** CPU seconds (user + system) of the process over the pipeline's rounds and over jieba's. */
  pipelineCpuSeconds: number;
  jiebaCpuSeconds: number;
  /**
   * The same ratio from CPU time: on a machine shared with other work, wall time counts the
   * waits for a core, which fall on the long pipeline rounds more than on jieba's short ones.
   */
  cpuRatio: number;
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
  let pipelineCpu = 0;
  let jiebaCpu = 0;
  let records = 0;
  for (let round = 0; round < rounds; round += 1) {
    let start = performance.now();
    let cpu = cpuSeconds();
    for (const input of inputs) {
      const { records: out } = extractDocument(input);
      if (round === 0) records += out.nodes.length + out.relationships.length + out.documents.length;
    }
    pipelineMs += performance.now() - start;
    pipelineCpu += cpuSeconds() - cpu;
    start = performance.now();
    cpu = cpuSeconds();
    for (const text of texts) jieba.tag(text);
    jiebaMs += performance.now() - start;
    jiebaCpu += cpuSeconds() - cpu;
  }
  const pipelineCharsPerSecond = (characters * rounds) / (pipelineMs / 1000);
  const jiebaTagCharsPerSecond = (characters * rounds) / (jiebaMs / 1000);
  return {
    documents: inputs.length,
    characters,
    pipelineCharsPerSecond,
    jiebaTagCharsPerSecond,
    ratio: pipelineCharsPerSecond / jiebaTagCharsPerSecond,
    pipelineCpuSeconds: pipelineCpu,
    jiebaCpuSeconds: jiebaCpu,
    cpuRatio: jiebaCpu / pipelineCpu,
    records,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
  };
}

function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}
