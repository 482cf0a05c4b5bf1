/** Official titles, longest first so that 副镇长 wins over 镇长. */
export const ROLES = [
  '党委副书记',
  '党委书记',
  '党总支书记',
  '党支部书记',
  '党工委书记',
  '区委副书记',
  '区委书记',
  '区委常委',
  '市委书记',
  '纪委书记',
  '副书记',
  '书记',
  '副镇长',
  '镇长',
  '副区长',
  '区长',
  '副市长',
  '市长',
  '副县长',
  '县长',
  '副主任',
  '主任',
  '副局长',
  '局长',
  '副部长',
  '部长',
  '政法委员',
  '宣传委员',
  '组织委员',
  '人大主席',
  '副主席',
  '主席',
  '董事长',
  '总经理',
  '副院长',
  '院长',
  '校长',
  '所长',
  '站长',
  '村主任',
  '记者',
];

/** Common single-character surnames: a name after a title starts with one. */
export const SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤恽郁惠缪芮糜储殷花浦盛蒋屠娄葛伍包',
]);

/** What may follow a name: punctuation, a speech verb, or the end of the text. */
export const AFTER_NAME =
  /^(?:$|[\s，,。；;、：:！？“”（(]|说|表示|介绍|强调|指出|认为|就|在|要|主持|出席|参加|带队|调研|一行|等|同志|提出|讲话|作)/;
