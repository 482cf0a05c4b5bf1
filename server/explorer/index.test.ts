import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExplorerHandler, type ExplorerHandler } from './index';

const get = (handler: ExplorerHandler, path: string, method = 'GET') =>
  handler(new Request(`http://127.0.0.1${path}`, { method }));

describe('createExplorerHandler', () => {
  let distDir: string;
  let handler: ExplorerHandler;

  beforeAll(async () => {
    distDir = mkdtempSync(join(tmpdir(), 'explorer-dist-'));
    handler = await createExplorerHandler({ distDir });
  });
  afterAll(() => rmSync(distDir, { recursive: true, force: true }));

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

  it('reuses an up-to-date bundle and rebuilds a stale one', async () => {
    const script = join(distDir, 'app.js');
    const hashFile = join(distDir, 'build-hash.txt');
    const builtAt = statSync(script).mtimeMs;
    const hash = readFileSync(hashFile, 'utf8');
    await createExplorerHandler({ distDir });
    expect(statSync(script).mtimeMs).toBe(builtAt);

    writeFileSync(hashFile, 'stale');
    writeFileSync(script, 'broken');
    const rebuilt = await createExplorerHandler({ distDir });
    expect(readFileSync(hashFile, 'utf8')).toBe(hash);
    expect(await (await get(rebuilt, '/explorer/app.js'))!.text()).toContain('cytoscape');
  });
});
