import type { DocumentContext, EntityMention, ExtractedFacts } from '../types';
import { findEnumerations } from './name-enumeration';
import { entityMention, isPlausibleName } from './name-mention';
import { scanSuffixNames } from './name-scan';
import { tokenize } from './name-segment';

/** Heads of park, district and market names. */
const SUFFIXES = [
  '产业园',
  '工业园区',
  '工业园',
  '科技园',
  '创新园',
  '创智园',
  '示范园',
  '园区',
  '开发区',
  '高新区',
  '科学城',
  '科教城',
  '化工园',
  '企业园',
  '物流园',
  '创新区',
  '先行区',
  '集聚区',
  '旅游区',
  '度假区',
  '风景区',
  '小镇',
  '古镇',
  '市场',
  '智谷',
  '芯谷',
  '金谷',
  // Planning areas real reports name: 工业集中区, 工业功能区, 示范区, 片区, 新城, 新区,
  // 历史文化街区, 产业基地, 板块, 组团 (the families of town-level planning documents).
  '集中区',
  '功能区',
  '融合区',
  '物流区',
  '示范区',
  '新片区',
  '片区',
  '新城',
  '新区',
  '未来城',
  '街区',
  '产业基地',
  '板块',
  '组团',
  '经开区',
  '总部园',
];
const WORD_FINAL = new Set(['市场', '园区', '小镇', '古镇', '片区', '新城', '新区', '街区', '板块', '组团']);

/**
 * A quoted head with a zone suffix (“两湖”创新区) is a branded initiative and a Programme;
 * national titles (国家…示范园) are programmes too. Everything else with a zone suffix is a Zone.
 */
export function isProgrammeLikeZone(name: string): boolean {
  return /^“[^”]+”[^“”]{0,4}(创新区|示范区)$/.test(name) || /^(国家|全国)/.test(name);
}

/** Heads so broad that a proper name must stand in front: 夏溪花木市场, not 花木市场 or 产业园区. */
const BROAD =
  /(市场|园区|集聚区|小镇|古镇|旅游区|风景区|集中区|功能区|融合区|物流区|示范区|片区|新城|新区|街区|产业基地|板块|组团|经开区)$/;

function isZoneName(name: string, placeNames: readonly string[]): boolean {
  if (!isPlausibleName(name, { min: 4, max: 24 }) || isProgrammeLikeZone(name)) return false;
  const body = name.replace(BROAD, '').replace(/[“”]/g, '');
  if (!BROAD.test(name)) return true;
  return (
    body.length >= 4 ||
    placeNames.some((p) => body.includes(p)) ||
    tokenize(body).some((t) => ['ns', 'nr', 'nz', 'nt'].includes(t.tag))
  );
}

/** 常州市焦溪古镇: the city or district named in full in front is where the zone lies, not its name. */
function withoutPlace(name: string, fullNames: readonly string[]): { name: string; aliases: string[] } {
  const place = fullNames.find((p) => name.startsWith(p) && name.length - p.length >= 4);
  return place ? { name: name.slice(place.length), aliases: [name] } : { name, aliases: [] };
}

/**
 * Zones: industrial parks, development zones, science cities, themed towns and market areas.
 * Example: 助推夏溪花木市场、江南花都产业园联动发展。
 */
export function extractZones(ctx: DocumentContext): ExtractedFacts {
  const entities: EntityMention[] = [];
  const placeNames = [...new Set(ctx.places.places.flatMap((p) => [p.name, ...p.aliases]))].filter(
    (n) => n.length >= 2,
  );
  const coarse = [ctx.places.city?.name, ctx.places.district?.name].filter((n): n is string => Boolean(n));
  for (const sentence of ctx.doc.sentences) {
    for (const span of scanSuffixNames(sentence.text, {
      suffixes: SUFFIXES,
      maxLength: 24,
      wordFinal: WORD_FINAL,
      verbsEnd: true,
    })) {
      // 国际花卉园艺示范园项目 is the works that build the park: a project, not a zone.
      if (!isZoneName(span.name, placeNames) || /^(项目|工程)/.test(sentence.text.slice(span.end))) continue;
      const { name, aliases } = withoutPlace(span.name, coarse);
      entities.push(
        entityMention({ label: 'Zone', sentence, span, name, aliases, rule: 'zone.suffix', confidence: 0.8 }),
      );
    }
    for (const list of findEnumerations(sentence.text)) {
      if (list.label !== 'Zone') continue;
      for (const item of list.items) {
        if (entities.some((e) => e.span.start === sentence.start + item.start)) continue;
        if (!isPlausibleName(item.name, { min: 3, max: 24 })) continue;
        entities.push(
          entityMention({ label: 'Zone', sentence, span: item, rule: `zone.${list.rule}`, confidence: 0.65 }),
        );
      }
    }
  }
  return { entities, relations: [] };
}
