import { respectiveMetric } from './respective-metric';

/** The metric respectiveMetric gives the figure written as `figure` in `text` (its first match). */
function metricAt(text: string, figure: string): string | null {
  const at = text.indexOf(figure);
  if (at < 0) throw new Error(`${figure} is not in ${text}`);
  return respectiveMetric(text, at);
}

describe('figures stated respectively (分别)', () => {
  it('gives the i-th figure the i-th metric, short items taking the last one’s measure', () => {
    const text = '全县第一产业、第二产业、第三产业增加值分别增长2.4%、7.1%和5.3%。';
    expect(metricAt(text, '2.4%')).toBe('第一产业增加值增长');
    expect(metricAt(text, '7.1%')).toBe('第二产业增加值增长');
    expect(metricAt(text, '5.3%')).toBe('第三产业增加值增长');
    const short = '一、二、三产业增加值分别为8.2亿元、31.5亿元和27.9亿元。';
    expect(metricAt(short, '31.5亿元')).toBe('第二产业增加值');
  });

  it('keeps whole metrics whole and says a fall', () => {
    const text = '规上工业增加值和社会消费品零售总额分别下降1.5%和2.5%。';
    expect(metricAt(text, '1.5%')).toBe('规上工业增加值下降');
    expect(metricAt(text, '2.5%')).toBe('社会消费品零售总额下降');
  });

  it('splits 城乡居民 into the urban and the rural figure, in that order', () => {
    const text = '城乡居民人均可支配收入分别达到4.1万元和2.3万元。';
    expect(metricAt(text, '4.1万元')).toBe('城镇居民人均可支配收入');
    expect(metricAt(text, '2.3万元')).toBe('农村居民人均可支配收入');
  });

  it('pairs a list of figures without 分别, and a later 分别增长 with the clause before', () => {
    const text = '城镇和农村居民人均可支配收入完成38600元、21400元，分别增长4.2%、6.1%。';
    expect(metricAt(text, '38600元')).toBe('城镇居民人均可支配收入');
    expect(metricAt(text, '21400元')).toBe('农村居民人均可支配收入');
    expect(metricAt(text, '4.2%')).toBe('城镇居民人均可支配收入增长');
    expect(metricAt(text, '6.1%')).toBe('农村居民人均可支配收入增长');
  });

  it('leaves alone a single figure, and lists that do not pair up', () => {
    expect(metricAt('城乡居民人均可支配收入32000元，增长8%。', '32000元')).toBeNull();
    expect(metricAt('城乡居民人均可支配收入32000元，增长8%。', '8%')).toBeNull();
    expect(metricAt('新开工项目12个，完成投资8.5亿元，分别增长20%和35%。', '20%')).toBeNull();
    expect(metricAt('工业和农业产值分别增长3%、4%和5%。', '4%')).toBeNull();
  });

  it('takes one clause before for each figure when 分别 opens its own clause', () => {
    const text = '2023年全镇完成工业总产值312亿元，实现销售收入298亿元，同比分别增长7.7%、6.9%。';
    expect(metricAt(text, '7.7%')).toBe('全镇完成工业总产值增长');
    expect(metricAt(text, '6.9%')).toBe('实现销售收入增长');
    // A bare 完成投资 says not of what: the list is left alone.
    expect(metricAt('新开工项目12个，完成投资8.5亿元，分别增长20%和35%。', '35%')).toBeNull();
  });

  it('reads past a hedge before 分别 and a bound after the last figure', () => {
    const text = '项目开工率、项目竣工率力争分别达到85%和30%以上。';
    expect(metricAt(text, '85%')).toBe('项目开工率');
    expect(metricAt(text, '30%')).toBe('项目竣工率');
  });
});
