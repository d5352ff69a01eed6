import { Chip } from '../chip';

/** Whether a proposal would add an enterprise to the key list or take one off, the same for unit and district. */
export function ProposalKind({ kind }: { kind: 'add' | 'remove' }) {
  return (
    <Chip tone={kind === 'add' ? 'ok' : 'waiting'} className='list-item__tag proposal-kind'>
      {kind === 'add' ? '建议新增' : '建议移出'}
    </Chip>
  );
}
