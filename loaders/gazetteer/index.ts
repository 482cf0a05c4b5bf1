import { Gazetteer } from './Gazetteer';
import { loadGazetteerIndex, type LoadIndexOptions } from './load-index';

export { Gazetteer, type PlaceRecord, type PlaceScope } from './Gazetteer';
export { buildGazetteerIndex, type GazetteerData } from './build-index';
export { loadGazetteerIndex, defaultCacheFile, type LoadIndexOptions } from './load-index';
export { shortName, kindFromSuffix, normaliseVillageName } from './place-names';

let shared: Gazetteer | null = null;

/** The process-wide gazetteer, loaded from the cache (built on first use). */
export function getGazetteer(options?: LoadIndexOptions): Gazetteer {
  if (!shared || options?.rebuild) shared = new Gazetteer(loadGazetteerIndex(options).data);
  return shared;
}
