import { extractInstitutions } from './institutions';
import { testContext } from '../../tests/fixtures/name-test-context';

const names = (text: string) =>
  extractInstitutions(testContext(text, [{ name: '横泾街道', kind: 'TOWN', short: '横泾' }])).entities.map(
    (e) => e.name,
  );

describe('extractInstitutions', () => {
  it('suffix rule: police stations, schools, hospitals', () => {
    expect(names('与苏州市公安局吴中分局横泾派出所等单位签约，横泾中心小学食堂修缮。')).toEqual([
      '苏州市公安局吴中分局横泾派出所',
      '横泾中心小学',
    ]);
  });

  it('short forms of universities only in a list headed 院所/高校', () => {
    expect(names('进一步深化与苏大、南理工等院所合作。')).toEqual(['苏大', '南理工']);
    expect(names('苏大、南理工举办活动。')).toEqual([]);
  });

  it('a broad 中心 needs a proper name in front', () => {
    expect(names('建成横泾集成指挥中心，两所综合治理服务中心投入使用。')).toEqual(['横泾集成指挥中心']);
  });

  it('a grade, a count or a bare head left after 原 names no body', () => {
    expect(names('横泾村原卫生室改造，新建东湾村、西湾村两个村级卫生室，按“甲级村卫生室”标准建设。')).toEqual(
      [],
    );
  });

  it('a centre counted among projects is built, and a city’s 副中心 is an area', () => {
    expect(names('东湾仓储物流园、横泾乡贤联谊中心2个重点项目已开工，城市副中心坚持稳中求进。')).toEqual([]);
  });

  it('a village committee as the site of a building is a spot, not a body', () => {
    expect(names('督导组在横泾街道东湾村委会选址新建卫生站。')).toEqual([]);
  });

  it('titles awarded are not institutions', () => {
    expect(names('卫生院创成二级医院，荣获全国先进司法所。')).toEqual([]);
  });

  it('a campus names its school; a verb before the name is the predicate', () => {
    const found = extractInstitutions(
      testContext('横泾小学新校区投用，横泾社区开设游客服务中心。', [
        { name: '横泾社区', kind: 'COMMUNITY', short: '横泾' },
      ]),
    ).entities;
    // 游客服务中心 alone names no one (a broad head without a proper name), so only the school remains.
    expect(found.map((e) => e.name)).toEqual(['横泾小学']);
    expect(found[0]?.aliases).toEqual(['横泾小学新校区']);
  });

  it('government rule: a place followed by its government, not by a government report', () => {
    const ctx = testContext('我代表柳溪镇人民政府报告工作，请审议柳溪镇政府工作报告。', [
      { name: '柳溪镇', kind: 'TOWN', short: '柳溪' },
    ]);
    expect(extractInstitutions(ctx).entities.map((e) => e.name)).toEqual(['柳溪镇人民政府']);
  });
});

describe('extractInstitutions: bodies in and out of role', () => {
  it('source lines, bylines and counts of a designation are not institutions acting', () => {
    expect(names('来源：横泾街道融媒体中心\n横泾街道融媒体中心记者报道。')).toEqual([]);
    expect(names('建成院士专家工作站3家。')).toEqual([]);
    expect(names('横泾街道融媒体中心主持人访谈代表。')).toEqual(['横泾街道融媒体中心']);
  });

  it('a facility named before 项目 is a project, a centre of a firm is a facility', () => {
    expect(names('横泾卫生室项目、横泾童装设计中心投用。')).toEqual([]);
  });

  it('a former site names the school after 原; a verb of setting up is not part of a name', () => {
    expect(names('项目利用东湾村原横泾小学闲置校舍。')).toEqual(['横泾小学']);
    expect(names('实质化运作横泾非公企业党建工作协调委员会，揭牌横泾智能装备产业联盟。')).toEqual([
      '横泾非公企业党建工作协调委员会',
      '横泾智能装备产业联盟',
    ]);
  });

  it('slogans of positions and every chamber are not bodies', () => {
    expect(names('打造“一核心一枢纽一中心”，邀请各行各业商会代表。')).toEqual([]);
  });

  it('laboratories and offices need a proper name; a plain kind of lab is a facility', () => {
    expect(names('横泾街道办事处与江南大学食品安全重点实验室合作，新建组培实验室。')).toEqual([
      '横泾街道办事处',
      '江南大学食品安全重点实验室',
    ]);
  });

  it('a body in a person title is not an actor; a broadcaster hosting an interview is', () => {
    expect(names('县商务局局长黄明、横泾街道企业家协会会长陆平出席。')).toEqual([]);
    expect(names('横泾街道融媒体中心主持人与代表对话。')).toEqual(['横泾街道融媒体中心']);
  });

  it('village and neighbourhood committees and park committees by their short names', () => {
    expect(names('横泾村村委会、新塘社区居委会和横泾科技园管委会联合开展巡查。')).toEqual([
      '横泾村村委会',
      '新塘社区居委会',
      '横泾科技园管委会',
    ]);
  });
});

