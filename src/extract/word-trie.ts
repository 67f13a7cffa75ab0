// A set of words ([a-z0-9]+) looked up in a folded text in one pass over its characters, without
// cutting the text into strings: a trie over a-z and 0-9. A word of the text is a maximal run of
// a-z and 0-9 (bounded by any other character or the text's ends), as /[a-z0-9]+/g finds them.

export class WordTrie {
  /** The words, in the order given (a word given twice keeps its first index). */
  readonly words: string[] = [];
  private next = new Int32Array(37).fill(-1);
  private wordAt: number[] = [-1];

  constructor(words: Iterable<string>) {
    for (const word of words) {
      if (!/^[a-z0-9]+$/.test(word)) throw new Error(`WordTrie: "${word}" is not a word of a-z and 0-9`);
      let node = 0;
      for (let i = 0; i < word.length; i++) {
        const s = symbol(word.charCodeAt(i));
        if (this.next[node * 37 + s] < 0) {
          const created = this.wordAt.length;
          this.wordAt.push(-1);
          if ((created + 1) * 37 > this.next.length) {
            const grown = new Int32Array(this.next.length * 2).fill(-1);
            grown.set(this.next);
            this.next = grown;
          }
          this.next[node * 37 + s] = created;
        }
        node = this.next[node * 37 + s];
      }
      if (this.wordAt[node] < 0) {
        this.wordAt[node] = this.words.length;
        this.words.push(word);
      }
    }
  }

  /** Calls `found` with the index of each word of `text` that is in the set, and where it is, in text order. */
  scan(text: string, found: (word: number, start: number, end: number) => void): void {
    let node = 0;
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
      const s = i < text.length ? symbol(text.charCodeAt(i)) : 36;
      if (s < 36) {
        if (node === 0) start = i; // the root: the first character of a word
        if (node >= 0) node = this.next[node * 37 + s];
        continue;
      }
      // The end of a word (or of a run of other characters, where node is the root).
      if (node > 0 && this.wordAt[node] >= 0) found(this.wordAt[node], start, i);
      node = 0;
    }
  }
}

/** a-z: 0-25, 0-9: 26-35, anything else: 36. */
function symbol(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 48 && code <= 57) return code - 22;
  return 36;
}
