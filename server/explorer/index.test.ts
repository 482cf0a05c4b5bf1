import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildExplorer } from './build';
import { createExplorerHandler, type ExplorerHandler } from './index';

const get = (handler: ExplorerHandler, path: string, method = 'GET') =>
  handler(new Request(`http://127.0.0.1${path}`, { method }));

describe('createExplorerHandler', () => {
  let bundleDir: string;
  let handler: ExplorerHandler;

  beforeAll(async () => {
    bundleDir = mkdtempSync(join(tmpdir(), 'explorer-dist-'));
    await buildExplorer({ outDir: bundleDir });
    handler = await createExplorerHandler({ bundleDir });
  });
  afterAll(() => rmSync(bundleDir, { recursive: true, force: true }));

  it('serves the page at / as HTML that loads only its own assets', async () => {
    const response = await get(handler, '/');
    expect(response?.status).toBe(200);
    expect(response?.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response!.text();
    expect(html).toContain('id="search-input"');
    expect(html).toContain('src="/explorer/app.js"');
    expect(html).toContain('href="/explorer/styles.css"');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('serves the bundled script with cytoscape inside and the styles, with their content types', async () => {
    const script = await get(handler, '/explorer/app.js');
    expect(script?.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const code = await script!.text();
    expect(code).toContain('cytoscape');
    expect(code).toContain('ExplorerSearch');
    expect(code).not.toMatch(/\brequire\(/);
    const styles = await get(handler, '/explorer/styles.css');
    expect(styles?.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await styles!.text()).toContain('.graph');
  });

  it('answers HEAD without a body and leaves other paths and methods to the server', async () => {
    const head = await get(handler, '/', 'HEAD');
    expect(head?.status).toBe(200);
    expect(await head!.text()).toBe('');
    expect(await get(handler, '/graphql')).toBeNull();
    expect(await get(handler, '/explorer/missing.js')).toBeNull();
    expect(await get(handler, '/', 'POST')).toBeNull();
  });

  it('refuses to start without a built page, naming the folder and the command that builds it', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'explorer-empty-'));
    try {
      await expect(createExplorerHandler({ bundleDir: empty })).rejects.toThrow(
        new RegExp(`index.html, app.js, styles.css missing in ${empty}.*npm run build`),
      );
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
