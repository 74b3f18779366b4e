/** The part of mark.js 8.11.1 (no bundled types) the painting benchmark uses. */
declare module 'mark.js' {
  interface MarkOptions {
    acrossElements?: boolean;
    separateWordSearch?: boolean;
    done?: (marks: number) => void;
  }
  export default class Mark {
    constructor(context: Element | Element[] | string);
    mark(keywords: string | string[], options?: MarkOptions): void;
    unmark(options?: { done?: () => void }): void;
  }
}
