import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MemberSummary } from '../../../../renderer/src/search/member-search-types';
import { ROW_PAGE_SIZE, RowWindow } from '../../../../renderer/src/screens/members/list/row-window';
import { defaultDescending } from '../../../../renderer/src/screens/members/list/use-member-query';
import { progressRefreshKey } from '../../../../renderer/src/screens/members/list/use-index-progress';

const summary = (index: number): MemberSummary => ({
  id: `p${index}`,
  name: `Member ${index}`,
  updatedAt: '2026-01-01T00:00:00Z',
  completeness: 0.5,
  draft: false,
});

describe('RowWindow', () => {
  it('asks for each page of a visible range once, clipped to the total', () => {
    const window = new RowWindow(120);
    expect(window.claimMissing(40, 60)).toEqual([0, 1]);
    expect(window.claimMissing(45, 110)).toEqual([2]);
    expect(window.claimMissing(0, 500)).toEqual([]);
    expect(window.pageRange(2)).toEqual([100, 120]);
  });

  it('holds the first page the search answered with and never asks for it', () => {
    const first = Array.from({ length: ROW_PAGE_SIZE }, (_, i) => summary(i));
    const window = new RowWindow(130, first);
    expect(window.row(ROW_PAGE_SIZE - 1)?.id).toBe(`p${ROW_PAGE_SIZE - 1}`);
    expect(window.claimMissing(0, 130)).toEqual([1, 2]);
    expect(window.row(ROW_PAGE_SIZE)).toBeUndefined();
  });

  it('gives a row once its page has arrived, and lets a failed page be asked again', () => {
    const window = new RowWindow(75);
    const [first, second] = window.claimMissing(0, 75);
    window.put(
      first ?? 0,
      Array.from({ length: ROW_PAGE_SIZE }, (_, i) => summary(i)),
    );
    expect(window.row(10)?.id).toBe('p10');
    expect(window.row(60)).toBeUndefined();
    window.release(second ?? 1);
    expect(window.claimMissing(60, 61)).toEqual([1]);
  });

  it('claims every page overlapping the range and nothing beyond the total', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1200), fc.nat(300), (total, from, length) => {
        const window = new RowWindow(total);
        const pages = window.claimMissing(from, from + length);
        for (const page of pages) {
          const [start, end] = window.pageRange(page);
          expect(start).toBeLessThan(Math.min(total, from + length));
          expect(end).toBeGreaterThan(from);
          expect(end).toBeLessThanOrEqual(total);
        }
      }),
    );
  });
});

describe('members list defaults', () => {
  it('sorts names A to Z and dates and completeness newest or fullest first', () => {
    expect(defaultDescending('name')).toBe(false);
    expect(defaultDescending('residence')).toBe(false);
    expect(defaultDescending('updated')).toBe(true);
    expect(defaultDescending('completeness')).toBe(true);
  });

  it('searches again about ten times while the index loads, not on every message', () => {
    const keys = new Set<string>();
    for (let done = 0; done <= 200_000; done += 500) {
      keys.add(progressRefreshKey({ phase: 'indexing', done, total: 200_000 }));
    }
    expect(keys.size).toBe(11);
    // The first chunk (500 of 200,000) is shown at once, not after a tenth has loaded.
    expect(progressRefreshKey({ phase: 'loading', done: 500, total: 200_000 })).not.toBe(
      progressRefreshKey({ phase: 'loading', done: 0, total: 200_000 }),
    );
    expect(progressRefreshKey({ phase: 'ready', done: 5, total: 5 })).not.toBe(
      progressRefreshKey({ phase: 'indexing', done: 5, total: 5 }),
    );
  });
});
