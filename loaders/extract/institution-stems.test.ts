import { extractInstitutions } from './institutions';
import { testContext } from '../../tests/fixtures/name-test-context';

const names = (text: string, places: Parameters<typeof testContext>[1] = []) =>
  extractInstitutions(testContext(text, places)).entities.map((e) => e.name);

describe('service bodies by their stems, shared heads, and bodies out of role', () => {
  it('the public service stations and centres of a street are bodies, also without a place in front', () => {
    expect(names('街道搭建便民服务中心、新时代文明实践站、同心社会治理中心三个平台。')).toEqual([
      '便民服务中心',
      '新时代文明实践站',
      '同心社会治理中心',
    ]);
    expect(names('省厅认定街道退役军人服务站为示范站。')).toEqual(['退役军人服务站']);
  });

  it('a counted or classed stem is a kind of body', () => {
    expect(names('建成村级新时代文明实践站12个，党群服务中心3个。')).toEqual([]);
  });

  it('names of the same length before one head are as many bodies', () => {
    expect(names('年内完成桂溪、松岭卫生院改扩建。').sort()).toEqual(['松岭卫生院', '桂溪卫生院'].sort());
    expect(names('推动公办、民办幼儿园协调发展。')).toEqual([]);
  });

  it('the speaker’s 代表 and a verb of building are not part of the name', () => {
    expect(
      names('现在，我代表桂溪街道办事处向大会作工作报告。', [
        { name: '桂溪街道', kind: 'TOWN', short: '桂溪' },
      ]),
    ).toEqual(['桂溪街道办事处']);
    expect(names('整合资源新建松岭高级中学。')).toEqual(['松岭高级中学']);
  });

  it('a town government named again after the title is the government', () => {
    const ctx = testContext('松岭镇2023年工作报告\n我代表松岭镇人民政府向大会报告工作。', [
      { name: '松岭镇', kind: 'TOWN', short: '松岭' },
    ]);
    // Only the first mention of the town carries a place span.
    ctx.places.places = ctx.places.places.slice(0, 1);
    expect(extractInstitutions(ctx).entities.map((e) => e.name)).toContain('松岭镇人民政府');
  });

  it('schools counted among projects, dated source lines, village committees and county-owned classes are out', () => {
    expect(names('确保松岭实验初中、桂溪幼儿园等3个项目秋季投用。')).toEqual([]);
    expect(names('2023-05-12 桂溪开发区党政办公室\n正文。')).toEqual([]);
    expect(names('走进桂溪镇松林村委看新貌。')).toEqual([]);
    expect(names('新建3所县属中小学。')).toEqual([]);
  });

  it('a quoted title conferred on a body is a designation', () => {
    expect(names('中心医院获评“全省公立医院改革试点医院”。')).toEqual([]);
  });

  it('a shared head after other whole names, or inside a clause, is not a list of bodies', () => {
    expect(names('松岭中心幼儿园新建项目配套工程、桂溪中心小学食堂外墙修缮完工。')).not.toContain(
      '工程中心小学',
    );
    expect(names('市场监管分局、桂溪派出所联合执法。')).not.toContain('分局派出所');
  });

  it('a stem after 村(社区) or 首批 is a class', () => {
    expect(names('村(社区)便民服务中心全覆盖，两村建成全市首批新时代文明实践站。')).toEqual([]);
  });
});
