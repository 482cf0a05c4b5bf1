import { getGazetteer } from './index';

const gz = getGazetteer();

describe('Gazetteer', () => {
  it('gives a town its code and parent chain', () => {
    const town = gz.resolve('嘉泽镇', { district: '320412' });
    expect(town).toMatchObject({ code: '320412119', kind: 'TOWN', aliases: ['嘉泽'] });
    expect(gz.ancestors('320412119').map((p) => [p.name, p.kind])).toEqual([
      ['武进区', 'DISTRICT'],
      ['常州市', 'CITY'],
      ['江苏省', 'PROVINCE'],
    ]);
  });

  it('accepts committee names and normalises villages and communities', () => {
    const [v] = gz.lookup('牟家村村委会').filter((p) => p.code.startsWith('320402'));
    expect(v).toMatchObject({ name: '牟家村', kind: 'VILLAGE', aliases: ['牟家'] });
    const community = gz.children('320509104').find((p) => p.name === '西塘社区');
    expect(community).toMatchObject({ kind: 'COMMUNITY', code: '320509104001' });
    const merged = gz.get('320412119001');
    expect(merged).toMatchObject({ name: '嘉泽社区', aliases: ['嘉泽', '嘉泽村'] });
  });

  it("finds the short forms of a district's towns and villages", () => {
    expect(gz.lookupShort('嘉泽', '320412').map((p) => p.name)).toEqual(['嘉泽镇', '嘉泽社区']);
    const pingwang = gz.lookupShort('庙头', '320509').map((p) => [p.name, gz.parent(p.code)?.name]);
    expect(pingwang).toEqual([['庙头村', '平望镇']]);
  });

  it("prefers the candidate under the document's district, then city", () => {
    const candidates = gz.lookup('新南村');
    expect(candidates.length).toBeGreaterThan(5);
    expect(gz.resolve('新南村', { district: '320509' })?.code).toBe('320509104217');
    expect(gz.resolve('新南村')).toBeNull();
    expect(gz.resolve('鼓楼区')).toBeNull();
    expect(gz.resolve('鼓楼区', { city: '3201', province: '32' })?.code).toBe('320106');
    expect(gz.resolve('天宁区', { city: '3204' })?.code).toBe('320402');
  });

  it('finds a county by its old name after it became a city or a district', () => {
    expect(gz.lookup('禄丰县').map((p) => [p.name, p.kind])).toEqual([['禄丰市', 'DISTRICT']]);
    expect(gz.lookup('水城县').map((p) => p.name)).toEqual(['水城区']);
    expect(gz.lookup('惠民县').map((p) => p.name)).toEqual(['惠民县']);
    expect(gz.lookup('全县')).toEqual([]);
  });

  it('skips the 市辖区 placeholder of municipalities', () => {
    const dongcheng = gz.resolve('东城区', { province: '11' });
    expect(dongcheng?.code).toBe('110101');
    expect(gz.ancestors('110101').map((p) => p.name)).toEqual(['北京市']);
    expect(gz.children('11').some((p) => p.name === '东城区')).toBe(true);
    expect(gz.lookup('市辖区')).toEqual([]);
  });
});

describe('Gazetteer.lookupUpperShort', () => {
  it('finds provinces and prefecture-level cities by short form, never a county', () => {
    const gazetteer = getGazetteer();
    expect(gazetteer.lookupUpperShort('温州').map((r) => r.code)).toEqual(['3303']);
    expect(gazetteer.lookupUpperShort('广西').map((r) => r.name)).toEqual(['广西壮族自治区']);
    // 德清 is a county of 湖州市: not a division known by short form across the country.
    expect(gazetteer.lookupUpperShort('德清')).toEqual([]);
  });
});