describe('extractInstitutions on real-text families', () => {
  it('a ministry acting: 部 before 公布 is the body, 办 before 公 is an office', () => {
    expect(names('近日，商务部公布考核结果。')).toEqual(['商务部']);
  });

  it('designations by level or by count are classes, not bodies', () => {
    expect(names('全年拟培育省级院士工作站、产业技术研究院各1个。')).toEqual([]);
  });

  it('a venue counted among projects is built, not acting', () => {
    expect(names('新增和改造横泾奥秘博物馆等6个项目。')).toEqual([]);
  });

  it('a city short form before a university stays in its name', () => {
    expect(names('横泾街道与大连民族大学签约，大连艺术学院参加。')).toEqual(['大连民族大学', '大连艺术学院']);
    // Only a province's or a prefecture-level city's short form opens the name.
    expect(names('横泾街道与民族大学签约。')).toEqual([]);
  });

  it('a body reported as founded is named by what follows the verb', () => {
    expect(names('横泾街道成立乡贤工作委员会，组建茶产业联盟，成立各类协会12个。')).toEqual([
      '乡贤工作委员会',
      '茶产业联盟',
    ]);
  });

  it('an ownership, a tier, a quoted grade or a verb of building with a head names a class of bodies', () => {
    expect(
      names('全县有私立医院3个，横泾街道新建学校2所，“四化”卫生院22家，县人民医院成为三级医院。'),
    ).toEqual(['县人民医院']);
  });

  it('a level inside a name makes it a designation', () => {
    expect(names('推进横泾经贸省级大学合作。')).toEqual([]);
  });

  it('the administration of a park or a scenic area is a body', () => {
    expect(names('横泾国际航天城管理局与横泾街道共同主办推介会。')).toEqual(['横泾国际航天城管理局']);
  });
});

describe('governments and their offices', () => {
  it('县政府办 is the government’s office (a byline), 县政府办好 is the government acting', () => {
    const ctx = testContext('2024-04-22 青川县政府办 A+ A-\n青川县政府办好十件民生实事。', [
      { name: '青川县', kind: 'DISTRICT' },
    ]);
    expect(extractInstitutions(ctx).entities.map((e) => e.name)).toEqual(['青川县人民政府']);
  });
});

describe('associations joining two fields', () => {
  it('a place opens the first field: one name; a body before 与 is a party of its own', () => {
    const ctx = testContext('横泾街道引入青川市机器人与智能制造协会，青川市政府与白鹭商会座谈。', [
      { name: '横泾街道', kind: 'TOWN' },
      { name: '青川市', kind: 'CITY' },
    ]);
    expect(extractInstitutions(ctx).entities.map((e) => e.name)).toEqual(
      expect.arrayContaining(['青川市机器人与智能制造协会', '白鹭商会']),
    );
    expect(extractInstitutions(ctx).entities.map((e) => e.name)).not.toContain('青川市政府与白鹭商会');
  });
});

describe('bodies reported as founded', () => {
  it('a founded body keeps its common-word name; a firm’s facility of a common kind is not a body', () => {
    expect(names('横泾街道成立科技创新委员会，设立企业研究院，设立白鹭茶叶研究院。')).toEqual([
      '白鹭茶叶研究院',
      '科技创新委员会',
    ]);
  });

  it('a university running into a company name is the front of the company, not a body', () => {
    expect(names('五月邀请东海大学柳岸建筑设计公司到老街踏勘。')).toEqual([]);
    expect(names('横泾街道与东海大学签订合作协议。')).toEqual(['东海大学']);
  });
});

describe('street offices, going verbs and function rooms', () => {
  it('a street followed by 办 or 办事处 is its office; 办理 and 办实事 are verbs', () => {
    const ctx = testContext('社区向横泾街道办递交了申请。', [
      { name: '横泾街道', kind: 'TOWN', short: '横泾' },
    ]);
    const [office] = extractInstitutions(ctx).entities;
    expect(office?.name).toBe('横泾街道办事处');
    expect(office?.aliases).toContain('横泾街道办');
    expect(names('横泾街道办理证照300件，横泾街道办实事12件。')).toEqual([]);
  });

  it('a verb of going is not part of the body, and a class of bodies stays a class', () => {
    expect(names('居民到社区医院看病，到横泾中心小学接孩子。')).toEqual(['横泾中心小学']);
  });

  it('rooms a centre lists as its functions are not bodies; a district transport office is', () => {
    expect(names('二楼设有调解室、退役军人服务站、书画室等9个功能室。')).toEqual([]);
    expect(names('区运管所迁出后，旧楼改作他用。')).toEqual(['区运管所']);
  });

  it('a verb of drawing on a partner is not part of the partner’s name', () => {
    expect(names('充分发挥东海大学、科技特派员的作用，携手白鹭茶叶研究院开展培训。')).toEqual([
      '东海大学',
      '白鹭茶叶研究院',
    ]);
  });
  it('a supply-and-marketing cooperative named by its place; the grassroots ones are a class', () => {
    expect(names('苏州市供销合作社与横泾街道签约，横泾供销社挂牌，基层供销社参会。')).toEqual([
      '苏州市供销合作社',
      '横泾供销社',
    ]);
  });

  it('a verb of drawing on a body is not part of its name', () => {
    expect(names('利用横泾中心小学场地开展培训。')).toEqual(['横泾中心小学']);
  });
  it('an office written short is the office the document names in full', () => {
    const found = extractInstitutions(
      testContext('横泾街道生态环境办公室工作总结。今年横泾街道生态环境办牵头整治河道。', [
        { name: '横泾街道', kind: 'TOWN', short: '横泾' },
      ]),
    ).entities;
    expect([...new Set(found.map((e) => e.name))]).toEqual(['横泾街道生态环境办公室']);
  });

  it('the middle of a village is a spot, not a body', () => {
    expect(names('完成横泾村中心、湖滨村美丽宜居村庄建设。')).toEqual([]);
  });
  it('a community health station is a public clinic', () => {
    expect(names('横泾街道湖滨社区卫生服务站开展义诊。')).toEqual(['横泾街道湖滨社区卫生服务站']);
  });
});
