import { extractZones } from './zones';
import { testContext } from '../../tests/fixtures/name-test-context';

const zones = (text: string, places: Parameters<typeof testContext>[1] = []) =>
  extractZones(testContext(text, places)).entities.map((e) => ({ name: e.name, aliases: e.aliases }));
const names = (text: string, places: Parameters<typeof testContext>[1] = []) =>
  zones(text, places).map((z) => z.name);

describe('the left edge of a zone name and its variant forms', () => {
  it('a part of the year and 整个 before a zone are not its name', () => {
    expect(names('一季度青岚经济开发区新增入园企业12家。')).toEqual(['青岚经济开发区']);
    expect(names('整个石埠物流园区建成后可年吞吐货物300万吨。')).toEqual(['石埠物流园区']);
  });

  it('a province or autonomous region written before a city zone leaves the name as an alias', () => {
    const again = zones('宁夏青铜峡银岭工业园区获评绿色园区。', [
      { name: '宁夏回族自治区', kind: 'PROVINCE', short: '宁夏' },
      { name: '青铜峡市', kind: 'CITY', short: '青铜峡' },
    ]);
    expect(again[0]?.name).toBe('青铜峡银岭工业园区');
    expect(again[0]?.aliases).toContain('宁夏青铜峡银岭工业园区');
  });

  it('a county zone of any head is also named without the county level', () => {
    const found = zones('平川县物流园区位于县城南侧。', [
      { name: '平川县', kind: 'DISTRICT', short: '平川' },
    ]);
    expect(found[0]?.aliases).toContain('平川物流园区');
  });

  it('a verb glued before a place at the head of a zone is not part of its name', () => {
    const places = [
      { name: '青州市', kind: 'CITY' as const, short: '青州' },
      { name: '白溪县', kind: 'DISTRICT' as const, short: '白溪' },
    ];
    const found = names('今年新增青州市白溪县竹编小镇等4个特色小镇。', places);
    expect(found.some((n) => n.endsWith('竹编小镇'))).toBe(true);
    expect(found.some((n) => n.includes('新增'))).toBe(false);
    expect(names('这是继青州临港经济开发区之后的第二家。', places)).toEqual(['青州临港经济开发区']);
  });

  it('a place with the bare park head speaks of its parks in general', () => {
    const places = [{ name: '白溪县', kind: 'DISTRICT' as const, short: '白溪' }];
    expect(names('将进一步加快推动白溪县园区建设。', places)).toEqual([]);
    expect(names('形成白溪精品园区经济格局。', places)).toEqual([]);
  });

  it('a class of zones (一类园区) is not a zone', () => {
    expect(names('青岚开发区是全区一类园区之一。')).not.toContain('全区一类园区');
    expect(names('青岚开发区被列为一类园区。')).toEqual(['青岚开发区']);
  });

  it('a span cut at a dash is a zone only when the part before the dash ends in a zone head', () => {
    expect(names('共庆石埠物流园区一期项目--汽车城开业。')).toEqual([]);
  });

  it('a zone named after its place stays a zone after a clause defining it', () => {
    expect(
      names('园区内设以物流为主导的平川物流园。', [{ name: '平川县', kind: 'DISTRICT', short: '平川' }]),
    ).toEqual(['平川物流园']);
  });

  it('parks of industrial transfer (产业转移工业园) keep the transfer in their name', () => {
    expect(names('佛冈临港产业转移工业园、青溪产业转移工业园合并后面积翻番。')).toEqual(
      expect.arrayContaining(['佛冈临港产业转移工业园', '青溪产业转移工业园']),
    );
  });

  it('a province by its short name before descriptors is a class of zones; a partner province park stays', () => {
    expect(names('首批湖南特色小镇名单公布，经省特色小镇联席会议审定。')).toEqual([]);
    expect(names('园区内设以新材料为主导产业的湖南产业园。')).toEqual(['湖南产业园']);
  });

  it('如 before a place opens an example; the city written in front merges with the zone written alone', () => {
    const found = zones('如柳州青杉智造小镇，集聚企业80家。另有青杉智造小镇二号地块。', [
      { name: '柳州市', kind: 'CITY', short: '柳州' },
    ]);
    expect(found[0]).toEqual({ name: '青杉智造小镇', aliases: ['柳州青杉智造小镇'] });
  });

  it('a stage of a zone (中心启动区) is its part: the zone is named, works on the part leave it a zone', () => {
    const found = zones('河北省沧州市石埠县产业转移工业园中心启动区市政工程开工。', [
      { name: '河北省', kind: 'PROVINCE', short: '河北' },
      { name: '沧州市', kind: 'CITY', short: '沧州' },
      { name: '石埠县', kind: 'DISTRICT', short: '石埠' },
    ]);
    expect(found.map((z) => z.name)).toEqual(['石埠县产业转移工业园']);
    expect(found[0]?.aliases).toContain('沧州市石埠县产业转移工业园');
  });

  it('parks of a plan named only by what they are for are not zones', () => {
    expect(names('建成综合服务产业园、都市农业产业园和传统优势产业园。')).toEqual([]);
  });
});
