import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { DocumentError } from '../../schema/errors';
import { documentId } from '../../schema/ids';
import type { DocumentInput } from '../types';
import { readDocument } from './index';

const SEEDS = path.join(__dirname, '../../seeds');
interface ManifestEntry {
  file: string;
  title: string;
  publisher: string;
  date: string;
  place: string;
  district: string;
  city: string;
}
const manifest = JSON.parse(readFileSync(path.join(SEEDS, 'manifest.json'), 'utf8')) as {
  documents: ManifestEntry[];
};
const seedBytes = (file: string) => readFileSync(path.join(SEEDS, file));
const seed002 = manifest.documents.find((entry) => entry.file.startsWith('002_'));
if (!seed002) throw new Error('seed 002 is missing from the manifest');

describe('readDocument on the seeds', () => {
  it.each(manifest.documents.map((entry) => [entry.file, entry] as const))(
    '%s: exact sentence offsets',
    (file, entry) => {
      const doc = readDocument({
        name: file,
        bytes: seedBytes(file),
        district: entry.district,
        place: entry.place,
      });
      expect(doc.id).toBe(documentId(doc.text));
      expect(doc.sentences.length).toBeGreaterThan(20);
      doc.sentences.forEach((sentence, index) => {
        expect(sentence.index).toBe(index);
        expect(doc.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
        expect(sentence.text).toBe(sentence.text.trim());
      });
      expect(doc.hints).toEqual({ district: entry.district, place: entry.place });
    },
  );

  it.each(manifest.documents.map((entry) => [entry.file, entry.title] as const))(
    '%s: finds the title without being told',
    (file, title) => {
      expect(readDocument({ name: file, bytes: seedBytes(file) }).title).toBe(title);
    },
  );

  describe('seed 002, a defaced page, read without any caller metadata', () => {
    const doc = readDocument({ name: seed002.file, bytes: seedBytes(seed002.file) });
    const sentenceWith = (needle: string) => doc.sentences.find((sentence) => sentence.text.includes(needle));

    it('leaves no spam in the text and restores 天宁区 where it was replaced', () => {
      for (const spam of ['澳门', '赌场', '亚冠', '现金赌']) expect(doc.text).not.toContain(spam);
      expect(sentenceWith('人民代表大会')?.text).toBe(
        '——2020年12月27日在天宁区郑陆镇第三届人民代表大会第九次会议上',
      );
      expect(sentenceWith('向大会报告工作')?.text).toContain('我代表天宁区郑陆镇人民政府');
      expect(doc.quality.spam).toEqual(['澳门现金赌场', '澳门亚冠娱乐']);
      expect(doc.quality.restored).toEqual([{ injected: '澳门现金赌场', restored: '天宁区' }]);
      expect(doc.quality.flags).toEqual(
        expect.arrayContaining(['SPAM_INJECTED', 'NAME_RESTORED', 'BOILERPLATE_REMOVED']),
      );
      expect(doc.quality.encoding).toBe('UTF-8');
    });

    it('takes title, publisher and date from the page header and drops the header and footer lines', () => {
      expect(doc.title).toBe('郑陆镇2020年度政府工作报告');
      expect(doc.publishedAt).toBe('2020-12-28');
      expect(doc.publisher).toBe('郑陆镇');
      for (const furniture of [
        '索 引 号',
        '发布机构',
        '内容概述',
        '打印本页',
        'ICP备',
        '访问量',
        '欢迎访问',
        '主办单位',
      ]) {
        expect(doc.text).not.toContain(furniture);
      }
      expect(doc.text.startsWith('郑陆镇2020年度政府工作报告\n')).toBe(true);
    });

    it('marks the review part and the plan part of the report', () => {
      expect(sentenceWith('累计实施省、市、区重大项目93个')?.section).toBe('review');
      expect(sentenceWith('“十三五”时期和2020年工作回顾')?.section).toBe('review');
      expect(sentenceWith('2021年主要工作安排')?.section).toBe('plan');
      expect(sentenceWith('计划出让面积1800亩')?.section).toBe('plan');
      expect(sentenceWith('各位代表:')?.section).toBe('other');
    });

    it('uses the caller metadata first', () => {
      const withCaller = readDocument({
        name: seed002.file,
        bytes: seedBytes(seed002.file),
        title: seed002.title,
        publisher: seed002.publisher,
        publishedAt: seed002.date,
        district: seed002.district,
        source: 'https://example.org/zl/2020.html',
      });
      expect(withCaller).toMatchObject({
        title: '郑陆镇2020年度政府工作报告',
        publisher: '郑陆镇人民政府',
        publishedAt: '2020-12-28',
        source: 'https://example.org/zl/2020.html',
        text: doc.text,
        id: doc.id,
      });
      expect(doc.source).toBe(seed002.file);
    });
  });
});

describe('readDocument on other inputs', () => {
  const simplified =
    '郑陆镇政府工作报告\n过去一年,全镇经济发展稳中向好,完成工业总产值178亿元。\n明年将继续推进乡村振兴,新建农村公厕9座。';
  const traditional =
    '鄭陸鎮政府工作報告\n過去一年,全鎮經濟發展穩中向好,完成工業總產值178億元。\n明年將繼續推進鄉村振興,新建農村公廁9座。';

  it('converts traditional text, giving the same text and id as its simplified twin', () => {
    const fromTraditional = readDocument({ name: 'big5.txt', bytes: iconv.encode(traditional, 'big5') });
    const fromSimplified = readDocument({ name: 'gbk.txt', bytes: iconv.encode(simplified, 'gbk') });
    expect(fromTraditional.text).toBe(simplified);
    expect(fromTraditional.id).toBe(fromSimplified.id);
    expect(fromTraditional.quality).toMatchObject({ encoding: 'Big5', flags: ['TRADITIONAL_CONVERTED'] });
    expect(fromSimplified.quality).toMatchObject({ encoding: 'GB18030', flags: [] });
    expect(fromTraditional.sentences.map((s) => s.section)).toEqual(['other', 'review', 'plan']);
  });

  it('reads an HTML page to its article', () => {
    const html = `<html><head><meta name="PubDate" content="2024-07-01"></head><body>
      <nav><a>首页</a><a>政务公开</a><a>互动交流</a></nav>
      <article><h1>嘉泽镇上半年工作总结</h1><p>上半年,嘉泽镇新签约项目12个。</p><p>下一步,该镇将加快推进水环境整治。</p></article>
      <footer>版权所有 嘉泽镇人民政府</footer><script>track()</script></body></html>`;
    const doc = readDocument({ name: 'page.html', bytes: Buffer.from(html, 'utf8') });
    expect(doc.text).toBe(
      '嘉泽镇上半年工作总结\n上半年,嘉泽镇新签约项目12个。\n下一步,该镇将加快推进水环境整治。',
    );
    expect(doc).toMatchObject({ title: '嘉泽镇上半年工作总结', publishedAt: '2024-07-01' });
    expect(doc.quality.flags).toContain('HTML');
    // A summary's title opens its review: the figure after it is achieved, until 下一步 turns to the plan.
    expect(doc.sentences.map((s) => s.section)).toEqual(['review', 'review', 'plan']);
  });

  const refusal = (input: DocumentInput, maxBytes?: number): DocumentError => {
    try {
      readDocument(input, maxBytes === undefined ? {} : { maxBytes });
    } catch (error) {
      if (error instanceof DocumentError) return error;
      throw error;
    }
    throw new Error('expected a DocumentError');
  };

  it('refuses empty, binary, oversized and furniture-only documents, naming them', () => {
    expect(refusal({ name: 'uploads/empty.txt', bytes: new Uint8Array(0) }).message).toBe(
      'uploads/empty.txt: is empty',
    );
    expect(
      refusal({ name: 'scan.pdf', bytes: Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2]) }).message,
    ).toMatch(/^scan\.pdf: is binary/);
    const big = refusal({ name: 'big.txt', bytes: Buffer.from(simplified, 'utf8') }, 10);
    expect(big.message).toMatch(/^big\.txt: is \d+ bytes, over the limit of 10 bytes$/);
    expect(refusal({ name: 'nav.txt', bytes: Buffer.from('返回\n顶部\n【打印本页】', 'utf8') }).message).toBe(
      'nav.txt: has no text once page furniture is removed',
    );
  });
});

