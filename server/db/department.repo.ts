import type { Database } from '../runtime/cloud-types';
import { repository } from './repository';

/** A 承办部门 that handles dispatched demands. */
export interface DepartmentDoc {
  _id: string;
  name: string;
}

const departments = repository('departments');

export const departmentRepo = {
  ...departments,
  list: async (db: Database): Promise<DepartmentDoc[]> => (await departments.of(db).limit(1000).get()).data,
};
