import { promotionTodoListInput } from '../../src/core/contracts/fieldwork.contracts';
import type { PageResult } from '../../src/core/demand/demand.model';
import type { PromotionTodoView } from '../../src/core/fieldwork/fieldwork.model';
import { emptyPage, fetchPage } from '../db/paging';
import { promotionTodoRepo } from '../db/promotion-todo.repo';
import { scopeOf } from '../runtime/access';
import { defineAction } from '../runtime/define-action';
import { toPromotionTodoView } from './fieldwork.view';

const promotionTodos = defineAction({
  name: 'policy.todos',
  roles: ['steward', 'liaison', 'unit_admin', 'district_admin'],
  input: promotionTodoListInput,
  writes: false,
  summary: '推送政策的宣讲待办（管家向匹配企业宣讲后即完成）',
  async handler(input, { db, user }): Promise<PageResult<PromotionTodoView>> {
    const scope = scopeOf(user, 'promotion_todo');
    if (!scope) return emptyPage(input);
    const filter: Record<string, unknown> = { ...scope, doneAt: db.command.exists(input.done) };
    if (input.policyId) filter.policyId = input.policyId;
    return fetchPage(promotionTodoRepo.find(db, filter).orderBy('createdAt', 'desc'), input, toPromotionTodoView);
  },
});

export const promotionTodoActions = [promotionTodos];
