import { extractDocument } from '../loaders';
import { MemoryGraphStore } from '../store/memory';
import { readCorpus } from './corpus-files';
(async () => {
  const inputs = await readCorpus('/work/wt-13/bench/out/corpus-1000-1/docs');
  const batch = inputs.map((input) => extractDocument(input).records);
  for (let round = 0; round < 2; round += 1) {
    const store = await MemoryGraphStore.open({});
    const s = performance.now();
    for (const r of batch) await store.loadDocument(r);
    console.log(process.env.LABEL, 'load s', ((performance.now() - s) / 1000).toFixed(2));
  }
})();
