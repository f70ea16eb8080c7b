import type { Kysely, Selectable } from 'kysely';
import { decodeCursor, encodeCursor, type Page } from './cursor.js';
import type { AuditChainsTable, AuditCheckpointsTable, AuditEventsTable, Database } from './schema.js';

export type AuditEventRow = Selectable<AuditEventsTable>;
export type AuditChainRow = Selectable<AuditChainsTable>;
export type AuditCheckpointRow = Selectable<AuditCheckpointsTable>;

export interface AuditFilter {
  tenant?: string | undefined;
  keyId?: string | undefined;
  model?: string | undefined;
  decision?: string | undefined;
  route?: string | undefined;
  requestId?: string | undefined;
  status?: number | undefined;
  since?: number | undefined;
  until?: number | undefined;
}

/** Rows per INSERT: under SQLite's and PostgreSQL's bound-parameter limits (22 columns). */
const INSERT_CHUNK = 400;

export class AuditRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async startChain(row: AuditChainRow): Promise<void> {
    await this.db.insertInto('audit_chains').values(row).execute();
  }

  /** Appends a batch and moves the chain head in one transaction: both or neither. */
  async append(
    chain: string,
    events: AuditEventRow[],
    head: Pick<AuditChainRow, 'head_seq' | 'head_hash' | 'head_sig' | 'updated_at'>,
  ): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      for (let i = 0; i < events.length; i += INSERT_CHUNK) {
        await trx
          .insertInto('audit_events')
          .values(events.slice(i, i + INSERT_CHUNK))
          .execute();
      }
      await trx.updateTable('audit_chains').set(head).where('id', '=', chain).execute();
    });
  }

  /** Newest first with keyset pagination on (time, id). Every filter is a bound parameter. */
  async query(filter: AuditFilter, limit: number, cursor?: string): Promise<Page<AuditEventRow>> {
    let query = this.db
      .selectFrom('audit_events')
      .selectAll()
      .orderBy('time', 'desc')
      .orderBy('id', 'desc')
      .limit(limit + 1);
    if (filter.tenant !== undefined) query = query.where('tenant', '=', filter.tenant);
    if (filter.keyId !== undefined) query = query.where('key_id', '=', filter.keyId);
    if (filter.model !== undefined) query = query.where('model', '=', filter.model);
    if (filter.decision !== undefined) query = query.where('decision', '=', filter.decision);
    if (filter.route !== undefined) query = query.where('route', '=', filter.route);
    if (filter.requestId !== undefined) query = query.where('request_id', '=', filter.requestId);
    if (filter.status !== undefined) query = query.where('status', '=', filter.status);
    if (filter.since !== undefined) query = query.where('time', '>=', filter.since);
    if (filter.until !== undefined) query = query.where('time', '<', filter.until);
    const after = decodeCursor(cursor);
    if (after) {
      query = query.where((eb) =>
        eb.or([eb('time', '<', after.t), eb.and([eb('time', '=', after.t), eb('id', '<', after.id)])]),
      );
    }
    return toPage(await query.execute(), limit);
  }

  /** Oldest first from `since` (for export), keyset on (time, id). */
  async exportPage(since: number, limit: number, cursor?: string): Promise<Page<AuditEventRow>> {
    let query = this.db
      .selectFrom('audit_events')
      .selectAll()
      .where('time', '>=', since)
      .orderBy('time', 'asc')
      .orderBy('id', 'asc')
      .limit(limit + 1);
    const after = decodeCursor(cursor);
    if (after) {
      query = query.where((eb) =>
        eb.or([eb('time', '>', after.t), eb.and([eb('time', '=', after.t), eb('id', '>', after.id)])]),
      );
    }
    return toPage(await query.execute(), limit);
  }

  /** One chain in order, after position `afterSeq` (for verify). */
  async chainSlice(chain: string, afterSeq: number, limit: number): Promise<AuditEventRow[]> {
    return this.db
      .selectFrom('audit_events')
      .selectAll()
      .where('chain', '=', chain)
      .where('seq', '>', afterSeq)
      .orderBy('seq', 'asc')
      .limit(limit)
      .execute();
  }

  async chains(): Promise<AuditChainRow[]> {
    return this.db.selectFrom('audit_chains').selectAll().orderBy('started_at').orderBy('id').execute();
  }

  async checkpoint(chain: string): Promise<AuditCheckpointRow | undefined> {
    return this.db.selectFrom('audit_checkpoints').selectAll().where('chain', '=', chain).executeTakeFirst();
  }

  /** Newest event of `chain` strictly older than `before`: the purge boundary. */
  async lastBefore(chain: string, before: number): Promise<AuditEventRow | undefined> {
    return this.db
      .selectFrom('audit_events')
      .selectAll()
      .where('chain', '=', chain)
      .where('time', '<', before)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  /** Deletes a chain's prefix up to `checkpoint.seq` and stores the signed checkpoint, atomically. */
  async purgePrefix(checkpoint: AuditCheckpointRow): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      const result = await trx
        .deleteFrom('audit_events')
        .where('chain', '=', checkpoint.chain)
        .where('seq', '<=', checkpoint.seq)
        .executeTakeFirst();
      await trx
        .insertInto('audit_checkpoints')
        .values(checkpoint)
        .onConflict((oc) =>
          oc.column('chain').doUpdateSet({
            seq: checkpoint.seq,
            hash: checkpoint.hash,
            sig: checkpoint.sig,
            purged_before: checkpoint.purged_before,
            created_at: checkpoint.created_at,
          }),
        )
        .execute();
      return Number(result.numDeletedRows);
    });
  }

  /** An event whose chain is not registered (inserted by hand): verify reports it. */
  async orphanEvent(): Promise<AuditEventRow | undefined> {
    return this.db
      .selectFrom('audit_events')
      .selectAll()
      .where('chain', 'not in', this.db.selectFrom('audit_chains').select('id'))
      .limit(1)
      .executeTakeFirst();
  }

  async countEvents(): Promise<number> {
    const row = await this.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}

/** One page out of `limit + 1` fetched rows: the extra row only says that another page exists. */
function toPage(rows: AuditEventRow[], limit: number): Page<AuditEventRow> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last ? encodeCursor({ t: last.time, id: last.id }) : undefined,
  };
}
