import { INDUSTRY_WORDS } from './industry-lexicon';

/**
 * Words that say what a zone is for, not which zone it is. Planning texts name functional
 * areas by stacking them (现代服务集聚区, 装备智造示范区, 温泉小镇, 康养片区, 商贸物流区): such a
 * phrase describes a kind of area, or a goal (打造…示范区), and the gold does not count it as
 * a zone. A zone's name has a word outside this vocabulary: a place (白文养殖示范区), a road
 * (腾飞路先进制造业示范区), a brand (花都产业园). The entries are the function words of the
 * zone families in Chinese town and county planning documents (industries come from the
 * shared industry lexicon), not the names of any one document's zones.
 */
const FUNCTION_WORDS: readonly string[] = [
  ...INDUSTRY_WORDS,
  '历史文化',
  '高新技术',
  '循环经济',
  '现代化',
  '商贸',
  '商业',
  '商务',
  '物流',
  '仓储',
  '电商',
  '文旅',
  '农旅',
  '旅游',
  '度假',
  '休闲',
  '康养',
  '养老',
  '健康',
  '温泉',
  '生态',
  '田园',
  '农业',
  '工业',
  '产业',
  '科技',
  '科创',
  '创新',
  '创业',
  '双创',
  '金融',
  '文化',
  '创意',
  '智造',
  '制造',
  '制造业',
  '先进',
  '装备',
  '加工',
  '养殖',
  '种植',
  '服务',
  '宜居',
  '居住',
  '城市',
  '治理',
  '古镇',
  '水乡',
  '江南',
  '特色',
  '示范',
  '融合',
  '发展',
  '综合',
  '现代',
  '高端',
  '新型',
  '绿色',
  '低碳',
  '数字',
  '智慧',
  '智能',
  '高新',
  '经济',
  '技术',
  '产城',
  '核心',
  '新兴',
  '未来',
  '高性能',
  '医药',
  '集聚',
  '开放',
  '引领',
  '试验',
  '转型',
  '升级',
  '高质量',
  '一流',
  '专业',
  '集体',
  '园区',
  // Broad sectors a county names its parks by (某某化工园区, 纺织工业园): a sector alone is a kind of park.
  '化工',
  '石化',
  '纺织',
  '机械',
  '电子',
  '建材',
  '冶金',
  '汽车',
  '家居',
  '服装',
  '五金',
  '林业',
  '渔业',
  '畜牧',
  '生物',
  '食品',
  '医疗',
  '粮食',
  '国防',
  '皮革',
  '光电',
  // 全链条预制菜产业园, 临空经济示范区, 临港经济区产业园: a park's reach or its site by an airport or a
  // port is its kind; a place in front (某市临港经济技术开发区) names one.
  '全链条',
  '全产业链',
  '临空',
  '临港',
  // Cooperation schemes name a kind of park (东西部协作产业园, 飞地园区), not one.
  '东西部',
  '协作',
  '帮扶',
  '共建',
  '飞地',
  // 承接产业转移示范区, 某某产业转移工业园: the transfer of industries a park receives is its kind.
  '产业转移',
  '转移',
  '城乡统筹',
  '统筹',
  // 都市农业产业园, 传统优势产业园: what a park of a plan's set is for, not which park it is.
  '都市',
  '传统',
  '优势',
  '国际合作',
  '国际',
  '合作',
  '主题',
  '重大',
  '重点',
  // Directions and the planners' 主体功能区 place a kind of area, they do not name one.
  '主体',
  '东部',
  '西部',
  '南部',
  '北部',
  '中部',
  '小微企业',
  '小微',
  '企业',
  // Service trades that name the parks of a business district (人力资源产业园, 零售产业园,
  // 跨境电商园), and the people a start-up park serves (返乡创业园, 大学生创业园).
  '人力资源',
  '零售',
  '批发',
  '租赁',
  '外包',
  '会展',
  '软件',
  '信息',
  '跨境',
  '直播',
  '检验检测',
  '楼宇',
  '人才',
  '青年',
  '大学生',
  '返乡',
  '妇女',
  // Levels of division: 乡街产业园, 镇村工业园 are a kind of park every town has.
  '乡镇',
  '乡街',
  '镇村',
  '街道',
].sort((a, b) => b.length - a.length);

/** Verbs of movement inside a body: 从电厂直通园区 says where a pipe runs, not a zone's name. */
const MOTION = /直通|通往|直达|连接|连通|进入|走进|迁入|搬入|入园|进园/;

/**
 * True when the words before a zone head name one zone rather than a kind of area: after
 * the function words go, two characters must be left, or a known place must stand in it.
 */
export function isDistinctiveBody(body: string, placeNames: readonly string[]): boolean {
  // “智慧云”产业基地: a quoted body is a coined name.
  if (/^“[^”]+”$/.test(body.trim())) return true;
  const plain = body.replace(/[“”‘’"()（）·\s]/g, '');
  if (MOTION.test(plain)) return false;
  // A place's name in the body places the zone, unless the place's name is itself a function word (古镇).
  if (placeNames.some((p) => plain.includes(p) && !FUNCTION_WORDS.includes(p))) return true;
  let rest = plain;
  // Most words are absent from a body: the containment test spares their split and join.
  for (const word of FUNCTION_WORDS) if (rest.includes(word)) rest = rest.split(word).join(' ');
  return rest.split(' ').some((piece) => piece.length >= 2);
}

/** True when a phrase ends in a function word of zones (某某乡租赁, 某某塘新材料): it stops at a trade. */
export function endsWithFunctionWord(phrase: string): boolean {
  const plain = phrase.replace(/[“”‘’"()（）·\s]/g, '');
  return FUNCTION_WORDS.some((word) => plain.endsWith(word) && plain.length > word.length);
}
