import * as fs from 'fs';
import * as path from 'path';

/**
 * Where the time goes in the CPU profiles `--profile` writes (node --cpu-prof): self time per function
 * and per source file, top entries per measurement. Bundled code keeps its function names; the file
 * column then says dist/analysisWorker.js.
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

function selfTimes(p: CpuProfile): Map<number, number> {
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000));
  return self;
}

export function summariseProfiles(dir: string, top = 12): string {
  if (!fs.existsSync(dir)) return '';
  const out: string[] = [];
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).sort()) {
    const p = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as CpuProfile;
    const self = selfTimes(p);
    const byFunction = new Map<string, number>();
    const byFile = new Map<string, number>();
    let total = 0;
    for (const n of p.nodes) {
      const ms = self.get(n.id) ?? 0;
      if (!ms) continue;
      total += ms;
      const file = n.callFrame.url ? n.callFrame.url.replace(/^file:\/\//, '').split('/').slice(-3).join('/') : `(${n.callFrame.functionName || 'native'})`;
      const name = n.callFrame.functionName || '(anonymous)';
      const fn = `${name.length > 80 ? name.slice(0, 77) + '…' : name} ${file.length > 80 ? file.slice(0, 77) + '…' : file}:${n.callFrame.lineNumber + 1}`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
      byFile.set(file, (byFile.get(file) ?? 0) + ms);
    }
    const list = (m: Map<string, number>) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([k, ms]) => `    ${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${k}`)
        .join('\n');
    out.push(`## ${name} (${total.toFixed(0)} ms sampled)\n  by function:\n${list(byFunction)}\n  by file:\n${list(byFile)}`);
  }
  return out.join('\n\n');
}

if (require.main === module) console.log(summariseProfiles(process.argv[2] ?? 'bench/profiles'));
