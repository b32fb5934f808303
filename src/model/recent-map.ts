/**
 * The memory of the caches that live as long as the process (a batch worker makes thousands of documents): what was
 * used recently is kept, the rest let go, and nothing a cache holds keeps a large text alive that it does not need.
 */

/**
 * A map by text of what was used recently, at most `2 × generation` entries: entries go into the current generation;
 * when that is full it becomes the previous one and the one before is dropped. A key found in the previous generation
 * moves to the current one, so what is used all the time (a template's fixed sentences, the texts of the reference
 * data) stays, and what one dossier needed is gone two generations later. Cheaper than exact least-recently-used
 * order, and unlike clearing everything at once it does not start cold. Each key is kept as a copy of its own
 * (`ownCopy`); a value that is or holds a slice of a larger text is the caller's to copy.
 */
export class RecentMap<V> {
  private current = new Map<string, V>()
  private previous = new Map<string, V>()

  constructor(private readonly generation: number) {}

  get(key: string): V | undefined {
    const value = this.current.get(key)
    if (value !== undefined || this.previous.size === 0) return value
    const earlier = this.previous.get(key)
    if (earlier !== undefined) {
      this.previous.delete(key)
      this.set(key, earlier)
    }
    return earlier
  }

  has(key: string): boolean {
    return this.current.has(key) || this.previous.has(key)
  }

  set(key: string, value: V): void {
    if (this.current.has(key)) {
      this.current.set(key, value)
      return
    }
    if (this.current.size >= this.generation) {
      this.previous = this.current
      this.current = new Map()
    }
    this.current.set(ownCopy(key), value)
  }

  /** How many entries are held (both generations). */
  get size(): number {
    return this.current.size + this.previous.size
  }

  clear(): void {
    this.current.clear()
    this.previous.clear()
  }
}

/**
 * `text` as a string of its own. A substring that V8 made by slicing (a value from a YAML file, a paragraph of a
 * document) points into the whole text it came from and keeps all of it alive as long as it is kept itself: a cache
 * that keeps a name of twenty characters would keep the dossier of 20 kB it was read from. Kept strings go through
 * here. (V8 flattens the joined string into a new one of `text.length + 1` characters and slices that.)
 */
export function ownCopy(text: string): string {
  return (' ' + text).slice(1)
}
