import { DocumentWriter } from './document-writer';

/**
 * The three genres of the corpus. Each states facts in the phrasing of its genre and
 * records them in the writer's gold as it goes.
 */

/** A town government work report: a review part with figures, a plan part with goals. */
export function writeWorkReport(w: DocumentWriter): string {
  const { random, year } = w;
  const town = w.setting.town.name;
  const mayor = w.person('镇长');
  w.paragraph(`${town}${year}年政府工作报告`);
  w.paragraph(`镇长 ${mayor}`);
  w.paragraph(`一、${year}年工作回顾`);
  const gdp = random.int(30, 300);
  const growth = random.int(3, 12);
  w.paragraph(`过去一年,全镇完成地区生产总值${gdp}亿元,同比增长${growth}%。`);
  w.indicator({
    metric: '地区生产总值',
    value: gdp * 1e8,
    unit: '元',
    year,
    text: `完成地区生产总值${gdp}亿元`,
  });
  w.indicator({ metric: '地区生产总值增长', value: growth, unit: '%', year, text: `同比增长${growth}%` });
  const count = random.int(2, 3);
  const done = Array.from({ length: count }, () => w.project({ status: 'COMPLETED' }));
  w.paragraph(`${done.join('、')}等${DocumentWriter.chineseCount(count)}个项目竣工投产。`);
  const enterprise = w.enterprise();
  const started = w.project({ status: 'STARTED', enterprise });
  w.paragraph(`${enterprise.full}投资建设的${started}正式开工,${enterprise.short}成为全镇首家上市企业。`);
  w.paragraph(`二、${year + 1}年工作安排`);
  const target = random.int(gdp + 5, gdp + 40);
  w.paragraph(`明年,力争实现地区生产总值${target}亿元。`);
  w.target({
    metric: '地区生产总值',
    value: target * 1e8,
    unit: '元',
    year: year + 1,
    qualifier: '力争',
    text: `力争实现地区生产总值${target}亿元`,
  });
  const jobs = random.int(5, 30) * 100;
  w.paragraph(`确保新增城镇就业${jobs}人,深入实施${w.programme()}。`);
  w.target({
    metric: '新增城镇就业',
    value: jobs,
    unit: '人',
    year: year + 1,
    qualifier: '确保',
    text: `确保新增城镇就业${jobs}人`,
  });
  return `${town}${year}年政府工作报告`;
}

/** A news feature built on an interview with the town's leaders (问/答). */
export function writeInterview(w: DocumentWriter): string {
  const { random, year } = w;
  const town = w.setting.town.name;
  const secretary = w.person('党委书记');
  w.paragraph(`日前,${town}党委书记${secretary}就全镇产业发展接受采访。`);
  w.paragraph(`问:${town}今年在招商引资方面有哪些成效?`);
  const enterprise = w.enterprise();
  const project = w.project({ status: 'SIGNED', enterprise });
  const invest = random.int(2, 30);
  w.paragraph(
    `答:今年以来,${w.village()}引进的${project}成功签约,由${enterprise.full}投资${invest}亿元建设。`,
  );
  w.projectTarget(project, {
    metric: '投资',
    value: invest * 1e8,
    unit: '元',
    year,
    text: `投资${invest}亿元`,
  });
  const share = random.int(20, 60);
  w.paragraph(`全镇高新技术产业产值占比达到${share}%。`);
  w.indicator({
    metric: '高新技术产业产值占比',
    value: share,
    unit: '%',
    year,
    text: `高新技术产业产值占比达到${share}%`,
  });
  w.paragraph(`问:下一步有什么打算?`);
  const firms = random.int(3, 9);
  w.paragraph(`答:我们将围绕${w.programme()},力争今年新增规上企业${DocumentWriter.chineseCount(firms)}家。`);
  w.target({
    metric: '新增规上企业',
    value: firms,
    unit: '家',
    year,
    qualifier: '力争',
    text: `力争今年新增规上企业${DocumentWriter.chineseCount(firms)}家`,
  });
  return `${town}:招商引资跑出加速度`;
}

/** A short news item on a signing ceremony, with an enumeration of projects. */
export function writeNews(w: DocumentWriter): string {
  const { random, year } = w;
  const town = w.setting.town.name;
  const count = random.int(2, 4);
  const signed = Array.from({ length: count }, () => w.project({ status: 'SIGNED' }));
  const total = random.int(10, 90);
  w.paragraph(`本报讯 昨天,${w.setting.district.name}${town}举行重大项目集中签约仪式。`);
  w.paragraph(`签约项目分别是${signed.join('、')},总投资${total}亿元。`);
  w.indicator({ metric: '签约项目总投资', value: total * 1e8, unit: '元', year, text: `总投资${total}亿元` });
  const mu = random.int(50, 400);
  w.paragraph(`项目落户${w.village()},计划明年建成,预计用地${mu}亩。`);
  w.target({
    metric: '用地',
    value: mu,
    unit: '亩',
    year: year + 1,
    qualifier: '预计',
    text: `预计用地${mu}亩`,
  });
  return `${town}${count}个重大项目集中签约`;
}

export const GENRES = { report: writeWorkReport, interview: writeInterview, news: writeNews } as const;
export type Genre = keyof typeof GENRES;
