import { highlightMention } from './highlight';

const marked = (runs: { text: string; mark: boolean }[]) => runs.filter((r) => r.mark).map((r) => r.text);

describe('highlightMention', () => {
  it('marks the name whose length matches the mention, not a longer one in the same sentence', () => {
    const sentence = '嘉泽镇位于武进区，嘉泽花木产业闻名。';
    // The mention is two characters long: the short form 嘉泽, not 嘉泽镇.
    const runs = highlightMention({ sentence, names: ['嘉泽镇', '嘉泽'], start: 100, end: 102 });
    expect(marked(runs)).toEqual(['嘉泽', '嘉泽']);
    expect(runs.map((r) => r.text).join('')).toBe(sentence);
  });

  it('prefers the longest name when no offsets are known', () => {
    const runs = highlightMention({ sentence: '嘉泽镇今年力争完成目标', names: ['嘉泽', '嘉泽镇'] });
    expect(marked(runs)).toEqual(['嘉泽镇']);
  });

  it('uses the offsets exactly when the sentence offset is known', () => {
    const runs = highlightMention({
      sentence: '湖塘镇和嘉泽镇',
      names: ['镇'],
      start: 54,
      end: 57,
      sentenceStart: 50,
    });
    expect(runs).toEqual([
      { text: '湖塘镇和', mark: false },
      { text: '嘉泽镇', mark: true },
    ]);
  });

  it('falls back to names when the offsets fall outside the sentence', () => {
    const runs = highlightMention({
      sentence: '湖塘镇',
      names: ['湖塘镇'],
      start: 10,
      end: 40,
      sentenceStart: 0,
    });
    expect(marked(runs)).toEqual(['湖塘镇']);
  });

  it('leaves the sentence unmarked when no name occurs in it', () => {
    expect(highlightMention({ sentence: '全年完成投资', names: ['嘉泽镇'] })).toEqual([
      { text: '全年完成投资', mark: false },
    ]);
  });
});
