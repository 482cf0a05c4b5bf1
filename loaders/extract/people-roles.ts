/** Official titles, longest first so that 副镇长 wins over 镇长. */
export const ROLES = [
  '总书记',
  '党委副书记',
  '党委书记',
  '党总支书记',
  '党支部书记',
  '党工委书记',
  '党组书记',
  '县委副书记',
  '县委书记',
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
  // The county's or city's leaders as a group, before a list of names (县领导甲某、乙某参加调研).
  '省领导',
  '市领导',
  '县领导',
  '区领导',
  '副乡长',
  '乡长',
  '副主任',
  '主任',
  '副局长',
  '局长',
  '副部长',
  '部长',
  '政法委员',
  '宣传委员',
  '组织委员',
  '统战委员',
  '纪委委员',
  '党委委员',
  '党工委委员',
  '委员',
  '县委常委',
  '市委常委',
  '常委',
  '人大主席',
  '副主席',
  '主席',
  '董事长',
  '副董事长',
  '董事',
  '总经理',
  '副总经理',
  '经理',
  // Banks, firms and the ranks of government departments (行长, 总裁, 处长, 科长), and the
  // party group of a department (党组成员): titles real reports put before names.
  '副行长',
  '行长',
  '副总裁',
  '总裁',
  '总监',
  '总工程师',
  '党组成员',
  '副厅长',
  '厅长',
  '副处长',
  '处长',
  '副科长',
  '科长',
  '村支书',
  '支书',
  '助理',
  '负责人',
  '创始人',
  '理事长',
  '秘书长',
  '会长',
  '组长',
  '厂长',
  '主持人',
  '副院长',
  '院长',
  '校长',
  '所长',
  '站长',
  '村主任',
  '记者',
];

/**
 * Single-character surnames: those of the 百家姓 and of the national surname statistics,
 * without the characters that are far more often a function word or a common noun right
 * after a title (和, 时 as "when", 都, 国, 文, 东, 向, 于…); a name that starts with one of
 * those is still found when jieba tags it as a person name.
 */
export const SURNAMES = new Set([
  ...'赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏窦章苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬常乐傅皮卞齐康伍余卜顾孟黄穆萧尹姚邵湛汪祁毛禹狄米贝臧伏戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万柯昝管卢莫裘缪解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊惠甄曲封芮羿储靳汲邴糜井段富巫乌焦巴弓牧隗谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾甘厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰鄂索咸赖卓蔺屠蒙池乔阴胥苍闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍桑桂濮牛寿通边扈燕冀郏浦尚农温庄晏柴瞿阎充慕连茹习宦艾鱼容古易慎戈廖庾暨居衡步耿满弘匡寇禄阙欧殳沃蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶曾沙鞠丰巢关蒯相查荆红游竺权逯盖桓闫覃付兰恽査哈',
]);

/**
 * Surnames left out of SURNAMES because the character is more often a word (时 "when", 向
 * "towards", 于 "at"): after a title they still begin a name when a speech or action verb
 * closes it at once (镇党委书记向某介绍, 县委书记时某在会上).
 */
/** Two-character surnames of the 百家姓 still in use: their names run to three or four characters. */
export const COMPOUND_SURNAMES =
  /^(?:欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|令狐|长孙|宇文|司徒|夏侯|轩辕|端木|独孤|南宫|西门|呼延|闻人|澹台|公冶|太史|申屠|钟离|万俟)/;

export const WORD_SURNAMES = new Set([...'时向于和都国文东上官']);
export const CLOSING_VERB = /^(?:介绍|表示|指出|强调|说|在|主持|出席|讲话|认为|要求)/;

/**
 * What may follow a name: punctuation, a speech verb, or the end of the text; and the verbs
 * of an official's visit that news reports put right after the name (某某到某镇调研, 某某赴
 * 企业走访, 某某先后察看, 某某实地查看).
 */
export const AFTER_NAME =
  /^(?:$|[\s，,。；;、：:！？“”（(]|说|表示|介绍|强调|指出|认为|就|在|要|主持|出席|参加|带队|调研|一行|等|同志|提出|讲话|作|接受|结合|告诉|来到|深入|走访|陪同|率|带领|坦言|谈到|透露|也|对|与|和|从|为|向|将|是|到|赴|前往|先后|实地|现场|察看|查看|看望|慰问|检查|督导|致辞|宣布|希望|代表|详细|的|及|还|看来|回答|听取|会见|了解|召开|参观|随后|亲自|对此|最|已|正|又|曾|一直|带(?![动来去]))/;
