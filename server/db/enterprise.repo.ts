import type { Database } from '../runtime/cloud-types';
import type { EnterpriseDoc } from './documents';
import { getDocOrNull } from './get-doc';

export const getEnterprise = (db: Database, id: string) => getDocOrNull<EnterpriseDoc>(db, 'enterprises', id);
