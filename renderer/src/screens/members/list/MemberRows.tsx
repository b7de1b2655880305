import { Skeleton, VisuallyHidden } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberSearch, MemberSummary } from '../../../search/member-search-types';
import { MemberRow } from './MemberRow';
import type { ListLabel } from './use-list-labels';
import { useRowWindow } from './use-row-window';
import classes from './MemberList.module.css';

/** Height of one row in CSS pixels (two lines of text and padding). */
export const ROW_HEIGHT = 64;

interface MemberRowsProps {
  search: MemberSearch;
  total: number;
  /** The rows the search answered with (its first page). */
  firstRows: readonly MemberSummary[];
  pending: boolean;
  label: ListLabel;
}

/**
 * The matching members as a virtualised list: only the rows in view (and a few around) exist in
 * the page, fetched from the worker a page at a time, so 200,000 members scroll like 20. Mount
 * one per search result (key it by the result's generation).
 */
export function MemberRows({ search, total, firstRows, pending, label }: MemberRowsProps) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const rows = useRowWindow(search, total, firstRows, pending);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual, used as documented
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;
  const { ensure } = rows;
  useEffect(() => {
    if (last >= first) ensure(first, last + 1);
  }, [ensure, first, last]);

  return (
    <div ref={scroller} className={classes.scroller}>
      <div
        role="list"
        aria-label={t('memberList.listLabel')}
        style={{ blockSize: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {items.map((item) => {
          const row = rows.row(item.index);
          return (
            <div
              key={item.key}
              role="listitem"
              aria-setsize={total}
              aria-posinset={item.index + 1}
              className={classes.rowSlot}
              style={{ blockSize: item.size, transform: `translateY(${item.start}px)` }}
            >
              {row === undefined ? (
                <>
                  <Skeleton height={ROW_HEIGHT - 16} m={8} aria-hidden />
                  <VisuallyHidden>{t('memberList.row.loading')}</VisuallyHidden>
                </>
              ) : (
                <MemberRow row={row} label={label} />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
