import * as assert from 'assert';
import fc from 'fast-check';
import { Postings } from '../../../src/core/corpus/similar/postings';

/** What the postings must behave like: a plain list of (doc, hash, position) for the live documents. */
class Model {
  readonly docs = new Map<number, [number, number][]>();
  entries(hash: number): string[] {
    const out: string[] = [];
    for (const [doc, list] of this.docs) for (const [h, p] of list) if (h === hash) out.push(`${doc}:${p}`);
    return out.sort();
  }
  df(hash: number): number {
    let n = 0;
    for (const list of this.docs.values()) if (list.some(([h]) => h === hash)) n++;
    return n;
  }
}

function entries(p: Postings, hash: number): string[] {
  const out: string[] = [];
  p.forEach(hash, (doc, pos) => out.push(`${doc}:${pos}`));
  return out.sort();
}

describe('similar / postings', () => {
  it('finds every entry of a hash with its document frequency', () => {
    const p = new Postings();
    p.add(0, Int32Array.from([7, 9, 7]), Int32Array.from([0, 3, 5]));
    p.add(1, Int32Array.from([7]), Int32Array.from([2]));
    assert.deepStrictEqual(entries(p, 7), ['0:0', '0:5', '1:2']);
    assert.strictEqual(p.docFrequency(7), 2);
    assert.strictEqual(p.docFrequency(9), 1);
    assert.strictEqual(p.docFrequency(8), 0);
    assert.strictEqual(p.size, 4);
    assert.strictEqual(p.distinct, 2);
  });

  it('forgets a removed document at once for frequencies and lookups', () => {
    const p = new Postings();
    p.add(0, Int32Array.from([7, 9]), Int32Array.from([0, 3]));
    p.add(1, Int32Array.from([7]), Int32Array.from([2]));
    p.remove(0, Int32Array.from([7, 9]));
    assert.deepStrictEqual(entries(p, 7), ['1:2']);
    assert.deepStrictEqual(entries(p, 9), []);
    assert.strictEqual(p.docFrequency(9), 0);
    assert.strictEqual(p.size, 1);
    assert.strictEqual(p.distinct, 1);
  });

  it('agrees with a plain model over random adds and removes (growth, sweeps and rehashes included)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({ op: fc.constant('add' as const), hashes: fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 120 }) }),
            fc.record({ op: fc.constant('remove' as const), which: fc.nat() }),
          ),
          { maxLength: 60 },
        ),
        (ops) => {
          const p = new Postings();
          const model = new Model();
          const hashesOf = new Map<number, Int32Array>();
          let next = 0;
          for (const o of ops) {
            if (o.op === 'add') {
              const hashes = Int32Array.from(o.hashes);
              const positions = Int32Array.from(o.hashes.map((_, i) => i * 3));
              p.add(next, hashes, positions);
              model.docs.set(next, o.hashes.map((h, i) => [h, i * 3]));
              hashesOf.set(next, hashes);
              next++;
            } else if (model.docs.size > 0) {
              const doc = [...model.docs.keys()][o.which % model.docs.size];
              p.remove(doc, hashesOf.get(doc)!);
              model.docs.delete(doc);
            }
          }
          let total = 0;
          for (let h = -50; h <= 50; h++) {
            assert.deepStrictEqual(entries(p, h), model.entries(h), `hash ${h}`);
            assert.strictEqual(p.docFrequency(h), model.df(h), `df of ${h}`);
            total += model.entries(h).length;
          }
          assert.strictEqual(p.size, total);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('keeps its arrays bounded under churn (freed entries are reused)', () => {
    const p = new Postings();
    const hashes = Int32Array.from({ length: 2000 }, (_, i) => i * 7919);
    const positions = Int32Array.from({ length: 2000 }, (_, i) => i);
    for (let round = 0; round < 50; round++) {
      p.add(round, hashes, positions);
      if (round > 0) p.remove(round - 1, hashes);
    }
    const bytes = p.bytes;
    for (let round = 50; round < 100; round++) {
      p.add(round, hashes, positions);
      p.remove(round - 1, hashes);
    }
    assert.strictEqual(p.bytes, bytes);
    assert.strictEqual(p.size, 2000);
  });
});
