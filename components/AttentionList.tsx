import type { AttentionListItem } from '../lib/messaging/alerts-protocol';

const LABELS: Record<AttentionListItem['level'], string> = {
  breached: 'Reply overdue',
  overdue: 'Overdue',
  'at-risk': 'At risk',
  'due-today': 'Due today',
  'follow-up-at-risk': 'Due next working day',
};

export interface AttentionActions {
  open(item: AttentionListItem): void;
  complete(item: AttentionListItem): void;
  noReplyNeeded(item: AttentionListItem): void;
}

/** Today's work, worst first: what to answer and what was promised. */
export function AttentionList({ items, actions }: { items: AttentionListItem[]; actions: AttentionActions }) {
  return (
    <ul className="attention">
      {items.map((item) => (
        <li key={`${item.accountId} ${item.key}`} className={`attention__item attention__item--${item.level}`}>
          <span className="attention__level">{LABELS[item.level]}</span>
          <button type="button" className="link attention__title" onClick={() => actions.open(item)}>
            {item.title}
          </button>
          <span className="hint">
            {item.customerName ?? 'Unknown customer'}
            {item.kind === 'follow-up' && item.due ? ` · due ${item.due}` : ''}
          </span>
          {item.kind === 'follow-up' ? (
            <button type="button" onClick={() => actions.complete(item)}>
              Done
            </button>
          ) : (
            <button type="button" onClick={() => actions.noReplyNeeded(item)}>
              No reply needed
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
