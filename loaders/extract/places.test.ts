import { extractPlaces } from './places';
import { fixtureDocument, seedDocument } from '../../tests/fixtures/place-sample-document';

function distinctPlaces(
  doc: Parameters<typeof extractPlaces>[0],
): Map<string, { kind: unknown; code: unknown }> {
  const out = new Map<string, { kind: unknown; code: unknown }>();
  for (const e of extractPlaces(doc).facts.entities)
    out.set(e.name, { kind: e.properties.kind, code: e.properties.code });
  return out;
}

describe('extractPlaces on seeds', () => {
  it('seed 000: 嘉泽镇 with its chain, villages by full and short name', () => {
    const { facts, context } = extractPlaces(seedDocument('000'));
    expect(context.primary).toMatchObject({
      name: '嘉泽镇',
      resolvedId: 'place:320412119',
      key: 'Place:place:320412119',
    });
    expect(context.district?.name).toBe('武进区');
    expect(context.city?.name).toBe('常州市');
    const names = new Set(facts.entities.map((e) => e.name));
    expect([...names].sort()).toEqual(
      [
        '江苏省',
        '常州市',
        '武进区',
        '嘉泽镇',
        '跃进村',
        '闵市村',
        '周庄村',
        '成章村',
        '观庄村',
        '朝东村',
        '厚余村',
        '夏溪村',
      ].sort(),
    );
    const links = facts.relations.map((r) => `${r.fromKey}>${r.toKey}`);
    expect(links).toEqual(
      expect.arrayContaining([
        'Place:place:320412119>Place:place:320412',
        'Place:place:320412>Place:place:3204',
        'Place:place:3204>Place:place:32',
        'Place:place:320412119207>Place:place:320412119',
      ]),
    );
    expect(new Set(links).size).toBe(links.length);
    expect(
      facts.relations.every((r) => r.type === 'LOCATED_IN' && r.rule === 'gazetteer' && r.confidence === 1),
    ).toBe(true);
    expect(context.lookup('嘉泽')?.name).toBe('嘉泽镇');
    expect(context.lookup('闵市村')?.properties.code).toBe('320412119207');
  });

  it('seed 002: 郑陆镇 in 天宁区 once the injected spam is gone', () => {
    const places = distinctPlaces(seedDocument('002'));
    expect(places.get('郑陆镇')).toEqual({ kind: 'TOWN', code: '320402109' });
    expect(places.get('天宁区')).toEqual({ kind: 'DISTRICT', code: '320402' });
    expect(places.get('牟家村')).toEqual({ kind: 'VILLAGE', code: '320402109234' });
    expect([...places.keys()].some((n) => /赌场|宜居乡|高新区/.test(n))).toBe(false);
  });

  it('seed 003: 平望镇 villages named by short forms in enumerations', () => {
    const doc = seedDocument('003');
    const { facts } = extractPlaces(doc);
    for (const [name, code] of [
      ['庙头村', '320509104214'],
      ['新南村', '320509104217'],
      ['秋泽村', '320509104219'],
    ]) {
      const e = facts.entities.find((x) => x.name === name);
      expect(e?.properties.code).toBe(code);
      expect(e?.rule).toBe('place.short-enumeration');
      expect(doc.text.slice(e?.span.start, e?.span.end)).toBe(name?.slice(0, 2));
    }
  });
});

describe('short forms before a counted and qualified collective noun', () => {
  it('甲、乙、丙三个历史文化村 names three villages of the document’s district', () => {
    const doc = fixtureDocument('平望镇庙头、新南、秋泽三个历史文化村完成修缮。', {
      district: '吴江区',
      city: '苏州市',
    });
    const names = extractPlaces(doc)
      .facts.entities.filter((e) => e.rule === 'place.short-enumeration')
      .map((e) => e.name);
    expect(names).toEqual(['庙头村', '新南村', '秋泽村']);
  });
});

