// What the operations endpoints read from the database: background queue depths (/metrics).
import type { Db } from '../db/database.js';

export interface QueueDepths {
  webhookDeliveriesPending: number;
  webhookDeliveriesFailed: number;
  mediaPending: number;
}

export function opsRepository(db: Db) {
  const count = async (table: 'webhook_delivery' | 'media', status: string): Promise<number> => {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('status', '=', status as never)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  return {
    async queueDepths(): Promise<QueueDepths> {
      const [webhookDeliveriesPending, webhookDeliveriesFailed, mediaPending] = await Promise.all([
        count('webhook_delivery', 'pending'),
        count('webhook_delivery', 'failed'),
        count('media', 'pending'),
      ]);
      return { webhookDeliveriesPending, webhookDeliveriesFailed, mediaPending };
    },
  };
}
