import { extractPeople } from './people';
import { testContext } from '../../tests/fixtures/name-test-context';

function people(text: string) {
  return extractPeople(
    testContext(text, [
      { name: '柳溪镇', kind: 'TOWN', short: '柳溪' },
      { name: '吴中区', kind: 'DISTRICT', short: '吴中' },
    ]),
  );
}

describe('extractPeople', () => {
  it('title + name, each serving in the document town', () => {
    const { entities, relations } = people('柳溪镇上线热线，该镇镇长王立军、副镇长陈芳就产业发展回答提问。');
    expect(entities.map((e) => [e.name, e.properties.role])).toEqual([
      ['王立军', '镇长'],
      ['陈芳', '副镇长'],
    ]);
    expect(relations.map((r) => [r.type, r.toKey, r.properties.role])).toEqual([
      ['SERVES_IN', 'Place:柳溪镇', '镇长'],
      ['SERVES_IN', 'Place:柳溪镇', '副镇长'],
    ]);
  });

  it('a chain of titles: the last one is the role, a district title serves in the district', () => {
    const { entities, relations } = people('吴中区召开全会，区委副书记、区长沈建华强调。');
    expect(entities[0]?.name).toBe('沈建华');
    expect(entities[0]?.properties.role).toBe('区长');
    expect(relations[0]?.toKey).toBe('Place:吴中区');
  });

  it('a speech verb right after two characters ends the name', () => {
    expect(people('柳溪镇镇长赵刚说。').entities.map((e) => e.name)).toEqual(['赵刚']);
  });

  it('a place before the title is where the person serves', () => {
    const { entities, relations } = people('柳溪镇党委书记戴明表示。');
    // The body keeps its level (镇党委书记, as gold records roles); the place goes.
    expect(entities[0]?.properties.role).toBe('镇党委书记');
    expect(relations[0]?.toKey).toBe('Place:柳溪镇');
  });

  it('journalists are not officials', () => {
    expect(people('□驻吴中区记者 周明辉').entities).toEqual([]);
  });

  it('a name the boundary list does not end: the next dictionary word ends it', () => {
    expect(people('柳溪镇党委书记钱文涛接受采访时谈起招商。').entities.map((e) => e.name)).toEqual([
      '钱文涛',
    ]);
    expect(people('副镇长苏敏接受采访。').entities.map((e) => e.name)).toEqual(['苏敏']);
  });

  it('a company head is a person too', () => {
    const { entities } = people('项目负责人李国强介绍，生产线下月调试。');
    expect(entities.map((e) => [e.name, e.properties.role])).toEqual([['李国强', '项目负责人']]);
  });

  it('name before the title, and a title in brackets; national leaders serve no town', () => {
    const found = people('全镇学习习近平总书记重要讲话精神。会上，陈建华（柳溪镇镇长）作报告。');
    expect(found.entities.map((e) => [e.name, e.properties.role])).toEqual([
      ['习近平', '总书记'],
      ['陈建华', '镇长'],
    ]);
    expect(found.relations.map((r) => [r.fromKey.replace(/^Person:/, ''), r.toKey])).toEqual([
      ['陈建华', 'Place:柳溪镇'],
    ]);
  });

  it('a surname that is also a word starts a name when a verb closes it at once', () => {
    const { entities } = people('柳溪镇党委书记向明介绍，今年新开工项目12个。吴中区委书记时勇在会上讲话。');
    expect(entities.map((e) => [e.name, e.properties.role])).toEqual([
      ['向明', '镇党委书记'],
      ['时勇', '区委书记'],
    ]);
    // Without the closing verb 向 stays a preposition: 镇长向企业家介绍 names nobody.
    expect(people('柳溪镇镇长向企业家们介绍了政策。').entities).toEqual([]);
  });

  it('committee members and standing-committee members are titles, in either order', () => {
    const { entities, relations } = people('柳溪镇党委委员周海峰、吴中区委常委陆文斌（区委常委）出席活动。');
    expect(entities.map((e) => [e.name, e.properties.role])).toEqual([
      ['周海峰', '镇党委委员'],
      ['陆文斌', '区委常委'],
    ]);
    expect(relations.map((r) => r.toKey)).toEqual(['Place:柳溪镇', 'Place:吴中区']);
  });

  it('an official visiting: the verb of the visit closes the name', () => {
    const { entities } = people('县委副书记、代县长周海到柳溪镇调研，副镇长陈芳赴企业走访。');
    expect(entities.map((e) => [e.name, e.properties.role])).toEqual([
      ['周海', '代县长'],
      ['陈芳', '副镇长'],
    ]);
  });

  it('a work report is signed under its heading: name alone, after its title, or after its body', () => {
    const heading = '——2024年1月9日在柳溪镇第五届人民代表大会第三次会议上';
    const signed = (line: string) =>
      people(`政府工作报告\n${heading}\n${line}\n各位代表：`).entities.map((e) => [
        e.name,
        e.properties.role,
      ]);
    expect(signed('镇 长 王 立 军')).toEqual([['王立军', '镇长']]);
    expect(signed('柳溪镇人民政府  陈明')).toEqual([['陈明', undefined]]);
    expect(signed('戴 红')).toEqual([['戴红', undefined]]);
    // A heading of another kind, or a byline, signs nobody.
    expect(people('本报讯\n戴红\n各位代表：').entities).toEqual([]);
    expect(people(`${heading}\n记者 戴红`).entities).toEqual([]);
  });

  it('an interview puts the guest alone on the line after the titles', () => {
    const { entities } = people('连线代表\n吴中区委常委、柳溪镇党委书记\n沈立新\n今年我们重点抓三件事。');
    expect(entities.map((e) => e.name)).toEqual(['沈立新']);
  });

  it('titles of banks, firms and department ranks; a role word inside another word names nobody', () => {
    const { entities } = people(
      '柳溪农商银行行长陆建平、县商务局科长何丽、柳溪镇镇长助理戴军、村支书汪长贵出席。',
    );
    expect(entities.map((e) => [e.name, e.properties.role])).toEqual([
      ['陆建平', '农商银行行长'],
      ['何丽', '县商务局科长'],
      ['戴军', '镇长助理'],
      ['汪长贵', '村支书'],
    ]);
    expect(people('柳溪镇地处长江之滨，交通便利。').entities).toEqual([]);
  });

  it('a name before 的, 及 or 还 keeps two characters; 在 before a title is not part of it', () => {
    const { entities } = people('在柳溪镇党委书记戴明的带领下，镇长陈国庆及班子成员、副镇长吴立还到村走访。');
    expect(entities.map((e) => [e.name, e.properties.role])).toEqual([
      ['戴明', '镇党委书记'],
      ['陈国庆', '镇长'],
      ['吴立', '副镇长'],
    ]);
  });

  it('a park’s short name opening with 经 keeps it: 经开区 is no preposition', () => {
    const { entities } = people('柳溪镇召开会议，县委常委、经开区党工委书记韩立诚出席。');
    expect(entities.map((e) => [e.name, e.properties.role])).toEqual([['韩立诚', '经开区党工委书记']]);
  });

  it('率 after a name leads a party; a person before 和 ends the earlier title', () => {
    const { entities } = people(
      '县委书记程希率部门负责人调研，县人民医院院长胡卫东和镇中心小学校长柯敏陪同。',
    );
    expect(entities.map((e) => [e.name, e.properties.role])).toEqual([
      ['程希', '县委书记'],
      ['胡卫东', '县人民医院院长'],
      ['柯敏', '镇中心小学校长'],
    ]);
  });

  it('a two-character surname takes one or two characters of given name', () => {
    const { entities } = people('镇党委书记欧阳明远、镇长司马俊出席，代镇长诸葛文华作报告。');
    expect(entities.map((e) => e.name)).toEqual(['欧阳明远', '司马俊', '诸葛文华']);
  });

  it('names listed after one title share it; a place opening the next title ends the list', () => {
    const { entities } = people('县领导孙立平、韩晓东、哈丽娟参加调研，副县长刘青、吴中区委常委陈刚陪同。');
    expect(entities.map((e) => [e.name, e.properties.role])).toEqual([
      ['孙立平', '县领导'],
      ['韩晓东', '县领导'],
      ['哈丽娟', '县领导'],
      ['刘青', '副县长'],
      ['陈刚', '区委常委'],
    ]);
  });

  it('a visit verb after a name, a function word or a verb of office after a title are no name', () => {
    const { entities } = people(
      '常务副县长邹明率调研组到柳溪镇，学习总书记关于“三农”工作的论述，镇长任组长，县委书记査建国讲话。',
    );
    expect(entities.map((e) => [e.name, e.properties.role])).toEqual([
      ['邹明', '常务副县长'],
      ['査建国', '县委书记'],
    ]);
  });

  it('words before the title’s place belong to the sentence, not to the role', () => {
    const { entities, relations } = people('本期刊登柳溪镇党委书记王立军的访谈。');
    expect(entities.map((e) => [e.name, e.properties.role])).toEqual([['王立军', '镇党委书记']]);
    expect(relations[0]?.toKey).toBe('Place:柳溪镇');
  });

  it('an adverb right after a name closes it', () => {
    const { entities } = people('齐丰农机有限公司相关负责人钱正宇最关心用地指标。');
    expect(entities.map((e) => [e.name, e.properties.role])).toEqual([
      ['钱正宇', '齐丰农机有限公司相关负责人'],
    ]);
  });

  it('election rule: names elected or appointed to an office, listed or alone, and a person who wins one', () => {
    const { entities } = people(
      '会议选举王立军为柳溪镇人大主席，陈芳、许文静为柳溪镇人民政府副镇长。赵一鸣同志满票当选为柳溪镇人民政府镇长。',
    );
    expect(entities.map((e) => [e.name, e.properties.role])).toEqual([
      ['王立军', '镇人大主席'],
      ['陈芳', '副镇长'],
      ['许文静', '副镇长'],
      ['赵一鸣', '镇长'],
    ]);
  });

  it('a company name with a bracket stays in the title; an earlier person’s clause does not', () => {
    const { entities } = people('镇长林晓代表镇政府与青禾(柳溪)农业发展有限公司副总经理宋佳签订协议。');
    expect(entities.map((e) => [e.name, e.properties.role])).toEqual([
      ['林晓', '镇长'],
      ['宋佳', '青禾(柳溪)农业发展有限公司副总经理'],
    ]);
  });

  it('a name jieba leaves in single characters before its honorific; a place before a title is no name', () => {
    const { entities } = people('落实韦振坤书记、蒙丽萍市长指示要求，曙坪镇书记讲话。');
    expect(entities.map((e) => [e.name, e.properties.role])).toEqual([
      ['韦振坤', '书记'],
      ['蒙丽萍', '市长'],
    ]);
  });

  it('a community or subdistrict keeps its two-character level word in the role; 带 after a name closes it', () => {
    const { entities } = extractPeople(
      testContext('青禾社区党委书记巢丽娟带考察团参观，云湖街道党工委书记汤明陪同。', [
        { name: '青禾社区', kind: 'COMMUNITY' },
        { name: '云湖街道', kind: 'TOWN' },
      ]),
    );
    expect(entities.map((e) => [e.name, e.properties.role])).toEqual([
      ['巢丽娟', '社区党委书记'],
      ['汤明', '街道党工委书记'],
    ]);
  });
});
