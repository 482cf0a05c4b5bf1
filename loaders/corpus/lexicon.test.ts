import { extractDocument } from '../index';
import { extractAsCorpus } from './corpus-pass';
import { changedForms, EMPTY_LEXICON, lexiconFromNames, type CorpusLexicon } from './lexicon';

const company = (name: string) => ({ label: 'Enterprise' as const, name });

function enterprisesOf(text: string, lexicon?: CorpusLexicon): { name: string; rule?: string }[] {
  const { records } = extractDocument(
    { name: 'news.txt', bytes: new TextEncoder().encode(text) },
    { lexicon },
  );
  return records.nodes
    .filter((node) => node.label === 'Enterprise')
    .map((node) => ({
      name: node.name,
      rule: records.relationships.find((r) => r.from === node.id && r.type === 'MENTIONED_IN')?.properties
        .rule,
    }));
}

describe('lexiconFromNames', () => {
  it('learns a registered name with its short forms, without the place in front or the legal form', () => {
    const lexicon = lexiconFromNames([company('常州岚拓精密机械有限公司')]);
    expect(lexicon.entries).toEqual([
      { label: 'Enterprise', name: '常州岚拓精密机械有限公司', forms: ['岚拓精密机械', '岚拓精密'] },
    ]);
  });

  it('learns nothing from names without a legal form, nor from other kinds', () => {
    const lexicon = lexiconFromNames([
      company('岚拓精密'),
      { label: 'Zone', name: '嘉泽岚拓产业园' },
      { label: 'Project', name: '岚拓精密机械有限公司二期项目' },
    ]);
    expect(lexicon).toEqual(EMPTY_LEXICON);
  });

  it('leaves a short form that two registered names share to neither', () => {
    const lexicon = lexiconFromNames([
      company('常州岚拓精密机械有限公司'),
      company('无锡岚拓精密电子有限公司'),
    ]);
    const forms = lexicon.entries.flatMap((entry) => entry.forms);
    expect(forms).not.toContain('岚拓精密');
    expect(forms).toEqual(expect.arrayContaining(['岚拓精密机械', '岚拓精密电子']));
  });

  it('has a version that depends on the names, not on their order', () => {
    const one = lexiconFromNames([company('常州岚拓精密机械有限公司'), company('苏州檀禾纺织科技有限公司')]);
    const two = lexiconFromNames([company('苏州檀禾纺织科技有限公司'), company('常州岚拓精密机械有限公司')]);
    expect(one.version).toBe(two.version);
    expect(one.version).not.toBe(lexiconFromNames([company('常州岚拓精密机械有限公司')]).version);
  });

  it('reports the forms that a new name teaches or makes ambiguous', () => {
    const first = lexiconFromNames([company('常州岚拓精密机械有限公司')]);
    const second = lexiconFromNames([
      company('常州岚拓精密机械有限公司'),
      company('无锡岚拓精密电子有限公司'),
    ]);
    expect(changedForms(EMPTY_LEXICON, first)).toEqual([
      '岚拓精密',
      '岚拓精密机械',
      '常州岚拓精密机械有限公司',
    ]);
    // 岚拓精密 now stands for two companies: it changed meaning too.
    expect(changedForms(first, second)).toEqual(['岚拓精密', '岚拓精密电子', '无锡岚拓精密电子有限公司']);
    expect(changedForms(second, second)).toEqual([]);
  });
});

describe('extraction with a corpus lexicon', () => {
  const lexicon = lexiconFromNames([company('常州岚拓精密机械有限公司')]);

  it('recognises a short form learnt elsewhere as the full name', () => {
    const text = '嘉泽镇召开推进会。镇领导走访了岚拓精密。';
    expect(enterprisesOf(text)).toEqual([]);
    expect(enterprisesOf(text, lexicon)).toEqual([
      { name: '常州岚拓精密机械有限公司', rule: 'enterprise.corpus-name' },
    ]);
  });

  it('names a company the document found by its short form with the full name learnt elsewhere', () => {
    const text = '嘉泽镇召开推进会。岚拓精密二期生产线已于三月投产。';
    expect(enterprisesOf(text)).toEqual([{ name: '岚拓精密', rule: 'enterprise.subject' }]);
    expect(enterprisesOf(text, lexicon)).toEqual([
      { name: '常州岚拓精密机械有限公司', rule: 'enterprise.corpus-name' },
    ]);
  });

  it('does not take a short form that is part of a longer name', () => {
    expect(enterprisesOf('嘉泽镇拓宽岚拓精密路，全长两公里。', lexicon)).toEqual([]);
  });

  it('leaves a short form alone where the document names another company with it', () => {
    const text = '无锡岚拓精密电子有限公司落户嘉泽镇。岚拓精密电子当年即投产。';
    const found = enterprisesOf(text, lexicon).map((e) => e.name);
    expect(found).toEqual(['无锡岚拓精密电子有限公司']);
  });

  it('gives a document read with learnt names another id than the same text read alone', () => {
    const input = { name: 'news.txt', bytes: new TextEncoder().encode('岚拓精密二期生产线已于三月投产。') };
    const alone = extractDocument(input).document.id;
    expect(extractDocument(input, { lexicon }).document.id).not.toBe(alone);
    expect(extractDocument(input, { lexicon }).document.id).toBe(
      extractDocument(input, { lexicon }).document.id,
    );
    // A lexicon the text does not use leaves its id as it was.
    const other = lexiconFromNames([company('苏州檀禾纺织科技有限公司')]);
    expect(extractDocument(input, { lexicon: other }).document.id).toBe(alone);
  });
});

describe('extractAsCorpus', () => {
  it('reads again only the documents that hold a name learnt from another', () => {
    const inputs = [
      '嘉泽镇召开推进会。岚拓精密二期生产线已于三月投产。',
      '今年，常州岚拓精密机械有限公司在嘉泽镇投资建设智能车间。',
      '嘉泽镇完成河道整治三公里。',
    ].map((text, index) => ({ name: `d${index}.txt`, bytes: new TextEncoder().encode(text) }));
    const calls: string[] = [];
    const corpus = extractAsCorpus(inputs, (input, lexicon) => {
      calls.push(`${input.name}:${lexicon.entries.length}`);
      return extractDocument(input, { lexicon }).records;
    });
    expect(corpus.reextracted).toEqual([0]);
    expect(calls).toEqual(['d0.txt:0', 'd1.txt:0', 'd2.txt:0', 'd0.txt:1']);
    const news = corpus.records[0];
    expect(news instanceof Error ? [] : news?.nodes.map((n) => n.name)).toContain('常州岚拓精密机械有限公司');
  });
});
