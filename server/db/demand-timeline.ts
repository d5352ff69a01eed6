import type { Role } from '../../src/core/roles';
import type { DemandEventDoc } from './demand.repo';

/** Who an event is by: an account, or the platform itself (timers). */
export type EventActor = { _id: string; name: string; role: Role } | typeof SYSTEM;

/** The platform as an actor: timer jobs record themselves as this, never as a person or role. */
export const SYSTEM = { _id: 'system', name: '系统', role: 'system' } as const;

/** The one place a timeline event is built: submission, steps and timer jobs all come here. */
export const demandEvent = (actor: EventActor, kind: string, text: string, at: Date): DemandEventDoc => ({
  at,
  actorId: actor._id,
  actorName: actor.name,
  actorRole: actor.role,
  kind,
  text,
});
