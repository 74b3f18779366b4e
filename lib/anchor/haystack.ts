/** The folded text being searched, with a lazily built index of its short chunks (for uniqueness checks). */

/** Length of the chunks the index covers. */
export const CHUNK = 8;
/** Lookups answered by scanning before the index is worth building. */
const SCANS_BEFORE_INDEX = 32;

/** Folded text plus a lookup of chunks that occur exactly once. */
export class Haystack {
  private index: Map<string, number> | null = null;
  private scans = 0;

  constructor(readonly norm: string) {}

  /** Offset of the only occurrence of `chunk`, or -1 when it is absent or occurs more than once. */
  unique(chunk: string): number {
    if (this.index === null && chunk.length === CHUNK && ++this.scans > SCANS_BEFORE_INDEX) this.build();
    if (this.index !== null && chunk.length === CHUNK) return this.index.get(chunk) ?? -1;
    const i = this.norm.indexOf(chunk);
    return i === -1 || this.norm.indexOf(chunk, i + 1) !== -1 ? -1 : i;
  }

  private build(): void {
    const index = new Map<string, number>();
    for (let i = 0; i + CHUNK <= this.norm.length; i++) {
      const key = this.norm.slice(i, i + CHUNK);
      index.set(key, index.has(key) ? -1 : i);
    }
    this.index = index;
  }
}
