/**
 * Words that decide whether a figure is a goal or an achievement, and which words to trim
 * off a metric. Generic to the genre: hedges and verbs of plans and reports.
 */

/** Hedges and plan verbs before a goal: 力争明年新增上市挂牌企业7家. */
export const GOAL_HEDGES = [
  '力争',
  '确保',
  '争取',
  '力促',
  '计划',
  '预期',
  '预计',
  '拟',
  '规划',
  '努力',
  '将',
  // 力保 and 冲刺 set a floor or a reach (力保增长6%, 冲刺产值100亿元); 目标 states the goal
  // when it introduces the figures (主要目标：…, 目标是…, 预期目标为…).
  '力保',
  '冲刺',
  '目标',
  // 提出，要…今年完成投资15亿元; 全年要实现产值20亿元: 要 sets a task when a body lays it
  // down or when a verb of achieving follows (target-classify keeps only those two frames).
  '要',
] as const;

/** Hedges that make a goal binding (确保, 不低于) or soft (力争, 左右). */
export const HARD_WORDS = ['确保', '力保', '不低于', '不少于', '至少'] as const;
export const SOFT_WORDS = [
  '力争',
  '争取',
  '力促',
  '冲刺',
  '左右',
  '约',
  '预计',
  '预期',
  '拟',
  '计划',
] as const;

/** Time words that put a figure in the future: 明年, 到2025年, 十四五期末. */
export const FUTURE_TIME =
  /明年|来年|后年|到(?:20\d{2})年|(?:20\d{2})年(?:前|底前)|十[四五]五(?:期末|末)|今后|(?:建成|投产|达产|达效|满产|竣工|运营|开工|投用|投入使用)后|将形成/;

/**
 * 预计全年 (or 全年预计) estimates the year under review: 预计全年完成产值超2200亿元 is achieved,
 * not aimed at; so does 预计上半年, 预计1—6月份 (a period of the year under way) in a summary.
 * Not before a deadline or a verb of building (预计年底前建成投产, 预计年内开工): that plans.
 */
export const ESTIMATE_OF_PAST =
  /(?:预计[，,]?(?:(?:今年|本年)?(?:上半年|前三季度|[一二三]季度|1[—\-－~至到](?:[1-9]|1[0-2])月份?)|全年|今年|本年|年底|年内)|(?:全年|今年|本年)预计)(?![前底]|[^，,；;。]{0,4}?(?:建成|投产|开工|动工|竣工|完工|投用|运营|落地))/g;

/**
 * Words that date a clause in the past or report what is done: 已, 累计, 截至目前, 今年以来,
 * 去年 (not 比去年, a goal's baseline). A hedge in an earlier clause does not reach past them.
 */
export const PAST_MARKER = /已经?|累计|截[至止]|以来|(?<![比较同])(?:去年|上年)(?!同期)|此前|过去/;

/** Review cues: 已, 完成了, 累计, 实现了. */
export const REVIEW_CUES = /已经?|完成了|实现了|累计|先后|成功|获评|创成|建成|共计/;

/** Verbs that end a metric: 完成产值3220亿元 → metric 产值; 设置率达100% → 设置率. */
export const TRAILING_VERBS =
  /(?:预计|预期|可|将|共|(?<![签节预履违制集邀缔续合])约|拥有|有|现有|目前有|完成|实现|达到|达|为|至|超过|超|突破|累计达|合计)+$/;

/** Leading words that are not part of a metric: hedges, times, connectives. */
export const LEADING_NOISE =
  /^(?:其中|并|和|及|与|同时|此外|还|另|全年|上半年|下半年|今年|明年|去年|目前|当前|力促|力保|冲刺|(?:19|20)\d{2}年(?:度)?|力争|确保|争取|计划|预计|预期|拟|将|还将|后期|要|再|全镇|全区|全市|全县|我镇|我区|大力|加快|全力|积极|持续|为|对|在|共|有|现有)+/;

/** Verbs and changes: 增长6% is a change, 达到6亿元 a level. */
export const CHANGE_WORDS = /(?:同比)?(?:增长|增加|提高|提升|下降|减少|降低|增幅|增速)(?:了)?$/;

/** Verbs that may open a metric written after its figure: 接入48个系统平台, 划分6个党小组. */
export const LEADING_VERB =
  /^(?:成功)?(?:新增|招引|引进|培育|接入|划分|实施|建成|打造|新建|改造|签约|获评|创成|拥有|实现|完成|推进|建设|累计|帮助|发放)?$/;
