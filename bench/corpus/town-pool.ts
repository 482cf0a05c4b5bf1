import { getGazetteer, type PlaceRecord } from '../../loaders/gazetteer';

/** A real town with its villages and the chain above it, from the official gazetteer. */
export interface TownSetting {
  town: PlaceRecord;
  district: PlaceRecord;
  city: PlaceRecord;
  province: PlaceRecord;
  villages: PlaceRecord[];
}

/** Provinces the corpus draws its towns from (Jiangsu, Zhejiang, Anhui, Shandong). */
const PROVINCE_CODES = ['32', '33', '34', '37'];

/** Every town (镇) of those provinces that has at least three villages. */
export function townPool(): TownSetting[] {
  const gazetteer = getGazetteer();
  const pool: TownSetting[] = [];
  for (const provinceCode of PROVINCE_CODES) {
    const province = gazetteer.get(provinceCode);
    if (!province) continue;
    for (const city of gazetteer.children(provinceCode)) {
      for (const district of gazetteer.children(city.code)) {
        if (district.kind !== 'DISTRICT') continue;
        for (const town of gazetteer.children(district.code)) {
          if (town.kind !== 'TOWN' || !town.name.endsWith('镇')) continue;
          const villages = gazetteer
            .children(town.code)
            .filter((v) => v.kind === 'VILLAGE' && v.name.endsWith('村'));
          if (villages.length >= 3) pool.push({ town, district, city, province, villages });
        }
      }
    }
  }
  return pool;
}
