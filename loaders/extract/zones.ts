import type { DocumentContext, EntityMention, ExtractedFacts } from '../types';
import { findEnumerations } from './name-enumeration';
import { entityMention, isPlausibleName } from './name-mention';
import { scanSuffixNames } from './name-scan';
import { tokenize } from './name-segment';

/** Heads of park, district and market names. */
const SUFFIXES = [
  '产业园', '工业园区', '工业园', '科技园', '创新园', '创智园', '示范园', '园区', '开发区', '高新区', '科学城组团',
  '科学城', '创新区', '先行区', '集聚区', '小镇', '市场', '智谷', '芯谷', '金谷',
];
const WORD_FINAL = new Set(['市场', '园区', '小镇']);

/**
 * A quoted head with a zone suffix (“两湖”创新区) is a branded initiative and a Programme;
 * national titles (国家…示范园) are programmes too. Everything else with a zone suffix is a Zone.
 */
export function isProgrammeLikeZone(name: string): boolean {
  return /^“[^”]+”[^“”]{0,4}(创新区|示范区)$/.test(name) || /^(国家|全国)/.test(name);
}

/** Heads so broad that a proper name must stand in front: 夏溪花木市场, not 花木市场 or 产业园区. */
const BROAD = /(市场|园区|集聚区|小镇)$/;

function isZoneName(name: string): boolean {
  if (!isPlausibleName(name, { min: 4, max: 24 }) || isProgrammeLikeZone(name)) return false;
  const body = name.replace(BROAD, '').replace(/[“”]/g, '');
  if (BROAD.test(name)) return body.length >= 4 || tokenize(body).some((t) => ['ns', 'nr', 'nz', 'nt'].includes(t.tag));
  return true;
}

/**
 * Zones: industrial parks, development zones, science cities, themed towns and market areas.
 * Example: 助推夏溪花木市场、江南花都产业园联动发展。
 */
export function extractZones(ctx: DocumentContext): ExtractedFacts {
  const entities: EntityMention[] = [];
  for (const sentence of ctx.doc.sentences) {
    for (const span of scanSuffixNames(sentence.text, { suffixes: SUFFIXES, maxLength: 24, wordFinal: WORD_FINAL, verbsEnd: true })) {
      // 国际花卉园艺示范园项目 is the works that build the park: a project, not a zone.
      if (!isZoneName(span.name) || /^(项目|工程)/.test(sentence.text.slice(span.end))) continue;
      entities.push(entityMention({ label: 'Zone', sentence, span, rule: 'zone.suffix', confidence: 0.8 }));
    }
    for (const list of findEnumerations(sentence.text)) {
      if (list.label !== 'Zone') continue;
      for (const item of list.items) {
        if (entities.some((e) => e.span.start === sentence.start + item.start)) continue;
        if (!isPlausibleName(item.name, { min: 3, max: 24 })) continue;
        entities.push(entityMention({ label: 'Zone', sentence, span: item, rule: `zone.${list.rule}`, confidence: 0.65 }));
      }
    }
  }
  return { entities, relations: [] };
}
