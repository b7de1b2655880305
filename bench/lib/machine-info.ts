import { cpus, loadavg, totalmem } from 'node:os';

export interface MachineInfo {
  cores: number;
  cpu: string;
  memoryGiB: number;
  platform: string;
  node: string;
  chromium: string | null;
  /** 1, 5 and 15 minute load averages when the run ended: above the core count, distrust. */
  loadAverage: number[];
}

export function machineInfo(chromium: string | null): MachineInfo {
  const list = cpus();
  return {
    cores: list.length,
    cpu: list[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    platform: `${process.platform}-${process.arch}`,
    node: process.version,
    chromium,
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}
