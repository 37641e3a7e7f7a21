// CPU time, the figure that holds on a shared machine: wall-clock rates move with whoever else is using the
// two cores, the CPU an event costs much less. This process (every thread: the bots' and the embedded
// database's) from process.cpuUsage(), and a local PostgreSQL server's processes from /proc.
import { readdirSync, readFileSync } from 'node:fs';

/** the fields of /proc/<pid>/stat after the command's name: [0] state, [1] ppid, [11] utime, [12] stime, [13] cutime, [14] cstime */
function statFields(pid: number | string): { comm: string; fields: string[] } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = stat.lastIndexOf(')');
    return { comm: stat.slice(stat.indexOf('(') + 1, close), fields: stat.slice(close + 2).split(' ') };
  } catch {
    return null; // the process ended meanwhile, or is not on this machine
  }
}

/**
 * CPU seconds of one local PostgreSQL server (`postmaster`: its pid), or, without it, of every process named
 * postgres on this machine. One server: the postmaster, its live children (backends, walwriter, autovacuum…)
 * and its reaped children's totals (a backend that ended during the load keeps counting). Every process named
 * postgres would also count the servers of whoever else shares the machine.
 */
export function postgresCpuSeconds(postmaster?: number): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    const stat = statFields(pid);
    if (!stat || !stat.comm.startsWith('postgres')) continue;
    const { fields } = stat;
    if (postmaster === undefined) ticks += Number(fields[11]) + Number(fields[12]);
    else if (Number(pid) === postmaster) ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    else if (Number(fields[1]) === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / 100;
}

/**
 * The CPU-seconds reader of the PostgreSQL server a connection is on, when that server runs on this machine
 * (`backendPid`: the connection's `pg_backend_pid()`); every local postgres process otherwise.
 */
export function postgresServerCpu(backendPid: number): () => number {
  const backend = statFields(backendPid);
  const postmaster = backend?.comm.startsWith('postgres') ? Number(backend.fields[1]) : undefined;
  return () => postgresCpuSeconds(postmaster);
}

/** CPU time (ns) one thread or process has been on a CPU, from /proc/<pid>/schedstat: finer than the 10 ms ticks of stat */
export function onCpuNanoseconds(pid: number): number {
  return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]);
}

/** CPU seconds this process has used so far (all its threads) */
export function processCpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/** CPU seconds of this process's main thread alone (the application's; the embedded database has its own) */
export function mainThreadCpuSeconds(): number {
  const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
