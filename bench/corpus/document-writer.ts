import { emptyGold, type GoldDocument, type GoldFigure } from './gold';
import { enterpriseName, programmeName, projectName, type EnterpriseName } from './names';
import type { SeededRandom } from './random';
import type { TownSetting } from './town-pool';

const SURNAMES = [...'王李张刘陈杨黄赵周吴徐孙朱马胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾'];
const GIVEN = [...'建国伟华明军平磊静丽强敏杰涛燕霞超勇艳娟峰晨宇轩浩然'];
const FILLER = [
  '坚持以人民为中心的发展思想,统筹推进经济社会各项事业,全镇上下凝心聚力、攻坚克难。',
  '持续优化营商环境,推动政务服务事项全程网办,企业群众满意度稳步提升。',
  '扎实推进乡村振兴,改善农村人居环境,村庄面貌焕然一新,群众获得感、幸福感、安全感不断增强。',
  '坚持生态优先、绿色发展,深入打好污染防治攻坚战,河道水质持续改善,空气质量稳中向好。',
  '加强基层治理,完善网格化管理体系,矛盾纠纷排查化解机制更加健全,社会大局和谐稳定。',
  '牢固树立安全发展理念,压紧压实安全生产责任,开展重点行业领域专项整治,守牢安全底线。',
  '聚焦民生关切,办好教育、医疗、养老等民生实事,兜牢兜实民生底线,提升公共服务水平。',
  '坚持党建引领,锻造忠诚干净担当的干部队伍,以作风建设新成效推动各项工作落地见效。',
];
const CN_DIGITS = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Accumulates a document's paragraphs and the gold of everything it states. */
export class DocumentWriter {
  readonly gold: GoldDocument;
  private readonly paragraphs: string[] = [];

  constructor(
    readonly random: SeededRandom,
    readonly setting: TownSetting,
    readonly year: number,
    file: string,
  ) {
    this.gold = emptyGold(file, setting.town.name);
    const chain = [setting.province, setting.city, setting.district, setting.town];
    chain.forEach((place, i) =>
      this.gold.places.push({
        name: place.name,
        kind: place.kind,
        parent: chain[i - 1]?.name ?? null,
        aliases: [],
      }),
    );
  }

  get townShort(): string {
    return this.setting.town.aliases[0] ?? this.setting.town.name.replace(/镇$/, '');
  }

  paragraph(text: string): void {
    this.paragraphs.push(text);
  }

  /** The paragraphs, with general statements of the genre (no entities, no figures) mixed in. */
  text(): string {
    const out: string[] = [];
    for (const paragraph of this.paragraphs) {
      out.push(paragraph);
      if (this.random.chance(0.9)) out.push(this.random.sample(FILLER, this.random.int(2, 4)).join(''));
    }
    return `${out.join('\n\n')}\n`;
  }

  person(role: string): string {
    const name =
      this.random.pick(SURNAMES) +
      this.random.pick(GIVEN) +
      (this.random.chance(0.6) ? this.random.pick(GIVEN) : '');
    this.gold.people.push({ name, role, place: this.setting.town.name });
    return name;
  }

  village(): string {
    const village = this.random.pick(this.setting.villages);
    if (!this.gold.places.some((p) => p.name === village.name)) {
      this.gold.places.push({
        name: village.name,
        kind: 'VILLAGE',
        parent: this.setting.town.name,
        aliases: [],
      });
    }
    return village.name;
  }

  enterprise(): EnterpriseName {
    const name = enterpriseName(this.random, this.setting.city.name);
    this.gold.enterprises.push({ name: name.full, place: this.setting.town.name, aliases: [name.short] });
    return name;
  }

  project(options: { status: string | null; enterprise?: EnterpriseName }): string {
    const name = projectName(this.random, this.townShort);
    const enterprise = options.enterprise?.full ?? null;
    this.gold.projects.push({
      name,
      place: this.setting.town.name,
      enterprise,
      status: options.status,
      aliases: [],
    });
    if (enterprise) this.gold.relations.push({ type: 'OPERATED_BY', from: name, to: enterprise });
    return name;
  }

  programme(): string {
    const { name, quoted } = programmeName(this.random, this.townShort);
    this.gold.programmes.push({ name, level: 'TOWN', aliases: quoted === name ? [] : [quoted] });
    this.gold.relations.push({ type: 'PARTICIPATES_IN', from: this.setting.town.name, to: name });
    return quoted;
  }

  target(figure: Omit<GoldFigure, 'subject'>): void {
    this.gold.targets.push({ subject: this.setting.town.name, ...figure });
  }

  /** A goal whose subject is a project (the investment a signed project commits to). */
  projectTarget(project: string, figure: Omit<GoldFigure, 'subject'>): void {
    this.gold.targets.push({ subject: project, ...figure });
  }

  indicator(figure: Omit<GoldFigure, 'subject'>): void {
    this.gold.indicators.push({ subject: this.setting.town.name, ...figure });
  }

  /** 3 → 三, 10 → 十, 2 → 两 (as counted things are written). */
  static chineseCount(n: number): string {
    return CN_DIGITS[n] ?? String(n);
  }
}
