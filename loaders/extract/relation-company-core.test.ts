import { carriesCore, companyCore } from './relation-company-core';

describe('companyCore', () => {
  it('drops the place a company is registered in and its legal form', () => {
    expect(companyCore('杭州拉帕索餐饮设备有限公司')).toBe('拉帕索餐饮设备');
    expect(companyCore('浙江省湖州市蓝湾实业有限公司')).toBe('蓝湾实业');
  });

  it('gives nothing for a name without a legal form', () => {
    expect(companyCore('拉帕索餐饮')).toBeNull();
  });
});

describe('carriesCore', () => {
  it('a project named by the company’s brand is the company’s', () => {
    expect(carriesCore('拉帕索项目', '拉帕索餐饮设备')).toBe(true);
    expect(carriesCore('拉帕索餐饮二期项目', '拉帕索餐饮设备')).toBe(true);
  });

  it('an industry word shared with a company name is no brand', () => {
    expect(carriesCore('新能源汽车零部件项目', '新能源科技')).toBe(false);
  });
});
