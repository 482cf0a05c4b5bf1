import { readFileSync } from 'node:fs';
import { extractDocument } from '/work/wt-fig/loaders';
import { documentInputFromFile } from '/work/wt-fig/loaders/inputs';
async function main() {
  for (const file of process.argv.slice(2)) {
    const input = await documentInputFromFile(file, 1 << 24);
    const { records } = extractDocument(input, {});
    const byId = new Map(records.nodes.map((n) => [n.id, n]));
    console.log('==', file);
    for (const n of records.nodes) {
      if (n.label !== 'Target' && n.label !== 'Indicator') continue;
      const subj = records.relationships.filter((r) => r.to === n.id && (r.type === 'TARGETS' || r.type === 'REPORTS')).map((r) => (byId.get(r.from)?.properties as any)?.name ?? r.from);
      const p = n.properties as any;
      console.log(n.label[0], subj.join('/'), '|', p.metric, p.value, p.unit, p.year ?? '', p.qualifier ?? '', '|', (p.rule ?? (n as any).rule ?? ''), '|', p.text);
    }
  }
}
void main();
