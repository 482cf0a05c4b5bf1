import type { PlaceKind } from '../../schema/model';
import { Gazetteer } from './Gazetteer';
import { loadGazetteerIndex } from './load-index';
import { autonomousForms, kindFromSuffix, normaliseVillageName, shortName } from './place-names';

describe('normaliseVillageName', () => {
  it.each([
    ['庙头村委会', '庙头村', 'VILLAGE'],
    ['东庙头村民委员会', '东庙头村', 'VILLAGE'],
    ['南庙头村村民委员会', '南庙头村', 'VILLAGE'],
    ['观庄村村委会', '观庄村', 'VILLAGE'],
    ['西塘社区居委会', '西塘社区', 'COMMUNITY'],
    ['惠新南里社区居民委员会', '惠新南里社区', 'COMMUNITY'],
    ['名居花园（万科）居委会', '名居花园社区', 'COMMUNITY'],
    ['八连生活区', '八连生活区', 'COMMUNITY'],
  ])('%s → %s', (raw, name, kind) => {
    expect(normaliseVillageName(raw)).toMatchObject({ name, kind });
  });

  it('keeps the doubled 村 of a committee name as an alias', () => {
    expect(normaliseVillageName('孔村村民委员会')).toEqual({
      name: '孔村',
      kind: 'VILLAGE',
      aliases: ['孔村村'],
    });
    expect(normaliseVillageName('韶村村委会')).toMatchObject({ name: '韶村', aliases: ['韶村村'] });
    expect(normaliseVillageName('南庙头村村委会').aliases).toEqual([]);
  });

  it('keeps a merged village committee as an alias', () => {
    expect(normaliseVillageName('嘉泽社区居委会（含嘉泽村村委）')).toEqual({
      name: '嘉泽社区',
      kind: 'COMMUNITY',
      aliases: ['嘉泽村'],
    });
  });
});

describe('shortName', () => {
  it('drops the suffix of each kind', () => {
    expect(shortName('嘉泽镇', 'TOWN')).toBe('嘉泽');
    expect(shortName('东华门街道', 'TOWN')).toBe('东华门');
    expect(shortName('武进区', 'DISTRICT')).toBe('武进');
    expect(shortName('常州市', 'CITY')).toBe('常州');
    expect(shortName('江苏省', 'PROVINCE')).toBe('江苏');
    expect(shortName('新南村', 'VILLAGE')).toBe('新南');
    expect(shortName('西塘社区', 'COMMUNITY')).toBe('西塘');
  });

  it('refuses one-character stems', () => {
    expect(shortName('东村', 'VILLAGE')).toBeNull();
    expect(shortName('城区', 'DISTRICT')).toBeNull();
  });

  it('drops the longest suffix a name ends with', () => {
    expect(shortName('广西壮族自治区', 'PROVINCE')).toBe('广西');
    expect(shortName('新疆维吾尔自治区', 'PROVINCE')).toBe('新疆');
    expect(shortName('香港特别行政区', 'PROVINCE')).toBe('香港');
    expect(shortName('南磨房地区办事处', 'TOWN')).toBe('南磨房');
    expect(shortName('大兴安岭地区', 'CITY')).toBe('大兴安岭');
    expect(shortName('民族乡', 'TOWN')).toBeNull();
    expect(shortName('嘉泽', 'TOWN')).toBeNull();
  });

  it('gives every division above the villages the short form an anchored alternation gives', () => {
    // The rule as it was first written, kept here as the reference.
    const reference: Record<PlaceKind, RegExp> = {
      PROVINCE: /(维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市)$/,
      CITY: /(市|地区|盟)$/,
      DISTRICT: /(自治县|自治旗|区|县|市|旗)$/,
      TOWN: /(民族乡|镇|乡|街道|地区办事处|地区|办事处)$/,
      VILLAGE: /村$/,
      COMMUNITY: /社区$/,
    };
    const { data } = loadGazetteerIndex();
    const rows: [string, PlaceKind][] = [
      ...data.provinces.map(([, name]): [string, PlaceKind] => [name, 'PROVINCE']),
      ...data.cities.map(([, name]): [string, PlaceKind] => [name, 'CITY']),
      ...data.districts.map(([, name]): [string, PlaceKind] => [name, 'DISTRICT']),
      ...data.towns.map(([, name]): [string, PlaceKind] => [name, 'TOWN']),
    ];
    // Autonomous divisions drop their nationalities too (see below).
    const differing = rows.filter(([name, kind]) => {
      if (kind !== 'PROVINCE' && /自治[县旗州]$/.test(name)) return false;
      const stem = name.replace(reference[kind], '');
      return shortName(name, kind) !== (stem !== name && stem.length >= 2 ? stem : null);
    });
    expect(rows.length).toBeGreaterThan(40_000);
    expect(differing).toEqual([]);
  });
});

describe('kindFromSuffix', () => {
  it('reads the kind from the suffix', () => {
    expect(kindFromSuffix('某某村')).toBe('VILLAGE');
    expect(kindFromSuffix('某某街道')).toBe('TOWN');
    expect(kindFromSuffix('某某社区')).toBe('COMMUNITY');
    expect(kindFromSuffix('某某公司')).toBeNull();
  });
});

describe('autonomous divisions', () => {
  it('are shortened to the place, without the nationalities they are named for', () => {
    expect(shortName('酉阳土家族苗族自治县', 'DISTRICT')).toBe('酉阳');
    expect(shortName('紫云苗族布依族自治县', 'DISTRICT')).toBe('紫云');
    expect(shortName('莫力达瓦达斡尔族自治旗', 'DISTRICT')).toBe('莫力达瓦');
    expect(shortName('楚雄彝族自治州', 'CITY')).toBe('楚雄');
    expect(shortName('阜新蒙古族自治县', 'DISTRICT')).toBe('阜新');
  });

  it('keep the nationality when it is the whole name', () => {
    expect(shortName('鄂温克族自治旗', 'DISTRICT')).toBe('鄂温克');
    expect(shortName('鄂伦春自治旗', 'DISTRICT')).toBe('鄂伦春');
  });

  it('are also written with the plain suffix or with 自治', () => {
    expect(autonomousForms('酉阳土家族苗族自治县', 'DISTRICT')).toEqual(['酉阳县', '酉阳自治县']);
    expect(autonomousForms('楚雄彝族自治州', 'CITY')).toEqual(['楚雄州', '楚雄自治州']);
    expect(autonomousForms('鄂伦春自治旗', 'DISTRICT')).toEqual(['鄂伦春旗']);
    expect(autonomousForms('武进区', 'DISTRICT')).toEqual([]);
  });

  it('are found in the gazetteer by those forms', () => {
    const gazetteer = new Gazetteer(loadGazetteerIndex().data);
    expect(gazetteer.lookup('酉阳县').map((r) => r.name)).toEqual(['酉阳土家族苗族自治县']);
    expect(gazetteer.lookup('紫云自治县').map((r) => r.name)).toEqual(['紫云苗族布依族自治县']);
    expect(gazetteer.lookup('楚雄州').map((r) => r.kind)).toEqual(['CITY']);
  });
});
