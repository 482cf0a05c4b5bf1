/**
 * Words a programme's name is often read together with but that are not part of it: the
 * verb that governs it (紧紧围绕, 实行, 打赢, 试点) and the body or scope that issued it
 * (县委, 县政府, 全县). 紧紧围绕县委“某某”工作思路 → “某某”工作思路; 现有企业实行某某帮包制度 →
 * 某某帮包制度; 全县“1+2”现代化工业体系 → “1+2”现代化工业体系.
 */

/** Verbs that take a programme as their object (also the verbs of spending on one, 投向, 用于, and of joining one, 参与). */
const GOVERNING =
  /(?:紧紧|始终|全面|深入|扎实|持续|大力|积极|认真|加快)?(?:围绕|聚焦|紧扣|紧跟|落实|贯彻|实行|实施|推行|开展|启动|打赢|打好|试点|依托|按照|对标|融入|对接|投向|投入|用于|助力|参与|参加|加入)/g;
/** The body or scope in front: 县委, 市政府, 镇党委, 全县. */
const ISSUER = /^(?:[省市县区镇乡](?:委|政府|党委)|党委|政府|全[省市县区镇乡])/;

/** The shortest a name may become: a cut that leaves less is no cut. */
const MIN_REST = 4;

export function stripProgrammeLead(name: string): string {
  // Cut after the last governing verb that still leaves a name (实行 in 某企业实行某制度).
  let cut = 0;
  for (const m of name.matchAll(GOVERNING)) {
    const end = (m.index ?? 0) + m[0].length;
    if (name.slice(end).replace(/[“”]/g, '').length >= MIN_REST) cut = end;
  }
  let rest = name.slice(cut);
  const issuer = ISSUER.exec(rest)?.[0];
  if (issuer && rest.slice(issuer.length).replace(/[“”]/g, '').length >= MIN_REST)
    rest = rest.slice(issuer.length);
  return rest;
}
