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
  /**
   * The CPU ratio on documents the process has not read before, once it is warm: one pass
   * over `fresh` after the rounds, each document beside jieba's tagging of it. The rounds'
   * first pass also pays what a long load pays once per process or pool worker (compiling
   * the rules' code and regexes, the gazetteer's indexes of each district), and their later
   * passes find every sentence's scans remembered; this is what a load of many documents
   * runs at. Null without `fresh` documents.
   */
  freshCpuRatio: number | null;
  /** CPU seconds of the pipeline over the fresh documents. */
  freshPipelineCpuSeconds: number | null;
  records: number;
  /** Peak resident set of the process so far, in MiB. */
  peakRssMiB: number;
}

export interface ExtractionBenchOptions {
  /** Passes over the documents, each followed by jieba's pass over the same texts. */
  rounds?: number;
  /** Other documents, read once after the rounds for `freshCpuRatio`. */
  fresh?: readonly DocumentInput[];
}

/**
 * Characters per second of the pipeline against jieba's tagging of the same text. The
 * two alternate in rounds so that machine noise hits both alike.
 */
export function benchExtraction(
  inputs: readonly DocumentInput[],
  { rounds = 3, fresh = [] }: ExtractionBenchOptions = {},
): ExtractionFigures {
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
  const freshCpu = fresh.length > 0 ? freshPass(fresh, jieba) : null;
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
    freshCpuRatio: freshCpu && freshCpu.jieba / freshCpu.pipeline,
    freshPipelineCpuSeconds: freshCpu && freshCpu.pipeline,
    records,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
  };
}

/** CPU seconds of the pipeline and of jieba over documents read once each, alternating per document. */
function freshPass(inputs: readonly DocumentInput[], jieba: Jieba): { pipeline: number; jieba: number } {
  const spent = { pipeline: 0, jieba: 0 };
  for (const input of inputs) {
    const text = Buffer.from(input.bytes).toString('utf8');
    let cpu = cpuSeconds();
    extractDocument(input);
    spent.pipeline += cpuSeconds() - cpu;
    cpu = cpuSeconds();
    jieba.tag(text);
    spent.jieba += cpuSeconds() - cpu;
  }
  return spent;
}

function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}
