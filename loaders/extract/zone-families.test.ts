import { extractZones } from './zones';
import { testContext } from '../../tests/fixtures/name-test-context';

const names = (text: string) => extractZones(testContext(text)).entities.map((e) => e.name);

describe('zone families of county and town texts', () => {
  it('a park named for two trades joined by 和/及 keeps its proper name in front', () => {
    expect(names('重点打造青杉岭新能源及储能装备产业园、柏溪商贸和仓储物流园两大园区。')).toEqual([
      '青杉岭新能源及储能装备产业园',
      '柏溪商贸和仓储物流园',
    ]);
    // A division before 和 is the clause's other party, not a trade of the park.
    expect(names('枫林街道和商贸物流区共同推进招商。')).not.toContain('枫林街道和商贸物流区');
  });

  it('trades the dictionary reads as verbs (休闲, 观光, 租赁) stay inside the name', () => {
    expect(names('全市申报的石湾休闲产业园、云岭观光农业示范园区成功入选。')).toEqual([
      '石湾休闲产业园',
      '云岭观光农业示范园区',
    ]);
  });

  it('a two-character park name beside another park in the list is a sibling, whatever its head', () => {
    expect(names('桥南食品产业园、中和工业园、桥南物流园等片区加快建设。')).toContain('中和工业园');
  });

  it('parks named only by a sector (粮食, 皮革, 国防科技) are kinds of park, not parks', () => {
    expect(names('该园区由粮食物流加工产业园、皮革产业园两部分组成。')).toEqual([]);
    expect(names('新增布局国防科技产业园等专业园区。')).toEqual([]);
    expect(names('青杉岭粮食物流园已入驻企业12家。')).toEqual(['青杉岭粮食物流园']);
  });

  it('goods before a kind of market (专业, 批发, 交易) name a kind of market, not a market', () => {
    expect(names('园区内的建材专业市场入驻商家300家。')).toEqual([]);
    expect(names('新建农副产品批发交易市场一处。')).toEqual([]);
    expect(names('夏溪花木市场年交易额超百亿元。')).toEqual(['夏溪花木市场']);
  });

  it('a reach or a site by an airport or a port before the head is a kind of park', () => {
    expect(names('省里批复设立临空经济示范区。')).toEqual([]);
    expect(names('全链条产业园建成投用。')).toEqual([]);
    expect(names('光电产业园新入驻企业8家。')).toEqual([]);
  });

  it('a style in front (某某式) describes parks, it does not name one', () => {
    expect(names('力争形成串联式产业园，带动沿江发展。')).toEqual([]);
  });

  it('a park inside a development zone is a zone too', () => {
    expect(names('该园区位于松岭经济技术开发区青石河工业园内。')).toEqual(
      expect.arrayContaining(['松岭经济技术开发区', '青石河工业园']),
    );
  });

  it('titles quoted after a verb of being or winning are honours, not zones', () => {
    expect(names('枫林产业集聚区是“全省三星级产业集聚区”“十佳产业集聚区”。')).toEqual(['枫林产业集聚区']);
  });

  it('a kind of zone inside book-title marks is a plan or a rule; one zone in a plan title stays', () => {
    expect(names('《白鹭镇特色创新园区发展行动计划》近日发布。')).toEqual([]);
    expect(names('依据《某省化工园区认定管理办法》开展认定。')).toEqual([]);
    expect(names('编制《柳城市青湖未来城单元规划》并通过审议。')).toEqual([
      expect.stringMatching(/青湖未来城$/),
    ]);
  });

  it('a province named in full before function words is a class of zones', () => {
    expect(names('积极申报河南省经济开发区。')).toEqual([]);
  });

  it('an area measure, a time word or a verb of listing before the head is not part of a name', () => {
    expect(names('建成万亩水稻高产示范园。')).toEqual([]);
    expect(names('现在产业园装修完毕。')).toEqual([]);
    expect(names('省政府确定桐溪化工产业园、白沙化工产业园等5个化工园区。')).toEqual([
      '桐溪化工产业园',
      '白沙化工产业园',
    ]);
  });

  it('a quoted name before a goal and a pilot head is a designation', () => {
    expect(names('打造“江南三镇”乡村振兴先行区。')).toEqual([]);
  });

  it('a quoted speech with a zone is not a slogan', () => {
    expect(names('“企业坐落在柳巷历史文化街区，周边配套齐全，生活也方便。”他说。')).toEqual([
      '柳巷历史文化街区',
    ]);
  });

  it('list items with no name of their own say what a park holds', () => {
    expect(names('规划建成集装备制造、现代商贸物流等于一体的工业园区。')).toEqual([]);
  });

  it('a park named after a company listed among the projects is that company works', () => {
    expect(names('青禾制药、白石食品等8个在建项目加速推进。青禾制药科技产业园内车间完成安装。')).toEqual([]);
  });

  it('tasks listed after a park head are not parks; going, time and application words end the span', () => {
    expect(names('白鹭工业区打造样板园区，包括村容村貌提升、低效厂房改造提升、全域土地综合整治。')).toEqual([
      '白鹭工业区',
    ]);
    expect(names('更多企业落户园区。')).toEqual([]);
    expect(names('雨季期间市场供应充足。')).toEqual([]);
    expect(names('积极申报省级农村产业融合发展示范园。')).toEqual([]);
  });

  it('short names listed before a park head are each that kind of park', () => {
    expect(names('青石经济技术开发区现管辖北坪、柳营、下湾、石门河等四个工业园。')).toEqual(
      expect.arrayContaining(['北坪工业园', '柳营工业园', '下湾工业园', '石门河工业园']),
    );
    expect(names('青石经济技术开发区现管辖北坪、柳营等四个工业园。')).not.toContain('现管辖北坪工业园');
  });

  it('a park word qualifying a list of companies does not make the companies zones', () => {
    expect(names('考察了青禾电子、白石纺织有限公司等一批园区重点企业。')).toEqual([]);
  });

  it('verbs of growing or governing before a zone are not its name', () => {
    expect(names('该县集中力量做大做强柳江空港经济区。')).toEqual(['柳江空港经济区']);
  });

  it('a title conferred by a province is an honour; 一 after a city is an article', () => {
    expect(names('青石工业园区被授予湖南省节水标杆园区。')).toEqual(['青石工业园区']);
    expect(names('柳州一工业园区扩区获批。')).toEqual([]);
  });

  it('a park named for China and a partner runs back across the dash', () => {
    expect(names('加快建设广西中国―东盟青禾产业园。')).toEqual(['广西中国―东盟青禾产业园']);
    expect(names('加快建设中国-东盟柳岸产业园。')).toEqual(['中国-东盟柳岸产业园']);
  });

  it('a place name the dictionary cuts at a joining word (云|和) stays whole in a zone name', () => {
    const ctx = testContext('推进云和经济开发区扩区。', [
      { name: '云和县', kind: 'DISTRICT', short: '云和' },
    ]);
    expect(extractZones(ctx).entities.map((e) => e.name)).toEqual(['云和经济开发区']);
  });
});
