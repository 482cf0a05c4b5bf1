import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { evalCommand } from '../../cli/commands/eval';

const ROOT = path.resolve(__dirname, '../..');

async function run(
  args: string[],
): Promise<{ stdout: string; stderr: string; exitCode: typeof process.exitCode }> {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk) => (out.push(String(chunk)), true));
  const stderr = jest
    .spyOn(process.stderr, 'write')
    .mockImplementation((chunk) => (err.push(String(chunk)), true));
  const before = process.exitCode;
  try {
    await evalCommand().exitOverride().parseAsync(args, { from: 'user' });
    return { stdout: out.join(''), stderr: err.join(''), exitCode: process.exitCode };
  } finally {
    process.exitCode = before;
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

describe('towngraph eval', () => {
  it('prints a table per document and totals per kind', async () => {
    const { stdout, exitCode } = await run([
      '--gold',
      path.join(ROOT, 'tests/genre/gold'),
      '--docs',
      path.join(ROOT, 'tests/genre'),
    ]);
    expect(stdout).toContain('kongcun-news-2024.txt');
    expect(stdout).toContain('total over 6 document(s)');
    expect(stdout).toMatch(/^ {2}programmes\s+\d\.\d\d\s+\d\.\d\d\s+\d\.\d\d\s+\d+\/\d+\/\d+$/m);
    // The entity micro-average follows overall, in every table.
    expect(stdout).toMatch(
      /^ {2}overall\s.*\n {2}entities\s+\d\.\d\d\s+\d\.\d\d\s+\d\.\d\d\s+\d+\/\d+\/\d+$/m,
    );
    expect(exitCode).toBeUndefined();
  }, 60_000);

  it('prints the numbers as JSON with --json', async () => {
    const { stdout } = await run([
      '--gold',
      path.join(ROOT, 'tests/genre/gold'),
      '--docs',
      path.join(ROOT, 'tests/genre'),
      '--json',
    ]);
    const report = JSON.parse(stdout) as {
      documents: { document: string }[];
      totals: { kinds: Record<string, { f1: number }> };
    };
    expect(report.documents.map((d) => d.document).sort()).toEqual([
      'kongcun-news-2024.txt',
      'tangchang-news-2024.html',
      'tangchi-interview-2024.txt',
      'xingtan-news-2022.txt',
      'xinshi-work-report-2023.txt',
      'yiling-project-meeting-2023.txt',
    ]);
    expect(report.totals.kinds.places?.f1).toBeGreaterThan(0);
  }, 60_000);

  it('scores the documents of a list file and prints relations by type and subject accuracy', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'towngraph-eval-list-'));
    try {
      await writeFile(path.join(dir, 'part.txt'), 'xingtan-news-2022.txt\n');
      const { stdout, exitCode } = await run([
        '--gold',
        path.join(ROOT, 'tests/genre/gold'),
        '--docs',
        path.join(ROOT, 'tests/genre'),
        '--list',
        path.join(dir, 'part.txt'),
      ]);
      expect(stdout).toContain('total over 1 document(s)');
      expect(stdout).not.toContain('kongcun-news-2024.txt');
      expect(stdout).toMatch(/^ {4}OPERATED_BY\s+\d\.\d\d\s+\d\.\d\d\s+\d\.\d\d/m);
      expect(stdout).toMatch(/indicators subject: (\d+\/\d+ right|no figure)/);
      expect(stdout).toMatch(/place hierarchy: \d+\/\d+ gold links between places found/);
      expect(exitCode).toBeUndefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('lists predicted relation types the gold set never annotates instead of scoring them', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'towngraph-eval-unscored-'));
    try {
      await writeFile(
        path.join(dir, 'a.txt'),
        '2024年3月，德清县新市镇党委书记林远航在镇政府主持召开专题会议。\n',
      );
      await writeFile(
        path.join(dir, 'a.json'),
        JSON.stringify({ document: 'a.txt', people: [{ name: '林远航', role: '镇党委书记' }] }),
      );
      const { stdout } = await run(['--gold', dir, '--docs', dir]);
      expect(stdout).toMatch(/^ {2}not scored \(gold annotates no such relation\): .*SERVES_IN 1/m);
      expect(stdout).toMatch(/^ {2}relations\s+1\.00\s+1\.00\s+1\.00\s+0\/0\/0$/m);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('names a gold file whose document is missing and exits 1', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'towngraph-eval-cli-'));
    try {
      await writeFile(path.join(dir, 'x.json'), JSON.stringify({ document: 'absent.txt' }));
      const { stderr, exitCode } = await run(['--gold', dir, '--docs', dir]);
      expect(stderr).toContain('x.json: document absent.txt not found');
      expect(exitCode).toBe(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
