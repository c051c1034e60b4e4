// Every SQL statement about the audit log.
import type { Db } from '../db/database.js';
import { newId } from '../lib/id.js';

export interface NewAuditEntry {
  actor_id: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  ip: string | null;
  user_agent: string | null;
  detail: string;
}

export interface AuditRow extends NewAuditEntry {
  id: string;
  created_at: string;
  actor_name: string | null;
  actor_email: string | null;
}

export interface AuditFilter {
  actorId?: string;
  /** Exact action, or a prefix ending in a dot ("user.") for a family. */
  action?: string;
  /** Inclusive lower bound, ISO instant. */
  from?: string;
  /** Exclusive upper bound, ISO instant. */
  to?: string;
  /** The client address. */
  ip?: string;
}

export function auditRepository(db: Db) {
  const filtered = (filter: AuditFilter) => {
    let query = db.selectFrom('audit_entry');
    if (filter.actorId) query = query.where('audit_entry.actor_id', '=', filter.actorId);
    if (filter.action) {
      query = filter.action.endsWith('.')
        ? query.where('audit_entry.action', 'like', `${filter.action.replace(/[%_\\]/g, '')}%`)
        : query.where('audit_entry.action', '=', filter.action);
    }
    if (filter.from) query = query.where('audit_entry.created_at', '>=', filter.from);
    if (filter.to) query = query.where('audit_entry.created_at', '<', filter.to);
    if (filter.ip) query = query.where('audit_entry.ip', '=', filter.ip);
    return query;
  };

  return {
    async insertAuditEntry(entry: NewAuditEntry, now: string): Promise<string> {
      const id = newId();
      await db
        .insertInto('audit_entry')
        .values({ id, ...entry, created_at: now })
        .execute();
      return id;
    },

    /** Newest first, with the actor's name and email when the actor still exists. */
    async listAuditEntries(
      filter: AuditFilter,
      limit: number,
      offset: number,
    ): Promise<AuditRow[]> {
      return filtered(filter)
        .leftJoin('app_user', 'app_user.id', 'audit_entry.actor_id')
        .select([
          'audit_entry.id',
          'audit_entry.actor_id',
          'audit_entry.action',
          'audit_entry.entity_type',
          'audit_entry.entity_id',
          'audit_entry.ip',
          'audit_entry.user_agent',
          'audit_entry.detail',
          'audit_entry.created_at',
          'app_user.name as actor_name',
          'app_user.email as actor_email',
        ])
        .orderBy('audit_entry.created_at', 'desc')
        .orderBy('audit_entry.id', 'desc')
        .limit(limit)
        .offset(offset)
        .execute();
    },

    async countAuditEntries(filter: AuditFilter): Promise<number> {
      const row = await filtered(filter)
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** The actions present in the log, for the filter's choices. */
    async listAuditActions(): Promise<string[]> {
      const rows = await db
        .selectFrom('audit_entry')
        .select('action')
        .distinct()
        .orderBy('action')
        .execute();
      return rows.map((r) => r.action);
    },
  };
}

export type AuditRepository = ReturnType<typeof auditRepository>;
