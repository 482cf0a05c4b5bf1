import { FormIndex, formIndexOf } from './form-index';

/** The scans FormIndex replaces: each form in list order, every occurrence left to right. */
function scanned(text: string, forms: readonly string[], step: 'one' | 'form'): [number, number][] {
  const hits: [number, number][] = [];
  forms.forEach((form, index) => {
    for (
      let at = text.indexOf(form);
      at >= 0;
      at = text.indexOf(form, at + (step === 'one' ? 1 : form.length))
    )
      hits.push([index, at]);
  });
  return hits;
}

const FORMS = ['项目', '工程', '示范项目', '目', '工程', '啊啊', '乡村振兴', '振兴'];
const TEXTS = [
  '',
  '今年实施乡村振兴示范项目和水利工程，项目建设提速。',
  '啊啊啊啊啊',
  '没有任何一个列出的词。',
  '工程工程项目项目目',
  '𠀀项目𠀀工程', // characters outside the BMP around the forms
];

describe('FormIndex', () => {
  it.each(TEXTS)('finds what the form-by-form scans find, in their order: %s', (text) => {
    const index = new FormIndex(FORMS);
    expect(index.hits(text).map((h) => [h.index, h.at])).toEqual(scanned(text, FORMS, 'one'));
    expect(index.separateHits(text).map((h) => [h.index, h.at])).toEqual(scanned(text, FORMS, 'form'));
    for (const hit of index.hits(text)) expect(hit.form).toBe(FORMS[hit.index]);
  });

  it('answers a text asked again after another one as it did the first time', () => {
    const index = new FormIndex(FORMS);
    const [a = '', b = ''] = TEXTS.slice(1);
    const first = index.hits(a).map((h) => [h.index, h.at]);
    index.hits(b);
    expect(index.hits(a).map((h) => [h.index, h.at])).toEqual(first);
    expect(index.firstHits(a).map((h) => [h.index, h.at])).toEqual(
      FORMS.map((form, i) => [i, a.indexOf(form)]).filter(([, at]) => (at ?? -1) >= 0),
    );
  });

  it('refuses an empty form, and formIndexOf leaves such a list to the caller', () => {
    expect(() => new FormIndex(['项目', ''])).toThrow(/empty form/);
    expect(formIndexOf(['项目', ''])).toBeNull();
  });

  it('builds one index per list', () => {
    const list = ['园区', '基地', '中心'];
    expect(formIndexOf(list)).toBe(formIndexOf(list));
    expect(formIndexOf(list)).not.toBe(formIndexOf([...list]));
  });
});
