import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** User and system CPU seconds in a /proc stat line (fields 14 and 15, after the command). */
function statCpuSeconds(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * CPU seconds so far of the Java child of this process (the Neo4j launcher), from /proc;
 * `threads()` gives them by thread name (the Bolt workers, the JIT compilers, GC ...).
 */
export function jvmCpuSeconds(): (() => number) & { threads(): Map<string, number> } {
  const children = execFileSync('ps', ['--ppid', String(process.pid), '-o', 'pid=,comm=']).toString();
  const java = children
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .find((fields) => fields[1] === 'java');
  if (!java) throw new Error('the Neo4j JVM is not a child of this process');
  const total = (): number => statCpuSeconds(readFileSync(`/proc/${java[0]}/stat`, 'utf8'));
  const threads = (): Map<string, number> => {
    const byName = new Map<string, number>();
    for (const task of readdirSync(`/proc/${java[0]}/task`)) {
      let stat: string;
      try {
        stat = readFileSync(`/proc/${java[0]}/task/${task}/stat`, 'utf8');
      } catch {
        continue; // the thread ended meanwhile
      }
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replace(/[-\d#]+$/, '');
      byName.set(name, (byName.get(name) ?? 0) + statCpuSeconds(stat));
    }
    return byName;
  };
  return Object.assign(total, { threads });
}