describe('readDocument on a defaced GBK page', () => {
  const html = `<html><head><meta charset="gbk"><title>澳门现金赌场人民政府</title>
    <meta name="ArticleTitle" content="澳门现金赌场人民政府关于做好防汛工作的通知"></head><body>
    <div class="nav"><a>首页</a><a>政务公开</a><a>政务服务</a></div>
    <div id="zoom"><p>各镇人民政府、街道办事处:</p><p>为做好今年防汛工作,现将有关事项通知如下。</p>
    <p>加强河道巡查,确保安全度汛。</p></div>
    <div class="footer">主办单位:澳门现金赌场人民政府 天宁区互联网不良信息举报中心</div></body></html>`;
  const doc = readDocument({ name: 'notice.htm', bytes: iconv.encode(html, 'gbk') });

  it('decodes, extracts the article and restores the name in the head title', () => {
    expect(doc.quality.encoding).toBe('GB18030');
    expect(doc.title).toBe('天宁区人民政府关于做好防汛工作的通知');
    expect(doc.text).toBe(
      '各镇人民政府、街道办事处:\n为做好今年防汛工作,现将有关事项通知如下。\n加强河道巡查,确保安全度汛。',
    );
    expect(doc.quality.flags).toEqual(['HTML', 'SPAM_INJECTED', 'NAME_RESTORED']);
    expect(doc.quality.spam).toEqual(['澳门现金赌场']);
  });

  it('refuses a non-positive byte limit as misuse', () => {
    expect(() => readDocument({ name: 'a.txt', bytes: Buffer.from('文本') }, { maxBytes: 0 })).toThrow(
      RangeError,
    );
  });
});
