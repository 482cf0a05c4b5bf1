import type { DocumentContext, EntityMention, Sentence } from '../types';
import { alternatives, placeForms } from './institution-bodies';
import { levelStandsAlone } from './institution-services';
import { entityMention } from './name-mention';

/**
 * The working departments of a party committee (组织部, 宣传部, 统战部, 政法委 and the
 * offices 农办, 编办, 网信办) and the people's organisations every level has (总工会, 妇联,
 * 工商联, 科协, 红十字会…), with the congress's standing bodies: general knowledge of the
 * organisation charts of Chinese local government, not names gathered from any document.
 */
const PARTY_DEPARTMENTS = [
  '组织部',
  '宣传部',
  '统战部',
  '政法委',
  '农办',
  '编办',
  '网信办',
  '巡察办',
  '老干部局',
  '党史研究室',
  '政策研究室',
  '办公室',
  '办',
];
const PEOPLES_ORGANISATIONS = [
  '总工会',
  '妇联',
  '妇女联合会',
  '工商联',
  '科协',
  '侨联',
  '文联',
  '残联',
  '红十字会',
  '慈善总会',
  '人大主席团',
  '人大常委会',
  '政协',
];

/** A title or a member after the body makes it part of a person's role, which the people rule reads. */
const NOT_AFTER =
  '(?![\\u4e00-\\u9fa5]{0,2}(?:主任|书记|部长|主席|会长|委员|常委|副|党组|干部|成员|代表|会议|全会))';
/** 县委组织部, 镇党委宣传办, 区委农办: a committee of a level, then one of its departments. */
const PARTY = new RegExp(
  `(?:(?:省|市|州|县|区|旗)委|(?:镇|乡|街道)?党(?:工)?委)(?:${alternatives(PARTY_DEPARTMENTS)})${NOT_AFTER}`,
  'g',
);
/** 县总工会, 镇妇联, 区红十字会, 镇人大主席团: the level is needed, a bare 妇联 names no one. */
const ORGANISATION = new RegExp(
  `(?:省|市|州|县|区|旗|镇|乡|街道)(?:${alternatives(PEOPLES_ORGANISATIONS)})${NOT_AFTER}`,
  'g',
);
/** The youth league's committee puts its level inside: 团县委, 团镇委. */
const LEAGUE = new RegExp(`团(?:省|市|州|县|区|镇|乡)委${NOT_AFTER}`, 'g');

/** Where a level character opens the body: after a break, a function word or a place's name. */
function opensBody(text: string, at: number, forms: readonly string[]): number | null {
  const before = text.slice(0, at);
  const place = forms.find((form) => before.endsWith(form));
  // 枫桥镇党委宣传部: the place written before the level is part of the name.
  if (place) return at - place.length;
  return levelStandsAlone(text, at) ? at : null;
}

/**
 * Party-and-organisation rule: a party committee's department or a people's organisation,
 * named by its level or its place, acting in the text.
 * Example: 根据县委组织部部署，镇妇联、团镇委和县红十字会组织志愿者。
 */
export function partyBodyMentions(ctx: DocumentContext, sentence: Sentence): EntityMention[] {
  const forms = placeForms(ctx);
  const text = sentence.text;
  const found: EntityMention[] = [];
  for (const re of [PARTY, ORGANISATION, LEAGUE]) {
    // Each party match holds 委, each league match 团: most sentences hold neither.
    if ((re === PARTY && !text.includes('委')) || (re === LEAGUE && !text.includes('团'))) continue;
    for (const m of text.matchAll(re)) {
      if (m.index === undefined) continue;
      const start = opensBody(text, m.index, forms);
      if (start === null) continue;
      const end = m.index + m[0].length;
      // 在市人大、市政协的支持下: the congress and the conference in the report's formula of
      // thanks are the setting of the work, not actors in it.
      if (re === ORGANISATION && /^[^，,。；;]{0,12}(?:支持|监督|关心)下/.test(text.slice(end))) continue;
      // A committee's general office alone (县委办) is too little; a level and an organisation
      // (镇妇联, 县科协, 团镇委) is a whole name.
      if (end - start < (re === PARTY ? 4 : 3)) continue;
      found.push(
        entityMention({
          label: 'Institution',
          sentence,
          span: { name: text.slice(start, end), start, end },
          rule: 'institution.party-body',
          confidence: 0.6,
        }),
      );
    }
  }
  return found;
}
