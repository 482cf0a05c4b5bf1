import { removeSpam } from './spam';
import { findSpamRuns } from './spam-runs';

const runs = (text: string) => findSpamRuns(text).map((run) => run.text);

describe('findSpamRuns', () => {
  it('finds each injected run as a maximal span of spam words', () => {
    expect(runs('欢迎访问澳门现金赌场人民政府网站')).toEqual(['澳门现金赌场']);
    expect(runs('为澳门亚冠娱乐创新能力强的企业提供平台')).toEqual(['澳门亚冠娱乐']);
    expect(runs('注册就送bet365体育投注')).toEqual(['bet365体育投注']);
  });

  it('leaves ordinary uses of the weak words alone', () => {
    expect(runs('配套发展商业、娱乐、旅游、酒店等多种业态')).toEqual([]);
    expect(runs('全面推行村级非现金结算,推广网上平台')).toEqual([]);
    expect(runs('澳门回归祖国二十周年,社区老年棋牌室开放,体育公园建成')).toEqual([]);
  });

  it('leaves reports of the fight against gambling alone', () => {
    expect(runs('严厉打击赌博违法犯罪活动,查处赌场窝点3个')).toEqual([]);
    expect(runs('澳门赌场')).toEqual(['澳门赌场']);
  });
});

describe('removeSpam', () => {
  const page = [
    '欢迎访问澳门现金赌场人民政府网站',
    '——2020年12月27日在澳门现金赌场郑陆镇第三届人民代表大会第九次会议上',
    '为澳门亚冠娱乐创新能力强的企业提供平台,把资源澳门亚冠娱乐用到发展经济上。',
    '加快启动《天宁区林地保护利用规划》编制。',
    '主办单位:澳门现金赌场人民政府',
    '天宁区互联网不良信息举报中心',
  ].join('\n');

  it('puts the district name back in place-name slots and deletes spam elsewhere', () => {
    const cleaned = removeSpam(page);
    expect(cleaned.text.split('\n')).toEqual([
      '欢迎访问天宁区人民政府网站',
      '——2020年12月27日在天宁区郑陆镇第三届人民代表大会第九次会议上',
      '为创新能力强的企业提供平台,把资源用到发展经济上。',
      '加快启动《天宁区林地保护利用规划》编制。',
      '主办单位:天宁区人民政府',
      '天宁区互联网不良信息举报中心',
    ]);
    expect(cleaned.spam).toEqual(['澳门现金赌场', '澳门亚冠娱乐']);
    expect(cleaned.restored).toEqual([{ injected: '澳门现金赌场', restored: '天宁区' }]);
  });

  it("prefers the caller's district when the text names it, else the most frequent name", () => {
    const text = '武进区与天宁区交界。天宁区互联网中心。在澳门赌场郑陆镇召开会议。';
    expect(removeSpam(text).text).toBe('武进区与天宁区交界。天宁区互联网中心。在天宁区郑陆镇召开会议。');
    expect(removeSpam(text, { districtHint: '武进区' }).text).toContain('在武进区郑陆镇');
    // A hint the text never mentions is no evidence.
    expect(removeSpam(text, { districtHint: '吴江区' }).text).toContain('在天宁区郑陆镇');
  });

  it('fits the name to a following 区委 and deletes spam when no district is known', () => {
    expect(removeSpam('天宁区互联网中心。在澳门现金赌场区委的领导下').text).toBe(
      '天宁区互联网中心。在天宁区委的领导下',
    );
    const unknown = removeSpam('欢迎访问澳门现金赌场人民政府网站');
    expect(unknown.text).toBe('欢迎访问人民政府网站');
    expect(unknown.restored).toEqual([]);
  });

  it('changes nothing in a clean text', () => {
    const text = '嘉泽镇人民政府上线“政风热线”。';
    expect(removeSpam(text)).toEqual({ text, spam: [], restored: [] });
  });
});

describe('removeSpam on advert lines', () => {
  it('drops a line that is mostly spam whole, leaving no debris', () => {
    const text = '查家村创成省级特色田园乡村。\n澳门威尼斯人官网注册送38元彩金\n牟家村特色民宿正式营业。';
    const cleaned = removeSpam(text);
    expect(cleaned.text).toBe('查家村创成省级特色田园乡村。\n\n牟家村特色民宿正式营业。');
    expect(cleaned.spam).toEqual(['澳门威尼斯人官网注册送', '彩金']);
  });
});