describe('extractPlaces on fixtures', () => {
  it('infers the district and primary town from the text when there are no hints', () => {
    const doc = fixtureDocument('郑陆镇召开大会。郑陆镇牟家村开园。天宁区领导出席。');
    const { context } = extractPlaces(doc);
    expect(context.primary?.name).toBe('郑陆镇');
    expect(context.district?.name).toBe('天宁区');
    expect(context.city?.name).toBe('常州市');
    expect(context.lookup('牟家村')?.properties.kind).toBe('VILLAGE');
  });

  it('counts the city and province named in full for their district, against a town-like word of another province', () => {
    const doc = fixtureDocument(
      '山东省推进小城镇建设，小城镇面貌明显改善。山东省东营市东营区牛庄镇入选试点，牛庄镇将建设小城镇示范街区。牛庄镇还将新建一处文化广场。',
    );
    const { context } = extractPlaces(doc);
    expect(context.district?.name).toBe('东营区');
    expect(context.primary?.name).toBe('牛庄镇');
  });

  it('ignores words that merely end like places', () => {
    const doc = fixtureDocument(
      '推进“两湖”创新区建设，做强园区，统筹城市更新，建设生态宜居乡村，支持农村发展，武进国家高新区和开发区联动，服务社区。',
      { district: '武进区', city: '常州市' },
    );
    const names = extractPlaces(doc).facts.entities.filter(
      (e) => e.rule !== 'place.ancestor' && e.rule !== 'place.document-hint',
    );
    expect(names.map((e) => e.name)).toEqual(['武进区']);
  });

  it("prefers the village of the document's own town when its district has two", () => {
    const doc = fixtureDocument('城西村农旅融合示范项目完成投资。', {
      place: '新市镇',
      district: '德清县',
      city: '湖州市',
    });
    expect(extractPlaces(doc).context.lookup('城西村')?.resolvedId).toBe('place:330521102208');
  });

  it('finds villages whose names double the 村 (孔村村)', () => {
    const doc = fixtureDocument('孔村村、合楼村、尹庄村等7个村成立合作社。', {
      place: '孔村镇',
      district: '平阴县',
      city: '济南市',
    });
    const names = extractPlaces(doc).facts.entities.filter((e) => e.properties.kind === 'VILLAGE');
    expect(names.map((e) => [e.name, e.properties.code])).toEqual([
      ['孔村村', '370124104201'],
      ['合楼村', expect.stringMatching(/^370124104/)],
      ['尹庄村', '370124104203'],
    ]);
  });

  it("prefers the village under the document's district", () => {
    const doc = fixtureDocument('新南村完成改造。', { place: '平望镇', district: '吴江区', city: '苏州市' });
    const village = extractPlaces(doc).facts.entities.find((e) => e.name === '新南村');
    expect(village?.resolvedId).toBe('place:320509104217');
  });
});

describe('extractPlaces: unlisted villages', () => {
  it('keeps a village the gazetteer lacks when it is listed with villages of the town', () => {
    const doc = fixtureDocument('黄天荡村、凤鸣浜村、焦溪村完成改造。', {
      place: '郑陆镇',
      district: '天宁区',
      city: '常州市',
    });
    const { facts, context } = extractPlaces(doc);
    const unlisted = facts.entities.find((e) => e.name === '凤鸣浜村');
    expect(unlisted).toMatchObject({
      rule: 'place.unlisted-sibling',
      properties: { kind: 'VILLAGE', code: null },
    });
    expect(unlisted?.confidence).toBeLessThan(1);
    expect(unlisted?.resolvedId).toMatch(/^place:[0-9a-f]{16}$/);
    expect(facts.relations).toContainEqual(
      expect.objectContaining({ type: 'LOCATED_IN', fromKey: unlisted?.key, toKey: 'Place:place:320402109' }),
    );
    expect(context.lookup('凤鸣浜村')?.key).toBe(unlisted?.key);
  });

  it('does not invent villages outside such lists', () => {
    const doc = fixtureDocument('凤鸣浜村完成改造，推进农村和社区建设。', {
      place: '郑陆镇',
      district: '天宁区',
      city: '常州市',
    });
    expect(extractPlaces(doc).facts.entities.some((e) => e.rule === 'place.unlisted-sibling')).toBe(false);
  });
});

describe('extractPlaces in a municipality', () => {
  it('places a Beijing subdistrict under its district and 北京市, with or without hints', () => {
    for (const hints of [{}, { city: '北京市', district: '朝阳区' }]) {
      const doc = fixtureDocument('北京市朝阳区望京街道召开会议。望京街道推进老旧小区改造。', hints);
      const { facts, context } = extractPlaces(doc);
      expect(context.district?.properties.code).toBe('110105');
      expect(context.city?.name).toBe('北京市');
      expect(facts.relations.map((r) => `${r.fromKey}>${r.toKey}`)).toEqual(
        expect.arrayContaining([
          'Place:place:110105026>Place:place:110105',
          'Place:place:110105>Place:place:11',
        ]),
      );
    }
  });
});
