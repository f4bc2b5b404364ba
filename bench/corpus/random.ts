import { mulberry32, type Rng } from '../../test/unit/helpers/random';

export type { Rng };

/** The generator's only source of randomness: same seed, same corpus, byte for byte. */
export const seeded = mulberry32;

export function pick<T>(r: Rng, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)];
}

/** An integer in [lo, hi]. */
export function between(r: Rng, lo: number, hi: number): number {
  return lo + Math.floor(r() * (hi - lo + 1));
}

export function shuffled<T>(r: Rng, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** A child seed, so that one part of the corpus does not shift when another draws more numbers. */
export function fork(r: Rng): Rng {
  return seeded(Math.floor(r() * 0x100000000));
}
