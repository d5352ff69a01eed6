import { repository } from './repository';

/** A 承办部门 that handles dispatched demands. */
export interface DepartmentDoc {
  _id: string;
  name: string;
}

export const departmentRepo = repository('departments');
