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
});
