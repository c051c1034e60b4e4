// The audit log: who did what, to what, from which address, when.
import type { AuditEvent } from '../kernel/actor.js';
import { pageInfo, type PageInfo } from '../lib/pagination.js';
import type { AuditFilter, AuditRepository, AuditRow } from './audit.repository.js';

export const auditPageSize = 50;

export function auditService(deps: { audit: AuditRepository; now: () => Date }) {
  return {
    async record(event: AuditEvent): Promise<void> {
      await deps.audit.insertAuditEntry(
        {
          actor_id: event.actorId,
          action: event.action,
          entity_type: event.entityType ?? null,
          entity_id: event.entityId ?? null,
          ip: event.ip ?? null,
          user_agent: event.userAgent?.slice(0, 300) ?? null,
          detail: JSON.stringify(event.detail ?? {}),
        },
        deps.now().toISOString(),
      );
    },

    async listEntries(
      filter: AuditFilter,
      page: number,
    ): Promise<{ entries: AuditRow[]; page: PageInfo }> {
      const total = await deps.audit.countAuditEntries(filter);
      const entries = await deps.audit.listAuditEntries(
        filter,
        auditPageSize,
        (page - 1) * auditPageSize,
      );
      return { entries, page: pageInfo(page, auditPageSize, total) };
    },

    listActions: () => deps.audit.listAuditActions(),

    /** How many entries match (sign-in throttling asks whether an address is known). */
    countEntries: (filter: AuditFilter) => deps.audit.countAuditEntries(filter),
  };
}

export type AuditService = ReturnType<typeof auditService>;
