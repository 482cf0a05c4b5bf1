// Side by side: two trees' extractDocument on the same documents, alternating, CPU time and wall time, beside jieba's tagging.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import path from 'node:path';
type Extract = (input: unknown) => unknown;
async function main(): Promise<void> {
  const [dir, roundsArg, ...roots] = process.argv.slice(2);
  const rounds = Number(roundsArg);
  const versions: { root: string; extract: Extract; cpu: number; wall: number }[] = [];
  let inputs: unknown[] = [];
  for (const root of roots) {
    const loaders = await import(path.join(root, 'loaders/index.ts'));
    if (inputs.length === 0) {
      const files: string[] = await loaders.listDocumentFiles([dir]);
      for (const f of files) inputs.push(await loaders.documentInputFromFile(f, 16 * 1024 * 1024));
    }
    loaders.extractDocument(inputs[0]);
    versions.push({ root, extract: loaders.extractDocument, cpu: 0, wall: 0 });
  }
  const jieba = Jieba.withDict(dict);
  const texts = inputs.map((i) => Buffer.from((i as { bytes: Uint8Array }).bytes).toString('utf8'));
  const chars = texts.reduce((s, t) => s + t.length, 0);
  let jiebaCpu = 0, jiebaWall = 0;
  const cpuNow = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
  for (let r = 0; r < rounds; r++) {
    for (const v of versions) {
      const c = cpuNow(), w = performance.now();
      for (const input of inputs) v.extract(input);
      v.cpu += cpuNow() - c; v.wall += (performance.now() - w) / 1000;
    }
    const c = cpuNow(), w = performance.now();
    for (const t of texts) jieba.tag(t);
    jiebaCpu += cpuNow() - c; jiebaWall += (performance.now() - w) / 1000;
  }
  console.log(JSON.stringify({ documents: inputs.length, characters: chars, rounds, jiebaCpuS: +(jiebaCpu / rounds).toFixed(3), jiebaWallS: +(jiebaWall / rounds).toFixed(3) }));
  for (const v of versions)
    console.log(JSON.stringify({ root: v.root, cpuSPerRound: +(v.cpu / rounds).toFixed(3), wallSPerRound: +(v.wall / rounds).toFixed(3), cpuRatio: +(jiebaCpu / v.cpu).toFixed(4), wallRatio: +(jiebaWall / v.wall).toFixed(4) }));
}
void main();
