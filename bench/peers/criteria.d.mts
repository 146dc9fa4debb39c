// Types for bench/peers/criteria.mjs (used by test/bench).
export interface PeerFactor { factor: string; axis: string; weight: number; min: number; max: number; direction: string; normalize: string }
export function readCriteria(file: string): PeerFactor[];
