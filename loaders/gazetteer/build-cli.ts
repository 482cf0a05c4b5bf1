/**
 * Builds (or rebuilds with --rebuild) the gazetteer cache and reports its cost:
 *   npx tsx loaders/gazetteer/build-cli.ts [--rebuild]
 */
import { statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Gazetteer } from './Gazetteer';
import { loadGazetteerIndex } from './load-index';

const rebuild = process.argv.includes('--rebuild');
let t0 = performance.now();
const { data, built, cacheFile } = loadGazetteerIndex({ rebuild });
const buildMs = performance.now() - t0;
t0 = performance.now();
const cached = loadGazetteerIndex();
const gazetteer = new Gazetteer(cached.data);
const loadMs = performance.now() - t0;
const size = statSync(cacheFile).size;
const villages = Object.values(data.villages).reduce((n, p) => n + p.split('|').length, 0);
console.log(`${built ? 'built' : 'found'} ${cacheFile} from ${gazetteer.source}`);
console.log(
  `${data.provinces.length} provinces, ${data.cities.length} cities, ${data.districts.length} districts, ` +
    `${data.towns.length} towns, ${villages} villages and communities`,
);
console.log(`${built ? 'build' : 'read'}: ${buildMs.toFixed(0)} ms; cache: ${(size / 1e6).toFixed(1)} MB`);
console.log(`load from cache: ${loadMs.toFixed(0)} ms`);
