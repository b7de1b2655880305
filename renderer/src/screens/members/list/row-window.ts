import { FIRST_ROWS, type MemberSummary } from '../../../search/member-search-types';

/** Rows are fetched from the worker in pages of this many (a search answers with the first). */
export const ROW_PAGE_SIZE = FIRST_ROWS;

/**
 * The rows of one search result fetched so far, by page: which pages a visible range still
 * needs, and the row at an index once its page has arrived. One window per search result.
 */
export class RowWindow {
  readonly #pages = new Map<number, readonly MemberSummary[]>();
  readonly #requested = new Set<number>();

  /** `firstPage`: the rows the search answered with (page 0), when it did. */
  constructor(
    readonly total: number,
    firstPage: readonly MemberSummary[] = [],
  ) {
    if (firstPage.length > 0) this.#pages.set(0, firstPage);
  }

  /** Pages covering rows [from, to) that are neither here nor requested; marks them requested. */
  claimMissing(from: number, to: number): number[] {
    const end = Math.min(to, this.total);
    if (end <= from) return [];
    const pages: number[] = [];
    const last = Math.floor((end - 1) / ROW_PAGE_SIZE);
    for (let page = Math.floor(Math.max(0, from) / ROW_PAGE_SIZE); page <= last; page += 1) {
      if (!this.#pages.has(page) && !this.#requested.has(page)) {
        this.#requested.add(page);
        pages.push(page);
      }
    }
    return pages;
  }

  /** Row range [from, to) of a page, clipped to the total. */
  pageRange(page: number): readonly [number, number] {
    const from = page * ROW_PAGE_SIZE;
    return [from, Math.min(from + ROW_PAGE_SIZE, this.total)];
  }

  put(page: number, rows: readonly MemberSummary[]): void {
    this.#pages.set(page, rows);
  }

  /** A page that failed may be asked for again. */
  release(page: number): void {
    this.#requested.delete(page);
  }

  row(index: number): MemberSummary | undefined {
    return this.#pages.get(Math.floor(index / ROW_PAGE_SIZE))?.[index % ROW_PAGE_SIZE];
  }
}
