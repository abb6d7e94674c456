import type { relationshipProtocol } from '../messaging/relationship-protocol';
import type { Handlers } from '../messaging/server';
import { customerPage } from '../relationship/customer-page';
import { customerPagePath } from '../relationship/links';
import { weeklyReviewOf } from '../relationship/review-page';
import type { BackgroundDeps } from './handlers';

export function createRelationshipHandlers({ db, clock, openPage }: BackgroundDeps): Pick<Handlers, keyof typeof relationshipProtocol> {
  return {
    'customer.page': (ref) => customerPage(db, ref, clock()),
    'customer.openPage': async ({ accountId, customerId }) => {
      if (!openPage) throw new Error('this context cannot open pages');
      await openPage(customerPagePath(accountId, customerId));
      return {};
    },
    'review.week': (request) => weeklyReviewOf(db, request, clock()),
  };
}
