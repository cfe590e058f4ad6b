// Wall time and peak memory of one command run in a fresh process.
//
// Peak memory is the larger of two figures:
//  - GNU time's %M (`/usr/bin/time`, Debian package `time`): the exact peak RSS of the largest single
//    process of the command's tree (the kernel keeps the maximum over reaped children);
//  - the largest sum of VmRSS over the live processes of the tree, sampled from /proc every 25 ms
//    (only for commands that start several processes at once, e.g. jest workers or the cdktf CLI,
//    whose app runs as a child process).
// Without /usr/bin/time, the sampler also keeps each process's VmHWM (its own high-water mark), which
// is exact up to the last 25 ms of a process's life.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';

export const GNU_TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function readProc(pid, file) {
  try {
    return fs.readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return '';
  }
}

function kib(status, field) {
  const match = status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
  return match ? Number(match[1]) : 0;
}

/** The pids of `root` and all its descendants, from /proc/<pid>/task/<tid>/children (no scan of /proc). */
function tree(root) {
  const pids = [];
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop();
    pids.push(pid);
    let tasks = [];
    try {
      tasks = fs.readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      for (const child of readProc(pid, `task/${tid}/children`).split(' ')) {
        if (child.trim()) pending.push(Number(child));
      }
    }
  }
  return pids;
}

/**
 * Runs `command` with `args` and resolves to { seconds, cpuSeconds, peakMb, code, stdout, stderr };
 * cpuSeconds (user + system, children included) only with GNU time.
 * `sample` turns on the /proc sampler (needed for multi-process commands, or without GNU time).
 */
export function measure(command, args, { cwd, env, sample = false } = {}) {
  const useTime = GNU_TIME !== undefined;
  const file = useTime ? GNU_TIME : command;
  const argv = useTime ? ['-f', '__peak_kib=%M __cpu=%U+%S', command, ...args] : args;
  const sampling = sample || !useTime;
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(file, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let sumPeakKib = 0;
    const highWater = new Map();
    const timer = sampling
      ? setInterval(() => {
          let sum = 0;
          for (const pid of tree(child.pid)) {
            if (useTime && pid === child.pid) continue; // GNU time itself
            const status = readProc(pid, 'status');
            sum += kib(status, 'VmRSS');
            highWater.set(pid, Math.max(highWater.get(pid) ?? 0, kib(status, 'VmHWM')));
          }
          sumPeakKib = Math.max(sumPeakKib, sum);
        }, 25)
      : undefined;
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (timer) clearInterval(timer);
      let timeKib = 0;
      let cpuSeconds;
      const match = stderr.match(/__peak_kib=(\d+) __cpu=([\d.]+)\+([\d.]+)\s*$/);
      if (match) {
        timeKib = Number(match[1]);
        cpuSeconds = Number(match[2]) + Number(match[3]);
        stderr = stderr.slice(0, match.index);
      }
      const hwmKib = Math.max(0, ...highWater.values());
      resolve({ seconds, cpuSeconds, peakMb: Math.max(timeKib, sumPeakKib, hwmKib) / 1024, code, stdout, stderr });
    });
  });
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
