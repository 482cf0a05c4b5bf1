import { htmlToText, isHtml } from './html';

const PAGE = `<!DOCTYPE html>
<html><head>
  <meta charset="utf-8"><title>嘉泽镇人民政府门户网站</title>
  <meta name="ArticleTitle" content="嘉泽镇上半年工作总结">
  <meta name="PubDate" content="2024-07-01 09:30">
  <meta name="ContentSource" content="嘉泽镇人民政府">
  <script>var tracker = '统计脚本不是正文';</script>
  <style>.nav { color: red }</style>
</head><body>
  <header><div class="logo">嘉泽镇人民政府门户网站</div></header>
  <nav><a href="/">首页</a><a href="/gk">政务公开</a><a href="/fw">政务服务</a></nav>
  <div class="breadcrumb">当前位置:首页 &gt; 新闻中心</div>
  <div class="main-wrap">
    <div class="side-list"><ul>
      <li><a href="/1">镇领导调研花木市场</a></li><li><a href="/2">召开安全生产会议</a></li><li><a href="/3">开展防汛演练</a></li>
    </ul></div>
    <div class="article-content">
      <h1>嘉泽镇上半年工作总结</h1>
      <p>上半年,嘉泽镇新签约亿元以上项目12个,完成工业投资15亿元。</p>
      <p>嘉兴路(一期)改造工程已正式完工,&nbsp;大幅提升了道路的通行能力。<br>下一步,该镇将加快推进洮溇片区水环境综合整治。</p>
      <iframe src="/video"></iframe>
    </div>
  </div>
  <footer>版权所有 嘉泽镇人民政府 苏ICP备12345678号</footer>
</body></html>`;

describe('isHtml', () => {
  it('follows the caller, then the file name, then the first tag', () => {
    expect(isHtml({ name: 'a.txt', format: 'html', text: '纯文本' })).toBe(true);
    expect(isHtml({ name: 'a.html', format: 'text', text: '<html></html>' })).toBe(false);
    expect(isHtml({ name: 'page.HTM', text: '' })).toBe(true);
    expect(isHtml({ name: 'upload', text: '\n  <!doctype html><html>' })).toBe(true);
    expect(
      isHtml({ name: 'upload', text: '<!-- saved page --><div class="content"><p>正文</p></div>' }),
    ).toBe(true);
    expect(isHtml({ name: 'upload', text: '<<郑陆镇志>>摘编' })).toBe(false);
    expect(isHtml({ name: 'report.txt', text: '主办单位:<某单位>' })).toBe(false);
  });
});

describe('htmlToText', () => {
  const { text, meta } = htmlToText(PAGE);

  it('keeps the article, one paragraph per line, line breaks kept', () => {
    expect(text.split('\n')).toEqual([
      '嘉泽镇上半年工作总结',
      '上半年,嘉泽镇新签约亿元以上项目12个,完成工业投资15亿元。',
      '嘉兴路(一期)改造工程已正式完工, 大幅提升了道路的通行能力。',
      '下一步,该镇将加快推进洮溇片区水环境综合整治。',
    ]);
  });

  it('drops script, style, header, navigation, link lists and footer', () => {
    for (const chrome of ['统计脚本', 'color', '门户网站', '政务公开', '当前位置', '花木市场', '版权所有']) {
      expect(text).not.toContain(chrome);
    }
  });

  it('reads title, publisher and date from the head', () => {
    expect(meta).toEqual({
      title: '嘉泽镇上半年工作总结',
      publisher: '嘉泽镇人民政府',
      publishedAt: '2024-07-01 09:30',
    });
  });

  it('keeps the headline of an article whose header block looks like page chrome', () => {
    const page = `<html><body class="nav-open"><div class="header">网站标题</div>
      <div class="content"><div class="article-header"><h1>平望镇改革纪实</h1></div>
      <p>平望镇以体制改革为切入点,以全域改革为落脚点,连续两年上榜全国百强镇。</p></div></body></html>`;
    expect(htmlToText(page).text).toBe(
      '平望镇改革纪实\n平望镇以体制改革为切入点,以全域改革为落脚点,连续两年上榜全国百强镇。',
    );
  });

  it('falls back to the element whose paragraphs hold the most Chinese text', () => {
    const page = `<html><body>
      <div id="top"><span>网站首页</span></div>
      <table><tr><td>导航</td><td id="text">
        <p>平望镇以体制改革为切入点,以全域改革为落脚点。</p>
        <p>连续两年上榜全国百强镇。</p>
      </td></tr></table>
      <div id="bottom">联系我们</div>
    </body></html>`;
    expect(htmlToText(page).text).toBe(
      '平望镇以体制改革为切入点,以全域改革为落脚点。\n连续两年上榜全国百强镇。',
    );
  });
});
